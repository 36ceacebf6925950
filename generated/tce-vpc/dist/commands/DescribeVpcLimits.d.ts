import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpcLimitsRequest, DescribeVpcLimitsResponse } from "../types.js";
/**
 * 获取私有网络配额
 *
 * 获取私有网络配额, 部分私有网络的配额有地域属性。LimitTypes取值范围:
 * - appid-max-vpcs (每个开发商每个地域可创建的VPC数)
 * - vpc-max-subnets (每个VPC可创建的子网数)
 * - vpc-max-route-tables (每个VPC可创建的路由表数)
 * - route-table-max-policies (每个路由表可添加的策略数)
 * - vpc-max-vpn-gateways (每个VPC可创建的VPN网关数)
 * - appid-max-custom-gateways (每个开发商可创建的对端网关数)
 * - appid-max-vpn-connections (每个开发商可创建的VPN通道数)
 * - custom-gateway-max-vpn-connections (每个对端网关可创建的VPN通道数)
 * - vpn-gateway-max-custom-gateways (每个VPNGW可以创建的通道数)
 * - vpc-max-network-acls (每个VPC可创建的网络ACL数)
 * - network-acl-max-inbound-policies (每个网络ACL可添加的入站规则数)
 * - network-acl-max-outbound-policies (每个网络ACL可添加的出站规则数)
 * - vpc-max-vpcpeers (每个VPC可创建的对等连接数)
 * - vpc-max-available-vpcpeers (每个VPC可创建的有效对等连接数)
 * - vpc-max-basic-network-interconnections (每个VPC可创建的基础网络云主机与VPC互通数)
 * - direct-connection-max-snats (每个专线网关可创建的SNAT数)
 * - direct-connection-max-dnats (每个专线网关可创建的DNAT数)
 * - direct-connection-max-snapt (每个专线网关可创建的SNAPT数)
 * - direct-connection-max-dnapt (每个专线网关可创建的DNAPT数)
 * - vpc-max-nat-gateways (每个VPC可创建的NAT网关数)
 * - nat-gateway-max-eips (每个NAT可以购买的外网IP数量)
 * - vpc-max-enis (每个VPC可创建弹性网卡数)
 * - vpc-max-havips (每个VPC可创建HAVIP数)
 * - eni-max-private-ips (每个ENI可以绑定的内网IP数 (ENI未绑定子机))
 * - nat-gateway-max-dnapt (每个NAT网关可创建的DNAPT数)
 * - vpc-max-ipv6s (每个VPC可分配的IPv6地址数)
 * - eni-max-ipv6s (每个ENI可分配的IPv6地址数)
 * - vpc-max-assistant_cidrs (每个VPC可分配的辅助CIDR数)
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcLimitsErrorCode}.
 */
export declare function describeVpcLimits(client: VpcBaseClient, input: DescribeVpcLimitsRequest, options?: VpcCallOptions): Promise<DescribeVpcLimitsResponse>;

import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { VpcBaseClient, type VpcCallOptions, type VpcClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 私有网络 (tce vpc, API 2017-03-12), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 */
export declare class VpcClient extends VpcBaseClient {
    constructor(config?: VpcClientConfig);
    /**
     * 添加IPV6转换规则
     *
     * 1. 该接口用于在转换实例下添加IPV6转换规则。
     * 2. 支持在同一个转换实例下批量添加转换规则，一个账户在一个地域最多50个。
     * 3. 一个完整的转换规则包括vip6:vport6:protocol:vip:vport，其中vip6:vport6:protocol必须是唯一。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AddIp6RulesErrorCode}.
     */
    addIp6Rules(input: types.AddIp6RulesRequest, options?: VpcCallOptions): Promise<types.AddIp6RulesResponse>;
    /**
     * 创建IPV6转换IPV4实例
     *
     * 1. 该接口用于创建IPV6转换IPV4实例, 支持批量
     * 2. 同一个账户在一个地域最多允许创建10个转换实例
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateIp6TranslatorsErrorCode}.
     */
    createIp6Translators(input: types.CreateIp6TranslatorsRequest, options?: VpcCallOptions): Promise<types.CreateIp6TranslatorsResponse>;
    /**
     * 释放IPV6转换实例
     *
     * 1. 该接口用于释放IPV6转换实例,支持批量。
     * 2. 如果IPV6转换实例建立有转换规则,会一并删除。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteIp6TranslatorsErrorCode}.
     */
    deleteIp6Translators(input: types.DeleteIp6TranslatorsRequest, options?: VpcCallOptions): Promise<types.DeleteIp6TranslatorsResponse>;
    /**
     * 查询账户在指定地域IPV6转换实例和规则的配额
     *
     * 查询账户在指定地域IPv6转换实例和规则的配额
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeIp6TranslatorQuotaErrorCode}.
     */
    describeIp6TranslatorQuota(input?: types.DescribeIp6TranslatorQuotaRequest, options?: VpcCallOptions): Promise<types.DescribeIp6TranslatorQuotaResponse>;
    /**
     * 查询IPV6转换实例及其绑定规则信息
     *
     * 1. 该接口用于查询账户下的IPV6转换实例及其绑定的转换规则信息
     * 2. 支持过滤查询
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeIp6TranslatorsErrorCode}.
     */
    describeIp6Translators(input?: types.DescribeIp6TranslatorsRequest, options?: VpcCallOptions): Promise<types.DescribeIp6TranslatorsResponse>;
    /**
     * 修改IPV6转换规则属性
     *
     * 该接口用于修改IPV6转换规则，当前仅支持修改转换规则名称，IPV4地址和IPV4端口号
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyIp6RuleErrorCode}.
     */
    modifyIp6Rule(input: types.ModifyIp6RuleRequest, options?: VpcCallOptions): Promise<types.ModifyIp6RuleResponse>;
    /**
     * 修改IP6转换实例属性
     *
     * 该接口用于修改IP6转换实例属性, 当前仅支持修改实例名称。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyIp6TranslatorErrorCode}.
     */
    modifyIp6Translator(input: types.ModifyIp6TranslatorRequest, options?: VpcCallOptions): Promise<types.ModifyIp6TranslatorResponse>;
    /**
     * 删除IPV6转换规则
     *
     * 1. 该接口用于删除IPV6转换规则
     * 2. 支持批量删除同一个转换实例下的多个转换规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link RemoveIp6RulesErrorCode}.
     */
    removeIp6Rules(input: types.RemoveIp6RulesRequest, options?: VpcCallOptions): Promise<types.RemoveIp6RulesResponse>;
    /**
     * NAT网关绑定弹性IP
     *
     * 本接口(AssociateNatGatewayAddress)用于NAT网关绑定弹性IP (EIP)。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateNatGatewayAddressErrorCode}.
     */
    associateNatGatewayAddress(input: types.AssociateNatGatewayAddressRequest, options?: VpcCallOptions): Promise<types.AssociateNatGatewayAddressResponse>;
    /**
     * 创建NAT网关
     *
     * 本接口(CreateNatGateway)用于创建NAT网关。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNatGatewayErrorCode}.
     */
    createNatGateway(input: types.CreateNatGatewayRequest, options?: VpcCallOptions): Promise<types.CreateNatGatewayResponse>;
    /**
     * 创建NAT网关端口转发规则
     *
     * 本接口(CreateNatGatewayDestinationIpPortTranslationNatRule)用于创建NAT网关端口转发规则。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNatGatewayDestinationIpPortTranslationNatRuleErrorCode}.
     */
    createNatGatewayDestinationIpPortTranslationNatRule(input: types.CreateNatGatewayDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.CreateNatGatewayDestinationIpPortTranslationNatRuleResponse>;
    /**
     * 创建NAT网关SNAT规则
     *
     * 本接口(CreateNatGatewaySourceIpTranslationNatRule)用于创建NAT网关SNAT规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNatGatewaySourceIpTranslationNatRuleErrorCode}.
     */
    createNatGatewaySourceIpTranslationNatRule(input: types.CreateNatGatewaySourceIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.CreateNatGatewaySourceIpTranslationNatRuleResponse>;
    /**
     * 删除NAT网关
     *
     * 本接口 (DeleteNatGateway) 用于删除NAT网关。删除 NAT 网关后，系统会自动删除路由表中包含此 NAT 网关的路由项，同时也会解绑弹性公网IP (EIP)。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNatGatewayErrorCode}.
     */
    deleteNatGateway(input: types.DeleteNatGatewayRequest, options?: VpcCallOptions): Promise<types.DeleteNatGatewayResponse>;
    /**
     * 删除NAT网关端口转发规则
     *
     * 本接口 (DeleteNatGatewayDestinationIpPortTranslationNatRule) 用于删除NAT网关端口转发规则。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNatGatewayDestinationIpPortTranslationNatRuleErrorCode}.
     */
    deleteNatGatewayDestinationIpPortTranslationNatRule(input: types.DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.DeleteNatGatewayDestinationIpPortTranslationNatRuleResponse>;
    /**
     * 删除NAT网关的SNAT转发规则
     *
     * 本接口 (DeleteNatGatewaySourceIpTranslationNatRule) 用于删除NAT网关端口SNAT转发规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNatGatewaySourceIpTranslationNatRuleErrorCode}.
     */
    deleteNatGatewaySourceIpTranslationNatRule(input: types.DeleteNatGatewaySourceIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.DeleteNatGatewaySourceIpTranslationNatRuleResponse>;
    /**
     * 查询NAT网关端口转发规则
     *
     * 本接口 (DescribeNatGatewayDestinationIpPortTranslationNatRules) 用于查询NAT网关端口转发规则对象数组。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewayDestinationIpPortTranslationNatRulesErrorCode}.
     */
    describeNatGatewayDestinationIpPortTranslationNatRules(input?: types.DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest, options?: VpcCallOptions): Promise<types.DescribeNatGatewayDestinationIpPortTranslationNatRulesResponse>;
    /**
     * 查询NAT网关SNAT转发规则
     *
     * 本接口 (DescribeNatGatewaySourceIpTranslationNatRules) 用于查询NAT网关SNAT转发规则对象数组。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewaySourceIpTranslationNatRulesErrorCode}.
     */
    describeNatGatewaySourceIpTranslationNatRules(input: types.DescribeNatGatewaySourceIpTranslationNatRulesRequest, options?: VpcCallOptions): Promise<types.DescribeNatGatewaySourceIpTranslationNatRulesResponse>;
    /**
     * 查询NAT网关
     *
     * 本接口 (DescribeNatGateways) 用于查询 NAT 网关。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewaysErrorCode}.
     */
    describeNatGateways(input?: types.DescribeNatGatewaysRequest, options?: VpcCallOptions): Promise<types.DescribeNatGatewaysResponse>;
    /**
     * NAT网关解绑弹性IP
     *
     * 本接口 (DisassociateNatGatewayAddress) 用于NAT网关解绑弹性IP。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateNatGatewayAddressErrorCode}.
     */
    disassociateNatGatewayAddress(input: types.DisassociateNatGatewayAddressRequest, options?: VpcCallOptions): Promise<types.DisassociateNatGatewayAddressResponse>;
    /**
     * 修改NAT网关绑定EIP的主备状态
     *
     * 该接口 (ModifyNatGatewayAddressStatus) 用于修改NAT网关绑定EIP的主备状态。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayAddressStatusErrorCode}.
     */
    modifyNatGatewayAddressStatus(input: types.ModifyNatGatewayAddressStatusRequest, options?: VpcCallOptions): Promise<types.ModifyNatGatewayAddressStatusResponse>;
    /**
     * 修改NAT网关的属性
     *
     * 本接口 (ModifyNatGatewayAttribute) 用于修改NAT网关的属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayAttributeErrorCode}.
     */
    modifyNatGatewayAttribute(input: types.ModifyNatGatewayAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyNatGatewayAttributeResponse>;
    /**
     * 修改NAT网关端口转发规则
     *
     * 本接口 (ModifyNatGatewayDestinationIpPortTranslationNatRule) 用于修改NAT网关端口转发规则。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayDestinationIpPortTranslationNatRuleErrorCode}.
     */
    modifyNatGatewayDestinationIpPortTranslationNatRule(input: types.ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.ModifyNatGatewayDestinationIpPortTranslationNatRuleResponse>;
    /**
     * 修改NAT网关SNAT转发规则
     *
     * 本接口 (ModifyNatGatewaySourceIpTranslationNatRule) 用于修改NAT网关SNAT转发规则。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewaySourceIpTranslationNatRuleErrorCode}.
     */
    modifyNatGatewaySourceIpTranslationNatRule(input: types.ModifyNatGatewaySourceIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.ModifyNatGatewaySourceIpTranslationNatRuleResponse>;
    /**
     * 调整NAT网关并发连接上限
     *
     * 本接口 (ResetNatGatewayConnection) 用来NAT网关并发连接上限。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetNatGatewayConnectionErrorCode}.
     */
    resetNatGatewayConnection(input: types.ResetNatGatewayConnectionRequest, options?: VpcCallOptions): Promise<types.ResetNatGatewayConnectionResponse>;
    /**
     * 创建对端网关
     *
     * 本接口 (CreateCustomerGateway) 用于创建对端网关。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateCustomerGatewayErrorCode}.
     */
    createCustomerGateway(input: types.CreateCustomerGatewayRequest, options?: VpcCallOptions): Promise<types.CreateCustomerGatewayResponse>;
    /**
     * 创建 ssl vpn 客户端
     *
     * CreateGatewayVpnSSLClient
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateGatewayVpnSSLClientErrorCode}.
     */
    createGatewayVpnSSLClient(input: types.CreateGatewayVpnSSLClientRequest, options?: VpcCallOptions): Promise<types.CreateGatewayVpnSSLClientResponse>;
    /**
     * 创建VPN通道
     *
     * 本接口 (CreateVpnConnection) 用于创建VPN通道。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpnConnectionErrorCode}.
     */
    createVpnConnection(input: types.CreateVpnConnectionRequest, options?: VpcCallOptions): Promise<types.CreateVpnConnectionResponse>;
    /**
     * 创建VPN网关
     *
     * 本接口 (CreateVpnGateway) 用于创建VPN网关。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpnGatewayErrorCode}.
     */
    createVpnGateway(input: types.CreateVpnGatewayRequest, options?: VpcCallOptions): Promise<types.CreateVpnGatewayResponse>;
    /**
     * 创建sslvpn服务端
     *
     * 创建sslvpn服务
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpnGatewaySSLServerErrorCode}.
     */
    createVpnGatewaySSLServer(input: types.CreateVpnGatewaySSLServerRequest, options?: VpcCallOptions): Promise<types.CreateVpnGatewaySSLServerResponse>;
    /**
     * 删除对端网关
     *
     * 本接口 (DeleteCustomerGateway) 用于删除对端网关。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteCustomerGatewayErrorCode}.
     */
    deleteCustomerGateway(input: types.DeleteCustomerGatewayRequest, options?: VpcCallOptions): Promise<types.DeleteCustomerGatewayResponse>;
    /**
     * 删除VPN通道
     *
     * 本接口>DeleteVpnConnection)用于删除VPN通道。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpnConnectionErrorCode}.
     */
    deleteVpnConnection(input: types.DeleteVpnConnectionRequest, options?: VpcCallOptions): Promise<types.DeleteVpnConnectionResponse>;
    /**
     * 删除VPN网关
     *
     * 本接口 (DeleteVpnGateway) 用于删除VPN网关。目前只支持删除运行中的按量计费的IPSEC网关实例。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpnGatewayErrorCode}.
     */
    deleteVpnGateway(input: types.DeleteVpnGatewayRequest, options?: VpcCallOptions): Promise<types.DeleteVpnGatewayResponse>;
    /**
     * 删除 ssl_vpn 客户端
     *
     * DeleteVpnGatewaySSLClient
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpnGatewaySSLClientErrorCode}.
     */
    deleteVpnGatewaySSLClient(input: types.DeleteVpnGatewaySSLClientRequest, options?: VpcCallOptions): Promise<types.DeleteVpnGatewaySSLClientResponse>;
    /**
     * 删除 ssl_vpn服务端
     *
     * DeleteVpnGatewaySSLServer
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpnGatewaySSLServerErrorCode}.
     */
    deleteVpnGatewaySSLServer(input: types.DeleteVpnGatewaySSLServerRequest, options?: VpcCallOptions): Promise<types.DeleteVpnGatewaySSLServerResponse>;
    /**
     * 查询可支持的对端网关厂商信息
     *
     * 本接口 (DescribeCustomerGatewayVendors) 用于查询可支持的对端网关厂商信息。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCustomerGatewayVendorsErrorCode}.
     */
    describeCustomerGatewayVendors(input?: types.DescribeCustomerGatewayVendorsRequest, options?: VpcCallOptions): Promise<types.DescribeCustomerGatewayVendorsResponse>;
    /**
     * 查询对端网关
     *
     * 本接口 (DescribeCustomerGateways) 用于查询对端网关列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCustomerGatewaysErrorCode}.
     */
    describeCustomerGateways(input?: types.DescribeCustomerGatewaysRequest, options?: VpcCallOptions): Promise<types.DescribeCustomerGatewaysResponse>;
    /**
     * 查看VPC资源信息
     *
     * 本接口(DescribeVpcResourceDashboard)用于查看VPC资源信息。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcResourceDashboardErrorCode}.
     */
    describeVpcResourceDashboard(input: types.DescribeVpcResourceDashboardRequest, options?: VpcCallOptions): Promise<types.DescribeVpcResourceDashboardResponse>;
    /**
     * 查询VPN通道列表
     *
     * 本接口 (DescribeVpnConnections) 查询VPN通道列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnConnectionsErrorCode}.
     */
    describeVpnConnections(input?: types.DescribeVpnConnectionsRequest, options?: VpcCallOptions): Promise<types.DescribeVpnConnectionsResponse>;
    /**
     * 查询VPN网关云联网路由
     *
     * 本接口 (DescribeVpnGatewayCcnRoutes) 用于查询VPN网关云联网路由
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnGatewayCcnRoutesErrorCode}.
     */
    describeVpnGatewayCcnRoutes(input: types.DescribeVpnGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<types.DescribeVpnGatewayCcnRoutesResponse>;
    /**
     * 查看ssl vpn 客户端
     *
     * DescribeVpnGatewaySSLClients
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnGatewaySSLClientsErrorCode}.
     */
    describeVpnGatewaySSLClients(input?: types.DescribeVpnGatewaySSLClientsRequest, options?: VpcCallOptions): Promise<types.DescribeVpnGatewaySSLClientsResponse>;
    /**
     * 查看ssl vpn 服务端
     *
     * DescribeVpnGatewaySSLServers
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnGatewaySSLServersErrorCode}.
     */
    describeVpnGatewaySSLServers(input?: types.DescribeVpnGatewaySSLServersRequest, options?: VpcCallOptions): Promise<types.DescribeVpnGatewaySSLServersResponse>;
    /**
     * 查询VPN网关
     *
     * 本接口 (DescribeVpnGateways) 用于查询VPN网关列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnGatewaysErrorCode}.
     */
    describeVpnGateways(input?: types.DescribeVpnGatewaysRequest, options?: VpcCallOptions): Promise<types.DescribeVpnGatewaysResponse>;
    /**
     * 禁用 ssl vpn客户端证书
     *
     * DisableSSLVpnClientCert
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisableSSLVpnClientCertErrorCode}.
     */
    disableSSLVpnClientCert(input: types.DisableSSLVpnClientCertRequest, options?: VpcCallOptions): Promise<types.DisableSSLVpnClientCertResponse>;
    /**
     * 禁用 ssl vpn客户端证书
     *
     * DisableVpnGatewaySSLClientCert 1
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisableVpnGatewaySSLClientCertErrorCode}.
     */
    disableVpnGatewaySSLClientCert(input: types.DisableVpnGatewaySSLClientCertRequest, options?: VpcCallOptions): Promise<types.DisableVpnGatewaySSLClientCertResponse>;
    /**
     * 下载VPN通道配置
     *
     * 本接口(DownloadCustomerGatewayConfiguration)用于下载VPN通道配置。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DownloadCustomerGatewayConfigurationErrorCode}.
     */
    downloadCustomerGatewayConfiguration(input: types.DownloadCustomerGatewayConfigurationRequest, options?: VpcCallOptions): Promise<types.DownloadCustomerGatewayConfigurationResponse>;
    /**
     * 下载 ssl vpn客户端证书
     *
     * DownloadVpnGatewaySSLClientCert
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DownloadVpnGatewaySSLClientCertErrorCode}.
     */
    downloadVpnGatewaySSLClientCert(input: types.DownloadVpnGatewaySSLClientCertRequest, options?: VpcCallOptions): Promise<types.DownloadVpnGatewaySSLClientCertResponse>;
    /**
     * 启用ssl vpn客户端证书
     *
     * EnableVpnGatewaySSLClientCert
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableVpnGatewaySSLClientCertErrorCode}.
     */
    enableVpnGatewaySSLClientCert(input: types.EnableVpnGatewaySSLClientCertRequest, options?: VpcCallOptions): Promise<types.EnableVpnGatewaySSLClientCertResponse>;
    /**
     * 创建VPN网关询价
     *
     * 本接口 (InquiryPriceCreateVpnGateway) 用于创建VPN网关询价。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceCreateVpnGatewayErrorCode}.
     */
    inquiryPriceCreateVpnGateway(input: types.InquiryPriceCreateVpnGatewayRequest, options?: VpcCallOptions): Promise<types.InquiryPriceCreateVpnGatewayResponse>;
    /**
     * 续费VPN网关询价
     *
     * 本接口 (InquiryPriceRenewVpnGateway) 用于续费VPN网关询价。目前仅支持IPSEC类型网关的询价。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRenewVpnGatewayErrorCode}.
     */
    inquiryPriceRenewVpnGateway(input: types.InquiryPriceRenewVpnGatewayRequest, options?: VpcCallOptions): Promise<types.InquiryPriceRenewVpnGatewayResponse>;
    /**
     * 调整VPN网关带宽上限询价
     *
     * 本接口 (InquiryPriceResetVpnGatewayInternetMaxBandwidth) 调整VPN网关带宽上限询价。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetVpnGatewayInternetMaxBandwidthErrorCode}.
     */
    inquiryPriceResetVpnGatewayInternetMaxBandwidth(input: types.InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest, options?: VpcCallOptions): Promise<types.InquiryPriceResetVpnGatewayInternetMaxBandwidthResponse>;
    /**
     * 修改对端网关
     *
     * 本接口 (ModifyCustomerGatewayAttribute) 用于修改对端网关信息。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyCustomerGatewayAttributeErrorCode}.
     */
    modifyCustomerGatewayAttribute(input: types.ModifyCustomerGatewayAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyCustomerGatewayAttributeResponse>;
    /**
     * 修改VPN通道
     *
     * 本接口 (ModifyVpnConnectionAttribute) 用于修改VPN通道。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpnConnectionAttributeErrorCode}.
     */
    modifyVpnConnectionAttribute(input: types.ModifyVpnConnectionAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyVpnConnectionAttributeResponse>;
    /**
     * 修改VPN网关属性
     *
     * 本接口 (ModifyVpnGatewayAttribute) 用于修改VPN网关属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewayAttributeErrorCode}.
     */
    modifyVpnGatewayAttribute(input: types.ModifyVpnGatewayAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyVpnGatewayAttributeResponse>;
    /**
     * 修改VPN网关云联网路由
     *
     * 本接口 (ModifyVpnGatewayCcnRoutes) 用于修改VPN网关云联网络路由
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewayCcnRoutesErrorCode}.
     */
    modifyVpnGatewayCcnRoutes(input: types.ModifyVpnGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<types.ModifyVpnGatewayCcnRoutesResponse>;
    /**
     * 修改 ssl vpn客户端属性
     *
     * ModifyVpnGatewaySSLClient
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewaySSLClientErrorCode}.
     */
    modifyVpnGatewaySSLClient(input: types.ModifyVpnGatewaySSLClientRequest, options?: VpcCallOptions): Promise<types.ModifyVpnGatewaySSLClientResponse>;
    /**
     * 修改sslvpn服务端属性
     *
     * ModifyVpnGatewaySSLServer
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewaySSLServerErrorCode}.
     */
    modifyVpnGatewaySSLServer(input: types.ModifyVpnGatewaySSLServerRequest, options?: VpcCallOptions): Promise<types.ModifyVpnGatewaySSLServerResponse>;
    /**
     * 续费VPN网关
     *
     * 本接口 (RenewVpnGateway) 用于预付费 (包年包月) VPN网关续费。目前只支持IPSEC网关。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link RenewVpnGatewayErrorCode}.
     */
    renewVpnGateway(input: types.RenewVpnGatewayRequest, options?: VpcCallOptions): Promise<types.RenewVpnGatewayResponse>;
    /**
     * 重置VPN通道
     *
     * 本接口(ResetVpnConnection)用于重置VPN通道。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetVpnConnectionErrorCode}.
     */
    resetVpnConnection(input: types.ResetVpnConnectionRequest, options?: VpcCallOptions): Promise<types.ResetVpnConnectionResponse>;
    /**
     * 调整VPN网关带宽上限
     *
     * 本接口 (ResetVpnGatewayInternetMaxBandwidth) 调整VPN网关带宽上限。目前支持升级配置, 如果是包年包月VPN网关需要在有效期内。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetVpnGatewayInternetMaxBandwidthErrorCode}.
     */
    resetVpnGatewayInternetMaxBandwidth(input: types.ResetVpnGatewayInternetMaxBandwidthRequest, options?: VpcCallOptions): Promise<types.ResetVpnGatewayInternetMaxBandwidthResponse>;
    /**
     * 创建专线网关
     *
     * 本接口 (CreateDirectConnectGateway) 用于创建专线网关。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDirectConnectGatewayErrorCode}.
     */
    createDirectConnectGateway(input: types.CreateDirectConnectGatewayRequest, options?: VpcCallOptions): Promise<types.CreateDirectConnectGatewayResponse>;
    /**
     * 创建专线网关云联网络路由
     *
     * 本接口 (CreateDirectConnectGatewayCcnRoutes) 用于创建专线网关的云联路由 (IDC网段)
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDirectConnectGatewayCcnRoutesErrorCode}.
     */
    createDirectConnectGatewayCcnRoutes(input: types.CreateDirectConnectGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<types.CreateDirectConnectGatewayCcnRoutesResponse>;
    /**
     * 创建专线网关本端目的IP端口转换
     *
     * 创建专线网关本端目的IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalDestinationIpPortTranslationNatRuleErrorCode}.
     */
    createLocalDestinationIpPortTranslationNatRule(input: types.CreateLocalDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.CreateLocalDestinationIpPortTranslationNatRuleResponse>;
    /**
     * 创建专线网关本端IP转换ACL规则
     *
     * 创建专线网关本端IP转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalIpTranslationAclRuleErrorCode}.
     */
    createLocalIpTranslationAclRule(input: types.CreateLocalIpTranslationAclRuleRequest, options?: VpcCallOptions): Promise<types.CreateLocalIpTranslationAclRuleResponse>;
    /**
     * 创建专线网关本端IP转换
     *
     * 创建专线网关本端IP转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalIpTranslationNatRuleErrorCode}.
     */
    createLocalIpTranslationNatRule(input: types.CreateLocalIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.CreateLocalIpTranslationNatRuleResponse>;
    /**
     * 创建专线网关本端源IP端口转换ACL规则
     *
     * 创建专线网关本端源IP端口转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalSourceIpPortTranslationAclRuleErrorCode}.
     */
    createLocalSourceIpPortTranslationAclRule(input: types.CreateLocalSourceIpPortTranslationAclRuleRequest, options?: VpcCallOptions): Promise<types.CreateLocalSourceIpPortTranslationAclRuleResponse>;
    /**
     * 创建专线网关本端源IP端口转换
     *
     * 创建专线网关本端源IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalSourceIpPortTranslationNatRuleErrorCode}.
     */
    createLocalSourceIpPortTranslationNatRule(input: types.CreateLocalSourceIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.CreateLocalSourceIpPortTranslationNatRuleResponse>;
    /**
     * 删除专线网关
     *
     * 本接口 (DeleteDirectConnectGateway) 用于删除专线网关。
     * - 如果是 NAT 网关，删除专线网关后，NAT 规则以及 ACL 策略都被清理了。
     * - 删除专线网关后，系统会删除路由表中跟该专线网关相关的路由策略。
     * 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 TaskId 轮询 DescribeVpcTaskResult 接口
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteDirectConnectGatewayErrorCode}.
     */
    deleteDirectConnectGateway(input: types.DeleteDirectConnectGatewayRequest, options?: VpcCallOptions): Promise<types.DeleteDirectConnectGatewayResponse>;
    /**
     * 删除专线网关云联网络路由
     *
     * 本接口 (DeleteDirectConnectGatewayCcnRoutes) 用于删除专线网关的云联路由 (IDC网段)
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteDirectConnectGatewayCcnRoutesErrorCode}.
     */
    deleteDirectConnectGatewayCcnRoutes(input: types.DeleteDirectConnectGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<types.DeleteDirectConnectGatewayCcnRoutesResponse>;
    /**
     * 删除专线网关本端目的IP端口转换
     *
     * 删除专线网关本端目的IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalDestinationIpPortTranslationNatRuleErrorCode}.
     */
    deleteLocalDestinationIpPortTranslationNatRule(input: types.DeleteLocalDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.DeleteLocalDestinationIpPortTranslationNatRuleResponse>;
    /**
     * 删除专线网关本端IP转换ACL规则
     *
     * 删除专线网关本端IP转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalIpTranslationAclRuleErrorCode}.
     */
    deleteLocalIpTranslationAclRule(input: types.DeleteLocalIpTranslationAclRuleRequest, options?: VpcCallOptions): Promise<types.DeleteLocalIpTranslationAclRuleResponse>;
    /**
     * 删除专线网关本端IP转换
     *
     * 删除专线网关本端IP转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalIpTranslationNatRuleErrorCode}.
     */
    deleteLocalIpTranslationNatRule(input: types.DeleteLocalIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.DeleteLocalIpTranslationNatRuleResponse>;
    /**
     * 删除专线网关本端源IP端口转换ACL规则
     *
     * 删除专线网关本端源IP端口转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalSourceIpPortTranslationAclRuleErrorCode}.
     */
    deleteLocalSourceIpPortTranslationAclRule(input: types.DeleteLocalSourceIpPortTranslationAclRuleRequest, options?: VpcCallOptions): Promise<types.DeleteLocalSourceIpPortTranslationAclRuleResponse>;
    /**
     * 删除专线网关本端源IP端口转换
     *
     * 删除专线网关本端源IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalSourceIpPortTranslationNatRuleErrorCode}.
     */
    deleteLocalSourceIpPortTranslationNatRule(input: types.DeleteLocalSourceIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.DeleteLocalSourceIpPortTranslationNatRuleResponse>;
    /**
     * 查询专线网关云联网络路由
     *
     * 本接口 (DescribeDirectConnectGatewayCcnRoutes) 用于查询专线网关的云联网路由 (IDC网段)
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDirectConnectGatewayCcnRoutesErrorCode}.
     */
    describeDirectConnectGatewayCcnRoutes(input: types.DescribeDirectConnectGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<types.DescribeDirectConnectGatewayCcnRoutesResponse>;
    /**
     * 查询专线网关
     *
     * 本接口 (DescribeDirectConnectGateways) 用于查询专线网关。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDirectConnectGatewaysErrorCode}.
     */
    describeDirectConnectGateways(input?: types.DescribeDirectConnectGatewaysRequest, options?: VpcCallOptions): Promise<types.DescribeDirectConnectGatewaysResponse>;
    /**
     * 查询专线网关本端目的IP端口转换
     *
     * 查询专线网关本端目的IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalDestinationIpPortTranslationNatRulesErrorCode}.
     */
    describeLocalDestinationIpPortTranslationNatRules(input: types.DescribeLocalDestinationIpPortTranslationNatRulesRequest, options?: VpcCallOptions): Promise<types.DescribeLocalDestinationIpPortTranslationNatRulesResponse>;
    /**
     * 查询专线网关本端IP转换ACL规则
     *
     * 查询专线网关本端IP转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalIpTranslationAclRulesErrorCode}.
     */
    describeLocalIpTranslationAclRules(input: types.DescribeLocalIpTranslationAclRulesRequest, options?: VpcCallOptions): Promise<types.DescribeLocalIpTranslationAclRulesResponse>;
    /**
     * 查询专线网关本端IP转换
     *
     * 查询专线网关本端IP转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalIpTranslationNatRulesErrorCode}.
     */
    describeLocalIpTranslationNatRules(input: types.DescribeLocalIpTranslationNatRulesRequest, options?: VpcCallOptions): Promise<types.DescribeLocalIpTranslationNatRulesResponse>;
    /**
     * 查询专线网关本端源IP端口转换ACL规则
     *
     * 查询专线网关本端源IP端口转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalSourceIpPortTranslationAclRulesErrorCode}.
     */
    describeLocalSourceIpPortTranslationAclRules(input: types.DescribeLocalSourceIpPortTranslationAclRulesRequest, options?: VpcCallOptions): Promise<types.DescribeLocalSourceIpPortTranslationAclRulesResponse>;
    /**
     * 查询专线网关本端源IP端口转换
     *
     * 查询专线网关本端源IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalSourceIpPortTranslationNatRulesErrorCode}.
     */
    describeLocalSourceIpPortTranslationNatRules(input: types.DescribeLocalSourceIpPortTranslationNatRulesRequest, options?: VpcCallOptions): Promise<types.DescribeLocalSourceIpPortTranslationNatRulesResponse>;
    /**
     * 查询专线网关对端IP转换
     *
     * 查询专线网关对端IP转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribePeerIpTranslationNatRulesErrorCode}.
     */
    describePeerIpTranslationNatRules(input: types.DescribePeerIpTranslationNatRulesRequest, options?: VpcCallOptions): Promise<types.DescribePeerIpTranslationNatRulesResponse>;
    /**
     * 修改专线网关属性
     *
     * 本接口 (ModifyDirectConnectGatewayAttribute) 用于修改专线网关属性
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDirectConnectGatewayAttributeErrorCode}.
     */
    modifyDirectConnectGatewayAttribute(input: types.ModifyDirectConnectGatewayAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyDirectConnectGatewayAttributeResponse>;
    /**
     * 修改专线网关本端目的IP端口转换
     *
     * 修改专线网关本端目的IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalDestinationIpPortTranslationNatRuleErrorCode}.
     */
    modifyLocalDestinationIpPortTranslationNatRule(input: types.ModifyLocalDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.ModifyLocalDestinationIpPortTranslationNatRuleResponse>;
    /**
     * 修改专线网关本端IP转换ACL规则
     *
     * 修改专线网关本端IP转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalIpTranslationAclRuleErrorCode}.
     */
    modifyLocalIpTranslationAclRule(input: types.ModifyLocalIpTranslationAclRuleRequest, options?: VpcCallOptions): Promise<types.ModifyLocalIpTranslationAclRuleResponse>;
    /**
     * 修改专线网关本端IP转换
     *
     * 修改专线网关本端IP转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalIpTranslationNatRuleErrorCode}.
     */
    modifyLocalIpTranslationNatRule(input: types.ModifyLocalIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.ModifyLocalIpTranslationNatRuleResponse>;
    /**
     * 修改专线网关本端源IP端口转换ACL规则
     *
     * 修改专线网关本端源IP端口转换ACL规则
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalSourceIpPortTranslationAclRuleErrorCode}.
     */
    modifyLocalSourceIpPortTranslationAclRule(input: types.ModifyLocalSourceIpPortTranslationAclRuleRequest, options?: VpcCallOptions): Promise<types.ModifyLocalSourceIpPortTranslationAclRuleResponse>;
    /**
     * 修改专线网关本端源IP端口转换
     *
     * 修改专线网关本端源IP端口转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalSourceIpPortTranslationNatRuleErrorCode}.
     */
    modifyLocalSourceIpPortTranslationNatRule(input: types.ModifyLocalSourceIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.ModifyLocalSourceIpPortTranslationNatRuleResponse>;
    /**
     * 修改专线网关对端IP转换
     *
     * 修改专线网关对端IP转换
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyPeerIpTranslationNatRuleErrorCode}.
     */
    modifyPeerIpTranslationNatRule(input: types.ModifyPeerIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<types.ModifyPeerIpTranslationNatRuleResponse>;
    /**
     * 替换专线网关云联网路由
     *
     * 本接口 (ReplaceDirectConnectGatewayCcnRoutes) 根据路由ID (RouteId) 修改指定的路由 (Route), 支持批量修改。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceDirectConnectGatewayCcnRoutesErrorCode}.
     */
    replaceDirectConnectGatewayCcnRoutes(input: types.ReplaceDirectConnectGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<types.ReplaceDirectConnectGatewayCcnRoutesResponse>;
    /**
     * 云联网接受关联实例
     *
     * 本接口 (AcceptAttachCcnInstances) 用于跨账号关联实例时，云联网所有者接受并同意关联操作。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AcceptAttachCcnInstancesErrorCode}.
     */
    acceptAttachCcnInstances(input: types.AcceptAttachCcnInstancesRequest, options?: VpcCallOptions): Promise<types.AcceptAttachCcnInstancesResponse>;
    /**
     * 云联网关联实例
     *
     * 本接口 (AttachCcnInstances) 用于将网络实例加载到云联网实例中，网络实例包括VPC和专线网关。
     * 每个云联网能够关联的网络实例个数是有限的，详情请参考产品文档。如果需要扩充请联系在线客服。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachCcnInstancesErrorCode}.
     */
    attachCcnInstances(input: types.AttachCcnInstancesRequest, options?: VpcCallOptions): Promise<types.AttachCcnInstancesResponse>;
    /**
     * 创建CCN
     *
     * 本接口 (CreateCcn) 用于创建云联网 (CCN)。
     * - 创建云联网同时可以绑定标签, 应答里的标签列表代表添加成功的标签。每个账号能创建的云联网实例个数是有限的, 详情请参考产品文档。如果需要扩充请联系在线客服。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateCcnErrorCode}.
     */
    createCcn(input: types.CreateCcnRequest, options?: VpcCallOptions): Promise<types.CreateCcnResponse>;
    /**
     * 删除CCN
     *
     * 本接口 (DeleteCcn) 用于删除云联网。
     * - 删除后, 云联网关联的所有实例间路由将被删除, 网络将会中断, 请务必确认
     * - 删除云联网是不可逆的操作, 请谨慎处理。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteCcnErrorCode}.
     */
    deleteCcn(input: types.DeleteCcnRequest, options?: VpcCallOptions): Promise<types.DeleteCcnResponse>;
    /**
     * 查询云联网关联实例列表
     *
     * 本接口 (DescribeCcnAttachedInstances) 用于查询云联网实例下已关联的网络实例。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCcnAttachedInstancesErrorCode}.
     */
    describeCcnAttachedInstances(input?: types.DescribeCcnAttachedInstancesRequest, options?: VpcCallOptions): Promise<types.DescribeCcnAttachedInstancesResponse>;
    /**
     * 查询云联网各地域出带宽上限
     *
     * 本接口 (DescribeCcnRegionBandwidthLimits) 用于查询云联网各地域出带宽上限, 该接口只返回已关联网实例包含的地域
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCcnRegionBandwidthLimitsErrorCode}.
     */
    describeCcnRegionBandwidthLimits(input: types.DescribeCcnRegionBandwidthLimitsRequest, options?: VpcCallOptions): Promise<types.DescribeCcnRegionBandwidthLimitsResponse>;
    /**
     * 查询云联网路由策略
     *
     * 本接口 (DescribeCcnRoutes) 用于查询已加入云联网 (CCN) 的路由
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCcnRoutesErrorCode}.
     */
    describeCcnRoutes(input: types.DescribeCcnRoutesRequest, options?: VpcCallOptions): Promise<types.DescribeCcnRoutesResponse>;
    /**
     * 查询CCN列表
     *
     * 本接口 (DescribeCcns) 用于查询云联网 (CCN) 列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCcnsErrorCode}.
     */
    describeCcns(input?: types.DescribeCcnsRequest, options?: VpcCallOptions): Promise<types.DescribeCcnsResponse>;
    /**
     * 云联网解关联实例
     *
     * 本接口 (DetachCcnInstances) 用于从云联网实例中解关联指定的网络实例。
     * 解关联网络实例后，相应的路由策略会一并删除。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachCcnInstancesErrorCode}.
     */
    detachCcnInstances(input: types.DetachCcnInstancesRequest, options?: VpcCallOptions): Promise<types.DetachCcnInstancesResponse>;
    /**
     * 禁用云联网路由
     *
     * 本接口 (DisableCcnRoutes) 用于禁用已经启用的云联网 (CCN) 路由
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisableCcnRoutesErrorCode}.
     */
    disableCcnRoutes(input: types.DisableCcnRoutesRequest, options?: VpcCallOptions): Promise<types.DisableCcnRoutesResponse>;
    /**
     * 启用云联网路由
     *
     * 本接口 (EnableCcnRoutes) 用于启用已经加入云联网 (CCN) 的路由。
     * 本接口会校验启用后, 是否与已有路由冲突, 如果冲突, 则无法启用, 失败处理。路由冲突时, 需要先禁用与之冲突的路由, 才能启用该路由。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableCcnRoutesErrorCode}.
     */
    enableCcnRoutes(input: types.EnableCcnRoutesRequest, options?: VpcCallOptions): Promise<types.EnableCcnRoutesResponse>;
    /**
     * 修改CCN属性
     *
     * 本接口 (ModifyCcnAttribute) 用于修改云联网 (CCN) 的相关属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyCcnAttributeErrorCode}.
     */
    modifyCcnAttribute(input: types.ModifyCcnAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyCcnAttributeResponse>;
    /**
     * 后付费产品修改带宽限速策略
     *
     * 本接口 (ModifyCcnRegionBandwidthLimitsType) 用于修改后付费云联网实例修改带宽限速策略。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyCcnRegionBandwidthLimitsTypeErrorCode}.
     */
    modifyCcnRegionBandwidthLimitsType(input: types.ModifyCcnRegionBandwidthLimitsTypeRequest, options?: VpcCallOptions): Promise<types.ModifyCcnRegionBandwidthLimitsTypeResponse>;
    /**
     * 云联网拒绝关联实例
     *
     * 本接口 (RejectAttachCcnInstances) 用于跨账号关联实例时, 云联网所有者拒绝关联操作。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link RejectAttachCcnInstancesErrorCode}.
     */
    rejectAttachCcnInstances(input: types.RejectAttachCcnInstancesRequest, options?: VpcCallOptions): Promise<types.RejectAttachCcnInstancesResponse>;
    /**
     * 重新申请关联实例
     *
     * 本接口 (ResetAttachCcnInstances) 用于跨账号关联实例申请过期时, 重新申请关联操作。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetAttachCcnInstancesErrorCode}.
     */
    resetAttachCcnInstances(input: types.ResetAttachCcnInstancesRequest, options?: VpcCallOptions): Promise<types.ResetAttachCcnInstancesResponse>;
    /**
     * 设置云联网各地域出带宽上限
     *
     * 本接口 (SetCcnRegionBandwidthLimits) 用于设置云联网 (CCN) 各地域出带宽上限, 该接口只能设置已关联网实例包含的地域的出带宽上限
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link SetCcnRegionBandwidthLimitsErrorCode}.
     */
    setCcnRegionBandwidthLimits(input: types.SetCcnRegionBandwidthLimitsRequest, options?: VpcCallOptions): Promise<types.SetCcnRegionBandwidthLimitsResponse>;
    /**
     * 创建终端节点
     *
     * 创建终端节点。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcEndPointErrorCode}.
     */
    createVpcEndPoint(input: types.CreateVpcEndPointRequest, options?: VpcCallOptions): Promise<types.CreateVpcEndPointResponse>;
    /**
     * 查询网关流量监控明细
     *
     * 本接口 (DescribeGatewayFlowMonitorDetail) 用于查询网关流量监控明细。
     * - 只支持单个网关实例查询。即入参 VpnId DirectConnectGatewayId PeeringConnectionId NatId 最多只支持传一个，且必须传一个。
     * - 如果网关有流量，但调用本接口没有返回数据，请在控制台对应网关详情页确认是否开启网关流量监控。
     *
     * Default rate limit: 30 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeGatewayFlowMonitorDetailErrorCode}.
     */
    describeGatewayFlowMonitorDetail(input: types.DescribeGatewayFlowMonitorDetailRequest, options?: VpcCallOptions): Promise<types.DescribeGatewayFlowMonitorDetailResponse>;
    /**
     * 分配IPv6子网段
     *
     * 本接口 (AssignIpv6SubnetCidrBlock) 用于分配IPv6子网段。
     * - 给子网分配 IPv6 网段，要求子网所属 VPC 已获得 IPv6 网段。如果尚未分配，请先通过接口 AssignIpv6CidrBlock 给子网所属 VPC 分配一个 IPv6 网段。否则无法分配 IPv6 子网段。
     * - 每个子网只能分配一个IPv6网段。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignIpv6SubnetCidrBlockErrorCode}.
     */
    assignIpv6SubnetCidrBlock(input: types.AssignIpv6SubnetCidrBlockRequest, options?: VpcCallOptions): Promise<types.AssignIpv6SubnetCidrBlockResponse>;
    /**
     * 预判是否可建默认子网
     *
     * 本接口 (CheckDefaultSubnet) 用于预判是否可建默认子网。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CheckDefaultSubnetErrorCode}.
     */
    checkDefaultSubnet(input?: types.CheckDefaultSubnetRequest, options?: VpcCallOptions): Promise<types.CheckDefaultSubnetResponse>;
    /**
     * 判断ip在子网内是有可用
     *
     * 判断ip在子网内是有可用
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CheckIpInSubnetErrorCode}.
     */
    checkIpInSubnet(input: types.CheckIpInSubnetRequest, options?: VpcCallOptions): Promise<types.CheckIpInSubnetResponse>;
    /**
     * 创建子网
     *
     * 本接口(CreateSubnet)用于创建子网。
     * - 创建子网前必须创建好 VPC。
     * - 子网创建成功后,子网网段不能修改。子网网段必须在VPC网段内,可以和VPC网段相同(VPC有且只有一个子网时),建议子网网段在VPC网段内,预留网段给其他子网使用。
     * - 您可以创建的最小网段子网掩码为28(有16个IP地址),最大网段子网掩码为16(65,536个IP地址)。
     * - 同一个VPC内,多个子网的网段不能重叠。
     * - 子网创建后会自动关联到默认路由表。
     * - 创建子网同时可以绑定标签,应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSubnetErrorCode}.
     */
    createSubnet(input: types.CreateSubnetRequest, options?: VpcCallOptions): Promise<types.CreateSubnetResponse>;
    /**
     * 批量创建子网
     *
     * 本接口(CreateSubnets)用于批量创建子网。
     * - 创建子网前必须创建好 VPC。
     * - 子网创建成功后,子网网段不能修改。子网网段必须在VPC网段内,可以和VPC网段相同(VPC有且只有一个子网时),建议子网网段在VPC网段内,预留网段给其他子网使用。
     * - 您可以创建的最小网段子网掩码为28(有16个IP地址),最大网段子网掩码为16(65,536个IP地址)。
     * - 同一个VPC内,多个子网的网段不能重叠。
     * - 子网创建后会自动关联到默认路由表。
     * - 创建子网同时可以绑定标签,应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSubnetsErrorCode}.
     */
    createSubnets(input: types.CreateSubnetsRequest, options?: VpcCallOptions): Promise<types.CreateSubnetsResponse>;
    /**
     * 删除子网
     *
     * 本接口 (DeleteSubnet) 用于删除子网(Subnet)。
     * - 删除子网前, 请清理该子网下所有资源, 包括云服务器、负载均衡、云数据、noSql、弹性网卡等资源。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSubnetErrorCode}.
     */
    deleteSubnet(input: types.DeleteSubnetRequest, options?: VpcCallOptions): Promise<types.DeleteSubnetResponse>;
    /**
     * 查询子网列表
     *
     * 本接口 (DescribeSubnets) 用于查询子网列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetsErrorCode}.
     */
    describeSubnets(input?: types.DescribeSubnetsRequest, options?: VpcCallOptions): Promise<types.DescribeSubnetsResponse>;
    /**
     * 修改子网属性
     *
     * 本接口 (ModifySubnetAttribute) 用于修改子网属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySubnetAttributeErrorCode}.
     */
    modifySubnetAttribute(input: types.ModifySubnetAttributeRequest, options?: VpcCallOptions): Promise<types.ModifySubnetAttributeResponse>;
    /**
     * 释放IPv6子网段
     *
     * 本接口 (UnassignIpv6SubnetCidrBlock) 用于释放IPv6子网段。
     * 子网段如果还有IP占用且未回收, 则子网段无法释放。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6SubnetCidrBlockErrorCode}.
     */
    unassignIpv6SubnetCidrBlock(input: types.UnassignIpv6SubnetCidrBlockRequest, options?: VpcCallOptions): Promise<types.UnassignIpv6SubnetCidrBlockResponse>;
    /**
     * 创建默认安全组
     *
     * 本接口 (CreateDefaultSecurityGroup) 用于创建 (如果项目下未存在默认安全组, 则创建; 已存在则获取。) 默认安全组 (SecurityGroup)。
     * - 每个账户下每个地域的每个项目的安全组数量限制。
     * - 新建的安全组的入站和出站规则默认都是全部拒绝, 在创建后通常您需要再调用CreateSecurityGroupPolicies将安全组的规则设置为需要的规则。
     * - 创建安全组同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDefaultSecurityGroupErrorCode}.
     */
    createDefaultSecurityGroup(input?: types.CreateDefaultSecurityGroupRequest, options?: VpcCallOptions): Promise<types.CreateDefaultSecurityGroupResponse>;
    /**
     * 创建安全组
     *
     * 本接口 (CreateSecurityGroup) 用于创建新的安全组 (SecurityGroup)。
     * - 每个账户下每个地域的每个项目的安全组数量限制。
     * - 新建的安全组的入站和出站规则默认都是全部拒绝, 在创建后通常您需要再调用CreateSecurityGroupPolicies将安全组的规则设置为需要的规则。
     * - 创建安全组同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupErrorCode}.
     */
    createSecurityGroup(input: types.CreateSecurityGroupRequest, options?: VpcCallOptions): Promise<types.CreateSecurityGroupResponse>;
    /**
     * 安全组添加规则
     *
     * 本接口 (CreateSecurityGroupPolicies) 用于创建安全组规则 (SecurityGroupPolicy)。
     * - Version安全组规则版本号，用户每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突。
     * - Protocol字段支持输入TCP, UDP, ICMP, ICMPV6, GRE, ALL。
     * - CidrBlock字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中，如果CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的公网IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的公网规则。
     * - Ipv6CidrBlock字段允许输入符合IPv6 cidr格式标准的任意字符串。(展开)在基础网络中，如果Ipv6CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的公网IPv6，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的公网规则。
     * - SecurityGroupId字段允许输入与待修改的安全组位于相同项目中的安全组ID，包括这个安全组ID本身，代表安全组下所有云服务器的公网IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化，不需要重新修改。
     * - Port字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当Protocol字段是TCP或UDP时，Port字段才被接受，即Protocol字段不是TCP或UDP时，Protocol和Port排他关系，不允许同时输入，否则会接口报错。
     * - Action字段只允许输入ACCEPT或DROP。
     * - CidrBlock, Ipv6CidrBlock, SecurityGroupId, AddressTemplate四者是排他关系，不允许同时输入，Protocol + Port和服务Template二者是排他关系，不允许同时输入。
     * - 一次请求中只能创建单个方向的规则，如果需要指定索引 (PolicyIndex) 参数，多条规则的索引必须一致。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupPoliciesErrorCode}.
     */
    createSecurityGroupPolicies(input: types.CreateSecurityGroupPoliciesRequest, options?: VpcCallOptions): Promise<types.CreateSecurityGroupPoliciesResponse>;
    /**
     * 创建安全组和规则
     *
     * 本接口 (CreateSecurityGroupWithPolicies) 用于创建新的安全组 (SecurityGroup), 并且可以同时添加安全组规则 (SecurityGroupPolicy)。
     * - 每个账户下每个地域的每个项目的安全组数量限制。
     * - 新建的安全组的入站和出站规则默认都是全部拒绝, 在创建后通常您需要再调用CreateSecurityGroupPolicies将安全组的规则设置为需要的规则。
     * 安全组规则说明:
     * - Version安全组规则版本号, 用户每次更新安全规则版本会自动加1, 防止您更新的路由规则已过期, 不填不考虑冲突。
     * - Protocol字段支持输入TCP, UDP, ICMP, ICMPV6, GRE, ALL。
     * - CidrBlock字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中, 如果CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的公网IP, 并不代表此规则允许您访问这些设备, 租户之间网络隔离规则优先于安全组中的公网规则。
     * - Ipv6CidrBlock字段允许输入符合IPv6 cidr格式标准的任意字符串。(展开)在基础网络中, 如果Ipv6CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的公网IPv6, 并不代表此规则允许您访问这些设备, 租户之间网络隔离规则优先于安全组中的公网规则。
     * - SecurityGroupId字段允许输入与待修改的安全组位于相同项目中的安全组ID, 包括这个安全组ID本身, 代表安全组下所有云服务器的公网IP。使用这个字段时, 这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化, 不需要重新修改。
     * - Port字段允许输入一个单独端口号, 或者用减号分隔的两个端口号代表端口范围, 例如80或8000-8010。只有当Protocol字段是TCP或UDP时, Port字段才被接受, 即Protocol字段不是TCP或UDP时, Protocol和Port排他关系, 不允许同时输入, 否则会接口报错。
     * - Action字段只允许输入ACCEPT或DROP。
     * - CidrBlock, Ipv6CidrBlock, SecurityGroupId, AddressTemplate四者是排他关系, 不允许同时输入, Protocol + Port和服务模板二者是排他关系, 不允许同时输入。
     * - 一次请求中只能创建单个方向的规则, 如果需要指定索引 (PolicyIndex) 参数, 多条规则的索引必须一致。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupWithPoliciesErrorCode}.
     */
    createSecurityGroupWithPolicies(input: types.CreateSecurityGroupWithPoliciesRequest, options?: VpcCallOptions): Promise<types.CreateSecurityGroupWithPoliciesResponse>;
    /**
     * 删除安全组
     *
     * 本接口 (DeleteSecurityGroup) 用于删除安全组 (SecurityGroup)。
     * - 只有当前账号下的安全组允许被删除。
     * - 安全组实例ID如果在其他安全组的规则中被引用, 则无法直接删除。这种情况下, 需要先进行规则修改, 再删除安全组。
     * - 删除的安全组无法再找回, 请谨慎调用。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupErrorCode}.
     */
    deleteSecurityGroup(input: types.DeleteSecurityGroupRequest, options?: VpcCallOptions): Promise<types.DeleteSecurityGroupResponse>;
    /**
     * 删除安全组规则
     *
     * 本接口 (DeleteSecurityGroupPolicies) 用于删除安全组规则 (SecurityGroupPolicy)。
     * - SecurityGroupPolicySet.Version 用于指定要操作的安全组的版本。传入 Version 版本号若不等于当前安全组的最新版本, 将返回失败; 若不传 Version 则直接删除指定 PolicyIndex 的规则。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupPoliciesErrorCode}.
     */
    deleteSecurityGroupPolicies(input: types.DeleteSecurityGroupPoliciesRequest, options?: VpcCallOptions): Promise<types.DeleteSecurityGroupPoliciesResponse>;
    /**
     * 安全组查询绑定数据库实例
     *
     * 本接口 (DescribeDBInstancesWithSecurityGroup) 用于安全组获取绑定的数据库实例信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDBInstancesWithSecurityGroupErrorCode}.
     */
    describeDBInstancesWithSecurityGroup(input: types.DescribeDBInstancesWithSecurityGroupRequest, options?: VpcCallOptions): Promise<types.DescribeDBInstancesWithSecurityGroupResponse>;
    /**
     * 查询安全组关联实例统计
     *
     * 本接口 (DescribeSecurityGroupAssociationStatistics) 用于查询安全组关联的实例统计。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupAssociationStatisticsErrorCode}.
     */
    describeSecurityGroupAssociationStatistics(input: types.DescribeSecurityGroupAssociationStatisticsRequest, options?: VpcCallOptions): Promise<types.DescribeSecurityGroupAssociationStatisticsResponse>;
    /**
     * 查询用户安全组配额
     *
     * 本接口(DescribeSecurityGroupLimits)用于查询用户安全组配额。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupLimitsErrorCode}.
     */
    describeSecurityGroupLimits(input?: types.DescribeSecurityGroupLimitsRequest, options?: VpcCallOptions): Promise<types.DescribeSecurityGroupLimitsResponse>;
    /**
     * 查询安全组规则
     *
     * 本接口 (DescribeSecurityGroupPolicies) 用于查询安全组规则。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupPoliciesErrorCode}.
     */
    describeSecurityGroupPolicies(input: types.DescribeSecurityGroupPoliciesRequest, options?: VpcCallOptions): Promise<types.DescribeSecurityGroupPoliciesResponse>;
    /**
     * 查看安全组
     *
     * 本接口 (DescribeSecurityGroups) 用于查询安全组。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupsErrorCode}.
     */
    describeSecurityGroups(input?: types.DescribeSecurityGroupsRequest, options?: VpcCallOptions): Promise<types.DescribeSecurityGroupsResponse>;
    /**
     * 修改安全组属性
     *
     * 本接口 (ModifySecurityGroupAttribute) 用于修改安全组 (SecurityGroupPolicy) 属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributeErrorCode}.
     */
    modifySecurityGroupAttribute(input: types.ModifySecurityGroupAttributeRequest, options?: VpcCallOptions): Promise<types.ModifySecurityGroupAttributeResponse>;
    /**
     * 修改安全组出站和入站规则
     *
     * 本接口 (ModifySecurityGroupPolicies) 用于重置安全组出站和入站规则 (SecurityGroupPolicy)。
     * - 接口是先删除当前所有的出入站规则, 然后再添加 Egress 和 Ingress 规则, 不支持自定义索引 PolicyIndex。
     * - 如果指定 SecurityGroupPolicySet.Version 为0, 表示清空所有规则, 并忽略Egress和Ingress。
     * - Protocol字段支持输入TCP, UDP, ICMP, ICMPV6, GRE, ALL。
     * - CidrBlock字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中, 如果CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的公网IP, 并不代表此规则允许您访问这些设备, 租户之间网络隔离规则优先于安全组中的公网规则。
     * - Ipv6CidrBlock字段允许输入符合IPv6 cidr格式标准的任意字符串。(展开)在基础网络中, 如果Ipv6CidrBlock包含您的账户内的云服务器之外的设备在腾讯云的公网IPv6, 并不代表此规则允许您访问这些设备, 租户之间网络隔离规则优先于安全组中的公网规则。
     * - SecurityGroupId字段允许输入与待修改的安全组位于相同项目中的安全组ID, 包括这个安全组ID本身, 代表安全组下所有云服务器的公网IP。使用这个字段时, 这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化, 不需要重新修改。
     * - Port字段允许输入一个单独端口号, 或者用减号分隔的两个端口号代表端口范围, 例如80或8000-8010。只有当Protocol字段是TCP或UDP时, Port字段才被接受。
     * - Action字段只允许输入ACCEPT或DROP。
     * - CidrBlock, Ipv6CidrBlock, SecurityGroupId, AddressTemplate四者是排他关系, 不允许同时输入, Protocol + Port和服务Template二者是排他关系, 不允许同时输入。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupPoliciesErrorCode}.
     */
    modifySecurityGroupPolicies(input: types.ModifySecurityGroupPoliciesRequest, options?: VpcCallOptions): Promise<types.ModifySecurityGroupPoliciesResponse>;
    /**
     * 替换单条安全组路由规则
     *
     * 本接口 (ReplaceSecurityGroupPolicy) 用于替换单条安全组规则 (SecurityGroupPolicy)。单个请求中只能替换单个方向的一条规则, 必须要指定索引 (PolicyIndex)。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceSecurityGroupPolicyErrorCode}.
     */
    replaceSecurityGroupPolicy(input: types.ReplaceSecurityGroupPolicyRequest, options?: VpcCallOptions): Promise<types.ReplaceSecurityGroupPolicyResponse>;
    /**
     * IPv6地址分配公网带宽
     *
     * 该接口用于给IPv6地址初次分配公网带宽
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AllocateIp6AddressesBandwidthErrorCode}.
     */
    allocateIp6AddressesBandwidth(input: types.AllocateIp6AddressesBandwidthRequest, options?: VpcCallOptions): Promise<types.AllocateIp6AddressesBandwidthResponse>;
    /**
     * 查询IPV6地址信息
     *
     * 该接口用于查询IPV6地址信息
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeIp6AddressesErrorCode}.
     */
    describeIp6Addresses(input?: types.DescribeIp6AddressesRequest, options?: VpcCallOptions): Promise<types.DescribeIp6AddressesResponse>;
    /**
     * 修改IPV6访问internet的带宽
     *
     * 该接口用于修改IPV6地址访问internet的带宽
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyIp6AddressesBandwidthErrorCode}.
     */
    modifyIp6AddressesBandwidth(input: types.ModifyIp6AddressesBandwidthRequest, options?: VpcCallOptions): Promise<types.ModifyIp6AddressesBandwidthResponse>;
    /**
     * 释放弹性公网IPv6地址带宽
     *
     * 该接口用于给弹性公网IPv6地址释放带宽。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ReleaseIp6AddressesBandwidthErrorCode}.
     */
    releaseIp6AddressesBandwidth(input?: types.ReleaseIp6AddressesBandwidthRequest, options?: VpcCallOptions): Promise<types.ReleaseIp6AddressesBandwidthResponse>;
    /**
     * 创建弹性公网IP
     *
     * 本接口 (AllocateAddresses) 用于申請一个或多个弹性公网IP (简称 EIP)。
     * - EIP 是专为动态云计算设计的静态 IP 地址。借助 EIP，您可以快速将 EIP 重新映射到您的另一个实例上，从而屏蔽实例故障。
     * - 您的 EIP 与云平台账户相关联，而不是与某个实例相关联。在您选择显式释放该地址，或欠费超过24小时之前，它会一直与您的云平台账户保持关联。
     * - 一个云平台账户在每个地域能申請的 EIP 最大配额有所限制，可参见 EIP 产品简介，上述配额可通过 DescribeAddressQuota 接口获取。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只驗签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AllocateAddressesErrorCode}.
     */
    allocateAddresses(input?: types.AllocateAddressesRequest, options?: VpcCallOptions): Promise<types.AllocateAddressesResponse>;
    /**
     * 绑定弹性公网IP
     *
     * 本接口 (AssociateAddress) 用于将弹性公网IP (简称 EIP) 绑定到实例或弹性网卡的主网 IP 上。
     * - 将 EIP 绑定到实例 (CVM) 上, 其本质是将 EIP 绑定到实例上主网卡的主内网 IP 上。
     * - 将 EIP 绑定到主网卡的主内网IP上, 绑定过程会把其上绑定的普通公网 IP 自动解绑并释放。
     * - 将 EIP 绑定到指定网卡的内网 IP 上 (非主网卡的主内网IP), 则必须先解绑该 EIP, 才能再绑定新的。
     * - 将 EIP 绑定到NAT网关, 请使用接口AssociateNatGatewayAddress
     * - EIP 如果欠费或被封堵, 则不能被绑定。
     * - 只有状态为 UNBIND 的 EIP 才能够被绑定。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateAddressErrorCode}.
     */
    associateAddress(input: types.AssociateAddressRequest, options?: VpcCallOptions): Promise<types.AssociateAddressResponse>;
    /**
     * 查询弹性公网IP配额
     *
     * 本接口 (DescribeAddressQuota) 用于查询您账户的弹性公网IP (简称 EIP) 在当前地域的配额信息。配额详情可参见 EIP 产品简介。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAddressQuotaErrorCode}.
     */
    describeAddressQuota(input?: types.DescribeAddressQuotaRequest, options?: VpcCallOptions): Promise<types.DescribeAddressQuotaResponse>;
    /**
     * 查询弹性公网IP列表
     *
     * 本接口 (DescribeAddresses) 用于查询一个或多个弹性公网IP (简称 EIP) 的详细信息。
     * - 如果参数为空, 返回当前用户一定数量 (Limit所指定的数量, 默认为20) 的 EIP。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAddressesErrorCode}.
     */
    describeAddresses(input?: types.DescribeAddressesRequest, options?: VpcCallOptions): Promise<types.DescribeAddressesResponse>;
    /**
     * 获取弹性网卡的扩展ip
     *
     * 获取弹性网卡的扩展ip
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfaceExtendIpsErrorCode}.
     */
    describeNetworkInterfaceExtendIps(input: types.DescribeNetworkInterfaceExtendIpsRequest, options?: VpcCallOptions): Promise<types.DescribeNetworkInterfaceExtendIpsResponse>;
    /**
     * 查询安全组被引用信息
     *
     * 本接口 (DescribeSecurityGroupReferences) 用于查询安全组被引用信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupReferencesErrorCode}.
     */
    describeSecurityGroupReferences(input: types.DescribeSecurityGroupReferencesRequest, options?: VpcCallOptions): Promise<types.DescribeSecurityGroupReferencesResponse>;
    /**
     * 查询异步任务执行结果
     *
     * 查询EIP异步任务执行结果
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTaskResultErrorCode}.
     */
    describeTaskResult(input?: types.DescribeTaskResultRequest, options?: VpcCallOptions): Promise<types.DescribeTaskResultResponse>;
    /**
     * 解绑弹性公网IP
     *
     * 本接口 (DisassociateAddress) 用于解绑弹性公网IP (简称 EIP)。
     * - 支持CVM实例, 弹性网卡上的EIP解绑
     * - 不支持NAT上的EIP解绑。NAT上的EIP解绑请参考DisassociateNatGatewayAddress
     * - 只有状态为 BIND 和 BIND_ENI 的 EIP 才能进行解绑定操作。
     * - EIP 如果被封堵, 则不能进行解绑定操作。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateAddressErrorCode}.
     */
    disassociateAddress(input: types.DisassociateAddressRequest, options?: VpcCallOptions): Promise<types.DisassociateAddressResponse>;
    /**
     * 修改弹性公网IP属性
     *
     * 本接口 (ModifyAddressAttribute) 用于修改弹性公网IP (简称 EIP) 的名称。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAddressAttributeErrorCode}.
     */
    modifyAddressAttribute(input: types.ModifyAddressAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyAddressAttributeResponse>;
    /**
     * 调整弹性公网ip计费模式
     *
     * 该接口用于调整具有带宽属性弹性公网IP的网络计费模式
     * - 支持BANDWIDTH_PREPAID_BY_MONTH和TRAFFIC_POSTPAID_BY_HOUR两种网络计费模式之间的切换。
     * - 每个弹性公网IP支持调整两次, 次数超出则无法调整。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAddressInternetChargeTypeErrorCode}.
     */
    modifyAddressInternetChargeType(input: types.ModifyAddressInternetChargeTypeRequest, options?: VpcCallOptions): Promise<types.ModifyAddressInternetChargeTypeResponse>;
    /**
     * 调整弹性公网IP带宽
     *
     * 本接口 (ModifyAddressesBandwidth) 用于调整弹性公网IP (简称EIP) 带宽, 包括后付费EIP、预付费EIP和带宽包EIP
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAddressesBandwidthErrorCode}.
     */
    modifyAddressesBandwidth(input: types.ModifyAddressesBandwidthRequest, options?: VpcCallOptions): Promise<types.ModifyAddressesBandwidthResponse>;
    /**
     * 修改弹性网卡扩展ip
     *
     * 修改弹性网卡扩展ip
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkInterfaceExtendIpErrorCode}.
     */
    modifyNetworkInterfaceExtendIp(input: types.ModifyNetworkInterfaceExtendIpRequest, options?: VpcCallOptions): Promise<types.ModifyNetworkInterfaceExtendIpResponse>;
    /**
     * 释放弹性公网IP
     *
     * 本接口 (ReleaseAddresses) 用于释放一个或多个弹性公网IP (简称 EIP)。
     * - 该操作不可逆, 释放后 EIP 关联的 IP 地址将不再属于您的名下。
     * - 只有状态为 UNBIND 的 EIP 才能进行释放操作。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ReleaseAddressesErrorCode}.
     */
    releaseAddresses(input: types.ReleaseAddressesRequest, options?: VpcCallOptions): Promise<types.ReleaseAddressesResponse>;
    /**
     * 普通IP转弹性IP
     *
     * 本接口 (TransformAddress) 用于将实例的普通公网 IP 转换为弹性公网IP (简称 EIP)。
     * - 平台对用户每地域每日解绑 EIP 重新分配普通公网 IP 次数有所限制 (可参见EIP 产品简介)。上述配额可通过 DescribeAddressQuota 接口获取。
     *
     * Default rate limit: 10 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link TransformAddressErrorCode}.
     */
    transformAddress(input: types.TransformAddressRequest, options?: VpcCallOptions): Promise<types.TransformAddressResponse>;
    /**
     * 分配IPv6地址
     *
     * 本接口 (AssignIpv6Addresses) 用于弹性网卡申请 IPv6 地址。
     * 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 RequestId 轮询 QueryTask 接口。
     * - 一个弹性网卡支持绑定的IP地址是有限制的，更多资源限制信息详见弹性网卡使用限制。
     * - 可以指定 IPv6 地址申请，地址类型不能为主 IP，IPv6 地址暂时只支持作为辅助 IP。
     * - 地址必须要在弹性网卡所在子网内，而且不能被占用。
     * - 在弹性网卡上申请一个或多个辅助 IPv6 地址，接口会在弹性网卡所在子网段内返回指定数量的辅助 IPv6 地址。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignIpv6AddressesErrorCode}.
     */
    assignIpv6Addresses(input: types.AssignIpv6AddressesRequest, options?: VpcCallOptions): Promise<types.AssignIpv6AddressesResponse>;
    /**
     * 弹性网卡申请内网 IP
     *
     * 本接口 (AssignPrivateIpAddresses) 用于弹性网卡申请内网 IP。
     * - 一个弹性网卡支持绑定的IP地址是有限制的, 更多资源限制信息详见弹性网卡使用限制。
     * - 可以指定内网IP地址申请, 内网IP地址类型不能为主IP, 主IP已存在, 不能修改, 内网IP必须要弹性网卡所在子网内, 而且不能被占用。
     * - 在弹性网卡上申请一个到多个辅助内网IP, 接口会在弹性网卡所在子网网段内返回指定数量的辅助内网IP。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignPrivateIpAddressesErrorCode}.
     */
    assignPrivateIpAddresses(input: types.AssignPrivateIpAddressesRequest, options?: VpcCallOptions): Promise<types.AssignPrivateIpAddressesResponse>;
    /**
     * 弹性网卡绑定安全组
     *
     * 本接口 (AssociateNetworkInterfaceSecurityGroups) 用于弹性网卡绑定安全组 (SecurityGroup)。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateNetworkInterfaceSecurityGroupsErrorCode}.
     */
    associateNetworkInterfaceSecurityGroups(input: types.AssociateNetworkInterfaceSecurityGroupsRequest, options?: VpcCallOptions): Promise<types.AssociateNetworkInterfaceSecurityGroupsResponse>;
    /**
     * 弹性网卡绑定云主机
     *
     * 本接口 (AttachNetworkInterface) 用于弹性网卡绑定云主机。
     * - 一个云主机可以绑定多个弹性网卡, 但只能绑定一个主网卡。更多限制信息详见弹性网卡使用限制。
     * - 一个弹性网卡只能同时绑定一个云主机。
     * - 只有运行中或者已关机状态的云主机才能绑定弹性网卡, 查看云主机状态详见腾讯云主机信息。
     * - 弹性网卡绑定的云主机必须是私有网络的, 而且云主机所在可用区必须和弹性网卡子网的可用区相同。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
     */
    attachNetworkInterface(input: types.AttachNetworkInterfaceRequest, options?: VpcCallOptions): Promise<types.AttachNetworkInterfaceResponse>;
    /**
     * 创建弹性网卡并绑定云主机
     *
     * 本接口 (CreateAndAttachNetworkInterface) 用于创建弹性网卡并绑定云主机。
     * - 创建弹性网卡时可以指定内网IP, 并且可以指定一个主IP, 指定的内网IP必须在弹性网卡所在子网内, 而且不能被占用。
     * - 创建弹性网卡时可以指定需要申请的内网IP数量, 系统会随机生成内网IP地址。
     * - 一个弹性网卡支持绑定的IP地址是有限制的, 更多资源限制信息详见弹性网卡使用限制。
     * - 创建弹性网卡同时可以绑定已有安全组。
     * - 创建弹性网卡同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateAndAttachNetworkInterfaceErrorCode}.
     */
    createAndAttachNetworkInterface(input: types.CreateAndAttachNetworkInterfaceRequest, options?: VpcCallOptions): Promise<types.CreateAndAttachNetworkInterfaceResponse>;
    /**
     * 创建弹性网卡
     *
     * 本接口 (CreateNetworkInterface) 用于创建弹性网卡。
     * - 创建弹性网卡时可以指定内网IP, 并且可以指定一个主IP, 指定的内网IP必须在弹性网卡所在子网内, 而且不能被占用。
     * - 创建弹性网卡时可以指定需要申请的内网IP数量, 系统会随机生成内网IP地址。
     * - 一个弹性网卡支持绑定的IP地址是有限制的, 更多资源限制信息详见弹性网卡使用限制。
     * - 创建弹性网卡同时可以绑定已有安全组。
     * - 创建弹性网卡同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
     */
    createNetworkInterface(input: types.CreateNetworkInterfaceRequest, options?: VpcCallOptions): Promise<types.CreateNetworkInterfaceResponse>;
    /**
     * 删除弹性网卡
     *
     * 本接口 (DeleteNetworkInterface) 用于删除弹性网卡。
     * - 弹性网卡上绑定了云服务器时, 不能被删除。
     * - 删除指定弹性网卡, 弹性网卡必须先和子机解绑才能删除。删除之后弹性网卡上所有内网IP都将被退还。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
     */
    deleteNetworkInterface(input: types.DeleteNetworkInterfaceRequest, options?: VpcCallOptions): Promise<types.DeleteNetworkInterfaceResponse>;
    /**
     * 查询弹性网卡配额
     *
     * 本接口 (DescribeNetworkInterfaceLimit) 根据CVM实例ID或弹性网卡ID查询弹性网卡配额, 返回该CVM实例或弹性网卡能绑定的弹性网卡配额, 以及弹性网卡可以分配的IP配额
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfaceLimitErrorCode}.
     */
    describeNetworkInterfaceLimit(input: types.DescribeNetworkInterfaceLimitRequest, options?: VpcCallOptions): Promise<types.DescribeNetworkInterfaceLimitResponse>;
    /**
     * 查询弹性网卡列表
     *
     * 本接口 (DescribeNetworkInterfaces) 用于查询弹性网卡列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesErrorCode}.
     */
    describeNetworkInterfaces(input?: types.DescribeNetworkInterfacesRequest, options?: VpcCallOptions): Promise<types.DescribeNetworkInterfacesResponse>;
    /**
     * 弹性网卡解绑云主机
     *
     * 本接口 (DetachNetworkInterface) 用于弹性网卡解绑云主机。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
     */
    detachNetworkInterface(input: types.DetachNetworkInterfaceRequest, options?: VpcCallOptions): Promise<types.DetachNetworkInterfaceResponse>;
    /**
     * DetachNetworkInterfaceEx
     *
     * 本接口 (DetachNetworkInterfaceEx) 用于跨租户场景弹性网卡解绑云服务器。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceExErrorCode}.
     */
    detachNetworkInterfaceEx(input: types.DetachNetworkInterfaceExRequest, options?: VpcCallOptions): Promise<types.DetachNetworkInterfaceExResponse>;
    /**
     * 弹性网卡解绑安全组
     *
     * 本接口 (DisassociateNetworkInterfaceSecurityGroups) 用于弹性网卡解绑安全组。支持弹性网卡完全解绑安全组。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateNetworkInterfaceSecurityGroupsErrorCode}.
     */
    disassociateNetworkInterfaceSecurityGroups(input: types.DisassociateNetworkInterfaceSecurityGroupsRequest, options?: VpcCallOptions): Promise<types.DisassociateNetworkInterfaceSecurityGroupsResponse>;
    /**
     * 弹性网卡迁移
     *
     * 本接口 (MigrateNetworkInterface) 用于弹性网卡迁移。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link MigrateNetworkInterfaceErrorCode}.
     */
    migrateNetworkInterface(input: types.MigrateNetworkInterfaceRequest, options?: VpcCallOptions): Promise<types.MigrateNetworkInterfaceResponse>;
    /**
     * 弹性网卡内网IP迁移
     *
     * 本接口 (MigratePrivateIpAddress) 用于弹性网卡内网IP迁移。
     * - 该接口用于将一个内网IP从一个弹性网卡上迁移到另外一个弹性网卡, 主IP地址不支持迁移。
     * - 迁移前后的弹性网卡必须在同一个子网内。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link MigratePrivateIpAddressErrorCode}.
     */
    migratePrivateIpAddress(input: types.MigratePrivateIpAddressRequest, options?: VpcCallOptions): Promise<types.MigratePrivateIpAddressResponse>;
    /**
     * 修改弹性网卡IPv6地址属性
     *
     * 本接口 (ModifyIpv6AddressesAttribute) 用于修改弹性网卡内网IPv6地址属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6AddressesAttributeErrorCode}.
     */
    modifyIpv6AddressesAttribute(input: types.ModifyIpv6AddressesAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyIpv6AddressesAttributeResponse>;
    /**
     * 修改弹性网卡
     *
     * 本接口 (ModifyNetworkInterfaceAttribute) 用于修改弹性网卡属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkInterfaceAttributeErrorCode}.
     */
    modifyNetworkInterfaceAttribute(input: types.ModifyNetworkInterfaceAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyNetworkInterfaceAttributeResponse>;
    /**
     * 修改弹性网卡内网IP信息
     *
     * 本接口 (ModifyPrivateIpAddressesAttribute) 用于修改弹性网卡内网IP属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyPrivateIpAddressesAttributeErrorCode}.
     */
    modifyPrivateIpAddressesAttribute(input: types.ModifyPrivateIpAddressesAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyPrivateIpAddressesAttributeResponse>;
    /**
     * 释放IPv6地址
     *
     * 本接口 (UnassignIpv6Addresses) 用于释放弹性网卡 IPv6 地址。
     * 本接口是异步完成, 如需查询异步任务执行结果, 请使用本接口返回的 RequestId 轮询 QueryTask 接口。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6AddressesErrorCode}.
     */
    unassignIpv6Addresses(input: types.UnassignIpv6AddressesRequest, options?: VpcCallOptions): Promise<types.UnassignIpv6AddressesResponse>;
    /**
     * 弹性网卡退还内网 IP
     *
     * 本接口 (UnassignPrivateIpAddresses) 用于弹性网卡退还内网 IP。
     * - 退还弹性网卡上的辅助内网IP, 接口自动解关联弹性公网 IP。不能退还弹性网卡的主内网IP。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link UnassignPrivateIpAddressesErrorCode}.
     */
    unassignPrivateIpAddresses(input: types.UnassignPrivateIpAddressesRequest, options?: VpcCallOptions): Promise<types.UnassignPrivateIpAddressesResponse>;
    /**
     * 创建流日志
     *
     * 本接口 (CreateFlowLog) 用于创建流日志
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateFlowLogErrorCode}.
     */
    createFlowLog(input: types.CreateFlowLogRequest, options?: VpcCallOptions): Promise<types.CreateFlowLogResponse>;
    /**
     * 删除流日志
     *
     * 本接口 (DeleteFlowLog) 用于删除流日志
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteFlowLogErrorCode}.
     */
    deleteFlowLog(input: types.DeleteFlowLogRequest, options?: VpcCallOptions): Promise<types.DeleteFlowLogResponse>;
    /**
     * 查询流日志实例信息
     *
     * 本接口 (DescribeFlowLog) 用于查询流日志实例信息
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFlowLogErrorCode}.
     */
    describeFlowLog(input: types.DescribeFlowLogRequest, options?: VpcCallOptions): Promise<types.DescribeFlowLogResponse>;
    /**
     * 查询流日志集合
     *
     * 本接口 (DescribeFlowLogs) 用于查询获取流日志集合
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFlowLogsErrorCode}.
     */
    describeFlowLogs(input?: types.DescribeFlowLogsRequest, options?: VpcCallOptions): Promise<types.DescribeFlowLogsResponse>;
    /**
     * 修改流日志属性
     *
     * 本接口 (ModifyFlowLogAttribute) 用于修改流日志属性
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyFlowLogAttributeErrorCode}.
     */
    modifyFlowLogAttribute(input: types.ModifyFlowLogAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyFlowLogAttributeResponse>;
    /**
     * 分配IPv6网段
     *
     * 本接口 (AssignIpv6CidrBlock) 用于分配IPv6网段。
     * - 使用本接口前，您需要已有VPC实例，如果没有可通过接口CreateVpc创建。
     * - 每个VPC只能申请一个IPv6网段
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignIpv6CidrBlockErrorCode}.
     */
    assignIpv6CidrBlock(input: types.AssignIpv6CidrBlockRequest, options?: VpcCallOptions): Promise<types.AssignIpv6CidrBlockResponse>;
    /**
     * 创建基础网络互通
     *
     * 本接口(AttachClassicLinkVpc)用于创建私有网络和基础网络设备互通。
     * - 私有网络和基础网络设备必须在同一个地域。
     * - 私有网络和基础网络的区别详见vpc产品文档-私有网络与基础网络。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachClassicLinkVpcErrorCode}.
     */
    attachClassicLinkVpc(input: types.AttachClassicLinkVpcRequest, options?: VpcCallOptions): Promise<types.AttachClassicLinkVpcResponse>;
    /**
     * 检查辅助CIDR冲突
     *
     * 本接口(CheckAssistantCidr)用于检查辅助CIDR是否与存量路由、对等连接(对端VPC的CIDR)等资源存在冲突。如果存在重叠,则返回重叠的资源。(接口灰度中,如需使用请提工单。)
     * - 检测辅助CIDR是否与当前VPC的主CIDR和辅助CIDR存在重叠。
     * - 检测辅助CIDR是否与当前VPC的路由的目的端存在重叠。
     * - 检测辅助CIDR是否与当前VPC的对等连接,对端VPC下的主CIDR或辅助CIDR存在重叠。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CheckAssistantCidrErrorCode}.
     */
    checkAssistantCidr(input: types.CheckAssistantCidrRequest, options?: VpcCallOptions): Promise<types.CheckAssistantCidrResponse>;
    /**
     * 创建辅助CIDR
     *
     * 本接口(CreateAssistantCidr)用于批量创建辅助CIDR。（接口灰度中，如需使用请提工单。）
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateAssistantCidrErrorCode}.
     */
    createAssistantCidr(input: types.CreateAssistantCidrRequest, options?: VpcCallOptions): Promise<types.CreateAssistantCidrResponse>;
    /**
     * 创建默认VPC和默认子网
     *
     * 本接口 (CreateDefaultVpc) 用于创建默认私有网络(VPC)。
     * 默认VPC适用于快速入门和启动公共实例，您可以像使用任何其他VPC一样使用默认VPC。如果您想创建标准VPC，即指定VPC名称、VPC网段、子网网段、子网可用区，请使用常规创建VPC接口 (CreateVpc)正常情况，本接口并不一定生产默认VPC，而是根据用户账号的网络属性 (DescribeAccountAttributes) 来决定的
     * - 支持基础网络、VPC，返回VpcId为0
     * - 只支持VPC，返回默认VPC信息
     * 您也可以通过 Force 参数，强制返回默认VPC
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDefaultVpcErrorCode}.
     */
    createDefaultVpc(input?: types.CreateDefaultVpcRequest, options?: VpcCallOptions): Promise<types.CreateDefaultVpcResponse>;
    /**
     * 创建VPC
     *
     * 本接口(CreateVpc)用于创建私有网络(VPC)。
     * - 用户可以创建的最小网段子网掩码为28 (有16个IP地址), 最大网段子网掩码为16 (65,536个IP地址), 如果规划VPC网段请参见VPC网段规划说明。
     * - 同一个地域能创建的VPC资源个数也是有限的, 详见 VPC使用限制, 如果需要扩充请联系在线客服。
     * - 创建VPC同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcErrorCode}.
     */
    createVpc(input: types.CreateVpcRequest, options?: VpcCallOptions): Promise<types.CreateVpcResponse>;
    /**
     * 删除辅助CIDR
     *
     * 本接口>DeleteAssistantCidr)用于删除辅助CIDR。(接口灰度中,如需使用请提工单。)
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteAssistantCidrErrorCode}.
     */
    deleteAssistantCidr(input: types.DeleteAssistantCidrRequest, options?: VpcCallOptions): Promise<types.DeleteAssistantCidrResponse>;
    /**
     * 删除VPC
     *
     * 本接口 (DeleteVpc) 用于删除私有网络。
     * - 删除前请确保 VPC 内已经没有相关资源, 例如云服务器、云数据库、NoSQL、VPN网关、专线网关、负载均衡、对等连接、与之互通的基础网络设备。
     * - 删除私有网络是不可逆的操作, 请谨慎处理。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcErrorCode}.
     */
    deleteVpc(input: types.DeleteVpcRequest, options?: VpcCallOptions): Promise<types.DeleteVpcResponse>;
    /**
     * 查询账户属性
     *
     * 本接口 (DescribeAccountAttributes) 用于查询用户账号私有属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAccountAttributesErrorCode}.
     */
    describeAccountAttributes(input?: types.DescribeAccountAttributesRequest, options?: VpcCallOptions): Promise<types.DescribeAccountAttributesResponse>;
    /**
     * 查询辅助CIDR列表
     *
     * 本接口 (DescribeAssistantCidr) 用于查询辅助CIDR列表。(接口灰度中, 如需使用请提工单。)
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAssistantCidrErrorCode}.
     */
    describeAssistantCidr(input?: types.DescribeAssistantCidrRequest, options?: VpcCallOptions): Promise<types.DescribeAssistantCidrResponse>;
    /**
     * 查询基础网络互通列表
     *
     * 本接口(DescribeClassicLinkInstances)用于查询私有网络和基础网络设备互通列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeClassicLinkInstancesErrorCode}.
     */
    describeClassicLinkInstances(input?: types.DescribeClassicLinkInstancesRequest, options?: VpcCallOptions): Promise<types.DescribeClassicLinkInstancesResponse>;
    /**
     * 查询非标网段
     *
     * 查询非标网段
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNmsCidrsErrorCode}.
     */
    describeNmsCidrs(input?: types.DescribeNmsCidrsRequest, options?: VpcCallOptions): Promise<types.DescribeNmsCidrsResponse>;
    /**
     * 查询VPC下的云主机实例列表
     *
     * 本接口 (DescribeVpcInstances) 用于查询VPC下的云主机实例列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcInstancesErrorCode}.
     */
    describeVpcInstances(input: types.DescribeVpcInstancesRequest, options?: VpcCallOptions): Promise<types.DescribeVpcInstancesResponse>;
    /**
     * 查询VPC内IPv6列表
     *
     * 本接口 (DescribeVpcIpv6Addresses) 用于查询 VPC IPv6 信息。只能查询已使用的 IPv6 信息, 当查询未使用的IP时, 本接口不会报错, 但不会出现在返回结果里。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcIpv6AddressesErrorCode}.
     */
    describeVpcIpv6Addresses(input: types.DescribeVpcIpv6AddressesRequest, options?: VpcCallOptions): Promise<types.DescribeVpcIpv6AddressesResponse>;
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
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcLimitsErrorCode}.
     */
    describeVpcLimits(input: types.DescribeVpcLimitsRequest, options?: VpcCallOptions): Promise<types.DescribeVpcLimitsResponse>;
    /**
     * 查询VPC内网IP信息
     *
     * 本接口 (DescribeVpcPrivateIpAddresses) 用于查询VPC内网IP信息。
     * 只能查询已使用的IP信息, 当查询未使用的IP时, 本接口不会报错, 但不会出现在返回结果里。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcPrivateIpAddressesErrorCode}.
     */
    describeVpcPrivateIpAddresses(input: types.DescribeVpcPrivateIpAddressesRequest, options?: VpcCallOptions): Promise<types.DescribeVpcPrivateIpAddressesResponse>;
    /**
     * 查询VPC列表
     *
     * 本接口 (DescribeVpcs) 用于查询私有网络列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcsErrorCode}.
     */
    describeVpcs(input?: types.DescribeVpcsRequest, options?: VpcCallOptions): Promise<types.DescribeVpcsResponse>;
    /**
     * 删除基础网络互通
     *
     * 本接口(DetachClassicLinkVpc)用于删除私有网络和基础网络设备互通。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachClassicLinkVpcErrorCode}.
     */
    detachClassicLinkVpc(input: types.DetachClassicLinkVpcRequest, options?: VpcCallOptions): Promise<types.DetachClassicLinkVpcResponse>;
    /**
     * 修改辅助CIDR
     *
     * 本接口(ModifyAssistantCidr)用于批量修改辅助CIDR,支持新增和删除。(接口灰度中,如需使用请提工单。)
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAssistantCidrErrorCode}.
     */
    modifyAssistantCidr(input: types.ModifyAssistantCidrRequest, options?: VpcCallOptions): Promise<types.ModifyAssistantCidrResponse>;
    /**
     * 修改VPC属性
     *
     * 本接口 (ModifyVpcAttribute) 用于修改私有网络 (VPC) 的相关属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcAttributeErrorCode}.
     */
    modifyVpcAttribute(input: types.ModifyVpcAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyVpcAttributeResponse>;
    /**
     * ResetHaVip
     *
     * ResetHaVip
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetHaVipErrorCode}.
     */
    resetHaVip(input: types.ResetHaVipRequest, options?: VpcCallOptions): Promise<types.ResetHaVipResponse>;
    /**
     * 释放IPv6网段
     *
     * 本接口 (UnassignIpv6CidrBlock) 用于释放IPv6网段。
     * 网段如果还有IP占用且未回收, 则网段无法释放。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6CidrBlockErrorCode}.
     */
    unassignIpv6CidrBlock(input: types.UnassignIpv6CidrBlockRequest, options?: VpcCallOptions): Promise<types.UnassignIpv6CidrBlockResponse>;
    /**
     * 创建终端节点服务
     *
     * 創建終端節點服務。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只驗簽名不鑒權
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcEndPointServiceErrorCode}.
     */
    createVpcEndPointService(input: types.CreateVpcEndPointServiceRequest, options?: VpcCallOptions): Promise<types.CreateVpcEndPointServiceResponse>;
    /**
     * 创建终端服务白名单
     *
     * 创建终端服务白名单。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcEndPointServiceWhiteListErrorCode}.
     */
    createVpcEndPointServiceWhiteList(input: types.CreateVpcEndPointServiceWhiteListRequest, options?: VpcCallOptions): Promise<types.CreateVpcEndPointServiceWhiteListResponse>;
    /**
     * 删除终端节点
     *
     * 删除终端节点。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcEndPointErrorCode}.
     */
    deleteVpcEndPoint(input: types.DeleteVpcEndPointRequest, options?: VpcCallOptions): Promise<types.DeleteVpcEndPointResponse>;
    /**
     * 删除终端节点服务
     *
     * 删除终端节点服务。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcEndPointServiceErrorCode}.
     */
    deleteVpcEndPointService(input: types.DeleteVpcEndPointServiceRequest, options?: VpcCallOptions): Promise<types.DeleteVpcEndPointServiceResponse>;
    /**
     * 删除终端节点服务白名单
     *
     * 删除终端节点服务白名单。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcEndPointServiceWhiteListErrorCode}.
     */
    deleteVpcEndPointServiceWhiteList(input: types.DeleteVpcEndPointServiceWhiteListRequest, options?: VpcCallOptions): Promise<types.DeleteVpcEndPointServiceWhiteListResponse>;
    /**
     * 查询终端节点详情
     *
     * 查询终端节点详情。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcEndPointErrorCode}.
     */
    describeVpcEndPoint(input?: types.DescribeVpcEndPointRequest, options?: VpcCallOptions): Promise<types.DescribeVpcEndPointResponse>;
    /**
     * 查询终端节点服务列表
     *
     * 查询终端节点服务列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcEndPointServiceErrorCode}.
     */
    describeVpcEndPointService(input?: types.DescribeVpcEndPointServiceRequest, options?: VpcCallOptions): Promise<types.DescribeVpcEndPointServiceResponse>;
    /**
     * 查询终端节点服务的白名单
     *
     * 查询终端节点服务的白名单。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcEndPointServiceWhiteListErrorCode}.
     */
    describeVpcEndPointServiceWhiteList(input?: types.DescribeVpcEndPointServiceWhiteListRequest, options?: VpcCallOptions): Promise<types.DescribeVpcEndPointServiceWhiteListResponse>;
    /**
     * 终端节点解绑安全组
     *
     * 终端节点解绑安全组。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateVpcEndPointSecurityGroupsErrorCode}.
     */
    disassociateVpcEndPointSecurityGroups(input: types.DisassociateVpcEndPointSecurityGroupsRequest, options?: VpcCallOptions): Promise<types.DisassociateVpcEndPointSecurityGroupsResponse>;
    /**
     * 是否接受终端节点连接请求
     *
     * 是否接受终端节点连接请求。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableVpcEndPointConnectErrorCode}.
     */
    enableVpcEndPointConnect(input: types.EnableVpcEndPointConnectRequest, options?: VpcCallOptions): Promise<types.EnableVpcEndPointConnectResponse>;
    /**
     * 是否接受终端节点连接请求
     *
     * 是否接受终端节点连接请求。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableVpcEndPointConnectionErrorCode}.
     */
    enableVpcEndPointConnection(input: types.EnableVpcEndPointConnectionRequest, options?: VpcCallOptions): Promise<types.EnableVpcEndPointConnectionResponse>;
    /**
     * 修改终端节点
     *
     * 修改终端节点。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcEndPointAttributeErrorCode}.
     */
    modifyVpcEndPointAttribute(input: types.ModifyVpcEndPointAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyVpcEndPointAttributeResponse>;
    /**
     * 修改终端节点服务相关信息
     *
     * 修改终端节点服务相关信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcEndPointServiceAttributeErrorCode}.
     */
    modifyVpcEndPointServiceAttribute(input: types.ModifyVpcEndPointServiceAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyVpcEndPointServiceAttributeResponse>;
    /**
     * 修改终端节点服务白名单
     *
     * 修改终端节点服务白名单。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcEndPointServiceWhiteListErrorCode}.
     */
    modifyVpcEndPointServiceWhiteList(input: types.ModifyVpcEndPointServiceWhiteListRequest, options?: VpcCallOptions): Promise<types.ModifyVpcEndPointServiceWhiteListResponse>;
    /**
     * 查询网关来访IP流控带宽
     *
     * 本接口 (DescribeGatewayFlowQos) 用于查询网关来访IP流控带宽。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeGatewayFlowQosErrorCode}.
     */
    describeGatewayFlowQos(input: types.DescribeGatewayFlowQosRequest, options?: VpcCallOptions): Promise<types.DescribeGatewayFlowQosResponse>;
    /**
     * 关闭网关流量监控
     *
     * 本接口 (DisableGatewayFlowMonitor) 用于关闭网关流量监控。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisableGatewayFlowMonitorErrorCode}.
     */
    disableGatewayFlowMonitor(input: types.DisableGatewayFlowMonitorRequest, options?: VpcCallOptions): Promise<types.DisableGatewayFlowMonitorResponse>;
    /**
     * 开启网关流量监控
     *
     * 本接口 (EnableGatewayFlowMonitor) 用于开启网关流量监控。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableGatewayFlowMonitorErrorCode}.
     */
    enableGatewayFlowMonitor(input: types.EnableGatewayFlowMonitorRequest, options?: VpcCallOptions): Promise<types.EnableGatewayFlowMonitorResponse>;
    /**
     * 调整网关流控带宽
     *
     * 本接口 (ModifyGatewayFlowQos) 用于调整网关流控带宽。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyGatewayFlowQosErrorCode}.
     */
    modifyGatewayFlowQos(input: types.ModifyGatewayFlowQosRequest, options?: VpcCallOptions): Promise<types.ModifyGatewayFlowQosResponse>;
    /**
     * 网络ACL关联子网
     *
     * 本接口 (AssociateNetworkAclSubnets) 用于网络ACL关联vpc下的子网。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateNetworkAclSubnetsErrorCode}.
     */
    associateNetworkAclSubnets(input: types.AssociateNetworkAclSubnetsRequest, options?: VpcCallOptions): Promise<types.AssociateNetworkAclSubnetsResponse>;
    /**
     * 创建网络ACL
     *
     * 本接口 (CreateNetworkAcl) 用于创建新的网络ACL。
     * - 新建的网络ACL的入站和出站规则默认都是全部拒绝, 在创建后通常您需要再调用ModifyNetworkAclEntries将网络ACL的规则设置为需要的规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNetworkAclErrorCode}.
     */
    createNetworkAcl(input: types.CreateNetworkAclRequest, options?: VpcCallOptions): Promise<types.CreateNetworkAclResponse>;
    /**
     * 删除网络ACL
     *
     * 本接口 (DeleteNetworkAcl) 用于删除网络ACL。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkAclErrorCode}.
     */
    deleteNetworkAcl(input: types.DeleteNetworkAclRequest, options?: VpcCallOptions): Promise<types.DeleteNetworkAclResponse>;
    /**
     * 查询网络ACL列表
     *
     * 本接口 (DescribeNetworkAcls) 用于查询网络ACL列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkAclsErrorCode}.
     */
    describeNetworkAcls(input?: types.DescribeNetworkAclsRequest, options?: VpcCallOptions): Promise<types.DescribeNetworkAclsResponse>;
    /**
     * 网络ACL解关联子网
     *
     * 本接口 (DisassociateNetworkAclSubnets) 用于网络ACL解关联vpc下的子网。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateNetworkAclSubnetsErrorCode}.
     */
    disassociateNetworkAclSubnets(input: types.DisassociateNetworkAclSubnetsRequest, options?: VpcCallOptions): Promise<types.DisassociateNetworkAclSubnetsResponse>;
    /**
     * 修改网络ACL属性
     *
     * 本接口 (ModifyNetworkAclAttribute) 用于修改网络ACL属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclAttributeErrorCode}.
     */
    modifyNetworkAclAttribute(input: types.ModifyNetworkAclAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyNetworkAclAttributeResponse>;
    /**
     * 修改网络ACL规则
     *
     * 本接口 (ModifyNetworkAclEntries) 用于修改 (包括添加和删除) 网络ACL的入站规则和出站规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclEntriesErrorCode}.
     */
    modifyNetworkAclEntries(input: types.ModifyNetworkAclEntriesRequest, options?: VpcCallOptions): Promise<types.ModifyNetworkAclEntriesResponse>;
    /**
     * 创建IP地址模版
     *
     * 本接口 (CreateAddressTemplate) 用于创建IP地址模版
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateAddressTemplateErrorCode}.
     */
    createAddressTemplate(input: types.CreateAddressTemplateRequest, options?: VpcCallOptions): Promise<types.CreateAddressTemplateResponse>;
    /**
     * 创建IP地址模版集合
     *
     * 本接口 (CreateAddressTemplateGroup) 用于创建IP地址模版集合
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateAddressTemplateGroupErrorCode}.
     */
    createAddressTemplateGroup(input: types.CreateAddressTemplateGroupRequest, options?: VpcCallOptions): Promise<types.CreateAddressTemplateGroupResponse>;
    /**
     * 创建协议端口模板
     *
     * 本接口 (CreateServiceTemplate) 用于创建协议端口模板
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateServiceTemplateErrorCode}.
     */
    createServiceTemplate(input: types.CreateServiceTemplateRequest, options?: VpcCallOptions): Promise<types.CreateServiceTemplateResponse>;
    /**
     * 创建协议端口模板集合
     *
     * 本接口 (CreateServiceTemplateGroup) 用于创建协议端口模板集合
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateServiceTemplateGroupErrorCode}.
     */
    createServiceTemplateGroup(input: types.CreateServiceTemplateGroupRequest, options?: VpcCallOptions): Promise<types.CreateServiceTemplateGroupResponse>;
    /**
     * 删除IP地址模板
     *
     * 本接口 (DeleteAddressTemplate) 用于删除IP地址模板
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteAddressTemplateErrorCode}.
     */
    deleteAddressTemplate(input: types.DeleteAddressTemplateRequest, options?: VpcCallOptions): Promise<types.DeleteAddressTemplateResponse>;
    /**
     * 删除IP地址模板集合
     *
     * 本接口 (DeleteAddressTemplateGroup) 用于删除IP地址模板集合
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteAddressTemplateGroupErrorCode}.
     */
    deleteAddressTemplateGroup(input: types.DeleteAddressTemplateGroupRequest, options?: VpcCallOptions): Promise<types.DeleteAddressTemplateGroupResponse>;
    /**
     * 删除协议端口模板
     *
     * 本接口 (DeleteServiceTemplate) 用于删除协议端口模板
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteServiceTemplateErrorCode}.
     */
    deleteServiceTemplate(input: types.DeleteServiceTemplateRequest, options?: VpcCallOptions): Promise<types.DeleteServiceTemplateResponse>;
    /**
     * 删除协议端口模板集合
     *
     * 本接口 (DeleteServiceTemplateGroup) 用于删除协议端口模板集合
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteServiceTemplateGroupErrorCode}.
     */
    deleteServiceTemplateGroup(input: types.DeleteServiceTemplateGroupRequest, options?: VpcCallOptions): Promise<types.DeleteServiceTemplateGroupResponse>;
    /**
     * 查询IP地址模板集合
     *
     * 本接口 (DescribeAddressTemplateGroups) 用于查询IP地址模板集合
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAddressTemplateGroupsErrorCode}.
     */
    describeAddressTemplateGroups(input?: types.DescribeAddressTemplateGroupsRequest, options?: VpcCallOptions): Promise<types.DescribeAddressTemplateGroupsResponse>;
    /**
     * 查询IP地址模板
     *
     * 本接口 (DescribeAddressTemplates) 用于查询IP地址模板
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAddressTemplatesErrorCode}.
     */
    describeAddressTemplates(input?: types.DescribeAddressTemplatesRequest, options?: VpcCallOptions): Promise<types.DescribeAddressTemplatesResponse>;
    /**
     * 查询协议端口模板集合
     *
     * 本接口 (DescribeServiceTemplateGroups) 用于查询协议端口模板集合
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeServiceTemplateGroupsErrorCode}.
     */
    describeServiceTemplateGroups(input?: types.DescribeServiceTemplateGroupsRequest, options?: VpcCallOptions): Promise<types.DescribeServiceTemplateGroupsResponse>;
    /**
     * 查询协议端口模板
     *
     * 本接口 (DescribeServiceTemplates) 用于查询协议端口模板
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeServiceTemplatesErrorCode}.
     */
    describeServiceTemplates(input?: types.DescribeServiceTemplatesRequest, options?: VpcCallOptions): Promise<types.DescribeServiceTemplatesResponse>;
    /**
     * 查询参数模板配额列表
     *
     * 本接口 (DescribeTemplateLimits) 用于查询参数模板配额列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTemplateLimitsErrorCode}.
     */
    describeTemplateLimits(input?: types.DescribeTemplateLimitsRequest, options?: VpcCallOptions): Promise<types.DescribeTemplateLimitsResponse>;
    /**
     * 修改IP地址模板
     *
     * 本接口 (ModifyAddressTemplateAttribute) 用于修改IP地址模板
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAddressTemplateAttributeErrorCode}.
     */
    modifyAddressTemplateAttribute(input: types.ModifyAddressTemplateAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyAddressTemplateAttributeResponse>;
    /**
     * 修改IP地址模板集合
     *
     * 本接口 (ModifyAddressTemplateGroupAttribute) 用于修改IP地址模板集合
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAddressTemplateGroupAttributeErrorCode}.
     */
    modifyAddressTemplateGroupAttribute(input: types.ModifyAddressTemplateGroupAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyAddressTemplateGroupAttributeResponse>;
    /**
     * 修改协议端口模板
     *
     * 本接口 (ModifyServiceTemplateAttribute) 用于修改协议端口模板
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyServiceTemplateAttributeErrorCode}.
     */
    modifyServiceTemplateAttribute(input: types.ModifyServiceTemplateAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyServiceTemplateAttributeResponse>;
    /**
     * 修改协议端口模板集合
     *
     * 本接口 (ModifyServiceTemplateGroupAttribute) 用于修改协议端口模板集合。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyServiceTemplateGroupAttributeErrorCode}.
     */
    modifyServiceTemplateGroupAttribute(input: types.ModifyServiceTemplateGroupAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyServiceTemplateGroupAttributeResponse>;
    /**
     * 验证网络探测
     *
     * 本接口(CheckNetDetectState)用于验证网络探测。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CheckNetDetectStateErrorCode}.
     */
    checkNetDetectState(input: types.CheckNetDetectStateRequest, options?: VpcCallOptions): Promise<types.CheckNetDetectStateResponse>;
    /**
     * 创建网络探测
     *
     * 本接口(CreateNetDetect)用于创建网络探测。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNetDetectErrorCode}.
     */
    createNetDetect(input: types.CreateNetDetectRequest, options?: VpcCallOptions): Promise<types.CreateNetDetectResponse>;
    /**
     * 删除网络探测
     *
     * 本接口>DeleteNetDetect)用于删除网络探测实例。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNetDetectErrorCode}.
     */
    deleteNetDetect(input: types.DeleteNetDetectRequest, options?: VpcCallOptions): Promise<types.DeleteNetDetectResponse>;
    /**
     * 查询网络探测验证结果列表
     *
     * 本接口(DescribeNetDetectStates)用于查询网络探测验证结果列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetDetectStatesErrorCode}.
     */
    describeNetDetectStates(input?: types.DescribeNetDetectStatesRequest, options?: VpcCallOptions): Promise<types.DescribeNetDetectStatesResponse>;
    /**
     * 查询网络探测列表
     *
     * 本接口 (DescribeNetDetects) 用于查询网络探测列表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetDetectsErrorCode}.
     */
    describeNetDetects(input?: types.DescribeNetDetectsRequest, options?: VpcCallOptions): Promise<types.DescribeNetDetectsResponse>;
    /**
     * 修改网络探测
     *
     * 本接口(ModifyNetDetect)用于修改网络探测参数。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetDetectErrorCode}.
     */
    modifyNetDetect(input: types.ModifyNetDetectRequest, options?: VpcCallOptions): Promise<types.ModifyNetDetectResponse>;
    /**
     * 用户创建IPv6路由
     *
     * 用户创建IPv6路由。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateIpv6RoutesErrorCode}.
     */
    createIpv6Routes(input: types.CreateIpv6RoutesRequest, options?: VpcCallOptions): Promise<types.CreateIpv6RoutesResponse>;
    /**
     * 创建路由表
     *
     * 本接口(CreateRouteTable)用于创建路由表。
     * - 创建了VPC后,系统会创建一个默认路由表,所有新建的子网都会关联到默认路由表。默认情况下您可以直接使用默认路由表来管理您的路由策略。当您的路由策略较多时,您可以调用创建路由表接口创建更多路由表管理您的路由策略。
     * - 创建路由表同时可以绑定标签,应答里的标签列表代表添加成功的标签。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateRouteTableErrorCode}.
     */
    createRouteTable(input: types.CreateRouteTableRequest, options?: VpcCallOptions): Promise<types.CreateRouteTableResponse>;
    /**
     * 创建路由策略
     *
     * 本接口(CreateRoutes)用于创建路由策略。
     * - 向指定路由表批量新增路由策略。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateRoutesErrorCode}.
     */
    createRoutes(input: types.CreateRoutesRequest, options?: VpcCallOptions): Promise<types.CreateRoutesResponse>;
    /**
     * 删除路由表的IPv6路由规则
     *
     * 删除路由表的IPv6路由规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteIpv6RoutesErrorCode}.
     */
    deleteIpv6Routes(input: types.DeleteIpv6RoutesRequest, options?: VpcCallOptions): Promise<types.DeleteIpv6RoutesResponse>;
    /**
     * 删除路由表
     *
     * 删除路由表
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteRouteTableErrorCode}.
     */
    deleteRouteTable(input: types.DeleteRouteTableRequest, options?: VpcCallOptions): Promise<types.DeleteRouteTableResponse>;
    /**
     * 删除路由策略
     *
     * 本接口>DeleteRoutes)用于对某个路由表批量删除路由策略 (Route)。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteRoutesErrorCode}.
     */
    deleteRoutes(input: types.DeleteRoutesRequest, options?: VpcCallOptions): Promise<types.DeleteRoutesResponse>;
    /**
     * 查询路由策略冲突列表
     *
     * 本接口 (DescribeRouteConflicts) 用于查询自定义路由策略与云联网络路由策略冲突列表
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRouteConflictsErrorCode}.
     */
    describeRouteConflicts(input: types.DescribeRouteConflictsRequest, options?: VpcCallOptions): Promise<types.DescribeRouteConflictsResponse>;
    /**
     * 查询路由列表
     *
     * 本接口 (DescribeRouteTables) 用于查询路由表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRouteTablesErrorCode}.
     */
    describeRouteTables(input?: types.DescribeRouteTablesRequest, options?: VpcCallOptions): Promise<types.DescribeRouteTablesResponse>;
    /**
     * 禁用子网路由
     *
     * 本接口 (DisableRoutes) 用于禁用已启用的子网路由
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DisableRoutesErrorCode}.
     */
    disableRoutes(input: types.DisableRoutesRequest, options?: VpcCallOptions): Promise<types.DisableRoutesResponse>;
    /**
     * 启用子网路由
     *
     * 本接口 (EnableRoutes) 用于启用已禁用的子网路由。
     * 本接口会校验启用后，是否与已有路由冲突，如果冲突，则无法启用，失败处理。路由冲突时，需要先禁用与之冲突的路由，才能启用该路由。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableRoutesErrorCode}.
     */
    enableRoutes(input: types.EnableRoutesRequest, options?: VpcCallOptions): Promise<types.EnableRoutesResponse>;
    /**
     * 修改IPv6路由规则
     *
     * 修改IPv6路由规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6RoutesErrorCode}.
     */
    modifyIpv6Routes(input: types.ModifyIpv6RoutesRequest, options?: VpcCallOptions): Promise<types.ModifyIpv6RoutesResponse>;
    /**
     * 修改路由表属性
     *
     * 本接口 (ModifyRouteTableAttribute) 用于修改路由表 (RouteTable) 属性。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyRouteTableAttributeErrorCode}.
     */
    modifyRouteTableAttribute(input: types.ModifyRouteTableAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyRouteTableAttributeResponse>;
    /**
     * 替换路由表绑定关系
     *
     * 本接口 (ReplaceRouteTableAssociation) 用于修改子网 (Subnet) 关联的路由表 (RouteTable)。
     * - 一个子网只能关联一个路由表。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceRouteTableAssociationErrorCode}.
     */
    replaceRouteTableAssociation(input: types.ReplaceRouteTableAssociationRequest, options?: VpcCallOptions): Promise<types.ReplaceRouteTableAssociationResponse>;
    /**
     * 替换路由策略
     *
     * 本接口 (ReplaceRoutes) 根据路由策略ID (RouteId) 修改指定的路由策略 (Route)，支持批量修改。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceRoutesErrorCode}.
     */
    replaceRoutes(input: types.ReplaceRoutesRequest, options?: VpcCallOptions): Promise<types.ReplaceRoutesResponse>;
    /**
     * 重置路由表名称和路由策略
     *
     * 本接口 (ResetRoutes) 用于对某个路由表名称和所有路由策略 (Route) 进行重新设置。
     * 注意: 调用本接口是先删除当前路由表中所有路由策略, 再保存新提交的路由策略内容, 会引起网络中断。
     *
     * Default rate limit: 100 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetRoutesErrorCode}.
     */
    resetRoutes(input: types.ResetRoutesRequest, options?: VpcCallOptions): Promise<types.ResetRoutesResponse>;
    /**
     * 创建HAVIP
     *
     * 本接口 (CreateHaVip) 用于创建高可用虚拟IP (HAVIP)。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateHaVipErrorCode}.
     */
    createHaVip(input: types.CreateHaVipRequest, options?: VpcCallOptions): Promise<types.CreateHaVipResponse>;
    /**
     * 删除HAVIP
     *
     * 本接口 (DeleteHaVip) 用于删除高可用虚拟IP (HAVIP)本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 RequestId 轮询 QueryTask 接口
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteHaVipErrorCode}.
     */
    deleteHaVip(input: types.DeleteHaVipRequest, options?: VpcCallOptions): Promise<types.DeleteHaVipResponse>;
    /**
     * 查询HAVIP列表
     *
     * 本接口 (DescribeHaVips) 用于查询高可用虚拟IP (HAVIP) 列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeHaVipsErrorCode}.
     */
    describeHaVips(input?: types.DescribeHaVipsRequest, options?: VpcCallOptions): Promise<types.DescribeHaVipsResponse>;
    /**
     * HAVIP绑定EIP
     *
     * 本接口 (HaVipAssociateAddressIp) 用于高可用虚拟IP (HAVIP) 绑定弹性公网IP (EIP)本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 RequestId 轮询 QueryTask 接口
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link HaVipAssociateAddressIpErrorCode}.
     */
    haVipAssociateAddressIp(input: types.HaVipAssociateAddressIpRequest, options?: VpcCallOptions): Promise<types.HaVipAssociateAddressIpResponse>;
    /**
     * HAVIP解绑EIP
     *
     * 本接口 (HaVipDisassociateAddressIp) 用于将高可用虚拟IP (HAVIP) 已绑定的弹性公网IP (EIP) 解除绑定本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 RequestId 轮询 QueryTask 接口
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口既验签名又鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link HaVipDisassociateAddressIpErrorCode}.
     */
    haVipDisassociateAddressIp(input: types.HaVipDisassociateAddressIpRequest, options?: VpcCallOptions): Promise<types.HaVipDisassociateAddressIpResponse>;
    /**
     * 修改HAVIP属性
     *
     * 本接口 (ModifyHaVipAttribute) 用于修改高可用虚拟IP (HAVIP) 属性
     *
     * Default rate limit: 20 requests per second.
     *
     * 接口只验签名不鉴权
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyHaVipAttributeErrorCode}.
     */
    modifyHaVipAttribute(input: types.ModifyHaVipAttributeRequest, options?: VpcCallOptions): Promise<types.ModifyHaVipAttributeResponse>;
    /**
     * Pages through DescribeIp6Translators (查询IPV6转换实例及其绑定规则信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's Ip6TranslatorSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeIp6Translators(input?: types.DescribeIp6TranslatorsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeIp6TranslatorsResponse, types.Ip6Translator>;
    /**
     * Pages through DescribeNatGatewayDestinationIpPortTranslationNatRules (查询NAT网关端口转发规则): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NatGatewayDestinationIpPortTranslationNatRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNatGatewayDestinationIpPortTranslationNatRules(input?: types.DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNatGatewayDestinationIpPortTranslationNatRulesResponse, types.NatGatewayDestinationIpPortTranslationNatRule>;
    /**
     * Pages through DescribeNatGatewaySourceIpTranslationNatRules (查询NAT网关SNAT转发规则): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SourceIpTranslationNatRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNatGatewaySourceIpTranslationNatRules(input: types.DescribeNatGatewaySourceIpTranslationNatRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNatGatewaySourceIpTranslationNatRulesResponse, types.SourceIpTranslationNatRule>;
    /**
     * Pages through DescribeNatGateways (查询NAT网关): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NatGatewaySet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNatGateways(input?: types.DescribeNatGatewaysRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNatGatewaysResponse, types.NatGateway>;
    /**
     * Pages through DescribeCustomerGateways (查询对端网关): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's CustomerGatewaySet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeCustomerGateways(input?: types.DescribeCustomerGatewaysRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeCustomerGatewaysResponse, types.CustomerGateway>;
    /**
     * Pages through DescribeVpnConnections (查询VPN通道列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's VpnConnectionSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpnConnections(input?: types.DescribeVpnConnectionsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpnConnectionsResponse, types.VpnConnection>;
    /**
     * Pages through DescribeVpnGatewayCcnRoutes (查询VPN网关云联网路由): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's RouteSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpnGatewayCcnRoutes(input: types.DescribeVpnGatewayCcnRoutesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpnGatewayCcnRoutesResponse, types.VpngwCcnRoutes>;
    /**
     * Pages through DescribeVpnGatewaySSLClients (查看ssl vpn 客户端): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SSLVpnClientSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpnGatewaySSLClients(input?: types.DescribeVpnGatewaySSLClientsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpnGatewaySSLClientsResponse, types.SSLVpnClient>;
    /**
     * Pages through DescribeVpnGatewaySSLServers (查看ssl vpn 服务端): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SSLVpnServerSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpnGatewaySSLServers(input?: types.DescribeVpnGatewaySSLServersRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpnGatewaySSLServersResponse, types.SSLVpnServer>;
    /**
     * Pages through DescribeVpnGateways (查询VPN网关): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's VpnGatewaySet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpnGateways(input?: types.DescribeVpnGatewaysRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpnGatewaysResponse, types.VpnGateway>;
    /**
     * Pages through DescribeDirectConnectGatewayCcnRoutes (查询专线网关云联网络路由): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's RouteSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDirectConnectGatewayCcnRoutes(input: types.DescribeDirectConnectGatewayCcnRoutesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeDirectConnectGatewayCcnRoutesResponse, types.DirectConnectGatewayCcnRoute>;
    /**
     * Pages through DescribeDirectConnectGateways (查询专线网关): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DirectConnectGatewaySet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDirectConnectGateways(input?: types.DescribeDirectConnectGatewaysRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeDirectConnectGatewaysResponse, types.DirectConnectGateway>;
    /**
     * Pages through DescribeLocalDestinationIpPortTranslationNatRules (查询专线网关本端目的IP端口转换): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LocalDestinationIpPortTranslationNatRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLocalDestinationIpPortTranslationNatRules(input: types.DescribeLocalDestinationIpPortTranslationNatRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeLocalDestinationIpPortTranslationNatRulesResponse, types.LocalDestinationIpPortTranslationNatRule>;
    /**
     * Pages through DescribeLocalIpTranslationAclRules (查询专线网关本端IP转换ACL规则): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LocalIpTranslationAclRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLocalIpTranslationAclRules(input: types.DescribeLocalIpTranslationAclRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeLocalIpTranslationAclRulesResponse, types.LocalIpTranslationAclRule>;
    /**
     * Pages through DescribeLocalIpTranslationNatRules (查询专线网关本端IP转换): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LocalIpTranslationNatRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLocalIpTranslationNatRules(input: types.DescribeLocalIpTranslationNatRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeLocalIpTranslationNatRulesResponse, types.LocalIpTranslationNatRule>;
    /**
     * Pages through DescribeLocalSourceIpPortTranslationAclRules (查询专线网关本端源IP端口转换ACL规则): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LocalSourceIpPortTranslationAclRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLocalSourceIpPortTranslationAclRules(input: types.DescribeLocalSourceIpPortTranslationAclRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeLocalSourceIpPortTranslationAclRulesResponse, types.LocalSourceIpPortTranslationAclRule>;
    /**
     * Pages through DescribeLocalSourceIpPortTranslationNatRules (查询专线网关本端源IP端口转换): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LocalSourceIpPortTranslationNatRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLocalSourceIpPortTranslationNatRules(input: types.DescribeLocalSourceIpPortTranslationNatRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeLocalSourceIpPortTranslationNatRulesResponse, types.LocalSourceIpPortTranslationNatRule>;
    /**
     * Pages through DescribePeerIpTranslationNatRules (查询专线网关对端IP转换): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's PeerIpTranslationNatRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribePeerIpTranslationNatRules(input: types.DescribePeerIpTranslationNatRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribePeerIpTranslationNatRulesResponse, types.LocalIpTranslationNatRule>;
    /**
     * Pages through DescribeCcnAttachedInstances (查询云联网关联实例列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeCcnAttachedInstances(input?: types.DescribeCcnAttachedInstancesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeCcnAttachedInstancesResponse, types.CcnAttachedInstance>;
    /**
     * Pages through DescribeCcnRoutes (查询云联网路由策略): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's RouteSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeCcnRoutes(input: types.DescribeCcnRoutesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeCcnRoutesResponse, types.CcnRoute>;
    /**
     * Pages through DescribeCcns (查询CCN列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's CcnSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeCcns(input?: types.DescribeCcnsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeCcnsResponse, types.CCN>;
    /**
     * Pages through DescribeGatewayFlowMonitorDetail (查询网关流量监控明细): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's GatewayFlowMonitorDetailSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeGatewayFlowMonitorDetail(input: types.DescribeGatewayFlowMonitorDetailRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeGatewayFlowMonitorDetailResponse, types.GatewayFlowMonitorDetail>;
    /**
     * Pages through DescribeIp6Addresses (查询IPV6地址信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AddressSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeIp6Addresses(input?: types.DescribeIp6AddressesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeIp6AddressesResponse, types.Address>;
    /**
     * Pages through DescribeAddresses (查询弹性公网IP列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AddressSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeAddresses(input?: types.DescribeAddressesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeAddressesResponse, types.Address>;
    /**
     * Pages through DescribeNetworkInterfaceExtendIps (获取弹性网卡的扩展ip): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NetworkInterfaceExtendIpSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNetworkInterfaceExtendIps(input: types.DescribeNetworkInterfaceExtendIpsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNetworkInterfaceExtendIpsResponse, types.NetworkInterfaceExtendIp>;
    /**
     * Pages through DescribeNetworkInterfaces (查询弹性网卡列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NetworkInterfaceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNetworkInterfaces(input?: types.DescribeNetworkInterfacesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNetworkInterfacesResponse, types.NetworkInterface>;
    /**
     * Pages through DescribeAssistantCidr (查询辅助CIDR列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AssistantCidrSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeAssistantCidr(input?: types.DescribeAssistantCidrRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeAssistantCidrResponse, types.AssistantCidr>;
    /**
     * Pages through DescribeVpcInstances (查询VPC下的云主机实例列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcInstances(input: types.DescribeVpcInstancesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpcInstancesResponse, types.CvmInstance>;
    /**
     * Pages through DescribeVpcIpv6Addresses (查询VPC内IPv6列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's Ipv6AddressSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcIpv6Addresses(input: types.DescribeVpcIpv6AddressesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpcIpv6AddressesResponse, types.VpcIpv6Address>;
    /**
     * Pages through DescribeVpcEndPoint (查询终端节点详情): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's EndPointSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcEndPoint(input?: types.DescribeVpcEndPointRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpcEndPointResponse, types.EndPoint>;
    /**
     * Pages through DescribeVpcEndPointService (查询终端节点服务列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's EndPointServiceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcEndPointService(input?: types.DescribeVpcEndPointServiceRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpcEndPointServiceResponse, types.EndPointService>;
    /**
     * Pages through DescribeVpcEndPointServiceWhiteList (查询终端节点服务的白名单): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's VpcEndpointServiceUserSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcEndPointServiceWhiteList(input?: types.DescribeVpcEndPointServiceWhiteListRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpcEndPointServiceWhiteListResponse, types.VpcEndPointServiceUser>;
    /**
     * Pages through DescribeGatewayFlowQos (查询网关来访IP流控带宽): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's GatewayQosSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeGatewayFlowQos(input: types.DescribeGatewayFlowQosRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeGatewayFlowQosResponse, types.GatewayQos>;
    /**
     * Pages through DescribeNetworkAcls (查询网络ACL列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NetworkAclSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNetworkAcls(input?: types.DescribeNetworkAclsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNetworkAclsResponse, types.NetworkAcl>;
    /**
     * Pages through DescribeNetDetectStates (查询网络探测验证结果列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NetDetectStateSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNetDetectStates(input?: types.DescribeNetDetectStatesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNetDetectStatesResponse, types.NetDetectState>;
    /**
     * Pages through DescribeNetDetects (查询网络探测列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NetDetectSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNetDetects(input?: types.DescribeNetDetectsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNetDetectsResponse, types.NetDetect>;
    /**
     * Pages through DescribeHaVips (查询HAVIP列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's HaVipSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeHaVips(input?: types.DescribeHaVipsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeHaVipsResponse, types.HaVip>;
}

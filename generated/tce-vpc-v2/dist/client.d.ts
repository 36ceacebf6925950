import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { VpcV2BaseClient, type VpcV2CallOptions, type VpcV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 私有网络 (tce vpc, API v2), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 */
export declare class VpcV2Client extends VpcV2BaseClient {
    constructor(config?: VpcV2ClientConfig);
    /**
     * 创建私有网络
     *
     * 本接口(CreateVpc)用于创建私有网络。
     * 1) 用户可以创建的最小网段子网掩码为28 (有16个IP地址)，最大网段子网掩码为16 (65,536个IP地址)，如果规划VPC网段请参见VPC网段规划说明。2) 创建VPC时可同时把子网创建好，创建子网也请规划好子网网段及子网所在可用区，同一个VPC内子网网段不能重叠，不同可用区可以做跨可用区容灾，详见VPC可用区说明。3) 如果您同时创建了子网，系统会创建一个默认路由表，系统会把子网关联到这个默认路由表。4) 同一个地域能创建的VPC资源个数也是有限制的，详见VPC使用限制，如果需要扩充请联系在线客服。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createVpc({
     *   vpcName: "bbbttest",
     *   cidrBlock: "192.168.0.0/16",
     *   subnetSet: [
     *     {
     *       subnetName: "wikitest",
     *       cidrBlock: "192.168.1.0/24",
     *       zoneId: "800001",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createVpc(input: types.CreateVpcRequest, options?: VpcV2CallOptions): Promise<types.CreateVpcResponse>;
    /**
     * 删除私有网络
     *
     * 本接口 (DeleteVpc) 用于删除私有网络。
     * 1) 删除前请确保 VPC 内已经没有相关资源, 例如云服务器、云数据库、NoSQL、VPN网关、专线网关、负载均衡、对等连接、与之互通的基础网络设备等。2) 删除私有网络是不可逆的操作, 请谨慎处理。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteVpc({
     *   vpcId: "vpc-2ari9m7h",
     * });
     * console.log(res);
     */
    deleteVpc(input: types.DeleteVpcRequest, options?: VpcV2CallOptions): Promise<types.DeleteVpcResponse>;
    /**
     * 修改私有网络名称
     *
     * 本接口(ModifyVpcAttribute)用于修改私有网络。
     * 目前仅支持修改私有网络属性中的名称。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcAttributeErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyVpcAttribute({
     *   vpcId: "vpc-2ari9m7h",
     *   vpcName: "vpcName1",
     * });
     * console.log(res);
     */
    modifyVpcAttribute(input: types.ModifyVpcAttributeRequest, options?: VpcV2CallOptions): Promise<types.ModifyVpcAttributeResponse>;
    /**
     * 查询私有网络列表
     *
     * 本接口 (DescribeVpcEx) 用于查询私有网络列表。
     * 本接口不传参数时，返回默认排序下的前20条VPC信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeVpcEx({
     *   vpcId: "vpc-2ari9m7h",
     *   offset: 0,
     *   limit: 1,
     *   orderDirection: "desc",
     * });
     * console.log(res);
     */
    describeVpcEx(input?: types.DescribeVpcExRequest, options?: VpcV2CallOptions): Promise<types.DescribeVpcExResponse>;
    /**
     * 绑定私有网络内主机与VIP
     *
     * 本接口(AssociateVip)用于私有网络云服务器绑定VIP，将预先分配的内网VIP绑定到指定的子机，便于多台子机做主备功能。
     * 本接口实现的功能已经用弹性网卡功能代替，不推荐使用该接口。
     * 新接口调用方式及使用场景详见 VPC内通过 keepalived 搭建高可用主备集群 >>
     * 1) 目前VIP需要联系在线客服申请。2) 云服务器必须是VPC内的。
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateVipErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.associateVip({
     *   vpcId: "vpc-2ari9m7h",
     *   vipId: 1,
     *   lanIp: "10.0.0.2",
     * });
     * console.log(res);
     */
    associateVip(input: types.AssociateVipRequest, options?: VpcV2CallOptions): Promise<types.AssociateVipResponse>;
    /**
     * 创建子网
     *
     * 本接口(CreateSubnet)用于创建子网。
     * 1) 创建子网前必须创建好 VPC。2) 子网创建成功后，子网网段不能修改。子网网段必须在VPC网段内，可以和VPC网段相同（VPC有且只有一个子网时），建议子网网段在VPC网段内，预留网段给其他子网使用。3) 您可以创建的最小网段子网掩码为28（有16个IP地址），最大网段子网掩码为16（65,536个IP地址）。3) 同一个VPC内，多个子网的网段不能重叠。4) 子网创建后会自动关联到默认路由表。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSubnetErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createSubnet({
     *   vpcId: "vpc-kd7d06of",
     *   subnetSet: [
     *     {
     *       subnetName: "tttt",
     *       cidrBlock: "10.0.200.0/24",
     *       zoneId: "800001",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createSubnet(input: types.CreateSubnetRequest, options?: VpcV2CallOptions): Promise<types.CreateSubnetResponse>;
    /**
     * 删除子网
     *
     * 本接口(DeleteSubnet)用于删除子网。
     * 删除子网前，请清理该子网下所有资源，包括云服务器、负载均衡、云数据、noSql等资源。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSubnetErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteSubnet({
     *   vpcId: "vpc-kd7d06of",
     *   subnetId: "subnet-k20jbhp0",
     * });
     * console.log(res);
     */
    deleteSubnet(input: types.DeleteSubnetRequest, options?: VpcV2CallOptions): Promise<types.DeleteSubnetResponse>;
    /**
     * 修改子网属性
     *
     * 本接口(ModifySubnetAttribute)用于修改子网属性。
     * 目前仅支持修改子网属性中的名称。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySubnetAttributeErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifySubnetAttribute({
     *   vpcId: "vpc-2ari9m7h",
     *   subnetId: "subnet-5gu2jxf4",
     *   subnetName: "wikitttt",
     * });
     * console.log(res);
     */
    modifySubnetAttribute(input: types.ModifySubnetAttributeRequest, options?: VpcV2CallOptions): Promise<types.ModifySubnetAttributeResponse>;
    /**
     * 查询子网列表
     *
     * 本接口 (DescribeSubnetEx) 用于查询子网列表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeSubnetEx({
     *   subnetName: "tttt",
     * });
     * console.log(res);
     */
    describeSubnetEx(input?: types.DescribeSubnetExRequest, options?: VpcV2CallOptions): Promise<types.DescribeSubnetExResponse>;
    /**
     * 查询子网详情
     *
     * 本接口(DescribeSubnet)用于查询子网属性。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeSubnet({
     *   vpcId: "gz_vpc_265",
     *   subnetId: "subnet-pitzbpy",
     *   subnetName: "apiSubnetTest",
     * });
     * console.log(res);
     */
    describeSubnet(input: types.DescribeSubnetRequest, options?: VpcV2CallOptions): Promise<types.DescribeSubnetResponse>;
    /**
     * 创建路由表
     *
     * 本接口(CreateRouteTable)用于创建路由表。
     * 创建了VPC后，系统会创建一个默认路由表，所有新建的子网都会关联到默认路由表。默认情况下您可以直接使用默认路由表来管理您的路由策略。当您的路由策略较多时，您可以调用创建路由表接口创建更多路由表管理您的路由策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateRouteTableErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createRouteTable({
     *   vpcId: "vpc-amhnao5",
     *   routeTableName: "tttt111",
     *   routeSet: [
     *     {
     *       destinationCidrBlock: "121.0.23.51/16",
     *       nextType: "1",
     *       nextHub: "vpngw-dystbrkv",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createRouteTable(input: types.CreateRouteTableRequest, options?: VpcV2CallOptions): Promise<types.CreateRouteTableResponse>;
    /**
     * 删除路由表
     *
     * 本接口(DeleteRouteTable)用于删除路由表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteRouteTableErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteRouteTable({
     *   vpcId: "vpc-amhnao5",
     *   routeTableId: "rtb-4ahe1qy2",
     * });
     * console.log(res);
     */
    deleteRouteTable(input: types.DeleteRouteTableRequest, options?: VpcV2CallOptions): Promise<types.DeleteRouteTableResponse>;
    /**
     * 修改路由表
     *
     * 本接口 (ModifyRouteTableAttribute) 用于修改路由表属性。
     * 修改路由表后会用新提交的内容全量替换原有的路由表内容。用户需要新增路由策略时将原有内容一并提交。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyRouteTableAttributeErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyRouteTableAttribute({
     *   vpcId: "vpc-amhnao5",
     *   routeTableId: "rtb-8oidkjt2",
     *   routeSet: [
     *     {
     *       destinationCidrBlock: "121.0.23.51/18",
     *       nextType: "1",
     *       nextHub: "vpngw-dystbrkv",
     *     },
     *   ],
     *   routeTableName: "tttt111",
     * });
     * console.log(res);
     */
    modifyRouteTableAttribute(input: types.ModifyRouteTableAttributeRequest, options?: VpcV2CallOptions): Promise<types.ModifyRouteTableAttributeResponse>;
    /**
     * 查询路由表
     *
     * 本接口(DescribeRouteTable)用于查询路由表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRouteTableErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeRouteTable({
     *   vpcId: "vpc-amhnnao5",
     *   routeTableName: "tttt111",
     * });
     * console.log(res);
     */
    describeRouteTable(input?: types.DescribeRouteTableRequest, options?: VpcV2CallOptions): Promise<types.DescribeRouteTableResponse>;
    /**
     * 修改子网关联的路由表
     *
     * 本接口(AssociateRouteTable)用于修改子网关联的路由表。
     * 一个子网只能关联一个路由表。
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateRouteTableErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.associateRouteTable({
     *   vpcId: "vpc-amhnao5",
     *   routeTableId: "rtb-rqndayhs",
     *   subnetId: "subnet-3x5lf5q0",
     * });
     * console.log(res);
     */
    associateRouteTable(input: types.AssociateRouteTableRequest, options?: VpcV2CallOptions): Promise<types.AssociateRouteTableResponse>;
    /**
     * 新增路由策略
     *
     * 本接口(CreateRoute)用于新增路由策略。
     * 您可以针对某个路由表批量新增路由策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateRouteErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createRoute({
     *   vpcId: "vpc-amhnao5",
     *   routeTableId: "rtb-4ahe1qy2",
     *   routeSet: [
     *     {
     *       destinationCidrBlock: "121.0.23.51/16",
     *       nextType: "1",
     *       nextHub: "vpngw-dystbrkv",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createRoute(input: types.CreateRouteRequest, options?: VpcV2CallOptions): Promise<types.CreateRouteResponse>;
    /**
     * 删除路由策略
     *
     * 本接口(DeleteRoute)用于删除路由策略。
     * 您可以针对某个路由表批量删除路由策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteRouteErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteRoute({
     *   vpcId: "vpc-amhnao5",
     *   routeTableId: "rtb-4ahe1qy2",
     *   routeSet: [
     *     {
     *       destinationCidrBlock: "121.0.23.51/16",
     *       nextType: "1",
     *       nextHub: "vpngw-dystbrkv",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    deleteRoute(input: types.DeleteRouteRequest, options?: VpcV2CallOptions): Promise<types.DeleteRouteResponse>;
    /**
     * 创建VPC网络ACL
     *
     * 本接口(CreateNetworkAcl)用于创建网络ACL。
     * 1) 网络ACL是针对某个子网设置的网络安全策略，跟云服务器里面的安全组是有区别的。安全组是针对某个云服务器做网络安全策略设置。2) 如果云服务器配置了安全组策略同时所在子网也设置了网络 ACL 策略，云服务器入站方向请求优先匹配网络 ACL 策略，然后再匹配安全组；出站方向请求优先匹配安全组策略，然后再匹配网络ACL。3) 云服务器的安全组是有状态的，而网络ACL是无状态的。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNetworkAclErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createNetworkAcl({
     *   vpcId: "gz_vpc_266",
     *   networkAclName: "dgdgadgd",
     * });
     * console.log(res);
     */
    createNetworkAcl(input: types.CreateNetworkAclRequest, options?: VpcV2CallOptions): Promise<types.CreateNetworkAclResponse>;
    /**
     * 删除网络ACL
     *
     * 本接口(DeleteNetworkAcl)用于删除网络ACL。
     * 网络ACL绑定了子网后不能被删除，如果需要删除，请先解绑网络ACL上绑定的子网。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkAclErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteNetworkAcl({
     *   vpcId: "vpc-erxok83l",
     *   networkAclId: "acl-jk7weyp2",
     * });
     * console.log(res);
     */
    deleteNetworkAcl(input: types.DeleteNetworkAclRequest, options?: VpcV2CallOptions): Promise<types.DeleteNetworkAclResponse>;
    /**
     * 修改网络ACL名称
     *
     * 本接口 (ModifyNetworkAcl) 用于修改网络ACL名称。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyNetworkAcl({
     *   vpcId: "vpc-ktom9wg5",
     *   networkAclId: "acl-cva92t60",
     *   networkAclName: "barrytt",
     * });
     * console.log(res);
     */
    modifyNetworkAcl(input: types.ModifyNetworkAclRequest, options?: VpcV2CallOptions): Promise<types.ModifyNetworkAclResponse>;
    /**
     * 查询网络ACL列表
     *
     * 本接口 (DescribeNetworkAcl) 用于查询网络ACL列表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkAclErrorCode}.
     */
    describeNetworkAcl(input?: types.DescribeNetworkAclRequest, options?: VpcV2CallOptions): Promise<types.DescribeNetworkAclResponse>;
    /**
     * 设置网络ACL规则
     *
     * 本接口 (ModifyNetworkAclEntry) 用于设置ACL规则。
     * 支持入站方向和出站方向的网络 ACL 策略设置;
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclEntryErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyNetworkAclEntry({
     *   vpcId: "vpc-erxok83l",
     *   networkAclId: "acl-jk7weyp2",
     *   ruleDirection: 1,
     *   networkAclEntrySet: [
     *     {
     *       desc: "test",
     *       ipProtocol: "all",
     *       cidrIp: "0.0.0.0/0",
     *       portRange: "ALL",
     *       action: 1,
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifyNetworkAclEntry(input: types.ModifyNetworkAclEntryRequest, options?: VpcV2CallOptions): Promise<types.ModifyNetworkAclEntryResponse>;
    /**
     * 网络ACL绑定子网
     *
     * 本接口(CreateSubnetAclRule)用于网络ACL绑定子网。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSubnetAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createSubnetAclRule({
     *   vpcId: "vpc-erxok83l",
     *   networkAclId: "acl-e9dbyl8s",
     *   subnetIds: ["subnet-i6mdq6ra"],
     * });
     * console.log(res);
     */
    createSubnetAclRule(input: types.CreateSubnetAclRuleRequest, options?: VpcV2CallOptions): Promise<types.CreateSubnetAclRuleResponse>;
    /**
     * 网络ACL解绑子网
     *
     * 本接口(DeteleSubnetAclRule)用于网络ACL解绑子网。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeteleSubnetAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deteleSubnetAclRule({
     *   vpcId: "vpc-erxok83l",
     *   networkAclId: "acl-e9dbyl8s",
     *   subnetIds: ["subnet-i6mdq6ra"],
     * });
     * console.log(res);
     */
    deteleSubnetAclRule(input: types.DeteleSubnetAclRuleRequest, options?: VpcV2CallOptions): Promise<types.DeteleSubnetAclRuleResponse>;
    /**
     * 查询VPN网关价格
     *
     * 本接口(InquiryVpnPrice)用于查询VPN价格。
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryVpnPriceErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.inquiryVpnPrice({
     *   period: 1,
     *   bandwidth: 5,
     * });
     * console.log(res);
     */
    inquiryVpnPrice(input: types.InquiryVpnPriceRequest, options?: VpcV2CallOptions): Promise<types.InquiryVpnPriceResponse>;
    /**
     * 购买VPN网关
     *
     * 本接口(CreateVpn)用于购买VPN网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpnErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createVpn({
     *   vpcId: "gz_vpc_1111",
     *   period: 1,
     *   name: "test",
     *   bandwidth: 5,
     * });
     * console.log(res);
     */
    createVpn(input: types.CreateVpnRequest, options?: VpcV2CallOptions): Promise<types.CreateVpnResponse>;
    /**
     * 修改VPN网关属性
     *
     * 本接口(ModifyVpnGw)用于修改VPN网关属性。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGwErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyVpnGw({
     *   vpcId: "vpc-amhnao5",
     *   vpnGwId: "vpngw-dystbrkv",
     *   vpnGwName: "test-9910",
     *   isAutoRenewals: 0,
     * });
     * console.log(res);
     */
    modifyVpnGw(input: types.ModifyVpnGwRequest, options?: VpcV2CallOptions): Promise<types.ModifyVpnGwResponse>;
    /**
     * 查询VPN网关列表
     *
     * 本接口(DescribeVpnGw)用于查询VPN网关列表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnGwErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeVpnGw({
     *   vpcId: "vpc-erxok83l",
     * });
     * console.log(res);
     */
    describeVpnGw(input?: types.DescribeVpnGwRequest, options?: VpcV2CallOptions): Promise<types.DescribeVpnGwResponse>;
    /**
     * 续费VPN网关
     *
     * 本接口 (RenewVpn) 用于续费 VPN。
     *
     * @throws {@link ServiceError} whose code is one of {@link RenewVpnErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.renewVpn({
     *   vpnId: "gz_vpc_1111",
     *   period: 1,
     *   vpnGwId: "1",
     * });
     * console.log(res);
     */
    renewVpn(input: types.RenewVpnRequest, options?: VpcV2CallOptions): Promise<types.RenewVpnResponse>;
    /**
     * 创建对端网关
     *
     * 本接口(AddUserGw)用于创建对端网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link AddUserGwErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.addUserGw({
     *   userGwName: "ddtest",
     *   userGwAddr: "183.30.0.1",
     * });
     * console.log(res);
     */
    addUserGw(input: types.AddUserGwRequest, options?: VpcV2CallOptions): Promise<types.AddUserGwResponse>;
    /**
     * 删除对端网关
     *
     * 本接口(DeleteUserGw)用于删除对端网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteUserGwErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteUserGw({
     *   userGwId: "cgw-ekrvxcdv",
     * });
     * console.log(res);
     */
    deleteUserGw(input: types.DeleteUserGwRequest, options?: VpcV2CallOptions): Promise<types.DeleteUserGwResponse>;
    /**
     * 修改对端网关
     *
     * 本接口(ModifyUserGw)用于修改对端网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyUserGwErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyUserGw({
     *   userGwId: "cgw-e098slul",
     *   userGwName: "9101",
     * });
     * console.log(res);
     */
    modifyUserGw(input: types.ModifyUserGwRequest, options?: VpcV2CallOptions): Promise<types.ModifyUserGwResponse>;
    /**
     * 查询对端网关
     *
     * 本接口(DescribeUserGw)用于查询对端网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeUserGwErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeUserGw({});
     * console.log(res);
     */
    describeUserGw(input?: types.DescribeUserGwRequest, options?: VpcV2CallOptions): Promise<types.DescribeUserGwResponse>;
    /**
     * 获取可支持的对端网关厂商信息
     *
     * 本接口(DescribeUserGwVendor)用于获取可支持的对端网关厂商信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeUserGwVendorErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeUserGwVendor({});
     * console.log(res);
     */
    describeUserGwVendor(input?: types.DescribeUserGwVendorRequest, options?: VpcV2CallOptions): Promise<types.DescribeUserGwVendorResponse>;
    /**
     * 创建VPN通道
     *
     * 本接口 (AddVpnConnEx) 用于创建VPN通道。
     *
     * @throws {@link ServiceError} whose code is one of {@link AddVpnConnExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.addVpnConnEx({
     *   vpcId: "vpc-amhnao5",
     *   userGwId: "cgw-e098slul",
     *   vpnGwId: "vpngw-dystbrkv",
     *   userGwCidrBlock: ["10.56.20.1/24"],
     *   preSharedKey: "dgdgd33",
     * });
     * console.log(res);
     */
    addVpnConnEx(input: types.AddVpnConnExRequest, options?: VpcV2CallOptions): Promise<types.AddVpnConnExResponse>;
    /**
     * 删除VPN通道
     *
     * 本接口(DeleteVpnConn)用于删除VPN通道。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpnConnErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteVpnConn({
     *   vpcId: "vpc-03vihbk9",
     *   vpnGwId: "vpngw-kfldykuz",
     *   vpnConnId: "vpn-x-ol6bcqp0",
     * });
     * console.log(res);
     */
    deleteVpnConn(input: types.DeleteVpnConnRequest, options?: VpcV2CallOptions): Promise<types.DeleteVpnConnResponse>;
    /**
     * 修改VPN通道
     *
     * 本接口(ModifyVpnConnEx)用于修改VPN通道。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpnConnExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyVpnConnEx({
     *   vpcId: "vpc-03vihbk9",
     *   vpnGwId: "vpngw-kfldykuz",
     *   vpnConnId: "vpnx-ol6bcqp0",
     *   userGwCidrBlock: ["10.100.2.0/24"],
     *   preSharedKey: "tencenttest",
     * });
     * console.log(res);
     */
    modifyVpnConnEx(input: types.ModifyVpnConnExRequest, options?: VpcV2CallOptions): Promise<types.ModifyVpnConnExResponse>;
    /**
     * 查询VPN通道列表
     *
     * 本接口(DescribeVpnConn)用于查询VPN通道列表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnConnErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeVpnConn({
     *   vpcId: "vpc-erxok83l",
     * });
     * console.log(res);
     */
    describeVpnConn(input?: types.DescribeVpnConnRequest, options?: VpcV2CallOptions): Promise<types.DescribeVpnConnResponse>;
    /**
     * 下载VPN通道配置
     *
     * 本接口(GetVpnConnConfig)用于下载VPN通道配置。
     *
     * @throws {@link ServiceError} whose code is one of {@link GetVpnConnConfigErrorCode}.
     */
    getVpnConnConfig(input: types.GetVpnConnConfigRequest, options?: VpcV2CallOptions): Promise<types.GetVpnConnConfigResponse>;
    /**
     * 获取VPN通道的监控数据
     *
     * 本接口(DescribeVpnConnMonitor)用于获取VPN通道的监控数据。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpnConnMonitorErrorCode}.
     */
    describeVpnConnMonitor(input: types.DescribeVpnConnMonitorRequest, options?: VpcV2CallOptions): Promise<types.DescribeVpnConnMonitorResponse>;
    /**
     * 创建同地域对等连接
     *
     * 本接口(CreateVpcPeeringConnection)用于创建同地域对等连接。
     * 1) 同地域对等连接用于打通两个相同地域的私有网络，需要互通的两个私有网络网段不能重叠，更多信息详见对等连接介绍。2) 跨账户的对等连接需要对端接受才生效，同账户的立即生效。3) 同地域对等连接没有流量上限。4) 同地域对等连接是免费服务。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcPeeringConnectionErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createVpcPeeringConnection({
     *   vpcId: "gz_vpc_226",
     *   peerVpcId: "gz_vpc_89",
     *   peerUin: "2407912486",
     *   peeringConnectionName: "tses",
     * });
     * console.log(res);
     */
    createVpcPeeringConnection(input: types.CreateVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<types.CreateVpcPeeringConnectionResponse>;
    /**
     * 删除同地域对等连接
     *
     * 本接口(DeleteVpcPeeringConnection)用于删除同地域对等连接。
     * 1) 对等连接的任何一方都可以随时删除对等连接，对等连接删除后立即失效。 2) 对等连接删除后将一同删除路由表中包含此对等连接的路由项。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcPeeringConnectionErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteVpcPeeringConnection({
     *   peeringConnectionId: "pcx-0jtgah4s",
     * });
     * console.log(res);
     */
    deleteVpcPeeringConnection(input: types.DeleteVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<types.DeleteVpcPeeringConnectionResponse>;
    /**
     * 修改同地域对等连接属性
     *
     * 本接口(ModifyVpcPeeringConnection)用于修改同地域对等连接属性。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcPeeringConnectionErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyVpcPeeringConnection({
     *   peeringConnectionId: "pcx-krmzap90",
     *   peeringConnectionName: "uuuuuuu",
     * });
     * console.log(res);
     */
    modifyVpcPeeringConnection(input: types.ModifyVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<types.ModifyVpcPeeringConnectionResponse>;
    /**
     * 接受同地域对等连接
     *
     * 本接口(AcceptVpcPeeringConnection)用于接受同地域对等连接。
     * 本接口用于对端接受来自其他账号的同地域对等连接请求，接受后对等连接立即生效。
     *
     * @throws {@link ServiceError} whose code is one of {@link AcceptVpcPeeringConnectionErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.acceptVpcPeeringConnection({
     *   peeringConnectionId: "pcx-6gw5wvmk",
     * });
     * console.log(res);
     */
    acceptVpcPeeringConnection(input: types.AcceptVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<types.AcceptVpcPeeringConnectionResponse>;
    /**
     * 驳回同地域对等连接
     *
     * 本接口(RejectVpcPeeringConnection)用于驳回同地域对等连接。 1), 该接口用于对端驳回来之其他账号的同地域对等连接请求。
     *
     * @throws {@link ServiceError} whose code is one of {@link RejectVpcPeeringConnectionErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.rejectVpcPeeringConnection({
     *   peeringConnectionId: "pcx-8g675gr8",
     * });
     * console.log(res);
     */
    rejectVpcPeeringConnection(input: types.RejectVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<types.RejectVpcPeeringConnectionResponse>;
    /**
     * 启用同地域过期对等连接
     *
     * 本接口(EnableVpcPeeringConnection)用于启用同地域过期对等连接。
     * 发起跨账号对等连接后，如果对端超过7天没有接受，该对等连接就会过期，过期后对端则无法对本对等连接进行操作。发起方可以使用本接口激活该对等连接，并通知对端处理。
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableVpcPeeringConnectionErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.enableVpcPeeringConnection({
     *   peeringConnectionId: "pcx-6gw5wvmk",
     * });
     * console.log(res);
     */
    enableVpcPeeringConnection(input: types.EnableVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<types.EnableVpcPeeringConnectionResponse>;
    /**
     * 创建跨地域对等连接
     *
     * 用于创建跨地域对等连接的接口。
     * - 跨地域对等连接用于打通两个不同地域下的私有网络，需要互通的两个私有网络网段不能重叠。
     * - 跨账户的对等连接需要对端接受才生效，同账户的立即生效。
     * - 跨域互通带宽可以设置，创建后如果需要调整请联系客服申请。
     * - 跨地域互通目前支持的地域、支持的带宽上限、收费标准请参见对等连接介绍。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcPeeringConnectionExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createVpcPeeringConnectionEx({
     *   vpcId: "gz_vpc_226",
     *   peerVpcId: "gz_vpc_89",
     *   peerUin: "2407912486",
     *   peeringConnectionName: "tses",
     *   peerRegion: "gz",
     *   bandwidth: "20",
     * });
     * console.log(res);
     */
    createVpcPeeringConnectionEx(input: types.CreateVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<types.CreateVpcPeeringConnectionExResponse>;
    /**
     * 删除跨地域对等连接
     *
     * 本接口(DeleteVpcPeeringConnectionEx)用于删除跨地域对等连接。
     * 1) 对等连接的任何一方都可以随时删除对等连接，对等连接删除后立即失效。 2) 对等连接删除后将一同删除路由表中包含此对等连接的路由项。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcPeeringConnectionExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteVpcPeeringConnectionEx({
     *   peeringConnectionId: "pcx-0jtgah4s",
     * });
     * console.log(res);
     */
    deleteVpcPeeringConnectionEx(input: types.DeleteVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<types.DeleteVpcPeeringConnectionExResponse>;
    /**
     * 修改跨地域对等连接属性
     *
     * 本接口(ModifyVpcPeeringConnectionEx)用于修改同地域对等连接属性。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcPeeringConnectionExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyVpcPeeringConnectionEx({
     *   peeringConnectionId: "pcx-krmzap90",
     *   peeringConnectionName: "uuuuuuu",
     * });
     * console.log(res);
     */
    modifyVpcPeeringConnectionEx(input: types.ModifyVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<types.ModifyVpcPeeringConnectionExResponse>;
    /**
     * 接受跨地域对等连接
     *
     * 本接口(AcceptVpcPeeringConnectionEx)用于接受跨地域对等连接。
     * 该接口用于对端接受来自其他账号的跨地域对等连接请求，接受后对等连接立即生效。
     *
     * @throws {@link ServiceError} whose code is one of {@link AcceptVpcPeeringConnectionExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.acceptVpcPeeringConnectionEx({
     *   peeringConnectionId: "pcx-6gw5wvmk",
     * });
     * console.log(res);
     */
    acceptVpcPeeringConnectionEx(input: types.AcceptVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<types.AcceptVpcPeeringConnectionExResponse>;
    /**
     * 驳回跨地域对等连接
     *
     * 本接口(RejectVpcPeeringConnectionEx)用于驳回跨地域对等连接。
     * 该接口用于对端驳回来自其他账号的跨地域对等连接请求。
     *
     * @throws {@link ServiceError} whose code is one of {@link RejectVpcPeeringConnectionExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.rejectVpcPeeringConnectionEx({
     *   peeringConnectionId: "pcx-8g675gr8",
     * });
     * console.log(res);
     */
    rejectVpcPeeringConnectionEx(input: types.RejectVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<types.RejectVpcPeeringConnectionExResponse>;
    /**
     * 启用跨地域过期对等连接
     *
     * 本接口(EnableVpcPeeringConnectionEx)用于启用跨地域过期对等连接。
     * 发起跨账号对等连接后，如果对端超过七天没有接受，则该对等连接就会过期，过期后对端无法对该对等连接进行操作。发起方可以用该接口激活该对等连接，并通知对端处理。
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableVpcPeeringConnectionExErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.enableVpcPeeringConnectionEx({
     *   peeringConnectionId: "pcx-6gw5wvmk",
     * });
     * console.log(res);
     */
    enableVpcPeeringConnectionEx(input: types.EnableVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<types.EnableVpcPeeringConnectionExResponse>;
    /**
     * 查询对等连接
     *
     * 本接口 (DescribeVpcPeeringConnections) 用于查询私有网络对等连接
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcPeeringConnectionsErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeVpcPeeringConnections({
     *   peeringConnectionId: "pcx-dt8c7fa0",
     * });
     * console.log(res);
     */
    describeVpcPeeringConnections(input?: types.DescribeVpcPeeringConnectionsRequest, options?: VpcV2CallOptions): Promise<types.DescribeVpcPeeringConnectionsResponse>;
    /**
     * 创建专线网关
     *
     * 本接口(CreateDirectConnectGateway)用于创建专线网关。
     * 1) 专线网关用于连接私有网络和您的物理专线，更多产品介绍详见专线网关产品说明。2) 专线网关分NAT和非NAT两种类型，NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDirectConnectGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createDirectConnectGateway({
     *   vpclId: "vpc-dfgg190",
     *   directConnectGatewayName: "专线网关",
     *   type: 0,
     * });
     * console.log(res);
     */
    createDirectConnectGateway(input: types.CreateDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<types.CreateDirectConnectGatewayResponse>;
    /**
     * 修改专线网关属性
     *
     * 本接口(ModifyDirectConnectGateway)用于修改专线网关属性目前仅支持修改专线网关属性中的名称。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDirectConnectGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyDirectConnectGateway({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   directConnectGatewayName: "专线网关1",
     * });
     * console.log(res);
     */
    modifyDirectConnectGateway(input: types.ModifyDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<types.ModifyDirectConnectGatewayResponse>;
    /**
     * 删除专线网关
     *
     * 本接口(DeleteDirectConnectGateway)用于删除专线网关。
     * 1) 如果是 NAT 网关，删除专线网关后，NAT 规则以及 ACL 策略都被清理了。 2) 删除专线网关后，系统会删除路由表中跟该专线网关相关的路由策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteDirectConnectGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteDirectConnectGateway({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "d cg-ddf14d",
     * });
     * console.log(res);
     */
    deleteDirectConnectGateway(input: types.DeleteDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<types.DeleteDirectConnectGatewayResponse>;
    /**
     * 查询专线网关
     *
     * 本接口(DescribeDirectConnectGateway)用于查询专线网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDirectConnectGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeDirectConnectGateway({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     * });
     * console.log(res);
     */
    describeDirectConnectGateway(input?: types.DescribeDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<types.DescribeDirectConnectGatewayResponse>;
    /**
     * 添加本端IP转换
     *
     * 本接口(CreateLocalIPTranslationNatRule)用于添加专线网关本端IP转换。
     * 1) 私有网络内原 IP 映射为新 IP，并以新 IP 与专线对端进行网络互访，只有 NAT 类型网关才支持。2) 原 IP 必须在 VPC 网段内，转换后 IP 不能在 VPC 网段内。3) 同一个 NAT 网关下的本端IP转换规则原IP不能重复，转换后IP也不能重复。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createLocalIPTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dcg-mm01ughx",
     *   localIPTranslation: [
     *     {
     *       originalIP: "10.100.10.2",
     *       translationIP: "10.100.10.2",
     *       description: "183.0.0.1",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createLocalIPTranslationNatRule(input: types.CreateLocalIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.CreateLocalIPTranslationNatRuleResponse>;
    /**
     * 删除本端IP转换
     *
     * 本接口(DeleteLocalIPTranslationNatRule)用于删除专线网关本端IP转换。
     * 删除不存在的规则时会报错。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteLocalIPTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dgc-mm01ughx",
     *   localIPTranslation: [
     *     {
     *       originalIP: "10.100.10.2",
     *       translationIP: "183.0.0.1",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    deleteLocalIPTranslationNatRule(input: types.DeleteLocalIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DeleteLocalIPTranslationNatRuleResponse>;
    /**
     * 修改本端IP转换
     *
     * 本接口(ModifyLocalIPTranslationNatRule)用于修改专线网关本端IP转换规则。
     * 本接口用于修改指定专线网关的本端IP转换规则
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyLocalIPTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   oldOriginalIP: "10.0.0.1",
     *   oldTranslationIP: "138.0.0.1",
     *   originalIP: "10.0.0.5",
     *   translationIP: "138.0.0.11",
     * });
     * console.log(res);
     */
    modifyLocalIPTranslationNatRule(input: types.ModifyLocalIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.ModifyLocalIPTranslationNatRuleResponse>;
    /**
     * 查询本端IP转换
     *
     * 本接口(DescribeLocalIPTranslationNatRule)用于查询专线网关本端IP转换规则。
     * 本接口用于查询指定专线网关的本端IP转换规则
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeLocalIPTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     * });
     * console.log(res);
     */
    describeLocalIPTranslationNatRule(input: types.DescribeLocalIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DescribeLocalIPTranslationNatRuleResponse>;
    /**
     * 添加本端IP转换ACL策略
     *
     * 本接口(CreateLocalIPTranslationAclRule)用于添加本端IP转换ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalIPTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createLocalIPTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   originalIP: "10.0.0.5",
     *   translationIP: "138.0.0.11",
     *   aclRules: [
     *     {
     *       protocol: "tcp",
     *       sourcePort: "80",
     *       destinationCidr: "10.0.0.2/18",
     *       destinationPort: "90",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createLocalIPTranslationAclRule(input: types.CreateLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.CreateLocalIPTranslationAclRuleResponse>;
    /**
     * 删除本端IP转换ACL策略
     *
     * 本接口(DeleteLocalIPTranslationAclRule)用于删除本端IP转换ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalIPTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteLocalIPTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   originalIP: "10.0.0.5",
     *   translationIP: "138.0.0.11",
     *   aclRules: ["25"],
     * });
     * console.log(res);
     */
    deleteLocalIPTranslationAclRule(input: types.DeleteLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.DeleteLocalIPTranslationAclRuleResponse>;
    /**
     * 修改本端IP转换ACL策略
     *
     * 本接口(ModifyLocalIPTranslationAclRule)用于修改本端IP转换ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalIPTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyLocalIPTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   originalIP: "10.0.0.5",
     *   translationIP: "138.0.0.11",
     *   aclRules: [
     *     {
     *       aclRuleId: 121,
     *       protocol: "tcp",
     *       sourcePort: "80",
     *       destinationCidr: "10.0.0.2/18",
     *       destinationPort: "90",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifyLocalIPTranslationAclRule(input: types.ModifyLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.ModifyLocalIPTranslationAclRuleResponse>;
    /**
     * 查询本端IP转换ACL策略
     *
     * 本接口 (DescribeLocalIPTranslationAclRule) 用于查询本端 IP 转换 ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalIPTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeLocalIPTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   originalIP: "10.0.0.5",
     *   translationIP: "138.0.0.11",
     * });
     * console.log(res);
     */
    describeLocalIPTranslationAclRule(input: types.DescribeLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.DescribeLocalIPTranslationAclRuleResponse>;
    /**
     * 添加本端源IP端口转换
     *
     * 本接口(CreateLocalSourceIPPortTranslationNatRule)用于添加专线网关本端源IP端口转换。
     * 1) 私有网络内源IP端口映射为指定IP池内随机IP的随机端口主动访问，只有NAT类型的专线网关支持。2) 转换后IP池内IP不能在VPC网段内，IP池支持单个IP、IP段(例如183.63.0.1-183.63.0.10)和CIDR格式。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalSourceIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createLocalSourceIPPortTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dcg-mm01ughx",
     *   localSourceIPPortTranslation: [
     *     {
     *       translationIPPool: "183.12.63.0-183.12.63.20",
     *       description: "barttest",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createLocalSourceIPPortTranslationNatRule(input: types.CreateLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.CreateLocalSourceIPPortTranslationNatRuleResponse>;
    /**
     * 删除本端源IP端口转换
     *
     * 本接口(DeleteLocalSourceIPPortTranslationNatRule)用于删除专线网关本端源IP端口转换。
     * 删除不存在的规则时会报错。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalSourceIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteLocalSourceIPPortTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dcg-mm01ughx",
     * });
     * console.log(res);
     */
    deleteLocalSourceIPPortTranslationNatRule(input: types.DeleteLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DeleteLocalSourceIPPortTranslationNatRuleResponse>;
    /**
     * 修改本端源IP端口转换
     *
     * 本接口(ModifyLocalSourceIPPortTranslationNatRule)用于修改专线网关本端源IP端口转换规则。
     * 本接口用于修改指定专线网关的本端源IP端口转换规则
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalSourceIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyLocalSourceIPPortTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   oldTranslationIPPool: "138.0.0.11-138.0.0.19",
     *   translationIPPool: "138.0.0.11-138.0.0.25",
     * });
     * console.log(res);
     */
    modifyLocalSourceIPPortTranslationNatRule(input: types.ModifyLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.ModifyLocalSourceIPPortTranslationNatRuleResponse>;
    /**
     * 查询本端源IP端口转换
     *
     * 本接口(DescribeLocalSourceIPPortTranslationNatRule)用于查询专线网关本端源IP端口转换规则本接口用于查询指定专线网关的本端源IP端口转换规则
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalSourceIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeLocalSourceIPPortTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     * });
     * console.log(res);
     */
    describeLocalSourceIPPortTranslationNatRule(input: types.DescribeLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DescribeLocalSourceIPPortTranslationNatRuleResponse>;
    /**
     * 添加本端源IP端口转换ACL策略
     *
     * 本接口(CreateLocalSourceIPPortTranslationAclRule)用于添加本端IP端口转换ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalSourceIPPortTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createLocalSourceIPPortTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   translationIPPool: "138.0.0.11-138.0.0.111",
     *   aclRules: [
     *     {
     *       protocol: "tcp",
     *       sourceCidr: "111.0.0.1/18",
     *       sourcePort: "80",
     *       destinationCidr: "10.0.0.2/18",
     *       destinationPort: "90",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createLocalSourceIPPortTranslationAclRule(input: types.CreateLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.CreateLocalSourceIPPortTranslationAclRuleResponse>;
    /**
     * 删除本端源IP端口转换ACL策略
     *
     * 本接口(DeleteLocalSourceIPPortTranslationAclRule)用于删除本端IP端口转换ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalSourceIPPortTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteLocalSourceIPPortTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   translationIPPool: "11.1.1.1-11.1.1.10",
     *   aclRules: ["25"],
     * });
     * console.log(res);
     */
    deleteLocalSourceIPPortTranslationAclRule(input: types.DeleteLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.DeleteLocalSourceIPPortTranslationAclRuleResponse>;
    /**
     * 修改本端源IP端口转换ACL策略
     *
     * 本接口(ModifyLocalSourceIPPortTranslationAclRule)用于修改本端IP端口转换ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalSourceIPPortTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyLocalSourceIPPortTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   translationIPPool: "138.0.0.11-138.0.0.111",
     *   aclRules: [
     *     {
     *       aclRuleId: 26,
     *       protocol: "tcp",
     *       sourceCidr: "111.0.0.1/18",
     *       sourcePort: "80",
     *       destinationCidr: "10.0.0.2/18",
     *       destinationPort: "90",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifyLocalSourceIPPortTranslationAclRule(input: types.ModifyLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.ModifyLocalSourceIPPortTranslationAclRuleResponse>;
    /**
     * 查询本端源IP端口转换ACL策略
     *
     * 本接口(DescribeLocalSourceIPPortTranslationAclRule)用于查询本端IP端口转换ACL策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalSourceIPPortTranslationAclRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeLocalSourceIPPortTranslationAclRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   translationIPPool: "11.1.1.1-11.1.1.10",
     *   aclRules: ["25"],
     * });
     * console.log(res);
     */
    describeLocalSourceIPPortTranslationAclRule(input: types.DescribeLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<types.DescribeLocalSourceIPPortTranslationAclRuleResponse>;
    /**
     * 添加本端目的IP端口转换
     *
     * 本接口(CreateLocalDestinationIPPortTranslationNatRule)用于添加专线网关本端目的IP端口转换。 1)，专线对端主动访问私有网络，需访问映射后的IP端口与私有网络内原始IP的端口进行通信，回包不受影响。只有NAT类型专线网关支持。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLocalDestinationIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createLocalDestinationIPPortTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dcg-mm01ughx",
     *   localDestinationIPPortTranslation: [
     *     {
     *       originalIP: "10.100.10.3",
     *       originalPort: "80",
     *       translationIP: "183.0.0.1",
     *       translationPort: "90",
     *       proto: "tcp",
     *       description: "183.0.0.1",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createLocalDestinationIPPortTranslationNatRule(input: types.CreateLocalDestinationIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.CreateLocalDestinationIPPortTranslationNatRuleResponse>;
    /**
     * 删除本端目的IP端口转换
     *
     * 本接口(DeleteLocalDestinationIPPortTranslationNatRule)用于删除专线网关本端目的IP端口转换。
     * 转换后 IP 池内 IP 不能在 VPC 网段内，IP 池支持单个 IP、IP 段(如183.63.0.1-183.63.0.10)和CIDR格式。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLocalDestinationIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteLocalDestinationIPPortTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dcg-mm01ughx",
     *   localDestinationIPPortTranslation: [
     *     {
     *       originalIP: "10.100.10.3",
     *       originalPort: "80",
     *       translationIP: "183.0.0.1",
     *       translationPort: "90",
     *       proto: "tcp",
     *       description: "183.0.0.1",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    deleteLocalDestinationIPPortTranslationNatRule(input: types.DeleteLocalDestinationIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DeleteLocalDestinationIPPortTranslationNatRuleResponse>;
    /**
     * 修改本端目的IP端口转换
     *
     * 本接口(ModifyLocalDestinationIPPortTranslationNatRule)用于修改专线网关本端目的IP端口转换规则。
     * 本接口用于修改指定专线网关的本端目的 IP 端口转换规则
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLocalDestinationIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyLocalDestinationIPPortTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   oldOriginalIP: "10.0.0.1",
     *   oldOriginalPort: "80",
     *   oldTranslationIP: "138.0.0.1",
     *   oldTranslationPort: "90",
     *   oldProto: "tcp",
     *   description: "dcg-ddf14d",
     * });
     * console.log(res);
     */
    modifyLocalDestinationIPPortTranslationNatRule(input: types.ModifyLocalDestinationIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.ModifyLocalDestinationIPPortTranslationNatRuleResponse>;
    /**
     * 查询本端目的IP端口转换
     *
     * 本接口(DescribeLocalDestinationIPPortTranslationNatRule)用于查询专线网关本端目的IP端口转换规则。
     * 本接口用于查询指定专线网关的本端目的 IP 端口转换规则
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLocalDestinationIPPortTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeLocalDestinationIPPortTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     * });
     * console.log(res);
     */
    describeLocalDestinationIPPortTranslationNatRule(input: types.DescribeLocalDestinationIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DescribeLocalDestinationIPPortTranslationNatRuleResponse>;
    /**
     * 添加对端IP转换
     *
     * 本接口(CreatePeerIPTranslationNatRule)用于添加专线网关对端IP转换。
     * 1) 专线对端原始IP映射为新IP，并以新IP与连接的私有网络进行网络互访，只能NAT类型网关才支持。2) 转换后IP不能在VPC网段内。3) 同一个NAT网关下的对端IP转换规则原始IP不能重复，转换后IP也不能重复。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreatePeerIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createPeerIPTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dcg-mm01ughx",
     *   peerIPTranslation: [
     *     {
     *       originalIP: "10.100.10.3",
     *       translationIP: "183.0.0.1",
     *       description: "183.0.0.1",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createPeerIPTranslationNatRule(input: types.CreatePeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.CreatePeerIPTranslationNatRuleResponse>;
    /**
     * 删除对端IP转换
     *
     * 本接口(DeletePeerIPTranslationNatRule)用于删除专线网关对端IP转换。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeletePeerIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deletePeerIPTranslationNatRule({
     *   vpcId: "vpc-csnmo39l",
     *   directConnectGatewayId: "dcg-mm01ughx",
     *   peerIPTranslation: [
     *     {
     *       originalIP: "10.100.10.3",
     *       translationIP: "183.0.0.1",
     *       description: "183.0.0.1",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    deletePeerIPTranslationNatRule(input: types.DeletePeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DeletePeerIPTranslationNatRuleResponse>;
    /**
     * 修改对端IP转换
     *
     * 本接口(ModifyPeerIPTranslationNatRule)用于修改专线网关对端IP转换规则。
     * 本接口用于修改指定专线网关的对端IP转换规则。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyPeerIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyPeerIPTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     *   oldOriginalIP: "10.0.0.1",
     *   oldTranslationIP: "138.0.0.1",
     *   originalIP: "10.0.0.5",
     *   translationIP: "138.0.0.11",
     * });
     * console.log(res);
     */
    modifyPeerIPTranslationNatRule(input: types.ModifyPeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.ModifyPeerIPTranslationNatRuleResponse>;
    /**
     * 查询对端IP转换
     *
     * 本接口(DescribePeerIPTranslationNatRule)用于查询专线网关对端IP转换本接口用于查询指定专线网关的对端IP转换规则。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribePeerIPTranslationNatRuleErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describePeerIPTranslationNatRule({
     *   vpcId: "vpc-dfgg190",
     *   directConnectGatewayId: "dcg-ddf14d",
     * });
     * console.log(res);
     */
    describePeerIPTranslationNatRule(input: types.DescribePeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<types.DescribePeerIPTranslationNatRuleResponse>;
    /**
     * 创建NAT网关
     *
     * 本接口(CreateNatGateway)用于创建NAT网关
     * 使用该接口前请前往 NAT网关说明 了解NAT网关特性
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNatGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createNatGateway({
     *   natName: "zhezhe",
     *   vpcId: "314",
     *   maxConcurrent: 1000000,
     *   bandwidth: 10,
     *   autoAllocEipNum: 1,
     * });
     * console.log(res);
     */
    createNatGateway(input: types.CreateNatGatewayRequest, options?: VpcV2CallOptions): Promise<types.CreateNatGatewayResponse>;
    /**
     * 查询NAT网关创建状态
     *
     * 本接口(QueryNatGatewayProductionStatus)用于查询NAT网关的生产状态
     *
     * @throws {@link ServiceError} whose code is one of {@link QueryNatGatewayProductionStatusErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.queryNatGatewayProductionStatus({
     *   billId: "2160000000",
     * });
     * console.log(res);
     */
    queryNatGatewayProductionStatus(input: types.QueryNatGatewayProductionStatusRequest, options?: VpcV2CallOptions): Promise<types.QueryNatGatewayProductionStatusResponse>;
    /**
     * 删除NAT网关
     *
     * 本接口(DeleteNatGateway)用于删除NAT网关
     * 删除 NAT 网关后，系统会自动删除路由表中包含此 NAT 网关的路由项。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNatGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteNatGateway({
     *   vpcId: "190",
     *   natId: "nat-7t9nf3pu",
     * });
     * console.log(res);
     */
    deleteNatGateway(input: types.DeleteNatGatewayRequest, options?: VpcV2CallOptions): Promise<types.DeleteNatGatewayResponse>;
    /**
     * 修改NAT网关
     *
     * 本接口(ModifyNatGateway)用于修改NAT网关
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyNatGateway({
     *   natId: "nat-jngbqyfs",
     *   vpcId: "314",
     *   natName: "cici",
     * });
     * console.log(res);
     */
    modifyNatGateway(input: types.ModifyNatGatewayRequest, options?: VpcV2CallOptions): Promise<types.ModifyNatGatewayResponse>;
    /**
     * 查询NAT网关
     *
     * 本接口 (DescribeNatGateway) 用于查询 NAT 网关。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeNatGateway({
     *   vpcId: "vpc-8e0ypm3z",
     * });
     * console.log(res);
     */
    describeNatGateway(input?: types.DescribeNatGatewayRequest, options?: VpcV2CallOptions): Promise<types.DescribeNatGatewayResponse>;
    /**
     * NAT网关绑定EIP
     *
     * 本接口(EipBindNatGateway)用于NAT网关绑定EIP
     *
     * @throws {@link ServiceError} whose code is one of {@link EipBindNatGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.eipBindNatGateway({
     *   natId: "nat-8pbrkzh6",
     *   vpcId: "314",
     *   autoAllocEipNum: 1,
     * });
     * console.log(res);
     */
    eipBindNatGateway(input: types.EipBindNatGatewayRequest, options?: VpcV2CallOptions): Promise<types.EipBindNatGatewayResponse>;
    /**
     * NAT网关解绑EIP
     *
     * 本接口(EipUnBindNatGateway)用于NAT网关解绑EIP
     *
     * @throws {@link ServiceError} whose code is one of {@link EipUnBindNatGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.eipUnBindNatGateway({
     *   natId: "nat-8pbrkzh6",
     *   vpcId: "vpc-ddf411",
     *   assignedEipSet: ["183.60.249.122"],
     * });
     * console.log(res);
     */
    eipUnBindNatGateway(input: types.EipUnBindNatGatewayRequest, options?: VpcV2CallOptions): Promise<types.EipUnBindNatGatewayResponse>;
    /**
     * 升级NAT网关规格
     *
     * 本接口(UpgradeNatGateway)用于升级NAT网关规格。
     *
     * @throws {@link ServiceError} whose code is one of {@link UpgradeNatGatewayErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.upgradeNatGateway({
     *   vpcId: "314",
     *   natId: "nat-et8e970y",
     *   maxConcurrent: 3000000,
     * });
     * console.log(res);
     */
    upgradeNatGateway(input: types.UpgradeNatGatewayRequest, options?: VpcV2CallOptions): Promise<types.UpgradeNatGatewayResponse>;
    /**
     * 创建弹性网卡
     *
     * 本接口(CreateNetworkInterface)用于创建弹性网卡。
     * 1) 创建弹性网卡时可以指定内网IP，并且可以指定一个主IP，指定的内网IP必须在弹性网卡所在子网内，而且不能被占用。2) 创建弹性网卡时可以指定需要申请的内网IP数量，系统会随机生成内网IP地址。3) 创建弹性网卡同时可以绑定已有安全组。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.createNetworkInterface({
     *   vpcId: "vpc-7t9nf3pu",
     *   subnetId: "subnet-0ap8nwca",
     *   eniName: "eni",
     *   secondaryPrivateIpAddressCount: 1,
     *   sgIds: ["sg-1dd51d"],
     * });
     * console.log(res);
     */
    createNetworkInterface(input: types.CreateNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<types.CreateNetworkInterfaceResponse>;
    /**
     * 删除弹性网卡
     *
     * 本接口(DeleteNetworkInterface)用于删除弹性网卡。
     * 1) 弹性网卡上绑定了云服务器时，不能被删除。 2) 删除指定弹性网卡，弹性网卡必须先和子机解绑才能删除。删除之后弹性网卡上所有内网IP都将被退还。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteNetworkInterface({
     *   vpcId: "vpc-7t9nf3pu",
     *   networkInterfaceId: "eni-m6dyj72l",
     * });
     * console.log(res);
     */
    deleteNetworkInterface(input: types.DeleteNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<types.DeleteNetworkInterfaceResponse>;
    /**
     * 查询弹性网卡信息
     *
     * 本接口 (DescribeNetworkInterfaces) 用于查询弹性网卡信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesErrorCode}.
     */
    describeNetworkInterfaces(input?: types.DescribeNetworkInterfacesRequest, options?: VpcV2CallOptions): Promise<types.DescribeNetworkInterfacesResponse>;
    /**
     * 弹性网卡申请内网IP
     *
     * 本接口(AssignPrivateIpAddresses)用于弹性网卡申请内网 IP。
     * 1) 一个弹性网卡支持绑定的IP地址是有限制的，更多vpc资源限制信息详见VPC使用限制。 2) 可以指定内网IP地址申请，内网IP地址类型不能为主IP，主IP已存在，不能修改，内网IP必须要弹性网卡所在子网内，而且不能被占用。 3) 在弹性网卡上申请一个到多个辅助内网IP，接口会在弹性网卡所在子网网段内返回指定数量的辅助内网IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignPrivateIpAddressesErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.assignPrivateIpAddresses({
     *   vpcId: "vpc-7t9nf3pu",
     *   networkInterfaceId: "eni-m6dyj72l",
     *   secondaryPrivateIpAddressCount: 1,
     * });
     * console.log(res);
     */
    assignPrivateIpAddresses(input: types.AssignPrivateIpAddressesRequest, options?: VpcV2CallOptions): Promise<types.AssignPrivateIpAddressesResponse>;
    /**
     * 弹性网卡退还内网IP
     *
     * 本接口(UnassignPrivateIpAddresses)用于弹性网卡退还内网IP。
     * 退还弹性网卡上的辅助内网IP，接口自动解关联弹性公网IP。不能退还弹性网卡的主辅助内网IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link UnassignPrivateIpAddressesErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.unassignPrivateIpAddresses({
     *   vpcId: "vpc-7t9nf3pu",
     *   networkInterfaceId: "eni-m6dyj72l",
     *   privateIpAddress: ["10.0.0.2"],
     * });
     * console.log(res);
     */
    unassignPrivateIpAddresses(input: types.UnassignPrivateIpAddressesRequest, options?: VpcV2CallOptions): Promise<types.UnassignPrivateIpAddressesResponse>;
    /**
     * 弹性网卡绑定云服务器
     *
     * 本接口(AttachNetworkInterface)用于弹性网卡申请内网Ip。
     * 1) 一个云服务器可以绑定多个弹性网卡，但只能绑定一个主网卡。更多vpc资源限制信息详见VPC使用限制。 2) 一个弹性网卡只能同时绑定一个云服务器。 3) 只有运行中或者已关机状态的云服务器才能绑定弹性网卡，查看云服务器状态详见查看云服务器信息。 4) 弹性网卡绑定的云服务器必须是私有网络的，而且云服务器所在可用区必须和弹性网卡子网的可用区相同。
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.attachNetworkInterface({
     *   vpcId: "vpc-xx44545f",
     *   networkInterfaceId: "eni-m6dyj72l",
     *   instanceId: "ins-xx44545f",
     * });
     * console.log(res);
     */
    attachNetworkInterface(input: types.AttachNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<types.AttachNetworkInterfaceResponse>;
    /**
     * 弹性网卡解绑云服务器
     *
     * 本接口(DetachNetworkInterface)用于弹性网卡解绑云服务器。
     * 1) 将弹性网卡和云服务器解绑。 2) 解绑之后弹性网卡上的所有弹性公网 IP 处于未关联状态，所有未关联状态的弹性公网 IP 将收取费用，具体收费标准详见弹性公网IP的计费。 3) 只有运行中或者已关机状态的云服务器才能绑定弹性网卡，查看云服务器状态详见查看云服务器信息
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.detachNetworkInterface({
     *   vpcId: "vpc-7t9nf3pu",
     *   networkInterfaceId: "eni-m6dyj72l",
     *   instanceId: "ins-xx44545f",
     * });
     * console.log(res);
     */
    detachNetworkInterface(input: types.DetachNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<types.DetachNetworkInterfaceResponse>;
    /**
     * 弹性网卡迁移
     *
     * 本接口(MigrateNetworkInterface)用于弹性网卡迁移。
     * 1) 该接口用于将一个弹性网卡从一个云服务器迁移到另外一个云服务器，主网卡不支持迁移功能。 2) 迁移前后的云服务器必须是停机或者运营中状态，查看云服务器状态详见查看云服务器信息。 3) 迁移后云服务器必须属于VPC子机，迁移后云服务器可用区必须和网卡可用区相同。
     *
     * @throws {@link ServiceError} whose code is one of {@link MigrateNetworkInterfaceErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.migrateNetworkInterface({
     *   vpId: "vpc-xx44545f",
     *   networkInterfaceId: "eni-m6dyj72l",
     *   oldInstanceId: "ins-xx44545f",
     *   newInstanceId: "ins-cddddu74",
     * });
     * console.log(res);
     */
    migrateNetworkInterface(input: types.MigrateNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<types.MigrateNetworkInterfaceResponse>;
    /**
     * 内网IP迁移
     *
     * 本接口(MigratePrivateIpAddress)用于内网 IP迁移。
     * 1) 该接口用户将一个内网IP从一个弹性网卡上迁移到另外一个弹性网卡，主IP地址不支持迁移。 2) 迁移前后的弹性网卡必须在同一个子网内。
     *
     * @throws {@link ServiceError} whose code is one of {@link MigratePrivateIpAddressErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.migratePrivateIpAddress({
     *   vpcId: "vpc-7t9nf3pu",
     *   privateIpAddress: "10.0.0.6",
     *   oldNetworkInterfaceId: "eni-m6dyj72l",
     *   newNetworkInterfaceId: "eni-dfddf454d",
     * });
     * console.log(res);
     */
    migratePrivateIpAddress(input: types.MigratePrivateIpAddressRequest, options?: VpcV2CallOptions): Promise<types.MigratePrivateIpAddressResponse>;
    /**
     * Pages through DescribeVpcEx (查询私有网络列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcEx(input?: types.DescribeVpcExRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeVpcExResponse, types.DescribeVpcExResponseData>;
    /**
     * Pages through DescribeSubnetEx (查询子网列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeSubnetEx(input?: types.DescribeSubnetExRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeSubnetExResponse, types.DescribeSubnetExResponseData>;
    /**
     * Pages through DescribeRouteTable (查询路由表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeRouteTable(input?: types.DescribeRouteTableRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeRouteTableResponse, types.DescribeRouteTableResponseData>;
    /**
     * Pages through DescribeNetworkAcl (查询网络ACL列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNetworkAcl(input?: types.DescribeNetworkAclRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeNetworkAclResponse, types.DescribeNetworkAclResponseData>;
    /**
     * Pages through DescribeVpnGw (查询VPN网关列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpnGw(input?: types.DescribeVpnGwRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeVpnGwResponse, types.DescribeVpnGwResponseData>;
    /**
     * Pages through DescribeUserGw (查询对端网关): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeUserGw(input?: types.DescribeUserGwRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeUserGwResponse, types.DescribeUserGwResponseData>;
    /**
     * Pages through DescribeVpnConn (查询VPN通道列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpnConn(input?: types.DescribeVpnConnRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeVpnConnResponse, types.DescribeVpnConnResponseData>;
    /**
     * Pages through DescribeVpcPeeringConnections (查询对等连接): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcPeeringConnections(input?: types.DescribeVpcPeeringConnectionsRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeVpcPeeringConnectionsResponse, types.DescribeVpcPeeringConnectionsResponseData>;
    /**
     * Pages through DescribeDirectConnectGateway (查询专线网关): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDirectConnectGateway(input?: types.DescribeDirectConnectGatewayRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeDirectConnectGatewayResponse, types.DescribeDirectConnectGatewayResponseData>;
    /**
     * Pages through DescribeNatGateway (查询NAT网关): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNatGateway(input?: types.DescribeNatGatewayRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeNatGatewayResponse, types.DescribeNatGatewayResponseData>;
}

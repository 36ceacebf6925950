/** 云联网 (CCN) 关联实例 (Instance) 对象 */
export interface CcnAttachedInstance {
    /** 云联网实例ID。 */
    CcnId: string;
    /** 关联实例类型: VPC : 私有网络 DIRECTCONNECT : 专线网关 BMVPC : 黑石私有网络 */
    InstanceType: string;
    /** 关联实例ID。 */
    InstanceId: string;
    /** 关联实例名称。 */
    InstanceName: string;
    /** 关联实例所属大区, 例如: ap-guangzhou。 */
    InstanceRegion: string;
    /** 关联实例所属UIN (根账号)。 */
    InstanceUin: string;
    /** 关联实例CIDR。 */
    CidrBlock: string[];
    /** 关联实例状态: PENDING : 申请中 ACTIVE : 已连接 EXPIRED : 已过期 REJECTED : 已拒绝 DELETED : 已删除 FAILED : 失败的 (2小时后将异步强制解关联) ATTACHING : 关联中 DETACHING : 解关联中 DETACHFAILED : 解关联失败 (2小时后将异步强制解关联) */
    State: string;
    /** 关联时间。 */
    AttachedTime: string;
    /** 云联网所属UIN (根账号)。 */
    CcnUin: string;
}
/** 用于描述Anycast各地域带宽值。 */
export interface BandwidthSpecification {
    /** Anycast入口地域名称。 */
    Region: string;
    /** 带宽值。单位 Mbps。 */
    Bandwidth: number;
}
export interface NetworkInterfaceAttachment {
    /** 绑定时间。 */
    AttachTime: string;
    /** 云主机实例ID。 */
    InstanceId: string;
    /** 网卡在云主机实例内的序号。 */
    DeviceIndex: number;
    /** 云主机所有者账户信息。 */
    InstanceAccountId: string;
}
/** 用于描述云联网地域间限速带宽实例的信息 */
export interface CcnBandwidthInfo {
    /** 带宽所属的云联网ID。 */
    CcnId: string | null;
    /** 实例的创建时间。 */
    CreatedTime: string | null;
    /** 实例的过期时间 */
    ExpiredTime: string | null;
    /** 带宽实例的唯一ID。 */
    RegionFlowControlId: string | null;
    /** 带宽是否自动续费的标记。 */
    RenewFlag: string | null;
    /** 描述带宽的地域和限速上限信息。 */
    CcnRegionBandwidthLimit: CcnRegionBandwidthLimit | null;
}
/** 描述带宽包资源信息的结构 */
export interface Resource {
    /** 带宽包资源类型，包括'Address'和'LoadBalance' */
    ResourceType: string;
    /** 带宽包资源ID，形如'eip-xxxx'，'lb-xxxx' */
    ResourceId: string;
    /** 带宽包资源Ip */
    AddressIp: string;
}
/** NAT的SNAT规则 */
export interface SourceIpTranslationNatRule {
    /** Snat规则ID */
    NatGatewaySnatId?: string | undefined;
    /** 资源ID */
    ResourceId: string;
    /** 资源类型，目前包含SUBNET、NETWORKINTERFACE */
    ResourceType: string | null;
    /** 源IP/网段 */
    PrivateIpAddress: string;
    /** 弹性IP地址池 */
    PublicIpAddresses: string[];
    /** 描述 */
    Description: string;
    /** NAT网关的ID。 */
    NatGatewayId?: string | null | undefined;
    /** 私有网络VPC的ID。 */
    VpcId?: string | null | undefined;
    /** NAT网关SNAT规则创建时间。 */
    CreatedTime?: string | null | undefined;
}
/** 专线网关对象。 */
export interface DirectConnectGateway {
    /** 专线网关 ID。 */
    DirectConnectGatewayId: string;
    /** 专线网关名称。 */
    DirectConnectGatewayName: string;
    /** 专线网关关联 VPC 实例 ID。 */
    VpcId: string;
    /** 关联网类型： VPC - 私有网络 CCN - 云联网 */
    NetworkType: string;
    /** 关联网实例 ID： NetworkType 为 VPC 时，这里为私有网络实例 ID NetworkType 为 CCN 时，这里为云联网实例 ID */
    NetworkInstanceId: string;
    /** 网关类型： NORMAL - 标准型，注：云联网只支持标准型 NAT - NAT型 NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个 NAT 类型的专线网关和一个非NAT类型的专线网关 */
    GatewayType: string;
    /** 创建时间。 */
    CreateTime: string;
    /** 专线网关IP。 */
    DirectConnectGatewayIp: string;
    /** 专线网关关联 CCN 实例 ID。 */
    CcnId: string;
    /** 云联网路由学习类型： BGP - 自动学习。 STATIC - 静态，即用户配置。 */
    CcnRouteType: string;
    /** 是否启用BGP。 */
    EnableBGP: boolean;
    /** 开启和关闭BGP的community属性。 */
    EnableBGPCommunity?: boolean | undefined;
    /** 专线网关带宽限速值。 */
    Bandwidth?: number | undefined;
    /** 是否发布云联网VPC的Cidr, standard:发布, exquisite:不发布。 */
    ModeType?: string | undefined;
    /** 是否支持BGP 社团属性 */
    BGPCommunitySupport?: boolean | undefined;
    /** 是否支持VXLAN */
    VXLANSupport?: boolean | undefined;
    /** 是否是本地区域 */
    LocalZone?: boolean | undefined;
    /** 是否支持BGP */
    BGPSupport?: boolean | undefined;
    /** tag 信息 */
    TagSet?: Tag[] | undefined;
}
/** 协议端口模板集合 */
export interface ServiceTemplateGroup {
    /** 协议端口模板集合实例ID，例如：ppmg-2klmrefu。 */
    ServiceTemplateGroupId: string;
    /** 协议端口模板集合名称。 */
    ServiceTemplateName: string;
    /** 协议端口模板实例ID。 */
    ServiceTemplateIdSet: string[];
    /** 创建时间。 */
    CreateTime?: string | undefined;
    /** 协议端口模板实例信息。 */
    ServiceTemplateSet: ServiceTemplate[];
}
export interface Vpc {
    /** 返回多运营商IPv6 Cidr Block */
    Ipv6CidrBlockSet: ISPIpv6CidrBlock[] | null;
    /** Cdc唯一 Id。 */
    CdcId?: string | null | undefined;
    /** VPC 实例 ID ，例如：vpc-azd4dt1c。 */
    VpcId: string;
    /** VPC 的 IPv4 CIDR 。 */
    CidrBlock: string;
    /** 是否默认 VPC 。 */
    IsDefault?: boolean | undefined;
    /** 创建时间。 */
    CreateTime?: string | undefined;
    /** 是否开启 DHCP 。 */
    EnableDhcp: boolean;
    /** 是否是共享资源 */
    IsShare: boolean | null;
    /** vpc数字Id */
    VpcNumId: number | null;
    /** vpc关联云联网时路由发布策略， true：开启cidr路由发布， false：开启subnet子网路由发布。创建vpc时默认为子网路由发布 */
    EnableRouteVpcPublish: boolean | null;
    /** 是否开启组播。 */
    EnableMulticast: boolean;
    /** DNS 列表。 */
    DnsServerSet: string[];
    /** DHCP 域名选项值。 */
    DomainName: string;
    /** 辅助CIDR */
    AssistantCidrSet?: AssistantCidr[] | null | undefined;
    /** 是否自研VPC：0否，1是 */
    VpcFlag: number | null;
    /** 地域。 */
    Region: string;
    /** VPC 名称。 */
    VpcName: string;
    /** DHCP 选项集 ID 。 */
    DhcpOptionsId: string;
    /** VPC 的 IPv6 CIDR 。 */
    Ipv6CidrBlock?: string | undefined;
    /** Bms数量。 */
    BmsNum?: number | null | undefined;
    /** 扩展cidr列表。 */
    ExtendCidrSet?: ExtendCidr[] | null | undefined;
    /** 标签键值对 */
    TagSet: Tag[];
    /** 发布cdc子网到云联网的开关。true: 发布, false: 不发布。 */
    EnableCdcPublish?: boolean | null | undefined;
}
/** 安全组关联的实例统计 */
export interface SecurityGroupAssociationStatistics {
    /** 安全组实例ID。 */
    SecurityGroupId: string;
    /** 云服务器实例数。 */
    CVM: number;
    /** 数据库实例数。 */
    CDB: number;
    /** 弹性网卡实例数。 */
    ENI: number;
    /** 被安全组引用数。 */
    SG: number;
    /** 负载均衡实例数。 */
    CLB: number;
    /** 全量实例的绑定统计。 */
    InstanceStatistics: InstanceStatistic[];
    /** 所有资源的总计数 (不包含被安全组引用数)。 */
    TotalCount: number;
}
/** 描述 EIP 信息 */
export interface Address {
    /** EIP 的 ID，是 EIP 的唯一标识。 */
    AddressId?: string | undefined;
    /** EIP 名称。 */
    AddressName?: string | null | undefined;
    /** EIP 状态，包含 'CREATING' (创建中), 'BINDING' (绑定中), 'BIND' (已绑定), 'UNBINDING' (解绑中), 'UNBIND' (已解绑), 'OFFLINING' (释放中), 'BIND_ENI' (绑定悬空弹性网卡) */
    AddressStatus?: string | undefined;
    /** 外网IP地址 */
    AddressIp?: string | undefined;
    /** 绑定的资源实例 ID。可能是一个 CVM，NAT。 */
    InstanceId?: string | undefined;
    /** 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为：YYYY-MM-DDThh:mm:ssZ。 */
    CreateTime?: string | undefined;
    /** 绑定的弹性网卡ID */
    NetworkInterfaceId?: string | undefined;
    /** 绑定的资源内网ip */
    PrivateAddressIp?: string | undefined;
    /** 资源隔离状态。true表示eip处于隔离状态，false表示资源处于未隔离状态 */
    IsArrears?: boolean | undefined;
    /** 资源封堵状态。true表示eip处于封堵状态，false表示eip处于未封堵状态 */
    IsBlocked?: boolean | undefined;
    /** eip是否支持直通模式。true表示eip支持直通模式，false表示资源不支持直通模式 */
    IsEipDirectConnection?: boolean | undefined;
    /** eip资源类型，包括 "CalcIP", "WanIP", "EIP", "AnycastEIP"。其中 "CalcIP" 表示设备ip，"WanIP" 表示普通公网ip，"EIP" 表示弹性公网ip，"AnycastEip" 表示加速EIP */
    AddressType?: string | undefined;
    /** eip是否在解绑后自动释放。true表示eip将会在解绑后自动释放，false表示eip在解绑后不会自动释放 */
    CascadeRelease?: boolean | undefined;
    /** EIP ALG开启的协议类型。 */
    EipAlgType?: AlgType | undefined;
    /** 弹性公网IP的运营商信息，当前可能返回值包括 "CMCC", "CTCC", "CUCC", "BGP" */
    InternetServiceProvider?: string | undefined;
    /** eip绑定标签列表 */
    TagSet?: Tag[] | undefined;
    /** EIP合规状态。BANNING 表示封禁，FREEZING 表示冻结,其他表示正常。 */
    ComplianceStatus?: string | null | undefined;
    /** 是否用于CLB。 */
    ApplicableForCLB?: boolean | null | undefined;
    /** 是否下一代EIP。 */
    IsNewGeneration?: boolean | null | undefined;
    /** 是否主动外联。 */
    IsActiveAccessEip?: boolean | null | undefined;
    /** EIP所属地域信息。 */
    NetworkGroup?: string | null | undefined;
    /** 计费方式。 */
    PayMode?: string | null | undefined;
    /** 到期时间。 */
    DeadlineDate?: string | null | undefined;
    /** 是否为EIP。 */
    IsEip?: boolean | null | undefined;
    /** 弹性公网IP的带宽值。注意，传统账户类型账户的弹性公网IP没有带宽属性，值为空。 */
    Bandwidth?: number | null | undefined;
    /** 更新时间。 */
    UpdateTime?: string | null | undefined;
    /** 弹性公网IP的网络计费模式。注意，传统账户类型账户的弹性公网IP没有网络计费模式属性，值为空。 */
    InternetChargeType?: string | null | undefined;
    /** 绑定资源类型。 */
    BindResourceType?: string | null | undefined;
    /** 是否本地带宽EIP。 */
    LocalBgp?: boolean | null | undefined;
    /** 是否从WANIP转换。 */
    IsFromWanIP?: boolean | null | undefined;
    /** VPC ID。 */
    UnVpcId?: string | null | undefined;
}
/** IKE配置 (Internet Key Exchange, 因特网密钥交换), IKE具有一套自我保护机制, 用户配置网络安全协议 */
export interface IKEOptionsSpecification {
    /** 加密算法, 可选值: '3DES-CBC', 'AES-CBC-128', 'AES-CBS-192', 'AES-CBC-256', 'DES-CBC', 默认为3DES-CBC */
    PropoEncryAlgorithm?: string | undefined;
    /** 认证算法: 可选值: 'MD5', 'SHA1', 默认为MD5 */
    PropoAuthenAlgorithm?: string | undefined;
    /** 协商模式: 可选值: 'AGGRESSIVE', 'MAIN', 默认为MAIN */
    ExchangeMode?: string | undefined;
    /** 本端标识类型: 可选值: 'ADDRESS', 'FQDN', 默认为ADDRESS */
    LocalIdentity?: string | undefined;
    /** 对端标识类型: 可选值: 'ADDRESS', 'FQDN', 默认为ADDRESS */
    RemoteIdentity?: string | undefined;
    /** 本端标识, 当LocalIdentity选为ADDRESS时, LocalAddress必填。LocalAddress默认为vpn网关公网IP */
    LocalAddress?: string | undefined;
    /** 对端标识, 当RemoteIdentity选为ADDRESS时, RemoteAddress必填 */
    RemoteAddress?: string | undefined;
    /** 本端标识, 当LocalIdentity选为FQDN时, LocalFqdnName必填 */
    LocalFqdnName?: string | undefined;
    /** 对端标识, 当remoteIdentity选为FQDN时, RemoteFqdnName必填 */
    RemoteFqdnName?: string | undefined;
    /** DH group, 指定IKE交换密钥时使用的DH组, 可选值: 'GROUP1', 'GROUP2', 'GROUP5', 'GROUP14', 'GROUP24', */
    DhGroupName?: string | undefined;
    /** IKE SA Lifetime, 单位: 秒, 设置IKE SA的生存周期, 取值范围: 60-604800 */
    IKESaLifetimeSeconds?: number | undefined;
    /** IKE版本 */
    IKEVersion?: string | undefined;
}
export interface VpcOssService {
    /** 原VPC OSS APIv2名称: GetServiceByRs.uniVpcGwIpVpcgwId */
    VipVpcGatewayId: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.bypassFlag */
    BypassFlag: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.rstFlag */
    ResetFlag: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.type */
    Type: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.stickyTimeout */
    StickyTimeout: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.toaHostIpFlag */
    ToaHostIpFlag: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.vip */
    Vip: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.stickyFlag */
    StickyFlag: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.groupId */
    GroupId: number[];
    /** 原VPC OSS APIv2名称: GetServiceByRs.setId */
    SetId: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.route */
    RouteSet: VpcOssRoute[];
    /** 原VPC OSS APIv2名称: GetServiceByRs.uniqVpcgwId */
    UniqueVpcGatewayId: string;
    /** 整数vpcId */
    VpcId: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.proto */
    Protocol: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.business */
    Business: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.vport */
    VirtualPort: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.healthFlag */
    HealthFlag: number;
    /** 对外唯一VpcId */
    UniqueVpcId: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.vpcGwIp */
    VpcGatewayIp: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.lbType */
    LbType: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.vipSetId */
    VipSetId: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.remoteVpcId */
    RemoteVpcId: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.uniqClassicVpcgwId */
    UniqueClassicVpcGatewayId: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.noSnatFlag */
    NoSnatFlag: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.stickyMaxCount */
    StickyMaxCount: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.subnetRouteAlgorithm */
    SubnetRouteAlgorithm: number;
}
/** 高速上云服务计费信息 */
export interface CloudAttachPriceInfo {
    /** 折扣 */
    Discount: number;
    /** 折后价 */
    DiscountPrice: number;
    /** 原价 */
    OriginalPrice: number;
}
/** 冲突资源条目信息。 */
export interface ConflictItem {
    /** 冲突资源的ID */
    ConflictId: string;
    /** 冲突目的资源 */
    DestinationItem: string;
}
export interface VpcOssServiceRequest {
    /** 对外唯一VpcId */
    UniqueVpcId?: string | undefined;
    /** 原VPC OSS APIv2名称: DelService.proto */
    Protocol?: string | undefined;
    /** 原VPC OSS APIv2名称: DelService.vport */
    VirtualPort?: number | undefined;
    /** 原VPC OSS APIv2名称: DelService.vip */
    Vip?: string | undefined;
    /** 整数vpcId */
    VpcId?: number | undefined;
    /** 原VPC OSS APIv2名称: DelService.type */
    Type?: number | undefined;
    /** 原VPC OSS APIv2名称: DelService.remoteVpcId */
    RemoteVpcId?: number | undefined;
    /** 原VPC OSS APIv2名称: DelService.bDelRoute */
    DeleteRouteFlag?: number | undefined;
    /** 原VPC OSS APIv2名称: DelService.groupId */
    GroupId?: number | undefined;
    /** 原VPC OSS APIv2名称: DelService.sip */
    Sip?: string | undefined;
}
/** 终端节点服务的服务白名单对象详情。 */
export interface VpcEndPointServiceUser {
    /** AppId。 */
    Owner: number;
    /** Uin。 */
    UserUin: string;
    /** 描述信息。 */
    Description: string;
    /** 创建时间 */
    CreateTime: string;
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
}
/** 网关流量监控对象。 */
export interface GatewayFlowMonitor {
    /** 私有网络ID。 */
    VpcId: string;
    /** 网关类型。 */
    GatewayType: string;
    /** 网关ID。 */
    GatewayId: string;
    /** 网关流量监控ID。 */
    GatewayFlowId: number;
    /** 网关流量监控开启时间。 */
    CreatedTime: string;
}
/** IPv6子网对象。 */
export interface Ipv6SubnetCidrBlock {
    /** 子网实例 ID。形如：subnet-pxir56ns。 */
    SubnetId: string;
    /** IPv6 子网段。形如：3402:4e00:20:1001::/64 */
    Ipv6CidrBlock?: string | undefined;
}
/** 创建LB流量镜像的实例输出信息 */
export interface LbTrafficMirror {
    /** uniqvpcid */
    VpcId: string;
    /** lb流量镜像的uniqid */
    LbTrafficMirrorId: string;
    /** lb流量镜像名字 */
    LbTrafficMirrorName: string;
}
/** 协议端口模版 */
export interface ServiceTemplateSpecification {
    /** 协议端口ID，例如：ppm-f5n1f8da。 */
    ServiceId: string;
    /** 协议端口组ID，例如：ppmg-f5n1f8da。 */
    ServiceGroupId: string;
}
/** 共享流量包用量明细 */
export interface UsedDetail {
    /** 流量包唯一ID */
    TrafficPackageId: string;
    /** 流量包名称 */
    TrafficPackageName: string | null;
    /** 流量包总量 */
    TotalAmount: TrafficFlow;
    /** 本次抵扣 */
    Deduction: TrafficFlow;
    /** 本次抵扣后剩余量 */
    RemainingAmount: TrafficFlow;
    /** 抵扣时间 */
    Time: string;
    /** 资源类型 */
    ResourceType: string;
    /** 资源ID */
    ResourceId: string;
    /** 资源名称 */
    ResourceName: string;
    /** 流量包到期时间 */
    Deadline: string;
}
/** EIP可用区列表信息 */
export interface ZoneInfo {
    /** 可用区名称，例如，ap-guangzhou-1 */
    Zone: string;
    /** 可用区描述，例如，广州一区 */
    ZoneName: string;
    /** 可用区ID */
    ZoneId: number;
    /** 可用区状态，目前只有两种状态，分别是UNAVAILABLE和AVAILABLE */
    ZoneState: string;
}
/** 共享流量包的用量明细文件生成历史 */
export interface UsedDetailDownload {
    /** 生成历史唯一ID */
    Id: number;
    /** 共享流量包唯一ID */
    TrafficPackageId: string;
    /** 开始时间 */
    StartTime: string;
    /** 结束时间 */
    EndTime: string;
    /** 下载链接 */
    DownloadUrl: string | null;
    /** 文件名称 */
    Filename: string;
    /** 任务状态. RUNNING-正在生成， SUCCESS-成功， FAIL-失败 */
    Status: string;
    /** 错误信息 */
    ErrorMsg: string | null;
    /** 下载链接过期时间 */
    ExpiredAt: string | null;
    /** 文件生成时间 */
    CreatedAt: string;
    /** 下载链接是否已经过期 */
    IsExpired: boolean | null;
}
/** NAT网关配额 */
export interface NatGatewayQuota {
    /** NAT网关带宽配额 */
    BandwidthQuota: number;
}
/** CCN路由策略对象 */
export interface CcnRoute {
    /** 路由策略ID */
    RouteId?: string | undefined;
    /** 目的端 */
    DestinationCidrBlock: string;
    /** 下一跳类型（关联实例类型），所有类型：VPC、DIRECTCONNECT */
    InstanceType: string;
    /** 下一跳（关联实例） */
    InstanceId: string;
    /** 下一跳名称 (关联实例名称) */
    InstanceName: string;
    /** 下一跳所属地域 (关联实例所属地域) */
    InstanceRegion: string;
    /** 更新时间 */
    UpdateTime: string;
    /** 路由是否启用 */
    Enabled: boolean;
    /** 关联实例所属UIN (根账号) */
    InstanceUin: string;
}
/** 地址信息 */
export interface AddressTemplateItem {
    /** 地址模版名称 */
    AddressTemplateName?: string | undefined;
    /** 地址模版Id */
    AddressTemplateId: string;
}
/** IPV6转换规则 */
export interface Ip6Rule {
    /** IPV6转换规则唯一ID, 形如rule6-xxxxxxx */
    Ip6RuleId: string;
    /** IPV6转换规则名称 */
    Ip6RuleName: string;
    /** IPV6地址 */
    Vip6: string;
    /** IPV6端口号 */
    Vport6: number;
    /** 协议类型, 支持TCP/UDP */
    Protocol: string;
    /** IPV4地址 */
    Vip: string;
    /** IPV4端口号 */
    Vport: number;
    /** 转换规则状态, 限于CREATING,RUNNING,DELETING,MODIFYING */
    RuleStatus: string;
    /** 转换规则创建时间 */
    CreatedTime: string;
}
/** 私有网络配额 */
export interface VpcLimit {
    /** 私有网络配额描述 */
    LimitType: string;
    /** 私有网络配额值 */
    LimitValue: number;
}
/** VPC资源看板 (各资源个数) */
export interface ResourceDashboard {
    /** Vpc实例ID, 例如: vpc-f1xjkw1b。 */
    VpcId: string;
    /** 子网实例ID, 例如: subnet-bthucmmy。 */
    SubnetId: string;
    /** 基础网络互通。 */
    Classiclink: number;
    /** 专线网关。 */
    Dcg: number;
    /** 对等连接。 */
    Pcx: number;
    /** 当前已使用的IP总数。 */
    Ip: number;
    /** NAT网关。 */
    Nat: number;
    /** VPN网关。 */
    Vpngw: number;
    /** 流日志。 */
    FlowLog: number;
    /** 网络探测。 */
    NetworkDetect: number;
    /** 网络ACL。 */
    NetworkACL: number;
    /** 云主机。 */
    CVM: number;
    /** 负载均衡。 */
    LB: number;
    /** 关系型数据库。 */
    CDB: number;
    /** 云数据库 TencentDB for Memcached。 */
    Cmem: number;
    /** 时序数据库。 */
    CTSDB: number;
    /** 数据库 TencentDB for MariaDB (TDSQL) 。 */
    MariaDB: number;
    /** 数据库 TencentDB for SQL Server。 */
    SQLServer: number;
    /** 云数据库 TencentDB for PostgreSQL。 */
    Postgres: number;
    /** 网络附加存储。 */
    NAS: number;
    /** Snova云数据仓库。 */
    Greenplum: number;
    /** 消息队列 CKAFKA。 */
    Ckafka: number;
    /** Grocery。 */
    Grocery: number;
    /** 数据加密服务。 */
    HSM: number;
    /** 游戏存储 Tcaplus。 */
    Tcaplus: number;
    /** Cnas。 */
    Cnas: number;
    /** HTAP 数据库 TiDB。 */
    TiDB: number;
    /** EMR 集群。 */
    Emr: number;
    /** SEAL。 */
    SEAL: number;
    /** 文件存储 CFS。 */
    CFS: number;
    /** Oracle。 */
    Oracle: number;
    /** ElasticSearch服务。 */
    ElasticSearch: number;
    /** 区块链服务。 */
    TBaaS: number;
    /** Itop。 */
    Itop: number;
    /** 云数据库审计。 */
    DBAudit: number;
    /** 企业级云数据库 CynosDB for Postgres。 */
    CynosDBPostgres: number;
    /** 数据库 TencentDB for Redis。 */
    Redis: number;
    /** 数据库 TencentDB for MongoDB。 */
    MongoDB: number;
    /** 分布式数据库 TencentDB for TDSQL。 */
    DCDB: number;
    /** 企业级云数据库 CynosDB for MySQL。 */
    CynosDBMySQL: number;
    /** 子网。 */
    Subnet: number;
    /** 路由表。 */
    RouteTable: number;
    /** JNS 服务 */
    JNS?: number | undefined;
    /** 弹性网卡 */
    ENI?: number | undefined;
    /** CDM */
    CDM?: number | undefined;
    /** 云联网 */
    CCN?: number | undefined;
    /** 高可用虚拟Ip */
    HAVIP?: number | undefined;
}
/** 描述带宽包信息的结构 */
export interface BandwidthPackage {
    /** 带宽包唯一标识Id */
    BandwidthPackageId: string;
    /** 带宽包类型, 包括'BGP','SINGLEISP','ANYCAST' */
    NetworkType: string;
    /** 带宽包计费类型, 包括'TOP5_POSTPAID_BY_MONTH'和'PERCENT95_POSTPAID_BY_MONTH' */
    ChargeType: string;
    /** 带宽包名称 */
    BandwidthPackageName: string;
    /** 带宽包创建时间。按照 ISO8601 标准表示, 并且使用 UTC 时间。格式为: YYYY-MM-DDThh:mm:ssZ。 */
    CreatedTime: string;
    /** 带宽包状态, 包括'CREATING','CREATED','DELETING','DELETED' */
    Status: string;
    /** 带宽包资源信息 */
    ResourceSet: Resource[];
    /** 带宽包限速大小。单位: Mbps, -1表示不限速。 */
    Bandwidth: number;
}
/** 流量镜像五元组过滤规则对象 */
export interface TrafficMirrorFilter {
    /** 过滤规则的源网段 */
    SrcNet: string;
    /** 过滤规则的目的网段 */
    DstNet: string;
    /** 过滤规则的源端口, 默认值1-65535 */
    SrcPort?: string | undefined;
    /** 过滤规则的目的端口, 默认值1-65535 */
    DstPort?: string | undefined;
    /** 过滤规则的协议 */
    Protocol: string;
}
/** 安全组策略检测结果对象 */
export interface SecurityGroupPolicyCheckInfo {
    /** 数据流方向，取值：inbound(入站)，outbound(出站)。 */
    Direction: string;
    /** 协议，取值：TCP,UDP, ICMP。 */
    Protocol: string;
    /** 端口号，对于入站为目标端口，对于出站为源端口。 */
    Port: string;
    /** 数据流是否方通，取值：ACCEPT(方通)，DROP(未方通)。 */
    Action: string;
}
/** Edge设备的SN信息 */
export interface EdgeSN {
    /** Edge设备的Id。 */
    EdgeId: string | null;
    /** SN。 */
    SN: string;
}
/** WAN接口的逻辑接口。 */
export interface EdgeWanVport {
    /** 接入模式，形如互联网接入，INTERNET，专线接入，DIRECTCONNENT，冗余：REDUNDANT。 */
    AccessMode?: string | undefined;
    /** 接入方式，形如，STATIC，DHCP，PPPOE。 */
    AccessType?: string | undefined;
    /** 是否开启Nat。 */
    EnableNat?: boolean | undefined;
    /** 账号。 */
    AccountName?: string | null | undefined;
    /** 密码。 */
    AccountPassword?: string | null | undefined;
    /** ip网段。 */
    IpAddress?: string | null | undefined;
    /** ip掩码。 */
    NetMask?: number | null | undefined;
    /** 网关ip地址。 */
    GatewayIpAddress?: string | null | undefined;
    /** 远端ip地址。 */
    RemoteIpAddress?: string | null | undefined;
    /** 探测ip地址。 */
    DetectIpAddress?: string | null | undefined;
    /** VlanId。 */
    VlanId?: number | null | undefined;
    /** 路由类型，形如STATIC，BPG。 */
    RouteType?: string | null | undefined;
    /** 冗余的edge设备。 */
    RedundantEdgeId?: string | null | undefined;
    /** 冗余的端口。 */
    RedundantPortInterface?: string | null | undefined;
    /** 冗余的逻辑接口。 */
    RedundantVportId?: string | null | undefined;
    /** 关联的专线通道Id。关联专线接入时，入参只需要传递专线通道id，可以不传递专线网关id。 */
    DirectConnectTunnelId?: string | null | undefined;
    /** 关联的专线网关Id。 */
    DirectConnectGatewayId?: string | null | undefined;
    /** 逻辑端口id。 */
    VportId?: string | null | undefined;
    /** 是否绑定云专线。 */
    EnableDirectConnect?: boolean | null | undefined;
}
/** 描述EIP统计信息的结构 */
export interface EipStatistics {
    /** 地域英文标识 */
    Region: string;
    /** 地域中文名称 */
    RegionName: string;
    /** 地域EIP总数 */
    TotalCount: number;
}
/** IPV6转换实例信息 */
export interface Ip6Translator {
    /** IPV6转换实例唯一ID，形如ip6-xxxxxxx */
    Ip6TranslatorId: string;
    /** IPV6转换实例名称 */
    Ip6TranslatorName: string;
    /** IPV6地址 */
    Vip6: string;
    /** IPV6转换地址所属运营商 */
    IspName: string;
    /** 转换实例状态，限于CREATING,RUNNING,DELETING,MODIFYING */
    TranslatorStatus: string;
    /** IPV6转换实例创建时间 */
    CreatedTime: string;
    /** 绑定的IPV6转换规则数量 */
    Ip6RuleCount: number;
    /** IPV6转换规则信息 */
    IP6RuleSet: Ip6Rule[];
    /** IPV6转换实例创建本地时间 */
    CreatedTimeLocal?: string | undefined;
}
/** NAT网关的端口转发规则 */
export interface NatGatewayDestinationIpPortTranslationNatRule {
    /** 网络协议，可选值：TCP、UDP。 */
    IpProtocol?: string | undefined;
    /** 弹性IP。 */
    PublicIpAddress: string;
    /** 公网端口。 */
    PublicPort: number;
    /** 内网地址。 */
    PrivateIpAddress: string;
    /** 内网端口。 */
    PrivatePort: number;
    /** NAT网关转发规则描述。 */
    Description?: string | undefined;
    /** NAT网关的ID。 */
    NatGatewayId: string | null;
    /** 私有网络VPC的ID。 */
    VpcId: string | null;
    /** NAT网关转发规则创建时间。 */
    CreatedTime: string | null;
}
/** 路由冲突对象 */
export interface RouteConflict {
    /** 路由表实例ID，例如：rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 要检查的与之冲突的目的端 */
    DestinationCidrBlock: string;
    /** 冲突的路由策略列表 */
    ConflictSet: Route[];
}
/** 本端源IP端口转换ACL映射规则 */
export interface LocalSourceIpPortTranslationAclRule {
    /** 协议 */
    Protocol: string;
    /** 源地址 */
    SourceCidr: string;
    /** 源端口 */
    SourcePort: string;
    /** 目的地址 */
    DestinationCidr: string;
    /** 目的端口 */
    DestinationPort: string;
    /** 动作，0允许，1拒绝 */
    Action?: number | undefined;
}
/** 默认VPC和子网 */
export interface DefaultVpcSubnet {
    /** 默认VpcId */
    VpcId: string;
    /** 默认SubnetId */
    SubnetId: string;
}
/** 预付费 (包年包月) 计费对象。 */
export interface InstanceChargePrepaid {
    /** 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36。 */
    Period: number;
    /** 自动续费标识。取值范围：NOTIFY_AND_AUTO_RENEW：通知过期且自动续费，NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费。默认：NOTIFY_AND_MANUAL_RENEW */
    RenewFlag?: string | undefined;
}
/** 网络探测对象。 */
export interface NetDetect {
    /** VPC 实例 ID。形如：vpc-12345678 */
    VpcId: string;
    /** VPC 实例名称。 */
    VpcName: string;
    /** 子网实例ID。形如：subnet-12345678。 */
    SubnetId: string;
    /** 子网实例名称。 */
    SubnetName: string;
    /** 网络探测实例ID。形如：netd-12345678。 */
    NetDetectId: string;
    /** 网络探测名称，最大长度不能超过60个字节。 */
    NetDetectName: string;
    /** 探测目的IPv4地址数组，最多两个。 */
    DetectDestinationIp: string[];
    /** 系统自动分配的探测源IPv4数组。长度为2。 */
    DetectSourceIp: string[];
    /** 下一跳类型，目前我们支持的类型有：VPN：VPN网关；DIRECTCONNECT：专线网关；PEERCONNECTION：对等连接；NAT：NAT网关；NORMAL_CVM：普通云服务器； */
    NextHopType: string;
    /** 下一跳目的网关，取值与“下一跳类型”相关：下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；下一跳类型为NAT，取值Nat网关，形如：nat-12345678；下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12； */
    NextHopDestination: string;
    /** 下一跳网关名称。 */
    NextHopName: string | null;
    /** 网络探测描述。 */
    NetDetectDescription: string | null;
    /** 创建时间。 */
    CreateTime: string | null;
}
/** 本端IP转换ACL规则复杂类型 */
export interface LocalIpTranslationAclRuleNeedId {
    /** 协议 */
    Protocol: string;
    /** 源端口 */
    SourcePort: string;
    /** 目的IP */
    DestinationCidr: string;
    /** 目的端口 */
    DestinationPort: string;
    /** 0 或 1 */
    Action?: number | undefined;
    /** 规则ID */
    AclRuleId: number;
}
export interface Service {
    /** 经专线访问的vpcgwip */
    VpcGatewayIp: string;
    /** 切换vpcGwIp, 按vip所在子网的zone, 就近选择vpcGwIp所对应的vpcgwId */
    VipVpcGatewayId: string;
    /** Vport端口号 */
    VirtualPort: number;
    /** VIP集合id */
    VipSetId: number;
    /** 经cvm访问的vpcgw集群id */
    VpcGatewayId: string;
    /** Set id */
    SetId: number;
    /** bypass 标识 */
    BypassFlag: number;
    /** Vpc数字Id */
    VpcNumId: number;
    /** 当vpcgw集群类型为3 (按照RS可用区选择的vpcgw逻辑集群) 时, 用来返回rs的可用区 */
    VpcGatewayZoneId: number;
    /** IP Type */
    IpType: number;
    /** vpc id */
    VpcId: string;
    /** VIP信息 */
    Vip: string;
    /** 当vpcgw集群类型为3 (按照RS可用区选择的vpcgw逻辑集群) 时, 标记是否按照vpcid + vip粒度转发的集群Id (bVpcgwAttrFlag=1时返回集群Id否则返回0表示关闭按照集群Id转发 */
    RsZoneVpcGatewayId: number;
    /** 类型 */
    Type: number;
    /** 会话保持超时时间 */
    StickyTimeout: number;
    /** 当vpcgw集群类型为3 (按照RS可用区选择的vpcgw逻辑集群) 时, 标记是否按照vpcid + vip粒度的集群Id属性转发 */
    VpcGatewayAttrFlag: number;
    /** 业务类型标识 */
    Business: string;
    /** 远端VPCID */
    RemoteVpcId: number;
    /** 分组id */
    GroupId: number[];
    /** 会话保持表项最大值 */
    StickyMaxCount: number;
    /** 协议 */
    Protocol: string;
    /** RST报文标识 */
    ResetFlag: number;
    /** Health标识 */
    HealthFlag: number;
    /** hash 算法 */
    SubnetRouteAlgorithm: number;
    /** 路由信息集合 */
    RouteSet: ServiceRoute[];
    /** toa中是否携带client的母机ip标识 */
    ToaHostIpFlag: number;
    /** snat标识 */
    SnatFlag: number;
    /** 是否是lb规则 */
    LbType: number;
    /** 会话保持标识 */
    StickyFlag: number;
    /** 经classiclink访问该vip的vpcgw集群 */
    ClassicVpcGatewayId: string;
}
/** 流量描述。 */
export interface TrafficFlow {
    /** 实际流量，单位为 字节 */
    Value: number;
    /** 格式化后的流量，单位见参数 FormatUnit */
    FormatValue: number | null;
    /** 格式化后流量的单位 */
    FormatUnit: string | null;
}
/** 公网IP类型的流量镜像的单个非法接收端 */
export interface InvalidReceiverEndpoint {
    /** 非法接收端的非法原因 */
    Reason: string;
    /** 非法接收端的endpoint */
    Endpoint: string;
}
/** 账户属性对象 */
export interface AccountAttribute {
    /** 属性名 */
    AttributeName: string;
    /** 属性值 */
    AttributeValues: string[];
}
/** 冲突资源信息。 */
export interface ConflictSource {
    /** 冲突资源ID */
    ConflictSourceId: string;
    /** 冲突资源 */
    SourceItem: string;
    /** 冲突资源条目信息 */
    ConflictItemSet: ConflictItem[];
}
/** 本端IP转换复杂类型 */
export interface LocalIpTranslationNatRule {
    /** 原始IP */
    OriginalIp: string;
    /** 映射IP */
    TranslationIp: string;
    /** 描述 */
    Description: string | null;
}
export interface VpcOssRouteForUpdateRouteWeightInternal {
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.pip */
    PrivateIp?: string | undefined;
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.pport */
    ProtocolPort?: number | undefined;
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.weight */
    Weight?: number | undefined;
}
/** 终端节点服务对象。 */
export interface EndPointService {
    /** 终端节点服务ID */
    EndPointServiceId: string;
    /** VPCID。 */
    VpcId: string;
    /** APPID。 */
    ServiceOwner: string;
    /** 终端节点服务名称。 */
    ServiceName: string;
    /** 后端服务的VIP。 */
    ServiceVip: string;
    /** 后端服务的ID，比如lb-xxx。 */
    ServiceInstanceId: string;
    /** 是否自动接受。 */
    AutoAcceptFlag: boolean;
    /** 关联的终端节点个数。 */
    EndPointCount: number | null;
    /** 终端节点对象数组。 */
    EndPointSet: EndPoint[] | null;
    /** 创建时间。 */
    CreateTime: string;
    /** IP地址类型 */
    IpAddressType?: string | undefined;
}
/** 用于描述实例的统计信息 */
export interface InstanceStatistic {
    /** 实例的类型 */
    InstanceType: string;
    /** 实例的个数 */
    InstanceCount: number;
}
/** 用户安全组配额限制。 */
export interface SecurityGroupLimitSet {
    /** 每个项目每个地域可创建安全组数 */
    SecurityGroupLimit: number;
    /** 安全组下的最大规则数 */
    SecurityGroupPolicyLimit: number;
    /** 安全组下嵌套安全组规则数 */
    ReferredSecurityGroupLimit: number;
    /** 单安全组关联实例数 */
    SecurityGroupInstanceLimit: number;
    /** 实例关联安全组数 */
    InstanceSecurityGroupLimit: number;
    /** 安全组关联网卡配额 */
    SecurityGroupReferredCvmAndEniLimit: number;
    /** 安全组关联服务配额 */
    SecurityGroupReferredSvcLimit: number;
    /** 安全组扩展策略配额 */
    SecurityGroupExtendedPolicyLimit: number;
}
/** IP地址模板 */
export interface AddressTemplate {
    /** IP地址模板名称。 */
    AddressTemplateName: string;
    /** IP地址模板实例唯一ID。 */
    AddressTemplateId: string;
    /** IP地址信息。 */
    AddressSet: string[];
    /** 创建时间。 */
    CreatedTime?: string | undefined;
}
/** 网络探测目的IP的验证结果。 */
export interface NetDetectIpState {
    /** 探测目的IPv4地址。 */
    DetectDestinationIp: string;
    /** 探测结果。0：成功；-1：查询不到路由丢包；-2：外出ACL丢包；-3：IN ACL丢包；-4：其他错误； */
    State: number;
    /** 时延，单位毫秒 */
    Delay: number;
    /** 丢包率 */
    PacketLossRate: number;
}
/** 网络ACL规则集合 */
export interface NetworkAclEntrySet {
    /** 入站规则。 */
    Ingress?: NetworkAclEntry[] | undefined;
    /** 出站规则。 */
    Egress?: NetworkAclEntry[] | undefined;
}
/** 单项计费价格信息 */
export interface ItemPrice {
    /** 按量计费后付费单价，单位：元。 */
    UnitPrice?: number | undefined;
    /** 按量计费后付费计价单元，可取值范围：HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：实例按小时后付费（POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）；GB：表示计价单元是按每GB来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）。 */
    ChargeUnit?: string | undefined;
    /** 预付费商品的原价，单位：元。 */
    OriginalPrice?: number | undefined;
    /** 预付费商品的折扣价，单位：元。 */
    DiscountPrice?: number | undefined;
}
/** 可用区与三网运营商的映射关系 */
export interface SingleIspZone {
    /** 可用区 */
    Zone: string;
    /** 可用区ID */
    ZoneId: number;
    /** 三网运营商，包括"CMCC", "CTCC", "CUCC" */
    Singleisp: string[];
}
/** 过滤器键值对 */
export interface FilterObject {
    /** 属性名称, 若存在多个Filter时, Filter间的关系为逻辑与 (AND) 关系。 */
    Name: string;
    /** 属性值, 若同一个Filter存在多个Values, 同一Filter下Values间的关系为逻辑或 (OR) 关系。 */
    Values: string[];
}
export interface NetworkInterface {
    /** 弹性网卡状态： PENDING : 创建中 AVAILABLE : 可用的 ATTACHING : 绑定中 DETACHING : 解绑中 DELETING : 删除中 */
    State: string;
    /** 绑定的云服务器对象。 */
    Attachment?: NetworkInterfaceAttachment | null | undefined;
    /** 可用区。 */
    Zone?: string | undefined;
    /** 启用DirectSend标识。 */
    EnableDirectSend: boolean | null;
    /** 流日志列表。 */
    FlowLogsSet?: FlowLog[] | null | undefined;
    /** 子网实例ID。 */
    SubnetId: string;
    /** 是否是主网卡。 */
    Primary?: boolean | undefined;
    /** 绑定的安全组。 */
    GroupSet?: string[] | undefined;
    /** 地域。 */
    Region: string;
    /** 弹性网卡实例ID，例如：eni-f1xjkw1b。 */
    NetworkInterfaceId: string;
    /** 弹性网卡描述。 */
    NetworkInterfaceDescription?: string | undefined;
    /** 标签键值对。 */
    TagSet: Tag[];
    /** 网卡绑定的子机类型：cvm，eks。 */
    Business?: string | undefined;
    /** 弹性网卡类型：0:标准型/1:扩展型。默认值为0。 */
    AttachType?: number | undefined;
    /** 该网卡关联的中继网卡实例列表。 */
    SubNetworkInterfaces: string[] | null;
    /** 网卡所关联的CDC实例ID。 */
    CdcId?: string | undefined;
    /** 内网IP信息。 */
    PrivateIpAddressSet: PrivateIpAddressSpecification[];
    /** 弹性网卡名称。 */
    NetworkInterfaceName: string;
    /** 创建时间。 */
    CreatedTime?: string | undefined;
    /** 接口是否为同步模式。 */
    Synchronized: boolean | null;
    /** 是否为RDMA弹性网卡，true-是rdma弹性网卡，false-不是 */
    IsRdma: boolean | null;
    /** 用于保留网卡主IP的资源ID用于保留网卡主IP的资源ID。用于删除网卡时作为入参数。 */
    ResourceId: string | null;
    /** 网卡类型。0 - 弹性网卡；1 - evm弹性网卡。 */
    EniType?: number | undefined;
    /** 是否刷新子网卡Havip的开关。 */
    FlushSubEniHavipFlag: boolean | null;
    /** MAC地址。 */
    MacAddress: string;
    /** IPv6 地址列表。 */
    Ipv6AddressSet: Ipv6Address[];
    /** 服务质量级别： DEFAULT : 默认 PT : 云金 AU : 云银 AG : 云铜 */
    QosLevel?: string | undefined;
    /** VPC实例ID。 */
    VpcId: string;
}
/** 公网询价出参 */
export interface InternetPrice {
    /** 公网IP询价详细参数。 */
    AddressPrice?: InternetPriceDetail | undefined;
}
/** IP在线查询的字段信息 */
export interface IpField {
    /** 国家字段信息 */
    Country?: boolean | undefined;
    /** 省、州、郡一级行政区域字段信息 */
    Province?: boolean | undefined;
    /** 市一级行政区域字段信息 */
    City?: boolean | undefined;
    /** 市内区域字段信息 */
    Region?: boolean | undefined;
    /** 接入运营商字段信息 */
    Isp?: boolean | undefined;
    /** 骨干运营商字段信息 */
    AsName?: boolean | undefined;
    /** 骨干As号 */
    AsId?: boolean | undefined;
    /** 注释字段 */
    Comment: boolean;
}
/** 参数模板配额 */
export interface TemplateLimit {
    /** 参数模板IP地址成员配额。 */
    AddressTemplateMemberLimit: number;
    /** 参数模板IP地址组成员配额。 */
    AddressTemplateGroupMemberLimit: number;
    /** 参数模板协议端口成员配额。 */
    ServiceTemplateMemberLimit: number;
    /** 参数模板协议端口组成员配额。 */
    ServiceTemplateGroupMemberLimit: number;
}
/** 子网对象 */
export interface Subnet {
    /** 子网名称。 */
    SubnetName: string;
    /** 关联 ACL ID */
    NetworkAclId?: string | undefined;
    /** CDC实例ID。 */
    CdcId?: string | undefined;
    /** 地域。 */
    Region?: string | undefined;
    /** 运营商类型。'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联通 */
    ISPTYPE?: string | undefined;
    /** VPC 实例 ID。 */
    VpcId: string;
    /** 子网实例 ID，例如：subnet-bthucmmy。 */
    SubnetId: string;
    /** 是否是CDC所属子网。0:否 1:是 */
    IsCdcSubnet?: number | undefined;
    /** 子网的 IPv4 CIDR。 */
    CidrBlock: string;
    /** 是否默认子网。 */
    IsDefault: boolean;
    /** 可用区。 */
    Zone: string;
    /** 可用 IPv4 数。 */
    AvailableIpAddressCount: number;
    /** 是否为 SNAT 地址池子网。 */
    IsRemoteVpcSnat?: boolean | undefined;
    /** 标签键值对。 */
    TagSet: Tag[];
    /** 是否是共享资源 */
    IsShare?: boolean | null | undefined;
    /** 是否开启广播。 */
    EnableBroadcast: boolean;
    /** 路由表实例ID，例如：rtb-l2h8d7c2。 */
    RouteTableId?: string | undefined;
    /** 创建时间。 */
    CreateTime?: string | undefined;
    /** 子网的 IPv6 CIDR。 */
    Ipv6CidrBlock?: string | undefined;
    /** 子网类型。 */
    Type?: number | undefined;
    /** 子网 IPv4 总数。 */
    TotalIpAddressCount: number;
    /** Vm数量。 */
    VmNum?: number | null | undefined;
    /** 可用区ID。 */
    ZoneId?: number | null | undefined;
    /** 裸金属数量 */
    BmsNum?: number | undefined;
    /** 是否为本地域 */
    LocalZone?: boolean | undefined;
}
/** 可用区属性 */
export interface AvailableZone {
    /** 可用区ID，如：ap-guangzhou-2。 */
    Zone: string;
    /** 可用区数字ID。 */
    ZoneId: number;
    /** 可用区名称，如：广州二区。 */
    Name: string;
    /** 可用网络产品列表。 */
    Products: string[];
    /** 白名单 key 列表。 */
    WhiteListKey: string[];
}
/** VPC下的网关信息 */
export interface VpcGateway {
    /** 子网实例ID。 */
    SubnetId: string;
    /** 内网IP地址。 */
    Pip: string;
    /** 公网IP地址。 */
    WanIp: string;
}
/** 新的路由名称 */
export interface NewRouteSet {
    /** 路由Id */
    RouteId?: string | undefined;
    /** 目的网段 */
    DestinationCidrBlock?: string | undefined;
    /** 网关类型 */
    GatewayType?: string | undefined;
    /** 网关Id */
    GatewayId?: string | undefined;
    /** 路由描述 */
    RouteDescription?: string | undefined;
}
/** Edge设备的Wlan */
export interface EdgeWlan {
    /** wifi状态, 开启：ON，关闭：OFF。 */
    WifiState: string;
    /** 国家码。 */
    CountryCode: string;
    /** ssid。 */
    SSID: string;
    /** SSID广播是否开启, 开启：ON，关闭：OFF。 */
    SSIDBroadcast: string;
    /** 加密模式。不加密：OPEN，WAP-PSK，WAP-PSK2。 */
    AuthType: string;
    /** 频段，2.4G，5G。 */
    Channel: string;
    /** 密码。 */
    AuthPasswd: string;
    /** 逻辑口id。 */
    VportId: string;
}
/** vpc扩展的CIDR */
export interface VpcExtendCidr {
    /** vpcId */
    VpcId: string;
    /** CIDR */
    CidrBlock: string;
    /** 创建时间 */
    CreateTime: string;
}
export interface VpcOssNewService {
    /** 原VPC OSS APIv2名称: AddService.stickyMaxCount */
    StickyMaxCount?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.bypassFlag */
    BypassFlag?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.routeGroupId */
    RouteGroupId?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.groupId */
    GroupId?: number | null | undefined;
    /** 原VPC OSS APIv2名称: AddService.bCdc */
    CdcFlag?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.vport */
    VirtualPort?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.uniqClassicVpcgwId */
    UniqueClassicVpcGatewayId?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.sip */
    Sip?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.uniqVpcgwId */
    UniqueVpcGatewayId?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.vpcGwIp */
    VpcGatewayIp?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.lbType */
    LbType?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.uniqCdcId */
    UniqueCdcId?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.uniqVpcGwIpVpcgwId */
    VipVpcGatewayId?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.vpcGwType */
    VpcGatewayType?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.bVpcgwAttrFlag */
    VpcGatewayAttrFlag?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.noSnatFlag */
    NoSnatFlag?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.business */
    Business?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.route */
    RouteSet?: VpcOssRouteForDeleteRouteInternal[] | undefined;
    /** 对外唯一VpcId */
    UniqueVpcId?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.subnetRouteAlgorithm */
    SubnetRouteAlgorithm?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.stickyFlag */
    StickyFlag?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.rstFlag */
    ResetFlag?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.vip */
    Vip?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.vpcgwZoneId */
    VpcGatewayZoneId?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.stickyTimeout */
    StickyTimeout?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.uniqRouteGroupId */
    UniqueRouteGroupId?: string | undefined;
    /** 整数vpcId */
    VpcId?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.type */
    Type?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.proto */
    Protocol?: string | undefined;
    /** 原VPC OSS APIv2名称: AddService.remoteVpcId */
    RemoteVpcId?: number | undefined;
    /** 原VPC OSS APIv2名称: AddService.routeGroupFlag */
    RouteGroupFlag?: number | undefined;
}
/** IP地址库信息 */
export interface AddressLibInfo {
    /** 国家信息 */
    Country: string;
    /** 省、州、郡一级行政区域信息 */
    Province: string;
    /** 市一级行政区域信息 */
    City: string;
    /** 市内区域信息 */
    Region: string;
    /** 接入运营商信息 */
    Isp: string;
    /** 查询IP地址 */
    AddressIp: string;
    /** 骨干运营商信息 */
    AsName: string;
    /** 运营商As号 */
    AsId: string;
    /** 注释信息。目前的填充值为移动接入用户的APN值，如无APN属性则为空 */
    Comment: string;
    /** 同Isp，废弃 */
    InternetServiceProvider: string;
}
/** VPN网关配额对象 */
export interface VpnGatewayQuota {
    /** 带宽配额 */
    Bandwidth: number;
    /** 配额中文名称 */
    Cname: string;
    /** 配额英文名称 */
    Name: string;
}
/** 对端网关厂商信息对象。 */
export interface CustomerGatewayVendor {
    /** 平台。 */
    Platform: string;
    /** 软件版本。 */
    SoftwareVersion: string;
    /** 供应商名称。 */
    VendorName: string;
}
/** HaVip绑定子网卡信息 */
export interface HaVipSet {
    /** VPC实例ID。 */
    VpcId: string;
    /** 虚拟IP地址。 */
    Vip: string;
    /** 网卡接口名称。 */
    IfnName?: string | undefined;
    /** 网卡MAC地址。 */
    MacAddress?: string | undefined;
}
/** 调整带宽询价结果。 */
export interface AddressPrice {
    /** 计费单位 */
    ChargeUnit?: string | undefined;
    /** 单价 */
    UnitPrice?: number | undefined;
    /** 折扣价格 */
    DiscountPrice?: number | undefined;
}
/** 公网IP类型的流量镜像的详细信息 */
export interface LbTrafficMirrorSet {
    /** 采集端IP列表 */
    CollectorIps: string[];
    /** 接收端endpoint列表 */
    ReceiverEndpoints: string[];
    /** 采集端最大IP个数 */
    CollectorQuota: number;
    /** 接收端最大endpoint个数 */
    ReceiverQuota: number;
    /** 流量镜像的uniq id */
    LbTrafficMirrorId: string;
    /** 当前流量镜像从属的VpcId */
    VpcId: string;
    /** 当前流量镜像接收端所在的子网ID */
    SubnetId: string | null;
}
/** 共享流量包资源抵扣量 */
export interface TrafficPackageResourceDeduction {
    /** 抵扣资源唯一ID */
    ResourceId: string;
    /** 抵扣量 */
    Deduction: TrafficFlow;
}
export interface VpcOssRouteForDeleteRouteInternal {
    /** 原VPC OSS APIv2名称: DelRoute.hostIp */
    HostIp?: string | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.pip */
    PrivateIp?: string | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.pport */
    ProtocolPort?: number | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.weight */
    Weight?: number | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.zoneId */
    ZoneId?: number | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.udpOption */
    UdpOption?: number | undefined;
}
/** 公网IP询价出参 */
export interface InternetPriceDetail {
    /** 付费单价，单位：元。 */
    UnitPrice?: number | undefined;
    /** 打折后单价，单位：元。 */
    DiscountPrice?: number | undefined;
    /** 计价单元，可取值范围： HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）； MONTH：表示计价单元是按每月来计算。当前涉及该计价单元的场景有：带宽按月后付费（BANDWIDTH_POSTPAID_BY_MONTH）、带宽按月预付费（BANDWIDTH_PREPAID_BY_MONTH）、带宽包计费（BANDWIDTH_PACKAGE）。 */
    ChargeUnit?: string | undefined;
}
/** 本端源IP端口转换ACL映射规则 */
export interface LocalSourceIpPortTranslationAclRuleNeedId {
    /** 协议 */
    Protocol: string;
    /** 源地址 */
    SourceCidr: string;
    /** 源端口 */
    SourcePort: string;
    /** 目的地址 */
    DestinationCidr: string;
    /** 目的端口 */
    DestinationPort: string;
    /** 动作，0允许，1拒绝 */
    Action?: number | undefined;
    /** ACL规则ID */
    AclRuleId: number;
}
/** 路由表对象 */
export interface RouteTable {
    /** VPC实例ID。 */
    VpcId: string;
    /** 路由表实例ID，例如：rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 路由表名称。 */
    RouteTableName: string;
    /** 路由表关联关系。 */
    AssociationSet: RouteTableAssociation[];
    /** 路由表策略集合。 */
    RouteSet: Route[];
    /** 是否默认路由表。 */
    Main: boolean;
    /** 创建时间。 */
    CreateTime?: string | undefined;
    /** 标签键值对。 */
    TagSet?: Tag[] | undefined;
    /** 子网数 */
    SubnetNum?: number | null | undefined;
}
/** SSLVpnClient */
export interface SSLVpnClient {
    /** vpcid */
    VpcId: string;
    /** VpnSslServerId */
    VpnSslServerId: string;
    /** 证书状态 */
    CertStatus: number;
    /** VpnSslClientId */
    VpnSslClientId: string;
    /** 证书创建时间 */
    CertBeginTime: string;
    /** 证书到期时间 */
    CertEndTime: string;
    /** client 创建状态 */
    State: number;
}
/** 弹性公网IP基础信息 */
export interface AddressBase {
    /** 运营商信息，包括移动，联通，电信，腾讯CAP */
    InternetServiceProvider: string;
    /** 弹性公网IP集群名称 */
    SetName: string;
    /** 弹性公网IP集群唯一Id */
    SetId: number;
    /** 弹性公网IP地址 */
    AddressIp: string;
    /** 弹性公网IP是否支持DPDK */
    IsDpdk: boolean;
    /** 弹性公网IP是否可用 */
    Status: string;
}
/** 云联网配额 */
export interface CcnLimit {
    /** 云联网配额类型 */
    Type: string;
    /** 云联网配额数值 */
    Value: number;
}
/** 本端IP转换ACL规则复杂类型 */
export interface LocalIpTranslationAclRule {
    /** 协议 */
    Protocol: string;
    /** 源端口 */
    SourcePort: string;
    /** 目的IP */
    DestinationCidr: string;
    /** 目的端口 */
    DestinationPort: string;
    /** 0 或 1 */
    Action?: number | undefined;
}
/** 用于描述弹性公网IP的费用对象 */
export interface AddressChargePrepaid {
    /** 购买实例的时长 */
    Period: number;
    /** 自动续费标志 */
    RenewFlag?: string | undefined;
}
/** 云联网 (CCN) 地域出带宽上限 */
export interface BandwidthLimitForCcnAlarmOnly {
    /** 地域，例如：ap-guangzhou。 */
    Region: string;
    /** 出带宽上限，单位：Mbps。 */
    BandwidthLimit: number;
    /** 整型ID。 */
    VbcId: number;
    /** 实例ID。 */
    CcnId: string;
}
/** 对等连接实例信息。 */
export interface PeerConnection {
    /** 本端VPC唯一ID。 */
    VpcId: string;
    /** 本端VPC名称。 */
    VpcName: string;
    /** 本端VPC的IPv4CIDR。 */
    VpcCidrBlock: string;
    /** 对端VPC唯一ID。 */
    PeerVpcId: string;
    /** 对端VPC名称。 */
    PeerVpcName: string;
    /** 对端VPC的IPv4CIDR。 */
    PeerVpcCidrBlock: string;
    /** 对等连接唯一ID。 */
    PeeringConnectionId: string;
    /** 对等连接名称。 */
    PeeringConnectionName: string;
    /** 对等连接状态，PENDING，投放中；ACTIVE，使用中；REJECTED，已拒绝；DELETED，已删除；FAILED，失败。 */
    State: string;
    /** 0：基础网络互通；1：vpc间互通；2：vpc与黑石网络互通； */
    Type: number;
    /** 0:是NewAfc；1:不是。 */
    IsNgw: number;
    /** 对等连接带宽值。 */
    Bandwidth: number;
    /** 本端地域。 */
    SrcRegion: string;
    /** 对端地域。 */
    DstRegion: string;
    /** 创建时间。 */
    CreateTime: string;
    /** 本端APPID。 */
    AppId: number;
    /** 对端APPID。 */
    PeerAppId: number;
    /** UIN。 */
    Uin: number;
    /** Tag信息 */
    TagSet?: Tag[] | null | undefined;
    /** 对端uin */
    PeerUin?: number | undefined;
    /** 最近变更类型 */
    ChargeType?: string | undefined;
}
/** 安全组策略检测结果集合 */
export interface SecurityGroupPolicyCheckInfoSet {
    /** 安全组策略检测结果集合 */
    SecurityGroupPolicyCheckInfoSet: SecurityGroupPolicyCheckInfo[];
}
/** 流量镜像采集目标类型 */
export interface TrafficMirrorTarget {
    /** 流量镜像的接收IP */
    TargetIps: string[];
    /** 流量镜像接收IP组，均衡规则，支持ENI/FIVE_TUPLE_FLOW */
    AlgHash: string;
}
/** 描述实例更换公网IP地址的配额信息 */
export interface AddressChangeQuota {
    /** 配额名称，取值：INSTANCE_ADDRESS_CHANGE */
    QuotaId: string;
    /** 实例ID */
    InstanceId: string;
    /** 剩余配额 */
    QuotaCurrent: number;
    /** 配额上限 */
    QuotaLimit: number;
}
/** 网关流量监控明细 */
export interface GatewayFlowMonitorDetail {
    /** 来源 IP。 */
    PrivateIpAddress: string;
    /** 入包量。 */
    InPkg: number;
    /** 出包量。 */
    OutPkg: number;
    /** 入带宽, 单位: Byte。 */
    InTraffic: number;
    /** 出带宽, 单位: Byte。 */
    OutTraffic: number;
}
export interface Tag {
    /** 标签键 */
    Key: string | null;
    /** 标签值 */
    Value: string | null;
}
/** Edge设备防火墙对象 */
export interface Firewall {
    /** 防火墙唯一ID */
    FirewallId: string;
    /** 防火墙名称 */
    FirewallName: string;
    /** 防火墙描述信息 */
    FirewallDescription: string;
    /** 防火墙类型 */
    FirewallType: string;
    /** 防火墙关联的Edge设备数量 */
    FirewallAttachedCount: number;
}
/** Edge设备。 */
export interface Edge {
    /** Edge设备Id。 */
    EdgeId: string;
    /** Edge设备名称。 */
    EdgeName: string;
    /** Edge设备的状态。 TO_BE_DELIVERED 待发货 DELIVERING 发货中 DELIVERY_FAILED 发货失败 TRANSMITTING 物流中 TRANSMIT_FAILED 物流失败 UNACTIVATED 待激活 RUNNING 运行中 OFFLINE 离线 UPDATING 升级中 ROLLBACKING 回滚中 ISOLATE 到期隔离 */
    EdgeState: string;
    /** Edge设备型号或者规格。 */
    EdgeModel: string;
    /** SN码 */
    SN: string;
    /** Edge的带宽。 */
    EdgeBandwidthSet: EdgeBandwidth[];
    /** Edge的防火墙。 */
    EdgeFirewallSet: Firewall[];
    /** Edge设备的Wan口。 */
    EdgeWanPortSet: EdgeWanPort[];
    /** Edge设备的Lan口。 */
    EdgeLanPortSet: EdgeLanPort[];
    /** Edge设备的Wlan口。 */
    EdgeWlanSet: EdgeWlan[];
    /** Edge备注信息。 */
    EdgeDescription: string;
}
/** 设备的Wan接口 */
export interface EdgeWanPort {
    /** WAN接口。 */
    PortInterface: string;
    /** WAN接口名称。 */
    PortName: string;
    /** 接口状态。 */
    PortState: string;
    /** MTU值。 */
    MTU: number;
    /** Wan接口的逻辑接口。 */
    EdgeWanVportSet: EdgeWanVport[];
    /** WAN接口类型。 */
    Type: string;
    /** 是否为主链路。 */
    Primary: boolean;
}
/** 云主机实例信息。 */
export interface CvmInstance {
    /** VPC实例ID。 */
    VpcId: string;
    /** 子网实例ID。 */
    SubnetId: string;
    /** 云主机实例ID */
    InstanceId: string;
    /** 云主机名称。 */
    InstanceName: string;
    /** 云主机状态。 */
    InstanceState: string;
    /** 实例的CPU核数，单位：核。 */
    CPU: number;
    /** 实例内存容量，单位：GB。 */
    Memory: number;
    /** 创建时间。 */
    CreatedTime: string;
    /** 实例机型。 */
    InstanceType: string;
    /** 实例弹性网卡配额（包含主网卡）。 */
    EniLimit: number;
    /** 实例弹性网卡内网IP配额 (包含主网卡)。 */
    EniIpLimit: number;
    /** 实例已绑定弹性网卡的个数 (包含主网卡)。 */
    InstanceEniCount: number;
}
/** 扩展cidr。 */
export interface ExtendCidr {
    /** 扩展cidr。 */
    ExtendCidrBlock: string;
}
/** 子网数字ID */
export interface SubnetNum {
    /** VPC实例ID。 */
    VpcId: string;
    /** VPC实例数字ID。 */
    VpcNumId: number;
    /** 子网实例ID。 */
    SubnetId: string;
    /** 子网实例数字ID。 */
    SubnetNumId: number;
}
/** 流量镜像实例 */
export interface TrafficMirror {
    /** VPC实例ID */
    VpcId: string;
    /** 流量镜像实例 */
    TrafficMirrorId: string;
    /** TrafficMirrorName */
    TrafficMirrorName: string;
    /** 流量镜像描述 */
    TrafficMirrorDescribe: string;
    /** 流量镜像状态 */
    State: string;
    /** 流量镜像采集方向 */
    Direction: string;
    /** 流量镜像采集对象 */
    CollectorSrcs: string[];
    /** 流量镜像过滤的nat网关实例ID */
    NatId: string;
    /** 流量镜像过滤的五元组规则 */
    CollectorNormalFilters: TrafficMirrorFilter[];
    /** 流量镜像接收目标 */
    CollectorTarget: TrafficMirrorTarget;
    /** 流量镜像创建时间 */
    CreateTime: string;
}
export interface AssistantCidr {
    /** 辅助CIDR类型（0：普通辅助CIDR，1：容器辅助CIDR），默认都是0。 */
    AssistantType: number;
    /** 辅助CIDR拆分的子网。 */
    SubnetSet: Subnet[] | null;
    /** 地域信息 */
    Region: string | null;
    /** VPC实例ID。形如：vpc-6v2ht8q5 */
    VpcId: string;
    /** 辅助CIDR。形如：172.16.0.0/16 */
    CidrBlock: string;
}
/** 私有网络和基础网络互通设备 */
export interface ClassicLinkInstance {
    /** VPC实例ID */
    VpcId: string;
    /** 云服务器实例唯一ID */
    InstanceId: string;
}
/** 路由表关联关系 */
export interface RouteTableAssociation {
    /** 子网实例ID。 */
    SubnetId: string;
    /** 路由表实例ID。 */
    RouteTableId: string;
}
/** vpc数字ID */
export interface VpcNum {
    /** VPC实例ID。 */
    VpcId: string;
    /** VPC实例数字ID。 */
    VpcNumId: number;
}
/** 防火墙规则 */
export interface Rule {
    /** 防火墙规则优先级 */
    Priority?: number | null | undefined;
    /** 协议 */
    Protocol?: string | null | undefined;
    /** 源地址网段 */
    SourceCidr?: string | null | undefined;
    /** 源端口范围 */
    SourcePort?: string | null | undefined;
    /** 目的地址网段 */
    DestCidr?: string | null | undefined;
    /** 目的端口范围 */
    DestPort: string | null;
    /** 策略 */
    Action?: string | null | undefined;
    /** 规则描述 */
    Description?: string | null | undefined;
}
/** 查询VPC全局扩展cidr段 */
export interface VpcGlobalExtendCidr {
    /** subnet值 */
    Subnet: string;
    /** 子网掩码 */
    Mask: string;
    /** 整型子网掩码 */
    IntMask: number;
    /** 创建时间 */
    CreateTime: string;
}
/** ssl-vpn-client-client-config 配置 */
export interface SslVpnClientConfig {
    /** 客户端配置 */
    SSLVpnClientConfiguration: string | null;
    /** 根证书 */
    SSLVpnRootCert: string | null;
    /** 客户端密钥 */
    SSLVpnKey: string | null;
    /** 客户端证书 */
    SSLVpnCert: string | null;
}
/** SecurityPolicyDatabase策略 */
export interface SecurityPolicyDatabase {
    /** 本端网段 */
    LocalCidrBlock: string;
    /** 对端网段 */
    RemoteCidrBlock: string[];
}
/** 数据库实例详细信息。 */
export interface DBInstances {
    /** 实例ID形如：crs-1newjxcb。 */
    InstanceId: string;
    /** 实例IP形如：172.16.32.18。 */
    InstanceIp: string;
    /** 实例名称。 */
    InstanceName: string;
    /** VPC唯一ID形如：vpc-q9iejf9r。 */
    VpcId: string;
}
export interface VpcOssRoute {
    /** 原VPC OSS APIv2名称: GetServiceByRs.weight */
    Weight: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.privatePort */
    PrivatePort: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.zoneId */
    ZoneId: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.udpOption */
    UdpOption: number;
    /** 原VPC OSS APIv2名称: GetServiceByRs.hostIp */
    HostIp: string;
    /** 原VPC OSS APIv2名称: GetServiceByRs.pip */
    PrivateIp: string;
}
/** VPC内网IP对象。 */
export interface VpcPrivateIpAddress {
    /** VPC 内网 IP 。 */
    PrivateIpAddress: string;
    /** 所属子网 CIDR 。 */
    CidrBlock: string;
    /** 内网 IP 类型。 */
    PrivateIpAddressType: string;
    /** IP 申请时间。 */
    CreateTime: string;
}
/** 描述配额信息 */
export interface Quota {
    /** 配额名称，取值范围： TOTAL_EIP_QUOTA : 用户当前地域下EIP的配额数； DAILY_EIP_APPLY : 用户当前地域下今日申购次数； DAILY_PUBLIC_IP_ASSIGN : 用户当前地域下，重新分配公网 IP次数。 */
    QuotaId?: string | undefined;
    /** 当前数量 */
    QuotaCurrent?: number | undefined;
    /** 配额数量 */
    QuotaLimit?: number | undefined;
    /** 配额生效的地域。 */
    QuotaGroup?: string | undefined;
}
/** NAT网关的端口转发规则 */
export interface DestinationIpPortTranslationNatRule {
    /** 网络协议，可选值：TCP、UDP。 */
    IpProtocol: string;
    /** 弹性IP。 */
    PublicIpAddress: string;
    /** 公网端口。 */
    PublicPort: number;
    /** 内网地址。 */
    PrivateIpAddress: string;
    /** 内网端口。 */
    PrivatePort: number;
    /** NAT网关转发规则描述。 */
    Description: string;
}
/** 旧路由集合 */
export interface OldRouteSet {
    /** 路由Id */
    RouteId?: string | undefined;
    /** 目的网段 */
    DestinationCidrBlock?: string | undefined;
    /** 网关类型 */
    GatewayType?: string | undefined;
    /** 网关Id */
    GatewayId?: string | undefined;
    /** 路由描述 */
    RouteDescription?: string | undefined;
}
/** 调整带宽询价结果。 */
export interface ModifyBandwidthPrice {
    /** 调整带宽询价结果。 */
    AddressPrice?: AddressPrice | undefined;
}
/** 云联网 (CCN) 对象 */
export interface CCN {
    /** 云联网唯一ID */
    CcnId: string;
    /** 云联网名称 */
    CcnName: string;
    /** 云联网描述信息 */
    CcnDescription: string;
    /** 关联实例数量 */
    InstanceCount: number;
    /** 创建时间 */
    CreateTime: string;
    /** 实例状态，'ISOLATED': 隔离中 (欠费停服)，'AVAILABLE': 运行中。 */
    State: string;
    /** 实例服务质量, 'PT': 白金, 'AU': 金, 'AG': 银。 */
    QosLevel: string;
    /** 付费类型, PREPAID为预付费, POSTPAID为后付费。 */
    InstanceChargeType: string | null;
    /** 限速类型, INTER_REGION_LIMIT为地域间限速; OUTER_REGION_LIMIT为地域出口限速。 */
    BandwidthLimitType: string | null;
    /** 标签键值对。 */
    TagSet: Tag[];
}
/** 网关流控带宽信息 */
export interface GatewayQos {
    /** VPC实例ID。 */
    VpcId: string;
    /** 云服务器内网IP。 */
    IpAddress: string;
    /** 流控带宽值。 */
    Bandwidth: number;
    /** 创建时间。 */
    CreateTime: string;
}
/** 安全组规则集合 */
export interface SecurityGroupPolicySet {
    /** 安全组规则当前版本。用户每次更新安全规则版本会自动加1, 防止更新的路由规则已过期, 不填不考虑冲突。 */
    Version?: string | undefined;
    /** 出站规则。 */
    Egress?: SecurityGroupPolicy[] | undefined;
    /** 入站规则。 */
    Ingress?: SecurityGroupPolicy[] | undefined;
}
/** 异步任务返回结果信息 */
export interface Message {
    /** 错误编码 */
    Code: number;
    /** 错误提示信息 */
    Error: string;
}
/** 本端IP转换ACL规则ID复杂类型 */
export interface AclRuleId {
    /** 规则ID */
    RuleId: number;
}
/** 云联网 (CCN) 地域出带宽上限 */
export interface CcnRegionBandwidthLimit {
    /** 地域，例如：ap-guangzhou */
    Region: string;
    /** 出带宽上限，单位：Mbps */
    BandwidthLimit: number;
    /** 是否黑石地域，默认 false。 */
    IsBm?: boolean | undefined;
    /** 目的地域，例如：ap-shanghai */
    DstRegion?: string | null | undefined;
    /** 目的地域是否为黑石地域，默认 false。 */
    DstIsBm?: boolean | undefined;
}
export interface ISPIpv6CidrBlock {
    /** IPv6 Cidr 的类型，GUA，OTHER，ULA */
    AddressType?: string | null | undefined;
    /** IPv6 Cidr Block */
    IPv6CidrBlock: string;
    /** 网络运营商类型 取值范围:'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联通 */
    ISPType: string;
}
/** NAT网关对象。 */
export interface NatGateway {
    /** NAT网关的ID。 */
    NatGatewayId: string;
    /** NAT网关的名称。 */
    NatGatewayName: string;
    /** NAT网关创建的时间。 */
    CreatedTime: string;
    /** NAT网关的状态。'PENDING': 生产中, 'DELETING': 删除中, 'AVAILABLE': 运行中, 'UPDATING': 升级中, 'FAILED': 失败。 */
    State: string;
    /** 网关最大外网出带宽(单位:Mbps)。 */
    InternetMaxBandwidthOut: number;
    /** 网关并发连接上限。 */
    MaxConcurrentConnection: number;
    /** 绑定NAT网关的公网IP对象数组。 */
    PublicIpAddressSet: NatGatewayAddress[];
    /** NAT网关网络状态。“AVAILABLE”:运行中, “UNAVAILABLE”:不可用, “INSUFFICIENT”:欠费停服。 */
    NetworkState: string;
    /** NAT网关的端口转发规则。 */
    DestinationIpPortTranslationNatRuleSet: DestinationIpPortTranslationNatRule[];
    /** VPC实例ID。 */
    VpcId: string;
    /** NAT网关所在的可用区。 */
    Zone: string;
    /** 底层网关类型，取值为：NORMAL、HYPER。 */
    GatewayType?: string | null | undefined;
    /** 标签键值对。 */
    TagSet: Tag[];
    /** NAT网关的SNAT规则。 */
    SourceIpTranslationNatRuleSet?: SourceIpTranslationNatRule[] | undefined;
}
/** 安全组对象 */
export interface SecurityGroup {
    /** 项目id，默认0。可在qcloud控制台项目管理页面查询到。 */
    ProjectId?: string | undefined;
    /** 安全组实例ID，例如：sg-ohuuioma。 */
    SecurityGroupId: string;
    /** 安全组名称，可任意命名，但不得超过60个字符。 */
    SecurityGroupName: string;
    /** 安全组备注，最多100个字符。 */
    SecurityGroupDesc: string;
    /** 是否是默认安全组，默认安全组不支持删除。 */
    IsDefault?: boolean | undefined;
    /** 安全组创建时间。 */
    CreatedTime?: string | undefined;
    /** 标签键值对。 */
    TagSet?: Tag[] | undefined;
}
/** 描述 HAVIP 信息 */
export interface HaVip {
    /** HAVIP 的 ID，是 HAVIP 的唯一标识。 */
    HaVipId: string;
    /** HAVIP 名称。 */
    HaVipName: string;
    /** 虚拟IP地址。 */
    Vip: string;
    /** HAVIP 所在私有网络 ID。 */
    VpcId: string;
    /** HAVIP 所在子网 ID。 */
    SubnetId: string;
    /** HAVIP 关联弹性网卡 ID。 */
    NetworkInterfaceId: string;
    /** 被绑定的实例 ID。 */
    InstanceId: string;
    /** 绑定 EIP。 */
    AddressIp: string;
    /** 状态： AVAILABLE : 运行中 UNBIND : 未绑定 */
    State: string;
    /** 创建时间。 */
    CreatedTime: string;
    /** 使用havip的业务标识。 */
    Business?: string | undefined;
}
/** 删除高速上云入参 */
export interface DeleteCasInput {
    /** 高速上云实例ID */
    InstanceId: string;
}
/** NAT网关绑定的弹性IP */
export interface NatGatewayAddress {
    /** 弹性公网IP (EIP) 的唯一 ID，形如：eip-11112222。 */
    AddressId?: string | undefined;
    /** 外网IP地址，形如：123.121.34.33。 */
    PublicIpAddress?: string | undefined;
    /** 资源封堵状态。true表示弹性ip处于封堵状态，false表示弹性ip处于未封堵状态。 */
    IsBlocked?: boolean | undefined;
}
export interface PrivateIpAddressSpecification {
    /** 公网IP是否被封堵。 */
    IsWanIpBlocked?: boolean | undefined;
    /** IP状态：PENDING：生产中MIGRATING：迁移中DELETING：删除中AVAILABLE：可用的 */
    State?: string | undefined;
    /** 保留IP指定绑定的资源ID。 */
    ResourceId?: string | undefined;
    /** 已废弃字段 */
    PrivateIpState?: string | undefined;
    /** 内网IP地址。 */
    PrivateIpAddress: string;
    /** 是否是主IP。 */
    Primary?: boolean | undefined;
    /** 公网IP地址。 */
    PublicIpAddress?: string | undefined;
    /** EIP实例ID，例如：eip-11112222。 */
    AddressId?: string | undefined;
    /** 内网IP描述信息。 */
    Description?: string | undefined;
    /** IP服务质量等级，可选值：PT、AU、AG、DEFAULT，分别代表云金、云银、云铜、默认四个等级。 */
    QoSLevel?: string | undefined;
}
/** VPN网关云联网络路由信息 */
export interface VpngwCcnRoutes {
    /** 路由信息ID */
    RouteId: string;
    /** 路由信息是否启用ENABLE：启用该路由DISABLE：不启用该路由 */
    Status?: string | undefined;
}
/** IP地址模板集合 */
export interface AddressTemplateGroup {
    /** IP地址模板集合名称。 */
    AddressTemplateGroupName: string;
    /** IP地址模板集合实例ID，例如：ipmg-dih8xdbq。 */
    AddressTemplateGroupId: string;
    /** IP地址模板ID。 */
    AddressTemplateIdSet: string[];
    /** 创建时间。 */
    CreateTime?: string | undefined;
    /** IP地址模板实例。 */
    AddressTemplateSet: AddressTemplateItem[];
}
/** 非标网段类型 */
export interface CidrDetailSet {
    /** 非标网段地址 */
    AddrSegment?: string | undefined;
    /** 网络类型 */
    AddressType?: string | undefined;
    /** 创建时间 */
    CreateTime?: string | undefined;
    /** 是否是保留地址 */
    IsReserved?: number | undefined;
    /** 地址类型 */
    Ver?: string | undefined;
}
/** ALG协议类型 */
export interface AlgType {
    /** Ftp协议Alg功能是否开启 */
    Ftp: boolean;
    /** Sip协议Alg功能是否开启 */
    Sip: boolean;
}
/** EIP运营商信息 */
export interface EIPispInfo {
    /** 运营商类型CTCCUCCCMCCBGP */
    Type: string;
    /** 运营商名称 */
    Name: string;
    /** 运营商ID。 */
    Id?: number | undefined;
    /** IPv4运营商状态。 */
    IspStatus?: number | undefined;
    /** IPv6运营商状态。 */
    IspStatusIPv6?: number | undefined;
    /** 是否IPv4默认运营商。 */
    DefaultIsp?: number | undefined;
}
/** Edge设备的Vport对象 */
export interface EdgeVport {
    /** Edge设备lan物理口的逻辑端口。 */
    EdgeLanVportInfo: EdgeLanVport | null;
    /** Edge设备wan物理口的逻辑端口。 */
    EdgeWanVportInfo: EdgeWanVport | null;
}
/** IPSec配置，腾讯云提供IPSec安全会话设置 */
export interface IPSECOptionsSpecification {
    /** 加密算法，可选值：'3DES-CBC', 'AES-CBC-128', 'AES-CBC-192', 'AES-CBC-256', 'DES-CBC', 'NULL'，默认为AES-CBC-128 */
    EncryptAlgorithm?: string | undefined;
    /** 认证算法：可选值：'MD5', 'SHA1'，默认为 */
    IntegrityAlgorithm?: string | undefined;
    /** IPsec SA lifetime(s)：单位秒，取值范围：180-604800 */
    IPSECSaLifetimeSeconds?: number | undefined;
    /** PFS：可选值：'NULL', 'DH-GROUP1', 'DH-GROUP2', 'DH-GROUP5', 'DH-GROUP14', 'DH-GROUP24'，默认为NULL */
    PfsDhGroup?: string | undefined;
    /** IPsec SA lifetime(KB)：单位KB，取值范围：2560-604800 */
    IPSECSaLifetimeTraffic?: number | undefined;
}
/** SSLVpnServer */
export interface SSLVpnServer {
    /** VpcId */
    VpcId: string;
    /** VpnSslServerId */
    VpnSslServerId: string;
    /** VpnGatewayId */
    VpnGatewayId: string;
    /** SSLVpnServerName */
    SSLVpnServerName: string;
    /** 本段地址 */
    LocalAddress: string;
    /** 对端地址 */
    RemoteAddress: string;
    /** 连接数 */
    MaxConnection: number[];
    /** 公网ip */
    WanIp: string;
    /** server 创建状态 */
    State: number;
}
/** 网络探测验证结果。 */
export interface NetDetectState {
    /** 网络探测实例ID。形如：netd-12345678。 */
    NetDetectId: string;
    /** 网络探测目的IP验证结果对象数组。 */
    NetDetectIpStateSet: NetDetectIpState[];
}
/** 路由策略对象 */
export interface Route {
    /** 路由策略ID。 */
    RouteId?: number | undefined;
    /** 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。 */
    DestinationCidrBlock?: string | undefined;
    /** 下一跳类型，目前我们支持的类型有：CVM：公网网关类型的云服务器；VPN：VPN网关；DIRECTCONNECT：专线网关；PEERCONNECTION：对等连接；SSLVPN：sslvpn网关；NAT：NAT网关；NORMAL_CVM：普通云服务器；EIP：云服务器的公网IP；CCN：云联网。 */
    GatewayType?: string | undefined;
    /** 下一跳地址，这里只需要指定不同下一跳类型的网关ID，系统会自动匹配到下一跳地址。特别注意：当GatewayType为EIP时，GatewayId固定值'0' */
    GatewayId?: string | undefined;
    /** 路由策略描述。 */
    RouteDescription?: string | undefined;
    /** 是否启用 */
    Enabled?: boolean | undefined;
    /** 路由类型，目前我们支持的类型有：USER：用户路由；NETD：网络探测路由，创建网络探测实例时，系统默认下发，不可编辑与删除；CCN：云联网路由，系统默认下发，不可编辑与删除。用户只能添加和操作USER类型的路由。 */
    RouteType?: string | undefined;
    /** 路由表实例ID，例如：rtb-azd4dt1c。 */
    RouteTableId?: string | undefined;
    /** 路由策略字符串ID。 */
    RouteItemId?: string | undefined;
}
/** VPN通道对象。 */
export interface VpnConnection {
    /** 通道实例ID。 */
    VpnConnectionId: string;
    /** 通道名称。 */
    VpnConnectionName: string;
    /** VPC实例ID。 */
    VpcId: string;
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** 对端网关实例ID。 */
    CustomerGatewayId: string;
    /** 预共享密钥。 */
    PreShareKey: string;
    /** 通道传输协议。 */
    VpnProto: string;
    /** 通道加密协议。 */
    EncryptProto: string;
    /** 路由类型。 */
    RouteType: string;
    /** 创建时间。 */
    CreatedTime: string;
    /** 通道的生产状态，PENDING：生产中，AVAILABLE：运行中，DELETING：删除中。 */
    State: string;
    /** 通道连接状态, AVAILABLE : 已连接。 */
    NetStatus: string;
    /** SPD。 */
    SecurityPolicyDatabaseSet: SecurityPolicyDatabase[];
    /** IKE选项。 */
    IKEOptionsSpecification: IKEOptionsSpecification;
    /** IPSEC选择。 */
    IPSECOptionsSpecification: IPSECOptionsSpecification;
}
/** 流量包信息描述类型 */
export interface TrafficPackage {
    /** 流量包唯一ID */
    TrafficPackageId: string;
    /** 流量包名称 */
    TrafficPackageName: string | null;
    /** 流量包总量, 单位GB */
    TotalAmount: number;
    /** 流量包剩余量, 单位GB */
    RemainingAmount: number;
    /** 流量包状态, 可能的值有: AVAILABLE-可用状态, EXPIRED-已过期, EXHAUSTED-已用完, REFUNDED-已退还, DELETED-已删除 */
    Status: string;
    /** 流量包创建时间 */
    CreatedTime: string;
    /** 流量包截止时间 */
    Deadline: string;
    /** 已使用的流量, 单位GB */
    UsedAmount: number;
}
/** 云联网 (CCN) 关联实例 (Instance) 对象。 */
export interface CcnInstance {
    /** 关联实例类型, 可选值： VPC : 私有网络 DIRECTCONNECT : 专线网关 BMVPC : 黑石私有网络 */
    InstanceType?: string | undefined;
    /** 关联实例ID。 */
    InstanceId: string;
    /** 关联实例ID所属大区, 例如：ap-guangzhou。 */
    InstanceRegion: string;
}
/** 终端节点详情。 */
export interface EndPoint {
    /** 终端节点ID。 */
    EndPointId: string;
    /** VPCID。 */
    VpcId: string;
    /** 子网ID。 */
    SubnetId: string;
    /** APPID。 */
    EndPointOwner: string;
    /** 终端节点名称。 */
    EndPointName: string;
    /** 终端节点服务的VPCID。 */
    ServiceVpcId: string;
    /** 终端节点服务的VIP。 */
    ServiceVip: string;
    /** 终端节点服务的ID。 */
    EndPointServiceId: string;
    /** 终端节点的VIP。 */
    EndPointVip: string;
    /** 终端节点状态，ACTIVE：可用，PENDING：待接受，ACCEPTING：接受中，REJECTED：已拒绝，FAILED：失败。 */
    State: string;
    /** 创建时间。 */
    CreateTime: string;
    /** 终端节点绑定的安全组实例ID列表。 */
    GroupSet?: string[] | undefined;
    /** 终端节点服务名称。 */
    ServiceName?: string | undefined;
    /** IP地址类型 */
    IpAddressType?: string | undefined;
}
/** 子网对象 */
export interface SubnetInput {
    /** 子网的 CIDR。 */
    CidrBlock: string;
    /** 子网名称。 */
    SubnetName: string;
    /** 可用区。形如：ap-guangzhou-2。 */
    Zone: string;
    /** 指定关联路由表，形如：rtb-3ryrwzuu。 */
    RouteTableId?: string | undefined;
    /** 指定需要创建的子网类型 */
    Type?: number | undefined;
}
/** Edge设备的Lan物理口 */
export interface EdgeLanPort {
    /** Lan接口。 */
    PortInterface: string;
    /** Lan名称。 */
    PortName: string;
    /** 端口状态。 */
    PortState: string;
    /** MTU值。 */
    MTU: number;
    /** Lan接口的逻辑口。 */
    EdgeLanVportSet: EdgeLanVport[];
    /** Lan口类型。 */
    Type: string;
}
export interface VpcOssRouteWeightRequest {
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.proto */
    Protocol?: string | undefined;
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.vip */
    Vip?: string | undefined;
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.vport */
    VirtualPort?: number | undefined;
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.route */
    RouteSet?: VpcOssRouteForUpdateRouteWeightInternal[] | undefined;
    /** 整数vpcId */
    VpcId?: number | undefined;
    /** 对外唯一VpcId */
    UniqueVpcId?: string | undefined;
    /** 原VPC OSS APIv2名称: UpdateRouteWeight.groupId */
    GroupId?: number | undefined;
}
/** 本端IP转换ACL规则ID复杂类型 */
export interface AclRuleIdType {
    /** 规则ID */
    AclRuleId: number;
}
/** 删除路由策略对象 */
export interface DellRoute {
    /** 路由对象 */
    RouteId?: number | undefined;
    /** 路由策略描述。 */
    RouteDescription?: string | undefined;
    /** 是否启用 */
    Enabled?: boolean | undefined;
    /** 路由类型, 目前我们支持的类型有: USER: 用户路由; NETD: 网络探测路由, 创建网络探测实例时, 系统默认下发, 不可编辑与删除; CCN: 云联网路由, 系统默认下发, 不可编辑与删除。用户只能添加和操作 USER 类型的路由。 */
    RouteType?: string | undefined;
    /** 路由表实例ID, 例如: rtb-azd4dt1c。 */
    RouteTableId?: string | undefined;
    /** 路由策略字符串ID。 */
    RouteItemId?: string | undefined;
}
/** 带宽属性 */
export interface BandwidthAttribute {
    /** 网络计费模式列表, 取值包括'BANDWIDTH_POSTPAID_BY_MONTH','BANDWIDTH_PREPAID_BY_MONTH','TRAFFIC_POSTPAID_BY_H' */
    NetworkPayMode: string[] | null;
    /** cvm实例计费模式列表, 取值包括"PREPAID","POSTPAID_BY_HOUR","CDHPAID"。 */
    CvmPayMode: string[] | null;
    /** cpu核数范围，前闭后闭区间。如[9,23]表示9 <= cpu核心数 <= 23。空区间表示任意cpu核心数都支持。 */
    Cpu: number[] | null;
    /** 可用区ID列表。空列表表示任意可用区Id都支持。 */
    ZoneId: number[] | null;
    /** 带宽最大值 */
    BandwidthUpper: number;
    /** 带宽是否必须有上限。1表示有上限，0表示无上限 */
    BandwidthLimit: number;
    /** 资源唯一ID列表，可以是云服务器InstanceId，或者弹性公网IP唯一ID */
    ResourceIds: string;
}
/** VPC内网IPv6对象。 */
export interface VpcIpv6Address {
    /** VPC 内 IPv6 地址。 */
    Ipv6Address: string;
    /** 所属子网 IPv6 CIDR 。 */
    CidrBlock: string;
    /** IPv6 类型。 */
    Ipv6AddressType: string;
    /** IPv6 申请时间。 */
    CreateTime: string;
}
/** 本端目的IP端口转换复杂结构 */
export interface LocalDestinationIpPortTranslationNatRule {
    /** 协议 */
    Protocol: string;
    /** 源端口 */
    OriginalPort: number;
    /** 源IP */
    OriginalIp: string;
    /** 目的端口 */
    TranslationPort: number;
    /** 目的IP */
    TranslationIp: string;
    /** 描述 */
    Description?: string | undefined;
}
/** Edge的带宽参数 */
export interface EdgeBandwidth {
    /** Edge设备的部署地域，带宽的源地域。 */
    DeployRegion: string;
    /** Edge设备的通信地域，带宽的目的地域。 */
    CommunicateRegion: string;
    /** 带宽上限。 */
    BandwidthLimit: number;
    /** 带宽创建时间。 */
    CreatedTime: string;
    /** 带宽过期时间。 */
    ExpiredTime: string;
    /** 带宽唯一Id。 */
    BandwidthId: string;
    /** 自动续费标识。取值范围：NOTIFY_AND_AUTO_RENEW：通知过期且自动续费，NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费。 */
    RenewFlag: string;
}
export interface ServiceRoute {
    /** 权重 */
    Weight: number;
    /** 协议端口号 */
    ProtocolPort: number;
    /** 可用区ID */
    ZoneId: number;
    /** 主机 ip */
    HostIp: string;
    /** 内网IP */
    PrivateIP: string;
    /** Forwarding模式 */
    ForwardingMode: number;
}
/** 协议端口模板 */
export interface ServiceTemplate {
    /** 协议端口实例ID，例如：ppm-f5n1f8da。 */
    ServiceTemplateId: string;
    /** 模板名称。 */
    ServiceTemplateName: string;
    /** 协议端口信息。 */
    ServiceSet?: string[] | undefined;
    /** 创建时间。 */
    CreatedTime?: string | undefined;
}
/** 防火墙规则集合 */
export interface FirewallRule {
    /** 出站规则集合 */
    Egress?: Rule[] | null | undefined;
    /** 入站规则集合 */
    Ingress?: Rule[] | null | undefined;
}
/** VPN网关对象。 */
export interface VpnGateway {
    /** 网关实例ID。 */
    VpnGatewayId: string;
    /** VPC实例ID。 */
    VpcId: string;
    /** 网关实例名称。 */
    VpnGatewayName: string;
    /** 网关实例类型：'IPSEC'、'SSL'、'CCN'。 */
    Type: string;
    /** 网关实例状态，'PENDING'：生产中，'DELETING'：删除中，'AVAILABLE'：运行中。 */
    State: string;
    /** 网关公网IP。 */
    PublicIpAddress: string;
    /** 网关续费类型：'NOTIFY_AND_MANUAL_RENEW'：手动续费，'NOTIFY_AND_AUTO_RENEW'：自动续费，'NOT_NOTIFY_AND_NOT_RENEW'：到期不续费。 */
    RenewFlag: string;
    /** 网关计费类型：POSTPAID_BY_HOUR：按小时后付费，PREPAID：包年包月预付费， */
    InstanceChargeType: string;
    /** 网关出带宽。 */
    InternetMaxBandwidthOut: number;
    /** 创建时间。 */
    CreatedTime: string;
    /** 预付费网关过期时间。 */
    ExpiredTime: string;
    /** 公网IP是否被封堵。 */
    IsAddressBlocked: boolean;
    /** 计费模式变更，PREPAID_TO_POSTPAID：包年包月预付费到期转按小时后付费。 */
    NewPurchasePlan: string;
    /** 网关计费装，PROTECTIVELY_ISOLATED：被安全隔离的实例，NORMAL：正常。 */
    RestrictState: string;
    /** 可用区，如：ap-guangzhou-2 */
    Zone: string;
    /** 网关带宽配额信息 */
    VpnGatewayQuotaSet: VpnGatewayQuota[];
    /** 网关实例版本信息 */
    Version: string;
    /** Type值为CCN时，该值表示云联网实例ID */
    NetworkInstanceId: string;
    /** 公网IP运营商 */
    IspType: string;
}
/** 专线网关云联网路由 (IDC网段) 对象 */
export interface DirectConnectGatewayCcnRoute {
    /** 路由ID。 */
    RouteId: string;
    /** IDC网段。 */
    DestinationCidrBlock: string;
    /** BGP 的 AS-Path 属性。 */
    ASPath: string[];
}
/** Lan接口的逻辑接口。 */
export interface EdgeLanVport {
    /** 逻辑接口名称。 */
    VportName?: string | undefined;
    /** 逻辑端口的vlan。 */
    VlanId?: number | undefined;
    /** 逻辑接口的IP地址 (CIDR格式)。 */
    IpAddress?: string | undefined;
    /** 逻辑端口绑定的物理端口名。 */
    AttachedPorts?: string | undefined;
    /** 逻辑端口的DHCP类型, 不开启: OFF, 开启 SERVER。 */
    DhcpMode?: string | undefined;
    /** 逻辑端口的DHCP地址池。 */
    DhcpCidrBlock?: string | undefined;
    /** 逻辑端口的状态。State为出参, 作为入参时, 不需要传递。 */
    State?: string | undefined;
    /** 逻辑端口的Id。Vportip为出参, 作为入参时, 不需要传递。 */
    VportIp?: string | undefined;
}
/** IP地址模版 */
export interface AddressTemplateSpecification {
    /** IP地址ID, 例如: ipm-2uw6ujo6。 */
    AddressId: string;
    /** IP地址组ID, 例如: ipmg-2uw6ujo6。 */
    AddressGroupId: string;
}
/** 专线网关本端源IP端口NAT映射地址池 */
export interface LocalSourceIpPortTranslationNatRule {
    /** IP地址池 */
    IpPool: string;
    /** 描述 */
    Description: string;
}
/** zone数组 */
export interface ZoneSet {
    /** zone名称 */
    Zone: string | null;
    /** 可用区ID */
    ZoneId: number;
}
/** 描述 DhcpIp 信息 */
export interface DhcpIp {
    /** DhcpIp 的 ID, 是 DhcpIp 的唯一标识。 */
    DhcpIpId: string;
    /** DhcpIp 所在私有网络 ID。 */
    VpcId: string;
    /** DhcpIp 所在子网 ID。 */
    SubnetId: string;
    /** DhcpIp 的名称。 */
    DhcpIpName: string;
    /** IP地址。 */
    PrivateIpAddress: string;
    /** 绑定 EIP。 */
    AddressIp: string;
    /** DhcpIp 关联弹性网卡 ID。 */
    NetworkInterfaceId: string;
    /** 被绑定的实例 ID。 */
    InstanceId: string;
    /** 状态： AVAILABLE : 运行中 UNBIND : 未绑定 */
    State: string;
    /** 创建时间。 */
    CreatedTime: string;
}
/** Edge设备的物理接口 */
export interface EdgePort {
    /** Edge设备的LAN接口。 */
    EdgeLanPortSet: EdgeLanPort[] | null;
    /** Edge设备的WAN接口。 */
    EdgeWanPortSet: EdgeWanPort[] | null;
}
/** 地域对象 */
export interface RegionInfo {
    /** 地域ID，如：ap-guangzhou。 */
    Region: string;
    /** 地域数字ID。 */
    RegionId: number;
    /** 地域简称，如：gz。 */
    ShortName: string;
    /** 地域名称，如：广州。 */
    Name: string;
    /** 是否中国大陆地域。 */
    IsChinaMainland: boolean;
    /** 是否金融地域。 */
    IsFinance: boolean;
    /** 可用区列表。 */
    AvailableZoneSet: AvailableZone[];
    /** 白名单 key 列表。 */
    WhiteListKey: string[];
}
export interface VpcOssRouteInfoRequest {
    /** 对外唯一VpcId */
    UniqueVpcId?: string | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.groupId */
    GroupId?: number | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.type */
    Type?: number | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.proto */
    Protocol?: string | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.vport */
    VirtualPort?: number | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.vip */
    Vip?: string | undefined;
    /** 原VPC OSS APIv2名称: DelRoute.route */
    RouteSet?: VpcOssRouteForDeleteRouteInternal[] | undefined;
    /** 整数vpcid */
    VpcId?: number | undefined;
}
/** IPV6转换规则 */
export interface Ip6RuleInfo {
    /** IPV6端口号, 可在0~65535范围取值 */
    Vport6: number;
    /** 协议类型, 支持TCP/UDP */
    Protocol: string;
    /** IPV4地址 */
    Vip: string;
    /** IPV4端口号, 可在0~65535范围取值 */
    Vport: number;
}
/** 弹性网卡扩展ip段 */
export interface NetworkInterfaceExtendIp {
    /** Vpc整型id */
    VpcId: number;
    /** Vpc唯一id */
    UniqVpcId: string;
    /** 弹性网卡整型id */
    EniId: number;
    /** 弹性网卡唯一id */
    UniqEniId: string;
    /** 扩展ip */
    Ip: string;
}
/** EIP基本信息 */
export interface AddressBasic {
    /** 外网IP地址 */
    AddressIp?: string | undefined;
    /** EIP的ID, 是EIP的唯一标识。 */
    AddressId: string;
    /** eip资源类型, 包括"CalcIP", "WanIP", "EIP", "AnycastEIP"。其中"CalcIP"表示设备ip, "WanIP"表示普通公网ip, "EIP"表示弹性公网ip, "AnycastEip"表示加速EIP */
    AddressType: string;
    /** EIP运营商信息, 包括"CMCC", "CTCC", "CUCC", "BGP", 其中"CMCC"表示移动运营商, "CTCC"表示电信运营商, "CUCC"表示联通运营商, "BGP"表示BGP对接运营商 */
    InternetServiceProvider: string;
    /** EIP使用状态, "used"表示该ip地址在当前地域已被占用, "unused"表示该ip地址在当前地域未被占用 */
    Status: string;
    /** Anycast 发布域是加速 IP 地址发布的地域，即 Anycast CLB 的 VIP 所发布的 POP 接入点，客户端接入最近的 POP 接入点。目前 Anycast CLB 支持以下发布域：发布域 A (ANYCAST_ZONE_A)：主要是中国和欧美地区，VIP 将同时在北京、上海、广州、中国香港、多伦多、硅谷、法兰克福、弗吉尼亚和莫斯科发布。发布域 B (ANYCAST_ZONE_B)：主要是中国和东南亚地区，VIP 将同时在北京、上海、广州、中国香港、新加坡、首尔、孟买、曼谷和东京发布。 */
    AnycastZone: string;
    /** 外网IP地址。 */
    Address?: string | undefined;
}
/** 支持AnycastEIP的地域的信息 */
export interface AnycastRegionInfo {
    /** 地域 */
    Region: string;
    /** 地域中文名称 */
    RegionName: string;
    /** 地域当前状态 */
    RegionState: string;
    /** AnycastEIP发布域 */
    AnycastZone: string;
}
/** 网络ACL规则。 */
export interface NetworkAclEntry {
    /** 协议, 取值: TCP,UDP, ICMP, ALL。 */
    Protocol?: string | undefined;
    /** 端口(all, 单个port, range)。当Protocol为ALL或ICMP时，不能指定Port。 */
    Port?: string | undefined;
    /** 网段或IP(互斥)。 */
    CidrBlock?: string | undefined;
    /** 网段或IPv6(互斥)。 */
    Ipv6CidrBlock?: string | undefined;
    /** ACCEPT 或 DROP。 */
    Action?: string | undefined;
    /** 规则描述，最大长度100。 */
    Description?: string | undefined;
    /** 修改时间。 */
    ModifyTime?: string | undefined;
}
/** 安全组被引用信息 */
export interface ReferredSecurityGroup {
    /** 安全组实例ID。 */
    SecurityGroupId: string;
    /** 引用安全组实例ID (SecurityGroupId) 的所有安全组实例ID。 */
    ReferredSecurityGroupIds: string[];
}
/** 价格 */
export interface Price {
    /** 实例价格。 */
    InstancePrice?: ItemPrice | undefined;
    /** 网络价格。 */
    BandwidthPrice?: ItemPrice | undefined;
}
/** 安全组规则模板 */
export interface SecurityGroupPolicyTemplate {
    /** 模板名称。 */
    TemplateName: string;
    /** 模板描述。 */
    TemplateRemark: string;
    /** 进站规则。 */
    Ingress: SecurityGroupPolicy[];
    /** 出站规则。 */
    Egress: SecurityGroupPolicy[];
}
export interface Ipv6Address {
    /** IPv6 地址状态： PENDING ：生产中 MIGRATING ：迁移中 DELETING ：删除中 AVAILABLE ：可用的 */
    State?: string | undefined;
    /** IPv6 地址，形如：3402:4e00:20:100:0:8cd9:2a67:71f3 */
    Address: string;
    /** 是否是主 IP 。 */
    Primary?: boolean | undefined;
    /** EIP 实例 ID ，形如：eip-hxlqja90 。 */
    AddressId?: string | undefined;
    /** 描述信息。 */
    Description?: string | undefined;
    /** 公网IP是否被封堵。 */
    IsWanIpBlocked?: boolean | undefined;
}
export interface Filter {
    /** 属性名称, 若存在多个Filter时, Filter间的关系为逻辑与 (AND) 关系。 */
    Name: string;
    /** 属性值, 若同一个Filter存在多个Values, 同一Filter下Values间的关系为逻辑或 (OR) 关系。当值类型为布尔类型时, 可直接取值为字符串"TRUE"或"FALSE"。 */
    Values: string[];
}
/** 安全组规则对象 */
export interface SecurityGroupPolicy {
    /** 安全组规则索引号。 */
    PolicyIndex?: number | undefined;
    /** 协议, 取值: TCP,UDP, ICMP。 */
    Protocol?: string | undefined;
    /** 端口(all, 离散port, range)。 */
    Port?: string | undefined;
    /** 协议端口ID或者协议端口组ID。ServiceTemplate和Protocol+Port互斥。 */
    ServiceTemplate?: ServiceTemplateSpecification | undefined;
    /** 网段或IP(互斥)。 */
    CidrBlock?: string | undefined;
    /** 网段或IPv6(互斥)。 */
    Ipv6CidrBlock?: string | undefined;
    /** 安全组实例ID, 例如: sg-ohuuioma。 */
    SecurityGroupId?: string | undefined;
    /** IP地址ID或者ID地址组ID。 */
    AddressTemplate?: AddressTemplateSpecification | undefined;
    /** ACCEPT 或 DROP。 */
    Action?: string | undefined;
    /** 安全组规则描述。 */
    PolicyDescription?: string | undefined;
    /** 安全组最近修改时间。 */
    ModifyTime?: string | undefined;
}
/** 流日志 */
export interface FlowLog {
    /** 私有网络ID或者统一ID, 建议使用统一ID */
    VpcId?: string | undefined;
    /** 流日志唯一ID */
    FlowLogId?: string | undefined;
    /** 流日志实例名字 */
    FlowLogName?: string | undefined;
    /** 流日志所属资源类型, VPC SUBNET NETWORKINTERFACE */
    ResourceType?: string | undefined;
    /** 资源唯一ID */
    ResourceId?: string | undefined;
    /** 流日志采集类型, ACCEPT REJECT ALL */
    TrafficType?: string | undefined;
    /** 流日志存储ID */
    CloudLogId?: string | undefined;
    /** 流日志存储ID状态 */
    CloudLogState?: string | undefined;
    /** 流日志描述信息 */
    FlowLogDescription?: string | undefined;
    /** 流日志创建时间 */
    CreatedTime?: string | undefined;
}
/** 对端网关 */
export interface CustomerGateway {
    /** 用户网关唯一ID */
    CustomerGatewayId: string;
    /** 网关名称 */
    CustomerGatewayName: string;
    /** 公网地址 */
    IpAddress: string;
    /** 创建时间 */
    CreateTime: string;
}
/** 网络ACL */
export interface NetworkAcl {
    /** VPC 实例 ID。 */
    VpcId: string;
    /** 网络ACL实例 ID。 */
    NetworkAclId: string;
    /** 网络ACL名称，最大长度为60。 */
    NetworkAclName: string;
    /** 创建时间。 */
    CreateTime: string;
    /** 网络ACL关联的子网数组。 */
    SubnetSet: Subnet[];
    /** 网络ACL入站规则。 */
    IngressEntries: NetworkAclEntry[];
    /** 网络ACL出站规则。 */
    EgressEntries: NetworkAclEntry[];
}
/** Input of AddIp6Rules: 添加IPV6转换规则 */
export interface AddIp6RulesRequest {
    /** IPV6转换实例唯一ID，形如ip6-xxxxxxx */
    Ip6TranslatorId: string;
    /** IPV6转换规则名称 */
    Ip6RuleName?: string | undefined;
    /** IPV6转换规则信息 */
    Ip6RuleInfos: Ip6RuleInfo[];
}
/** Output of AddIp6Rules: 添加IPV6转换规则 */
export interface AddIp6RulesResponse {
    /** 此参数对外不可见。 IPV6转换规则唯一ID数组，形如rule6-xxxxxxx */
    Ip6RuleSet?: string[] | undefined;
    /** 此参数对外不可见。 TaskId，运维使用，无实际业务含义 */
    TaskId?: string | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateIp6Translators: 创建IPV6转换IPV4实例 */
export interface CreateIp6TranslatorsRequest {
    /** 转换实例名称 */
    Ip6TranslatorName?: string | undefined;
    /** 创建转换实例数量, 默认是1个 */
    Ip6TranslatorCount?: number | undefined;
    /** 转换实例运营商属性, 可取"CMCC", "CTCC", "CUCC", "BGP" */
    Ip6InternetServiceProvider?: string | undefined;
    /** 创建转换实例所属IDC */
    IdcList: string[];
}
/** Output of CreateIp6Translators: 创建IPV6转换IPV4实例 */
export interface CreateIp6TranslatorsResponse {
    /** 此参数对外不可见。 转换实例的唯一ID数组, 形如"ip6-xxxxxxx" */
    Ip6TranslatorSet?: string[] | undefined;
    /** 此参数对外不可见。 TaskId, 运维使用, 无实际业务含义 */
    TaskId?: string | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteIp6Translators: 释放IPV6转换实例 */
export interface DeleteIp6TranslatorsRequest {
    /** 待释放的IPV6转换实例的唯一ID,形如'ip6-xxxxxxx' */
    Ip6TranslatorIds: string[];
}
/** Output of DeleteIp6Translators: 释放IPV6转换实例 */
export interface DeleteIp6TranslatorsResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeIp6TranslatorQuota: 查询账户在指定地域IPV6转换实例和规则的配额 */
export interface DescribeIp6TranslatorQuotaRequest {
    /** 待查询IPv6转换实例的唯一ID列表,形如ip6-xxxxxxx */
    Ip6TranslatorIds?: string[] | undefined;
}
/** Output of DescribeIp6TranslatorQuota: 查询账户在指定地域IPV6转换实例和规则的配额 */
export interface DescribeIp6TranslatorQuotaResponse {
    /** 此参数对外不可见。 账户在指定地域的IPv6转换实例及规则配额信息 QUOTAID属性是TOTAL_TRANSLATOR_QUOTA,表示账户在指定地域的IPv6转换实例配额信息;QUOTAID属性是IPv6转换实例唯一ID(形如ip6-xxxxxxx),表示账户在该转换实例允许创建的转换规则配额 */
    QuotaSet?: Quota[] | undefined;
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeIp6Translators: 查询IPV6转换实例及其绑定规则信息 */
export interface DescribeIp6TranslatorsRequest {
    /** IPV6转换实例唯一ID数组,形如ip6-xxxxxxx */
    Ip6TranslatorIds?: string[] | undefined;
    /** 每次请求的 Filters 的上限为10, Filter.Values 的上限为5。参数不支持同时指定 Ip6TranslatorIds 和 Filters。详细的过滤条件如下: ip6-translator-id - String - 是否必填: 否 - (过滤条件)按照IPV6转换实例的唯一ID过滤,形如ip6-xxxxxxx。 ip6-translator-vip6 - String - 是否必填: 否 - (过滤条件)按照IPV6地址过滤。不支持模糊过滤。 ip6-translator-name - String - 是否必填: 否 - (过滤条件)按照IPV6转换实例名称过滤。不支持模糊过滤。 ip6-translator-status - String - 是否必填: 否 - (过滤条件)按照IPV6转换实例的状态过滤。状态取值范围为"CREATING","RUNNING","DELETING","MODIFYING" */
    Filters?: Filter[] | undefined;
    /** 偏移量,默认为0。关于 Offset 的更进一步介绍请参考 API 简介 中的相关小节。 */
    Offset?: number | undefined;
    /** 返回数量,默认为20,最大值为100。关于 Limit 的更进一步介绍请参考 API 简介 中的相关小节。 */
    Limit?: number | undefined;
}
/** Output of DescribeIp6Translators: 查询IPV6转换实例及其绑定规则信息 */
export interface DescribeIp6TranslatorsResponse {
    /** 此参数对外不可见。 符合过滤条件的IPV6转换实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 符合过滤条件的IPV6转换实例详细信息 */
    Ip6TranslatorSet?: Ip6Translator[] | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyIp6Rule: 修改IPV6转换规则属性 */
export interface ModifyIp6RuleRequest {
    /** IPV6转换实例唯一ID，形如ip6-xxxxxxx */
    Ip6TranslatorId: string;
    /** IPV6转换规则唯一ID，形如rule6-xxxxxxx */
    Ip6RuleId: string;
    /** IPV6转换规则修改后的名称 */
    Ip6RuleName?: string | undefined;
    /** IPV6转换规则修改后的IPV4地址 */
    Vip?: string | undefined;
    /** IPV6转换规则修改后的IPV4端口号 */
    Vport?: number | undefined;
}
/** Output of ModifyIp6Rule: 修改IPV6转换规则属性 */
export interface ModifyIp6RuleResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyIp6Translator: 修改IP6转换实例属性 */
export interface ModifyIp6TranslatorRequest {
    /** IPV6转换实例唯一ID, 形如ip6-xxxxxxxx */
    Ip6TranslatorId: string;
    /** IPV6转换实例修改名称 */
    Ip6TranslatorName?: string | undefined;
}
/** Output of ModifyIp6Translator: 修改IP6转换实例属性 */
export interface ModifyIp6TranslatorResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RemoveIp6Rules: 删除IPV6转换规则 */
export interface RemoveIp6RulesRequest {
    /** IPV6转换规则所属的转换实例唯一ID,形如ip6-xxxxxxx */
    Ip6TranslatorId: string;
    /** 待删除IPV6转换规则,形如rule6-xxxxxxx */
    Ip6RuleIds: string[];
}
/** Output of RemoveIp6Rules: 删除IPV6转换规则 */
export interface RemoveIp6RulesResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateNatGatewayAddress: NAT网关绑定弹性IP */
export interface AssociateNatGatewayAddressRequest {
    /** NAT网关的ID，形如：nat-df45454。 */
    NatGatewayId: string;
    /** 需要申请的弹性IP个数，系统会按您的要求生产N个弹性IP, 其中AddressCount和PublicAddresses至少传递一个。 */
    AddressCount?: number | undefined;
    /** 绑定NAT网关的弹性IP数组，其中AddressCount和PublicAddresses至少传递一个。。 */
    PublicIpAddresses?: string[] | undefined;
    /** 弹性IP可以区，自动分配弹性IP时传递。 */
    Zone?: string | undefined;
}
/** Output of AssociateNatGatewayAddress: NAT网关绑定弹性IP */
export interface AssociateNatGatewayAddressResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateNatGateway: 创建NAT网关 */
export interface CreateNatGatewayRequest {
    /** NAT网关名称 */
    NatGatewayName: string;
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** NAT网关最大外网出带宽(单位:Mbps),支持的参数值: 20, 50, 100, 200, 500, 1000, 2000, 5000, 默认: 100Mbps。 */
    InternetMaxBandwidthOut?: number | undefined;
    /** NAT网关并发连接上限,支持参数值: 1000000、3000000、10000000,默认值为100000。 */
    MaxConcurrentConnection?: number | undefined;
    /** 需要申请的弹性IP个数,系统会按您的要求生产N个弹性IP,其中AddressCount和PublicAddresses至少传递一个。 */
    AddressCount?: number | undefined;
    /** 绑定NAT网关的弹性IP数组,其中AddressCount和PublicAddresses至少传递一个。 */
    PublicIpAddresses?: string[] | undefined;
    /** 可用区,形如: ap-guangzhou-1。 */
    Zone?: string | undefined;
    /** 指定绑定的标签列表,例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
    /** 运营商类型 */
    InternetServiceProvider?: string | undefined;
}
/** Output of CreateNatGateway: 创建NAT网关 */
export interface CreateNatGatewayResponse {
    /** 此参数对外不可见。 NAT网关对象数组。 */
    NatGatewaySet?: NatGateway[] | undefined;
    /** 此参数对外不可见。 符合条件的 NAT网关对象数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateNatGatewayDestinationIpPortTranslationNatRule: 创建NAT网关端口转发规则 */
export interface CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /** NAT网关的ID,形如: nat-df45454。 */
    NatGatewayId: string;
    /** NAT网关的端口转换规则。 */
    DestinationIpPortTranslationNatRules: DestinationIpPortTranslationNatRule[];
}
/** Output of CreateNatGatewayDestinationIpPortTranslationNatRule: 创建NAT网关端口转发规则 */
export interface CreateNatGatewayDestinationIpPortTranslationNatRuleResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateNatGatewaySourceIpTranslationNatRule: 创建NAT网关SNAT规则 */
export interface CreateNatGatewaySourceIpTranslationNatRuleRequest {
    /** NAT网关的ID,形如:"nat-df45454"。 */
    NatGatewayId: string;
    /** NAT网关的SNAT转换规则 */
    SourceIpTranslationNatRules: SourceIpTranslationNatRule[];
}
/** Output of CreateNatGatewaySourceIpTranslationNatRule: 创建NAT网关SNAT规则 */
export interface CreateNatGatewaySourceIpTranslationNatRuleResponse {
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNatGateway: 删除NAT网关 */
export interface DeleteNatGatewayRequest {
    /** NAT网关的ID，形如：nat-df45454。 */
    NatGatewayId: string;
}
/** Output of DeleteNatGateway: 删除NAT网关 */
export interface DeleteNatGatewayResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNatGatewayDestinationIpPortTranslationNatRule: 删除NAT网关端口转发规则 */
export interface DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /** NAT网关的ID, 形如: nat-df45454。 */
    NatGatewayId: string;
    /** NAT网关的端口转换规则。 */
    DestinationIpPortTranslationNatRules: DestinationIpPortTranslationNatRule[];
}
/** Output of DeleteNatGatewayDestinationIpPortTranslationNatRule: 删除NAT网关端口转发规则 */
export interface DeleteNatGatewayDestinationIpPortTranslationNatRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNatGatewaySourceIpTranslationNatRule: 删除NAT网关的SNAT转发规则 */
export interface DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    /** NAT网关的ID，形如：nat-df45454。 */
    NatGatewayId: string;
    /** NAT网关的SNAT ID列表，形如：snat-df43254。 */
    NatGatewaySnatIds: string[];
}
/** Output of DeleteNatGatewaySourceIpTranslationNatRule: 删除NAT网关的SNAT转发规则 */
export interface DeleteNatGatewaySourceIpTranslationNatRuleResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNatGatewayDestinationIpPortTranslationNatRules: 查询NAT网关端口转发规则 */
export interface DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /** NAT网关ID。 */
    NatGatewayIds?: string[] | undefined;
    /** 过滤条件: 参数不支持同时指定NatGatewayIds和Filters。 nat-gateway-id, NAT网关的ID, 如 nat-0yi4hekt vpc-id, 私有网络VPC的ID, 如 vpc-0yi4hekt public-ip-address, 弹性IP, 如 139.199.232.238。 public-port, 公网端口。 private-ip-address, 内网IP, 如 10.0.0.1。 private-port, 内网端口。 description, 规则描述。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeNatGatewayDestinationIpPortTranslationNatRules: 查询NAT网关端口转发规则 */
export interface DescribeNatGatewayDestinationIpPortTranslationNatRulesResponse {
    /** 此参数对外不可见。 NAT网关端口转发规则对象数组。 */
    NatGatewayDestinationIpPortTranslationNatRuleSet?: NatGatewayDestinationIpPortTranslationNatRule[] | undefined;
    /** 此参数对外不可见。 符合条件的NAT网关端口转发规则对象数目。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNatGatewaySourceIpTranslationNatRules: 查询NAT网关SNAT转发规则 */
export interface DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    /** NAT网关统一 ID, 形如: nat-123xx454。 */
    NatGatewayId: string;
    /** 过滤条件: resource-id, Subnet的ID或者Cvm ID, 如 subnet-0yi4hekt public-ip-address, 弹性IP, 如 139.199.232.238 description, 规则描述。 */
    Filters?: SourceIpTranslationNatRule[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeNatGatewaySourceIpTranslationNatRules: 查询NAT网关SNAT转发规则 */
export interface DescribeNatGatewaySourceIpTranslationNatRulesResponse {
    /** NAT网关SNAT规则对象数组。 */
    SourceIpTranslationNatRuleSet?: SourceIpTranslationNatRule[] | undefined;
    /** 符合条件的NAT网关端口转发规则对象数目。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNatGateways: 查询NAT网关 */
export interface DescribeNatGatewaysRequest {
    /** NAT网关统一 ID，形如：nat-123xx454。 */
    NatGatewayIds?: string[] | undefined;
    /** 过滤条件，参数不支持同时指定NatGatewayIds和Filters。 nat-gateway-id - String - (过滤条件) 协议端口模板实例ID，形如：nat-123xx454。 vpc-id - String - (过滤条件) 私有网络 唯一ID，形如：vpc-123xx454。 nat-gateway-name - String - (过滤条件) 协议端口模板实例ID，形如：test_nat。 */
    Filters?: Filter[] | undefined;
    /** 偏移量，默认为0。 */
    Offset?: number | undefined;
    /** 返回数量，默认为20，最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeNatGateways: 查询NAT网关 */
export interface DescribeNatGatewaysResponse {
    /** 此参数对外不可见。 NAT网关对象数组。 */
    NatGatewaySet?: NatGateway[] | undefined;
    /** 此参数对外不可见。 符合条件的NAT网关对象个数。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateNatGatewayAddress: NAT网关解绑弹性IP */
export interface DisassociateNatGatewayAddressRequest {
    /** NAT网关的ID，形如：nat-df45454。 */
    NatGatewayId: string;
    /** 绑定NAT网关的弹性IP数组。 */
    PublicIpAddresses: string[];
}
/** Output of DisassociateNatGatewayAddress: NAT网关解绑弹性IP */
export interface DisassociateNatGatewayAddressResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNatGatewayAddressStatus: 修改NAT网关绑定EIP的主备状态 */
export interface ModifyNatGatewayAddressStatusRequest {
    /** vpc的唯一ID。 */
    VpcId: string;
    /** NAT网关的唯一ID。 */
    NatGatewayId: string;
    /** 公网IP的ID。 */
    AddressId: string;
    /** 主备状态: MASTER, BACKUP */
    MasterBackupStatus: string;
}
/** Output of ModifyNatGatewayAddressStatus: 修改NAT网关绑定EIP的主备状态 */
export interface ModifyNatGatewayAddressStatusResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNatGatewayAttribute: 修改NAT网关的属性 */
export interface ModifyNatGatewayAttributeRequest {
    /** NAT网关的ID，形如：nat-df45454。 */
    NatGatewayId: string;
    /** NAT网关的名称，形如：test_nat。 */
    NatGatewayName?: string | undefined;
    /** NAT网关最大外网出带宽(单位:Mbps)。 */
    InternetMaxBandwidthOut?: number | undefined;
}
/** Output of ModifyNatGatewayAttribute: 修改NAT网关的属性 */
export interface ModifyNatGatewayAttributeResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNatGatewayDestinationIpPortTranslationNatRule: 修改NAT网关端口转发规则 */
export interface ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /** NAT网关的ID，形如：nat-df45454。 */
    NatGatewayId: string;
    /** 源NAT网关的端口转换规则。 */
    SourceNatRule: DestinationIpPortTranslationNatRule;
    /** 目的NAT网关的端口转换规则。 */
    DestinationNatRule: DestinationIpPortTranslationNatRule;
}
/** Output of ModifyNatGatewayDestinationIpPortTranslationNatRule: 修改NAT网关端口转发规则 */
export interface ModifyNatGatewayDestinationIpPortTranslationNatRuleResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNatGatewaySourceIpTranslationNatRule: 修改NAT网关SNAT转发规则 */
export interface ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    /** NAT网关的ID, 形如: nat-df453454。 */
    NatGatewayId: string;
    /** NAT网关的SNAT转换规则。 */
    SourceIpTranslationNatRule: SourceIpTranslationNatRule;
}
/** Output of ModifyNatGatewaySourceIpTranslationNatRule: 修改NAT网关SNAT转发规则 */
export interface ModifyNatGatewaySourceIpTranslationNatRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetNatGatewayConnection: 调整NAT网关并发连接上限 */
export interface ResetNatGatewayConnectionRequest {
    /** NAT网关ID。 */
    NatGatewayId: string;
    /** NAT网关并发连接上限, 形如: 1000000、3000000、10000000。 */
    MaxConcurrentConnection: number;
}
/** Output of ResetNatGatewayConnection: 调整NAT网关并发连接上限 */
export interface ResetNatGatewayConnectionResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateCustomerGateway: 创建对端网关 */
export interface CreateCustomerGatewayRequest {
    /** 对端网关名称，可任意命名，但不得超过60个字符。 */
    CustomerGatewayName: string;
    /** 对端网关公网IP。 */
    IpAddress: string;
}
/** Output of CreateCustomerGateway: 创建对端网关 */
export interface CreateCustomerGatewayResponse {
    /** 此参数对外不可见。 对端网关对象 */
    CustomerGateway?: CustomerGateway | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateGatewayVpnSSLClient: 创建 ssl vpn 客户端 */
export interface CreateGatewayVpnSSLClientRequest {
    /** 形如 vpc-7izaqk5h */
    VpcId: string;
    /** VPN网关实例ID 如vpngw-go5jz6j。 */
    VpnGatewayId: string;
    /** SSL VPN服务端实例ID。 */
    SSLVpnServerId: string;
    /** SSL VPN客户端名称 */
    SSLVPNClientName: string;
}
/** Output of CreateGatewayVpnSSLClient: 创建 ssl vpn 客户端 */
export interface CreateGatewayVpnSSLClientResponse {
    /** 此参数对外不可见。 taskid */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpnConnection: 创建VPN通道 */
export interface CreateVpnConnectionRequest {
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** 对端网关ID, 例如: cgw-2wqq41m9, 可通过DescribeCustomerGateways接口查询对端网关。 */
    CustomerGatewayId: string;
    /** 通道名称, 可任意命名, 但不得超过60个字符。 */
    VpnConnectionName: string;
    /** 预共享密钥。 */
    PreShareKey: string;
    /** SPD策略组, 例如: {"10.0.0.5/24":["172.123.10.5/16"]}, 10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。 */
    SecurityPolicyDatabases: SecurityPolicyDatabase[];
    /** IKE配置 (Internet Key Exchange, 因特网密钥交换), IKE具有一套自我保护机制, 用户配置网络安全协议 */
    IKEOptionsSpecification?: IKEOptionsSpecification | undefined;
    /** IPSec配置, 腾讯云提供IPSec安全会话设置 */
    IPSECOptionsSpecification?: IPSECOptionsSpecification | undefined;
}
/** Output of CreateVpnConnection: 创建VPN通道 */
export interface CreateVpnConnectionResponse {
    /** 此参数对外不可见。 通道实例对象。 */
    VpnConnection?: VpnConnection | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpnGateway: 创建VPN网关 */
export interface CreateVpnGatewayRequest {
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** VPN网关名称，最大长度不能超过60个字节。 */
    VpnGatewayName: string;
    /** VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。 */
    InstanceChargeType?: string | undefined;
    /** 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100；单位：Mbps */
    InternetMaxBandwidthOut: number;
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /** 可用区，如：ap-guangzhou-2。 */
    Zone?: string | undefined;
    /** VPN网关类型。值“CCN”云联网类型VPN网关 */
    Type?: string | undefined;
    /** 公网IP运营商 */
    IspType?: string | undefined;
    /** SSL VPN连接数设置 */
    MaxConnection?: number | undefined;
}
/** Output of CreateVpnGateway: 创建VPN网关 */
export interface CreateVpnGatewayResponse {
    /** 此参数对外不可见。 VPN网关对象 */
    VpnGateway?: VpnGateway | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpnGatewaySSLServer: 创建sslvpn服务端 */
export interface CreateVpnGatewaySSLServerRequest {
    /** vpc 唯一id形如 vpc-7izaqk5h */
    VpcId: string;
    /** VPN实例ID。形如 vpngw-7izaqk5h */
    VpnGatewayId: string;
    /** SSL VPN服务名称 */
    SSLVpnServerName: string;
    /** 本段网段 */
    LocalAddress: string;
    /** 对端网段 */
    RemoteAddress: string;
    /** SSL VPN服务端监听协议。默认值为UDP，当前仅支持UDP(默认UDP) */
    SSLVpnProtocol?: string | undefined;
    /** SSL VPN服务端监听协议端口。默认值为1194，当前仅支持1194。（默认1194） */
    SSLVpnPort?: number | undefined;
    /** 加密算法。默认AES-128，一期仅支持AES-128（默认为AES-128） */
    EncryptAlgorithm?: string | undefined;
    /** 认证算法。默认HMAC-SHA1，一期仅支持HMAC-SHA1（默认为HMAC-SHA1） */
    IntegrityAlgorithm?: string | undefined;
    /** 是否支持压缩。默认False不压缩，一期仅支持False(true为1，false为0，默认为0) */
    Compress?: boolean | undefined;
    /** 最大连接数。可选范围：5，10，20，50，100(需要提供默认值) （默认值5） */
    MaxConnection?: number | undefined;
}
/** Output of CreateVpnGatewaySSLServer: 创建sslvpn服务端 */
export interface CreateVpnGatewaySSLServerResponse {
    /** 此参数对外不可见。 Des 任务taskId */
    TaskId?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteCustomerGateway: 删除对端网关 */
export interface DeleteCustomerGatewayRequest {
    /** 对端网关ID, 例如: cgw-2wqq41m9, 可通过DescribeCustomerGateways接口查询对端网关。 */
    CustomerGatewayId: string;
}
/** Output of DeleteCustomerGateway: 删除对端网关 */
export interface DeleteCustomerGatewayResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpnConnection: 删除VPN通道 */
export interface DeleteVpnConnectionRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** VPN通道实例ID。形如: vpnx-f49l6u0z。 */
    VpnConnectionId: string;
}
/** Output of DeleteVpnConnection: 删除VPN通道 */
export interface DeleteVpnConnectionResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpnGateway: 删除VPN网关 */
export interface DeleteVpnGatewayRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
}
/** Output of DeleteVpnGateway: 删除VPN网关 */
export interface DeleteVpnGatewayResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpnGatewaySSLClient: 删除 ssl_vpn 客户端 */
export interface DeleteVpnGatewaySSLClientRequest {
    /** vpngwid */
    VpnGatewayId: string;
    /** vpcId */
    SSLVpnClientId: string;
    /** SSL VPN服务端实例ID。如 */
    VpcId: string;
}
/** Output of DeleteVpnGatewaySSLClient: 删除 ssl_vpn 客户端 */
export interface DeleteVpnGatewaySSLClientResponse {
    /** 此参数对外不可见。 taskid */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpnGatewaySSLServer: 删除 ssl_vpn服务端 */
export interface DeleteVpnGatewaySSLServerRequest {
    /** Vpngw vpngw-goa5jz6j */
    VpnGatewayId: string;
    /** SSL VPN客户端实例ID */
    SSLVpnServerId: string;
    /** VPC实例ID */
    VpcId: string;
}
/** Output of DeleteVpnGatewaySSLServer: 删除 ssl_vpn服务端 */
export interface DeleteVpnGatewaySSLServerResponse {
    /** 此参数对外不可见。 taskid */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCustomerGatewayVendors: 查询可支持的对端网关厂商信息 */
export interface DescribeCustomerGatewayVendorsRequest {
}
/** Output of DescribeCustomerGatewayVendors: 查询可支持的对端网关厂商信息 */
export interface DescribeCustomerGatewayVendorsResponse {
    /** 此参数对外不可见。 对端网关厂商信息对象。 */
    CustomerGatewayVendorSet?: CustomerGatewayVendor[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCustomerGateways: 查询对端网关 */
export interface DescribeCustomerGatewaysRequest {
    /** 对端网关ID, 例如: cgw-2wqq41m9。每次请求的实例的上限为100。参数不支持同时指定CustomerGatewayIds和Filters。 */
    CustomerGatewayIds?: string[] | undefined;
    /** 过滤条件, 详见下表: 实例过滤条件表。每次请求的Filters的上限为10, Filter.Values的上限为5。参数不支持同时指定CustomerGatewayIds和Filters。 customer-gateway-id - String - (过滤条件) 用户网关唯一ID形如: cgw-mgp33pll。 customer-gateway-name - String - (过滤条件) 用户网关名称形如: test-cgw。 ip-address - String - (过滤条件) 公网地址形如: 58.211.1.12。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeCustomerGateways: 查询对端网关 */
export interface DescribeCustomerGatewaysResponse {
    /** 此参数对外不可见。 对端网关对象列表 */
    CustomerGatewaySet?: CustomerGateway[] | undefined;
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcResourceDashboard: 查看VPC资源信息 */
export interface DescribeVpcResourceDashboardRequest {
    /** Vpc实例ID,例如: vpc-f1xjkw1b。 */
    VpcIds: string[];
}
/** Output of DescribeVpcResourceDashboard: 查看VPC资源信息 */
export interface DescribeVpcResourceDashboardResponse {
    /** 此参数对外不可见。 资源对象列表。 */
    ResourceDashboardSet?: ResourceDashboard[] | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpnConnections: 查询VPN通道列表 */
export interface DescribeVpnConnectionsRequest {
    /** VPN通道实例ID。形如: vpnx-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnConnectionIds和Filters。 */
    VpnConnectionIds?: string[] | undefined;
    /** 过滤条件。每次请求的Filters的上限为10, Filter.Values的上限为5。参数不支持同时指定VpnConnectionIds和Filters。 vpc-id - String - VPC实例ID, 形如: vpc-0a36uwkr。 vpn-gateway-id - String - VPN网关实例ID, 形如: vpngw-p4lmqawn。 customer-gateway-id - String - 对端网关实例ID, 形如: cgw-l4rblw63。 vpn-connection-name - String - 通道名称, 形如: test-vpn。 vpn-connection-id - String - 通道实例ID, 形如: vpnx-5p7vkch8"。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeVpnConnections: 查询VPN通道列表 */
export interface DescribeVpnConnectionsResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 VPN通道实例。 */
    VpnConnectionSet?: VpnConnection[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpnGatewayCcnRoutes: 查询VPN网关云联网路由 */
export interface DescribeVpnGatewayCcnRoutesRequest {
    /** VPN网关实例ID */
    VpnGatewayId: string;
    /** 偏移量 */
    Offset?: number | undefined;
    /** 返回数量 */
    Limit?: number | undefined;
}
/** Output of DescribeVpnGatewayCcnRoutes: 查询VPN网关云联网路由 */
export interface DescribeVpnGatewayCcnRoutesResponse {
    /** 此参数对外不可见。 云联网路由 (IDC网段) 列表。 */
    RouteSet?: VpngwCcnRoutes[] | undefined;
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpnGatewaySSLClients: 查看ssl vpn 客户端 */
export interface DescribeVpnGatewaySSLClientsRequest {
    /** SSL VPN客户端实例ID。 */
    SSLVpnClientIds?: string[] | undefined;
    /** 过滤条件, */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0 */
    Offset?: number | undefined;
    /** 返回数量, */
    Limit?: number | undefined;
}
/** Output of DescribeVpnGatewaySSLClients: 查看ssl vpn 客户端 */
export interface DescribeVpnGatewaySSLClientsResponse {
    /** 此参数对外不可见。 SSL VPN客户端实例。 */
    SSLVpnClientSet?: SSLVpnClient[] | undefined;
    /** 此参数对外不可见。 数量 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpnGatewaySSLServers: 查看ssl vpn 服务端 */
export interface DescribeVpnGatewaySSLServersRequest {
    /** SSL VPN客户端实例ID */
    SSLVpnServerIds?: string[] | undefined;
    /** 过滤条件, */
    Filters?: Filter[] | undefined;
    /** 偏移量,默认为0 */
    Offset?: number | undefined;
    /** 返回数量 */
    Limit?: number | undefined;
}
/** Output of DescribeVpnGatewaySSLServers: 查看ssl vpn 服务端 */
export interface DescribeVpnGatewaySSLServersResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 SSL VPN客户端实例ID。 */
    SSLVpnServerSet?: SSLVpnServer[] | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpnGateways: 查询VPN网关 */
export interface DescribeVpnGatewaysRequest {
    /** VPN网关实例ID。形如: vpngw-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnGatewayIds和Filters。 */
    VpnGatewayIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定VpnGatewayIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID形如: vpc-f49l6u0z。 vpn-gateway-id - String - (过滤条件) VPN实例ID形如: vpngw-5aluhh9t。 vpn-gateway-name - String - (过滤条件) VPN实例名称。 type - String - (过滤条件) VPN网关类型: 'IPSEC', 'SSL'。 public-ip-address - String - (过滤条件) 公网IP。 renew-flag - String - (过滤条件) 网关续费类型, 手动续费: 'NOTIFY_AND_MANUAL_RENEW'、自动续费: 'NOTIFY_AND_AUTO_RENEW'。 zone - String - (过滤条件) VPN所在可用区, 形如: ap-guangzhou-2。 */
    Filters?: FilterObject[] | undefined;
    /** 偏移量 */
    Offset?: number | undefined;
    /** 请求对象个数 */
    Limit?: number | undefined;
}
/** Output of DescribeVpnGateways: 查询VPN网关 */
export interface DescribeVpnGatewaysResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 VPN网关实例详细信息列表。 */
    VpnGatewaySet?: VpnGateway[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisableSSLVpnClientCert: 禁用 ssl vpn客户端证书 */
export interface DisableSSLVpnClientCertRequest {
    /** Vpngw vpngw-goa5jz6j */
    VpnGatewayId: string;
    /** VPC实例ID。 */
    SSLVpnServerId: string;
    /** SSL VPN客户端实例ID。形如： */
    VpcId: string;
}
/** Output of DisableSSLVpnClientCert: 禁用 ssl vpn客户端证书 */
export interface DisableSSLVpnClientCertResponse {
    /** 此参数对外不可见。 taskid */
    TaskId?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisableVpnGatewaySSLClientCert: 禁用 ssl vpn客户端证书 */
export interface DisableVpnGatewaySSLClientCertRequest {
    /** VpngwID 例如 vpngw-goa5jz6j */
    VpnGatewayId: string;
    /** SSL VPN客户端实例ID */
    SSLVpnClientId: string;
    /** VPC实例ID。 */
    VpcId: string;
}
/** Output of DisableVpnGatewaySSLClientCert: 禁用 ssl vpn客户端证书 */
export interface DisableVpnGatewaySSLClientCertResponse {
    /** 此参数对外不可见。 TaskId */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DownloadCustomerGatewayConfiguration: 下载VPN通道配置 */
export interface DownloadCustomerGatewayConfigurationRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** VPN通道实例ID。形如: vpnx-f49l6u0z。 */
    VpnConnectionId: string;
    /** 对端网关厂商信息对象,可通过 DescribeCustomerGatewayVendors 获取。 */
    CustomerGatewayVendor: CustomerGatewayVendor;
    /** 通道接入设备物理接口名称。 */
    InterfaceName: string;
}
/** Output of DownloadCustomerGatewayConfiguration: 下载VPN通道配置 */
export interface DownloadCustomerGatewayConfigurationResponse {
    /** 此参数对外不可见。 XML格式配置信息。 */
    CustomerGatewayConfiguration?: string | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DownloadVpnGatewaySSLClientCert: 下载 ssl vpn客户端证书 */
export interface DownloadVpnGatewaySSLClientCertRequest {
    /** client id */
    SSLVpnClientId: string;
}
/** Output of DownloadVpnGatewaySSLClientCert: 下载 ssl vpn客户端证书 */
export interface DownloadVpnGatewaySSLClientCertResponse {
    /** 此参数对外不可见。 client 配置 */
    Data?: SslVpnClientConfig | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnableVpnGatewaySSLClientCert: 启用ssl vpn客户端证书 */
export interface EnableVpnGatewaySSLClientCertRequest {
    /** Vpngw vpngw-goa5jz6j */
    VpnGatewayId: string;
    /** VPC实例ID */
    VpcId: string;
    /** SSL VPN客户端实例ID */
    SSLVpnClientId: string;
}
/** Output of EnableVpnGatewaySSLClientCert: 启用ssl vpn客户端证书 */
export interface EnableVpnGatewaySSLClientCertResponse {
    /** 此参数对外不可见。 taskid */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceCreateVpnGateway: 创建VPN网关询价 */
export interface InquiryPriceCreateVpnGatewayRequest {
    /** VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。 */
    InstanceChargeType?: string | undefined;
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /** 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100；单位：Mbps。 */
    InternetMaxBandwidthOut: number;
    /** VPN网关类型。可选'IPSEC', 'SSL' */
    Type?: string | undefined;
    /** SSL VPN连接数设置 */
    MaxConnection?: number | undefined;
}
/** Output of InquiryPriceCreateVpnGateway: 创建VPN网关询价 */
export interface InquiryPriceCreateVpnGatewayResponse {
    /** 此参数对外不可见。 商品价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceRenewVpnGateway: 续费VPN网关询价 */
export interface InquiryPriceRenewVpnGatewayRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** 预付费模式, 即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid: InstanceChargePrepaid;
}
/** Output of InquiryPriceRenewVpnGateway: 续费VPN网关询价 */
export interface InquiryPriceRenewVpnGatewayResponse {
    /** 此参数对外不可见。 商品价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限询价 */
export interface InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** 公网带宽设置。可选带宽规格: 5, 10, 20, 50, 100; 单位: Mbps。 */
    InternetMaxBandwidthOut: number;
}
/** Output of InquiryPriceResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限询价 */
export interface InquiryPriceResetVpnGatewayInternetMaxBandwidthResponse {
    /** 此参数对外不可见。 商品价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyCustomerGatewayAttribute: 修改对端网关 */
export interface ModifyCustomerGatewayAttributeRequest {
    /** 对端网关ID, 例如: cgw-2wqq41m9, 可通过DescribeCustomerGateways接口查询对端网关。 */
    CustomerGatewayId: string;
    /** 对端网关名称, 可任意命名, 但不得超过60个字符。 */
    CustomerGatewayName: string;
}
/** Output of ModifyCustomerGatewayAttribute: 修改对端网关 */
export interface ModifyCustomerGatewayAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpnConnectionAttribute: 修改VPN通道 */
export interface ModifyVpnConnectionAttributeRequest {
    /** VPN通道实例ID。形如: vpx-f49l6u0z。 */
    VpnConnectionId: string;
    /** VPN通道名称, 可任意命名, 但不得超过60个字符。 */
    VpnConnectionName?: string | undefined;
    /** 预共享密钥。 */
    PreShareKey?: string | undefined;
    /** SPD策略组, 例如: {"10.0.0.5/24":["172.123.10.5/16"]}, 10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。 */
    SecurityPolicyDatabases?: SecurityPolicyDatabase[] | undefined;
    /** IKE配置 (Internet Key Exchange, 因特网密钥交换), IKE具有一套自我保护机制, 用户配置网络安全协议。 */
    IKEOptionsSpecification?: IKEOptionsSpecification | undefined;
    /** IPSec配置, 腾讯云提供IPSec安全会话设置。 */
    IPSECOptionsSpecification?: IPSECOptionsSpecification | undefined;
}
/** Output of ModifyVpnConnectionAttribute: 修改VPN通道 */
export interface ModifyVpnConnectionAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpnGatewayAttribute: 修改VPN网关属性 */
export interface ModifyVpnGatewayAttributeRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** VPN网关名称, 最大长度不能超过60个字节。 */
    VpnGatewayName?: string | undefined;
    /** VPN网关计费模式, 目前只支持预付费 (即包年包月) 到后付费 (即按量计费) 的转换。即参数只支持: POSTPAID_BY_HOUR。 */
    InstanceChargeType?: string | undefined;
}
/** Output of ModifyVpnGatewayAttribute: 修改VPN网关属性 */
export interface ModifyVpnGatewayAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpnGatewayCcnRoutes: 修改VPN网关云联网路由 */
export interface ModifyVpnGatewayCcnRoutesRequest {
    /** VPN网关实例ID */
    VpnGatewayId: string;
    /** 云联网络路由 (IDC网段) 列表 */
    Routes: VpngwCcnRoutes[];
}
/** Output of ModifyVpnGatewayCcnRoutes: 修改VPN网关云联网路由 */
export interface ModifyVpnGatewayCcnRoutesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpnGatewaySSLClient: 修改 ssl vpn客户端属性 */
export interface ModifyVpnGatewaySSLClientRequest {
    /** SSL VPN客户端实例ID */
    SSLVpnClientId: string;
    /** SSL VPN客户端名称 */
    SSLVpnClientName: string;
    /** vpcId */
    VpcId: string;
}
/** Output of ModifyVpnGatewaySSLClient: 修改 ssl vpn客户端属性 */
export interface ModifyVpnGatewaySSLClientResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpnGatewaySSLServer: 修改sslvpn服务端属性 */
export interface ModifyVpnGatewaySSLServerRequest {
    /** SSL VPN客户端实例ID。 */
    SSLVpnServerId: string;
    /** SSL VPN服务端名称。 */
    SSLVpnServerName: string;
    /** VpcID */
    VpcId: string;
}
/** Output of ModifyVpnGatewaySSLServer: 修改sslvpn服务端属性 */
export interface ModifyVpnGatewaySSLServerResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RenewVpnGateway: 续费VPN网关 */
export interface RenewVpnGatewayRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** 预付费计费模式。 */
    InstanceChargePrepaid: InstanceChargePrepaid;
}
/** Output of RenewVpnGateway: 续费VPN网关 */
export interface RenewVpnGatewayResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetVpnConnection: 重置VPN通道 */
export interface ResetVpnConnectionRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** VPN通道实例ID。形如: vpnx-f49l6u0z。 */
    VpnConnectionId: string;
}
/** Output of ResetVpnConnection: 重置VPN通道 */
export interface ResetVpnConnectionResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限 */
export interface ResetVpnGatewayInternetMaxBandwidthRequest {
    /** VPN网关实例ID。 */
    VpnGatewayId: string;
    /** 公网带宽设置。可选带宽规格: 5, 10, 20, 50, 100; 单位: Mbps。 */
    InternetMaxBandwidthOut: number;
}
/** Output of ResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限 */
export interface ResetVpnGatewayInternetMaxBandwidthResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDirectConnectGateway: 创建专线网关 */
export interface CreateDirectConnectGatewayRequest {
    /** 专线网关名称 */
    DirectConnectGatewayName: string;
    /** 关联网络类型，可选值： VPC - 私有网络 CCN - 云联网 */
    NetworkType: string;
    /** NetworkType 为 VPC 时，这里传值为私有网络实例ID NetworkType 为 CCN 时，这里传值为云联网实例ID */
    NetworkInstanceId: string;
    /** 网关类型，可选值： NORMAL - (默认) 标准型，注：云联网只支持标准型 NAT - NAT型 NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关 */
    GatewayType?: string | undefined;
    /** 专线网关带宽限速值。 */
    Bandwidth?: number | undefined;
}
/** Output of CreateDirectConnectGateway: 创建专线网关 */
export interface CreateDirectConnectGatewayResponse {
    /** 此参数对外不可见。 专线网关对象。 */
    DirectConnectGateway?: DirectConnectGateway | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDirectConnectGatewayCcnRoutes: 创建专线网关云联网络路由 */
export interface CreateDirectConnectGatewayCcnRoutesRequest {
    /** 专线网关ID，形如：dcg-prpqlmg1 */
    DirectConnectGatewayId: string;
    /** 需要连通的IDC网段列表 */
    Routes: DirectConnectGatewayCcnRoute[];
}
/** Output of CreateDirectConnectGatewayCcnRoutes: 创建专线网关云联网络路由 */
export interface CreateDirectConnectGatewayCcnRoutesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLocalDestinationIpPortTranslationNatRule: 创建专线网关本端目的IP端口转换 */
export interface CreateLocalDestinationIpPortTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 本端目的IP端口转换 */
    LocalDestinationIpPortTranslationNatRuleSet: LocalDestinationIpPortTranslationNatRule[];
}
/** Output of CreateLocalDestinationIpPortTranslationNatRule: 创建专线网关本端目的IP端口转换 */
export interface CreateLocalDestinationIpPortTranslationNatRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLocalIpTranslationAclRule: 创建专线网关本端IP转换ACL规则 */
export interface CreateLocalIpTranslationAclRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 原始IP */
    OriginalIp: string;
    /** 映射IP */
    TranslationIp: string;
    /** 本端IP转换列表ACL列表 */
    LocalIpTranslationAclRuleSet: LocalIpTranslationAclRule[];
}
/** Output of CreateLocalIpTranslationAclRule: 创建专线网关本端IP转换ACL规则 */
export interface CreateLocalIpTranslationAclRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLocalIpTranslationNatRule: 创建专线网关本端IP转换 */
export interface CreateLocalIpTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 本端IP转换列表 */
    LocalIpTranslationNatRuleSet: LocalIpTranslationNatRule[];
}
/** Output of CreateLocalIpTranslationNatRule: 创建专线网关本端IP转换 */
export interface CreateLocalIpTranslationNatRuleResponse {
    /** 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。 */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLocalSourceIpPortTranslationAclRule: 创建专线网关本端源IP端口转换ACL规则 */
export interface CreateLocalSourceIpPortTranslationAclRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** IP池 */
    TranslationIpPool: string;
    /** 本端源IP端口转换ACL列表 */
    LocalSourceIpPortTranslationAclRuleSet: LocalSourceIpPortTranslationAclRule[];
}
/** Output of CreateLocalSourceIpPortTranslationAclRule: 创建专线网关本端源IP端口转换ACL规则 */
export interface CreateLocalSourceIpPortTranslationAclRuleResponse {
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLocalSourceIpPortTranslationNatRule: 创建专线网关本端源IP端口转换 */
export interface CreateLocalSourceIpPortTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 本端源IP端口转换列表 */
    LocalSourceIpPortTranslationNatRuleSet: LocalSourceIpPortTranslationNatRule[];
}
/** Output of CreateLocalSourceIpPortTranslationNatRule: 创建专线网关本端源IP端口转换 */
export interface CreateLocalSourceIpPortTranslationNatRuleResponse {
    /** 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。 */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteDirectConnectGateway: 删除专线网关 */
export interface DeleteDirectConnectGatewayRequest {
    /** 专线网关唯一 ID，形如：dcg-9o233uri。 */
    DirectConnectGatewayId: string;
}
/** Output of DeleteDirectConnectGateway: 删除专线网关 */
export interface DeleteDirectConnectGatewayResponse {
    /** 此参数对外不可见。 本接口异步任务的任务ID。 */
    TaskId?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteDirectConnectGatewayCcnRoutes: 删除专线网关云联网络路由 */
export interface DeleteDirectConnectGatewayCcnRoutesRequest {
    /** 专线网关ID, 形如: dcg-prpqlmg1 */
    DirectConnectGatewayId: string;
    /** 路由ID。形如: ccnr-f49l6u0z。 */
    RouteIds: string[];
}
/** Output of DeleteDirectConnectGatewayCcnRoutes: 删除专线网关云联网络路由 */
export interface DeleteDirectConnectGatewayCcnRoutesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLocalDestinationIpPortTranslationNatRule: 删除专线网关本端目的IP端口转换 */
export interface DeleteLocalDestinationIpPortTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 对端IP转换列表 */
    LocalDestinationIpPortTranslationNatRuleSet: LocalDestinationIpPortTranslationNatRule[];
}
/** Output of DeleteLocalDestinationIpPortTranslationNatRule: 删除专线网关本端目的IP端口转换 */
export interface DeleteLocalDestinationIpPortTranslationNatRuleResponse {
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLocalIpTranslationAclRule: 删除专线网关本端IP转换ACL规则 */
export interface DeleteLocalIpTranslationAclRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 原始IP */
    OriginalIp: string;
    /** 映射IP */
    TranslationIp: string;
    /** 本端IP转换列表ACL列表 */
    LocalIpTranslationAclRuleSet: AclRuleId[];
}
/** Output of DeleteLocalIpTranslationAclRule: 删除专线网关本端IP转换ACL规则 */
export interface DeleteLocalIpTranslationAclRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLocalIpTranslationNatRule: 删除专线网关本端IP转换 */
export interface DeleteLocalIpTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 本端IP转换列表 */
    LocalIpTranslationNatRuleSet: LocalIpTranslationNatRule[];
}
/** Output of DeleteLocalIpTranslationNatRule: 删除专线网关本端IP转换 */
export interface DeleteLocalIpTranslationNatRuleResponse {
    /** 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。 */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLocalSourceIpPortTranslationAclRule: 删除专线网关本端源IP端口转换ACL规则 */
export interface DeleteLocalSourceIpPortTranslationAclRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** IP池 */
    TranslationIpPool: string;
    /** 本端源IP端口转换ACL列表 */
    LocalSourceIpPortTranslationAclRuleSet: AclRuleIdType[];
}
/** Output of DeleteLocalSourceIpPortTranslationAclRule: 删除专线网关本端源IP端口转换ACL规则 */
export interface DeleteLocalSourceIpPortTranslationAclRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLocalSourceIpPortTranslationNatRule: 删除专线网关本端源IP端口转换 */
export interface DeleteLocalSourceIpPortTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 本端源IP端口转换列表 */
    LocalSourceIpPortTranslationNatRuleSet: LocalSourceIpPortTranslationNatRule[];
}
/** Output of DeleteLocalSourceIpPortTranslationNatRule: 删除专线网关本端源IP端口转换 */
export interface DeleteLocalSourceIpPortTranslationNatRuleResponse {
    /** 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。 */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDirectConnectGatewayCcnRoutes: 查询专线网关云联网络路由 */
export interface DescribeDirectConnectGatewayCcnRoutesRequest {
    /** 专线网关ID，形如：dcg-prpqlmg1。 */
    DirectConnectGatewayId: string;
    /** 云联网路由学习类型，可选值： BGP - 自动学习。 STATIC - 静态，即用户配置，默认值。 */
    CcnRouteType?: string | undefined;
    /** 偏移量。 */
    Offset?: number | undefined;
    /** 返回数量。 */
    Limit?: number | undefined;
}
/** Output of DescribeDirectConnectGatewayCcnRoutes: 查询专线网关云联网络路由 */
export interface DescribeDirectConnectGatewayCcnRoutesResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 云联网路由 (IDC网段) 列表。 */
    RouteSet?: DirectConnectGatewayCcnRoute[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDirectConnectGateways: 查询专线网关 */
export interface DescribeDirectConnectGatewaysRequest {
    /** 专线网关唯一 ID, 形如: dcg-9o233uri。 */
    DirectConnectGatewayIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定 DirectConnectGatewayIds 和 Filters。 direct-connect-gateway-id - String - 专线网关唯一 ID, 形如: dcg-9o233uri。 direct-connect-gateway-name - String - 专线网关名称, 默认模糊查询。 direct-connect-gateway-ip - String - 专线网关 IP。 gateway-type - String - 网关类型, 可选值: NORMAL (普通型)、NAT (NAT型)。 network-type - String - 网络类型, 可选值: VPC (私有网络类型)、CCN (云联网类型)。 ccn-id - String - 专线网关所在云联网 ID。 vpc-id - String - 专线网关所在私有网络 ID。 */
    Filters?: Filter[] | undefined;
    /** 偏移量。 */
    Offset?: number | undefined;
    /** 返回数量。 */
    Limit?: number | undefined;
}
/** Output of DescribeDirectConnectGateways: 查询专线网关 */
export interface DescribeDirectConnectGatewaysResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 专线网关对象数组。 */
    DirectConnectGatewaySet?: DirectConnectGateway[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLocalDestinationIpPortTranslationNatRules: 查询专线网关本端目的IP端口转换 */
export interface DescribeLocalDestinationIpPortTranslationNatRulesRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 偏移量，默认为0 */
    Offset?: number | undefined;
    /** 请求对象个数，默认为20 */
    Limit?: number | undefined;
    /** 过滤条件，支持description过滤 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeLocalDestinationIpPortTranslationNatRules: 查询专线网关本端目的IP端口转换 */
export interface DescribeLocalDestinationIpPortTranslationNatRulesResponse {
    /** 此参数对外不可见。 本端目的IP端口转换列表 */
    LocalDestinationIpPortTranslationNatRuleSet?: LocalDestinationIpPortTranslationNatRule[] | undefined;
    /** 此参数对外不可见。 满足条件的本端目的IP端口转换列表的数目 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLocalIpTranslationAclRules: 查询专线网关本端IP转换ACL规则 */
export interface DescribeLocalIpTranslationAclRulesRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 偏移量, 默认为0 */
    Offset?: number | undefined;
    /** 请求对象个数, 默认为100 */
    Limit?: number | undefined;
    /** 过滤条件, 支持original-ip和translation-ip过滤 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeLocalIpTranslationAclRules: 查询专线网关本端IP转换ACL规则 */
export interface DescribeLocalIpTranslationAclRulesResponse {
    /** 此参数对外不可见。 本端IP转换ACL规则列表 */
    LocalIpTranslationAclRuleSet?: LocalIpTranslationAclRule[] | undefined;
    /** 此参数对外不可见。 满足条件的本端IP转换ACL规则列表数目 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLocalIpTranslationNatRules: 查询专线网关本端IP转换 */
export interface DescribeLocalIpTranslationNatRulesRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 偏移量, 默认为0 */
    Offset?: number | undefined;
    /** 请求对象个数, 默认为20 */
    Limit?: number | undefined;
    /** 过滤条件, 支持description过滤 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeLocalIpTranslationNatRules: 查询专线网关本端IP转换 */
export interface DescribeLocalIpTranslationNatRulesResponse {
    /** 此参数对外不可见。 本端IP转换列表 */
    LocalIpTranslationNatRuleSet?: LocalIpTranslationNatRule[] | undefined;
    /** 此参数对外不可见。 满足条件的本端IP转换列表数目 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLocalSourceIpPortTranslationAclRules: 查询专线网关本端源IP端口转换ACL规则 */
export interface DescribeLocalSourceIpPortTranslationAclRulesRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 偏移量, 默认为0 */
    Offset?: number | undefined;
    /** 请求对象个数, 默认为100 */
    Limit?: number | undefined;
    /** 过滤条件, 支持translation-ip-pool过滤 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeLocalSourceIpPortTranslationAclRules: 查询专线网关本端源IP端口转换ACL规则 */
export interface DescribeLocalSourceIpPortTranslationAclRulesResponse {
    /** 此参数对外不可见。 本端源IP端口转换ACL规则列表 */
    LocalSourceIpPortTranslationAclRuleSet?: LocalSourceIpPortTranslationAclRule[] | undefined;
    /** 此参数对外不可见。 满足条件的本端源IP端口转换ACL规则列表数目 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLocalSourceIpPortTranslationNatRules: 查询专线网关本端源IP端口转换 */
export interface DescribeLocalSourceIpPortTranslationNatRulesRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 偏移量, 默认为0 */
    Offset?: number | undefined;
    /** 请求对象个数, 默认为20 */
    Limit?: number | undefined;
    /** 过滤条件, 支持description过滤 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeLocalSourceIpPortTranslationNatRules: 查询专线网关本端源IP端口转换 */
export interface DescribeLocalSourceIpPortTranslationNatRulesResponse {
    /** 此参数对外不可见。 本端源IP端口转换列表 */
    LocalSourceIpPortTranslationNatRuleSet?: LocalSourceIpPortTranslationNatRule[] | undefined;
    /** 此参数对外不可见。 满足条件的本端源IP端口转换列表数目 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribePeerIpTranslationNatRules: 查询专线网关对端IP转换 */
export interface DescribePeerIpTranslationNatRulesRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 偏移量, 默认为0 */
    Offset?: number | undefined;
    /** 请求对象个数, 默认为20 */
    Limit?: number | undefined;
    /** 过滤条件, , 支持description过滤 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribePeerIpTranslationNatRules: 查询专线网关对端IP转换 */
export interface DescribePeerIpTranslationNatRulesResponse {
    /** 此参数对外不可见。 对端IP转换列表 */
    PeerIpTranslationNatRuleSet?: LocalIpTranslationNatRule[] | undefined;
    /** 此参数对外不可见。 满足条件的对端IP转换列表数目 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDirectConnectGatewayAttribute: 修改专线网关属性 */
export interface ModifyDirectConnectGatewayAttributeRequest {
    /** 专线网关唯一 ID, 形如: dcg-9o233uri。 */
    DirectConnectGatewayId: string;
    /** 专线网关名称, 可任意命名, 但不得超过60个字符。 */
    DirectConnectGatewayName?: string | undefined;
    /** 云联路由学习类型, 可选值: BGP (自动学习)、STATIC (静态, 即用户配置)。只有云联网类型专线网关且开启了BGP功能才支持修改 CcnRouteType。 */
    CcnRouteType?: string | undefined;
    /** 此参数对外不可见。 专线网关开启BGP community属性。 */
    EnableBGPCommunity?: boolean | undefined;
    /** 专线网关带宽限速值。 */
    Bandwidth?: number | undefined;
}
/** Output of ModifyDirectConnectGatewayAttribute: 修改专线网关属性 */
export interface ModifyDirectConnectGatewayAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyLocalDestinationIpPortTranslationNatRule: 修改专线网关本端目的IP端口转换 */
export interface ModifyLocalDestinationIpPortTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 旧的协议 */
    OldProtocol: string;
    /** 旧的源端口 */
    OldOriginalPort: number;
    /** 旧的源IP */
    OldOriginalIp: string;
    /** 旧的目的端口 */
    OldTranslationPort: number;
    /** 旧的目的IP */
    OldTranslationIp: string;
    /** 修改后的协议 */
    Protocol?: string | undefined;
    /** 修改后的源端口 */
    OriginalPort?: number | undefined;
    /** 修改后的源IP */
    OriginalIp?: string | undefined;
    /** 修改后的目的端口 */
    TranslationPort?: number | undefined;
    /** 修改后的目的IP */
    TranslationIp?: string | undefined;
    /** 修改后的描述 */
    Description?: string | undefined;
}
/** Output of ModifyLocalDestinationIpPortTranslationNatRule: 修改专线网关本端目的IP端口转换 */
export interface ModifyLocalDestinationIpPortTranslationNatRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyLocalIpTranslationAclRule: 修改专线网关本端IP转换ACL规则 */
export interface ModifyLocalIpTranslationAclRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 原始IP */
    OriginalIp: string;
    /** 映射IP */
    TranslationIp: string;
    /** 本端IP转换列表ACL列表 */
    LocalIpTranslationAclRuleSet: LocalIpTranslationAclRuleNeedId[];
}
/** Output of ModifyLocalIpTranslationAclRule: 修改专线网关本端IP转换ACL规则 */
export interface ModifyLocalIpTranslationAclRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyLocalIpTranslationNatRule: 修改专线网关本端IP转换 */
export interface ModifyLocalIpTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 旧的原始IP */
    OldOriginalIp: string;
    /** 旧的映射IP */
    OldTranslationIp: string;
    /** 修改后的原始IP */
    OriginalIp: string;
    /** 修改后的映射IP */
    TranslationIp: string;
    /** 修改后的描述 */
    Description: string;
}
/** Output of ModifyLocalIpTranslationNatRule: 修改专线网关本端IP转换 */
export interface ModifyLocalIpTranslationNatRuleResponse {
    /** 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。 */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyLocalSourceIpPortTranslationAclRule: 修改专线网关本端源IP端口转换ACL规则 */
export interface ModifyLocalSourceIpPortTranslationAclRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符串VPCID */
    VpcId: string;
    /** IP池 */
    TranslationIpPool: string;
    /** 本端源IP端口转换ACL列表 */
    LocalSourceIpPortTranslationAclRuleSet: LocalSourceIpPortTranslationAclRuleNeedId[];
}
/** Output of ModifyLocalSourceIpPortTranslationAclRule: 修改专线网关本端源IP端口转换ACL规则 */
export interface ModifyLocalSourceIpPortTranslationAclRuleResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyLocalSourceIpPortTranslationNatRule: 修改专线网关本端源IP端口转换 */
export interface ModifyLocalSourceIpPortTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 原本端源IP端口转换 */
    OldLocalSourceIpPortTranslationNatRule: LocalSourceIpPortTranslationNatRule[];
    /** 新本端源IP端口转换 */
    NewLocalSourceIpPortTranslationNatRule: LocalSourceIpPortTranslationNatRule[];
}
/** Output of ModifyLocalSourceIpPortTranslationNatRule: 修改专线网关本端源IP端口转换 */
export interface ModifyLocalSourceIpPortTranslationNatRuleResponse {
    /** 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。 */
    TaskId?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyPeerIpTranslationNatRule: 修改专线网关对端IP转换 */
export interface ModifyPeerIpTranslationNatRuleRequest {
    /** 专线网关ID */
    DirectConnectGatewayId: string;
    /** 字符型VPCID */
    VpcId: string;
    /** 旧的原始IP */
    OldOriginalIp: string;
    /** 旧的映射IP */
    OldTranslationIp: string;
    /** 修改后的原始IP */
    OriginalIp: string;
    /** 修改后的映射IP */
    TranslationIp: string;
    /** 修改后的描述 */
    Description: string;
}
/** Output of ModifyPeerIpTranslationNatRule: 修改专线网关对端IP转换 */
export interface ModifyPeerIpTranslationNatRuleResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceDirectConnectGatewayCcnRoutes: 替换专线网关云联网路由 */
export interface ReplaceDirectConnectGatewayCcnRoutesRequest {
    /** 专线网关ID, 形如: dcg-prpqlmg1 */
    DirectConnectGatewayId: string;
    /** 需要连通的IDC网段列表 */
    Routes: DirectConnectGatewayCcnRoute[];
}
/** Output of ReplaceDirectConnectGatewayCcnRoutes: 替换专线网关云联网路由 */
export interface ReplaceDirectConnectGatewayCcnRoutesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AcceptAttachCcnInstances: 云联网接受关联实例 */
export interface AcceptAttachCcnInstancesRequest {
    /** CCN实例ID。形如：ccn-f49l6u0z。 */
    CcnId: string;
    /** 接受关联实例列表。 */
    Instances: CcnInstance[];
}
/** Output of AcceptAttachCcnInstances: 云联网接受关联实例 */
export interface AcceptAttachCcnInstancesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AttachCcnInstances: 云联网关联实例 */
export interface AttachCcnInstancesRequest {
    /** CCN实例ID。形如：ccn-f49l6u0z。 */
    CcnId: string;
    /** CCN所属UIN（根账号），默认当前账号所属UIN */
    CcnUin?: string | undefined;
    /** 关联网络实例列表 */
    Instances: CcnInstance[];
}
/** Output of AttachCcnInstances: 云联网关联实例 */
export interface AttachCcnInstancesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateCcn: 创建CCN */
export interface CreateCcnRequest {
    /** CCN名称, 最大长度不能超过60个字节。 */
    CcnName: string;
    /** CCN描述信息, 最大长度不能超过100个字节。 */
    CcnDescription?: string | undefined;
    /** CCN服务质量, 'PT': 白金, 'AU': 金, 'AG': 银, 默认为'AU'。 */
    QosLevel?: string | undefined;
    /** 计费模式, PREPAID: 表示预付费, 即包年包月, POSTPAID: 表示后付费, 即按量计费。默认: POSTPAID。 */
    InstanceChargeType?: string | undefined;
    /** 限速类型, OUTER_REGION_LIMIT表示地域出口限速, INTER_REGION_LIMIT为地域间限速, 默认为OUTER_REGION_LIMIT */
    BandwidthLimitType?: string | undefined;
    /** 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateCcn: 创建CCN */
export interface CreateCcnResponse {
    /** 此参数对外不可见。 云联网 (CCN) 对象。 */
    Ccn?: CCN | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteCcn: 删除CCN */
export interface DeleteCcnRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
}
/** Output of DeleteCcn: 删除CCN */
export interface DeleteCcnResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCcnAttachedInstances: 查询云联网关联实例列表 */
export interface DescribeCcnAttachedInstancesRequest {
    /** 偏移量 */
    Offset?: number | undefined;
    /** 返回数量 */
    Limit?: number | undefined;
    /** 过滤条件: ccn-id - String - (过滤条件) CCN实例ID。 instance-type - String - (过滤条件) 关联实例类型。 instance-region - String - (过滤条件) 关联实例所属地域。 instance-id - String - (过滤条件) 关联实例实例ID。 */
    Filters?: Filter[] | undefined;
    /** 云联网实例ID */
    CcnId?: string | undefined;
    /** 排序字段。支持: CcnId InstanceType InstanceId InstanceName InstanceRegion AttachedTime State。 */
    OrderField?: string | undefined;
    /** 排序方法。顺序: ASC, 倒序: DESC。 */
    OrderDirection?: string | undefined;
}
/** Output of DescribeCcnAttachedInstances: 查询云联网关联实例列表 */
export interface DescribeCcnAttachedInstancesResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 关联实例列表。 */
    InstanceSet?: CcnAttachedInstance[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCcnRegionBandwidthLimits: 查询云联网各地域出带宽上限 */
export interface DescribeCcnRegionBandwidthLimitsRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
}
/** Output of DescribeCcnRegionBandwidthLimits: 查询云联网各地域出带宽上限 */
export interface DescribeCcnRegionBandwidthLimitsResponse {
    /** 此参数对外不可见。 云联网 (CCN) 各地域出带宽上限 */
    CcnRegionBandwidthLimitSet?: CcnRegionBandwidthLimit[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCcnRoutes: 查询云联网路由策略 */
export interface DescribeCcnRoutesRequest {
    /** CCN实例ID, 形如: ccn-gree226l。 */
    CcnId: string;
    /** CCN路由策略唯一ID。形如: ccnr-f49l6u0z。 */
    RouteIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定RouteIds和Filters。 route-id - String - (过滤条件) 路由策略ID。 cidr-block - String - (过滤条件) 目的端。 instance-type - String - (过滤条件) 下一跳类型。 instance-region - String - (过滤条件) 下一跳所属地域。 instance-id - String - (过滤条件) 下一跳实例ID。 */
    Filters?: Filter[] | undefined;
    /** 偏移量 */
    Offset?: number | undefined;
    /** 返回数量 */
    Limit?: number | undefined;
}
/** Output of DescribeCcnRoutes: 查询云联网路由策略 */
export interface DescribeCcnRoutesResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 CCN路由策略对象。 */
    RouteSet?: CcnRoute[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCcns: 查询CCN列表 */
export interface DescribeCcnsRequest {
    /** CCN实例ID。形如：ccn-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定CcnIds和Filters。 */
    CcnIds?: string[] | undefined;
    /** 过滤条件，参数不支持同时指定CcnIds和Filters。 ccn-id - String - (过滤条件) CCN唯一ID，形如：vpc-f49l6u0z。 ccn-name - String - (过滤条件) CCN名称。 ccn-description - String - (过滤条件) CCN描述。 state - String - (过滤条件) 实例状态，'ISOLATED': 隔离中 (欠费停服)，'AVAILABLE': 运行中。 tag-key - String -是否必填：否- (过滤条件) 按照标签键进行过滤。 tag:tag-key - String -是否必填：否- (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例：查询绑定了标签的CCN列表。 */
    Filters?: Filter[] | undefined;
    /** 偏移量 */
    Offset?: number | undefined;
    /** 返回数量 */
    Limit?: number | undefined;
    /** 排序字段。支持：CcnId CcnName CreateTime State QosLevel */
    OrderField?: string | undefined;
    /** 排序方法。顺序：ASC，倒序：DESC。 */
    OrderDirection?: string | undefined;
}
/** Output of DescribeCcns: 查询CCN列表 */
export interface DescribeCcnsResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 CCN对象。 */
    CcnSet?: CCN[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachCcnInstances: 云联网解关联实例 */
export interface DetachCcnInstancesRequest {
    /** CCN实例ID。形如：ccn-f49l6u0z。 */
    CcnId: string;
    /** 要解关联网络实例列表 */
    Instances: CcnInstance[];
}
/** Output of DetachCcnInstances: 云联网解关联实例 */
export interface DetachCcnInstancesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisableCcnRoutes: 禁用云联网路由 */
export interface DisableCcnRoutesRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
    /** CCN路由策略唯一ID。形如: ccnr-f49l6u0z。 */
    RouteIds: string[];
}
/** Output of DisableCcnRoutes: 禁用云联网路由 */
export interface DisableCcnRoutesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnableCcnRoutes: 启用云联网路由 */
export interface EnableCcnRoutesRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
    /** CCN路由策略唯一ID。形如: ccnr-f49l6u0z。 */
    RouteIds: string[];
}
/** Output of EnableCcnRoutes: 启用云联网路由 */
export interface EnableCcnRoutesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyCcnAttribute: 修改CCN属性 */
export interface ModifyCcnAttributeRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
    /** CCN名称, 最大长度不能超过60个字节。 */
    CcnName?: string | undefined;
    /** CCN描述信息, 最大长度不能超过100个字节。 */
    CcnDescription?: string | undefined;
}
/** Output of ModifyCcnAttribute: 修改CCN属性 */
export interface ModifyCcnAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyCcnRegionBandwidthLimitsType: 后付费产品修改带宽限速策略 */
export interface ModifyCcnRegionBandwidthLimitsTypeRequest {
    /** 云联网实例ID。 */
    CcnId: string;
    /** 云联网限速类型, INTER_REGION_LIMIT: 地域间限速, OUTER_REGION_LIMIT: 地域出口限速。 */
    BandwidthLimitType?: string | undefined;
}
/** Output of ModifyCcnRegionBandwidthLimitsType: 后付费产品修改带宽限速策略 */
export interface ModifyCcnRegionBandwidthLimitsTypeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RejectAttachCcnInstances: 云联网拒绝关联实例 */
export interface RejectAttachCcnInstancesRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
    /** 拒绝关联实例列表。 */
    Instances: CcnInstance[];
}
/** Output of RejectAttachCcnInstances: 云联网拒绝关联实例 */
export interface RejectAttachCcnInstancesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetAttachCcnInstances: 重新申请关联实例 */
export interface ResetAttachCcnInstancesRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
    /** CCN所属UIN (根账号)。 */
    CcnUin: string;
    /** 重新申请关联网络实例列表。 */
    Instances: CcnInstance[];
}
/** Output of ResetAttachCcnInstances: 重新申请关联实例 */
export interface ResetAttachCcnInstancesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of SetCcnRegionBandwidthLimits: 设置云联网各地域出带宽上限 */
export interface SetCcnRegionBandwidthLimitsRequest {
    /** CCN实例ID。形如: ccn-f49l6u0z。 */
    CcnId: string;
    /** 云联网 (CCN) 各地域出带宽上限。 */
    CcnRegionBandwidthLimits: CcnRegionBandwidthLimit[];
}
/** Output of SetCcnRegionBandwidthLimits: 设置云联网各地域出带宽上限 */
export interface SetCcnRegionBandwidthLimitsResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpcEndPoint: 创建终端节点 */
export interface CreateVpcEndPointRequest {
    /** VPC实例ID。 */
    VpcId: string;
    /** 子网实例ID。 */
    SubnetId: string;
    /** 终端节点名称。 */
    EndPointName: string;
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
    /** 终端节点VIP，可以指定IP申请。 */
    EndPointVip?: string | undefined;
    /** 安全组ID。 */
    SecurityGroupId?: string | undefined;
    /** IP地址类型 */
    IpAddressType?: string | undefined;
    /** 用户ID */
    AppId: string;
}
/** Output of CreateVpcEndPoint: 创建终端节点 */
export interface CreateVpcEndPointResponse {
    /** 此参数对外不可见。 终端节点对象详细信息。 */
    EndPoint?: EndPoint | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeGatewayFlowMonitorDetail: 查询网关流量监控明细 */
export interface DescribeGatewayFlowMonitorDetailRequest {
    /** 时间点。表示要查询这分钟内的明细。如：2019-02-28 18:15:20，将查询 18:15 这一分钟内的明细。 */
    TimePoint: string;
    /** VPN网关实例ID，形如：vpn-ltjahce6。 */
    VpnId?: string | undefined;
    /** 专线网关实例ID，形如：dcg-ltjahce6。 */
    DirectConnectGatewayId?: string | undefined;
    /** 对等连接实例ID，形如：pcx-ltjahce6。 */
    PeeringConnectionId?: string | undefined;
    /** NAT网关实例ID，形如：nat-ltjahce6。 */
    NatId?: string | undefined;
    /** 偏移量。 */
    Offset?: number | undefined;
    /** 返回数量。 */
    Limit?: number | undefined;
    /** 排序字段。支持 InPkg OutPkg InTraffic OutTraffic。 */
    OrderField?: string | undefined;
    /** 排序方法。顺序：ASC，倒序：DESC。 */
    OrderDirection?: string | undefined;
}
/** Output of DescribeGatewayFlowMonitorDetail: 查询网关流量监控明细 */
export interface DescribeGatewayFlowMonitorDetailResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 网关流量监控明细。 */
    GatewayFlowMonitorDetailSet?: GatewayFlowMonitorDetail[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignIpv6SubnetCidrBlock: 分配IPv6子网段 */
export interface AssignIpv6SubnetCidrBlockRequest {
    /** 子网所在私有网络 ID。形如：vpc-f49l6u0z。 */
    VpcId: string;
    /** 分配 IPv6 子网段列表。 */
    Ipv6SubnetCidrBlocks: Ipv6SubnetCidrBlock[];
}
/** Output of AssignIpv6SubnetCidrBlock: 分配IPv6子网段 */
export interface AssignIpv6SubnetCidrBlockResponse {
    /** 此参数对外不可见。 分配 IPv6 子网段列表。 */
    Ipv6SubnetCidrBlockSet?: Ipv6SubnetCidrBlock[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CheckDefaultSubnet: 预判是否可建默认子网 */
export interface CheckDefaultSubnetRequest {
    /** 子网所在的可用区ID, 不同子网选择不同可用区可以做跨可用区灾备。 */
    Zone?: string | undefined;
}
/** Output of CheckDefaultSubnet: 预判是否可建默认子网 */
export interface CheckDefaultSubnetResponse {
    /** 此参数对外不可见。 检查结果。true为可以创建默认子网, false为不可以创建默认子网。 */
    Result?: boolean | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CheckIpInSubnet: 判断ip在子网内是有可用 */
export interface CheckIpInSubnetRequest {
    /** vpcid */
    VpcId: string;
    /** 子网名称, 最大长度不能超过60个字节。 */
    SubnetId: string;
    /** 私有网络IP地址 */
    PrivateIpAddresses: string[];
}
/** Output of CheckIpInSubnet: 判断ip在子网内是有可用 */
export interface CheckIpInSubnetResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSubnet: 创建子网 */
export interface CreateSubnetRequest {
    /** 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** 子网名称,最大长度不能超过60个字节。 */
    SubnetName: string;
    /** 子网网段,子网网段必须在VPC网段内,相同VPC内子网网段不能重叠。 */
    CidrBlock: string;
    /** 子网所在的可用区ID,不同子网选择不同可用区可以做跨可用区灾备。 */
    Zone: string;
    /** 指定绑定的标签列表,例如:[{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateSubnet: 创建子网 */
export interface CreateSubnetResponse {
    /** 此参数对外不可见。 子网对象。 */
    Subnet?: Subnet | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSubnets: 批量创建子网 */
export interface CreateSubnetsRequest {
    /** VPC 实例 ID。形如: vpc-6v2ht8q5 */
    VpcId: string;
    /** 子网对象列表。 */
    Subnets: SubnetInput[];
    /** 指定绑定的标签列表,注意这里的标签集合为列表中所有子网对象所共享,不能为每个子网对象单独指定标签,例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateSubnets: 批量创建子网 */
export interface CreateSubnetsResponse {
    /** 此参数对外不可见。 新创建的子网列表。 */
    SubnetSet?: Subnet[] | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSubnet: 删除子网 */
export interface DeleteSubnetRequest {
    /** 子网实例ID。可通过DescribeSubnets接口返回值中的SubnetId获取。 */
    SubnetId: string;
}
/** Output of DeleteSubnet: 删除子网 */
export interface DeleteSubnetResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSubnets: 查询子网列表 */
export interface DescribeSubnetsRequest {
    /** 子网实例ID查询。形如: subnet-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定SubnetIds和Filters。 */
    SubnetIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定SubnetIds和Filters。 subnet-id - String - (过滤条件) Subnet实例名称。 type - Int - (过滤条件) Subnet类型, 默认普通子网。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 cidr-block - String - (过滤条件) 子网网段, 形如: 192.168.1.0。 is-default - Boolean - (过滤条件) 是否是默认子网。 is-remote-vpc-snat - Boolean - (过滤条件) 是否为VPC SNAT地址池子网。 subnet-name - String - (过滤条件) 子网名称。 zone - String - (过滤条件) 可用区。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例2。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: string | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: string | undefined;
}
/** Output of DescribeSubnets: 查询子网列表 */
export interface DescribeSubnetsResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 子网对象。 */
    SubnetSet?: Subnet[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifySubnetAttribute: 修改子网属性 */
export interface ModifySubnetAttributeRequest {
    /** 子网实例ID。形如：subnet-pxir56ns。 */
    SubnetId: string;
    /** 子网名称，最大长度不能超过60个字节。 */
    SubnetName?: string | undefined;
    /** 子网是否开启广播。 */
    EnableBroadcast?: string | undefined;
}
/** Output of ModifySubnetAttribute: 修改子网属性 */
export interface ModifySubnetAttributeResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of UnassignIpv6SubnetCidrBlock: 释放IPv6子网段 */
export interface UnassignIpv6SubnetCidrBlockRequest {
    /** 子网所在私有网络 ID。形如: vpc-f49l6u0z。 */
    VpcId: string;
    /** IPv6 子网段列表。 */
    Ipv6SubnetCidrBlocks: Ipv6SubnetCidrBlock[];
}
/** Output of UnassignIpv6SubnetCidrBlock: 释放IPv6子网段 */
export interface UnassignIpv6SubnetCidrBlockResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDefaultSecurityGroup: 创建默认安全组 */
export interface CreateDefaultSecurityGroupRequest {
    /** 项目ID, 默认0。可在qcloud控制台项目管理页面查询到。 */
    ProjectId?: string | undefined;
}
/** Output of CreateDefaultSecurityGroup: 创建默认安全组 */
export interface CreateDefaultSecurityGroupResponse {
    /** 此参数对外不可见。 安全组对象。 */
    SecurityGroup?: SecurityGroup | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSecurityGroup: 创建安全组 */
export interface CreateSecurityGroupRequest {
    /** 项目ID, 默认0。可在qcloud控制台项目管理页面查询到。 */
    ProjectId?: string | undefined;
    /** 安全组名称, 可任意命名, 但不得超过60个字符。 */
    GroupName: string;
    /** 安全组备注, 最多100个字符。 */
    GroupDescription: string;
    /** 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateSecurityGroup: 创建安全组 */
export interface CreateSecurityGroupResponse {
    /** 此参数对外不可见。 安全组对象。 */
    SecurityGroup?: SecurityGroup | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSecurityGroupPolicies: 安全组添加规则 */
export interface CreateSecurityGroupPoliciesRequest {
    /** 安全组实例ID，例如sg-33ocnj9n，可通过DescribeSecurityGroups获取。 */
    SecurityGroupId: string;
    /** 安全组规则集合。 */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/** Output of CreateSecurityGroupPolicies: 安全组添加规则 */
export interface CreateSecurityGroupPoliciesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSecurityGroupWithPolicies: 创建安全组和规则 */
export interface CreateSecurityGroupWithPoliciesRequest {
    /** 项目ID, 默认0。可在qcloud控制台项目管理页面查询到。 */
    ProjectId?: string | undefined;
    /** 安全组名称, 可任意命名, 但不得超过60个字符。 */
    GroupName: string;
    /** 安全组备注, 最多100个字符。 */
    GroupDescription: string;
    /** 安全组规则集合。 */
    SecurityGroupPolicySet?: SecurityGroupPolicySet | undefined;
}
/** Output of CreateSecurityGroupWithPolicies: 创建安全组和规则 */
export interface CreateSecurityGroupWithPoliciesResponse {
    /** 此参数对外不可见。 安全组对象。 */
    SecurityGroup?: SecurityGroup | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSecurityGroup: 删除安全组 */
export interface DeleteSecurityGroupRequest {
    /** 安全组实例ID, 例如sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。 */
    SecurityGroupId: string;
}
/** Output of DeleteSecurityGroup: 删除安全组 */
export interface DeleteSecurityGroupResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSecurityGroupPolicies: 删除安全组规则 */
export interface DeleteSecurityGroupPoliciesRequest {
    /** 安全组实例ID, 例如sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。 */
    SecurityGroupId: string;
    /** 安全组规则集合。一个请求中只能删除单个方向的一条或多条规则。支持指定索引 (PolicyIndex) 匹配删除和安全组规则匹配删除两种方式, 一个请求中只能使用一种匹配方式。 */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/** Output of DeleteSecurityGroupPolicies: 删除安全组规则 */
export interface DeleteSecurityGroupPoliciesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDBInstancesWithSecurityGroup: 安全组查询绑定数据库实例 */
export interface DescribeDBInstancesWithSecurityGroupRequest {
    /** 安全组实例ID, 例如: sg-33ocnj9n。 */
    SecurityGroupId: string;
    /** 过滤条件。 module - String - (过滤条件) 数据库类型。 instance-id - String - (过滤条件) 实例ID。 instance-ip - String - (过滤条件) 实例IP。 */
    Filters: Filter[];
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeDBInstancesWithSecurityGroup: 安全组查询绑定数据库实例 */
export interface DescribeDBInstancesWithSecurityGroupResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 数据库实例详细信息。 */
    DBInstances?: DBInstances | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupAssociationStatistics: 查询安全组关联实例统计 */
export interface DescribeSecurityGroupAssociationStatisticsRequest {
    /** 安全实例ID, 例如sg-33ocnj9n, 可通过DescribeSecurityGroups获取。 */
    SecurityGroupIds: string[];
}
/** Output of DescribeSecurityGroupAssociationStatistics: 查询安全组关联实例统计 */
export interface DescribeSecurityGroupAssociationStatisticsResponse {
    /** 此参数对外不可见。 安全组关联实例统计。 */
    SecurityGroupAssociationStatisticsSet?: SecurityGroupAssociationStatistics[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupLimits: 查询用户安全组配额 */
export interface DescribeSecurityGroupLimitsRequest {
}
/** Output of DescribeSecurityGroupLimits: 查询用户安全组配额 */
export interface DescribeSecurityGroupLimitsResponse {
    /** 此参数对外不可见。 用户安全组配额限制。 */
    SecurityGroupLimitSet?: SecurityGroupLimitSet | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupPolicies: 查询安全组规则 */
export interface DescribeSecurityGroupPoliciesRequest {
    /** 安全组实例ID, 例如: sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。 */
    SecurityGroupId: string;
    /** 过滤条件。 security-group-id - String - 规则中的安全组ID。 ip - String - IP, 支持IPv4和IPv6模糊匹配。 address-module - String - IP地址模板或IP地址组模板ID。 service-module - String - 协议端口模板或协议端口组模板ID。 protocol-type - String - 安全组策略支持的协议, 可选值: TCP, UDP, ICMP, ICMPV6, GRE, ALL。 port - String - 是否必填: 否 - 协议端口, 支持模糊匹配, 值为 ALL 时, 查询所有的端口。 poly - String - 协议策略, 可选值: ALL, 所有策略; ACCEPT, 允许; DROP, 拒绝。 direction - String - 协议规则, 可选值: ALL, 所有策略; INBOUND, 入站规则; OUTBOUND, 出站规则。 description - String - 协议描述, 该过滤条件支持模糊匹配。 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeSecurityGroupPolicies: 查询安全组规则 */
export interface DescribeSecurityGroupPoliciesResponse {
    /** 此参数对外不可见。 安全组规则集合。 */
    SecurityGroupPolicySet?: SecurityGroupPolicySet | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroups: 查看安全组 */
export interface DescribeSecurityGroupsRequest {
    /** 安全组实例ID, 例如: sg-33ocnj9n, 可通过DescribeSecurityGroups获取。每次请求的实例的上限为100。参数不支持同时指定SecurityGroupIds和Filters。 */
    SecurityGroupIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定SecurityGroupIds和Filters。 security-group-id - String - (过滤条件) 安全组ID。 project-id - Integer - (过滤条件) 项目ID。 security-group-name - String - (过滤条件) 安全组名称。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。使用请参考示例2。 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例3。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: string | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: string | undefined;
}
/** Output of DescribeSecurityGroups: 查看安全组 */
export interface DescribeSecurityGroupsResponse {
    /** 此参数对外不可见。 安全组对象。 */
    SecurityGroupSet?: SecurityGroup[] | undefined;
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifySecurityGroupAttribute: 修改安全组属性 */
export interface ModifySecurityGroupAttributeRequest {
    /** 安全组实例ID, 例如sg-33ocnj9n, 可通过DescribeSecurityGroups获取。 */
    SecurityGroupId: string;
    /** 安全组名称, 可任意命名, 但不得超过60个字符。 */
    GroupName?: string | undefined;
    /** 安全组备注, 最多100个字符。 */
    GroupDescription?: string | undefined;
}
/** Output of ModifySecurityGroupAttribute: 修改安全组属性 */
export interface ModifySecurityGroupAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifySecurityGroupPolicies: 修改安全组出站和入站规则 */
export interface ModifySecurityGroupPoliciesRequest {
    /** 安全组实例ID, 例如sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。 */
    SecurityGroupId: string;
    /** 安全组规则集合。SecurityGroupPolicySet对象必须同时指定新的出 (Egress) 入 (Ingress) 站规则。SecurityGroupPolicy对象不支持自定义索引 (PolicyIndex)。 */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
    /** 排序安全组标识。值为True时, 支持安全组排序; SortPolicys不存在或SortPolicys为False时, 为修改安全组规则。 */
    SortPolicys?: boolean | undefined;
}
/** Output of ModifySecurityGroupPolicies: 修改安全组出站和入站规则 */
export interface ModifySecurityGroupPoliciesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceSecurityGroupPolicy: 替换单条安全组路由规则 */
export interface ReplaceSecurityGroupPolicyRequest {
    /** 安全组实例ID，例如sg-33ocnj9n，可通过DescribeSecurityGroups获取。 */
    SecurityGroupId: string;
    /** 安全组规则集合对象。 */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/** Output of ReplaceSecurityGroupPolicy: 替换单条安全组路由规则 */
export interface ReplaceSecurityGroupPolicyResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AllocateIp6AddressesBandwidth: IPv6地址分配公网带宽 */
export interface AllocateIp6AddressesBandwidthRequest {
    /** 需要开通公网访问能力的IPV6地址 */
    Ip6Addresses: string[];
    /** 带宽，单位Mbps。默认是1Mbps */
    InternetMaxBandwidthOut?: number | undefined;
    /** 网络计费模式。IPV6当前支持"TRAFFIC_POSTPAID_BY_HOUR"，默认是"TRAFFIC_POSTPAID_BY_HOUR"。 */
    InternetChargeType?: string | undefined;
}
/** Output of AllocateIp6AddressesBandwidth: IPv6地址分配公网带宽 */
export interface AllocateIp6AddressesBandwidthResponse {
    /** 此参数对外不可见。 弹性公网 IPV6 的唯一 ID 列表。 */
    AddressSet?: string[] | undefined;
    /** 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。 */
    TaskId?: string | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeIp6Addresses: 查询IPV6地址信息 */
export interface DescribeIp6AddressesRequest {
    /** 标识 IPV6 的唯一 ID 列表。IPV6 唯一 ID 形如：eip-11112222。参数不支持同时指定 Ip6AddressIds 和 Filters。 */
    Ip6AddressIds?: string[] | undefined;
    /** 每次请求的 Filters 的上限为10，Filter.Values 的上限为5。参数不支持同时指定 AddressIds 和 Filters。详细的过滤条件如下： address-ip - String - 是否必填：否 - （过滤条件）按照 EIP 的 IP 地址过滤。 network-interface-id - String - 是否必填：否 - （过滤条件）按照弹性网卡的唯一ID过滤。 */
    Filters?: Filter[] | undefined;
    /** 偏移量，默认为0。关于 Offset 的更进一步介绍请参考 API 简介 中的相关小节。 */
    Offset?: number | undefined;
    /** 返回数量，默认为20，最大值为100。关于 Limit 的更进一步介绍请参考 API 简介 中的相关小节。 */
    Limit?: number | undefined;
}
/** Output of DescribeIp6Addresses: 查询IPV6地址信息 */
export interface DescribeIp6AddressesResponse {
    /** 此参数对外不可见。 符合条件的 IPV6 数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 IPV6 详细信息列表。 */
    AddressSet?: Address[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyIp6AddressesBandwidth: 修改IPV6访问internet的带宽 */
export interface ModifyIp6AddressesBandwidthRequest {
    /** IPV6地址。Ip6Addresses和Ip6AddressId必须且只能传一个 */
    Ip6Addresses?: string[] | undefined;
    /** IPV6地址对应的唯一ID，形如eip-xxxxxxx。Ip6Addresses和Ip6AddressId必须且只能传一个 */
    Ip6AddressIds?: string[] | undefined;
    /** 修改的目标带宽，单位Mbps */
    InternetMaxBandwidthOut: number;
}
/** Output of ModifyIp6AddressesBandwidth: 修改IPV6访问internet的带宽 */
export interface ModifyIp6AddressesBandwidthResponse {
    /** 此参数对外不可见。 任务ID */
    TaskId?: string | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReleaseIp6AddressesBandwidth: 释放弹性公网IPv6地址带宽 */
export interface ReleaseIp6AddressesBandwidthRequest {
    /** IPv6地址。Ip6Addresses和Ip6AddressIds必须且只能传一个 */
    Ip6Addresses?: string[] | undefined;
    /** IPv6地址对应的唯一ID,形如eip-xxxxxxx。Ip6Addresses和Ip6AddressIds必须且只能传一个。 */
    Ip6AddressIds?: string[] | undefined;
}
/** Output of ReleaseIp6AddressesBandwidth: 释放弹性公网IPv6地址带宽 */
export interface ReleaseIp6AddressesBandwidthResponse {
    /** 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。 */
    TaskId?: string | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AllocateAddresses: 创建弹性公网IP */
export interface AllocateAddressesRequest {
    /**
     * EIP数量。默认值: 1。
     *
     * @defaultValue 1
     */
    AddressCount?: number | undefined;
    /**
     * EIP线路类型。默认值: BGP。 已开通静态单线 IP白名单的用户，可选值: CMCC: 中国移动CTCC: 中国电信CUCC: 中国联通注意: 仅部分地域支持静态单线IP。
     *
     * @defaultValue BGP
     */
    InternetServiceProvider?: string | undefined;
    /** 此参数对外不可见。 内部参数，用于指定集群申請EIP。 */
    TgwGroup?: string | undefined;
    /** 此参数对外不可见。 内部参数。 */
    ApplySilence?: number | undefined;
    /** EIP计费方式。 */
    InternetChargeType?: string | undefined;
    /**
     * EIP出带宽上限，单位: Mbps。 已开通带宽上移白名单的用户，可选值范围取决于EIP计费方式: BANDWIDTH_PACKAGE: 1 Mbps 至 1000 MbpsBANDWIDTH_POSTPAID_BY_HOUR: 1 Mbps 至 100 MbpsTRAFFIC_POSTPAID_BY_HOUR: 1 Mbps 至 100 Mbps默认值: 1 Mbps。未开通带宽上移白名单的用户，EIP出带宽上限取决于与其绑定的实例的公网出带宽上限，无需传递此参数。
     *
     * @defaultValue 1
     */
    InternetMaxBandwidthOut?: number | undefined;
    /** 此参数对外不可见。 计费周期，预付费需要传递。 */
    AddressChargePrepaid?: AddressChargePrepaid | undefined;
    /** 此参数对外不可见。 订单ID，内部参数。 */
    DealId?: string | undefined;
    /**
     * EIP类型。默认值: EIP。
     *
     * @defaultValue EIP
     */
    AddressType?: string | undefined;
    /**
     * Anycast发布域。 已开通Anycast公网加速白名单的用户，可选值：ANYCAST_ZONE_GLOBAL：全球发布域（需要额外开通Anycast全球加速白名单）ANYCAST_ZONE_OVERSEAS：境外发布域[已废弃] ANYCAST_ZONE_A：发布域A（已更新为全球发布域）[已废弃] ANYCAST_ZONE_B：发布域B（已更新为全球发布域）默认值：ANYCAST_ZONE_OVERSEAS。
     *
     * @defaultValue ANYCAST_ZONE_OVERSEAS
     */
    AnycastZone?: string | undefined;
    /** 此参数对外不可见。 EIP可用区，用于指定可用区申请EIP。 */
    Zone?: string | undefined;
    /** 此参数对外不可见。 指定IP地址申请EIP，每个账户每个月只有三次配额 */
    VipCluster?: string[] | undefined;
    /** 此参数对外不可见。 [Deprecated] 该字段无实际功能，废弃 */
    VipSet?: string[] | undefined;
    /**
     * [已废弃] AnycastEIP不再区分是否负载均衡。原参数说明如下： AnycastEIP是否用于绑定负载均衡。 已开通Anycast公网加速白名单的用户，可选值：TRUE：AnycastEIP可绑定对象为负载均衡FALSE：AnycastEIP可绑定对象为云服务器、NAT网关、高可用虚拟IP等默认值：FALSE。
     *
     * @defaultValue FALSE
     */
    ApplicableForCLB?: boolean | undefined;
    /** 需要关联的标签列表。 */
    Tags?: Tag[] | undefined;
    /** 此参数对外不可见。 TGW集群ID，用于指定集群ID申请弹性公网IP。注意，anycast EIP不支持指定集群ID申请，静态单线EIP指定集群ID申请时，InternetServiceProvider参数必须和集群ID的运营商属性一致。 */
    SetId?: number | undefined;
    /** 此参数对外不可见。 是否是本地带宽IP。默认值：否 */
    Restrictive?: boolean | undefined;
    /** BGP带宽包唯一ID参数。设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的EIP加入该BGP带宽包并采用带宽包计费 */
    BandwidthPackageId?: string | undefined;
}
/** Output of AllocateAddresses: 创建弹性公网IP */
export interface AllocateAddressesResponse {
    /** 此参数对外不可见。 申请到的 EIP 的唯一 ID 列表。 */
    AddressSet?: string[] | undefined;
    /** 此参数对外不可见。 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。 */
    TaskId?: string | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateAddress: 绑定弹性公网IP */
export interface AssociateAddressRequest {
    /** 标识 EIP 的唯一 ID。EIP 唯一 ID 形如: eip-11112222。 */
    AddressId: string;
    /** 要绑定的实例 ID。实例 ID 形如: ins-11112222。可通过登录 控制台 查询, 也可通过 DescribeInstances 接口返回值中的 InstanceId 获取。 */
    InstanceId?: string | undefined;
    /** 要绑定的弹性网卡 ID。弹性网卡 ID 形如: eni-11112222。NetworkInterfaceId 与 InstanceId 不可同时指定。弹性网卡 ID 可通过登录 控制台 查询, 也可通过 DescribeNetworkInterfaces 接口返回值中的 networkInterfaceId 获取。 */
    NetworkInterfaceId?: string | undefined;
    /** 要绑定的内网 IP。如果指定了 NetworkInterfaceId 则也必须指定 PrivateIpAddress, 表示将 EIP 绑定到指定弹性网卡的主网 IP 上。同时要确保指定的 PrivateIpAddress 是指定的 NetworkInterfaceId 上的一个内网 IP。指定弹性网卡的内网 IP 可通过登录 控制台 查询, 也可通过 DescribeNetworkInterfaces 接口返回值中的 privateIpAddress 获取。 */
    PrivateIpAddress?: string | undefined;
}
/** Output of AssociateAddress: 绑定弹性公网IP */
export interface AssociateAddressResponse {
    /** 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。 */
    TaskId?: string | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAddressQuota: 查询弹性公网IP配额 */
export interface DescribeAddressQuotaRequest {
}
/** Output of DescribeAddressQuota: 查询弹性公网IP配额 */
export interface DescribeAddressQuotaResponse {
    /** 此参数对外不可见。 账户 EIP 配额信息。 */
    QuotaSet?: Quota[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAddresses: 查询弹性公网IP列表 */
export interface DescribeAddressesRequest {
    /** 标识 EIP 的唯一 ID 列表。EIP 唯一 ID 形如: eip-11112222。参数不支持同时指定 AddressIds 和 Filters。 */
    AddressIds?: string[] | undefined;
    /** 每次请求的 Filters 的上限为10, Filter.Values 的上限为5。参数不支持同时指定 AddressIds 和 Filters。详细的过滤条件如下: address-id - String - 是否必填: 否 - (过滤条件) 按照 EIP 的唯一 ID 过滤。EIP 唯一 ID 形如: eip-11112222。 address-name - String - 是否必填: 否 - (过滤条件) 按照 EIP 名称过滤。不支持模糊过滤。 address-ip - String - 是否必填: 否 - (过滤条件) 按照 EIP 的 IP 地址过滤。 address-status - String - 是否必填: 否 - (过滤条件) 按照 EIP 的状态过滤。状态包含: 'CREATING', 'BINDING', 'BIND', 'UNBINDING', 'UNBIND', 'OFFLINING', 'BIND_ENI'。 instance-id - String - 是否必填: 否 - (过滤条件) 按照 EIP 绑定的实例 ID 过滤。实例 ID 形如: ins-11112222。 private-ip-address - String - 是否必填: 否 - (过滤条件) 按照 EIP 绑定的内网 IP 过滤。 network-interface-id - String - 是否必填: 否 - (过滤条件) 按照 EIP 绑定的弹性网卡 ID 过滤。弹性网卡 ID 形如: eni-11112222。 is-arrears - String - 是否必填: 否 - (过滤条件) 按照 EIP 是否欠费进行过滤。(TRUE: EIP 处于欠费状态 FALSE: EIP 费用状态正常) */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。关于 Offset 的更进一步介绍请参考 API 简介 中的相关小节。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。关于 Limit 的更进一步介绍请参考 API 简介 中的相关小节。 */
    Limit?: number | undefined;
}
/** Output of DescribeAddresses: 查询弹性公网IP列表 */
export interface DescribeAddressesResponse {
    /** 此参数对外不可见。 符合条件的 EIP 数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 EIP 详细信息列表。 */
    AddressSet?: Address[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetworkInterfaceExtendIps: 获取弹性网卡的扩展ip */
export interface DescribeNetworkInterfaceExtendIpsRequest {
    /** 弹性网卡的唯一id列表 */
    NetworkInterfaceIds: string[];
    /** 偏移量，默认为0。 */
    Offset?: number | undefined;
    /** 每页行数，默认为100 */
    Limit?: number | undefined;
}
/** Output of DescribeNetworkInterfaceExtendIps: 获取弹性网卡的扩展ip */
export interface DescribeNetworkInterfaceExtendIpsResponse {
    /** 此参数对外不可见。 返回扩展ip段 */
    NetworkInterfaceExtendIpSet?: NetworkInterfaceExtendIp[] | undefined;
    /** 此参数对外不可见。 返回总条目数 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupReferences: 查询安全组被引用信息 */
export interface DescribeSecurityGroupReferencesRequest {
    /** 安全组实例ID数组。格式如: ['sg-12345678'] */
    SecurityGroupIds: string[];
}
/** Output of DescribeSecurityGroupReferences: 查询安全组被引用信息 */
export interface DescribeSecurityGroupReferencesResponse {
    /** 此参数对外不可见。 安全组被引用信息。 */
    ReferredSecurityGroupSet?: ReferredSecurityGroup[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTaskResult: 查询异步任务执行结果 */
export interface DescribeTaskResultRequest {
    /** 异步任务ID。TaskId和DealName必填一个参数 */
    TaskId?: number | undefined;
    /** 计费订单号。TaskId和DealName必填一个参数 */
    DealName?: string | undefined;
}
/** Output of DescribeTaskResult: 查询异步任务执行结果 */
export interface DescribeTaskResultResponse {
    /** 此参数对外不可见。 任务ID */
    TaskId?: number | undefined;
    /** 此参数对外不可见。 执行结果,包括"SUCCESS", "FAILED", "RUNNING" */
    Result?: string | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateAddress: 解绑弹性公网IP */
export interface DisassociateAddressRequest {
    /** 标识 EIP 的唯一 ID。EIP 唯一 ID 形如: eip-11112222。 */
    AddressId: string;
    /** 此参数对外不可见。 表示解绑时是EIP从ENI上解绑, 还是ENI+EIP从实例上解绑 */
    KeepAddressIdBindWithEniPip?: boolean | undefined;
    /**
     * 表示解绑 EIP 之后是否分配普通公网 IP。取值范围: TRUE: 表示解绑 EIP 之后分配普通公网 IP。 FALSE: 表示解绑 EIP 之后不分配普通公网 IP。 默认取值: FALSE。 只有满足以下条件时才能指定该参数: 只有在解绑主网卡的主内网 IP 上的 EIP 时才能指定该参数。 解绑 EIP 后重新分配普通公网 IP 操作一个账号每天最多操作 10 次; 详情可通过 DescribeAddressQuota 接口获取。
     *
     * @defaultValue FALSE
     */
    ReallocateNormalPublicIp?: boolean | undefined;
    /** 此参数对外不可见。 [Deprecated] 表示解绑后是否自动释放EIP */
    CascadeRelease?: boolean | undefined;
}
/** Output of DisassociateAddress: 解绑弹性公网IP */
export interface DisassociateAddressResponse {
    /** 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。 */
    TaskId?: string | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAddressAttribute: 修改弹性公网IP属性 */
export interface ModifyAddressAttributeRequest {
    /** 标识 EIP 的唯一 ID。EIP 唯一 ID 形如: eip-11112222。 */
    AddressId: string;
    /** 修改后的 EIP 名称。长度上限为20个字符。 */
    AddressName?: string | undefined;
    /** 设定EIP是否直通, "TRUE"表示直通, "FALSE"表示非直通。注意该参数仅对EIP直通功能可见的用户可以设定。 */
    EipDirectConnection?: string | undefined;
    /** 此参数对外不可见。 1 */
    CascadeRelease?: boolean | undefined;
}
/** Output of ModifyAddressAttribute: 修改弹性公网IP属性 */
export interface ModifyAddressAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAddressInternetChargeType: 调整弹性公网ip计费模式 */
export interface ModifyAddressInternetChargeTypeRequest {
    /** 弹性公网IP的唯一ID, 形如eip-xxx */
    AddressId: string;
    /** 弹性公网IP调整目标计费模式, 只支持"BANDWIDTH_PREPAID_BY_MONTH"和"TRAFFIC_POSTPAID_BY_HOUR" */
    InternetChargeType: string;
    /** 弹性公网IP调整目标带宽值 */
    InternetMaxBandwidthOut: number;
    /** 此参数对外不可见。 无 */
    StartTime?: string | undefined;
    /** 此参数对外不可见。 无 */
    EndTime?: string | undefined;
    /** 此参数对外不可见。 无 */
    DealId?: string | undefined;
    /** 包月带宽网络计费模式参数。弹性公网IP的调整目标计费模式是"BANDWIDTH_PREPAID_BY_MONTH"时, 必传该参数。 */
    AddressChargePrepaid?: AddressChargePrepaid | undefined;
}
/** Output of ModifyAddressInternetChargeType: 调整弹性公网ip计费模式 */
export interface ModifyAddressInternetChargeTypeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAddressesBandwidth: 调整弹性公网IP带宽 */
export interface ModifyAddressesBandwidthRequest {
    /** EIP唯一标识ID, 形如'eip-xxxx' */
    AddressIds: string[];
    /** 调整带宽目标值 */
    InternetMaxBandwidthOut: number;
    /** 包月带宽起始时间 */
    StartTime?: string | undefined;
    /** 包月带宽结束时间 */
    EndTime?: string | undefined;
}
/** Output of ModifyAddressesBandwidth: 调整弹性公网IP带宽 */
export interface ModifyAddressesBandwidthResponse {
    /** 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。 */
    TaskId?: string | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNetworkInterfaceExtendIp: 修改弹性网卡扩展ip */
export interface ModifyNetworkInterfaceExtendIpRequest {
    /** vpc唯一id */
    VpcId: string;
    /** 弹性网卡唯一id */
    NetworkInterfaceId: string;
    /** 扩展ip列表 */
    Ips?: string[] | undefined;
}
/** Output of ModifyNetworkInterfaceExtendIp: 修改弹性网卡扩展ip */
export interface ModifyNetworkInterfaceExtendIpResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReleaseAddresses: 释放弹性公网IP */
export interface ReleaseAddressesRequest {
    /** 标识 EIP 的唯一 ID 列表。EIP 唯一 ID 形如: eip-11112222。 */
    AddressIds: string[];
}
/** Output of ReleaseAddresses: 释放弹性公网IP */
export interface ReleaseAddressesResponse {
    /** 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。 */
    TaskId?: string | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of TransformAddress: 普通IP转弹性IP */
export interface TransformAddressRequest {
    /** 待操作有普通公网 IP 的实例 ID。实例 ID 形如: ins-11112222。可通过登录 控制台 查询, 也可通过 DescribeInstances 接口返回值中的 InstanceId 获取。 */
    InstanceId: string;
}
/** Output of TransformAddress: 普通IP转弹性IP */
export interface TransformAddressResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignIpv6Addresses: 分配IPv6地址 */
export interface AssignIpv6AddressesRequest {
    /** 弹性网卡实例 ID，形如：eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** 指定的 IPv6 地址列表，单次最多指定10个。与入参 Ipv6AddressCount 合并计算配额。与 Ipv6AddressCount必填一个。 */
    Ipv6Addresses?: Ipv6Address[] | undefined;
    /** 自动分配 IPv6 地址个数，内网IP地址个数总和不能超过配额。与入参 Ipv6Addresses 合并计算配额。与Ipv6Addresses必填一个。 */
    Ipv6AddressCount?: number | undefined;
}
/** Output of AssignIpv6Addresses: 分配IPv6地址 */
export interface AssignIpv6AddressesResponse {
    /** 此参数对外不可见。 分配给弹性网卡的 IPv6 地址列表。 */
    Ipv6AddressSet?: Ipv6Address[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignPrivateIpAddresses: 弹性网卡申请内网 IP */
export interface AssignPrivateIpAddressesRequest {
    /** 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** 指定的内网IP信息, 单次最多指定10个。与 SecondaryPrivateIpAddressCount 至少提供一个。 */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /** 新申请的内网IP地址个数, 与PrivateIpAddresses至少提供一个。内网IP地址个数总和不能超过配额数, 详见 弹性网卡使用限制 。 */
    SecondaryPrivateIpAddressCount?: number | undefined;
}
/** Output of AssignPrivateIpAddresses: 弹性网卡申请内网 IP */
export interface AssignPrivateIpAddressesResponse {
    /** 此参数对外不可见。 内网IP详细信息。 */
    PrivateIpAddressSet?: PrivateIpAddressSpecification[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateNetworkInterfaceSecurityGroups: 弹性网卡绑定安全组 */
export interface AssociateNetworkInterfaceSecurityGroupsRequest {
    /** 弹性网卡实例ID。形如：eni-pxir56ns。每次请求的实例的上限为100。 */
    NetworkInterfaceIds: string[];
    /** 安全组实例ID，例如：sg-33ocnj9n，可通过DescribeSecurityGroups获取。每次请求的实例的上限为100。 */
    SecurityGroupIds: string[];
}
/** Output of AssociateNetworkInterfaceSecurityGroups: 弹性网卡绑定安全组 */
export interface AssociateNetworkInterfaceSecurityGroupsResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AttachNetworkInterface: 弹性网卡绑定云主机 */
export interface AttachNetworkInterfaceRequest {
    /** 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** CVM实例ID。形如: ins-r8hr2upy。 */
    InstanceId: string;
}
/** Output of AttachNetworkInterface: 弹性网卡绑定云主机 */
export interface AttachNetworkInterfaceResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateAndAttachNetworkInterface: 创建弹性网卡并绑定云主机 */
export interface CreateAndAttachNetworkInterfaceRequest {
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的Vpcid获取。 */
    VpcId: string;
    /** 弹性网卡名称, 最大长度不能超过60个字节。 */
    NetworkInterfaceName: string;
    /** 弹性网卡所在的子网实例ID, 例如: subnet-0ap8nwca。 */
    SubnetId: string;
    /** 指定的内网IP信息, 单次最多指定10个。 */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /** 新申请的内网IP地址个数, 内网IP地址个数总和不能超过配额。 */
    SecondaryPrivateIpAddressCount?: number | undefined;
    /** 指定绑定的安全组, 例如: ['sg-1dd51d']。 */
    SecurityGroupIds?: string[] | undefined;
    /** 云主机实例ID。 */
    InstanceId: string;
    /** 弹性网卡描述, 可任意命名, 但不得超过60个字符。 */
    NetworkInterfaceDescription?: string | undefined;
    /** 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateAndAttachNetworkInterface: 创建弹性网卡并绑定云主机 */
export interface CreateAndAttachNetworkInterfaceResponse {
    /** 此参数对外不可见。 弹性网卡实例。 */
    NetworkInterface?: NetworkInterface | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateNetworkInterface: 创建弹性网卡 */
export interface CreateNetworkInterfaceRequest {
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** 弹性网卡名称, 最大长度不能超过60个字节。 */
    NetworkInterfaceName: string;
    /** 弹性网卡描述, 可任意命名, 但不得超过60个字符。 */
    NetworkInterfaceDescription?: string | undefined;
    /** 弹性网卡所在的子网实例ID, 例如: subnet-0ap8nwca。 */
    SubnetId: string;
    /** 新申请的内网IP地址个数, 内网IP地址个数总和不能超过配额。 */
    SecondaryPrivateIpAddressCount?: number | undefined;
    /** 指定绑定的安全组, 例如: ['sg-1dd51d']。 */
    SecurityGroupIds?: string[] | undefined;
    /** 指定的内网IP信息, 单次最多指定10个。 */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /** 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateNetworkInterface: 创建弹性网卡 */
export interface CreateNetworkInterfaceResponse {
    /** 此参数对外不可见。 弹性网卡实例。 */
    NetworkInterface?: NetworkInterface | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNetworkInterface: 删除弹性网卡 */
export interface DeleteNetworkInterfaceRequest {
    /** 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
}
/** Output of DeleteNetworkInterface: 删除弹性网卡 */
export interface DeleteNetworkInterfaceResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetworkInterfaceLimit: 查询弹性网卡配额 */
export interface DescribeNetworkInterfaceLimitRequest {
    /** 要查询的CVM实例ID或弹性网卡ID */
    InstanceId: string;
}
/** Output of DescribeNetworkInterfaceLimit: 查询弹性网卡配额 */
export interface DescribeNetworkInterfaceLimitResponse {
    /** 此参数对外不可见。 弹性网卡配额 */
    EniQuantity?: number | undefined;
    /** 此参数对外不可见。 每个弹性网卡可以分配的IP配额 */
    EniPrivateIpAddressQuantity?: number | undefined;
    /** 此参数对外不可见。 扩展网卡数量 */
    ExtendEniQuantity?: number | undefined;
    /** 此参数对外不可见。 扩展网卡地址数量 */
    ExtendEniPrivateIpAddressQuantity?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetworkInterfaces: 查询弹性网卡列表 */
export interface DescribeNetworkInterfacesRequest {
    /** 弹性网卡实例ID查询。形如: eni-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定 NetworkInterfaceIds和Filters。 */
    NetworkInterfaceIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定NetworkInterfaceIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 subnet-id - String - (过滤条件) 所属子网实例ID, 形如: subnet-f49l6u0z。 network-interface-id - String - (过滤条件) 弹性网卡实例ID, 形如: eni-5k56k7k7。 attachment.instance-id - String - (过滤条件) 绑定的云服务器实例ID, 形如: ins-3nqpdn3i。 groups.security-group-id - String - (过滤条件) 绑定的安全组实例ID, 例如: sg-f9ekbxeq。 network-interface-name - String - (过滤条件) 网卡实例名称。 network-interface-description - String - (过滤条件) 网卡实例描述。 address-ip - String - (过滤条件) 内网IPv4地址。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。使用请参考示例2 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例3。 is-primary - Boolean - 是否必填: 否 - (过滤条件) 按照是否主网卡进行过滤。值为true时, 仅过滤主网卡; 值为false时, 仅过滤辅助网卡; 次过滤参数为提供时, 同时过滤主网卡和辅助网卡。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeNetworkInterfaces: 查询弹性网卡列表 */
export interface DescribeNetworkInterfacesResponse {
    /** 此参数对外不可见。 实例详细信息列表。 */
    NetworkInterfaceSet?: NetworkInterface[] | undefined;
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachNetworkInterface: 弹性网卡解绑云主机 */
export interface DetachNetworkInterfaceRequest {
    /** 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** CVM实例ID。形如: ins-r8hr2upy。 */
    InstanceId: string;
}
/** Output of DetachNetworkInterface: 弹性网卡解绑云主机 */
export interface DetachNetworkInterfaceResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachNetworkInterfaceEx: DetachNetworkInterfaceEx */
export interface DetachNetworkInterfaceExRequest {
    /** 此参数对外不可见。 VPC实例所属APPID。 */
    VpcAppId: number | null;
    /** 此参数对外不可见。 VPC实例所属Uin。 */
    VpcUin: string | null;
    /** 此参数对外不可见。 VPC实例所属SubAccountUin。 */
    VpcSubAccountUin: string | null;
    /** 此参数对外不可见。 产品业务标示。 */
    Business?: string | null | undefined;
    /** 此参数对外不可见。 产品唯一资源ID。 */
    BusinessOwner?: string | null | undefined;
    /** 此参数对外不可见。 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string | null;
    /** 此参数对外不可见。 CVM实例ID。形如: ins-r8hr2upy。 */
    InstanceId: string | null;
}
/** Output of DetachNetworkInterfaceEx: DetachNetworkInterfaceEx */
export interface DetachNetworkInterfaceExResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateNetworkInterfaceSecurityGroups: 弹性网卡解绑安全组 */
export interface DisassociateNetworkInterfaceSecurityGroupsRequest {
    /** 弹性网卡实例ID。形如: eni-pxir56ns。每次请求的实例的上限为100。 */
    NetworkInterfaceIds: string[];
    /** 安全组实例ID, 例如: sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。每次请求的实例的上限为100。 */
    SecurityGroupIds: string[];
}
/** Output of DisassociateNetworkInterfaceSecurityGroups: 弹性网卡解绑安全组 */
export interface DisassociateNetworkInterfaceSecurityGroupsResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of MigrateNetworkInterface: 弹性网卡迁移 */
export interface MigrateNetworkInterfaceRequest {
    /** 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** 弹性网卡当前绑定的CVM实例ID。形如: ins-r8hr2upy。 */
    SourceInstanceId: string;
    /** 待迁移的目的CVM实例ID。 */
    DestinationInstanceId: string;
}
/** Output of MigrateNetworkInterface: 弹性网卡迁移 */
export interface MigrateNetworkInterfaceResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of MigratePrivateIpAddress: 弹性网卡内网IP迁移 */
export interface MigratePrivateIpAddressRequest {
    /** 当内网IP绑定的弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    SourceNetworkInterfaceId: string;
    /** 待迁移的目的弹性网卡实例ID。 */
    DestinationNetworkInterfaceId: string;
    /** 迁移的内网IP地址, 例如: 10.0.0.6。 */
    PrivateIpAddress: string;
}
/** Output of MigratePrivateIpAddress: 弹性网卡内网IP迁移 */
export interface MigratePrivateIpAddressResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyIpv6AddressesAttribute: 修改弹性网卡IPv6地址属性 */
export interface ModifyIpv6AddressesAttributeRequest {
    /** 弹性网卡实例 ID，形如：eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** 指定的内网IPv6地址信息。 */
    Ipv6Addresses: Ipv6Address[];
}
/** Output of ModifyIpv6AddressesAttribute: 修改弹性网卡IPv6地址属性 */
export interface ModifyIpv6AddressesAttributeResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNetworkInterfaceAttribute: 修改弹性网卡 */
export interface ModifyNetworkInterfaceAttributeRequest {
    /** 弹性网卡实例ID, 例如: eni-pxir56ns。 */
    NetworkInterfaceId: string;
    /** 弹性网卡名称, 最大长度不能超过60个字节。 */
    NetworkInterfaceName?: string | undefined;
    /** 弹性网卡描述, 可任意命名, 但不得超过60个字符。 */
    NetworkInterfaceDescription?: string | undefined;
    /** 指定绑定的安全组, 例如: ['sg-1dd51d']。 */
    SecurityGroupIds?: string[] | undefined;
}
/** Output of ModifyNetworkInterfaceAttribute: 修改弹性网卡 */
export interface ModifyNetworkInterfaceAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyPrivateIpAddressesAttribute: 修改弹性网卡内网IP信息 */
export interface ModifyPrivateIpAddressesAttributeRequest {
    /** 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** 指定的内网IP信息。 */
    PrivateIpAddresses: PrivateIpAddressSpecification[];
}
/** Output of ModifyPrivateIpAddressesAttribute: 修改弹性网卡内网IP信息 */
export interface ModifyPrivateIpAddressesAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of UnassignIpv6Addresses: 释放IPv6地址 */
export interface UnassignIpv6AddressesRequest {
    /** 弹性网卡实例 ID, 形如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** 指定的 IPv6 地址列表, 单次最多指定10个。 */
    Ipv6Addresses: Ipv6Address[];
}
/** Output of UnassignIpv6Addresses: 释放IPv6地址 */
export interface UnassignIpv6AddressesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of UnassignPrivateIpAddresses: 弹性网卡退还内网 IP */
export interface UnassignPrivateIpAddressesRequest {
    /** 弹性网卡实例ID, 例如: eni-m6dyj72l。 */
    NetworkInterfaceId: string;
    /** 指定的内网IP信息, 单次最多指定10个。 */
    PrivateIpAddresses: PrivateIpAddressSpecification[];
}
/** Output of UnassignPrivateIpAddresses: 弹性网卡退还内网 IP */
export interface UnassignPrivateIpAddressesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateFlowLog: 创建流日志 */
export interface CreateFlowLogRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID */
    VpcId: string;
    /** 流日志实例名字 */
    FlowLogName: string;
    /** 流日志实例描述 */
    FlowLogDescription?: string | undefined;
    /** 流日志所属资源类型，VPC SUBNET NETWORKINTERFACE */
    ResourceType: string;
    /** 资源唯一ID */
    ResourceId: string;
    /** 流日志采集类型，ACCEPT REJECT ALL */
    TrafficType: string;
    /** 流日志存储ID */
    CloudLogId: string;
}
/** Output of CreateFlowLog: 创建流日志 */
export interface CreateFlowLogResponse {
    /** 此参数对外不可见。 创建的流日志信息 */
    FlowLog?: FlowLog | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteFlowLog: 删除流日志 */
export interface DeleteFlowLogRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID */
    VpcId: string;
    /** 流日志唯一ID */
    FlowLogId: string;
}
/** Output of DeleteFlowLog: 删除流日志 */
export interface DeleteFlowLogResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFlowLog: 查询流日志实例信息 */
export interface DescribeFlowLogRequest {
    /** 私有网络ID或者统一ID, 建议使用统一ID */
    VpcId: string;
    /** 流日志唯一ID */
    FlowLogId: string;
}
/** Output of DescribeFlowLog: 查询流日志实例信息 */
export interface DescribeFlowLogResponse {
    /** 此参数对外不可见。 流日志信息 */
    FlowLog?: FlowLog | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFlowLogs: 查询流日志集合 */
export interface DescribeFlowLogsRequest {
    /** 私有网络ID或者统一ID, 建议使用统一ID */
    VpcId?: string | undefined;
    /** 流日志唯一ID */
    FlowLogId?: string | undefined;
    /** 流日志实例名字 */
    FlowLogName?: string | undefined;
    /** 流日志所属资源类型, VPC SUBNET NETWORKINTERFACE */
    ResourceType?: string | undefined;
    /** 资源唯一ID */
    ResourceId?: string | undefined;
    /** 流日志采集类型, ACCEPT REJECT ALL */
    TrafficType?: string | undefined;
    /** 流日志存储ID */
    CloudLogId?: string | undefined;
    /** 流日志存储ID状态 */
    CloudLogState?: string | undefined;
    /** 按某个字段排序, 支持字段: flowLogName, createTime, 默认按createTime */
    OrderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc), 默认: desc */
    OrderDirection?: string | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 每页行数, 默认为10 */
    Limit?: number | undefined;
    /** 过滤条件, 参数不支持同时指定FlowLogIds和Filters。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。 */
    Filters?: Filter | undefined;
}
/** Output of DescribeFlowLogs: 查询流日志集合 */
export interface DescribeFlowLogsResponse {
    /** 此参数对外不可见。 流日志实例集合 */
    FlowLog?: FlowLog | undefined;
    /** 此参数对外不可见。 流日志总数目 */
    TotalNum?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyFlowLogAttribute: 修改流日志属性 */
export interface ModifyFlowLogAttributeRequest {
    /** 私有网络ID或者统一ID, 建议使用统一ID */
    VpcId: string;
    /** 流日志唯一ID */
    FlowLogId: string;
    /** 流日志实例名字 */
    FlowLogName?: string | undefined;
    /** 流日志实例描述 */
    FlowLogDescription?: string | undefined;
}
/** Output of ModifyFlowLogAttribute: 修改流日志属性 */
export interface ModifyFlowLogAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignIpv6CidrBlock: 分配IPv6网段 */
export interface AssignIpv6CidrBlockRequest {
    /** VPC 实例 ID，形如：vpc-f49l6u0z。 */
    VpcId: string;
    /** 网段类型，0：GUA，1：ULA，默认0。 */
    AddressType?: number | undefined;
}
/** Output of AssignIpv6CidrBlock: 分配IPv6网段 */
export interface AssignIpv6CidrBlockResponse {
    /** 此参数对外不可见。 分配的 IPv6 网段。形如：3402:4e00:20:1000::/56 */
    Ipv6CidrBlock?: string | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AttachClassicLinkVpc: 创建基础网络互通 */
export interface AttachClassicLinkVpcRequest {
    /** VPC实例ID */
    VpcId: string;
    /** CVM实例ID */
    InstanceIds: string[];
}
/** Output of AttachClassicLinkVpc: 创建基础网络互通 */
export interface AttachClassicLinkVpcResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CheckAssistantCidr: 检查辅助CIDR冲突 */
export interface CheckAssistantCidrRequest {
    /** VPC实例ID。形如: vpc-6v2ht8q5 */
    VpcId: string;
    /** 待添加的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"] */
    NewCidrBlocks?: string[] | undefined;
    /** 待删除的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"] */
    OldCidrBlocks?: string[] | undefined;
}
/** Output of CheckAssistantCidr: 检查辅助CIDR冲突 */
export interface CheckAssistantCidrResponse {
    /** 此参数对外不可见。 冲突资源信息数组。 */
    ConflictSourceSet?: ConflictSource[] | undefined;
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateAssistantCidr: 创建辅助CIDR */
export interface CreateAssistantCidrRequest {
    /** VPC 实例 ID。形如：vpc-6v2ht8q5 */
    VpcId: string;
    /** CIDR数组，格式如["10.0.0.0/16", "172.16.0.0/16"] */
    CidrBlocks: string[];
}
/** Output of CreateAssistantCidr: 创建辅助CIDR */
export interface CreateAssistantCidrResponse {
    /** 此参数对外不可见。 辅助CIDR数组。 */
    AssistantCidrSet?: AssistantCidr[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDefaultVpc: 创建默认VPC和默认子网 */
export interface CreateDefaultVpcRequest {
    /** 子网所在的可用区ID，不指定将随机选择可用区 */
    Zone?: string | undefined;
    /** 是否强制返回默认VPC */
    Force?: boolean | undefined;
}
/** Output of CreateDefaultVpc: 创建默认VPC和默认子网 */
export interface CreateDefaultVpcResponse {
    /** 此参数对外不可见。 默认VPC和子网ID */
    Vpc?: DefaultVpcSubnet | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpc: 创建VPC */
export interface CreateVpcRequest {
    /** vpc名称, 最大长度不能超过60个字节。 */
    VpcName: string;
    /** vpc的cidr, 只能为10.0.0.0/16, 172.16.0.0/16, 192.168.0.0/16这三个内网网段内。 */
    CidrBlock: string;
    /** 是否开启组播。true: 开启, false: 不开启。 */
    EnableMulticast?: string | undefined;
    /** DNS地址, 最多支持4个 */
    DnsServers?: string[] | undefined;
    /** 域名 */
    DomainName?: string | undefined;
    /** 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateVpc: 创建VPC */
export interface CreateVpcResponse {
    /** 此参数对外不可见。 Vpc对象。 */
    Vpc?: Vpc | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteAssistantCidr: 删除辅助CIDR */
export interface DeleteAssistantCidrRequest {
    /** VPC实例ID。形如: vpc-6v2ht8q5 */
    VpcId: string;
    /** CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"] */
    CidrBlocks: string[];
}
/** Output of DeleteAssistantCidr: 删除辅助CIDR */
export interface DeleteAssistantCidrResponse {
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpc: 删除VPC */
export interface DeleteVpcRequest {
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
}
/** Output of DeleteVpc: 删除VPC */
export interface DeleteVpcResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAccountAttributes: 查询账户属性 */
export interface DescribeAccountAttributesRequest {
}
/** Output of DescribeAccountAttributes: 查询账户属性 */
export interface DescribeAccountAttributesResponse {
    /** 此参数对外不可见。 用户账号属性对象 */
    AccountAttributeSet?: AccountAttribute[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAssistantCidr: 查询辅助CIDR列表 */
export interface DescribeAssistantCidrRequest {
    /** VPC 实例 ID 数组。形如: [vpc-6v2ht8q5] */
    VpcIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定NetworkInterfaceIds和Filters。 vpc-id - String - (过滤条件) VPC实例 ID, 形如: vpc-f49l6u0z。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeAssistantCidr: 查询辅助CIDR列表 */
export interface DescribeAssistantCidrResponse {
    /** 此参数对外不可见。 符合条件的辅助CIDR数组。 */
    AssistantCidrSet?: AssistantCidr[] | undefined;
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeClassicLinkInstances: 查询基础网络互通列表 */
export interface DescribeClassicLinkInstancesRequest {
    /** 过滤条件。 vpc-id - String - (过滤条件) VPC实例ID。 vm-ip - String - (过滤条件) 基础网络云服务器IP。 */
    Filters?: FilterObject[] | undefined;
    /** 偏移量 */
    Offset?: string | undefined;
    /** 返回数量 */
    Limit?: string | undefined;
}
/** Output of DescribeClassicLinkInstances: 查询基础网络互通列表 */
export interface DescribeClassicLinkInstancesResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 私有网络和基础网络互通设备。 */
    ClassicLinkInstanceSet?: ClassicLinkInstance[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNmsCidrs: 查询非标网段 */
export interface DescribeNmsCidrsRequest {
    /** 总数 */
    TotalCount?: number | undefined;
    /** 非标网段详情 */
    CidrDetailSet?: CidrDetailSet | undefined;
}
/** Output of DescribeNmsCidrs: 查询非标网段 */
export interface DescribeNmsCidrsResponse {
    /** 此参数对外不可见。 总数 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 非标网段详情 */
    CidrDetailSet?: CidrDetailSet | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcInstances: 查询VPC下的云主机实例列表 */
export interface DescribeVpcInstancesRequest {
    /** 过滤条件, 参数不支持同时指定RouteTableIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 instance-id - String - (过滤条件) 云主机实例ID。 instance-name - String - (过滤条件) 云主机名称。 */
    Filters: Filter[];
    /** 偏移量。 */
    Offset?: number | undefined;
    /** 请求对象个数。 */
    Limit?: number | undefined;
}
/** Output of DescribeVpcInstances: 查询VPC下的云主机实例列表 */
export interface DescribeVpcInstancesResponse {
    /** 此参数对外不可见。 云主机实例列表。 */
    InstanceSet?: CvmInstance[] | undefined;
    /** 此参数对外不可见。 满足条件的云主机实例个数。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcIpv6Addresses: 查询VPC内IPv6列表 */
export interface DescribeVpcIpv6AddressesRequest {
    /** VPC 实例 ID, 形如: vpc-f49l6u0z。 */
    VpcId: string;
    /** IP 地址列表, 批量查询单次请求最多支持 10 个。 */
    Ipv6Addresses?: string[] | undefined;
    /** 偏移量。 */
    Offset?: number | undefined;
    /** 返回数量。 */
    Limit?: number | undefined;
}
/** Output of DescribeVpcIpv6Addresses: 查询VPC内IPv6列表 */
export interface DescribeVpcIpv6AddressesResponse {
    /** 此参数对外不可见。 IPv6 地址列表。 */
    Ipv6AddressSet?: VpcIpv6Address[] | undefined;
    /** 此参数对外不可见。 IPv6 地址总数。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcLimits: 获取私有网络配额 */
export interface DescribeVpcLimitsRequest {
    /** 配额名称。每次最大查询100个配额类型。 */
    LimitTypes: string[];
}
/** Output of DescribeVpcLimits: 获取私有网络配额 */
export interface DescribeVpcLimitsResponse {
    /** 此参数对外不可见。 私有网络配额 */
    VpcLimitSet?: VpcLimit[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcPrivateIpAddresses: 查询VPC内网IP信息 */
export interface DescribeVpcPrivateIpAddressesRequest {
    /** VPC 实例 ID, 形如: vpc-f49l6u0z。 */
    VpcId: string;
    /** 内网 IP 地址列表, 批量查询单次请求最多支持 10 个。 */
    PrivateIpAddresses: string[];
}
/** Output of DescribeVpcPrivateIpAddresses: 查询VPC内网IP信息 */
export interface DescribeVpcPrivateIpAddressesResponse {
    /** 此参数对外不可见。 内网 IP 地址信息列表。 */
    VpcPrivateIpAddressSet?: VpcPrivateIpAddress[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcs: 查询VPC列表 */
export interface DescribeVpcsRequest {
    /** VPC实例ID。形如: vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。 */
    VpcIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定VpcIds和Filters。 vpc-name - String - (过滤条件) VPC实例名称。 is-default - String - (过滤条件) 是否默认VPC。 vpc-id - String - (过滤条件) VPC实例ID 形如: vpc-f49l6u0z。 cidr-block - String - (过滤条件) vpc的cidr。 tag-key - String -是否必填: 否- (过滤条件) 按照标签键进行过滤。 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: string | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: string | undefined;
}
/** Output of DescribeVpcs: 查询VPC列表 */
export interface DescribeVpcsResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 VPC对象。 */
    VpcSet?: Vpc[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachClassicLinkVpc: 删除基础网络互通 */
export interface DetachClassicLinkVpcRequest {
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** CVM实例ID查询。形如：ins-r8hr2upy。 */
    InstanceIds: string[];
}
/** Output of DetachClassicLinkVpc: 删除基础网络互通 */
export interface DetachClassicLinkVpcResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAssistantCidr: 修改辅助CIDR */
export interface ModifyAssistantCidrRequest {
    /** VPC 实例 ID。形如: vpc-6v2ht8q5 */
    VpcId: string;
    /** 待添加的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"] */
    NewCidrBlocks?: string[] | undefined;
    /** 待删除的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"] */
    OldCidrBlocks?: string[] | undefined;
}
/** Output of ModifyAssistantCidr: 修改辅助CIDR */
export interface ModifyAssistantCidrResponse {
    /** 此参数对外不可见。 辅助CIDR数组。 */
    AssistantCidrSet?: AssistantCidr[] | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpcAttribute: 修改VPC属性 */
export interface ModifyVpcAttributeRequest {
    /** VPC实例ID。形如：vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。 */
    VpcId: string;
    /** 私有网络名称，可任意命名，但不得超过60个字符。 */
    VpcName?: string | undefined;
    /** 是否开启组播。true: 开启, false: 关闭。 */
    EnableMulticast?: string | undefined;
    /** DNS地址，最多支持4个，第1个默认为主，其余为备 */
    DnsServers?: string[] | undefined;
    /** 域名 */
    DomainName?: string | undefined;
}
/** Output of ModifyVpcAttribute: 修改VPC属性 */
export interface ModifyVpcAttributeResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetHaVip: ResetHaVip */
export interface ResetHaVipRequest {
    /** HAVIP 唯一 ID, 形如: havip-9o233uri。 */
    HaVipId: string;
    /** 当前只支持传递空字符串, 用于解绑网卡。 */
    NetworkInterfaceId?: string | undefined;
}
/** Output of ResetHaVip: ResetHaVip */
export interface ResetHaVipResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of UnassignIpv6CidrBlock: 释放IPv6网段 */
export interface UnassignIpv6CidrBlockRequest {
    /** VPC 实例 ID, 形如: vpc-f49l6u0z。 */
    VpcId: string;
    /** IPv6 网段。形如: 3402:4e00:20:1000::/56 */
    Ipv6CidrBlock?: string | undefined;
}
/** Output of UnassignIpv6CidrBlock: 释放IPv6网段 */
export interface UnassignIpv6CidrBlockResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpcEndPointService: 创建终端节点服务 */
export interface CreateVpcEndPointServiceRequest {
    /** VPC實例ID。 */
    VpcId: string;
    /** 終端節點服務名稱。 */
    EndPointServiceName: string;
    /** 是否自動接受。 */
    AutoAcceptFlag: boolean;
    /** 后端服務ID, 比如lb-xxx。 */
    ServiceInstanceId: string;
    /** IP地址類型 */
    IpAddressType?: string | undefined;
}
/** Output of CreateVpcEndPointService: 创建终端节点服务 */
export interface CreateVpcEndPointServiceResponse {
    /** 此參數對外不可見。 終端節點服務對象詳細信息。 */
    EndPointService?: EndPointService | undefined;
    /** 唯一請求ID, 每次請求都會返回。定位問題時需要提供該次請求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpcEndPointServiceWhiteList: 创建终端服务白名单 */
export interface CreateVpcEndPointServiceWhiteListRequest {
    /** UIN。 */
    UserUin: string;
    /** 白名单描述。 */
    Description?: string | undefined;
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
}
/** Output of CreateVpcEndPointServiceWhiteList: 创建终端服务白名单 */
export interface CreateVpcEndPointServiceWhiteListResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpcEndPoint: 删除终端节点 */
export interface DeleteVpcEndPointRequest {
    /** 终端节点ID。 */
    EndPointId: string;
    /** Ip地址类型 */
    IpAddressType?: string | undefined;
}
/** Output of DeleteVpcEndPoint: 删除终端节点 */
export interface DeleteVpcEndPointResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpcEndPointService: 删除终端节点服务 */
export interface DeleteVpcEndPointServiceRequest {
    /** 终端节点ID。 */
    EndPointServiceId: string;
    /** Ip地址类型 */
    IpAddressType?: string | undefined;
}
/** Output of DeleteVpcEndPointService: 删除终端节点服务 */
export interface DeleteVpcEndPointServiceResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpcEndPointServiceWhiteList: 删除终端节点服务白名单 */
export interface DeleteVpcEndPointServiceWhiteListRequest {
    /** 用户UIN数组。 */
    UserUin: string[];
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
}
/** Output of DeleteVpcEndPointServiceWhiteList: 删除终端节点服务白名单 */
export interface DeleteVpcEndPointServiceWhiteListResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcEndPoint: 查询终端节点详情 */
export interface DescribeVpcEndPointRequest {
    /** 过滤条件。 end-point-service-id String - (过滤条件) 终端节点服务ID。 end-point-name - String - (过滤条件) 终端节点实例名称。 end-point-id- String - (过滤条件) 终端节点实例ID。 vpc-id- String - (过滤条件) VPC实例ID。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 单页返回数量, 默认为20, 最大值为100。 */
    Limit?: number | undefined;
    /** 终端节点ID列表。 */
    EndPointId?: string[] | undefined;
    /** Ip地址类型 */
    IpAddressType?: string | undefined;
}
/** Output of DescribeVpcEndPoint: 查询终端节点详情 */
export interface DescribeVpcEndPointResponse {
    /** 此参数对外不可见。 终端节点对象。 */
    EndPointSet?: EndPoint[] | undefined;
    /** 此参数对外不可见。 符合查询条件的终端节点个数。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcEndPointService: 查询终端节点服务列表 */
export interface DescribeVpcEndPointServiceRequest {
    /** 过滤条件。 service-id String - (过滤条件) 终端节点服务唯一ID。 service-name - String - (过滤条件) 终端节点实例名称。 service-instance-id - String - (过滤条件) 后端服务的唯一ID，比如lb-xxx。 */
    Filters?: Filter[] | undefined;
    /** 偏移量，默认为0。 */
    Offset?: number | undefined;
    /** 单页返回数量，默认为20，最大值为100。 */
    Limit?: number | undefined;
    /** 终端节点服务ID。 */
    EndPointServiceIds?: string[] | undefined;
    /** Ip地址类型 */
    IpAddressType?: string | undefined;
}
/** Output of DescribeVpcEndPointService: 查询终端节点服务列表 */
export interface DescribeVpcEndPointServiceResponse {
    /** 此参数对外不可见。 终端节点服务对象数组。 */
    EndPointServiceSet?: EndPointService[] | undefined;
    /** 此参数对外不可见。 符合查询条件的个数。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcEndPointServiceWhiteList: 查询终端节点服务的白名单 */
export interface DescribeVpcEndPointServiceWhiteListRequest {
    /** 偏移量,默认为0。 */
    Offset?: number | undefined;
    /** 单页返回数量,默认为20,最大值为100。 */
    Limit?: number | undefined;
    /** 过滤条件。 user-uin String - (过滤条件) 用户UIN。 end-point-service-id String - (过滤条件) 终端节点服务ID。 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeVpcEndPointServiceWhiteList: 查询终端节点服务的白名单 */
export interface DescribeVpcEndPointServiceWhiteListResponse {
    /** 此参数对外不可见。 白名单对象数组。 */
    VpcEndpointServiceUserSet?: VpcEndPointServiceUser[] | undefined;
    /** 此参数对外不可见。 符合条件的白名单个数。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateVpcEndPointSecurityGroups: 终端节点解绑安全组 */
export interface DisassociateVpcEndPointSecurityGroupsRequest {
    /** 安全组ID数组。 */
    SecurityGroupIds: string[];
    /** 终端节点ID。 */
    EndPointId: string;
}
/** Output of DisassociateVpcEndPointSecurityGroups: 终端节点解绑安全组 */
export interface DisassociateVpcEndPointSecurityGroupsResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnableVpcEndPointConnect: 是否接受终端节点连接请求 */
export interface EnableVpcEndPointConnectRequest {
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
    /** 终端节点ID数组。 */
    EndPointId: string[];
    /** 是否接受终端节点连接请求。 */
    AcceptFlag: boolean;
    /** 此参数对外不可见。 IP地址类型 */
    IpAddressType?: string | undefined;
}
/** Output of EnableVpcEndPointConnect: 是否接受终端节点连接请求 */
export interface EnableVpcEndPointConnectResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnableVpcEndPointConnection: 是否接受终端节点连接请求 */
export interface EnableVpcEndPointConnectionRequest {
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
    /** 终端节点ID。 */
    EndPointId: string;
    /** 是否接受终端节点连接请求。 */
    AcceptFlag: boolean;
}
/** Output of EnableVpcEndPointConnection: 是否接受终端节点连接请求 */
export interface EnableVpcEndPointConnectionResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpcEndPointAttribute: 修改终端节点 */
export interface ModifyVpcEndPointAttributeRequest {
    /** 终端节点ID。 */
    EndPointId: string;
    /** 终端节点名称。 */
    EndPointName?: string | undefined;
    /** 安全组ID列表。 */
    SecurityGroupIds?: string[] | undefined;
    /** IpAddressType */
    IpAddressType?: string | undefined;
}
/** Output of ModifyVpcEndPointAttribute: 修改终端节点 */
export interface ModifyVpcEndPointAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpcEndPointServiceAttribute: 修改终端节点服务相关信息 */
export interface ModifyVpcEndPointServiceAttributeRequest {
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
    /** 终端节点服务名称。 */
    EndPointServiceName?: string | undefined;
    /** 是否自动接受。 */
    AutoAcceptFlag?: boolean | undefined;
    /** 后端服务的ID,比如lb-xxx。 */
    ServiceInstanceId?: string | undefined;
    /** VPCID。 */
    VpcId: string;
    /** IpAddressType */
    IpAddressType?: string | undefined;
}
/** Output of ModifyVpcEndPointServiceAttribute: 修改终端节点服务相关信息 */
export interface ModifyVpcEndPointServiceAttributeResponse {
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpcEndPointServiceWhiteList: 修改终端节点服务白名单 */
export interface ModifyVpcEndPointServiceWhiteListRequest {
    /** 用户UIN。 */
    UserUin: string;
    /** 白名单描述信息。 */
    Description?: string | undefined;
    /** 终端节点服务ID。 */
    EndPointServiceId: string;
}
/** Output of ModifyVpcEndPointServiceWhiteList: 修改终端节点服务白名单 */
export interface ModifyVpcEndPointServiceWhiteListResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeGatewayFlowQos: 查询网关来访IP流控带宽 */
export interface DescribeGatewayFlowQosRequest {
    /** 网关实例ID,目前我们支持的网关实例类型有, 专线网关实例ID,形如, dcg-ltjahce6 ; Nat网关实例ID,形如, nat-ltjahce6 ; VPN网关实例ID,形如, vpn-ltjahce6 。 */
    GatewayId: string;
    /** 限流的云服务器内网IP。 */
    IpAddresses?: string[] | undefined;
    /** 偏移量,默认为0。 */
    Offset?: number | undefined;
    /** 返回数量,默认为20,最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeGatewayFlowQos: 查询网关来访IP流控带宽 */
export interface DescribeGatewayFlowQosResponse {
    /** 此参数对外不可见。 实例详细信息列表。 */
    GatewayQosSet?: GatewayQos[] | undefined;
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisableGatewayFlowMonitor: 关闭网关流量监控 */
export interface DisableGatewayFlowMonitorRequest {
    /** 网关实例ID，目前我们支持的网关实例类型有， 专线网关实例ID，形如，dcg-ltjahce6； Nat网关实例ID，形如，nat-ltjahce6； VPN网关实例ID，形如，vpn-ltjahce6。 */
    GatewayId: string;
}
/** Output of DisableGatewayFlowMonitor: 关闭网关流量监控 */
export interface DisableGatewayFlowMonitorResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnableGatewayFlowMonitor: 开启网关流量监控 */
export interface EnableGatewayFlowMonitorRequest {
    /** 网关实例ID, 目前我们支持的网关实例有, 专线网关实例ID, 形如, dcg-ltjahce6 ; Nat网关实例ID, 形如, nat-ltjahce6 ; VPN网关实例ID, 形如, vpn-ltjahce6 。 */
    GatewayId: string;
}
/** Output of EnableGatewayFlowMonitor: 开启网关流量监控 */
export interface EnableGatewayFlowMonitorResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyGatewayFlowQos: 调整网关流控带宽 */
export interface ModifyGatewayFlowQosRequest {
    /** 网关实例ID, 目前我们支持的网关实例类型有, 专线网关实例ID, 形如, dcg-ltjahce6 ; Nat网关实例ID, 形如, nat-ltjahce6 ; VPN网关实例ID, 形如, vpn-ltjahce6 。 */
    GatewayId: string;
    /** 流控带宽值。 */
    Bandwidth: number;
    /** 限流的云服务器内网IP。 */
    IpAddresses: string[];
}
/** Output of ModifyGatewayFlowQos: 调整网关流控带宽 */
export interface ModifyGatewayFlowQosResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateNetworkAclSubnets: 网络ACL关联子网 */
export interface AssociateNetworkAclSubnetsRequest {
    /** 网络ACL实例ID。例如：acl-12345678。 */
    NetworkAclId: string;
    /** 子网实例ID数组。例如：[subnet-12345678] */
    SubnetIds: string[];
}
/** Output of AssociateNetworkAclSubnets: 网络ACL关联子网 */
export interface AssociateNetworkAclSubnetsResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateNetworkAcl: 创建网络ACL */
export interface CreateNetworkAclRequest {
    /** VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** 网络ACL名称, 最大长度不能超过60个字节。 */
    NetworkAclName: string;
}
/** Output of CreateNetworkAcl: 创建网络ACL */
export interface CreateNetworkAclResponse {
    /** 此参数对外不可见。 网络ACL实例。 */
    NetworkAcl?: NetworkAcl | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNetworkAcl: 删除网络ACL */
export interface DeleteNetworkAclRequest {
    /** 网络ACL实例ID。例如: acl-12345678。 */
    NetworkAclId: string;
}
/** Output of DeleteNetworkAcl: 删除网络ACL */
export interface DeleteNetworkAclResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetworkAcls: 查询网络ACL列表 */
export interface DescribeNetworkAclsRequest {
    /** 网络ACL实例ID数组。形如: [acl-12345678]。每次请求的实例的上限为100。参数不支持同时指定NetworkAclIds和Filters。 */
    NetworkAclIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定NetworkAclIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-12345678。 network-acl-id - String - (过滤条件) 网络ACL实例ID, 形如: acl-12345678。 network-acl-name - String - (过滤条件) 网络ACL实例名称。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: number | undefined;
    /** 返回数量, 默认为20, 最小值为1, 最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeNetworkAcls: 查询网络ACL列表 */
export interface DescribeNetworkAclsResponse {
    /** 此参数对外不可见。 实例详细信息列表。 */
    NetworkAclSet?: NetworkAcl[] | undefined;
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateNetworkAclSubnets: 网络ACL解关联子网 */
export interface DisassociateNetworkAclSubnetsRequest {
    /** 网络ACL实例ID。例如：acl-12345678。 */
    NetworkAclId: string;
    /** 子网实例ID数组。例如：[subnet-12345678] */
    SubnetIds: string[];
}
/** Output of DisassociateNetworkAclSubnets: 网络ACL解关联子网 */
export interface DisassociateNetworkAclSubnetsResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNetworkAclAttribute: 修改网络ACL属性 */
export interface ModifyNetworkAclAttributeRequest {
    /** 网络ACL实例ID。例如: acl-12345678。 */
    NetworkAclId: string;
    /** 网络ACL名称, 最大长度不能超过60个字节。 */
    NetworkAclName: string;
}
/** Output of ModifyNetworkAclAttribute: 修改网络ACL属性 */
export interface ModifyNetworkAclAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNetworkAclEntries: 修改网络ACL规则 */
export interface ModifyNetworkAclEntriesRequest {
    /** 网络ACL实例ID。例如: acl-12345678。 */
    NetworkAclId: string;
    /** 网络ACL规则集。 */
    NetworkAclEntrySet: NetworkAclEntrySet;
}
/** Output of ModifyNetworkAclEntries: 修改网络ACL规则 */
export interface ModifyNetworkAclEntriesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateAddressTemplate: 创建IP地址模版 */
export interface CreateAddressTemplateRequest {
    /** IP地址模版名称 */
    AddressTemplateName: string;
    /** 地址信息，支持 IP、CIDR、IP 范围。 */
    Addresses: string[];
}
/** Output of CreateAddressTemplate: 创建IP地址模版 */
export interface CreateAddressTemplateResponse {
    /** 此参数对外不可见。 IP地址模板对象。 */
    AddressTemplate?: AddressTemplate | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateAddressTemplateGroup: 创建IP地址模版集合 */
export interface CreateAddressTemplateGroupRequest {
    /** IP地址模版集合名称。 */
    AddressTemplateName: string;
    /** IP地址模版实例ID, 例如: ipm-mdunqeb6。 */
    AddressTemplateIds: string[];
}
/** Output of CreateAddressTemplateGroup: 创建IP地址模版集合 */
export interface CreateAddressTemplateGroupResponse {
    /** 此参数对外不可见。 IP地址模版集合对象。 */
    AddressTemplateGroup?: AddressTemplateGroup | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateServiceTemplate: 创建协议端口模板 */
export interface CreateServiceTemplateRequest {
    /** 协议端口模板名称 */
    ServiceTemplateName: string;
    /** 支持单个端口、多个端口、连续端口及所有端口, 协议支持: TCP、UDP、ICMP、GRE 协议。 */
    Services: string[];
}
/** Output of CreateServiceTemplate: 创建协议端口模板 */
export interface CreateServiceTemplateResponse {
    /** 此参数对外不可见。 协议端口模板对象。 */
    ServiceTemplate?: ServiceTemplate | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateServiceTemplateGroup: 创建协议端口模板集合 */
export interface CreateServiceTemplateGroupRequest {
    /** 协议端口模板集合名称 */
    ServiceTemplateName: string;
    /** 协议端口模板实例ID, 例如: ppm-4dw6agho。 */
    ServiceTemplateIds: string[];
}
/** Output of CreateServiceTemplateGroup: 创建协议端口模板集合 */
export interface CreateServiceTemplateGroupResponse {
    /** 此参数对外不可见。 协议端口模板集合对象。 */
    ServiceTemplateGroup?: ServiceTemplateGroup | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteAddressTemplate: 删除IP地址模板 */
export interface DeleteAddressTemplateRequest {
    /** IP地址模板实例ID, 例如: ipm-09o5m8kc。 */
    AddressTemplateId: string;
}
/** Output of DeleteAddressTemplate: 删除IP地址模板 */
export interface DeleteAddressTemplateResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteAddressTemplateGroup: 删除IP地址模板集合 */
export interface DeleteAddressTemplateGroupRequest {
    /** IP地址模板集合实例ID, 例如: ipmg-90cex8mq。 */
    AddressTemplateGroupId: string;
}
/** Output of DeleteAddressTemplateGroup: 删除IP地址模板集合 */
export interface DeleteAddressTemplateGroupResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteServiceTemplate: 删除协议端口模板 */
export interface DeleteServiceTemplateRequest {
    /** 协议端口模板实例ID, 例如: ppm-e6dy460g。 */
    ServiceTemplateId: string;
}
/** Output of DeleteServiceTemplate: 删除协议端口模板 */
export interface DeleteServiceTemplateResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteServiceTemplateGroup: 删除协议端口模板集合 */
export interface DeleteServiceTemplateGroupRequest {
    /** 协议端口模板集合实例ID, 例如: ppmg-n17uxvve。 */
    ServiceTemplateGroupId: string;
}
/** Output of DeleteServiceTemplateGroup: 删除协议端口模板集合 */
export interface DeleteServiceTemplateGroupResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAddressTemplateGroups: 查询IP地址模板集合 */
export interface DescribeAddressTemplateGroupsRequest {
    /** 过滤条件。 address-template-group-name - String - (过滤条件) IP地址模板集合名称。 address-template-group-id - String - (过滤条件) IP地址模板实例集合ID, 例如: ipmg-mdunqeb6。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: string | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: string | undefined;
}
/** Output of DescribeAddressTemplateGroups: 查询IP地址模板集合 */
export interface DescribeAddressTemplateGroupsResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 IP地址模板。 */
    AddressTemplateGroupSet?: AddressTemplateGroup[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAddressTemplates: 查询IP地址模板 */
export interface DescribeAddressTemplatesRequest {
    /** 过滤条件。 address-template-name - String - (过滤条件) IP地址模板名称。 address-template-id - String - (过滤条件) IP地址模板实例ID, 例如: ipm-mdunqeb6。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: string | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: string | undefined;
}
/** Output of DescribeAddressTemplates: 查询IP地址模板 */
export interface DescribeAddressTemplatesResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 IP地址模版。 */
    AddressTemplateSet?: AddressTemplate[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeServiceTemplateGroups: 查询协议端口模板集合 */
export interface DescribeServiceTemplateGroupsRequest {
    /** 过滤条件。 service-template-group-name - String - (过滤条件) 协议端口模板集合名称。 service-template-group-id - String - (过滤条件) 协议端口模板集合实例ID，例如：ppmg-e6dy460g。 */
    Filters?: Filter[] | undefined;
    /** 偏移量，默认为0。 */
    Offset?: string | undefined;
    /** 返回数量，默认为20，最大值为100。 */
    Limit?: string | undefined;
}
/** Output of DescribeServiceTemplateGroups: 查询协议端口模板集合 */
export interface DescribeServiceTemplateGroupsResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 协议端口模板集合。 */
    ServiceTemplateGroupSet?: ServiceTemplateGroup[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeServiceTemplates: 查询协议端口模板 */
export interface DescribeServiceTemplatesRequest {
    /** 过滤条件。 service-template-name - String - (过滤条件) 协议端口模板名称。 service-template-id - String - (过滤条件) 协议端口模板实例ID, 例如: ppm-e6dy460g。 */
    Filters?: Filter[] | undefined;
    /** 偏移量, 默认为0。 */
    Offset?: string | undefined;
    /** 返回数量, 默认为20, 最大值为100。 */
    Limit?: string | undefined;
}
/** Output of DescribeServiceTemplates: 查询协议端口模板 */
export interface DescribeServiceTemplatesResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 协议端口模板对象。 */
    ServiceTemplateSet?: ServiceTemplate[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTemplateLimits: 查询参数模板配额列表 */
export interface DescribeTemplateLimitsRequest {
}
/** Output of DescribeTemplateLimits: 查询参数模板配额列表 */
export interface DescribeTemplateLimitsResponse {
    /** 此参数对外不可见。 参数模板配额对象。 */
    TemplateLimit?: TemplateLimit | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAddressTemplateAttribute: 修改IP地址模板 */
export interface ModifyAddressTemplateAttributeRequest {
    /** IP地址模板实例ID, 例如: ipm-mdunqeb6。 */
    AddressTemplateId: string;
    /** IP地址模板名称。 */
    AddressTemplateName?: string | undefined;
    /** 地址信息, 支持 IP、CIDR、IP 范围。 */
    Addresses?: string[] | undefined;
}
/** Output of ModifyAddressTemplateAttribute: 修改IP地址模板 */
export interface ModifyAddressTemplateAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAddressTemplateGroupAttribute: 修改IP地址模板集合 */
export interface ModifyAddressTemplateGroupAttributeRequest {
    /** IP地址模板集合实例ID, 例如: ipmg-2uw6ujo6。 */
    AddressTemplateGroupId: string;
    /** IP地址模板集合名称。 */
    AddressTemplateName?: string | undefined;
    /** IP地址模板实例ID, 例如: ipm-mdunqeb6。 */
    AddressTemplateIds?: string[] | undefined;
}
/** Output of ModifyAddressTemplateGroupAttribute: 修改IP地址模板集合 */
export interface ModifyAddressTemplateGroupAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyServiceTemplateAttribute: 修改协议端口模板 */
export interface ModifyServiceTemplateAttributeRequest {
    /** 协议端口模板实例ID, 例如: ppm-529nwwj8。 */
    ServiceTemplateId: string;
    /** 协议端口模板名称。 */
    ServiceTemplateName?: string | undefined;
    /** 支持单个端口、多个端口、连续端口及所有端口, 协议支持: TCP、UDP、ICMP、GRE 协议。 */
    Services?: string[] | undefined;
}
/** Output of ModifyServiceTemplateAttribute: 修改协议端口模板 */
export interface ModifyServiceTemplateAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyServiceTemplateGroupAttribute: 修改协议端口模板集合 */
export interface ModifyServiceTemplateGroupAttributeRequest {
    /** 协议端口模板集合实例ID, 例如: ppmg-ei8hfd9a。 */
    ServiceTemplateGroupId: string;
    /** 协议端口模板集合名称。 */
    ServiceTemplateName?: string | undefined;
    /** 协议端口模板实例ID, 例如: ppm-4dw6agho。 */
    ServiceTemplateIds?: string[] | undefined;
}
/** Output of ModifyServiceTemplateGroupAttribute: 修改协议端口模板集合 */
export interface ModifyServiceTemplateGroupAttributeResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CheckNetDetectState: 验证网络探测 */
export interface CheckNetDetectStateRequest {
    /** 网络探测实例ID。形如: netd-12345678。该参数与 (VpcId , SubnetId , NetDetectName) ,至少要有有一个。当NetDetectId存在时,使用NetDetectId。 */
    NetDetectId?: string | undefined;
    /** VPC实例ID。形如: vpc-12345678。该参数与 (SubnetId , NetDetectName) 配合使用,与NetDetectId至少要有有一个。当NetDetectId存在时,使用NetDetectId。 */
    VpcId?: string | undefined;
    /** 子网实例ID。形如: subnet-12345678。该参数与 (VpcId , NetDetectName) 配合使用,与NetDetectId至少要有有一个。当NetDetectId存在时,使用NetDetectId。 */
    SubnetId?: string | undefined;
    /** 网络探测名称,最大长度不能超过60个字节。该参数与 (VpcId , SubnetId) 配合使用,与NetDetectId至少要有有一个。当NetDetectId存在时,使用NetDetectId。 */
    NetDetectName?: string | undefined;
    /** 探测目的IPv4地址数组,最多两个。 */
    DetectDestinationIp: string[];
    /** 下一跳类型,目前我们支持的类型有: VPN: VPN网关; DIRECTCONNECT: 专线网关; PEERCONNECTION: 对等连接; NAT: NAT网关; NORMAL_CVM: 普通云服务器; */
    NextHopType: string;
    /** 下一跳目的网关,取值与“下一跳类型”相关: 下一跳类型为VPN,取值VPN网关ID,形如: vpngw-12345678; 下一跳类型为DIRECTCONNECT,取值专线网关ID,形如: dcg-12345678; 下一跳类型为PEERCONNECTION,取值对等连接ID,形如: pcx-12345678; 下一跳类型为NAT,取值Nat网关,形如: nat-12345678; 下一跳类型为NORMAL_CVM,取值云服务器IPv4地址,形如: 10.0.0.12; */
    NextHopDestination: string;
}
/** Output of CheckNetDetectState: 验证网络探测 */
export interface CheckNetDetectStateResponse {
    /** 此参数对外不可见。 网络探测验证结果对象数组。 */
    NetDetectIpStateSet?: NetDetectIpState[] | undefined;
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateNetDetect: 创建网络探测 */
export interface CreateNetDetectRequest {
    /** VPC实例ID。形如: vpc-12345678 */
    VpcId: string;
    /** 子网实例ID。形如: subnet-12345678。 */
    SubnetId: string;
    /** 网络探测名称,最大长度不能超过60个字节。 */
    NetDetectName: string;
    /** 探测目的IPv4地址数组。最多两个。 */
    DetectDestinationIp: string[];
    /** 下一跳类型,目前我们支持的类型有: VPN: VPN网关; DIRECTCONNECT: 专线网关; PEERCONNECTION: 对等连接; NAT: NAT网关; NORMAL_CVM: 普通云服务器; */
    NextHopType: string;
    /** 下一跳目的网关,取值与“下一跳类型”相关: 下一跳类型为VPN,取值VPN网关ID,形如: vpngw-12345678; 下一跳类型为DIRECTCONNECT,取值专线网关ID,形如: dcg-12345678; 下一跳类型为PEERCONNECTION,取值对等连接ID,形如: pcx-12345678; 下一跳类型为NAT,取值Nat网关,形如: nat-12345678; 下一跳类型为NORMAL_CVM,取值云服务器IPv4地址,形如: 10.0.0.12; */
    NextHopDestination: string;
    /** 网络探测描述。 */
    NetDetectDescription?: string | undefined;
}
/** Output of CreateNetDetect: 创建网络探测 */
export interface CreateNetDetectResponse {
    /** 此参数对外不可见。 网络探测 (NetDetect) 对象。 */
    NetDetect?: NetDetect | undefined;
    /** 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNetDetect: 删除网络探测 */
export interface DeleteNetDetectRequest {
    /** 网络探测实例 ID。形如: netd-12345678 */
    NetDetectId: string;
}
/** Output of DeleteNetDetect: 删除网络探测 */
export interface DeleteNetDetectResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetDetectStates: 查询网络探测验证结果列表 */
export interface DescribeNetDetectStatesRequest {
    /** 网络探测实例 ID 数组。形如: [netd-12345678] */
    NetDetectIds?: string[] | undefined;
    /** 过滤条件,参数不支持同时指定NetDetectIds和Filters。 net-detect-id - String - (过滤条件) 网络探测实例ID,形如: netd-12345678 */
    Filters?: Filter[] | undefined;
    /** 偏移量,默认为0。 */
    Offset?: number | undefined;
    /** 返回数量,默认为20,最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeNetDetectStates: 查询网络探测验证结果列表 */
export interface DescribeNetDetectStatesResponse {
    /** 此参数对外不可见。 符合条件的网络探测验证结果对象数组。 */
    NetDetectStateSet?: NetDetectState[] | undefined;
    /** 此参数对外不可见。 符合条件的网络探测验证结果对象数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetDetects: 查询网络探测列表 */
export interface DescribeNetDetectsRequest {
    /** 网络探测实例 ID 数组。形如：[netd-12345678] */
    NetDetectIds?: string[] | undefined;
    /** 过滤条件，参数不支持同时指定NetDetectIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID，形如：vpc-12345678 net-detect-id - String - (过滤条件) 网络探测实例ID，形如：netd-12345678 subnet-id - String - (过滤条件) 子网实例ID，形如：subnet-12345678 net-detect-name - String - (过滤条件) 网络探测名称 */
    Filters?: Filter[] | undefined;
    /** 偏移量，默认为0。 */
    Offset?: number | undefined;
    /** 返回数量，默认为20，最大值为100。 */
    Limit?: number | undefined;
}
/** Output of DescribeNetDetects: 查询网络探测列表 */
export interface DescribeNetDetectsResponse {
    /** 此参数对外不可见。 符合条件的网络探测对象数组。 */
    NetDetectSet?: NetDetect[] | undefined;
    /** 此参数对外不可见。 符合条件的网络探测对象数量。 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNetDetect: 修改网络探测 */
export interface ModifyNetDetectRequest {
    /** 网络探测实例 ID。形如: netd-12345678 */
    NetDetectId: string;
    /** 网络探测名称,最大长度不能超过60个字节。 */
    NetDetectName?: string | undefined;
    /** 探测目的IPv4地址数组,最多两个。 */
    DetectDestinationIp?: string[] | undefined;
    /** 下一跳类型,目前我们支持的类型有: VPN: VPN网关; DIRECTCONNECT: 专线网关; PEERCONNECTION: 对等连接; NAT: NAT网关; NORMAL_CVM: 普通云服务器; */
    NextHopType?: string | undefined;
    /** 下一跳目的网关,取值与“下一跳类型”相关: 下一跳类型为VPN,取值VPN网关ID,形如: vpngw-12345678; 下一跳类型为DIRECTCONNECT,取值专线网关ID,形如: dcg-12345678; 下一跳类型为PEERCONNECTION,取值对等连接ID,形如: pcx-12345678; 下一跳类型为NAT,取值Nat网关,形如: nat-12345678; 下一跳类型为NORMAL_CVM,取值云服务器IPv4地址,形如: 10.0.0.12; */
    NextHopDestination?: string | undefined;
    /** 网络探测描述。 */
    NetDetectDescription?: string | undefined;
}
/** Output of ModifyNetDetect: 修改网络探测 */
export interface ModifyNetDetectResponse {
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateIpv6Routes: 用户创建IPv6路由 */
export interface CreateIpv6RoutesRequest {
    /** 路由表实例ID，例如：rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 路由策略对象。 */
    Routes: Route[];
}
/** Output of CreateIpv6Routes: 用户创建IPv6路由 */
export interface CreateIpv6RoutesResponse {
    /** 此参数对外不可见。 新增的实例个数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 路由表对象。 */
    RouteTableSet?: RouteTable[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateRouteTable: 创建路由表 */
export interface CreateRouteTableRequest {
    /** 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。 */
    VpcId: string;
    /** 路由表名称,最大长度不能超过60个字节。 */
    RouteTableName: string;
    /** 指定绑定的标签列表,例如: [{"Key": "city", "Value": "shanghai"}] */
    Tags?: Tag[] | undefined;
}
/** Output of CreateRouteTable: 创建路由表 */
export interface CreateRouteTableResponse {
    /** 此参数对外不可见。 路由表对象。 */
    RouteTable?: RouteTable | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateRoutes: 创建路由策略 */
export interface CreateRoutesRequest {
    /** 路由表实例ID。 */
    RouteTableId: string;
    /** 路由策略对象。 */
    Routes: Route[];
}
/** Output of CreateRoutes: 创建路由策略 */
export interface CreateRoutesResponse {
    /** 此参数对外不可见。 新增的实例个数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 路由表对象。 */
    RouteTableSet?: RouteTable[] | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteIpv6Routes: 删除路由表的IPv6路由规则 */
export interface DeleteIpv6RoutesRequest {
    /** 路由表ID。 */
    RouteTableId: string;
    /** 路由策略ID。 */
    RouteItemIds: string[];
}
/** Output of DeleteIpv6Routes: 删除路由表的IPv6路由规则 */
export interface DeleteIpv6RoutesResponse {
    /** 此参数对外不可见。 删除的路由策略。 */
    RouteSet?: Route[] | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteRouteTable: 删除路由表 */
export interface DeleteRouteTableRequest {
    /** 路由表实例ID, 例如: rtb-azd4dt1c。 */
    RouteTableId: string;
}
/** Output of DeleteRouteTable: 删除路由表 */
export interface DeleteRouteTableResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteRoutes: 删除路由策略 */
export interface DeleteRoutesRequest {
    /** 路由表实例ID。 */
    RouteTableId: string;
    /** 路由策略对象。 */
    Routes: DellRoute[];
}
/** Output of DeleteRoutes: 删除路由策略 */
export interface DeleteRoutesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeRouteConflicts: 查询路由策略冲突列表 */
export interface DescribeRouteConflictsRequest {
    /** 路由表实例ID, 例如: rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 要检查的与之冲突的目的端列表 */
    DestinationCidrBlocks: string[];
}
/** Output of DescribeRouteConflicts: 查询路由策略冲突列表 */
export interface DescribeRouteConflictsResponse {
    /** 此参数对外不可见。 路由策略冲突列表 */
    RouteConflictSet?: RouteConflict[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeRouteTables: 查询路由列表 */
export interface DescribeRouteTablesRequest {
    /** 路由表实例ID, 例如: rtb-azd4dt1c。 */
    RouteTableIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定RouteTableIds和Filters。 route-table-id - String - (过滤条件) 路由表实例ID。 route-table-name - String - (过滤条件) 路由表名称。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 association.main - String - (过滤条件) 是否主路由表。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。 tag.tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。 */
    Filters?: Filter[] | undefined;
    /** 偏移量。 */
    Offset?: string | undefined;
    /** 请求对象个数。 */
    Limit?: string | undefined;
}
/** Output of DescribeRouteTables: 查询路由列表 */
export interface DescribeRouteTablesResponse {
    /** 此参数对外不可见。 符合条件的实例数量。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 路由表对象。 */
    RouteTableSet?: RouteTable[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisableRoutes: 禁用子网路由 */
export interface DisableRoutesRequest {
    /** 路由表唯一ID。 */
    RouteTableId: string;
    /** 路由策略唯一ID。 */
    RouteIds: number[];
}
/** Output of DisableRoutes: 禁用子网路由 */
export interface DisableRoutesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnableRoutes: 启用子网路由 */
export interface EnableRoutesRequest {
    /** 路由表唯一ID。 */
    RouteTableId: string;
    /** 路由策略唯一ID。 */
    RouteIds: number[];
}
/** Output of EnableRoutes: 启用子网路由 */
export interface EnableRoutesResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyIpv6Routes: 修改IPv6路由规则 */
export interface ModifyIpv6RoutesRequest {
    /** 路由表实例ID,例如: rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 路由策略对象。需要指定路由策略ID (RouteId)。 */
    Routes: Route[];
}
/** Output of ModifyIpv6Routes: 修改IPv6路由规则 */
export interface ModifyIpv6RoutesResponse {
    /** 此参数对外不可见。 原路由策略信息。 */
    OldRouteSet?: Route[] | undefined;
    /** 此参数对外不可见。 修改后的路由策略信息。 */
    NewRouteSet?: Route[] | undefined;
    /** 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyRouteTableAttribute: 修改路由表属性 */
export interface ModifyRouteTableAttributeRequest {
    /** 路由表实例ID，例如：rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 路由表名称。 */
    RouteTableName: string;
}
/** Output of ModifyRouteTableAttribute: 修改路由表属性 */
export interface ModifyRouteTableAttributeResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceRouteTableAssociation: 替换路由表绑定关系 */
export interface ReplaceRouteTableAssociationRequest {
    /** 子网实例ID, 例如: subnet-3x5lf5q0。可通过DescribeSubnets接口查询。 */
    SubnetId: string;
    /** 路由表实例ID, 例如: rtb-azd4dt1c。 */
    RouteTableId: string;
}
/** Output of ReplaceRouteTableAssociation: 替换路由表绑定关系 */
export interface ReplaceRouteTableAssociationResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceRoutes: 替换路由策略 */
export interface ReplaceRoutesRequest {
    /** 路由表实例ID, 例如: rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 路由策略对象。需要指定路由策略ID (RouteId)。 */
    Routes: Route[];
}
/** Output of ReplaceRoutes: 替换路由策略 */
export interface ReplaceRoutesResponse {
    /** 此参数对外不可见。 旧路由信息 */
    OldRouteSet?: OldRouteSet | undefined;
    /** 此参数对外不可见。 新路由信息 */
    NewRouteSet?: NewRouteSet | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetRoutes: 重置路由表名称和路由策略 */
export interface ResetRoutesRequest {
    /** 路由表实例ID, 例如: rtb-azd4dt1c。 */
    RouteTableId: string;
    /** 路由表名称, 最大长度不能超过60个字节。 */
    RouteTableName: string;
    /** 路由策略。 */
    Routes: Route[];
}
/** Output of ResetRoutes: 重置路由表名称和路由策略 */
export interface ResetRoutesResponse {
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateHaVip: 创建HAVIP */
export interface CreateHaVipRequest {
    /** HAVIP 所在私有网络 ID。 */
    VpcId: string;
    /** HAVIP 所在子网 ID。 */
    SubnetId: string;
    /** HAVIP 名称。 */
    HaVipName: string;
    /** 指定虚拟IP地址，必须在 VPC 网段内且未被占用。不指定则自动分配。 */
    Vip?: string | undefined;
}
/** Output of CreateHaVip: 创建HAVIP */
export interface CreateHaVipResponse {
    /** 此参数对外不可见。 HAVIP 对象。 */
    HaVip?: HaVip | undefined;
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteHaVip: 删除HAVIP */
export interface DeleteHaVipRequest {
    /** HAVIP 唯一 ID，形如：havip-9o233uri。 */
    HaVipId: string;
}
/** Output of DeleteHaVip: 删除HAVIP */
export interface DeleteHaVipResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeHaVips: 查询HAVIP列表 */
export interface DescribeHaVipsRequest {
    /** HAVIP 唯一 ID, 形如: havip-9o233uri。 */
    HaVipIds?: string[] | undefined;
    /** 过滤条件, 参数不支持同时指定 HaVipIds 和 Filters。 havip-id - String - HAVIP 唯一 ID, 形如: havip-9o233uri。 havip-name - String - HAVIP 名称。 vpc-id - String - HAVIP 所在私有网络 ID。 subnet-id - String - HAVIP 所在子网 ID。 address-ip - String - HAVIP 绑定的弹性公网 IP。 */
    Filters?: Filter[] | undefined;
    /** 偏移量 */
    Offset?: number | undefined;
    /** 返回数量 */
    Limit?: number | undefined;
}
/** Output of DescribeHaVips: 查询HAVIP列表 */
export interface DescribeHaVipsResponse {
    /** 此参数对外不可见。 符合条件的对象数。 */
    TotalCount?: number | undefined;
    /** 此参数对外不可见。 HAVIP 对象数组。 */
    HaVipSet?: HaVip[] | undefined;
    /** 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of HaVipAssociateAddressIp: HAVIP绑定EIP */
export interface HaVipAssociateAddressIpRequest {
    /** HAVIP 唯一 ID，形如：havip-9o233uri。必须是没有绑定 EIP 的 HAVIP */
    HaVipId: string;
    /** 弹性公网 IP。必须是没有绑定 HAVIP 的 EIP */
    AddressIp: string;
}
/** Output of HaVipAssociateAddressIp: HAVIP绑定EIP */
export interface HaVipAssociateAddressIpResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of HaVipDisassociateAddressIp: HAVIP解绑EIP */
export interface HaVipDisassociateAddressIpRequest {
    /** HAVIP 唯一 ID，形如：havig-9o233uri。必须是已绑定 EIP 的 HAVIP。 */
    HaVipId: string;
}
/** Output of HaVipDisassociateAddressIp: HAVIP解绑EIP */
export interface HaVipDisassociateAddressIpResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyHaVipAttribute: 修改HAVIP属性 */
export interface ModifyHaVipAttributeRequest {
    /** HAVIP 唯一 ID，形如：havig-9o233uri。 */
    HaVipId: string;
    /** HAVIP 名称，可任意命名，但不得超过60个字符。 */
    HaVipName: string;
}
/** Output of ModifyHaVipAttribute: 修改HAVIP属性 */
export interface ModifyHaVipAttributeResponse {
    /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}

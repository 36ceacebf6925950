/**
 * 云联网 (CCN) 关联实例 (Instance) 对象
 *
 * @see spec/sources/tce-vpc.txt line 26226
 */
export interface CcnAttachedInstance {
    /**
     * 云联网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 26233
     */
    CcnId: string;
    /**
     * 关联实例类型: VPC : 私有网络 DIRECTCONNECT : 专线网关 BMVPC : 黑石私有网络
     *
     * @see spec/sources/tce-vpc.txt line 26234
     */
    InstanceType: string;
    /**
     * 关联实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 26235
     */
    InstanceId: string;
    /**
     * 关联实例名称。
     *
     * @see spec/sources/tce-vpc.txt line 26236
     */
    InstanceName: string;
    /**
     * 关联实例所属大区, 例如: ap-guangzhou。
     *
     * @see spec/sources/tce-vpc.txt line 26237
     */
    InstanceRegion: string;
    /**
     * 关联实例所属UIN (根账号)。
     *
     * @see spec/sources/tce-vpc.txt line 26238
     */
    InstanceUin: string;
    /**
     * 关联实例CIDR。
     *
     * @see spec/sources/tce-vpc.txt line 26239
     */
    CidrBlock: string[];
    /**
     * 关联实例状态: PENDING : 申请中 ACTIVE : 已连接 EXPIRED : 已过期 REJECTED : 已拒绝 DELETED : 已删除 FAILED : 失败的 (2小时后将异步强制解关联) ATTACHING : 关联中 DETACHING : 解关联中 DETACHFAILED : 解关联失败 (2小时后将异步强制解关联)
     *
     * @see spec/sources/tce-vpc.txt line 26240
     */
    State: string;
    /**
     * 关联时间。
     *
     * @see spec/sources/tce-vpc.txt line 26241
     */
    AttachedTime: string;
    /**
     * 云联网所属UIN (根账号)。
     *
     * @see spec/sources/tce-vpc.txt line 26242
     */
    CcnUin: string;
}
/**
 * 用于描述Anycast各地域带宽值。
 *
 * @see spec/sources/tce-vpc.txt line 26244
 */
export interface BandwidthSpecification {
    /**
     * Anycast入口地域名称。
     *
     * @see spec/sources/tce-vpc.txt line 26251
     */
    Region: string;
    /**
     * 带宽值。单位 Mbps。
     *
     * @see spec/sources/tce-vpc.txt line 26252
     */
    Bandwidth: number;
}
/**
 * @see spec/sources/tce-vpc.txt line 26254
 */
export interface NetworkInterfaceAttachment {
    /**
     * 绑定时间。
     *
     * @see spec/sources/tce-vpc.txt line 26259
     */
    AttachTime: string;
    /**
     * 云主机实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 26260
     */
    InstanceId: string;
    /**
     * 网卡在云主机实例内的序号。
     *
     * @see spec/sources/tce-vpc.txt line 26261
     */
    DeviceIndex: number;
    /**
     * 云主机所有者账户信息。
     *
     * @see spec/sources/tce-vpc.txt line 26262
     */
    InstanceAccountId: string;
}
/**
 * 用于描述云联网地域间限速带宽实例的信息
 *
 * @see spec/sources/tce-vpc.txt line 26264
 */
export interface CcnBandwidthInfo {
    /**
     * 带宽所属的云联网ID。
     *
     * @see spec/sources/tce-vpc.txt line 26271
     */
    CcnId: string | null;
    /**
     * 实例的创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 26272
     */
    CreatedTime: string | null;
    /**
     * 实例的过期时间
     *
     * @see spec/sources/tce-vpc.txt line 26273
     */
    ExpiredTime: string | null;
    /**
     * 带宽实例的唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 26274
     */
    RegionFlowControlId: string | null;
    /**
     * 带宽是否自动续费的标记。
     *
     * @see spec/sources/tce-vpc.txt line 26275
     */
    RenewFlag: string | null;
    /**
     * 描述带宽的地域和限速上限信息。
     *
     * @see spec/sources/tce-vpc.txt line 26276
     */
    CcnRegionBandwidthLimit: CcnRegionBandwidthLimit | null;
}
/**
 * 描述带宽包资源信息的结构
 *
 * @see spec/sources/tce-vpc.txt line 26278
 */
export interface Resource {
    /**
     * 带宽包资源类型，包括'Address'和'LoadBalance'
     *
     * @see spec/sources/tce-vpc.txt line 26285
     */
    ResourceType: string;
    /**
     * 带宽包资源ID，形如'eip-xxxx'，'lb-xxxx'
     *
     * @see spec/sources/tce-vpc.txt line 26286
     */
    ResourceId: string;
    /**
     * 带宽包资源Ip
     *
     * @see spec/sources/tce-vpc.txt line 26287
     */
    AddressIp: string;
}
/**
 * NAT的SNAT规则
 *
 * @see spec/sources/tce-vpc.txt line 26289
 */
export interface SourceIpTranslationNatRule {
    /**
     * Snat规则ID
     *
     * @see spec/sources/tce-vpc.txt line 26296
     */
    NatGatewaySnatId?: string | undefined;
    /**
     * 资源ID
     *
     * @see spec/sources/tce-vpc.txt line 26297
     */
    ResourceId: string;
    /**
     * 资源类型，目前包含SUBNET、NETWORKINTERFACE
     *
     * @see spec/sources/tce-vpc.txt line 26298
     */
    ResourceType: string | null;
    /**
     * 源IP/网段
     *
     * @see spec/sources/tce-vpc.txt line 26299
     */
    PrivateIpAddress: string;
    /**
     * 弹性IP地址池
     *
     * @see spec/sources/tce-vpc.txt line 26300
     */
    PublicIpAddresses: string[];
    /**
     * 描述
     *
     * @see spec/sources/tce-vpc.txt line 26301
     */
    Description: string;
    /**
     * NAT网关的ID。
     *
     * @see spec/sources/tce-vpc.txt line 26302
     */
    NatGatewayId?: string | null | undefined;
    /**
     * 私有网络VPC的ID。
     *
     * @see spec/sources/tce-vpc.txt line 26303
     */
    VpcId?: string | null | undefined;
    /**
     * NAT网关SNAT规则创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 26304
     */
    CreatedTime?: string | null | undefined;
}
/**
 * 专线网关对象。
 *
 * @see spec/sources/tce-vpc.txt line 26306
 */
export interface DirectConnectGateway {
    /**
     * 专线网关 ID。
     *
     * @see spec/sources/tce-vpc.txt line 26313
     */
    DirectConnectGatewayId: string;
    /**
     * 专线网关名称。
     *
     * @see spec/sources/tce-vpc.txt line 26314
     */
    DirectConnectGatewayName: string;
    /**
     * 专线网关关联 VPC 实例 ID。
     *
     * @see spec/sources/tce-vpc.txt line 26315
     */
    VpcId: string;
    /**
     * 关联网类型： VPC - 私有网络 CCN - 云联网
     *
     * @see spec/sources/tce-vpc.txt line 26316
     */
    NetworkType: string;
    /**
     * 关联网实例 ID： NetworkType 为 VPC 时，这里为私有网络实例 ID NetworkType 为 CCN 时，这里为云联网实例 ID
     *
     * @see spec/sources/tce-vpc.txt line 26317
     */
    NetworkInstanceId: string;
    /**
     * 网关类型： NORMAL - 标准型，注：云联网只支持标准型 NAT - NAT型 NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个 NAT 类型的专线网关和一个非NAT类型的专线网关
     *
     * @see spec/sources/tce-vpc.txt line 26318
     */
    GatewayType: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 26319
     */
    CreateTime: string;
    /**
     * 专线网关IP。
     *
     * @see spec/sources/tce-vpc.txt line 26320
     */
    DirectConnectGatewayIp: string;
    /**
     * 专线网关关联 CCN 实例 ID。
     *
     * @see spec/sources/tce-vpc.txt line 26321
     */
    CcnId: string;
    /**
     * 云联网路由学习类型： BGP - 自动学习。 STATIC - 静态，即用户配置。
     *
     * @see spec/sources/tce-vpc.txt line 26322
     */
    CcnRouteType: string;
    /**
     * 是否启用BGP。
     *
     * @see spec/sources/tce-vpc.txt line 26323
     */
    EnableBGP: boolean;
    /**
     * 开启和关闭BGP的community属性。
     *
     * @see spec/sources/tce-vpc.txt line 26324
     */
    EnableBGPCommunity?: boolean | undefined;
    /**
     * 专线网关带宽限速值。
     *
     * @see spec/sources/tce-vpc.txt line 26325
     */
    Bandwidth?: number | undefined;
    /**
     * 是否发布云联网VPC的Cidr, standard:发布, exquisite:不发布。
     *
     * @see spec/sources/tce-vpc.txt line 26326
     */
    ModeType?: string | undefined;
    /**
     * 是否支持BGP 社团属性
     *
     * @see spec/sources/tce-vpc.txt line 26327
     */
    BGPCommunitySupport?: boolean | undefined;
    /**
     * 是否支持VXLAN
     *
     * @see spec/sources/tce-vpc.txt line 26328
     */
    VXLANSupport?: boolean | undefined;
    /**
     * 是否是本地区域
     *
     * @see spec/sources/tce-vpc.txt line 26329
     */
    LocalZone?: boolean | undefined;
    /**
     * 是否支持BGP
     *
     * @see spec/sources/tce-vpc.txt line 26330
     */
    BGPSupport?: boolean | undefined;
    /**
     * tag 信息
     *
     * @see spec/sources/tce-vpc.txt line 26331
     */
    TagSet?: Tag[] | undefined;
}
/**
 * 协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 26333
 */
export interface ServiceTemplateGroup {
    /**
     * 协议端口模板集合实例ID，例如：ppmg-2klmrefu。
     *
     * @see spec/sources/tce-vpc.txt line 26340
     */
    ServiceTemplateGroupId: string;
    /**
     * 协议端口模板集合名称。
     *
     * @see spec/sources/tce-vpc.txt line 26341
     */
    ServiceTemplateName: string;
    /**
     * 协议端口模板实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 26342
     */
    ServiceTemplateIdSet: string[];
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 26343
     */
    CreateTime?: string | undefined;
    /**
     * 协议端口模板实例信息。
     *
     * @see spec/sources/tce-vpc.txt line 26344
     */
    ServiceTemplateSet: ServiceTemplate[];
}
/**
 * @see spec/sources/tce-vpc.txt line 26346
 */
export interface Vpc {
    /**
     * 返回多运营商IPv6 Cidr Block
     *
     * @see spec/sources/tce-vpc.txt line 26354
     */
    Ipv6CidrBlockSet: ISPIpv6CidrBlock[] | null;
    /**
     * Cdc唯一 Id。
     *
     * @see spec/sources/tce-vpc.txt line 26355
     */
    CdcId?: string | null | undefined;
    /**
     * VPC 实例 ID ，例如：vpc-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 26356
     */
    VpcId: string;
    /**
     * VPC 的 IPv4 CIDR 。
     *
     * @see spec/sources/tce-vpc.txt line 26357
     */
    CidrBlock: string;
    /**
     * 是否默认 VPC 。
     *
     * @see spec/sources/tce-vpc.txt line 26358
     */
    IsDefault?: boolean | undefined;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 26359
     */
    CreateTime?: string | undefined;
    /**
     * 是否开启 DHCP 。
     *
     * @see spec/sources/tce-vpc.txt line 26360
     */
    EnableDhcp: boolean;
    /**
     * 是否是共享资源
     *
     * @see spec/sources/tce-vpc.txt line 26361
     */
    IsShare: boolean | null;
    /**
     * vpc数字Id
     *
     * @see spec/sources/tce-vpc.txt line 26362
     */
    VpcNumId: number | null;
    /**
     * vpc关联云联网时路由发布策略， true：开启cidr路由发布， false：开启subnet子网路由发布。创建vpc时默认为子网路由发布
     *
     * @see spec/sources/tce-vpc.txt line 26363
     */
    EnableRouteVpcPublish: boolean | null;
    /**
     * 是否开启组播。
     *
     * @see spec/sources/tce-vpc.txt line 26364
     */
    EnableMulticast: boolean;
    /**
     * DNS 列表。
     *
     * @see spec/sources/tce-vpc.txt line 26365
     */
    DnsServerSet: string[];
    /**
     * DHCP 域名选项值。
     *
     * @see spec/sources/tce-vpc.txt line 26366
     */
    DomainName: string;
    /**
     * 辅助CIDR
     *
     * @see spec/sources/tce-vpc.txt line 26367
     */
    AssistantCidrSet?: AssistantCidr[] | null | undefined;
    /**
     * 是否自研VPC：0否，1是
     *
     * @see spec/sources/tce-vpc.txt line 26368
     */
    VpcFlag: number | null;
    /**
     * 地域。
     *
     * @see spec/sources/tce-vpc.txt line 26369
     */
    Region: string;
    /**
     * VPC 名称。
     *
     * @see spec/sources/tce-vpc.txt line 26370
     */
    VpcName: string;
    /**
     * DHCP 选项集 ID 。
     *
     * @see spec/sources/tce-vpc.txt line 26371
     */
    DhcpOptionsId: string;
    /**
     * VPC 的 IPv6 CIDR 。
     *
     * @see spec/sources/tce-vpc.txt line 26372
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * Bms数量。
     *
     * @see spec/sources/tce-vpc.txt line 26373
     */
    BmsNum?: number | null | undefined;
    /**
     * 扩展cidr列表。
     *
     * @see spec/sources/tce-vpc.txt line 26374
     */
    ExtendCidrSet?: ExtendCidr[] | null | undefined;
    /**
     * 标签键值对
     *
     * @see spec/sources/tce-vpc.txt line 26375
     */
    TagSet: Tag[];
    /**
     * 发布cdc子网到云联网的开关。true: 发布, false: 不发布。
     *
     * @see spec/sources/tce-vpc.txt line 26376
     */
    EnableCdcPublish?: boolean | null | undefined;
}
/**
 * 安全组关联的实例统计
 *
 * @see spec/sources/tce-vpc.txt line 26378
 */
export interface SecurityGroupAssociationStatistics {
    /**
     * 安全组实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 26385
     */
    SecurityGroupId: string;
    /**
     * 云服务器实例数。
     *
     * @see spec/sources/tce-vpc.txt line 26386
     */
    CVM: number;
    /**
     * 数据库实例数。
     *
     * @see spec/sources/tce-vpc.txt line 26387
     */
    CDB: number;
    /**
     * 弹性网卡实例数。
     *
     * @see spec/sources/tce-vpc.txt line 26388
     */
    ENI: number;
    /**
     * 被安全组引用数。
     *
     * @see spec/sources/tce-vpc.txt line 26389
     */
    SG: number;
    /**
     * 负载均衡实例数。
     *
     * @see spec/sources/tce-vpc.txt line 26390
     */
    CLB: number;
    /**
     * 全量实例的绑定统计。
     *
     * @see spec/sources/tce-vpc.txt line 26393
     */
    InstanceStatistics: InstanceStatistic[];
    /**
     * 所有资源的总计数 (不包含被安全组引用数)。
     *
     * @see spec/sources/tce-vpc.txt line 26394
     */
    TotalCount: number;
}
/**
 * 描述 EIP 信息
 *
 * @see spec/sources/tce-vpc.txt line 26396
 */
export interface Address {
    /**
     * EIP 的 ID，是 EIP 的唯一标识。
     *
     * @see spec/sources/tce-vpc.txt line 26403
     */
    AddressId?: string | undefined;
    /**
     * EIP 名称。
     *
     * @see spec/sources/tce-vpc.txt line 26404
     */
    AddressName?: string | null | undefined;
    /**
     * EIP 状态，包含 'CREATING' (创建中), 'BINDING' (绑定中), 'BIND' (已绑定), 'UNBINDING' (解绑中), 'UNBIND' (已解绑), 'OFFLINING' (释放中), 'BIND_ENI' (绑定悬空弹性网卡)
     *
     * @see spec/sources/tce-vpc.txt line 26405
     */
    AddressStatus?: string | undefined;
    /**
     * 外网IP地址
     *
     * @see spec/sources/tce-vpc.txt line 26406
     */
    AddressIp?: string | undefined;
    /**
     * 绑定的资源实例 ID。可能是一个 CVM，NAT。
     *
     * @see spec/sources/tce-vpc.txt line 26407
     */
    InstanceId?: string | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @see spec/sources/tce-vpc.txt line 26408
     */
    CreateTime?: string | undefined;
    /**
     * 绑定的弹性网卡ID
     *
     * @see spec/sources/tce-vpc.txt line 26409
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 绑定的资源内网ip
     *
     * @see spec/sources/tce-vpc.txt line 26410
     */
    PrivateAddressIp?: string | undefined;
    /**
     * 资源隔离状态。true表示eip处于隔离状态，false表示资源处于未隔离状态
     *
     * @see spec/sources/tce-vpc.txt line 26411
     */
    IsArrears?: boolean | undefined;
    /**
     * 资源封堵状态。true表示eip处于封堵状态，false表示eip处于未封堵状态
     *
     * @see spec/sources/tce-vpc.txt line 26412
     */
    IsBlocked?: boolean | undefined;
    /**
     * eip是否支持直通模式。true表示eip支持直通模式，false表示资源不支持直通模式
     *
     * @see spec/sources/tce-vpc.txt line 26413
     */
    IsEipDirectConnection?: boolean | undefined;
    /**
     * eip资源类型，包括 "CalcIP", "WanIP", "EIP", "AnycastEIP"。其中 "CalcIP" 表示设备ip，"WanIP" 表示普通公网ip，"EIP" 表示弹性公网ip，"AnycastEip" 表示加速EIP
     *
     * @see spec/sources/tce-vpc.txt line 26414
     */
    AddressType?: string | undefined;
    /**
     * eip是否在解绑后自动释放。true表示eip将会在解绑后自动释放，false表示eip在解绑后不会自动释放
     *
     * @see spec/sources/tce-vpc.txt line 26415
     */
    CascadeRelease?: boolean | undefined;
    /**
     * EIP ALG开启的协议类型。
     *
     * @see spec/sources/tce-vpc.txt line 26416
     */
    EipAlgType?: AlgType | undefined;
    /**
     * 弹性公网IP的运营商信息，当前可能返回值包括 "CMCC", "CTCC", "CUCC", "BGP"
     *
     * @see spec/sources/tce-vpc.txt line 26417
     */
    InternetServiceProvider?: string | undefined;
    /**
     * eip绑定标签列表
     *
     * @see spec/sources/tce-vpc.txt line 26418
     */
    TagSet?: Tag[] | undefined;
    /**
     * EIP合规状态。BANNING 表示封禁，FREEZING 表示冻结,其他表示正常。
     *
     * @see spec/sources/tce-vpc.txt line 26419
     */
    ComplianceStatus?: string | null | undefined;
    /**
     * 是否用于CLB。
     *
     * @see spec/sources/tce-vpc.txt line 26420
     */
    ApplicableForCLB?: boolean | null | undefined;
    /**
     * 是否下一代EIP。
     *
     * @see spec/sources/tce-vpc.txt line 26421
     */
    IsNewGeneration?: boolean | null | undefined;
    /**
     * 是否主动外联。
     *
     * @see spec/sources/tce-vpc.txt line 26422
     */
    IsActiveAccessEip?: boolean | null | undefined;
    /**
     * EIP所属地域信息。
     *
     * @see spec/sources/tce-vpc.txt line 26423
     */
    NetworkGroup?: string | null | undefined;
    /**
     * 计费方式。
     *
     * @see spec/sources/tce-vpc.txt line 26424
     */
    PayMode?: string | null | undefined;
    /**
     * 到期时间。
     *
     * @see spec/sources/tce-vpc.txt line 26425
     */
    DeadlineDate?: string | null | undefined;
    /**
     * 是否为EIP。
     *
     * @see spec/sources/tce-vpc.txt line 26426
     */
    IsEip?: boolean | null | undefined;
    /**
     * 弹性公网IP的带宽值。注意，传统账户类型账户的弹性公网IP没有带宽属性，值为空。
     *
     * @see spec/sources/tce-vpc.txt line 26427
     */
    Bandwidth?: number | null | undefined;
    /**
     * 更新时间。
     *
     * @see spec/sources/tce-vpc.txt line 26428
     */
    UpdateTime?: string | null | undefined;
    /**
     * 弹性公网IP的网络计费模式。注意，传统账户类型账户的弹性公网IP没有网络计费模式属性，值为空。
     *
     * @see spec/sources/tce-vpc.txt line 26431
     */
    InternetChargeType?: string | null | undefined;
    /**
     * 绑定资源类型。
     *
     * @see spec/sources/tce-vpc.txt line 26432
     */
    BindResourceType?: string | null | undefined;
    /**
     * 是否本地带宽EIP。
     *
     * @see spec/sources/tce-vpc.txt line 26433
     */
    LocalBgp?: boolean | null | undefined;
    /**
     * 是否从WANIP转换。
     *
     * @see spec/sources/tce-vpc.txt line 26434
     */
    IsFromWanIP?: boolean | null | undefined;
    /**
     * VPC ID。
     *
     * @see spec/sources/tce-vpc.txt line 26435
     */
    UnVpcId?: string | null | undefined;
}
/**
 * IKE配置 (Internet Key Exchange, 因特网密钥交换), IKE具有一套自我保护机制, 用户配置网络安全协议
 *
 * @see spec/sources/tce-vpc.txt line 26437
 */
export interface IKEOptionsSpecification {
    /**
     * 加密算法, 可选值: '3DES-CBC', 'AES-CBC-128', 'AES-CBS-192', 'AES-CBC-256', 'DES-CBC', 默认为3DES-CBC
     *
     * @see spec/sources/tce-vpc.txt line 26444
     */
    PropoEncryAlgorithm?: string | undefined;
    /**
     * 认证算法: 可选值: 'MD5', 'SHA1', 默认为MD5
     *
     * @see spec/sources/tce-vpc.txt line 26445
     */
    PropoAuthenAlgorithm?: string | undefined;
    /**
     * 协商模式: 可选值: 'AGGRESSIVE', 'MAIN', 默认为MAIN
     *
     * @see spec/sources/tce-vpc.txt line 26446
     */
    ExchangeMode?: string | undefined;
    /**
     * 本端标识类型: 可选值: 'ADDRESS', 'FQDN', 默认为ADDRESS
     *
     * @see spec/sources/tce-vpc.txt line 26447
     */
    LocalIdentity?: string | undefined;
    /**
     * 对端标识类型: 可选值: 'ADDRESS', 'FQDN', 默认为ADDRESS
     *
     * @see spec/sources/tce-vpc.txt line 26448
     */
    RemoteIdentity?: string | undefined;
    /**
     * 本端标识, 当LocalIdentity选为ADDRESS时, LocalAddress必填。LocalAddress默认为vpn网关公网IP
     *
     * @see spec/sources/tce-vpc.txt line 26449
     */
    LocalAddress?: string | undefined;
    /**
     * 对端标识, 当RemoteIdentity选为ADDRESS时, RemoteAddress必填
     *
     * @see spec/sources/tce-vpc.txt line 26450
     */
    RemoteAddress?: string | undefined;
    /**
     * 本端标识, 当LocalIdentity选为FQDN时, LocalFqdnName必填
     *
     * @see spec/sources/tce-vpc.txt line 26451
     */
    LocalFqdnName?: string | undefined;
    /**
     * 对端标识, 当remoteIdentity选为FQDN时, RemoteFqdnName必填
     *
     * @see spec/sources/tce-vpc.txt line 26452
     */
    RemoteFqdnName?: string | undefined;
    /**
     * DH group, 指定IKE交换密钥时使用的DH组, 可选值: 'GROUP1', 'GROUP2', 'GROUP5', 'GROUP14', 'GROUP24',
     *
     * @see spec/sources/tce-vpc.txt line 26453
     */
    DhGroupName?: string | undefined;
    /**
     * IKE SA Lifetime, 单位: 秒, 设置IKE SA的生存周期, 取值范围: 60-604800
     *
     * @see spec/sources/tce-vpc.txt line 26454
     */
    IKESaLifetimeSeconds?: number | undefined;
    /**
     * IKE版本
     *
     * @see spec/sources/tce-vpc.txt line 26455
     */
    IKEVersion?: string | undefined;
}
/**
 * @see spec/sources/tce-vpc.txt line 26457
 */
export interface VpcOssService {
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.uniVpcGwIpVpcgwId
     *
     * @see spec/sources/tce-vpc.txt line 26462
     */
    VipVpcGatewayId: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.bypassFlag
     *
     * @see spec/sources/tce-vpc.txt line 26463
     */
    BypassFlag: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.rstFlag
     *
     * @see spec/sources/tce-vpc.txt line 26464
     */
    ResetFlag: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.type
     *
     * @see spec/sources/tce-vpc.txt line 26465
     */
    Type: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.stickyTimeout
     *
     * @see spec/sources/tce-vpc.txt line 26466
     */
    StickyTimeout: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.toaHostIpFlag
     *
     * @see spec/sources/tce-vpc.txt line 26467
     */
    ToaHostIpFlag: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.vip
     *
     * @see spec/sources/tce-vpc.txt line 26468
     */
    Vip: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.stickyFlag
     *
     * @see spec/sources/tce-vpc.txt line 26471
     */
    StickyFlag: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.groupId
     *
     * @see spec/sources/tce-vpc.txt line 26472
     */
    GroupId: number[];
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.setId
     *
     * @see spec/sources/tce-vpc.txt line 26473
     */
    SetId: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.route
     *
     * @see spec/sources/tce-vpc.txt line 26474
     */
    RouteSet: VpcOssRoute[];
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.uniqVpcgwId
     *
     * @see spec/sources/tce-vpc.txt line 26475
     */
    UniqueVpcGatewayId: string;
    /**
     * 整数vpcId
     *
     * @see spec/sources/tce-vpc.txt line 26476
     */
    VpcId: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.proto
     *
     * @see spec/sources/tce-vpc.txt line 26477
     */
    Protocol: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.business
     *
     * @see spec/sources/tce-vpc.txt line 26478
     */
    Business: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.vport
     *
     * @see spec/sources/tce-vpc.txt line 26479
     */
    VirtualPort: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.healthFlag
     *
     * @see spec/sources/tce-vpc.txt line 26480
     */
    HealthFlag: number;
    /**
     * 对外唯一VpcId
     *
     * @see spec/sources/tce-vpc.txt line 26481
     */
    UniqueVpcId: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.vpcGwIp
     *
     * @see spec/sources/tce-vpc.txt line 26482
     */
    VpcGatewayIp: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.lbType
     *
     * @see spec/sources/tce-vpc.txt line 26483
     */
    LbType: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.vipSetId
     *
     * @see spec/sources/tce-vpc.txt line 26484
     */
    VipSetId: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.remoteVpcId
     *
     * @see spec/sources/tce-vpc.txt line 26485
     */
    RemoteVpcId: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.uniqClassicVpcgwId
     *
     * @see spec/sources/tce-vpc.txt line 26486
     */
    UniqueClassicVpcGatewayId: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.noSnatFlag
     *
     * @see spec/sources/tce-vpc.txt line 26487
     */
    NoSnatFlag: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.stickyMaxCount
     *
     * @see spec/sources/tce-vpc.txt line 26488
     */
    StickyMaxCount: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.subnetRouteAlgorithm
     *
     * @see spec/sources/tce-vpc.txt line 26489
     */
    SubnetRouteAlgorithm: number;
}
/**
 * 高速上云服务计费信息
 *
 * @see spec/sources/tce-vpc.txt line 26491
 */
export interface CloudAttachPriceInfo {
    /**
     * 折扣
     *
     * @see spec/sources/tce-vpc.txt line 26498
     */
    Discount: number;
    /**
     * 折后价
     *
     * @see spec/sources/tce-vpc.txt line 26499
     */
    DiscountPrice: number;
    /**
     * 原价
     *
     * @see spec/sources/tce-vpc.txt line 26500
     */
    OriginalPrice: number;
}
/**
 * 冲突资源条目信息。
 *
 * @see spec/sources/tce-vpc.txt line 26502
 */
export interface ConflictItem {
    /**
     * 冲突资源的ID
     *
     * @see spec/sources/tce-vpc.txt line 26509
     */
    ConflictId: string;
    /**
     * 冲突目的资源
     *
     * @see spec/sources/tce-vpc.txt line 26510
     */
    DestinationItem: string;
}
/**
 * @see spec/sources/tce-vpc.txt line 26512
 */
export interface VpcOssServiceRequest {
    /**
     * 对外唯一VpcId
     *
     * @see spec/sources/tce-vpc.txt line 26517
     */
    UniqueVpcId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.proto
     *
     * @see spec/sources/tce-vpc.txt line 26518
     */
    Protocol?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.vport
     *
     * @see spec/sources/tce-vpc.txt line 26519
     */
    VirtualPort?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.vip
     *
     * @see spec/sources/tce-vpc.txt line 26520
     */
    Vip?: string | undefined;
    /**
     * 整数vpcId
     *
     * @see spec/sources/tce-vpc.txt line 26521
     */
    VpcId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.type
     *
     * @see spec/sources/tce-vpc.txt line 26522
     */
    Type?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.remoteVpcId
     *
     * @see spec/sources/tce-vpc.txt line 26523
     */
    RemoteVpcId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.bDelRoute
     *
     * @see spec/sources/tce-vpc.txt line 26524
     */
    DeleteRouteFlag?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.groupId
     *
     * @see spec/sources/tce-vpc.txt line 26525
     */
    GroupId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelService.sip
     *
     * @see spec/sources/tce-vpc.txt line 26526
     */
    Sip?: string | undefined;
}
/**
 * 终端节点服务的服务白名单对象详情。
 *
 * @see spec/sources/tce-vpc.txt line 26528
 */
export interface VpcEndPointServiceUser {
    /**
     * AppId。
     *
     * @see spec/sources/tce-vpc.txt line 26535
     */
    Owner: number;
    /**
     * Uin。
     *
     * @see spec/sources/tce-vpc.txt line 26536
     */
    UserUin: string;
    /**
     * 描述信息。
     *
     * @see spec/sources/tce-vpc.txt line 26537
     */
    Description: string;
    /**
     * 创建时间
     *
     * @see spec/sources/tce-vpc.txt line 26538
     */
    CreateTime: string;
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 26539
     */
    EndPointServiceId: string;
}
/**
 * 网关流量监控对象。
 *
 * @see spec/sources/tce-vpc.txt line 26541
 */
export interface GatewayFlowMonitor {
    /**
     * 私有网络ID。
     *
     * @see spec/sources/tce-vpc.txt line 26548
     */
    VpcId: string;
    /**
     * 网关类型。
     *
     * @see spec/sources/tce-vpc.txt line 26549
     */
    GatewayType: string;
    /**
     * 网关ID。
     *
     * @see spec/sources/tce-vpc.txt line 26550
     */
    GatewayId: string;
    /**
     * 网关流量监控ID。
     *
     * @see spec/sources/tce-vpc.txt line 26551
     */
    GatewayFlowId: number;
    /**
     * 网关流量监控开启时间。
     *
     * @see spec/sources/tce-vpc.txt line 26552
     */
    CreatedTime: string;
}
/**
 * IPv6子网对象。
 *
 * @see spec/sources/tce-vpc.txt line 26554
 */
export interface Ipv6SubnetCidrBlock {
    /**
     * 子网实例 ID。形如：subnet-pxir56ns。
     *
     * @see spec/sources/tce-vpc.txt line 26564
     */
    SubnetId: string;
    /**
     * IPv6 子网段。形如：3402:4e00:20:1001::/64
     *
     * @see spec/sources/tce-vpc.txt line 26565
     */
    Ipv6CidrBlock?: string | undefined;
}
/**
 * 创建LB流量镜像的实例输出信息
 *
 * @see spec/sources/tce-vpc.txt line 26567
 */
export interface LbTrafficMirror {
    /**
     * uniqvpcid
     *
     * @see spec/sources/tce-vpc.txt line 26574
     */
    VpcId: string;
    /**
     * lb流量镜像的uniqid
     *
     * @see spec/sources/tce-vpc.txt line 26575
     */
    LbTrafficMirrorId: string;
    /**
     * lb流量镜像名字
     *
     * @see spec/sources/tce-vpc.txt line 26576
     */
    LbTrafficMirrorName: string;
}
/**
 * 协议端口模版
 *
 * @see spec/sources/tce-vpc.txt line 26578
 */
export interface ServiceTemplateSpecification {
    /**
     * 协议端口ID，例如：ppm-f5n1f8da。
     *
     * @see spec/sources/tce-vpc.txt line 26585
     */
    ServiceId: string;
    /**
     * 协议端口组ID，例如：ppmg-f5n1f8da。
     *
     * @see spec/sources/tce-vpc.txt line 26586
     */
    ServiceGroupId: string;
}
/**
 * 共享流量包用量明细
 *
 * @see spec/sources/tce-vpc.txt line 26588
 */
export interface UsedDetail {
    /**
     * 流量包唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 26595
     */
    TrafficPackageId: string;
    /**
     * 流量包名称
     *
     * @see spec/sources/tce-vpc.txt line 26596
     */
    TrafficPackageName: string | null;
    /**
     * 流量包总量
     *
     * @see spec/sources/tce-vpc.txt line 26597
     */
    TotalAmount: TrafficFlow;
    /**
     * 本次抵扣
     *
     * @see spec/sources/tce-vpc.txt line 26598
     */
    Deduction: TrafficFlow;
    /**
     * 本次抵扣后剩余量
     *
     * @see spec/sources/tce-vpc.txt line 26599
     */
    RemainingAmount: TrafficFlow;
    /**
     * 抵扣时间
     *
     * @see spec/sources/tce-vpc.txt line 26600
     */
    Time: string;
    /**
     * 资源类型
     *
     * @see spec/sources/tce-vpc.txt line 26601
     */
    ResourceType: string;
    /**
     * 资源ID
     *
     * @see spec/sources/tce-vpc.txt line 26602
     */
    ResourceId: string;
    /**
     * 资源名称
     *
     * @see spec/sources/tce-vpc.txt line 26603
     */
    ResourceName: string;
    /**
     * 流量包到期时间
     *
     * @see spec/sources/tce-vpc.txt line 26604
     */
    Deadline: string;
}
/**
 * EIP可用区列表信息
 *
 * @see spec/sources/tce-vpc.txt line 26606
 */
export interface ZoneInfo {
    /**
     * 可用区名称，例如，ap-guangzhou-1
     *
     * @see spec/sources/tce-vpc.txt line 26613
     */
    Zone: string;
    /**
     * 可用区描述，例如，广州一区
     *
     * @see spec/sources/tce-vpc.txt line 26614
     */
    ZoneName: string;
    /**
     * 可用区ID
     *
     * @see spec/sources/tce-vpc.txt line 26615
     */
    ZoneId: number;
    /**
     * 可用区状态，目前只有两种状态，分别是UNAVAILABLE和AVAILABLE
     *
     * @see spec/sources/tce-vpc.txt line 26616
     */
    ZoneState: string;
}
/**
 * 共享流量包的用量明细文件生成历史
 *
 * @see spec/sources/tce-vpc.txt line 26618
 */
export interface UsedDetailDownload {
    /**
     * 生成历史唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 26625
     */
    Id: number;
    /**
     * 共享流量包唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 26626
     */
    TrafficPackageId: string;
    /**
     * 开始时间
     *
     * @see spec/sources/tce-vpc.txt line 26627
     */
    StartTime: string;
    /**
     * 结束时间
     *
     * @see spec/sources/tce-vpc.txt line 26628
     */
    EndTime: string;
    /**
     * 下载链接
     *
     * @see spec/sources/tce-vpc.txt line 26629
     */
    DownloadUrl: string | null;
    /**
     * 文件名称
     *
     * @see spec/sources/tce-vpc.txt line 26630
     */
    Filename: string;
    /**
     * 任务状态. RUNNING-正在生成， SUCCESS-成功， FAIL-失败
     *
     * @see spec/sources/tce-vpc.txt line 26631
     */
    Status: string;
    /**
     * 错误信息
     *
     * @see spec/sources/tce-vpc.txt line 26632
     */
    ErrorMsg: string | null;
    /**
     * 下载链接过期时间
     *
     * @see spec/sources/tce-vpc.txt line 26633
     */
    ExpiredAt: string | null;
    /**
     * 文件生成时间
     *
     * @see spec/sources/tce-vpc.txt line 26634
     */
    CreatedAt: string;
    /**
     * 下载链接是否已经过期
     *
     * @see spec/sources/tce-vpc.txt line 26635
     */
    IsExpired: boolean | null;
}
/**
 * NAT网关配额
 *
 * @see spec/sources/tce-vpc.txt line 26637
 */
export interface NatGatewayQuota {
    /**
     * NAT网关带宽配额
     *
     * @see spec/sources/tce-vpc.txt line 26644
     */
    BandwidthQuota: number;
}
/**
 * CCN路由策略对象
 *
 * @see spec/sources/tce-vpc.txt line 26646
 */
export interface CcnRoute {
    /**
     * 路由策略ID
     *
     * @see spec/sources/tce-vpc.txt line 26653
     */
    RouteId?: string | undefined;
    /**
     * 目的端
     *
     * @see spec/sources/tce-vpc.txt line 26654
     */
    DestinationCidrBlock: string;
    /**
     * 下一跳类型（关联实例类型），所有类型：VPC、DIRECTCONNECT
     *
     * @see spec/sources/tce-vpc.txt line 26655
     */
    InstanceType: string;
    /**
     * 下一跳（关联实例）
     *
     * @see spec/sources/tce-vpc.txt line 26656
     */
    InstanceId: string;
    /**
     * 下一跳名称 (关联实例名称)
     *
     * @see spec/sources/tce-vpc.txt line 26659
     */
    InstanceName: string;
    /**
     * 下一跳所属地域 (关联实例所属地域)
     *
     * @see spec/sources/tce-vpc.txt line 26660
     */
    InstanceRegion: string;
    /**
     * 更新时间
     *
     * @see spec/sources/tce-vpc.txt line 26661
     */
    UpdateTime: string;
    /**
     * 路由是否启用
     *
     * @see spec/sources/tce-vpc.txt line 26662
     */
    Enabled: boolean;
    /**
     * 关联实例所属UIN (根账号)
     *
     * @see spec/sources/tce-vpc.txt line 26663
     */
    InstanceUin: string;
}
/**
 * 地址信息
 *
 * @see spec/sources/tce-vpc.txt line 26665
 */
export interface AddressTemplateItem {
    /**
     * 地址模版名称
     *
     * @see spec/sources/tce-vpc.txt line 26672
     */
    AddressTemplateName?: string | undefined;
    /**
     * 地址模版Id
     *
     * @see spec/sources/tce-vpc.txt line 26673
     */
    AddressTemplateId: string;
}
/**
 * IPV6转换规则
 *
 * @see spec/sources/tce-vpc.txt line 26675
 */
export interface Ip6Rule {
    /**
     * IPV6转换规则唯一ID, 形如rule6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 26682
     */
    Ip6RuleId: string;
    /**
     * IPV6转换规则名称
     *
     * @see spec/sources/tce-vpc.txt line 26683
     */
    Ip6RuleName: string;
    /**
     * IPV6地址
     *
     * @see spec/sources/tce-vpc.txt line 26684
     */
    Vip6: string;
    /**
     * IPV6端口号
     *
     * @see spec/sources/tce-vpc.txt line 26685
     */
    Vport6: number;
    /**
     * 协议类型, 支持TCP/UDP
     *
     * @see spec/sources/tce-vpc.txt line 26686
     */
    Protocol: string;
    /**
     * IPV4地址
     *
     * @see spec/sources/tce-vpc.txt line 26687
     */
    Vip: string;
    /**
     * IPV4端口号
     *
     * @see spec/sources/tce-vpc.txt line 26688
     */
    Vport: number;
    /**
     * 转换规则状态, 限于CREATING,RUNNING,DELETING,MODIFYING
     *
     * @see spec/sources/tce-vpc.txt line 26689
     */
    RuleStatus: string;
    /**
     * 转换规则创建时间
     *
     * @see spec/sources/tce-vpc.txt line 26690
     */
    CreatedTime: string;
}
/**
 * 私有网络配额
 *
 * @see spec/sources/tce-vpc.txt line 26692
 */
export interface VpcLimit {
    /**
     * 私有网络配额描述
     *
     * @see spec/sources/tce-vpc.txt line 26699
     */
    LimitType: string;
    /**
     * 私有网络配额值
     *
     * @see spec/sources/tce-vpc.txt line 26700
     */
    LimitValue: number;
}
/**
 * VPC资源看板 (各资源个数)
 *
 * @see spec/sources/tce-vpc.txt line 26702
 */
export interface ResourceDashboard {
    /**
     * Vpc实例ID, 例如: vpc-f1xjkw1b。
     *
     * @see spec/sources/tce-vpc.txt line 26709
     */
    VpcId: string;
    /**
     * 子网实例ID, 例如: subnet-bthucmmy。
     *
     * @see spec/sources/tce-vpc.txt line 26710
     */
    SubnetId: string;
    /**
     * 基础网络互通。
     *
     * @see spec/sources/tce-vpc.txt line 26711
     */
    Classiclink: number;
    /**
     * 专线网关。
     *
     * @see spec/sources/tce-vpc.txt line 26712
     */
    Dcg: number;
    /**
     * 对等连接。
     *
     * @see spec/sources/tce-vpc.txt line 26713
     */
    Pcx: number;
    /**
     * 当前已使用的IP总数。
     *
     * @see spec/sources/tce-vpc.txt line 26714
     */
    Ip: number;
    /**
     * NAT网关。
     *
     * @see spec/sources/tce-vpc.txt line 26715
     */
    Nat: number;
    /**
     * VPN网关。
     *
     * @see spec/sources/tce-vpc.txt line 26716
     */
    Vpngw: number;
    /**
     * 流日志。
     *
     * @see spec/sources/tce-vpc.txt line 26717
     */
    FlowLog: number;
    /**
     * 网络探测。
     *
     * @see spec/sources/tce-vpc.txt line 26718
     */
    NetworkDetect: number;
    /**
     * 网络ACL。
     *
     * @see spec/sources/tce-vpc.txt line 26719
     */
    NetworkACL: number;
    /**
     * 云主机。
     *
     * @see spec/sources/tce-vpc.txt line 26720
     */
    CVM: number;
    /**
     * 负载均衡。
     *
     * @see spec/sources/tce-vpc.txt line 26721
     */
    LB: number;
    /**
     * 关系型数据库。
     *
     * @see spec/sources/tce-vpc.txt line 26722
     */
    CDB: number;
    /**
     * 云数据库 TencentDB for Memcached。
     *
     * @see spec/sources/tce-vpc.txt line 26723
     */
    Cmem: number;
    /**
     * 时序数据库。
     *
     * @see spec/sources/tce-vpc.txt line 26724
     */
    CTSDB: number;
    /**
     * 数据库 TencentDB for MariaDB (TDSQL) 。
     *
     * @see spec/sources/tce-vpc.txt line 26725
     */
    MariaDB: number;
    /**
     * 数据库 TencentDB for SQL Server。
     *
     * @see spec/sources/tce-vpc.txt line 26726
     */
    SQLServer: number;
    /**
     * 云数据库 TencentDB for PostgreSQL。
     *
     * @see spec/sources/tce-vpc.txt line 26727
     */
    Postgres: number;
    /**
     * 网络附加存储。
     *
     * @see spec/sources/tce-vpc.txt line 26728
     */
    NAS: number;
    /**
     * Snova云数据仓库。
     *
     * @see spec/sources/tce-vpc.txt line 26729
     */
    Greenplum: number;
    /**
     * 消息队列 CKAFKA。
     *
     * @see spec/sources/tce-vpc.txt line 26730
     */
    Ckafka: number;
    /**
     * Grocery。
     *
     * @see spec/sources/tce-vpc.txt line 26731
     */
    Grocery: number;
    /**
     * 数据加密服务。
     *
     * @see spec/sources/tce-vpc.txt line 26732
     */
    HSM: number;
    /**
     * 游戏存储 Tcaplus。
     *
     * @see spec/sources/tce-vpc.txt line 26733
     */
    Tcaplus: number;
    /**
     * Cnas。
     *
     * @see spec/sources/tce-vpc.txt line 26734
     */
    Cnas: number;
    /**
     * HTAP 数据库 TiDB。
     *
     * @see spec/sources/tce-vpc.txt line 26735
     */
    TiDB: number;
    /**
     * EMR 集群。
     *
     * @see spec/sources/tce-vpc.txt line 26736
     */
    Emr: number;
    /**
     * SEAL。
     *
     * @see spec/sources/tce-vpc.txt line 26737
     */
    SEAL: number;
    /**
     * 文件存储 CFS。
     *
     * @see spec/sources/tce-vpc.txt line 26738
     */
    CFS: number;
    /**
     * Oracle。
     *
     * @see spec/sources/tce-vpc.txt line 26739
     */
    Oracle: number;
    /**
     * ElasticSearch服务。
     *
     * @see spec/sources/tce-vpc.txt line 26740
     */
    ElasticSearch: number;
    /**
     * 区块链服务。
     *
     * @see spec/sources/tce-vpc.txt line 26741
     */
    TBaaS: number;
    /**
     * Itop。
     *
     * @see spec/sources/tce-vpc.txt line 26742
     */
    Itop: number;
    /**
     * 云数据库审计。
     *
     * @see spec/sources/tce-vpc.txt line 26743
     */
    DBAudit: number;
    /**
     * 企业级云数据库 CynosDB for Postgres。
     *
     * @see spec/sources/tce-vpc.txt line 26746
     */
    CynosDBPostgres: number;
    /**
     * 数据库 TencentDB for Redis。
     *
     * @see spec/sources/tce-vpc.txt line 26747
     */
    Redis: number;
    /**
     * 数据库 TencentDB for MongoDB。
     *
     * @see spec/sources/tce-vpc.txt line 26748
     */
    MongoDB: number;
    /**
     * 分布式数据库 TencentDB for TDSQL。
     *
     * @see spec/sources/tce-vpc.txt line 26749
     */
    DCDB: number;
    /**
     * 企业级云数据库 CynosDB for MySQL。
     *
     * @see spec/sources/tce-vpc.txt line 26750
     */
    CynosDBMySQL: number;
    /**
     * 子网。
     *
     * @see spec/sources/tce-vpc.txt line 26751
     */
    Subnet: number;
    /**
     * 路由表。
     *
     * @see spec/sources/tce-vpc.txt line 26752
     */
    RouteTable: number;
    /**
     * JNS 服务
     *
     * @see spec/sources/tce-vpc.txt line 26753
     */
    JNS?: number | undefined;
    /**
     * 弹性网卡
     *
     * @see spec/sources/tce-vpc.txt line 26754
     */
    ENI?: number | undefined;
    /**
     * CDM
     *
     * @see spec/sources/tce-vpc.txt line 26755
     */
    CDM?: number | undefined;
    /**
     * 云联网
     *
     * @see spec/sources/tce-vpc.txt line 26756
     */
    CCN?: number | undefined;
    /**
     * 高可用虚拟Ip
     *
     * @see spec/sources/tce-vpc.txt line 26757
     */
    HAVIP?: number | undefined;
}
/**
 * 描述带宽包信息的结构
 *
 * @see spec/sources/tce-vpc.txt line 26759
 */
export interface BandwidthPackage {
    /**
     * 带宽包唯一标识Id
     *
     * @see spec/sources/tce-vpc.txt line 26766
     */
    BandwidthPackageId: string;
    /**
     * 带宽包类型, 包括'BGP','SINGLEISP','ANYCAST'
     *
     * @see spec/sources/tce-vpc.txt line 26767
     */
    NetworkType: string;
    /**
     * 带宽包计费类型, 包括'TOP5_POSTPAID_BY_MONTH'和'PERCENT95_POSTPAID_BY_MONTH'
     *
     * @see spec/sources/tce-vpc.txt line 26768
     */
    ChargeType: string;
    /**
     * 带宽包名称
     *
     * @see spec/sources/tce-vpc.txt line 26769
     */
    BandwidthPackageName: string;
    /**
     * 带宽包创建时间。按照 ISO8601 标准表示, 并且使用 UTC 时间。格式为: YYYY-MM-DDThh:mm:ssZ。
     *
     * @see spec/sources/tce-vpc.txt line 26770
     */
    CreatedTime: string;
    /**
     * 带宽包状态, 包括'CREATING','CREATED','DELETING','DELETED'
     *
     * @see spec/sources/tce-vpc.txt line 26771
     */
    Status: string;
    /**
     * 带宽包资源信息
     *
     * @see spec/sources/tce-vpc.txt line 26772
     */
    ResourceSet: Resource[];
    /**
     * 带宽包限速大小。单位: Mbps, -1表示不限速。
     *
     * @see spec/sources/tce-vpc.txt line 26773
     */
    Bandwidth: number;
}
/**
 * 流量镜像五元组过滤规则对象
 *
 * @see spec/sources/tce-vpc.txt line 26775
 */
export interface TrafficMirrorFilter {
    /**
     * 过滤规则的源网段
     *
     * @see spec/sources/tce-vpc.txt line 26782
     */
    SrcNet: string;
    /**
     * 过滤规则的目的网段
     *
     * @see spec/sources/tce-vpc.txt line 26783
     */
    DstNet: string;
    /**
     * 过滤规则的源端口, 默认值1-65535
     *
     * @see spec/sources/tce-vpc.txt line 26784
     */
    SrcPort?: string | undefined;
    /**
     * 过滤规则的目的端口, 默认值1-65535
     *
     * @see spec/sources/tce-vpc.txt line 26785
     */
    DstPort?: string | undefined;
    /**
     * 过滤规则的协议
     *
     * @see spec/sources/tce-vpc.txt line 26788
     */
    Protocol: string;
}
/**
 * 安全组策略检测结果对象
 *
 * @see spec/sources/tce-vpc.txt line 26790
 */
export interface SecurityGroupPolicyCheckInfo {
    /**
     * 数据流方向，取值：inbound(入站)，outbound(出站)。
     *
     * @see spec/sources/tce-vpc.txt line 26797
     */
    Direction: string;
    /**
     * 协议，取值：TCP,UDP, ICMP。
     *
     * @see spec/sources/tce-vpc.txt line 26798
     */
    Protocol: string;
    /**
     * 端口号，对于入站为目标端口，对于出站为源端口。
     *
     * @see spec/sources/tce-vpc.txt line 26799
     */
    Port: string;
    /**
     * 数据流是否方通，取值：ACCEPT(方通)，DROP(未方通)。
     *
     * @see spec/sources/tce-vpc.txt line 26800
     */
    Action: string;
}
/**
 * Edge设备的SN信息
 *
 * @see spec/sources/tce-vpc.txt line 26802
 */
export interface EdgeSN {
    /**
     * Edge设备的Id。
     *
     * @see spec/sources/tce-vpc.txt line 26809
     */
    EdgeId: string | null;
    /**
     * SN。
     *
     * @see spec/sources/tce-vpc.txt line 26810
     */
    SN: string;
}
/**
 * WAN接口的逻辑接口。
 *
 * @see spec/sources/tce-vpc.txt line 26812
 */
export interface EdgeWanVport {
    /**
     * 接入模式，形如互联网接入，INTERNET，专线接入，DIRECTCONNENT，冗余：REDUNDANT。
     *
     * @see spec/sources/tce-vpc.txt line 26819
     */
    AccessMode?: string | undefined;
    /**
     * 接入方式，形如，STATIC，DHCP，PPPOE。
     *
     * @see spec/sources/tce-vpc.txt line 26820
     */
    AccessType?: string | undefined;
    /**
     * 是否开启Nat。
     *
     * @see spec/sources/tce-vpc.txt line 26821
     */
    EnableNat?: boolean | undefined;
    /**
     * 账号。
     *
     * @see spec/sources/tce-vpc.txt line 26822
     */
    AccountName?: string | null | undefined;
    /**
     * 密码。
     *
     * @see spec/sources/tce-vpc.txt line 26823
     */
    AccountPassword?: string | null | undefined;
    /**
     * ip网段。
     *
     * @see spec/sources/tce-vpc.txt line 26824
     */
    IpAddress?: string | null | undefined;
    /**
     * ip掩码。
     *
     * @see spec/sources/tce-vpc.txt line 26825
     */
    NetMask?: number | null | undefined;
    /**
     * 网关ip地址。
     *
     * @see spec/sources/tce-vpc.txt line 26826
     */
    GatewayIpAddress?: string | null | undefined;
    /**
     * 远端ip地址。
     *
     * @see spec/sources/tce-vpc.txt line 26827
     */
    RemoteIpAddress?: string | null | undefined;
    /**
     * 探测ip地址。
     *
     * @see spec/sources/tce-vpc.txt line 26828
     */
    DetectIpAddress?: string | null | undefined;
    /**
     * VlanId。
     *
     * @see spec/sources/tce-vpc.txt line 26829
     */
    VlanId?: number | null | undefined;
    /**
     * 路由类型，形如STATIC，BPG。
     *
     * @see spec/sources/tce-vpc.txt line 26830
     */
    RouteType?: string | null | undefined;
    /**
     * 冗余的edge设备。
     *
     * @see spec/sources/tce-vpc.txt line 26831
     */
    RedundantEdgeId?: string | null | undefined;
    /**
     * 冗余的端口。
     *
     * @see spec/sources/tce-vpc.txt line 26834
     */
    RedundantPortInterface?: string | null | undefined;
    /**
     * 冗余的逻辑接口。
     *
     * @see spec/sources/tce-vpc.txt line 26835
     */
    RedundantVportId?: string | null | undefined;
    /**
     * 关联的专线通道Id。关联专线接入时，入参只需要传递专线通道id，可以不传递专线网关id。
     *
     * @see spec/sources/tce-vpc.txt line 26836
     */
    DirectConnectTunnelId?: string | null | undefined;
    /**
     * 关联的专线网关Id。
     *
     * @see spec/sources/tce-vpc.txt line 26837
     */
    DirectConnectGatewayId?: string | null | undefined;
    /**
     * 逻辑端口id。
     *
     * @see spec/sources/tce-vpc.txt line 26838
     */
    VportId?: string | null | undefined;
    /**
     * 是否绑定云专线。
     *
     * @see spec/sources/tce-vpc.txt line 26839
     */
    EnableDirectConnect?: boolean | null | undefined;
}
/**
 * 描述EIP统计信息的结构
 *
 * @see spec/sources/tce-vpc.txt line 26841
 */
export interface EipStatistics {
    /**
     * 地域英文标识
     *
     * @see spec/sources/tce-vpc.txt line 26848
     */
    Region: string;
    /**
     * 地域中文名称
     *
     * @see spec/sources/tce-vpc.txt line 26849
     */
    RegionName: string;
    /**
     * 地域EIP总数
     *
     * @see spec/sources/tce-vpc.txt line 26850
     */
    TotalCount: number;
}
/**
 * IPV6转换实例信息
 *
 * @see spec/sources/tce-vpc.txt line 26852
 */
export interface Ip6Translator {
    /**
     * IPV6转换实例唯一ID，形如ip6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 26859
     */
    Ip6TranslatorId: string;
    /**
     * IPV6转换实例名称
     *
     * @see spec/sources/tce-vpc.txt line 26860
     */
    Ip6TranslatorName: string;
    /**
     * IPV6地址
     *
     * @see spec/sources/tce-vpc.txt line 26861
     */
    Vip6: string;
    /**
     * IPV6转换地址所属运营商
     *
     * @see spec/sources/tce-vpc.txt line 26862
     */
    IspName: string;
    /**
     * 转换实例状态，限于CREATING,RUNNING,DELETING,MODIFYING
     *
     * @see spec/sources/tce-vpc.txt line 26863
     */
    TranslatorStatus: string;
    /**
     * IPV6转换实例创建时间
     *
     * @see spec/sources/tce-vpc.txt line 26864
     */
    CreatedTime: string;
    /**
     * 绑定的IPV6转换规则数量
     *
     * @see spec/sources/tce-vpc.txt line 26865
     */
    Ip6RuleCount: number;
    /**
     * IPV6转换规则信息
     *
     * @see spec/sources/tce-vpc.txt line 26866
     */
    IP6RuleSet: Ip6Rule[];
    /**
     * IPV6转换实例创建本地时间
     *
     * @see spec/sources/tce-vpc.txt line 26867
     */
    CreatedTimeLocal?: string | undefined;
}
/**
 * NAT网关的端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 26869
 */
export interface NatGatewayDestinationIpPortTranslationNatRule {
    /**
     * 网络协议，可选值：TCP、UDP。
     *
     * @see spec/sources/tce-vpc.txt line 26876
     */
    IpProtocol?: string | undefined;
    /**
     * 弹性IP。
     *
     * @see spec/sources/tce-vpc.txt line 26877
     */
    PublicIpAddress: string;
    /**
     * 公网端口。
     *
     * @see spec/sources/tce-vpc.txt line 26880
     */
    PublicPort: number;
    /**
     * 内网地址。
     *
     * @see spec/sources/tce-vpc.txt line 26881
     */
    PrivateIpAddress: string;
    /**
     * 内网端口。
     *
     * @see spec/sources/tce-vpc.txt line 26882
     */
    PrivatePort: number;
    /**
     * NAT网关转发规则描述。
     *
     * @see spec/sources/tce-vpc.txt line 26883
     */
    Description?: string | undefined;
    /**
     * NAT网关的ID。
     *
     * @see spec/sources/tce-vpc.txt line 26884
     */
    NatGatewayId: string | null;
    /**
     * 私有网络VPC的ID。
     *
     * @see spec/sources/tce-vpc.txt line 26885
     */
    VpcId: string | null;
    /**
     * NAT网关转发规则创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 26886
     */
    CreatedTime: string | null;
}
/**
 * 路由冲突对象
 *
 * @see spec/sources/tce-vpc.txt line 26888
 */
export interface RouteConflict {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 26895
     */
    RouteTableId: string;
    /**
     * 要检查的与之冲突的目的端
     *
     * @see spec/sources/tce-vpc.txt line 26896
     */
    DestinationCidrBlock: string;
    /**
     * 冲突的路由策略列表
     *
     * @see spec/sources/tce-vpc.txt line 26897
     */
    ConflictSet: Route[];
}
/**
 * 本端源IP端口转换ACL映射规则
 *
 * @see spec/sources/tce-vpc.txt line 26899
 */
export interface LocalSourceIpPortTranslationAclRule {
    /**
     * 协议
     *
     * @see spec/sources/tce-vpc.txt line 26906
     */
    Protocol: string;
    /**
     * 源地址
     *
     * @see spec/sources/tce-vpc.txt line 26907
     */
    SourceCidr: string;
    /**
     * 源端口
     *
     * @see spec/sources/tce-vpc.txt line 26908
     */
    SourcePort: string;
    /**
     * 目的地址
     *
     * @see spec/sources/tce-vpc.txt line 26909
     */
    DestinationCidr: string;
    /**
     * 目的端口
     *
     * @see spec/sources/tce-vpc.txt line 26910
     */
    DestinationPort: string;
    /**
     * 动作，0允许，1拒绝
     *
     * @see spec/sources/tce-vpc.txt line 26911
     */
    Action?: number | undefined;
}
/**
 * 默认VPC和子网
 *
 * @see spec/sources/tce-vpc.txt line 26913
 */
export interface DefaultVpcSubnet {
    /**
     * 默认VpcId
     *
     * @see spec/sources/tce-vpc.txt line 26920
     */
    VpcId: string;
    /**
     * 默认SubnetId
     *
     * @see spec/sources/tce-vpc.txt line 26921
     */
    SubnetId: string;
}
/**
 * 预付费 (包年包月) 计费对象。
 *
 * @see spec/sources/tce-vpc.txt line 26923
 */
export interface InstanceChargePrepaid {
    /**
     * 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36。
     *
     * @see spec/sources/tce-vpc.txt line 26930
     */
    Period: number;
    /**
     * 自动续费标识。取值范围：NOTIFY_AND_AUTO_RENEW：通知过期且自动续费，NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费。默认：NOTIFY_AND_MANUAL_RENEW
     *
     * @see spec/sources/tce-vpc.txt line 26931
     */
    RenewFlag?: string | undefined;
}
/**
 * 网络探测对象。
 *
 * @see spec/sources/tce-vpc.txt line 26933
 */
export interface NetDetect {
    /**
     * VPC 实例 ID。形如：vpc-12345678
     *
     * @see spec/sources/tce-vpc.txt line 26940
     */
    VpcId: string;
    /**
     * VPC 实例名称。
     *
     * @see spec/sources/tce-vpc.txt line 26941
     */
    VpcName: string;
    /**
     * 子网实例ID。形如：subnet-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 26942
     */
    SubnetId: string;
    /**
     * 子网实例名称。
     *
     * @see spec/sources/tce-vpc.txt line 26943
     */
    SubnetName: string;
    /**
     * 网络探测实例ID。形如：netd-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 26944
     */
    NetDetectId: string;
    /**
     * 网络探测名称，最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 26945
     */
    NetDetectName: string;
    /**
     * 探测目的IPv4地址数组，最多两个。
     *
     * @see spec/sources/tce-vpc.txt line 26946
     */
    DetectDestinationIp: string[];
    /**
     * 系统自动分配的探测源IPv4数组。长度为2。
     *
     * @see spec/sources/tce-vpc.txt line 26947
     */
    DetectSourceIp: string[];
    /**
     * 下一跳类型，目前我们支持的类型有：VPN：VPN网关；DIRECTCONNECT：专线网关；PEERCONNECTION：对等连接；NAT：NAT网关；NORMAL_CVM：普通云服务器；
     *
     * @see spec/sources/tce-vpc.txt line 26948
     */
    NextHopType: string;
    /**
     * 下一跳目的网关，取值与“下一跳类型”相关：下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；下一跳类型为NAT，取值Nat网关，形如：nat-12345678；下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12；
     *
     * @see spec/sources/tce-vpc.txt line 26949
     */
    NextHopDestination: string;
    /**
     * 下一跳网关名称。
     *
     * @see spec/sources/tce-vpc.txt line 26950
     */
    NextHopName: string | null;
    /**
     * 网络探测描述。
     *
     * @see spec/sources/tce-vpc.txt line 26951
     */
    NetDetectDescription: string | null;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 26952
     */
    CreateTime: string | null;
}
/**
 * 本端IP转换ACL规则复杂类型
 *
 * @see spec/sources/tce-vpc.txt line 26954
 */
export interface LocalIpTranslationAclRuleNeedId {
    /**
     * 协议
     *
     * @see spec/sources/tce-vpc.txt line 26961
     */
    Protocol: string;
    /**
     * 源端口
     *
     * @see spec/sources/tce-vpc.txt line 26962
     */
    SourcePort: string;
    /**
     * 目的IP
     *
     * @see spec/sources/tce-vpc.txt line 26963
     */
    DestinationCidr: string;
    /**
     * 目的端口
     *
     * @see spec/sources/tce-vpc.txt line 26964
     */
    DestinationPort: string;
    /**
     * 0 或 1
     *
     * @see spec/sources/tce-vpc.txt line 26967
     */
    Action?: number | undefined;
    /**
     * 规则ID
     *
     * @see spec/sources/tce-vpc.txt line 26968
     */
    AclRuleId: number;
}
/**
 * @see spec/sources/tce-vpc.txt line 26970
 */
export interface Service {
    /**
     * 经专线访问的vpcgwip
     *
     * @see spec/sources/tce-vpc.txt line 26975
     */
    VpcGatewayIp: string;
    /**
     * 切换vpcGwIp, 按vip所在子网的zone, 就近选择vpcGwIp所对应的vpcgwId
     *
     * @see spec/sources/tce-vpc.txt line 26976
     */
    VipVpcGatewayId: string;
    /**
     * Vport端口号
     *
     * @see spec/sources/tce-vpc.txt line 26977
     */
    VirtualPort: number;
    /**
     * VIP集合id
     *
     * @see spec/sources/tce-vpc.txt line 26978
     */
    VipSetId: number;
    /**
     * 经cvm访问的vpcgw集群id
     *
     * @see spec/sources/tce-vpc.txt line 26979
     */
    VpcGatewayId: string;
    /**
     * Set id
     *
     * @see spec/sources/tce-vpc.txt line 26980
     */
    SetId: number;
    /**
     * bypass 标识
     *
     * @see spec/sources/tce-vpc.txt line 26981
     */
    BypassFlag: number;
    /**
     * Vpc数字Id
     *
     * @see spec/sources/tce-vpc.txt line 26982
     */
    VpcNumId: number;
    /**
     * 当vpcgw集群类型为3 (按照RS可用区选择的vpcgw逻辑集群) 时, 用来返回rs的可用区
     *
     * @see spec/sources/tce-vpc.txt line 26983
     */
    VpcGatewayZoneId: number;
    /**
     * IP Type
     *
     * @see spec/sources/tce-vpc.txt line 26984
     */
    IpType: number;
    /**
     * vpc id
     *
     * @see spec/sources/tce-vpc.txt line 26985
     */
    VpcId: string;
    /**
     * VIP信息
     *
     * @see spec/sources/tce-vpc.txt line 26986
     */
    Vip: string;
    /**
     * 当vpcgw集群类型为3 (按照RS可用区选择的vpcgw逻辑集群) 时, 标记是否按照vpcid + vip粒度转发的集群Id (bVpcgwAttrFlag=1时返回集群Id否则返回0表示关闭按照集群Id转发
     *
     * @see spec/sources/tce-vpc.txt line 26987
     */
    RsZoneVpcGatewayId: number;
    /**
     * 类型
     *
     * @see spec/sources/tce-vpc.txt line 26988
     */
    Type: number;
    /**
     * 会话保持超时时间
     *
     * @see spec/sources/tce-vpc.txt line 26989
     */
    StickyTimeout: number;
    /**
     * 当vpcgw集群类型为3 (按照RS可用区选择的vpcgw逻辑集群) 时, 标记是否按照vpcid + vip粒度的集群Id属性转发
     *
     * @see spec/sources/tce-vpc.txt line 26990
     */
    VpcGatewayAttrFlag: number;
    /**
     * 业务类型标识
     *
     * @see spec/sources/tce-vpc.txt line 26991
     */
    Business: string;
    /**
     * 远端VPCID
     *
     * @see spec/sources/tce-vpc.txt line 26992
     */
    RemoteVpcId: number;
    /**
     * 分组id
     *
     * @see spec/sources/tce-vpc.txt line 26993
     */
    GroupId: number[];
    /**
     * 会话保持表项最大值
     *
     * @see spec/sources/tce-vpc.txt line 26994
     */
    StickyMaxCount: number;
    /**
     * 协议
     *
     * @see spec/sources/tce-vpc.txt line 26995
     */
    Protocol: string;
    /**
     * RST报文标识
     *
     * @see spec/sources/tce-vpc.txt line 26996
     */
    ResetFlag: number;
    /**
     * Health标识
     *
     * @see spec/sources/tce-vpc.txt line 26997
     */
    HealthFlag: number;
    /**
     * hash 算法
     *
     * @see spec/sources/tce-vpc.txt line 26998
     */
    SubnetRouteAlgorithm: number;
    /**
     * 路由信息集合
     *
     * @see spec/sources/tce-vpc.txt line 26999
     */
    RouteSet: ServiceRoute[];
    /**
     * toa中是否携带client的母机ip标识
     *
     * @see spec/sources/tce-vpc.txt line 27000
     */
    ToaHostIpFlag: number;
    /**
     * snat标识
     *
     * @see spec/sources/tce-vpc.txt line 27001
     */
    SnatFlag: number;
    /**
     * 是否是lb规则
     *
     * @see spec/sources/tce-vpc.txt line 27002
     */
    LbType: number;
    /**
     * 会话保持标识
     *
     * @see spec/sources/tce-vpc.txt line 27005
     */
    StickyFlag: number;
    /**
     * 经classiclink访问该vip的vpcgw集群
     *
     * @see spec/sources/tce-vpc.txt line 27006
     */
    ClassicVpcGatewayId: string;
}
/**
 * 流量描述。
 *
 * @see spec/sources/tce-vpc.txt line 27008
 */
export interface TrafficFlow {
    /**
     * 实际流量，单位为 字节
     *
     * @see spec/sources/tce-vpc.txt line 27015
     */
    Value: number;
    /**
     * 格式化后的流量，单位见参数 FormatUnit
     *
     * @see spec/sources/tce-vpc.txt line 27016
     */
    FormatValue: number | null;
    /**
     * 格式化后流量的单位
     *
     * @see spec/sources/tce-vpc.txt line 27017
     */
    FormatUnit: string | null;
}
/**
 * 公网IP类型的流量镜像的单个非法接收端
 *
 * @see spec/sources/tce-vpc.txt line 27019
 */
export interface InvalidReceiverEndpoint {
    /**
     * 非法接收端的非法原因
     *
     * @see spec/sources/tce-vpc.txt line 27026
     */
    Reason: string;
    /**
     * 非法接收端的endpoint
     *
     * @see spec/sources/tce-vpc.txt line 27027
     */
    Endpoint: string;
}
/**
 * 账户属性对象
 *
 * @see spec/sources/tce-vpc.txt line 27029
 */
export interface AccountAttribute {
    /**
     * 属性名
     *
     * @see spec/sources/tce-vpc.txt line 27036
     */
    AttributeName: string;
    /**
     * 属性值
     *
     * @see spec/sources/tce-vpc.txt line 27037
     */
    AttributeValues: string[];
}
/**
 * 冲突资源信息。
 *
 * @see spec/sources/tce-vpc.txt line 27039
 */
export interface ConflictSource {
    /**
     * 冲突资源ID
     *
     * @see spec/sources/tce-vpc.txt line 27046
     */
    ConflictSourceId: string;
    /**
     * 冲突资源
     *
     * @see spec/sources/tce-vpc.txt line 27047
     */
    SourceItem: string;
    /**
     * 冲突资源条目信息
     *
     * @see spec/sources/tce-vpc.txt line 27048
     */
    ConflictItemSet: ConflictItem[];
}
/**
 * 本端IP转换复杂类型
 *
 * @see spec/sources/tce-vpc.txt line 27050
 */
export interface LocalIpTranslationNatRule {
    /**
     * 原始IP
     *
     * @see spec/sources/tce-vpc.txt line 27057
     */
    OriginalIp: string;
    /**
     * 映射IP
     *
     * @see spec/sources/tce-vpc.txt line 27058
     */
    TranslationIp: string;
    /**
     * 描述
     *
     * @see spec/sources/tce-vpc.txt line 27059
     */
    Description: string | null;
}
/**
 * @see spec/sources/tce-vpc.txt line 27061
 */
export interface VpcOssRouteForUpdateRouteWeightInternal {
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.pip
     *
     * @see spec/sources/tce-vpc.txt line 27066
     */
    PrivateIp?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.pport
     *
     * @see spec/sources/tce-vpc.txt line 27067
     */
    ProtocolPort?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.weight
     *
     * @see spec/sources/tce-vpc.txt line 27068
     */
    Weight?: number | undefined;
}
/**
 * 终端节点服务对象。
 *
 * @see spec/sources/tce-vpc.txt line 27070
 */
export interface EndPointService {
    /**
     * 终端节点服务ID
     *
     * @see spec/sources/tce-vpc.txt line 27077
     */
    EndPointServiceId: string;
    /**
     * VPCID。
     *
     * @see spec/sources/tce-vpc.txt line 27078
     */
    VpcId: string;
    /**
     * APPID。
     *
     * @see spec/sources/tce-vpc.txt line 27079
     */
    ServiceOwner: string;
    /**
     * 终端节点服务名称。
     *
     * @see spec/sources/tce-vpc.txt line 27080
     */
    ServiceName: string;
    /**
     * 后端服务的VIP。
     *
     * @see spec/sources/tce-vpc.txt line 27081
     */
    ServiceVip: string;
    /**
     * 后端服务的ID，比如lb-xxx。
     *
     * @see spec/sources/tce-vpc.txt line 27082
     */
    ServiceInstanceId: string;
    /**
     * 是否自动接受。
     *
     * @see spec/sources/tce-vpc.txt line 27083
     */
    AutoAcceptFlag: boolean;
    /**
     * 关联的终端节点个数。
     *
     * @see spec/sources/tce-vpc.txt line 27084
     */
    EndPointCount: number | null;
    /**
     * 终端节点对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 27085
     */
    EndPointSet: EndPoint[] | null;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 27086
     */
    CreateTime: string;
    /**
     * IP地址类型
     *
     * @see spec/sources/tce-vpc.txt line 27087
     */
    IpAddressType?: string | undefined;
}
/**
 * 用于描述实例的统计信息
 *
 * @see spec/sources/tce-vpc.txt line 27089
 */
export interface InstanceStatistic {
    /**
     * 实例的类型
     *
     * @see spec/sources/tce-vpc.txt line 27096
     */
    InstanceType: string;
    /**
     * 实例的个数
     *
     * @see spec/sources/tce-vpc.txt line 27097
     */
    InstanceCount: number;
}
/**
 * 用户安全组配额限制。
 *
 * @see spec/sources/tce-vpc.txt line 27099
 */
export interface SecurityGroupLimitSet {
    /**
     * 每个项目每个地域可创建安全组数
     *
     * @see spec/sources/tce-vpc.txt line 27106
     */
    SecurityGroupLimit: number;
    /**
     * 安全组下的最大规则数
     *
     * @see spec/sources/tce-vpc.txt line 27107
     */
    SecurityGroupPolicyLimit: number;
    /**
     * 安全组下嵌套安全组规则数
     *
     * @see spec/sources/tce-vpc.txt line 27108
     */
    ReferredSecurityGroupLimit: number;
    /**
     * 单安全组关联实例数
     *
     * @see spec/sources/tce-vpc.txt line 27109
     */
    SecurityGroupInstanceLimit: number;
    /**
     * 实例关联安全组数
     *
     * @see spec/sources/tce-vpc.txt line 27110
     */
    InstanceSecurityGroupLimit: number;
    /**
     * 安全组关联网卡配额
     *
     * @see spec/sources/tce-vpc.txt line 27111
     */
    SecurityGroupReferredCvmAndEniLimit: number;
    /**
     * 安全组关联服务配额
     *
     * @see spec/sources/tce-vpc.txt line 27112
     */
    SecurityGroupReferredSvcLimit: number;
    /**
     * 安全组扩展策略配额
     *
     * @see spec/sources/tce-vpc.txt line 27113
     */
    SecurityGroupExtendedPolicyLimit: number;
}
/**
 * IP地址模板
 *
 * @see spec/sources/tce-vpc.txt line 27115
 */
export interface AddressTemplate {
    /**
     * IP地址模板名称。
     *
     * @see spec/sources/tce-vpc.txt line 27122
     */
    AddressTemplateName: string;
    /**
     * IP地址模板实例唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 27123
     */
    AddressTemplateId: string;
    /**
     * IP地址信息。
     *
     * @see spec/sources/tce-vpc.txt line 27124
     */
    AddressSet: string[];
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 27125
     */
    CreatedTime?: string | undefined;
}
/**
 * 网络探测目的IP的验证结果。
 *
 * @see spec/sources/tce-vpc.txt line 27127
 */
export interface NetDetectIpState {
    /**
     * 探测目的IPv4地址。
     *
     * @see spec/sources/tce-vpc.txt line 27134
     */
    DetectDestinationIp: string;
    /**
     * 探测结果。0：成功；-1：查询不到路由丢包；-2：外出ACL丢包；-3：IN ACL丢包；-4：其他错误；
     *
     * @see spec/sources/tce-vpc.txt line 27135
     */
    State: number;
    /**
     * 时延，单位毫秒
     *
     * @see spec/sources/tce-vpc.txt line 27136
     */
    Delay: number;
    /**
     * 丢包率
     *
     * @see spec/sources/tce-vpc.txt line 27137
     */
    PacketLossRate: number;
}
/**
 * 网络ACL规则集合
 *
 * @see spec/sources/tce-vpc.txt line 27139
 */
export interface NetworkAclEntrySet {
    /**
     * 入站规则。
     *
     * @see spec/sources/tce-vpc.txt line 27146
     */
    Ingress?: NetworkAclEntry[] | undefined;
    /**
     * 出站规则。
     *
     * @see spec/sources/tce-vpc.txt line 27149
     */
    Egress?: NetworkAclEntry[] | undefined;
}
/**
 * 单项计费价格信息
 *
 * @see spec/sources/tce-vpc.txt line 27151
 */
export interface ItemPrice {
    /**
     * 按量计费后付费单价，单位：元。
     *
     * @see spec/sources/tce-vpc.txt line 27158
     */
    UnitPrice?: number | undefined;
    /**
     * 按量计费后付费计价单元，可取值范围：HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：实例按小时后付费（POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）；GB：表示计价单元是按每GB来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）。
     *
     * @see spec/sources/tce-vpc.txt line 27159
     */
    ChargeUnit?: string | undefined;
    /**
     * 预付费商品的原价，单位：元。
     *
     * @see spec/sources/tce-vpc.txt line 27160
     */
    OriginalPrice?: number | undefined;
    /**
     * 预付费商品的折扣价，单位：元。
     *
     * @see spec/sources/tce-vpc.txt line 27161
     */
    DiscountPrice?: number | undefined;
}
/**
 * 可用区与三网运营商的映射关系
 *
 * @see spec/sources/tce-vpc.txt line 27163
 */
export interface SingleIspZone {
    /**
     * 可用区
     *
     * @see spec/sources/tce-vpc.txt line 27170
     */
    Zone: string;
    /**
     * 可用区ID
     *
     * @see spec/sources/tce-vpc.txt line 27171
     */
    ZoneId: number;
    /**
     * 三网运营商，包括"CMCC", "CTCC", "CUCC"
     *
     * @see spec/sources/tce-vpc.txt line 27172
     */
    Singleisp: string[];
}
/**
 * 过滤器键值对
 *
 * @see spec/sources/tce-vpc.txt line 27174
 */
export interface FilterObject {
    /**
     * 属性名称, 若存在多个Filter时, Filter间的关系为逻辑与 (AND) 关系。
     *
     * @see spec/sources/tce-vpc.txt line 27181
     */
    Name: string;
    /**
     * 属性值, 若同一个Filter存在多个Values, 同一Filter下Values间的关系为逻辑或 (OR) 关系。
     *
     * @see spec/sources/tce-vpc.txt line 27182
     */
    Values: string[];
}
/**
 * @see spec/sources/tce-vpc.txt line 27184
 */
export interface NetworkInterface {
    /**
     * 弹性网卡状态： PENDING : 创建中 AVAILABLE : 可用的 ATTACHING : 绑定中 DETACHING : 解绑中 DELETING : 删除中
     *
     * @see spec/sources/tce-vpc.txt line 27189
     */
    State: string;
    /**
     * 绑定的云服务器对象。
     *
     * @see spec/sources/tce-vpc.txt line 27192
     */
    Attachment?: NetworkInterfaceAttachment | null | undefined;
    /**
     * 可用区。
     *
     * @see spec/sources/tce-vpc.txt line 27193
     */
    Zone?: string | undefined;
    /**
     * 启用DirectSend标识。
     *
     * @see spec/sources/tce-vpc.txt line 27194
     */
    EnableDirectSend: boolean | null;
    /**
     * 流日志列表。
     *
     * @see spec/sources/tce-vpc.txt line 27195
     */
    FlowLogsSet?: FlowLog[] | null | undefined;
    /**
     * 子网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27196
     */
    SubnetId: string;
    /**
     * 是否是主网卡。
     *
     * @see spec/sources/tce-vpc.txt line 27197
     */
    Primary?: boolean | undefined;
    /**
     * 绑定的安全组。
     *
     * @see spec/sources/tce-vpc.txt line 27198
     */
    GroupSet?: string[] | undefined;
    /**
     * 地域。
     *
     * @see spec/sources/tce-vpc.txt line 27199
     */
    Region: string;
    /**
     * 弹性网卡实例ID，例如：eni-f1xjkw1b。
     *
     * @see spec/sources/tce-vpc.txt line 27200
     */
    NetworkInterfaceId: string;
    /**
     * 弹性网卡描述。
     *
     * @see spec/sources/tce-vpc.txt line 27201
     */
    NetworkInterfaceDescription?: string | undefined;
    /**
     * 标签键值对。
     *
     * @see spec/sources/tce-vpc.txt line 27202
     */
    TagSet: Tag[];
    /**
     * 网卡绑定的子机类型：cvm，eks。
     *
     * @see spec/sources/tce-vpc.txt line 27203
     */
    Business?: string | undefined;
    /**
     * 弹性网卡类型：0:标准型/1:扩展型。默认值为0。
     *
     * @see spec/sources/tce-vpc.txt line 27204
     */
    AttachType?: number | undefined;
    /**
     * 该网卡关联的中继网卡实例列表。
     *
     * @see spec/sources/tce-vpc.txt line 27205
     */
    SubNetworkInterfaces: string[] | null;
    /**
     * 网卡所关联的CDC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27206
     */
    CdcId?: string | undefined;
    /**
     * 内网IP信息。
     *
     * @see spec/sources/tce-vpc.txt line 27207
     */
    PrivateIpAddressSet: PrivateIpAddressSpecification[];
    /**
     * 弹性网卡名称。
     *
     * @see spec/sources/tce-vpc.txt line 27208
     */
    NetworkInterfaceName: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 27209
     */
    CreatedTime?: string | undefined;
    /**
     * 接口是否为同步模式。
     *
     * @see spec/sources/tce-vpc.txt line 27210
     */
    Synchronized: boolean | null;
    /**
     * 是否为RDMA弹性网卡，true-是rdma弹性网卡，false-不是
     *
     * @see spec/sources/tce-vpc.txt line 27211
     */
    IsRdma: boolean | null;
    /**
     * 用于保留网卡主IP的资源ID用于保留网卡主IP的资源ID。用于删除网卡时作为入参数。
     *
     * @see spec/sources/tce-vpc.txt line 27212
     */
    ResourceId: string | null;
    /**
     * 网卡类型。0 - 弹性网卡；1 - evm弹性网卡。
     *
     * @see spec/sources/tce-vpc.txt line 27213
     */
    EniType?: number | undefined;
    /**
     * 是否刷新子网卡Havip的开关。
     *
     * @see spec/sources/tce-vpc.txt line 27214
     */
    FlushSubEniHavipFlag: boolean | null;
    /**
     * MAC地址。
     *
     * @see spec/sources/tce-vpc.txt line 27215
     */
    MacAddress: string;
    /**
     * IPv6 地址列表。
     *
     * @see spec/sources/tce-vpc.txt line 27216
     */
    Ipv6AddressSet: Ipv6Address[];
    /**
     * 服务质量级别： DEFAULT : 默认 PT : 云金 AU : 云银 AG : 云铜
     *
     * @see spec/sources/tce-vpc.txt line 27217
     */
    QosLevel?: string | undefined;
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27218
     */
    VpcId: string;
}
/**
 * 公网询价出参
 *
 * @see spec/sources/tce-vpc.txt line 27220
 */
export interface InternetPrice {
    /**
     * 公网IP询价详细参数。
     *
     * @see spec/sources/tce-vpc.txt line 27227
     */
    AddressPrice?: InternetPriceDetail | undefined;
}
/**
 * IP在线查询的字段信息
 *
 * @see spec/sources/tce-vpc.txt line 27229
 */
export interface IpField {
    /**
     * 国家字段信息
     *
     * @see spec/sources/tce-vpc.txt line 27236
     */
    Country?: boolean | undefined;
    /**
     * 省、州、郡一级行政区域字段信息
     *
     * @see spec/sources/tce-vpc.txt line 27237
     */
    Province?: boolean | undefined;
    /**
     * 市一级行政区域字段信息
     *
     * @see spec/sources/tce-vpc.txt line 27238
     */
    City?: boolean | undefined;
    /**
     * 市内区域字段信息
     *
     * @see spec/sources/tce-vpc.txt line 27239
     */
    Region?: boolean | undefined;
    /**
     * 接入运营商字段信息
     *
     * @see spec/sources/tce-vpc.txt line 27240
     */
    Isp?: boolean | undefined;
    /**
     * 骨干运营商字段信息
     *
     * @see spec/sources/tce-vpc.txt line 27241
     */
    AsName?: boolean | undefined;
    /**
     * 骨干As号
     *
     * @see spec/sources/tce-vpc.txt line 27242
     */
    AsId?: boolean | undefined;
    /**
     * 注释字段
     *
     * @see spec/sources/tce-vpc.txt line 27243
     */
    Comment: boolean;
}
/**
 * 参数模板配额
 *
 * @see spec/sources/tce-vpc.txt line 27245
 */
export interface TemplateLimit {
    /**
     * 参数模板IP地址成员配额。
     *
     * @see spec/sources/tce-vpc.txt line 27252
     */
    AddressTemplateMemberLimit: number;
    /**
     * 参数模板IP地址组成员配额。
     *
     * @see spec/sources/tce-vpc.txt line 27253
     */
    AddressTemplateGroupMemberLimit: number;
    /**
     * 参数模板协议端口成员配额。
     *
     * @see spec/sources/tce-vpc.txt line 27254
     */
    ServiceTemplateMemberLimit: number;
    /**
     * 参数模板协议端口组成员配额。
     *
     * @see spec/sources/tce-vpc.txt line 27255
     */
    ServiceTemplateGroupMemberLimit: number;
}
/**
 * 子网对象
 *
 * @see spec/sources/tce-vpc.txt line 27257
 */
export interface Subnet {
    /**
     * 子网名称。
     *
     * @see spec/sources/tce-vpc.txt line 27264
     */
    SubnetName: string;
    /**
     * 关联 ACL ID
     *
     * @see spec/sources/tce-vpc.txt line 27265
     */
    NetworkAclId?: string | undefined;
    /**
     * CDC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27266
     */
    CdcId?: string | undefined;
    /**
     * 地域。
     *
     * @see spec/sources/tce-vpc.txt line 27267
     */
    Region?: string | undefined;
    /**
     * 运营商类型。'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联通
     *
     * @see spec/sources/tce-vpc.txt line 27268
     */
    ISPTYPE?: string | undefined;
    /**
     * VPC 实例 ID。
     *
     * @see spec/sources/tce-vpc.txt line 27269
     */
    VpcId: string;
    /**
     * 子网实例 ID，例如：subnet-bthucmmy。
     *
     * @see spec/sources/tce-vpc.txt line 27270
     */
    SubnetId: string;
    /**
     * 是否是CDC所属子网。0:否 1:是
     *
     * @see spec/sources/tce-vpc.txt line 27271
     */
    IsCdcSubnet?: number | undefined;
    /**
     * 子网的 IPv4 CIDR。
     *
     * @see spec/sources/tce-vpc.txt line 27272
     */
    CidrBlock: string;
    /**
     * 是否默认子网。
     *
     * @see spec/sources/tce-vpc.txt line 27273
     */
    IsDefault: boolean;
    /**
     * 可用区。
     *
     * @see spec/sources/tce-vpc.txt line 27276
     */
    Zone: string;
    /**
     * 可用 IPv4 数。
     *
     * @see spec/sources/tce-vpc.txt line 27277
     */
    AvailableIpAddressCount: number;
    /**
     * 是否为 SNAT 地址池子网。
     *
     * @see spec/sources/tce-vpc.txt line 27278
     */
    IsRemoteVpcSnat?: boolean | undefined;
    /**
     * 标签键值对。
     *
     * @see spec/sources/tce-vpc.txt line 27279
     */
    TagSet: Tag[];
    /**
     * 是否是共享资源
     *
     * @see spec/sources/tce-vpc.txt line 27280
     */
    IsShare?: boolean | null | undefined;
    /**
     * 是否开启广播。
     *
     * @see spec/sources/tce-vpc.txt line 27281
     */
    EnableBroadcast: boolean;
    /**
     * 路由表实例ID，例如：rtb-l2h8d7c2。
     *
     * @see spec/sources/tce-vpc.txt line 27282
     */
    RouteTableId?: string | undefined;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 27283
     */
    CreateTime?: string | undefined;
    /**
     * 子网的 IPv6 CIDR。
     *
     * @see spec/sources/tce-vpc.txt line 27284
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * 子网类型。
     *
     * @see spec/sources/tce-vpc.txt line 27285
     */
    Type?: number | undefined;
    /**
     * 子网 IPv4 总数。
     *
     * @see spec/sources/tce-vpc.txt line 27286
     */
    TotalIpAddressCount: number;
    /**
     * Vm数量。
     *
     * @see spec/sources/tce-vpc.txt line 27287
     */
    VmNum?: number | null | undefined;
    /**
     * 可用区ID。
     *
     * @see spec/sources/tce-vpc.txt line 27288
     */
    ZoneId?: number | null | undefined;
    /**
     * 裸金属数量
     *
     * @see spec/sources/tce-vpc.txt line 27289
     */
    BmsNum?: number | undefined;
    /**
     * 是否为本地域
     *
     * @see spec/sources/tce-vpc.txt line 27290
     */
    LocalZone?: boolean | undefined;
}
/**
 * 可用区属性
 *
 * @see spec/sources/tce-vpc.txt line 27292
 */
export interface AvailableZone {
    /**
     * 可用区ID，如：ap-guangzhou-2。
     *
     * @see spec/sources/tce-vpc.txt line 27299
     */
    Zone: string;
    /**
     * 可用区数字ID。
     *
     * @see spec/sources/tce-vpc.txt line 27300
     */
    ZoneId: number;
    /**
     * 可用区名称，如：广州二区。
     *
     * @see spec/sources/tce-vpc.txt line 27301
     */
    Name: string;
    /**
     * 可用网络产品列表。
     *
     * @see spec/sources/tce-vpc.txt line 27302
     */
    Products: string[];
    /**
     * 白名单 key 列表。
     *
     * @see spec/sources/tce-vpc.txt line 27303
     */
    WhiteListKey: string[];
}
/**
 * VPC下的网关信息
 *
 * @see spec/sources/tce-vpc.txt line 27305
 */
export interface VpcGateway {
    /**
     * 子网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27312
     */
    SubnetId: string;
    /**
     * 内网IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 27313
     */
    Pip: string;
    /**
     * 公网IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 27314
     */
    WanIp: string;
}
/**
 * 新的路由名称
 *
 * @see spec/sources/tce-vpc.txt line 27316
 */
export interface NewRouteSet {
    /**
     * 路由Id
     *
     * @see spec/sources/tce-vpc.txt line 27323
     */
    RouteId?: string | undefined;
    /**
     * 目的网段
     *
     * @see spec/sources/tce-vpc.txt line 27324
     */
    DestinationCidrBlock?: string | undefined;
    /**
     * 网关类型
     *
     * @see spec/sources/tce-vpc.txt line 27325
     */
    GatewayType?: string | undefined;
    /**
     * 网关Id
     *
     * @see spec/sources/tce-vpc.txt line 27326
     */
    GatewayId?: string | undefined;
    /**
     * 路由描述
     *
     * @see spec/sources/tce-vpc.txt line 27327
     */
    RouteDescription?: string | undefined;
}
/**
 * Edge设备的Wlan
 *
 * @see spec/sources/tce-vpc.txt line 27329
 */
export interface EdgeWlan {
    /**
     * wifi状态, 开启：ON，关闭：OFF。
     *
     * @see spec/sources/tce-vpc.txt line 27336
     */
    WifiState: string;
    /**
     * 国家码。
     *
     * @see spec/sources/tce-vpc.txt line 27337
     */
    CountryCode: string;
    /**
     * ssid。
     *
     * @see spec/sources/tce-vpc.txt line 27338
     */
    SSID: string;
    /**
     * SSID广播是否开启, 开启：ON，关闭：OFF。
     *
     * @see spec/sources/tce-vpc.txt line 27339
     */
    SSIDBroadcast: string;
    /**
     * 加密模式。不加密：OPEN，WAP-PSK，WAP-PSK2。
     *
     * @see spec/sources/tce-vpc.txt line 27340
     */
    AuthType: string;
    /**
     * 频段，2.4G，5G。
     *
     * @see spec/sources/tce-vpc.txt line 27341
     */
    Channel: string;
    /**
     * 密码。
     *
     * @see spec/sources/tce-vpc.txt line 27342
     */
    AuthPasswd: string;
    /**
     * 逻辑口id。
     *
     * @see spec/sources/tce-vpc.txt line 27343
     */
    VportId: string;
}
/**
 * vpc扩展的CIDR
 *
 * @see spec/sources/tce-vpc.txt line 27345
 */
export interface VpcExtendCidr {
    /**
     * vpcId
     *
     * @see spec/sources/tce-vpc.txt line 27352
     */
    VpcId: string;
    /**
     * CIDR
     *
     * @see spec/sources/tce-vpc.txt line 27353
     */
    CidrBlock: string;
    /**
     * 创建时间
     *
     * @see spec/sources/tce-vpc.txt line 27354
     */
    CreateTime: string;
}
/**
 * @see spec/sources/tce-vpc.txt line 27356
 */
export interface VpcOssNewService {
    /**
     * 原VPC OSS APIv2名称: AddService.stickyMaxCount
     *
     * @see spec/sources/tce-vpc.txt line 27361
     */
    StickyMaxCount?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.bypassFlag
     *
     * @see spec/sources/tce-vpc.txt line 27362
     */
    BypassFlag?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.routeGroupId
     *
     * @see spec/sources/tce-vpc.txt line 27363
     */
    RouteGroupId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.groupId
     *
     * @see spec/sources/tce-vpc.txt line 27364
     */
    GroupId?: number | null | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.bCdc
     *
     * @see spec/sources/tce-vpc.txt line 27367
     */
    CdcFlag?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.vport
     *
     * @see spec/sources/tce-vpc.txt line 27368
     */
    VirtualPort?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.uniqClassicVpcgwId
     *
     * @see spec/sources/tce-vpc.txt line 27369
     */
    UniqueClassicVpcGatewayId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.sip
     *
     * @see spec/sources/tce-vpc.txt line 27370
     */
    Sip?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.uniqVpcgwId
     *
     * @see spec/sources/tce-vpc.txt line 27371
     */
    UniqueVpcGatewayId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.vpcGwIp
     *
     * @see spec/sources/tce-vpc.txt line 27372
     */
    VpcGatewayIp?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.lbType
     *
     * @see spec/sources/tce-vpc.txt line 27373
     */
    LbType?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.uniqCdcId
     *
     * @see spec/sources/tce-vpc.txt line 27374
     */
    UniqueCdcId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.uniqVpcGwIpVpcgwId
     *
     * @see spec/sources/tce-vpc.txt line 27375
     */
    VipVpcGatewayId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.vpcGwType
     *
     * @see spec/sources/tce-vpc.txt line 27376
     */
    VpcGatewayType?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.bVpcgwAttrFlag
     *
     * @see spec/sources/tce-vpc.txt line 27377
     */
    VpcGatewayAttrFlag?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.noSnatFlag
     *
     * @see spec/sources/tce-vpc.txt line 27378
     */
    NoSnatFlag?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.business
     *
     * @see spec/sources/tce-vpc.txt line 27379
     */
    Business?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.route
     *
     * @see spec/sources/tce-vpc.txt line 27380
     */
    RouteSet?: VpcOssRouteForDeleteRouteInternal[] | undefined;
    /**
     * 对外唯一VpcId
     *
     * @see spec/sources/tce-vpc.txt line 27381
     */
    UniqueVpcId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.subnetRouteAlgorithm
     *
     * @see spec/sources/tce-vpc.txt line 27382
     */
    SubnetRouteAlgorithm?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.stickyFlag
     *
     * @see spec/sources/tce-vpc.txt line 27383
     */
    StickyFlag?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.rstFlag
     *
     * @see spec/sources/tce-vpc.txt line 27384
     */
    ResetFlag?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.vip
     *
     * @see spec/sources/tce-vpc.txt line 27385
     */
    Vip?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.vpcgwZoneId
     *
     * @see spec/sources/tce-vpc.txt line 27386
     */
    VpcGatewayZoneId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.stickyTimeout
     *
     * @see spec/sources/tce-vpc.txt line 27387
     */
    StickyTimeout?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.uniqRouteGroupId
     *
     * @see spec/sources/tce-vpc.txt line 27388
     */
    UniqueRouteGroupId?: string | undefined;
    /**
     * 整数vpcId
     *
     * @see spec/sources/tce-vpc.txt line 27389
     */
    VpcId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.type
     *
     * @see spec/sources/tce-vpc.txt line 27390
     */
    Type?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.proto
     *
     * @see spec/sources/tce-vpc.txt line 27391
     */
    Protocol?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.remoteVpcId
     *
     * @see spec/sources/tce-vpc.txt line 27392
     */
    RemoteVpcId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: AddService.routeGroupFlag
     *
     * @see spec/sources/tce-vpc.txt line 27393
     */
    RouteGroupFlag?: number | undefined;
}
/**
 * IP地址库信息
 *
 * @see spec/sources/tce-vpc.txt line 27395
 */
export interface AddressLibInfo {
    /**
     * 国家信息
     *
     * @see spec/sources/tce-vpc.txt line 27402
     */
    Country: string;
    /**
     * 省、州、郡一级行政区域信息
     *
     * @see spec/sources/tce-vpc.txt line 27403
     */
    Province: string;
    /**
     * 市一级行政区域信息
     *
     * @see spec/sources/tce-vpc.txt line 27406
     */
    City: string;
    /**
     * 市内区域信息
     *
     * @see spec/sources/tce-vpc.txt line 27407
     */
    Region: string;
    /**
     * 接入运营商信息
     *
     * @see spec/sources/tce-vpc.txt line 27408
     */
    Isp: string;
    /**
     * 查询IP地址
     *
     * @see spec/sources/tce-vpc.txt line 27409
     */
    AddressIp: string;
    /**
     * 骨干运营商信息
     *
     * @see spec/sources/tce-vpc.txt line 27410
     */
    AsName: string;
    /**
     * 运营商As号
     *
     * @see spec/sources/tce-vpc.txt line 27411
     */
    AsId: string;
    /**
     * 注释信息。目前的填充值为移动接入用户的APN值，如无APN属性则为空
     *
     * @see spec/sources/tce-vpc.txt line 27412
     */
    Comment: string;
    /**
     * 同Isp，废弃
     *
     * @see spec/sources/tce-vpc.txt line 27413
     */
    InternetServiceProvider: string;
}
/**
 * VPN网关配额对象
 *
 * @see spec/sources/tce-vpc.txt line 27415
 */
export interface VpnGatewayQuota {
    /**
     * 带宽配额
     *
     * @see spec/sources/tce-vpc.txt line 27422
     */
    Bandwidth: number;
    /**
     * 配额中文名称
     *
     * @see spec/sources/tce-vpc.txt line 27423
     */
    Cname: string;
    /**
     * 配额英文名称
     *
     * @see spec/sources/tce-vpc.txt line 27424
     */
    Name: string;
}
/**
 * 对端网关厂商信息对象。
 *
 * @see spec/sources/tce-vpc.txt line 27426
 */
export interface CustomerGatewayVendor {
    /**
     * 平台。
     *
     * @see spec/sources/tce-vpc.txt line 27433
     */
    Platform: string;
    /**
     * 软件版本。
     *
     * @see spec/sources/tce-vpc.txt line 27434
     */
    SoftwareVersion: string;
    /**
     * 供应商名称。
     *
     * @see spec/sources/tce-vpc.txt line 27435
     */
    VendorName: string;
}
/**
 * HaVip绑定子网卡信息
 *
 * @see spec/sources/tce-vpc.txt line 27437
 */
export interface HaVipSet {
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27444
     */
    VpcId: string;
    /**
     * 虚拟IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 27445
     */
    Vip: string;
    /**
     * 网卡接口名称。
     *
     * @see spec/sources/tce-vpc.txt line 27446
     */
    IfnName?: string | undefined;
    /**
     * 网卡MAC地址。
     *
     * @see spec/sources/tce-vpc.txt line 27447
     */
    MacAddress?: string | undefined;
}
/**
 * 调整带宽询价结果。
 *
 * @see spec/sources/tce-vpc.txt line 27449
 */
export interface AddressPrice {
    /**
     * 计费单位
     *
     * @see spec/sources/tce-vpc.txt line 27456
     */
    ChargeUnit?: string | undefined;
    /**
     * 单价
     *
     * @see spec/sources/tce-vpc.txt line 27457
     */
    UnitPrice?: number | undefined;
    /**
     * 折扣价格
     *
     * @see spec/sources/tce-vpc.txt line 27458
     */
    DiscountPrice?: number | undefined;
}
/**
 * 公网IP类型的流量镜像的详细信息
 *
 * @see spec/sources/tce-vpc.txt line 27460
 */
export interface LbTrafficMirrorSet {
    /**
     * 采集端IP列表
     *
     * @see spec/sources/tce-vpc.txt line 27467
     */
    CollectorIps: string[];
    /**
     * 接收端endpoint列表
     *
     * @see spec/sources/tce-vpc.txt line 27468
     */
    ReceiverEndpoints: string[];
    /**
     * 采集端最大IP个数
     *
     * @see spec/sources/tce-vpc.txt line 27469
     */
    CollectorQuota: number;
    /**
     * 接收端最大endpoint个数
     *
     * @see spec/sources/tce-vpc.txt line 27470
     */
    ReceiverQuota: number;
    /**
     * 流量镜像的uniq id
     *
     * @see spec/sources/tce-vpc.txt line 27471
     */
    LbTrafficMirrorId: string;
    /**
     * 当前流量镜像从属的VpcId
     *
     * @see spec/sources/tce-vpc.txt line 27472
     */
    VpcId: string;
    /**
     * 当前流量镜像接收端所在的子网ID
     *
     * @see spec/sources/tce-vpc.txt line 27473
     */
    SubnetId: string | null;
}
/**
 * 共享流量包资源抵扣量
 *
 * @see spec/sources/tce-vpc.txt line 27475
 */
export interface TrafficPackageResourceDeduction {
    /**
     * 抵扣资源唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 27482
     */
    ResourceId: string;
    /**
     * 抵扣量
     *
     * @see spec/sources/tce-vpc.txt line 27483
     */
    Deduction: TrafficFlow;
}
/**
 * @see spec/sources/tce-vpc.txt line 27485
 */
export interface VpcOssRouteForDeleteRouteInternal {
    /**
     * 原VPC OSS APIv2名称: DelRoute.hostIp
     *
     * @see spec/sources/tce-vpc.txt line 27490
     */
    HostIp?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.pip
     *
     * @see spec/sources/tce-vpc.txt line 27491
     */
    PrivateIp?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.pport
     *
     * @see spec/sources/tce-vpc.txt line 27492
     */
    ProtocolPort?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.weight
     *
     * @see spec/sources/tce-vpc.txt line 27493
     */
    Weight?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.zoneId
     *
     * @see spec/sources/tce-vpc.txt line 27494
     */
    ZoneId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.udpOption
     *
     * @see spec/sources/tce-vpc.txt line 27495
     */
    UdpOption?: number | undefined;
}
/**
 * 公网IP询价出参
 *
 * @see spec/sources/tce-vpc.txt line 27497
 */
export interface InternetPriceDetail {
    /**
     * 付费单价，单位：元。
     *
     * @see spec/sources/tce-vpc.txt line 27504
     */
    UnitPrice?: number | undefined;
    /**
     * 打折后单价，单位：元。
     *
     * @see spec/sources/tce-vpc.txt line 27505
     */
    DiscountPrice?: number | undefined;
    /**
     * 计价单元，可取值范围： HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）； MONTH：表示计价单元是按每月来计算。当前涉及该计价单元的场景有：带宽按月后付费（BANDWIDTH_POSTPAID_BY_MONTH）、带宽按月预付费（BANDWIDTH_PREPAID_BY_MONTH）、带宽包计费（BANDWIDTH_PACKAGE）。
     *
     * @see spec/sources/tce-vpc.txt line 27506
     */
    ChargeUnit?: string | undefined;
}
/**
 * 本端源IP端口转换ACL映射规则
 *
 * @see spec/sources/tce-vpc.txt line 27508
 */
export interface LocalSourceIpPortTranslationAclRuleNeedId {
    /**
     * 协议
     *
     * @see spec/sources/tce-vpc.txt line 27515
     */
    Protocol: string;
    /**
     * 源地址
     *
     * @see spec/sources/tce-vpc.txt line 27516
     */
    SourceCidr: string;
    /**
     * 源端口
     *
     * @see spec/sources/tce-vpc.txt line 27517
     */
    SourcePort: string;
    /**
     * 目的地址
     *
     * @see spec/sources/tce-vpc.txt line 27518
     */
    DestinationCidr: string;
    /**
     * 目的端口
     *
     * @see spec/sources/tce-vpc.txt line 27519
     */
    DestinationPort: string;
    /**
     * 动作，0允许，1拒绝
     *
     * @see spec/sources/tce-vpc.txt line 27520
     */
    Action?: number | undefined;
    /**
     * ACL规则ID
     *
     * @see spec/sources/tce-vpc.txt line 27521
     */
    AclRuleId: number;
}
/**
 * 路由表对象
 *
 * @see spec/sources/tce-vpc.txt line 27523
 */
export interface RouteTable {
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27530
     */
    VpcId: string;
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 27531
     */
    RouteTableId: string;
    /**
     * 路由表名称。
     *
     * @see spec/sources/tce-vpc.txt line 27532
     */
    RouteTableName: string;
    /**
     * 路由表关联关系。
     *
     * @see spec/sources/tce-vpc.txt line 27533
     */
    AssociationSet: RouteTableAssociation[];
    /**
     * 路由表策略集合。
     *
     * @see spec/sources/tce-vpc.txt line 27534
     */
    RouteSet: Route[];
    /**
     * 是否默认路由表。
     *
     * @see spec/sources/tce-vpc.txt line 27535
     */
    Main: boolean;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 27536
     */
    CreateTime?: string | undefined;
    /**
     * 标签键值对。
     *
     * @see spec/sources/tce-vpc.txt line 27537
     */
    TagSet?: Tag[] | undefined;
    /**
     * 子网数
     *
     * @see spec/sources/tce-vpc.txt line 27538
     */
    SubnetNum?: number | null | undefined;
}
/**
 * SSLVpnClient
 *
 * @see spec/sources/tce-vpc.txt line 27540
 */
export interface SSLVpnClient {
    /**
     * vpcid
     *
     * @see spec/sources/tce-vpc.txt line 27547
     */
    VpcId: string;
    /**
     * VpnSslServerId
     *
     * @see spec/sources/tce-vpc.txt line 27548
     */
    VpnSslServerId: string;
    /**
     * 证书状态
     *
     * @see spec/sources/tce-vpc.txt line 27549
     */
    CertStatus: number;
    /**
     * VpnSslClientId
     *
     * @see spec/sources/tce-vpc.txt line 27550
     */
    VpnSslClientId: string;
    /**
     * 证书创建时间
     *
     * @see spec/sources/tce-vpc.txt line 27551
     */
    CertBeginTime: string;
    /**
     * 证书到期时间
     *
     * @see spec/sources/tce-vpc.txt line 27552
     */
    CertEndTime: string;
    /**
     * client 创建状态
     *
     * @see spec/sources/tce-vpc.txt line 27553
     */
    State: number;
}
/**
 * 弹性公网IP基础信息
 *
 * @see spec/sources/tce-vpc.txt line 27555
 */
export interface AddressBase {
    /**
     * 运营商信息，包括移动，联通，电信，腾讯CAP
     *
     * @see spec/sources/tce-vpc.txt line 27562
     */
    InternetServiceProvider: string;
    /**
     * 弹性公网IP集群名称
     *
     * @see spec/sources/tce-vpc.txt line 27563
     */
    SetName: string;
    /**
     * 弹性公网IP集群唯一Id
     *
     * @see spec/sources/tce-vpc.txt line 27564
     */
    SetId: number;
    /**
     * 弹性公网IP地址
     *
     * @see spec/sources/tce-vpc.txt line 27565
     */
    AddressIp: string;
    /**
     * 弹性公网IP是否支持DPDK
     *
     * @see spec/sources/tce-vpc.txt line 27566
     */
    IsDpdk: boolean;
    /**
     * 弹性公网IP是否可用
     *
     * @see spec/sources/tce-vpc.txt line 27567
     */
    Status: string;
}
/**
 * 云联网配额
 *
 * @see spec/sources/tce-vpc.txt line 27569
 */
export interface CcnLimit {
    /**
     * 云联网配额类型
     *
     * @see spec/sources/tce-vpc.txt line 27576
     */
    Type: string;
    /**
     * 云联网配额数值
     *
     * @see spec/sources/tce-vpc.txt line 27577
     */
    Value: number;
}
/**
 * 本端IP转换ACL规则复杂类型
 *
 * @see spec/sources/tce-vpc.txt line 27579
 */
export interface LocalIpTranslationAclRule {
    /**
     * 协议
     *
     * @see spec/sources/tce-vpc.txt line 27586
     */
    Protocol: string;
    /**
     * 源端口
     *
     * @see spec/sources/tce-vpc.txt line 27587
     */
    SourcePort: string;
    /**
     * 目的IP
     *
     * @see spec/sources/tce-vpc.txt line 27588
     */
    DestinationCidr: string;
    /**
     * 目的端口
     *
     * @see spec/sources/tce-vpc.txt line 27589
     */
    DestinationPort: string;
    /**
     * 0 或 1
     *
     * @see spec/sources/tce-vpc.txt line 27590
     */
    Action?: number | undefined;
}
/**
 * 用于描述弹性公网IP的费用对象
 *
 * @see spec/sources/tce-vpc.txt line 27592
 */
export interface AddressChargePrepaid {
    /**
     * 购买实例的时长
     *
     * @see spec/sources/tce-vpc.txt line 27599
     */
    Period: number;
    /**
     * 自动续费标志
     *
     * @see spec/sources/tce-vpc.txt line 27600
     */
    RenewFlag?: string | undefined;
}
/**
 * 云联网 (CCN) 地域出带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 27602
 */
export interface BandwidthLimitForCcnAlarmOnly {
    /**
     * 地域，例如：ap-guangzhou。
     *
     * @see spec/sources/tce-vpc.txt line 27609
     */
    Region: string;
    /**
     * 出带宽上限，单位：Mbps。
     *
     * @see spec/sources/tce-vpc.txt line 27610
     */
    BandwidthLimit: number;
    /**
     * 整型ID。
     *
     * @see spec/sources/tce-vpc.txt line 27611
     */
    VbcId: number;
    /**
     * 实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27612
     */
    CcnId: string;
}
/**
 * 对等连接实例信息。
 *
 * @see spec/sources/tce-vpc.txt line 27614
 */
export interface PeerConnection {
    /**
     * 本端VPC唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 27621
     */
    VpcId: string;
    /**
     * 本端VPC名称。
     *
     * @see spec/sources/tce-vpc.txt line 27622
     */
    VpcName: string;
    /**
     * 本端VPC的IPv4CIDR。
     *
     * @see spec/sources/tce-vpc.txt line 27623
     */
    VpcCidrBlock: string;
    /**
     * 对端VPC唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 27624
     */
    PeerVpcId: string;
    /**
     * 对端VPC名称。
     *
     * @see spec/sources/tce-vpc.txt line 27625
     */
    PeerVpcName: string;
    /**
     * 对端VPC的IPv4CIDR。
     *
     * @see spec/sources/tce-vpc.txt line 27626
     */
    PeerVpcCidrBlock: string;
    /**
     * 对等连接唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 27627
     */
    PeeringConnectionId: string;
    /**
     * 对等连接名称。
     *
     * @see spec/sources/tce-vpc.txt line 27628
     */
    PeeringConnectionName: string;
    /**
     * 对等连接状态，PENDING，投放中；ACTIVE，使用中；REJECTED，已拒绝；DELETED，已删除；FAILED，失败。
     *
     * @see spec/sources/tce-vpc.txt line 27629
     */
    State: string;
    /**
     * 0：基础网络互通；1：vpc间互通；2：vpc与黑石网络互通；
     *
     * @see spec/sources/tce-vpc.txt line 27630
     */
    Type: number;
    /**
     * 0:是NewAfc；1:不是。
     *
     * @see spec/sources/tce-vpc.txt line 27631
     */
    IsNgw: number;
    /**
     * 对等连接带宽值。
     *
     * @see spec/sources/tce-vpc.txt line 27632
     */
    Bandwidth: number;
    /**
     * 本端地域。
     *
     * @see spec/sources/tce-vpc.txt line 27633
     */
    SrcRegion: string;
    /**
     * 对端地域。
     *
     * @see spec/sources/tce-vpc.txt line 27634
     */
    DstRegion: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 27637
     */
    CreateTime: string;
    /**
     * 本端APPID。
     *
     * @see spec/sources/tce-vpc.txt line 27638
     */
    AppId: number;
    /**
     * 对端APPID。
     *
     * @see spec/sources/tce-vpc.txt line 27639
     */
    PeerAppId: number;
    /**
     * UIN。
     *
     * @see spec/sources/tce-vpc.txt line 27640
     */
    Uin: number;
    /**
     * Tag信息
     *
     * @see spec/sources/tce-vpc.txt line 27641
     */
    TagSet?: Tag[] | null | undefined;
    /**
     * 对端uin
     *
     * @see spec/sources/tce-vpc.txt line 27642
     */
    PeerUin?: number | undefined;
    /**
     * 最近变更类型
     *
     * @see spec/sources/tce-vpc.txt line 27643
     */
    ChargeType?: string | undefined;
}
/**
 * 安全组策略检测结果集合
 *
 * @see spec/sources/tce-vpc.txt line 27645
 */
export interface SecurityGroupPolicyCheckInfoSet {
    /**
     * 安全组策略检测结果集合
     *
     * @see spec/sources/tce-vpc.txt line 27652
     */
    SecurityGroupPolicyCheckInfoSet: SecurityGroupPolicyCheckInfo[];
}
/**
 * 流量镜像采集目标类型
 *
 * @see spec/sources/tce-vpc.txt line 27654
 */
export interface TrafficMirrorTarget {
    /**
     * 流量镜像的接收IP
     *
     * @see spec/sources/tce-vpc.txt line 27661
     */
    TargetIps: string[];
    /**
     * 流量镜像接收IP组，均衡规则，支持ENI/FIVE_TUPLE_FLOW
     *
     * @see spec/sources/tce-vpc.txt line 27662
     */
    AlgHash: string;
}
/**
 * 描述实例更换公网IP地址的配额信息
 *
 * @see spec/sources/tce-vpc.txt line 27664
 */
export interface AddressChangeQuota {
    /**
     * 配额名称，取值：INSTANCE_ADDRESS_CHANGE
     *
     * @see spec/sources/tce-vpc.txt line 27671
     */
    QuotaId: string;
    /**
     * 实例ID
     *
     * @see spec/sources/tce-vpc.txt line 27672
     */
    InstanceId: string;
    /**
     * 剩余配额
     *
     * @see spec/sources/tce-vpc.txt line 27673
     */
    QuotaCurrent: number;
    /**
     * 配额上限
     *
     * @see spec/sources/tce-vpc.txt line 27674
     */
    QuotaLimit: number;
}
/**
 * 网关流量监控明细
 *
 * @see spec/sources/tce-vpc.txt line 27676
 */
export interface GatewayFlowMonitorDetail {
    /**
     * 来源 IP。
     *
     * @see spec/sources/tce-vpc.txt line 27683
     */
    PrivateIpAddress: string;
    /**
     * 入包量。
     *
     * @see spec/sources/tce-vpc.txt line 27686
     */
    InPkg: number;
    /**
     * 出包量。
     *
     * @see spec/sources/tce-vpc.txt line 27687
     */
    OutPkg: number;
    /**
     * 入带宽, 单位: Byte。
     *
     * @see spec/sources/tce-vpc.txt line 27688
     */
    InTraffic: number;
    /**
     * 出带宽, 单位: Byte。
     *
     * @see spec/sources/tce-vpc.txt line 27689
     */
    OutTraffic: number;
}
/**
 * @see spec/sources/tce-vpc.txt line 27691
 */
export interface Tag {
    /**
     * 标签键
     *
     * @see spec/sources/tce-vpc.txt line 27696
     */
    Key: string | null;
    /**
     * 标签值
     *
     * @see spec/sources/tce-vpc.txt line 27697
     */
    Value: string | null;
}
/**
 * Edge设备防火墙对象
 *
 * @see spec/sources/tce-vpc.txt line 27699
 */
export interface Firewall {
    /**
     * 防火墙唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 27706
     */
    FirewallId: string;
    /**
     * 防火墙名称
     *
     * @see spec/sources/tce-vpc.txt line 27707
     */
    FirewallName: string;
    /**
     * 防火墙描述信息
     *
     * @see spec/sources/tce-vpc.txt line 27708
     */
    FirewallDescription: string;
    /**
     * 防火墙类型
     *
     * @see spec/sources/tce-vpc.txt line 27709
     */
    FirewallType: string;
    /**
     * 防火墙关联的Edge设备数量
     *
     * @see spec/sources/tce-vpc.txt line 27710
     */
    FirewallAttachedCount: number;
}
/**
 * Edge设备。
 *
 * @see spec/sources/tce-vpc.txt line 27712
 */
export interface Edge {
    /**
     * Edge设备Id。
     *
     * @see spec/sources/tce-vpc.txt line 27719
     */
    EdgeId: string;
    /**
     * Edge设备名称。
     *
     * @see spec/sources/tce-vpc.txt line 27720
     */
    EdgeName: string;
    /**
     * Edge设备的状态。 TO_BE_DELIVERED 待发货 DELIVERING 发货中 DELIVERY_FAILED 发货失败 TRANSMITTING 物流中 TRANSMIT_FAILED 物流失败 UNACTIVATED 待激活 RUNNING 运行中 OFFLINE 离线 UPDATING 升级中 ROLLBACKING 回滚中 ISOLATE 到期隔离
     *
     * @see spec/sources/tce-vpc.txt line 27721
     */
    EdgeState: string;
    /**
     * Edge设备型号或者规格。
     *
     * @see spec/sources/tce-vpc.txt line 27722
     */
    EdgeModel: string;
    /**
     * SN码
     *
     * @see spec/sources/tce-vpc.txt line 27723
     */
    SN: string;
    /**
     * Edge的带宽。
     *
     * @see spec/sources/tce-vpc.txt line 27726
     */
    EdgeBandwidthSet: EdgeBandwidth[];
    /**
     * Edge的防火墙。
     *
     * @see spec/sources/tce-vpc.txt line 27727
     */
    EdgeFirewallSet: Firewall[];
    /**
     * Edge设备的Wan口。
     *
     * @see spec/sources/tce-vpc.txt line 27728
     */
    EdgeWanPortSet: EdgeWanPort[];
    /**
     * Edge设备的Lan口。
     *
     * @see spec/sources/tce-vpc.txt line 27729
     */
    EdgeLanPortSet: EdgeLanPort[];
    /**
     * Edge设备的Wlan口。
     *
     * @see spec/sources/tce-vpc.txt line 27730
     */
    EdgeWlanSet: EdgeWlan[];
    /**
     * Edge备注信息。
     *
     * @see spec/sources/tce-vpc.txt line 27731
     */
    EdgeDescription: string;
}
/**
 * 设备的Wan接口
 *
 * @see spec/sources/tce-vpc.txt line 27733
 */
export interface EdgeWanPort {
    /**
     * WAN接口。
     *
     * @see spec/sources/tce-vpc.txt line 27740
     */
    PortInterface: string;
    /**
     * WAN接口名称。
     *
     * @see spec/sources/tce-vpc.txt line 27741
     */
    PortName: string;
    /**
     * 接口状态。
     *
     * @see spec/sources/tce-vpc.txt line 27742
     */
    PortState: string;
    /**
     * MTU值。
     *
     * @see spec/sources/tce-vpc.txt line 27743
     */
    MTU: number;
    /**
     * Wan接口的逻辑接口。
     *
     * @see spec/sources/tce-vpc.txt line 27744
     */
    EdgeWanVportSet: EdgeWanVport[];
    /**
     * WAN接口类型。
     *
     * @see spec/sources/tce-vpc.txt line 27745
     */
    Type: string;
    /**
     * 是否为主链路。
     *
     * @see spec/sources/tce-vpc.txt line 27746
     */
    Primary: boolean;
}
/**
 * 云主机实例信息。
 *
 * @see spec/sources/tce-vpc.txt line 27748
 */
export interface CvmInstance {
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27755
     */
    VpcId: string;
    /**
     * 子网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27756
     */
    SubnetId: string;
    /**
     * 云主机实例ID
     *
     * @see spec/sources/tce-vpc.txt line 27757
     */
    InstanceId: string;
    /**
     * 云主机名称。
     *
     * @see spec/sources/tce-vpc.txt line 27758
     */
    InstanceName: string;
    /**
     * 云主机状态。
     *
     * @see spec/sources/tce-vpc.txt line 27759
     */
    InstanceState: string;
    /**
     * 实例的CPU核数，单位：核。
     *
     * @see spec/sources/tce-vpc.txt line 27760
     */
    CPU: number;
    /**
     * 实例内存容量，单位：GB。
     *
     * @see spec/sources/tce-vpc.txt line 27761
     */
    Memory: number;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 27762
     */
    CreatedTime: string;
    /**
     * 实例机型。
     *
     * @see spec/sources/tce-vpc.txt line 27763
     */
    InstanceType: string;
    /**
     * 实例弹性网卡配额（包含主网卡）。
     *
     * @see spec/sources/tce-vpc.txt line 27764
     */
    EniLimit: number;
    /**
     * 实例弹性网卡内网IP配额 (包含主网卡)。
     *
     * @see spec/sources/tce-vpc.txt line 27767
     */
    EniIpLimit: number;
    /**
     * 实例已绑定弹性网卡的个数 (包含主网卡)。
     *
     * @see spec/sources/tce-vpc.txt line 27768
     */
    InstanceEniCount: number;
}
/**
 * 扩展cidr。
 *
 * @see spec/sources/tce-vpc.txt line 27770
 */
export interface ExtendCidr {
    /**
     * 扩展cidr。
     *
     * @see spec/sources/tce-vpc.txt line 27777
     */
    ExtendCidrBlock: string;
}
/**
 * 子网数字ID
 *
 * @see spec/sources/tce-vpc.txt line 27779
 */
export interface SubnetNum {
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27786
     */
    VpcId: string;
    /**
     * VPC实例数字ID。
     *
     * @see spec/sources/tce-vpc.txt line 27787
     */
    VpcNumId: number;
    /**
     * 子网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27788
     */
    SubnetId: string;
    /**
     * 子网实例数字ID。
     *
     * @see spec/sources/tce-vpc.txt line 27789
     */
    SubnetNumId: number;
}
/**
 * 流量镜像实例
 *
 * @see spec/sources/tce-vpc.txt line 27791
 */
export interface TrafficMirror {
    /**
     * VPC实例ID
     *
     * @see spec/sources/tce-vpc.txt line 27798
     */
    VpcId: string;
    /**
     * 流量镜像实例
     *
     * @see spec/sources/tce-vpc.txt line 27799
     */
    TrafficMirrorId: string;
    /**
     * TrafficMirrorName
     *
     * @see spec/sources/tce-vpc.txt line 27800
     */
    TrafficMirrorName: string;
    /**
     * 流量镜像描述
     *
     * @see spec/sources/tce-vpc.txt line 27801
     */
    TrafficMirrorDescribe: string;
    /**
     * 流量镜像状态
     *
     * @see spec/sources/tce-vpc.txt line 27802
     */
    State: string;
    /**
     * 流量镜像采集方向
     *
     * @see spec/sources/tce-vpc.txt line 27803
     */
    Direction: string;
    /**
     * 流量镜像采集对象
     *
     * @see spec/sources/tce-vpc.txt line 27804
     */
    CollectorSrcs: string[];
    /**
     * 流量镜像过滤的nat网关实例ID
     *
     * @see spec/sources/tce-vpc.txt line 27805
     */
    NatId: string;
    /**
     * 流量镜像过滤的五元组规则
     *
     * @see spec/sources/tce-vpc.txt line 27806
     */
    CollectorNormalFilters: TrafficMirrorFilter[];
    /**
     * 流量镜像接收目标
     *
     * @see spec/sources/tce-vpc.txt line 27807
     */
    CollectorTarget: TrafficMirrorTarget;
    /**
     * 流量镜像创建时间
     *
     * @see spec/sources/tce-vpc.txt line 27808
     */
    CreateTime: string;
}
/**
 * @see spec/sources/tce-vpc.txt line 27810
 */
export interface AssistantCidr {
    /**
     * 辅助CIDR类型（0：普通辅助CIDR，1：容器辅助CIDR），默认都是0。
     *
     * @see spec/sources/tce-vpc.txt line 27815
     */
    AssistantType: number;
    /**
     * 辅助CIDR拆分的子网。
     *
     * @see spec/sources/tce-vpc.txt line 27816
     */
    SubnetSet: Subnet[] | null;
    /**
     * 地域信息
     *
     * @see spec/sources/tce-vpc.txt line 27817
     */
    Region: string | null;
    /**
     * VPC实例ID。形如：vpc-6v2ht8q5
     *
     * @see spec/sources/tce-vpc.txt line 27818
     */
    VpcId: string;
    /**
     * 辅助CIDR。形如：172.16.0.0/16
     *
     * @see spec/sources/tce-vpc.txt line 27819
     */
    CidrBlock: string;
}
/**
 * 私有网络和基础网络互通设备
 *
 * @see spec/sources/tce-vpc.txt line 27821
 */
export interface ClassicLinkInstance {
    /**
     * VPC实例ID
     *
     * @see spec/sources/tce-vpc.txt line 27828
     */
    VpcId: string;
    /**
     * 云服务器实例唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 27829
     */
    InstanceId: string;
}
/**
 * 路由表关联关系
 *
 * @see spec/sources/tce-vpc.txt line 27831
 */
export interface RouteTableAssociation {
    /**
     * 子网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27838
     */
    SubnetId: string;
    /**
     * 路由表实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27839
     */
    RouteTableId: string;
}
/**
 * vpc数字ID
 *
 * @see spec/sources/tce-vpc.txt line 27841
 */
export interface VpcNum {
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 27848
     */
    VpcId: string;
    /**
     * VPC实例数字ID。
     *
     * @see spec/sources/tce-vpc.txt line 27849
     */
    VpcNumId: number;
}
/**
 * 防火墙规则
 *
 * @see spec/sources/tce-vpc.txt line 27851
 */
export interface Rule {
    /**
     * 防火墙规则优先级
     *
     * @see spec/sources/tce-vpc.txt line 27858
     */
    Priority?: number | null | undefined;
    /**
     * 协议
     *
     * @see spec/sources/tce-vpc.txt line 27859
     */
    Protocol?: string | null | undefined;
    /**
     * 源地址网段
     *
     * @see spec/sources/tce-vpc.txt line 27860
     */
    SourceCidr?: string | null | undefined;
    /**
     * 源端口范围
     *
     * @see spec/sources/tce-vpc.txt line 27863
     */
    SourcePort?: string | null | undefined;
    /**
     * 目的地址网段
     *
     * @see spec/sources/tce-vpc.txt line 27864
     */
    DestCidr?: string | null | undefined;
    /**
     * 目的端口范围
     *
     * @see spec/sources/tce-vpc.txt line 27865
     */
    DestPort: string | null;
    /**
     * 策略
     *
     * @see spec/sources/tce-vpc.txt line 27866
     */
    Action?: string | null | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tce-vpc.txt line 27867
     */
    Description?: string | null | undefined;
}
/**
 * 查询VPC全局扩展cidr段
 *
 * @see spec/sources/tce-vpc.txt line 27869
 */
export interface VpcGlobalExtendCidr {
    /**
     * subnet值
     *
     * @see spec/sources/tce-vpc.txt line 27876
     */
    Subnet: string;
    /**
     * 子网掩码
     *
     * @see spec/sources/tce-vpc.txt line 27877
     */
    Mask: string;
    /**
     * 整型子网掩码
     *
     * @see spec/sources/tce-vpc.txt line 27878
     */
    IntMask: number;
    /**
     * 创建时间
     *
     * @see spec/sources/tce-vpc.txt line 27879
     */
    CreateTime: string;
}
/**
 * ssl-vpn-client-client-config 配置
 *
 * @see spec/sources/tce-vpc.txt line 27881
 */
export interface SslVpnClientConfig {
    /**
     * 客户端配置
     *
     * @see spec/sources/tce-vpc.txt line 27888
     */
    SSLVpnClientConfiguration: string | null;
    /**
     * 根证书
     *
     * @see spec/sources/tce-vpc.txt line 27889
     */
    SSLVpnRootCert: string | null;
    /**
     * 客户端密钥
     *
     * @see spec/sources/tce-vpc.txt line 27890
     */
    SSLVpnKey: string | null;
    /**
     * 客户端证书
     *
     * @see spec/sources/tce-vpc.txt line 27891
     */
    SSLVpnCert: string | null;
}
/**
 * SecurityPolicyDatabase策略
 *
 * @see spec/sources/tce-vpc.txt line 27893
 */
export interface SecurityPolicyDatabase {
    /**
     * 本端网段
     *
     * @see spec/sources/tce-vpc.txt line 27900
     */
    LocalCidrBlock: string;
    /**
     * 对端网段
     *
     * @see spec/sources/tce-vpc.txt line 27901
     */
    RemoteCidrBlock: string[];
}
/**
 * 数据库实例详细信息。
 *
 * @see spec/sources/tce-vpc.txt line 27903
 */
export interface DBInstances {
    /**
     * 实例ID形如：crs-1newjxcb。
     *
     * @see spec/sources/tce-vpc.txt line 27913
     */
    InstanceId: string;
    /**
     * 实例IP形如：172.16.32.18。
     *
     * @see spec/sources/tce-vpc.txt line 27914
     */
    InstanceIp: string;
    /**
     * 实例名称。
     *
     * @see spec/sources/tce-vpc.txt line 27915
     */
    InstanceName: string;
    /**
     * VPC唯一ID形如：vpc-q9iejf9r。
     *
     * @see spec/sources/tce-vpc.txt line 27916
     */
    VpcId: string;
}
/**
 * @see spec/sources/tce-vpc.txt line 27918
 */
export interface VpcOssRoute {
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.weight
     *
     * @see spec/sources/tce-vpc.txt line 27923
     */
    Weight: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.privatePort
     *
     * @see spec/sources/tce-vpc.txt line 27924
     */
    PrivatePort: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.zoneId
     *
     * @see spec/sources/tce-vpc.txt line 27925
     */
    ZoneId: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.udpOption
     *
     * @see spec/sources/tce-vpc.txt line 27926
     */
    UdpOption: number;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.hostIp
     *
     * @see spec/sources/tce-vpc.txt line 27927
     */
    HostIp: string;
    /**
     * 原VPC OSS APIv2名称: GetServiceByRs.pip
     *
     * @see spec/sources/tce-vpc.txt line 27928
     */
    PrivateIp: string;
}
/**
 * VPC内网IP对象。
 *
 * @see spec/sources/tce-vpc.txt line 27930
 */
export interface VpcPrivateIpAddress {
    /**
     * VPC 内网 IP 。
     *
     * @see spec/sources/tce-vpc.txt line 27937
     */
    PrivateIpAddress: string;
    /**
     * 所属子网 CIDR 。
     *
     * @see spec/sources/tce-vpc.txt line 27938
     */
    CidrBlock: string;
    /**
     * 内网 IP 类型。
     *
     * @see spec/sources/tce-vpc.txt line 27939
     */
    PrivateIpAddressType: string;
    /**
     * IP 申请时间。
     *
     * @see spec/sources/tce-vpc.txt line 27940
     */
    CreateTime: string;
}
/**
 * 描述配额信息
 *
 * @see spec/sources/tce-vpc.txt line 27942
 */
export interface Quota {
    /**
     * 配额名称，取值范围： TOTAL_EIP_QUOTA : 用户当前地域下EIP的配额数； DAILY_EIP_APPLY : 用户当前地域下今日申购次数； DAILY_PUBLIC_IP_ASSIGN : 用户当前地域下，重新分配公网 IP次数。
     *
     * @see spec/sources/tce-vpc.txt line 27949
     */
    QuotaId?: string | undefined;
    /**
     * 当前数量
     *
     * @see spec/sources/tce-vpc.txt line 27950
     */
    QuotaCurrent?: number | undefined;
    /**
     * 配额数量
     *
     * @see spec/sources/tce-vpc.txt line 27951
     */
    QuotaLimit?: number | undefined;
    /**
     * 配额生效的地域。
     *
     * @see spec/sources/tce-vpc.txt line 27952
     */
    QuotaGroup?: string | undefined;
}
/**
 * NAT网关的端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 27954
 */
export interface DestinationIpPortTranslationNatRule {
    /**
     * 网络协议，可选值：TCP、UDP。
     *
     * @see spec/sources/tce-vpc.txt line 27961
     */
    IpProtocol: string;
    /**
     * 弹性IP。
     *
     * @see spec/sources/tce-vpc.txt line 27962
     */
    PublicIpAddress: string;
    /**
     * 公网端口。
     *
     * @see spec/sources/tce-vpc.txt line 27963
     */
    PublicPort: number;
    /**
     * 内网地址。
     *
     * @see spec/sources/tce-vpc.txt line 27964
     */
    PrivateIpAddress: string;
    /**
     * 内网端口。
     *
     * @see spec/sources/tce-vpc.txt line 27965
     */
    PrivatePort: number;
    /**
     * NAT网关转发规则描述。
     *
     * @see spec/sources/tce-vpc.txt line 27966
     */
    Description: string;
}
/**
 * 旧路由集合
 *
 * @see spec/sources/tce-vpc.txt line 27968
 */
export interface OldRouteSet {
    /**
     * 路由Id
     *
     * @see spec/sources/tce-vpc.txt line 27975
     */
    RouteId?: string | undefined;
    /**
     * 目的网段
     *
     * @see spec/sources/tce-vpc.txt line 27976
     */
    DestinationCidrBlock?: string | undefined;
    /**
     * 网关类型
     *
     * @see spec/sources/tce-vpc.txt line 27977
     */
    GatewayType?: string | undefined;
    /**
     * 网关Id
     *
     * @see spec/sources/tce-vpc.txt line 27978
     */
    GatewayId?: string | undefined;
    /**
     * 路由描述
     *
     * @see spec/sources/tce-vpc.txt line 27979
     */
    RouteDescription?: string | undefined;
}
/**
 * 调整带宽询价结果。
 *
 * @see spec/sources/tce-vpc.txt line 27981
 */
export interface ModifyBandwidthPrice {
    /**
     * 调整带宽询价结果。
     *
     * @see spec/sources/tce-vpc.txt line 27988
     */
    AddressPrice?: AddressPrice | undefined;
}
/**
 * 云联网 (CCN) 对象
 *
 * @see spec/sources/tce-vpc.txt line 27990
 */
export interface CCN {
    /**
     * 云联网唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 27997
     */
    CcnId: string;
    /**
     * 云联网名称
     *
     * @see spec/sources/tce-vpc.txt line 27998
     */
    CcnName: string;
    /**
     * 云联网描述信息
     *
     * @see spec/sources/tce-vpc.txt line 27999
     */
    CcnDescription: string;
    /**
     * 关联实例数量
     *
     * @see spec/sources/tce-vpc.txt line 28000
     */
    InstanceCount: number;
    /**
     * 创建时间
     *
     * @see spec/sources/tce-vpc.txt line 28001
     */
    CreateTime: string;
    /**
     * 实例状态，'ISOLATED': 隔离中 (欠费停服)，'AVAILABLE': 运行中。
     *
     * @see spec/sources/tce-vpc.txt line 28002
     */
    State: string;
    /**
     * 实例服务质量, 'PT': 白金, 'AU': 金, 'AG': 银。
     *
     * @see spec/sources/tce-vpc.txt line 28005
     */
    QosLevel: string;
    /**
     * 付费类型, PREPAID为预付费, POSTPAID为后付费。
     *
     * @see spec/sources/tce-vpc.txt line 28006
     */
    InstanceChargeType: string | null;
    /**
     * 限速类型, INTER_REGION_LIMIT为地域间限速; OUTER_REGION_LIMIT为地域出口限速。
     *
     * @see spec/sources/tce-vpc.txt line 28007
     */
    BandwidthLimitType: string | null;
    /**
     * 标签键值对。
     *
     * @see spec/sources/tce-vpc.txt line 28008
     */
    TagSet: Tag[];
}
/**
 * 网关流控带宽信息
 *
 * @see spec/sources/tce-vpc.txt line 28010
 */
export interface GatewayQos {
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28017
     */
    VpcId: string;
    /**
     * 云服务器内网IP。
     *
     * @see spec/sources/tce-vpc.txt line 28018
     */
    IpAddress: string;
    /**
     * 流控带宽值。
     *
     * @see spec/sources/tce-vpc.txt line 28019
     */
    Bandwidth: number;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28020
     */
    CreateTime: string;
}
/**
 * 安全组规则集合
 *
 * @see spec/sources/tce-vpc.txt line 28022
 */
export interface SecurityGroupPolicySet {
    /**
     * 安全组规则当前版本。用户每次更新安全规则版本会自动加1, 防止更新的路由规则已过期, 不填不考虑冲突。
     *
     * @see spec/sources/tce-vpc.txt line 28029
     */
    Version?: string | undefined;
    /**
     * 出站规则。
     *
     * @see spec/sources/tce-vpc.txt line 28030
     */
    Egress?: SecurityGroupPolicy[] | undefined;
    /**
     * 入站规则。
     *
     * @see spec/sources/tce-vpc.txt line 28031
     */
    Ingress?: SecurityGroupPolicy[] | undefined;
}
/**
 * 异步任务返回结果信息
 *
 * @see spec/sources/tce-vpc.txt line 28033
 */
export interface Message {
    /**
     * 错误编码
     *
     * @see spec/sources/tce-vpc.txt line 28040
     */
    Code: number;
    /**
     * 错误提示信息
     *
     * @see spec/sources/tce-vpc.txt line 28041
     */
    Error: string;
}
/**
 * 本端IP转换ACL规则ID复杂类型
 *
 * @see spec/sources/tce-vpc.txt line 28043
 */
export interface AclRuleId {
    /**
     * 规则ID
     *
     * @see spec/sources/tce-vpc.txt line 28053
     */
    RuleId: number;
}
/**
 * 云联网 (CCN) 地域出带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 28055
 */
export interface CcnRegionBandwidthLimit {
    /**
     * 地域，例如：ap-guangzhou
     *
     * @see spec/sources/tce-vpc.txt line 28062
     */
    Region: string;
    /**
     * 出带宽上限，单位：Mbps
     *
     * @see spec/sources/tce-vpc.txt line 28063
     */
    BandwidthLimit: number;
    /**
     * 是否黑石地域，默认 false。
     *
     * @see spec/sources/tce-vpc.txt line 28064
     */
    IsBm?: boolean | undefined;
    /**
     * 目的地域，例如：ap-shanghai
     *
     * @see spec/sources/tce-vpc.txt line 28065
     */
    DstRegion?: string | null | undefined;
    /**
     * 目的地域是否为黑石地域，默认 false。
     *
     * @see spec/sources/tce-vpc.txt line 28066
     */
    DstIsBm?: boolean | undefined;
}
/**
 * @see spec/sources/tce-vpc.txt line 28068
 */
export interface ISPIpv6CidrBlock {
    /**
     * IPv6 Cidr 的类型，GUA，OTHER，ULA
     *
     * @see spec/sources/tce-vpc.txt line 28073
     */
    AddressType?: string | null | undefined;
    /**
     * IPv6 Cidr Block
     *
     * @see spec/sources/tce-vpc.txt line 28074
     */
    IPv6CidrBlock: string;
    /**
     * 网络运营商类型 取值范围:'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联通
     *
     * @see spec/sources/tce-vpc.txt line 28075
     */
    ISPType: string;
}
/**
 * NAT网关对象。
 *
 * @see spec/sources/tce-vpc.txt line 28077
 */
export interface NatGateway {
    /**
     * NAT网关的ID。
     *
     * @see spec/sources/tce-vpc.txt line 28084
     */
    NatGatewayId: string;
    /**
     * NAT网关的名称。
     *
     * @see spec/sources/tce-vpc.txt line 28085
     */
    NatGatewayName: string;
    /**
     * NAT网关创建的时间。
     *
     * @see spec/sources/tce-vpc.txt line 28086
     */
    CreatedTime: string;
    /**
     * NAT网关的状态。'PENDING': 生产中, 'DELETING': 删除中, 'AVAILABLE': 运行中, 'UPDATING': 升级中, 'FAILED': 失败。
     *
     * @see spec/sources/tce-vpc.txt line 28087
     */
    State: string;
    /**
     * 网关最大外网出带宽(单位:Mbps)。
     *
     * @see spec/sources/tce-vpc.txt line 28088
     */
    InternetMaxBandwidthOut: number;
    /**
     * 网关并发连接上限。
     *
     * @see spec/sources/tce-vpc.txt line 28089
     */
    MaxConcurrentConnection: number;
    /**
     * 绑定NAT网关的公网IP对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 28090
     */
    PublicIpAddressSet: NatGatewayAddress[];
    /**
     * NAT网关网络状态。“AVAILABLE”:运行中, “UNAVAILABLE”:不可用, “INSUFFICIENT”:欠费停服。
     *
     * @see spec/sources/tce-vpc.txt line 28091
     */
    NetworkState: string;
    /**
     * NAT网关的端口转发规则。
     *
     * @see spec/sources/tce-vpc.txt line 28092
     */
    DestinationIpPortTranslationNatRuleSet: DestinationIpPortTranslationNatRule[];
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28095
     */
    VpcId: string;
    /**
     * NAT网关所在的可用区。
     *
     * @see spec/sources/tce-vpc.txt line 28096
     */
    Zone: string;
    /**
     * 底层网关类型，取值为：NORMAL、HYPER。
     *
     * @see spec/sources/tce-vpc.txt line 28097
     */
    GatewayType?: string | null | undefined;
    /**
     * 标签键值对。
     *
     * @see spec/sources/tce-vpc.txt line 28098
     */
    TagSet: Tag[];
    /**
     * NAT网关的SNAT规则。
     *
     * @see spec/sources/tce-vpc.txt line 28099
     */
    SourceIpTranslationNatRuleSet?: SourceIpTranslationNatRule[] | undefined;
}
/**
 * 安全组对象
 *
 * @see spec/sources/tce-vpc.txt line 28101
 */
export interface SecurityGroup {
    /**
     * 项目id，默认0。可在qcloud控制台项目管理页面查询到。
     *
     * @see spec/sources/tce-vpc.txt line 28108
     */
    ProjectId?: string | undefined;
    /**
     * 安全组实例ID，例如：sg-ohuuioma。
     *
     * @see spec/sources/tce-vpc.txt line 28109
     */
    SecurityGroupId: string;
    /**
     * 安全组名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 28110
     */
    SecurityGroupName: string;
    /**
     * 安全组备注，最多100个字符。
     *
     * @see spec/sources/tce-vpc.txt line 28111
     */
    SecurityGroupDesc: string;
    /**
     * 是否是默认安全组，默认安全组不支持删除。
     *
     * @see spec/sources/tce-vpc.txt line 28112
     */
    IsDefault?: boolean | undefined;
    /**
     * 安全组创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28113
     */
    CreatedTime?: string | undefined;
    /**
     * 标签键值对。
     *
     * @see spec/sources/tce-vpc.txt line 28114
     */
    TagSet?: Tag[] | undefined;
}
/**
 * 描述 HAVIP 信息
 *
 * @see spec/sources/tce-vpc.txt line 28116
 */
export interface HaVip {
    /**
     * HAVIP 的 ID，是 HAVIP 的唯一标识。
     *
     * @see spec/sources/tce-vpc.txt line 28123
     */
    HaVipId: string;
    /**
     * HAVIP 名称。
     *
     * @see spec/sources/tce-vpc.txt line 28124
     */
    HaVipName: string;
    /**
     * 虚拟IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 28125
     */
    Vip: string;
    /**
     * HAVIP 所在私有网络 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28126
     */
    VpcId: string;
    /**
     * HAVIP 所在子网 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28127
     */
    SubnetId: string;
    /**
     * HAVIP 关联弹性网卡 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28128
     */
    NetworkInterfaceId: string;
    /**
     * 被绑定的实例 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28129
     */
    InstanceId: string;
    /**
     * 绑定 EIP。
     *
     * @see spec/sources/tce-vpc.txt line 28130
     */
    AddressIp: string;
    /**
     * 状态： AVAILABLE : 运行中 UNBIND : 未绑定
     *
     * @see spec/sources/tce-vpc.txt line 28131
     */
    State: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28132
     */
    CreatedTime: string;
    /**
     * 使用havip的业务标识。
     *
     * @see spec/sources/tce-vpc.txt line 28133
     */
    Business?: string | undefined;
}
/**
 * 删除高速上云入参
 *
 * @see spec/sources/tce-vpc.txt line 28135
 */
export interface DeleteCasInput {
    /**
     * 高速上云实例ID
     *
     * @see spec/sources/tce-vpc.txt line 28142
     */
    InstanceId: string;
}
/**
 * NAT网关绑定的弹性IP
 *
 * @see spec/sources/tce-vpc.txt line 28144
 */
export interface NatGatewayAddress {
    /**
     * 弹性公网IP (EIP) 的唯一 ID，形如：eip-11112222。
     *
     * @see spec/sources/tce-vpc.txt line 28151
     */
    AddressId?: string | undefined;
    /**
     * 外网IP地址，形如：123.121.34.33。
     *
     * @see spec/sources/tce-vpc.txt line 28152
     */
    PublicIpAddress?: string | undefined;
    /**
     * 资源封堵状态。true表示弹性ip处于封堵状态，false表示弹性ip处于未封堵状态。
     *
     * @see spec/sources/tce-vpc.txt line 28153
     */
    IsBlocked?: boolean | undefined;
}
/**
 * @see spec/sources/tce-vpc.txt line 28155
 */
export interface PrivateIpAddressSpecification {
    /**
     * 公网IP是否被封堵。
     *
     * @see spec/sources/tce-vpc.txt line 28162
     */
    IsWanIpBlocked?: boolean | undefined;
    /**
     * IP状态：PENDING：生产中MIGRATING：迁移中DELETING：删除中AVAILABLE：可用的
     *
     * @see spec/sources/tce-vpc.txt line 28163
     */
    State?: string | undefined;
    /**
     * 保留IP指定绑定的资源ID。
     *
     * @see spec/sources/tce-vpc.txt line 28164
     */
    ResourceId?: string | undefined;
    /**
     * 已废弃字段
     *
     * @see spec/sources/tce-vpc.txt line 28165
     */
    PrivateIpState?: string | undefined;
    /**
     * 内网IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 28166
     */
    PrivateIpAddress: string;
    /**
     * 是否是主IP。
     *
     * @see spec/sources/tce-vpc.txt line 28167
     */
    Primary?: boolean | undefined;
    /**
     * 公网IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 28168
     */
    PublicIpAddress?: string | undefined;
    /**
     * EIP实例ID，例如：eip-11112222。
     *
     * @see spec/sources/tce-vpc.txt line 28169
     */
    AddressId?: string | undefined;
    /**
     * 内网IP描述信息。
     *
     * @see spec/sources/tce-vpc.txt line 28170
     */
    Description?: string | undefined;
    /**
     * IP服务质量等级，可选值：PT、AU、AG、DEFAULT，分别代表云金、云银、云铜、默认四个等级。
     *
     * @see spec/sources/tce-vpc.txt line 28171
     */
    QoSLevel?: string | undefined;
}
/**
 * VPN网关云联网络路由信息
 *
 * @see spec/sources/tce-vpc.txt line 28173
 */
export interface VpngwCcnRoutes {
    /**
     * 路由信息ID
     *
     * @see spec/sources/tce-vpc.txt line 28180
     */
    RouteId: string;
    /**
     * 路由信息是否启用ENABLE：启用该路由DISABLE：不启用该路由
     *
     * @see spec/sources/tce-vpc.txt line 28181
     */
    Status?: string | undefined;
}
/**
 * IP地址模板集合
 *
 * @see spec/sources/tce-vpc.txt line 28183
 */
export interface AddressTemplateGroup {
    /**
     * IP地址模板集合名称。
     *
     * @see spec/sources/tce-vpc.txt line 28190
     */
    AddressTemplateGroupName: string;
    /**
     * IP地址模板集合实例ID，例如：ipmg-dih8xdbq。
     *
     * @see spec/sources/tce-vpc.txt line 28191
     */
    AddressTemplateGroupId: string;
    /**
     * IP地址模板ID。
     *
     * @see spec/sources/tce-vpc.txt line 28192
     */
    AddressTemplateIdSet: string[];
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28193
     */
    CreateTime?: string | undefined;
    /**
     * IP地址模板实例。
     *
     * @see spec/sources/tce-vpc.txt line 28194
     */
    AddressTemplateSet: AddressTemplateItem[];
}
/**
 * 非标网段类型
 *
 * @see spec/sources/tce-vpc.txt line 28196
 */
export interface CidrDetailSet {
    /**
     * 非标网段地址
     *
     * @see spec/sources/tce-vpc.txt line 28203
     */
    AddrSegment?: string | undefined;
    /**
     * 网络类型
     *
     * @see spec/sources/tce-vpc.txt line 28204
     */
    AddressType?: string | undefined;
    /**
     * 创建时间
     *
     * @see spec/sources/tce-vpc.txt line 28205
     */
    CreateTime?: string | undefined;
    /**
     * 是否是保留地址
     *
     * @see spec/sources/tce-vpc.txt line 28206
     */
    IsReserved?: number | undefined;
    /**
     * 地址类型
     *
     * @see spec/sources/tce-vpc.txt line 28207
     */
    Ver?: string | undefined;
}
/**
 * ALG协议类型
 *
 * @see spec/sources/tce-vpc.txt line 28209
 */
export interface AlgType {
    /**
     * Ftp协议Alg功能是否开启
     *
     * @see spec/sources/tce-vpc.txt line 28216
     */
    Ftp: boolean;
    /**
     * Sip协议Alg功能是否开启
     *
     * @see spec/sources/tce-vpc.txt line 28217
     */
    Sip: boolean;
}
/**
 * EIP运营商信息
 *
 * @see spec/sources/tce-vpc.txt line 28219
 */
export interface EIPispInfo {
    /**
     * 运营商类型CTCCUCCCMCCBGP
     *
     * @see spec/sources/tce-vpc.txt line 28226
     */
    Type: string;
    /**
     * 运营商名称
     *
     * @see spec/sources/tce-vpc.txt line 28227
     */
    Name: string;
    /**
     * 运营商ID。
     *
     * @see spec/sources/tce-vpc.txt line 28228
     */
    Id?: number | undefined;
    /**
     * IPv4运营商状态。
     *
     * @see spec/sources/tce-vpc.txt line 28229
     */
    IspStatus?: number | undefined;
    /**
     * IPv6运营商状态。
     *
     * @see spec/sources/tce-vpc.txt line 28230
     */
    IspStatusIPv6?: number | undefined;
    /**
     * 是否IPv4默认运营商。
     *
     * @see spec/sources/tce-vpc.txt line 28231
     */
    DefaultIsp?: number | undefined;
}
/**
 * Edge设备的Vport对象
 *
 * @see spec/sources/tce-vpc.txt line 28233
 */
export interface EdgeVport {
    /**
     * Edge设备lan物理口的逻辑端口。
     *
     * @see spec/sources/tce-vpc.txt line 28240
     */
    EdgeLanVportInfo: EdgeLanVport | null;
    /**
     * Edge设备wan物理口的逻辑端口。
     *
     * @see spec/sources/tce-vpc.txt line 28241
     */
    EdgeWanVportInfo: EdgeWanVport | null;
}
/**
 * IPSec配置，腾讯云提供IPSec安全会话设置
 *
 * @see spec/sources/tce-vpc.txt line 28243
 */
export interface IPSECOptionsSpecification {
    /**
     * 加密算法，可选值：'3DES-CBC', 'AES-CBC-128', 'AES-CBC-192', 'AES-CBC-256', 'DES-CBC', 'NULL'，默认为AES-CBC-128
     *
     * @see spec/sources/tce-vpc.txt line 28250
     */
    EncryptAlgorithm?: string | undefined;
    /**
     * 认证算法：可选值：'MD5', 'SHA1'，默认为
     *
     * @see spec/sources/tce-vpc.txt line 28251
     */
    IntegrityAlgorithm?: string | undefined;
    /**
     * IPsec SA lifetime(s)：单位秒，取值范围：180-604800
     *
     * @see spec/sources/tce-vpc.txt line 28252
     */
    IPSECSaLifetimeSeconds?: number | undefined;
    /**
     * PFS：可选值：'NULL', 'DH-GROUP1', 'DH-GROUP2', 'DH-GROUP5', 'DH-GROUP14', 'DH-GROUP24'，默认为NULL
     *
     * @see spec/sources/tce-vpc.txt line 28253
     */
    PfsDhGroup?: string | undefined;
    /**
     * IPsec SA lifetime(KB)：单位KB，取值范围：2560-604800
     *
     * @see spec/sources/tce-vpc.txt line 28254
     */
    IPSECSaLifetimeTraffic?: number | undefined;
}
/**
 * SSLVpnServer
 *
 * @see spec/sources/tce-vpc.txt line 28256
 */
export interface SSLVpnServer {
    /**
     * VpcId
     *
     * @see spec/sources/tce-vpc.txt line 28263
     */
    VpcId: string;
    /**
     * VpnSslServerId
     *
     * @see spec/sources/tce-vpc.txt line 28264
     */
    VpnSslServerId: string;
    /**
     * VpnGatewayId
     *
     * @see spec/sources/tce-vpc.txt line 28265
     */
    VpnGatewayId: string;
    /**
     * SSLVpnServerName
     *
     * @see spec/sources/tce-vpc.txt line 28266
     */
    SSLVpnServerName: string;
    /**
     * 本段地址
     *
     * @see spec/sources/tce-vpc.txt line 28267
     */
    LocalAddress: string;
    /**
     * 对端地址
     *
     * @see spec/sources/tce-vpc.txt line 28268
     */
    RemoteAddress: string;
    /**
     * 连接数
     *
     * @see spec/sources/tce-vpc.txt line 28269
     */
    MaxConnection: number[];
    /**
     * 公网ip
     *
     * @see spec/sources/tce-vpc.txt line 28270
     */
    WanIp: string;
    /**
     * server 创建状态
     *
     * @see spec/sources/tce-vpc.txt line 28271
     */
    State: number;
}
/**
 * 网络探测验证结果。
 *
 * @see spec/sources/tce-vpc.txt line 28273
 */
export interface NetDetectState {
    /**
     * 网络探测实例ID。形如：netd-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 28280
     */
    NetDetectId: string;
    /**
     * 网络探测目的IP验证结果对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 28283
     */
    NetDetectIpStateSet: NetDetectIpState[];
}
/**
 * 路由策略对象
 *
 * @see spec/sources/tce-vpc.txt line 28285
 */
export interface Route {
    /**
     * 路由策略ID。
     *
     * @see spec/sources/tce-vpc.txt line 28292
     */
    RouteId?: number | undefined;
    /**
     * 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
     *
     * @see spec/sources/tce-vpc.txt line 28293
     */
    DestinationCidrBlock?: string | undefined;
    /**
     * 下一跳类型，目前我们支持的类型有：CVM：公网网关类型的云服务器；VPN：VPN网关；DIRECTCONNECT：专线网关；PEERCONNECTION：对等连接；SSLVPN：sslvpn网关；NAT：NAT网关；NORMAL_CVM：普通云服务器；EIP：云服务器的公网IP；CCN：云联网。
     *
     * @see spec/sources/tce-vpc.txt line 28294
     */
    GatewayType?: string | undefined;
    /**
     * 下一跳地址，这里只需要指定不同下一跳类型的网关ID，系统会自动匹配到下一跳地址。特别注意：当GatewayType为EIP时，GatewayId固定值'0'
     *
     * @see spec/sources/tce-vpc.txt line 28295
     */
    GatewayId?: string | undefined;
    /**
     * 路由策略描述。
     *
     * @see spec/sources/tce-vpc.txt line 28296
     */
    RouteDescription?: string | undefined;
    /**
     * 是否启用
     *
     * @see spec/sources/tce-vpc.txt line 28297
     */
    Enabled?: boolean | undefined;
    /**
     * 路由类型，目前我们支持的类型有：USER：用户路由；NETD：网络探测路由，创建网络探测实例时，系统默认下发，不可编辑与删除；CCN：云联网路由，系统默认下发，不可编辑与删除。用户只能添加和操作USER类型的路由。
     *
     * @see spec/sources/tce-vpc.txt line 28298
     */
    RouteType?: string | undefined;
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 28299
     */
    RouteTableId?: string | undefined;
    /**
     * 路由策略字符串ID。
     *
     * @see spec/sources/tce-vpc.txt line 28300
     */
    RouteItemId?: string | undefined;
}
/**
 * VPN通道对象。
 *
 * @see spec/sources/tce-vpc.txt line 28302
 */
export interface VpnConnection {
    /**
     * 通道实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28309
     */
    VpnConnectionId: string;
    /**
     * 通道名称。
     *
     * @see spec/sources/tce-vpc.txt line 28310
     */
    VpnConnectionName: string;
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28311
     */
    VpcId: string;
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28312
     */
    VpnGatewayId: string;
    /**
     * 对端网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28313
     */
    CustomerGatewayId: string;
    /**
     * 预共享密钥。
     *
     * @see spec/sources/tce-vpc.txt line 28314
     */
    PreShareKey: string;
    /**
     * 通道传输协议。
     *
     * @see spec/sources/tce-vpc.txt line 28315
     */
    VpnProto: string;
    /**
     * 通道加密协议。
     *
     * @see spec/sources/tce-vpc.txt line 28316
     */
    EncryptProto: string;
    /**
     * 路由类型。
     *
     * @see spec/sources/tce-vpc.txt line 28317
     */
    RouteType: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28318
     */
    CreatedTime: string;
    /**
     * 通道的生产状态，PENDING：生产中，AVAILABLE：运行中，DELETING：删除中。
     *
     * @see spec/sources/tce-vpc.txt line 28319
     */
    State: string;
    /**
     * 通道连接状态, AVAILABLE : 已连接。
     *
     * @see spec/sources/tce-vpc.txt line 28322
     */
    NetStatus: string;
    /**
     * SPD。
     *
     * @see spec/sources/tce-vpc.txt line 28323
     */
    SecurityPolicyDatabaseSet: SecurityPolicyDatabase[];
    /**
     * IKE选项。
     *
     * @see spec/sources/tce-vpc.txt line 28324
     */
    IKEOptionsSpecification: IKEOptionsSpecification;
    /**
     * IPSEC选择。
     *
     * @see spec/sources/tce-vpc.txt line 28325
     */
    IPSECOptionsSpecification: IPSECOptionsSpecification;
}
/**
 * 流量包信息描述类型
 *
 * @see spec/sources/tce-vpc.txt line 28327
 */
export interface TrafficPackage {
    /**
     * 流量包唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 28334
     */
    TrafficPackageId: string;
    /**
     * 流量包名称
     *
     * @see spec/sources/tce-vpc.txt line 28335
     */
    TrafficPackageName: string | null;
    /**
     * 流量包总量, 单位GB
     *
     * @see spec/sources/tce-vpc.txt line 28336
     */
    TotalAmount: number;
    /**
     * 流量包剩余量, 单位GB
     *
     * @see spec/sources/tce-vpc.txt line 28337
     */
    RemainingAmount: number;
    /**
     * 流量包状态, 可能的值有: AVAILABLE-可用状态, EXPIRED-已过期, EXHAUSTED-已用完, REFUNDED-已退还, DELETED-已删除
     *
     * @see spec/sources/tce-vpc.txt line 28338
     */
    Status: string;
    /**
     * 流量包创建时间
     *
     * @see spec/sources/tce-vpc.txt line 28339
     */
    CreatedTime: string;
    /**
     * 流量包截止时间
     *
     * @see spec/sources/tce-vpc.txt line 28340
     */
    Deadline: string;
    /**
     * 已使用的流量, 单位GB
     *
     * @see spec/sources/tce-vpc.txt line 28341
     */
    UsedAmount: number;
}
/**
 * 云联网 (CCN) 关联实例 (Instance) 对象。
 *
 * @see spec/sources/tce-vpc.txt line 28343
 */
export interface CcnInstance {
    /**
     * 关联实例类型, 可选值： VPC : 私有网络 DIRECTCONNECT : 专线网关 BMVPC : 黑石私有网络
     *
     * @see spec/sources/tce-vpc.txt line 28350
     */
    InstanceType?: string | undefined;
    /**
     * 关联实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28351
     */
    InstanceId: string;
    /**
     * 关联实例ID所属大区, 例如：ap-guangzhou。
     *
     * @see spec/sources/tce-vpc.txt line 28352
     */
    InstanceRegion: string;
}
/**
 * 终端节点详情。
 *
 * @see spec/sources/tce-vpc.txt line 28354
 */
export interface EndPoint {
    /**
     * 终端节点ID。
     *
     * @see spec/sources/tce-vpc.txt line 28361
     */
    EndPointId: string;
    /**
     * VPCID。
     *
     * @see spec/sources/tce-vpc.txt line 28362
     */
    VpcId: string;
    /**
     * 子网ID。
     *
     * @see spec/sources/tce-vpc.txt line 28363
     */
    SubnetId: string;
    /**
     * APPID。
     *
     * @see spec/sources/tce-vpc.txt line 28364
     */
    EndPointOwner: string;
    /**
     * 终端节点名称。
     *
     * @see spec/sources/tce-vpc.txt line 28367
     */
    EndPointName: string;
    /**
     * 终端节点服务的VPCID。
     *
     * @see spec/sources/tce-vpc.txt line 28368
     */
    ServiceVpcId: string;
    /**
     * 终端节点服务的VIP。
     *
     * @see spec/sources/tce-vpc.txt line 28369
     */
    ServiceVip: string;
    /**
     * 终端节点服务的ID。
     *
     * @see spec/sources/tce-vpc.txt line 28370
     */
    EndPointServiceId: string;
    /**
     * 终端节点的VIP。
     *
     * @see spec/sources/tce-vpc.txt line 28371
     */
    EndPointVip: string;
    /**
     * 终端节点状态，ACTIVE：可用，PENDING：待接受，ACCEPTING：接受中，REJECTED：已拒绝，FAILED：失败。
     *
     * @see spec/sources/tce-vpc.txt line 28372
     */
    State: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28373
     */
    CreateTime: string;
    /**
     * 终端节点绑定的安全组实例ID列表。
     *
     * @see spec/sources/tce-vpc.txt line 28374
     */
    GroupSet?: string[] | undefined;
    /**
     * 终端节点服务名称。
     *
     * @see spec/sources/tce-vpc.txt line 28375
     */
    ServiceName?: string | undefined;
    /**
     * IP地址类型
     *
     * @see spec/sources/tce-vpc.txt line 28376
     */
    IpAddressType?: string | undefined;
}
/**
 * 子网对象
 *
 * @see spec/sources/tce-vpc.txt line 28378
 */
export interface SubnetInput {
    /**
     * 子网的 CIDR。
     *
     * @see spec/sources/tce-vpc.txt line 28385
     */
    CidrBlock: string;
    /**
     * 子网名称。
     *
     * @see spec/sources/tce-vpc.txt line 28386
     */
    SubnetName: string;
    /**
     * 可用区。形如：ap-guangzhou-2。
     *
     * @see spec/sources/tce-vpc.txt line 28387
     */
    Zone: string;
    /**
     * 指定关联路由表，形如：rtb-3ryrwzuu。
     *
     * @see spec/sources/tce-vpc.txt line 28388
     */
    RouteTableId?: string | undefined;
    /**
     * 指定需要创建的子网类型
     *
     * @see spec/sources/tce-vpc.txt line 28389
     */
    Type?: number | undefined;
}
/**
 * Edge设备的Lan物理口
 *
 * @see spec/sources/tce-vpc.txt line 28391
 */
export interface EdgeLanPort {
    /**
     * Lan接口。
     *
     * @see spec/sources/tce-vpc.txt line 28398
     */
    PortInterface: string;
    /**
     * Lan名称。
     *
     * @see spec/sources/tce-vpc.txt line 28399
     */
    PortName: string;
    /**
     * 端口状态。
     *
     * @see spec/sources/tce-vpc.txt line 28400
     */
    PortState: string;
    /**
     * MTU值。
     *
     * @see spec/sources/tce-vpc.txt line 28401
     */
    MTU: number;
    /**
     * Lan接口的逻辑口。
     *
     * @see spec/sources/tce-vpc.txt line 28402
     */
    EdgeLanVportSet: EdgeLanVport[];
    /**
     * Lan口类型。
     *
     * @see spec/sources/tce-vpc.txt line 28403
     */
    Type: string;
}
/**
 * @see spec/sources/tce-vpc.txt line 28405
 */
export interface VpcOssRouteWeightRequest {
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.proto
     *
     * @see spec/sources/tce-vpc.txt line 28410
     */
    Protocol?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.vip
     *
     * @see spec/sources/tce-vpc.txt line 28411
     */
    Vip?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.vport
     *
     * @see spec/sources/tce-vpc.txt line 28412
     */
    VirtualPort?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.route
     *
     * @see spec/sources/tce-vpc.txt line 28413
     */
    RouteSet?: VpcOssRouteForUpdateRouteWeightInternal[] | undefined;
    /**
     * 整数vpcId
     *
     * @see spec/sources/tce-vpc.txt line 28414
     */
    VpcId?: number | undefined;
    /**
     * 对外唯一VpcId
     *
     * @see spec/sources/tce-vpc.txt line 28415
     */
    UniqueVpcId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: UpdateRouteWeight.groupId
     *
     * @see spec/sources/tce-vpc.txt line 28416
     */
    GroupId?: number | undefined;
}
/**
 * 本端IP转换ACL规则ID复杂类型
 *
 * @see spec/sources/tce-vpc.txt line 28418
 */
export interface AclRuleIdType {
    /**
     * 规则ID
     *
     * @see spec/sources/tce-vpc.txt line 28425
     */
    AclRuleId: number;
}
/**
 * 删除路由策略对象
 *
 * @see spec/sources/tce-vpc.txt line 28427
 */
export interface DellRoute {
    /**
     * 路由对象
     *
     * @see spec/sources/tce-vpc.txt line 28434
     */
    RouteId?: number | undefined;
    /**
     * 路由策略描述。
     *
     * @see spec/sources/tce-vpc.txt line 28435
     */
    RouteDescription?: string | undefined;
    /**
     * 是否启用
     *
     * @see spec/sources/tce-vpc.txt line 28436
     */
    Enabled?: boolean | undefined;
    /**
     * 路由类型, 目前我们支持的类型有: USER: 用户路由; NETD: 网络探测路由, 创建网络探测实例时, 系统默认下发, 不可编辑与删除; CCN: 云联网路由, 系统默认下发, 不可编辑与删除。用户只能添加和操作 USER 类型的路由。
     *
     * @see spec/sources/tce-vpc.txt line 28437
     */
    RouteType?: string | undefined;
    /**
     * 路由表实例ID, 例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 28438
     */
    RouteTableId?: string | undefined;
    /**
     * 路由策略字符串ID。
     *
     * @see spec/sources/tce-vpc.txt line 28439
     */
    RouteItemId?: string | undefined;
}
/**
 * 带宽属性
 *
 * @see spec/sources/tce-vpc.txt line 28441
 */
export interface BandwidthAttribute {
    /**
     * 网络计费模式列表, 取值包括'BANDWIDTH_POSTPAID_BY_MONTH','BANDWIDTH_PREPAID_BY_MONTH','TRAFFIC_POSTPAID_BY_H'
     *
     * @see spec/sources/tce-vpc.txt line 28448
     */
    NetworkPayMode: string[] | null;
    /**
     * cvm实例计费模式列表, 取值包括"PREPAID","POSTPAID_BY_HOUR","CDHPAID"。
     *
     * @see spec/sources/tce-vpc.txt line 28449
     */
    CvmPayMode: string[] | null;
    /**
     * cpu核数范围，前闭后闭区间。如[9,23]表示9 <= cpu核心数 <= 23。空区间表示任意cpu核心数都支持。
     *
     * @see spec/sources/tce-vpc.txt line 28452
     */
    Cpu: number[] | null;
    /**
     * 可用区ID列表。空列表表示任意可用区Id都支持。
     *
     * @see spec/sources/tce-vpc.txt line 28453
     */
    ZoneId: number[] | null;
    /**
     * 带宽最大值
     *
     * @see spec/sources/tce-vpc.txt line 28454
     */
    BandwidthUpper: number;
    /**
     * 带宽是否必须有上限。1表示有上限，0表示无上限
     *
     * @see spec/sources/tce-vpc.txt line 28455
     */
    BandwidthLimit: number;
    /**
     * 资源唯一ID列表，可以是云服务器InstanceId，或者弹性公网IP唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 28456
     */
    ResourceIds: string;
}
/**
 * VPC内网IPv6对象。
 *
 * @see spec/sources/tce-vpc.txt line 28458
 */
export interface VpcIpv6Address {
    /**
     * VPC 内 IPv6 地址。
     *
     * @see spec/sources/tce-vpc.txt line 28465
     */
    Ipv6Address: string;
    /**
     * 所属子网 IPv6 CIDR 。
     *
     * @see spec/sources/tce-vpc.txt line 28466
     */
    CidrBlock: string;
    /**
     * IPv6 类型。
     *
     * @see spec/sources/tce-vpc.txt line 28467
     */
    Ipv6AddressType: string;
    /**
     * IPv6 申请时间。
     *
     * @see spec/sources/tce-vpc.txt line 28468
     */
    CreateTime: string;
}
/**
 * 本端目的IP端口转换复杂结构
 *
 * @see spec/sources/tce-vpc.txt line 28470
 */
export interface LocalDestinationIpPortTranslationNatRule {
    /**
     * 协议
     *
     * @see spec/sources/tce-vpc.txt line 28477
     */
    Protocol: string;
    /**
     * 源端口
     *
     * @see spec/sources/tce-vpc.txt line 28478
     */
    OriginalPort: number;
    /**
     * 源IP
     *
     * @see spec/sources/tce-vpc.txt line 28479
     */
    OriginalIp: string;
    /**
     * 目的端口
     *
     * @see spec/sources/tce-vpc.txt line 28480
     */
    TranslationPort: number;
    /**
     * 目的IP
     *
     * @see spec/sources/tce-vpc.txt line 28481
     */
    TranslationIp: string;
    /**
     * 描述
     *
     * @see spec/sources/tce-vpc.txt line 28482
     */
    Description?: string | undefined;
}
/**
 * Edge的带宽参数
 *
 * @see spec/sources/tce-vpc.txt line 28484
 */
export interface EdgeBandwidth {
    /**
     * Edge设备的部署地域，带宽的源地域。
     *
     * @see spec/sources/tce-vpc.txt line 28491
     */
    DeployRegion: string;
    /**
     * Edge设备的通信地域，带宽的目的地域。
     *
     * @see spec/sources/tce-vpc.txt line 28492
     */
    CommunicateRegion: string;
    /**
     * 带宽上限。
     *
     * @see spec/sources/tce-vpc.txt line 28493
     */
    BandwidthLimit: number;
    /**
     * 带宽创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28496
     */
    CreatedTime: string;
    /**
     * 带宽过期时间。
     *
     * @see spec/sources/tce-vpc.txt line 28497
     */
    ExpiredTime: string;
    /**
     * 带宽唯一Id。
     *
     * @see spec/sources/tce-vpc.txt line 28498
     */
    BandwidthId: string;
    /**
     * 自动续费标识。取值范围：NOTIFY_AND_AUTO_RENEW：通知过期且自动续费，NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费。
     *
     * @see spec/sources/tce-vpc.txt line 28499
     */
    RenewFlag: string;
}
/**
 * @see spec/sources/tce-vpc.txt line 28501
 */
export interface ServiceRoute {
    /**
     * 权重
     *
     * @see spec/sources/tce-vpc.txt line 28506
     */
    Weight: number;
    /**
     * 协议端口号
     *
     * @see spec/sources/tce-vpc.txt line 28507
     */
    ProtocolPort: number;
    /**
     * 可用区ID
     *
     * @see spec/sources/tce-vpc.txt line 28508
     */
    ZoneId: number;
    /**
     * 主机 ip
     *
     * @see spec/sources/tce-vpc.txt line 28509
     */
    HostIp: string;
    /**
     * 内网IP
     *
     * @see spec/sources/tce-vpc.txt line 28510
     */
    PrivateIP: string;
    /**
     * Forwarding模式
     *
     * @see spec/sources/tce-vpc.txt line 28511
     */
    ForwardingMode: number;
}
/**
 * 协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 28513
 */
export interface ServiceTemplate {
    /**
     * 协议端口实例ID，例如：ppm-f5n1f8da。
     *
     * @see spec/sources/tce-vpc.txt line 28520
     */
    ServiceTemplateId: string;
    /**
     * 模板名称。
     *
     * @see spec/sources/tce-vpc.txt line 28521
     */
    ServiceTemplateName: string;
    /**
     * 协议端口信息。
     *
     * @see spec/sources/tce-vpc.txt line 28522
     */
    ServiceSet?: string[] | undefined;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28523
     */
    CreatedTime?: string | undefined;
}
/**
 * 防火墙规则集合
 *
 * @see spec/sources/tce-vpc.txt line 28525
 */
export interface FirewallRule {
    /**
     * 出站规则集合
     *
     * @see spec/sources/tce-vpc.txt line 28532
     */
    Egress?: Rule[] | null | undefined;
    /**
     * 入站规则集合
     *
     * @see spec/sources/tce-vpc.txt line 28533
     */
    Ingress?: Rule[] | null | undefined;
}
/**
 * VPN网关对象。
 *
 * @see spec/sources/tce-vpc.txt line 28535
 */
export interface VpnGateway {
    /**
     * 网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28542
     */
    VpnGatewayId: string;
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28543
     */
    VpcId: string;
    /**
     * 网关实例名称。
     *
     * @see spec/sources/tce-vpc.txt line 28544
     */
    VpnGatewayName: string;
    /**
     * 网关实例类型：'IPSEC'、'SSL'、'CCN'。
     *
     * @see spec/sources/tce-vpc.txt line 28545
     */
    Type: string;
    /**
     * 网关实例状态，'PENDING'：生产中，'DELETING'：删除中，'AVAILABLE'：运行中。
     *
     * @see spec/sources/tce-vpc.txt line 28546
     */
    State: string;
    /**
     * 网关公网IP。
     *
     * @see spec/sources/tce-vpc.txt line 28547
     */
    PublicIpAddress: string;
    /**
     * 网关续费类型：'NOTIFY_AND_MANUAL_RENEW'：手动续费，'NOTIFY_AND_AUTO_RENEW'：自动续费，'NOT_NOTIFY_AND_NOT_RENEW'：到期不续费。
     *
     * @see spec/sources/tce-vpc.txt line 28548
     */
    RenewFlag: string;
    /**
     * 网关计费类型：POSTPAID_BY_HOUR：按小时后付费，PREPAID：包年包月预付费，
     *
     * @see spec/sources/tce-vpc.txt line 28549
     */
    InstanceChargeType: string;
    /**
     * 网关出带宽。
     *
     * @see spec/sources/tce-vpc.txt line 28550
     */
    InternetMaxBandwidthOut: number;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28551
     */
    CreatedTime: string;
    /**
     * 预付费网关过期时间。
     *
     * @see spec/sources/tce-vpc.txt line 28552
     */
    ExpiredTime: string;
    /**
     * 公网IP是否被封堵。
     *
     * @see spec/sources/tce-vpc.txt line 28553
     */
    IsAddressBlocked: boolean;
    /**
     * 计费模式变更，PREPAID_TO_POSTPAID：包年包月预付费到期转按小时后付费。
     *
     * @see spec/sources/tce-vpc.txt line 28554
     */
    NewPurchasePlan: string;
    /**
     * 网关计费装，PROTECTIVELY_ISOLATED：被安全隔离的实例，NORMAL：正常。
     *
     * @see spec/sources/tce-vpc.txt line 28555
     */
    RestrictState: string;
    /**
     * 可用区，如：ap-guangzhou-2
     *
     * @see spec/sources/tce-vpc.txt line 28556
     */
    Zone: string;
    /**
     * 网关带宽配额信息
     *
     * @see spec/sources/tce-vpc.txt line 28557
     */
    VpnGatewayQuotaSet: VpnGatewayQuota[];
    /**
     * 网关实例版本信息
     *
     * @see spec/sources/tce-vpc.txt line 28558
     */
    Version: string;
    /**
     * Type值为CCN时，该值表示云联网实例ID
     *
     * @see spec/sources/tce-vpc.txt line 28559
     */
    NetworkInstanceId: string;
    /**
     * 公网IP运营商
     *
     * @see spec/sources/tce-vpc.txt line 28560
     */
    IspType: string;
}
/**
 * 专线网关云联网路由 (IDC网段) 对象
 *
 * @see spec/sources/tce-vpc.txt line 28562
 */
export interface DirectConnectGatewayCcnRoute {
    /**
     * 路由ID。
     *
     * @see spec/sources/tce-vpc.txt line 28569
     */
    RouteId: string;
    /**
     * IDC网段。
     *
     * @see spec/sources/tce-vpc.txt line 28570
     */
    DestinationCidrBlock: string;
    /**
     * BGP 的 AS-Path 属性。
     *
     * @see spec/sources/tce-vpc.txt line 28571
     */
    ASPath: string[];
}
/**
 * Lan接口的逻辑接口。
 *
 * @see spec/sources/tce-vpc.txt line 28573
 */
export interface EdgeLanVport {
    /**
     * 逻辑接口名称。
     *
     * @see spec/sources/tce-vpc.txt line 28580
     */
    VportName?: string | undefined;
    /**
     * 逻辑端口的vlan。
     *
     * @see spec/sources/tce-vpc.txt line 28581
     */
    VlanId?: number | undefined;
    /**
     * 逻辑接口的IP地址 (CIDR格式)。
     *
     * @see spec/sources/tce-vpc.txt line 28584
     */
    IpAddress?: string | undefined;
    /**
     * 逻辑端口绑定的物理端口名。
     *
     * @see spec/sources/tce-vpc.txt line 28585
     */
    AttachedPorts?: string | undefined;
    /**
     * 逻辑端口的DHCP类型, 不开启: OFF, 开启 SERVER。
     *
     * @see spec/sources/tce-vpc.txt line 28586
     */
    DhcpMode?: string | undefined;
    /**
     * 逻辑端口的DHCP地址池。
     *
     * @see spec/sources/tce-vpc.txt line 28587
     */
    DhcpCidrBlock?: string | undefined;
    /**
     * 逻辑端口的状态。State为出参, 作为入参时, 不需要传递。
     *
     * @see spec/sources/tce-vpc.txt line 28588
     */
    State?: string | undefined;
    /**
     * 逻辑端口的Id。Vportip为出参, 作为入参时, 不需要传递。
     *
     * @see spec/sources/tce-vpc.txt line 28589
     */
    VportIp?: string | undefined;
}
/**
 * IP地址模版
 *
 * @see spec/sources/tce-vpc.txt line 28591
 */
export interface AddressTemplateSpecification {
    /**
     * IP地址ID, 例如: ipm-2uw6ujo6。
     *
     * @see spec/sources/tce-vpc.txt line 28598
     */
    AddressId: string;
    /**
     * IP地址组ID, 例如: ipmg-2uw6ujo6。
     *
     * @see spec/sources/tce-vpc.txt line 28599
     */
    AddressGroupId: string;
}
/**
 * 专线网关本端源IP端口NAT映射地址池
 *
 * @see spec/sources/tce-vpc.txt line 28601
 */
export interface LocalSourceIpPortTranslationNatRule {
    /**
     * IP地址池
     *
     * @see spec/sources/tce-vpc.txt line 28608
     */
    IpPool: string;
    /**
     * 描述
     *
     * @see spec/sources/tce-vpc.txt line 28609
     */
    Description: string;
}
/**
 * zone数组
 *
 * @see spec/sources/tce-vpc.txt line 28611
 */
export interface ZoneSet {
    /**
     * zone名称
     *
     * @see spec/sources/tce-vpc.txt line 28618
     */
    Zone: string | null;
    /**
     * 可用区ID
     *
     * @see spec/sources/tce-vpc.txt line 28619
     */
    ZoneId: number;
}
/**
 * 描述 DhcpIp 信息
 *
 * @see spec/sources/tce-vpc.txt line 28621
 */
export interface DhcpIp {
    /**
     * DhcpIp 的 ID, 是 DhcpIp 的唯一标识。
     *
     * @see spec/sources/tce-vpc.txt line 28628
     */
    DhcpIpId: string;
    /**
     * DhcpIp 所在私有网络 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28629
     */
    VpcId: string;
    /**
     * DhcpIp 所在子网 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28632
     */
    SubnetId: string;
    /**
     * DhcpIp 的名称。
     *
     * @see spec/sources/tce-vpc.txt line 28633
     */
    DhcpIpName: string;
    /**
     * IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 28634
     */
    PrivateIpAddress: string;
    /**
     * 绑定 EIP。
     *
     * @see spec/sources/tce-vpc.txt line 28635
     */
    AddressIp: string;
    /**
     * DhcpIp 关联弹性网卡 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28636
     */
    NetworkInterfaceId: string;
    /**
     * 被绑定的实例 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28637
     */
    InstanceId: string;
    /**
     * 状态： AVAILABLE : 运行中 UNBIND : 未绑定
     *
     * @see spec/sources/tce-vpc.txt line 28638
     */
    State: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28639
     */
    CreatedTime: string;
}
/**
 * Edge设备的物理接口
 *
 * @see spec/sources/tce-vpc.txt line 28641
 */
export interface EdgePort {
    /**
     * Edge设备的LAN接口。
     *
     * @see spec/sources/tce-vpc.txt line 28648
     */
    EdgeLanPortSet: EdgeLanPort[] | null;
    /**
     * Edge设备的WAN接口。
     *
     * @see spec/sources/tce-vpc.txt line 28649
     */
    EdgeWanPortSet: EdgeWanPort[] | null;
}
/**
 * 地域对象
 *
 * @see spec/sources/tce-vpc.txt line 28651
 */
export interface RegionInfo {
    /**
     * 地域ID，如：ap-guangzhou。
     *
     * @see spec/sources/tce-vpc.txt line 28658
     */
    Region: string;
    /**
     * 地域数字ID。
     *
     * @see spec/sources/tce-vpc.txt line 28659
     */
    RegionId: number;
    /**
     * 地域简称，如：gz。
     *
     * @see spec/sources/tce-vpc.txt line 28660
     */
    ShortName: string;
    /**
     * 地域名称，如：广州。
     *
     * @see spec/sources/tce-vpc.txt line 28661
     */
    Name: string;
    /**
     * 是否中国大陆地域。
     *
     * @see spec/sources/tce-vpc.txt line 28662
     */
    IsChinaMainland: boolean;
    /**
     * 是否金融地域。
     *
     * @see spec/sources/tce-vpc.txt line 28663
     */
    IsFinance: boolean;
    /**
     * 可用区列表。
     *
     * @see spec/sources/tce-vpc.txt line 28664
     */
    AvailableZoneSet: AvailableZone[];
    /**
     * 白名单 key 列表。
     *
     * @see spec/sources/tce-vpc.txt line 28665
     */
    WhiteListKey: string[];
}
/**
 * @see spec/sources/tce-vpc.txt line 28667
 */
export interface VpcOssRouteInfoRequest {
    /**
     * 对外唯一VpcId
     *
     * @see spec/sources/tce-vpc.txt line 28672
     */
    UniqueVpcId?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.groupId
     *
     * @see spec/sources/tce-vpc.txt line 28673
     */
    GroupId?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.type
     *
     * @see spec/sources/tce-vpc.txt line 28674
     */
    Type?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.proto
     *
     * @see spec/sources/tce-vpc.txt line 28677
     */
    Protocol?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.vport
     *
     * @see spec/sources/tce-vpc.txt line 28678
     */
    VirtualPort?: number | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.vip
     *
     * @see spec/sources/tce-vpc.txt line 28679
     */
    Vip?: string | undefined;
    /**
     * 原VPC OSS APIv2名称: DelRoute.route
     *
     * @see spec/sources/tce-vpc.txt line 28680
     */
    RouteSet?: VpcOssRouteForDeleteRouteInternal[] | undefined;
    /**
     * 整数vpcid
     *
     * @see spec/sources/tce-vpc.txt line 28681
     */
    VpcId?: number | undefined;
}
/**
 * IPV6转换规则
 *
 * @see spec/sources/tce-vpc.txt line 28683
 */
export interface Ip6RuleInfo {
    /**
     * IPV6端口号, 可在0~65535范围取值
     *
     * @see spec/sources/tce-vpc.txt line 28690
     */
    Vport6: number;
    /**
     * 协议类型, 支持TCP/UDP
     *
     * @see spec/sources/tce-vpc.txt line 28691
     */
    Protocol: string;
    /**
     * IPV4地址
     *
     * @see spec/sources/tce-vpc.txt line 28692
     */
    Vip: string;
    /**
     * IPV4端口号, 可在0~65535范围取值
     *
     * @see spec/sources/tce-vpc.txt line 28693
     */
    Vport: number;
}
/**
 * 弹性网卡扩展ip段
 *
 * @see spec/sources/tce-vpc.txt line 28695
 */
export interface NetworkInterfaceExtendIp {
    /**
     * Vpc整型id
     *
     * @see spec/sources/tce-vpc.txt line 28702
     */
    VpcId: number;
    /**
     * Vpc唯一id
     *
     * @see spec/sources/tce-vpc.txt line 28703
     */
    UniqVpcId: string;
    /**
     * 弹性网卡整型id
     *
     * @see spec/sources/tce-vpc.txt line 28704
     */
    EniId: number;
    /**
     * 弹性网卡唯一id
     *
     * @see spec/sources/tce-vpc.txt line 28705
     */
    UniqEniId: string;
    /**
     * 扩展ip
     *
     * @see spec/sources/tce-vpc.txt line 28706
     */
    Ip: string;
}
/**
 * EIP基本信息
 *
 * @see spec/sources/tce-vpc.txt line 28708
 */
export interface AddressBasic {
    /**
     * 外网IP地址
     *
     * @see spec/sources/tce-vpc.txt line 28715
     */
    AddressIp?: string | undefined;
    /**
     * EIP的ID, 是EIP的唯一标识。
     *
     * @see spec/sources/tce-vpc.txt line 28716
     */
    AddressId: string;
    /**
     * eip资源类型, 包括"CalcIP", "WanIP", "EIP", "AnycastEIP"。其中"CalcIP"表示设备ip, "WanIP"表示普通公网ip, "EIP"表示弹性公网ip, "AnycastEip"表示加速EIP
     *
     * @see spec/sources/tce-vpc.txt line 28717
     */
    AddressType: string;
    /**
     * EIP运营商信息, 包括"CMCC", "CTCC", "CUCC", "BGP", 其中"CMCC"表示移动运营商, "CTCC"表示电信运营商, "CUCC"表示联通运营商, "BGP"表示BGP对接运营商
     *
     * @see spec/sources/tce-vpc.txt line 28718
     */
    InternetServiceProvider: string;
    /**
     * EIP使用状态, "used"表示该ip地址在当前地域已被占用, "unused"表示该ip地址在当前地域未被占用
     *
     * @see spec/sources/tce-vpc.txt line 28719
     */
    Status: string;
    /**
     * Anycast 发布域是加速 IP 地址发布的地域，即 Anycast CLB 的 VIP 所发布的 POP 接入点，客户端接入最近的 POP 接入点。目前 Anycast CLB 支持以下发布域：发布域 A (ANYCAST_ZONE_A)：主要是中国和欧美地区，VIP 将同时在北京、上海、广州、中国香港、多伦多、硅谷、法兰克福、弗吉尼亚和莫斯科发布。发布域 B (ANYCAST_ZONE_B)：主要是中国和东南亚地区，VIP 将同时在北京、上海、广州、中国香港、新加坡、首尔、孟买、曼谷和东京发布。
     *
     * @see spec/sources/tce-vpc.txt line 28722
     */
    AnycastZone: string;
    /**
     * 外网IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 28723
     */
    Address?: string | undefined;
}
/**
 * 支持AnycastEIP的地域的信息
 *
 * @see spec/sources/tce-vpc.txt line 28725
 */
export interface AnycastRegionInfo {
    /**
     * 地域
     *
     * @see spec/sources/tce-vpc.txt line 28732
     */
    Region: string;
    /**
     * 地域中文名称
     *
     * @see spec/sources/tce-vpc.txt line 28733
     */
    RegionName: string;
    /**
     * 地域当前状态
     *
     * @see spec/sources/tce-vpc.txt line 28734
     */
    RegionState: string;
    /**
     * AnycastEIP发布域
     *
     * @see spec/sources/tce-vpc.txt line 28735
     */
    AnycastZone: string;
}
/**
 * 网络ACL规则。
 *
 * @see spec/sources/tce-vpc.txt line 28737
 */
export interface NetworkAclEntry {
    /**
     * 协议, 取值: TCP,UDP, ICMP, ALL。
     *
     * @see spec/sources/tce-vpc.txt line 28744
     */
    Protocol?: string | undefined;
    /**
     * 端口(all, 单个port, range)。当Protocol为ALL或ICMP时，不能指定Port。
     *
     * @see spec/sources/tce-vpc.txt line 28745
     */
    Port?: string | undefined;
    /**
     * 网段或IP(互斥)。
     *
     * @see spec/sources/tce-vpc.txt line 28746
     */
    CidrBlock?: string | undefined;
    /**
     * 网段或IPv6(互斥)。
     *
     * @see spec/sources/tce-vpc.txt line 28747
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * ACCEPT 或 DROP。
     *
     * @see spec/sources/tce-vpc.txt line 28748
     */
    Action?: string | undefined;
    /**
     * 规则描述，最大长度100。
     *
     * @see spec/sources/tce-vpc.txt line 28749
     */
    Description?: string | undefined;
    /**
     * 修改时间。
     *
     * @see spec/sources/tce-vpc.txt line 28750
     */
    ModifyTime?: string | undefined;
}
/**
 * 安全组被引用信息
 *
 * @see spec/sources/tce-vpc.txt line 28752
 */
export interface ReferredSecurityGroup {
    /**
     * 安全组实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28759
     */
    SecurityGroupId: string;
    /**
     * 引用安全组实例ID (SecurityGroupId) 的所有安全组实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 28760
     */
    ReferredSecurityGroupIds: string[];
}
/**
 * 价格
 *
 * @see spec/sources/tce-vpc.txt line 28762
 */
export interface Price {
    /**
     * 实例价格。
     *
     * @see spec/sources/tce-vpc.txt line 28769
     */
    InstancePrice?: ItemPrice | undefined;
    /**
     * 网络价格。
     *
     * @see spec/sources/tce-vpc.txt line 28770
     */
    BandwidthPrice?: ItemPrice | undefined;
}
/**
 * 安全组规则模板
 *
 * @see spec/sources/tce-vpc.txt line 28772
 */
export interface SecurityGroupPolicyTemplate {
    /**
     * 模板名称。
     *
     * @see spec/sources/tce-vpc.txt line 28779
     */
    TemplateName: string;
    /**
     * 模板描述。
     *
     * @see spec/sources/tce-vpc.txt line 28780
     */
    TemplateRemark: string;
    /**
     * 进站规则。
     *
     * @see spec/sources/tce-vpc.txt line 28781
     */
    Ingress: SecurityGroupPolicy[];
    /**
     * 出站规则。
     *
     * @see spec/sources/tce-vpc.txt line 28782
     */
    Egress: SecurityGroupPolicy[];
}
/**
 * @see spec/sources/tce-vpc.txt line 28784
 */
export interface Ipv6Address {
    /**
     * IPv6 地址状态： PENDING ：生产中 MIGRATING ：迁移中 DELETING ：删除中 AVAILABLE ：可用的
     *
     * @see spec/sources/tce-vpc.txt line 28789
     */
    State?: string | undefined;
    /**
     * IPv6 地址，形如：3402:4e00:20:100:0:8cd9:2a67:71f3
     *
     * @see spec/sources/tce-vpc.txt line 28790
     */
    Address: string;
    /**
     * 是否是主 IP 。
     *
     * @see spec/sources/tce-vpc.txt line 28791
     */
    Primary?: boolean | undefined;
    /**
     * EIP 实例 ID ，形如：eip-hxlqja90 。
     *
     * @see spec/sources/tce-vpc.txt line 28792
     */
    AddressId?: string | undefined;
    /**
     * 描述信息。
     *
     * @see spec/sources/tce-vpc.txt line 28793
     */
    Description?: string | undefined;
    /**
     * 公网IP是否被封堵。
     *
     * @see spec/sources/tce-vpc.txt line 28794
     */
    IsWanIpBlocked?: boolean | undefined;
}
/**
 * @see spec/sources/tce-vpc.txt line 28796
 */
export interface Filter {
    /**
     * 属性名称, 若存在多个Filter时, Filter间的关系为逻辑与 (AND) 关系。
     *
     * @see spec/sources/tce-vpc.txt line 28804
     */
    Name: string;
    /**
     * 属性值, 若同一个Filter存在多个Values, 同一Filter下Values间的关系为逻辑或 (OR) 关系。当值类型为布尔类型时, 可直接取值为字符串"TRUE"或"FALSE"。
     *
     * @see spec/sources/tce-vpc.txt line 28805
     */
    Values: string[];
}
/**
 * 安全组规则对象
 *
 * @see spec/sources/tce-vpc.txt line 28807
 */
export interface SecurityGroupPolicy {
    /**
     * 安全组规则索引号。
     *
     * @see spec/sources/tce-vpc.txt line 28814
     */
    PolicyIndex?: number | undefined;
    /**
     * 协议, 取值: TCP,UDP, ICMP。
     *
     * @see spec/sources/tce-vpc.txt line 28815
     */
    Protocol?: string | undefined;
    /**
     * 端口(all, 离散port, range)。
     *
     * @see spec/sources/tce-vpc.txt line 28816
     */
    Port?: string | undefined;
    /**
     * 协议端口ID或者协议端口组ID。ServiceTemplate和Protocol+Port互斥。
     *
     * @see spec/sources/tce-vpc.txt line 28817
     */
    ServiceTemplate?: ServiceTemplateSpecification | undefined;
    /**
     * 网段或IP(互斥)。
     *
     * @see spec/sources/tce-vpc.txt line 28818
     */
    CidrBlock?: string | undefined;
    /**
     * 网段或IPv6(互斥)。
     *
     * @see spec/sources/tce-vpc.txt line 28819
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * 安全组实例ID, 例如: sg-ohuuioma。
     *
     * @see spec/sources/tce-vpc.txt line 28820
     */
    SecurityGroupId?: string | undefined;
    /**
     * IP地址ID或者ID地址组ID。
     *
     * @see spec/sources/tce-vpc.txt line 28821
     */
    AddressTemplate?: AddressTemplateSpecification | undefined;
    /**
     * ACCEPT 或 DROP。
     *
     * @see spec/sources/tce-vpc.txt line 28822
     */
    Action?: string | undefined;
    /**
     * 安全组规则描述。
     *
     * @see spec/sources/tce-vpc.txt line 28823
     */
    PolicyDescription?: string | undefined;
    /**
     * 安全组最近修改时间。
     *
     * @see spec/sources/tce-vpc.txt line 28824
     */
    ModifyTime?: string | undefined;
}
/**
 * 流日志
 *
 * @see spec/sources/tce-vpc.txt line 28826
 */
export interface FlowLog {
    /**
     * 私有网络ID或者统一ID, 建议使用统一ID
     *
     * @see spec/sources/tce-vpc.txt line 28833
     */
    VpcId?: string | undefined;
    /**
     * 流日志唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 28834
     */
    FlowLogId?: string | undefined;
    /**
     * 流日志实例名字
     *
     * @see spec/sources/tce-vpc.txt line 28835
     */
    FlowLogName?: string | undefined;
    /**
     * 流日志所属资源类型, VPC SUBNET NETWORKINTERFACE
     *
     * @see spec/sources/tce-vpc.txt line 28836
     */
    ResourceType?: string | undefined;
    /**
     * 资源唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 28837
     */
    ResourceId?: string | undefined;
    /**
     * 流日志采集类型, ACCEPT REJECT ALL
     *
     * @see spec/sources/tce-vpc.txt line 28838
     */
    TrafficType?: string | undefined;
    /**
     * 流日志存储ID
     *
     * @see spec/sources/tce-vpc.txt line 28839
     */
    CloudLogId?: string | undefined;
    /**
     * 流日志存储ID状态
     *
     * @see spec/sources/tce-vpc.txt line 28840
     */
    CloudLogState?: string | undefined;
    /**
     * 流日志描述信息
     *
     * @see spec/sources/tce-vpc.txt line 28841
     */
    FlowLogDescription?: string | undefined;
    /**
     * 流日志创建时间
     *
     * @see spec/sources/tce-vpc.txt line 28842
     */
    CreatedTime?: string | undefined;
}
/**
 * 对端网关
 *
 * @see spec/sources/tce-vpc.txt line 28844
 */
export interface CustomerGateway {
    /**
     * 用户网关唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 28851
     */
    CustomerGatewayId: string;
    /**
     * 网关名称
     *
     * @see spec/sources/tce-vpc.txt line 28852
     */
    CustomerGatewayName: string;
    /**
     * 公网地址
     *
     * @see spec/sources/tce-vpc.txt line 28853
     */
    IpAddress: string;
    /**
     * 创建时间
     *
     * @see spec/sources/tce-vpc.txt line 28854
     */
    CreateTime: string;
}
/**
 * 网络ACL
 *
 * @see spec/sources/tce-vpc.txt line 28856
 */
export interface NetworkAcl {
    /**
     * VPC 实例 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28863
     */
    VpcId: string;
    /**
     * 网络ACL实例 ID。
     *
     * @see spec/sources/tce-vpc.txt line 28864
     */
    NetworkAclId: string;
    /**
     * 网络ACL名称，最大长度为60。
     *
     * @see spec/sources/tce-vpc.txt line 28865
     */
    NetworkAclName: string;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 28866
     */
    CreateTime: string;
    /**
     * 网络ACL关联的子网数组。
     *
     * @see spec/sources/tce-vpc.txt line 28867
     */
    SubnetSet: Subnet[];
    /**
     * 网络ACL入站规则。
     *
     * @see spec/sources/tce-vpc.txt line 28868
     */
    IngressEntries: NetworkAclEntry[];
    /**
     * 网络ACL出站规则。
     *
     * @see spec/sources/tce-vpc.txt line 28869
     */
    EgressEntries: NetworkAclEntry[];
}
/**
 * Input of AddIp6Rules: 添加IPV6转换规则
 *
 * @see spec/sources/tce-vpc.txt line 14360
 */
export interface AddIp6RulesRequest {
    /**
     * IPV6转换实例唯一ID，形如ip6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14386
     */
    Ip6TranslatorId: string;
    /**
     * IPV6转换规则名称
     *
     * @see spec/sources/tce-vpc.txt line 14387
     */
    Ip6RuleName?: string | undefined;
    /**
     * IPV6转换规则信息
     *
     * @see spec/sources/tce-vpc.txt line 14388
     */
    Ip6RuleInfos: Ip6RuleInfo[];
}
/**
 * Output of AddIp6Rules: 添加IPV6转换规则
 *
 * @see spec/sources/tce-vpc.txt line 14360
 */
export interface AddIp6RulesResponse {
    /**
     * 此参数对外不可见。 IPV6转换规则唯一ID数组，形如rule6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14393
     */
    Ip6RuleSet?: string[] | undefined;
    /**
     * 此参数对外不可见。 TaskId，运维使用，无实际业务含义
     *
     * @see spec/sources/tce-vpc.txt line 14394
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14395
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateIp6Translators: 创建IPV6转换IPV4实例
 *
 * @see spec/sources/tce-vpc.txt line 14406
 */
export interface CreateIp6TranslatorsRequest {
    /**
     * 转换实例名称
     *
     * @see spec/sources/tce-vpc.txt line 14431
     */
    Ip6TranslatorName?: string | undefined;
    /**
     * 创建转换实例数量, 默认是1个
     *
     * @see spec/sources/tce-vpc.txt line 14432
     */
    Ip6TranslatorCount?: number | undefined;
    /**
     * 转换实例运营商属性, 可取"CMCC", "CTCC", "CUCC", "BGP"
     *
     * @see spec/sources/tce-vpc.txt line 14433
     */
    Ip6InternetServiceProvider?: string | undefined;
    /**
     * 创建转换实例所属IDC
     *
     * @see spec/sources/tce-vpc.txt line 14434
     */
    IdcList: string[];
}
/**
 * Output of CreateIp6Translators: 创建IPV6转换IPV4实例
 *
 * @see spec/sources/tce-vpc.txt line 14406
 */
export interface CreateIp6TranslatorsResponse {
    /**
     * 此参数对外不可见。 转换实例的唯一ID数组, 形如"ip6-xxxxxxx"
     *
     * @see spec/sources/tce-vpc.txt line 14439
     */
    Ip6TranslatorSet?: string[] | undefined;
    /**
     * 此参数对外不可见。 TaskId, 运维使用, 无实际业务含义
     *
     * @see spec/sources/tce-vpc.txt line 14440
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14441
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteIp6Translators: 释放IPV6转换实例
 *
 * @see spec/sources/tce-vpc.txt line 14450
 */
export interface DeleteIp6TranslatorsRequest {
    /**
     * 待释放的IPV6转换实例的唯一ID,形如'ip6-xxxxxxx'
     *
     * @see spec/sources/tce-vpc.txt line 14475
     */
    Ip6TranslatorIds: string[];
}
/**
 * Output of DeleteIp6Translators: 释放IPV6转换实例
 *
 * @see spec/sources/tce-vpc.txt line 14450
 */
export interface DeleteIp6TranslatorsResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14480
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeIp6TranslatorQuota: 查询账户在指定地域IPV6转换实例和规则的配额
 *
 * @see spec/sources/tce-vpc.txt line 14490
 */
export interface DescribeIp6TranslatorQuotaRequest {
    /**
     * 待查询IPv6转换实例的唯一ID列表,形如ip6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14514
     */
    Ip6TranslatorIds?: string[] | undefined;
}
/**
 * Output of DescribeIp6TranslatorQuota: 查询账户在指定地域IPV6转换实例和规则的配额
 *
 * @see spec/sources/tce-vpc.txt line 14490
 */
export interface DescribeIp6TranslatorQuotaResponse {
    /**
     * 此参数对外不可见。 账户在指定地域的IPv6转换实例及规则配额信息 QUOTAID属性是TOTAL_TRANSLATOR_QUOTA,表示账户在指定地域的IPv6转换实例配额信息;QUOTAID属性是IPv6转换实例唯一ID(形如ip6-xxxxxxx),表示账户在该转换实例允许创建的转换规则配额
     *
     * @see spec/sources/tce-vpc.txt line 14519
     */
    QuotaSet?: Quota[] | undefined;
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14520
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeIp6Translators: 查询IPV6转换实例及其绑定规则信息
 *
 * @see spec/sources/tce-vpc.txt line 14529
 */
export interface DescribeIp6TranslatorsRequest {
    /**
     * IPV6转换实例唯一ID数组,形如ip6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14554
     */
    Ip6TranslatorIds?: string[] | undefined;
    /**
     * 每次请求的 Filters 的上限为10, Filter.Values 的上限为5。参数不支持同时指定 Ip6TranslatorIds 和 Filters。详细的过滤条件如下: ip6-translator-id - String - 是否必填: 否 - (过滤条件)按照IPV6转换实例的唯一ID过滤,形如ip6-xxxxxxx。 ip6-translator-vip6 - String - 是否必填: 否 - (过滤条件)按照IPV6地址过滤。不支持模糊过滤。 ip6-translator-name - String - 是否必填: 否 - (过滤条件)按照IPV6转换实例名称过滤。不支持模糊过滤。 ip6-translator-status - String - 是否必填: 否 - (过滤条件)按照IPV6转换实例的状态过滤。状态取值范围为"CREATING","RUNNING","DELETING","MODIFYING"
     *
     * @see spec/sources/tce-vpc.txt line 14555
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量,默认为0。关于 Offset 的更进一步介绍请参考 API 简介 中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 14556
     */
    Offset?: number | undefined;
    /**
     * 返回数量,默认为20,最大值为100。关于 Limit 的更进一步介绍请参考 API 简介 中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 14557
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeIp6Translators: 查询IPV6转换实例及其绑定规则信息
 *
 * @see spec/sources/tce-vpc.txt line 14529
 */
export interface DescribeIp6TranslatorsResponse {
    /**
     * 此参数对外不可见。 符合过滤条件的IPV6转换实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 14562
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 符合过滤条件的IPV6转换实例详细信息
     *
     * @see spec/sources/tce-vpc.txt line 14563
     */
    Ip6TranslatorSet?: Ip6Translator[] | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14564
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyIp6Rule: 修改IPV6转换规则属性
 *
 * @see spec/sources/tce-vpc.txt line 14577
 */
export interface ModifyIp6RuleRequest {
    /**
     * IPV6转换实例唯一ID，形如ip6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14601
     */
    Ip6TranslatorId: string;
    /**
     * IPV6转换规则唯一ID，形如rule6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14602
     */
    Ip6RuleId: string;
    /**
     * IPV6转换规则修改后的名称
     *
     * @see spec/sources/tce-vpc.txt line 14603
     */
    Ip6RuleName?: string | undefined;
    /**
     * IPV6转换规则修改后的IPV4地址
     *
     * @see spec/sources/tce-vpc.txt line 14604
     */
    Vip?: string | undefined;
    /**
     * IPV6转换规则修改后的IPV4端口号
     *
     * @see spec/sources/tce-vpc.txt line 14605
     */
    Vport?: number | undefined;
}
/**
 * Output of ModifyIp6Rule: 修改IPV6转换规则属性
 *
 * @see spec/sources/tce-vpc.txt line 14577
 */
export interface ModifyIp6RuleResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14610
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyIp6Translator: 修改IP6转换实例属性
 *
 * @see spec/sources/tce-vpc.txt line 14620
 */
export interface ModifyIp6TranslatorRequest {
    /**
     * IPV6转换实例唯一ID, 形如ip6-xxxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14644
     */
    Ip6TranslatorId: string;
    /**
     * IPV6转换实例修改名称
     *
     * @see spec/sources/tce-vpc.txt line 14645
     */
    Ip6TranslatorName?: string | undefined;
}
/**
 * Output of ModifyIp6Translator: 修改IP6转换实例属性
 *
 * @see spec/sources/tce-vpc.txt line 14620
 */
export interface ModifyIp6TranslatorResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14650
     */
    RequestId?: string | undefined;
}
/**
 * Input of RemoveIp6Rules: 删除IPV6转换规则
 *
 * @see spec/sources/tce-vpc.txt line 14660
 */
export interface RemoveIp6RulesRequest {
    /**
     * IPV6转换规则所属的转换实例唯一ID,形如ip6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14685
     */
    Ip6TranslatorId: string;
    /**
     * 待删除IPV6转换规则,形如rule6-xxxxxxx
     *
     * @see spec/sources/tce-vpc.txt line 14686
     */
    Ip6RuleIds: string[];
}
/**
 * Output of RemoveIp6Rules: 删除IPV6转换规则
 *
 * @see spec/sources/tce-vpc.txt line 14660
 */
export interface RemoveIp6RulesResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14691
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssociateNatGatewayAddress: NAT网关绑定弹性IP
 *
 * @see spec/sources/tce-vpc.txt line 14703
 */
export interface AssociateNatGatewayAddressRequest {
    /**
     * NAT网关的ID，形如：nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 14727
     */
    NatGatewayId: string;
    /**
     * 需要申请的弹性IP个数，系统会按您的要求生产N个弹性IP, 其中AddressCount和PublicAddresses至少传递一个。
     *
     * @see spec/sources/tce-vpc.txt line 14728
     */
    AddressCount?: number | undefined;
    /**
     * 绑定NAT网关的弹性IP数组，其中AddressCount和PublicAddresses至少传递一个。。
     *
     * @see spec/sources/tce-vpc.txt line 14729
     */
    PublicIpAddresses?: string[] | undefined;
    /**
     * 弹性IP可以区，自动分配弹性IP时传递。
     *
     * @see spec/sources/tce-vpc.txt line 14730
     */
    Zone?: string | undefined;
}
/**
 * Output of AssociateNatGatewayAddress: NAT网关绑定弹性IP
 *
 * @see spec/sources/tce-vpc.txt line 14703
 */
export interface AssociateNatGatewayAddressResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14735
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateNatGateway: 创建NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 14741
 */
export interface CreateNatGatewayRequest {
    /**
     * NAT网关名称
     *
     * @see spec/sources/tce-vpc.txt line 14765
     */
    NatGatewayName: string;
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 14766
     */
    VpcId: string;
    /**
     * NAT网关最大外网出带宽(单位:Mbps),支持的参数值: 20, 50, 100, 200, 500, 1000, 2000, 5000, 默认: 100Mbps。
     *
     * @see spec/sources/tce-vpc.txt line 14767
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * NAT网关并发连接上限,支持参数值: 1000000、3000000、10000000,默认值为100000。
     *
     * @see spec/sources/tce-vpc.txt line 14768
     */
    MaxConcurrentConnection?: number | undefined;
    /**
     * 需要申请的弹性IP个数,系统会按您的要求生产N个弹性IP,其中AddressCount和PublicAddresses至少传递一个。
     *
     * @see spec/sources/tce-vpc.txt line 14769
     */
    AddressCount?: number | undefined;
    /**
     * 绑定NAT网关的弹性IP数组,其中AddressCount和PublicAddresses至少传递一个。
     *
     * @see spec/sources/tce-vpc.txt line 14770
     */
    PublicIpAddresses?: string[] | undefined;
    /**
     * 可用区,形如: ap-guangzhou-1。
     *
     * @see spec/sources/tce-vpc.txt line 14771
     */
    Zone?: string | undefined;
    /**
     * 指定绑定的标签列表,例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 14772
     */
    Tags?: Tag[] | undefined;
    /**
     * 运营商类型
     *
     * @see spec/sources/tce-vpc.txt line 14773
     */
    InternetServiceProvider?: string | undefined;
}
/**
 * Output of CreateNatGateway: 创建NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 14741
 */
export interface CreateNatGatewayResponse {
    /**
     * 此参数对外不可见。 NAT网关对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 14778
     */
    NatGatewaySet?: NatGateway[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的 NAT网关对象数量。
     *
     * @see spec/sources/tce-vpc.txt line 14779
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14780
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateNatGatewayDestinationIpPortTranslationNatRule: 创建NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 14808
 */
export interface CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /**
     * NAT网关的ID,形如: nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 14832
     */
    NatGatewayId: string;
    /**
     * NAT网关的端口转换规则。
     *
     * @see spec/sources/tce-vpc.txt line 14833
     */
    DestinationIpPortTranslationNatRules: DestinationIpPortTranslationNatRule[];
}
/**
 * Output of CreateNatGatewayDestinationIpPortTranslationNatRule: 创建NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 14808
 */
export interface CreateNatGatewayDestinationIpPortTranslationNatRuleResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14838
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateNatGatewaySourceIpTranslationNatRule: 创建NAT网关SNAT规则
 *
 * @see spec/sources/tce-vpc.txt line 14844
 */
export interface CreateNatGatewaySourceIpTranslationNatRuleRequest {
    /**
     * NAT网关的ID,形如:"nat-df45454"。
     *
     * @see spec/sources/tce-vpc.txt line 14868
     */
    NatGatewayId: string;
    /**
     * NAT网关的SNAT转换规则
     *
     * @see spec/sources/tce-vpc.txt line 14869
     */
    SourceIpTranslationNatRules: SourceIpTranslationNatRule[];
}
/**
 * Output of CreateNatGatewaySourceIpTranslationNatRule: 创建NAT网关SNAT规则
 *
 * @see spec/sources/tce-vpc.txt line 14844
 */
export interface CreateNatGatewaySourceIpTranslationNatRuleResponse {
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14874
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteNatGateway: 删除NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 14896
 */
export interface DeleteNatGatewayRequest {
    /**
     * NAT网关的ID，形如：nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 14920
     */
    NatGatewayId: string;
}
/**
 * Output of DeleteNatGateway: 删除NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 14896
 */
export interface DeleteNatGatewayResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14925
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteNatGatewayDestinationIpPortTranslationNatRule: 删除NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 14931
 */
export interface DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /**
     * NAT网关的ID, 形如: nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 14955
     */
    NatGatewayId: string;
    /**
     * NAT网关的端口转换规则。
     *
     * @see spec/sources/tce-vpc.txt line 14956
     */
    DestinationIpPortTranslationNatRules: DestinationIpPortTranslationNatRule[];
}
/**
 * Output of DeleteNatGatewayDestinationIpPortTranslationNatRule: 删除NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 14931
 */
export interface DeleteNatGatewayDestinationIpPortTranslationNatRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14961
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteNatGatewaySourceIpTranslationNatRule: 删除NAT网关的SNAT转发规则
 *
 * @see spec/sources/tce-vpc.txt line 14967
 */
export interface DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    /**
     * NAT网关的ID，形如：nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 14991
     */
    NatGatewayId: string;
    /**
     * NAT网关的SNAT ID列表，形如：snat-df43254。
     *
     * @see spec/sources/tce-vpc.txt line 14992
     */
    NatGatewaySnatIds: string[];
}
/**
 * Output of DeleteNatGatewaySourceIpTranslationNatRule: 删除NAT网关的SNAT转发规则
 *
 * @see spec/sources/tce-vpc.txt line 14967
 */
export interface DeleteNatGatewaySourceIpTranslationNatRuleResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 14997
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNatGatewayDestinationIpPortTranslationNatRules: 查询NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15014
 */
export interface DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /**
     * NAT网关ID。
     *
     * @see spec/sources/tce-vpc.txt line 15038
     */
    NatGatewayIds?: string[] | undefined;
    /**
     * 过滤条件: 参数不支持同时指定NatGatewayIds和Filters。 nat-gateway-id, NAT网关的ID, 如 nat-0yi4hekt vpc-id, 私有网络VPC的ID, 如 vpc-0yi4hekt public-ip-address, 弹性IP, 如 139.199.232.238。 public-port, 公网端口。 private-ip-address, 内网IP, 如 10.0.0.1。 private-port, 内网端口。 description, 规则描述。
     *
     * @see spec/sources/tce-vpc.txt line 15039
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 15040
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 15041
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNatGatewayDestinationIpPortTranslationNatRules: 查询NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15014
 */
export interface DescribeNatGatewayDestinationIpPortTranslationNatRulesResponse {
    /**
     * 此参数对外不可见。 NAT网关端口转发规则对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 15046
     */
    NatGatewayDestinationIpPortTranslationNatRuleSet?: NatGatewayDestinationIpPortTranslationNatRule[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的NAT网关端口转发规则对象数目。
     *
     * @see spec/sources/tce-vpc.txt line 15047
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15048
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNatGatewaySourceIpTranslationNatRules: 查询NAT网关SNAT转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15067
 */
export interface DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    /**
     * NAT网关统一 ID, 形如: nat-123xx454。
     *
     * @see spec/sources/tce-vpc.txt line 15091
     */
    NatGatewayId: string;
    /**
     * 过滤条件: resource-id, Subnet的ID或者Cvm ID, 如 subnet-0yi4hekt public-ip-address, 弹性IP, 如 139.199.232.238 description, 规则描述。
     *
     * @see spec/sources/tce-vpc.txt line 15092
     */
    Filters?: SourceIpTranslationNatRule[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 15093
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 15094
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNatGatewaySourceIpTranslationNatRules: 查询NAT网关SNAT转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15067
 */
export interface DescribeNatGatewaySourceIpTranslationNatRulesResponse {
    /**
     * NAT网关SNAT规则对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 15099
     */
    SourceIpTranslationNatRuleSet?: SourceIpTranslationNatRule[] | undefined;
    /**
     * 符合条件的NAT网关端口转发规则对象数目。
     *
     * @see spec/sources/tce-vpc.txt line 15100
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15101
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNatGateways: 查询NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 15118
 */
export interface DescribeNatGatewaysRequest {
    /**
     * NAT网关统一 ID，形如：nat-123xx454。
     *
     * @see spec/sources/tce-vpc.txt line 15142
     */
    NatGatewayIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定NatGatewayIds和Filters。 nat-gateway-id - String - (过滤条件) 协议端口模板实例ID，形如：nat-123xx454。 vpc-id - String - (过滤条件) 私有网络 唯一ID，形如：vpc-123xx454。 nat-gateway-name - String - (过滤条件) 协议端口模板实例ID，形如：test_nat。
     *
     * @see spec/sources/tce-vpc.txt line 15143
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 15144
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 15145
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNatGateways: 查询NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 15118
 */
export interface DescribeNatGatewaysResponse {
    /**
     * 此参数对外不可见。 NAT网关对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 15150
     */
    NatGatewaySet?: NatGateway[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的NAT网关对象个数。
     *
     * @see spec/sources/tce-vpc.txt line 15151
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15152
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisassociateNatGatewayAddress: NAT网关解绑弹性IP
 *
 * @see spec/sources/tce-vpc.txt line 15158
 */
export interface DisassociateNatGatewayAddressRequest {
    /**
     * NAT网关的ID，形如：nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 15182
     */
    NatGatewayId: string;
    /**
     * 绑定NAT网关的弹性IP数组。
     *
     * @see spec/sources/tce-vpc.txt line 15183
     */
    PublicIpAddresses: string[];
}
/**
 * Output of DisassociateNatGatewayAddress: NAT网关解绑弹性IP
 *
 * @see spec/sources/tce-vpc.txt line 15158
 */
export interface DisassociateNatGatewayAddressResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15188
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNatGatewayAddressStatus: 修改NAT网关绑定EIP的主备状态
 *
 * @see spec/sources/tce-vpc.txt line 15197
 */
export interface ModifyNatGatewayAddressStatusRequest {
    /**
     * vpc的唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 15221
     */
    VpcId: string;
    /**
     * NAT网关的唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 15222
     */
    NatGatewayId: string;
    /**
     * 公网IP的ID。
     *
     * @see spec/sources/tce-vpc.txt line 15223
     */
    AddressId: string;
    /**
     * 主备状态: MASTER, BACKUP
     *
     * @see spec/sources/tce-vpc.txt line 15224
     */
    MasterBackupStatus: string;
}
/**
 * Output of ModifyNatGatewayAddressStatus: 修改NAT网关绑定EIP的主备状态
 *
 * @see spec/sources/tce-vpc.txt line 15197
 */
export interface ModifyNatGatewayAddressStatusResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15229
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNatGatewayAttribute: 修改NAT网关的属性
 *
 * @see spec/sources/tce-vpc.txt line 15235
 */
export interface ModifyNatGatewayAttributeRequest {
    /**
     * NAT网关的ID，形如：nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 15259
     */
    NatGatewayId: string;
    /**
     * NAT网关的名称，形如：test_nat。
     *
     * @see spec/sources/tce-vpc.txt line 15260
     */
    NatGatewayName?: string | undefined;
    /**
     * NAT网关最大外网出带宽(单位:Mbps)。
     *
     * @see spec/sources/tce-vpc.txt line 15261
     */
    InternetMaxBandwidthOut?: number | undefined;
}
/**
 * Output of ModifyNatGatewayAttribute: 修改NAT网关的属性
 *
 * @see spec/sources/tce-vpc.txt line 15235
 */
export interface ModifyNatGatewayAttributeResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15266
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNatGatewayDestinationIpPortTranslationNatRule: 修改NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15272
 */
export interface ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /**
     * NAT网关的ID，形如：nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 15296
     */
    NatGatewayId: string;
    /**
     * 源NAT网关的端口转换规则。
     *
     * @see spec/sources/tce-vpc.txt line 15297
     */
    SourceNatRule: DestinationIpPortTranslationNatRule;
    /**
     * 目的NAT网关的端口转换规则。
     *
     * @see spec/sources/tce-vpc.txt line 15298
     */
    DestinationNatRule: DestinationIpPortTranslationNatRule;
}
/**
 * Output of ModifyNatGatewayDestinationIpPortTranslationNatRule: 修改NAT网关端口转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15272
 */
export interface ModifyNatGatewayDestinationIpPortTranslationNatRuleResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15303
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNatGatewaySourceIpTranslationNatRule: 修改NAT网关SNAT转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15309
 */
export interface ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    /**
     * NAT网关的ID, 形如: nat-df453454。
     *
     * @see spec/sources/tce-vpc.txt line 15333
     */
    NatGatewayId: string;
    /**
     * NAT网关的SNAT转换规则。
     *
     * @see spec/sources/tce-vpc.txt line 15334
     */
    SourceIpTranslationNatRule: SourceIpTranslationNatRule;
}
/**
 * Output of ModifyNatGatewaySourceIpTranslationNatRule: 修改NAT网关SNAT转发规则
 *
 * @see spec/sources/tce-vpc.txt line 15309
 */
export interface ModifyNatGatewaySourceIpTranslationNatRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15339
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResetNatGatewayConnection: 调整NAT网关并发连接上限
 *
 * @see spec/sources/tce-vpc.txt line 15353
 */
export interface ResetNatGatewayConnectionRequest {
    /**
     * NAT网关ID。
     *
     * @see spec/sources/tce-vpc.txt line 15377
     */
    NatGatewayId: string;
    /**
     * NAT网关并发连接上限, 形如: 1000000、3000000、10000000。
     *
     * @see spec/sources/tce-vpc.txt line 15378
     */
    MaxConcurrentConnection: number;
}
/**
 * Output of ResetNatGatewayConnection: 调整NAT网关并发连接上限
 *
 * @see spec/sources/tce-vpc.txt line 15353
 */
export interface ResetNatGatewayConnectionResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15383
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateCustomerGateway: 创建对端网关
 *
 * @see spec/sources/tce-vpc.txt line 15391
 */
export interface CreateCustomerGatewayRequest {
    /**
     * 对端网关名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 15415
     */
    CustomerGatewayName: string;
    /**
     * 对端网关公网IP。
     *
     * @see spec/sources/tce-vpc.txt line 15416
     */
    IpAddress: string;
}
/**
 * Output of CreateCustomerGateway: 创建对端网关
 *
 * @see spec/sources/tce-vpc.txt line 15391
 */
export interface CreateCustomerGatewayResponse {
    /**
     * 此参数对外不可见。 对端网关对象
     *
     * @see spec/sources/tce-vpc.txt line 15421
     */
    CustomerGateway?: CustomerGateway | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15422
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateGatewayVpnSSLClient: 创建 ssl vpn 客户端
 *
 * @see spec/sources/tce-vpc.txt line 15432
 */
export interface CreateGatewayVpnSSLClientRequest {
    /**
     * 形如 vpc-7izaqk5h
     *
     * @see spec/sources/tce-vpc.txt line 15456
     */
    VpcId: string;
    /**
     * VPN网关实例ID 如vpngw-go5jz6j。
     *
     * @see spec/sources/tce-vpc.txt line 15457
     */
    VpnGatewayId: string;
    /**
     * SSL VPN服务端实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 15458
     */
    SSLVpnServerId: string;
    /**
     * SSL VPN客户端名称
     *
     * @see spec/sources/tce-vpc.txt line 15459
     */
    SSLVPNClientName: string;
}
/**
 * Output of CreateGatewayVpnSSLClient: 创建 ssl vpn 客户端
 *
 * @see spec/sources/tce-vpc.txt line 15432
 */
export interface CreateGatewayVpnSSLClientResponse {
    /**
     * 此参数对外不可见。 taskid
     *
     * @see spec/sources/tce-vpc.txt line 15464
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15465
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateVpnConnection: 创建VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 15474
 */
export interface CreateVpnConnectionRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 15498
     */
    VpcId: string;
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 15499
     */
    VpnGatewayId: string;
    /**
     * 对端网关ID, 例如: cgw-2wqq41m9, 可通过DescribeCustomerGateways接口查询对端网关。
     *
     * @see spec/sources/tce-vpc.txt line 15500
     */
    CustomerGatewayId: string;
    /**
     * 通道名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 15501
     */
    VpnConnectionName: string;
    /**
     * 预共享密钥。
     *
     * @see spec/sources/tce-vpc.txt line 15502
     */
    PreShareKey: string;
    /**
     * SPD策略组, 例如: {"10.0.0.5/24":["172.123.10.5/16"]}, 10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。
     *
     * @see spec/sources/tce-vpc.txt line 15503
     */
    SecurityPolicyDatabases: SecurityPolicyDatabase[];
    /**
     * IKE配置 (Internet Key Exchange, 因特网密钥交换), IKE具有一套自我保护机制, 用户配置网络安全协议
     *
     * @see spec/sources/tce-vpc.txt line 15504
     */
    IKEOptionsSpecification?: IKEOptionsSpecification | undefined;
    /**
     * IPSec配置, 腾讯云提供IPSec安全会话设置
     *
     * @see spec/sources/tce-vpc.txt line 15505
     */
    IPSECOptionsSpecification?: IPSECOptionsSpecification | undefined;
}
/**
 * Output of CreateVpnConnection: 创建VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 15474
 */
export interface CreateVpnConnectionResponse {
    /**
     * 此参数对外不可见。 通道实例对象。
     *
     * @see spec/sources/tce-vpc.txt line 15510
     */
    VpnConnection?: VpnConnection | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15511
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateVpnGateway: 创建VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 15524
 */
export interface CreateVpnGatewayRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 15548
     */
    VpcId: string;
    /**
     * VPN网关名称，最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 15549
     */
    VpnGatewayName: string;
    /**
     * VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。
     *
     * @see spec/sources/tce-vpc.txt line 15550
     */
    InstanceChargeType?: string | undefined;
    /**
     * 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100；单位：Mbps
     *
     * @see spec/sources/tce-vpc.txt line 15551
     */
    InternetMaxBandwidthOut: number;
    /**
     * 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
     *
     * @see spec/sources/tce-vpc.txt line 15552
     */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 可用区，如：ap-guangzhou-2。
     *
     * @see spec/sources/tce-vpc.txt line 15553
     */
    Zone?: string | undefined;
    /**
     * VPN网关类型。值“CCN”云联网类型VPN网关
     *
     * @see spec/sources/tce-vpc.txt line 15554
     */
    Type?: string | undefined;
    /**
     * 公网IP运营商
     *
     * @see spec/sources/tce-vpc.txt line 15555
     */
    IspType?: string | undefined;
    /**
     * SSL VPN连接数设置
     *
     * @see spec/sources/tce-vpc.txt line 15556
     */
    MaxConnection?: number | undefined;
}
/**
 * Output of CreateVpnGateway: 创建VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 15524
 */
export interface CreateVpnGatewayResponse {
    /**
     * 此参数对外不可见。 VPN网关对象
     *
     * @see spec/sources/tce-vpc.txt line 15561
     */
    VpnGateway?: VpnGateway | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15562
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateVpnGatewaySSLServer: 创建sslvpn服务端
 *
 * @see spec/sources/tce-vpc.txt line 15576
 */
export interface CreateVpnGatewaySSLServerRequest {
    /**
     * vpc 唯一id形如 vpc-7izaqk5h
     *
     * @see spec/sources/tce-vpc.txt line 15600
     */
    VpcId: string;
    /**
     * VPN实例ID。形如 vpngw-7izaqk5h
     *
     * @see spec/sources/tce-vpc.txt line 15601
     */
    VpnGatewayId: string;
    /**
     * SSL VPN服务名称
     *
     * @see spec/sources/tce-vpc.txt line 15602
     */
    SSLVpnServerName: string;
    /**
     * 本段网段
     *
     * @see spec/sources/tce-vpc.txt line 15603
     */
    LocalAddress: string;
    /**
     * 对端网段
     *
     * @see spec/sources/tce-vpc.txt line 15604
     */
    RemoteAddress: string;
    /**
     * SSL VPN服务端监听协议。默认值为UDP，当前仅支持UDP(默认UDP)
     *
     * @see spec/sources/tce-vpc.txt line 15605
     */
    SSLVpnProtocol?: string | undefined;
    /**
     * SSL VPN服务端监听协议端口。默认值为1194，当前仅支持1194。（默认1194）
     *
     * @see spec/sources/tce-vpc.txt line 15606
     */
    SSLVpnPort?: number | undefined;
    /**
     * 加密算法。默认AES-128，一期仅支持AES-128（默认为AES-128）
     *
     * @see spec/sources/tce-vpc.txt line 15607
     */
    EncryptAlgorithm?: string | undefined;
    /**
     * 认证算法。默认HMAC-SHA1，一期仅支持HMAC-SHA1（默认为HMAC-SHA1）
     *
     * @see spec/sources/tce-vpc.txt line 15608
     */
    IntegrityAlgorithm?: string | undefined;
    /**
     * 是否支持压缩。默认False不压缩，一期仅支持False(true为1，false为0，默认为0)
     *
     * @see spec/sources/tce-vpc.txt line 15609
     */
    Compress?: boolean | undefined;
    /**
     * 最大连接数。可选范围：5，10，20，50，100(需要提供默认值) （默认值5）
     *
     * @see spec/sources/tce-vpc.txt line 15610
     */
    MaxConnection?: number | undefined;
}
/**
 * Output of CreateVpnGatewaySSLServer: 创建sslvpn服务端
 *
 * @see spec/sources/tce-vpc.txt line 15576
 */
export interface CreateVpnGatewaySSLServerResponse {
    /**
     * 此参数对外不可见。 Des 任务taskId
     *
     * @see spec/sources/tce-vpc.txt line 15615
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15616
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteCustomerGateway: 删除对端网关
 *
 * @see spec/sources/tce-vpc.txt line 15625
 */
export interface DeleteCustomerGatewayRequest {
    /**
     * 对端网关ID, 例如: cgw-2wqq41m9, 可通过DescribeCustomerGateways接口查询对端网关。
     *
     * @see spec/sources/tce-vpc.txt line 15649
     */
    CustomerGatewayId: string;
}
/**
 * Output of DeleteCustomerGateway: 删除对端网关
 *
 * @see spec/sources/tce-vpc.txt line 15625
 */
export interface DeleteCustomerGatewayResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15654
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpnConnection: 删除VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 15664
 */
export interface DeleteVpnConnectionRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 15688
     */
    VpnGatewayId: string;
    /**
     * VPN通道实例ID。形如: vpnx-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 15689
     */
    VpnConnectionId: string;
}
/**
 * Output of DeleteVpnConnection: 删除VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 15664
 */
export interface DeleteVpnConnectionResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15694
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpnGateway: 删除VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 15700
 */
export interface DeleteVpnGatewayRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 15724
     */
    VpnGatewayId: string;
}
/**
 * Output of DeleteVpnGateway: 删除VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 15700
 */
export interface DeleteVpnGatewayResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15729
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpnGatewaySSLClient: 删除 ssl_vpn 客户端
 *
 * @see spec/sources/tce-vpc.txt line 15739
 */
export interface DeleteVpnGatewaySSLClientRequest {
    /**
     * vpngwid
     *
     * @see spec/sources/tce-vpc.txt line 15763
     */
    VpnGatewayId: string;
    /**
     * vpcId
     *
     * @see spec/sources/tce-vpc.txt line 15764
     */
    SSLVpnClientId: string;
    /**
     * SSL VPN服务端实例ID。如
     *
     * @see spec/sources/tce-vpc.txt line 15765
     */
    VpcId: string;
}
/**
 * Output of DeleteVpnGatewaySSLClient: 删除 ssl_vpn 客户端
 *
 * @see spec/sources/tce-vpc.txt line 15739
 */
export interface DeleteVpnGatewaySSLClientResponse {
    /**
     * 此参数对外不可见。 taskid
     *
     * @see spec/sources/tce-vpc.txt line 15770
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15771
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpnGatewaySSLServer: 删除 ssl_vpn服务端
 *
 * @see spec/sources/tce-vpc.txt line 15780
 */
export interface DeleteVpnGatewaySSLServerRequest {
    /**
     * Vpngw vpngw-goa5jz6j
     *
     * @see spec/sources/tce-vpc.txt line 15804
     */
    VpnGatewayId: string;
    /**
     * SSL VPN客户端实例ID
     *
     * @see spec/sources/tce-vpc.txt line 15805
     */
    SSLVpnServerId: string;
    /**
     * VPC实例ID
     *
     * @see spec/sources/tce-vpc.txt line 15806
     */
    VpcId: string;
}
/**
 * Output of DeleteVpnGatewaySSLServer: 删除 ssl_vpn服务端
 *
 * @see spec/sources/tce-vpc.txt line 15780
 */
export interface DeleteVpnGatewaySSLServerResponse {
    /**
     * 此参数对外不可见。 taskid
     *
     * @see spec/sources/tce-vpc.txt line 15811
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15812
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeCustomerGatewayVendors: 查询可支持的对端网关厂商信息
 *
 * @see spec/sources/tce-vpc.txt line 15821
 */
export interface DescribeCustomerGatewayVendorsRequest {
}
/**
 * Output of DescribeCustomerGatewayVendors: 查询可支持的对端网关厂商信息
 *
 * @see spec/sources/tce-vpc.txt line 15821
 */
export interface DescribeCustomerGatewayVendorsResponse {
    /**
     * 此参数对外不可见。 对端网关厂商信息对象。
     *
     * @see spec/sources/tce-vpc.txt line 15849
     */
    CustomerGatewayVendorSet?: CustomerGatewayVendor[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15850
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeCustomerGateways: 查询对端网关
 *
 * @see spec/sources/tce-vpc.txt line 15856
 */
export interface DescribeCustomerGatewaysRequest {
    /**
     * 对端网关ID, 例如: cgw-2wqq41m9。每次请求的实例的上限为100。参数不支持同时指定CustomerGatewayIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 15880
     */
    CustomerGatewayIds?: string[] | undefined;
    /**
     * 过滤条件, 详见下表: 实例过滤条件表。每次请求的Filters的上限为10, Filter.Values的上限为5。参数不支持同时指定CustomerGatewayIds和Filters。 customer-gateway-id - String - (过滤条件) 用户网关唯一ID形如: cgw-mgp33pll。 customer-gateway-name - String - (过滤条件) 用户网关名称形如: test-cgw。 ip-address - String - (过滤条件) 公网地址形如: 58.211.1.12。
     *
     * @see spec/sources/tce-vpc.txt line 15881
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 15882
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 15883
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeCustomerGateways: 查询对端网关
 *
 * @see spec/sources/tce-vpc.txt line 15856
 */
export interface DescribeCustomerGatewaysResponse {
    /**
     * 此参数对外不可见。 对端网关对象列表
     *
     * @see spec/sources/tce-vpc.txt line 15888
     */
    CustomerGatewaySet?: CustomerGateway[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 15889
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15890
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcResourceDashboard: 查看VPC资源信息
 *
 * @see spec/sources/tce-vpc.txt line 15900
 */
export interface DescribeVpcResourceDashboardRequest {
    /**
     * Vpc实例ID,例如: vpc-f1xjkw1b。
     *
     * @see spec/sources/tce-vpc.txt line 15924
     */
    VpcIds: string[];
}
/**
 * Output of DescribeVpcResourceDashboard: 查看VPC资源信息
 *
 * @see spec/sources/tce-vpc.txt line 15900
 */
export interface DescribeVpcResourceDashboardResponse {
    /**
     * 此参数对外不可见。 资源对象列表。
     *
     * @see spec/sources/tce-vpc.txt line 15929
     */
    ResourceDashboardSet?: ResourceDashboard[] | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15930
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpnConnections: 查询VPN通道列表
 *
 * @see spec/sources/tce-vpc.txt line 15940
 */
export interface DescribeVpnConnectionsRequest {
    /**
     * VPN通道实例ID。形如: vpnx-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnConnectionIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 15964
     */
    VpnConnectionIds?: string[] | undefined;
    /**
     * 过滤条件。每次请求的Filters的上限为10, Filter.Values的上限为5。参数不支持同时指定VpnConnectionIds和Filters。 vpc-id - String - VPC实例ID, 形如: vpc-0a36uwkr。 vpn-gateway-id - String - VPN网关实例ID, 形如: vpngw-p4lmqawn。 customer-gateway-id - String - 对端网关实例ID, 形如: cgw-l4rblw63。 vpn-connection-name - String - 通道名称, 形如: test-vpn。 vpn-connection-id - String - 通道实例ID, 形如: vpnx-5p7vkch8"。
     *
     * @see spec/sources/tce-vpc.txt line 15965
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 15966
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 15967
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeVpnConnections: 查询VPN通道列表
 *
 * @see spec/sources/tce-vpc.txt line 15940
 */
export interface DescribeVpnConnectionsResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 15972
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 VPN通道实例。
     *
     * @see spec/sources/tce-vpc.txt line 15973
     */
    VpnConnectionSet?: VpnConnection[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 15974
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpnGatewayCcnRoutes: 查询VPN网关云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 15987
 */
export interface DescribeVpnGatewayCcnRoutesRequest {
    /**
     * VPN网关实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16011
     */
    VpnGatewayId: string;
    /**
     * 偏移量
     *
     * @see spec/sources/tce-vpc.txt line 16012
     */
    Offset?: number | undefined;
    /**
     * 返回数量
     *
     * @see spec/sources/tce-vpc.txt line 16013
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeVpnGatewayCcnRoutes: 查询VPN网关云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 15987
 */
export interface DescribeVpnGatewayCcnRoutesResponse {
    /**
     * 此参数对外不可见。 云联网路由 (IDC网段) 列表。
     *
     * @see spec/sources/tce-vpc.txt line 16018
     */
    RouteSet?: VpngwCcnRoutes[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 16019
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16020
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpnGatewaySSLClients: 查看ssl vpn 客户端
 *
 * @see spec/sources/tce-vpc.txt line 16030
 */
export interface DescribeVpnGatewaySSLClientsRequest {
    /**
     * SSL VPN客户端实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16054
     */
    SSLVpnClientIds?: string[] | undefined;
    /**
     * 过滤条件,
     *
     * @see spec/sources/tce-vpc.txt line 16055
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 16056
     */
    Offset?: number | undefined;
    /**
     * 返回数量,
     *
     * @see spec/sources/tce-vpc.txt line 16057
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeVpnGatewaySSLClients: 查看ssl vpn 客户端
 *
 * @see spec/sources/tce-vpc.txt line 16030
 */
export interface DescribeVpnGatewaySSLClientsResponse {
    /**
     * 此参数对外不可见。 SSL VPN客户端实例。
     *
     * @see spec/sources/tce-vpc.txt line 16062
     */
    SSLVpnClientSet?: SSLVpnClient[] | undefined;
    /**
     * 此参数对外不可见。 数量
     *
     * @see spec/sources/tce-vpc.txt line 16063
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16064
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpnGatewaySSLServers: 查看ssl vpn 服务端
 *
 * @see spec/sources/tce-vpc.txt line 16073
 */
export interface DescribeVpnGatewaySSLServersRequest {
    /**
     * SSL VPN客户端实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16097
     */
    SSLVpnServerIds?: string[] | undefined;
    /**
     * 过滤条件,
     *
     * @see spec/sources/tce-vpc.txt line 16098
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量,默认为0
     *
     * @see spec/sources/tce-vpc.txt line 16099
     */
    Offset?: number | undefined;
    /**
     * 返回数量
     *
     * @see spec/sources/tce-vpc.txt line 16100
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeVpnGatewaySSLServers: 查看ssl vpn 服务端
 *
 * @see spec/sources/tce-vpc.txt line 16073
 */
export interface DescribeVpnGatewaySSLServersResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 16105
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 SSL VPN客户端实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16106
     */
    SSLVpnServerSet?: SSLVpnServer[] | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16107
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpnGateways: 查询VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 16116
 */
export interface DescribeVpnGatewaysRequest {
    /**
     * VPN网关实例ID。形如: vpngw-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnGatewayIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 16140
     */
    VpnGatewayIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定VpnGatewayIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID形如: vpc-f49l6u0z。 vpn-gateway-id - String - (过滤条件) VPN实例ID形如: vpngw-5aluhh9t。 vpn-gateway-name - String - (过滤条件) VPN实例名称。 type - String - (过滤条件) VPN网关类型: 'IPSEC', 'SSL'。 public-ip-address - String - (过滤条件) 公网IP。 renew-flag - String - (过滤条件) 网关续费类型, 手动续费: 'NOTIFY_AND_MANUAL_RENEW'、自动续费: 'NOTIFY_AND_AUTO_RENEW'。 zone - String - (过滤条件) VPN所在可用区, 形如: ap-guangzhou-2。
     *
     * @see spec/sources/tce-vpc.txt line 16141
     */
    Filters?: FilterObject[] | undefined;
    /**
     * 偏移量
     *
     * @see spec/sources/tce-vpc.txt line 16142
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数
     *
     * @see spec/sources/tce-vpc.txt line 16143
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeVpnGateways: 查询VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 16116
 */
export interface DescribeVpnGatewaysResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 16148
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 VPN网关实例详细信息列表。
     *
     * @see spec/sources/tce-vpc.txt line 16149
     */
    VpnGatewaySet?: VpnGateway[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16150
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisableSSLVpnClientCert: 禁用 ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16162
 */
export interface DisableSSLVpnClientCertRequest {
    /**
     * Vpngw vpngw-goa5jz6j
     *
     * @see spec/sources/tce-vpc.txt line 16186
     */
    VpnGatewayId: string;
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16187
     */
    SSLVpnServerId: string;
    /**
     * SSL VPN客户端实例ID。形如：
     *
     * @see spec/sources/tce-vpc.txt line 16188
     */
    VpcId: string;
}
/**
 * Output of DisableSSLVpnClientCert: 禁用 ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16162
 */
export interface DisableSSLVpnClientCertResponse {
    /**
     * 此参数对外不可见。 taskid
     *
     * @see spec/sources/tce-vpc.txt line 16193
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16194
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisableVpnGatewaySSLClientCert: 禁用 ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16203
 */
export interface DisableVpnGatewaySSLClientCertRequest {
    /**
     * VpngwID 例如 vpngw-goa5jz6j
     *
     * @see spec/sources/tce-vpc.txt line 16227
     */
    VpnGatewayId: string;
    /**
     * SSL VPN客户端实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16228
     */
    SSLVpnClientId: string;
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16229
     */
    VpcId: string;
}
/**
 * Output of DisableVpnGatewaySSLClientCert: 禁用 ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16203
 */
export interface DisableVpnGatewaySSLClientCertResponse {
    /**
     * 此参数对外不可见。 TaskId
     *
     * @see spec/sources/tce-vpc.txt line 16234
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16235
     */
    RequestId?: string | undefined;
}
/**
 * Input of DownloadCustomerGatewayConfiguration: 下载VPN通道配置
 *
 * @see spec/sources/tce-vpc.txt line 16244
 */
export interface DownloadCustomerGatewayConfigurationRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16268
     */
    VpnGatewayId: string;
    /**
     * VPN通道实例ID。形如: vpnx-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 16269
     */
    VpnConnectionId: string;
    /**
     * 对端网关厂商信息对象,可通过 DescribeCustomerGatewayVendors 获取。
     *
     * @see spec/sources/tce-vpc.txt line 16270
     */
    CustomerGatewayVendor: CustomerGatewayVendor;
    /**
     * 通道接入设备物理接口名称。
     *
     * @see spec/sources/tce-vpc.txt line 16271
     */
    InterfaceName: string;
}
/**
 * Output of DownloadCustomerGatewayConfiguration: 下载VPN通道配置
 *
 * @see spec/sources/tce-vpc.txt line 16244
 */
export interface DownloadCustomerGatewayConfigurationResponse {
    /**
     * 此参数对外不可见。 XML格式配置信息。
     *
     * @see spec/sources/tce-vpc.txt line 16276
     */
    CustomerGatewayConfiguration?: string | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16277
     */
    RequestId?: string | undefined;
}
/**
 * Input of DownloadVpnGatewaySSLClientCert: 下载 ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16283
 */
export interface DownloadVpnGatewaySSLClientCertRequest {
    /**
     * client id
     *
     * @see spec/sources/tce-vpc.txt line 16307
     */
    SSLVpnClientId: string;
}
/**
 * Output of DownloadVpnGatewaySSLClientCert: 下载 ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16283
 */
export interface DownloadVpnGatewaySSLClientCertResponse {
    /**
     * 此参数对外不可见。 client 配置
     *
     * @see spec/sources/tce-vpc.txt line 16312
     */
    Data?: SslVpnClientConfig | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16313
     */
    RequestId?: string | undefined;
}
/**
 * Input of EnableVpnGatewaySSLClientCert: 启用ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16319
 */
export interface EnableVpnGatewaySSLClientCertRequest {
    /**
     * Vpngw vpngw-goa5jz6j
     *
     * @see spec/sources/tce-vpc.txt line 16343
     */
    VpnGatewayId: string;
    /**
     * VPC实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16344
     */
    VpcId: string;
    /**
     * SSL VPN客户端实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16345
     */
    SSLVpnClientId: string;
}
/**
 * Output of EnableVpnGatewaySSLClientCert: 启用ssl vpn客户端证书
 *
 * @see spec/sources/tce-vpc.txt line 16319
 */
export interface EnableVpnGatewaySSLClientCertResponse {
    /**
     * 此参数对外不可见。 taskid
     *
     * @see spec/sources/tce-vpc.txt line 16350
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16351
     */
    RequestId?: string | undefined;
}
/**
 * Input of InquiryPriceCreateVpnGateway: 创建VPN网关询价
 *
 * @see spec/sources/tce-vpc.txt line 16357
 */
export interface InquiryPriceCreateVpnGatewayRequest {
    /**
     * VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。
     *
     * @see spec/sources/tce-vpc.txt line 16381
     */
    InstanceChargeType?: string | undefined;
    /**
     * 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
     *
     * @see spec/sources/tce-vpc.txt line 16382
     */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100；单位：Mbps。
     *
     * @see spec/sources/tce-vpc.txt line 16383
     */
    InternetMaxBandwidthOut: number;
    /**
     * VPN网关类型。可选'IPSEC', 'SSL'
     *
     * @see spec/sources/tce-vpc.txt line 16384
     */
    Type?: string | undefined;
    /**
     * SSL VPN连接数设置
     *
     * @see spec/sources/tce-vpc.txt line 16385
     */
    MaxConnection?: number | undefined;
}
/**
 * Output of InquiryPriceCreateVpnGateway: 创建VPN网关询价
 *
 * @see spec/sources/tce-vpc.txt line 16357
 */
export interface InquiryPriceCreateVpnGatewayResponse {
    /**
     * 此参数对外不可见。 商品价格。
     *
     * @see spec/sources/tce-vpc.txt line 16390
     */
    Price?: Price | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16391
     */
    RequestId?: string | undefined;
}
/**
 * Input of InquiryPriceRenewVpnGateway: 续费VPN网关询价
 *
 * @see spec/sources/tce-vpc.txt line 16400
 */
export interface InquiryPriceRenewVpnGatewayRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16424
     */
    VpnGatewayId: string;
    /**
     * 预付费模式, 即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
     *
     * @see spec/sources/tce-vpc.txt line 16425
     */
    InstanceChargePrepaid: InstanceChargePrepaid;
}
/**
 * Output of InquiryPriceRenewVpnGateway: 续费VPN网关询价
 *
 * @see spec/sources/tce-vpc.txt line 16400
 */
export interface InquiryPriceRenewVpnGatewayResponse {
    /**
     * 此参数对外不可见。 商品价格。
     *
     * @see spec/sources/tce-vpc.txt line 16430
     */
    Price?: Price | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16431
     */
    RequestId?: string | undefined;
}
/**
 * Input of InquiryPriceResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限询价
 *
 * @see spec/sources/tce-vpc.txt line 16442
 */
export interface InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16466
     */
    VpnGatewayId: string;
    /**
     * 公网带宽设置。可选带宽规格: 5, 10, 20, 50, 100; 单位: Mbps。
     *
     * @see spec/sources/tce-vpc.txt line 16467
     */
    InternetMaxBandwidthOut: number;
}
/**
 * Output of InquiryPriceResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限询价
 *
 * @see spec/sources/tce-vpc.txt line 16442
 */
export interface InquiryPriceResetVpnGatewayInternetMaxBandwidthResponse {
    /**
     * 此参数对外不可见。 商品价格。
     *
     * @see spec/sources/tce-vpc.txt line 16472
     */
    Price?: Price | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16473
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyCustomerGatewayAttribute: 修改对端网关
 *
 * @see spec/sources/tce-vpc.txt line 16483
 */
export interface ModifyCustomerGatewayAttributeRequest {
    /**
     * 对端网关ID, 例如: cgw-2wqq41m9, 可通过DescribeCustomerGateways接口查询对端网关。
     *
     * @see spec/sources/tce-vpc.txt line 16507
     */
    CustomerGatewayId: string;
    /**
     * 对端网关名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 16508
     */
    CustomerGatewayName: string;
}
/**
 * Output of ModifyCustomerGatewayAttribute: 修改对端网关
 *
 * @see spec/sources/tce-vpc.txt line 16483
 */
export interface ModifyCustomerGatewayAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16513
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpnConnectionAttribute: 修改VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 16523
 */
export interface ModifyVpnConnectionAttributeRequest {
    /**
     * VPN通道实例ID。形如: vpx-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 16547
     */
    VpnConnectionId: string;
    /**
     * VPN通道名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 16548
     */
    VpnConnectionName?: string | undefined;
    /**
     * 预共享密钥。
     *
     * @see spec/sources/tce-vpc.txt line 16549
     */
    PreShareKey?: string | undefined;
    /**
     * SPD策略组, 例如: {"10.0.0.5/24":["172.123.10.5/16"]}, 10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。
     *
     * @see spec/sources/tce-vpc.txt line 16550
     */
    SecurityPolicyDatabases?: SecurityPolicyDatabase[] | undefined;
    /**
     * IKE配置 (Internet Key Exchange, 因特网密钥交换), IKE具有一套自我保护机制, 用户配置网络安全协议。
     *
     * @see spec/sources/tce-vpc.txt line 16551
     */
    IKEOptionsSpecification?: IKEOptionsSpecification | undefined;
    /**
     * IPSec配置, 腾讯云提供IPSec安全会话设置。
     *
     * @see spec/sources/tce-vpc.txt line 16552
     */
    IPSECOptionsSpecification?: IPSECOptionsSpecification | undefined;
}
/**
 * Output of ModifyVpnConnectionAttribute: 修改VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 16523
 */
export interface ModifyVpnConnectionAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16557
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpnGatewayAttribute: 修改VPN网关属性
 *
 * @see spec/sources/tce-vpc.txt line 16563
 */
export interface ModifyVpnGatewayAttributeRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16587
     */
    VpnGatewayId: string;
    /**
     * VPN网关名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 16588
     */
    VpnGatewayName?: string | undefined;
    /**
     * VPN网关计费模式, 目前只支持预付费 (即包年包月) 到后付费 (即按量计费) 的转换。即参数只支持: POSTPAID_BY_HOUR。
     *
     * @see spec/sources/tce-vpc.txt line 16589
     */
    InstanceChargeType?: string | undefined;
}
/**
 * Output of ModifyVpnGatewayAttribute: 修改VPN网关属性
 *
 * @see spec/sources/tce-vpc.txt line 16563
 */
export interface ModifyVpnGatewayAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16594
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpnGatewayCcnRoutes: 修改VPN网关云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 16604
 */
export interface ModifyVpnGatewayCcnRoutesRequest {
    /**
     * VPN网关实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16628
     */
    VpnGatewayId: string;
    /**
     * 云联网络路由 (IDC网段) 列表
     *
     * @see spec/sources/tce-vpc.txt line 16629
     */
    Routes: VpngwCcnRoutes[];
}
/**
 * Output of ModifyVpnGatewayCcnRoutes: 修改VPN网关云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 16604
 */
export interface ModifyVpnGatewayCcnRoutesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16634
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpnGatewaySSLClient: 修改 ssl vpn客户端属性
 *
 * @see spec/sources/tce-vpc.txt line 16644
 */
export interface ModifyVpnGatewaySSLClientRequest {
    /**
     * SSL VPN客户端实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16668
     */
    SSLVpnClientId: string;
    /**
     * SSL VPN客户端名称
     *
     * @see spec/sources/tce-vpc.txt line 16669
     */
    SSLVpnClientName: string;
    /**
     * vpcId
     *
     * @see spec/sources/tce-vpc.txt line 16670
     */
    VpcId: string;
}
/**
 * Output of ModifyVpnGatewaySSLClient: 修改 ssl vpn客户端属性
 *
 * @see spec/sources/tce-vpc.txt line 16644
 */
export interface ModifyVpnGatewaySSLClientResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16675
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpnGatewaySSLServer: 修改sslvpn服务端属性
 *
 * @see spec/sources/tce-vpc.txt line 16684
 */
export interface ModifyVpnGatewaySSLServerRequest {
    /**
     * SSL VPN客户端实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16708
     */
    SSLVpnServerId: string;
    /**
     * SSL VPN服务端名称。
     *
     * @see spec/sources/tce-vpc.txt line 16709
     */
    SSLVpnServerName: string;
    /**
     * VpcID
     *
     * @see spec/sources/tce-vpc.txt line 16710
     */
    VpcId: string;
}
/**
 * Output of ModifyVpnGatewaySSLServer: 修改sslvpn服务端属性
 *
 * @see spec/sources/tce-vpc.txt line 16684
 */
export interface ModifyVpnGatewaySSLServerResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16715
     */
    RequestId?: string | undefined;
}
/**
 * Input of RenewVpnGateway: 续费VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 16724
 */
export interface RenewVpnGatewayRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16748
     */
    VpnGatewayId: string;
    /**
     * 预付费计费模式。
     *
     * @see spec/sources/tce-vpc.txt line 16749
     */
    InstanceChargePrepaid: InstanceChargePrepaid;
}
/**
 * Output of RenewVpnGateway: 续费VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 16724
 */
export interface RenewVpnGatewayResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16754
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResetVpnConnection: 重置VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 16764
 */
export interface ResetVpnConnectionRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16788
     */
    VpnGatewayId: string;
    /**
     * VPN通道实例ID。形如: vpnx-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 16789
     */
    VpnConnectionId: string;
}
/**
 * Output of ResetVpnConnection: 重置VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 16764
 */
export interface ResetVpnConnectionResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16794
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 16800
 */
export interface ResetVpnGatewayInternetMaxBandwidthRequest {
    /**
     * VPN网关实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 16824
     */
    VpnGatewayId: string;
    /**
     * 公网带宽设置。可选带宽规格: 5, 10, 20, 50, 100; 单位: Mbps。
     *
     * @see spec/sources/tce-vpc.txt line 16825
     */
    InternetMaxBandwidthOut: number;
}
/**
 * Output of ResetVpnGatewayInternetMaxBandwidth: 调整VPN网关带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 16800
 */
export interface ResetVpnGatewayInternetMaxBandwidthResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16830
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateDirectConnectGateway: 创建专线网关
 *
 * @see spec/sources/tce-vpc.txt line 16842
 */
export interface CreateDirectConnectGatewayRequest {
    /**
     * 专线网关名称
     *
     * @see spec/sources/tce-vpc.txt line 16866
     */
    DirectConnectGatewayName: string;
    /**
     * 关联网络类型，可选值： VPC - 私有网络 CCN - 云联网
     *
     * @see spec/sources/tce-vpc.txt line 16867
     */
    NetworkType: string;
    /**
     * NetworkType 为 VPC 时，这里传值为私有网络实例ID NetworkType 为 CCN 时，这里传值为云联网实例ID
     *
     * @see spec/sources/tce-vpc.txt line 16868
     */
    NetworkInstanceId: string;
    /**
     * 网关类型，可选值： NORMAL - (默认) 标准型，注：云联网只支持标准型 NAT - NAT型 NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关
     *
     * @see spec/sources/tce-vpc.txt line 16869
     */
    GatewayType?: string | undefined;
    /**
     * 专线网关带宽限速值。
     *
     * @see spec/sources/tce-vpc.txt line 16870
     */
    Bandwidth?: number | undefined;
}
/**
 * Output of CreateDirectConnectGateway: 创建专线网关
 *
 * @see spec/sources/tce-vpc.txt line 16842
 */
export interface CreateDirectConnectGatewayResponse {
    /**
     * 此参数对外不可见。 专线网关对象。
     *
     * @see spec/sources/tce-vpc.txt line 16875
     */
    DirectConnectGateway?: DirectConnectGateway | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16876
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateDirectConnectGatewayCcnRoutes: 创建专线网关云联网络路由
 *
 * @see spec/sources/tce-vpc.txt line 16882
 */
export interface CreateDirectConnectGatewayCcnRoutesRequest {
    /**
     * 专线网关ID，形如：dcg-prpqlmg1
     *
     * @see spec/sources/tce-vpc.txt line 16906
     */
    DirectConnectGatewayId: string;
    /**
     * 需要连通的IDC网段列表
     *
     * @see spec/sources/tce-vpc.txt line 16907
     */
    Routes: DirectConnectGatewayCcnRoute[];
}
/**
 * Output of CreateDirectConnectGatewayCcnRoutes: 创建专线网关云联网络路由
 *
 * @see spec/sources/tce-vpc.txt line 16882
 */
export interface CreateDirectConnectGatewayCcnRoutesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16912
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateLocalDestinationIpPortTranslationNatRule: 创建专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 16918
 */
export interface CreateLocalDestinationIpPortTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 16942
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 16943
     */
    VpcId: string;
    /**
     * 本端目的IP端口转换
     *
     * @see spec/sources/tce-vpc.txt line 16944
     */
    LocalDestinationIpPortTranslationNatRuleSet: LocalDestinationIpPortTranslationNatRule[];
}
/**
 * Output of CreateLocalDestinationIpPortTranslationNatRule: 创建专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 16918
 */
export interface CreateLocalDestinationIpPortTranslationNatRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 16949
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateLocalIpTranslationAclRule: 创建专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 16976
 */
export interface CreateLocalIpTranslationAclRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17000
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17001
     */
    VpcId: string;
    /**
     * 原始IP
     *
     * @see spec/sources/tce-vpc.txt line 17002
     */
    OriginalIp: string;
    /**
     * 映射IP
     *
     * @see spec/sources/tce-vpc.txt line 17003
     */
    TranslationIp: string;
    /**
     * 本端IP转换列表ACL列表
     *
     * @see spec/sources/tce-vpc.txt line 17004
     */
    LocalIpTranslationAclRuleSet: LocalIpTranslationAclRule[];
}
/**
 * Output of CreateLocalIpTranslationAclRule: 创建专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 16976
 */
export interface CreateLocalIpTranslationAclRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17009
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateLocalIpTranslationNatRule: 创建专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17036
 */
export interface CreateLocalIpTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17060
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17061
     */
    VpcId: string;
    /**
     * 本端IP转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17062
     */
    LocalIpTranslationNatRuleSet: LocalIpTranslationNatRule[];
}
/**
 * Output of CreateLocalIpTranslationNatRule: 创建专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17036
 */
export interface CreateLocalIpTranslationNatRuleResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 17067
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17068
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateLocalSourceIpPortTranslationAclRule: 创建专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17095
 */
export interface CreateLocalSourceIpPortTranslationAclRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17119
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17120
     */
    VpcId: string;
    /**
     * IP池
     *
     * @see spec/sources/tce-vpc.txt line 17121
     */
    TranslationIpPool: string;
    /**
     * 本端源IP端口转换ACL列表
     *
     * @see spec/sources/tce-vpc.txt line 17122
     */
    LocalSourceIpPortTranslationAclRuleSet: LocalSourceIpPortTranslationAclRule[];
}
/**
 * Output of CreateLocalSourceIpPortTranslationAclRule: 创建专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17095
 */
export interface CreateLocalSourceIpPortTranslationAclRuleResponse {
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17127
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateLocalSourceIpPortTranslationNatRule: 创建专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17153
 */
export interface CreateLocalSourceIpPortTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17177
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17178
     */
    VpcId: string;
    /**
     * 本端源IP端口转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17179
     */
    LocalSourceIpPortTranslationNatRuleSet: LocalSourceIpPortTranslationNatRule[];
}
/**
 * Output of CreateLocalSourceIpPortTranslationNatRule: 创建专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17153
 */
export interface CreateLocalSourceIpPortTranslationNatRuleResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 17184
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17185
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteDirectConnectGateway: 删除专线网关
 *
 * @see spec/sources/tce-vpc.txt line 17212
 */
export interface DeleteDirectConnectGatewayRequest {
    /**
     * 专线网关唯一 ID，形如：dcg-9o233uri。
     *
     * @see spec/sources/tce-vpc.txt line 17241
     */
    DirectConnectGatewayId: string;
}
/**
 * Output of DeleteDirectConnectGateway: 删除专线网关
 *
 * @see spec/sources/tce-vpc.txt line 17212
 */
export interface DeleteDirectConnectGatewayResponse {
    /**
     * 此参数对外不可见。 本接口异步任务的任务ID。
     *
     * @see spec/sources/tce-vpc.txt line 17246
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17247
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteDirectConnectGatewayCcnRoutes: 删除专线网关云联网络路由
 *
 * @see spec/sources/tce-vpc.txt line 17258
 */
export interface DeleteDirectConnectGatewayCcnRoutesRequest {
    /**
     * 专线网关ID, 形如: dcg-prpqlmg1
     *
     * @see spec/sources/tce-vpc.txt line 17282
     */
    DirectConnectGatewayId: string;
    /**
     * 路由ID。形如: ccnr-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 17283
     */
    RouteIds: string[];
}
/**
 * Output of DeleteDirectConnectGatewayCcnRoutes: 删除专线网关云联网络路由
 *
 * @see spec/sources/tce-vpc.txt line 17258
 */
export interface DeleteDirectConnectGatewayCcnRoutesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17288
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteLocalDestinationIpPortTranslationNatRule: 删除专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17294
 */
export interface DeleteLocalDestinationIpPortTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17318
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17319
     */
    VpcId: string;
    /**
     * 对端IP转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17320
     */
    LocalDestinationIpPortTranslationNatRuleSet: LocalDestinationIpPortTranslationNatRule[];
}
/**
 * Output of DeleteLocalDestinationIpPortTranslationNatRule: 删除专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17294
 */
export interface DeleteLocalDestinationIpPortTranslationNatRuleResponse {
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17325
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteLocalIpTranslationAclRule: 删除专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17352
 */
export interface DeleteLocalIpTranslationAclRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17376
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17377
     */
    VpcId: string;
    /**
     * 原始IP
     *
     * @see spec/sources/tce-vpc.txt line 17378
     */
    OriginalIp: string;
    /**
     * 映射IP
     *
     * @see spec/sources/tce-vpc.txt line 17379
     */
    TranslationIp: string;
    /**
     * 本端IP转换列表ACL列表
     *
     * @see spec/sources/tce-vpc.txt line 17380
     */
    LocalIpTranslationAclRuleSet: AclRuleId[];
}
/**
 * Output of DeleteLocalIpTranslationAclRule: 删除专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17352
 */
export interface DeleteLocalIpTranslationAclRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17385
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteLocalIpTranslationNatRule: 删除专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17412
 */
export interface DeleteLocalIpTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17436
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17437
     */
    VpcId: string;
    /**
     * 本端IP转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17438
     */
    LocalIpTranslationNatRuleSet: LocalIpTranslationNatRule[];
}
/**
 * Output of DeleteLocalIpTranslationNatRule: 删除专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17412
 */
export interface DeleteLocalIpTranslationNatRuleResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 17443
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17444
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteLocalSourceIpPortTranslationAclRule: 删除专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17471
 */
export interface DeleteLocalSourceIpPortTranslationAclRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17495
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17496
     */
    VpcId: string;
    /**
     * IP池
     *
     * @see spec/sources/tce-vpc.txt line 17497
     */
    TranslationIpPool: string;
    /**
     * 本端源IP端口转换ACL列表
     *
     * @see spec/sources/tce-vpc.txt line 17498
     */
    LocalSourceIpPortTranslationAclRuleSet: AclRuleIdType[];
}
/**
 * Output of DeleteLocalSourceIpPortTranslationAclRule: 删除专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17471
 */
export interface DeleteLocalSourceIpPortTranslationAclRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17503
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteLocalSourceIpPortTranslationNatRule: 删除专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17530
 */
export interface DeleteLocalSourceIpPortTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17554
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17555
     */
    VpcId: string;
    /**
     * 本端源IP端口转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17556
     */
    LocalSourceIpPortTranslationNatRuleSet: LocalSourceIpPortTranslationNatRule[];
}
/**
 * Output of DeleteLocalSourceIpPortTranslationNatRule: 删除专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17530
 */
export interface DeleteLocalSourceIpPortTranslationNatRuleResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 17561
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17562
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeDirectConnectGatewayCcnRoutes: 查询专线网关云联网络路由
 *
 * @see spec/sources/tce-vpc.txt line 17589
 */
export interface DescribeDirectConnectGatewayCcnRoutesRequest {
    /**
     * 专线网关ID，形如：dcg-prpqlmg1。
     *
     * @see spec/sources/tce-vpc.txt line 17613
     */
    DirectConnectGatewayId: string;
    /**
     * 云联网路由学习类型，可选值： BGP - 自动学习。 STATIC - 静态，即用户配置，默认值。
     *
     * @see spec/sources/tce-vpc.txt line 17614
     */
    CcnRouteType?: string | undefined;
    /**
     * 偏移量。
     *
     * @see spec/sources/tce-vpc.txt line 17615
     */
    Offset?: number | undefined;
    /**
     * 返回数量。
     *
     * @see spec/sources/tce-vpc.txt line 17616
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeDirectConnectGatewayCcnRoutes: 查询专线网关云联网络路由
 *
 * @see spec/sources/tce-vpc.txt line 17589
 */
export interface DescribeDirectConnectGatewayCcnRoutesResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 17621
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 云联网路由 (IDC网段) 列表。
     *
     * @see spec/sources/tce-vpc.txt line 17622
     */
    RouteSet?: DirectConnectGatewayCcnRoute[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17623
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeDirectConnectGateways: 查询专线网关
 *
 * @see spec/sources/tce-vpc.txt line 17629
 */
export interface DescribeDirectConnectGatewaysRequest {
    /**
     * 专线网关唯一 ID, 形如: dcg-9o233uri。
     *
     * @see spec/sources/tce-vpc.txt line 17653
     */
    DirectConnectGatewayIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定 DirectConnectGatewayIds 和 Filters。 direct-connect-gateway-id - String - 专线网关唯一 ID, 形如: dcg-9o233uri。 direct-connect-gateway-name - String - 专线网关名称, 默认模糊查询。 direct-connect-gateway-ip - String - 专线网关 IP。 gateway-type - String - 网关类型, 可选值: NORMAL (普通型)、NAT (NAT型)。 network-type - String - 网络类型, 可选值: VPC (私有网络类型)、CCN (云联网类型)。 ccn-id - String - 专线网关所在云联网 ID。 vpc-id - String - 专线网关所在私有网络 ID。
     *
     * @see spec/sources/tce-vpc.txt line 17654
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量。
     *
     * @see spec/sources/tce-vpc.txt line 17655
     */
    Offset?: number | undefined;
    /**
     * 返回数量。
     *
     * @see spec/sources/tce-vpc.txt line 17656
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeDirectConnectGateways: 查询专线网关
 *
 * @see spec/sources/tce-vpc.txt line 17629
 */
export interface DescribeDirectConnectGatewaysResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 17661
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 专线网关对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 17662
     */
    DirectConnectGatewaySet?: DirectConnectGateway[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17663
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeLocalDestinationIpPortTranslationNatRules: 查询专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17677
 */
export interface DescribeLocalDestinationIpPortTranslationNatRulesRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17701
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17702
     */
    VpcId: string;
    /**
     * 偏移量，默认为0
     *
     * @see spec/sources/tce-vpc.txt line 17703
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数，默认为20
     *
     * @see spec/sources/tce-vpc.txt line 17704
     */
    Limit?: number | undefined;
    /**
     * 过滤条件，支持description过滤
     *
     * @see spec/sources/tce-vpc.txt line 17705
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribeLocalDestinationIpPortTranslationNatRules: 查询专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17677
 */
export interface DescribeLocalDestinationIpPortTranslationNatRulesResponse {
    /**
     * 此参数对外不可见。 本端目的IP端口转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17710
     */
    LocalDestinationIpPortTranslationNatRuleSet?: LocalDestinationIpPortTranslationNatRule[] | undefined;
    /**
     * 此参数对外不可见。 满足条件的本端目的IP端口转换列表的数目
     *
     * @see spec/sources/tce-vpc.txt line 17711
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17712
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeLocalIpTranslationAclRules: 查询专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17724
 */
export interface DescribeLocalIpTranslationAclRulesRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17748
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17749
     */
    VpcId: string;
    /**
     * 偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 17750
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数, 默认为100
     *
     * @see spec/sources/tce-vpc.txt line 17751
     */
    Limit?: number | undefined;
    /**
     * 过滤条件, 支持original-ip和translation-ip过滤
     *
     * @see spec/sources/tce-vpc.txt line 17752
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribeLocalIpTranslationAclRules: 查询专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17724
 */
export interface DescribeLocalIpTranslationAclRulesResponse {
    /**
     * 此参数对外不可见。 本端IP转换ACL规则列表
     *
     * @see spec/sources/tce-vpc.txt line 17757
     */
    LocalIpTranslationAclRuleSet?: LocalIpTranslationAclRule[] | undefined;
    /**
     * 此参数对外不可见。 满足条件的本端IP转换ACL规则列表数目
     *
     * @see spec/sources/tce-vpc.txt line 17758
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17759
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeLocalIpTranslationNatRules: 查询专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17771
 */
export interface DescribeLocalIpTranslationNatRulesRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17795
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17796
     */
    VpcId: string;
    /**
     * 偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 17797
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数, 默认为20
     *
     * @see spec/sources/tce-vpc.txt line 17798
     */
    Limit?: number | undefined;
    /**
     * 过滤条件, 支持description过滤
     *
     * @see spec/sources/tce-vpc.txt line 17799
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribeLocalIpTranslationNatRules: 查询专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17771
 */
export interface DescribeLocalIpTranslationNatRulesResponse {
    /**
     * 此参数对外不可见。 本端IP转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17804
     */
    LocalIpTranslationNatRuleSet?: LocalIpTranslationNatRule[] | undefined;
    /**
     * 此参数对外不可见。 满足条件的本端IP转换列表数目
     *
     * @see spec/sources/tce-vpc.txt line 17805
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17806
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeLocalSourceIpPortTranslationAclRules: 查询专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17818
 */
export interface DescribeLocalSourceIpPortTranslationAclRulesRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17842
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17843
     */
    VpcId: string;
    /**
     * 偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 17844
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数, 默认为100
     *
     * @see spec/sources/tce-vpc.txt line 17845
     */
    Limit?: number | undefined;
    /**
     * 过滤条件, 支持translation-ip-pool过滤
     *
     * @see spec/sources/tce-vpc.txt line 17846
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribeLocalSourceIpPortTranslationAclRules: 查询专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 17818
 */
export interface DescribeLocalSourceIpPortTranslationAclRulesResponse {
    /**
     * 此参数对外不可见。 本端源IP端口转换ACL规则列表
     *
     * @see spec/sources/tce-vpc.txt line 17851
     */
    LocalSourceIpPortTranslationAclRuleSet?: LocalSourceIpPortTranslationAclRule[] | undefined;
    /**
     * 此参数对外不可见。 满足条件的本端源IP端口转换ACL规则列表数目
     *
     * @see spec/sources/tce-vpc.txt line 17852
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17853
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeLocalSourceIpPortTranslationNatRules: 查询专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17864
 */
export interface DescribeLocalSourceIpPortTranslationNatRulesRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17888
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17889
     */
    VpcId: string;
    /**
     * 偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 17890
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数, 默认为20
     *
     * @see spec/sources/tce-vpc.txt line 17891
     */
    Limit?: number | undefined;
    /**
     * 过滤条件, 支持description过滤
     *
     * @see spec/sources/tce-vpc.txt line 17892
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribeLocalSourceIpPortTranslationNatRules: 查询专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 17864
 */
export interface DescribeLocalSourceIpPortTranslationNatRulesResponse {
    /**
     * 此参数对外不可见。 本端源IP端口转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17897
     */
    LocalSourceIpPortTranslationNatRuleSet?: LocalSourceIpPortTranslationNatRule[] | undefined;
    /**
     * 此参数对外不可见。 满足条件的本端源IP端口转换列表数目
     *
     * @see spec/sources/tce-vpc.txt line 17898
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17899
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribePeerIpTranslationNatRules: 查询专线网关对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17910
 */
export interface DescribePeerIpTranslationNatRulesRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 17934
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 17935
     */
    VpcId: string;
    /**
     * 偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 17936
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数, 默认为20
     *
     * @see spec/sources/tce-vpc.txt line 17937
     */
    Limit?: number | undefined;
    /**
     * 过滤条件, , 支持description过滤
     *
     * @see spec/sources/tce-vpc.txt line 17938
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribePeerIpTranslationNatRules: 查询专线网关对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 17910
 */
export interface DescribePeerIpTranslationNatRulesResponse {
    /**
     * 此参数对外不可见。 对端IP转换列表
     *
     * @see spec/sources/tce-vpc.txt line 17943
     */
    PeerIpTranslationNatRuleSet?: LocalIpTranslationNatRule[] | undefined;
    /**
     * 此参数对外不可见。 满足条件的对端IP转换列表数目
     *
     * @see spec/sources/tce-vpc.txt line 17944
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17945
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyDirectConnectGatewayAttribute: 修改专线网关属性
 *
 * @see spec/sources/tce-vpc.txt line 17957
 */
export interface ModifyDirectConnectGatewayAttributeRequest {
    /**
     * 专线网关唯一 ID, 形如: dcg-9o233uri。
     *
     * @see spec/sources/tce-vpc.txt line 17981
     */
    DirectConnectGatewayId: string;
    /**
     * 专线网关名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 17982
     */
    DirectConnectGatewayName?: string | undefined;
    /**
     * 云联路由学习类型, 可选值: BGP (自动学习)、STATIC (静态, 即用户配置)。只有云联网类型专线网关且开启了BGP功能才支持修改 CcnRouteType。
     *
     * @see spec/sources/tce-vpc.txt line 17983
     */
    CcnRouteType?: string | undefined;
    /**
     * 此参数对外不可见。 专线网关开启BGP community属性。
     *
     * @see spec/sources/tce-vpc.txt line 17984
     */
    EnableBGPCommunity?: boolean | undefined;
    /**
     * 专线网关带宽限速值。
     *
     * @see spec/sources/tce-vpc.txt line 17985
     */
    Bandwidth?: number | undefined;
}
/**
 * Output of ModifyDirectConnectGatewayAttribute: 修改专线网关属性
 *
 * @see spec/sources/tce-vpc.txt line 17957
 */
export interface ModifyDirectConnectGatewayAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 17990
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyLocalDestinationIpPortTranslationNatRule: 修改专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 18003
 */
export interface ModifyLocalDestinationIpPortTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 18027
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 18028
     */
    VpcId: string;
    /**
     * 旧的协议
     *
     * @see spec/sources/tce-vpc.txt line 18029
     */
    OldProtocol: string;
    /**
     * 旧的源端口
     *
     * @see spec/sources/tce-vpc.txt line 18030
     */
    OldOriginalPort: number;
    /**
     * 旧的源IP
     *
     * @see spec/sources/tce-vpc.txt line 18031
     */
    OldOriginalIp: string;
    /**
     * 旧的目的端口
     *
     * @see spec/sources/tce-vpc.txt line 18032
     */
    OldTranslationPort: number;
    /**
     * 旧的目的IP
     *
     * @see spec/sources/tce-vpc.txt line 18033
     */
    OldTranslationIp: string;
    /**
     * 修改后的协议
     *
     * @see spec/sources/tce-vpc.txt line 18034
     */
    Protocol?: string | undefined;
    /**
     * 修改后的源端口
     *
     * @see spec/sources/tce-vpc.txt line 18035
     */
    OriginalPort?: number | undefined;
    /**
     * 修改后的源IP
     *
     * @see spec/sources/tce-vpc.txt line 18036
     */
    OriginalIp?: string | undefined;
    /**
     * 修改后的目的端口
     *
     * @see spec/sources/tce-vpc.txt line 18037
     */
    TranslationPort?: number | undefined;
    /**
     * 修改后的目的IP
     *
     * @see spec/sources/tce-vpc.txt line 18038
     */
    TranslationIp?: string | undefined;
    /**
     * 修改后的描述
     *
     * @see spec/sources/tce-vpc.txt line 18039
     */
    Description?: string | undefined;
}
/**
 * Output of ModifyLocalDestinationIpPortTranslationNatRule: 修改专线网关本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 18003
 */
export interface ModifyLocalDestinationIpPortTranslationNatRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18044
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyLocalIpTranslationAclRule: 修改专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 18069
 */
export interface ModifyLocalIpTranslationAclRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 18093
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 18094
     */
    VpcId: string;
    /**
     * 原始IP
     *
     * @see spec/sources/tce-vpc.txt line 18095
     */
    OriginalIp: string;
    /**
     * 映射IP
     *
     * @see spec/sources/tce-vpc.txt line 18096
     */
    TranslationIp: string;
    /**
     * 本端IP转换列表ACL列表
     *
     * @see spec/sources/tce-vpc.txt line 18097
     */
    LocalIpTranslationAclRuleSet: LocalIpTranslationAclRuleNeedId[];
}
/**
 * Output of ModifyLocalIpTranslationAclRule: 修改专线网关本端IP转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 18069
 */
export interface ModifyLocalIpTranslationAclRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18102
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyLocalIpTranslationNatRule: 修改专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 18129
 */
export interface ModifyLocalIpTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 18153
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 18154
     */
    VpcId: string;
    /**
     * 旧的原始IP
     *
     * @see spec/sources/tce-vpc.txt line 18155
     */
    OldOriginalIp: string;
    /**
     * 旧的映射IP
     *
     * @see spec/sources/tce-vpc.txt line 18156
     */
    OldTranslationIp: string;
    /**
     * 修改后的原始IP
     *
     * @see spec/sources/tce-vpc.txt line 18157
     */
    OriginalIp: string;
    /**
     * 修改后的映射IP
     *
     * @see spec/sources/tce-vpc.txt line 18158
     */
    TranslationIp: string;
    /**
     * 修改后的描述
     *
     * @see spec/sources/tce-vpc.txt line 18159
     */
    Description: string;
}
/**
 * Output of ModifyLocalIpTranslationNatRule: 修改专线网关本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 18129
 */
export interface ModifyLocalIpTranslationNatRuleResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 18164
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18165
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyLocalSourceIpPortTranslationAclRule: 修改专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 18192
 */
export interface ModifyLocalSourceIpPortTranslationAclRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 18216
     */
    DirectConnectGatewayId: string;
    /**
     * 字符串VPCID
     *
     * @see spec/sources/tce-vpc.txt line 18217
     */
    VpcId: string;
    /**
     * IP池
     *
     * @see spec/sources/tce-vpc.txt line 18218
     */
    TranslationIpPool: string;
    /**
     * 本端源IP端口转换ACL列表
     *
     * @see spec/sources/tce-vpc.txt line 18219
     */
    LocalSourceIpPortTranslationAclRuleSet: LocalSourceIpPortTranslationAclRuleNeedId[];
}
/**
 * Output of ModifyLocalSourceIpPortTranslationAclRule: 修改专线网关本端源IP端口转换ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 18192
 */
export interface ModifyLocalSourceIpPortTranslationAclRuleResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18224
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyLocalSourceIpPortTranslationNatRule: 修改专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 18251
 */
export interface ModifyLocalSourceIpPortTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 18275
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 18276
     */
    VpcId: string;
    /**
     * 原本端源IP端口转换
     *
     * @see spec/sources/tce-vpc.txt line 18277
     */
    OldLocalSourceIpPortTranslationNatRule: LocalSourceIpPortTranslationNatRule[];
    /**
     * 新本端源IP端口转换
     *
     * @see spec/sources/tce-vpc.txt line 18278
     */
    NewLocalSourceIpPortTranslationNatRule: LocalSourceIpPortTranslationNatRule[];
}
/**
 * Output of ModifyLocalSourceIpPortTranslationNatRule: 修改专线网关本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 18251
 */
export interface ModifyLocalSourceIpPortTranslationNatRuleResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 18283
     */
    TaskId?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18284
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyPeerIpTranslationNatRule: 修改专线网关对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 18310
 */
export interface ModifyPeerIpTranslationNatRuleRequest {
    /**
     * 专线网关ID
     *
     * @see spec/sources/tce-vpc.txt line 18334
     */
    DirectConnectGatewayId: string;
    /**
     * 字符型VPCID
     *
     * @see spec/sources/tce-vpc.txt line 18335
     */
    VpcId: string;
    /**
     * 旧的原始IP
     *
     * @see spec/sources/tce-vpc.txt line 18336
     */
    OldOriginalIp: string;
    /**
     * 旧的映射IP
     *
     * @see spec/sources/tce-vpc.txt line 18337
     */
    OldTranslationIp: string;
    /**
     * 修改后的原始IP
     *
     * @see spec/sources/tce-vpc.txt line 18338
     */
    OriginalIp: string;
    /**
     * 修改后的映射IP
     *
     * @see spec/sources/tce-vpc.txt line 18339
     */
    TranslationIp: string;
    /**
     * 修改后的描述
     *
     * @see spec/sources/tce-vpc.txt line 18340
     */
    Description: string;
}
/**
 * Output of ModifyPeerIpTranslationNatRule: 修改专线网关对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 18310
 */
export interface ModifyPeerIpTranslationNatRuleResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18345
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReplaceDirectConnectGatewayCcnRoutes: 替换专线网关云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 18372
 */
export interface ReplaceDirectConnectGatewayCcnRoutesRequest {
    /**
     * 专线网关ID, 形如: dcg-prpqlmg1
     *
     * @see spec/sources/tce-vpc.txt line 18396
     */
    DirectConnectGatewayId: string;
    /**
     * 需要连通的IDC网段列表
     *
     * @see spec/sources/tce-vpc.txt line 18397
     */
    Routes: DirectConnectGatewayCcnRoute[];
}
/**
 * Output of ReplaceDirectConnectGatewayCcnRoutes: 替换专线网关云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 18372
 */
export interface ReplaceDirectConnectGatewayCcnRoutesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18402
     */
    RequestId?: string | undefined;
}
/**
 * Input of AcceptAttachCcnInstances: 云联网接受关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18410
 */
export interface AcceptAttachCcnInstancesRequest {
    /**
     * CCN实例ID。形如：ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18434
     */
    CcnId: string;
    /**
     * 接受关联实例列表。
     *
     * @see spec/sources/tce-vpc.txt line 18435
     */
    Instances: CcnInstance[];
}
/**
 * Output of AcceptAttachCcnInstances: 云联网接受关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18410
 */
export interface AcceptAttachCcnInstancesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18440
     */
    RequestId?: string | undefined;
}
/**
 * Input of AttachCcnInstances: 云联网关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18455
 */
export interface AttachCcnInstancesRequest {
    /**
     * CCN实例ID。形如：ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18481
     */
    CcnId: string;
    /**
     * CCN所属UIN（根账号），默认当前账号所属UIN
     *
     * @see spec/sources/tce-vpc.txt line 18482
     */
    CcnUin?: string | undefined;
    /**
     * 关联网络实例列表
     *
     * @see spec/sources/tce-vpc.txt line 18483
     */
    Instances: CcnInstance[];
}
/**
 * Output of AttachCcnInstances: 云联网关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18455
 */
export interface AttachCcnInstancesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18488
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateCcn: 创建CCN
 *
 * @see spec/sources/tce-vpc.txt line 18504
 */
export interface CreateCcnRequest {
    /**
     * CCN名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 18530
     */
    CcnName: string;
    /**
     * CCN描述信息, 最大长度不能超过100个字节。
     *
     * @see spec/sources/tce-vpc.txt line 18531
     */
    CcnDescription?: string | undefined;
    /**
     * CCN服务质量, 'PT': 白金, 'AU': 金, 'AG': 银, 默认为'AU'。
     *
     * @see spec/sources/tce-vpc.txt line 18532
     */
    QosLevel?: string | undefined;
    /**
     * 计费模式, PREPAID: 表示预付费, 即包年包月, POSTPAID: 表示后付费, 即按量计费。默认: POSTPAID。
     *
     * @see spec/sources/tce-vpc.txt line 18533
     */
    InstanceChargeType?: string | undefined;
    /**
     * 限速类型, OUTER_REGION_LIMIT表示地域出口限速, INTER_REGION_LIMIT为地域间限速, 默认为OUTER_REGION_LIMIT
     *
     * @see spec/sources/tce-vpc.txt line 18534
     */
    BandwidthLimitType?: string | undefined;
    /**
     * 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 18535
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateCcn: 创建CCN
 *
 * @see spec/sources/tce-vpc.txt line 18504
 */
export interface CreateCcnResponse {
    /**
     * 此参数对外不可见。 云联网 (CCN) 对象。
     *
     * @see spec/sources/tce-vpc.txt line 18540
     */
    Ccn?: CCN | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18541
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteCcn: 删除CCN
 *
 * @see spec/sources/tce-vpc.txt line 18558
 */
export interface DeleteCcnRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18585
     */
    CcnId: string;
}
/**
 * Output of DeleteCcn: 删除CCN
 *
 * @see spec/sources/tce-vpc.txt line 18558
 */
export interface DeleteCcnResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18590
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeCcnAttachedInstances: 查询云联网关联实例列表
 *
 * @see spec/sources/tce-vpc.txt line 18600
 */
export interface DescribeCcnAttachedInstancesRequest {
    /**
     * 偏移量
     *
     * @see spec/sources/tce-vpc.txt line 18624
     */
    Offset?: number | undefined;
    /**
     * 返回数量
     *
     * @see spec/sources/tce-vpc.txt line 18625
     */
    Limit?: number | undefined;
    /**
     * 过滤条件: ccn-id - String - (过滤条件) CCN实例ID。 instance-type - String - (过滤条件) 关联实例类型。 instance-region - String - (过滤条件) 关联实例所属地域。 instance-id - String - (过滤条件) 关联实例实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 18626
     */
    Filters?: Filter[] | undefined;
    /**
     * 云联网实例ID
     *
     * @see spec/sources/tce-vpc.txt line 18627
     */
    CcnId?: string | undefined;
    /**
     * 排序字段。支持: CcnId InstanceType InstanceId InstanceName InstanceRegion AttachedTime State。
     *
     * @see spec/sources/tce-vpc.txt line 18628
     */
    OrderField?: string | undefined;
    /**
     * 排序方法。顺序: ASC, 倒序: DESC。
     *
     * @see spec/sources/tce-vpc.txt line 18629
     */
    OrderDirection?: string | undefined;
}
/**
 * Output of DescribeCcnAttachedInstances: 查询云联网关联实例列表
 *
 * @see spec/sources/tce-vpc.txt line 18600
 */
export interface DescribeCcnAttachedInstancesResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 18634
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 关联实例列表。
     *
     * @see spec/sources/tce-vpc.txt line 18635
     */
    InstanceSet?: CcnAttachedInstance[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18636
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeCcnRegionBandwidthLimits: 查询云联网各地域出带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 18642
 */
export interface DescribeCcnRegionBandwidthLimitsRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18666
     */
    CcnId: string;
}
/**
 * Output of DescribeCcnRegionBandwidthLimits: 查询云联网各地域出带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 18642
 */
export interface DescribeCcnRegionBandwidthLimitsResponse {
    /**
     * 此参数对外不可见。 云联网 (CCN) 各地域出带宽上限
     *
     * @see spec/sources/tce-vpc.txt line 18671
     */
    CcnRegionBandwidthLimitSet?: CcnRegionBandwidthLimit[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18672
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeCcnRoutes: 查询云联网路由策略
 *
 * @see spec/sources/tce-vpc.txt line 18678
 */
export interface DescribeCcnRoutesRequest {
    /**
     * CCN实例ID, 形如: ccn-gree226l。
     *
     * @see spec/sources/tce-vpc.txt line 18702
     */
    CcnId: string;
    /**
     * CCN路由策略唯一ID。形如: ccnr-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18703
     */
    RouteIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定RouteIds和Filters。 route-id - String - (过滤条件) 路由策略ID。 cidr-block - String - (过滤条件) 目的端。 instance-type - String - (过滤条件) 下一跳类型。 instance-region - String - (过滤条件) 下一跳所属地域。 instance-id - String - (过滤条件) 下一跳实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 18704
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量
     *
     * @see spec/sources/tce-vpc.txt line 18705
     */
    Offset?: number | undefined;
    /**
     * 返回数量
     *
     * @see spec/sources/tce-vpc.txt line 18706
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeCcnRoutes: 查询云联网路由策略
 *
 * @see spec/sources/tce-vpc.txt line 18678
 */
export interface DescribeCcnRoutesResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 18711
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 CCN路由策略对象。
     *
     * @see spec/sources/tce-vpc.txt line 18712
     */
    RouteSet?: CcnRoute[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18713
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeCcns: 查询CCN列表
 *
 * @see spec/sources/tce-vpc.txt line 18725
 */
export interface DescribeCcnsRequest {
    /**
     * CCN实例ID。形如：ccn-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定CcnIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 18749
     */
    CcnIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定CcnIds和Filters。 ccn-id - String - (过滤条件) CCN唯一ID，形如：vpc-f49l6u0z。 ccn-name - String - (过滤条件) CCN名称。 ccn-description - String - (过滤条件) CCN描述。 state - String - (过滤条件) 实例状态，'ISOLATED': 隔离中 (欠费停服)，'AVAILABLE': 运行中。 tag-key - String -是否必填：否- (过滤条件) 按照标签键进行过滤。 tag:tag-key - String -是否必填：否- (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例：查询绑定了标签的CCN列表。
     *
     * @see spec/sources/tce-vpc.txt line 18750
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量
     *
     * @see spec/sources/tce-vpc.txt line 18751
     */
    Offset?: number | undefined;
    /**
     * 返回数量
     *
     * @see spec/sources/tce-vpc.txt line 18752
     */
    Limit?: number | undefined;
    /**
     * 排序字段。支持：CcnId CcnName CreateTime State QosLevel
     *
     * @see spec/sources/tce-vpc.txt line 18753
     */
    OrderField?: string | undefined;
    /**
     * 排序方法。顺序：ASC，倒序：DESC。
     *
     * @see spec/sources/tce-vpc.txt line 18754
     */
    OrderDirection?: string | undefined;
}
/**
 * Output of DescribeCcns: 查询CCN列表
 *
 * @see spec/sources/tce-vpc.txt line 18725
 */
export interface DescribeCcnsResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 18759
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 CCN对象。
     *
     * @see spec/sources/tce-vpc.txt line 18760
     */
    CcnSet?: CCN[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18761
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachCcnInstances: 云联网解关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18776
 */
export interface DetachCcnInstancesRequest {
    /**
     * CCN实例ID。形如：ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18802
     */
    CcnId: string;
    /**
     * 要解关联网络实例列表
     *
     * @see spec/sources/tce-vpc.txt line 18803
     */
    Instances: CcnInstance[];
}
/**
 * Output of DetachCcnInstances: 云联网解关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18776
 */
export interface DetachCcnInstancesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18808
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisableCcnRoutes: 禁用云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 18817
 */
export interface DisableCcnRoutesRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18841
     */
    CcnId: string;
    /**
     * CCN路由策略唯一ID。形如: ccnr-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18842
     */
    RouteIds: string[];
}
/**
 * Output of DisableCcnRoutes: 禁用云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 18817
 */
export interface DisableCcnRoutesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18847
     */
    RequestId?: string | undefined;
}
/**
 * Input of EnableCcnRoutes: 启用云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 18856
 */
export interface EnableCcnRoutesRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18882
     */
    CcnId: string;
    /**
     * CCN路由策略唯一ID。形如: ccnr-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18883
     */
    RouteIds: string[];
}
/**
 * Output of EnableCcnRoutes: 启用云联网路由
 *
 * @see spec/sources/tce-vpc.txt line 18856
 */
export interface EnableCcnRoutesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18888
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyCcnAttribute: 修改CCN属性
 *
 * @see spec/sources/tce-vpc.txt line 18898
 */
export interface ModifyCcnAttributeRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 18922
     */
    CcnId: string;
    /**
     * CCN名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 18923
     */
    CcnName?: string | undefined;
    /**
     * CCN描述信息, 最大长度不能超过100个字节。
     *
     * @see spec/sources/tce-vpc.txt line 18924
     */
    CcnDescription?: string | undefined;
}
/**
 * Output of ModifyCcnAttribute: 修改CCN属性
 *
 * @see spec/sources/tce-vpc.txt line 18898
 */
export interface ModifyCcnAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18929
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyCcnRegionBandwidthLimitsType: 后付费产品修改带宽限速策略
 *
 * @see spec/sources/tce-vpc.txt line 18938
 */
export interface ModifyCcnRegionBandwidthLimitsTypeRequest {
    /**
     * 云联网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 18962
     */
    CcnId: string;
    /**
     * 云联网限速类型, INTER_REGION_LIMIT: 地域间限速, OUTER_REGION_LIMIT: 地域出口限速。
     *
     * @see spec/sources/tce-vpc.txt line 18963
     */
    BandwidthLimitType?: string | undefined;
}
/**
 * Output of ModifyCcnRegionBandwidthLimitsType: 后付费产品修改带宽限速策略
 *
 * @see spec/sources/tce-vpc.txt line 18938
 */
export interface ModifyCcnRegionBandwidthLimitsTypeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 18968
     */
    RequestId?: string | undefined;
}
/**
 * Input of RejectAttachCcnInstances: 云联网拒绝关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18978
 */
export interface RejectAttachCcnInstancesRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 19002
     */
    CcnId: string;
    /**
     * 拒绝关联实例列表。
     *
     * @see spec/sources/tce-vpc.txt line 19003
     */
    Instances: CcnInstance[];
}
/**
 * Output of RejectAttachCcnInstances: 云联网拒绝关联实例
 *
 * @see spec/sources/tce-vpc.txt line 18978
 */
export interface RejectAttachCcnInstancesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19008
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResetAttachCcnInstances: 重新申请关联实例
 *
 * @see spec/sources/tce-vpc.txt line 19021
 */
export interface ResetAttachCcnInstancesRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 19045
     */
    CcnId: string;
    /**
     * CCN所属UIN (根账号)。
     *
     * @see spec/sources/tce-vpc.txt line 19046
     */
    CcnUin: string;
    /**
     * 重新申请关联网络实例列表。
     *
     * @see spec/sources/tce-vpc.txt line 19047
     */
    Instances: CcnInstance[];
}
/**
 * Output of ResetAttachCcnInstances: 重新申请关联实例
 *
 * @see spec/sources/tce-vpc.txt line 19021
 */
export interface ResetAttachCcnInstancesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19052
     */
    RequestId?: string | undefined;
}
/**
 * Input of SetCcnRegionBandwidthLimits: 设置云联网各地域出带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 19062
 */
export interface SetCcnRegionBandwidthLimitsRequest {
    /**
     * CCN实例ID。形如: ccn-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 19086
     */
    CcnId: string;
    /**
     * 云联网 (CCN) 各地域出带宽上限。
     *
     * @see spec/sources/tce-vpc.txt line 19087
     */
    CcnRegionBandwidthLimits: CcnRegionBandwidthLimit[];
}
/**
 * Output of SetCcnRegionBandwidthLimits: 设置云联网各地域出带宽上限
 *
 * @see spec/sources/tce-vpc.txt line 19062
 */
export interface SetCcnRegionBandwidthLimitsResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19092
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateVpcEndPoint: 创建终端节点
 *
 * @see spec/sources/tce-vpc.txt line 19100
 */
export interface CreateVpcEndPointRequest {
    /**
     * VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 19124
     */
    VpcId: string;
    /**
     * 子网实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 19125
     */
    SubnetId: string;
    /**
     * 终端节点名称。
     *
     * @see spec/sources/tce-vpc.txt line 19126
     */
    EndPointName: string;
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 19127
     */
    EndPointServiceId: string;
    /**
     * 终端节点VIP，可以指定IP申请。
     *
     * @see spec/sources/tce-vpc.txt line 19128
     */
    EndPointVip?: string | undefined;
    /**
     * 安全组ID。
     *
     * @see spec/sources/tce-vpc.txt line 19129
     */
    SecurityGroupId?: string | undefined;
    /**
     * IP地址类型
     *
     * @see spec/sources/tce-vpc.txt line 19130
     */
    IpAddressType?: string | undefined;
    /**
     * 用户ID
     *
     * @see spec/sources/tce-vpc.txt line 19131
     */
    AppId: string;
}
/**
 * Output of CreateVpcEndPoint: 创建终端节点
 *
 * @see spec/sources/tce-vpc.txt line 19100
 */
export interface CreateVpcEndPointResponse {
    /**
     * 此参数对外不可见。 终端节点对象详细信息。
     *
     * @see spec/sources/tce-vpc.txt line 19136
     */
    EndPoint?: EndPoint | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19137
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeGatewayFlowMonitorDetail: 查询网关流量监控明细
 *
 * @see spec/sources/tce-vpc.txt line 19158
 */
export interface DescribeGatewayFlowMonitorDetailRequest {
    /**
     * 时间点。表示要查询这分钟内的明细。如：2019-02-28 18:15:20，将查询 18:15 这一分钟内的明细。
     *
     * @see spec/sources/tce-vpc.txt line 19185
     */
    TimePoint: string;
    /**
     * VPN网关实例ID，形如：vpn-ltjahce6。
     *
     * @see spec/sources/tce-vpc.txt line 19186
     */
    VpnId?: string | undefined;
    /**
     * 专线网关实例ID，形如：dcg-ltjahce6。
     *
     * @see spec/sources/tce-vpc.txt line 19187
     */
    DirectConnectGatewayId?: string | undefined;
    /**
     * 对等连接实例ID，形如：pcx-ltjahce6。
     *
     * @see spec/sources/tce-vpc.txt line 19188
     */
    PeeringConnectionId?: string | undefined;
    /**
     * NAT网关实例ID，形如：nat-ltjahce6。
     *
     * @see spec/sources/tce-vpc.txt line 19189
     */
    NatId?: string | undefined;
    /**
     * 偏移量。
     *
     * @see spec/sources/tce-vpc.txt line 19190
     */
    Offset?: number | undefined;
    /**
     * 返回数量。
     *
     * @see spec/sources/tce-vpc.txt line 19191
     */
    Limit?: number | undefined;
    /**
     * 排序字段。支持 InPkg OutPkg InTraffic OutTraffic。
     *
     * @see spec/sources/tce-vpc.txt line 19192
     */
    OrderField?: string | undefined;
    /**
     * 排序方法。顺序：ASC，倒序：DESC。
     *
     * @see spec/sources/tce-vpc.txt line 19193
     */
    OrderDirection?: string | undefined;
}
/**
 * Output of DescribeGatewayFlowMonitorDetail: 查询网关流量监控明细
 *
 * @see spec/sources/tce-vpc.txt line 19158
 */
export interface DescribeGatewayFlowMonitorDetailResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 19198
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 网关流量监控明细。
     *
     * @see spec/sources/tce-vpc.txt line 19199
     */
    GatewayFlowMonitorDetailSet?: GatewayFlowMonitorDetail[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19200
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssignIpv6SubnetCidrBlock: 分配IPv6子网段
 *
 * @see spec/sources/tce-vpc.txt line 19208
 */
export interface AssignIpv6SubnetCidrBlockRequest {
    /**
     * 子网所在私有网络 ID。形如：vpc-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 19235
     */
    VpcId: string;
    /**
     * 分配 IPv6 子网段列表。
     *
     * @see spec/sources/tce-vpc.txt line 19236
     */
    Ipv6SubnetCidrBlocks: Ipv6SubnetCidrBlock[];
}
/**
 * Output of AssignIpv6SubnetCidrBlock: 分配IPv6子网段
 *
 * @see spec/sources/tce-vpc.txt line 19208
 */
export interface AssignIpv6SubnetCidrBlockResponse {
    /**
     * 此参数对外不可见。 分配 IPv6 子网段列表。
     *
     * @see spec/sources/tce-vpc.txt line 19241
     */
    Ipv6SubnetCidrBlockSet?: Ipv6SubnetCidrBlock[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19242
     */
    RequestId?: string | undefined;
}
/**
 * Input of CheckDefaultSubnet: 预判是否可建默认子网
 *
 * @see spec/sources/tce-vpc.txt line 19256
 */
export interface CheckDefaultSubnetRequest {
    /**
     * 子网所在的可用区ID, 不同子网选择不同可用区可以做跨可用区灾备。
     *
     * @see spec/sources/tce-vpc.txt line 19280
     */
    Zone?: string | undefined;
}
/**
 * Output of CheckDefaultSubnet: 预判是否可建默认子网
 *
 * @see spec/sources/tce-vpc.txt line 19256
 */
export interface CheckDefaultSubnetResponse {
    /**
     * 此参数对外不可见。 检查结果。true为可以创建默认子网, false为不可以创建默认子网。
     *
     * @see spec/sources/tce-vpc.txt line 19285
     */
    Result?: boolean | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19286
     */
    RequestId?: string | undefined;
}
/**
 * Input of CheckIpInSubnet: 判断ip在子网内是有可用
 *
 * @see spec/sources/tce-vpc.txt line 19295
 */
export interface CheckIpInSubnetRequest {
    /**
     * vpcid
     *
     * @see spec/sources/tce-vpc.txt line 19319
     */
    VpcId: string;
    /**
     * 子网名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 19320
     */
    SubnetId: string;
    /**
     * 私有网络IP地址
     *
     * @see spec/sources/tce-vpc.txt line 19321
     */
    PrivateIpAddresses: string[];
}
/**
 * Output of CheckIpInSubnet: 判断ip在子网内是有可用
 *
 * @see spec/sources/tce-vpc.txt line 19295
 */
export interface CheckIpInSubnetResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19326
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateSubnet: 创建子网
 *
 * @see spec/sources/tce-vpc.txt line 19336
 */
export interface CreateSubnetRequest {
    /**
     * 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 19367
     */
    VpcId: string;
    /**
     * 子网名称,最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 19368
     */
    SubnetName: string;
    /**
     * 子网网段,子网网段必须在VPC网段内,相同VPC内子网网段不能重叠。
     *
     * @see spec/sources/tce-vpc.txt line 19369
     */
    CidrBlock: string;
    /**
     * 子网所在的可用区ID,不同子网选择不同可用区可以做跨可用区灾备。
     *
     * @see spec/sources/tce-vpc.txt line 19370
     */
    Zone: string;
    /**
     * 指定绑定的标签列表,例如:[{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 19371
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateSubnet: 创建子网
 *
 * @see spec/sources/tce-vpc.txt line 19336
 */
export interface CreateSubnetResponse {
    /**
     * 此参数对外不可见。 子网对象。
     *
     * @see spec/sources/tce-vpc.txt line 19376
     */
    Subnet?: Subnet | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19377
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateSubnets: 批量创建子网
 *
 * @see spec/sources/tce-vpc.txt line 19396
 */
export interface CreateSubnetsRequest {
    /**
     * VPC 实例 ID。形如: vpc-6v2ht8q5
     *
     * @see spec/sources/tce-vpc.txt line 19427
     */
    VpcId: string;
    /**
     * 子网对象列表。
     *
     * @see spec/sources/tce-vpc.txt line 19428
     */
    Subnets: SubnetInput[];
    /**
     * 指定绑定的标签列表,注意这里的标签集合为列表中所有子网对象所共享,不能为每个子网对象单独指定标签,例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 19429
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateSubnets: 批量创建子网
 *
 * @see spec/sources/tce-vpc.txt line 19396
 */
export interface CreateSubnetsResponse {
    /**
     * 此参数对外不可见。 新创建的子网列表。
     *
     * @see spec/sources/tce-vpc.txt line 19434
     */
    SubnetSet?: Subnet[] | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19435
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteSubnet: 删除子网
 *
 * @see spec/sources/tce-vpc.txt line 19453
 */
export interface DeleteSubnetRequest {
    /**
     * 子网实例ID。可通过DescribeSubnets接口返回值中的SubnetId获取。
     *
     * @see spec/sources/tce-vpc.txt line 19479
     */
    SubnetId: string;
}
/**
 * Output of DeleteSubnet: 删除子网
 *
 * @see spec/sources/tce-vpc.txt line 19453
 */
export interface DeleteSubnetResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19484
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSubnets: 查询子网列表
 *
 * @see spec/sources/tce-vpc.txt line 19495
 */
export interface DescribeSubnetsRequest {
    /**
     * 子网实例ID查询。形如: subnet-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定SubnetIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 19519
     */
    SubnetIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定SubnetIds和Filters。 subnet-id - String - (过滤条件) Subnet实例名称。 type - Int - (过滤条件) Subnet类型, 默认普通子网。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 cidr-block - String - (过滤条件) 子网网段, 形如: 192.168.1.0。 is-default - Boolean - (过滤条件) 是否是默认子网。 is-remote-vpc-snat - Boolean - (过滤条件) 是否为VPC SNAT地址池子网。 subnet-name - String - (过滤条件) 子网名称。 zone - String - (过滤条件) 可用区。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例2。
     *
     * @see spec/sources/tce-vpc.txt line 19520
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 19521
     */
    Offset?: string | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 19522
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeSubnets: 查询子网列表
 *
 * @see spec/sources/tce-vpc.txt line 19495
 */
export interface DescribeSubnetsResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 19527
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 子网对象。
     *
     * @see spec/sources/tce-vpc.txt line 19528
     */
    SubnetSet?: Subnet[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19529
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifySubnetAttribute: 修改子网属性
 *
 * @see spec/sources/tce-vpc.txt line 19542
 */
export interface ModifySubnetAttributeRequest {
    /**
     * 子网实例ID。形如：subnet-pxir56ns。
     *
     * @see spec/sources/tce-vpc.txt line 19566
     */
    SubnetId: string;
    /**
     * 子网名称，最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 19567
     */
    SubnetName?: string | undefined;
    /**
     * 子网是否开启广播。
     *
     * @see spec/sources/tce-vpc.txt line 19568
     */
    EnableBroadcast?: string | undefined;
}
/**
 * Output of ModifySubnetAttribute: 修改子网属性
 *
 * @see spec/sources/tce-vpc.txt line 19542
 */
export interface ModifySubnetAttributeResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19573
     */
    RequestId?: string | undefined;
}
/**
 * Input of UnassignIpv6SubnetCidrBlock: 释放IPv6子网段
 *
 * @see spec/sources/tce-vpc.txt line 19583
 */
export interface UnassignIpv6SubnetCidrBlockRequest {
    /**
     * 子网所在私有网络 ID。形如: vpc-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 19609
     */
    VpcId: string;
    /**
     * IPv6 子网段列表。
     *
     * @see spec/sources/tce-vpc.txt line 19610
     */
    Ipv6SubnetCidrBlocks: Ipv6SubnetCidrBlock[];
}
/**
 * Output of UnassignIpv6SubnetCidrBlock: 释放IPv6子网段
 *
 * @see spec/sources/tce-vpc.txt line 19583
 */
export interface UnassignIpv6SubnetCidrBlockResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19615
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateDefaultSecurityGroup: 创建默认安全组
 *
 * @see spec/sources/tce-vpc.txt line 19628
 */
export interface CreateDefaultSecurityGroupRequest {
    /**
     * 项目ID, 默认0。可在qcloud控制台项目管理页面查询到。
     *
     * @see spec/sources/tce-vpc.txt line 19656
     */
    ProjectId?: string | undefined;
}
/**
 * Output of CreateDefaultSecurityGroup: 创建默认安全组
 *
 * @see spec/sources/tce-vpc.txt line 19628
 */
export interface CreateDefaultSecurityGroupResponse {
    /**
     * 此参数对外不可见。 安全组对象。
     *
     * @see spec/sources/tce-vpc.txt line 19661
     */
    SecurityGroup?: SecurityGroup | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19662
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateSecurityGroup: 创建安全组
 *
 * @see spec/sources/tce-vpc.txt line 19673
 */
export interface CreateSecurityGroupRequest {
    /**
     * 项目ID, 默认0。可在qcloud控制台项目管理页面查询到。
     *
     * @see spec/sources/tce-vpc.txt line 19701
     */
    ProjectId?: string | undefined;
    /**
     * 安全组名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 19702
     */
    GroupName: string;
    /**
     * 安全组备注, 最多100个字符。
     *
     * @see spec/sources/tce-vpc.txt line 19703
     */
    GroupDescription: string;
    /**
     * 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 19704
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateSecurityGroup: 创建安全组
 *
 * @see spec/sources/tce-vpc.txt line 19673
 */
export interface CreateSecurityGroupResponse {
    /**
     * 此参数对外不可见。 安全组对象。
     *
     * @see spec/sources/tce-vpc.txt line 19709
     */
    SecurityGroup?: SecurityGroup | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19710
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateSecurityGroupPolicies: 安全组添加规则
 *
 * @see spec/sources/tce-vpc.txt line 19726
 */
export interface CreateSecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID，例如sg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @see spec/sources/tce-vpc.txt line 19760
     */
    SecurityGroupId: string;
    /**
     * 安全组规则集合。
     *
     * @see spec/sources/tce-vpc.txt line 19761
     */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/**
 * Output of CreateSecurityGroupPolicies: 安全组添加规则
 *
 * @see spec/sources/tce-vpc.txt line 19726
 */
export interface CreateSecurityGroupPoliciesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19766
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateSecurityGroupWithPolicies: 创建安全组和规则
 *
 * @see spec/sources/tce-vpc.txt line 19783
 */
export interface CreateSecurityGroupWithPoliciesRequest {
    /**
     * 项目ID, 默认0。可在qcloud控制台项目管理页面查询到。
     *
     * @see spec/sources/tce-vpc.txt line 19822
     */
    ProjectId?: string | undefined;
    /**
     * 安全组名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 19823
     */
    GroupName: string;
    /**
     * 安全组备注, 最多100个字符。
     *
     * @see spec/sources/tce-vpc.txt line 19824
     */
    GroupDescription: string;
    /**
     * 安全组规则集合。
     *
     * @see spec/sources/tce-vpc.txt line 19825
     */
    SecurityGroupPolicySet?: SecurityGroupPolicySet | undefined;
}
/**
 * Output of CreateSecurityGroupWithPolicies: 创建安全组和规则
 *
 * @see spec/sources/tce-vpc.txt line 19783
 */
export interface CreateSecurityGroupWithPoliciesResponse {
    /**
     * 此参数对外不可见。 安全组对象。
     *
     * @see spec/sources/tce-vpc.txt line 19833
     */
    SecurityGroup?: SecurityGroup | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19834
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteSecurityGroup: 删除安全组
 *
 * @see spec/sources/tce-vpc.txt line 19848
 */
export interface DeleteSecurityGroupRequest {
    /**
     * 安全组实例ID, 例如sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。
     *
     * @see spec/sources/tce-vpc.txt line 19876
     */
    SecurityGroupId: string;
}
/**
 * Output of DeleteSecurityGroup: 删除安全组
 *
 * @see spec/sources/tce-vpc.txt line 19848
 */
export interface DeleteSecurityGroupResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19881
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteSecurityGroupPolicies: 删除安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 19891
 */
export interface DeleteSecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID, 例如sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。
     *
     * @see spec/sources/tce-vpc.txt line 19917
     */
    SecurityGroupId: string;
    /**
     * 安全组规则集合。一个请求中只能删除单个方向的一条或多条规则。支持指定索引 (PolicyIndex) 匹配删除和安全组规则匹配删除两种方式, 一个请求中只能使用一种匹配方式。
     *
     * @see spec/sources/tce-vpc.txt line 19918
     */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/**
 * Output of DeleteSecurityGroupPolicies: 删除安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 19891
 */
export interface DeleteSecurityGroupPoliciesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19923
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeDBInstancesWithSecurityGroup: 安全组查询绑定数据库实例
 *
 * @see spec/sources/tce-vpc.txt line 19933
 */
export interface DescribeDBInstancesWithSecurityGroupRequest {
    /**
     * 安全组实例ID, 例如: sg-33ocnj9n。
     *
     * @see spec/sources/tce-vpc.txt line 19957
     */
    SecurityGroupId: string;
    /**
     * 过滤条件。 module - String - (过滤条件) 数据库类型。 instance-id - String - (过滤条件) 实例ID。 instance-ip - String - (过滤条件) 实例IP。
     *
     * @see spec/sources/tce-vpc.txt line 19958
     */
    Filters: Filter[];
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 19959
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 19960
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeDBInstancesWithSecurityGroup: 安全组查询绑定数据库实例
 *
 * @see spec/sources/tce-vpc.txt line 19933
 */
export interface DescribeDBInstancesWithSecurityGroupResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 19965
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 数据库实例详细信息。
     *
     * @see spec/sources/tce-vpc.txt line 19966
     */
    DBInstances?: DBInstances | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 19967
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroupAssociationStatistics: 查询安全组关联实例统计
 *
 * @see spec/sources/tce-vpc.txt line 19973
 */
export interface DescribeSecurityGroupAssociationStatisticsRequest {
    /**
     * 安全实例ID, 例如sg-33ocnj9n, 可通过DescribeSecurityGroups获取。
     *
     * @see spec/sources/tce-vpc.txt line 19997
     */
    SecurityGroupIds: string[];
}
/**
 * Output of DescribeSecurityGroupAssociationStatistics: 查询安全组关联实例统计
 *
 * @see spec/sources/tce-vpc.txt line 19973
 */
export interface DescribeSecurityGroupAssociationStatisticsResponse {
    /**
     * 此参数对外不可见。 安全组关联实例统计。
     *
     * @see spec/sources/tce-vpc.txt line 20002
     */
    SecurityGroupAssociationStatisticsSet?: SecurityGroupAssociationStatistics[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20003
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroupLimits: 查询用户安全组配额
 *
 * @see spec/sources/tce-vpc.txt line 20013
 */
export interface DescribeSecurityGroupLimitsRequest {
}
/**
 * Output of DescribeSecurityGroupLimits: 查询用户安全组配额
 *
 * @see spec/sources/tce-vpc.txt line 20013
 */
export interface DescribeSecurityGroupLimitsResponse {
    /**
     * 此参数对外不可见。 用户安全组配额限制。
     *
     * @see spec/sources/tce-vpc.txt line 20041
     */
    SecurityGroupLimitSet?: SecurityGroupLimitSet | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20042
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroupPolicies: 查询安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 20048
 */
export interface DescribeSecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID, 例如: sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。
     *
     * @see spec/sources/tce-vpc.txt line 20072
     */
    SecurityGroupId: string;
    /**
     * 过滤条件。 security-group-id - String - 规则中的安全组ID。 ip - String - IP, 支持IPv4和IPv6模糊匹配。 address-module - String - IP地址模板或IP地址组模板ID。 service-module - String - 协议端口模板或协议端口组模板ID。 protocol-type - String - 安全组策略支持的协议, 可选值: TCP, UDP, ICMP, ICMPV6, GRE, ALL。 port - String - 是否必填: 否 - 协议端口, 支持模糊匹配, 值为 ALL 时, 查询所有的端口。 poly - String - 协议策略, 可选值: ALL, 所有策略; ACCEPT, 允许; DROP, 拒绝。 direction - String - 协议规则, 可选值: ALL, 所有策略; INBOUND, 入站规则; OUTBOUND, 出站规则。 description - String - 协议描述, 该过滤条件支持模糊匹配。
     *
     * @see spec/sources/tce-vpc.txt line 20073
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribeSecurityGroupPolicies: 查询安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 20048
 */
export interface DescribeSecurityGroupPoliciesResponse {
    /**
     * 此参数对外不可见。 安全组规则集合。
     *
     * @see spec/sources/tce-vpc.txt line 20078
     */
    SecurityGroupPolicySet?: SecurityGroupPolicySet | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20079
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroups: 查看安全组
 *
 * @see spec/sources/tce-vpc.txt line 20089
 */
export interface DescribeSecurityGroupsRequest {
    /**
     * 安全组实例ID, 例如: sg-33ocnj9n, 可通过DescribeSecurityGroups获取。每次请求的实例的上限为100。参数不支持同时指定SecurityGroupIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 20113
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定SecurityGroupIds和Filters。 security-group-id - String - (过滤条件) 安全组ID。 project-id - Integer - (过滤条件) 项目ID。 security-group-name - String - (过滤条件) 安全组名称。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。使用请参考示例2。 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例3。
     *
     * @see spec/sources/tce-vpc.txt line 20114
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 20115
     */
    Offset?: string | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 20116
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeSecurityGroups: 查看安全组
 *
 * @see spec/sources/tce-vpc.txt line 20089
 */
export interface DescribeSecurityGroupsResponse {
    /**
     * 此参数对外不可见。 安全组对象。
     *
     * @see spec/sources/tce-vpc.txt line 20121
     */
    SecurityGroupSet?: SecurityGroup[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 20122
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20123
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifySecurityGroupAttribute: 修改安全组属性
 *
 * @see spec/sources/tce-vpc.txt line 20133
 */
export interface ModifySecurityGroupAttributeRequest {
    /**
     * 安全组实例ID, 例如sg-33ocnj9n, 可通过DescribeSecurityGroups获取。
     *
     * @see spec/sources/tce-vpc.txt line 20157
     */
    SecurityGroupId: string;
    /**
     * 安全组名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 20158
     */
    GroupName?: string | undefined;
    /**
     * 安全组备注, 最多100个字符。
     *
     * @see spec/sources/tce-vpc.txt line 20159
     */
    GroupDescription?: string | undefined;
}
/**
 * Output of ModifySecurityGroupAttribute: 修改安全组属性
 *
 * @see spec/sources/tce-vpc.txt line 20133
 */
export interface ModifySecurityGroupAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20164
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifySecurityGroupPolicies: 修改安全组出站和入站规则
 *
 * @see spec/sources/tce-vpc.txt line 20175
 */
export interface ModifySecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID, 例如sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。
     *
     * @see spec/sources/tce-vpc.txt line 20209
     */
    SecurityGroupId: string;
    /**
     * 安全组规则集合。SecurityGroupPolicySet对象必须同时指定新的出 (Egress) 入 (Ingress) 站规则。SecurityGroupPolicy对象不支持自定义索引 (PolicyIndex)。
     *
     * @see spec/sources/tce-vpc.txt line 20210
     */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
    /**
     * 排序安全组标识。值为True时, 支持安全组排序; SortPolicys不存在或SortPolicys为False时, 为修改安全组规则。
     *
     * @see spec/sources/tce-vpc.txt line 20211
     */
    SortPolicys?: boolean | undefined;
}
/**
 * Output of ModifySecurityGroupPolicies: 修改安全组出站和入站规则
 *
 * @see spec/sources/tce-vpc.txt line 20175
 */
export interface ModifySecurityGroupPoliciesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20216
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReplaceSecurityGroupPolicy: 替换单条安全组路由规则
 *
 * @see spec/sources/tce-vpc.txt line 20226
 */
export interface ReplaceSecurityGroupPolicyRequest {
    /**
     * 安全组实例ID，例如sg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @see spec/sources/tce-vpc.txt line 20250
     */
    SecurityGroupId: string;
    /**
     * 安全组规则集合对象。
     *
     * @see spec/sources/tce-vpc.txt line 20251
     */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/**
 * Output of ReplaceSecurityGroupPolicy: 替换单条安全组路由规则
 *
 * @see spec/sources/tce-vpc.txt line 20226
 */
export interface ReplaceSecurityGroupPolicyResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20256
     */
    RequestId?: string | undefined;
}
/**
 * Input of AllocateIp6AddressesBandwidth: IPv6地址分配公网带宽
 *
 * @see spec/sources/tce-vpc.txt line 20270
 */
export interface AllocateIp6AddressesBandwidthRequest {
    /**
     * 需要开通公网访问能力的IPV6地址
     *
     * @see spec/sources/tce-vpc.txt line 20294
     */
    Ip6Addresses: string[];
    /**
     * 带宽，单位Mbps。默认是1Mbps
     *
     * @see spec/sources/tce-vpc.txt line 20295
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 网络计费模式。IPV6当前支持"TRAFFIC_POSTPAID_BY_HOUR"，默认是"TRAFFIC_POSTPAID_BY_HOUR"。
     *
     * @see spec/sources/tce-vpc.txt line 20296
     */
    InternetChargeType?: string | undefined;
}
/**
 * Output of AllocateIp6AddressesBandwidth: IPv6地址分配公网带宽
 *
 * @see spec/sources/tce-vpc.txt line 20270
 */
export interface AllocateIp6AddressesBandwidthResponse {
    /**
     * 此参数对外不可见。 弹性公网 IPV6 的唯一 ID 列表。
     *
     * @see spec/sources/tce-vpc.txt line 20301
     */
    AddressSet?: string[] | undefined;
    /**
     * 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 20302
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20303
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeIp6Addresses: 查询IPV6地址信息
 *
 * @see spec/sources/tce-vpc.txt line 20318
 */
export interface DescribeIp6AddressesRequest {
    /**
     * 标识 IPV6 的唯一 ID 列表。IPV6 唯一 ID 形如：eip-11112222。参数不支持同时指定 Ip6AddressIds 和 Filters。
     *
     * @see spec/sources/tce-vpc.txt line 20342
     */
    Ip6AddressIds?: string[] | undefined;
    /**
     * 每次请求的 Filters 的上限为10，Filter.Values 的上限为5。参数不支持同时指定 AddressIds 和 Filters。详细的过滤条件如下： address-ip - String - 是否必填：否 - （过滤条件）按照 EIP 的 IP 地址过滤。 network-interface-id - String - 是否必填：否 - （过滤条件）按照弹性网卡的唯一ID过滤。
     *
     * @see spec/sources/tce-vpc.txt line 20343
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于 Offset 的更进一步介绍请参考 API 简介 中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 20344
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于 Limit 的更进一步介绍请参考 API 简介 中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 20345
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeIp6Addresses: 查询IPV6地址信息
 *
 * @see spec/sources/tce-vpc.txt line 20318
 */
export interface DescribeIp6AddressesResponse {
    /**
     * 此参数对外不可见。 符合条件的 IPV6 数量。
     *
     * @see spec/sources/tce-vpc.txt line 20350
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 IPV6 详细信息列表。
     *
     * @see spec/sources/tce-vpc.txt line 20351
     */
    AddressSet?: Address[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20352
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyIp6AddressesBandwidth: 修改IPV6访问internet的带宽
 *
 * @see spec/sources/tce-vpc.txt line 20369
 */
export interface ModifyIp6AddressesBandwidthRequest {
    /**
     * IPV6地址。Ip6Addresses和Ip6AddressId必须且只能传一个
     *
     * @see spec/sources/tce-vpc.txt line 20393
     */
    Ip6Addresses?: string[] | undefined;
    /**
     * IPV6地址对应的唯一ID，形如eip-xxxxxxx。Ip6Addresses和Ip6AddressId必须且只能传一个
     *
     * @see spec/sources/tce-vpc.txt line 20394
     */
    Ip6AddressIds?: string[] | undefined;
    /**
     * 修改的目标带宽，单位Mbps
     *
     * @see spec/sources/tce-vpc.txt line 20395
     */
    InternetMaxBandwidthOut: number;
}
/**
 * Output of ModifyIp6AddressesBandwidth: 修改IPV6访问internet的带宽
 *
 * @see spec/sources/tce-vpc.txt line 20369
 */
export interface ModifyIp6AddressesBandwidthResponse {
    /**
     * 此参数对外不可见。 任务ID
     *
     * @see spec/sources/tce-vpc.txt line 20400
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20401
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReleaseIp6AddressesBandwidth: 释放弹性公网IPv6地址带宽
 *
 * @see spec/sources/tce-vpc.txt line 20417
 */
export interface ReleaseIp6AddressesBandwidthRequest {
    /**
     * IPv6地址。Ip6Addresses和Ip6AddressIds必须且只能传一个
     *
     * @see spec/sources/tce-vpc.txt line 20441
     */
    Ip6Addresses?: string[] | undefined;
    /**
     * IPv6地址对应的唯一ID,形如eip-xxxxxxx。Ip6Addresses和Ip6AddressIds必须且只能传一个。
     *
     * @see spec/sources/tce-vpc.txt line 20442
     */
    Ip6AddressIds?: string[] | undefined;
}
/**
 * Output of ReleaseIp6AddressesBandwidth: 释放弹性公网IPv6地址带宽
 *
 * @see spec/sources/tce-vpc.txt line 20417
 */
export interface ReleaseIp6AddressesBandwidthResponse {
    /**
     * 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 20447
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20448
     */
    RequestId?: string | undefined;
}
/**
 * Input of AllocateAddresses: 创建弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 20464
 */
export interface AllocateAddressesRequest {
    /**
     * EIP数量。默认值: 1。
     *
     * @defaultValue 1
     * @see spec/sources/tce-vpc.txt line 20492
     */
    AddressCount?: number | undefined;
    /**
     * EIP线路类型。默认值: BGP。 已开通静态单线 IP白名单的用户，可选值: CMCC: 中国移动CTCC: 中国电信CUCC: 中国联通注意: 仅部分地域支持静态单线IP。
     *
     * @defaultValue BGP
     * @see spec/sources/tce-vpc.txt line 20493
     */
    InternetServiceProvider?: string | undefined;
    /**
     * 此参数对外不可见。 内部参数，用于指定集群申請EIP。
     *
     * @see spec/sources/tce-vpc.txt line 20494
     */
    TgwGroup?: string | undefined;
    /**
     * 此参数对外不可见。 内部参数。
     *
     * @see spec/sources/tce-vpc.txt line 20495
     */
    ApplySilence?: number | undefined;
    /**
     * EIP计费方式。
     *
     * @see spec/sources/tce-vpc.txt line 20496
     */
    InternetChargeType?: string | undefined;
    /**
     * EIP出带宽上限，单位: Mbps。 已开通带宽上移白名单的用户，可选值范围取决于EIP计费方式: BANDWIDTH_PACKAGE: 1 Mbps 至 1000 MbpsBANDWIDTH_POSTPAID_BY_HOUR: 1 Mbps 至 100 MbpsTRAFFIC_POSTPAID_BY_HOUR: 1 Mbps 至 100 Mbps默认值: 1 Mbps。未开通带宽上移白名单的用户，EIP出带宽上限取决于与其绑定的实例的公网出带宽上限，无需传递此参数。
     *
     * @defaultValue 1 Mbps
     * @see spec/sources/tce-vpc.txt line 20497
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 此参数对外不可见。 计费周期，预付费需要传递。
     *
     * @see spec/sources/tce-vpc.txt line 20498
     */
    AddressChargePrepaid?: AddressChargePrepaid | undefined;
    /**
     * 此参数对外不可见。 订单ID，内部参数。
     *
     * @see spec/sources/tce-vpc.txt line 20499
     */
    DealId?: string | undefined;
    /**
     * EIP类型。默认值: EIP。
     *
     * @defaultValue EIP
     * @see spec/sources/tce-vpc.txt line 20500
     */
    AddressType?: string | undefined;
    /**
     * Anycast发布域。 已开通Anycast公网加速白名单的用户，可选值：ANYCAST_ZONE_GLOBAL：全球发布域（需要额外开通Anycast全球加速白名单）ANYCAST_ZONE_OVERSEAS：境外发布域[已废弃] ANYCAST_ZONE_A：发布域A（已更新为全球发布域）[已废弃] ANYCAST_ZONE_B：发布域B（已更新为全球发布域）默认值：ANYCAST_ZONE_OVERSEAS。
     *
     * @defaultValue ANYCAST_ZONE_OVERSEAS
     * @see spec/sources/tce-vpc.txt line 20503
     */
    AnycastZone?: string | undefined;
    /**
     * 此参数对外不可见。 EIP可用区，用于指定可用区申请EIP。
     *
     * @see spec/sources/tce-vpc.txt line 20504
     */
    Zone?: string | undefined;
    /**
     * 此参数对外不可见。 指定IP地址申请EIP，每个账户每个月只有三次配额
     *
     * @see spec/sources/tce-vpc.txt line 20505
     */
    VipCluster?: string[] | undefined;
    /**
     * 此参数对外不可见。 [Deprecated] 该字段无实际功能，废弃
     *
     * @see spec/sources/tce-vpc.txt line 20506
     */
    VipSet?: string[] | undefined;
    /**
     * [已废弃] AnycastEIP不再区分是否负载均衡。原参数说明如下： AnycastEIP是否用于绑定负载均衡。 已开通Anycast公网加速白名单的用户，可选值：TRUE：AnycastEIP可绑定对象为负载均衡FALSE：AnycastEIP可绑定对象为云服务器、NAT网关、高可用虚拟IP等默认值：FALSE。
     *
     * @defaultValue FALSE
     * @see spec/sources/tce-vpc.txt line 20507
     */
    ApplicableForCLB?: boolean | undefined;
    /**
     * 需要关联的标签列表。
     *
     * @see spec/sources/tce-vpc.txt line 20508
     */
    Tags?: Tag[] | undefined;
    /**
     * 此参数对外不可见。 TGW集群ID，用于指定集群ID申请弹性公网IP。注意，anycast EIP不支持指定集群ID申请，静态单线EIP指定集群ID申请时，InternetServiceProvider参数必须和集群ID的运营商属性一致。
     *
     * @see spec/sources/tce-vpc.txt line 20509
     */
    SetId?: number | undefined;
    /**
     * 此参数对外不可见。 是否是本地带宽IP。默认值：否
     *
     * @defaultValue 否
     * @see spec/sources/tce-vpc.txt line 20510
     */
    Restrictive?: boolean | undefined;
    /**
     * BGP带宽包唯一ID参数。设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的EIP加入该BGP带宽包并采用带宽包计费
     *
     * @see spec/sources/tce-vpc.txt line 20511
     */
    BandwidthPackageId?: string | undefined;
}
/**
 * Output of AllocateAddresses: 创建弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 20464
 */
export interface AllocateAddressesResponse {
    /**
     * 此参数对外不可见。 申请到的 EIP 的唯一 ID 列表。
     *
     * @see spec/sources/tce-vpc.txt line 20516
     */
    AddressSet?: string[] | undefined;
    /**
     * 此参数对外不可见。 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 20517
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20518
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssociateAddress: 绑定弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 20529
 */
export interface AssociateAddressRequest {
    /**
     * 标识 EIP 的唯一 ID。EIP 唯一 ID 形如: eip-11112222。
     *
     * @see spec/sources/tce-vpc.txt line 20560
     */
    AddressId: string;
    /**
     * 要绑定的实例 ID。实例 ID 形如: ins-11112222。可通过登录 控制台 查询, 也可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @see spec/sources/tce-vpc.txt line 20561
     */
    InstanceId?: string | undefined;
    /**
     * 要绑定的弹性网卡 ID。弹性网卡 ID 形如: eni-11112222。NetworkInterfaceId 与 InstanceId 不可同时指定。弹性网卡 ID 可通过登录 控制台 查询, 也可通过 DescribeNetworkInterfaces 接口返回值中的 networkInterfaceId 获取。
     *
     * @see spec/sources/tce-vpc.txt line 20562
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 要绑定的内网 IP。如果指定了 NetworkInterfaceId 则也必须指定 PrivateIpAddress, 表示将 EIP 绑定到指定弹性网卡的主网 IP 上。同时要确保指定的 PrivateIpAddress 是指定的 NetworkInterfaceId 上的一个内网 IP。指定弹性网卡的内网 IP 可通过登录 控制台 查询, 也可通过 DescribeNetworkInterfaces 接口返回值中的 privateIpAddress 获取。
     *
     * @see spec/sources/tce-vpc.txt line 20563
     */
    PrivateIpAddress?: string | undefined;
}
/**
 * Output of AssociateAddress: 绑定弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 20529
 */
export interface AssociateAddressResponse {
    /**
     * 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 20568
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20569
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeAddressQuota: 查询弹性公网IP配额
 *
 * @see spec/sources/tce-vpc.txt line 20590
 */
export interface DescribeAddressQuotaRequest {
}
/**
 * Output of DescribeAddressQuota: 查询弹性公网IP配额
 *
 * @see spec/sources/tce-vpc.txt line 20590
 */
export interface DescribeAddressQuotaResponse {
    /**
     * 此参数对外不可见。 账户 EIP 配额信息。
     *
     * @see spec/sources/tce-vpc.txt line 20618
     */
    QuotaSet?: Quota[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20619
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeAddresses: 查询弹性公网IP列表
 *
 * @see spec/sources/tce-vpc.txt line 20628
 */
export interface DescribeAddressesRequest {
    /**
     * 标识 EIP 的唯一 ID 列表。EIP 唯一 ID 形如: eip-11112222。参数不支持同时指定 AddressIds 和 Filters。
     *
     * @see spec/sources/tce-vpc.txt line 20654
     */
    AddressIds?: string[] | undefined;
    /**
     * 每次请求的 Filters 的上限为10, Filter.Values 的上限为5。参数不支持同时指定 AddressIds 和 Filters。详细的过滤条件如下: address-id - String - 是否必填: 否 - (过滤条件) 按照 EIP 的唯一 ID 过滤。EIP 唯一 ID 形如: eip-11112222。 address-name - String - 是否必填: 否 - (过滤条件) 按照 EIP 名称过滤。不支持模糊过滤。 address-ip - String - 是否必填: 否 - (过滤条件) 按照 EIP 的 IP 地址过滤。 address-status - String - 是否必填: 否 - (过滤条件) 按照 EIP 的状态过滤。状态包含: 'CREATING', 'BINDING', 'BIND', 'UNBINDING', 'UNBIND', 'OFFLINING', 'BIND_ENI'。 instance-id - String - 是否必填: 否 - (过滤条件) 按照 EIP 绑定的实例 ID 过滤。实例 ID 形如: ins-11112222。 private-ip-address - String - 是否必填: 否 - (过滤条件) 按照 EIP 绑定的内网 IP 过滤。 network-interface-id - String - 是否必填: 否 - (过滤条件) 按照 EIP 绑定的弹性网卡 ID 过滤。弹性网卡 ID 形如: eni-11112222。 is-arrears - String - 是否必填: 否 - (过滤条件) 按照 EIP 是否欠费进行过滤。(TRUE: EIP 处于欠费状态 FALSE: EIP 费用状态正常)
     *
     * @see spec/sources/tce-vpc.txt line 20655
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。关于 Offset 的更进一步介绍请参考 API 简介 中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 20656
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。关于 Limit 的更进一步介绍请参考 API 简介 中的相关小节。
     *
     * @see spec/sources/tce-vpc.txt line 20657
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeAddresses: 查询弹性公网IP列表
 *
 * @see spec/sources/tce-vpc.txt line 20628
 */
export interface DescribeAddressesResponse {
    /**
     * 此参数对外不可见。 符合条件的 EIP 数量。
     *
     * @see spec/sources/tce-vpc.txt line 20662
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 EIP 详细信息列表。
     *
     * @see spec/sources/tce-vpc.txt line 20663
     */
    AddressSet?: Address[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20664
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNetworkInterfaceExtendIps: 获取弹性网卡的扩展ip
 *
 * @see spec/sources/tce-vpc.txt line 20673
 */
export interface DescribeNetworkInterfaceExtendIpsRequest {
    /**
     * 弹性网卡的唯一id列表
     *
     * @see spec/sources/tce-vpc.txt line 20697
     */
    NetworkInterfaceIds: string[];
    /**
     * 偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 20698
     */
    Offset?: number | undefined;
    /**
     * 每页行数，默认为100
     *
     * @see spec/sources/tce-vpc.txt line 20699
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNetworkInterfaceExtendIps: 获取弹性网卡的扩展ip
 *
 * @see spec/sources/tce-vpc.txt line 20673
 */
export interface DescribeNetworkInterfaceExtendIpsResponse {
    /**
     * 此参数对外不可见。 返回扩展ip段
     *
     * @see spec/sources/tce-vpc.txt line 20704
     */
    NetworkInterfaceExtendIpSet?: NetworkInterfaceExtendIp[] | undefined;
    /**
     * 此参数对外不可见。 返回总条目数
     *
     * @see spec/sources/tce-vpc.txt line 20705
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20706
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroupReferences: 查询安全组被引用信息
 *
 * @see spec/sources/tce-vpc.txt line 20716
 */
export interface DescribeSecurityGroupReferencesRequest {
    /**
     * 安全组实例ID数组。格式如: ['sg-12345678']
     *
     * @see spec/sources/tce-vpc.txt line 20740
     */
    SecurityGroupIds: string[];
}
/**
 * Output of DescribeSecurityGroupReferences: 查询安全组被引用信息
 *
 * @see spec/sources/tce-vpc.txt line 20716
 */
export interface DescribeSecurityGroupReferencesResponse {
    /**
     * 此参数对外不可见。 安全组被引用信息。
     *
     * @see spec/sources/tce-vpc.txt line 20745
     */
    ReferredSecurityGroupSet?: ReferredSecurityGroup[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20746
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeTaskResult: 查询异步任务执行结果
 *
 * @see spec/sources/tce-vpc.txt line 20757
 */
export interface DescribeTaskResultRequest {
    /**
     * 异步任务ID。TaskId和DealName必填一个参数
     *
     * @see spec/sources/tce-vpc.txt line 20781
     */
    TaskId?: number | undefined;
    /**
     * 计费订单号。TaskId和DealName必填一个参数
     *
     * @see spec/sources/tce-vpc.txt line 20782
     */
    DealName?: string | undefined;
}
/**
 * Output of DescribeTaskResult: 查询异步任务执行结果
 *
 * @see spec/sources/tce-vpc.txt line 20757
 */
export interface DescribeTaskResultResponse {
    /**
     * 此参数对外不可见。 任务ID
     *
     * @see spec/sources/tce-vpc.txt line 20787
     */
    TaskId?: number | undefined;
    /**
     * 此参数对外不可见。 执行结果,包括"SUCCESS", "FAILED", "RUNNING"
     *
     * @see spec/sources/tce-vpc.txt line 20788
     */
    Result?: string | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20789
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisassociateAddress: 解绑弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 20800
 */
export interface DisassociateAddressRequest {
    /**
     * 标识 EIP 的唯一 ID。EIP 唯一 ID 形如: eip-11112222。
     *
     * @see spec/sources/tce-vpc.txt line 20829
     */
    AddressId: string;
    /**
     * 此参数对外不可见。 表示解绑时是EIP从ENI上解绑, 还是ENI+EIP从实例上解绑
     *
     * @see spec/sources/tce-vpc.txt line 20830
     */
    KeepAddressIdBindWithEniPip?: boolean | undefined;
    /**
     * 表示解绑 EIP 之后是否分配普通公网 IP。取值范围: TRUE: 表示解绑 EIP 之后分配普通公网 IP。 FALSE: 表示解绑 EIP 之后不分配普通公网 IP。 默认取值: FALSE。 只有满足以下条件时才能指定该参数: 只有在解绑主网卡的主内网 IP 上的 EIP 时才能指定该参数。 解绑 EIP 后重新分配普通公网 IP 操作一个账号每天最多操作 10 次; 详情可通过 DescribeAddressQuota 接口获取。
     *
     * @defaultValue FALSE
     * @see spec/sources/tce-vpc.txt line 20831
     */
    ReallocateNormalPublicIp?: boolean | undefined;
    /**
     * 此参数对外不可见。 [Deprecated] 表示解绑后是否自动释放EIP
     *
     * @see spec/sources/tce-vpc.txt line 20832
     */
    CascadeRelease?: boolean | undefined;
}
/**
 * Output of DisassociateAddress: 解绑弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 20800
 */
export interface DisassociateAddressResponse {
    /**
     * 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 20837
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20838
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyAddressAttribute: 修改弹性公网IP属性
 *
 * @see spec/sources/tce-vpc.txt line 20856
 */
export interface ModifyAddressAttributeRequest {
    /**
     * 标识 EIP 的唯一 ID。EIP 唯一 ID 形如: eip-11112222。
     *
     * @see spec/sources/tce-vpc.txt line 20880
     */
    AddressId: string;
    /**
     * 修改后的 EIP 名称。长度上限为20个字符。
     *
     * @see spec/sources/tce-vpc.txt line 20881
     */
    AddressName?: string | undefined;
    /**
     * 设定EIP是否直通, "TRUE"表示直通, "FALSE"表示非直通。注意该参数仅对EIP直通功能可见的用户可以设定。
     *
     * @see spec/sources/tce-vpc.txt line 20882
     */
    EipDirectConnection?: string | undefined;
    /**
     * 此参数对外不可见。 1
     *
     * @see spec/sources/tce-vpc.txt line 20883
     */
    CascadeRelease?: boolean | undefined;
}
/**
 * Output of ModifyAddressAttribute: 修改弹性公网IP属性
 *
 * @see spec/sources/tce-vpc.txt line 20856
 */
export interface ModifyAddressAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20888
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyAddressInternetChargeType: 调整弹性公网ip计费模式
 *
 * @see spec/sources/tce-vpc.txt line 20899
 */
export interface ModifyAddressInternetChargeTypeRequest {
    /**
     * 弹性公网IP的唯一ID, 形如eip-xxx
     *
     * @see spec/sources/tce-vpc.txt line 20926
     */
    AddressId: string;
    /**
     * 弹性公网IP调整目标计费模式, 只支持"BANDWIDTH_PREPAID_BY_MONTH"和"TRAFFIC_POSTPAID_BY_HOUR"
     *
     * @see spec/sources/tce-vpc.txt line 20927
     */
    InternetChargeType: string;
    /**
     * 弹性公网IP调整目标带宽值
     *
     * @see spec/sources/tce-vpc.txt line 20928
     */
    InternetMaxBandwidthOut: number;
    /**
     * 此参数对外不可见。 无
     *
     * @see spec/sources/tce-vpc.txt line 20929
     */
    StartTime?: string | undefined;
    /**
     * 此参数对外不可见。 无
     *
     * @see spec/sources/tce-vpc.txt line 20930
     */
    EndTime?: string | undefined;
    /**
     * 此参数对外不可见。 无
     *
     * @see spec/sources/tce-vpc.txt line 20931
     */
    DealId?: string | undefined;
    /**
     * 包月带宽网络计费模式参数。弹性公网IP的调整目标计费模式是"BANDWIDTH_PREPAID_BY_MONTH"时, 必传该参数。
     *
     * @see spec/sources/tce-vpc.txt line 20932
     */
    AddressChargePrepaid?: AddressChargePrepaid | undefined;
}
/**
 * Output of ModifyAddressInternetChargeType: 调整弹性公网ip计费模式
 *
 * @see spec/sources/tce-vpc.txt line 20899
 */
export interface ModifyAddressInternetChargeTypeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20937
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyAddressesBandwidth: 调整弹性公网IP带宽
 *
 * @see spec/sources/tce-vpc.txt line 20955
 */
export interface ModifyAddressesBandwidthRequest {
    /**
     * EIP唯一标识ID, 形如'eip-xxxx'
     *
     * @see spec/sources/tce-vpc.txt line 20979
     */
    AddressIds: string[];
    /**
     * 调整带宽目标值
     *
     * @see spec/sources/tce-vpc.txt line 20980
     */
    InternetMaxBandwidthOut: number;
    /**
     * 包月带宽起始时间
     *
     * @see spec/sources/tce-vpc.txt line 20981
     */
    StartTime?: string | undefined;
    /**
     * 包月带宽结束时间
     *
     * @see spec/sources/tce-vpc.txt line 20982
     */
    EndTime?: string | undefined;
}
/**
 * Output of ModifyAddressesBandwidth: 调整弹性公网IP带宽
 *
 * @see spec/sources/tce-vpc.txt line 20955
 */
export interface ModifyAddressesBandwidthResponse {
    /**
     * 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 20987
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 20988
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNetworkInterfaceExtendIp: 修改弹性网卡扩展ip
 *
 * @see spec/sources/tce-vpc.txt line 20997
 */
export interface ModifyNetworkInterfaceExtendIpRequest {
    /**
     * vpc唯一id
     *
     * @see spec/sources/tce-vpc.txt line 21021
     */
    VpcId: string;
    /**
     * 弹性网卡唯一id
     *
     * @see spec/sources/tce-vpc.txt line 21022
     */
    NetworkInterfaceId: string;
    /**
     * 扩展ip列表
     *
     * @see spec/sources/tce-vpc.txt line 21023
     */
    Ips?: string[] | undefined;
}
/**
 * Output of ModifyNetworkInterfaceExtendIp: 修改弹性网卡扩展ip
 *
 * @see spec/sources/tce-vpc.txt line 20997
 */
export interface ModifyNetworkInterfaceExtendIpResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21028
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReleaseAddresses: 释放弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 21039
 */
export interface ReleaseAddressesRequest {
    /**
     * 标识 EIP 的唯一 ID 列表。EIP 唯一 ID 形如: eip-11112222。
     *
     * @see spec/sources/tce-vpc.txt line 21066
     */
    AddressIds: string[];
}
/**
 * Output of ReleaseAddresses: 释放弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 21039
 */
export interface ReleaseAddressesResponse {
    /**
     * 此参数对外不可见。 异步任务TaskId。可以使用 DescribeTaskResult 接口查询任务状态。
     *
     * @see spec/sources/tce-vpc.txt line 21071
     */
    TaskId?: string | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21072
     */
    RequestId?: string | undefined;
}
/**
 * Input of TransformAddress: 普通IP转弹性IP
 *
 * @see spec/sources/tce-vpc.txt line 21082
 */
export interface TransformAddressRequest {
    /**
     * 待操作有普通公网 IP 的实例 ID。实例 ID 形如: ins-11112222。可通过登录 控制台 查询, 也可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @see spec/sources/tce-vpc.txt line 21108
     */
    InstanceId: string;
}
/**
 * Output of TransformAddress: 普通IP转弹性IP
 *
 * @see spec/sources/tce-vpc.txt line 21082
 */
export interface TransformAddressResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21113
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssignIpv6Addresses: 分配IPv6地址
 *
 * @see spec/sources/tce-vpc.txt line 21128
 */
export interface AssignIpv6AddressesRequest {
    /**
     * 弹性网卡实例 ID，形如：eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21159
     */
    NetworkInterfaceId: string;
    /**
     * 指定的 IPv6 地址列表，单次最多指定10个。与入参 Ipv6AddressCount 合并计算配额。与 Ipv6AddressCount必填一个。
     *
     * @see spec/sources/tce-vpc.txt line 21160
     */
    Ipv6Addresses?: Ipv6Address[] | undefined;
    /**
     * 自动分配 IPv6 地址个数，内网IP地址个数总和不能超过配额。与入参 Ipv6Addresses 合并计算配额。与Ipv6Addresses必填一个。
     *
     * @see spec/sources/tce-vpc.txt line 21161
     */
    Ipv6AddressCount?: number | undefined;
}
/**
 * Output of AssignIpv6Addresses: 分配IPv6地址
 *
 * @see spec/sources/tce-vpc.txt line 21128
 */
export interface AssignIpv6AddressesResponse {
    /**
     * 此参数对外不可见。 分配给弹性网卡的 IPv6 地址列表。
     *
     * @see spec/sources/tce-vpc.txt line 21166
     */
    Ipv6AddressSet?: Ipv6Address[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21167
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssignPrivateIpAddresses: 弹性网卡申请内网 IP
 *
 * @see spec/sources/tce-vpc.txt line 21184
 */
export interface AssignPrivateIpAddressesRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21212
     */
    NetworkInterfaceId: string;
    /**
     * 指定的内网IP信息, 单次最多指定10个。与 SecondaryPrivateIpAddressCount 至少提供一个。
     *
     * @see spec/sources/tce-vpc.txt line 21213
     */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /**
     * 新申请的内网IP地址个数, 与PrivateIpAddresses至少提供一个。内网IP地址个数总和不能超过配额数, 详见 弹性网卡使用限制 。
     *
     * @see spec/sources/tce-vpc.txt line 21214
     */
    SecondaryPrivateIpAddressCount?: number | undefined;
}
/**
 * Output of AssignPrivateIpAddresses: 弹性网卡申请内网 IP
 *
 * @see spec/sources/tce-vpc.txt line 21184
 */
export interface AssignPrivateIpAddressesResponse {
    /**
     * 此参数对外不可见。 内网IP详细信息。
     *
     * @see spec/sources/tce-vpc.txt line 21219
     */
    PrivateIpAddressSet?: PrivateIpAddressSpecification[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21220
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssociateNetworkInterfaceSecurityGroups: 弹性网卡绑定安全组
 *
 * @see spec/sources/tce-vpc.txt line 21233
 */
export interface AssociateNetworkInterfaceSecurityGroupsRequest {
    /**
     * 弹性网卡实例ID。形如：eni-pxir56ns。每次请求的实例的上限为100。
     *
     * @see spec/sources/tce-vpc.txt line 21257
     */
    NetworkInterfaceIds: string[];
    /**
     * 安全组实例ID，例如：sg-33ocnj9n，可通过DescribeSecurityGroups获取。每次请求的实例的上限为100。
     *
     * @see spec/sources/tce-vpc.txt line 21258
     */
    SecurityGroupIds: string[];
}
/**
 * Output of AssociateNetworkInterfaceSecurityGroups: 弹性网卡绑定安全组
 *
 * @see spec/sources/tce-vpc.txt line 21233
 */
export interface AssociateNetworkInterfaceSecurityGroupsResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21263
     */
    RequestId?: string | undefined;
}
/**
 * Input of AttachNetworkInterface: 弹性网卡绑定云主机
 *
 * @see spec/sources/tce-vpc.txt line 21274
 */
export interface AttachNetworkInterfaceRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21303
     */
    NetworkInterfaceId: string;
    /**
     * CVM实例ID。形如: ins-r8hr2upy。
     *
     * @see spec/sources/tce-vpc.txt line 21304
     */
    InstanceId: string;
}
/**
 * Output of AttachNetworkInterface: 弹性网卡绑定云主机
 *
 * @see spec/sources/tce-vpc.txt line 21274
 */
export interface AttachNetworkInterfaceResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21309
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateAndAttachNetworkInterface: 创建弹性网卡并绑定云主机
 *
 * @see spec/sources/tce-vpc.txt line 21320
 */
export interface CreateAndAttachNetworkInterfaceRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的Vpcid获取。
     *
     * @see spec/sources/tce-vpc.txt line 21350
     */
    VpcId: string;
    /**
     * 弹性网卡名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 21351
     */
    NetworkInterfaceName: string;
    /**
     * 弹性网卡所在的子网实例ID, 例如: subnet-0ap8nwca。
     *
     * @see spec/sources/tce-vpc.txt line 21352
     */
    SubnetId: string;
    /**
     * 指定的内网IP信息, 单次最多指定10个。
     *
     * @see spec/sources/tce-vpc.txt line 21353
     */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /**
     * 新申请的内网IP地址个数, 内网IP地址个数总和不能超过配额。
     *
     * @see spec/sources/tce-vpc.txt line 21354
     */
    SecondaryPrivateIpAddressCount?: number | undefined;
    /**
     * 指定绑定的安全组, 例如: ['sg-1dd51d']。
     *
     * @see spec/sources/tce-vpc.txt line 21355
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * 云主机实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 21356
     */
    InstanceId: string;
    /**
     * 弹性网卡描述, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 21357
     */
    NetworkInterfaceDescription?: string | undefined;
    /**
     * 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 21358
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateAndAttachNetworkInterface: 创建弹性网卡并绑定云主机
 *
 * @see spec/sources/tce-vpc.txt line 21320
 */
export interface CreateAndAttachNetworkInterfaceResponse {
    /**
     * 此参数对外不可见。 弹性网卡实例。
     *
     * @see spec/sources/tce-vpc.txt line 21363
     */
    NetworkInterface?: NetworkInterface | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21364
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateNetworkInterface: 创建弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 21376
 */
export interface CreateNetworkInterfaceRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 21406
     */
    VpcId: string;
    /**
     * 弹性网卡名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 21407
     */
    NetworkInterfaceName: string;
    /**
     * 弹性网卡描述, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 21408
     */
    NetworkInterfaceDescription?: string | undefined;
    /**
     * 弹性网卡所在的子网实例ID, 例如: subnet-0ap8nwca。
     *
     * @see spec/sources/tce-vpc.txt line 21409
     */
    SubnetId: string;
    /**
     * 新申请的内网IP地址个数, 内网IP地址个数总和不能超过配额。
     *
     * @see spec/sources/tce-vpc.txt line 21410
     */
    SecondaryPrivateIpAddressCount?: number | undefined;
    /**
     * 指定绑定的安全组, 例如: ['sg-1dd51d']。
     *
     * @see spec/sources/tce-vpc.txt line 21411
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * 指定的内网IP信息, 单次最多指定10个。
     *
     * @see spec/sources/tce-vpc.txt line 21412
     */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /**
     * 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 21413
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateNetworkInterface: 创建弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 21376
 */
export interface CreateNetworkInterfaceResponse {
    /**
     * 此参数对外不可见。 弹性网卡实例。
     *
     * @see spec/sources/tce-vpc.txt line 21418
     */
    NetworkInterface?: NetworkInterface | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21419
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteNetworkInterface: 删除弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 21435
 */
export interface DeleteNetworkInterfaceRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21462
     */
    NetworkInterfaceId: string;
}
/**
 * Output of DeleteNetworkInterface: 删除弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 21435
 */
export interface DeleteNetworkInterfaceResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21467
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNetworkInterfaceLimit: 查询弹性网卡配额
 *
 * @see spec/sources/tce-vpc.txt line 21479
 */
export interface DescribeNetworkInterfaceLimitRequest {
    /**
     * 要查询的CVM实例ID或弹性网卡ID
     *
     * @see spec/sources/tce-vpc.txt line 21503
     */
    InstanceId: string;
}
/**
 * Output of DescribeNetworkInterfaceLimit: 查询弹性网卡配额
 *
 * @see spec/sources/tce-vpc.txt line 21479
 */
export interface DescribeNetworkInterfaceLimitResponse {
    /**
     * 此参数对外不可见。 弹性网卡配额
     *
     * @see spec/sources/tce-vpc.txt line 21508
     */
    EniQuantity?: number | undefined;
    /**
     * 此参数对外不可见。 每个弹性网卡可以分配的IP配额
     *
     * @see spec/sources/tce-vpc.txt line 21509
     */
    EniPrivateIpAddressQuantity?: number | undefined;
    /**
     * 此参数对外不可见。 扩展网卡数量
     *
     * @see spec/sources/tce-vpc.txt line 21510
     */
    ExtendEniQuantity?: number | undefined;
    /**
     * 此参数对外不可见。 扩展网卡地址数量
     *
     * @see spec/sources/tce-vpc.txt line 21511
     */
    ExtendEniPrivateIpAddressQuantity?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21512
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNetworkInterfaces: 查询弹性网卡列表
 *
 * @see spec/sources/tce-vpc.txt line 21522
 */
export interface DescribeNetworkInterfacesRequest {
    /**
     * 弹性网卡实例ID查询。形如: eni-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定 NetworkInterfaceIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 21546
     */
    NetworkInterfaceIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定NetworkInterfaceIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 subnet-id - String - (过滤条件) 所属子网实例ID, 形如: subnet-f49l6u0z。 network-interface-id - String - (过滤条件) 弹性网卡实例ID, 形如: eni-5k56k7k7。 attachment.instance-id - String - (过滤条件) 绑定的云服务器实例ID, 形如: ins-3nqpdn3i。 groups.security-group-id - String - (过滤条件) 绑定的安全组实例ID, 例如: sg-f9ekbxeq。 network-interface-name - String - (过滤条件) 网卡实例名称。 network-interface-description - String - (过滤条件) 网卡实例描述。 address-ip - String - (过滤条件) 内网IPv4地址。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。使用请参考示例2 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例3。 is-primary - Boolean - 是否必填: 否 - (过滤条件) 按照是否主网卡进行过滤。值为true时, 仅过滤主网卡; 值为false时, 仅过滤辅助网卡; 次过滤参数为提供时, 同时过滤主网卡和辅助网卡。
     *
     * @see spec/sources/tce-vpc.txt line 21547
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 21548
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 21549
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNetworkInterfaces: 查询弹性网卡列表
 *
 * @see spec/sources/tce-vpc.txt line 21522
 */
export interface DescribeNetworkInterfacesResponse {
    /**
     * 此参数对外不可见。 实例详细信息列表。
     *
     * @see spec/sources/tce-vpc.txt line 21554
     */
    NetworkInterfaceSet?: NetworkInterface[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 21555
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21556
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachNetworkInterface: 弹性网卡解绑云主机
 *
 * @see spec/sources/tce-vpc.txt line 21567
 */
export interface DetachNetworkInterfaceRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21591
     */
    NetworkInterfaceId: string;
    /**
     * CVM实例ID。形如: ins-r8hr2upy。
     *
     * @see spec/sources/tce-vpc.txt line 21592
     */
    InstanceId: string;
}
/**
 * Output of DetachNetworkInterface: 弹性网卡解绑云主机
 *
 * @see spec/sources/tce-vpc.txt line 21567
 */
export interface DetachNetworkInterfaceResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21597
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachNetworkInterfaceEx: DetachNetworkInterfaceEx
 *
 * @see spec/sources/tce-vpc.txt line 21607
 */
export interface DetachNetworkInterfaceExRequest {
    /**
     * 此参数对外不可见。 VPC实例所属APPID。
     *
     * @see spec/sources/tce-vpc.txt line 21631
     */
    VpcAppId: number | null;
    /**
     * 此参数对外不可见。 VPC实例所属Uin。
     *
     * @see spec/sources/tce-vpc.txt line 21632
     */
    VpcUin: string | null;
    /**
     * 此参数对外不可见。 VPC实例所属SubAccountUin。
     *
     * @see spec/sources/tce-vpc.txt line 21633
     */
    VpcSubAccountUin: string | null;
    /**
     * 此参数对外不可见。 产品业务标示。
     *
     * @see spec/sources/tce-vpc.txt line 21634
     */
    Business?: string | null | undefined;
    /**
     * 此参数对外不可见。 产品唯一资源ID。
     *
     * @see spec/sources/tce-vpc.txt line 21635
     */
    BusinessOwner?: string | null | undefined;
    /**
     * 此参数对外不可见。 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21636
     */
    NetworkInterfaceId: string | null;
    /**
     * 此参数对外不可见。 CVM实例ID。形如: ins-r8hr2upy。
     *
     * @see spec/sources/tce-vpc.txt line 21637
     */
    InstanceId: string | null;
}
/**
 * Output of DetachNetworkInterfaceEx: DetachNetworkInterfaceEx
 *
 * @see spec/sources/tce-vpc.txt line 21607
 */
export interface DetachNetworkInterfaceExResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21642
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisassociateNetworkInterfaceSecurityGroups: 弹性网卡解绑安全组
 *
 * @see spec/sources/tce-vpc.txt line 21658
 */
export interface DisassociateNetworkInterfaceSecurityGroupsRequest {
    /**
     * 弹性网卡实例ID。形如: eni-pxir56ns。每次请求的实例的上限为100。
     *
     * @see spec/sources/tce-vpc.txt line 21682
     */
    NetworkInterfaceIds: string[];
    /**
     * 安全组实例ID, 例如: sg-33ocnj9n, 可通过 DescribeSecurityGroups 获取。每次请求的实例的上限为100。
     *
     * @see spec/sources/tce-vpc.txt line 21683
     */
    SecurityGroupIds: string[];
}
/**
 * Output of DisassociateNetworkInterfaceSecurityGroups: 弹性网卡解绑安全组
 *
 * @see spec/sources/tce-vpc.txt line 21658
 */
export interface DisassociateNetworkInterfaceSecurityGroupsResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21688
     */
    RequestId?: string | undefined;
}
/**
 * Input of MigrateNetworkInterface: 弹性网卡迁移
 *
 * @see spec/sources/tce-vpc.txt line 21699
 */
export interface MigrateNetworkInterfaceRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21723
     */
    NetworkInterfaceId: string;
    /**
     * 弹性网卡当前绑定的CVM实例ID。形如: ins-r8hr2upy。
     *
     * @see spec/sources/tce-vpc.txt line 21724
     */
    SourceInstanceId: string;
    /**
     * 待迁移的目的CVM实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 21725
     */
    DestinationInstanceId: string;
}
/**
 * Output of MigrateNetworkInterface: 弹性网卡迁移
 *
 * @see spec/sources/tce-vpc.txt line 21699
 */
export interface MigrateNetworkInterfaceResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21730
     */
    RequestId?: string | undefined;
}
/**
 * Input of MigratePrivateIpAddress: 弹性网卡内网IP迁移
 *
 * @see spec/sources/tce-vpc.txt line 21740
 */
export interface MigratePrivateIpAddressRequest {
    /**
     * 当内网IP绑定的弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21767
     */
    SourceNetworkInterfaceId: string;
    /**
     * 待迁移的目的弹性网卡实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 21768
     */
    DestinationNetworkInterfaceId: string;
    /**
     * 迁移的内网IP地址, 例如: 10.0.0.6。
     *
     * @see spec/sources/tce-vpc.txt line 21769
     */
    PrivateIpAddress: string;
}
/**
 * Output of MigratePrivateIpAddress: 弹性网卡内网IP迁移
 *
 * @see spec/sources/tce-vpc.txt line 21740
 */
export interface MigratePrivateIpAddressResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21774
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyIpv6AddressesAttribute: 修改弹性网卡IPv6地址属性
 *
 * @see spec/sources/tce-vpc.txt line 21784
 */
export interface ModifyIpv6AddressesAttributeRequest {
    /**
     * 弹性网卡实例 ID，形如：eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21808
     */
    NetworkInterfaceId: string;
    /**
     * 指定的内网IPv6地址信息。
     *
     * @see spec/sources/tce-vpc.txt line 21809
     */
    Ipv6Addresses: Ipv6Address[];
}
/**
 * Output of ModifyIpv6AddressesAttribute: 修改弹性网卡IPv6地址属性
 *
 * @see spec/sources/tce-vpc.txt line 21784
 */
export interface ModifyIpv6AddressesAttributeResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21814
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNetworkInterfaceAttribute: 修改弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 21826
 */
export interface ModifyNetworkInterfaceAttributeRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-pxir56ns。
     *
     * @see spec/sources/tce-vpc.txt line 21850
     */
    NetworkInterfaceId: string;
    /**
     * 弹性网卡名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 21851
     */
    NetworkInterfaceName?: string | undefined;
    /**
     * 弹性网卡描述, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 21852
     */
    NetworkInterfaceDescription?: string | undefined;
    /**
     * 指定绑定的安全组, 例如: ['sg-1dd51d']。
     *
     * @see spec/sources/tce-vpc.txt line 21853
     */
    SecurityGroupIds?: string[] | undefined;
}
/**
 * Output of ModifyNetworkInterfaceAttribute: 修改弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 21826
 */
export interface ModifyNetworkInterfaceAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21858
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyPrivateIpAddressesAttribute: 修改弹性网卡内网IP信息
 *
 * @see spec/sources/tce-vpc.txt line 21868
 */
export interface ModifyPrivateIpAddressesAttributeRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21892
     */
    NetworkInterfaceId: string;
    /**
     * 指定的内网IP信息。
     *
     * @see spec/sources/tce-vpc.txt line 21893
     */
    PrivateIpAddresses: PrivateIpAddressSpecification[];
}
/**
 * Output of ModifyPrivateIpAddressesAttribute: 修改弹性网卡内网IP信息
 *
 * @see spec/sources/tce-vpc.txt line 21868
 */
export interface ModifyPrivateIpAddressesAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21898
     */
    RequestId?: string | undefined;
}
/**
 * Input of UnassignIpv6Addresses: 释放IPv6地址
 *
 * @see spec/sources/tce-vpc.txt line 21909
 */
export interface UnassignIpv6AddressesRequest {
    /**
     * 弹性网卡实例 ID, 形如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21935
     */
    NetworkInterfaceId: string;
    /**
     * 指定的 IPv6 地址列表, 单次最多指定10个。
     *
     * @see spec/sources/tce-vpc.txt line 21936
     */
    Ipv6Addresses: Ipv6Address[];
}
/**
 * Output of UnassignIpv6Addresses: 释放IPv6地址
 *
 * @see spec/sources/tce-vpc.txt line 21909
 */
export interface UnassignIpv6AddressesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21941
     */
    RequestId?: string | undefined;
}
/**
 * Input of UnassignPrivateIpAddresses: 弹性网卡退还内网 IP
 *
 * @see spec/sources/tce-vpc.txt line 21953
 */
export interface UnassignPrivateIpAddressesRequest {
    /**
     * 弹性网卡实例ID, 例如: eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 21979
     */
    NetworkInterfaceId: string;
    /**
     * 指定的内网IP信息, 单次最多指定10个。
     *
     * @see spec/sources/tce-vpc.txt line 21980
     */
    PrivateIpAddresses: PrivateIpAddressSpecification[];
}
/**
 * Output of UnassignPrivateIpAddresses: 弹性网卡退还内网 IP
 *
 * @see spec/sources/tce-vpc.txt line 21953
 */
export interface UnassignPrivateIpAddressesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 21985
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateFlowLog: 创建流日志
 *
 * @see spec/sources/tce-vpc.txt line 21997
 */
export interface CreateFlowLogRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID
     *
     * @see spec/sources/tce-vpc.txt line 22021
     */
    VpcId: string;
    /**
     * 流日志实例名字
     *
     * @see spec/sources/tce-vpc.txt line 22022
     */
    FlowLogName: string;
    /**
     * 流日志实例描述
     *
     * @see spec/sources/tce-vpc.txt line 22023
     */
    FlowLogDescription?: string | undefined;
    /**
     * 流日志所属资源类型，VPC SUBNET NETWORKINTERFACE
     *
     * @see spec/sources/tce-vpc.txt line 22024
     */
    ResourceType: string;
    /**
     * 资源唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 22025
     */
    ResourceId: string;
    /**
     * 流日志采集类型，ACCEPT REJECT ALL
     *
     * @see spec/sources/tce-vpc.txt line 22026
     */
    TrafficType: string;
    /**
     * 流日志存储ID
     *
     * @see spec/sources/tce-vpc.txt line 22027
     */
    CloudLogId: string;
}
/**
 * Output of CreateFlowLog: 创建流日志
 *
 * @see spec/sources/tce-vpc.txt line 21997
 */
export interface CreateFlowLogResponse {
    /**
     * 此参数对外不可见。 创建的流日志信息
     *
     * @see spec/sources/tce-vpc.txt line 22032
     */
    FlowLog?: FlowLog | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22033
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteFlowLog: 删除流日志
 *
 * @see spec/sources/tce-vpc.txt line 22047
 */
export interface DeleteFlowLogRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID
     *
     * @see spec/sources/tce-vpc.txt line 22071
     */
    VpcId: string;
    /**
     * 流日志唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 22072
     */
    FlowLogId: string;
}
/**
 * Output of DeleteFlowLog: 删除流日志
 *
 * @see spec/sources/tce-vpc.txt line 22047
 */
export interface DeleteFlowLogResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22077
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeFlowLog: 查询流日志实例信息
 *
 * @see spec/sources/tce-vpc.txt line 22087
 */
export interface DescribeFlowLogRequest {
    /**
     * 私有网络ID或者统一ID, 建议使用统一ID
     *
     * @see spec/sources/tce-vpc.txt line 22111
     */
    VpcId: string;
    /**
     * 流日志唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 22112
     */
    FlowLogId: string;
}
/**
 * Output of DescribeFlowLog: 查询流日志实例信息
 *
 * @see spec/sources/tce-vpc.txt line 22087
 */
export interface DescribeFlowLogResponse {
    /**
     * 此参数对外不可见。 流日志信息
     *
     * @see spec/sources/tce-vpc.txt line 22117
     */
    FlowLog?: FlowLog | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22118
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeFlowLogs: 查询流日志集合
 *
 * @see spec/sources/tce-vpc.txt line 22128
 */
export interface DescribeFlowLogsRequest {
    /**
     * 私有网络ID或者统一ID, 建议使用统一ID
     *
     * @see spec/sources/tce-vpc.txt line 22152
     */
    VpcId?: string | undefined;
    /**
     * 流日志唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 22153
     */
    FlowLogId?: string | undefined;
    /**
     * 流日志实例名字
     *
     * @see spec/sources/tce-vpc.txt line 22154
     */
    FlowLogName?: string | undefined;
    /**
     * 流日志所属资源类型, VPC SUBNET NETWORKINTERFACE
     *
     * @see spec/sources/tce-vpc.txt line 22155
     */
    ResourceType?: string | undefined;
    /**
     * 资源唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 22156
     */
    ResourceId?: string | undefined;
    /**
     * 流日志采集类型, ACCEPT REJECT ALL
     *
     * @see spec/sources/tce-vpc.txt line 22157
     */
    TrafficType?: string | undefined;
    /**
     * 流日志存储ID
     *
     * @see spec/sources/tce-vpc.txt line 22158
     */
    CloudLogId?: string | undefined;
    /**
     * 流日志存储ID状态
     *
     * @see spec/sources/tce-vpc.txt line 22159
     */
    CloudLogState?: string | undefined;
    /**
     * 按某个字段排序, 支持字段: flowLogName, createTime, 默认按createTime
     *
     * @see spec/sources/tce-vpc.txt line 22160
     */
    OrderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc), 默认: desc
     *
     * @see spec/sources/tce-vpc.txt line 22161
     */
    OrderDirection?: string | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 22162
     */
    Offset?: number | undefined;
    /**
     * 每页行数, 默认为10
     *
     * @see spec/sources/tce-vpc.txt line 22163
     */
    Limit?: number | undefined;
    /**
     * 过滤条件, 参数不支持同时指定FlowLogIds和Filters。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
     *
     * @see spec/sources/tce-vpc.txt line 22164
     */
    Filters?: Filter | undefined;
}
/**
 * Output of DescribeFlowLogs: 查询流日志集合
 *
 * @see spec/sources/tce-vpc.txt line 22128
 */
export interface DescribeFlowLogsResponse {
    /**
     * 此参数对外不可见。 流日志实例集合
     *
     * @see spec/sources/tce-vpc.txt line 22169
     */
    FlowLog?: FlowLog | undefined;
    /**
     * 此参数对外不可见。 流日志总数目
     *
     * @see spec/sources/tce-vpc.txt line 22170
     */
    TotalNum?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22171
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyFlowLogAttribute: 修改流日志属性
 *
 * @see spec/sources/tce-vpc.txt line 22181
 */
export interface ModifyFlowLogAttributeRequest {
    /**
     * 私有网络ID或者统一ID, 建议使用统一ID
     *
     * @see spec/sources/tce-vpc.txt line 22205
     */
    VpcId: string;
    /**
     * 流日志唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 22206
     */
    FlowLogId: string;
    /**
     * 流日志实例名字
     *
     * @see spec/sources/tce-vpc.txt line 22207
     */
    FlowLogName?: string | undefined;
    /**
     * 流日志实例描述
     *
     * @see spec/sources/tce-vpc.txt line 22208
     */
    FlowLogDescription?: string | undefined;
}
/**
 * Output of ModifyFlowLogAttribute: 修改流日志属性
 *
 * @see spec/sources/tce-vpc.txt line 22181
 */
export interface ModifyFlowLogAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22213
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssignIpv6CidrBlock: 分配IPv6网段
 *
 * @see spec/sources/tce-vpc.txt line 22225
 */
export interface AssignIpv6CidrBlockRequest {
    /**
     * VPC 实例 ID，形如：vpc-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 22252
     */
    VpcId: string;
    /**
     * 网段类型，0：GUA，1：ULA，默认0。
     *
     * @see spec/sources/tce-vpc.txt line 22253
     */
    AddressType?: number | undefined;
}
/**
 * Output of AssignIpv6CidrBlock: 分配IPv6网段
 *
 * @see spec/sources/tce-vpc.txt line 22225
 */
export interface AssignIpv6CidrBlockResponse {
    /**
     * 此参数对外不可见。 分配的 IPv6 网段。形如：3402:4e00:20:1000::/56
     *
     * @see spec/sources/tce-vpc.txt line 22258
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22259
     */
    RequestId?: string | undefined;
}
/**
 * Input of AttachClassicLinkVpc: 创建基础网络互通
 *
 * @see spec/sources/tce-vpc.txt line 22269
 */
export interface AttachClassicLinkVpcRequest {
    /**
     * VPC实例ID
     *
     * @see spec/sources/tce-vpc.txt line 22296
     */
    VpcId: string;
    /**
     * CVM实例ID
     *
     * @see spec/sources/tce-vpc.txt line 22297
     */
    InstanceIds: string[];
}
/**
 * Output of AttachClassicLinkVpc: 创建基础网络互通
 *
 * @see spec/sources/tce-vpc.txt line 22269
 */
export interface AttachClassicLinkVpcResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22302
     */
    RequestId?: string | undefined;
}
/**
 * Input of CheckAssistantCidr: 检查辅助CIDR冲突
 *
 * @see spec/sources/tce-vpc.txt line 22316
 */
export interface CheckAssistantCidrRequest {
    /**
     * VPC实例ID。形如: vpc-6v2ht8q5
     *
     * @see spec/sources/tce-vpc.txt line 22344
     */
    VpcId: string;
    /**
     * 待添加的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"]
     *
     * @see spec/sources/tce-vpc.txt line 22345
     */
    NewCidrBlocks?: string[] | undefined;
    /**
     * 待删除的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"]
     *
     * @see spec/sources/tce-vpc.txt line 22346
     */
    OldCidrBlocks?: string[] | undefined;
}
/**
 * Output of CheckAssistantCidr: 检查辅助CIDR冲突
 *
 * @see spec/sources/tce-vpc.txt line 22316
 */
export interface CheckAssistantCidrResponse {
    /**
     * 此参数对外不可见。 冲突资源信息数组。
     *
     * @see spec/sources/tce-vpc.txt line 22351
     */
    ConflictSourceSet?: ConflictSource[] | undefined;
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22352
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateAssistantCidr: 创建辅助CIDR
 *
 * @see spec/sources/tce-vpc.txt line 22369
 */
export interface CreateAssistantCidrRequest {
    /**
     * VPC 实例 ID。形如：vpc-6v2ht8q5
     *
     * @see spec/sources/tce-vpc.txt line 22393
     */
    VpcId: string;
    /**
     * CIDR数组，格式如["10.0.0.0/16", "172.16.0.0/16"]
     *
     * @see spec/sources/tce-vpc.txt line 22394
     */
    CidrBlocks: string[];
}
/**
 * Output of CreateAssistantCidr: 创建辅助CIDR
 *
 * @see spec/sources/tce-vpc.txt line 22369
 */
export interface CreateAssistantCidrResponse {
    /**
     * 此参数对外不可见。 辅助CIDR数组。
     *
     * @see spec/sources/tce-vpc.txt line 22399
     */
    AssistantCidrSet?: AssistantCidr[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22400
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateDefaultVpc: 创建默认VPC和默认子网
 *
 * @see spec/sources/tce-vpc.txt line 22414
 */
export interface CreateDefaultVpcRequest {
    /**
     * 子网所在的可用区ID，不指定将随机选择可用区
     *
     * @see spec/sources/tce-vpc.txt line 22447
     */
    Zone?: string | undefined;
    /**
     * 是否强制返回默认VPC
     *
     * @see spec/sources/tce-vpc.txt line 22448
     */
    Force?: boolean | undefined;
}
/**
 * Output of CreateDefaultVpc: 创建默认VPC和默认子网
 *
 * @see spec/sources/tce-vpc.txt line 22414
 */
export interface CreateDefaultVpcResponse {
    /**
     * 此参数对外不可见。 默认VPC和子网ID
     *
     * @see spec/sources/tce-vpc.txt line 22453
     */
    Vpc?: DefaultVpcSubnet | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22454
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateVpc: 创建VPC
 *
 * @see spec/sources/tce-vpc.txt line 22460
 */
export interface CreateVpcRequest {
    /**
     * vpc名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 22488
     */
    VpcName: string;
    /**
     * vpc的cidr, 只能为10.0.0.0/16, 172.16.0.0/16, 192.168.0.0/16这三个内网网段内。
     *
     * @see spec/sources/tce-vpc.txt line 22489
     */
    CidrBlock: string;
    /**
     * 是否开启组播。true: 开启, false: 不开启。
     *
     * @see spec/sources/tce-vpc.txt line 22490
     */
    EnableMulticast?: string | undefined;
    /**
     * DNS地址, 最多支持4个
     *
     * @see spec/sources/tce-vpc.txt line 22491
     */
    DnsServers?: string[] | undefined;
    /**
     * 域名
     *
     * @see spec/sources/tce-vpc.txt line 22492
     */
    DomainName?: string | undefined;
    /**
     * 指定绑定的标签列表, 例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 22493
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateVpc: 创建VPC
 *
 * @see spec/sources/tce-vpc.txt line 22460
 */
export interface CreateVpcResponse {
    /**
     * 此参数对外不可见。 Vpc对象。
     *
     * @see spec/sources/tce-vpc.txt line 22498
     */
    Vpc?: Vpc | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22499
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteAssistantCidr: 删除辅助CIDR
 *
 * @see spec/sources/tce-vpc.txt line 22515
 */
export interface DeleteAssistantCidrRequest {
    /**
     * VPC实例ID。形如: vpc-6v2ht8q5
     *
     * @see spec/sources/tce-vpc.txt line 22539
     */
    VpcId: string;
    /**
     * CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"]
     *
     * @see spec/sources/tce-vpc.txt line 22540
     */
    CidrBlocks: string[];
}
/**
 * Output of DeleteAssistantCidr: 删除辅助CIDR
 *
 * @see spec/sources/tce-vpc.txt line 22515
 */
export interface DeleteAssistantCidrResponse {
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22545
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpc: 删除VPC
 *
 * @see spec/sources/tce-vpc.txt line 22559
 */
export interface DeleteVpcRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 22586
     */
    VpcId: string;
}
/**
 * Output of DeleteVpc: 删除VPC
 *
 * @see spec/sources/tce-vpc.txt line 22559
 */
export interface DeleteVpcResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22591
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeAccountAttributes: 查询账户属性
 *
 * @see spec/sources/tce-vpc.txt line 22602
 */
export interface DescribeAccountAttributesRequest {
}
/**
 * Output of DescribeAccountAttributes: 查询账户属性
 *
 * @see spec/sources/tce-vpc.txt line 22602
 */
export interface DescribeAccountAttributesResponse {
    /**
     * 此参数对外不可见。 用户账号属性对象
     *
     * @see spec/sources/tce-vpc.txt line 22630
     */
    AccountAttributeSet?: AccountAttribute[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22631
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeAssistantCidr: 查询辅助CIDR列表
 *
 * @see spec/sources/tce-vpc.txt line 22637
 */
export interface DescribeAssistantCidrRequest {
    /**
     * VPC 实例 ID 数组。形如: [vpc-6v2ht8q5]
     *
     * @see spec/sources/tce-vpc.txt line 22661
     */
    VpcIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定NetworkInterfaceIds和Filters。 vpc-id - String - (过滤条件) VPC实例 ID, 形如: vpc-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 22662
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 22663
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 22664
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeAssistantCidr: 查询辅助CIDR列表
 *
 * @see spec/sources/tce-vpc.txt line 22637
 */
export interface DescribeAssistantCidrResponse {
    /**
     * 此参数对外不可见。 符合条件的辅助CIDR数组。
     *
     * @see spec/sources/tce-vpc.txt line 22669
     */
    AssistantCidrSet?: AssistantCidr[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 22670
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22671
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeClassicLinkInstances: 查询基础网络互通列表
 *
 * @see spec/sources/tce-vpc.txt line 22682
 */
export interface DescribeClassicLinkInstancesRequest {
    /**
     * 过滤条件。 vpc-id - String - (过滤条件) VPC实例ID。 vm-ip - String - (过滤条件) 基础网络云服务器IP。
     *
     * @see spec/sources/tce-vpc.txt line 22706
     */
    Filters?: FilterObject[] | undefined;
    /**
     * 偏移量
     *
     * @see spec/sources/tce-vpc.txt line 22707
     */
    Offset?: string | undefined;
    /**
     * 返回数量
     *
     * @see spec/sources/tce-vpc.txt line 22708
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeClassicLinkInstances: 查询基础网络互通列表
 *
 * @see spec/sources/tce-vpc.txt line 22682
 */
export interface DescribeClassicLinkInstancesResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 22713
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 私有网络和基础网络互通设备。
     *
     * @see spec/sources/tce-vpc.txt line 22714
     */
    ClassicLinkInstanceSet?: ClassicLinkInstance[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22715
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNmsCidrs: 查询非标网段
 *
 * @see spec/sources/tce-vpc.txt line 22724
 */
export interface DescribeNmsCidrsRequest {
    /**
     * 总数
     *
     * @see spec/sources/tce-vpc.txt line 22748
     */
    TotalCount?: number | undefined;
    /**
     * 非标网段详情
     *
     * @see spec/sources/tce-vpc.txt line 22749
     */
    CidrDetailSet?: CidrDetailSet | undefined;
}
/**
 * Output of DescribeNmsCidrs: 查询非标网段
 *
 * @see spec/sources/tce-vpc.txt line 22724
 */
export interface DescribeNmsCidrsResponse {
    /**
     * 此参数对外不可见。 总数
     *
     * @see spec/sources/tce-vpc.txt line 22754
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 非标网段详情
     *
     * @see spec/sources/tce-vpc.txt line 22755
     */
    CidrDetailSet?: CidrDetailSet | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22756
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcInstances: 查询VPC下的云主机实例列表
 *
 * @see spec/sources/tce-vpc.txt line 22762
 */
export interface DescribeVpcInstancesRequest {
    /**
     * 过滤条件, 参数不支持同时指定RouteTableIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 instance-id - String - (过滤条件) 云主机实例ID。 instance-name - String - (过滤条件) 云主机名称。
     *
     * @see spec/sources/tce-vpc.txt line 22786
     */
    Filters: Filter[];
    /**
     * 偏移量。
     *
     * @see spec/sources/tce-vpc.txt line 22787
     */
    Offset?: number | undefined;
    /**
     * 请求对象个数。
     *
     * @see spec/sources/tce-vpc.txt line 22788
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeVpcInstances: 查询VPC下的云主机实例列表
 *
 * @see spec/sources/tce-vpc.txt line 22762
 */
export interface DescribeVpcInstancesResponse {
    /**
     * 此参数对外不可见。 云主机实例列表。
     *
     * @see spec/sources/tce-vpc.txt line 22793
     */
    InstanceSet?: CvmInstance[] | undefined;
    /**
     * 此参数对外不可见。 满足条件的云主机实例个数。
     *
     * @see spec/sources/tce-vpc.txt line 22794
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22795
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcIpv6Addresses: 查询VPC内IPv6列表
 *
 * @see spec/sources/tce-vpc.txt line 22806
 */
export interface DescribeVpcIpv6AddressesRequest {
    /**
     * VPC 实例 ID, 形如: vpc-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 22830
     */
    VpcId: string;
    /**
     * IP 地址列表, 批量查询单次请求最多支持 10 个。
     *
     * @see spec/sources/tce-vpc.txt line 22831
     */
    Ipv6Addresses?: string[] | undefined;
    /**
     * 偏移量。
     *
     * @see spec/sources/tce-vpc.txt line 22832
     */
    Offset?: number | undefined;
    /**
     * 返回数量。
     *
     * @see spec/sources/tce-vpc.txt line 22833
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeVpcIpv6Addresses: 查询VPC内IPv6列表
 *
 * @see spec/sources/tce-vpc.txt line 22806
 */
export interface DescribeVpcIpv6AddressesResponse {
    /**
     * 此参数对外不可见。 IPv6 地址列表。
     *
     * @see spec/sources/tce-vpc.txt line 22838
     */
    Ipv6AddressSet?: VpcIpv6Address[] | undefined;
    /**
     * 此参数对外不可见。 IPv6 地址总数。
     *
     * @see spec/sources/tce-vpc.txt line 22839
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22840
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcLimits: 获取私有网络配额
 *
 * @see spec/sources/tce-vpc.txt line 22846
 */
export interface DescribeVpcLimitsRequest {
    /**
     * 配额名称。每次最大查询100个配额类型。
     *
     * @see spec/sources/tce-vpc.txt line 22899
     */
    LimitTypes: string[];
}
/**
 * Output of DescribeVpcLimits: 获取私有网络配额
 *
 * @see spec/sources/tce-vpc.txt line 22846
 */
export interface DescribeVpcLimitsResponse {
    /**
     * 此参数对外不可见。 私有网络配额
     *
     * @see spec/sources/tce-vpc.txt line 22904
     */
    VpcLimitSet?: VpcLimit[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22905
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcPrivateIpAddresses: 查询VPC内网IP信息
 *
 * @see spec/sources/tce-vpc.txt line 22914
 */
export interface DescribeVpcPrivateIpAddressesRequest {
    /**
     * VPC 实例 ID, 形如: vpc-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 22939
     */
    VpcId: string;
    /**
     * 内网 IP 地址列表, 批量查询单次请求最多支持 10 个。
     *
     * @see spec/sources/tce-vpc.txt line 22940
     */
    PrivateIpAddresses: string[];
}
/**
 * Output of DescribeVpcPrivateIpAddresses: 查询VPC内网IP信息
 *
 * @see spec/sources/tce-vpc.txt line 22914
 */
export interface DescribeVpcPrivateIpAddressesResponse {
    /**
     * 此参数对外不可见。 内网 IP 地址信息列表。
     *
     * @see spec/sources/tce-vpc.txt line 22945
     */
    VpcPrivateIpAddressSet?: VpcPrivateIpAddress[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22946
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcs: 查询VPC列表
 *
 * @see spec/sources/tce-vpc.txt line 22957
 */
export interface DescribeVpcsRequest {
    /**
     * VPC实例ID。形如: vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 22981
     */
    VpcIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定VpcIds和Filters。 vpc-name - String - (过滤条件) VPC实例名称。 is-default - String - (过滤条件) 是否默认VPC。 vpc-id - String - (过滤条件) VPC实例ID 形如: vpc-f49l6u0z。 cidr-block - String - (过滤条件) vpc的cidr。 tag-key - String -是否必填: 否- (过滤条件) 按照标签键进行过滤。 tag:tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
     *
     * @see spec/sources/tce-vpc.txt line 22982
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 22983
     */
    Offset?: string | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 22984
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeVpcs: 查询VPC列表
 *
 * @see spec/sources/tce-vpc.txt line 22957
 */
export interface DescribeVpcsResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 22989
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 VPC对象。
     *
     * @see spec/sources/tce-vpc.txt line 22990
     */
    VpcSet?: Vpc[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 22991
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachClassicLinkVpc: 删除基础网络互通
 *
 * @see spec/sources/tce-vpc.txt line 23004
 */
export interface DetachClassicLinkVpcRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 23028
     */
    VpcId: string;
    /**
     * CVM实例ID查询。形如：ins-r8hr2upy。
     *
     * @see spec/sources/tce-vpc.txt line 23029
     */
    InstanceIds: string[];
}
/**
 * Output of DetachClassicLinkVpc: 删除基础网络互通
 *
 * @see spec/sources/tce-vpc.txt line 23004
 */
export interface DetachClassicLinkVpcResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23034
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyAssistantCidr: 修改辅助CIDR
 *
 * @see spec/sources/tce-vpc.txt line 23044
 */
export interface ModifyAssistantCidrRequest {
    /**
     * VPC 实例 ID。形如: vpc-6v2ht8q5
     *
     * @see spec/sources/tce-vpc.txt line 23068
     */
    VpcId: string;
    /**
     * 待添加的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"]
     *
     * @see spec/sources/tce-vpc.txt line 23069
     */
    NewCidrBlocks?: string[] | undefined;
    /**
     * 待删除的负载CIDR。CIDR数组,格式如["10.0.0.0/16", "172.16.0.0/16"]
     *
     * @see spec/sources/tce-vpc.txt line 23070
     */
    OldCidrBlocks?: string[] | undefined;
}
/**
 * Output of ModifyAssistantCidr: 修改辅助CIDR
 *
 * @see spec/sources/tce-vpc.txt line 23044
 */
export interface ModifyAssistantCidrResponse {
    /**
     * 此参数对外不可见。 辅助CIDR数组。
     *
     * @see spec/sources/tce-vpc.txt line 23075
     */
    AssistantCidrSet?: AssistantCidr[] | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23076
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpcAttribute: 修改VPC属性
 *
 * @see spec/sources/tce-vpc.txt line 23095
 */
export interface ModifyVpcAttributeRequest {
    /**
     * VPC实例ID。形如：vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 23119
     */
    VpcId: string;
    /**
     * 私有网络名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 23120
     */
    VpcName?: string | undefined;
    /**
     * 是否开启组播。true: 开启, false: 关闭。
     *
     * @see spec/sources/tce-vpc.txt line 23121
     */
    EnableMulticast?: string | undefined;
    /**
     * DNS地址，最多支持4个，第1个默认为主，其余为备
     *
     * @see spec/sources/tce-vpc.txt line 23122
     */
    DnsServers?: string[] | undefined;
    /**
     * 域名
     *
     * @see spec/sources/tce-vpc.txt line 23123
     */
    DomainName?: string | undefined;
}
/**
 * Output of ModifyVpcAttribute: 修改VPC属性
 *
 * @see spec/sources/tce-vpc.txt line 23095
 */
export interface ModifyVpcAttributeResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23128
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResetHaVip: ResetHaVip
 *
 * @see spec/sources/tce-vpc.txt line 23138
 */
export interface ResetHaVipRequest {
    /**
     * HAVIP 唯一 ID, 形如: havip-9o233uri。
     *
     * @see spec/sources/tce-vpc.txt line 23162
     */
    HaVipId: string;
    /**
     * 当前只支持传递空字符串, 用于解绑网卡。
     *
     * @see spec/sources/tce-vpc.txt line 23163
     */
    NetworkInterfaceId?: string | undefined;
}
/**
 * Output of ResetHaVip: ResetHaVip
 *
 * @see spec/sources/tce-vpc.txt line 23138
 */
export interface ResetHaVipResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23168
     */
    RequestId?: string | undefined;
}
/**
 * Input of UnassignIpv6CidrBlock: 释放IPv6网段
 *
 * @see spec/sources/tce-vpc.txt line 23177
 */
export interface UnassignIpv6CidrBlockRequest {
    /**
     * VPC 实例 ID, 形如: vpc-f49l6u0z。
     *
     * @see spec/sources/tce-vpc.txt line 23202
     */
    VpcId: string;
    /**
     * IPv6 网段。形如: 3402:4e00:20:1000::/56
     *
     * @see spec/sources/tce-vpc.txt line 23203
     */
    Ipv6CidrBlock?: string | undefined;
}
/**
 * Output of UnassignIpv6CidrBlock: 释放IPv6网段
 *
 * @see spec/sources/tce-vpc.txt line 23177
 */
export interface UnassignIpv6CidrBlockResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23208
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateVpcEndPointService: 创建终端节点服务
 *
 * @see spec/sources/tce-vpc.txt line 23220
 */
export interface CreateVpcEndPointServiceRequest {
    /**
     * VPC實例ID。
     *
     * @see spec/sources/tce-vpc.txt line 23244
     */
    VpcId: string;
    /**
     * 終端節點服務名稱。
     *
     * @see spec/sources/tce-vpc.txt line 23245
     */
    EndPointServiceName: string;
    /**
     * 是否自動接受。
     *
     * @see spec/sources/tce-vpc.txt line 23246
     */
    AutoAcceptFlag: boolean;
    /**
     * 后端服務ID, 比如lb-xxx。
     *
     * @see spec/sources/tce-vpc.txt line 23247
     */
    ServiceInstanceId: string;
    /**
     * IP地址類型
     *
     * @see spec/sources/tce-vpc.txt line 23248
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of CreateVpcEndPointService: 创建终端节点服务
 *
 * @see spec/sources/tce-vpc.txt line 23220
 */
export interface CreateVpcEndPointServiceResponse {
    /**
     * 此參數對外不可見。 終端節點服務對象詳細信息。
     *
     * @see spec/sources/tce-vpc.txt line 23253
     */
    EndPointService?: EndPointService | undefined;
    /**
     * 唯一請求ID, 每次請求都會返回。定位問題時需要提供該次請求的RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23254
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateVpcEndPointServiceWhiteList: 创建终端服务白名单
 *
 * @see spec/sources/tce-vpc.txt line 23271
 */
export interface CreateVpcEndPointServiceWhiteListRequest {
    /**
     * UIN。
     *
     * @see spec/sources/tce-vpc.txt line 23295
     */
    UserUin: string;
    /**
     * 白名单描述。
     *
     * @see spec/sources/tce-vpc.txt line 23296
     */
    Description?: string | undefined;
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23297
     */
    EndPointServiceId: string;
}
/**
 * Output of CreateVpcEndPointServiceWhiteList: 创建终端服务白名单
 *
 * @see spec/sources/tce-vpc.txt line 23271
 */
export interface CreateVpcEndPointServiceWhiteListResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23302
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpcEndPoint: 删除终端节点
 *
 * @see spec/sources/tce-vpc.txt line 23313
 */
export interface DeleteVpcEndPointRequest {
    /**
     * 终端节点ID。
     *
     * @see spec/sources/tce-vpc.txt line 23337
     */
    EndPointId: string;
    /**
     * Ip地址类型
     *
     * @see spec/sources/tce-vpc.txt line 23338
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of DeleteVpcEndPoint: 删除终端节点
 *
 * @see spec/sources/tce-vpc.txt line 23313
 */
export interface DeleteVpcEndPointResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23343
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpcEndPointService: 删除终端节点服务
 *
 * @see spec/sources/tce-vpc.txt line 23355
 */
export interface DeleteVpcEndPointServiceRequest {
    /**
     * 终端节点ID。
     *
     * @see spec/sources/tce-vpc.txt line 23379
     */
    EndPointServiceId: string;
    /**
     * Ip地址类型
     *
     * @see spec/sources/tce-vpc.txt line 23380
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of DeleteVpcEndPointService: 删除终端节点服务
 *
 * @see spec/sources/tce-vpc.txt line 23355
 */
export interface DeleteVpcEndPointServiceResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23385
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteVpcEndPointServiceWhiteList: 删除终端节点服务白名单
 *
 * @see spec/sources/tce-vpc.txt line 23397
 */
export interface DeleteVpcEndPointServiceWhiteListRequest {
    /**
     * 用户UIN数组。
     *
     * @see spec/sources/tce-vpc.txt line 23421
     */
    UserUin: string[];
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23422
     */
    EndPointServiceId: string;
}
/**
 * Output of DeleteVpcEndPointServiceWhiteList: 删除终端节点服务白名单
 *
 * @see spec/sources/tce-vpc.txt line 23397
 */
export interface DeleteVpcEndPointServiceWhiteListResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23427
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcEndPoint: 查询终端节点详情
 *
 * @see spec/sources/tce-vpc.txt line 23438
 */
export interface DescribeVpcEndPointRequest {
    /**
     * 过滤条件。 end-point-service-id String - (过滤条件) 终端节点服务ID。 end-point-name - String - (过滤条件) 终端节点实例名称。 end-point-id- String - (过滤条件) 终端节点实例ID。 vpc-id- String - (过滤条件) VPC实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 23462
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 23463
     */
    Offset?: number | undefined;
    /**
     * 单页返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 23464
     */
    Limit?: number | undefined;
    /**
     * 终端节点ID列表。
     *
     * @see spec/sources/tce-vpc.txt line 23465
     */
    EndPointId?: string[] | undefined;
    /**
     * Ip地址类型
     *
     * @see spec/sources/tce-vpc.txt line 23466
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of DescribeVpcEndPoint: 查询终端节点详情
 *
 * @see spec/sources/tce-vpc.txt line 23438
 */
export interface DescribeVpcEndPointResponse {
    /**
     * 此参数对外不可见。 终端节点对象。
     *
     * @see spec/sources/tce-vpc.txt line 23471
     */
    EndPointSet?: EndPoint[] | undefined;
    /**
     * 此参数对外不可见。 符合查询条件的终端节点个数。
     *
     * @see spec/sources/tce-vpc.txt line 23472
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23473
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcEndPointService: 查询终端节点服务列表
 *
 * @see spec/sources/tce-vpc.txt line 23487
 */
export interface DescribeVpcEndPointServiceRequest {
    /**
     * 过滤条件。 service-id String - (过滤条件) 终端节点服务唯一ID。 service-name - String - (过滤条件) 终端节点实例名称。 service-instance-id - String - (过滤条件) 后端服务的唯一ID，比如lb-xxx。
     *
     * @see spec/sources/tce-vpc.txt line 23511
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 23512
     */
    Offset?: number | undefined;
    /**
     * 单页返回数量，默认为20，最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 23513
     */
    Limit?: number | undefined;
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23514
     */
    EndPointServiceIds?: string[] | undefined;
    /**
     * Ip地址类型
     *
     * @see spec/sources/tce-vpc.txt line 23515
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of DescribeVpcEndPointService: 查询终端节点服务列表
 *
 * @see spec/sources/tce-vpc.txt line 23487
 */
export interface DescribeVpcEndPointServiceResponse {
    /**
     * 此参数对外不可见。 终端节点服务对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 23520
     */
    EndPointServiceSet?: EndPointService[] | undefined;
    /**
     * 此参数对外不可见。 符合查询条件的个数。
     *
     * @see spec/sources/tce-vpc.txt line 23521
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23522
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeVpcEndPointServiceWhiteList: 查询终端节点服务的白名单
 *
 * @see spec/sources/tce-vpc.txt line 23535
 */
export interface DescribeVpcEndPointServiceWhiteListRequest {
    /**
     * 偏移量,默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 23559
     */
    Offset?: number | undefined;
    /**
     * 单页返回数量,默认为20,最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 23560
     */
    Limit?: number | undefined;
    /**
     * 过滤条件。 user-uin String - (过滤条件) 用户UIN。 end-point-service-id String - (过滤条件) 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23561
     */
    Filters?: Filter[] | undefined;
}
/**
 * Output of DescribeVpcEndPointServiceWhiteList: 查询终端节点服务的白名单
 *
 * @see spec/sources/tce-vpc.txt line 23535
 */
export interface DescribeVpcEndPointServiceWhiteListResponse {
    /**
     * 此参数对外不可见。 白名单对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 23566
     */
    VpcEndpointServiceUserSet?: VpcEndPointServiceUser[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的白名单个数。
     *
     * @see spec/sources/tce-vpc.txt line 23567
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23568
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisassociateVpcEndPointSecurityGroups: 终端节点解绑安全组
 *
 * @see spec/sources/tce-vpc.txt line 23577
 */
export interface DisassociateVpcEndPointSecurityGroupsRequest {
    /**
     * 安全组ID数组。
     *
     * @see spec/sources/tce-vpc.txt line 23601
     */
    SecurityGroupIds: string[];
    /**
     * 终端节点ID。
     *
     * @see spec/sources/tce-vpc.txt line 23602
     */
    EndPointId: string;
}
/**
 * Output of DisassociateVpcEndPointSecurityGroups: 终端节点解绑安全组
 *
 * @see spec/sources/tce-vpc.txt line 23577
 */
export interface DisassociateVpcEndPointSecurityGroupsResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23607
     */
    RequestId?: string | undefined;
}
/**
 * Input of EnableVpcEndPointConnect: 是否接受终端节点连接请求
 *
 * @see spec/sources/tce-vpc.txt line 23619
 */
export interface EnableVpcEndPointConnectRequest {
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23643
     */
    EndPointServiceId: string;
    /**
     * 终端节点ID数组。
     *
     * @see spec/sources/tce-vpc.txt line 23644
     */
    EndPointId: string[];
    /**
     * 是否接受终端节点连接请求。
     *
     * @see spec/sources/tce-vpc.txt line 23645
     */
    AcceptFlag: boolean;
    /**
     * 此参数对外不可见。 IP地址类型
     *
     * @see spec/sources/tce-vpc.txt line 23646
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of EnableVpcEndPointConnect: 是否接受终端节点连接请求
 *
 * @see spec/sources/tce-vpc.txt line 23619
 */
export interface EnableVpcEndPointConnectResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23651
     */
    RequestId?: string | undefined;
}
/**
 * Input of EnableVpcEndPointConnection: 是否接受终端节点连接请求
 *
 * @see spec/sources/tce-vpc.txt line 23662
 */
export interface EnableVpcEndPointConnectionRequest {
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23686
     */
    EndPointServiceId: string;
    /**
     * 终端节点ID。
     *
     * @see spec/sources/tce-vpc.txt line 23687
     */
    EndPointId: string;
    /**
     * 是否接受终端节点连接请求。
     *
     * @see spec/sources/tce-vpc.txt line 23688
     */
    AcceptFlag: boolean;
}
/**
 * Output of EnableVpcEndPointConnection: 是否接受终端节点连接请求
 *
 * @see spec/sources/tce-vpc.txt line 23662
 */
export interface EnableVpcEndPointConnectionResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23693
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpcEndPointAttribute: 修改终端节点
 *
 * @see spec/sources/tce-vpc.txt line 23704
 */
export interface ModifyVpcEndPointAttributeRequest {
    /**
     * 终端节点ID。
     *
     * @see spec/sources/tce-vpc.txt line 23728
     */
    EndPointId: string;
    /**
     * 终端节点名称。
     *
     * @see spec/sources/tce-vpc.txt line 23729
     */
    EndPointName?: string | undefined;
    /**
     * 安全组ID列表。
     *
     * @see spec/sources/tce-vpc.txt line 23730
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * IpAddressType
     *
     * @see spec/sources/tce-vpc.txt line 23731
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of ModifyVpcEndPointAttribute: 修改终端节点
 *
 * @see spec/sources/tce-vpc.txt line 23704
 */
export interface ModifyVpcEndPointAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23736
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpcEndPointServiceAttribute: 修改终端节点服务相关信息
 *
 * @see spec/sources/tce-vpc.txt line 23749
 */
export interface ModifyVpcEndPointServiceAttributeRequest {
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23773
     */
    EndPointServiceId: string;
    /**
     * 终端节点服务名称。
     *
     * @see spec/sources/tce-vpc.txt line 23774
     */
    EndPointServiceName?: string | undefined;
    /**
     * 是否自动接受。
     *
     * @see spec/sources/tce-vpc.txt line 23775
     */
    AutoAcceptFlag?: boolean | undefined;
    /**
     * 后端服务的ID,比如lb-xxx。
     *
     * @see spec/sources/tce-vpc.txt line 23776
     */
    ServiceInstanceId?: string | undefined;
    /**
     * VPCID。
     *
     * @see spec/sources/tce-vpc.txt line 23777
     */
    VpcId: string;
    /**
     * IpAddressType
     *
     * @see spec/sources/tce-vpc.txt line 23778
     */
    IpAddressType?: string | undefined;
}
/**
 * Output of ModifyVpcEndPointServiceAttribute: 修改终端节点服务相关信息
 *
 * @see spec/sources/tce-vpc.txt line 23749
 */
export interface ModifyVpcEndPointServiceAttributeResponse {
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23783
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyVpcEndPointServiceWhiteList: 修改终端节点服务白名单
 *
 * @see spec/sources/tce-vpc.txt line 23796
 */
export interface ModifyVpcEndPointServiceWhiteListRequest {
    /**
     * 用户UIN。
     *
     * @see spec/sources/tce-vpc.txt line 23820
     */
    UserUin: string;
    /**
     * 白名单描述信息。
     *
     * @see spec/sources/tce-vpc.txt line 23821
     */
    Description?: string | undefined;
    /**
     * 终端节点服务ID。
     *
     * @see spec/sources/tce-vpc.txt line 23822
     */
    EndPointServiceId: string;
}
/**
 * Output of ModifyVpcEndPointServiceWhiteList: 修改终端节点服务白名单
 *
 * @see spec/sources/tce-vpc.txt line 23796
 */
export interface ModifyVpcEndPointServiceWhiteListResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23827
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeGatewayFlowQos: 查询网关来访IP流控带宽
 *
 * @see spec/sources/tce-vpc.txt line 23841
 */
export interface DescribeGatewayFlowQosRequest {
    /**
     * 网关实例ID,目前我们支持的网关实例类型有, 专线网关实例ID,形如, dcg-ltjahce6 ; Nat网关实例ID,形如, nat-ltjahce6 ; VPN网关实例ID,形如, vpn-ltjahce6 。
     *
     * @see spec/sources/tce-vpc.txt line 23865
     */
    GatewayId: string;
    /**
     * 限流的云服务器内网IP。
     *
     * @see spec/sources/tce-vpc.txt line 23866
     */
    IpAddresses?: string[] | undefined;
    /**
     * 偏移量,默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 23867
     */
    Offset?: number | undefined;
    /**
     * 返回数量,默认为20,最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 23868
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeGatewayFlowQos: 查询网关来访IP流控带宽
 *
 * @see spec/sources/tce-vpc.txt line 23841
 */
export interface DescribeGatewayFlowQosResponse {
    /**
     * 此参数对外不可见。 实例详细信息列表。
     *
     * @see spec/sources/tce-vpc.txt line 23873
     */
    GatewayQosSet?: GatewayQos[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 23874
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23875
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisableGatewayFlowMonitor: 关闭网关流量监控
 *
 * @see spec/sources/tce-vpc.txt line 23888
 */
export interface DisableGatewayFlowMonitorRequest {
    /**
     * 网关实例ID，目前我们支持的网关实例类型有， 专线网关实例ID，形如，dcg-ltjahce6； Nat网关实例ID，形如，nat-ltjahce6； VPN网关实例ID，形如，vpn-ltjahce6。
     *
     * @see spec/sources/tce-vpc.txt line 23912
     */
    GatewayId: string;
}
/**
 * Output of DisableGatewayFlowMonitor: 关闭网关流量监控
 *
 * @see spec/sources/tce-vpc.txt line 23888
 */
export interface DisableGatewayFlowMonitorResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23917
     */
    RequestId?: string | undefined;
}
/**
 * Input of EnableGatewayFlowMonitor: 开启网关流量监控
 *
 * @see spec/sources/tce-vpc.txt line 23928
 */
export interface EnableGatewayFlowMonitorRequest {
    /**
     * 网关实例ID, 目前我们支持的网关实例有, 专线网关实例ID, 形如, dcg-ltjahce6 ; Nat网关实例ID, 形如, nat-ltjahce6 ; VPN网关实例ID, 形如, vpn-ltjahce6 。
     *
     * @see spec/sources/tce-vpc.txt line 23952
     */
    GatewayId: string;
}
/**
 * Output of EnableGatewayFlowMonitor: 开启网关流量监控
 *
 * @see spec/sources/tce-vpc.txt line 23928
 */
export interface EnableGatewayFlowMonitorResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23957
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyGatewayFlowQos: 调整网关流控带宽
 *
 * @see spec/sources/tce-vpc.txt line 23968
 */
export interface ModifyGatewayFlowQosRequest {
    /**
     * 网关实例ID, 目前我们支持的网关实例类型有, 专线网关实例ID, 形如, dcg-ltjahce6 ; Nat网关实例ID, 形如, nat-ltjahce6 ; VPN网关实例ID, 形如, vpn-ltjahce6 。
     *
     * @see spec/sources/tce-vpc.txt line 23992
     */
    GatewayId: string;
    /**
     * 流控带宽值。
     *
     * @see spec/sources/tce-vpc.txt line 23993
     */
    Bandwidth: number;
    /**
     * 限流的云服务器内网IP。
     *
     * @see spec/sources/tce-vpc.txt line 23994
     */
    IpAddresses: string[];
}
/**
 * Output of ModifyGatewayFlowQos: 调整网关流控带宽
 *
 * @see spec/sources/tce-vpc.txt line 23968
 */
export interface ModifyGatewayFlowQosResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 23999
     */
    RequestId?: string | undefined;
}
/**
 * Input of AssociateNetworkAclSubnets: 网络ACL关联子网
 *
 * @see spec/sources/tce-vpc.txt line 24012
 */
export interface AssociateNetworkAclSubnetsRequest {
    /**
     * 网络ACL实例ID。例如：acl-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 24036
     */
    NetworkAclId: string;
    /**
     * 子网实例ID数组。例如：[subnet-12345678]
     *
     * @see spec/sources/tce-vpc.txt line 24037
     */
    SubnetIds: string[];
}
/**
 * Output of AssociateNetworkAclSubnets: 网络ACL关联子网
 *
 * @see spec/sources/tce-vpc.txt line 24012
 */
export interface AssociateNetworkAclSubnetsResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24042
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateNetworkAcl: 创建网络ACL
 *
 * @see spec/sources/tce-vpc.txt line 24053
 */
export interface CreateNetworkAclRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 24079
     */
    VpcId: string;
    /**
     * 网络ACL名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 24080
     */
    NetworkAclName: string;
}
/**
 * Output of CreateNetworkAcl: 创建网络ACL
 *
 * @see spec/sources/tce-vpc.txt line 24053
 */
export interface CreateNetworkAclResponse {
    /**
     * 此参数对外不可见。 网络ACL实例。
     *
     * @see spec/sources/tce-vpc.txt line 24085
     */
    NetworkAcl?: NetworkAcl | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24086
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteNetworkAcl: 删除网络ACL
 *
 * @see spec/sources/tce-vpc.txt line 24099
 */
export interface DeleteNetworkAclRequest {
    /**
     * 网络ACL实例ID。例如: acl-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 24123
     */
    NetworkAclId: string;
}
/**
 * Output of DeleteNetworkAcl: 删除网络ACL
 *
 * @see spec/sources/tce-vpc.txt line 24099
 */
export interface DeleteNetworkAclResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24128
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNetworkAcls: 查询网络ACL列表
 *
 * @see spec/sources/tce-vpc.txt line 24138
 */
export interface DescribeNetworkAclsRequest {
    /**
     * 网络ACL实例ID数组。形如: [acl-12345678]。每次请求的实例的上限为100。参数不支持同时指定NetworkAclIds和Filters。
     *
     * @see spec/sources/tce-vpc.txt line 24162
     */
    NetworkAclIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定NetworkAclIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-12345678。 network-acl-id - String - (过滤条件) 网络ACL实例ID, 形如: acl-12345678。 network-acl-name - String - (过滤条件) 网络ACL实例名称。
     *
     * @see spec/sources/tce-vpc.txt line 24163
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 24164
     */
    Offset?: number | undefined;
    /**
     * 返回数量, 默认为20, 最小值为1, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 24165
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNetworkAcls: 查询网络ACL列表
 *
 * @see spec/sources/tce-vpc.txt line 24138
 */
export interface DescribeNetworkAclsResponse {
    /**
     * 此参数对外不可见。 实例详细信息列表。
     *
     * @see spec/sources/tce-vpc.txt line 24170
     */
    NetworkAclSet?: NetworkAcl[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 24171
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24172
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisassociateNetworkAclSubnets: 网络ACL解关联子网
 *
 * @see spec/sources/tce-vpc.txt line 24186
 */
export interface DisassociateNetworkAclSubnetsRequest {
    /**
     * 网络ACL实例ID。例如：acl-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 24210
     */
    NetworkAclId: string;
    /**
     * 子网实例ID数组。例如：[subnet-12345678]
     *
     * @see spec/sources/tce-vpc.txt line 24211
     */
    SubnetIds: string[];
}
/**
 * Output of DisassociateNetworkAclSubnets: 网络ACL解关联子网
 *
 * @see spec/sources/tce-vpc.txt line 24186
 */
export interface DisassociateNetworkAclSubnetsResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24216
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNetworkAclAttribute: 修改网络ACL属性
 *
 * @see spec/sources/tce-vpc.txt line 24227
 */
export interface ModifyNetworkAclAttributeRequest {
    /**
     * 网络ACL实例ID。例如: acl-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 24251
     */
    NetworkAclId: string;
    /**
     * 网络ACL名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 24252
     */
    NetworkAclName: string;
}
/**
 * Output of ModifyNetworkAclAttribute: 修改网络ACL属性
 *
 * @see spec/sources/tce-vpc.txt line 24227
 */
export interface ModifyNetworkAclAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24257
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNetworkAclEntries: 修改网络ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 24269
 */
export interface ModifyNetworkAclEntriesRequest {
    /**
     * 网络ACL实例ID。例如: acl-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 24293
     */
    NetworkAclId: string;
    /**
     * 网络ACL规则集。
     *
     * @see spec/sources/tce-vpc.txt line 24294
     */
    NetworkAclEntrySet: NetworkAclEntrySet;
}
/**
 * Output of ModifyNetworkAclEntries: 修改网络ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 24269
 */
export interface ModifyNetworkAclEntriesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24299
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateAddressTemplate: 创建IP地址模版
 *
 * @see spec/sources/tce-vpc.txt line 24316
 */
export interface CreateAddressTemplateRequest {
    /**
     * IP地址模版名称
     *
     * @see spec/sources/tce-vpc.txt line 24340
     */
    AddressTemplateName: string;
    /**
     * 地址信息，支持 IP、CIDR、IP 范围。
     *
     * @see spec/sources/tce-vpc.txt line 24341
     */
    Addresses: string[];
}
/**
 * Output of CreateAddressTemplate: 创建IP地址模版
 *
 * @see spec/sources/tce-vpc.txt line 24316
 */
export interface CreateAddressTemplateResponse {
    /**
     * 此参数对外不可见。 IP地址模板对象。
     *
     * @see spec/sources/tce-vpc.txt line 24346
     */
    AddressTemplate?: AddressTemplate | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24347
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateAddressTemplateGroup: 创建IP地址模版集合
 *
 * @see spec/sources/tce-vpc.txt line 24358
 */
export interface CreateAddressTemplateGroupRequest {
    /**
     * IP地址模版集合名称。
     *
     * @see spec/sources/tce-vpc.txt line 24382
     */
    AddressTemplateName: string;
    /**
     * IP地址模版实例ID, 例如: ipm-mdunqeb6。
     *
     * @see spec/sources/tce-vpc.txt line 24383
     */
    AddressTemplateIds: string[];
}
/**
 * Output of CreateAddressTemplateGroup: 创建IP地址模版集合
 *
 * @see spec/sources/tce-vpc.txt line 24358
 */
export interface CreateAddressTemplateGroupResponse {
    /**
     * 此参数对外不可见。 IP地址模版集合对象。
     *
     * @see spec/sources/tce-vpc.txt line 24388
     */
    AddressTemplateGroup?: AddressTemplateGroup | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24389
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateServiceTemplate: 创建协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24399
 */
export interface CreateServiceTemplateRequest {
    /**
     * 协议端口模板名称
     *
     * @see spec/sources/tce-vpc.txt line 24423
     */
    ServiceTemplateName: string;
    /**
     * 支持单个端口、多个端口、连续端口及所有端口, 协议支持: TCP、UDP、ICMP、GRE 协议。
     *
     * @see spec/sources/tce-vpc.txt line 24424
     */
    Services: string[];
}
/**
 * Output of CreateServiceTemplate: 创建协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24399
 */
export interface CreateServiceTemplateResponse {
    /**
     * 此参数对外不可见。 协议端口模板对象。
     *
     * @see spec/sources/tce-vpc.txt line 24429
     */
    ServiceTemplate?: ServiceTemplate | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24430
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateServiceTemplateGroup: 创建协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24439
 */
export interface CreateServiceTemplateGroupRequest {
    /**
     * 协议端口模板集合名称
     *
     * @see spec/sources/tce-vpc.txt line 24463
     */
    ServiceTemplateName: string;
    /**
     * 协议端口模板实例ID, 例如: ppm-4dw6agho。
     *
     * @see spec/sources/tce-vpc.txt line 24464
     */
    ServiceTemplateIds: string[];
}
/**
 * Output of CreateServiceTemplateGroup: 创建协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24439
 */
export interface CreateServiceTemplateGroupResponse {
    /**
     * 此参数对外不可见。 协议端口模板集合对象。
     *
     * @see spec/sources/tce-vpc.txt line 24469
     */
    ServiceTemplateGroup?: ServiceTemplateGroup | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24470
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteAddressTemplate: 删除IP地址模板
 *
 * @see spec/sources/tce-vpc.txt line 24479
 */
export interface DeleteAddressTemplateRequest {
    /**
     * IP地址模板实例ID, 例如: ipm-09o5m8kc。
     *
     * @see spec/sources/tce-vpc.txt line 24503
     */
    AddressTemplateId: string;
}
/**
 * Output of DeleteAddressTemplate: 删除IP地址模板
 *
 * @see spec/sources/tce-vpc.txt line 24479
 */
export interface DeleteAddressTemplateResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24508
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteAddressTemplateGroup: 删除IP地址模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24519
 */
export interface DeleteAddressTemplateGroupRequest {
    /**
     * IP地址模板集合实例ID, 例如: ipmg-90cex8mq。
     *
     * @see spec/sources/tce-vpc.txt line 24543
     */
    AddressTemplateGroupId: string;
}
/**
 * Output of DeleteAddressTemplateGroup: 删除IP地址模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24519
 */
export interface DeleteAddressTemplateGroupResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24548
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteServiceTemplate: 删除协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24558
 */
export interface DeleteServiceTemplateRequest {
    /**
     * 协议端口模板实例ID, 例如: ppm-e6dy460g。
     *
     * @see spec/sources/tce-vpc.txt line 24582
     */
    ServiceTemplateId: string;
}
/**
 * Output of DeleteServiceTemplate: 删除协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24558
 */
export interface DeleteServiceTemplateResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24587
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteServiceTemplateGroup: 删除协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24597
 */
export interface DeleteServiceTemplateGroupRequest {
    /**
     * 协议端口模板集合实例ID, 例如: ppmg-n17uxvve。
     *
     * @see spec/sources/tce-vpc.txt line 24621
     */
    ServiceTemplateGroupId: string;
}
/**
 * Output of DeleteServiceTemplateGroup: 删除协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24597
 */
export interface DeleteServiceTemplateGroupResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24626
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeAddressTemplateGroups: 查询IP地址模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24636
 */
export interface DescribeAddressTemplateGroupsRequest {
    /**
     * 过滤条件。 address-template-group-name - String - (过滤条件) IP地址模板集合名称。 address-template-group-id - String - (过滤条件) IP地址模板实例集合ID, 例如: ipmg-mdunqeb6。
     *
     * @see spec/sources/tce-vpc.txt line 24660
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 24661
     */
    Offset?: string | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 24662
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeAddressTemplateGroups: 查询IP地址模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24636
 */
export interface DescribeAddressTemplateGroupsResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 24667
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 IP地址模板。
     *
     * @see spec/sources/tce-vpc.txt line 24668
     */
    AddressTemplateGroupSet?: AddressTemplateGroup[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24669
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeAddressTemplates: 查询IP地址模板
 *
 * @see spec/sources/tce-vpc.txt line 24678
 */
export interface DescribeAddressTemplatesRequest {
    /**
     * 过滤条件。 address-template-name - String - (过滤条件) IP地址模板名称。 address-template-id - String - (过滤条件) IP地址模板实例ID, 例如: ipm-mdunqeb6。
     *
     * @see spec/sources/tce-vpc.txt line 24702
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 24703
     */
    Offset?: string | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 24704
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeAddressTemplates: 查询IP地址模板
 *
 * @see spec/sources/tce-vpc.txt line 24678
 */
export interface DescribeAddressTemplatesResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 24709
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 IP地址模版。
     *
     * @see spec/sources/tce-vpc.txt line 24710
     */
    AddressTemplateSet?: AddressTemplate[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24711
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeServiceTemplateGroups: 查询协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24720
 */
export interface DescribeServiceTemplateGroupsRequest {
    /**
     * 过滤条件。 service-template-group-name - String - (过滤条件) 协议端口模板集合名称。 service-template-group-id - String - (过滤条件) 协议端口模板集合实例ID，例如：ppmg-e6dy460g。
     *
     * @see spec/sources/tce-vpc.txt line 24744
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 24745
     */
    Offset?: string | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 24746
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeServiceTemplateGroups: 查询协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24720
 */
export interface DescribeServiceTemplateGroupsResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 24751
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 协议端口模板集合。
     *
     * @see spec/sources/tce-vpc.txt line 24752
     */
    ServiceTemplateGroupSet?: ServiceTemplateGroup[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24753
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeServiceTemplates: 查询协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24762
 */
export interface DescribeServiceTemplatesRequest {
    /**
     * 过滤条件。 service-template-name - String - (过滤条件) 协议端口模板名称。 service-template-id - String - (过滤条件) 协议端口模板实例ID, 例如: ppm-e6dy460g。
     *
     * @see spec/sources/tce-vpc.txt line 24786
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 24787
     */
    Offset?: string | undefined;
    /**
     * 返回数量, 默认为20, 最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 24788
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeServiceTemplates: 查询协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24762
 */
export interface DescribeServiceTemplatesResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 24793
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 协议端口模板对象。
     *
     * @see spec/sources/tce-vpc.txt line 24794
     */
    ServiceTemplateSet?: ServiceTemplate[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24795
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeTemplateLimits: 查询参数模板配额列表
 *
 * @see spec/sources/tce-vpc.txt line 24804
 */
export interface DescribeTemplateLimitsRequest {
}
/**
 * Output of DescribeTemplateLimits: 查询参数模板配额列表
 *
 * @see spec/sources/tce-vpc.txt line 24804
 */
export interface DescribeTemplateLimitsResponse {
    /**
     * 此参数对外不可见。 参数模板配额对象。
     *
     * @see spec/sources/tce-vpc.txt line 24832
     */
    TemplateLimit?: TemplateLimit | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24833
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyAddressTemplateAttribute: 修改IP地址模板
 *
 * @see spec/sources/tce-vpc.txt line 24839
 */
export interface ModifyAddressTemplateAttributeRequest {
    /**
     * IP地址模板实例ID, 例如: ipm-mdunqeb6。
     *
     * @see spec/sources/tce-vpc.txt line 24863
     */
    AddressTemplateId: string;
    /**
     * IP地址模板名称。
     *
     * @see spec/sources/tce-vpc.txt line 24864
     */
    AddressTemplateName?: string | undefined;
    /**
     * 地址信息, 支持 IP、CIDR、IP 范围。
     *
     * @see spec/sources/tce-vpc.txt line 24865
     */
    Addresses?: string[] | undefined;
}
/**
 * Output of ModifyAddressTemplateAttribute: 修改IP地址模板
 *
 * @see spec/sources/tce-vpc.txt line 24839
 */
export interface ModifyAddressTemplateAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24870
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyAddressTemplateGroupAttribute: 修改IP地址模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24881
 */
export interface ModifyAddressTemplateGroupAttributeRequest {
    /**
     * IP地址模板集合实例ID, 例如: ipmg-2uw6ujo6。
     *
     * @see spec/sources/tce-vpc.txt line 24905
     */
    AddressTemplateGroupId: string;
    /**
     * IP地址模板集合名称。
     *
     * @see spec/sources/tce-vpc.txt line 24906
     */
    AddressTemplateName?: string | undefined;
    /**
     * IP地址模板实例ID, 例如: ipm-mdunqeb6。
     *
     * @see spec/sources/tce-vpc.txt line 24907
     */
    AddressTemplateIds?: string[] | undefined;
}
/**
 * Output of ModifyAddressTemplateGroupAttribute: 修改IP地址模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24881
 */
export interface ModifyAddressTemplateGroupAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24912
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyServiceTemplateAttribute: 修改协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24925
 */
export interface ModifyServiceTemplateAttributeRequest {
    /**
     * 协议端口模板实例ID, 例如: ppm-529nwwj8。
     *
     * @see spec/sources/tce-vpc.txt line 24949
     */
    ServiceTemplateId: string;
    /**
     * 协议端口模板名称。
     *
     * @see spec/sources/tce-vpc.txt line 24950
     */
    ServiceTemplateName?: string | undefined;
    /**
     * 支持单个端口、多个端口、连续端口及所有端口, 协议支持: TCP、UDP、ICMP、GRE 协议。
     *
     * @see spec/sources/tce-vpc.txt line 24951
     */
    Services?: string[] | undefined;
}
/**
 * Output of ModifyServiceTemplateAttribute: 修改协议端口模板
 *
 * @see spec/sources/tce-vpc.txt line 24925
 */
export interface ModifyServiceTemplateAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24956
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyServiceTemplateGroupAttribute: 修改协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24967
 */
export interface ModifyServiceTemplateGroupAttributeRequest {
    /**
     * 协议端口模板集合实例ID, 例如: ppmg-ei8hfd9a。
     *
     * @see spec/sources/tce-vpc.txt line 24991
     */
    ServiceTemplateGroupId: string;
    /**
     * 协议端口模板集合名称。
     *
     * @see spec/sources/tce-vpc.txt line 24992
     */
    ServiceTemplateName?: string | undefined;
    /**
     * 协议端口模板实例ID, 例如: ppm-4dw6agho。
     *
     * @see spec/sources/tce-vpc.txt line 24993
     */
    ServiceTemplateIds?: string[] | undefined;
}
/**
 * Output of ModifyServiceTemplateGroupAttribute: 修改协议端口模板集合
 *
 * @see spec/sources/tce-vpc.txt line 24967
 */
export interface ModifyServiceTemplateGroupAttributeResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 24998
     */
    RequestId?: string | undefined;
}
/**
 * Input of CheckNetDetectState: 验证网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25011
 */
export interface CheckNetDetectStateRequest {
    /**
     * 网络探测实例ID。形如: netd-12345678。该参数与 (VpcId , SubnetId , NetDetectName) ,至少要有有一个。当NetDetectId存在时,使用NetDetectId。
     *
     * @see spec/sources/tce-vpc.txt line 25035
     */
    NetDetectId?: string | undefined;
    /**
     * VPC实例ID。形如: vpc-12345678。该参数与 (SubnetId , NetDetectName) 配合使用,与NetDetectId至少要有有一个。当NetDetectId存在时,使用NetDetectId。
     *
     * @see spec/sources/tce-vpc.txt line 25036
     */
    VpcId?: string | undefined;
    /**
     * 子网实例ID。形如: subnet-12345678。该参数与 (VpcId , NetDetectName) 配合使用,与NetDetectId至少要有有一个。当NetDetectId存在时,使用NetDetectId。
     *
     * @see spec/sources/tce-vpc.txt line 25037
     */
    SubnetId?: string | undefined;
    /**
     * 网络探测名称,最大长度不能超过60个字节。该参数与 (VpcId , SubnetId) 配合使用,与NetDetectId至少要有有一个。当NetDetectId存在时,使用NetDetectId。
     *
     * @see spec/sources/tce-vpc.txt line 25038
     */
    NetDetectName?: string | undefined;
    /**
     * 探测目的IPv4地址数组,最多两个。
     *
     * @see spec/sources/tce-vpc.txt line 25039
     */
    DetectDestinationIp: string[];
    /**
     * 下一跳类型,目前我们支持的类型有: VPN: VPN网关; DIRECTCONNECT: 专线网关; PEERCONNECTION: 对等连接; NAT: NAT网关; NORMAL_CVM: 普通云服务器;
     *
     * @see spec/sources/tce-vpc.txt line 25040
     */
    NextHopType: string;
    /**
     * 下一跳目的网关,取值与“下一跳类型”相关: 下一跳类型为VPN,取值VPN网关ID,形如: vpngw-12345678; 下一跳类型为DIRECTCONNECT,取值专线网关ID,形如: dcg-12345678; 下一跳类型为PEERCONNECTION,取值对等连接ID,形如: pcx-12345678; 下一跳类型为NAT,取值Nat网关,形如: nat-12345678; 下一跳类型为NORMAL_CVM,取值云服务器IPv4地址,形如: 10.0.0.12;
     *
     * @see spec/sources/tce-vpc.txt line 25041
     */
    NextHopDestination: string;
}
/**
 * Output of CheckNetDetectState: 验证网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25011
 */
export interface CheckNetDetectStateResponse {
    /**
     * 此参数对外不可见。 网络探测验证结果对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 25046
     */
    NetDetectIpStateSet?: NetDetectIpState[] | undefined;
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25047
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateNetDetect: 创建网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25064
 */
export interface CreateNetDetectRequest {
    /**
     * VPC实例ID。形如: vpc-12345678
     *
     * @see spec/sources/tce-vpc.txt line 25088
     */
    VpcId: string;
    /**
     * 子网实例ID。形如: subnet-12345678。
     *
     * @see spec/sources/tce-vpc.txt line 25089
     */
    SubnetId: string;
    /**
     * 网络探测名称,最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 25090
     */
    NetDetectName: string;
    /**
     * 探测目的IPv4地址数组。最多两个。
     *
     * @see spec/sources/tce-vpc.txt line 25091
     */
    DetectDestinationIp: string[];
    /**
     * 下一跳类型,目前我们支持的类型有: VPN: VPN网关; DIRECTCONNECT: 专线网关; PEERCONNECTION: 对等连接; NAT: NAT网关; NORMAL_CVM: 普通云服务器;
     *
     * @see spec/sources/tce-vpc.txt line 25092
     */
    NextHopType: string;
    /**
     * 下一跳目的网关,取值与“下一跳类型”相关: 下一跳类型为VPN,取值VPN网关ID,形如: vpngw-12345678; 下一跳类型为DIRECTCONNECT,取值专线网关ID,形如: dcg-12345678; 下一跳类型为PEERCONNECTION,取值对等连接ID,形如: pcx-12345678; 下一跳类型为NAT,取值Nat网关,形如: nat-12345678; 下一跳类型为NORMAL_CVM,取值云服务器IPv4地址,形如: 10.0.0.12;
     *
     * @see spec/sources/tce-vpc.txt line 25093
     */
    NextHopDestination: string;
    /**
     * 网络探测描述。
     *
     * @see spec/sources/tce-vpc.txt line 25094
     */
    NetDetectDescription?: string | undefined;
}
/**
 * Output of CreateNetDetect: 创建网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25064
 */
export interface CreateNetDetectResponse {
    /**
     * 此参数对外不可见。 网络探测 (NetDetect) 对象。
     *
     * @see spec/sources/tce-vpc.txt line 25099
     */
    NetDetect?: NetDetect | undefined;
    /**
     * 唯一请求ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25100
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteNetDetect: 删除网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25120
 */
export interface DeleteNetDetectRequest {
    /**
     * 网络探测实例 ID。形如: netd-12345678
     *
     * @see spec/sources/tce-vpc.txt line 25144
     */
    NetDetectId: string;
}
/**
 * Output of DeleteNetDetect: 删除网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25120
 */
export interface DeleteNetDetectResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25149
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNetDetectStates: 查询网络探测验证结果列表
 *
 * @see spec/sources/tce-vpc.txt line 25160
 */
export interface DescribeNetDetectStatesRequest {
    /**
     * 网络探测实例 ID 数组。形如: [netd-12345678]
     *
     * @see spec/sources/tce-vpc.txt line 25184
     */
    NetDetectIds?: string[] | undefined;
    /**
     * 过滤条件,参数不支持同时指定NetDetectIds和Filters。 net-detect-id - String - (过滤条件) 网络探测实例ID,形如: netd-12345678
     *
     * @see spec/sources/tce-vpc.txt line 25185
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量,默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 25186
     */
    Offset?: number | undefined;
    /**
     * 返回数量,默认为20,最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 25187
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNetDetectStates: 查询网络探测验证结果列表
 *
 * @see spec/sources/tce-vpc.txt line 25160
 */
export interface DescribeNetDetectStatesResponse {
    /**
     * 此参数对外不可见。 符合条件的网络探测验证结果对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 25192
     */
    NetDetectStateSet?: NetDetectState[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的网络探测验证结果对象数量。
     *
     * @see spec/sources/tce-vpc.txt line 25193
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25194
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNetDetects: 查询网络探测列表
 *
 * @see spec/sources/tce-vpc.txt line 25210
 */
export interface DescribeNetDetectsRequest {
    /**
     * 网络探测实例 ID 数组。形如：[netd-12345678]
     *
     * @see spec/sources/tce-vpc.txt line 25234
     */
    NetDetectIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定NetDetectIds和Filters。 vpc-id - String - (过滤条件) VPC实例ID，形如：vpc-12345678 net-detect-id - String - (过滤条件) 网络探测实例ID，形如：netd-12345678 subnet-id - String - (过滤条件) 子网实例ID，形如：subnet-12345678 net-detect-name - String - (过滤条件) 网络探测名称
     *
     * @see spec/sources/tce-vpc.txt line 25235
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 25236
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @see spec/sources/tce-vpc.txt line 25237
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeNetDetects: 查询网络探测列表
 *
 * @see spec/sources/tce-vpc.txt line 25210
 */
export interface DescribeNetDetectsResponse {
    /**
     * 此参数对外不可见。 符合条件的网络探测对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 25242
     */
    NetDetectSet?: NetDetect[] | undefined;
    /**
     * 此参数对外不可见。 符合条件的网络探测对象数量。
     *
     * @see spec/sources/tce-vpc.txt line 25243
     */
    TotalCount?: number | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25244
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNetDetect: 修改网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25257
 */
export interface ModifyNetDetectRequest {
    /**
     * 网络探测实例 ID。形如: netd-12345678
     *
     * @see spec/sources/tce-vpc.txt line 25281
     */
    NetDetectId: string;
    /**
     * 网络探测名称,最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 25282
     */
    NetDetectName?: string | undefined;
    /**
     * 探测目的IPv4地址数组,最多两个。
     *
     * @see spec/sources/tce-vpc.txt line 25283
     */
    DetectDestinationIp?: string[] | undefined;
    /**
     * 下一跳类型,目前我们支持的类型有: VPN: VPN网关; DIRECTCONNECT: 专线网关; PEERCONNECTION: 对等连接; NAT: NAT网关; NORMAL_CVM: 普通云服务器;
     *
     * @see spec/sources/tce-vpc.txt line 25284
     */
    NextHopType?: string | undefined;
    /**
     * 下一跳目的网关,取值与“下一跳类型”相关: 下一跳类型为VPN,取值VPN网关ID,形如: vpngw-12345678; 下一跳类型为DIRECTCONNECT,取值专线网关ID,形如: dcg-12345678; 下一跳类型为PEERCONNECTION,取值对等连接ID,形如: pcx-12345678; 下一跳类型为NAT,取值Nat网关,形如: nat-12345678; 下一跳类型为NORMAL_CVM,取值云服务器IPv4地址,形如: 10.0.0.12;
     *
     * @see spec/sources/tce-vpc.txt line 25285
     */
    NextHopDestination?: string | undefined;
    /**
     * 网络探测描述。
     *
     * @see spec/sources/tce-vpc.txt line 25286
     */
    NetDetectDescription?: string | undefined;
}
/**
 * Output of ModifyNetDetect: 修改网络探测
 *
 * @see spec/sources/tce-vpc.txt line 25257
 */
export interface ModifyNetDetectResponse {
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25291
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateIpv6Routes: 用户创建IPv6路由
 *
 * @see spec/sources/tce-vpc.txt line 25311
 */
export interface CreateIpv6RoutesRequest {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25335
     */
    RouteTableId: string;
    /**
     * 路由策略对象。
     *
     * @see spec/sources/tce-vpc.txt line 25336
     */
    Routes: Route[];
}
/**
 * Output of CreateIpv6Routes: 用户创建IPv6路由
 *
 * @see spec/sources/tce-vpc.txt line 25311
 */
export interface CreateIpv6RoutesResponse {
    /**
     * 此参数对外不可见。 新增的实例个数。
     *
     * @see spec/sources/tce-vpc.txt line 25341
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 路由表对象。
     *
     * @see spec/sources/tce-vpc.txt line 25342
     */
    RouteTableSet?: RouteTable[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25343
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateRouteTable: 创建路由表
 *
 * @see spec/sources/tce-vpc.txt line 25349
 */
export interface CreateRouteTableRequest {
    /**
     * 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @see spec/sources/tce-vpc.txt line 25376
     */
    VpcId: string;
    /**
     * 路由表名称,最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 25377
     */
    RouteTableName: string;
    /**
     * 指定绑定的标签列表,例如: [{"Key": "city", "Value": "shanghai"}]
     *
     * @see spec/sources/tce-vpc.txt line 25378
     */
    Tags?: Tag[] | undefined;
}
/**
 * Output of CreateRouteTable: 创建路由表
 *
 * @see spec/sources/tce-vpc.txt line 25349
 */
export interface CreateRouteTableResponse {
    /**
     * 此参数对外不可见。 路由表对象。
     *
     * @see spec/sources/tce-vpc.txt line 25383
     */
    RouteTable?: RouteTable | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25384
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateRoutes: 创建路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25397
 */
export interface CreateRoutesRequest {
    /**
     * 路由表实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 25423
     */
    RouteTableId: string;
    /**
     * 路由策略对象。
     *
     * @see spec/sources/tce-vpc.txt line 25424
     */
    Routes: Route[];
}
/**
 * Output of CreateRoutes: 创建路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25397
 */
export interface CreateRoutesResponse {
    /**
     * 此参数对外不可见。 新增的实例个数。
     *
     * @see spec/sources/tce-vpc.txt line 25429
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 路由表对象。
     *
     * @see spec/sources/tce-vpc.txt line 25430
     */
    RouteTableSet?: RouteTable[] | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25431
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteIpv6Routes: 删除路由表的IPv6路由规则
 *
 * @see spec/sources/tce-vpc.txt line 25452
 */
export interface DeleteIpv6RoutesRequest {
    /**
     * 路由表ID。
     *
     * @see spec/sources/tce-vpc.txt line 25476
     */
    RouteTableId: string;
    /**
     * 路由策略ID。
     *
     * @see spec/sources/tce-vpc.txt line 25477
     */
    RouteItemIds: string[];
}
/**
 * Output of DeleteIpv6Routes: 删除路由表的IPv6路由规则
 *
 * @see spec/sources/tce-vpc.txt line 25452
 */
export interface DeleteIpv6RoutesResponse {
    /**
     * 此参数对外不可见。 删除的路由策略。
     *
     * @see spec/sources/tce-vpc.txt line 25482
     */
    RouteSet?: Route[] | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25483
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteRouteTable: 删除路由表
 *
 * @see spec/sources/tce-vpc.txt line 25489
 */
export interface DeleteRouteTableRequest {
    /**
     * 路由表实例ID, 例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25513
     */
    RouteTableId: string;
}
/**
 * Output of DeleteRouteTable: 删除路由表
 *
 * @see spec/sources/tce-vpc.txt line 25489
 */
export interface DeleteRouteTableResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25518
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteRoutes: 删除路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25528
 */
export interface DeleteRoutesRequest {
    /**
     * 路由表实例ID。
     *
     * @see spec/sources/tce-vpc.txt line 25552
     */
    RouteTableId: string;
    /**
     * 路由策略对象。
     *
     * @see spec/sources/tce-vpc.txt line 25553
     */
    Routes: DellRoute[];
}
/**
 * Output of DeleteRoutes: 删除路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25528
 */
export interface DeleteRoutesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25558
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeRouteConflicts: 查询路由策略冲突列表
 *
 * @see spec/sources/tce-vpc.txt line 25569
 */
export interface DescribeRouteConflictsRequest {
    /**
     * 路由表实例ID, 例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25593
     */
    RouteTableId: string;
    /**
     * 要检查的与之冲突的目的端列表
     *
     * @see spec/sources/tce-vpc.txt line 25594
     */
    DestinationCidrBlocks: string[];
}
/**
 * Output of DescribeRouteConflicts: 查询路由策略冲突列表
 *
 * @see spec/sources/tce-vpc.txt line 25569
 */
export interface DescribeRouteConflictsResponse {
    /**
     * 此参数对外不可见。 路由策略冲突列表
     *
     * @see spec/sources/tce-vpc.txt line 25599
     */
    RouteConflictSet?: RouteConflict[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25600
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeRouteTables: 查询路由列表
 *
 * @see spec/sources/tce-vpc.txt line 25606
 */
export interface DescribeRouteTablesRequest {
    /**
     * 路由表实例ID, 例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25630
     */
    RouteTableIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定RouteTableIds和Filters。 route-table-id - String - (过滤条件) 路由表实例ID。 route-table-name - String - (过滤条件) 路由表名称。 vpc-id - String - (过滤条件) VPC实例ID, 形如: vpc-f49l6u0z。 association.main - String - (过滤条件) 是否主路由表。 tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键进行过滤。 tag.tag-key - String - 是否必填: 否 - (过滤条件) 按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
     *
     * @see spec/sources/tce-vpc.txt line 25631
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量。
     *
     * @see spec/sources/tce-vpc.txt line 25632
     */
    Offset?: string | undefined;
    /**
     * 请求对象个数。
     *
     * @see spec/sources/tce-vpc.txt line 25633
     */
    Limit?: string | undefined;
}
/**
 * Output of DescribeRouteTables: 查询路由列表
 *
 * @see spec/sources/tce-vpc.txt line 25606
 */
export interface DescribeRouteTablesResponse {
    /**
     * 此参数对外不可见。 符合条件的实例数量。
     *
     * @see spec/sources/tce-vpc.txt line 25638
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 路由表对象。
     *
     * @see spec/sources/tce-vpc.txt line 25639
     */
    RouteTableSet?: RouteTable[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25640
     */
    RequestId?: string | undefined;
}
/**
 * Input of DisableRoutes: 禁用子网路由
 *
 * @see spec/sources/tce-vpc.txt line 25653
 */
export interface DisableRoutesRequest {
    /**
     * 路由表唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 25677
     */
    RouteTableId: string;
    /**
     * 路由策略唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 25678
     */
    RouteIds: number[];
}
/**
 * Output of DisableRoutes: 禁用子网路由
 *
 * @see spec/sources/tce-vpc.txt line 25653
 */
export interface DisableRoutesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25683
     */
    RequestId?: string | undefined;
}
/**
 * Input of EnableRoutes: 启用子网路由
 *
 * @see spec/sources/tce-vpc.txt line 25693
 */
export interface EnableRoutesRequest {
    /**
     * 路由表唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 25719
     */
    RouteTableId: string;
    /**
     * 路由策略唯一ID。
     *
     * @see spec/sources/tce-vpc.txt line 25720
     */
    RouteIds: number[];
}
/**
 * Output of EnableRoutes: 启用子网路由
 *
 * @see spec/sources/tce-vpc.txt line 25693
 */
export interface EnableRoutesResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25725
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyIpv6Routes: 修改IPv6路由规则
 *
 * @see spec/sources/tce-vpc.txt line 25736
 */
export interface ModifyIpv6RoutesRequest {
    /**
     * 路由表实例ID,例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25760
     */
    RouteTableId: string;
    /**
     * 路由策略对象。需要指定路由策略ID (RouteId)。
     *
     * @see spec/sources/tce-vpc.txt line 25761
     */
    Routes: Route[];
}
/**
 * Output of ModifyIpv6Routes: 修改IPv6路由规则
 *
 * @see spec/sources/tce-vpc.txt line 25736
 */
export interface ModifyIpv6RoutesResponse {
    /**
     * 此参数对外不可见。 原路由策略信息。
     *
     * @see spec/sources/tce-vpc.txt line 25766
     */
    OldRouteSet?: Route[] | undefined;
    /**
     * 此参数对外不可见。 修改后的路由策略信息。
     *
     * @see spec/sources/tce-vpc.txt line 25767
     */
    NewRouteSet?: Route[] | undefined;
    /**
     * 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25768
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyRouteTableAttribute: 修改路由表属性
 *
 * @see spec/sources/tce-vpc.txt line 25774
 */
export interface ModifyRouteTableAttributeRequest {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25798
     */
    RouteTableId: string;
    /**
     * 路由表名称。
     *
     * @see spec/sources/tce-vpc.txt line 25799
     */
    RouteTableName: string;
}
/**
 * Output of ModifyRouteTableAttribute: 修改路由表属性
 *
 * @see spec/sources/tce-vpc.txt line 25774
 */
export interface ModifyRouteTableAttributeResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25804
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReplaceRouteTableAssociation: 替换路由表绑定关系
 *
 * @see spec/sources/tce-vpc.txt line 25814
 */
export interface ReplaceRouteTableAssociationRequest {
    /**
     * 子网实例ID, 例如: subnet-3x5lf5q0。可通过DescribeSubnets接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 25840
     */
    SubnetId: string;
    /**
     * 路由表实例ID, 例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25841
     */
    RouteTableId: string;
}
/**
 * Output of ReplaceRouteTableAssociation: 替换路由表绑定关系
 *
 * @see spec/sources/tce-vpc.txt line 25814
 */
export interface ReplaceRouteTableAssociationResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25846
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReplaceRoutes: 替换路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25856
 */
export interface ReplaceRoutesRequest {
    /**
     * 路由表实例ID, 例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25880
     */
    RouteTableId: string;
    /**
     * 路由策略对象。需要指定路由策略ID (RouteId)。
     *
     * @see spec/sources/tce-vpc.txt line 25881
     */
    Routes: Route[];
}
/**
 * Output of ReplaceRoutes: 替换路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25856
 */
export interface ReplaceRoutesResponse {
    /**
     * 此参数对外不可见。 旧路由信息
     *
     * @see spec/sources/tce-vpc.txt line 25886
     */
    OldRouteSet?: OldRouteSet | undefined;
    /**
     * 此参数对外不可见。 新路由信息
     *
     * @see spec/sources/tce-vpc.txt line 25887
     */
    NewRouteSet?: NewRouteSet | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25888
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResetRoutes: 重置路由表名称和路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25906
 */
export interface ResetRoutesRequest {
    /**
     * 路由表实例ID, 例如: rtb-azd4dt1c。
     *
     * @see spec/sources/tce-vpc.txt line 25932
     */
    RouteTableId: string;
    /**
     * 路由表名称, 最大长度不能超过60个字节。
     *
     * @see spec/sources/tce-vpc.txt line 25933
     */
    RouteTableName: string;
    /**
     * 路由策略。
     *
     * @see spec/sources/tce-vpc.txt line 25934
     */
    Routes: Route[];
}
/**
 * Output of ResetRoutes: 重置路由表名称和路由策略
 *
 * @see spec/sources/tce-vpc.txt line 25906
 */
export interface ResetRoutesResponse {
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25939
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateHaVip: 创建HAVIP
 *
 * @see spec/sources/tce-vpc.txt line 25957
 */
export interface CreateHaVipRequest {
    /**
     * HAVIP 所在私有网络 ID。
     *
     * @see spec/sources/tce-vpc.txt line 25981
     */
    VpcId: string;
    /**
     * HAVIP 所在子网 ID。
     *
     * @see spec/sources/tce-vpc.txt line 25982
     */
    SubnetId: string;
    /**
     * HAVIP 名称。
     *
     * @see spec/sources/tce-vpc.txt line 25983
     */
    HaVipName: string;
    /**
     * 指定虚拟IP地址，必须在 VPC 网段内且未被占用。不指定则自动分配。
     *
     * @see spec/sources/tce-vpc.txt line 25984
     */
    Vip?: string | undefined;
}
/**
 * Output of CreateHaVip: 创建HAVIP
 *
 * @see spec/sources/tce-vpc.txt line 25957
 */
export interface CreateHaVipResponse {
    /**
     * 此参数对外不可见。 HAVIP 对象。
     *
     * @see spec/sources/tce-vpc.txt line 25989
     */
    HaVip?: HaVip | undefined;
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 25990
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteHaVip: 删除HAVIP
 *
 * @see spec/sources/tce-vpc.txt line 26007
 */
export interface DeleteHaVipRequest {
    /**
     * HAVIP 唯一 ID，形如：havip-9o233uri。
     *
     * @see spec/sources/tce-vpc.txt line 26033
     */
    HaVipId: string;
}
/**
 * Output of DeleteHaVip: 删除HAVIP
 *
 * @see spec/sources/tce-vpc.txt line 26007
 */
export interface DeleteHaVipResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 26038
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeHaVips: 查询HAVIP列表
 *
 * @see spec/sources/tce-vpc.txt line 26050
 */
export interface DescribeHaVipsRequest {
    /**
     * HAVIP 唯一 ID, 形如: havip-9o233uri。
     *
     * @see spec/sources/tce-vpc.txt line 26074
     */
    HaVipIds?: string[] | undefined;
    /**
     * 过滤条件, 参数不支持同时指定 HaVipIds 和 Filters。 havip-id - String - HAVIP 唯一 ID, 形如: havip-9o233uri。 havip-name - String - HAVIP 名称。 vpc-id - String - HAVIP 所在私有网络 ID。 subnet-id - String - HAVIP 所在子网 ID。 address-ip - String - HAVIP 绑定的弹性公网 IP。
     *
     * @see spec/sources/tce-vpc.txt line 26075
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量
     *
     * @see spec/sources/tce-vpc.txt line 26076
     */
    Offset?: number | undefined;
    /**
     * 返回数量
     *
     * @see spec/sources/tce-vpc.txt line 26077
     */
    Limit?: number | undefined;
}
/**
 * Output of DescribeHaVips: 查询HAVIP列表
 *
 * @see spec/sources/tce-vpc.txt line 26050
 */
export interface DescribeHaVipsResponse {
    /**
     * 此参数对外不可见。 符合条件的对象数。
     *
     * @see spec/sources/tce-vpc.txt line 26082
     */
    TotalCount?: number | undefined;
    /**
     * 此参数对外不可见。 HAVIP 对象数组。
     *
     * @see spec/sources/tce-vpc.txt line 26083
     */
    HaVipSet?: HaVip[] | undefined;
    /**
     * 唯一请求 ID, 每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 26084
     */
    RequestId?: string | undefined;
}
/**
 * Input of HaVipAssociateAddressIp: HAVIP绑定EIP
 *
 * @see spec/sources/tce-vpc.txt line 26094
 */
export interface HaVipAssociateAddressIpRequest {
    /**
     * HAVIP 唯一 ID，形如：havip-9o233uri。必须是没有绑定 EIP 的 HAVIP
     *
     * @see spec/sources/tce-vpc.txt line 26120
     */
    HaVipId: string;
    /**
     * 弹性公网 IP。必须是没有绑定 HAVIP 的 EIP
     *
     * @see spec/sources/tce-vpc.txt line 26121
     */
    AddressIp: string;
}
/**
 * Output of HaVipAssociateAddressIp: HAVIP绑定EIP
 *
 * @see spec/sources/tce-vpc.txt line 26094
 */
export interface HaVipAssociateAddressIpResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 26126
     */
    RequestId?: string | undefined;
}
/**
 * Input of HaVipDisassociateAddressIp: HAVIP解绑EIP
 *
 * @see spec/sources/tce-vpc.txt line 26137
 */
export interface HaVipDisassociateAddressIpRequest {
    /**
     * HAVIP 唯一 ID，形如：havig-9o233uri。必须是已绑定 EIP 的 HAVIP。
     *
     * @see spec/sources/tce-vpc.txt line 26163
     */
    HaVipId: string;
}
/**
 * Output of HaVipDisassociateAddressIp: HAVIP解绑EIP
 *
 * @see spec/sources/tce-vpc.txt line 26137
 */
export interface HaVipDisassociateAddressIpResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 26168
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyHaVipAttribute: 修改HAVIP属性
 *
 * @see spec/sources/tce-vpc.txt line 26179
 */
export interface ModifyHaVipAttributeRequest {
    /**
     * HAVIP 唯一 ID，形如：havig-9o233uri。
     *
     * @see spec/sources/tce-vpc.txt line 26203
     */
    HaVipId: string;
    /**
     * HAVIP 名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 26204
     */
    HaVipName: string;
}
/**
 * Output of ModifyHaVipAttribute: 修改HAVIP属性
 *
 * @see spec/sources/tce-vpc.txt line 26179
 */
export interface ModifyHaVipAttributeResponse {
    /**
     * 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
     *
     * @see spec/sources/tce-vpc.txt line 26209
     */
    RequestId?: string | undefined;
}

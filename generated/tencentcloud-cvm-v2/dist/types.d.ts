/** Members of zoneSet in the DescribeAvailabilityZones response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeAvailabilityZonesResponseZoneSet {
    /** 可用区 ID。 */
    zoneId?: number | undefined;
    /** IDC 列表。 */
    idcList?: DescribeAvailabilityZonesResponseZoneSetIdcList[] | undefined;
}
/** Items of zoneSet.idcList in the DescribeAvailabilityZones response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeAvailabilityZonesResponseZoneSetIdcList {
    /** IDC 的 ID 值。 */
    idcId?: number | undefined;
    /** IDC 名称。 */
    idcName?: string | undefined;
}
/** Items of capacitySet in the DescribeZoneAbility response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeZoneAbilityResponseCapacitySet {
    /** 能力项。 */
    capacity?: Array<Record<string, unknown>> | undefined;
    /** 是否满足；0为不满足，1为满足。 */
    isSupported?: number | undefined;
}
/** Items of instanceSet in the DescribeInstances response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeInstancesResponseInstanceSet {
    /** 实例名称。 */
    instanceName?: string | undefined;
    /** 实例 ID，命名格式为“ins-xxxxxxxx”。 */
    unInstanceId?: string | undefined;
    /** 实例主网卡的内网 IP。 */
    lanIp?: string | undefined;
    /** 公网 IP 列表（包括实例创建时自动分配的 IP 和弹性 IP）。 */
    wanIpSet?: Array<Record<string, unknown>> | undefined;
    /** CPU 核数。 */
    cpu?: number | undefined;
    /** 内存大小(GB)。 */
    mem?: number | undefined;
    /** 带宽大小(Mbps)。 */
    bandwidth?: number | undefined;
    /** 镜像 ID，命名格式为“img-xxxxxxxx”。 */
    unImgId?: string | undefined;
    /** 当前状态，具体意义见上文。 */
    status?: number | undefined;
    /** 所属地域。具体意义可通过 DescribeProductRegionList API 查询。 */
    Region?: string | undefined;
    /** 创建时间。 */
    createTime?: string | undefined;
    /** 到期时间。如果是按量计费实例，则为“0000-00-00 00:00”。 */
    deadlineTime?: string | undefined;
    /**
     * 自动续费标识 。
     * 0：不自动续费
     * 1：自动续费
     * 2：不再续费
     */
    autoRenew?: 0 | 1 | 2 | (number & {}) | undefined;
    /** 项目ID 。 */
    projectId?: number | undefined;
    /** 操作系统名称。 */
    os?: string | undefined;
    /**
     * 计费模式。
     * 0：按月结算的后付费
     * 1：包年包月
     * 2：按量计费
     */
    cvmPayMode?: 0 | 1 | 2 | (number & {}) | undefined;
    /**
     * 网络计费模式。
     * 0：按月结算的后付费
     * 1：包年包月
     * 2：按流量
     * 3：按带宽。关于各个网络计费模式之间的区别可以参见 购买网络带宽 。
     */
    networkPayMode?: 0 | 1 | 2 | 3 | (number & {}) | undefined;
    /** 可用区 ID。 */
    zoneId?: number | undefined;
    /** 可用区名称。 */
    zoneName?: string | undefined;
    /** 私有网络 ID。 */
    vpcId?: number | undefined;
    /** 子网 ID。 */
    subnetId?: number | undefined;
    /** 是否是 VPC 的 网关 。0:否1:是 */
    isVpcGateway?: number | undefined;
    /** 包含了硬盘信息的对象。 */
    diskInfo?: DescribeInstancesResponseInstanceSetDiskInfo | undefined;
}
/** Members of instanceSet.diskInfo in the DescribeInstances response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeInstancesResponseInstanceSetDiskInfo {
    /** 硬盘 ID。 */
    storageId?: string | undefined;
    /**
     * 硬盘类型。
     * 1.本地硬盘
     * 2.普通云硬盘
     * 3.本地 SSD 硬盘
     * 4.SSD 云硬盘
     * 5.高性能云硬盘
     */
    storageType?: number | undefined;
    /** 数据盘大小(GB)。 */
    storageSize?: number | undefined;
    /** 系统盘 ID。 */
    rootId?: string | undefined;
    /** 系统盘大小(GB)。 */
    rootSize?: number | undefined;
    /**
     * 系统盘类型。
     * 1.本地硬盘
     * 2.普通云硬盘
     * 3.本地 SSD 硬盘
     * 4.SSD 云硬盘
     */
    rootType?: number | undefined;
}
/** Members of data in the InquiryInstancePriceHour response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface InquiryInstancePriceHourResponseData {
    /** 带宽详细。 */
    bandwidth?: Record<string, unknown> | undefined;
    /** 实例详细。 */
    cvm?: InquiryInstancePriceHourResponseDataCvm | undefined;
}
/** Members of data.cvm in the InquiryInstancePriceHour response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface InquiryInstancePriceHourResponseDataCvm {
    /** 价格。 */
    price?: string | undefined;
    /** 价格单位。 */
    price_unit?: string | undefined;
}
/** Items of deleteKeySet in the DeleteKeyPair response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteKeyPairResponseDeleteKeySet {
    /** 密钥 ID。 */
    keyId?: string | undefined;
}
/** Input of DescribeAvailabilityZones: 查询可用区列表 */
export interface DescribeAvailabilityZonesRequest {
    /** 可用区 ID。 */
    zoneId?: number | undefined;
}
/**
 * Output of DescribeAvailabilityZones: 查询可用区列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeAvailabilityZonesResponse {
    /** 可用区的数目。 */
    totalCount?: number | undefined;
    /** 可用区列表。 */
    zoneSet?: DescribeAvailabilityZonesResponseZoneSet | undefined;
}
/** Input of DescribeZoneAbility: 查询可用区能力 */
export interface DescribeZoneAbilityRequest {
    /** 可用区 ID。 */
    zoneId: number;
    /** 要查询的能力；目前支持云硬盘和私有网络两种能力查询（此接口支持同时传入多个 ID。此参数的具体格式可参见API 简介  的 id.n 一节）。 */
    capacity: string[];
}
/**
 * Output of DescribeZoneAbility: 查询可用区能力
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeZoneAbilityResponse {
    /** 返回能力信息列表。 */
    capacitySet?: DescribeZoneAbilityResponseCapacitySet[] | undefined;
}
/** Input of DescribeProductRegionList: 获取产品可用的地域列表 */
export interface DescribeProductRegionListRequest {
    /**
     * 实例类型
     * 1：云服务器
     * 2：云数据库
     * 3：负载均衡
     */
    instanceType: 1 | 2 | 3 | (number & {});
}
/**
 * Output of DescribeProductRegionList: 获取产品可用的地域列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeProductRegionListResponse {
    /** 获取产品的可使用的地域信息列表，其它 API 可能用到的参数 Region 可由此处获取，如 gz 代表广州，sh 代表上海，hk代表中国香港等。 */
    availableRegion?: Array<Record<string, unknown>> | undefined;
}
/** Input of DescribeInstances: 查看实例列表 */
export interface DescribeInstancesRequest {
    /** （过滤条件）按照一个或者多个实例 ID 过滤；可通过 DescribeInstances  API 返回值中的unInstanceId 获取（此接口支持同时传入多个 ID。此参数的具体格式可参考 API 简介 的 id.n 一节）。 */
    instanceIds?: string[] | undefined;
    /** （过滤条件）按照一个或者多个实例的内网 IP 或公网 IP（包括实例创建时自动分配的 IP 和弹性IP）过滤（此接口支持同时传入多个 IP。此参数的具体格式可参考 API 简介 的 id.n 一节）。 */
    lanIps?: string[] | undefined;
    /** （过滤条件）按照实例名称过滤，支持模糊查询。 */
    searchWord?: string | undefined;
    /** （过滤条件）实例的状态，状态的列举见上。 */
    status?: number | undefined;
    /** （过滤条件） 项目 ID 。 */
    projectId?: number | undefined;
    /** （过滤条件） 可用区 ID 。 */
    zoneId?: number | undefined;
    /** 偏移量，默认为0。关于 offset 的更进一步介绍参见 API 简介 中的相关小节。 */
    offset?: number | undefined;
    /** 返回数量，默认 20，最大值 100。关于 limit 的更进一步介绍参见 API 简介 中的相关小节。 */
    limit?: number | undefined;
}
/**
 * Output of DescribeInstances: 查看实例列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeInstancesResponse {
    /** 符合条件的实例数量。 */
    totalCount?: number | undefined;
    /** 实例信息列表。 */
    instanceSet?: DescribeInstancesResponseInstanceSet[] | undefined;
}
/** Input of RunInstances: 创建实例（包年包月） */
export interface RunInstancesRequest {
    /** CPU（核数）。 */
    cpu: number;
    /** 内存（GB）。 */
    mem: number;
    /** 镜像ID。可通过 DescribeImages  接口(链接包含公共镜像名称 ID 对应表)返回字段中的 unImgId获取。 */
    imageId: string;
    /** 购买时长(月)。至少1个月，最多36个月。 */
    period: number;
    /** 数据盘大小（GB）。最小调整步长为10G，此参数默认值为0，表示不购买数据盘。其所分配数据盘的类型与 storageType  所指定的一致。关于不同类型数据盘的特性与容量限制请参见 硬盘产品简介 。 */
    storageSize: number;
    /** 可用区 ID，默认为每个地区的第一个可用区。 */
    zoneId?: number | undefined;
    /** 实例类型（例如高 IO 机型等）。默认为 CVM.S1 。更多实例类型，可在上文查看“实例类型”一节。 */
    instanceType?: string | undefined;
    /** 镜像类型。1：私有镜像、2：公有镜像、3：镜像市场、4：共享镜像。默认为2。如果您指定非公有镜像的 ImageId ，则必须指定 ImageType ，如使用公有镜像，则无需 ImageType 参数。 */
    imageType?: number | undefined;
    /** 带宽的类型。 PayByTraffic ：按流量计费； PayByBandwidth ：按带宽计费；默认是按带宽计费。关于各个网络计费模式之间的区别可以参见 购买网络带宽 。 */
    bandwidthType?: string | undefined;
    /** 公网带宽(Mbps)，当按流量计费时为公网带宽峰值，默认为0。 */
    bandwidth?: number | undefined;
    /** 是否开通公网IP。1：开通，0：不开通。 bandwidth 大于0，可自由选择开通与否，默认为开通；bandwidth 为0，则不分配公网IP。 */
    wanIp?: number | undefined;
    /** 私有网络 ID。私有网络下为必填，不填则为基础网络。 */
    vpcId?: string | undefined;
    /** 子网 ID，私有网络下为必填（必须保证此 subnetId 在本可用区内）。 */
    subnetId?: string | undefined;
    /** 是否是公网网关。0：非公网网关；1：公网网关；默认为0。公网网关只有在实例拥有公网IP并处于私有网络下时才能正常使用。 */
    isVpcGateway?: number | undefined;
    /** 硬盘类型。1:本地硬盘、2:普通云硬盘、3:本地 SSD 硬盘；默认为1。关于硬盘类型的选择请参见 硬盘产品简介 ，可选硬盘类型受到实例类型（InstanceType）限制。另外允许购买的最大容量也因硬盘类型的不同而有所差异。 */
    storageType?: number | undefined;
    /** 系统盘大小（GB）。Linux/BSD 系统调整范围为20~50G，最小调整步长为10G，默认免费分配20G。Windows 不可调整，默认为免费分配50G。系统盘类型须与 storageType 所指定的一致。 */
    rootSize?: number | undefined;
    /** 实例密码。未设置则为随机产生，并通过站内信下发。Linux 实例密码必须是8至16位，至少包括以下三项中的两项。[a-z，A-Z]、[0-9] 和 [( ) ~ ! @ # $ % ^ &amp; * - + = &#124; { } [ ] : ; ' , . ? / ]中的特殊符号。Windows 实例密码必须是12至16位，至少包括以下四项中的三项。[a-z]，[A-Z]，[0-9] 和[( ) ~ ! @ # $ % ^ & * - + = { } [ ] : ; ' , . ? /]中的特殊符号。 */
    password?: string | undefined;
    /** 密钥 ID。关联密钥后可使用密钥登录实例， keyId  可通过接口 DescribeKeyPairs 获取，密钥与密码不能同时指定，同时 Windows 操作系统不支持指定密钥。 */
    keyId?: string | undefined;
    /** 开启 云安全服务 。开通：1，不开通：0。默认开通。 */
    needSecurityAgent?: number | undefined;
    /** 开启 腾讯云可观测平台服务 。开通：1，不开通：0。默认开通。 */
    needMonitorAgent?: number | undefined;
    /** 项目 ID，不填为默认项目。 */
    projectId?: number | undefined;
    /** 实例名称，可任意命名，但不得超过60个字符。默认为“未命名”。 */
    instanceName?: string | undefined;
    /** 购买实例的数量。默认为1，最大为100。 */
    goodsNum?: number | undefined;
    /** 保证此 API 幂等的 Token ，最多64字符。不同的 API 请求携带相同的 Token  视为同一请求，可以防止客户端请求 API 时因为网络异常而重试，导致多次创建实例的情况。 */
    clientToken?: string | undefined;
    /** 私有子网 ip 数组，目前只支持一个 ip。在创建实例、修改实例 vpc 属性操作中可使用此参数。 */
    privateIpAddresses?: string[] | undefined;
}
/**
 * Output of RunInstances: 创建实例（包年包月）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface RunInstancesResponse {
    /** 生成的订单号，可通过 DescribeDeals API 查询后续执行状况。 */
    dealIds?: Array<Record<string, unknown>> | undefined;
    /** 系统自动生成实例的 ID，命名格式为“ins-xxxxxxxx”，可使用此 ID 通过 DescribeInstances  API 查询实例的详细信息。 */
    unInstanceIds?: Record<string, unknown> | undefined;
}
/** Input of RunInstancesHour: 创建实例（按量计费） */
export interface RunInstancesHourRequest {
    /** 可用区 ID。 */
    zoneId: number;
    /** CPU 核数，具体限制见上。 */
    cpu: number;
    /** 内存大小(GB)，具体限制见上。 */
    mem: number;
    /** 镜像 ID。可通过 DescribeImages  接口(链接包含公共镜像名称ID对应表)返回字段中的unImgId 获取。 */
    imageId: string;
    /** 数据盘大小（GB）。最小调整步长为10G，此参数默认值为0，表示不购买数据盘。其所分配数据盘的类型与 storageType  所指定的一致。关于不同类型数据盘的特性与容量限制请参见 云硬盘 。 */
    storageSize: number;
    /** 实例类型（例如高 IO 型等）。默认为 CVM.S1 。更多实例类型，可在上文查看“实例类型”一节。 */
    instanceType?: string | undefined;
    /** 镜像类型。1：私有镜像、2：公有镜像、3：镜像市场、4：共享镜像。默认为2。如果您指定非公有镜像的 ImageId ，则必须指定ImageType，如使用公有镜像，则无需 ImageType 参数。 */
    imageType?: number | undefined;
    /** 带宽的类型。 PayByHour ：按带宽使用时长计费；PayByTraffic：按流量计费。 默认为按使用时长计费。网络计费模式的区别可以参看 公网计费模式 。 */
    bandwidthType?: string | undefined;
    /** 公网带宽(Mbps)，当按流量计费时为公网带宽峰值。默认为0 */
    bandwidth?: number | undefined;
    /** 是否开通公网 IP。1：开通，0：不开通。 bandwidth 大于0，可自由选择开通与否，默认开通公网 IP； bandwidth 为0，则不分配公网IP。 */
    wanIp?: number | undefined;
    /** 私有网络 ID。私有网络下为必填，不填则为基础网络。 */
    vpcId?: string | undefined;
    /** 子网 ID，私有网络下为必填（必须保证此 subnetId 在本可用区内）。 */
    subnetId?: string | undefined;
    /** 是否是 公网网关 。0：非公网网关；1：公网网关；默认为0。公网网关只有在实例拥有公网IP以及处于私有网络下时才能正常使用。 */
    isVpcGateway?: number | undefined;
    /** 硬盘类型。硬盘类型。1:本地硬盘、2:普通云硬盘、3:本地 SSD 硬盘；默认为本地硬盘。关于硬盘类型的选择请参见 云硬盘 ，可选硬盘类型受到实例类型（InstanceType）限制。另外允许购买的最大容量也因硬盘类型的不同而有所差异。 */
    storageType?: number | undefined;
    /** 系统盘大小（GB）。Linux/BSD 系统调整范围为20~50G，最小调整步长为10G，默认免费分配20G。Windows 不可调整，默认为免费分配50G。系统盘类型须与 storageType  所指定的一致。 */
    rootSize?: number | undefined;
    /** 实例密码。未设置则为随机产生，并通过站内信下发。Linux实例密码必须8到16位，至少包括两项[a-z，A-Z]、[0-9] 和 [( ) ~ ! @ # $ % ^ &amp; * - + = &#124; { } [ ] : ; ' , . ? / ]中的特殊符号。Windows 实例密码必须12到16位，至少包括三项[a-z]，[A-Z]，[0-9] 和 [( ) ~ ! @ # $ % ^ & * - + = { } [ ] : ; ' , . ? /]中的特殊符号。 */
    password?: string | undefined;
    /** 密钥  ID。关联密钥后可使用密钥登录实例， keyId  可通过接口 DescribeKeyPairs  获取，密钥与密码不能同时指定，同时 Windows 操作系统不支持指定密钥。 */
    keyId?: string | undefined;
    /** 开启 云安全服务 。0：不开通，1：开通。默认开通。 */
    needSecurityAgent?: number | undefined;
    /** 开启 腾讯云可观测平台服务 。0：不开通，1：开通。默认开通。 */
    needMonitorAgent?: number | undefined;
    /** 项目 ID ，不填为默认项目。 */
    projectId?: number | undefined;
    /** 实例名称，可任意命名，但不得超过60个字符。默认为“未命名”。 */
    instanceName?: string | undefined;
    /** 购买实例数量。默认为1, 最大100。 */
    goodsNum?: number | undefined;
    /** 保证此 API 幂等的 Token ，最多64字符。不同的 API 请求携带相同的 Token  视为同一请求，可以防止客户端请求API时因为网络异常而重试，导致多次创建实例的情况。 */
    clientToken?: string | undefined;
    /** 私有子网 IP 数组，目前只支持一个 IP。在创建实例、修改实例 VPC 属性操作中可使用此参数。 */
    privateIpAddresses?: string[] | undefined;
}
/**
 * Output of RunInstancesHour: 创建实例（按量计费）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface RunInstancesHourResponse {
    /** 系统自动生成实例的 ID，命名格式为“ins-xxxxxxxx”，可使用此 ID 通过 DescribeInstances  API 查询实例的详细信息。 */
    unInstanceIds?: Array<Record<string, unknown>> | undefined;
}
/** Input of StartInstances: 启动实例 */
export interface StartInstancesRequest {
    /** 待操作的实例ID。可通过 DescribeInstances  API返回值中的 unInstanceId 获取；（此接口支持同时传入多个ID。此参数的具体格式可参见 API 简介 的 id.n 一节）。 */
    instanceIds: string[];
}
/**
 * Output of StartInstances: 启动实例
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface StartInstancesResponse {
    /** 参见： 批量异步任务接口返回格式 。 */
    detail?: Array<Record<string, unknown>> | undefined;
}
/** Input of StopInstances: 关闭实例 */
export interface StopInstancesRequest {
    /** 待操作的实例ID。可通过 DescribeInstances  API返回值中的 unInstanceId 获取（此接口支持同时传入多个ID。此参数的具体格式可参考 API 简介 的 id.n 一节）。 */
    instanceIds: string[];
    /** 是否强制关机。若为 0，则走普通关机流程；若为 1 则是强制关机。默认为0。 */
    forceStop?: number | undefined;
}
/**
 * Output of StopInstances: 关闭实例
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface StopInstancesResponse {
    /** 参见： 批量异步任务接口返回格式 。 */
    detail?: Array<Record<string, unknown>> | undefined;
}
/** Input of RestartInstances: 重启实例 */
export interface RestartInstancesRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances  API返回值中的 unInstanceId 获取；此接口支持同时传入多个ID。此参数的具体格式可参考 API 简介 的 id.n 一节。 */
    instanceIds: string[];
    /** 是否强制关机。若为 0，则走普通关机流程；若为 1 则是强制关机。默认为0。 */
    forceStop?: number | undefined;
}
/**
 * Output of RestartInstances: 重启实例
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface RestartInstancesResponse {
    /** 参见： 批量异步任务接口返回格式 。 */
    detail?: Array<Record<string, unknown>> | undefined;
}
/** Input of ResetInstances: 重装系统 */
export interface ResetInstancesRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /**
     * 镜像类型。
     * 1：私有镜像
     * 2：公有镜像
     * 3：镜像市场
     * 4：共享镜像。
     * 默认为2。需与imageId同时指定。
     */
    imageType?: 1 | 2 | 3 | 4 | (number & {}) | undefined;
    /** 镜像 ID。默认使用实例当前的镜像安装。如果指定了镜像 ID 则使用指定的镜像安装。可通过DescribeImages  接口（内附常用公有镜像 ID）返回字段中的  unImgId 获取（需与imageType 同时指定）。 */
    imageId?: string | undefined;
    /** 实例密码。Linux 实例密码必须8到16位，至少包括两项[a-z，A-Z]、[0-9] 和 [( ) ` ~ ! @ # $ % ^ & * - + = | { } [ ] : ; ' , . ? / ]中的特殊符号。Windows 实例密码必须12到16位，至少包括三项[a-z]，[A-Z]，[0-9] 和 [( ) ` ~ ! @ # $ % ^ & * - + = { } [ ] : ; ' , . ? /]中的特殊符号。 */
    password?: string | undefined;
    /** 安装安全 Agent，0：不安装，1：安装，默认安装。 */
    needSecurityAgent?: number | undefined;
    /** 安装监控 Agent，0：不安装，1：安装，默认安装。 */
    needMonitorAgent?: number | undefined;
    /** 系统盘大小(GB)。rootSize 默认保持不变。 */
    rootSize?: number | undefined;
}
/**
 * Output of ResetInstances: 重装系统
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ResetInstancesResponse {
    /** 请求任务 ID。 */
    requestId?: number | undefined;
}
/** Input of ModifyInstanceAttributes: 修改实例属性 */
export interface ModifyInstanceAttributesRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API 返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 实例名称，可任意命名，但不得超过60个字符。 */
    instanceName: string;
}
/**
 * Output of ModifyInstanceAttributes: 修改实例属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyInstanceAttributesResponse {
}
/** Input of ResetInstancePassword: 重置密码 */
export interface ResetInstancePasswordRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances  API返回值中的 unInstanceId 获取（此接口支持同时传入多个 ID。此参数的具体格式可参考 API 简介 的 id.n  一节）。 */
    instanceIds: string[];
    /** 实例密码。Linux 实例密码必须8到16位，至少包括两项[a-z，A-Z]、[0-9] 和 [( ) ~ ! @ # $ % ^ &amp; * - + = &#124; { } [ ] : ; ' , . ? / ]中的特殊符号。<br> <br>Windows实例密码必须12到16位，至少包括三项[a-z]，[A-Z]，[0-9] 和 [( ) ~ ! @ # $ % ^ & * - + = { } [ ] : ; ' , . ? /]中的特殊符号。 */
    password: string;
}
/**
 * Output of ResetInstancePassword: 重置密码
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ResetInstancePasswordResponse {
}
/** Input of InquiryInstancePrice: 查询实例价格（包年包月） */
export interface InquiryInstancePriceRequest {
    /**
     * 2.1 查询已购买成功的包月实例的价格：实例类型 系统规定，CVM实例为1。
     * 2.2 查询包年包月实例价格：实例类型，此处为1（CVM 实例购买）。
     * 2.3 查询实例配置升级的价格：实例类型，此处为4（CVM 实例配置升级）。
     * 2.4 查询升级实例时间段内网络的价格：实例类型，此处为5（CVM实例网络升级）。
     */
    instanceType: number;
    /**
     * 2.1 查询已购买成功的包月实例的价格：待操作的实例 ID 可通过 DescribeInstances 接口返回字段中的 unInstanceId 获取。
     * 2.4 查询升级实例时间段内网络的价格：待操作实例的实例 ID。 可通过 DescribeInstances  接口返回字段中的 unInstanceId、instanceId 获取（建议使用 unInstanceId ）。
     */
    instanceId?: string | undefined;
    /**
     * 2.1 查询已购买成功的包月实例的价格：购买或续费时长 用户自定义，单位月。最大为36，最小为1。
     * 2.2 查询包年包月实例价格：购买时长(月)。最少1个月，最多为36个月。
     */
    period?: number | undefined;
    /** 2.2 查询包年包月实例价格：实例类型（例如高 IO 机型等）。默认为 CVM.S1 。更多实例类型，可在“创建实例”中查看“实例类型”一节。 */
    instanceModel?: string | undefined;
    /**
     * 2.2 查询包年包月实例价格：实例核数。CPU与内存具体的配比限制参见 实例规格 。
     * 2.3 查询实例配置升级的价格：CPU 核数。升级后的核数。
     */
    cpu?: number | undefined;
    /**
     * 2.2 查询包年包月实例价格：实例内存大小(GB)。CPU与内存具体的配比限制参见 实例规格 。
     * 2.3 查询实例配置升级的价格：内存。 升级后的内存大小(GB)。
     */
    mem?: number | undefined;
    /**
     * 2.2 查询包年包月实例价格：硬盘类型。1:本地硬盘、2:普通云硬盘、3:本地SSD硬盘、4:SSD云硬盘，默认为本地硬盘。关于数据盘的类型选择请参见 云硬盘 。
     * 2.3 查询实例配置升级的价格：数据盘类型。1:本地硬盘、2:普通云硬盘、3:本地 SSD 硬盘、4:SSD 云硬盘。
     */
    storageType?: number | undefined;
    /**
     * 2.2 查询包年包月实例价格：数据盘大小（GB）。步长为10，为0表示不要数据盘，数据盘类型与 storageType 所指定的一致。关于数据盘的最大大小请参见 云硬盘 。
     * 2.3 查询实例配置升级的价格：升级后的数据盘大小。单位GB，为0表示不要数据盘。
     */
    storageSize?: number | undefined;
    /** 2.2 查询包年包月实例价格：购买实例的数量。默认为1，最大 100。 */
    goodsNum?: number | undefined;
    /**
     * 2.2 查询包年包月实例价格：公网带宽（Mbps），当按流量计费时为公网带宽峰值，默认为0。
     * 2.3 查询实例配置升级的价格：升级后的带宽值（Mbps）。
     * 2.4 查询升级实例时间段内网络的价格：升级后的带宽值（Mbps）。
     */
    bandwidth?: number | undefined;
    /** 2.2 查询包年包月实例价格：带宽的类型。PayByTraffic：按流量计费； PayByBandwidth：按月计费；默认是按月计费。网络计费模式的区别可以参看 公网计费模式 。 */
    bandwidthType?: string | undefined;
    /** 2.2 查询包年包月实例价格：系统盘大小(单位:GB)。Linux 系统调整范围为20-50G，步长为1，默认为20G。Windows 不可调整，默认为50G。系统盘类型与数据盘类型一致。 */
    rootSize?: number | undefined;
    /** 2.2 查询包年包月实例价格：镜像类型。 1：私有镜像、2：公共镜像、3：服务市场、4: 共享镜像。imageType 必须要 imageid 实际类型匹配。参数存在具体的范围限制。欲获取更详细的参数信息，用户可以参见 ResizeInstance 。参数存在具体的范围限制。欲获取更详细的参数信息，用户可以参见 UpdateInstanceBandwidth 。 */
    imageType?: number | undefined;
    /** 2.2 查询包年包月实例价格：镜像 ID。可通过 查询镜像 接口（链接包含公共镜像名称 ID 对应表）返回字段中的 unImgId 获取。 */
    imageId?: string | undefined;
    /** 2.3 查询实例配置升级的价格：起始时间。格式如：2014-10-30，该时间不能早于当前时间。 */
    bandwidthUpgradeStartTime?: string | undefined;
    /** 2.3 查询实例配置升级的价格：终止时间。格式如：2014-11-30，该时间不能晚于实例购买的截止期限的时间。 */
    bandwidthUpgradeEndTime?: string | undefined;
    /** 2.4 查询升级实例时间段内网络的价格：起始时间。格式如：2014-10-30，该时间不能早于当前时间。 */
    startTime?: string | undefined;
    /** 2.4 查询升级实例时间段内网络的价格：终止时间。格式如：2014-11-30，该时间不能晚于实例购买的截止期限的时间。 */
    endTime?: string | undefined;
}
/**
 * Output of InquiryInstancePrice: 查询实例价格（包年包月）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface InquiryInstancePriceResponse {
    /** 产品的折扣价格，单位分。 */
    price?: number | undefined;
    /** 产品的原价格，单位分。 */
    originalPrice?: number | undefined;
}
/** Input of InquiryInstancePriceHour: 查询实例价格（按量计费） */
export interface InquiryInstancePriceHourRequest {
    /** 实例核数。CPU 与内存具体的配比限制参见 实例规格 。 */
    cpu: number;
    /** 实例内存大小(GB)。CPU 与内存具体的配比限制参见 实例规格 。 */
    mem: number;
    /** 镜像 ID。可通过 查询镜像 接口（链接包含公共镜像名称ID对应表）返回字段中的 unImgId 获取。 */
    imageId: string;
    /** 镜像类型。 1：私有镜像、2：公共镜像、3：服务市场、4：共享镜像。imageType 必须要 imageid 实际类型匹配。 */
    imageType: number;
    /**
     * 带宽的类型。
     * PayByHour：按带宽使用时长计费
     * PayByTraffic：按流量计费。
     * 默认为按使用时长计费。网络计费模式的区别可以参看 购买网络带宽 。
     */
    bandwidthType?: "PayByHour" | "PayByTraffic" | (string & {}) | undefined;
    /** 公网带宽(Mbps)，当按流量计费时为公网带宽峰值。默认为0。 */
    bandwidth?: number | undefined;
    /** 数据盘大小(GB)。步长为10，0表示不要数据盘。关于数据盘的最大大小请参见 云硬盘 。 */
    storageSize: number;
    /** 数据盘类型。1：本地硬盘、2：普通云硬盘，默认为本地硬盘。关于数据盘的类型选择请参见 云硬盘 。 */
    storageType?: number | undefined;
    /** 购买实例数量。默认为1，最大100。 */
    goodsNum?: number | undefined;
}
/**
 * Output of InquiryInstancePriceHour: 查询实例价格（按量计费）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface InquiryInstancePriceHourResponse {
    /** 返回列表 */
    data?: InquiryInstancePriceHourResponseData | undefined;
}
/** Input of ResizeInstance: 调整实例配置（包年包月） */
export interface ResizeInstanceRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API 返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 升级后的实例核数。CPU 与内存具体的配比限制参见 CVM 实例配置 。 */
    cpu?: number | undefined;
    /** 升级后的实例内存大小(GB)。CPU 与内存具体的配比限制参见 CVM 实例配置 。 */
    mem?: number | undefined;
    /** 带宽（Mbps）如仅需升级带宽也可以使用 UpdateInstanceBandwidth  ，如果指定了此参数，需要将 bandwidthUpgradeStartTime 和 bandwidthUpgradeEndTime 一同指定。 */
    bandwidth?: number | undefined;
    /** 带宽升级开始时间（例2016-08-30），当日0时生效。 */
    bandwidthUpgradeStartTime?: string | undefined;
    /** 带宽升级结束时间（例2018-10-02）。将于当日0时恢复为原带宽。 */
    bandwidthUpgradeEndTime?: string | undefined;
    /** 硬盘类型。硬盘类型。1:本地硬盘、2:普通云硬盘、3:本地 SSD 硬盘、4:SSD 云硬盘，默认为1。关于硬盘类型的选择请参见 云硬盘 ，可选硬盘类型受到创建实例时选择的实例类型（InstanceType）限制。另外允许购买的最大容量也因硬盘类型的不同而有所差异。 */
    storageType?: number | undefined;
    /** 数据盘大小（GB）。最小调整步长为10G，此参数默认值为0，表示不购买数据盘。其所分配数据盘的类型与创建实例时 storageType  所指定的一致。关于不同类型数据盘的特性与容量限制请参见 云硬盘 。 */
    storageSize: number;
}
/**
 * Output of ResizeInstance: 调整实例配置（包年包月）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ResizeInstanceResponse {
    /** 生成的订单号，用于查询后续执行状况。 */
    dealIds?: Array<Record<string, unknown>> | undefined;
}
/** Input of ResizeInstanceHour: 调整实例配置（按量计费） */
export interface ResizeInstanceHourRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API 返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 升级后的实例核数。CPU 与内存具体的配比限制参见 实例规格 。 */
    cpu?: number | undefined;
    /** 升级后的实例内存大小（GB）。CPU 与内存具体的配比限制参见 实例规格 。 */
    mem?: number | undefined;
    /** 数据盘大小（GB）。最小调整步长为10G，此参数默认值为0，表示不购买数据盘。其所分配数据盘的类型与创建实例时 storageType  所指定的一致，无法更改。关于不同类型数据盘的特性与容量限制请参见 云硬盘 。 */
    storageSize: number;
}
/**
 * Output of ResizeInstanceHour: 调整实例配置（按量计费）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ResizeInstanceHourResponse {
}
/** Input of RenewInstance: 续费实例（包年包月） */
export interface RenewInstanceRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API 返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 续费时长(月)；续费时长至少为1个月,最多为36个月。 */
    period: number;
}
/**
 * Output of RenewInstance: 续费实例（包年包月）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface RenewInstanceResponse {
}
/** Input of ReturnInstance: 退还实例（按量计费） */
export interface ReturnInstanceRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API 返回值中的 unInstanceId 获取。 */
    instanceId: string;
}
/**
 * Output of ReturnInstance: 退还实例（按量计费）
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ReturnInstanceResponse {
}
/** Input of ModifyInstanceProject: 修改实例所属项目 */
export interface ModifyInstanceProjectRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API 返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 项目 ID。项目可以使用 AddProject  创建，后续使用 DescribeInstances  查询实例时，项目 ID 可用于过滤结果。 */
    projectId: number;
}
/**
 * Output of ModifyInstanceProject: 修改实例所属项目
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyInstanceProjectResponse {
}
/** Input of ModifyUserCvmOverview: 更新开发商各地域cvm的概览信息列表 */
export interface ModifyUserCvmOverviewRequest {
    /** (cvmOverviews 为列表，此处入参需要填写列表元素 ) 更新列表 */
    cvmOverviews: string[];
}
/**
 * Output of ModifyUserCvmOverview: 更新开发商各地域cvm的概览信息列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyUserCvmOverviewResponse {
    /** 描述（待补充） */
    data?: Array<Record<string, unknown>> | undefined;
}
/** Input of UpdateInstanceBandwidthHour: 调整按量计费实例带宽 */
export interface UpdateInstanceBandwidthHourRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 带宽值(Mpbs)；按流量计费则为宽带峰值。 */
    bandwidth: number;
}
/**
 * Output of UpdateInstanceBandwidthHour: 调整按量计费实例带宽
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface UpdateInstanceBandwidthHourResponse {
}
/** Input of UpdateInstanceBandwidth: 调整包年包月实例带宽 */
export interface UpdateInstanceBandwidthRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 升级后的带宽值（Mbps）。升级后的带宽不能小于当前带宽。 */
    bandwidth: number;
    /** 起始时间。格式如：2016-10-30，该时间不能早于当前时间；如果是今天则为立即生效。 */
    startTime: string;
    /** 终止时间。格式如：2017-11-30，修改带宽的有效期包含此日期，该时间不能晚于实例过期的时间；实例的到期时间可以使用 DescribeInstances  API 查询。 */
    endTime: string;
}
/**
 * Output of UpdateInstanceBandwidth: 调整包年包月实例带宽
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface UpdateInstanceBandwidthResponse {
    /** 生成的订单号，用于查询执行情况。 */
    dealIds?: Array<Record<string, unknown>> | undefined;
}
/** Input of DescribeKeyPairs: 查询密钥 */
export interface DescribeKeyPairsRequest {
    /** 密钥 ID（此接口支持同时传入多个 ID 进行过滤。此参数的具体格式可参见 API 简介 的 id.n 一节）。 */
    keyIds?: string[] | undefined;
    /** 密钥名称。 */
    keyName?: string | undefined;
    /** 项目 ID，使用项目 ID 过滤结果。 */
    projectId?: string | undefined;
    /** 偏移量，默认为0。关于 offset 的更进一步介绍参见 API 简介 中的相关小节。 */
    offset?: number | undefined;
    /** 返回数量，默认 20，最大值 100。关于 limit 的更进一步介绍参见 API 简介 中的相关小节。 */
    limit?: number | undefined;
}
/**
 * Output of DescribeKeyPairs: 查询密钥
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeKeyPairsResponse {
    /** 符合过滤条件的密钥个数。 */
    totalCount?: number | undefined;
    /** 密钥 ID。 */
    keyId?: string | undefined;
    /** 密钥名称。 */
    keyName?: string | undefined;
    /** 密钥的公钥内容。 */
    pubkey?: string | undefined;
    /** 密钥状态。0为正常，1为非正常。 */
    status?: number | undefined;
    /** 绑定的实例 ID 列表。 */
    bindUnInstanceIds?: number | undefined;
    /** List 绑定的实例 IP 列表。 */
    bindIps?: string | undefined;
    /** 密钥的创建时间。 */
    createTime?: string | undefined;
}
/** Input of CreateKeyPair: 创建密钥 */
export interface CreateKeyPairRequest {
    /** 用于定义即将生成的密钥的名称。只能包含数字，字母和下划线。 */
    keyName: string;
}
/**
 * Output of CreateKeyPair: 创建密钥
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateKeyPairResponse {
    /** 所生成密钥的ID，是密钥的唯一标识。 */
    keyId?: string | undefined;
    /** 用户定义的名称。 */
    keyName?: string | undefined;
    /** 所生成密钥的纯文本公钥。 */
    pubkey?: string | undefined;
    /** 所生成的密钥的纯文本私钥，腾讯云不会保管，请妥善保存。 */
    secretkey?: string | undefined;
}
/** Input of ModifyKeyPair: 修改密钥名称 */
export interface ModifyKeyPairRequest {
    /** 用于指定密钥ID。 */
    keyId: string;
    /** 修改后的密钥名称。只能包含数字，字母和下划线。 */
    keyName: string;
}
/**
 * Output of ModifyKeyPair: 修改密钥名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyKeyPairResponse {
}
/** Input of DeleteKeyPair: 删除密钥 */
export interface DeleteKeyPairRequest {
    /** 密钥 ID（此接口支持同时传入多个 ID。此参数的具体格式可参见 API 简介 的 id.n 一节）。 */
    keyIds: string[];
}
/**
 * Output of DeleteKeyPair: 删除密钥
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteKeyPairResponse {
    /** 密钥删除结果。因为某个密钥已被绑定等原因，可能不是全部密钥都会成功删除，需要独立判断。 */
    deleteKeySet?: DeleteKeyPairResponseDeleteKeySet[] | undefined;
}
/** Input of ImportKeyPair: 导入密钥 */
export interface ImportKeyPairRequest {
    /** 密钥名称。 */
    keyName: string;
    /** 密钥的公钥内容，OpenSSH 格式。 */
    pubKey: string;
}
/**
 * Output of ImportKeyPair: 导入密钥
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ImportKeyPairResponse {
    /** 密钥 ID。 */
    keyId?: string | undefined;
}
/** Input of BindInstanceKey: 绑定密钥 */
export interface BindInstanceKeyRequest {
    /** 实例 ID（此接口支持同时传入多个 ID。此参数的具体格式可参见 API 简介 的 id.n 一节）。 */
    instanceIds: string[];
    /** 密钥 ID。 */
    keyId: string;
}
/**
 * Output of BindInstanceKey: 绑定密钥
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface BindInstanceKeyResponse {
}
/** Input of unBindInstanceKey: 解绑密钥 */
export interface unBindInstanceKeyRequest {
    /** 密钥 ID。 */
    keyId: string;
    /** 实例 ID（此接口支持同时传入多个 ID 解绑多个实例。此参数的具体格式可参见 API 简介 的 id.n 一节）。 */
    instanceIds: string[];
}
/**
 * Output of unBindInstanceKey: 解绑密钥
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface unBindInstanceKeyResponse {
}

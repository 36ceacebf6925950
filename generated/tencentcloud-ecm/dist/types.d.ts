/** 描述 EIP 信息 */
export interface Address {
    /**
     * EIP的ID，是EIP的唯一标识。
     *
     * @example eip-3i05gfm7
     */
    AddressId?: string | undefined;
    /**
     * EIP名称。
     *
     * @example EipName
     */
    AddressName?: string | undefined;
    /**
     * EIP状态，包含'CREATING'(创建中),'BINDING'(绑定中),'BIND'(已绑定),'UNBINDING'(解绑中),'UNBIND'(已解绑),'OFFLINING'(释放中),'BIND_ENI'(绑定悬空弹性网卡)
     *
     * @example BIND
     */
    AddressStatus?: string | undefined;
    /**
     * 外网IP地址
     *
     * @example 2402:4e00:1700:b500:0:9395:3e54:51e3
     */
    AddressIp?: string | undefined;
    /**
     * 绑定的资源实例ID。
     *
     * @example ein-37rhe9le
     */
    InstanceId?: string | null | undefined;
    /**
     * 创建时间。ISO 8601 格式：YYYY-MM-DDTHH:mm:ss.sssZ
     *
     * @example 2021-06-03T03:48:23Z
     */
    CreatedTime?: string | undefined;
    /**
     * 绑定的弹性网卡ID
     *
     * @example eni-37rhy9le
     */
    NetworkInterfaceId?: string | null | undefined;
    /**
     * 绑定的资源内网ip
     *
     * @example null
     */
    PrivateAddressIp?: string | null | undefined;
    /**
     * 资源隔离状态。true表示eip处于隔离状态，false表示资源处于未隔离状态
     *
     * @example false
     */
    IsArrears?: boolean | undefined;
    /**
     * 资源封堵状态。true表示eip处于封堵状态，false表示eip处于未封堵状态
     *
     * @example false
     */
    IsBlocked?: boolean | undefined;
    /**
     * eip是否支持直通模式。true表示eip支持直通模式，false表示资源不支持直通模式
     *
     * @example false
     */
    IsEipDirectConnection?: boolean | undefined;
    /**
     * eip资源类型，包括"CalcIP","WanIP","EIP","AnycastEIP"。其中"CalcIP"表示设备ip，“WanIP”表示普通公网ip，“EIP”表示弹性公网ip，“AnycastEip”表示加速EIP
     *
     * @example EIP
     */
    AddressType?: string | undefined;
    /**
     * eip是否在解绑后自动释放。true表示eip将会在解绑后自动释放，false表示eip在解绑后不会自动释放
     *
     * @example false
     */
    CascadeRelease?: boolean | undefined;
    /**
     * 运营商，CTCC电信，CUCC联通，CMCC移动
     *
     * @example CTCC
     */
    InternetServiceProvider?: string | null | undefined;
    /**
     * 带宽上限
     *
     * @example 1000
     */
    Bandwidth?: number | null | undefined;
    /**
     * 计费模式
     *
     * @example BANDWIDTH_PACKAGE
     */
    PayMode?: string | null | undefined;
}
/** ip地址相关信息结构体。 */
export interface AddressInfo {
    /** 实例的外网ip相关信息。 */
    PublicIPAddressInfo?: PublicIPAddressInfo | null | undefined;
    /** 实例的内网ip相关信息。 */
    PrivateIPAddressInfo?: PrivateIPAddressInfo | null | undefined;
    /** 实例的外网ipv6相关信息。 */
    PublicIPv6AddressInfo?: PublicIPAddressInfo | null | undefined;
}
/** IP地址模板 */
export interface AddressTemplateSpecification {
    /**
     * IP地址ID，例如：eipm-2uw6ujo6。
     *
     * @example eipm-2uw6ujo6
     */
    AddressId: string;
    /**
     * IP地址组ID，例如：eipmg-2uw6ujo6。
     *
     * @example eipmg-2uw6ujo6
     */
    AddressGroupId: string;
}
/** 区域信息 */
export interface Area {
    /** 区域ID */
    AreaId?: string | undefined;
    /** 区域名称 */
    AreaName?: string | undefined;
}
/** VPC辅助CIDR信息。 */
export interface AssistantCidr {
    /**
     * VPC实例ID。形如：vpc-6v2ht8q5
     *
     * @example vpc-6v2ht8q5
     */
    VpcId?: string | undefined;
    /**
     * 辅助CIDR。形如：172.16.0.0/16
     *
     * @example 172.16.0.0/16
     */
    CidrBlock?: string | undefined;
    /**
     * 辅助CIDR类型（0：普通辅助CIDR，1：容器辅助CIDR），默认都是0。
     *
     * @example 0
     */
    AssistantType?: number | undefined;
    /**
     * 辅助CIDR拆分的子网。
     *
     * @example [{"SubnetId": "subnet-6zwa44xm"}]
     */
    SubnetSet?: Subnet[] | null | undefined;
}
/** 负责均衡后端信息 */
export interface Backend {
    /** 后端服务的唯一 ID */
    InstanceId?: string | null | undefined;
    /** 后端服务的监听端口 */
    Port?: number | null | undefined;
    /** 后端服务的转发权重，取值范围：[0, 100]，默认为 10。 */
    Weight?: number | null | undefined;
    /** 后端服务的内网 IP */
    PrivateIpAddresses?: string[] | null | undefined;
    /** 后端服务被绑定的时间 */
    RegisteredTime?: string | null | undefined;
    /** 弹性网卡唯一ID */
    EniId?: string | null | undefined;
    /** 后端服务的外网 IP */
    PublicIpAddresses?: string[] | null | undefined;
    /** 后端服务的实例名称 */
    InstanceName?: string | null | undefined;
}
/** 负责均衡批量目标项 */
export interface BatchTarget {
    /** 监听器ID */
    ListenerId?: string | undefined;
    /** 绑定端口 */
    Port?: number | undefined;
    /** 子机ID */
    InstanceId?: string | undefined;
    /** 弹性网卡ip */
    EniIp?: string | undefined;
    /** 子机权重，范围[0, 100]。绑定时如果不存在，则默认为10。 */
    Weight?: number | undefined;
}
/** 城市信息 */
export interface City {
    /** 城市ID */
    CityId?: string | undefined;
    /** 城市名称 */
    CityName?: string | undefined;
}
/** 国家信息 */
export interface Country {
    /** 国家ID */
    CountryId?: string | undefined;
    /** 国家名称 */
    CountryName?: string | undefined;
}
/** 描述了数据盘的信息 */
export interface DataDisk {
    /**
     * 数据盘大小。单位GB。
     *
     * @example 100
     */
    DiskSize: number;
    /**
     * 数据盘类型，取值范围：
     * - LOCAL_BASIC：本地硬盘
     * - CLOUD_PREMIUM：高性能云硬盘
     * 默认取值： LOCAL_BASIC。
     *
     * @example CLOUD_PREMIUM
     * @defaultValue LOCAL_BASIC
     */
    DiskType?: "LOCAL_BASIC" | "CLOUD_PREMIUM" | undefined;
}
/** 描述了云硬盘的详细信息 */
export interface Disk {
    /**
     * 云盘是否与挂载的实例一起销毁。
     * <li>true:销毁实例时会同时销毁云盘，只支持按小时后付费云盘。
     * <li>false：销毁实例时不销毁云盘。
     *
     * @example false
     */
    DeleteWithInstance?: boolean | null | undefined;
    /**
     * 自动续费标识。取值范围：
     * <li>NOTIFY_AND_AUTO_RENEW：通知过期且自动续费<li>NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费<li>DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     */
    RenewFlag?: string | null | undefined;
    /**
     * 硬盘介质类型。取值范围：
     * <li>CLOUD_BASIC：表示普通云硬盘
     * <li>CLOUD_PREMIUM：表示高性能云硬盘
     * <li>CLOUD_SSD：表示SSD云硬盘
     * <li>CLOUD_HSSD：表示增强型SSD云硬盘
     * <li>CLOUD_TSSD：表示极速型SSD云硬盘。
     *
     * @example CLOUD_SSD
     */
    DiskType?: string | undefined;
    /**
     * 云盘状态。取值范围：
     * <li>UNATTACHED：未挂载
     * <li>ATTACHING：挂载中
     * <li>ATTACHED：已挂载
     * <li>DETACHING：解挂中
     * <li>EXPANDING：扩容中
     * <li>ROLLBACKING：回滚中
     * <li>TORECYCLE：待回收
     * <li>DUMPING：拷贝硬盘中。
     *
     * @example UNATTACHED
     */
    DiskState?: string | undefined;
    /**
     * 云盘拥有的快照总数。
     *
     * @example 0
     */
    SnapshotCount?: number | undefined;
    /**
     * 云盘已挂载到子机，且子机与云盘都是包年包月。
     * <li>true：子机设置了自动续费标识，但云盘未设置<li>false：云盘自动续费标识正常。
     *
     * @example true
     */
    AutoRenewFlagError?: boolean | null | undefined;
    /**
     * 云盘是否处于快照回滚状态。取值范围：
     * <li>false:表示不处于快照回滚状态
     * <li>true:表示处于快照回滚状态。
     *
     * @example false
     */
    Rollbacking?: boolean | undefined;
    /**
     * 对于非共享型云盘，该参数为空数组。对于共享型云盘，则表示该云盘当前被挂载到的CVM实例InstanceId
     *
     * @example []
     */
    InstanceIdList?: string[] | undefined;
    /**
     * 云盘是否为加密盘。取值范围：
     * <li>false:表示非加密盘
     * <li>true:表示加密盘。
     *
     * @example false
     */
    Encrypt?: boolean | undefined;
    /**
     * 云硬盘名称。
     *
     * @example unname
     */
    DiskName?: string | undefined;
    /**
     * 云硬盘因欠费销毁或者到期销毁时， 是否使用快照备份数据的标识。true表示销毁时创建快照进行数据备份。false表示直接销毁，不进行数据备份。
     *
     * @example true
     */
    BackupDisk?: boolean | undefined;
    /**
     * 与云盘绑定的标签，云盘未绑定标签则取值为空。
     *
     * @example ""
     */
    Tags?: Tag[] | null | undefined;
    /**
     * 云硬盘挂载的云主机ID。
     *
     * @example ins-xxxxxxx
     */
    InstanceId?: string | undefined;
    /**
     * 云盘关联的定期快照ID。只有在调用DescribeDisks接口时，入参ReturnBindAutoSnapshotPolicy取值为TRUE才会返回该参数。
     *
     * @example null
     */
    AutoSnapshotPolicyIds?: string[] | null | undefined;
    /**
     * 云硬盘额外性能值，单位MB/s。
     *
     * @example 0
     */
    ThroughputPerformance?: number | null | undefined;
    /**
     * 云盘是否处于类型变更中。取值范围：
     * <li>false:表示云盘不处于类型变更中
     * <li>true:表示云盘已发起类型变更，正处于迁移中。
     *
     * @example false
     */
    Migrating?: boolean | null | undefined;
    /**
     * 云硬盘ID。
     *
     * @example disk-xxxxxxxx
     */
    DiskId?: string | undefined;
    /**
     * 云盘拥有的快照总容量，单位为MB。
     *
     * @example 0
     */
    SnapshotSize?: number | undefined;
    /**
     * 云硬盘所在的位置。
     *
     * @example {"Zone":"ap-guangzhou-2","ProjectId":0}
     */
    Placement?: Placement | undefined;
    /**
     * 判断预付费的云盘是否支持主动退还。
     * <li>true:支持主动退还
     * <li>false:不支持主动退还。
     *
     * @example true
     */
    IsReturnable?: boolean | null | undefined;
    /**
     * 云盘是否挂载到云主机上。取值范围：
     * <li>false:表示未挂载
     * <li>true:表示已挂载。
     *
     * @example false
     */
    Attached?: boolean | undefined;
    /**
     * 云硬盘大小，单位GB。
     *
     * @example 50
     */
    DiskSize?: number | undefined;
    /**
     * 云盘类型变更的迁移进度，取值0到100。
     *
     * @example 0
     */
    MigratePercent?: number | null | undefined;
    /**
     * 云硬盘类型。取值范围：
     * <li>SYSTEM_DISK：系统盘
     * <li>DATA_DISK：数据盘。
     *
     * @example SYSTEM_DISK
     */
    DiskUsage?: string | undefined;
    /**
     * 付费模式。取值范围：
     * <li>PREPAID：预付费，即包年包月
     * <li>POSTPAID_BY_HOUR：后付费，即按量计费。
     *
     * @example PREPAID
     */
    DiskChargeType?: string | undefined;
    /**
     * 是否为弹性云盘，false表示非弹性云盘，true表示弹性云盘。
     *
     * @example true
     */
    Portable?: boolean | undefined;
    /**
     * 云盘是否具备创建快照的能力。取值范围：
     * <li>false表示不具备
     * <li>true表示具备。
     *
     * @example true
     */
    SnapshotAbility?: boolean | undefined;
    /**
     * 在云盘已挂载到实例，且实例与云盘都是包年包月的条件下，此字段才有意义。
     * <li>true:云盘到期时间早于实例。
     * <li>false：云盘到期时间晚于实例。
     *
     * @example true
     */
    DeadlineError?: boolean | null | undefined;
    /**
     * 云盘快照回滚的进度。
     *
     * @example 0
     */
    RollbackPercent?: number | undefined;
    /**
     * 当前时间距离盘到期的天数（仅对预付费盘有意义）。
     *
     * @example 20
     */
    DifferDaysOfDeadline?: number | null | undefined;
    /**
     * 预付费云盘在不支持主动退还的情况下，该参数表明不支持主动退还的具体原因。取值范围：
     * <li>1：云硬盘已经退还
     * <li>2：云硬盘已过期
     * <li>3：云盘不支持退还
     * <li>8：超过可退还数量的限制。
     *
     * @example 10
     */
    ReturnFailCode?: number | null | undefined;
    /**
     * 云盘是否为共享型云盘。
     *
     * @example false
     */
    Shareable?: boolean | undefined;
    /**
     * 云硬盘的创建时间。
     *
     * @example 2021-01-01 12:00:00
     */
    CreateTime?: string | undefined;
    /**
     * 云硬盘的到期时间。
     *
     * @example 2021-02-01 12:00:00
     */
    DeadlineTime?: string | undefined;
    /**
     * 云盘的挂载类型。取值范围：
     * <li>PF: PF挂载
     * <li>VF: VF挂载
     *
     * @example PF
     */
    AttachMode?: string | null | undefined;
}
/** 描述了实例的计费模式 */
export interface DiskChargePrepaid {
    /**
     * 购买云盘的时长，默认单位为月，取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
     *
     * @example 1
     */
    Period: number;
    /**
     * 自动续费标识。取值范围：
     * <li>NOTIFY_AND_AUTO_RENEW：通知过期且自动续费<li>NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费<li>DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
     * 默认取值：NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     * @defaultValue NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: string | undefined;
    /**
     * 需要将云盘的到期时间与挂载的子机对齐时，可传入该参数。该参数表示子机当前的到期时间，此时Period如果传入，则表示子机需要续费的时长，云盘会自动按对齐到子机续费后的到期时间续费，示例取值：2018-03-30 20:15:03。
     *
     * @example 2018-03-30 20:15:03
     */
    CurInstanceDeadline?: string | undefined;
}
/** 磁盘信息 */
export interface DiskInfo {
    /** 磁盘类型：LOCAL_BASIC */
    DiskType?: string | undefined;
    /** 磁盘ID */
    DiskId?: string | undefined;
    /** 磁盘大小（GB） */
    DiskSize?: number | undefined;
    /** 是否随实例删除。 */
    DeleteWithInstance?: boolean | undefined;
    /** 快照ID */
    SnapshotId?: string | null | undefined;
}
/** 描述EIP配额信息 */
export interface EipQuota {
    /**
     * 配额名称，取值范围：
     * TOTAL_EIP_QUOTA：用户当前地域下EIP的配额数；
     * DAILY_EIP_APPLY：用户当前地域下今日申购次数；
     * DAILY_PUBLIC_IP_ASSIGN：用户当前地域下，重新分配公网 IP次数。
     *
     * @example TOTAL_EIP_QUOTA
     */
    QuotaId?: "TOTAL_EIP_QUOTA" | "DAILY_EIP_APPLY" | "DAILY_PUBLIC_IP_ASSIGN" | (string & {}) | undefined;
    /**
     * 当前数量
     *
     * @example 1
     */
    QuotaCurrent?: number | undefined;
    /**
     * 配额数量
     *
     * @example 10
     */
    QuotaLimit?: number | undefined;
}
/** 增强服务 */
export interface EnhancedService {
    /** 是否开启云镜服务。 */
    SecurityService?: RunSecurityServiceEnabled | undefined;
    /** 是否开启云监控服务。 */
    MonitorService?: RunMonitorServiceEnabled | undefined;
    /** 是否开通IP直通。若不指定该参数，则Linux镜像默认开通，windows镜像暂不支持IP直通。 */
    EIPDirectService?: RunEIPDirectServiceEnabled | undefined;
}
/** 描述键值对过滤器，用于条件过滤查询。 */
export interface Filter {
    /**
     * 一个或者多个过滤值。
     *
     * @example ["V0", "V1"]
     */
    Values: string[];
    /**
     * 过滤键的名称。
     *
     * @example "FilterName"
     */
    Name: string;
}
/** HAVIP对象。 */
export interface HaVip {
    /**
     * HAVIP的ID，是HAVIP的唯一标识。
     *
     * @example havip-4tw1bxlq
     */
    HaVipId?: string | undefined;
    /**
     * HAVIP名称。
     *
     * @example demo
     */
    HaVipName?: string | undefined;
    /**
     * 虚拟IP地址。
     *
     * @example 10.0.0.2
     */
    Vip?: string | undefined;
    /**
     * HAVIP所在私有网络ID。
     *
     * @example vpc-ms7c7gcr
     */
    VpcId?: string | undefined;
    /**
     * HAVIP所在子网ID。
     *
     * @example subnet-6zwa44xm
     */
    SubnetId?: string | undefined;
    /**
     * HAVIP关联弹性网卡ID。
     *
     * @example eni-ms7c7gcr
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 被绑定的实例ID。
     *
     * @example ins-kngiybxl
     */
    InstanceId?: string | undefined;
    /**
     * 绑定EIP。
     *
     * @example 123.100.80.185
     */
    AddressIp?: string | undefined;
    /**
     * 状态：
     * AVAILABLE：运行中。
     * UNBIND：未绑定。
     *
     * @example AVAILABLE
     */
    State?: "AVAILABLE" | "UNBIND" | (string & {}) | undefined;
    /**
     * 创建时间。
     *
     * @example 2017-03-24 11:54:32
     */
    CreatedTime?: string | undefined;
    /**
     * 使用havip的业务标识。
     *
     * @example SCF
     */
    Business?: string | undefined;
}
/** 负载均衡健康检查 */
export interface HealthCheck {
    /** 是否开启健康检查：1（开启）、0（关闭） */
    HealthSwitch?: number | null | undefined;
    /**
     * 健康检查的响应超时时间，可选值：2~60，默认值：2，单位：秒。响应超时时间要小于检查间隔时间。
     *
     * @defaultValue 2
     */
    TimeOut?: number | null | undefined;
    /**
     * 健康检查探测间隔时间，默认值：5，可选值：5~300，单位：秒。
     *
     * @defaultValue 5
     */
    IntervalTime?: number | null | undefined;
    /**
     * 健康阈值，默认值：3，表示当连续探测三次健康则表示该转发正常，可选值：2~10，单位：次。
     *
     * @defaultValue 3
     */
    HealthNum?: number | null | undefined;
    /**
     * 不健康阈值，默认值：3，表示当连续探测三次不健康则表示该转发异常，可选值：2~10，单位：次。
     *
     * @defaultValue 3
     */
    UnHealthyNum?: number | null | undefined;
    /** 自定义探测相关参数。健康检查端口，默认为后端服务的端口，除非您希望指定特定端口，否则建议留空。 */
    CheckPort?: number | null | undefined;
    /** 自定义探测相关参数。健康检查协议CheckType的值取CUSTOM时，必填此字段，代表健康检查的输入格式，可取值：HEX或TEXT；取值为HEX时，SendContext和RecvContext的字符只能在0123456789ABCDEF中选取且长度必须是偶数位。 */
    ContextType?: string | null | undefined;
    /** 自定义探测相关参数。健康检查协议CheckType的值取CUSTOM时，必填此字段，代表健康检查发送的请求内容，只允许ASCII可见字符，最大长度限制500。 */
    SendContext?: string | null | undefined;
    /** 自定义探测相关参数。健康检查协议CheckType的值取CUSTOM时，必填此字段，代表健康检查返回的结果，只允许ASCII可见字符，最大长度限制500。 */
    RecvContext?: string | null | undefined;
    /** 自定义探测相关参数。健康检查使用的协议：TCP | CUSTOM（UDP监听器只支持CUSTOM；如果使用自定义健康检查功能，则必传）。 */
    CheckType?: string | null | undefined;
}
/** 运营商信息 */
export interface ISP {
    /** 运营商ID */
    ISPId?: string | undefined;
    /** 运营商名称 */
    ISPName?: string | undefined;
}
/** 运行商统计信息 */
export interface ISPCounter {
    /**
     * 运营商名称
     *
     * @example CTCC
     */
    ProviderName?: string | undefined;
    /**
     * 节点数量
     *
     * @example 1
     */
    ProviderNodeNum?: number | undefined;
    /**
     * Zone实例信息结构体数组
     *
     * @example [ { "ZoneName": "北京三区（电信）", "InstanceNum": 1 } ]
     */
    ZoneInstanceInfoSet?: ZoneInstanceInfo[] | undefined;
    /**
     * 实例数量
     *
     * @example 1
     */
    ProviderInstanceNum?: number | null | undefined;
}
/** 多运营商IPv6 Cidr Block */
export interface ISPIPv6CidrBlock {
    /**
     * IPv6 CIdr Block。
     *
     * @example "2402:4e00:1717:8200::/56",
     */
    IPv6CidrBlock?: string | null | undefined;
    /**
     * 网络运营商类型 取值范围:'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调
     *
     * @example CMCC
     */
    ISPType?: string | null | undefined;
}
/** 申请ipv6 cidr block的信息 */
export interface ISPTypeItem {
    /**
     * IPv6 Cidr所属运营商类型，支持的类型有 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调。作为入参数时为必选。
     *
     * @example CMCC
     */
    ISPType?: string | undefined;
    /**
     * 申请IPv6 Cidr Block的个数。作为入参数时为必选。
     *
     * @example 1
     */
    Count?: number | undefined;
}
/** 镜像信息 */
export interface Image {
    /**
     * 镜像ID
     *
     * @example img-gfoqboh1
     */
    ImageId?: string | undefined;
    /**
     * 镜像名称
     *
     * @example 测试镜像
     */
    ImageName?: string | undefined;
    /**
     * 镜像状态
     *
     * @example NORMAL
     */
    ImageState?: string | undefined;
    /**
     * 镜像类型
     *
     * @example PRIVATE_IMAGE
     */
    ImageType?: string | undefined;
    /**
     * 操作系统名称
     *
     * @example CentOS 7.6.0 64位
     */
    ImageOsName?: string | undefined;
    /**
     * 镜像描述
     *
     * @example 测试用
     */
    ImageDescription?: string | undefined;
    /**
     * 镜像导入时间
     *
     * @example 2024-02-06 12:32:47
     */
    ImageCreateTime?: string | undefined;
    /**
     * 操作系统位数
     *
     * @example x86_64
     */
    Architecture?: string | undefined;
    /**
     * 操作系统类型
     *
     * @example linux
     */
    OsType?: string | undefined;
    /**
     * 操作系统版本
     *
     * @example 16.0
     */
    OsVersion?: string | undefined;
    /**
     * 操作系统平台
     *
     * @example Ubuntu
     */
    Platform?: string | undefined;
    /**
     * 镜像所有者
     *
     * @example 12345678
     */
    ImageOwner?: number | undefined;
    /**
     * 镜像大小。单位：GB
     *
     * @example 50
     */
    ImageSize?: number | undefined;
    /** 镜像来源信息 */
    SrcImage?: SrcImage | undefined;
    /**
     * 镜像来源类型
     *
     * @example EXTERNAL_IMPORT
     */
    ImageSource?: string | undefined;
    /**
     * 中间态和失败时候的任务ID
     *
     * @example 1234
     */
    TaskId?: string | undefined;
    /**
     * 是否支持CloudInit
     *
     * @example true
     */
    IsSupportCloudInit?: boolean | undefined;
}
/** 镜像限制配置 */
export interface ImageLimitConfig {
    /**
     * 支持的最大镜像大小，包括可导入的自定义镜像大小，中心云镜像大小，单位为GB。
     *
     * @example 50
     */
    MaxImageSize?: number | undefined;
}
/** 支持的操作系统类型，根据windows和Linux分类。 */
export interface ImageOsList {
    /** 支持的windows操作系统 */
    Windows?: string[] | null | undefined;
    /** 支持的linux操作系统 */
    Linux?: string[] | null | undefined;
}
/** 镜像任务 */
export interface ImageTask {
    /** 镜像导入状态， PENDING, PROCESSING, SUCCESS, FAILED */
    State?: string | undefined;
    /** 导入失败(FAILED)时， 说明失败原因 */
    Message?: string | null | undefined;
    /** 镜像名称 */
    ImageName?: string | undefined;
    /** 创建时间 */
    CreateTime?: string | undefined;
}
/** 镜像文件信息 */
export interface ImageUrl {
    /** 镜像文件COS链接，如设置私有读写，需授权腾讯云ECM运营账号访问权限。 */
    ImageFile: string;
}
/** 用于描述实例相关的信息。 */
export interface Instance {
    /**
     * 实例ID。
     *
     * @example ein-5afzpqpk
     */
    InstanceId?: string | undefined;
    /**
     * 实例名称，如ens-34241f3s。
     *
     * @example proxyIns0410009
     */
    InstanceName?: string | null | undefined;
    /**
     * 实例状态。取值范围：
     * PENDING：表示创建中
     * LAUNCH_FAILED：表示创建失败
     * RUNNING：表示运行中
     * STOPPED：表示关机
     * STARTING：表示开机中
     * STOPPING：表示关机中
     * REBOOTING：表示重启中
     * SHUTDOWN：表示停止待销毁
     * TERMINATING：表示销毁中。
     *
     * @example TERMINATED
     */
    InstanceState?: "PENDING" | "LAUNCH_FAILED" | "RUNNING" | "STOPPED" | "STARTING" | "STOPPING" | "REBOOTING" | "SHUTDOWN" | "TERMINATING" | (string & {}) | undefined;
    /** 实例当前使用的镜像的信息。 */
    Image?: Image | null | undefined;
    /** 实例当前所属的模块简要信息。 */
    SimpleModule?: SimpleModule | null | undefined;
    /** 实例所在的位置相关信息。 */
    Position?: Position | null | undefined;
    /** 实例的网络相关信息。 */
    Internet?: Internet | null | undefined;
    /** 实例的配置相关信息。 */
    InstanceTypeConfig?: InstanceTypeConfig | null | undefined;
    /**
     * 实例的创建时间。
     *
     * @example 2024-02-18 16:59:51
     */
    CreateTime?: string | null | undefined;
    /** 实例的标签信息。 */
    TagSet?: Tag[] | null | undefined;
    /**
     * 实例最后一次操作。
     *
     * @example TerminateInstances
     */
    LatestOperation?: string | null | undefined;
    /**
     * 实例最后一次操作结果。
     *
     * @example OPERATING
     */
    LatestOperationState?: string | null | undefined;
    /**
     * 实例业务状态。取值范围：
     * NORMAL：表示正常状态的实例
     * EXPIRED：表示过期的实例
     * PROTECTIVELY_ISOLATED：表示被安全隔离的实例。
     *
     * @example NORMAL
     */
    RestrictState?: "NORMAL" | "EXPIRED" | "PROTECTIVELY_ISOLATED" | (string & {}) | null | undefined;
    /**
     * 系统盘大小，单位GB。
     *
     * @example 50
     */
    SystemDiskSize?: number | null | undefined;
    /**
     * 数据盘大小，单位GB。
     *
     * @example 500
     */
    DataDiskSize?: number | null | undefined;
    /**
     * 实例UUID
     *
     * @example 3d4b86db-6380-4fe4-8f0b-c9e78fa92ba0
     */
    UUID?: string | null | undefined;
    /**
     * 付费方式。0为后付费。1为预付费。
     *
     * @example 0
     */
    PayMode?: number | null | undefined;
    /**
     * 过期时间。格式为yyyy-mm-dd HH:mm:ss。
     *
     * @example 2024-02-18 16:59:51
     */
    ExpireTime?: string | null | undefined;
    /**
     * 隔离时间。格式为yyyy-mm-dd HH:mm:ss。
     *
     * @example 2024-02-18 16:59:51
     */
    IsolatedTime?: string | null | undefined;
    /**
     * 是否自动续费。0为不自动续费。1为自动续费。
     *
     * @example 0
     */
    RenewFlag?: number | null | undefined;
    /**
     * 过期状态。NORMAL 表示机器运行正常。WILL_EXPIRE 表示即将过期。EXPIRED 表示已过期。
     *
     * @example NORMAL
     */
    ExpireState?: string | null | undefined;
    /** 系统盘信息 */
    SystemDisk?: DiskInfo | null | undefined;
    /** 数据盘信息 */
    DataDisks?: DiskInfo[] | null | undefined;
    /**
     * 新实例标志
     *
     * @example 0
     */
    NewFlag?: number | null | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用 DescribeSecurityGroups 的返回值中的sgId字段来获取。
     *
     * @example esg-g4k9lznc
     */
    SecurityGroupIds?: string[] | null | undefined;
    /** VPC属性 */
    VirtualPrivateCloud?: VirtualPrivateCloud | null | undefined;
    /**
     * 实例运营商字段。
     *
     * @example CTCC
     */
    ISP?: string | null | undefined;
    /** 物理位置信息。注意该字段目前为保留字段，均为空值。 */
    PhysicalPosition?: PhysicalPosition | null | undefined;
}
/** 机型族配置 */
export interface InstanceFamilyConfig {
    /** 机型名称 */
    InstanceFamilyName?: string | undefined;
    /** 机型ID */
    InstanceFamily?: string | undefined;
}
/** 实例系列类型配置 */
export interface InstanceFamilyTypeConfig {
    /** 实例机型系列类型Id */
    InstanceFamilyType?: string | undefined;
    /** 实例机型系列类型名称 */
    InstanceFamilyTypeName?: string | undefined;
}
/** 实例网卡ip网络信息数组 */
export interface InstanceNetworkInfo {
    /** 实例内外网ip相关信息。 */
    AddressInfoSet?: AddressInfo[] | null | undefined;
    /** 网卡ID。 */
    NetworkInterfaceId?: string | undefined;
    /** 网卡名称。 */
    NetworkInterfaceName?: string | null | undefined;
    /** 主网卡属性。true为主网卡，false为辅助网卡。 */
    Primary?: boolean | undefined;
}
/** 机器网络资源限制 */
export interface InstanceNetworkLimitConfig {
    /** cpu核数 */
    CpuNum?: number | undefined;
    /** 网卡数量限制 */
    NetworkInterfaceLimit?: number | undefined;
    /** 每张网卡内网ip数量限制 */
    InnerIpPerNetworkInterface?: number | undefined;
    /** 每个实例的外网ip限制 */
    PublicIpPerInstance?: number | undefined;
}
/** 实例可执行操作 */
export interface InstanceOperator {
    /** 实例id */
    InstanceId?: string | undefined;
    /** 实例禁止的操作 */
    DeniedActions?: OperatorAction[] | null | undefined;
}
/** 描述实例的价格相关 */
export interface InstancePricesPartDetail {
    /** cpu的价格信息 */
    CpuPrice: PriceDetail;
    /** 内存价格信息 */
    MemPrice: PriceDetail;
    /** 磁盘价格信息 */
    DisksPrice: PriceDetail;
}
/** 用于描述实例的统计信息 */
export interface InstanceStatistic {
    /**
     * 实例的类型
     *
     * @example CVM
     */
    InstanceType?: string | undefined;
    /**
     * 实例的个数
     *
     * @example 1
     */
    InstanceCount?: number | undefined;
}
/** 机型配置 */
export interface InstanceTypeConfig {
    /** 机型族配置信息 */
    InstanceFamilyConfig?: InstanceFamilyConfig | undefined;
    /**
     * 机型
     *
     * @example VIS.16XLARGE128
     */
    InstanceType?: string | undefined;
    /**
     * CPU核数
     *
     * @example 2
     */
    Vcpu?: number | undefined;
    /**
     * 内存大小
     *
     * @example 4
     */
    Memory?: number | undefined;
    /**
     * 主频
     *
     * @example 2.5 GHz
     */
    Frequency?: string | undefined;
    /**
     * 处理器型号
     *
     * @example Intel Xeon Skylake 6133
     */
    CpuModelName?: string | undefined;
    /** 机型族类别配置信息 */
    InstanceFamilyTypeConfig?: InstanceFamilyTypeConfig | undefined;
    /**
     * 机型额外信息 是一个json字符串，如果存在则表示特殊机型，格式如下：{"dataDiskSize":3200,"systemDiskSize":60, "systemDiskSizeShow":"系统盘默认60G","dataDiskSizeShow":"本地NVMe SSD 硬盘3200 GB"}
     *
     * @example {"dataDiskSize":3200,"systemDiskSize":60,"systemDiskSizeShow":"系统盘默认60G","dataDiskSizeShow":"本地NVMe SSD硬盘3200 GB"}
     */
    ExtInfo?: string | null | undefined;
    /**
     * GPU卡数
     *
     * @example 1
     */
    Vgpu?: number | null | undefined;
    /**
     * GPU型号
     *
     * @example NVDIA Tesla T4
     */
    GpuModelName?: string | null | undefined;
}
/** 实例价格信息 */
export interface InstancesPrice {
    /** 分部描述实例子维度的价格 */
    InstancePricesPartDetail: InstancePricesPartDetail;
    /**
     * 实例总价折扣
     *
     * @example 20
     */
    Discount: number;
    /**
     * 折扣后价格
     *
     * @example 200
     */
    DiscountPrice: number;
    /**
     * 折扣前价格，原始总价
     *
     * @example 1000
     */
    OriginalPrice: number;
}
/** 实例的网络相关信息。 */
export interface Internet {
    /** 实例的内网相关信息列表。顺序为主网卡在前，辅助网卡按绑定先后顺序排列。 */
    PrivateIPAddressSet?: PrivateIPAddressInfo[] | null | undefined;
    /** 实例的公网相关信息列表。顺序为主网卡在前，辅助网卡按绑定先后顺序排列。 */
    PublicIPAddressSet?: PublicIPAddressInfo[] | null | undefined;
    /** 实例网络相关信息。 */
    InstanceNetworkInfoSet?: InstanceNetworkInfo[] | null | undefined;
}
/** IPv6地址信息。 */
export interface Ipv6Address {
    /**
     * IPv6地址，形如：3402:4e00:20:100:0:8cd9:2a67:71f3
     *
     * @example 3402:4e00:20:100:0:8cd9:2a67:71f3
     */
    Address: string;
    /**
     * 是否是主IP。
     *
     * @example true
     */
    Primary?: boolean | undefined;
    /**
     * EIP实例ID，形如：eip-hxlqja90。
     *
     * @example eip-hxlqja90
     */
    AddressId?: string | undefined;
    /**
     * 描述信息。
     *
     * @example demo
     */
    Description?: string | undefined;
    /**
     * 公网IP是否被封堵。
     *
     * @example true
     */
    IsWanIpBlocked?: boolean | undefined;
    /**
     * IPv6地址状态：
     * PENDING：生产中
     * MIGRATING：迁移中
     * DELETING：删除中
     * AVAILABLE：可用的
     *
     * @example AVAILABLE
     */
    State?: "PENDING" | "MIGRATING" | "DELETING" | "AVAILABLE" | (string & {}) | undefined;
}
/** IPv6子网段对象。 */
export interface Ipv6SubnetCidrBlock {
    /**
     * 子网实例ID。形如：subnet-pxir56ns。
     *
     * @example subnet-pxir56ns
     */
    SubnetId?: string | null | undefined;
    /**
     * IPv6子网段。形如：3402:4e00:20:1001::/64
     *
     * @example 3402:4e00:20:1001::/64
     */
    Ipv6CidrBlock?: string | null | undefined;
}
/** 描述密钥对信息 */
export interface KeyPair {
    /**
     * 密钥对的ID，是密钥对的唯一标识。
     *
     * @example skey-mv9yzyjj
     */
    KeyId?: string | null | undefined;
    /**
     * 密钥对名称。
     *
     * @example TencentKeyp
     */
    KeyName?: string | null | undefined;
    /**
     * 密钥对所属的项目ID。
     *
     * @example null
     */
    ProjectId?: number | null | undefined;
    /**
     * 密钥对描述信息。
     *
     * @example test
     */
    Description?: string | null | undefined;
    /**
     * 密钥对的纯文本公钥。
     *
     * @example ssh-rsa AAAA**123== skey_437619
     */
    PublicKey?: string | null | undefined;
    /**
     * 钥对的纯文本私钥。腾讯云不会保管私钥，请用户自行妥善保存。
     *
     * @example null
     */
    PrivateKey?: string | null | undefined;
    /**
     * 钥关联的实例ID列表。
     *
     * @example []
     */
    AssociatedInstanceIds?: string[] | null | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2019-08-12T02:53:39Z
     */
    CreatedTime?: string | null | undefined;
}
/** 负载均衡监听器 */
export interface Listener {
    /**
     * 负载均衡监听器 ID
     *
     * @example lbl-odt45qxx
     */
    ListenerId?: string | null | undefined;
    /**
     * 监听器协议
     *
     * @example HTTP
     */
    Protocol?: string | null | undefined;
    /**
     * 监听器端口
     *
     * @example 80
     */
    Port?: number | null | undefined;
    /** 监听器的健康检查信息 */
    HealthCheck?: HealthCheck | null | undefined;
    /**
     * 请求的调度方式
     *
     * @example WRR
     */
    Scheduler?: string | null | undefined;
    /**
     * 会话保持时间
     *
     * @example 0
     */
    SessionExpireTime?: number | null | undefined;
    /**
     * 监听器的名称
     *
     * @example name
     */
    ListenerName?: string | null | undefined;
    /**
     * 监听器的创建时间
     *
     * @example 2021-03-01 15:27:04
     */
    CreateTime?: string | null | undefined;
    /**
     * 监听器的会话类型
     *
     * @example NORMAL
     */
    SessionType?: string | null | undefined;
    /**
     * 端口段结束端口
     *
     * @example 0
     */
    EndPort?: number | null | undefined;
}
/** 监听器后端 */
export interface ListenerBackend {
    /** 监听器 ID */
    ListenerId?: string | null | undefined;
    /** 监听器的协议 */
    Protocol?: string | null | undefined;
    /** 监听器的端口 */
    Port?: number | null | undefined;
    /** 监听器上绑定的后端服务列表 */
    Targets?: Backend[] | null | undefined;
}
/** 监听器健康状态 */
export interface ListenerHealth {
    /** 监听器ID */
    ListenerId?: string | null | undefined;
    /** 监听器名称 */
    ListenerName?: string | null | undefined;
    /** 监听器的协议 */
    Protocol?: string | null | undefined;
    /** 监听器的端口 */
    Port?: number | null | undefined;
    /** 监听器的转发规则列表 */
    Rules?: RuleHealth[] | null | undefined;
}
/** 负载均衡实例信息 */
export interface LoadBalancer {
    /**
     * 区域。
     *
     * @example ap-hangzhou
     */
    Region?: string | null | undefined;
    /** 位置信息。 */
    Position?: Position | null | undefined;
    /**
     * 负载均衡实例 ID。
     *
     * @example lb-1gmnrlgj
     */
    LoadBalancerId?: string | null | undefined;
    /**
     * 负载均衡实例的名称。
     *
     * @example lb-xxxxx
     */
    LoadBalancerName?: string | null | undefined;
    /**
     * 负载均衡实例的网络类型：OPEN：公网属性
     *
     * @example OPEN
     */
    LoadBalancerType?: string | null | undefined;
    /**
     * 负载均衡实例的 VIP 列表。
     *
     * @example x.x.x.x
     */
    LoadBalancerVips?: string[] | null | undefined;
    /**
     * 负载均衡实例的状态，包括
     * 0：创建中，1：正常运行。
     *
     * @example 1
     */
    Status?: number | null | undefined;
    /**
     * 负载均衡实例的创建时间。
     *
     * @example 2020-12-08 08:00:00
     */
    CreateTime?: string | null | undefined;
    /**
     * 负载均衡实例的上次状态转换时间。
     *
     * @example 2020-12-08 08:00:00
     */
    StatusTime?: string | null | undefined;
    /**
     * 私有网络的 ID。
     *
     * @example vpc-mj65xxxx
     */
    VpcId?: string | null | undefined;
    /** 负载均衡实例的标签信息。 */
    Tags?: TagInfo[] | null | undefined;
    /**
     * 负载均衡IP地址所属的ISP。
     *
     * @example CTCC
     */
    VipIsp?: string | null | undefined;
    /** 负载均衡实例的网络属性。 */
    NetworkAttributes?: LoadBalancerInternetAccessible | null | undefined;
    /**
     * 安全组。
     *
     * @example sg-hx6dxxxx
     */
    SecureGroups?: string[] | null | undefined;
    /**
     * 后端机器是否放通来自ELB的流量。
     *
     * @example false
     */
    LoadBalancerPassToTarget?: boolean | null | undefined;
    /**
     * 负载均衡实例的IPv6地址
     *
     * @example 2402:4e00:1000:4e00:0:920b:5519:d96d
     */
    AddressIPv6?: string | null | undefined;
}
/** 负载均衡器健康状态 */
export interface LoadBalancerHealth {
    /** 负载均衡实例ID */
    LoadBalancerId?: string | null | undefined;
    /** 负载均衡实例名称 */
    LoadBalancerName?: string | null | undefined;
    /** 监听器列表 */
    Listeners?: ListenerHealth[] | null | undefined;
}
/** 负载均衡的带宽限制等信息。 */
export interface LoadBalancerInternetAccessible {
    /**
     * 最大出带宽，单位Mbps。默认值10
     *
     * @example 10
     */
    InternetMaxBandwidthOut?: number | undefined;
}
/** 模块信息 */
export interface Module {
    /**
     * 模块Id。
     *
     * @example em-n212345
     */
    ModuleId?: string | undefined;
    /**
     * 模块名称。
     *
     * @example t1_u2
     */
    ModuleName?: string | undefined;
    /**
     * 模块状态：
     * NORMAL：正常。
     * DELETING：删除中
     * DELETEFAILED：删除失败。
     *
     * @example NORMAL
     */
    ModuleState?: "NORMAL" | "DELETING" | "DELETEFAILED" | (string & {}) | undefined;
    /**
     * 默认系统盘大小。
     *
     * @example 50
     */
    DefaultSystemDiskSize?: number | undefined;
    /**
     * 默认数据盘大小。
     *
     * @example 0
     */
    DefaultDataDiskSize?: number | undefined;
    /** 默认机型。 */
    InstanceTypeConfig?: InstanceTypeConfig | undefined;
    /** 默认镜像。 */
    DefaultImage?: Image | undefined;
    /**
     * 创建时间。
     *
     * @example 2020-02-18 16:59:51
     */
    CreateTime?: string | undefined;
    /**
     * 默认出带宽。
     *
     * @example 100
     */
    DefaultBandwidth?: number | undefined;
    /** 标签集合。 */
    TagSet?: Tag[] | null | undefined;
    /**
     * 是否关闭IP直通。
     *
     * @example 0
     */
    CloseIpDirect?: number | undefined;
    /**
     * 默认安全组id列表。
     *
     * @example ["esg-ggdr1234","esg-15fd1234","esg-mt9b1234"]
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * 默认入带宽。
     *
     * @example 100
     */
    DefaultBandwidthIn?: number | undefined;
    /**
     * 自定义脚本数据
     *
     * @example AAA123***===SG
     */
    UserData?: string | undefined;
    /** 系统盘信息。 */
    SystemDisk?: SystemDisk | undefined;
    /** 数据盘信息。 */
    DataDisks?: DataDisk[] | undefined;
    /**
     * 是否禁止外网ip
     *
     * @example 1
     */
    DisableWanIp?: number | undefined;
}
/** 节点统计数据 */
export interface ModuleCounter {
    /** 运营商统计信息列表 */
    ISPCounterSet?: ISPCounter[] | undefined;
    /** 省份数量 */
    ProvinceNum?: number | undefined;
    /** 城市数量 */
    CityNum?: number | undefined;
    /** 节点数量 */
    NodeNum?: number | undefined;
    /** 实例数量 */
    InstanceNum?: number | undefined;
}
/** 模块列表Item信息 */
export interface ModuleItem {
    /** 节点实例统计信息 */
    NodeInstanceNum?: NodeInstanceNum | undefined;
    /** 模块信息 */
    Module?: Module | undefined;
}
/** 客户对应月份的带宽信息 */
export interface MonthNetwork {
    /** 节点zone信息 */
    ZoneInfo?: ZoneInfo | undefined;
    /**
     * 带宽月份 示例"202103"
     *
     * @example 202103
     */
    Month?: string | undefined;
    /**
     * 带宽包id 格式如"bwp-xxxxxxxx"
     *
     * @example bwp-mm9aw7jq
     */
    BandwidthPkgId?: string | undefined;
    /**
     * 运营商简称 取值范围"CUCC;CTCC;CMCC"
     *
     * @example CMCC;CTCC;CUCC
     */
    Isp?: string | undefined;
    /**
     * 入网带宽包峰值,取值范围0.0-xxx.xxx
     *
     * @example 521.34
     */
    TrafficMaxIn?: number | undefined;
    /**
     * 出网带宽包峰值,取值范围0.0-xxx.xxx
     *
     * @example 521.34
     */
    TrafficMaxOut?: number | undefined;
    /**
     * 计费带宽,取值范围0.0-xxx.xxx
     *
     * @example 521.34
     */
    FeeTraffic?: number | undefined;
    /**
     * 月计费带宽起始时间 格式"yyyy-mm-dd HH:mm:ss"
     *
     * @example 2021-02-28 00:00:00
     */
    StartTime?: string | undefined;
    /**
     * 月计费带宽结束时间 格式"yyyy-mm-dd HH:mm:ss"
     *
     * @example 2021-02-28 23:59:59
     */
    EndTime?: string | undefined;
    /**
     * 月计费带宽实际有效天数 整形必须大于等于0
     *
     * @example 1
     */
    EffectiveDays?: number | undefined;
    /**
     * 指定月份的实际天数 实例 30
     *
     * @example 30
     */
    MonthDays?: number | undefined;
    /**
     * 有效天占比 保留小数点后四位0.2134
     *
     * @example 0.2134
     */
    EffectiveDaysRate?: number | undefined;
    /**
     * 计费带宽包类型 实例"Address","LoadBalance","AddressIpv6"
     *
     * @example Address
     */
    BandwidthPkgType?: string | undefined;
}
/** 弹性网卡 */
export interface NetworkInterface {
    /**
     * 弹性网卡实例ID，例如：eni-f1xjkw1b。
     *
     * @example eni-f1xjkw1b
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 弹性网卡名称。
     *
     * @example demo
     */
    NetworkInterfaceName?: string | undefined;
    /**
     * 弹性网卡描述。
     *
     * @example demo
     */
    NetworkInterfaceDescription?: string | undefined;
    /**
     * 子网实例ID。
     *
     * @example subnet-nao8lfro
     */
    SubnetId?: string | undefined;
    /**
     * VPC实例ID。
     *
     * @example vpc-2kx9z6h3
     */
    VpcId?: string | undefined;
    /**
     * 绑定的安全组。
     *
     * @example ["esg-c2r7lnxh", "esg-f9ekbxeq"]
     */
    GroupSet?: string[] | null | undefined;
    /**
     * 是否是主网卡。
     *
     * @example true
     */
    Primary?: boolean | undefined;
    /**
     * MAC地址。
     *
     * @example 20:90:6F:F5:34:C7
     */
    MacAddress?: string | undefined;
    /**
     * 弹性网卡状态：
     * PENDING：创建中
     * AVAILABLE：可用的
     * ATTACHING：绑定中
     * DETACHING：解绑中
     * DELETING：删除中
     *
     * @example AVAILABLE
     */
    State?: "PENDING" | "AVAILABLE" | "ATTACHING" | "DETACHING" | "DELETING" | (string & {}) | undefined;
    /**
     * 内网IP信息。
     *
     * @example [{"Description": "", "Primary": true, ]
     */
    PrivateIpAddressSet?: PrivateIpAddressSpecification[] | null | undefined;
    /**
     * 绑定的云服务器对象。
     *
     * @example { "InstanceId": "ins-ymk3eje8", "DeviceIndex
     */
    Attachment?: NetworkInterfaceAttachment | null | undefined;
    /**
     * 可用区。
     *
     * @example ap-guangzhou-2
     */
    Zone?: string | undefined;
    /**
     * 创建时间。
     *
     * @example "2021-01-07 16:32:55
     */
    CreatedTime?: string | undefined;
    /**
     * IPv6地址列表。
     *
     * @example [ { "Description": "", "Primar
     */
    Ipv6AddressSet?: Ipv6Address[] | null | undefined;
    /**
     * 标签键值对。
     *
     * @example [ { "Key": "Version", "Value":
     */
    TagSet?: Tag[] | null | undefined;
    /**
     * 网卡类型。0 - 弹性网卡；1 - evm弹性网卡。
     *
     * @example 1
     */
    EniType?: number | undefined;
    /**
     * EcmRegion ecm区域
     *
     * @example ap-changchun-ecm-ct2
     */
    EcmRegion?: string | undefined;
    /**
     * 网卡绑定的子机类型：cvm，eks。
     *
     * @example eks
     */
    Business?: string | null | undefined;
}
/** 弹性网卡绑定关系 */
export interface NetworkInterfaceAttachment {
    /**
     * 云主机实例ID。
     *
     * @example ein-r8hr2upy
     */
    InstanceId?: string | undefined;
    /**
     * 网卡在云主机实例内的序号。
     *
     * @example 1
     */
    DeviceIndex?: number | undefined;
    /**
     * 云主机所有者账户信息。
     *
     * @example 2407912486
     */
    InstanceAccountId?: string | undefined;
    /**
     * 绑定时间。
     *
     * @example 2021-01-26 17:52:36
     */
    AttachTime?: string | undefined;
}
/** 网络硬盘上下限数据 */
export interface NetworkStorageRange {
    /**
     * 网络带宽上限
     *
     * @example 100
     */
    MaxBandwidth?: number | undefined;
    /**
     * 数据盘上限
     *
     * @example 100
     */
    MaxSystemDiskSize?: number | undefined;
    /**
     * 网络带宽下限
     *
     * @example 10
     */
    MinBandwidth?: number | undefined;
    /**
     * 数据盘下限
     *
     * @example 50
     */
    MinSystemDiskSize?: number | undefined;
    /**
     * 最大数据盘大小
     *
     * @example 500
     */
    MaxDataDiskSize?: number | undefined;
    /**
     * 最小数据盘大小
     *
     * @example 50
     */
    MinDataDiskSize?: number | undefined;
    /**
     * 建议带宽
     *
     * @example 1000
     */
    SuggestBandwidth?: number | undefined;
    /**
     * 建议硬盘大小
     *
     * @example 100
     */
    SuggestDataDiskSize?: number | undefined;
    /**
     * 建议系统盘大小
     *
     * @example 100
     */
    SuggestSystemDiskSize?: number | undefined;
    /**
     * Cpu核数峰值
     *
     * @example 100
     */
    MaxVcpu?: number | undefined;
    /**
     * Cpu核最小值
     *
     * @example 10
     */
    MinVcpu?: number | undefined;
    /**
     * 单次请求最大cpu核数
     *
     * @example 10
     */
    MaxVcpuPerReq?: number | undefined;
    /**
     * 带宽步长
     *
     * @example 100
     */
    PerBandwidth?: number | undefined;
    /**
     * 数据盘步长
     *
     * @example 100
     */
    PerDataDisk?: number | undefined;
    /**
     * 总模块数量
     *
     * @example 100
     */
    MaxModuleNum?: number | undefined;
    /**
     * 是否支持cbs
     *
     * @example false
     */
    CBSSupported?: boolean | undefined;
    /**
     * 磁盘数量限制
     *
     * @example 50
     */
    DiskNumLimit?: number | undefined;
}
/** 节点信息 */
export interface Node {
    /** zone信息。 */
    ZoneInfo?: ZoneInfo | undefined;
    /** 国家信息。 */
    Country?: Country | undefined;
    /** 区域信息。 */
    Area?: Area | undefined;
    /** 省份信息。 */
    Province?: Province | undefined;
    /** 城市信息。 */
    City?: City | undefined;
    /** Region信息。 */
    RegionInfo?: RegionInfo | undefined;
    /** 运营商列表。 */
    ISPSet?: ISP[] | undefined;
    /**
     * 运营商数量。
     *
     * @example 1
     */
    ISPNum?: number | undefined;
    /**
     * 节点是否支持LB
     *
     * @example false
     */
    LBSupported?: boolean | undefined;
}
/** 节点实例数量信息 */
export interface NodeInstanceNum {
    /** 节点数量 */
    NodeNum?: number | undefined;
    /** 实例数量 */
    InstanceNum?: number | undefined;
}
/** 操作Action */
export interface OperatorAction {
    /** 可执行操作 */
    Action?: string | undefined;
    /** 编码Code */
    Code?: string | null | undefined;
    /** 具体信息 */
    Message?: string | null | undefined;
}
/** 操作系统支持的类型。 */
export interface OsVersion {
    /** 操作系统类型 */
    OsName?: string | undefined;
    /** 支持的操作系统版本 */
    OsVersions?: string[] | null | undefined;
    /** 支持的操作系统架构 */
    Architecture?: string[] | null | undefined;
}
/** 一组相互关联的装箱配额，以实例类型的优先级排序，优先级高的在前 */
export interface PackingQuotaGroup {
    /** 可用区 */
    Zone?: string | undefined;
    /** 可用区id */
    ZoneId?: number | undefined;
    /** ISP id */
    ISPId?: string | undefined;
    /** 一组相互关联的装箱配额 */
    PackingQuotaInfos?: PackingQuotaInfo[] | undefined;
}
/** 一组相关联的装箱配额信息 */
export interface PackingQuotaInfo {
    /** 实例类型 */
    InstanceType?: string | undefined;
    /** 装箱配额 */
    PackingQuota?: number | undefined;
}
/** 峰值信息 */
export interface PeakBase {
    /** CPU峰值 */
    PeakCpuNum?: number | undefined;
    /** 内存峰值 */
    PeakMemoryNum?: number | undefined;
    /** 硬盘峰值 */
    PeakStorageNum?: number | undefined;
    /** 记录时间 */
    RecordTime?: string | undefined;
}
/** PeakFamilyInfo 按机型类别分类的cpu等数据的峰值信息 */
export interface PeakFamilyInfo {
    /** 机型类别信息。 */
    InstanceFamily?: InstanceFamilyTypeConfig | undefined;
    /** 基础数据峰值信息。 */
    PeakBaseSet?: PeakBase[] | undefined;
}
/** 峰值网络数据 */
export interface PeakNetwork {
    /**
     * 记录时间。
     *
     * @example 2020-02-01 00:02:00
     */
    RecordTime?: string | undefined;
    /**
     * 入带宽数据。
     *
     * @example 100.0
     */
    PeakInNetwork?: string | undefined;
    /**
     * 出带宽数据。
     *
     * @example 100.0
     */
    PeakOutNetwork?: string | undefined;
    /**
     * 计费带宽。单位bps
     *
     * @example 100.0
     */
    ChargeNetwork?: string | undefined;
}
/** region维度的网络峰值信息 */
export interface PeakNetworkRegionInfo {
    /** region信息 */
    Region?: string | undefined;
    /** 网络峰值集合 */
    PeakNetworkSet?: PeakNetwork[] | null | undefined;
}
/** 物理位置信息 */
export interface PhysicalPosition {
    /**
     * 机位
     *
     * @example B90CEE7***2455CA9F1A
     */
    PosId?: string | null | undefined;
    /**
     * 机架
     *
     * @example 18C8C045F6AFD0965***20127A9
     */
    RackId?: string | null | undefined;
    /**
     * 交换机
     *
     * @example 99563FCAD565AC179***4EA92123
     */
    SwitchId?: string | null | undefined;
}
/** 描述了实例的抽象位置，包括其所在的可用区，所属的项目，以及所属的独享集群的ID和名字。 */
export interface Placement {
    /** 云硬盘所属的可用区。该参数也可以通过调用 DescribeZones 的返回值中的Zone字段来获取。 */
    Zone: string;
    /** 围笼Id。作为入参时，表示对指定的CageId的资源进行操作，可为空。 作为出参时，表示资源所属围笼ID，可为空。 */
    CageId?: string | null | undefined;
    /** 实例所属项目ID。该参数可以通过调用 DescribeProject 的返回值中的 projectId 字段来获取。不填为默认项目。 */
    ProjectId?: number | undefined;
    /** 独享集群名字。作为入参时，忽略。作为出参时，表示云硬盘所属的独享集群名，可为空。 */
    CdcName?: string | null | undefined;
    /** 实例所属的独享集群ID。作为入参时，表示对指定的CdcId独享集群的资源进行操作，可为空。 作为出参时，表示资源所属的独享集群的ID，可为空。 */
    CdcId?: string | null | undefined;
}
/** 描述实例的位置相关信息。 */
export interface Position {
    /** 实例所在的Zone的信息。 */
    ZoneInfo?: ZoneInfo | undefined;
    /** 实例所在的国家的信息。 */
    Country?: Country | undefined;
    /** 实例所在的Area的信息。 */
    Area?: Area | undefined;
    /** 实例所在的省份的信息。 */
    Province?: Province | undefined;
    /** 实例所在的城市的信息。 */
    City?: City | undefined;
    /** 实例所在的Region的信息。 */
    RegionInfo?: RegionInfo | undefined;
    /** 实例是否支持ipv6 */
    Ipv6Supported?: boolean | null | undefined;
}
/** 描述cpu,内存等维度的价格 */
export interface PriceDetail {
    /**
     * 表示折扣，20 表示20%，打2折
     *
     * @example 20
     */
    Discount: number;
    /**
     * 打折后价格，单位分
     *
     * @example 20
     */
    DiscountPrice: number;
    /**
     * 折扣前价格，单位分
     *
     * @example 100
     */
    OriginalPrice: number;
}
/** 实例的内网ip相关信息。 */
export interface PrivateIPAddressInfo {
    /** 实例的内网ip。 */
    PrivateIPAddress?: string | null | undefined;
}
/** 内网IP信息 */
export interface PrivateIpAddressSpecification {
    /**
     * 内网IP地址。
     *
     * @example 10.0.0.11
     */
    PrivateIpAddress: string;
    /**
     * 是否是主IP。
     *
     * @example false
     */
    Primary?: boolean | undefined;
    /**
     * 公网IP地址。
     *
     * @example 123.11.100.87
     */
    PublicIpAddress?: string | undefined;
    /**
     * EIP实例ID，例如：eip-11112222。
     *
     * @example eip-ms7c7gcr
     */
    AddressId?: string | undefined;
    /**
     * 内网IP描述信息。
     *
     * @example demo
     */
    Description?: string | undefined;
    /**
     * 公网IP是否被封堵。
     *
     * @example false
     */
    IsWanIpBlocked?: boolean | undefined;
    /**
     * IP状态：
     * PENDING：生产中
     * MIGRATING：迁移中
     * DELETING：删除中
     * AVAILABLE：可用的
     *
     * @example AVAILABLE
     */
    State?: "PENDING" | "MIGRATING" | "DELETING" | "AVAILABLE" | (string & {}) | undefined;
}
/** 省份信息 */
export interface Province {
    /** 省份Id */
    ProvinceId?: string | undefined;
    /** 省份名称 */
    ProvinceName?: string | undefined;
}
/** 实例的公网ip相关信息。 */
export interface PublicIPAddressInfo {
    /** 计费模式。 */
    ChargeMode?: string | undefined;
    /** 实例的公网ip。 */
    PublicIPAddress?: string | undefined;
    /** 实例的公网ip所属的运营商。 */
    ISP?: ISP | undefined;
    /** 实例的最大出带宽上限，单位为Mbps。 */
    MaxBandwidthOut?: number | undefined;
    /** 实例的最大入带宽上限，单位为Mbps。 */
    MaxBandwidthIn?: number | undefined;
}
/** Region和RegionName */
export interface RegionInfo {
    /** Region */
    Region?: string | undefined;
    /** Region名称 */
    RegionName?: string | undefined;
    /** RegionID */
    RegionId?: number | undefined;
}
/** 路由策略 */
export interface Route {
    /**
     * 目的IPv4网段
     *
     * @example 10.2.2.0/24
     */
    DestinationCidrBlock?: string | undefined;
    /**
     * 下一跳类型
     * NORMAL_CVM：普通云服务器；
     *
     * @example NAT
     */
    GatewayType?: string | undefined;
    /**
     * 下一跳地址这里只需要指定不同下一跳类型的网关ID，系统会自动匹配到下一跳地址当 GatewayType 为 EIP 时，GatewayId 固定值 '0'
     *
     * @example nat-irmuq4z4
     */
    GatewayId?: string | undefined;
    /**
     * 路由策略唯一ID
     *
     * @example rti-mpgivlqt
     */
    RouteItemId?: string | undefined;
    /**
     * 路由策略描述
     *
     * @example TEST
     */
    RouteDescription?: string | undefined;
    /**
     * 是否启用
     *
     * @example True
     */
    Enabled?: boolean | undefined;
    /**
     * 路由类型，目前我们支持的类型有：
     * USER：用户路由；
     * NETD：网络探测路由，创建网络探测实例时，系统默认下发，不可编辑与删除；
     * CCN：云联网路由，系统默认下发，不可编辑与删除。用户只能添加和操作 USER 类型的路由。
     *
     * @example CCN
     */
    RouteType?: "USER" | "NETD" | "CCN" | (string & {}) | undefined;
    /**
     * 路由策略ID。IPv4路由策略ID是有意义的值，IPv6路由策略是无意义的值0。后续建议完全使用字符串唯一ID RouteItemId操作路由策略
     *
     * @example 1
     */
    RouteId?: number | undefined;
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @example rtb-azd4dt1c
     */
    RouteTableId?: string | undefined;
}
/** 路由冲突对象 */
export interface RouteConflict {
    /**
     * 路由表实例ID
     *
     * @example rtb-ms7c7gcr
     */
    RouteTableId?: string | undefined;
    /**
     * 要检查的与之冲突的目的端
     *
     * @example 10.2.2.0/24
     */
    DestinationCidrBlock?: string | undefined;
    /**
     * 冲突的路由策略列表
     *
     * @example [{"DestinationCidrBlock": "10.2.2.0/24", "GatewayType": "NAT", "GatewayId": "nat-irmuq4z4","Enabled": true}]
     */
    ConflictSet?: Route[] | null | undefined;
}
/** 路由表 */
export interface RouteTable {
    /**
     * VPC实例ID
     *
     * @example vpc-4tw1bxlq
     */
    VpcId?: string | undefined;
    /**
     * 路由表实例ID
     *
     * @example rtb-ms7c7gcr
     */
    RouteTableId?: string | undefined;
    /**
     * 路由表名称
     *
     * @example demo
     */
    RouteTableName?: string | undefined;
    /**
     * 路由表关联关系
     *
     * @example [{"SubnetId": "subnet-6zwa44xm", "RouteTableId": "rtb-ms7c7gcr"}]
     */
    AssociationSet?: RouteTableAssociation[] | null | undefined;
    /**
     * IPv4路由策略集合
     *
     * @example [{"DestinationCidrBlock": "10.2.2.0/24", "GatewayType": "NAT","GatewayId": "nat-irmuq4z4","Enabled": true}]
     */
    RouteSet?: Route[] | null | undefined;
    /**
     * 是否默认路由表
     *
     * @example true
     */
    Main?: boolean | undefined;
    /**
     * 创建时间
     *
     * @example 2020-10-29 16:54:45
     */
    CreatedTime?: string | undefined;
}
/** 路由表关联关系 */
export interface RouteTableAssociation {
    /**
     * 子网实例ID
     *
     * @example subnet-6zwa44xm
     */
    SubnetId?: string | undefined;
    /**
     * 路由表实例ID
     *
     * @example rtb-ms7c7gcr
     */
    RouteTableId?: string | undefined;
}
/** 转发规则及健康状态列表 */
export interface RuleHealth {
    /** 本规则上绑定的后端的健康检查状态 */
    Targets?: TargetHealth[] | null | undefined;
}
/** IP直通相关的信息 */
export interface RunEIPDirectServiceEnabled {
    /**
     * 是否开通IP直通。取值范围：
     * TRUE：表示开通IP直通
     * FALSE：表示不开通IP直通
     * 默认取值：TRUE。windows镜像目前不支持IP直通。
     *
     * @defaultValue TRUE
     */
    Enabled?: boolean | undefined;
}
/** 云监控服务 */
export interface RunMonitorServiceEnabled {
    /** 是否开启。 */
    Enabled?: boolean | undefined;
}
/** 云镜服务； */
export interface RunSecurityServiceEnabled {
    /** 是否开启。 */
    Enabled?: boolean | undefined;
    /** 云镜版本：0 基础版，1 专业版。目前仅支持基础版 */
    Version?: number | undefined;
}
/** 安全组对象 */
export interface SecurityGroup {
    /**
     * 安全组实例ID，例如：esg-ohuuioma。
     *
     * @example esg-ohuuioma
     */
    SecurityGroupId: string;
    /**
     * 安全组名称，可任意命名，但不得超过60个字符。
     *
     * @example demo
     */
    SecurityGroupName: string;
    /**
     * 安全组备注，最多100个字符。
     *
     * @example demo
     */
    SecurityGroupDesc: string;
    /**
     * 是否是默认安全组，默认安全组不支持删除。
     *
     * @example false
     */
    IsDefault?: boolean | undefined;
    /**
     * 安全组创建时间。
     *
     * @example 2020-10-29 16:54:45
     */
    CreatedTime?: string | undefined;
    /**
     * 标签键值对。
     *
     * @example [{"Key": "env", "Value": "prod"}]
     */
    TagSet?: Tag[] | undefined;
}
/** 安全组关联的资源统计 */
export interface SecurityGroupAssociationStatistics {
    /**
     * 安全组实例ID。
     *
     * @example esg-ohuuioma
     */
    SecurityGroupId?: string | undefined;
    /**
     * ECM实例数。
     *
     * @example 1
     */
    ECM?: number | undefined;
    /**
     * ECM模块数。
     *
     * @example 1
     */
    Module?: number | undefined;
    /**
     * 弹性网卡实例数。
     *
     * @example 2
     */
    ENI?: number | undefined;
    /**
     * 被安全组引用数。
     *
     * @example 0
     */
    SG?: number | undefined;
    /**
     * 负载均衡实例数。
     *
     * @example 0
     */
    CLB?: number | undefined;
    /**
     * 全量实例的绑定统计。
     *
     * @example [{"InstanceType": "CVM", "InstanceCount": 1}]
     */
    InstanceStatistics?: InstanceStatistic[] | undefined;
    /**
     * 所有资源的总计数（不包含被安全组引用数）。
     *
     * @example 4
     */
    TotalCount?: number | undefined;
}
/** 用户安全组配额限制 */
export interface SecurityGroupLimitSet {
    /**
     * 可创建安全组总数
     *
     * @example 10
     */
    SecurityGroupLimit?: number | undefined;
    /**
     * 安全组下的最大规则数
     *
     * @example 100
     */
    SecurityGroupPolicyLimit?: number | undefined;
    /**
     * 安全组下嵌套安全组规则数
     *
     * @example 5
     */
    ReferedSecurityGroupLimit?: number | undefined;
    /**
     * 单安全组关联实例数
     *
     * @example 5
     */
    SecurityGroupInstanceLimit?: number | undefined;
    /**
     * 实例关联安全组数
     *
     * @example 5
     */
    InstanceSecurityGroupLimit?: number | undefined;
    /**
     * 单安全组关联的模块数
     *
     * @example 10
     */
    SecurityGroupModuleLimit?: number | undefined;
    /**
     * 模块关联的安全组数
     *
     * @example 5
     */
    ModuleSecurityGroupLimit?: number | undefined;
}
/** 安全组规则对象 */
export interface SecurityGroupPolicy {
    /**
     * 安全组规则索引号
     *
     * @example 1
     */
    PolicyIndex?: number | undefined;
    /**
     * 协议, 取值: TCP,UDP, ICMP。
     *
     * @example TCP
     */
    Protocol?: string | undefined;
    /**
     * 端口(all, 离散port, range)。
     *
     * @example 80
     */
    Port?: string | undefined;
    /**
     * 协议端口ID或者协议端口组ID。ServiceTemplate和Protocol+Port互斥。
     *
     * @example {"ServiceId": "eppm-f5n1f8da", "ServiceGroupId": ""}
     */
    ServiceTemplate?: ServiceTemplateSpecification | undefined;
    /**
     * 网段或IP(互斥)。
     *
     * @example 0.0.0.0/0
     */
    CidrBlock?: string | undefined;
    /**
     * 安全组实例ID，例如：esg-ohuuioma。
     *
     * @example esg-ohuuioma
     */
    SecurityGroupId?: string | undefined;
    /**
     * IP地址ID或者ID地址组ID。
     *
     * @example {"AddressId": "eipm-2uw6ujo6", "AddressGroupId": ""}
     */
    AddressTemplate?: AddressTemplateSpecification | undefined;
    /**
     * ACCEPT 或 DROP。
     *
     * @example ACCEPT
     */
    Action?: string | undefined;
    /**
     * 安全组规则描述。
     *
     * @example 放通90端口
     */
    PolicyDescription?: string | undefined;
    /**
     * 修改时间，例如 2020-07-22 19：27：23
     *
     * @example 2021-05-11 16:46:38
     */
    ModifyTime?: string | undefined;
    /**
     * 网段或IPv6(互斥)。
     *
     * @example ::/0
     */
    Ipv6CidrBlock?: string | null | undefined;
}
/** 安全组规则集合 */
export interface SecurityGroupPolicySet {
    /**
     * 安全组规则当前版本。用户每次更新安全规则版本会自动加1，防止更新的路由规则已过期，不填不考虑冲突。
     *
     * @example 2
     */
    Version?: string | undefined;
    /**
     * 出站规则。其中出站规则和入站规则必须选一个。
     *
     * @example [{"PolicyIndex":1,"Protocol":"tcp","Port":"all","CidrBlock":"0.0.0.0/0","Action":"ACCEPT"}]
     */
    Egress?: SecurityGroupPolicy[] | undefined;
    /**
     * 入站规则。其中出站规则和入站规则必须选一个。
     *
     * @example [{"PolicyIndex":1,"Protocol":"tcp","Port":"80","CidrBlock":"20.0.0.0/16","Action":"ACCEPT"}]
     */
    Ingress?: SecurityGroupPolicy[] | undefined;
}
/** 协议端口模板 */
export interface ServiceTemplateSpecification {
    /**
     * 协议端口ID，例如：eppm-f5n1f8da。
     *
     * @example eppm-f5n1f8da
     */
    ServiceId: string;
    /**
     * 协议端口组ID，例如：eppmg-f5n1f8da。
     *
     * @example eppmg-f5n1f8da
     */
    ServiceGroupId: string;
}
/** Module的简要信息 */
export interface SimpleModule {
    /** 模块ID */
    ModuleId?: string | undefined;
    /** 模块名称 */
    ModuleName?: string | undefined;
}
/** 描述了快照的详细信息 */
export interface Snapshot {
    /** 快照所在的位置。 */
    Placement?: Placement | undefined;
    /**
     * 是否为跨地域复制的快照。取值范围：
     * <li>true：表示为跨地域复制的快照。
     * <li>false:本地域的快照。
     */
    CopyFromRemote?: boolean | undefined;
    /**
     * 是否为永久快照。取值范围：
     * <li>true：永久快照
     * <li>false：非永久快照。
     */
    IsPermanent?: boolean | undefined;
    /** 快照名称，用户自定义的快照别名。调用ModifySnapshotAttribute可修改此字段。 */
    SnapshotName?: string | undefined;
    /** 快照创建进度百分比，快照创建成功后此字段恒为100。 */
    Percent?: number | undefined;
    /** 快照关联的镜像列表。 */
    Images?: Image[] | undefined;
    /** 快照当前被共享数。 */
    ShareReference?: number | undefined;
    /** 快照类型，目前该项取值可以为PRIVATE_SNAPSHOT或者SHARED_SNAPSHOT */
    SnapshotType?: string | undefined;
    /** 创建此快照的云硬盘大小，单位GB。 */
    DiskSize?: number | undefined;
    /** 创建此快照的云硬盘ID。 */
    DiskId?: string | undefined;
    /** 快照正在跨地域复制的目的地域，默认取值为[]。 */
    CopyingToRegions?: string[] | undefined;
    /** 快照ID。 */
    SnapshotId?: string | undefined;
    /**
     * 创建此快照的云硬盘类型。取值范围：
     * <li>SYSTEM_DISK：系统盘
     * <li>DATA_DISK：数据盘。
     */
    DiskUsage?: string | undefined;
    /**
     * 是否为加密盘创建的快照。取值范围：
     * <li>true：该快照为加密盘创建的
     * <li>false:非加密盘创建的快照。
     */
    Encrypt?: boolean | undefined;
    /** 快照的创建时间。 */
    CreateTime?: string | undefined;
    /** 快照关联的镜像个数。 */
    ImageCount?: number | undefined;
    /**
     * 快照的状态。取值范围：
     * <li>NORMAL：正常
     * <li>CREATING：创建中
     * <li>ROLLBACKING：回滚中
     * <li>COPYING_FROM_REMOTE：跨地域复制中
     * <li>CHECKING_COPIED：复制校验中
     * <li>TORECYCLE：待回收。
     */
    SnapshotState?: string | undefined;
    /**
     * 快照的到期时间。
     *
     * @example 2019-07-15 00:00:00
     */
    DeadlineTime?: string | undefined;
    /**
     * 快照开始共享的时间。
     *
     * @example 2020-10-23 10:17:21
     */
    TimeStartShare?: string | null | undefined;
}
/** 镜像来源信息 */
export interface SrcImage {
    /** 镜像id */
    ImageId?: string | undefined;
    /** 镜像名称 */
    ImageName?: string | undefined;
    /** 系统名称 */
    ImageOsName?: string | undefined;
    /** 镜像描述 */
    ImageDescription?: string | undefined;
    /** 区域 */
    Region?: string | undefined;
    /** 区域ID */
    RegionID?: number | undefined;
    /** 区域名称 */
    RegionName?: string | undefined;
    /** 来源实例名称 */
    InstanceName?: string | undefined;
    /** 来源实例ID */
    InstanceId?: string | undefined;
    /** 来源镜像类型 */
    ImageType?: string | undefined;
}
/** 子网对象 */
export interface Subnet {
    /**
     * VPC实例ID。
     *
     * @example vpc-4tw1bxlq
     */
    VpcId?: string | undefined;
    /**
     * 子网实例ID，例如：subnet-bthucmmy。
     *
     * @example subnet-bthucmmy
     */
    SubnetId?: string | undefined;
    /**
     * 子网名称。
     *
     * @example demo
     */
    SubnetName?: string | undefined;
    /**
     * 子网的 IPv4 CIDR。
     *
     * @example 10.0.0.0/24
     */
    CidrBlock?: string | undefined;
    /**
     * 是否默认子网。
     *
     * @example false
     */
    IsDefault?: boolean | undefined;
    /**
     * 是否开启广播。
     *
     * @example true
     */
    EnableBroadcast?: boolean | undefined;
    /**
     * 路由表实例ID，例如：rtb-l2h8d7c2。
     *
     * @example rtb-l2h8d7c2
     */
    RouteTableId?: string | undefined;
    /**
     * 创建时间。
     *
     * @example 2020-10-29 16:54:45
     */
    CreatedTime?: string | undefined;
    /**
     * 可用IP数。
     *
     * @example 253
     */
    AvailableIpAddressCount?: number | undefined;
    /**
     * 子网的 IPv6 CIDR。
     *
     * @example fd76:3600:1:c601::/64
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * 关联ACLID
     *
     * @example acl-6zwa44xm
     */
    NetworkAclId?: string | undefined;
    /**
     * 是否为 SNAT 地址池子网。
     *
     * @example false
     */
    IsRemoteVpcSnat?: boolean | undefined;
    /**
     * 标签键值对。
     *
     * @example [{"Key": "env", "Value": "prod"}]
     */
    TagSet?: Tag[] | null | undefined;
    /**
     * 所在区域
     *
     * @example ap-hefei-ecm-1
     */
    Zone?: string | undefined;
    /**
     * 可用区名称
     *
     * @example 杭州一区
     */
    ZoneName?: string | null | undefined;
    /**
     * 实例数量
     *
     * @example 0
     */
    InstanceCount?: number | null | undefined;
    /**
     * VPC的 IPv4 CIDR。
     *
     * @example 10.0.0.0/16
     */
    VpcCidrBlock?: string | null | undefined;
    /**
     * VPC的 IPv6 CIDR。
     *
     * @example fd76:3600:1:c601::/54
     */
    VpcIpv6CidrBlock?: string | null | undefined;
    /**
     * 地域
     *
     * @example ap-hangzhou-ecm
     */
    Region?: string | null | undefined;
    /**
     * 运营商类型。'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调
     *
     * @example CMCC
     */
    ISPType?: string | null | undefined;
}
/** 用于描述系统盘。 */
export interface SystemDisk {
    /**
     * 硬盘类型。取值范围：
     * - LOCAL_BASIC：本地硬盘；
     * - CLOUD_PREMIUM：高性能云硬盘；
     * 默认取值：CLOUD_BASIC。
     *
     * @example CLOUD_PREMIUM
     * @defaultValue CLOUD_BASIC
     */
    DiskType?: "LOCAL_BASIC" | "CLOUD_PREMIUM" | undefined;
    /**
     * 硬盘ID。此参数暂不可用。
     *
     * @example ldisk-1ly4f53h
     */
    DiskId?: string | undefined;
    /**
     * 硬盘容量大小。单位GB。
     *
     * @example 100
     */
    DiskSize?: number | undefined;
}
/** 标签信息。 */
export interface Tag {
    /**
     * 标签健。
     *
     * @example tag-key
     */
    Key: string;
    /**
     * 标签值。
     *
     * @example tag-val
     */
    Value: string;
}
/** 标签信息。 */
export interface TagInfo {
    /** 标签的键。 */
    TagKey?: string | undefined;
    /** 标签的值。 */
    TagValue?: string | undefined;
}
/** 资源类型的Tag */
export interface TagSpecification {
    /** 资源类型，目前仅支持"instance"、"module" */
    ResourceType: string;
    /** 标签列表 */
    Tags: Tag[];
}
/** 负责均衡后端目标 */
export interface Target {
    /** 后端服务的监听端口 */
    Port?: number | undefined;
    /** 子机ID */
    InstanceId?: string | undefined;
    /** 后端服务的转发权重，取值范围：[0, 100]，默认为 10。 */
    Weight?: number | undefined;
    /** 绑定弹性网卡时需要传入此参数，代表弹性网卡的IP，弹性网卡必须先绑定至子机，然后才能绑定到负载均衡实例。注意：参数InstanceId 和 EniIp 只能传入一个且必须传入一个。 */
    EniIp?: string | undefined;
}
/** 后端的健康检查状态 */
export interface TargetHealth {
    /** Target的内网IP */
    IP?: string | null | undefined;
    /** Target绑定的端口 */
    Port?: number | null | undefined;
    /** 当前健康状态，true：健康，false：不健康（包括尚未开始探测、探测中、状态异常等几种状态）。只有处于健康状态（且权重大于0），负载均衡才会向其转发流量。 */
    HealthStatus?: boolean | null | undefined;
    /** Target的实例ID */
    TargetId?: string | null | undefined;
    /** 当前健康状态的详细信息。如：Alive、Dead、Unknown、Close。Alive状态为健康，Dead状态为异常，Unknown状态包括尚未开始探测、探测中、状态未知，Close为未配置健康检查。 */
    HealthStatusDetail?: string | null | undefined;
}
/** 目标和权重的描述信息 */
export interface TargetsWeightRule {
    /** 负载均衡监听器 ID */
    ListenerId?: string | undefined;
    /** 要修改权重的后端机器列表 */
    Targets?: Target[] | undefined;
    /** 后端服务新的转发权重，取值范围：0~100。 */
    Weight?: number | undefined;
}
/** 任务查询 */
export interface TaskInput {
    /** 操作名，即API名称，比如：CreateImage */
    Operation: string;
    /** 任务id */
    TaskId: string;
}
/** 任务查询出参 */
export interface TaskOutput {
    /** 任务id */
    TaskId?: string | undefined;
    /** 状态描述 */
    Message?: string | undefined;
    /** 状态值，SUCCESS/FAILED/OPERATING */
    Status?: string | undefined;
    /** 任务提交时间 */
    AddTime?: string | undefined;
    /** 任务结束时间 */
    EndTime?: string | undefined;
    /** 操作名 */
    Operation?: string | undefined;
}
/** 私有网络相关信息配置。 */
export interface VirtualPrivateCloud {
    /**
     * 私有网络ID，形如vpc-xxx。
     *
     * @example vpc-4tw1bxlq
     */
    VpcId: string;
    /**
     * 私有网络子网ID，形如subnet-xxx。
     *
     * @example subnet-6zwa44xm
     */
    SubnetId: string;
    /**
     * 是否用作公网网关。公网网关只有在实例拥有公网IP以及处于私有网络下时才能正常使用。取值范围：
     * TRUE：表示用作公网网关
     * FALSE：表示不用作公网网关
     * 默认取值：FALSE。
     *
     * @example false
     * @defaultValue FALSE
     */
    AsVpcGateway?: boolean | undefined;
    /**
     * 私有网络子网 IP 数组，在创建实例、修改实例vpc属性操作中可使用此参数。
     *
     * @example ["10.0.0.0/16"]
     */
    PrivateIpAddresses?: string[] | undefined;
    /**
     * 为弹性网卡指定随机生成的 IPv6 地址数量。
     *
     * @example 0
     */
    Ipv6AddressCount?: number | undefined;
    /**
     * runInstances接口创建三网ipv6地址使用
     *
     * @example ["fd76:3600:1:c601::/54"]
     */
    Ipv6SubnetIds?: string[] | null | undefined;
}
/** 私有网络(VPC) 对象。 */
export interface VpcInfo {
    /**
     * VPC名称。
     *
     * @example 1
     */
    VpcName?: string | undefined;
    /**
     * VPC实例ID，例如：vpc-azd4dt1c。
     *
     * @example vpc-azd4dt1c
     */
    VpcId?: string | undefined;
    /**
     * VPC的IPv4 CIDR。
     *
     * @example 10.0.0.0/16
     */
    CidrBlock?: string | undefined;
    /**
     * 是否默认VPC。
     *
     * @example false
     */
    IsDefault?: boolean | undefined;
    /**
     * 是否开启组播。
     *
     * @example false
     */
    EnableMulticast?: boolean | undefined;
    /**
     * 创建时间。
     *
     * @example 2021-01-20 15:25:11
     */
    CreatedTime?: string | undefined;
    /**
     * DNS列表。
     *
     * @example 114.114.114.114
     */
    DnsServerSet?: string[] | null | undefined;
    /**
     * DHCP域名选项值。
     *
     * @example 1
     */
    DomainName?: string | undefined;
    /**
     * DHCP选项集ID。
     *
     * @example 1
     */
    DhcpOptionsId?: string | undefined;
    /**
     * 是否开启DHCP。
     *
     * @example true
     */
    EnableDhcp?: boolean | undefined;
    /**
     * VPC的IPv6 CIDR。
     *
     * @example 1030:0:0:0:C9B4:FF12:48AA:1A2B/60
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * 标签键值对
     *
     * @example 1
     */
    TagSet?: Tag[] | null | undefined;
    /**
     * 辅助CIDR
     *
     * @example 1
     */
    AssistantCidrSet?: AssistantCidr[] | null | undefined;
    /**
     * 地域
     *
     * @example ap-zhengzhou-ecm
     */
    Region?: string | undefined;
    /**
     * 描述
     *
     * @example 1
     */
    Description?: string | undefined;
    /**
     * 地域中文名
     *
     * @example 郑州一区
     */
    RegionName?: string | undefined;
    /**
     * 包含子网数量
     *
     * @example 1
     */
    SubnetCount?: number | undefined;
    /**
     * 包含实例数量
     *
     * @example 0
     */
    InstanceCount?: number | undefined;
    /**
     * ipv6运营商
     *
     * @example CTCC
     */
    Ipv6ISP?: string | null | undefined;
    /** 多运营商IPv6 Cidr Block。 */
    Ipv6CidrBlockSet?: ISPIPv6CidrBlock[] | null | undefined;
}
/** Zone信息 */
export interface ZoneInfo {
    /** ZoneId */
    ZoneId?: number | undefined;
    /** ZoneName */
    ZoneName?: string | undefined;
    /** Zone */
    Zone?: string | undefined;
}
/** 实例可用区及对应的实例创建数目及运营商的组合； */
export interface ZoneInstanceCountISP {
    /**
     * 创建实例的可用区。
     *
     * @example ap-dongguan-ecm-1
     */
    Zone: string;
    /**
     * 在当前可用区创建的实例数目。
     *
     * @example 1
     */
    InstanceCount: number;
    /**
     * 运营商如下：
     * CTCC：中国电信
     * CUCC：中国联通
     * CMCC：中国移动CMCC;CUCC;CTCC：三网；三网需要开通白名单，请直接联系腾讯云客服。
     *
     * @example CMCC
     */
    ISP: "CTCC" | "CUCC" | "CMCC" | (string & {});
    /**
     * 指定私有网络编号，SubnetId与VpcId必须同时指定或不指定
     *
     * @example vpc-kcejgmxt
     */
    VpcId?: string | undefined;
    /**
     * 指定子网编号，SubnetId与VpcId必须同时指定或不指定
     *
     * @example subnet-5r8jj7kg
     */
    SubnetId?: string | undefined;
    /**
     * 指定主网卡内网IP。条件：SubnetId与VpcId必须同时指定，并且IP数量与InstanceCount相同，多IP主机副网卡内网IP在相同子网内通过DHCP获取。
     *
     * @example 10.212.2.153
     */
    PrivateIpAddresses?: string[] | undefined;
    /**
     * 为弹性网卡指定随机生成的IPv6地址数量，单网情况下是1，单网需要ISP 只能为单网运营商，三网情况3
     *
     * @example 1
     */
    Ipv6AddressCount?: number | undefined;
    /**
     * 指定创建三网ipv6地址，使用的subnet数组，只创建ipv4不创建ipv6和单网ipv6子网依然使用SubnetId字段；该数组必须且仅支持传入三个不同的子网，并且这三个子网各自分配了电信、联通、移动三个运营商的其中一个IPV6 CIDR网段
     *
     * @example sub-123456
     */
    Ipv6SubnetIds?: string[] | undefined;
}
/** Zone的实例信息 */
export interface ZoneInstanceInfo {
    /** Zone名称 */
    ZoneName?: string | undefined;
    /** 实例数量 */
    InstanceNum?: number | undefined;
}
/** Input of DescribeNode: 获取节点列表 */
export interface DescribeNodeRequest {
    /** 过滤条件，name取值为： InstanceFamily-实例系列 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeNode: 获取节点列表 */
export interface DescribeNodeResponse {
    /** 节点详细信息的列表 */
    NodeSet?: Node[] | null | undefined;
    /**
     * 所有的节点数量。
     *
     * @example 10
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateModule: 创建模块 */
export interface CreateModuleRequest {
    /**
     * 模块名称，如视频直播模块。限制：模块名称不得以空格开头，长度不得超过60个字符。
     *
     * @example 智能语音模块
     */
    ModuleName: string;
    /**
     * 默认带宽，单位：Mbps。范围不得超过带宽上下限，详看DescribeConfig。
     *
     * @example 50
     */
    DefaultBandWidth: number;
    /**
     * 默认镜像。
     *
     * @example img-1tyt4apn
     */
    DefaultImageId: string;
    /**
     * 机型ID。
     *
     * @example SN3ne.2XLARGE16
     */
    InstanceType: string;
    /**
     * 默认系统盘大小，单位：GB，默认大小为50GB。范围不得超过系统盘上下限制，详看DescribeConfig。
     *
     * @example 50
     */
    DefaultSystemDiskSize: number;
    /**
     * 默认数据盘大小，单位：GB。范围不得超过数据盘范围大小，详看DescribeConfig。
     *
     * @example 100
     */
    DefaultDataDiskSize: number;
    /**
     * 是否关闭IP直通。取值范围：
     * true：表示关闭IP直通
     * false：表示开通IP直通
     *
     * @example true
     */
    CloseIpDirect?: boolean | undefined;
    /** 标签列表。 */
    TagSpecification?: TagSpecification[] | undefined;
    /**
     * 模块默认安全组列表
     *
     * @example ["esg-ggdr123","esg-15fd123","esg-mt9b9123"]
     */
    SecurityGroups?: string[] | undefined;
    /**
     * 默认入带宽，单位：Mbps。范围不得超过带宽上下限，详看DescribeConfig。
     *
     * @example 25
     */
    DefaultBandWidthIn?: number | undefined;
    /**
     * 是否禁止分配外网IP
     *
     * @example true
     */
    DisableWanIp?: boolean | undefined;
    /** 系统盘信息。 */
    SystemDisk?: SystemDisk | undefined;
    /** 数据盘信息。 */
    DataDisks?: DataDisk[] | undefined;
}
/** Output of CreateModule: 创建模块 */
export interface CreateModuleResponse {
    /**
     * 模块ID，创建模块成功后分配给该模块的ID。
     *
     * @example em-r8nkc81r
     */
    ModuleId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteModule: 删除业务模块 */
export interface DeleteModuleRequest {
    /** 模块ID。如：em-qn46snq8 */
    ModuleId: string;
}
/** Output of DeleteModule: 删除业务模块 */
export interface DeleteModuleResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeModule: 获取模块列表 */
export interface DescribeModuleRequest {
    /** 过滤条件。module-name - string - 是否必填：否 - （过滤条件）按照模块名称过滤。module-id - string - 是否必填：否 - （过滤条件）按照模块ID过滤。image-id String 是否必填：否 （过滤条件）按照镜像ID过滤。instance-family String 是否必填：否 （过滤条件）按照机型family过滤。security-group-id - string 是否必填：否 - （过滤条件）按照模块绑定的安全组id过滤。每次请求的Filters的上限为10，Filter.Values的上限为5。 */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 10
     */
    Limit?: number | undefined;
    /**
     * 指定排序字段。目前支持的可选值如下instance-num 按实例数量排序。node-num 按节点数量排序。timestamp 按实例创建时间排序。如果不传，默认按实例创建时间排序
     *
     * @example timestamp
     */
    OrderByField?: string | undefined;
    /**
     * 指定排序是降序还是升序。0表示降序； 1表示升序。如果不传默认为降序
     *
     * @example 0
     */
    OrderDirection?: number | undefined;
}
/** Output of DescribeModule: 获取模块列表 */
export interface DescribeModuleResponse {
    /**
     * 符合条件的模块数量。
     *
     * @example 17
     */
    TotalCount?: number | null | undefined;
    /** 模块详情信息的列表。 */
    ModuleItemSet?: ModuleItem[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeModuleDetail: 展示模块详细信息 */
export interface DescribeModuleDetailRequest {
    /** 模块ID，如em-qn46snq8。 */
    ModuleId: string;
}
/** Output of DescribeModuleDetail: 展示模块详细信息 */
export interface DescribeModuleDetailResponse {
    /** 模块的详细信息，详细见数据结构中的ModuleInfo。 */
    Module?: Module | null | undefined;
    /** 模块的统计信息，详细见数据结构中的ModuleCounterInfo。 */
    ModuleCounter?: ModuleCounter | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyModuleConfig: 修改模块配置 */
export interface ModifyModuleConfigRequest {
    /**
     * 模块ID。
     *
     * @example em-0vag13d1
     */
    ModuleId: string;
    /**
     * 机型ID。
     *
     * @example SN3ne.2XLARGE16
     */
    InstanceType: string;
    /**
     * 默认数据盘大小，单位：G。范围不得超过数据盘范围大小，详看DescribeConfig。
     *
     * @example 100
     */
    DefaultDataDiskSize: number;
    /**
     * 默认系统盘大小，单位：G。范围不得超过数据盘范围大小，详看DescribeConfig。
     *
     * @example 20
     */
    DefaultSystemDiskSize?: number | undefined;
    /** 系统盘 */
    SystemDisk?: SystemDisk | undefined;
    /** 数据盘 */
    DataDisks?: DataDisk[] | undefined;
}
/** Output of ModifyModuleConfig: 修改模块配置 */
export interface ModifyModuleConfigResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyModuleDisableWanIp: 修改模块是否禁止分配外网ip */
export interface ModifyModuleDisableWanIpRequest {
    /** 模块ID */
    ModuleId: string;
    /** 是否禁止分配外网ip,true：统一分配外网ip，false：禁止分配外网ip. */
    DisableWanIp: boolean;
}
/** Output of ModifyModuleDisableWanIp: 修改模块是否禁止分配外网ip */
export interface ModifyModuleDisableWanIpResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyModuleImage: 修改模块默认镜像 */
export interface ModifyModuleImageRequest {
    /**
     * 默认镜像ID
     *
     * @example img-oy9q2bql
     */
    DefaultImageId: string;
    /**
     * 模块ID
     *
     * @example em-bvr8f24q
     */
    ModuleId: string;
}
/** Output of ModifyModuleImage: 修改模块默认镜像 */
export interface ModifyModuleImageResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyModuleIpDirect: 修改模块IP直通 */
export interface ModifyModuleIpDirectRequest {
    /** 模块ID。 */
    ModuleId: string;
    /**
     * 是否关闭IP直通。取值范围：
     * true：表示关闭IP直通
     * false：表示开通IP直通
     */
    CloseIpDirect: boolean;
}
/** Output of ModifyModuleIpDirect: 修改模块IP直通 */
export interface ModifyModuleIpDirectResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyModuleName: 修改模块名称 */
export interface ModifyModuleNameRequest {
    /** 模块ID。 */
    ModuleId: string;
    /** 模块名称。 */
    ModuleName: string;
}
/** Output of ModifyModuleName: 修改模块名称 */
export interface ModifyModuleNameResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyModuleNetwork: 修改模块默认带宽上限 */
export interface ModifyModuleNetworkRequest {
    /** 模块Id */
    ModuleId: string;
    /** 默认出带宽上限 */
    DefaultBandwidth: number;
    /** 默认入带宽上限 */
    DefaultBandwidthIn?: number | undefined;
}
/** Output of ModifyModuleNetwork: 修改模块默认带宽上限 */
export interface ModifyModuleNetworkResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyModuleSecurityGroups: 修改模块默认安全组 */
export interface ModifyModuleSecurityGroupsRequest {
    /** 安全组列表。不超过5个。 */
    SecurityGroupIdSet: string[];
    /** 模块id。 */
    ModuleId: string;
}
/** Output of ModifyModuleSecurityGroups: 修改模块默认安全组 */
export interface ModifyModuleSecurityGroupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstances: 获取实例相关信息 */
export interface DescribeInstancesRequest {
    /**
     * 过滤条件。zone String 是否必填：否 （过滤条件）按照可用区英文标识符过滤。zone-name String 是否必填：否 （过滤条件）按照可用区中文名过滤,支持模糊匹配。module-id String 是否必填：否 （过滤条件）按照模块ID过滤。instance-id String 是否必填：否 （过滤条件）按照实例ID过滤。instance-name String 是否必填：否 （过滤条件）按照实例名称过滤,支持模糊匹配。ip-address String 是否必填：否 （过滤条件）按照实例的内网/公网IP过滤。instance-uuid string 是否必填：否 （过滤条件）按照uuid过滤实例列表。instance-state string 是否必填：否 （过滤条件）按照实例状态更新实例列表。internet-service-provider String 是否必填：否 （过滤条件）按照实例公网IP所属的运营商进行过滤。tag-key String 是否必填：否 （过滤条件）按照标签键进行过滤。tag:tag-key String 是否必填：否 （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。instance-family String 是否必填：否 （过滤条件）按照机型family过滤。module-name String 是否必填：否 （过滤条件）按照模块名称过滤,支持模糊匹配。image-id String 是否必填：否 （过滤条件）按照实例的镜像ID过滤。vpc-id String 是否必填：否 （过滤条件）按照实例的vpc id过滤。subnet-id String 是否必填：否 （过滤条件）按照实例的subnet id过滤。若不传Filters参数则表示查询所有相关的实例信息。单次请求的Filter.Values的上限为5。
     *
     * @example {"Filters":[{"Values":["ap-ningbo-ecm2-1"],"Name":"zone"}]}
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @example 10
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20(如果查询结果数目大于等于20)，最大值为100。
     *
     * @example 10
     */
    Limit?: number | undefined;
    /**
     * 指定排序字段。目前支持的可选值如下timestamp 按实例创建时间排序。注意：目前仅支持按创建时间排序，后续可能会有扩展。如果不传，默认按实例创建时间排序
     *
     * @example timestamp
     */
    OrderByField?: string | undefined;
    /**
     * 指定排序是降序还是升序。0表示降序； 1表示升序。如果不传默认为降序
     *
     * @example 0
     */
    OrderDirection?: number | undefined;
}
/** Output of DescribeInstances: 获取实例相关信息 */
export interface DescribeInstancesResponse {
    /**
     * 返回的实例相关信息列表的长度。
     *
     * @example 5
     */
    TotalCount?: number | undefined;
    /** 返回的实例相关信息列表。 */
    InstanceSet?: Instance[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of TerminateInstances: 销毁实例 */
export interface TerminateInstancesRequest {
    /**
     * 待销毁的实例ID列表。
     *
     * @example ["ein-ce71234"]
     */
    InstanceIdSet: string[];
    /**
     * 是否定时销毁，默认为否。
     *
     * @example false
     */
    TerminateDelay?: boolean | undefined;
    /**
     * 定时销毁的时间，格式形如："2019-08-05 12:01:30"，若非定时销毁，则此参数被忽略。
     *
     * @example 2020-06-01 16:04:48
     */
    TerminateTime?: string | undefined;
    /**
     * 是否关联删除已绑定的弹性网卡和弹性IP，默认为true。当为true时，一并删除弹性网卡和弹性IP；当为false时，只销毁主机，保留弹性网卡和弹性IP。
     *
     * @example false
     */
    AssociatedResourceDestroy?: boolean | undefined;
}
/** Output of TerminateInstances: 销毁实例 */
export interface TerminateInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateSecurityGroups: 绑定安全组 */
export interface AssociateSecurityGroupsRequest {
    /** 要绑定的安全组ID，类似esg-efil73jd，只支持绑定单个安全组。 */
    SecurityGroupIds: string[];
    /** 被绑定的实例ID，类似ein-lesecurk，支持指定多个实例，每次请求批量实例的上限为100。 */
    InstanceIds: string[];
}
/** Output of AssociateSecurityGroups: 绑定安全组 */
export interface AssociateSecurityGroupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceVncUrl: 查询实例管理终端地址 */
export interface DescribeInstanceVncUrlRequest {
    /** 一个操作的实例ID。可通过DescribeInstances API返回值中的InstanceId获取。 */
    InstanceId: string;
}
/** Output of DescribeInstanceVncUrl: 查询实例管理终端地址 */
export interface DescribeInstanceVncUrlResponse {
    /** 实例的管理终端地址。 */
    InstanceVncUrl?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesDeniedActions: 获取禁止的操作列表 */
export interface DescribeInstancesDeniedActionsRequest {
    /** 无 */
    InstanceIdSet: string[];
}
/** Output of DescribeInstancesDeniedActions: 获取禁止的操作列表 */
export interface DescribeInstancesDeniedActionsResponse {
    /** 实例对应的禁止操作 */
    InstanceOperatorSet?: InstanceOperator[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribePriceRunInstance: 查询实例价格 */
export interface DescribePriceRunInstanceRequest {
    /**
     * 实例的机型信息
     *
     * @example SN3ne.LARGE8
     */
    InstanceType: string;
    /** 系统盘信息 */
    SystemDisk: SystemDisk;
    /**
     * 实例个数
     *
     * @example 1
     */
    InstanceCount: number;
    /** 数据盘信息 */
    DataDisk?: DataDisk[] | undefined;
    /**
     * 实例计费类型。其中：0，按资源维度后付费，计算当日用量峰值，例如CPU，内存，硬盘等，仅适用于非GNR系列机型；1，按小时后付费，单价：xx元/实例/小时，仅适用于GNR机型，如需开通该计费方式请提工单申请；2，按月后付费，单价：xx元/实例/月，仅适用于GNR机型；该字段不填时，非GNR机型会默认选择0；GNR机型默认选择2。
     *
     * @example 0
     */
    InstanceChargeType?: number | undefined;
}
/** Output of DescribePriceRunInstance: 查询实例价格 */
export interface DescribePriceRunInstanceResponse {
    /** 实例价格信息 */
    InstancePrice?: InstancesPrice | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateSecurityGroups: 解绑安全组 */
export interface DisassociateSecurityGroupsRequest {
    /** 要解绑的安全组ID，类似esg-efil73jd，只支持解绑单个安全组。 */
    SecurityGroupIds: string[];
    /** 被解绑的实例ID，类似ein-lesecurk，支持指定多个实例 。 */
    InstanceIds: string[];
}
/** Output of DisassociateSecurityGroups: 解绑安全组 */
export interface DisassociateSecurityGroupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesAttribute: 修改实例属性 */
export interface ModifyInstancesAttributeRequest {
    /** 待修改的实例ID列表。在单次请求的过程中，请求实例数上限为100。 */
    InstanceIdSet: string[];
    /** 修改成功后显示的实例名称，不得超过60个字符，不传则名称显示为空。 */
    InstanceName?: string | undefined;
    /** 指定实例的安全组Id列表，子机将重新关联指定列表的安全组，原本关联的安全组会被解绑。限制不超过5个。 */
    SecurityGroups?: string[] | undefined;
}
/** Output of ModifyInstancesAttribute: 修改实例属性 */
export interface ModifyInstancesAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RebootInstances: 重启实例 */
export interface RebootInstancesRequest {
    /** 待重启的实例ID列表。在单次请求的过程中，单个region下的请求实例数上限为100。 */
    InstanceIdSet: string[];
    /**
     * 是否在正常重启失败后选择强制重启实例。取值范围：
     * TRUE：表示在正常重启失败后进行强制重启；
     * FALSE：表示在正常重启失败后不进行强制重启；
     * 默认取值：FALSE。
     *
     * @defaultValue FALSE
     */
    ForceReboot?: boolean | undefined;
    /**
     * 关机类型。取值范围：
     * SOFT：表示软关机
     * HARD：表示硬关机
     * SOFT_FIRST：表示优先软关机，失败再执行硬关机
     * 默认取值：SOFT。
     *
     * @defaultValue SOFT
     */
    StopType?: "SOFT" | "HARD" | "SOFT_FIRST" | undefined;
}
/** Output of RebootInstances: 重启实例 */
export interface RebootInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstances: 重装实例 */
export interface ResetInstancesRequest {
    /**
     * 待重装的实例ID列表。
     *
     * @example ["ein-492054ga\r\n","ein-482972ao\r\n"]
     */
    InstanceIdSet: string[];
    /**
     * 重装使用的镜像ID，若未指定，则使用各个实例当前的镜像进行重装。
     *
     * @example img-q9fy0if9
     */
    ImageId?: string | undefined;
    /**
     * 密码设置，若未指定，则后续将以站内信的形式通知密码。
     *
     * @example hpjtfgnb3nwa
     */
    Password?: string | undefined;
    /** 是否开启腾讯云可观测平台和主机安全服务，未指定时默认开启。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 是否保留数据盘数据，取值"true"/"false"。默认为"true"
     *
     * @example true
     */
    KeepData?: string | undefined;
    /**
     * 保持镜像的原始设置。该参数与Password或KeyIds.N不能同时指定。只有使用自定义镜像、共享镜像或外部导入镜像创建实例时才能指定该参数为TRUE。取值范围：
     * TRUE：表示保持镜像的登录设置
     * FALSE：表示不保持镜像的登录设置
     * 默认取值：FALSE。
     *
     * @example true
     * @defaultValue FALSE
     */
    KeepImageLogin?: "TRUE" | "FALSE" | null | undefined;
}
/** Output of ResetInstances: 重装实例 */
export interface ResetInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstancesMaxBandwidth: 重置实例的最大带宽上限 */
export interface ResetInstancesMaxBandwidthRequest {
    /** 待重置带宽上限的实例ID列表。在单次请求的过程中，单个region下的请求实例数上限为100。 */
    InstanceIdSet: string[];
    /** 修改后的最大出带宽上限。 */
    MaxBandwidthOut: number;
    /** 修改后的最大入带宽上限。 */
    MaxBandwidthIn?: number | undefined;
}
/** Output of ResetInstancesMaxBandwidth: 重置实例的最大带宽上限 */
export interface ResetInstancesMaxBandwidthResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstancesPassword: 重置实例密码 */
export interface ResetInstancesPasswordRequest {
    /** 待重置密码的实例ID列表。在单次请求的过程中，单个region下的请求实例数上限为100。 */
    InstanceIdSet: string[];
    /** 新密码，Linux实例密码必须8到16位，至少包括两项[a-z，A-Z]、[0-9]和[( ) ~ ~ ! @ # $ % ^ & * - + = _ | { } [ ] : ; ' < > , . ? /]中的符号。密码不允许以/符号开头。Windows实例密码必须12到16位，至少包括三项[a-z]，[A-Z]，[0-9]和[( ) ~ ~ ! @ # $ % ^ & * - + = _ | { } [ ] : ; ' < > , . ? /]中的符号。密码不允许以/符号开头。如果实例即包含Linux实例又包含Windows实例，则密码复杂度限制按照Windows实例的限制。 */
    Password: string;
    /** 是否强制关机，默认为false。 */
    ForceStop?: boolean | undefined;
    /** 待重置密码的实例的用户名，不得超过64个字符。若未指定用户名，则对于Linux而言，默认重置root用户的密码，对于Windows而言，默认重置administrator的密码。 */
    UserName?: string | undefined;
}
/** Output of ResetInstancesPassword: 重置实例密码 */
export interface ResetInstancesPasswordResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RunInstances: 创建实例 */
export interface RunInstancesRequest {
    /** 需要创建实例的可用区及创建数目及运营商的列表。在单次请求的过程中，单个region下的请求创建实例数上限为100 */
    ZoneInstanceCountISPSet: ZoneInstanceCountISP[];
    /**
     * 实例登录密码。不同操作系统类型密码复杂度限制不一样，具体如下：Linux实例密码必须8到30位，至少包括两项[a-z]，[A-Z]、[0-9] 和 [( ) ~ ! @ # $ % ^ & - + = &#124; { } [ ] : ; ' , . ? / ]中的特殊符。Windows实例密码必须12到30位，至少包括三项[a-z]，[A-Z]，[0-9] 和 [( ) ~ ! @ # $ % ^ & - + = | { } [ ] : ; ' , . ? /]中的特殊符号。
     *
     * @example pwd123
     */
    Password?: string | undefined;
    /**
     * 公网出带宽上限，单位：Mbps。
     * 1.如果未传该参数或者传的值为0，则使用模块下的默认值。
     * 2.如果未传该参数或者传的值为0且未指定模块，则使用InternetMaxBandwidthIn的值
     *
     * @example 100
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 模块ID。如果未传该参数，则必须传ImageId，InstanceType，DataDiskSize，InternetMaxBandwidthOut参数
     *
     * @example em-12345
     */
    ModuleId?: string | undefined;
    /**
     * 镜像ID。如果未传该参数或者传的值为空，则使用模块下的默认值
     *
     * @example img-12345
     */
    ImageId?: string | undefined;
    /**
     * 实例显示名称。不指定实例显示名称则默认显示‘未命名’。购买多台实例，如果指定模式串{R:x}，表示生成数字[x, x+n-1]，其中n表示购买实例的数量，例如server_{R:3}，购买1台时，实例显示名称为server_3；购买2台时，实例显示名称分别为server_3，server_4。支持指定多个模式串{R:x}。购买多台实例，如果不指定模式串，则在实例显示名称添加后缀1、2...n，其中n表示购买实例的数量，例如server_，购买2台时，实例显示名称分别为server_1，server_2。如果购买的实例属于不同的地域或运营商，则上述规则在每个地域和运营商内独立计数。最多支持60个字符（包含模式串）。
     *
     * @example tsIns
     */
    InstanceName?: string | undefined;
    /**
     * 主机名称点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。Windows 实例：名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。其他类型（Linux 等）实例：字符长度为[2, 60]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
     *
     * @example test
     */
    HostName?: string | undefined;
    /**
     * 用于保证请求幂等性的字符串。目前为保留参数，请勿使用。
     *
     * @example qwerty**sfd
     */
    ClientToken?: string | undefined;
    /** 增强服务。通过该参数可以指定是否开启云安全、腾讯云可观测平台等服务。若不指定该参数，则默认公共镜像开启腾讯云可观测平台、云安全服务 */
    EnhancedService?: EnhancedService | undefined;
    /** 标签列表 */
    TagSpecification?: TagSpecification[] | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为16KB
     *
     * @example AA1234***==SG
     */
    UserData?: string | undefined;
    /**
     * 机型。如果未传该参数或者传的值为空，则使用模块下的默认值
     *
     * @example S4.2XLARGE16
     */
    InstanceType?: string | undefined;
    /**
     * 数据盘大小，单位是G。如果未传该参数或者传的值为0，则使用模块下的默认值
     *
     * @example 50
     */
    DataDiskSize?: number | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用 DescribeSecurityGroups 的返回值中的sgId字段来获取。若不指定该参数，则绑定默认安全组。
     *
     * @example [ "esg-g4k23455" ]
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * 系统盘大小，单位是G。如果未传该参数或者传的值为0，则使用模块下的默认值
     *
     * @example 50
     */
    SystemDiskSize?: number | undefined;
    /**
     * 公网入带宽上限，单位：Mbps。
     * 1.如果未传该参数或者传的值为0，则使用对应模块的默认值。
     * 2.如果未传该参数或者传的值为0且未指定模块，则使用InternetMaxBandwidthOut
     *
     * @example 100
     */
    InternetMaxBandwidthIn?: number | undefined;
    /**
     * 实例计费类型。其中：0，按资源维度后付费，计算当日用量峰值，例如CPU，内存，硬盘等，仅适用于非GNR系列机型；1，按小时后付费，单价：xx元/实例/小时，仅适用于GNR机型，如需开通该计费方式请提工单申请；2，按月后付费，单价：xx元/实例/月，仅适用于GNR机型；该字段不填时，非GNR机型会默认选择0；GNR机型默认选择2。
     *
     * @example 0
     */
    InstanceChargeType?: number | undefined;
    /**
     * 密钥对。
     *
     * @example ["skey-dk12345"]
     */
    KeyIds?: string[] | undefined;
    /**
     * 保持镜像的原始设置。该参数与Password或KeyIds.N不能同时指定。只有使用自定义镜像、共享镜像或外部导入镜像创建实例时才能指定该参数为TRUE。取值范围：
     * TRUE：表示保持镜像的登录设置
     * FALSE：表示不保持镜像的登录设置
     * 默认取值：FALSE。
     *
     * @example TRUE
     * @defaultValue FALSE
     */
    KeepImageLogin?: "TRUE" | "FALSE" | (string & {}) | null | undefined;
    /** 系统盘信息。 */
    SystemDisk?: SystemDisk | undefined;
    /** 数据盘信息。 */
    DataDisks?: DataDisk[] | undefined;
}
/** Output of RunInstances: 创建实例 */
export interface RunInstancesResponse {
    /**
     * 创建中的实例ID列表
     *
     * @example ["ein-8cnmds12"]
     */
    InstanceIdSet?: string[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StartInstances: 开启实例 */
export interface StartInstancesRequest {
    /** 待开启的实例ID列表。在单次请求的过程中，单个region下的请求实例数上限为100。 */
    InstanceIdSet: string[];
}
/** Output of StartInstances: 开启实例 */
export interface StartInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StopInstances: 实例关机 */
export interface StopInstancesRequest {
    /** 需要关机的实例ID列表。在单次请求的过程中，单个region下的请求实例数上限为100。 */
    InstanceIdSet: string[];
    /** 是否在正常关闭失败后选择强制关闭实例，默认为false，即否。 */
    ForceStop?: boolean | undefined;
    /**
     * 实例的关闭模式。取值范围：
     * SOFT_FIRST：表示在正常关闭失败后进行强制关闭;
     * HARD：直接强制关闭;
     * SOFT：仅软关机；
     * 默认为SOFT。
     */
    StopType?: "SOFT_FIRST" | "HARD" | "SOFT" | undefined;
}
/** Output of StopInstances: 实例关机 */
export interface StopInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateImage: 创建镜像 */
export interface CreateImageRequest {
    /** 镜像名称。 */
    ImageName: string;
    /** 需要制作镜像的实例ID。 */
    InstanceId: string;
    /** 镜像描述。 */
    ImageDescription?: string | undefined;
    /**
     * 是否执行强制关机以制作镜像。取值范围：
     * TRUE：表示自动关机后制作镜像
     * FALSE：表示开机状态制作，目前不支持，需要先手动关机
     * 默认取值：FALSE。
     *
     * @defaultValue FALSE
     */
    ForcePoweroff?: "TRUE" | "FALSE" | undefined;
}
/** Output of CreateImage: 创建镜像 */
export interface CreateImageResponse {
    /** 任务id */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteImage: 删除镜像 */
export interface DeleteImageRequest {
    /** 镜像ID列表。 */
    ImageIDSet: string[];
}
/** Output of DeleteImage: 删除镜像 */
export interface DeleteImageResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCustomImageTask: 查询导入镜像任务 */
export interface DescribeCustomImageTaskRequest {
    /** 支持key,value查询task-id: 异步任务ID image-id: 镜像ID image-name: 镜像名称 */
    Filters: Filter[];
}
/** Output of DescribeCustomImageTask: 查询导入镜像任务 */
export interface DescribeCustomImageTaskResponse {
    /** 导入任务详情 */
    ImageTaskSet?: ImageTask[] | null | undefined;
    /** 总数 */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImage: 展示镜像列表 */
export interface DescribeImageRequest {
    /** 过滤条件，每次请求的Filters的上限为10，详细的过滤条件如下：image-id - String - 是否必填： 否 - （过滤条件）按照镜像ID进行过滤image-type - String - 是否必填： 否 - （过滤条件）按照镜像类型进行过滤。取值范围：PRIVATE_IMAGE: 私有镜像 (本账户创建的镜像) PUBLIC_IMAGE: 公共镜像 (腾讯云官方镜像) instance-type -String - 是否必填: 否 - (过滤条件) 按机型过滤支持的镜像image-name - String - 是否必填：否 - (过滤条件) 按镜像的名称模糊匹配，只能提供一个值image-os - String - 是否必填：否 - (过滤条件) 按镜像系统的名称模糊匹配，只能提供一个值 */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 10
     */
    Limit?: number | undefined;
}
/** Output of DescribeImage: 展示镜像列表 */
export interface DescribeImageResponse {
    /**
     * 镜像总数
     *
     * @example 20
     */
    TotalCount?: number | undefined;
    /** 镜像数组 */
    ImageSet?: Image[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImportImageOs: 查询外部导入镜像支持的OS列表 */
export interface DescribeImportImageOsRequest {
}
/** Output of DescribeImportImageOs: 查询外部导入镜像支持的OS列表 */
export interface DescribeImportImageOsResponse {
    /** 支持的导入镜像的操作系统类型 */
    ImportImageOsListSupported?: ImageOsList | undefined;
    /** 支持的导入镜像的操作系统版本 */
    ImportImageOsVersionSet?: OsVersion[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ImportCustomImage: 导入自定义镜像 */
export interface ImportCustomImageRequest {
    /** 镜像名称 */
    ImageName: string;
    /** 导入镜像的操作系统架构，x86_64 或 i386 */
    Architecture: string;
    /** 导入镜像的操作系统类型，通过DescribeImportImageOs获取 */
    OsType: string;
    /** 导入镜像的操作系统版本，通过DescribeImportImageOs获取 */
    OsVersion: string;
    /** 镜像描述 */
    ImageDescription?: string | undefined;
    /** 镜像启动方式，cloudinit或nbd， 默认cloudinit */
    InitFlag?: string | undefined;
    /** 镜像文件描述，多层镜像按顺序传入 */
    ImageUrls?: ImageUrl[] | undefined;
}
/** Output of ImportCustomImage: 导入自定义镜像 */
export interface ImportCustomImageResponse {
    /** 镜像ID */
    ImageId?: string | undefined;
    /** 异步任务ID，可根据DescribeCustomImageTask查询任务信息 */
    TaskId?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ImportImage: 导入镜像 */
export interface ImportImageRequest {
    /** 镜像的Id。 */
    ImageId: string;
    /** 镜像的描述。 */
    ImageDescription: string;
    /** 源地域 */
    SourceRegion: string;
}
/** Output of ImportImage: 导入镜像 */
export interface ImportImageResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyImageAttribute: 修改镜像属性 */
export interface ModifyImageAttributeRequest {
    /** 镜像ID，形如img-gvbnzy6f */
    ImageId: string;
    /**
     * 设置新的镜像名称；必须满足下列限制：不得超过20个字符。
     * - 镜像名称不能与已有镜像重复。
     */
    ImageName?: string | undefined;
    /**
     * 设置新的镜像描述；必须满足下列限制：
     * - 不得超过60个字符。
     */
    ImageDescription?: string | undefined;
}
/** Output of ModifyImageAttribute: 修改镜像属性 */
export interface ModifyImageAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignIpv6CidrBlock: 分配IPv6网段 */
export interface AssignIpv6CidrBlockRequest {
    /**
     * VPC实例ID，形如：vpc-f49l6u0z。
     *
     * @example vpc-f49l6u0z`
     */
    VpcId: string;
    /**
     * 网络运营商类型 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调
     *
     * @example CMCC
     */
    ISPType: string;
    /**
     * ECM地域。
     *
     * @example ap-hefei-ecm
     */
    EcmRegion?: string | undefined;
}
/** Output of AssignIpv6CidrBlock: 分配IPv6网段 */
export interface AssignIpv6CidrBlockResponse {
    /**
     * 分配的 IPv6 网段。形如：3402:4e00:20:1000::/56。
     *
     * @example 3402:4e00:20:1000::/56
     */
    Ipv6CidrBlock?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignIpv6CidrBlocks: 分配不同类型的IPv6网段 */
export interface AssignIpv6CidrBlocksRequest {
    /**
     * VPC实例ID，形如：vpc-f49l6u0z。
     *
     * @example vpc-rkxd3pgh
     */
    VpcId: string;
    /**
     * 网络运营商类型 取值范围:'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调
     *
     * @example [{"ISPType":"BGP", "Count":1}]
     */
    ISPTypes: ISPTypeItem[];
    /**
     * ECM地域。
     *
     * @example ap-hefei-ecm
     */
    EcmRegion?: string | undefined;
}
/** Output of AssignIpv6CidrBlocks: 分配不同类型的IPv6网段 */
export interface AssignIpv6CidrBlocksResponse {
    /** IPv6网段和所属运营商。 */
    IPv6CidrBlockSet?: ISPIPv6CidrBlock[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateVpc: 创建VPC */
export interface CreateVpcRequest {
    /**
     * vpc名称，最大长度不能超过60个字节。
     *
     * @example demo
     */
    VpcName: string;
    /**
     * vpc的cidr，只能为10.*.0.0/16，172.[16-31].0.0/16，192.168.0.0/16这三个内网网段内。
     *
     * @example 10.122.0.0/16
     */
    CidrBlock: string;
    /**
     * ECM 地域
     *
     * @example ap-hefei-ecm
     */
    EcmRegion: string;
    /**
     * 是否开启组播。true: 开启, false: 不开启。暂不支持
     *
     * @example true
     */
    EnableMulticast?: string | undefined;
    /**
     * DNS地址，最多支持4个，暂不支持
     *
     * @example ["8.8.8.8"]
     */
    DnsServers?: string[] | undefined;
    /**
     * 域名，暂不支持
     *
     * @example demo
     */
    DomainName?: string | undefined;
    /**
     * 指定绑定的标签列表，例如：[{"Key": "city", "Value": "shanghai"}]
     *
     * @example [{"Key": "env", "Value": "prod"}]
     */
    Tags?: Tag[] | undefined;
    /**
     * 描述信息
     *
     * @example demo
     */
    Description?: string | undefined;
    /**
     * 网络运营商类型 取值范围:'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调
     *
     * @example [{"ISPType":"BGP", "Count":1}]
     */
    ISPTypes?: ISPTypeItem[] | undefined;
}
/** Output of CreateVpc: 创建VPC */
export interface CreateVpcResponse {
    /** Vpc对象。 */
    Vpc?: VpcInfo | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteVpc: 删除VPC */
export interface DeleteVpcRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @example vpc-ila64qtl
     */
    VpcId: string;
    /**
     * ECM 地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
}
/** Output of DeleteVpc: 删除VPC */
export interface DeleteVpcResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeVpcs: 查询VPC列表 */
export interface DescribeVpcsRequest {
    /**
     * VPC实例ID。形如：vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。
     *
     * @example ["vpc-4tw1bxlq"]
     */
    VpcIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定VpcIds和Filters。vpc-name - String - VPC实例名称，只支持单值的模糊查询。vpc-id - String - VPC实例ID形如：vpc-f49l6u0z。cidr-block - String - vpc的cidr，只支持单值的模糊查询。region - String - vpc的region。tag-key - String -是否必填：否- 按照标签键进行过滤。tag:tag-key - String - 是否必填：否 - 按照标签键值对进行过滤。ipv6-cidr-block - String - 是否必填：否 - 按照IPv6 CIDR block进行过滤。isp-type - String - 是否必填：否 - 按照运营商（如CMCC, CUCC, CTCC）进行过滤。
     *
     * @example [{"Name": "tag-key", "Values": ["env"]}]
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量
     *
     * @example 10
     */
    Limit?: number | undefined;
    /**
     * 地域
     *
     * @example ap-hefei-ecm
     */
    EcmRegion?: string | undefined;
    /**
     * 排序方式：time时间倒序, default按照网络规划排序
     *
     * @example default
     */
    Sort?: string | undefined;
}
/** Output of DescribeVpcs: 查询VPC列表 */
export interface DescribeVpcsResponse {
    /**
     * 符合条件的对象数。
     *
     * @example 5
     */
    TotalCount?: number | undefined;
    /** 私有网络对象。 */
    VpcSet?: VpcInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyVpcAttribute: 修改VPC属性 */
export interface ModifyVpcAttributeRequest {
    /**
     * VPC实例ID。形如：vpc-f49l6u0z。
     *
     * @example vpc-m7sr81gh
     */
    VpcId: string;
    /**
     * ECM 地域
     *
     * @example ap-shenyang-ecm-cu
     */
    EcmRegion: string;
    /**
     * 私有网络名称，可任意命名，但不得超过60个字符。
     *
     * @example TEST
     */
    VpcName?: string | undefined;
    /** 标签 */
    Tags?: Tag[] | undefined;
    /**
     * 私有网络描述
     *
     * @example TEST
     */
    Description?: string | undefined;
    /**
     * DNS地址，最多支持4个，第1个默认为主，其余为备。
     *
     * @example ['183.60.83.19']
     */
    DnsServers?: string[] | undefined;
    /**
     * 域名。
     *
     * @example TEST
     */
    DomainName?: string | undefined;
}
/** Output of ModifyVpcAttribute: 修改VPC属性 */
export interface ModifyVpcAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of QueryVpcTaskResult: 查询Vpc异步任务请求结果 */
export interface QueryVpcTaskResultRequest {
    /**
     * 无
     *
     * @example 92126c28-17f4-4c93-b295-fed5d759f2f9
     */
    TaskId: string;
}
/** Output of QueryVpcTaskResult: 查询Vpc异步任务请求结果 */
export interface QueryVpcTaskResultResponse {
    /**
     * 执行结果，包括"SUCCESS", "FAILED", "RUNNING"
     *
     * @example SUCCESS
     */
    Status?: string | undefined;
    /**
     * 异步任务执行输出。
     *
     * @example SUCCESS
     */
    Output?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSubnet: 创建子网 */
export interface CreateSubnetRequest {
    /**
     * 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @example vpc-gunajtt9
     */
    VpcId: string;
    /**
     * 子网名称，最大长度不能超过60个字节。
     *
     * @example demo
     */
    SubnetName: string;
    /**
     * 子网网段，子网网段必须在VPC网段内，相同VPC内子网网段不能重叠。
     *
     * @example 10.122.1.0/24
     */
    CidrBlock: string;
    /**
     * 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备。
     *
     * @example ap-hefei-ecm-1
     */
    Zone: string;
    /**
     * ECM 地域
     *
     * @example ap-hefei-ecm
     */
    EcmRegion: string;
    /**
     * 指定绑定的标签列表，例如：[{"Key": "city", "Value": "shanghai"}]
     *
     * @example [{"Key": "env", "Value": "prod"}]
     */
    Tags?: Tag[] | undefined;
    /**
     * IPv6 CIDR
     *
     * @example 2409:8c30:141:12::/64
     */
    IPv6CidrBlock?: string | undefined;
}
/** Output of CreateSubnet: 创建子网 */
export interface CreateSubnetResponse {
    /** 子网对象。 */
    Subnet?: Subnet | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSubnets: 查询子网列表 */
export interface DescribeSubnetsRequest {
    /**
     * 子网实例ID查询。形如：subnet-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定SubnetIds和Filters。
     *
     * @example ["subnet-4tw1bxlq"]
     */
    SubnetIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定SubnetIds和Filters。subnet-id - String - Subnet实例名称。subnet-name - String - 子网名称。只支持单值的模糊查询。cidr-block - String - 子网网段，形如: 192.168.1.0 。只支持单值的模糊查询。vpc-id - String - VPC实例ID，形如：vpc-f49l6u0z。vpc-cidr-block - String - vpc网段，形如: 192.168.1.0 。只支持单值的模糊查询。region - String - ECM地域zone - String - 可用区。tag-key - String -是否必填：否- 按照标签键进行过滤。ipv6-cidr-block- String - 是否必填：否 - 按照IPv6 CIDR进行过滤。isp-type - String - 是否必填：否 - 按照运营商类型( 如CMCC，CUCC， CTCC)进行过滤。
     *
     * @example [{"Name": "tag-key", "Values": ["env"]}]
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量
     *
     * @example 0
     */
    Offset?: string | undefined;
    /**
     * 返回数量
     *
     * @example 10
     */
    Limit?: string | undefined;
    /**
     * ECM 地域
     *
     * @example ap-hefei-ecm
     */
    EcmRegion?: string | undefined;
    /**
     * 排序方式：time时间倒序, default按照网络规划排序
     *
     * @example default
     */
    Sort?: string | undefined;
}
/** Output of DescribeSubnets: 查询子网列表 */
export interface DescribeSubnetsResponse {
    /**
     * 符合条件的实例数量。
     *
     * @example 10
     */
    TotalCount?: number | undefined;
    /** 子网对象。 */
    SubnetSet?: Subnet[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifySubnetAttribute: 修改子网属性 */
export interface ModifySubnetAttributeRequest {
    /**
     * 子网实例ID。形如：subnet-pxir56ns。
     *
     * @example subnet-ae71tjp6
     */
    SubnetId: string;
    /**
     * ECM 地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 子网名称，最大长度不能超过60个字节。
     *
     * @example demo
     */
    SubnetName?: string | undefined;
    /**
     * 子网是否开启广播。
     *
     * @example TRUE
     */
    EnableBroadcast?: string | undefined;
    /**
     * 子网的标签键值
     *
     * @example [{"Key": "env", "Value": "prod"}]
     */
    Tags?: Tag[] | undefined;
}
/** Output of ModifySubnetAttribute: 修改子网属性 */
export interface ModifySubnetAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSubnet: 删除子网 */
export interface DeleteSubnetRequest {
    /**
     * 子网实例ID。可通过DescribeSubnets接口返回值中的SubnetId获取。
     *
     * @example subnet-jxa0xg1o
     */
    SubnetId: string;
    /**
     * ECM 地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
}
/** Output of DeleteSubnet: 删除子网 */
export interface DeleteSubnetResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDefaultSubnet: 修改默认子网 */
export interface ModifyDefaultSubnetRequest {
    /**
     * ECM地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * ECM可用区
     *
     * @example ap-hangzhou-ecm-1
     */
    Zone: string;
    /**
     * 私有网络ID
     *
     * @example vpc-cp6wknwh
     */
    VpcId: string;
    /**
     * 子网ID
     *
     * @example subnet-jxa0xg1o
     */
    SubnetId: string;
}
/** Output of ModifyDefaultSubnet: 修改默认子网 */
export interface ModifyDefaultSubnetResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignIpv6SubnetCidrBlock: 分配IPv6子网段 */
export interface AssignIpv6SubnetCidrBlockRequest {
    /**
     * 子网所在私有网络ID。形如：vpc-f49l6u0z。
     *
     * @example vpc-f49l6u0z
     */
    VpcId: string;
    /** 分配 IPv6 子网段列表。 */
    Ipv6SubnetCidrBlocks: Ipv6SubnetCidrBlock[];
    /**
     * ECM地域。
     *
     * @example ap-hefei-ecm
     */
    EcmRegion?: string | undefined;
}
/** Output of AssignIpv6SubnetCidrBlock: 分配IPv6子网段 */
export interface AssignIpv6SubnetCidrBlockResponse {
    /**
     * 分配 IPv6 子网段列表。
     *
     * @example [{ "SubnetId": "subnet-oy2v3j92", "Ipv6CidrBlock":"2402:4e00:1717:8700::/64", "ISPType": "BGP"} ]
     */
    Ipv6SubnetCidrBlockSet?: Ipv6SubnetCidrBlock[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDefaultSubnet: 查询可用区的默认子网 */
export interface DescribeDefaultSubnetRequest {
    /**
     * ECM地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * ECM可用区
     *
     * @example ap-hangzhou-ecm-1
     */
    Zone: string;
}
/** Output of DescribeDefaultSubnet: 查询可用区的默认子网 */
export interface DescribeDefaultSubnetResponse {
    /** 默认子网信息，若无子网，则为空数据。 */
    Subnet?: Subnet | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of UnassignIpv6SubnetCidrBlock: 释放IPv6子网段 */
export interface UnassignIpv6SubnetCidrBlockRequest {
    /**
     * 子网所在私有网络ID。形如：vpc-f49l6u0z。
     *
     * @example vpc-q26u781x
     */
    VpcId: string;
    /**
     * IPv6 子网段列表。
     *
     * @example [{'SubnetId': 'subnet-8uwg949c'}]
     */
    Ipv6SubnetCidrBlocks: Ipv6SubnetCidrBlock[];
    /**
     * ECM地域。
     *
     * @example ap-hefei-ecm
     */
    EcmRegion?: string | undefined;
}
/** Output of UnassignIpv6SubnetCidrBlock: 释放IPv6子网段 */
export interface UnassignIpv6SubnetCidrBlockResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateRouteTable: 创建路由表 */
export interface CreateRouteTableRequest {
    /**
     * 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @example vpc-loibq08z
     */
    VpcId: string;
    /**
     * 路由表名称，最大长度不能超过60个字节。
     *
     * @example 测试路由表
     */
    RouteTableName: string;
    /**
     * ecm地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
}
/** Output of CreateRouteTable: 创建路由表 */
export interface CreateRouteTableResponse {
    /** 路由表对象 */
    RouteTable?: RouteTable | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeRouteTables: 查询路由表对象列表 */
export interface DescribeRouteTablesRequest {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @example ["rtb-azd4dt1c"]
     */
    RouteTableIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定RouteTableIds和Filters。route-table-id - String - （过滤条件）路由表实例ID。route-table-name - String - （过滤条件）路由表名称。vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。association.main - String - （过滤条件）是否主路由表。
     *
     * @example [{"Name": "route-table-id", "Values": ["rtb-ms7c7gcr"]}]
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 限数
     *
     * @example 10
     */
    Limit?: number | undefined;
    /**
     * ECM 地域，传空或不传表示所有区域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion?: string | undefined;
}
/** Output of DescribeRouteTables: 查询路由表对象列表 */
export interface DescribeRouteTablesResponse {
    /**
     * 符合条件的实例数量
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /** 路由表列表 */
    RouteTableSet?: RouteTable[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceRouteTableAssociation: 替换路由表绑定关系 */
export interface ReplaceRouteTableAssociationRequest {
    /**
     * 子网实例ID，例如：subnet-3x5lf5q0。可通过DescribeSubnets接口查询。
     *
     * @example subnet-q2079ils
     */
    SubnetId: string;
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @example rtb-n0yejvje
     */
    RouteTableId: string;
    /**
     * ECM 地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
}
/** Output of ReplaceRouteTableAssociation: 替换路由表绑定关系 */
export interface ReplaceRouteTableAssociationResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyRouteTableAttribute: 修改路由表属性 */
export interface ModifyRouteTableAttributeRequest {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c
     *
     * @example rtb-n0yejvje
     */
    RouteTableId: string;
    /**
     * 路由表名称
     *
     * @example NewRouteTableName
     */
    RouteTableName: string;
}
/** Output of ModifyRouteTableAttribute: 修改路由表属性 */
export interface ModifyRouteTableAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetRoutes: 重置路由表名称和路由策略 */
export interface ResetRoutesRequest {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @example rtb-n0yejvje
     */
    RouteTableId: string;
    /**
     * 路由表名称，最大长度不能超过60个字节。
     *
     * @example ResetRouteTableName
     */
    RouteTableName: string;
    /** 路由策略。 */
    Routes: Route[];
}
/** Output of ResetRoutes: 重置路由表名称和路由策略 */
export interface ResetRoutesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteRouteTable: 删除路由表 */
export interface DeleteRouteTableRequest {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c
     *
     * @example rtb-azd4dt1c
     */
    RouteTableId: string;
}
/** Output of DeleteRouteTable: 删除路由表 */
export interface DeleteRouteTableResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateRoutes: 创建路由策略 */
export interface CreateRoutesRequest {
    /**
     * 路由表实例ID。
     *
     * @example rtb-n0yejvje
     */
    RouteTableId: string;
    /**
     * 要创建的路由策略对象。
     *
     * @example [{"DestinationCidrBlock": "10.2.2.0/24", "GatewayType": "NAT", "GatewayId": "nat-irmuq4z4","Enabled": true}]
     */
    Routes: Route[];
}
/** Output of CreateRoutes: 创建路由策略 */
export interface CreateRoutesResponse {
    /**
     * 新增的实例个数。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /**
     * 路由表对象。
     *
     * @example [{"RouteSet": [], "RouteTableId": "rtb-n0yejvje", "VpcId": "vpc-k23blx7p", "Main": false,"RouteTableName": "demo"}]
     */
    RouteTableSet?: RouteTable[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceRoutes: 替换路由策略 */
export interface ReplaceRoutesRequest {
    /**
     * 路由表实例ID。
     *
     * @example rtb-n0yejvje
     */
    RouteTableId: string;
    /** 路由策略对象。 */
    Routes: Route[];
}
/** Output of ReplaceRoutes: 替换路由策略 */
export interface ReplaceRoutesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeRouteConflicts: 查询路由策略冲突列表 */
export interface DescribeRouteConflictsRequest {
    /**
     * 路由表实例ID，例如：rtb-azd4dt1c。
     *
     * @example rtb-q8o2z892
     */
    RouteTableId: string;
    /**
     * 要检查的与之冲突的目的端列表
     *
     * @example ["10.11.0.0/24"]
     */
    DestinationCidrBlocks: string[];
}
/** Output of DescribeRouteConflicts: 查询路由策略冲突列表 */
export interface DescribeRouteConflictsResponse {
    /**
     * 路由策略冲突列表
     *
     * @example [{"RouteTableId": " rtb-ms7c7gcr", "DestinationCidrBlock": "10.2.2.0/24", "ConflictSet":[]}]
     */
    RouteConflictSet?: RouteConflict[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnableRoutes: 启用子网路由 */
export interface EnableRoutesRequest {
    /**
     * 路由表唯一ID。
     *
     * @example rtb-12345678
     */
    RouteTableId: string;
    /**
     * 路由策略ID。
     *
     * @example ["678\n"]
     */
    RouteIds: number[];
}
/** Output of EnableRoutes: 启用子网路由 */
export interface EnableRoutesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisableRoutes: 禁用子网路由 */
export interface DisableRoutesRequest {
    /**
     * 路由表唯一ID。
     *
     * @example rtb-12345678
     */
    RouteTableId: string;
    /**
     * 路由策略ID。
     *
     * @example ["678\n"]
     */
    RouteIds: number[];
}
/** Output of DisableRoutes: 禁用子网路由 */
export interface DisableRoutesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteRoutes: 删除路由策略 */
export interface DeleteRoutesRequest {
    /**
     * 路由表唯一ID。
     *
     * @example rtb-12345678
     */
    RouteTableId: string;
    /** 路由策略对象。 */
    Routes: Route[];
}
/** Output of DeleteRoutes: 删除路由策略 */
export interface DeleteRoutesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of BatchDeregisterTargets: 批量解绑后端服务 */
export interface BatchDeregisterTargetsRequest {
    /** 负载均衡ID */
    LoadBalancerId: string;
    /** 解绑目标 */
    Targets: BatchTarget[];
}
/** Output of BatchDeregisterTargets: 批量解绑后端服务 */
export interface BatchDeregisterTargetsResponse {
    /** 解绑失败的监听器ID */
    FailListenerIdSet?: string[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of BatchModifyTargetWeight: 批量修改监听器绑定的后端机器的转发权重 */
export interface BatchModifyTargetWeightRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 要批量修改权重的列表 */
    ModifyList: TargetsWeightRule[];
}
/** Output of BatchModifyTargetWeight: 批量修改监听器绑定的后端机器的转发权重 */
export interface BatchModifyTargetWeightResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of BatchRegisterTargets: 批量绑定后端目标 */
export interface BatchRegisterTargetsRequest {
    /** 负载均衡ID */
    LoadBalancerId: string;
    /** 绑定目标 */
    Targets: BatchTarget[];
}
/** Output of BatchRegisterTargets: 批量绑定后端目标 */
export interface BatchRegisterTargetsResponse {
    /** 绑定失败的监听器ID，如为空表示全部绑定成功。 */
    FailListenerIdSet?: string[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateListener: 创建负载均衡监听器 */
export interface CreateListenerRequest {
    /**
     * 负载均衡实例 ID
     *
     * @example lb-f9zyj3kb
     */
    LoadBalancerId: string;
    /**
     * 要将监听器创建到哪些端口，每个端口对应一个新的监听器
     *
     * @example ["13001\n","13002\n","13003\n"]
     */
    Ports: number[];
    /**
     * 监听器协议： TCP | UDP
     *
     * @example TCP
     */
    Protocol: string;
    /**
     * 要创建的监听器名称列表，名称与Ports数组按序一一对应，如不需立即命名，则无需提供此参数
     *
     * @example ["lis0\n","lis1\n"]
     */
    ListenerNames?: string[] | undefined;
    /** 健康检查相关参数 */
    HealthCheck?: HealthCheck | undefined;
    /**
     * 会话保持时间，单位：秒。可选值：30~3600，默认 0，表示不开启。此参数仅适用于TCP/UDP监听器。
     *
     * @example 60
     */
    SessionExpireTime?: number | undefined;
    /**
     * 监听器转发的方式。可选值：WRR、LEAST_CONN分别表示按权重轮询、最小连接数， 默认为 WRR。
     *
     * @example WRR
     */
    Scheduler?: string | undefined;
    /**
     * 会话保持类型。不传或传NORMAL表示默认会话保持类型。QUIC_CID 表示根据Quic Connection ID做会话保持。QUIC_CID只支持UDP协议。
     *
     * @example NORMAL
     */
    SessionType?: string | undefined;
    /**
     * 批量端口段的结束端口，必须和Ports长度一样。
     *
     * @example [80,81]
     */
    EndPorts?: number[] | undefined;
}
/** Output of CreateListener: 创建负载均衡监听器 */
export interface CreateListenerResponse {
    /**
     * 创建的监听器的唯一标识数组
     *
     * @example ["lbl-knd4jr8m","lbl-2fcyclbg","lbl-m5f7z60y"]
     */
    ListenerIds?: string[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLoadBalancer: 购买负载均衡实例 */
export interface CreateLoadBalancerRequest {
    /**
     * ECM区域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 负载均衡实例的网络类型。目前只支持传入OPEN，表示公网属性。
     *
     * @example OPEN
     */
    LoadBalancerType: string;
    /**
     * CMCC | CTCC | CUCC，分别对应 移动 | 电信 | 联通。
     *
     * @example CUCC
     */
    VipIsp: string;
    /**
     * 负载均衡实例的名称，只在创建一个实例的时候才会生效。规则：1-50 个英文、汉字、数字、连接线“-”或下划线“_”。注意：如果名称与系统中已有负载均衡实例的名称相同，则系统将会自动生成此次创建的负载均衡实例的名称。
     *
     * @example testname
     */
    LoadBalancerName?: string | undefined;
    /**
     * 负载均衡后端目标设备所属的网络 ID，如vpc-12345678。
     *
     * @example vpc-12345678
     */
    VpcId?: string | undefined;
    /** 创建负载均衡的个数，默认值 1。 */
    Number?: number | undefined;
    /** 负载均衡的带宽限制等信息。 */
    InternetAccessible?: LoadBalancerInternetAccessible | undefined;
    /** 标签。 */
    Tags?: TagInfo[] | undefined;
    /** 安全组。 */
    SecurityGroups?: string[] | undefined;
    /**
     * 仅适用于公网负载均衡。IP版本，可取值：IPV4、IPv6FullChain，默认值 IPV4。说明：取值为IPv6FullChain，表示为IPv6版本。
     *
     * @example IPV4
     */
    AddressIPVersion?: string | undefined;
    /**
     * 在购买IPV6负载均衡实例的情况下，必须指定子网 ID, 此参数必填；IPv4实例不支持该参数。
     *
     * @example subnet-dva8****
     */
    SubnetId?: string | undefined;
}
/** Output of CreateLoadBalancer: 购买负载均衡实例 */
export interface CreateLoadBalancerResponse {
    /**
     * 由负载均衡实例ID组成的数组
     *
     * @example ["lb-mov2697v"]
     */
    LoadBalancerIds?: string[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteListener: 删除负载均衡监听器 */
export interface DeleteListenerRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 要删除的监听器 ID */
    ListenerId: string;
}
/** Output of DeleteListener: 删除负载均衡监听器 */
export interface DeleteListenerResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLoadBalancer: 删除负载均衡实例 */
export interface DeleteLoadBalancerRequest {
    /** 要删除的负载均衡实例 ID数组，数组大小最大支持20 */
    LoadBalancerIds?: string[] | undefined;
}
/** Output of DeleteLoadBalancer: 删除负载均衡实例 */
export interface DeleteLoadBalancerResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLoadBalancerListeners: 删除负载均衡多个监听器 */
export interface DeleteLoadBalancerListenersRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 指定删除的监听器ID数组，若不填则删除负载均衡的所有监听器 */
    ListenerIds?: string[] | undefined;
}
/** Output of DeleteLoadBalancerListeners: 删除负载均衡多个监听器 */
export interface DeleteLoadBalancerListenersResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeListeners: 查询负载均衡的监听器列表 */
export interface DescribeListenersRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 要查询的负载均衡监听器 ID数组 */
    ListenerIds?: string[] | undefined;
    /** 要查询的监听器协议类型，取值 TCP | UDP */
    Protocol?: string | undefined;
    /** 要查询的监听器的端口 */
    Port?: number | undefined;
}
/** Output of DescribeListeners: 查询负载均衡的监听器列表 */
export interface DescribeListenersResponse {
    /** 监听器列表 */
    Listeners?: Listener[] | null | undefined;
    /** 总的监听器个数 */
    TotalCount?: number | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLoadBalanceTaskStatus: 查询负载均衡相关的任务状态 */
export interface DescribeLoadBalanceTaskStatusRequest {
    /** 请求ID，即接口返回的 RequestId 参数 */
    TaskId: string;
}
/** Output of DescribeLoadBalanceTaskStatus: 查询负载均衡相关的任务状态 */
export interface DescribeLoadBalanceTaskStatusResponse {
    /** 任务的当前状态。 0：成功，1：失败，2：进行中。 */
    Status?: number | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLoadBalancers: 查询负载均衡实例列表 */
export interface DescribeLoadBalancersRequest {
    /** 区域。如果不传则默认查询所有区域。 */
    EcmRegion?: string | undefined;
    /** 负载均衡实例 ID。 */
    LoadBalancerIds?: string[] | undefined;
    /** 负载均衡实例的名称。 */
    LoadBalancerName?: string | undefined;
    /** 负载均衡实例的 VIP 地址，支持多个。 */
    LoadBalancerVips?: string[] | undefined;
    /** 负载均衡绑定的后端服务的内网 IP。 */
    BackendPrivateIps?: string[] | undefined;
    /** 数据偏移量，默认为 0。 */
    Offset?: number | undefined;
    /** 返回负载均衡实例的数量，默认为20，最大值为100。 */
    Limit?: number | undefined;
    /** 负载均衡是否绑定后端服务，0：没有绑定后端服务，1：绑定后端服务，-1：查询全部。如果不传则默认查询全部。 */
    WithBackend?: number | undefined;
    /** 负载均衡实例所属私有网络唯一ID，如 vpc-bhqkbhdx。 */
    VpcId?: string | undefined;
    /** 每次请求的Filters的上限为10，Filter.Values的上限为100。详细的过滤条件如下：tag-key - String - 是否必填：否 - （过滤条件）按照标签的键过滤。 */
    Filters?: Filter[] | undefined;
    /** 安全组。 */
    SecurityGroup?: string | undefined;
}
/** Output of DescribeLoadBalancers: 查询负载均衡实例列表 */
export interface DescribeLoadBalancersResponse {
    /** 满足过滤条件的负载均衡实例总数。此数值与入参中的Limit无关。 */
    TotalCount?: number | null | undefined;
    /** 返回的负载均衡实例数组。 */
    LoadBalancerSet?: LoadBalancer[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTargetHealth: 获取负载均衡后端服务的健康检查状态 */
export interface DescribeTargetHealthRequest {
    /** 要查询的负载均衡实例 ID列表 */
    LoadBalancerIds: string[];
}
/** Output of DescribeTargetHealth: 获取负载均衡后端服务的健康检查状态 */
export interface DescribeTargetHealthResponse {
    /** 负载均衡实例列表 */
    LoadBalancers?: LoadBalancerHealth[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTargets: 查询负载均衡绑定的后端服务列表 */
export interface DescribeTargetsRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 监听器 ID列表 */
    ListenerIds?: string[] | undefined;
    /** 监听器协议类型 */
    Protocol?: number | undefined;
    /** 监听器端口 */
    Port?: number | undefined;
}
/** Output of DescribeTargets: 查询负载均衡绑定的后端服务列表 */
export interface DescribeTargetsResponse {
    /** 监听器后端绑定的机器信息 */
    Listeners?: ListenerBackend[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyListener: 修改负载均衡监听器属性 */
export interface ModifyListenerRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 负载均衡监听器 ID */
    ListenerId: string;
    /** 新的监听器名称 */
    ListenerName?: string | undefined;
    /** 会话保持时间，单位：秒。可选值：30~3600，默认 0，表示不开启。此参数仅适用于TCP/UDP监听器。 */
    SessionExpireTime?: number | undefined;
    /** 健康检查相关参数 */
    HealthCheck?: HealthCheck | undefined;
    /** 监听器转发的方式。可选值：WRR、LEAST_CONN分别表示按权重轮询、最小连接数， 默认为 WRR。 */
    Scheduler?: string | undefined;
}
/** Output of ModifyListener: 修改负载均衡监听器属性 */
export interface ModifyListenerResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyLoadBalancerAttributes: 修改负载均衡实例的属性 */
export interface ModifyLoadBalancerAttributesRequest {
    /** 负载均衡的唯一ID */
    LoadBalancerId: string;
    /** 负载均衡实例名称 */
    LoadBalancerName?: string | undefined;
    /** 网络计费及带宽相关参数 */
    InternetChargeInfo?: LoadBalancerInternetAccessible | undefined;
    /** Target是否放通来自ELB的流量。开启放通（true）：只验证ELB上的安全组；不开启放通（false）：需同时验证ELB和后端实例上的安全组。 */
    LoadBalancerPassToTarget?: boolean | undefined;
}
/** Output of ModifyLoadBalancerAttributes: 修改负载均衡实例的属性 */
export interface ModifyLoadBalancerAttributesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyTargetPort: 修改监听器绑定的后端机器的端口 */
export interface ModifyTargetPortRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 负载均衡监听器 ID */
    ListenerId: string;
    /** 要修改端口的后端服务列表 */
    Targets: Target[];
    /** 后端服务绑定到监听器或转发规则的新端口 */
    NewPort: number;
}
/** Output of ModifyTargetPort: 修改监听器绑定的后端机器的端口 */
export interface ModifyTargetPortResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyTargetWeight: 修改监听器绑定的后端机器的转发权重 */
export interface ModifyTargetWeightRequest {
    /** 负载均衡实例 ID */
    LoadBalancerId: string;
    /** 负载均衡监听器 ID */
    ListenerId: string;
    /** 要修改权重的后端服务列表 */
    Targets: Target[];
    /** 后端服务新的转发权重，取值范围：0~100，默认值10。如果设置了 Targets.Weight 参数，则此参数不生效。 */
    Weight?: number | undefined;
}
/** Output of ModifyTargetWeight: 修改监听器绑定的后端机器的转发权重 */
export interface ModifyTargetWeightResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of SetLoadBalancerSecurityGroups: 设置负载均衡实例的安全组 */
export interface SetLoadBalancerSecurityGroupsRequest {
    /**
     * 负载均衡实例 ID
     *
     * @example lb-cuxw2rxx
     */
    LoadBalancerId: string;
    /**
     * 安全组ID构成的数组，一个负载均衡实例最多可绑定5个安全组，如果要解绑所有安全组，可不传此参数，或传入空数组
     *
     * @example sg-0936o7xx
     */
    SecurityGroups?: string[] | undefined;
}
/** Output of SetLoadBalancerSecurityGroups: 设置负载均衡实例的安全组 */
export interface SetLoadBalancerSecurityGroupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of SetSecurityGroupForLoadbalancers: 绑定或解绑一个安全组到多个负载均衡实例 */
export interface SetSecurityGroupForLoadbalancersRequest {
    /**
     * 负载均衡实例ID数组
     *
     * @example lb-5b70qdxx
     */
    LoadBalancerIds: string[];
    /**
     * 安全组ID，如 esg-12345678
     *
     * @example sg-12345678
     */
    SecurityGroup: string;
    /**
     * ADD 绑定安全组；DEL 解绑安全组
     *
     * @example ADD
     */
    OperationType: string;
}
/** Output of SetSecurityGroupForLoadbalancers: 绑定或解绑一个安全组到多个负载均衡实例 */
export interface SetSecurityGroupForLoadbalancersResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateNetworkInterface: 创建弹性网卡 */
export interface CreateNetworkInterfaceRequest {
    /**
     * VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
     *
     * @example vpc-4tw1bxlq
     */
    VpcId: string;
    /**
     * 弹性网卡名称，最大长度不能超过60个字节。
     *
     * @example demo
     */
    NetworkInterfaceName: string;
    /**
     * 弹性网卡所在的子网实例ID，例如：subnet-0ap8nwca。
     *
     * @example subnet-6zwa44xm
     */
    SubnetId: string;
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 弹性网卡描述，可任意命名，但不得超过60个字符。
     *
     * @example demo
     */
    NetworkInterfaceDescription?: string | undefined;
    /**
     * 新申请的内网IP地址个数，内网IP地址个数总和不能超过配额数。
     *
     * @example 1
     */
    SecondaryPrivateIpAddressCount?: number | undefined;
    /**
     * 指定绑定的安全组，例如：['sg-1dd51d']。
     *
     * @example ["esg-d5fk1x7n"]
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * 指定的内网IP信息，单次最多指定10个。
     *
     * @example [{"PrivateIpAddress": "10.0.0.11"}]
     */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /**
     * 指定绑定的标签列表，例如：[{"Key": "city", "Value": "shanghai"}]
     *
     * @example [{"Key": "env", "Value": "prod"}]
     */
    Tags?: Tag[] | undefined;
}
/** Output of CreateNetworkInterface: 创建弹性网卡 */
export interface CreateNetworkInterfaceResponse {
    /** 弹性网卡实例。 */
    NetworkInterface?: NetworkInterface | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetworkInterfaces: 查询弹性网卡列表 */
export interface DescribeNetworkInterfacesRequest {
    /**
     * 弹性网卡实例ID查询。形如：eni-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定NetworkInterfaceIds和Filters。
     *
     * @example ["eni-4tw1bxlq"]
     */
    NetworkInterfaceIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定NetworkInterfaceIds和Filters。vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。subnet-id - String - （过滤条件）所属子网实例ID，形如：subnet-f49l6u0z。network-interface-id - String - （过滤条件）弹性网卡实例ID，形如：eni-5k56k7k7。attachment.instance-id - String - （过滤条件）绑定的云服务器实例ID，形如：ein-3nqpdn3i。groups.security-group-id - String - （过滤条件）绑定的安全组实例ID，例如：sg-f9ekbxeq。network-interface-name - String - （过滤条件）网卡实例名称。network-interface-description - String - （过滤条件）网卡实例描述。address-ip - String - （过滤条件）内网IPv4地址。tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。is-primary - Boolean - 是否必填：否 - （过滤条件）按照是否主网卡进行过滤。值为true时，仅过滤主网卡；值为false时，仅过滤辅助网卡；次过滤参数为提供时，同时过滤主网卡和辅助网卡。
     *
     * @example [{"Name": "vpc-id", "Values": ["vpc-ms7c7gcr"]}]
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hefei-ecm
     */
    EcmRegion?: string | undefined;
}
/** Output of DescribeNetworkInterfaces: 查询弹性网卡列表 */
export interface DescribeNetworkInterfacesResponse {
    /**
     * 符合条件的实例数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 实例详细信息列表。 */
    NetworkInterfaceSet?: NetworkInterface[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AttachNetworkInterface: 弹性网卡绑定云主机 */
export interface AttachNetworkInterfaceRequest {
    /**
     * 弹性网卡实例ID，例如：eni-m6dyj72l。
     *
     * @example eni-m6dyj72l
     */
    NetworkInterfaceId: string;
    /**
     * 实例ID。形如：ein-r8hr2upy。
     *
     * @example ein-r8hr2upy
     */
    InstanceId: string;
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
}
/** Output of AttachNetworkInterface: 弹性网卡绑定云主机 */
export interface AttachNetworkInterfaceResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachNetworkInterface: 弹性网卡解绑云主机 */
export interface DetachNetworkInterfaceRequest {
    /**
     * 弹性网卡实例ID，例如：eni-m6dyj72l。
     *
     * @example eni-ms7c7gcr
     */
    NetworkInterfaceId: string;
    /**
     * 实例ID。形如：ein-hcs7jkg4
     *
     * @example ins-6zwa44xm
     */
    InstanceId: string;
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
}
/** Output of DetachNetworkInterface: 弹性网卡解绑云主机 */
export interface DetachNetworkInterfaceResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of MigrateNetworkInterface: 弹性网卡迁移 */
export interface MigrateNetworkInterfaceRequest {
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 弹性网卡实例ID，例如：eni-m6dyj72l。
     *
     * @example eni-4tw1bxlq
     */
    NetworkInterfaceId: string;
    /**
     * 弹性网卡当前绑定的ECM实例ID。形如：ein-r8hr2upy。
     *
     * @example ins-ms7c7gcr
     */
    SourceInstanceId: string;
    /**
     * 待迁移的目的ECM实例ID。
     *
     * @example ins-6zwa44xm
     */
    DestinationInstanceId: string;
}
/** Output of MigrateNetworkInterface: 弹性网卡迁移 */
export interface MigrateNetworkInterfaceResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignPrivateIpAddresses: 弹性网卡申请内网 IP */
export interface AssignPrivateIpAddressesRequest {
    /**
     * 弹性网卡实例ID，例如：eni-m6dyj72l。
     *
     * @example eni-ms7c7gcr
     */
    NetworkInterfaceId: string;
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 指定的内网IP信息，单次最多指定10个。与SecondaryPrivateIpAddressCount至少提供一个。
     *
     * @example [{"PrivateIpAddress": "10.0.0.11"}]
     */
    PrivateIpAddresses?: PrivateIpAddressSpecification[] | undefined;
    /**
     * 新申请的内网IP地址个数，与PrivateIpAddresses至少提供一个。内网IP地址个数总和不能超过配额数
     *
     * @example 1
     */
    SecondaryPrivateIpAddressCount?: number | undefined;
}
/** Output of AssignPrivateIpAddresses: 弹性网卡申请内网 IP */
export interface AssignPrivateIpAddressesResponse {
    /**
     * 内网IP详细信息。
     *
     * @example [{"PrivateIpAddress": "172.16.32.237"}]
     */
    PrivateIpAddressSet?: PrivateIpAddressSpecification[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RemovePrivateIpAddresses: 弹性网卡退还内网 IP */
export interface RemovePrivateIpAddressesRequest {
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 弹性网卡实例ID，例如：eni-11112222。
     *
     * @example eni-ms7c7gcr
     */
    NetworkInterfaceId: string;
    /**
     * 指定的内网IP信息，单次最多指定10个。
     *
     * @example [{"PrivateIpAddress": "172.16.32.111"}]
     */
    PrivateIpAddresses: PrivateIpAddressSpecification[];
}
/** Output of RemovePrivateIpAddresses: 弹性网卡退还内网 IP */
export interface RemovePrivateIpAddressesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of MigratePrivateIpAddress: 弹性网卡内网IP迁移 */
export interface MigratePrivateIpAddressRequest {
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 当前内网IP绑定的弹性网卡实例ID，例如：eni-11112222。
     *
     * @example eni-12121212
     */
    SourceNetworkInterfaceId: string;
    /**
     * 待迁移的目的弹性网卡实例ID。
     *
     * @example eni-13131313
     */
    DestinationNetworkInterfaceId: string;
    /**
     * 迁移的内网IP地址，例如：10.0.0.6。
     *
     * @example 172.16.33.109
     */
    PrivateIpAddress: string;
}
/** Output of MigratePrivateIpAddress: 弹性网卡内网IP迁移 */
export interface MigratePrivateIpAddressResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssignIpv6Addresses: 分配IPv6地址 */
export interface AssignIpv6AddressesRequest {
    /**
     * ECM 地域
     *
     * @example ap-xian-ecm
     */
    EcmRegion: string;
    /**
     * 弹性网卡实例ID，形如：eni-1snva0vd。目前只支持主网卡上分配。
     *
     * @example eni-1snva0vd
     */
    NetworkInterfaceId: string;
    /** 指定的IPv6地址列表，单次最多指定10个。与入参Ipv6AddressCount合并计算配额。与Ipv6AddressCount必填一个。 */
    Ipv6Addresses?: Ipv6Address[] | undefined;
    /**
     * 自动分配IPv6地址个数，内网IP地址个数总和不能超过配数。与入参Ipv6Addresses合并计算配额。与Ipv6Addresses必填一个。
     *
     * @example 1
     */
    Ipv6AddressCount?: number | undefined;
    /**
     * ipv6运营商如下：
     * CTCC：中国电信
     * CUCC：中国联通
     * CMCC：中国移动
     *
     * @example CTCC
     */
    ISPType?: "CTCC" | "CUCC" | "CMCC" | (string & {}) | undefined;
    /**
     * 是否跳过校验一个网卡只能分配一个IPv6 CIDR。该字段通常为true（用于兼容存量子机只有一个地址的情形）。
     *
     * @example true
     */
    SkipCheckIPv6Address?: boolean | undefined;
    /**
     * 是否跳过自动开通公网带宽。通常为true(根据运营系统的用户配置来决定是否自动开通，以支持当前子机购买时的行为）。
     *
     * @example true
     */
    SkipAllocateBandwidth?: boolean | undefined;
}
/** Output of AssignIpv6Addresses: 分配IPv6地址 */
export interface AssignIpv6AddressesResponse {
    /** 分配给弹性网卡的IPv6地址列表。 */
    Ipv6AddressSet?: Ipv6Address[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNetworkInterface: 删除弹性网卡 */
export interface DeleteNetworkInterfaceRequest {
    /**
     * 弹性网卡实例ID，例如：eni-m6dyj72l。
     *
     * @example eni-m6dyj72l
     */
    NetworkInterfaceId: string;
    /**
     * ECM 地域，形如ap-xian-ecm。
     *
     * @example ap-xian-ecm
     */
    EcmRegion: string;
}
/** Output of DeleteNetworkInterface: 删除弹性网卡 */
export interface DeleteNetworkInterfaceResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyIpv6AddressesAttribute: 修改弹性网卡IPv6地址属性 */
export interface ModifyIpv6AddressesAttributeRequest {
    /**
     * ECM 地域
     *
     * @example ap-guangzhou-ecm-cu2
     */
    EcmRegion: string;
    /**
     * 弹性网卡实例ID，形如：eni-m6dyj72l。
     *
     * @example eni-9c8zkfev
     */
    NetworkInterfaceId: string;
    /**
     * 指定的IPv6地址信息。
     *
     * @example [{"Address": "3402:4e00:20:1202::7", "Description": "demo"}]
     */
    Ipv6Addresses: Ipv6Address[];
}
/** Output of ModifyIpv6AddressesAttribute: 修改弹性网卡IPv6地址属性 */
export interface ModifyIpv6AddressesAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyPrivateIpAddressesAttribute: 修改弹性网卡内网IP信息 */
export interface ModifyPrivateIpAddressesAttributeRequest {
    /**
     * 弹性网卡实例ID，例如：eni-m6dyj72l。
     *
     * @example eni-afo43z61
     */
    NetworkInterfaceId: string;
    /**
     * 指定的内网IP信息。
     *
     * @example [{"PrivateIpAddress":"172.16.32.11","Description":"TEST"}]
     */
    PrivateIpAddresses: PrivateIpAddressSpecification[];
    /**
     * ECM 节点Region信息，形如ap-xian-ecm。
     *
     * @example ap-qingdao-ecm
     */
    EcmRegion: string;
}
/** Output of ModifyPrivateIpAddressesAttribute: 修改弹性网卡内网IP信息 */
export interface ModifyPrivateIpAddressesAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReleaseIpv6Addresses: 释放IPv6地址 */
export interface ReleaseIpv6AddressesRequest {
    /**
     * ECM 地域
     *
     * @example ap-xian-ecm
     */
    EcmRegion: string;
    /**
     * 弹性网卡实例ID，形如：eni-m6dyj72l。
     *
     * @example eni-9c8zkfev
     */
    NetworkInterfaceId: string;
    /** 指定的IPv6地址列表，单次最多指定10个。 */
    Ipv6Addresses: Ipv6Address[];
}
/** Output of ReleaseIpv6Addresses: 释放IPv6地址 */
export interface ReleaseIpv6AddressesResponse {
    /**
     * 任务ID，可以通过DescribeTaskResult查询任务状态
     *
     * @example 3082
     */
    TaskId?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AllocateAddresses: 创建弹性公网IP */
export interface AllocateAddressesRequest {
    /**
     * ECM 地域
     *
     * @example ap-xian-ecm
     */
    EcmRegion: string;
    /**
     * EIP数量。默认值：1。
     *
     * @example 1
     * @defaultValue 1
     */
    AddressCount?: number | undefined;
    /**
     * CMCC：中国移动
     * CTCC：中国电信
     * CUCC：中国联通
     *
     * @example CTCC
     */
    InternetServiceProvider?: "CMCC" | "CTCC" | "CUCC" | (string & {}) | undefined;
    /**
     * 1 Mbps 至 5000 Mbps，默认值：1 Mbps。
     *
     * @example 1
     * @defaultValue 1
     */
    InternetMaxBandwidthOut?: number | undefined;
    /** 需要关联的标签列表。 */
    Tags?: Tag[] | undefined;
    /**
     * 要绑定的实例 ID。
     *
     * @example ins-11112222
     */
    InstanceId?: string | undefined;
    /**
     * 要绑定的弹性网卡 ID。 弹性网卡 ID 形如：eni-11112222。NetworkInterfaceId 与 InstanceId 不可同时指定。弹性网卡 ID 可通过DescribeNetworkInterfaces接口返回值中的networkInterfaceId获取。
     *
     * @example eni-11112222
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 要绑定的内网 IP。如果指定了 NetworkInterfaceId 则也必须指定 PrivateIpAddress ，表示将 EIP 绑定到指定弹性网卡的指定内网 IP 上。同时要确保指定的 PrivateIpAddress 是指定的NetworkInterfaceId 上的一个内网 IP。指定弹性网卡的内网 IP 可通过DescribeNetworkInterfaces接口返回值中的privateIpAddress获取。
     *
     * @example 10.0.0.13
     */
    PrivateIpAddress?: string | undefined;
}
/** Output of AllocateAddresses: 创建弹性公网IP */
export interface AllocateAddressesResponse {
    /**
     * 申请到的 EIP 的唯一 ID 列表。
     *
     * @example ["eip-11112222"]
     */
    AddressSet?: string[] | null | undefined;
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @example 1234567
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateAddress: 绑定弹性公网IP */
export interface AssociateAddressRequest {
    /**
     * ECM 地域
     *
     * @example ap-chongqing-ecm2
     */
    EcmRegion: string;
    /**
     * 标识 EIP 的唯一 ID。EIP 唯一 ID 形如：eip-11112222。
     *
     * @example eip-aihfuscm
     */
    AddressId: string;
    /**
     * 要绑定的实例 ID。
     *
     * @example ins-jfaukmsn
     */
    InstanceId?: string | undefined;
    /**
     * 要绑定的弹性网卡 ID。 弹性网卡 ID 形如：eni-11112222。NetworkInterfaceId 与 InstanceId 不可同时指定。弹性网卡 ID 可通过DescribeNetworkInterfaces接口返回值中的networkInterfaceId获取。
     *
     * @example eni-ea173k1x
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 要绑定的内网 IP。如果指定了 NetworkInterfaceId 则也必须指定 PrivateIpAddress ，表示将 EIP 绑定到指定弹性网卡的指定内网 IP 上。同时要确保指定的 PrivateIpAddress 是指定的 NetworkInterfaceId 上的一个内网IP。指定弹性网卡的内网 IP 可通过DescribeNetworkInterfaces接口返回值中的privateIpAddress获取。
     *
     * @example 10.0.2.27
     */
    PrivateIpAddress?: string | undefined;
}
/** Output of AssociateAddress: 绑定弹性公网IP */
export interface AssociateAddressResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @example 202869021
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAddressQuota: 查询弹性公网IP配额 */
export interface DescribeAddressQuotaRequest {
    /**
     * ECM 地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
}
/** Output of DescribeAddressQuota: 查询弹性公网IP配额 */
export interface DescribeAddressQuotaResponse {
    /** 账户 EIP 配额信息。 */
    QuotaSet?: EipQuota[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAddresses: 查询弹性公网IP列表 */
export interface DescribeAddressesRequest {
    /**
     * ECM 地域
     *
     * @example ap-chongqing-ecm2
     */
    EcmRegion: string;
    /**
     * 标识 EIP 的唯一 ID 列表。EIP 唯一 ID 形如：eip-11112222。参数不支持同时指定AddressIds和Filters。
     *
     * @example ["eip-aihfuscm"]
     */
    AddressIds?: string[] | undefined;
    /** 每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定AddressIds和Filters。详细的过滤条件如下：address-id - String - 是否必填：否 - （过滤条件）按照 EIP 的唯一 ID 过滤。EIP 唯一 ID 形如：eip-11112222。address-name - String - 是否必填：否 - （过滤条件）按照 EIP 名称过滤。不支持模糊过滤。address-ip - String - 是否必填：否 - （过滤条件）按照 EIP 的 IP 地址过滤。address-status - String - 是否必填：否 - （过滤条件）按照 EIP 的状态过滤。取值范围：详见EIP状态列表。instance-id - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的实例 ID 过滤。实例 ID 形如：ins-11112222。private-ip-address - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的内网 IP 过滤。network-interface-id - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的弹性网卡 ID 过滤。弹性网卡 ID形如：eni-11112222。is-arrears - String - 是否必填：否 - （过滤条件）按照 EIP 是否欠费进行过滤。（TRUE：EIP 处于欠费状态|FALSE：EIP 费用状态正常） */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @example 20
     */
    Limit?: number | undefined;
}
/** Output of DescribeAddresses: 查询弹性公网IP列表 */
export interface DescribeAddressesResponse {
    /**
     * 符合条件的 EIP 数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** EIP 详细信息列表。 */
    AddressSet?: Address[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTaskResult: 查询异步任务执行结果 */
export interface DescribeTaskResultRequest {
    /**
     * ECM 地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 异步任务ID。
     *
     * @example 1528600
     */
    TaskId: string;
}
/** Output of DescribeTaskResult: 查询异步任务执行结果 */
export interface DescribeTaskResultResponse {
    /**
     * 异步任务ID。
     *
     * @example 1528600
     */
    TaskId?: string | undefined;
    /**
     * 执行结果，包括"SUCCESS", "FAILED", "RUNNING"
     *
     * @example SUCCESS
     */
    Result?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateAddress: 解绑定弹性公网IP */
export interface DisassociateAddressRequest {
    /**
     * ECM 地域
     *
     * @example ap-hangzhou-ecm
     */
    EcmRegion: string;
    /**
     * 标识 EIP 的唯一 ID。EIP 唯一 ID 形如：eip-11112222。
     *
     * @example eip-aihfuscm
     */
    AddressId: string;
    /**
     * 表示解绑 EIP 之后是否分配普通公网 IP。取值范围：
     * TRUE：表示解绑 EIP 之后分配普通公网 IP。
     * FALSE：表示解绑 EIP 之后不分配普通公网 IP。
     * 默认取值：FALSE。只有满足以下条件时才能指定该参数：只有在解绑主网卡的主内网 IP 上的 EIP 时才能指定该参数。解绑 EIP 后重新分配普通公网 IP 操作一个账号每天最多操作 10 次；详情可通过DescribeAddressQuota 接口获取。
     *
     * @example false
     * @defaultValue FALSE
     */
    ReallocateNormalPublicIp?: boolean | undefined;
}
/** Output of DisassociateAddress: 解绑定弹性公网IP */
export interface DisassociateAddressResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @example 954361
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAddressAttribute: 修改弹性公网IP属性 */
export interface ModifyAddressAttributeRequest {
    /**
     * ECM 地域
     *
     * @example ap-chongqing-ecm2
     */
    EcmRegion: string;
    /**
     * 标识 EIP 的唯一 ID。EIP 唯一 ID 形如：eip-11112222。
     *
     * @example eip-48d9e6ff
     */
    AddressId: string;
    /**
     * 修改后的 EIP 名称。长度上限为20个字符。
     *
     * @example demo
     */
    AddressName?: string | undefined;
    /**
     * 设定EIP是否直通，"TRUE"表示直通，"FALSE"表示非直通。注意该参数仅对EIP直通功能可见的用户可以设定。
     *
     * @example false
     */
    EipDirectConnection?: string | undefined;
}
/** Output of ModifyAddressAttribute: 修改弹性公网IP属性 */
export interface ModifyAddressAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAddressesBandwidth: 调整弹性公网IP带宽 */
export interface ModifyAddressesBandwidthRequest {
    /**
     * ECM 地域
     *
     * @example ap-chongqing-ecm2
     */
    EcmRegion: string;
    /**
     * EIP唯一标识ID，形如'eip-xxxxxxx'
     *
     * @example ["eip-85de31gh"]
     */
    AddressIds: string[];
    /**
     * 调整带宽目标值
     *
     * @example 10
     */
    InternetMaxBandwidthOut: number;
}
/** Output of ModifyAddressesBandwidth: 调整弹性公网IP带宽 */
export interface ModifyAddressesBandwidthResponse {
    /**
     * 异步任务TaskId。
     *
     * @example 1268459
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReleaseAddresses: 释放弹性公网IP */
export interface ReleaseAddressesRequest {
    /**
     * ECM 地域
     *
     * @example ap-chongqing-ecm2
     */
    EcmRegion: string;
    /**
     * 标识 EIP 的唯一 ID 列表。
     *
     * @example ["eip-fg5896sc"]
     */
    AddressIds: string[];
}
/** Output of ReleaseAddresses: 释放弹性公网IP */
export interface ReleaseAddressesResponse {
    /**
     * 异步任务TaskId。可以使用DescribeTaskResult接口查询任务状态。
     *
     * @example 7456321
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateHaVip: 创建HAVIP */
export interface CreateHaVipRequest {
    /**
     * HAVIP所在私有网络ID。
     *
     * @example vpc-m0c2kcun
     */
    VpcId: string;
    /**
     * HAVIP所在子网ID。
     *
     * @example subnet-rtmfkg4w
     */
    SubnetId: string;
    /**
     * HAVIP名称。
     *
     * @example demo
     */
    HaVipName: string;
    /**
     * 指定虚拟IP地址，必须在VPC网段内且未被占用。不指定则自动分配。
     *
     * @example 10.0.0.2
     */
    Vip?: string | undefined;
}
/** Output of CreateHaVip: 创建HAVIP */
export interface CreateHaVipResponse {
    /**
     * HAVIP对象。
     *
     * @example {"HaVipId":"havip-kekyk044","HaVipName":"demo","VpcId":"vpc-m0c2kcun","Vip":"10.0.0.2","SubnetId":"subnet-rtmfkg4w"}
     */
    HaVip?: HaVip | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteHaVip: 删除HAVIP */
export interface DeleteHaVipRequest {
    /**
     * HAVIP唯一ID，形如：havip-9o233uri。
     *
     * @example havip-kekyk044
     */
    HaVipId: string;
}
/** Output of DeleteHaVip: 删除HAVIP */
export interface DeleteHaVipResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeHaVips: 查询HAVIP列表 */
export interface DescribeHaVipsRequest {
    /**
     * HAVIP数组，HAVIP唯一ID，形如：havip-9o233uri。
     *
     * @example ["havip-bk4275i0","havip-2kce8v4q"]
     */
    HaVipIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定HaVipIds和Filters。havip-id - String - HAVIP唯一ID，形如：havip-9o233uri。havip-name - String - HAVIP名称。vpc-id - String - HAVIP所在私有网络ID。subnet-id - String - HAVIP所在子网ID。
     *
     * @example [{"Name": "vpc-id", "Values": ["vpc-ms7c7gcr"]}]
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认值是0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认值是20，最大是100。
     *
     * @example 10
     */
    Limit?: number | undefined;
    /**
     * Ecm 区域，不填代表全部区域。
     *
     * @example 1
     */
    EcmRegion?: string | undefined;
}
/** Output of DescribeHaVips: 查询HAVIP列表 */
export interface DescribeHaVipsResponse {
    /**
     * 符合条件的对象数。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /**
     * HAVIP对象数组。
     *
     * @example [{"HaVipId":"havip-2kce8v4q","HaVipName":"demo","VpcId":"vpc-ms7c7gcr","Vip":"10.3.3.15","SubnetId":"subnet-6zwa44xm"}]
     */
    HaVipSet?: HaVip[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyHaVipAttribute: 修改HAVIP属性 */
export interface ModifyHaVipAttributeRequest {
    /**
     * HAVIP唯一ID，形如：havip-9o233uri。
     *
     * @example havip-9o233uri
     */
    HaVipId: string;
    /**
     * HAVIP名称，可任意命名，但不得超过60个字符。
     *
     * @example new+name
     */
    HaVipName: string;
}
/** Output of ModifyHaVipAttribute: 修改HAVIP属性 */
export interface ModifyHaVipAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AllocateIpv6AddressesBandwidth: IPv6地址分配公网带宽 */
export interface AllocateIpv6AddressesBandwidthRequest {
    /**
     * ECM 地域。
     *
     * @example ap-xian-ecm
     */
    EcmRegion: string;
    /**
     * 需要开通公网访问能力的IPV6地址。
     *
     * @example ["2402:4e00:1200:1809:0:8ef6:b82b:513b"]
     */
    Ipv6Addresses: string[];
    /**
     * 带宽，单位Mbps，默认是1Mbps。
     *
     * @example 1
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 网络计费模式，当前支持 BANDWIDTH_PACKAGE。
     *
     * @example BANDWIDTH_PACKAGE
     */
    InternetChargeType?: string | undefined;
}
/** Output of AllocateIpv6AddressesBandwidth: IPv6地址分配公网带宽 */
export interface AllocateIpv6AddressesBandwidthResponse {
    /**
     * 弹性公网 IPV6 的唯一 ID 列表。
     *
     * @example ["eip-3l4nwzvo"]
     */
    AddressSet?: string[] | null | undefined;
    /**
     * 异步任务TaskId。
     *
     * @example 202869021
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeRegionIpv6Addresses: 查询地域下IPV6地址信息 */
export interface DescribeRegionIpv6AddressesRequest {
    /**
     * ECM 地域，为空时返回所有地域的IPv6地址。
     *
     * @example ap-qingdao-ecm
     */
    EcmRegion: string;
    /** 详细的过滤条件如下：address-id - String - 是否必填：否 - （过滤条件）按照 EIP 的 ID 过滤。address-ip - String - 是否必填：否 - （过滤条件）按照 EIP 的 IP 地址过滤。network-interface-id - String - 是否必填：否 - （过滤条件）按照弹性网卡的唯一ID过滤。instance-id - String - 是否必填：否 - （过滤条件）按照 EIP 所绑定的实例 ID 过滤。vpc-id - String - 是否必填：否 - （过滤条件）按照 EIP 所在 VPC 的 ID 进行过滤。address-isp - String - 是否必填：否 - （过滤条件）按照 EIP 的运营商进行过滤。address-status - String - 是否必填：否 - （过滤条件）按照 EIP 的状态信息进行过滤。 */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Limit?: number | undefined;
}
/** Output of DescribeRegionIpv6Addresses: 查询地域下IPV6地址信息 */
export interface DescribeRegionIpv6AddressesResponse {
    /**
     * 符合条件的 IPV6 数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** IPV6 详细信息列表。 */
    AddressSet?: Address[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyIpv6AddressesBandwidth: 修改IPV6访问internet的带宽 */
export interface ModifyIpv6AddressesBandwidthRequest {
    /**
     * ECM 地域
     *
     * @example ap-guangzhou-ecm-cu2
     */
    EcmRegion: string;
    /**
     * 修改的目标带宽，单位Mbps
     *
     * @example 50
     */
    InternetMaxBandwidthOut: number;
    /**
     * IPV6地址。Ipv6Addresses和Ipv6AddressId必须且只能传一个
     *
     * @example ["2402:4e00:1000:200:0:8d8a:60b7:87f8"]
     */
    Ipv6Addresses?: Ipv6Address[] | undefined;
    /**
     * IPV6地址对应的唯一ID，形如eip-xxxxxxxx。Ipv6Addresses和Ipv6AddressId必须且只能传一个
     *
     * @example ["eip-265fg963"]
     */
    Ipv6AddressIds?: string[] | undefined;
}
/** Output of ModifyIpv6AddressesBandwidth: 修改IPV6访问internet的带宽 */
export interface ModifyIpv6AddressesBandwidthResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReleaseIpv6AddressesBandwidth: 释放弹性公网IPv6地址带宽 */
export interface ReleaseIpv6AddressesBandwidthRequest {
    /**
     * ECM 地域。
     *
     * @example ap-xian-ecm
     */
    EcmRegion: string;
    /**
     * IPV6地址。Ipv6Addresses和Ipv6AddressIds必须且只能传一个。
     *
     * @example ["2402:4e00:1000:200:0:8d8a:60b7:87f8"]
     */
    Ipv6Addresses?: string[] | undefined;
    /**
     * IPV6地址对应的唯一ID，形如eip-xxxxxxxx。Ipv6Addresses和Ipv6AddressIds必须且只能传一个。
     *
     * @example ["eip-1534fc12"]
     */
    Ipv6AddressIds?: string[] | undefined;
}
/** Output of ReleaseIpv6AddressesBandwidth: 释放弹性公网IPv6地址带宽 */
export interface ReleaseIpv6AddressesBandwidthResponse {
    /**
     * 异步任务TaskId。
     *
     * @example 3568421
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSnapshots: 删除快照 */
export interface DeleteSnapshotsRequest {
    /**
     * 要删除的快照ID列表，可通过DescribeSnapshots查询。
     *
     * @example ["snap-gybrif0z\n"]
     */
    SnapshotIds: string[];
    /**
     * 是否强制删除快照关联的镜像
     *
     * @example true
     */
    DeleteBindImages?: boolean | undefined;
}
/** Output of DeleteSnapshots: 删除快照 */
export interface DeleteSnapshotsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSnapshots: 查询快照列表 */
export interface DescribeSnapshotsRequest {
    /** 要查询快照的ID列表。参数不支持同时指定SnapshotIds和Filters。 */
    SnapshotIds?: string[] | undefined;
    /**
     * 过滤条件。参数不支持同时指定SnapshotIds和Filters。
     * <li>snapshot-id - Array of String - 是否必填：否 -（过滤条件）按照快照的ID过滤。快照ID形如：snap-11112222。
     * <li>snapshot-name - Array of String - 是否必填：否 -（过滤条件）按照快照名称过滤。
     * <li>snapshot-state - Array of String - 是否必填：否 -（过滤条件）按照快照状态过滤。 (NORMAL：正常 |
     * CREATING：创建中 | ROLLBACKING：回滚中。) <li>disk-usage - Array of String - 是否必填：否 -（过滤条件）按创建快照的云盘类型过滤。(SYSTEM_DISK：代表系统盘 | DATA_DISK：代表数据盘。) <li>project-id - Array of String - 是否必填：否 -（过滤条件）按云硬盘所属项目ID过滤。
     * <li>disk-id - Array of String - 是否必填：否 -（过滤条件）按照创建快照的云硬盘ID过滤。
     * <li>zone - Array of String - 是否必填：否 -（过滤条件）按照可用区过滤。
     * <li>encrypt - Array of String - 是否必填：否 -（过滤条件）按是否加密盘快照过滤。 (TRUE：表示加密盘快照| FALSE：表示非加密盘快照。) <li>snapshot-type- Array of String - 是否必填：否 -（过滤条件）根据snapshot-type指定的快照类型查询对应的快照。(SHARED_SNAPSHOT：表示共享过来的快照 | PRIVATE_SNAPSHOT：表示自己私有快照。)
     */
    Filters?: Filter[] | undefined;
    /** 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。 */
    Limit?: number | undefined;
    /**
     * 快照列表排序的依据字段。取值范围：
     * <li>CREATE_TIME：依据快照的创建时间排序
     * 默认按创建时间排序。
     */
    OrderField?: string | undefined;
    /** 偏移量，默认为0。关于Offset的更进一步介绍请参考API简介中的相关小节。 */
    Offset?: number | undefined;
    /**
     * 输出云盘列表的排列顺序。取值范围：
     * <li>ASC：升序排列
     * <li>DESC：降序排列。
     */
    Order?: string | undefined;
}
/** Output of DescribeSnapshots: 查询快照列表 */
export interface DescribeSnapshotsResponse {
    /**
     * 快照的数量。
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /** 快照的详情列表。 */
    SnapshotSet?: Snapshot[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateKeyPair: 创建密钥对 */
export interface CreateKeyPairRequest {
    /**
     * 密钥对名称，可由数字，字母和下划线组成，长度不超过25个字符。
     *
     * @example xxx
     */
    KeyName: string;
}
/** Output of CreateKeyPair: 创建密钥对 */
export interface CreateKeyPairResponse {
    /** 密钥对信息。 */
    KeyPair?: KeyPair | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateInstancesKeyPairs: 解绑密钥对 */
export interface DisassociateInstancesKeyPairsRequest {
    /**
     * 可以通过以下方式获取可用的实例ID：通过登录控制台查询实例ID。通过调用接口 DescribeInstances ，取返回信息中的 InstanceId 获取实例ID。
     *
     * @example ["ein-8cnm1234"]
     */
    InstanceIds: string[];
    /**
     * 密钥对ID列表，每次请求批量密钥对的上限为100。密钥对ID形如：skey-11112222。可以通过以下方式获取可用的密钥ID：通过登录控制台查询密钥ID。通过调用接口 DescribeKeyPairs ，取返回信息中的 KeyId 获取密钥对ID。
     *
     * @example ["skey-dklg1234"]
     */
    KeyIds: string[];
    /**
     * 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机，然后再解绑密钥。取值范围：
     * TRUE：表示在正常关机失败后进行强制关机。
     * FALSE：表示在正常关机失败后不进行强制关机。
     * 默认取值：FALSE。
     *
     * @example false
     * @defaultValue FALSE
     */
    ForceStop?: boolean | undefined;
}
/** Output of DisassociateInstancesKeyPairs: 解绑密钥对 */
export interface DisassociateInstancesKeyPairsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AttachDisks: 挂载云硬盘 */
export interface AttachDisksRequest {
    /**
     * 云服务器实例ID。云盘将被挂载到此云服务器上，通过DescribeInstances接口查询。
     *
     * @example ins-9oxguxa
     */
    InstanceId: string;
    /**
     * 将要被挂载的弹性云盘ID。通过DescribeDisks接口查询。单次最多可挂载10块弹性云盘。
     *
     * @example ["disk-l7mxexxc"]
     */
    DiskIds: string[];
    /**
     * 可选参数，不传该参数则仅执行挂载操作。传入True时，会在挂载成功后将云硬盘设置为随云主机销毁模式，仅对按量计费云硬盘有效。
     *
     * @example TRUE
     */
    DeleteWithInstance?: boolean | undefined;
    /**
     * 可选参数，用于控制云盘挂载时使用的挂载模式，目前仅对黑石裸金属机型有效。取值范围：
     * <li>PF
     * <li>VF
     *
     * @example PF
     */
    AttachMode?: string | undefined;
}
/** Output of AttachDisks: 挂载云硬盘 */
export interface AttachDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDisks: 创建云硬盘 */
export interface CreateDisksRequest {
    /** 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目。若不指定项目，将在默认项目下进行创建。 */
    Placement: Placement;
    /**
     * 云硬盘计费类型。
     * <li>PREPAID：预付费，即包年包月
     * <li>POSTPAID_BY_HOUR：按小时后付费
     * <li>CDCPAID：独享集群付费各类型价格请参考云硬盘价格总览。
     *
     * @example PREPAID
     */
    DiskChargeType: string;
    /**
     * 硬盘介质类型。取值范围：
     * <li>CLOUD_BASIC：表示普通云硬盘
     * <li>CLOUD_PREMIUM：表示高性能云硬盘
     * <li>CLOUD_SSD：表示SSD云硬盘
     * <li>CLOUD_HSSD：表示增强型SSD云硬盘
     * <li>CLOUD_TSSD：表示极速型SSD云硬盘。
     *
     * @example CLOUD_HSSD
     */
    DiskType: string;
    /** 云盘显示名称。不传则默认为“未命名”。最大长度不能超60个字节。 */
    DiskName?: string | undefined;
    /** 云盘绑定的标签。 */
    Tags?: Tag[] | undefined;
    /** 预付费模式，即包年包月相关参数设置。通过该参数指定包年包月云盘的购买时长、是否设置自动续费等属性。创建预付费云盘该参数必传，创建按小时后付费云盘无需传该参数。 */
    DiskChargePrepaid?: DiskChargePrepaid | undefined;
    /**
     * 创建云硬盘数量，不传则默认为1。单次请求最多可创建的云盘数有限制，具体参见云硬盘使用限制。
     *
     * @example 1
     */
    DiskCount?: number | undefined;
    /**
     * 可选参数。使用此参数可给云硬盘购买额外的性能。当前仅支持极速型云盘（CLOUD_TSSD）和增强型SSD云硬盘（CLOUD_HSSD）
     *
     * @example 100
     */
    ThroughputPerformance?: number | undefined;
    /**
     * 云硬盘大小，单位为GB。
     * <li>如果传入SnapshotId则可不传DiskSize，此时新建云盘的大小为快照大小<li>如果传入SnapshotId同时传入DiskSize，则云盘大小必须大于或等于快照大小<li>云盘大小取值范围参见云硬盘产品分类的说明。
     *
     * @example 500
     */
    DiskSize?: number | undefined;
    /** 可选参数，默认为False。传入True时，云盘将创建为共享型云盘。 */
    Shareable?: boolean | undefined;
    /** 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。 */
    ClientToken?: string | undefined;
    /** 传入该参数用于创建加密云盘，取值固定为ENCRYPT。 */
    Encrypt?: string | undefined;
    /** 快照ID，如果传入则根据此快照创建云硬盘，快照类型必须为数据盘快照，可通过DescribeSnapshots接口查询快照，见输出参数DiskUsage解释。 */
    SnapshotId?: string | undefined;
}
/** Output of CreateDisks: 创建云硬盘 */
export interface CreateDisksResponse {
    /**
     * 创建的云硬盘ID列表。
     *
     * @example ["disk-lzrg2pwi"]
     */
    DiskIdSet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDisks: 查询云硬盘列表 */
export interface DescribeDisksRequest {
    /**
     * 过滤条件。参数不支持同时指定DiskIds和Filters。
     * <li>disk-usage - Array of String - 是否必填：否 -（过滤条件）按云盘类型过滤。(SYSTEM_DISK：表示系统盘 | DATA_DISK：表示数据盘) <li>disk-charge-type - Array of String - 是否必填：否 -（过滤条件）按照云硬盘计费模式过滤。 (PREPAID：表示预付费，即包年包月 | POSTPAID_BY_HOUR：表示后付费，即按量计费。) <li>portable - Array of String - 是否必填：否 -（过滤条件）按是否为弹性云盘过滤。(TRUE：表示弹性云盘 | FALSE：表示非弹性云盘。) <li>project-id - Array of Integer - 是否必填：否 -（过滤条件）按云硬盘所属项目ID过滤。
     * <li>disk-id - Array of String - 是否必填：否 -（过滤条件）按照云硬盘ID过滤。云盘ID形如：disk-11112222。
     * <li>disk-name - Array of String - 是否必填：否 -（过滤条件）按照云盘名称过滤。
     * <li>disk-type - Array of String - 是否必填：否 -（过滤条件）按照云盘介质类型过滤。(CLOUD_BASIC：表示普通云硬盘 | CLOUD_PREMIUM：表示高性能云硬盘。|
     * CLOUD_SSD：表示SSD云硬盘 | CLOUD_HSSD：表示增强型SSD云硬盘。|
     * CLOUD_TSSD：表示极速型云硬盘。)
     * <li>disk-state - Array of String - 是否必填：否 -（过滤条件）按照云盘状态过滤。(UNATTACHED：未挂载 | ATTACHING：挂载中 | ATTACHED：已挂载 | DETACHING：解挂中 | EXPANDING：扩容中 | ROLLBACKING：回滚中 | TORECYCLE：待回收。) <li>instance-id - Array of String - 是否必填：否 -（过滤条件）按照云盘挂载的云主机实例ID过滤。可根据此参数查询挂载在指定云主机下的云硬盘。
     * <li>zone - Array of String - 是否必填：否 -（过滤条件）按照可用区过滤。
     * <li>instance-ip-address - Array of String - 是否必填：否 -（过滤条件）按云盘所挂载云主机的内网或外网IP过滤。
     * <li>instance-name - Array of String - 是否必填：否 -（过滤条件）按云盘所挂载的实例名称过滤。
     * <li>tag-key - Array of String - 是否必填：否 -（过滤条件）按照标签键进行过滤。
     * <li>tag-value - Array of String - 是否必填：否 -（过滤条件）照标签值进行过滤。
     * <li>tag:tag-key - Array of String - 是否必填：否 -（过滤条件）按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
     */
    Filters?: Filter[] | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 云盘列表排序的依据字段。取值范围：
     * <li>CREATE_TIME：依据云盘的创建时间排序
     * <li>DEADLINE：依据云盘的到期时间排序
     * 默认按云盘创建时间排序。
     *
     * @example CREATE_TIME
     */
    OrderField?: string | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考API简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 云盘详情中是否需要返回云盘绑定的定期快照策略ID，TRUE表示需要返回，FALSE表示不返回。
     *
     * @example FALSE
     */
    ReturnBindAutoSnapshotPolicy?: boolean | undefined;
    /**
     * 按照一个或者多个云硬盘ID查询。云硬盘ID形如：disk-11112222，此参数的具体格式可参考API简介的ids.N一节）。参数不支持同时指定DiskIds和Filters。
     *
     * @example ["disk-xxxxxxxx"]
     */
    DiskIds?: string[] | undefined;
    /**
     * 输出云盘列表的排列顺序。取值范围：
     * <li>ASC：升序排列
     * <li>DESC：降序排列。
     *
     * @example ASC
     */
    Order?: string | undefined;
}
/** Output of DescribeDisks: 查询云硬盘列表 */
export interface DescribeDisksResponse {
    /**
     * 符合条件的云硬盘数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 云硬盘的详细信息列表。 */
    DiskSet?: Disk[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachDisks: 卸载云硬盘 */
export interface DetachDisksRequest {
    /**
     * 将要卸载的云硬盘ID， 通过DescribeDisks接口查询，单次请求最多可卸载10块弹性云盘。
     *
     * @example ["disk-l7mxexxc"]
     */
    DiskIds: string[];
    /**
     * 对于非共享型云盘，会忽略该参数；对于共享型云盘，该参数表示要从哪个CVM实例上卸载云盘。
     *
     * @example ins-arxix3xm
     */
    InstanceId?: string | undefined;
}
/** Output of DetachDisks: 卸载云硬盘 */
export interface DetachDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of TerminateDisks: 退还云硬盘 */
export interface TerminateDisksRequest {
    /**
     * 需退还的云盘ID列表。
     *
     * @example ["disk-l7mxexxc"]
     */
    DiskIds: string[];
}
/** Output of TerminateDisks: 退还云硬盘 */
export interface TerminateDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSecurityGroup: 创建安全组 */
export interface CreateSecurityGroupRequest {
    /**
     * 安全组名称，可任意命名，但不得超过60个字符。
     *
     * @example demo
     */
    GroupName: string;
    /**
     * 安全组备注，最多100个字符。
     *
     * @example demo
     */
    GroupDescription: string;
    /**
     * 指定绑定的标签列表，例如：[{"Key": "city", "Value": "shanghai"}]
     *
     * @example [{"Key": "env", "Value": "prod"}]
     */
    Tags?: Tag[] | undefined;
}
/** Output of CreateSecurityGroup: 创建安全组 */
export interface CreateSecurityGroupResponse {
    /**
     * 安全组对象。
     *
     * @example {"SecurityGroupId": "esg-3g7ftkp3"}
     */
    SecurityGroup?: SecurityGroup | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateSecurityGroupPolicies: 安全组添加规则 */
export interface CreateSecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID，例如esg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @example esg-ohuuioma
     */
    SecurityGroupId: string;
    /** 安全组规则集合。 */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/** Output of CreateSecurityGroupPolicies: 安全组添加规则 */
export interface CreateSecurityGroupPoliciesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSecurityGroup: 删除安全组 */
export interface DeleteSecurityGroupRequest {
    /**
     * 安全组实例ID，例如esg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @example esg-33ocnj9n
     */
    SecurityGroupId: string;
}
/** Output of DeleteSecurityGroup: 删除安全组 */
export interface DeleteSecurityGroupResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSecurityGroupPolicies: 删除安全组规则 */
export interface DeleteSecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID，例如esg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @example esg-33ocnj9n
     */
    SecurityGroupId: string;
    /**
     * 安全组规则集合。一个请求中只能删除单个方向的一条或多条规则。支持指定索引（PolicyIndex） 匹配删除和安全组规则匹配删除两种方式，一个请求中只能使用一种匹配方式。
     *
     * @example {"Ingress": [{"CidrBlock": "10.0.0.0/16", "Protocol": "tcp", "Port": "80","Action": "accept"}]}
     */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/** Output of DeleteSecurityGroupPolicies: 删除安全组规则 */
export interface DeleteSecurityGroupPoliciesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupAssociationStatistics: 查询安全组关联统计 */
export interface DescribeSecurityGroupAssociationStatisticsRequest {
    /**
     * 安全实例ID，例如esg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @example ["esg-ohuuioma"]
     */
    SecurityGroupIds: string[];
}
/** Output of DescribeSecurityGroupAssociationStatistics: 查询安全组关联统计 */
export interface DescribeSecurityGroupAssociationStatisticsResponse {
    /**
     * 安全组关联实例统计。
     *
     * @example [{"ENI": 0, "ECM": 0, "SecurityGroupId": "esg-ohuuioma", "CLB": 0, "TotalCount": 1, "Module": 1,"SG": 1}]
     */
    SecurityGroupAssociationStatisticsSet?: SecurityGroupAssociationStatistics[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupLimits: 查询用户安全组配额 */
export interface DescribeSecurityGroupLimitsRequest {
}
/** Output of DescribeSecurityGroupLimits: 查询用户安全组配额 */
export interface DescribeSecurityGroupLimitsResponse {
    /** 用户安全组配额限制。 */
    SecurityGroupLimitSet?: SecurityGroupLimitSet | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupPolicies: 查询安全组规则 */
export interface DescribeSecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID，例如：esg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @example esg-4tw1bxlq
     */
    SecurityGroupId: string;
}
/** Output of DescribeSecurityGroupPolicies: 查询安全组规则 */
export interface DescribeSecurityGroupPoliciesResponse {
    /**
     * 安全组规则集合。
     *
     * @example {"Version":"1","Ingress":[{"PolicyIndex":1,"Protocol":"tcp","Port":"80","CidrBlock":"20.0.0.0/16","Action":"ACCE
     */
    SecurityGroupPolicySet?: SecurityGroupPolicySet | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroups: 查看安全组 */
export interface DescribeSecurityGroupsRequest {
    /**
     * 安全组实例ID，例如：esg-33ocnj9n，可通过DescribeSecurityGroups获取。每次请求的实例的上限为100。参数不支持同时指定SecurityGroupIds和Filters。
     *
     * @example ["esg-fcx8o80o"]
     */
    SecurityGroupIds?: string[] | undefined;
    /**
     * 过滤条件，参数不支持同时指定SecurityGroupIds和Filters。security-group-id - String - （过滤条件）安全组ID。security-group-name - String - （过滤条件）安全组名称。tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。
     *
     * @example [{"Name": "tag-key", "Values": ["env"]}]
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @example 20
     */
    Limit?: number | undefined;
}
/** Output of DescribeSecurityGroups: 查看安全组 */
export interface DescribeSecurityGroupsResponse {
    /**
     * 符合条件的实例数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 安全组对象。 */
    SecurityGroupSet?: SecurityGroup[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifySecurityGroupAttribute: 修改安全组属性 */
export interface ModifySecurityGroupAttributeRequest {
    /**
     * 安全组实例ID，例如esg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @example esg-33ocnj9n
     */
    SecurityGroupId: string;
    /**
     * 安全组名称，可任意命名，但不得超过60个字符。
     *
     * @example demo
     */
    GroupName?: string | undefined;
    /**
     * 安全组备注，最多100个字符。
     *
     * @example demo
     */
    GroupDescription?: string | undefined;
}
/** Output of ModifySecurityGroupAttribute: 修改安全组属性 */
export interface ModifySecurityGroupAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifySecurityGroupPolicies: 修改安全组出站和入站规则 */
export interface ModifySecurityGroupPoliciesRequest {
    /**
     * 安全组实例ID，例如esg-33ocnj9n，可通过DescribeSecurityGroups获取。
     *
     * @example esg-ohuuioma
     */
    SecurityGroupId: string;
    /**
     * 安全组规则集合。 SecurityGroupPolicySet对象必须同时指定新的出（Egress）入（Ing则。 SecurityGroupPolicy对象不支持自定义索引（PolicyIndex）。
     *
     * @example {"Version":"2","Ingress":[{"PolicyIndex":1,"Protocol":"tcp","Port":"80","CidrBlock":"20.0.0.0/16","Action"
     */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
    /**
     * 排序安全组标识。值为True时，支持安全组排序；SortPolicys不存在或SortPolicys为Fals全组规则。
     *
     * @example false
     */
    SortPolicys?: boolean | undefined;
}
/** Output of ModifySecurityGroupPolicies: 修改安全组出站和入站规则 */
export interface ModifySecurityGroupPoliciesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceSecurityGroupPolicy: 替换单条安全组路由规则 */
export interface ReplaceSecurityGroupPolicyRequest {
    /**
     * 安全组实例ID，例如esg-33ocnj9n，可通过DescribeSecurityGroups获取
     *
     * @example esg-ohuuioma
     */
    SecurityGroupId: string;
    /**
     * 安全组规则集合对象。
     *
     * @example {"Version":"2","Ingress":[{"PolicyIndex":1,"Protocol":"tcp","Port":"80","CidrBlock":"20.0.0.0/16","Action"
     */
    SecurityGroupPolicySet: SecurityGroupPolicySet;
}
/** Output of ReplaceSecurityGroupPolicy: 替换单条安全组路由规则 */
export interface ReplaceSecurityGroupPolicyResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeBaseOverview: 获取概览页统计的基本数据 */
export interface DescribeBaseOverviewRequest {
}
/** Output of DescribeBaseOverview: 获取概览页统计的基本数据 */
export interface DescribeBaseOverviewResponse {
    /** 模块数量，单位：个 */
    ModuleNum?: number | undefined;
    /** 节点数量，单位：个 */
    NodeNum?: number | undefined;
    /** cpu核数，单位：个 */
    VcpuNum?: number | undefined;
    /** 内存大小，单位：G */
    MemoryNum?: number | undefined;
    /** 硬盘大小，单位：G */
    StorageNum?: number | undefined;
    /** 昨日网络峰值,单位：M */
    NetworkNum?: number | undefined;
    /** 实例数量，单位：台 */
    InstanceNum?: number | undefined;
    /** 运行中数量，单位：台 */
    RunningNum?: number | undefined;
    /** 安全隔离数量，单位：台 */
    IsolationNum?: number | undefined;
    /** 过期实例数量，单位：台 */
    ExpiredNum?: number | undefined;
    /** 即将过期实例数量，单位：台 */
    WillExpireNum?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeConfig: 获取配置限制信息 */
export interface DescribeConfigRequest {
}
/** Output of DescribeConfig: 获取配置限制信息 */
export interface DescribeConfigResponse {
    /** 网络带宽硬盘大小的范围信息。 */
    NetworkStorageRange?: NetworkStorageRange | undefined;
    /** 镜像操作系统白名单。 */
    ImageWhiteSet?: string[] | null | undefined;
    /** 网络限额信息。 */
    InstanceNetworkLimitConfigs?: InstanceNetworkLimitConfig[] | null | undefined;
    /** 镜像限额信息。 */
    ImageLimits?: ImageLimitConfig | null | undefined;
    /**
     * 默认是否IP直通，用于模块创建，虚机购买等具有直通参数场景时的默认参数。
     *
     * @example true
     */
    DefaultIPDirect?: boolean | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceTypeConfig: 获取机型配置列表 */
export interface DescribeInstanceTypeConfigRequest {
}
/** Output of DescribeInstanceTypeConfig: 获取机型配置列表 */
export interface DescribeInstanceTypeConfigResponse {
    /** 总数 */
    TotalCount?: number | undefined;
    /** 机型配置信息 */
    InstanceTypeConfigSet?: InstanceTypeConfig[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeMonthPeakNetwork: 获取客户节点上的出入月峰和计费带宽 */
export interface DescribeMonthPeakNetworkRequest {
    /**
     * 月份时间(xxxx-xx) 如2021-03,默认取当前时间的上一个月份
     *
     * @example 2021-03
     */
    Month: string;
    /**
     * 过滤条件
     *
     * @example Filters
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeMonthPeakNetwork: 获取客户节点上的出入月峰和计费带宽 */
export interface DescribeMonthPeakNetworkResponse {
    /** 无 */
    MonthNetWorkData?: MonthNetwork[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribePackingQuotaGroup: 获取装箱配额组 */
export interface DescribePackingQuotaGroupRequest {
    /** 过滤条件，name取值为：Zone-可用区， InstanceType-实例类型，DataDiskSize - 数据盘大小 */
    Filters?: Filter[] | undefined;
}
/** Output of DescribePackingQuotaGroup: 获取装箱配额组 */
export interface DescribePackingQuotaGroupResponse {
    /** 装箱配额组 */
    PackingQuotaSet?: PackingQuotaGroup[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribePeakBaseOverview: 基础信息峰值数据 */
export interface DescribePeakBaseOverviewRequest {
    /** 开始时间（xxxx-xx-xx）如2019-08-14，默认为一周之前的日期，不应与当前日期间隔超过90天。 */
    StartTime?: string | undefined;
    /** 结束时间（xxxx-xx-xx）如2019-08-14，默认为昨天，不应与当前日期间隔超过90天。当开始与结束间隔不超过30天时返回1小时粒度的数据，否则返回3小时粒度的数据。 */
    EndTime?: string | undefined;
}
/** Output of DescribePeakBaseOverview: 基础信息峰值数据 */
export interface DescribePeakBaseOverviewResponse {
    /** 基础峰值列表。 */
    PeakFamilyInfoSet?: PeakFamilyInfo[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribePeakNetworkOverview: 获取网络峰值数据 */
export interface DescribePeakNetworkOverviewRequest {
    /**
     * 开始时间（xxxx-xx-xx）如2019-08-14，默认为一周之前的日期，不应与当前日期间隔超过30天。
     *
     * @example 2019-08-14
     */
    StartTime?: string | undefined;
    /**
     * 结束时间（xxxx-xx-xx）如2019-08-14，默认为昨天，不应与当前日期间隔超过30天。当开始与结束间隔不超过1天时会返回1分钟粒度的数据，不超过7天时返回5分钟粒度的数据，否则返回1小时粒度的数据。
     *
     * @example 2019-08-14
     */
    EndTime?: string | undefined;
    /**
     * 过滤条件。region String 是否必填：否 （过滤条件）按照region过滤，不支持模糊匹配。注意 region 填上需要查询ecm region才能返回数据。area String 是否必填：否 （过滤条件）按照大区过滤，不支持模糊匹配。大区包括：china-central、china-east等等，可以通过DescribeNode获得所有大区；也可使用ALL_REGION表示所有地区。isp String 是否必填：否 （过滤条件）按照运营商过滤大区流量，运营商包括CTCC、CUCC和CMCC。只和area同时使用，且一次只能指定一种运营商。region和area只应填写一个。
     *
     * @example Filters
     */
    Filters?: Filter[] | undefined;
    /**
     * 统计周期，单位秒。取值60/300。
     *
     * @example 30
     */
    Period?: number | undefined;
}
/** Output of DescribePeakNetworkOverview: 获取网络峰值数据 */
export interface DescribePeakNetworkOverviewResponse {
    /**
     * 网络峰值数组。
     *
     * @example PeakNetworkRegionSet
     */
    PeakNetworkRegionSet?: PeakNetworkRegionInfo[] | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTaskStatus: 获取任务状态 */
export interface DescribeTaskStatusRequest {
    /** 任务描述 */
    TaskSet: TaskInput[];
}
/** Output of DescribeTaskStatus: 获取任务状态 */
export interface DescribeTaskStatusResponse {
    /** 任务描述 */
    TaskSet?: TaskOutput[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}

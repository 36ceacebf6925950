/** 配额详情 */
export interface AccountQuota {
    /** 后付费配额列表 */
    PostPaidQuotaSet?: PostPaidQuota[] | undefined;
    /** 预付费配额列表 */
    PrePaidQuotaSet?: PrePaidQuota[] | undefined;
    /** spot配额列表 */
    SpotPaidQuotaSet?: SpotPaidQuota[] | undefined;
    /** 镜像配额列表 */
    ImageQuotaSet?: ImageQuota[] | undefined;
    /** 置放群组配额列表 */
    DisasterRecoverGroupQuotaSet?: DisasterRecoverGroupQuota[] | undefined;
}
/** 配额详情概览 */
export interface AccountQuotaOverview {
    /**
     * 地域
     *
     * @example ap-guangzhou
     */
    Region?: string | undefined;
    /** 配额数据 */
    AccountQuota?: AccountQuota | undefined;
}
/** 定时任务 */
export interface ActionTimer {
    /**
     * 定时器动作，目前仅支持销毁一个值：TerminateInstances。
     *
     * @example TerminateInstances
     */
    TimerAction?: string | undefined;
    /**
     * 执行时间，按照ISO8601标准表示，并且使用UTC时间。格式为 YYYY-MM-DDThh:mm:ssZ。例如 2018-05-29T11:26:40Z，执行时间必须大于当前时间5分钟。
     *
     * @example 2024-05-29T11:26:40Z
     */
    ActionTime?: string | undefined;
    /** 扩展数据。仅做出参使用。 */
    Externals?: Externals | undefined;
    /**
     * 定时器ID。仅做出参使用。
     *
     * @example 57z0f8ef-8112-460f-8203-fab753580f68
     */
    ActionTimerId?: string | undefined;
    /**
     * 定时器状态，仅做出参使用。取值范围：
     * UNDO：未执行
     * DOING：正在执行
     * DONE：执行完成。
     *
     * @example UNDO
     */
    Status?: "UNDO" | "DOING" | "DONE" | undefined;
    /**
     * 定时器对应的实例ID。仅做出参使用。
     *
     * @example ins-dpa3e3at
     */
    InstanceId?: string | undefined;
}
/** 属性信息 */
export interface Attribute {
    /**
     * 实例的自定义数据。
     *
     * @example TXlVc2VyRGF0YQo=
     */
    UserData?: string | undefined;
}
/** 描述预付费模式，即包年包月相关参数。包括购买时长和自动续费逻辑等。 */
export interface ChargePrepaid {
    /**
     * 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
     *
     * @example 1
     */
    Period: number;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
     * 默认取值：NOTIFY_AND_AUTO_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     * @defaultValue NOTIFY_AND_AUTO_RENEW
     */
    RenewFlag?: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | undefined;
}
/** chc部署网络minos引导配置。 */
export interface ChcDeployExtraConfig {
    /**
     * minos类型。是使用腾讯云的minios，还是客户自己的minios。
     *
     * @example public
     */
    MiniOsType: string;
    /**
     * 服务器的架构和启动方式。取值为x86_legacy, arm_uefi。
     *
     * @example x86_legacy
     */
    BootType: string;
    /**
     * PXE使用的引导文件。默认为pxelinux.0。
     *
     * @example pxelinux.0
     */
    BootFile?: string | undefined;
    /**
     * tftp服务器的ip地址。
     *
     * @example 169.254.68.10
     */
    NextServerAddress?: string | undefined;
}
/** CHC物理服务器信息 */
export interface ChcHost {
    /**
     * CHC物理服务器ID。
     *
     * @example chc-1a2b3c4d
     */
    ChcId?: string | undefined;
    /**
     * 实例名称。
     *
     * @example 托管服务器1
     */
    InstanceName?: string | undefined;
    /**
     * 服务器序列号。
     *
     * @example sn34asdfabd
     */
    SerialNumber?: string | undefined;
    /**
     * CHC的状态INIT: 设备已录入。还未配置带外和部署网络READY: 已配置带外和部署网络PREPARED: 可分配云主机ONLINE: 已分配云主机OPERATING: 设备操作中，如正在配置带外网络等。CLEAR_NETWORK_FAILED: 清理带外和部署网络失败
     *
     * @example ONLINE
     */
    InstanceState?: string | undefined;
    /**
     * 设备类型。
     *
     * @example CHC_HS1
     */
    DeviceType?: string | undefined;
    /** 所属可用区 */
    Placement?: Placement | undefined;
    /** 带外网络。 */
    BmcVirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /**
     * 带外网络Ip。
     *
     * @example 10.12.10.34
     */
    BmcIp?: string | undefined;
    /**
     * 带外网络安全组Id。
     *
     * @example ["sg-1a2b34af"]
     */
    BmcSecurityGroupIds?: string[] | undefined;
    /** 部署网络。 */
    DeployVirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /**
     * 部署网络Ip。
     *
     * @example 10.12.10.34
     */
    DeployIp?: string | undefined;
    /**
     * 部署网络安全组Id。
     *
     * @example ["sg-1a2b34af"]
     */
    DeploySecurityGroupIds?: string[] | undefined;
    /**
     * 关联的云主机Id。
     *
     * @example ins-34as43at
     */
    CvmInstanceId?: string | undefined;
    /**
     * 服务器导入的时间。
     *
     * @example 2020-03-10T02:43:51Z
     */
    CreatedTime?: string | undefined;
    /**
     * 机型的硬件描述，分别为CPU核数，内存容量和磁盘容量
     *
     * @example 128C 22GB 2424GB
     */
    HardwareDescription?: string | undefined;
    /**
     * CHC物理服务器的CPU核数
     *
     * @example 128
     */
    CPU?: number | undefined;
    /**
     * CHC物理服务器的内存大小，单位为GB
     *
     * @example 22
     */
    Memory?: number | undefined;
    /**
     * CHC物理服务器的磁盘信息
     *
     * @example 10T
     */
    Disk?: string | undefined;
    /**
     * 带外网络下分配的MAC地址
     *
     * @example 51:94:20:9C:B1:CB
     */
    BmcMAC?: string | undefined;
    /**
     * 部署网络下分配的MAC地址
     *
     * @example 51:94:20:9C:B1:CB
     */
    DeployMAC?: string | undefined;
    /**
     * 设备托管类型。HOSTING: 托管TENANT: 租赁
     *
     * @example HOSTING
     */
    TenantType?: string | undefined;
    /** chc dhcp选项，用于minios调试。 */
    DeployExtraConfig?: ChcDeployExtraConfig | undefined;
    /**
     * GPU型号。
     *
     * @example 2 * NVIDIA P40
     */
    Gpu?: string | undefined;
    /**
     * 网卡型号。主要指RDMA网卡。
     *
     * @example ConnectX-5
     */
    NetworkCard?: string | undefined;
    /**
     * 是否是预定义机型。
     *
     * @example true
     */
    IsPredefinedType?: boolean | undefined;
    /**
     * CHC云主机机型。
     *
     * @example CHCS5.128C256M
     */
    ChcInstanceType?: string | undefined;
    /**
     * CHC云主机机型簇。
     *
     * @example CHCS5
     */
    ChcInstanceFamily?: string | undefined;
    /**
     * CHC云主机机型簇名称。
     *
     * @example 标准型CHCS5
     */
    ChcInstanceFamilyName?: string | undefined;
    /**
     * 转售客户的AppId。
     *
     * @example 12510001001
     */
    ResaleAppId?: string | undefined;
    /**
     * 转售客户的账号ID。
     *
     * @example 100002300442
     */
    ResaleAccountId?: string | undefined;
    /**
     * 售卖状态。NOT_FOR_SALE:不可售卖AVAILABLE: 可售卖SOLD: 已售卖
     *
     * @example SOLD
     */
    SaleStatus?: string | undefined;
    /** CHC物理服务器关联的标签列表。 */
    Tags?: Tag[] | undefined;
    /**
     * 最近操作
     *
     * @example ChcPrepare
     */
    LatestOperation?: string | undefined;
    /**
     * 最近操作错误码
     *
     * @example IpmiFailed
     */
    LatestOperationErrorCode?: string | undefined;
    /**
     * 最近操作错误详情和建议项
     *
     * @example 执行IPMI命令失败：1、账号能够拥有远程执行IPMI命令权限；2、在BIOS中设置允许LAN执行IPMI命令。
     */
    LatestOperationErrorMsg?: string | undefined;
    /**
     * 最近操作名称
     *
     * @example 带外检查失败
     */
    LatestOperationName?: string | undefined;
    /**
     * 最近操作状态
     *
     * @example FAILED
     */
    LatestOperationState?: string | undefined;
}
/** CHC物理服务器实例禁止操作的返回结构体 */
export interface ChcHostDeniedActions {
    /**
     * CHC物理服务器的实例id
     *
     * @example “chc-123456fd”
     */
    ChcId?: string | undefined;
    /**
     * CHC物理服务器的状态
     *
     * @example "ONLINE"
     */
    State?: string | undefined;
    /**
     * 当前CHC物理服务器禁止做的操作
     *
     * @example ["ConfigureChcAssistVpc']
     */
    DenyActions?: string[] | undefined;
}
/** 描述了实例CPU拓扑结构的相关信息。 */
export interface CpuTopology {
    /**
     * 决定启用的CPU物理核心数。
     *
     * @example 4
     */
    CoreCount?: number | undefined;
    /**
     * 每核心线程数。该参数决定是否开启或关闭超线程。1 表示关闭超线程2 表示开启超线程不设置时，实例使用默认的超线程策略。开关超线程请参考文档：开启与关闭超线程。
     *
     * @example 2
     */
    ThreadPerCore?: number | undefined;
}
/** 描述了数据盘的信息 */
export interface DataDisk {
    /**
     * 数据盘大小，单位：GiB。最小调整步长为10GiB，不同数据盘类型取值范围不同，具体限制详见：存储概述。默认值为0，表示不购买数据盘。更多限制详见产品文档。
     *
     * @example 50
     */
    DiskSize: number;
    /**
     * 数据盘类型。数据盘类型限制详见存储概述。取值范围：
     * LOCAL_BASIC：本地硬盘
     * LOCAL_SSD：本地SSD硬盘
     * LOCAL_NVME：本地NVME硬盘，与InstanceType强相关，不支持指定
     * LOCAL_PRO：本地HDD硬盘，与InstanceType强相关，不支持指定
     * CLOUD_BASIC：普通云硬盘
     * CLOUD_PREMIUM：高性能云硬盘
     * CLOUD_SSD：SSD云硬盘
     * CLOUD_HSSD：增强型SSD云硬盘
     * CLOUD_TSSD：极速型SSD云硬盘
     * CLOUD_BSSD：通用型SSD云硬盘
     * 默认取值：LOCAL_BASIC该参数对ResizeInstanceDisk接口无效。
     *
     * @example CLOUD_SSD
     * @defaultValue LOCAL_BASIC
     */
    DiskType?: "LOCAL_BASIC" | "LOCAL_SSD" | "LOCAL_NVME" | "LOCAL_PRO" | "CLOUD_BASIC" | "CLOUD_PREMIUM" | "CLOUD_SSD" | "CLOUD_HSSD" | "CLOUD_TSSD" | "CLOUD_BSSD" | undefined;
    /**
     * 数据盘ID。该参数目前仅用于DescribeInstances等查询类接口的返回参数，不可用于RunInstances等写接口的入参。
     *
     * @example disk-ciezoimt
     */
    DiskId?: string | undefined;
    /**
     * 数据盘是否随子机销毁。取值范围：
     * true：子机销毁时，销毁数据盘，只支持按小时后付费云盘
     * false：子机销毁时，保留数据盘
     * 默认取值：true该参数目前仅用于 RunInstances 接口。
     *
     * @example true
     * @defaultValue true
     */
    DeleteWithInstance?: boolean | undefined;
    /**
     * 数据盘快照ID。选择的数据盘快照大小需小于数据盘大小。
     *
     * @example snap-6yczrj8x
     */
    SnapshotId?: string | undefined;
    /**
     * 数据盘是否加密。取值范围：
     * true：加密
     * false：不加密
     * 默认取值：false该参数目前仅用于 RunInstances 接口。
     *
     * @example false
     * @defaultValue false
     */
    Encrypt?: boolean | undefined;
    /**
     * 自定义CMK对应的ID，取值为UUID或者类似kms-abcd1234。用于加密云盘。该参数目前仅用于 RunInstances 接口。
     *
     * @example kms-abcd1234
     */
    KmsKeyId?: string | null | undefined;
    /**
     * 云硬盘性能，单位：MiB/s。使用此参数可给云硬盘购买额外的性能。当前仅支持极速型云盘（CLOUD_TSSD）和增强型SSD云硬盘（CLOUD_HSSD）
     *
     * @example 20
     */
    ThroughputPerformance?: number | null | undefined;
    /**
     * 所属的独享集群ID。
     *
     * @example cdc-1648zauv
     */
    CdcId?: string | null | undefined;
    /**
     * 突发性能注：内测中。
     *
     * @example false
     */
    BurstPerformance?: boolean | undefined;
    /**
     * 磁盘名称，长度不超过128 个字符。
     *
     * @example MyDiskName
     */
    DiskName?: string | undefined;
}
/** 容灾组信息 */
export interface DisasterRecoverGroup {
    /**
     * 分散置放群组id。
     *
     * @example ps-n4becvb9
     */
    DisasterRecoverGroupId?: string | undefined;
    /**
     * 分散置放群组名称，长度1-60个字符。
     *
     * @example myGroup
     */
    Name?: string | undefined;
    /**
     * 分散置放群组类型，取值范围：
     * HOST：物理机
     * SW：交换机
     * RACK：机架
     *
     * @example "HOST"
     */
    Type?: "HOST" | "SW" | "RACK" | (string & {}) | undefined;
    /**
     * 分散置放群组内最大容纳云服务器数量。
     *
     * @example 50
     */
    CvmQuotaTotal?: number | undefined;
    /**
     * 分散置放群组内云服务器当前数量。
     *
     * @example 2
     */
    CurrentNum?: number | undefined;
    /**
     * 分散置放群组内，云服务器id列表。
     *
     * @example ["ins-19029pru"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 分散置放群组创建时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example "2021-04-27T08:49:34Z"
     */
    CreateTime?: string | undefined;
    /**
     * 置放群组亲和度
     *
     * @example 1
     */
    Affinity?: number | undefined;
    /** 置放群组关联的标签列表。 */
    Tags?: Tag[] | undefined;
}
/** 置放群组配置数据 */
export interface DisasterRecoverGroupQuota {
    /**
     * 可创建置放群组数量的上限。
     *
     * @example 0
     */
    GroupQuota?: number | undefined;
    /**
     * 当前用户已经创建的置放群组数量。
     *
     * @example 10
     */
    CurrentNum?: number | undefined;
    /**
     * 物理机类型容灾组内实例的配额数。
     *
     * @example 10
     */
    CvmInHostGroupQuota?: number | undefined;
    /**
     * 交换机类型容灾组内实例的配额数。
     *
     * @example 10
     */
    CvmInSwitchGroupQuota?: number | undefined;
    /**
     * 机架类型容灾组内实例的配额数。
     *
     * @example 20
     */
    CvmInRackGroupQuota?: number | undefined;
}
/** 描述了实例的增强服务启用情况与其设置，如云安全，云监控等实例 Agent */
export interface EnhancedService {
    /**
     * 开启云安全服务。若不指定该参数，则默认开启云安全服务。
     *
     * @example true
     */
    SecurityService?: RunSecurityServiceEnabled | undefined;
    /**
     * 开启云监控服务。若不指定该参数，则默认开启云监控服务。
     *
     * @example true
     */
    MonitorService?: RunMonitorServiceEnabled | undefined;
    /**
     * 开启云自动化助手服务（TencentCloud Automation Tools，TAT）。若不指定该参数，则公共镜像默认开启云自动化助手服务，其他镜像默认不开启云自动化助手服务。
     *
     * @example true
     */
    AutomationService?: RunAutomationServiceEnabled | undefined;
}
/** 扩展数据 */
export interface Externals {
    /**
     * 释放地址
     *
     * @example true
     */
    ReleaseAddress?: boolean | undefined;
    /**
     * 不支持的网络类型，取值范围：
     * BASIC：基础网络
     * VPC1.0：私有网络VPC1.0
     *
     * @example VPC1.0
     */
    UnsupportNetworks?: Array<"BASIC" | "VPC1.0"> | undefined;
    /** HDD本地存储属性 */
    StorageBlockAttr?: StorageBlock | undefined;
}
/** 描述键值对过滤器，用于条件过滤查询。例如过滤ID、名称、状态等若存在多个Filter时，Filter间的关系为逻辑与（AND）关系。若同一个Filter存在多个Values，同一Filter下Values间的关系为逻辑或（OR）关系。以DescribeInstances接口的 Filter为例。若我们需要查询可用区（ zone）为广州一区 并且 实例计费模式（ instance-charge-type）为包年包月 或者 按量计费的实例时，可如下实现：Filters.0.Name=zone &Filters.0.Values.0=ap-guangzhou-1 &Filters.1.Name=instance-charge-type &Filters.1.Values.0=PREPAID &Filters.1.Values.1=POSTPAID_BY_HOUR */
export interface Filter {
    /**
     * 需要过滤的字段。
     *
     * @example zone
     */
    Name: string;
    /**
     * 字段的过滤值。
     *
     * @example ["ap-guangzhou-2"]
     */
    Values: string[];
}
/** 实例GPU信息 */
export interface GPUInfo {
    /**
     * 实例GPU个数。值小于1代表VGPU类型，大于1代表GPU直通类型。
     *
     * @example 1
     */
    GPUCount?: number | undefined;
    /**
     * 实例GPU地址。
     *
     * @example ['0000:18:00.0','0000:18:00.1']
     */
    GPUId?: string[] | undefined;
    /**
     * 实例GPU类型。
     *
     * @example NVIDIA T4
     */
    GPUType?: string | undefined;
}
/** 专用宿主机实例详细信息 */
export interface HostItem {
    /**
     * 专用宿主机实例所在的位置。通过该参数可以指定实例所属可用区，所属项目等属性。
     *
     * @example { "Zone": "ap-guangzhou-4", "ProjectId": 0 }
     */
    Placement?: Placement | undefined;
    /**
     * 专用宿主机实例ID
     *
     * @example host-6154dm9w
     */
    HostId?: string | undefined;
    /**
     * 专用宿主机实例类型
     *
     * @example HS50
     */
    HostType?: string | undefined;
    /**
     * 专用宿主机实例名称
     *
     * @example myHost
     */
    HostName?: string | undefined;
    /**
     * 专用宿主机实例付费模式
     *
     * @example PREPAID
     */
    HostChargeType?: string | undefined;
    /**
     * 专用宿主机实例自动续费标记
     *
     * @example NOTIFY_AND_AUTO_RENEW
     */
    RenewFlag?: string | undefined;
    /**
     * 专用宿主机实例创建时间
     *
     * @example 2024-11-03T09:47:00Z
     */
    CreatedTime?: string | undefined;
    /**
     * 专用宿主机实例过期时间
     *
     * @example 2024-12-03T09:47:00Z
     */
    ExpiredTime?: string | undefined;
    /**
     * 专用宿主机实例上已创建云子机的实例id列表
     *
     * @example ins-bv6i4xxx
     */
    InstanceIds?: string[] | undefined;
    /**
     * 专用宿主机实例状态
     *
     * @example RUNNING
     */
    HostState?: string | undefined;
    /**
     * 专用宿主机实例IP
     *
     * @example 10.0.0.6
     */
    HostIp?: string | undefined;
    /**
     * 专用宿主机实例资源信息
     *
     * @example { "CpuTotal": 126, "CpuAvailable": 24, "MemTotal": 320, "MemAvailable": 77, "DiskTotal":0, "DiskAvailable": 0, "DiskType": "", "GpuTotal": 0, "GpuAvailable": 0 }
     */
    HostResource?: HostResource | undefined;
    /**
     * 专用宿主机所属的围笼ID。该字段仅对金融专区围笼内的专用宿主机有效。
     *
     * @example cage-gz-1-2
     */
    CageId?: string | undefined;
    /**
     * 专用宿主机关联的标签列表。
     *
     * @example [ { "ResourceType": "cdh", "Tags": [ { "Key": "myTag", "Value": "cloud" } ] } ]
     */
    Tags?: Tag[] | undefined;
}
/** cdh相关价格信息 */
export interface HostPriceInfo {
    /** 描述了cdh实例相关的价格信息 */
    HostPrice?: ItemPrice | undefined;
}
/** 专用宿主机实例的资源信息 */
export interface HostResource {
    /**
     * 专用宿主机实例总CPU核数
     *
     * @example 32
     */
    CpuTotal?: number | undefined;
    /**
     * 专用宿主机实例可用CPU核数
     *
     * @example 32
     */
    CpuAvailable?: number | undefined;
    /**
     * 专用宿主机实例总内存大小（单位为:GiB）
     *
     * @example 96
     */
    MemTotal?: number | undefined;
    /**
     * 专用宿主机实例可用内存大小（单位为:GiB）
     *
     * @example 96
     */
    MemAvailable?: number | undefined;
    /**
     * 专用宿主机实例总磁盘大小（单位为:GiB）
     *
     * @example 1000
     */
    DiskTotal?: number | undefined;
    /**
     * 专用宿主机实例可用磁盘大小（单位为:GiB）
     *
     * @example 1000
     */
    DiskAvailable?: number | undefined;
    /**
     * 专用宿主机实例磁盘类型
     *
     * @example "LOCAL_SSD"
     */
    DiskType?: string | undefined;
    /**
     * 专用宿主机实例总GPU卡数
     *
     * @example 0
     */
    GpuTotal?: number | undefined;
    /**
     * 专用宿主机实例可用GPU卡数
     *
     * @example 0
     */
    GpuAvailable?: number | undefined;
    /**
     * CDH owner
     *
     * @example 12300021
     */
    ExclusiveOwner?: string | undefined;
}
/** 高性能计算集群 */
export interface HpcClusterInfo {
    /**
     * 高性能计算集群ID
     *
     * @example hpc-07b1c
     */
    HpcClusterId?: string | undefined;
    /**
     * 高性能计算集群名
     *
     * @example myCluster
     */
    Name?: string | undefined;
    /**
     * 高性能计算集群备注
     *
     * @example H20
     */
    Remark?: string | undefined;
    /**
     * 集群下设备容量
     *
     * @example 1600
     */
    CvmQuotaTotal?: number | undefined;
    /**
     * 集群所在可用区
     *
     * @example ap-guangzhou-2
     */
    Zone?: string | undefined;
    /**
     * 集群当前已有设备量
     *
     * @example 1
     */
    CurrentNum?: number | undefined;
    /**
     * 集群创建时间
     *
     * @example 2023-10-05T14:30:00Z
     */
    CreateTime?: string | undefined;
    /**
     * 集群内实例ID列表
     *
     * @example ["ins-xxxxx"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 高性能计算集群类型。
     *
     * @example STANDARD
     */
    HpcClusterType?: string | undefined;
    /**
     * 高性能计算集群对应的业务场景标识，当前只支持CDC。
     *
     * @example cluster-1f6vxxx
     */
    HpcClusterBusinessId?: string | undefined;
    /**
     * 高性能计算集群网络模式
     *
     * @example 0～32，一般取28，30
     */
    HpcClusterNetMode?: number | undefined;
    /**
     * 高性能计算集群关联的标签列表
     *
     * @example [{"Key": "APP3", "Value": "3"}, {"Key": "APP4", "Value": "4"}]
     */
    Tags?: Tag[] | undefined;
}
/** 一个关于镜像详细信息的结构体，主要包括镜像的主要状态与属性。 */
export interface Image {
    /**
     * 镜像ID
     *
     * @example img-19mu3fy3
     */
    ImageId?: string | undefined;
    /**
     * 镜像操作系统
     *
     * @example CentOS 8.0 64位
     */
    OsName?: string | undefined;
    /**
     * 镜像类型。镜像类型返回值包括：* PUBLIC_IMAGE 公共镜像* PRIVATE_IMAGE 自定义镜像* SHARED_IMAGE 共享镜像
     *
     * @example PRIVATE_IMAGE
     */
    ImageType?: string | undefined;
    /**
     * 镜像创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间，格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2022-03-21T08:41:45Z
     */
    CreatedTime?: string | undefined;
    /**
     * 镜像名称
     *
     * @example myImg
     */
    ImageName?: string | undefined;
    /**
     * 镜像描述
     *
     * @example tencentcloud
     */
    ImageDescription?: string | undefined;
    /**
     * 镜像大小，单位 GiB。
     *
     * @example 50
     */
    ImageSize?: number | undefined;
    /**
     * 镜像架构。镜像架构返回值包括：* x86_64 * arm * i386
     *
     * @example x86_64
     */
    Architecture?: string | undefined;
    /**
     * 镜像状态: CREATING-创建中NORMAL-正常CREATEFAILED-创建失败SYNCING-复制中IMPORTING-导入中IMPORTFAILED-导入失败
     *
     * @example NORMAL
     */
    ImageState?: string | undefined;
    /**
     * 镜像来源平台，包括如TencentOS、 CentOS、 Windows、 Ubuntu、 Debian、Fedora等。
     *
     * @example CentOS
     */
    Platform?: string | undefined;
    /**
     * 镜像创建者
     *
     * @example tencentcloud
     */
    ImageCreator?: string | undefined;
    /**
     * 镜像来源。镜像来源返回值包括：* OFFICIAL 官方镜像* CREATE_IMAGE 用户自建镜像* EXTERNAL_IMPORT 用户外部导入镜像
     *
     * @example CREATE_IMAGE
     */
    ImageSource?: string | undefined;
    /**
     * 同步百分比
     *
     * @example 60
     */
    SyncPercent?: number | null | undefined;
    /**
     * 镜像是否支持cloud-init
     *
     * @example true
     */
    IsSupportCloudinit?: boolean | undefined;
    /** 镜像关联的快照信息 */
    SnapshotSet?: Snapshot[] | undefined;
    /** 镜像关联的标签列表。 */
    Tags?: Tag[] | undefined;
    /**
     * 镜像许可类型。镜像许可类型返回值包括：* TencentCloud 腾讯云官方许可* BYOL 用户自带许可
     *
     * @example TencentCloud
     */
    LicenseType?: string | undefined;
    /**
     * 镜像族
     *
     * @example business-daily-update
     */
    ImageFamily?: string | undefined;
    /**
     * 镜像是否废弃
     *
     * @example false
     */
    ImageDeprecated?: boolean | undefined;
    /**
     * CDC镜像缓存状态
     *
     * @example CACHED
     */
    CdcCacheStatus?: string | undefined;
}
/** 支持的操作系统类型，根据Windows和Linux分类。 */
export interface ImageOsList {
    /**
     * 支持的Windows操作系统。
     *
     * @example Windows Server 2019
     */
    Windows?: string[] | undefined;
    /**
     * 支持的Linux操作系统
     *
     * @example CentOS
     */
    Linux?: string[] | undefined;
}
/** 镜像配额 */
export interface ImageQuota {
    /**
     * 已使用配额
     *
     * @example 10
     */
    UsedQuota?: number | undefined;
    /**
     * 总配额
     *
     * @example 20
     */
    TotalQuota?: number | undefined;
}
/** 导入镜像的数据盘信息 */
export interface ImportImageDataDisk {
    /**
     * 数据盘镜像 COS 链接
     *
     * @example https://import-img.cos.ap-guangzhou.myqcloud.com/import-img.vpc
     */
    ImageUrl: string;
}
/** 描述实例的信息 */
export interface Instance {
    /** 实例所在的位置。 */
    Placement?: Placement | undefined;
    /**
     * 实例ID。
     *
     * @example ins-9bxebleo
     */
    InstanceId?: string | undefined;
    /**
     * 实例机型。
     *
     * @example S1.SMALL1
     */
    InstanceType?: string | undefined;
    /**
     * 实例的CPU核数，单位：核。
     *
     * @example 1
     */
    CPU?: number | undefined;
    /**
     * 实例内存容量，单位：GiB。
     *
     * @example 1
     */
    Memory?: number | undefined;
    /**
     * 实例业务状态。取值范围：
     * NORMAL：表示正常状态的实例
     * EXPIRED：表示过期的实例
     * PROTECTIVELY_ISOLATED：表示被安全隔离的实例。
     *
     * @example NORMAL
     */
    RestrictState?: "NORMAL" | "EXPIRED" | "PROTECTIVELY_ISOLATED" | (string & {}) | undefined;
    /**
     * 实例名称。
     *
     * @example 测试实例
     */
    InstanceName?: string | undefined;
    /**
     * 实例计费类型。取值范围：
     * PREPAID：预付费，即包年包月
     * POSTPAID_BY_HOUR：按小时后付费
     * CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收费）
     * SPOTPAID：竞价付费
     * CDCPAID：专用集群付费
     *
     * @example PREPAID
     */
    InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "CDHPAID" | "SPOTPAID" | "CDCPAID" | (string & {}) | undefined;
    /** 实例系统盘信息。 */
    SystemDisk?: SystemDisk | undefined;
    /** 实例数据盘信息。 */
    DataDisks?: DataDisk[] | undefined;
    /**
     * 实例主网卡的内网IP列表。
     *
     * @example ["172.16.32.78"]
     */
    PrivateIpAddresses?: string[] | undefined;
    /**
     * 实例主网卡的公网IP列表。
     *
     * @example ["123.207.11.190"]
     */
    PublicIpAddresses?: string[] | null | undefined;
    /** 实例带宽信息。 */
    InternetAccessible?: InternetAccessible | undefined;
    /** 实例所属虚拟私有网络信息。 */
    VirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /**
     * 生产实例所使用的镜像ID。
     *
     * @example img-9qabwvbn
     */
    ImageId?: string | undefined;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_MANUAL_RENEW：表示通知即将过期，但不自动续费
     * NOTIFY_AND_AUTO_RENEW：表示通知即将过期，而且自动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：表示不通知即将过期，也不自动续费。
     * 注意：后付费模式本项为null
     *
     * @example NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: "NOTIFY_AND_MANUAL_RENEW" | "NOTIFY_AND_AUTO_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | (string & {}) | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2020-03-10T02:43:51Z
     */
    CreatedTime?: string | undefined;
    /**
     * 到期时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。注意：后付费模式本项为null
     *
     * @example 2020-04-10T02:47:36Z
     */
    ExpiredTime?: string | undefined;
    /**
     * 操作系统名称。
     *
     * @example CentOS 7.6 64bit
     */
    OsName?: string | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用 DescribeSecurityGroups 的返回值中的sgId字段来获取。
     *
     * @example ["sg-p1ezv4wz"]
     */
    SecurityGroupIds?: string[] | undefined;
    /** 实例登录设置。目前只返回实例所关联的密钥。 */
    LoginSettings?: LoginSettings | undefined;
    /**
     * 实例状态。状态类型详见实例状态表
     *
     * @example RUNNING
     */
    InstanceState?: string | undefined;
    /** 实例关联的标签列表。 */
    Tags?: Tag[] | undefined;
    /**
     * 实例的关机计费模式。取值范围：
     * KEEP_CHARGING：关机继续收费
     * STOP_CHARGING：关机停止收费
     * NOT_APPLICABLE：实例处于非关机状态或者不适用关机停止计费的条件
     *
     * @example NOT_APPLICABLE
     */
    StopChargingMode?: "KEEP_CHARGING" | "STOP_CHARGING" | "NOT_APPLICABLE" | (string & {}) | undefined;
    /**
     * 实例全局唯一ID
     *
     * @example 68b510db-b4c1-4630-a62b-73d0c7c970f9
     */
    Uuid?: string | undefined;
    /**
     * 实例的最新操作。例：StopInstances、ResetInstance。
     *
     * @example RenewInstances
     */
    LatestOperation?: string | null | undefined;
    /**
     * 实例的最新操作状态。取值范围：
     * SUCCESS：表示操作成功
     * OPERATING：表示操作执行中
     * FAILED：表示操作失败
     *
     * @example SUCCESS
     */
    LatestOperationState?: "SUCCESS" | "OPERATING" | "FAILED" | (string & {}) | null | undefined;
    /**
     * 实例最新操作的唯一请求 ID。
     *
     * @example 3554eb5b-1cfa-471a-ae76-dc436c9d43e8
     */
    LatestOperationRequestId?: string | null | undefined;
    /**
     * 分散置放群组ID。
     *
     * @example ps-l7sdunxx
     */
    DisasterRecoverGroupId?: string | undefined;
    /**
     * 实例的IPv6地址。
     *
     * @example ["xx.xxxxx.xxx"]
     */
    IPv6Addresses?: string[] | null | undefined;
    /**
     * CAM角色名。
     *
     * @example admin
     */
    CamRoleName?: string | null | undefined;
    /**
     * 高性能计算集群ID。
     *
     * @example hpc-4dxxetpt
     */
    HpcClusterId?: string | undefined;
    /**
     * 高性能计算集群IP列表。
     *
     * @example ["xx.xxxxx.xxx"]
     */
    RdmaIpAddresses?: string[] | null | undefined;
    /**
     * 实例所在的专用集群ID。
     *
     * @example cluster-du3jken
     */
    DedicatedClusterId?: string | undefined;
    /**
     * 实例隔离类型。取值范围：
     * ARREAR：表示欠费隔离
     * EXPIRE：表示到期隔离
     * MANMADE：表示主动退还隔离
     * NOTISOLATED：表示未隔离
     *
     * @example NOTISOLATED
     */
    IsolatedSource?: "ARREAR" | "EXPIRE" | "MANMADE" | "NOTISOLATED" | (string & {}) | undefined;
    /** GPU信息。如果是gpu类型子机，该值会返回GPU信息，如果是其他类型子机则不返回。 */
    GPUInfo?: GPUInfo | undefined;
    /**
     * 实例的操作系统许可类型，默认为TencentCloud
     *
     * @example TencentCloud
     */
    LicenseType?: string | undefined;
    /**
     * 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
     * true：表示开启实例保护，不允许通过api接口删除实例
     * false：表示关闭实例保护，允许通过api接口删除实例
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    DisableApiTermination?: boolean | undefined;
    /**
     * 默认登录用户。
     *
     * @example root
     */
    DefaultLoginUser?: string | undefined;
    /**
     * 默认登录端口。
     *
     * @example 22
     */
    DefaultLoginPort?: number | undefined;
    /**
     * 实例的最新操作错误信息。
     *
     * @example None
     */
    LatestOperationErrorMsg?: string | null | undefined;
}
/** 实例属性 */
export interface InstanceAttribute {
    /**
     * 实例 ID。
     *
     * @example ins-lyxxskp2
     */
    InstanceId?: string | undefined;
    /** 实例属性信息。 */
    Attributes?: Attribute | undefined;
}
/** 描述了实例的计费模式 */
export interface InstanceChargePrepaid {
    /**
     * 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60。
     *
     * @example 1
     */
    Period: number;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
     * 默认取值：NOTIFY_AND_MANUAL_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
     *
     * @example DISABLE_NOTIFY_AND_MANUAL_RENEW
     * @defaultValue NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | undefined;
}
/** 描述实例的机型族配置信息形如：{'InstanceFamilyName': '标准型S1', 'InstanceFamily': 'S1'}、{'InstanceFamilyName': '网络优化型N1', 'InstanceFamily': 'N1'}、{'InstanceFamilyName': '高IO型I1', 'InstanceFamily': 'I1'}等。 */
export interface InstanceFamilyConfig {
    /**
     * 机型族名称的中文全称。
     *
     * @example 高IO型I1
     */
    InstanceFamilyName?: string | undefined;
    /**
     * 机型族名称的英文简称。
     *
     * @example I1
     */
    InstanceFamily?: string | undefined;
}
/** 竞价请求相关选项 */
export interface InstanceMarketOptionsRequest {
    /**
     * 竞价相关选项
     *
     * @example 0.12
     */
    SpotOptions: SpotMarketOptions;
    /**
     * 市场选项类型，当前只支持取值：spot
     *
     * @example spot
     */
    MarketType?: string | undefined;
}
/** 描述退款详情。 */
export interface InstanceRefund {
    /**
     * 实例Id。
     *
     * @example "ins-fxqy3xmq"
     */
    InstanceId?: string | undefined;
    /**
     * 退款数额。
     *
     * @example "7.36元"
     */
    Refunds?: number | undefined;
    /**
     * 退款详情。
     *
     * @example "退款：7.36元，代金券不退（订单号20210406606002706051431：部件cvm:现金支付17.9元-已使用第一
     */
    PriceDetail?: string | undefined;
}
/** 描述实例的状态。状态类型详见实例状态表 */
export interface InstanceStatus {
    /**
     * 实例ID。
     *
     * @example ins-g4c6xxxx
     */
    InstanceId?: string | undefined;
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
     * TERMINATING：表示销毁中
     * ENTER_RESCUE_MODE：表示进入救援模式
     * RESCUE_MODE：表示在救援模式中
     * EXIT_RESCUE_MODE：表示退出救援模式
     * ENTER_SERVICE_LIVE_MIGRATE：表示进入在线服务迁移
     * SERVICE_LIVE_MIGRATE：表示在线服务迁移中
     * EXIT_SERVICE_LIVE_MIGRATE：表示退出在线服务迁移。
     *
     * @example RUNNING
     */
    InstanceState?: "PENDING" | "LAUNCH_FAILED" | "RUNNING" | "STOPPED" | "STARTING" | "STOPPING" | "REBOOTING" | "SHUTDOWN" | "TERMINATING" | "ENTER_RESCUE_MODE" | "RESCUE_MODE" | "EXIT_RESCUE_MODE" | "ENTER_SERVICE_LIVE_MIGRATE" | "SERVICE_LIVE_MIGRATE" | "EXIT_SERVICE_LIVE_MIGRATE" | (string & {}) | undefined;
}
/** 描述实例机型配置信息 */
export interface InstanceTypeConfig {
    /**
     * 可用区。
     *
     * @example ap-guangzhou-2
     */
    Zone?: string | undefined;
    /**
     * 实例机型。
     *
     * @example S5.LARGE4
     */
    InstanceType?: string | undefined;
    /**
     * 实例机型系列。
     *
     * @example S5
     */
    InstanceFamily?: string | undefined;
    /**
     * GPU核数，单位：核。
     *
     * @example 1
     */
    GPU?: number | undefined;
    /**
     * CPU核数，单位：核。
     *
     * @example 4
     */
    CPU?: number | undefined;
    /**
     * 内存容量，单位：GiB。
     *
     * @example 4
     */
    Memory?: number | undefined;
    /**
     * FPGA核数，单位：核。
     *
     * @example 1
     */
    FPGA?: number | undefined;
    /**
     * 实例机型映射的物理GPU卡数，单位：卡。vGPU卡型小于1，直通卡型大于等于1。vGPU是通过分片虚拟化技术，将物理GPU卡重新划分，同一块GPU卡经虚拟化分割后可分配至不同的实例使用。直通卡型会将GPU设备直接挂载给实例使用。
     *
     * @example 1.0
     */
    GpuCount?: number | undefined;
}
/** 描述实例机型配置信息及状态信息 */
export interface InstanceTypeConfigStatus {
    /**
     * 状态描述
     *
     * @example "UNAVAILABLE"
     */
    Status?: string | undefined;
    /**
     * 状态描述信息
     *
     * @example "The instance does not support tuning to SA3 instance family."
     */
    Message?: string | undefined;
    /** 配置信息 */
    InstanceTypeConfig?: InstanceTypeConfig | undefined;
}
/** 描述实例机型配额信息。 */
export interface InstanceTypeQuotaItem {
    /**
     * 可用区。
     *
     * @example ap-guangzhou-2
     */
    Zone?: string | undefined;
    /**
     * 实例机型。
     *
     * @example S5.LARGE4
     */
    InstanceType?: string | undefined;
    /**
     * 实例计费模式。取值范围：
     * PREPAID：表示预付费，即包年包月
     * POSTPAID_BY_HOUR：表示后付费，即按量计费
     * CDHPAID：表示专用宿主机付费，即只对专用宿主机计费，不对专用宿主机上的实例计费。
     * SPOTPAID：表示竞价实例付费。
     *
     * @example PREPAID
     */
    InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "CDHPAID" | "SPOTPAID" | (string & {}) | undefined;
    /**
     * 网卡类型，例如：25代表25G网卡
     *
     * @example 25
     */
    NetworkCard?: number | undefined;
    /** 扩展属性。 */
    Externals?: Externals | undefined;
    /**
     * 实例的CPU核数，单位：核。
     *
     * @example 4
     */
    Cpu?: number | undefined;
    /**
     * 实例内存容量，单位：GB。
     *
     * @example 4
     */
    Memory?: number | undefined;
    /**
     * 实例机型系列。
     *
     * @example S5
     */
    InstanceFamily?: string | undefined;
    /**
     * 机型名称。
     *
     * @example 标准型S5
     */
    TypeName?: string | undefined;
    /** 本地磁盘规格列表。当该参数返回为空值时，表示当前情况下无法创建本地盘。 */
    LocalDiskTypeList?: LocalDiskType[] | undefined;
    /**
     * 实例是否售卖。取值范围：
     * SELL：表示实例可购买
     * SOLD_OUT：表示实例已售罄。
     *
     * @example SELL
     */
    Status?: "SELL" | "SOLD_OUT" | (string & {}) | undefined;
    /** 实例的售卖价格。 */
    Price?: ItemPrice | undefined;
    /**
     * 售罄原因。
     *
     * @example ResourcesSoldOut.SpecifiedInstanceType
     */
    SoldOutReason?: string | undefined;
    /**
     * 内网带宽，单位Gbps。
     *
     * @example 10.0
     */
    InstanceBandwidth?: number | undefined;
    /**
     * 网络收发包能力，单位万PPS。
     *
     * @example 80
     */
    InstancePps?: number | undefined;
    /**
     * 本地存储块数量。
     *
     * @example 10
     */
    StorageBlockAmount?: number | undefined;
    /**
     * 处理器型号。
     *
     * @example Intel Xeon Cascade Lake 8255C
     */
    CpuType?: string | undefined;
    /**
     * 实例的GPU数量。
     *
     * @example 1
     */
    Gpu?: number | undefined;
    /**
     * 实例的FPGA数量。
     *
     * @example 1
     */
    Fpga?: number | undefined;
    /**
     * 实例备注信息。
     *
     * @example 搭载1 块 11176 GB SATA HDD 本地硬盘
     */
    Remark?: string | undefined;
    /**
     * 实例机型映射的物理GPU卡数，单位：卡。vGPU卡型小于1，直通卡型大于等于1。vGPU是通过分片虚拟化技术，将物理GPU卡重新划分，同一块GPU卡经虚拟化分割后可分配至不同的实例使用。直通卡型会将GPU设备直接挂载给实例使用。
     *
     * @example 1.0
     */
    GpuCount?: number | undefined;
    /**
     * 实例的CPU主频信息
     *
     * @example -/3.1GHz
     */
    Frequency?: string | undefined;
    /**
     * 描述库存情况。取值范围：
     * EnoughStock：表示对应库存非常充足
     * NormalStock：表示对应库存供应有保障
     * UnderStock：表示对应库存即将售罄
     * WithoutStock：表示对应库存已经售罄
     *
     * @example EnoughStock
     */
    StatusCategory?: "EnoughStock" | "NormalStock" | "UnderStock" | "WithoutStock" | (string & {}) | undefined;
}
/** 描述了实例的公网可访问性，声明了实例的公网使用计费模式，最大带宽等 */
export interface InternetAccessible {
    /**
     * 网络计费类型。取值范围：
     * BANDWIDTH_PREPAID：预付费按带宽结算
     * TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
     * BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
     * BANDWIDTH_PACKAGE：带宽包用户
     * 默认取值：非带宽包用户默认与子机付费类型保持一致，比如子机付费类型为预付费，网络计费类型默认为预付费；子机付费类型为后付费，网络计费类型默认为后付费。
     *
     * @example BANDWIDTH_PREPAID
     */
    InternetChargeType?: "BANDWIDTH_PREPAID" | "TRAFFIC_POSTPAID_BY_HOUR" | "BANDWIDTH_POSTPAID_BY_HOUR" | "BANDWIDTH_PACKAGE" | undefined;
    /**
     * 公网出带宽上限，单位：Mbps。默认值：0Mbps。不同机型带宽上限范围不一致，具体限制详见购买网络带宽。
     *
     * @example 10
     * @defaultValue 0
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 是否分配公网IP。取值范围：
     * true：表示分配公网IP
     * false：表示不分配公网IP
     * 当公网带宽大于0Mbps时，可自由选择开通与否，默认开通公网IP；当公网带宽为0，则不允许分配公网IP。该参数仅在RunInstances接口中作为入参使用。
     *
     * @example false
     */
    PublicIpAssigned?: boolean | undefined;
    /**
     * 带宽包ID。可通过 DescribeBandwidthPackages 接口返回值中的BandwidthPackageId获取。该参数仅在RunInstances接口中作为入参使用。
     *
     * @example bwp-h1ro
     */
    BandwidthPackageId?: string | undefined;
}
/** 描述了按带宽计费的相关信息 */
export interface InternetBandwidthConfig {
    /**
     * 开始时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2023-10-05T14:30:00Z
     */
    StartTime?: string | undefined;
    /**
     * 结束时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2023-11-05T14:30:00Z
     */
    EndTime?: string | undefined;
    /** 实例带宽信息。 */
    InternetAccessible?: InternetAccessible | undefined;
}
/** 描述了网络计费 */
export interface InternetChargeTypeConfig {
    /**
     * 网络计费类型。取值范围：
     * BANDWIDTH_PREPAID：预付费按带宽结算
     * TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
     * BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
     * BANDWIDTH_PACKAGE：带宽包用户
     * 默认取值：非带宽包用户默认与子机付费类型保持一致，比如子机付费类型为预付费，网络计费类型默认为预付费；子机付费类型为后付费，网络计费类型默认为后付费。
     *
     * @example TRAFFIC_POSTPAID_BY_HOUR
     */
    InternetChargeType?: "BANDWIDTH_PREPAID" | "TRAFFIC_POSTPAID_BY_HOUR" | "BANDWIDTH_POSTPAID_BY_HOUR" | "BANDWIDTH_PACKAGE" | undefined;
    /**
     * 网络计费模式描述信息。
     *
     * @example postpaid monthly
     */
    Description?: string | undefined;
}
/** 描述了单项的价格信息 */
export interface ItemPrice {
    /**
     * 后续合计费用的原价，后付费模式使用，单位：元。如返回了其他时间区间项，如UnitPriceSecondStep，则本项代表时间区间在(0, 96)小时；若未返回其他时间区间项，则本项代表全时段，即(0, ∞)小时
     *
     * @example 35.5
     */
    UnitPrice?: number | undefined;
    /**
     * 后续计价单元，后付费模式使用，可取值范围：
     * HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：实例按小时后付费（POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）：
     * GB：表示计价单元是按每GB来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）。
     *
     * @example HOUR
     */
    ChargeUnit?: "HOUR" | "GB" | (string & {}) | undefined;
    /**
     * 预支合计费用的原价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    OriginalPrice?: number | undefined;
    /**
     * 预支合计费用的折扣价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    DiscountPrice?: number | undefined;
    /**
     * 折扣，如20.0代表2折。
     *
     * @example 20.0
     */
    Discount?: number | undefined;
    /**
     * 后续合计费用的折扣价，后付费模式使用，单位：元如返回了其他时间区间项，如UnitPriceDiscountSecondStep，则本项代表时间区间在(0, 96)小时；若未返回其他时间区间项，则本项代表全时段，即(0, ∞)小时
     *
     * @example 35.5
     */
    UnitPriceDiscount?: number | undefined;
    /**
     * 使用时间区间在(96, 360)小时的后续合计费用的原价，后付费模式使用，单位：元。
     *
     * @example 35.5
     */
    UnitPriceSecondStep?: number | undefined;
    /**
     * 使用时间区间在(96, 360)小时的后续合计费用的折扣价，后付费模式使用，单位：元
     *
     * @example 35.5
     */
    UnitPriceDiscountSecondStep?: number | undefined;
    /**
     * 使用时间区间在(360, ∞)小时的后续合计费用的原价，后付费模式使用，单位：元。
     *
     * @example 35.5
     */
    UnitPriceThirdStep?: number | undefined;
    /**
     * 使用时间区间在(360, ∞)小时的后续合计费用的折扣价，后付费模式使用，单位：元
     *
     * @example 35.5
     */
    UnitPriceDiscountThirdStep?: number | undefined;
    /**
     * 预支三年合计费用的原价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    OriginalPriceThreeYear?: number | null | undefined;
    /**
     * 预支三年合计费用的折扣价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    DiscountPriceThreeYear?: number | null | undefined;
    /**
     * 预支三年应用的折扣，如20.0代表2折。
     *
     * @example 35.5
     */
    DiscountThreeYear?: number | null | undefined;
    /**
     * 预支五年合计费用的原价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    OriginalPriceFiveYear?: number | null | undefined;
    /**
     * 预支五年合计费用的折扣价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    DiscountPriceFiveYear?: number | null | undefined;
    /**
     * 预支五年应用的折扣，如20.0代表2折。
     *
     * @example 35.5
     */
    DiscountFiveYear?: number | null | undefined;
    /**
     * 预支一年合计费用的原价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    OriginalPriceOneYear?: number | null | undefined;
    /**
     * 预支一年合计费用的折扣价，预付费模式使用，单位：元。
     *
     * @example 35.5
     */
    DiscountPriceOneYear?: number | null | undefined;
    /**
     * 预支一年应用的折扣，如20.0代表2折。
     *
     * @example 20.0
     */
    DiscountOneYear?: number | null | undefined;
}
/** 描述密钥对信息 */
export interface KeyPair {
    /**
     * 密钥对的ID，是密钥对的唯一标识。
     *
     * @example skey-q29u65hu
     */
    KeyId?: string | undefined;
    /**
     * 密钥对名称。
     *
     * @example mySkey
     */
    KeyName?: string | undefined;
    /**
     * 密钥对所属的项目 ID，ProjectId 为 0 时表示默认项目。
     *
     * @example 0
     */
    ProjectId?: number | undefined;
    /**
     * 密钥对描述信息。
     *
     * @example mySkey
     */
    Description?: string | undefined;
    /**
     * 密钥对的纯文本公钥。
     *
     * @example ssh-rsa AAAAB3N......59LPzXah+r+d skey-0mjpcb19
     */
    PublicKey?: string | undefined;
    /**
     * 密钥对的纯文本私钥。腾讯云不会保管私钥，请用户自行妥善保存。
     *
     * @example -----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAzDC......WCvOBGeKHg==\n-----END RSA PRIVATE KEY-----
     */
    PrivateKey?: string | undefined;
    /**
     * 密钥关联的实例ID列表。
     *
     * @example ["ins-syht65r4"]
     */
    AssociatedInstanceIds?: string[] | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并且使用UTC时间。格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2022-03-21T08:41:45Z
     */
    CreatedTime?: string | undefined;
    /** 密钥关联的标签列表。 */
    Tags?: Tag[] | undefined;
}
/** 实例启动模板，通过该参数可使用实例模板中的预设参数创建实例。 */
export interface LaunchTemplate {
    /**
     * 实例启动模板ID，通过该参数可使用实例模板中的预设参数创建实例。
     *
     * @example lt-rf6ogz48
     */
    LaunchTemplateId?: string | undefined;
    /**
     * 实例启动模板版本号，若给定，新实例启动模板将基于给定的版本号创建
     *
     * @example 1
     */
    LaunchTemplateVersion?: number | undefined;
}
/** 实例启动模板简要信息。 */
export interface LaunchTemplateInfo {
    /**
     * 实例启动模版本号。
     *
     * @example 10
     */
    LatestVersionNumber?: number | undefined;
    /**
     * 实例启动模板ID。
     *
     * @example lt-rf6ogz49
     */
    LaunchTemplateId?: string | undefined;
    /**
     * 实例启动模板名。
     *
     * @example foobar
     */
    LaunchTemplateName?: string | undefined;
    /**
     * 实例启动模板默认版本号。
     *
     * @example 5
     */
    DefaultVersionNumber?: number | undefined;
    /**
     * 实例启动模板包含的版本总数量。
     *
     * @example 8
     */
    LaunchTemplateVersionCount?: number | undefined;
    /**
     * 创建该模板的用户UIN。
     *
     * @example 1230000
     */
    CreatedBy?: string | undefined;
    /**
     * 创建该模板的时间。
     *
     * @example 2020-12-17T01:54:31Z
     */
    CreationTime?: string | undefined;
}
/** 实例启动模板版本信息 */
export interface LaunchTemplateVersionData {
    /** 实例所在的位置。 */
    Placement?: Placement | undefined;
    /**
     * 实例机型。
     *
     * @example S1.SMALL2
     */
    InstanceType?: string | undefined;
    /**
     * 实例名称。
     *
     * @example MyInstance
     */
    InstanceName?: string | undefined;
    /**
     * 实例计费模式。取值范围：
     * PREPAID：表示预付费，即包年包月
     * POSTPAID_BY_HOUR：表示后付费，即按量计费
     * CDHPAID：专用宿主机付费，即只对专用宿主机计费，不对专用宿主机上的实例计费。
     * SPOTPAID：表示竞价实例付费。
     *
     * @example PREPAID
     */
    InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "CDHPAID" | "SPOTPAID" | (string & {}) | undefined;
    /** 实例系统盘信息。 */
    SystemDisk?: SystemDisk | undefined;
    /** 实例数据盘信息。只包含随实例购买的数据盘。 */
    DataDisks?: DataDisk[] | undefined;
    /** 实例带宽信息。 */
    InternetAccessible?: InternetAccessible | undefined;
    /** 实例所属虚拟私有网络信息。 */
    VirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /**
     * 生产实例所使用的镜像ID。
     *
     * @example img-pi0aa46r
     */
    ImageId?: string | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用 DescribeSecurityGroups 的返回值中的sgId字段来获取。
     *
     * @example ["sg-rf6ogz49"]
     */
    SecurityGroupIds?: string[] | undefined;
    /** 实例登录设置。目前只返回实例所关联的密钥。 */
    LoginSettings?: LoginSettings | undefined;
    /**
     * CAM角色名。
     *
     * @example testroleName001
     */
    CamRoleName?: string | undefined;
    /**
     * 高性能计算集群ID。
     *
     * @example hpc-a5n666lo
     */
    HpcClusterId?: string | undefined;
    /**
     * 购买实例数量。
     *
     * @example 1
     */
    InstanceCount?: number | undefined;
    /** 增强服务。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为16KB。
     *
     * @example TXlVc2VyRGF0YQo=
     */
    UserData?: string | undefined;
    /**
     * 置放群组ID，仅支持指定一个。
     *
     * @example ["ps-3p88qhfo"]
     */
    DisasterRecoverGroupIds?: string[] | undefined;
    /** 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。 */
    ActionTimer?: ActionTimer | undefined;
    /** 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费则该参数必传。 */
    InstanceMarketOptions?: InstanceMarketOptionsRequest | undefined;
    /**
     * 云服务器的主机名。
     *
     * @example MyHostName
     */
    HostName?: string | undefined;
    /**
     * 用于保证请求幂等性的字符串。
     *
     * @example system-f3827db9-c58a-49cc-bf10-33fc1923a34a
     */
    ClientToken?: string | undefined;
    /** 预付费模式，即包年包月相关参数设置。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /** 标签描述列表。通过指定该参数可以同时绑定标签到相应的云服务器、云硬盘实例。 */
    TagSpecification?: TagSpecification[] | undefined;
    /**
     * 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
     * true：表示开启实例保护，不允许通过api接口删除实例
     * false：表示关闭实例保护，允许通过api接口删除实例
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    DisableApiTermination?: boolean | undefined;
}
/** 实例启动模板版本集合 */
export interface LaunchTemplateVersionInfo {
    /**
     * 实例启动模板版本号。
     *
     * @example 1
     */
    LaunchTemplateVersion?: number | undefined;
    /** 实例启动模板版本数据详情。 */
    LaunchTemplateVersionData?: LaunchTemplateVersionData | undefined;
    /**
     * 实例启动模板版本创建时间。
     *
     * @example 2020-12-17T01:54:31Z
     */
    CreationTime?: string | undefined;
    /**
     * 实例启动模板ID。
     *
     * @example lt-b8v1kcyq
     */
    LaunchTemplateId?: string | undefined;
    /**
     * 是否为默认启动模板版本。
     *
     * @example true
     */
    IsDefaultVersion?: boolean | undefined;
    /**
     * 实例启动模板版本描述信息。
     *
     * @example MyVersion
     */
    LaunchTemplateVersionDescription?: string | undefined;
    /**
     * 创建者的AppId。
     *
     * @example 251001234
     */
    CreatedBy?: string | undefined;
}
/** 本地磁盘规格 */
export interface LocalDiskType {
    /**
     * 本地磁盘类型。
     *
     * @example LOCAL_BASIC
     */
    Type?: string | undefined;
    /**
     * 本地磁盘属性。
     *
     * @example ROOT
     */
    PartitionType?: string | undefined;
    /**
     * 本地磁盘最小值。
     *
     * @example 10
     */
    MinSize?: number | undefined;
    /**
     * 本地磁盘最大值。
     *
     * @example 20
     */
    MaxSize?: number | undefined;
    /**
     * 购买时本地盘是否为必选。取值范围：
     * REQUIRED：表示必选
     * OPTIONAL：表示可选。
     *
     * @example REQUIRED
     */
    Required?: "REQUIRED" | "OPTIONAL" | (string & {}) | undefined;
}
/** 描述了实例登录相关配置与信息。 */
export interface LoginSettings {
    /**
     * 实例登录密码。不同操作系统类型密码复杂度限制不一样，具体如下：Linux实例密码必须8到30位，至少包括两项[a-z]，[A-Z]、[0-9] 和 [( ) ` ~ ! @ # $ % ^ & * - + = | { } [ ] : ; ' , . ? / ]中的特殊符号。Windows实例密码必须12到30位，至少包括三项[a-z]，[A-Z]，[0-9] 和 [( ) ` ~ ! @ # $ % ^ & * - + = | { } [ ] : ; ' , . ? /]中的特殊符号。若不指定该参数，则由系统随机生成密码，并通过站内信方式通知到用户。
     *
     * @example 123456@ABC
     */
    Password?: string | undefined;
    /**
     * 密钥ID列表。关联密钥后，就可以通过对应的私钥来访问实例；KeyId可通过接口DescribeKeyPairs获取，密钥与密码不能同时指定，同时Windows操作系统不支持指定密钥。
     *
     * @example ["skey-3glfot13"]
     */
    KeyIds?: string[] | null | undefined;
    /**
     * 保持镜像的原始设置。该参数与Password或KeyIds.N不能同时指定。只有使用自定义镜像、共享镜像或外部导入镜像创建实例时才能指定该参数为true。取值范围：
     * true：表示保持镜像的登录设置
     * false：表示不保持镜像的登录设置
     * 默认取值：false。
     *
     * @example true
     * @defaultValue false
     */
    KeepImageLogin?: "true" | "false" | undefined;
}
/** 自定义metadata */
export interface Metadata {
    /**
     * 自定义metadata键值对列表。
     *
     * @example [{"Key": "key", "Value": "value"}]
     */
    Items: MetadataItem[];
}
/** 自定义metadata key和value */
export interface MetadataItem {
    /**
     * 自定义metadata键，需符合正则 ^[a-zA-Z0-9_-]+$，长度 ≤128 字节（大小写敏感）；
     *
     * @example "key"
     */
    Key: string;
    /**
     * 自定义metadata值，支持任意数据（含二进制），大小 ≤256 KB（大小写敏感）；
     *
     * @example "value"
     */
    Value: string;
}
/** 描述了单台实例操作次数限制 */
export interface OperationCountLimit {
    /**
     * 实例操作。取值范围：
     * INSTANCE_DEGRADE：降配操作
     * INTERNET_CHARGE_TYPE_CHANGE：修改网络带宽计费模式
     *
     * @example INSTANCE_DEGRADE
     */
    Operation?: "INSTANCE_DEGRADE" | "INTERNET_CHARGE_TYPE_CHANGE" | (string & {}) | undefined;
    /**
     * 实例ID。
     *
     * @example ins-xxxxx
     */
    InstanceId?: string | undefined;
    /**
     * 当前已使用次数，如果返回值为-1表示该操作无次数限制。
     *
     * @example 1
     */
    CurrentCount?: number | undefined;
    /**
     * 操作次数最高额度，如果返回值为-1表示该操作无次数限制，如果返回值为0表示不支持调整配置。
     *
     * @example 5
     */
    LimitCount?: number | undefined;
}
/** 操作系统支持的类型。 */
export interface OsVersion {
    /**
     * 操作系统类型
     *
     * @example CentOS
     */
    OsName?: string | undefined;
    /**
     * 支持的操作系统版本
     *
     * @example ["9"]
     */
    OsVersions?: string[] | undefined;
    /**
     * 支持的操作系统架构
     *
     * @example x86_64
     */
    Architecture?: string[] | undefined;
}
/** 描述了实例的抽象位置，包括其所在的可用区，所属的项目，宿主机（仅专用宿主机产品可用），母机IP等 */
export interface Placement {
    /**
     * 实例所属的可用区名称。该参数可以通过调用 DescribeZones 的返回值中的Zone字段来获取。
     *
     * @example ap-guangzhou-4
     */
    Zone: string;
    /**
     * 实例所属项目ID。该参数可以通过调用 DescribeProject 的返回值中的 ProjectId 字段来获取。默认取值0，表示默认项目。
     *
     * @example 0
     */
    ProjectId?: number | undefined;
    /**
     * 实例所属的专用宿主机ID列表，仅用于入参。如果您有购买专用宿主机并且指定了该参数，则您购买的实例就会随机的部署在这些专用宿主机上。该参数可以通过调用 DescribeHosts 的返回值中的 HostId 字段来获取。
     *
     * @example ["host-o5i742go"]
     */
    HostIds?: string[] | undefined;
    /**
     * 实例所属的专用宿主机ID，仅用于出参。
     *
     * @example host-o5i742go
     */
    HostId?: string | undefined;
}
/** 后付费实例配额 */
export interface PostPaidQuota {
    /**
     * 累计已使用配额
     *
     * @example 10
     */
    UsedQuota?: number | undefined;
    /**
     * 剩余配额
     *
     * @example 90
     */
    RemainingQuota?: number | undefined;
    /**
     * 总配额
     *
     * @example 100
     */
    TotalQuota?: number | undefined;
    /**
     * 可用区
     *
     * @example ap-guangzhou-1
     */
    Zone?: string | undefined;
}
/** 预付费实例配额 */
export interface PrePaidQuota {
    /**
     * 当月已使用配额
     *
     * @example 10
     */
    UsedQuota?: number | undefined;
    /**
     * 单次购买最大数量
     *
     * @example 100
     */
    OnceQuota?: number | undefined;
    /**
     * 剩余配额
     *
     * @example 90
     */
    RemainingQuota?: number | undefined;
    /**
     * 总配额
     *
     * @example 100
     */
    TotalQuota?: number | undefined;
    /**
     * 可用区
     *
     * @example ap-nanjing-1
     */
    Zone?: string | undefined;
}
/** 价格 */
export interface Price {
    /** 描述了实例价格。 */
    InstancePrice?: ItemPrice | undefined;
    /** 描述了网络价格。 */
    BandwidthPrice?: ItemPrice | undefined;
}
/** 地域信息 */
export interface RegionInfo {
    /**
     * 地域名称，例如，ap-guangzhou
     *
     * @example ap-guangzhou
     */
    Region?: string | undefined;
    /**
     * 地域描述，例如，华南地区(广州)
     *
     * @example 华南地区(广州)
     */
    RegionName?: string | undefined;
    /**
     * 地域是否可用状态
     *
     * @example AVAILABLE
     */
    RegionState?: string | undefined;
}
/** 描述维修任务的相关信息 */
export interface RepairTaskInfo {
    /**
     * 维修任务ID
     *
     * @example rep-xxxxxxxx
     */
    TaskId?: string | undefined;
    /**
     * 实例ID
     *
     * @example ins-xxxxxxxx
     */
    InstanceId?: string | undefined;
    /**
     * 实例名称
     *
     * @example myTask
     */
    Alias?: string | null | undefined;
    /**
     * 任务类型ID，与任务类型中文名的对应关系如下：
     * - 101：实例运行隐患
     * - 102：实例运行异常
     * - 103：实例硬盘异常
     * - 104：实例网络连接异常
     * - 105：实例运行预警
     * - 106：实例硬盘预警
     * - 107：实例维护升级各任务类型的具体含义，可参考 维修任务分类。
     *
     * @example 101
     */
    TaskTypeId?: 101 | 102 | 103 | 104 | 105 | 106 | 107 | (number & {}) | undefined;
    /**
     * 任务类型中文名
     *
     * @example 实例运行隐患
     */
    TaskTypeName?: string | undefined;
    /**
     * 任务状态ID，与任务状态中文名的对应关系如下：
     * - 1：待授权
     * - 2：处理中
     * - 3：已结束
     * - 4：已预约
     * - 5：已取消
     * - 6：已避免各任务状态的具体含义，可参考 任务状态。
     *
     * @example 1
     */
    TaskStatus?: 1 | 2 | 3 | 4 | 5 | 6 | (number & {}) | undefined;
    /**
     * 设备状态ID，与设备状态中文名的对应关系如下：
     * - 1：故障中
     * - 2：处理中
     * - 3：正常
     * - 4：已预约
     * - 5：已取消
     * - 6：已避免
     *
     * @example 1
     */
    DeviceStatus?: 1 | 2 | 3 | 4 | 5 | 6 | (number & {}) | undefined;
    /**
     * 操作状态ID，与操作状态中文名的对应关系如下：
     * - 1：未授权
     * - 2：已授权
     * - 3：已处理
     * - 4：已预约
     * - 5：已取消
     * - 6：已避免
     *
     * @example 1
     */
    OperateStatus?: 1 | 2 | 3 | 4 | 5 | 6 | (number & {}) | undefined;
    /**
     * 任务创建时间
     *
     * @example 2017-01-01 12:00:00
     */
    CreateTime?: string | undefined;
    /**
     * 任务授权时间
     *
     * @example 2017-01-03 12:00:00
     */
    AuthTime?: string | null | undefined;
    /**
     * 任务结束时间
     *
     * @example 2017-01-03 14:00:00
     */
    EndTime?: string | null | undefined;
    /**
     * 任务详情
     *
     * @example 监控到您的云服务器存在隐患，可能导致云服务器高负载或宕机。为尽快修复隐患，需要您授权我们在线迁移。感谢您的支持与理解。
     */
    TaskDetail?: string | null | undefined;
    /**
     * 可用区
     *
     * @example ap-guangzhou-7
     */
    Zone?: string | null | undefined;
    /**
     * 地域
     *
     * @example ap-guangzhou
     */
    Region?: string | null | undefined;
    /**
     * 所在私有网络ID
     *
     * @example vpc-xxxxxxxx
     */
    VpcId?: string | null | undefined;
    /**
     * 所在私有网络名称
     *
     * @example Default-VPC
     */
    VpcName?: string | null | undefined;
    /**
     * 所在子网ID
     *
     * @example subnet-xxxxxxxx
     */
    SubnetId?: string | null | undefined;
    /**
     * 所在子网名称
     *
     * @example Default-Subnet
     */
    SubnetName?: string | null | undefined;
    /**
     * 实例公网IP
     *
     * @example 11.22.33.44
     */
    WanIp?: string | null | undefined;
    /**
     * 实例内网IP
     *
     * @example 10.10.1.9
     */
    LanIp?: string | null | undefined;
    /**
     * 产品类型，支持取值：
     * - CVM：云服务器
     * - CDH：专用宿主机
     * - CPM2.0：裸金属云服务器
     *
     * @example CVM
     */
    Product?: "CVM" | "CDH" | "CPM2.0" | (string & {}) | null | undefined;
    /**
     * 任务子类型
     *
     * @example unconfirmed
     */
    TaskSubType?: string | null | undefined;
    /**
     * 任务授权类型，当前AuthType和维修任务提供的授权选项的对应关系如下：
     * - "1"：仅提供【在线迁移授权】
     * - "2"：仅提供【停机授权】
     * - "3"：仅提供【在线换盘授权】
     * - "4"：提供【停机换盘授权】（默认）、【弃盘迁移授权】（可选）
     * - "5"：提供【停机授权】（默认）、【弃盘迁移授权】（可选）
     * - "6"：仅提供【在线维护授权】
     * - "7"：提供【在线维护授权】（默认）、【停机授权】（可选）
     * - "8"：仅提供【弃盘迁移授权】
     *
     * @example 1
     */
    AuthType?: number | undefined;
    /**
     * 授权渠道，支持取值：
     * - Waiting_auth：待授权
     * - Customer_auth：客户操作授权
     * - System_mandatory_auth：系统默认授权
     * - Pre_policy_auth：预置策略授权
     *
     * @example Customer_auth
     */
    AuthSource?: "Waiting_auth" | "Customer_auth" | "System_mandatory_auth" | "Pre_policy_auth" | (string & {}) | undefined;
}
/** 预留实例静态配置信息。预留实例当前只针对国际站白名单用户开放。 */
export interface ReservedInstanceConfigInfoItem {
    /**
     * 实例规格。
     *
     * @example C
     */
    Type?: string | undefined;
    /**
     * 实例规格名称。
     *
     * @example 计算型
     */
    TypeName?: string | undefined;
    /**
     * 优先级。
     *
     * @example 402
     */
    Order?: number | undefined;
    /** 实例族信息列表。 */
    InstanceFamilies?: ReservedInstanceFamilyItem[] | undefined;
}
/** 预留实例相关实例族信息。预留实例当前只针对国际站白名单用户开放。 */
export interface ReservedInstanceFamilyItem {
    /**
     * 实例族。
     *
     * @example S5
     */
    InstanceFamily?: string | undefined;
    /**
     * 优先级。
     *
     * @example 1
     */
    Order?: number | undefined;
    /** 实例类型信息列表。 */
    InstanceTypes?: ReservedInstanceTypeItem[] | undefined;
}
/** 预留实例相关价格信息。预留实例当前只针对国际站白名单用户开放。 */
export interface ReservedInstancePrice {
    /**
     * 预支合计费用的原价，单位：元。
     *
     * @example 0.01
     */
    OriginalFixedPrice?: number | undefined;
    /**
     * 预支合计费用的折扣价，单位：元。
     *
     * @example 0.01
     */
    DiscountFixedPrice?: number | undefined;
    /**
     * 后续合计费用的原价，单位：元/小时
     *
     * @example 0.01
     */
    OriginalUsagePrice?: number | undefined;
    /**
     * 后续合计费用的折扣价，单位：元/小时
     *
     * @example 0.01
     */
    DiscountUsagePrice?: number | undefined;
    /**
     * 预支费用的折扣，如20.0代表2折。
     *
     * @example 20.0
     */
    FixedPriceDiscount?: number | null | undefined;
    /**
     * 后续费用的折扣，如20.0代表2折。
     *
     * @example 20.0
     */
    UsagePriceDiscount?: number | null | undefined;
}
/** 基于付费类型的预留实例相关价格信息。预留实例当前只针对国际站白名单用户开放。 */
export interface ReservedInstancePriceItem {
    /**
     * 付费类型，如："All Upfront","Partial Upfront","No Upfront"
     *
     * @example All Upfront
     */
    OfferingType?: string | undefined;
    /**
     * 预支合计费用，单位：元。
     *
     * @example 100.00
     */
    FixedPrice?: number | undefined;
    /**
     * 后续合计费用，单位：元/小时
     *
     * @example 0.09
     */
    UsagePrice?: number | undefined;
    /**
     * 预留实例配置ID
     *
     * @example f24e420f-50e6-4ba9-80b2
     */
    ReservedInstancesOfferingId?: string | undefined;
    /**
     * 预留实例计费可购买的可用区。
     *
     * @example ap-guangzhou-6
     */
    Zone?: string | undefined;
    /**
     * 预留实例计费【有效期】即预留实例计费购买时长。形如：31536000。计量单位：秒
     *
     * @example 31536000
     */
    Duration?: number | undefined;
    /**
     * 预留实例计费的平台描述（即操作系统）。形如：Linux。返回项： Linux 。
     *
     * @example Linux
     */
    ProductDescription?: string | undefined;
    /**
     * 预支合计费用，单位：元。
     *
     * @example 0.01
     */
    DiscountUsagePrice?: number | undefined;
    /**
     * 后续合计费用的折扣价，单位：元/小时
     *
     * @example 0.01
     */
    DiscountFixedPrice?: number | undefined;
}
/** 预留实例类型信息。预留实例当前只针对国际站白名单用户开放。 */
export interface ReservedInstanceTypeItem {
    /**
     * 实例类型。
     *
     * @example S5.LARGE4
     */
    InstanceType?: string | undefined;
    /**
     * CPU核数。
     *
     * @example 4
     */
    Cpu?: number | undefined;
    /**
     * 内存大小。
     *
     * @example 4
     */
    Memory?: number | undefined;
    /**
     * GPU数量。
     *
     * @example 1
     */
    Gpu?: number | undefined;
    /**
     * FPGA数量。
     *
     * @example 1
     */
    Fpga?: number | undefined;
    /**
     * 本地存储块数量。
     *
     * @example 5
     */
    StorageBlock?: number | undefined;
    /**
     * 网卡数。
     *
     * @example 1
     */
    NetworkCard?: number | undefined;
    /**
     * 最大带宽。
     *
     * @example 100
     */
    MaxBandwidth?: number | undefined;
    /**
     * 主频。
     *
     * @example 2.6GHz/3.3GHz
     */
    Frequency?: string | undefined;
    /**
     * CPU型号名称。
     *
     * @example AMD EPYC Genoa
     */
    CpuModelName?: string | undefined;
    /**
     * 包转发率。
     *
     * @example 50
     */
    Pps?: number | undefined;
    /** 外部信息。 */
    Externals?: Externals | undefined;
    /**
     * 备注信息。
     *
     * @example 1 颗 NVIDIA A10
     */
    Remark?: string | undefined;
    /** 预留实例配置价格信息。 */
    Prices?: ReservedInstancePriceItem[] | undefined;
}
/** 描述了 “云自动化助手” 服务相关的信息 */
export interface RunAutomationServiceEnabled {
    /**
     * 是否开启云自动化助手。取值范围：
     * true：表示开启云自动化助手服务
     * false：表示不开启云自动化助手服务
     * 默认取值：false。
     *
     * @example true
     * @defaultValue false
     */
    Enabled?: boolean | undefined;
}
/** 描述了 “云监控” 服务相关的信息 */
export interface RunMonitorServiceEnabled {
    /**
     * 是否开启云监控服务。取值范围：
     * true：表示开启云监控服务
     * false：表示不开启云监控服务
     * 默认取值：true。
     *
     * @example true
     * @defaultValue true
     */
    Enabled?: boolean | undefined;
}
/** 描述了 “云安全” 服务相关的信息 */
export interface RunSecurityServiceEnabled {
    /**
     * 是否开启云安全服务。取值范围：
     * true：表示开启云安全服务
     * false：表示不开启云安全服务
     * 默认取值：true。
     *
     * @example false
     * @defaultValue true
     */
    Enabled?: boolean | undefined;
}
/** 镜像分享信息结构 */
export interface SharePermission {
    /**
     * 镜像分享时间。按照 ISO8601 标准表示，并且使用 UTC 时间，格式为：YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2023-10-05T14:30:00Z
     */
    CreatedTime?: string | undefined;
    /**
     * 镜像分享的账户ID
     *
     * @example 2700036
     */
    AccountId?: string | undefined;
}
/** 描述镜像关联的快照信息 */
export interface Snapshot {
    /**
     * 快照Id。
     *
     * @example snap-2y1v
     */
    SnapshotId?: string | undefined;
    /**
     * 创建此快照的云硬盘类型。取值范围：
     * SYSTEM_DISK：系统盘
     * DATA_DISK：数据盘。
     *
     * @example SYSTEM_DISK
     */
    DiskUsage?: "SYSTEM_DISK" | "DATA_DISK" | (string & {}) | undefined;
    /**
     * 创建此快照的云硬盘大小，单位 GiB。
     *
     * @example 50
     */
    DiskSize?: number | undefined;
}
/** 竞价相关选项 */
export interface SpotMarketOptions {
    /**
     * 竞价出价
     *
     * @example 0.01
     */
    MaxPrice: string;
    /**
     * 竞价请求类型，当前仅支持类型：one-time
     *
     * @example one-time
     */
    SpotInstanceType?: string | undefined;
}
/** 竞价实例配额 */
export interface SpotPaidQuota {
    /**
     * 已使用配额，单位：vCPU核心数
     *
     * @example 10
     */
    UsedQuota?: number | undefined;
    /**
     * 剩余配额，单位：vCPU核心数
     *
     * @example 90
     */
    RemainingQuota?: number | undefined;
    /**
     * 总配额，单位：vCPU核心数
     *
     * @example 100
     */
    TotalQuota?: number | undefined;
    /**
     * 可用区
     *
     * @example ap-nanjing-1
     */
    Zone?: string | undefined;
}
/** HDD的本地存储信息 */
export interface StorageBlock {
    /**
     * HDD本地存储类型，值为：LOCAL_PRO.
     *
     * @example LOCAL_PRO
     */
    Type?: string | undefined;
    /**
     * HDD本地存储的最小容量。单位：GiB。
     *
     * @example 100
     */
    MinSize?: number | undefined;
    /**
     * HDD本地存储的最大容量。单位：GiB。
     *
     * @example 200
     */
    MaxSize?: number | undefined;
}
/** 同步镜像信息 */
export interface SyncImage {
    /**
     * 镜像ID
     *
     * @example img-xxxxxxxx
     */
    ImageId?: string | undefined;
    /**
     * 地域
     *
     * @example ap-guangzhou
     */
    Region?: string | undefined;
}
/** 描述了操作系统所在块设备即系统盘的信息 */
export interface SystemDisk {
    /**
     * 系统盘类型。系统盘类型限制详见存储概述。取值范围：
     * LOCAL_BASIC：本地硬盘
     * LOCAL_SSD：本地SSD硬盘
     * CLOUD_BASIC：普通云硬盘
     * CLOUD_SSD：SSD云硬盘
     * CLOUD_PREMIUM：高性能云硬盘
     * CLOUD_BSSD：通用型SSD云硬盘
     * CLOUD_HSSD：增强型SSD云硬盘
     * CLOUD_TSSD：极速型SSD云硬盘
     * 默认取值：当前有库存的硬盘类型。
     *
     * @example CLOUD_HSSD
     */
    DiskType?: "LOCAL_BASIC" | "LOCAL_SSD" | "CLOUD_BASIC" | "CLOUD_SSD" | "CLOUD_PREMIUM" | "CLOUD_BSSD" | "CLOUD_HSSD" | "CLOUD_TSSD" | undefined;
    /**
     * 系统盘ID。该参数目前仅用于DescribeInstances等查询类接口的返回参数，不可用于RunInstances等写接口的入参。
     *
     * @example disk-xyzw1234
     */
    DiskId?: string | undefined;
    /**
     * 系统盘大小，单位：GiB。默认值为 50
     *
     * @example 50
     */
    DiskSize?: number | undefined;
    /**
     * 所属的独享集群ID。
     *
     * @example cdc-xxxxxx
     */
    CdcId?: string | null | undefined;
    /**
     * 磁盘名称，长度不超过128 个字符。
     *
     * @example name
     */
    DiskName?: string | undefined;
}
/** 标签键值对，可以通过调用 DescribeTags 返回值中的 Tags 字段来获取。 */
export interface Tag {
    /**
     * 标签键
     *
     * @example myKey
     */
    Key: string;
    /**
     * 标签值
     *
     * @example myValue
     */
    Value: string;
}
/** 创建资源实例时同时绑定的标签对说明 */
export interface TagSpecification {
    /**
     * 标签绑定的资源类型，云服务器为“instance”，专用宿主机为“host”，镜像为“image”，密钥为“keypair”，置放群组为“ps”，高性能计算集群为“hpc”。
     *
     * @example instance
     */
    ResourceType: string;
    /** 标签对列表 */
    Tags: Tag[];
}
/** 操作系统转换的目标操作系统信息 */
export interface TargetOS {
    /**
     * 目标操作系统类型
     *
     * @example TencentOS
     */
    TargetOSType?: string | undefined;
    /**
     * 目标操作系统版本
     *
     * @example 2.4
     */
    TargetOSVersion?: string | undefined;
}
/** 描述了VPC相关信息，包括子网，IP信息等 */
export interface VirtualPrivateCloud {
    /**
     * 私有网络ID，形如vpc-xxx。有效的VpcId可通过登录控制台查询；也可以调用接口 DescribeVpcs ，从接口返回中的VpcId字段获取。若在创建子机时VpcId与SubnetId同时传入DEFAULT，则强制使用默认vpc网络。
     *
     * @example vpc-2ij
     */
    VpcId: string;
    /**
     * 私有网络子网ID，形如subnet-xxx。有效的私有网络子网ID可通过登录控制台查询；也可以调用接口DescribeSubnets ，从接口返回中的SubnetId字段获取。若在创建子机时SubnetId与VpcId同时传入DEFAULT，则强制使用默认vpc网络。
     *
     * @example subnet-2ks
     */
    SubnetId: string;
    /**
     * 是否用作公网网关。公网网关只有在实例拥有公网IP以及处于私有网络下时才能正常使用。取值范围：
     * true：表示用作公网网关
     * false：表示不作为公网网关
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    AsVpcGateway?: boolean | undefined;
    /**
     * 私有网络子网 IP 数组，在创建实例、修改实例vpc属性操作中可使用此参数。当前仅批量创建多台实例时支持传入相同子网的多个 IP。
     *
     * @example ["10.0.0.1"]
     */
    PrivateIpAddresses?: string[] | undefined;
    /**
     * 为弹性网卡指定随机生成的 IPv6 地址数量。
     *
     * @example 1
     */
    Ipv6AddressCount?: number | undefined;
}
/** 可用区信息 */
export interface ZoneInfo {
    /**
     * 可用区名称，例如，ap-guangzhou-3全网可用区名称如下：ap-chongqing-1 ap-seoul-1 ap-seoul-2 ap-chengdu-1 ap-chengdu-2 ap-hongkong-1（售罄）ap-hongkong-2 ap-hongkong-3 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-shenzhen-fsi-3（售罄）ap-guangzhou-1（售罄）ap-guangzhou-2（售罄）ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-tokyo-1 ap-tokyo-2 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-singapore-4 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shanghai-fsi-3 ap-bangkok-1 ap-bangkok-2 ap-shanghai-1（售罄）ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-shanghai-8 ap-mumbai-1 ap-mumbai-2 ap-beijing-1（售罄）ap-beijing-2 ap-beijing-3 ap-beijing-4 ap-beijing-5 ap-beijing-6 ap-beijing-7 na-siliconvalley-1 na-siliconvalley-2 eu-frankfurt-1 eu-frankfurt-2 na-ashburn-1 na-ashburn-2 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 sa-saopaulo-1 ap-jakarta-1 ap-jakarta-2
     *
     * @example ap-guangzhou-3
     */
    Zone?: string | undefined;
    /**
     * 可用区描述，例如，广州三区
     *
     * @example 广州三区
     */
    ZoneName?: string | undefined;
    /**
     * 可用区ID
     *
     * @example 100003
     */
    ZoneId?: string | undefined;
    /**
     * 可用区状态，包含AVAILABLE和UNAVAILABLE。AVAILABLE代表可用，UNAVAILABLE代表不可用。
     *
     * @example AVAILABLE
     */
    ZoneState?: string | undefined;
}
/** Input of DescribeRegions: 查询地域列表 */
export interface DescribeRegionsRequest {
}
/** Output of DescribeRegions: 查询地域列表 */
export interface DescribeRegionsResponse {
    /**
     * 地域数量。
     *
     * @example 9
     */
    TotalCount?: number | undefined;
    /**
     * 地域列表信息。
     *
     * @example [ { "Region": "ap-beijing", "RegionName": "华北地区(北京)", "RegionState": "AVAILABLE" } ]
     */
    RegionSet?: RegionInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeZones: 查询可用区列表 */
export interface DescribeZonesRequest {
}
/** Output of DescribeZones: 查询可用区列表 */
export interface DescribeZonesResponse {
    /**
     * 可用区数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 可用区列表信息。 */
    ZoneSet?: ZoneInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RunInstances: 创建实例 */
export interface RunInstancesRequest {
    /**
     * 实例计费类型。
     * PREPAID：预付费，即包年包月
     * POSTPAID_BY_HOUR：按小时后付费
     * CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收费）
     * SPOTPAID：竞价付费
     * CDCPAID：专用集群付费
     * 默认值：POSTPAID_BY_HOUR。
     *
     * @example POSTPAID_BY_HOUR
     * @defaultValue POSTPAID_BY_HOUR
     */
    InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "CDHPAID" | "SPOTPAID" | "CDCPAID" | (string & {}) | undefined;
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /** 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目，所属宿主机（在专用宿主机上创建子机时指定）等属性。注：如果您不指定LaunchTemplate参数，则Placement为必选参数。若同时传递Placement和LaunchTemplate，则默认覆盖LaunchTemplate中对应的Placement的值。 */
    Placement?: Placement | undefined;
    /**
     * 实例机型。不同实例机型指定了不同的资源规格。对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口DescribeInstanceTypeConfigs来获得最新的规格表或参见实例规格描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
     *
     * @example S5.LARGE4
     */
    InstanceType?: string | undefined;
    /**
     * 指定有效的镜像ID，格式形如img-xxx。镜像类型分为四种：公共镜像自定义镜像共享镜像服务市场镜像可通过以下方式获取可用的镜像ID：公共镜像、自定义镜像、共享镜像的镜像ID可通过登录控制台查询；服务镜像市场的镜像ID可通过云市场查询。通过调用接口 DescribeImages ，传入InstanceType获取当前机型支持的镜像列表，取返回信息中的ImageId字段。注：如果您不指定LaunchTemplate参数，则ImageId为必选参数。若同时传递ImageId和LaunchTemplate，则默认覆盖LaunchTemplate中对应的ImageId的值。
     *
     * @example img-irmer45l
     */
    ImageId?: string | undefined;
    /** 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。 */
    SystemDisk?: SystemDisk | undefined;
    /** 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘。 */
    DataDisks?: DataDisk[] | undefined;
    /** 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若在此参数中指定了私有网络IP，即表示每个实例的主网卡IP；同时，InstanceCount参数必须与私有网络IP的个数一致且不能大于20。 */
    VirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /** 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。 */
    InternetAccessible?: InternetAccessible | undefined;
    /**
     * 购买实例数量。包年包月实例取值范围：[1，500]，按量计费实例取值范围：[1，500]。默认取值：1。指定购买实例的数量不能超过用户所能购买的剩余配额数量，具体配额相关限制详见CVM实例购买限制。
     *
     * @example 1
     * @defaultValue 1
     */
    InstanceCount?: number | undefined;
    /**
     * 实例显示名称。不指定实例显示名称则默认显示‘未命名’。购买多台实例，如果指定模式串{R:x}，表示生成数字[x, x+n-1]，其中n表示购买实例的数量，例如server_{R:3}，购买1台时，实例显示名称为server_3；购买2台时，实例显示名称分别为server_3，server_4。支持指定多个模式串{R:x}。购买多台实例，如果不指定模式串，则在实例显示名称添加后缀1、
     * 2...n，其中n表示购买实例的数量，例如server_，购买2台时，实例显示名称分别为server_1，server_2。最多支持128个字符（包含模式串）。
     *
     * @example server_{R:3}
     */
    InstanceName?: string | undefined;
    /** 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。 */
    LoginSettings?: LoginSettings | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用 DescribeSecurityGroups 的返回值中的 SecurityGroupId 字段来获取。若不指定该参数，则绑定指定项目下的默认安全组，如默认安全组不存在则将自动创建。
     *
     * @example ["sg-ajhn9qtq"]
     */
    SecurityGroupIds?: string[] | undefined;
    /** 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
     *
     * @example system-f3827db9-c58a-49cc-bf10-33fc1923a34a
     */
    ClientToken?: string | undefined;
    /**
     * 实例主机名。点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。Windows 实例：主机名名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。其他类型（Linux 等）实例：主机名字符长度为[2, 60]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。购买多台实例，如果指定模式串{R:x}，表示生成数字[x, x+n-1]，其中n表示购买实例的数量，例如server{R:3}，购买1台时，实例主机名为server3；购买2台时，实例主机名分别为server3，server4。支持指定多个模式串{R:x}。购买多台实例，如果不指定模式串，则在实例主机名添加后缀1、2...n，其中n表示购买实例的数量，例如server，购买2台时，实例主机名分别为server1，server2。
     *
     * @example MyHostName
     */
    HostName?: string | undefined;
    /** 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。 */
    ActionTimer?: ActionTimer | undefined;
    /**
     * 置放群组id，仅支持指定一个。
     *
     * @example ['ps-3p88qhfo']
     */
    DisasterRecoverGroupIds?: string[] | undefined;
    /** 标签描述列表。通过指定该参数可以同时绑定标签到相应的云服务器、云硬盘实例。 */
    TagSpecification?: TagSpecification[] | undefined;
    /** 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费但没有传递该参数时，默认按当前固定折扣价格出价。 */
    InstanceMarketOptions?: InstanceMarketOptionsRequest | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅Windows和Linux启动时运行命令。
     *
     * @example TXlVc2VyRGF0YQo=
     */
    UserData?: string | undefined;
    /** 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。注：内测中。 */
    Metadata?: Metadata | undefined;
    /**
     * 是否只预检此次请求。
     * true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。
     * 如果检查不通过，则返回对应错误码；如果检查通过，则返回RequestId. false（默认）：发送正常请求，通过检查后直接创建实例
     *
     * @example false
     */
    DryRun?: boolean | undefined;
    /** 描述了实例CPU拓扑结构的相关信息。若不指定该参数，则按系统资源情况决定。 */
    CpuTopology?: CpuTopology | undefined;
    /**
     * CAM角色名称。可通过 DescribeRoleList 接口返回值中的RoleName获取。
     *
     * @example testroleName001
     */
    CamRoleName?: string | undefined;
    /**
     * 高性能计算集群ID。若创建的实例为高性能计算实例，需指定实例放置的集群，否则不可指定。
     *
     * @example hpc-a5n666lo
     */
    HpcClusterId?: string | undefined;
    /** 实例启动模板。 */
    LaunchTemplate?: LaunchTemplate | undefined;
    /**
     * 指定专用集群创建。
     *
     * @example cluster-gbo27yc4
     */
    DedicatedClusterId?: string | undefined;
    /**
     * 指定CHC物理服务器来创建CHC云主机。
     *
     * @example ["chc-kwf9mhzf"]
     */
    ChcIds?: string[] | undefined;
    /**
     * 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
     * true：表示开启实例保护，不允许通过api接口删除实例
     * false：表示关闭实例保护，允许通过api接口删除实例
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    DisableApiTermination?: boolean | undefined;
    /**
     * 实例是否开启巨型帧，取值范围：
     * true：表示实例开启巨型帧，只有支持巨型帧的机型可设置为true。
     * false：表示实例关闭巨型帧，只有支持巨型帧的机型可设置为false。支持巨型帧的实例规格： 实例规格
     *
     * @example false
     */
    EnableJumboFrame?: boolean | undefined;
}
/** Output of RunInstances: 创建实例 */
export interface RunInstancesResponse {
    /**
     * 当通过本接口来创建实例时会返回该参数，表示一个或多个实例ID。返回实例ID列表并不代表实例创建成功，可根据DescribeInstances 接口查询返回的InstancesSet中对应实例的ID的状态来判断创建是否完成；如果实例状态由“PENDING(创建中)”变为“RUNNING(运行中)”，则为创建成功。
     *
     * @example ['ins-rn99mzt1']
     */
    InstanceIdSet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstances: 查看实例列表 */
export interface DescribeInstancesRequest {
    /**
     * 按照一个或者多个实例ID查询。实例ID例如：ins-xxxxxxxx。（此参数的具体格式可参考API简介的ids.N一节）。每次请求的实例的上限为100。参数不支持同时指定InstanceIds和Filters。
     *
     * @example ['ins-rf6ogz49']
     */
    InstanceIds?: string[] | undefined;
    /**
     * zone
     * 按照【可用区】进行过滤。可用区例如：ap-guangzhou-1。
     * 类型：String
     * 必选：否
     * 可选项：可用区列表
     * project-id
     * 按照【项目ID】进行过滤，可通过调用DescribeProjects查询已创建的项目列表或登录控制台进行查看；也可以调用AddProject创建新的项目。项目ID例如：1002189。
     * 类型：Integer
     * 必选：否
     * host-id
     * 按照【CDH ID】进行过滤。CDH ID例如：host-xxxxxxxx。
     * 类型：String
     * 必选：否
     * dedicated-cluster-id
     * 按照【CDC ID】进行过滤。CDC ID例如：cluster-xxxxxxx。
     * 类型：String
     * 必选：否
     * vpc-id
     * 按照【VPC ID】进行过滤。VPC ID例如：vpc-xxxxxxxx。
     * 类型：String
     * 必选：否
     * subnet-id
     * 按照【子网ID】进行过滤。子网ID例如：subnet-xxxxxxxx。
     * 类型：String
     * 必选：否
     * instance-id
     * 按照【实例ID】进行过滤。实例ID例如：ins-xxxxxxxx。
     * 类型：String
     * 必选：否
     * uuid
     * 按照【实例UUID】进行过滤。实例UUID例如：xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx。
     * 类型：String
     * 必选：否
     * security-group-id
     * 按照【安全组ID】进行过滤。安全组ID例如: sg-8jlk3f3r。
     * 类型：String
     * 必选：否
     * instance-name
     * 按照【实例名称】进行过滤。
     * 类型：String
     * 必选：否
     * instance-charge-type
     * 按照【实例计费模式】进行过滤。(PREPAID：表示预付费，即包年包月 | POSTPAID_BY_HOUR：表示后付费，即按量计费 | CDHPAID：表示CDH付费，即只对CDH计费，不对CDH上的实例计费。)
     * 类型：String
     * 必选：否
     * instance-state
     * 按照【实例状态】进行过滤。状态类型详见实例状态表
     * 类型：String
     * 必选：否
     * private-ip-address
     * 按照【实例主网卡的内网IP】进行过滤。
     * 类型：String
     * 必选：否
     * public-ip-address
     * 按照【实例主网卡的公网IP】进行过滤，包含实例创建时自动分配的IP和实例创建后手动绑定的弹性IP。
     * 类型：String
     * 必选：否
     * ipv6-address
     * 按照【实例的IPv6地址】进行过滤。
     * 类型：String
     * 必选：否
     * tag-key
     * 按照【标签键】进行过滤。
     * 类型：String
     * 必选：否
     * tag-value
     * 按照【标签值】进行过滤。
     * 类型：String
     * 必选：否
     * tag:tag-key
     * 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例2。
     * 类型：String
     * 必选：否
     * creation-start-time
     * 按照【创建实例请求的起始时间】进行过滤。例如：2023-06-01 00:00:00。
     * 类型：String
     * 必选：否
     * creation-end-time
     * 按照【创建实例请求的截止时间】进行过滤。例如：2023-06-01 00:00:00。
     * 类型：String
     * 必选：否每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定InstanceIds和Filters。
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 1
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 5
     */
    Limit?: number | undefined;
}
/** Output of DescribeInstances: 查看实例列表 */
export interface DescribeInstancesResponse {
    /**
     * 符合条件的实例数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 实例详细信息列表。 */
    InstanceSet?: Instance[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceFamilyConfigs: 查询所支持的实例机型族信息 */
export interface DescribeInstanceFamilyConfigsRequest {
}
/** Output of DescribeInstanceFamilyConfigs: 查询所支持的实例机型族信息 */
export interface DescribeInstanceFamilyConfigsResponse {
    /** 实例机型组配置的列表信息 */
    InstanceFamilyConfigSet?: InstanceFamilyConfig[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceTypeConfigs: 查询实例机型列表 */
export interface DescribeInstanceTypeConfigsRequest {
    /**
     * zone
     * 按照【可用区】进行过滤。可用区形如：ap-guangzhou-1。
     * 类型：String
     * 必选：否
     * 可选项：可用区列表
     * instance-family
     * 按照【实例机型系列】进行过滤。实例机型系列形如：S1、I1、M1等。具体取值参见实例类型描述。
     * 类型：String
     * 必选：否
     * instance-type
     * 按照【实例类型】进行过滤。实例类型形如：S5.12XLARGE128、S5.12XLARGE96等。具体取值参见实例规格描述。
     * 类型：String
     * 必选：否每次请求的Filters的上限为10，Filter.Values的上限为1。
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeInstanceTypeConfigs: 查询实例机型列表 */
export interface DescribeInstanceTypeConfigsResponse {
    /** 实例机型配置列表。 */
    InstanceTypeConfigSet?: InstanceTypeConfig[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesOperationLimit: 查询实例操作限制 */
export interface DescribeInstancesOperationLimitRequest {
    /**
     * 按照一个或者多个实例ID查询，可通过DescribeInstancesAPI返回值中的InstanceId获取。实例ID形如：ins-xxxxxxxx。（此参数的具体格式可参考API简介的ids.N一节）。每次请求的实例的上限为100。
     *
     * @example ["ins-l26mwvil"]
     */
    InstanceIds: string[];
    /**
     * 实例操作。
     * INSTANCE_DEGRADE：实例降配操作
     * INTERNET_CHARGE_TYPE_CHANGE：实例调整带宽付费模式操作
     *
     * @example INSTANCE_DEGRADE
     */
    Operation: "INSTANCE_DEGRADE" | "INTERNET_CHARGE_TYPE_CHANGE" | (string & {});
}
/** Output of DescribeInstancesOperationLimit: 查询实例操作限制 */
export interface DescribeInstancesOperationLimitResponse {
    /** 该参数表示调整配置操作（降配）限制次数查询。 */
    InstanceOperationLimitSet?: OperationCountLimit[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceVncUrl: 查询实例管理终端地址 */
export interface DescribeInstanceVncUrlRequest {
    /**
     * 一个操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-r9hr2upy
     */
    InstanceId: string;
}
/** Output of DescribeInstanceVncUrl: 查询实例管理终端地址 */
export interface DescribeInstanceVncUrlResponse {
    /**
     * 实例的管理终端地址。
     *
     * @example wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fv
     */
    InstanceVncUrl?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceRunInstances: 创建实例询价 */
export interface InquiryPriceRunInstancesRequest {
    /** 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目等属性。注：如果您不指定LaunchTemplate参数，则Placement为必选参数。若同时传递Placement和LaunchTemplate，则默认覆盖LaunchTemplate中对应的Placement的值。 */
    Placement: Placement;
    /**
     * 指定有效的镜像ID，格式形如img-xxx。镜像类型分为四种：公共镜像自定义镜像共享镜像服务市场镜像可通过以下方式获取可用的镜像ID：公共镜像、自定义镜像、共享镜像的镜像ID可通过登录控制台查询；服务镜像市场的镜像ID可通过云市场查询。通过调用接口 DescribeImages ，取返回信息中的ImageId字段。注：如果您不指定LaunchTemplate参数，则ImageId为必选参数。若同时传递ImageId和LaunchTemplate，则默认覆盖LaunchTemplate中对应的ImageId的值。
     *
     * @example img-pmqg1cw7
     */
    ImageId: string;
    /**
     * 实例计费类型。
     * PREPAID：预付费，即包年包月
     * POSTPAID_BY_HOUR：按小时后付费
     * SPOTPAID：竞价付费
     * 默认值：POSTPAID_BY_HOUR。
     *
     * @example PREPAID
     * @defaultValue POSTPAID_BY_HOUR
     */
    InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "SPOTPAID" | (string & {}) | undefined;
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 实例机型。不同实例机型指定了不同的资源规格。对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口DescribeInstanceTypeConfigs来获得最新的规格表或参见实例规格描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
     *
     * @example S5.MEDIUM2
     */
    InstanceType?: string | undefined;
    /**
     * 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。
     *
     * @example { "DiskSize": 50 }
     */
    SystemDisk?: SystemDisk | undefined;
    /** 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘。 */
    DataDisks?: DataDisk[] | undefined;
    /** 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若不指定该参数，则默认使用基础网络。若在此参数中指定了私有网络IP，那么InstanceCount参数只能为1。 */
    VirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /** 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。 */
    InternetAccessible?: InternetAccessible | undefined;
    /**
     * 购买实例数量。取值范围：[1，100]。默认取值：1。指定购买实例的数量不能超过用户所能购买的剩余配额数量，具体配额相关限制详见CVM实例购买限制。
     *
     * @example 1
     * @defaultValue 1
     */
    InstanceCount?: number | undefined;
    /**
     * 实例显示名称。不指定实例显示名称则默认显示‘未命名’。购买多台实例，如果指定模式串{R:x}，表示生成数字[x, x+n-1]，其中n表示购买实例的数量，例如server_{R:3}，购买1台时，实例显示名称为server_3；购买2台时，实例显示名称分别为server_3，server_4。支持指定多个模式串{R:x}。购买多台实例，如果不指定模式串，则在实例显示名称添加后缀1、2...n，其中n表示购买实例的数量，例如server_，购买2台时，实例显示名称分别为server_1，server_2。最多支持128个字符（包含模式串）。
     *
     * @example myInstance
     */
    InstanceName?: string | undefined;
    /** 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。 */
    LoginSettings?: LoginSettings | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用 DescribeSecurityGroups 的返回值中的 SecurityGroupId 字段来获取。若不指定该参数，则绑定指定项目下的默认安全组，如默认安全组不存在则将自动创建。
     *
     * @example ["sg-efil73jd"]
     */
    SecurityGroupIds?: string[] | undefined;
    /** 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认开启云监控、云安全服务。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
     *
     * @example a521b4e4-c903-4d37-9de6-8906e3ad8eb7
     */
    ClientToken?: string | undefined;
    /**
     * 云服务器的主机名。点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。Windows 实例：主机名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。其他类型（Linux 等）实例：主机名字符长度为[2, 30]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
     *
     * @example myHost
     */
    HostName?: string | undefined;
    /** 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例，当前仅支持绑定标签到云服务器实例。 */
    TagSpecification?: TagSpecification[] | undefined;
    /** 实例的市场相关选项，如竞价实例相关参数 */
    InstanceMarketOptions?: InstanceMarketOptionsRequest | undefined;
    /** 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。注：内测中。 */
    Metadata?: Metadata | undefined;
    /**
     * 高性能计算集群ID。
     *
     * @example hpc-a5n666lo
     */
    HpcClusterId?: string | undefined;
    /** 描述了实例CPU拓扑结构的相关信息。若不指定该参数，则按系统资源情况决定。 */
    CpuTopology?: CpuTopology | undefined;
    /** 实例启动模板。 */
    LaunchTemplate?: LaunchTemplate | undefined;
}
/** Output of InquiryPriceRunInstances: 创建实例询价 */
export interface InquiryPriceRunInstancesResponse {
    /** 该参数表示对应配置实例的价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceRenewInstances: 续费实例询价 */
export interface InquiryPriceRenewInstancesRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["ins-2zvpghhc"]
     */
    InstanceIds: string[];
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的续费时长、是否设置自动续费等属性。 */
    InstanceChargePrepaid: InstanceChargePrepaid;
    /**
     * 试运行，测试使用，不执行具体逻辑。取值范围：
     * true：跳过执行逻辑
     * false：执行逻辑
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    DryRun?: boolean | undefined;
    /**
     * 是否续费弹性数据盘。取值范围：
     * true：表示续费包年包月实例同时续费其挂载的弹性数据盘
     * false：表示续费包年包月实例同时不再续费其挂载的弹性数据盘
     * 默认取值：true。
     *
     * @example false
     * @defaultValue true
     */
    RenewPortableDataDisk?: boolean | undefined;
}
/** Output of InquiryPriceRenewInstances: 续费实例询价 */
export interface InquiryPriceRenewInstancesResponse {
    /** 该参数表示对应配置实例的价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceResetInstance: 重装实例询价 */
export interface InquiryPriceResetInstanceRequest {
    /**
     * 实例ID。可通过 DescribeInstances API返回值中的InstanceId获取。
     *
     * @example ins-fd8spnmq
     */
    InstanceId: string;
    /**
     * 指定有效的镜像ID，格式形如img-xxx。镜像类型分为四种：公共镜像自定义镜像共享镜像服务市场镜像可通过以下方式获取可用的镜像ID：公共镜像、自定义镜像、共享镜像的镜像ID可通过登录控制台查询；服务镜像市场的镜像ID可通过云市场查询。通过调用接口 DescribeImages ，取返回信息中的ImageId字段。
     *
     * @example img-8toqc6s3
     */
    ImageId?: string | undefined;
    /** 实例系统盘配置信息。系统盘为云盘的实例可以通过该参数指定重装后的系统盘大小来实现对系统盘的扩容操作，若不指定则默认系统盘大小保持不变。系统盘大小只支持扩容不支持缩容；重装只支持修改系统盘的大小，不能修改系统盘的类型。 */
    SystemDisk?: SystemDisk | undefined;
    /** 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。 */
    LoginSettings?: LoginSettings | undefined;
    /** 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认开启云监控、云安全服务。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅Windows和Linux启动时运行命令。
     *
     * @example TXlVc2VyRGF0YQo
     */
    UserData?: string | undefined;
}
/** Output of InquiryPriceResetInstance: 重装实例询价 */
export interface InquiryPriceResetInstanceResponse {
    /** 该参数表示重装成对应配置实例的价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceResetInstancesType: 调整实例配置询价 */
export interface InquiryPriceResetInstancesTypeRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。本接口每次请求批量实例的上限为1。
     *
     * @example ["ins-2zvpghhc"]
     */
    InstanceIds: string[];
    /**
     * 实例机型。不同实例机型指定了不同的资源规格，具体取值可参见附表实例资源规格对照表，也可以调用查询实例资源规格列表接口获得最新的规格表。
     *
     * @example S5.16XLARGE256
     */
    InstanceType: string;
}
/** Output of InquiryPriceResetInstancesType: 调整实例配置询价 */
export interface InquiryPriceResetInstancesTypeResponse {
    /** 该参数表示调整成对应机型实例的价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceModifyInstancesChargeType: 修改实例计费模式询价 */
export interface InquiryPriceModifyInstancesChargeTypeRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["ins-r8hr2upy"]
     */
    InstanceIds: string[];
    /**
     * 修改后的实例计费类型。
     * PREPAID：预付费，即包年包月。
     * POSTPAID_BY_HOUR：后付费，即按量付费。
     *
     * @example PREPAID
     */
    InstanceChargeType: "PREPAID" | "POSTPAID_BY_HOUR" | (string & {});
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 是否同时切换弹性数据云盘计费模式。取值范围：
     * true：表示切换弹性数据云盘计费模式
     * false：表示不切换弹性数据云盘计费模式
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    ModifyPortableDataDisk?: boolean | undefined;
}
/** Output of InquiryPriceModifyInstancesChargeType: 修改实例计费模式询价 */
export interface InquiryPriceModifyInstancesChargeTypeResponse {
    /** 该参数表示对应配置实例转换计费模式的价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StartInstances: 启动实例 */
export interface StartInstancesRequest {
    /**
     * 一个或多个待操作的实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds: string[];
}
/** Output of StartInstances: 启动实例 */
export interface StartInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RebootInstances: 重启实例 */
export interface RebootInstancesRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds: string[];
    /**
     * 关机类型。取值范围：
     * SOFT：表示软关机
     * HARD：表示硬关机
     * SOFT_FIRST：表示优先软关机，失败再执行硬关机
     * 默认取值：SOFT。
     *
     * @example SOFT
     * @defaultValue SOFT
     */
    StopType?: "SOFT" | "HARD" | "SOFT_FIRST" | undefined;
}
/** Output of RebootInstances: 重启实例 */
export interface RebootInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StopInstances: 关闭实例 */
export interface StopInstancesRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds: string[];
    /**
     * 实例的关闭模式。取值范围：
     * SOFT_FIRST：表示在正常关闭失败后进行强制关闭
     * HARD：直接强制关闭
     * SOFT：仅软关机
     * 默认取值：SOFT。
     *
     * @example SOFT
     * @defaultValue SOFT
     */
    StopType?: "SOFT_FIRST" | "HARD" | "SOFT" | undefined;
    /**
     * 按量计费实例关机收费模式。取值范围：
     * KEEP_CHARGING：关机继续收费
     * STOP_CHARGING：关机停止收费
     * 默认取值：KEEP_CHARGING。该参数只针对部分按量计费实例生效，详情参考按量计费实例关机不收费说明
     *
     * @example KEEP_CHARGING
     * @defaultValue KEEP_CHARGING
     */
    StoppedMode?: "KEEP_CHARGING" | "STOP_CHARGING" | undefined;
}
/** Output of StopInstances: 关闭实例 */
export interface StopInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RenewInstances: 续费实例 */
export interface RenewInstancesRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["ins-r8hr2upy"]
     */
    InstanceIds: string[];
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的续费时长、是否设置自动续费等属性。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 是否续费弹性数据盘。取值范围：
     * true：表示续费包年包月实例同时续费其挂载的弹性数据盘
     * false：表示续费包年包月实例同时不再续费其挂载的弹性数据盘
     * 默认取值：true。
     *
     * @example false
     * @defaultValue true
     */
    RenewPortableDataDisk?: boolean | undefined;
}
/** Output of RenewInstances: 续费实例 */
export interface RenewInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResizeInstanceDisks: 扩容实例磁盘 */
export interface ResizeInstanceDisksRequest {
    /**
     * 待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-r8hr2upy
     */
    InstanceId: string;
    /** 待扩容的数据盘配置信息，仅支持指定待扩容盘的目的容量。只支持扩容非弹性数据盘（ DescribeDisks 接口返回值中的Portable为false表示非弹性）。数据盘容量单位：GiB。最小扩容步长：10GiB。关于数据盘类型的选择请参考硬盘产品简介。可选数据盘类型受到实例类型InstanceType限制。另外允许扩容的最大容量也因数据盘类型的不同而有所差异。 */
    DataDisks?: DataDisk[] | undefined;
    /**
     * 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机，然后再扩容实例磁盘。取值范围：
     * true：表示在正常关机失败后进行强制关机
     * false：表示在正常关机失败后不进行强制关机
     * 默认取值：false。强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
     *
     * @example true
     * @defaultValue false
     */
    ForceStop?: boolean | undefined;
    /** 待扩容的系统盘配置信息，仅支持指定待扩容盘的目的容量。只支持扩容云盘。 */
    SystemDisk?: SystemDisk | undefined;
    /**
     * 扩容云盘的方式是否为在线扩容。
     *
     * @example true
     */
    ResizeOnline?: boolean | undefined;
}
/** Output of ResizeInstanceDisks: 扩容实例磁盘 */
export interface ResizeInstanceDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstancesPassword: 重置实例密码 */
export interface ResetInstancesPasswordRequest {
    /**
     * 一个或多个待操作的实例ID。可通过DescribeInstances API返回值中的InstanceId获取。每次请求允许操作的实例数量上限是100。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds: string[];
    /**
     * 重置后的实例登录密码。不同操作系统类型密码复杂度限制不一样，具体如下：Linux 实例密码必须8-30位，推荐使用12位以上密码，不能以“/”开头，至少包含以下字符中的三种不同字符，字符种类：小写字母：[a-z]大写字母：[A-Z]数字：0-9特殊字符： ()`~!@#$%^&*-+=_|{}[]:;'<>,.?/Windows 实例密码必须12~30位，不能以“/”开头且不包括用户名，至少包含以下字符中的三种不同字符小写字母：[a-z]大写字母：[A-Z]数字： 0-9特殊字符：()`~!@#$%^&*-+=_|{}[]:;' <>,.?/如果实例即包含 Linux 实例又包含 Windows 实例，则密码复杂度限制按照 Windows 实例的限制。
     *
     * @example abc123ABC!@#
     */
    Password: string;
    /**
     * 待重置密码的实例操作系统的用户名。不得超过64个字符。
     *
     * @example asdc21
     */
    UserName?: string | undefined;
    /**
     * 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机，然后再重置用户密码。取值范围：
     * true：表示在正常关机失败后进行强制关机
     * false：表示在正常关机失败后不进行强制关机
     * 默认取值：false。强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
     *
     * @example true
     * @defaultValue false
     */
    ForceStop?: boolean | undefined;
}
/** Output of ResetInstancesPassword: 重置实例密码 */
export interface ResetInstancesPasswordResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesAttribute: 修改实例的属性 */
export interface ModifyInstancesAttributeRequest {
    /**
     * 一个或多个待操作的实例ID。可通过DescribeInstances API返回值中的InstanceId获取。每次请求允许操作的实例数量上限是100。
     *
     * @example ["ins-rf6ogz49"]
     */
    InstanceIds: string[];
    /**
     * 修改后实例名称。可任意命名，但不得超过60个字符。
     *
     * @example MyInsName
     */
    InstanceName?: string | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16 KB。关于获取此参数的详细介绍，请参阅 Windows 和 Linux 启动时运行命令。
     *
     * @example TXlVc2VyRGF0YQo
     */
    UserData?: string | undefined;
    /**
     * 指定实例的修改后的安全组Id列表，子机将重新关联指定列表的安全组，原本关联的安全组会被解绑。
     *
     * @example ["sg-rf6ogz49"]
     */
    SecurityGroups?: string[] | undefined;
    /**
     * 给实例绑定用户角色，传空值为解绑操作
     *
     * @example TKE_QCSLinkedRoleInPrometheusService
     */
    CamRoleName?: string | undefined;
    /**
     * 修改后实例的主机名。点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。Windows 实例：主机名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。其他类型（Linux 等）实例：主机名字符长度为[2, 60]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。注意点：修改主机名后实例会立即重启，重启后新的主机名生效。
     *
     * @example myhostname
     */
    HostName?: string | undefined;
    /**
     * 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
     * true：表示开启实例保护，不允许通过api接口删除实例
     * false：表示关闭实例保护，允许通过api接口删除实例
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    DisableApiTermination?: boolean | undefined;
    /**
     * 角色类别，与CamRoleName搭配使用，该值可从CAM DescribeRoleList 或 GetRole 接口返回RoleType字段获取，当前只接受user、system和service_linked三种类别。举例：一般CamRoleName中包含“LinkedRoleIn”（如TKE_QCSLinkedRoleInPrometheusService）时，DescribeRoleList和GetRole返回的RoleType为service_linked，则本参数也需要传递service_linked。该参数默认值为user，若CameRoleName为非service_linked类型，本参数可不传递。
     *
     * @example user
     */
    CamRoleType?: string | undefined;
    /**
     * 修改实例主机名是否自动重启实例，不传默认自动重启。
     * - true: 修改主机名，并自动重启实例；
     * - false: 修改主机名，不自动重启实例，需要手动重启使新主机名生效。
     * 注意点：本参数仅对修改主机名生效。
     *
     * @example true
     */
    AutoReboot?: boolean | undefined;
}
/** Output of ModifyInstancesAttribute: 修改实例的属性 */
export interface ModifyInstancesAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesChargeType: 修改实例计费模式 */
export interface ModifyInstancesChargeTypeRequest {
    /**
     * 一个或多个待操作的实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。每次请求批量实例的上限为30。
     *
     * @example ["ins-r8hr2upy"]
     */
    InstanceIds: string[];
    /**
     * 修改后实例计费类型。
     * PREPAID：预付费，即包年包月。
     * POSTPAID_BY_HOUR：后付费，即按量付费。
     *
     * @example PREPAID
     */
    InstanceChargeType: "PREPAID" | "POSTPAID_BY_HOUR" | (string & {});
    /** 修改后预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 是否同时切换弹性数据云盘计费模式。取值范围：
     * true：表示切换弹性数据云盘计费模式
     * false：表示不切换弹性数据云盘计费模式
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    ModifyPortableDataDisk?: boolean | undefined;
}
/** Output of ModifyInstancesChargeType: 修改实例计费模式 */
export interface ModifyInstancesChargeTypeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesRenewFlag: 修改实例续费标识 */
export interface ModifyInstancesRenewFlagRequest {
    /**
     * 一个或多个待操作的实例ID。可通过DescribeInstances API返回值中的InstanceId获取。每次请求允许操作的实例数量上限是100。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds: string[];
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     */
    RenewFlag: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW";
}
/** Output of ModifyInstancesRenewFlag: 修改实例续费标识 */
export interface ModifyInstancesRenewFlagResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAccountQuota: 查询用户配额详情 */
export interface DescribeAccountQuotaRequest {
    /**
     * zone
     * 按照【可用区】进行过滤。可用区形如：ap-guangzhou-1。
     * 类型：String
     * 必选：否
     * 可选项：可用区列表
     * quota-type
     * 按照【配额类型】进行过滤。配额类型形如：PostPaidQuotaSet。
     * 类型：String
     * 必选：否
     * 可选项：PostPaidQuotaSet: 后付费配额PrePaidQuotaSet: 预付费配额SpotPaidQuotaSet: 竞价配额ImageQuotaSet: 镜像配额DisasterRecoverGroupQuotaSet: 置放群组配额
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeAccountQuota: 查询用户配额详情 */
export interface DescribeAccountQuotaResponse {
    /**
     * 用户appid
     *
     * @example 1251783334
     */
    AppId?: number | undefined;
    /** 配额数据 */
    AccountQuotaOverview?: AccountQuotaOverview | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesActionTimer: 查询定时任务信息 */
export interface DescribeInstancesActionTimerRequest {
    /**
     * 定时任务ID列表。
     *
     * @example 59337876-b254-4c21-847f-7d57d840d227
     */
    ActionTimerIds?: string[] | undefined;
    /**
     * 按照一个或者多个实例ID查询。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ["ins-37qv3ucj"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 定时器动作，目前仅支持销毁一个值：TerminateInstances。
     *
     * @example TerminateInstances
     */
    TimerAction?: string | undefined;
    /**
     * 定时任务执行时间的结束范围，用于条件筛选，格式如2018-05-01 19:00:00。
     *
     * @example 2024-11-06T08:00:32Z
     */
    EndActionTime?: string | undefined;
    /**
     * 定时任务执行时间的开始范围，用于条件筛选，格式如2018-05-01 19:00:00。
     *
     * @example 2024-11-06T08:00:32Z
     */
    StartActionTime?: string | undefined;
    /**
     * 定时任务状态列表。
     * UNDO：未执行
     * DOING：正在执行
     * DONE：执行完成。
     *
     * @example UNDO
     */
    StatusList?: Array<"UNDO" | "DOING" | "DONE" | (string & {})> | undefined;
}
/** Output of DescribeInstancesActionTimer: 查询定时任务信息 */
export interface DescribeInstancesActionTimerResponse {
    /** 定时任务信息列表。 */
    ActionTimers?: ActionTimer[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesModification: 查询实例可调整配置 */
export interface DescribeInstancesModificationRequest {
    /**
     * 一个或多个待查询的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为20。
     *
     * @example ["ins-4txox06m"]
     */
    InstanceIds: string[];
    /**
     * status
     * 按照【配置规格状态】进行过滤。配置规格状态形如：SELL(表示实例可售卖)、UNAVAILABLE(表示实例不可用)。
     * 类型：String
     * 必选：否每次请求的Filters的上限为10，Filter.Values的上限为2。
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeInstancesModification: 查询实例可调整配置 */
export interface DescribeInstancesModificationResponse {
    /**
     * 实例调整的机型配置的数量。
     *
     * @example 10
     */
    TotalCount?: number | undefined;
    /** 实例支持调整的机型配置列表。 */
    InstanceTypeConfigStatusSet?: InstanceTypeConfigStatus[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of EnterRescueMode: 进入救援模式 */
export interface EnterRescueModeRequest {
    /**
     * 需要进入救援模式的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-abcdefg
     */
    InstanceId: string;
    /**
     * 救援模式下系统密码。不同操作系统类型密码复杂度限制不一样，具体如下：Linux实例密码必须8到30位，至少包括两项[a-z]，[A-Z]、[0-9] 和 [( ) ` ~ ! @ # $ % ^ & * - + = | { } [ ] : ; ' , . ? / ]中的特殊符号。Windows实例密码必须12到30位，至少包括三项[a-z]，[A-Z]，[0-9] 和 [( ) ` ~ ! @ # $ % ^ & * - + = | { } [ ] : ; ' , . ? /]中的特殊符号。
     *
     * @example hello123456789
     */
    Password: string;
    /**
     * 救援模式下系统用户名
     *
     * @example root
     */
    Username?: string | undefined;
    /**
     * 实例的关闭模式。取值范围：
     * SOFT_FIRST：表示在正常关闭失败后进行强制关闭
     * HARD：直接强制关闭
     * SOFT：仅软关机
     * 默认取值：SOFT。
     *
     * @example HARD
     * @defaultValue SOFT
     */
    StopType?: "SOFT_FIRST" | "HARD" | "SOFT" | undefined;
}
/** Output of EnterRescueMode: 进入救援模式 */
export interface EnterRescueModeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ExitRescueMode: 退出救援模式 */
export interface ExitRescueModeRequest {
    /**
     * 退出救援模式的实例id。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-axzc12s
     */
    InstanceId: string;
}
/** Output of ExitRescueMode: 退出救援模式 */
export interface ExitRescueModeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ImportInstancesActionTimer: 导入定时任务 */
export interface ImportInstancesActionTimerRequest {
    /**
     * 实例id列表，可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ["ins-37qv3ucj"]
     */
    InstanceIds: string[];
    /** 定时器任务信息，目前仅支持定时销毁。 */
    ActionTimer: ActionTimer;
}
/** Output of ImportInstancesActionTimer: 导入定时任务 */
export interface ImportInstancesActionTimerResponse {
    /**
     * 定时器id列表
     *
     * @example ["865d042d-0219-46c3-9821-6028c96cfb7c"]
     */
    ActionTimerIds?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceResizeInstanceDisks: 扩容实例磁盘询价 */
export interface InquiryPriceResizeInstanceDisksRequest {
    /**
     * 待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-fd8spnmq
     */
    InstanceId: string;
    /** 待扩容的数据盘配置信息。只支持扩容非弹性数据盘 DescribeDisks 接口返回值中的Portable为false表示非弹性）。数据盘容量单位：GB。最小扩容步长：10G。关于数据盘类型的选择请参考硬盘产品简介。可选数据盘类型受到实例类型InstanceType限制。另外允许扩容的最大容量也因数据盘类型的不同而有所差异。 */
    DataDisks?: DataDisk[] | undefined;
    /**
     * 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机，然后再重置用户密码。取值范围：
     * true：表示在正常关机失败后进行强制关机
     * false：表示在正常关机失败后不进行强制关机
     * 默认取值：false。强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
     *
     * @example true
     * @defaultValue false
     */
    ForceStop?: boolean | undefined;
    /** 待扩容的系统盘配置信息。只支持扩容云盘。 */
    SystemDisk?: SystemDisk | undefined;
    /**
     * 是否在线扩容
     *
     * @example true
     */
    ResizeOnline?: boolean | undefined;
}
/** Output of InquiryPriceResizeInstanceDisks: 扩容实例磁盘询价 */
export interface InquiryPriceResizeInstanceDisksResponse {
    /** 该参数表示磁盘扩容成对应配置的价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstanceDiskType: 修改实例的硬盘介质 */
export interface ModifyInstanceDiskTypeRequest {
    /**
     * 待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-r8hr2upy
     */
    InstanceId: string;
    /**
     * 实例数据盘配置信息，只需要指定要转换的目标云硬盘的介质类型，指定DiskType的值，当前只支持一个数据盘转化。只支持CDHPAID类型实例指定CdcId参数。
     *
     * @example [{"DiskType": "CLOUD_PREMIUM"}]
     */
    DataDisks?: DataDisk[] | undefined;
    /**
     * 实例系统盘配置信息，只需要指定要转换的目标云硬盘的介质类型，指定DiskType的值。只支持CDHPAID类型实例指定CdcId参数。
     *
     * @example {"DiskType": "CLOUD_PREMIUM"}
     */
    SystemDisk?: SystemDisk | undefined;
}
/** Output of ModifyInstanceDiskType: 修改实例的硬盘介质 */
export interface ModifyInstanceDiskTypeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesDisasterRecoverGroup: 调整实例分散置放群组 */
export interface ModifyInstancesDisasterRecoverGroupRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100
     *
     * @example ["ins-r8hr2upy"]
     */
    InstanceIds: string[];
    /**
     * 分散置放群组ID，可使用DescribeDisasterRecoverGroups接口获取
     *
     * @example ps-a66w6rlb
     */
    DisasterRecoverGroupId?: string | undefined;
    /**
     * 是否强制更换实例宿主机。取值范围：
     * true：表示允许实例更换宿主机，允许重启实例。本地盘子机不支持指定此参数。
     * false：不允许实例更换宿主机，只在当前宿主机上加入置放群组。这可能导致更换置放群组失败。
     * 默认取值：false
     *
     * @example false
     * @defaultValue false
     */
    Force?: boolean | undefined;
}
/** Output of ModifyInstancesDisasterRecoverGroup: 调整实例分散置放群组 */
export interface ModifyInstancesDisasterRecoverGroupResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ProgramFpgaImage: 在线烧录FPGA镜像 */
export interface ProgramFpgaImageRequest {
    /**
     * 实例的ID信息。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-kdjnfkda
     */
    InstanceId: string;
    /**
     * FPGA镜像文件的COS URL地址。
     *
     * @example fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin
     */
    FPGAUrl: string;
    /**
     * 实例上FPGA卡的DBDF号，不填默认烧录FPGA镜像到实例所拥有的所有FPGA卡。
     *
     * @example ["0000:00:08.0", "0000:00:09.0"]
     */
    DBDFs?: string[] | undefined;
    /**
     * 试运行，不会执行实际的烧录动作，默认为False。
     *
     * @example FALSE
     */
    DryRun?: boolean | undefined;
}
/** Output of ProgramFpgaImage: 在线烧录FPGA镜像 */
export interface ProgramFpgaImageResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceTerminateInstances: 退还实例询价 */
export interface InquiryPriceTerminateInstancesRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["ins-rfmme2si"]
     */
    InstanceIds: string[];
}
/** Output of InquiryPriceTerminateInstances: 退还实例询价 */
export interface InquiryPriceTerminateInstancesResponse {
    /** 退款详情。 */
    InstanceRefundsSet?: InstanceRefund[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of TerminateInstances: 退还实例 */
export interface TerminateInstancesRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ['ins-2pajzo4q']
     */
    InstanceIds: string[];
    /**
     * 释放实例挂载的包年包月数据盘。true表示销毁实例同时释放包年包月数据盘，false表示只销毁实例。默认值：false
     *
     * @example true
     * @defaultValue false
     */
    ReleasePrepaidDataDisks?: boolean | undefined;
}
/** Output of TerminateInstances: 退还实例 */
export interface TerminateInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteInstancesActionTimer: 删除定时任务 */
export interface DeleteInstancesActionTimerRequest {
    /**
     * 定时任务ID列表，可以通过 DescribeInstancesActionTimer 接口查询。只能删除未执行的定时任务。
     *
     * @example ["865d042d-0219-46c3-9821-6028c96cfb7c"]
     */
    ActionTimerIds: string[];
}
/** Output of DeleteInstancesActionTimer: 删除定时任务 */
export interface DeleteInstancesActionTimerResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesProject: 修改实例所属项目 */
export interface ModifyInstancesProjectRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances API返回值中的InstanceId获取。每次请求允许操作的实例数量上限是100。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds: string[];
    /**
     * 项目ID。项目可以使用 AddProject 接口创建。可通过 DescribeProject 接口返回值中的projectId获取。后续使用DescribeInstances接口查询实例时，项目ID可用于过滤结果。
     *
     * @example 1045
     */
    ProjectId: number;
}
/** Output of ModifyInstancesProject: 修改实例所属项目 */
export interface ModifyInstancesProjectResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstancesType: 调整实例配置 */
export interface ResetInstancesTypeRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。本接口目前仅支持每次操作1个实例。
     *
     * @example ["ins-r8hr2upy"]
     */
    InstanceIds: string[];
    /**
     * 调整后的实例机型。不同实例机型指定了不同的资源规格，具体取值可通过调用接口DescribeInstanceTypeConfigs 来获得最新的规格表或参见实例类型描述。
     *
     * @example S5.16XLARGE256
     */
    InstanceType: string;
    /**
     * 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机。取值范围：
     * true：表示在正常关机失败后进行强制关机
     * false：表示在正常关机失败后不进行强制关机
     * 默认取值：false。强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
     *
     * @example false
     * @defaultValue false
     */
    ForceStop?: boolean | undefined;
}
/** Output of ResetInstancesType: 调整实例配置 */
export interface ResetInstancesTypeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesAttributes: 批量获取指定实例属性 */
export interface DescribeInstancesAttributesRequest {
    /**
     * 需要获取的实例属性。可选值：UserData: 实例自定义数据
     *
     * @example ["UserData"]
     */
    Attributes: string[];
    /**
     * 实例ID列表。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ["ins-lyxxskp2"]
     */
    InstanceIds: string[];
}
/** Output of DescribeInstancesAttributes: 批量获取指定实例属性 */
export interface DescribeInstancesAttributesResponse {
    /** 指定的实例属性列表 */
    InstanceSet?: InstanceAttribute[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesStatus: 查看实例状态列表 */
export interface DescribeInstancesStatusRequest {
    /**
     * 按照一个或者多个实例ID查询。实例ID形如：ins-11112222。此参数的具体格式可参考API简介的ids.N一节）。每次请求的实例的上限为100。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 2
     */
    Limit?: number | undefined;
}
/** Output of DescribeInstancesStatus: 查看实例状态列表 */
export interface DescribeInstancesStatusResponse {
    /**
     * 符合条件的实例状态数量。
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /**
     * 实例状态 列表。
     *
     * @example [ { "InstanceId": "ins-r8hr2upy", "InstanceState": "RUNNING" } ]
     */
    InstanceStatusSet?: InstanceStatus[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeZoneInstanceConfigInfos: 获取可用区机型配置信息 */
export interface DescribeZoneInstanceConfigInfosRequest {
    /**
     * zone
     * 按照【可用区】进行过滤。可用区形如：ap-guangzhou-1。
     * 类型：String
     * 必选：否
     * 可选项：可用区列表
     * instance-family
     * 按照【实例机型系列】进行过滤。实例机型系列形如：S1、I1、M1等。具体取值参见实例类型描述。
     * 类型：String
     * 必选：否
     * instance-type
     * 按照【实例机型】进行过滤。不同实例机型指定了不同的资源规格，具体取值可通过调用接口DescribeInstanceTypeConfigs 来获得最新的规格表或参见实例类型描述。若不指定该参数，则默认查询筛选条件下所有机型。
     * 类型：String
     * 必选：否
     * instance-charge-type
     * 按照【实例计费模式】进行过滤。(PREPAID：表示预付费，即包年包月 | POSTPAID_BY_HOUR：表示后付费，即按量计费 | CDHPAID：表示独享子机 | SPOTPAID：表示竞价付费 | CDCPAID：表示专用集群付费)
     * 类型：String
     * 必选：否sort-keys按关键字进行排序,格式为排序字段加排序方式，中间用冒号分隔。 例如： 按cpu数逆序排序 "cpu:desc", 按mem大小顺序排序 "mem:asc"
     * 类型：String
     * 必选：否每次请求的Filters的上限为10，Filter.Values的上限为100。
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeZoneInstanceConfigInfos: 获取可用区机型配置信息 */
export interface DescribeZoneInstanceConfigInfosResponse {
    /** 可用区机型配置列表。 */
    InstanceTypeQuotaSet?: InstanceTypeQuotaItem[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstance: 重装实例 */
export interface ResetInstanceRequest {
    /**
     * 实例ID。可通过 DescribeInstances API返回值中的InstanceId获取。
     *
     * @example ins-r8hr2upy
     */
    InstanceId: string;
    /**
     * 指定有效的镜像ID，格式形如img-xxx。镜像类型分为四种：公共镜像自定义镜像共享镜像服务市场镜像可通过以下方式获取可用的镜像ID：公共镜像、自定义镜像、共享镜像的镜像ID可通过登录控制台查询；服务镜像市场的镜像ID可通过云市场查询。通过调用接口 DescribeImages ，取返回信息中的ImageId字段。默认取值：默认使用当前镜像。
     *
     * @example img-pmqg1cw7
     */
    ImageId?: string | undefined;
    /** 实例系统盘配置信息。系统盘为云盘的实例可以通过该参数指定重装后的系统盘大小来实现对系统盘的扩容操作。系统盘大小只支持扩容不支持缩容；重装只支持修改系统盘的大小，不能修改系统盘的类型。 */
    SystemDisk?: SystemDisk | undefined;
    /** 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。 */
    LoginSettings?: LoginSettings | undefined;
    /** 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 重装系统时，可以指定修改实例的主机名。点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。Windows 实例：主机名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。其他类型（Linux 等）实例：主机名字符长度为[2, 60]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
     *
     * @example myHost
     */
    HostName?: string | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅Windows和Linux启动时运行命令。
     *
     * @example TXlVc2VyRGF0YQo
     */
    UserData?: string | undefined;
}
/** Output of ResetInstance: 重装实例 */
export interface ResetInstanceResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AllocateHosts: 创建CDH实例 */
export interface AllocateHostsRequest {
    /**
     * 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目等属性。
     *
     * @example { "Zone": "ap-shanghai-2" }
     */
    Placement: Placement;
    /**
     * 用于保证请求幂等性的字符串。
     *
     * @example a521b4e4-c903-4d37-9de6-8906e3ad8eb7
     */
    ClientToken?: string | undefined;
    /**
     * 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
     *
     * @example { "Period": 1, "RenewFlag": "NOTIFY_AND_MANUAL_RENEW", "TimeUnit":"MONTH" }
     */
    HostChargePrepaid?: ChargePrepaid | undefined;
    /**
     * 实例计费类型。目前仅支持：PREPAID（预付费，即包年包月模式），默认为：'PREPAID'。
     *
     * @example PREPAID
     */
    HostChargeType?: string | undefined;
    /**
     * CDH实例机型，默认为：'HS1'。
     *
     * @example HS1
     */
    HostType?: string | undefined;
    /**
     * 购买CDH实例数量，默认为：1。
     *
     * @example 1
     */
    HostCount?: number | undefined;
    /**
     * 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例。
     *
     * @example [ { "ResourceType": "host", "Tags": [ { "Key": "myTag", "Value": "cloud" } ] } ]
     */
    TagSpecification?: TagSpecification[] | undefined;
}
/** Output of AllocateHosts: 创建CDH实例 */
export interface AllocateHostsResponse {
    /**
     * 新创建云子机的实例ID列表。
     *
     * @example ["host-lan4lb2k"]
     */
    HostIdSet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyHostsAttribute: 修改CDH实例的属性 */
export interface ModifyHostsAttributeRequest {
    /**
     * 一个或多个待操作的CDH实例ID。
     *
     * @example ["host-ey16rkyg"]
     */
    HostIds: string[];
    /**
     * CDH实例显示名称。可任意命名，但不得超过60个字符。
     *
     * @example webserver
     */
    HostName?: string | undefined;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     */
    RenewFlag?: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | undefined;
    /**
     * 项目ID。项目可以使用AddProject接口创建。可通过DescribeProject API返回值中的projectId获取。后续使用DescribeHosts接口查询实例时，项目ID可用于过滤结果。
     *
     * @example 0
     */
    ProjectId?: number | undefined;
}
/** Output of ModifyHostsAttribute: 修改CDH实例的属性 */
export interface ModifyHostsAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RenewHosts: 续费CDH实例 */
export interface RenewHostsRequest {
    /**
     * 一个或多个待操作的CDH实例ID。每次请求的CDH实例的上限为100。
     *
     * @example ["host-ey16rkyg\r\n"]
     */
    HostIds: string[];
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    HostChargePrepaid: ChargePrepaid;
}
/** Output of RenewHosts: 续费CDH实例 */
export interface RenewHostsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceRenewHosts: 续费CDH实例询价 */
export interface InquiryPriceRenewHostsRequest {
    /**
     * 一个或多个待操作的CDH实例ID。可通过DescribeHosts接口返回值中的HostId获取。每次请求批量实例的上限为100。
     *
     * @example ["host-xxxxxxxx"]
     */
    HostIds: string[];
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的续费时长、是否设置自动续费等属性。 */
    HostChargePrepaid: ChargePrepaid;
    /**
     * 是否只预检此次请求。true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。如果检查不通过，则返回对应错误码；如果检查通过，则返回RequestId.false（默认）：发送正常请求，通过检查后直接创建实例
     *
     * @example false
     */
    DryRun?: boolean | undefined;
}
/** Output of InquiryPriceRenewHosts: 续费CDH实例询价 */
export interface InquiryPriceRenewHostsResponse {
    /** CDH实例续费价格信息 */
    Price?: HostPriceInfo | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeHosts: 查看CDH实例列表 */
export interface DescribeHostsRequest {
    /**
     * zone
     * 按照【可用区】进行过滤。可用区形如：ap-guangzhou-1。
     * 类型：String
     * 必选：否
     * 可选项：可用区列表
     * project-id
     * 按照【项目ID】进行过滤，可通过调用DescribeProject查询已创建的项目列表或登录控制台进行查看；也可以调用AddProject创建新的项目。项目ID形如：1002189。
     * 类型：Integer
     * 必选：否
     * host-id
     * 按照【CDH ID】进行过滤。CDH ID形如：host-xxxxxxxx。
     * 类型：String
     * 必选：否
     * host-name
     * 按照【CDH实例名称】进行过滤。
     * 类型：String
     * 必选：否
     * host-state
     * 按照【CDH实例状态】进行过滤。（PENDING：创建中 | LAUNCH_FAILURE：创建失败 | RUNNING：运行中 |
     * EXPIRED：已过期）
     * 类型：String
     * 必选：否
     * host-type
     * 按照【CDH机型】进行过滤。
     * 类型：String
     * 必选：否
     * tag-key
     * 按照【标签键】进行过滤。
     * 类型：String
     * 必选：否
     * tag-value
     * 按照【标签值】进行过滤。
     * 类型：String
     * 必选：否
     * tag:tag-key
     * 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例。每次请求的Filters的上限为10，Filter.Values的上限为5。
     *
     * @example [ { "Name": "tag-key", "Values": [ "myTag" ] } ]
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
/** Output of DescribeHosts: 查看CDH实例列表 */
export interface DescribeHostsResponse {
    /**
     * 符合查询条件的cdh实例总数
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** cdh实例详细信息列表 */
    HostSet?: HostItem[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ConfigureChcAssistVpc: 配置CHC物理服务器的带外和部署网络 */
export interface ConfigureChcAssistVpcRequest {
    /**
     * CHC物理服务器的实例Id。
     *
     * @example ["chc-123a4d5f"]
     */
    ChcIds: string[];
    /** 带外网络信息。 */
    BmcVirtualPrivateCloud: VirtualPrivateCloud;
    /**
     * 带外网络的安全组列表
     *
     * @example ["sg-asda324a"]
     */
    BmcSecurityGroupIds?: string[] | undefined;
    /** 部署网络信息。 */
    DeployVirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /**
     * 部署网络的安全组列表
     *
     * @example ["sg-asda324a"]
     */
    DeploySecurityGroupIds?: string[] | undefined;
    /** 部署网络的附加参数，用于指定minios类型、bios引导模式等 */
    ChcDeployExtraConfig?: ChcDeployExtraConfig | undefined;
}
/** Output of ConfigureChcAssistVpc: 配置CHC物理服务器的带外和部署网络 */
export interface ConfigureChcAssistVpcResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ConfigureChcDeployVpc: 配置CHC物理服务器部署网络 */
export interface ConfigureChcDeployVpcRequest {
    /**
     * CHC物理服务器的实例Id。
     *
     * @example ["chc-123a4d5f"]
     */
    ChcIds: string[];
    /** 部署网络信息。 */
    DeployVirtualPrivateCloud: VirtualPrivateCloud;
    /**
     * 部署网络的安全组列表。
     *
     * @example ["sg-asda324a"]
     */
    DeploySecurityGroupIds?: string[] | undefined;
    /** 部署所需要的dhcp选项参数 */
    ChcDeployExtraConfig?: ChcDeployExtraConfig | undefined;
}
/** Output of ConfigureChcDeployVpc: 配置CHC物理服务器部署网络 */
export interface ConfigureChcDeployVpcResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeChcDeniedActions: 查询CHC物理服务器禁止做的操作 */
export interface DescribeChcDeniedActionsRequest {
    /**
     * CHC物理服务器实例id
     *
     * @example [“chc-123456fd”]
     */
    ChcIds: string[];
}
/** Output of DescribeChcDeniedActions: 查询CHC物理服务器禁止做的操作 */
export interface DescribeChcDeniedActionsResponse {
    /** CHC实例禁止操作信息 */
    ChcHostDeniedActionSet?: ChcHostDeniedActions[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyChcAttribute: 修改CHC物理服务器的属性 */
export interface ModifyChcAttributeRequest {
    /**
     * CHC物理服务器ID。
     *
     * @example ["chc-1234abcd"]
     */
    ChcIds: string[];
    /**
     * CHC物理服务器名称
     *
     * @example 服务器名称
     */
    InstanceName?: string | undefined;
    /**
     * 服务器类型
     *
     * @example CHC_HS1
     */
    DeviceType?: string | undefined;
    /**
     * 合法字符为字母,数字, 横线和下划线
     *
     * @example albert
     */
    BmcUser?: string | undefined;
    /**
     * 密码8-16位字符, 允许数字，字母， 和特殊字符()`~!@#$%^&*-+=_|{}[]:;'<>,.?/
     *
     * @example Test@1234
     */
    Password?: string | undefined;
    /**
     * bmc网络的安全组列表
     *
     * @example ["sg-1a2b34af"]
     */
    BmcSecurityGroupIds?: string[] | undefined;
}
/** Output of ModifyChcAttribute: 修改CHC物理服务器的属性 */
export interface ModifyChcAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RemoveChcAssistVpc: 清理CHC物理服务器的带外网络和部署网络 */
export interface RemoveChcAssistVpcRequest {
    /**
     * CHC物理服务器Id。
     *
     * @example ["chc-2324adf5"]
     */
    ChcIds: string[];
}
/** Output of RemoveChcAssistVpc: 清理CHC物理服务器的带外网络和部署网络 */
export interface RemoveChcAssistVpcResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RemoveChcDeployVpc: 清理CHC物理服务器的部署网络 */
export interface RemoveChcDeployVpcRequest {
    /**
     * CHC物理服务器Id。
     *
     * @example ["chc-2324adf5"]
     */
    ChcIds: string[];
}
/** Output of RemoveChcDeployVpc: 清理CHC物理服务器的部署网络 */
export interface RemoveChcDeployVpcResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeChcHosts: 查询CHC物理服务器 */
export interface DescribeChcHostsRequest {
    /**
     * CHC物理服务器实例ID。每次请求的实例的上限为100。参数不支持同时指定ChcIds和Filters。
     *
     * @example ['chc-1a2b3c4d']
     */
    ChcIds?: string[] | undefined;
    /**
     * zone
     * 按照【可用区】进行过滤。可用区形如：ap-guangzhou-1。
     * 类型：String
     * 必选：否
     * 可选项：可用区列表
     * instance-name
     * 按照【实例名称】进行过滤。
     * 类型：String
     * 必选：否
     * instance-state
     * 按照【实例状态】进行过滤。状态类型详见实例状态表
     * 类型：String
     * 必选：否
     * device-type
     * 按照【设备类型】进行过滤。
     * 类型：String
     * 必选：否
     * vpc-id
     * 按照【私有网络唯一ID】进行过滤。
     * 类型：String
     * 必选：否
     * subnet-id
     * 按照【私有子网唯一ID】进行过滤。
     * 类型：String
     * 必选：否
     * sn
     * 按照【设备SN】进行过滤。
     * 类型：String
     * 必选：否
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 1
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 10
     */
    Limit?: number | undefined;
}
/** Output of DescribeChcHosts: 查询CHC物理服务器 */
export interface DescribeChcHostsResponse {
    /**
     * 符合条件的实例数量。
     *
     * @example 5
     */
    TotalCount?: number | undefined;
    /** 返回的实例列表 */
    ChcHostSet?: ChcHost[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDisasterRecoverGroups: 查询分散置放群组信息 */
export interface DescribeDisasterRecoverGroupsRequest {
    /**
     * 分散置放群组ID列表。每次请求允许操作的分散置放群组数量上限是10。
     *
     * @example ps-21q9ibvr
     */
    DisasterRecoverGroupIds?: string[] | undefined;
    /**
     * 分散置放群组名称，支持模糊匹配。
     *
     * @example myGroup
     */
    Name?: string | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 1
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 2
     */
    Limit?: number | undefined;
    /**
     * tag-key
     * 按照【标签键】进行过滤。
     * 类型：String
     * 必选：否
     * tag-value
     * 按照【标签值】进行过滤。
     * 类型：String
     * 必选：否
     * tag:tag-key
     * 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。
     * 类型：String
     * 必选：否每次请求的Filters的上限为10，Filter.Values的上限为5。
     *
     * @example [ { "Name": "tag-key ", "Values": [ "myTag" ] } ]
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeDisasterRecoverGroups: 查询分散置放群组信息 */
export interface DescribeDisasterRecoverGroupsResponse {
    /**
     * 分散置放群组信息列表。
     *
     * @example [ { "DisasterRecoverGroupId": "ps-21q9ibvr", "Name": "数据库业务","Type": "RACK", "CvmQuotaTotal": 30, "CurrentNum": 0, "InstanceIds": [],"CreateTime": "2018-04-19T02:47:12Z" } ]
     */
    DisasterRecoverGroupSet?: DisasterRecoverGroup[] | undefined;
    /**
     * 用户置放群组总量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDisasterRecoverGroupQuota: 查询置放群组配额 */
export interface DescribeDisasterRecoverGroupQuotaRequest {
}
/** Output of DescribeDisasterRecoverGroupQuota: 查询置放群组配额 */
export interface DescribeDisasterRecoverGroupQuotaResponse {
    /**
     * 可创建置放群组数量的上限。
     *
     * @example 10
     */
    GroupQuota?: number | undefined;
    /**
     * 当前用户已经创建的置放群组数量。
     *
     * @example 25
     */
    CurrentNum?: number | undefined;
    /**
     * 物理机类型容灾组内实例的配额数。
     *
     * @example 50
     */
    CvmInHostGroupQuota?: number | undefined;
    /**
     * 机架类型容灾组内实例的配额数。
     *
     * @example 30
     */
    CvmInRackGroupQuota?: number | undefined;
    /**
     * 交换机类型容灾组内实例的配额数。
     *
     * @example 20
     */
    CvmInSwitchGroupQuota?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDisasterRecoverGroup: 创建分散置放群组 */
export interface CreateDisasterRecoverGroupRequest {
    /**
     * 分散置放群组名称，长度1-60个字符，支持中、英文。
     *
     * @example 物理机容灾组
     */
    Name: string;
    /**
     * 分散置放群组类型，取值范围：
     * HOST：物理机
     * SW：交换机
     * RACK：机架
     *
     * @example HOST
     */
    Type: "HOST" | "SW" | "RACK";
    /**
     * 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。更多详细信息请参阅：如何保证幂等性。
     *
     * @example a521b4e4-c903-4d37-9de6-8906e3ad8eb7
     */
    ClientToken?: string | undefined;
    /**
     * 置放群组的亲和度，在置放群组的实例会按该亲和度分布，亲和度的取值范围是：1-10，默认为1
     *
     * @example 3
     */
    Affinity?: number | undefined;
    /**
     * 标签描述列表。通过指定该参数可以绑定标签到置放群组。
     *
     * @example [ { "ResourceType": "ps", "Tags": [ { "Key": "myTag", "Value": "cloud" } ] } ]
     */
    TagSpecification?: TagSpecification[] | undefined;
}
/** Output of CreateDisasterRecoverGroup: 创建分散置放群组 */
export interface CreateDisasterRecoverGroupResponse {
    /**
     * 分散置放群组ID列表。
     *
     * @example ps-qajfd25h
     */
    DisasterRecoverGroupId?: string | undefined;
    /**
     * 分散置放群组类型，取值范围：
     * HOST：物理机
     * SW：交换机
     * RACK：机架
     *
     * @example HOST
     */
    Type?: "HOST" | "SW" | "RACK" | (string & {}) | undefined;
    /**
     * 分散置放群组名称，长度1-60个字符，支持中、英文。
     *
     * @example 物理机容灾组
     */
    Name?: string | undefined;
    /**
     * 置放群组内可容纳的云服务器数量。
     *
     * @example 50
     */
    CvmQuotaTotal?: number | undefined;
    /**
     * 置放群组内已有的云服务器数量。
     *
     * @example 0
     */
    CurrentNum?: number | undefined;
    /**
     * 置放群组创建时间。
     *
     * @example 2018-06-08T07:26:38Z
     */
    CreateTime?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDisasterRecoverGroupAttribute: 修改分散置放群组属性 */
export interface ModifyDisasterRecoverGroupAttributeRequest {
    /**
     * 分散置放群组ID，可使用DescribeDisasterRecoverGroups接口获取。
     *
     * @example ps-58l1hu01
     */
    DisasterRecoverGroupId: string;
    /**
     * 分散置放群组名称，长度1-60个字符，支持中、英文。
     *
     * @example 物理机容灾组1
     */
    Name: string;
}
/** Output of ModifyDisasterRecoverGroupAttribute: 修改分散置放群组属性 */
export interface ModifyDisasterRecoverGroupAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteDisasterRecoverGroups: 删除分散置放群组 */
export interface DeleteDisasterRecoverGroupsRequest {
    /**
     * 分散置放群组ID列表，可通过DescribeDisasterRecoverGroups接口获取。每次请求允许操作的分散置放群组数量上限是10。
     *
     * @example ["ps-58l1hu01"]
     */
    DisasterRecoverGroupIds: string[];
}
/** Output of DeleteDisasterRecoverGroups: 删除分散置放群组 */
export interface DeleteDisasterRecoverGroupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImages: 查看镜像列表 */
export interface DescribeImagesRequest {
    /**
     * 镜像ID列表 。镜像ID如：img-gvbnzy6f。array型参数的格式可以参考API简介。镜像ID可以通过如下方式获取：通过DescribeImages接口返回的ImageId获取。通过镜像控制台获取。
     *
     * @example ["img-gvbnzy6f"]
     */
    ImageIds?: string[] | undefined;
    /**
     * 过滤条件，每次请求的Filters的上限为10，Filters.Values的上限为5。参数不可以同时指定ImageIds和Filters。详细的过滤条件如下：
     * image-id
     * 按照【镜像ID】进行过滤。
     * 类型：String
     * 必选：否
     * image-type
     * 按照【镜像类型】进行过滤。
     * 类型：String
     * 必选：否
     * 可选项：PRIVATE_IMAGE: 自定义镜像 (本账户创建的镜像) PUBLIC_IMAGE: 公共镜像 (腾讯云官方镜像) SHARED_IMAGE: 共享镜像(其他账户共享给本账户的镜像) image-name按照【镜像名称】进行过滤。支持模糊查询。
     * 类型：String
     * 必选：否
     * platform
     * 按照【镜像平台】进行过滤，如 CentOS，支持模糊匹配。可通过 DescribeImages 接口返回的  Platform获取。
     * 类型：String
     * 必选：否
     * tag-key
     * 按照【标签键】进行过滤。可通过 GetTags 接口返回的  TagKey 获取。
     * 类型：String
     * 必选：否
     * tag-value
     * 按照【标签值】进行过滤。可通过 GetTags 接口返回的  TagValue 获取。
     * 类型：String
     * 必选：否
     * tag:tag-key
     * 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。可通过 GetTags 接口返回的  TagKey和 TagValue 获取。
     * 类型：String
     * 必选：否
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于Offset详见API简介。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 数量限制，默认为20，最大值为100。关于Limit详见API简介。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 实例类型，如 S1.SMALL1。可通过 DescribeInstanceTypeConfigs 接口返回的 InstanceType 获取。
     *
     * @example S1.SMALL1
     */
    InstanceType?: string | undefined;
}
/** Output of DescribeImages: 查看镜像列表 */
export interface DescribeImagesResponse {
    /** 一个关于镜像详细信息的结构体，主要包括镜像的主要状态与属性。 */
    ImageSet?: Image[] | undefined;
    /**
     * 符合要求的镜像数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImageSharePermission: 查看镜像分享信息 */
export interface DescribeImageSharePermissionRequest {
    /**
     * 需要共享的镜像 ID，可通过 DescribeImages 接口返回的ImageId获取。
     *
     * @example img-6pb6lrmy
     */
    ImageId: string;
}
/** Output of DescribeImageSharePermission: 查看镜像分享信息 */
export interface DescribeImageSharePermissionResponse {
    /**
     * 镜像共享信息
     *
     * @example [ { "CreatedTime": "2018-06-10T11:02:50Z", "AccountId": "101104350000" } ]
     */
    SharePermissionSet?: SharePermission[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImportImageOs: 查询外部导入镜像支持的OS列表 */
export interface DescribeImportImageOsRequest {
}
/** Output of DescribeImportImageOs: 查询外部导入镜像支持的OS列表 */
export interface DescribeImportImageOsResponse {
    /** 支持的导入镜像的操作系统类型。 */
    ImportImageOsListSupported?: ImageOsList | undefined;
    /** 支持的导入镜像的操作系统版本。 */
    ImportImageOsVersionSet?: OsVersion[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImageQuota: 查询镜像配额上限 */
export interface DescribeImageQuotaRequest {
}
/** Output of DescribeImageQuota: 查询镜像配额上限 */
export interface DescribeImageQuotaResponse {
    /**
     * 账户的镜像配额
     *
     * @example 1000
     */
    ImageNumQuota?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyImageSharePermission: 修改镜像共享信息 */
export interface ModifyImageSharePermissionRequest {
    /**
     * 镜像ID，形如img-gvbnzy6f。镜像Id可以通过如下方式获取：通过DescribeImages接口返回的ImageId获取。通过镜像控制台获取。镜像ID必须指定为状态为NORMAL的镜像。镜像状态请参考镜像数据表。
     *
     * @example img-6pb6lrmy
     */
    ImageId: string;
    /**
     * 接收共享镜像的主账号ID列表，array型参数的格式可以参考API简介。账号ID不同于QQ号，查询用户主账号ID请查看账号信息中的账号ID栏。
     *
     * @example ["103849387508"]
     */
    AccountIds: string[];
    /**
     * 操作，包括 SHARE，CANCEL。其中SHARE代表共享操作，CANCEL代表取消共享操作。
     *
     * @example SHARE
     */
    Permission: string;
}
/** Output of ModifyImageSharePermission: 修改镜像共享信息 */
export interface ModifyImageSharePermissionResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of SyncImages: 同步镜像 */
export interface SyncImagesRequest {
    /**
     * 镜像ID列表 ，镜像ID可以通过如下方式获取：通过DescribeImages接口返回的ImageId获取，镜像ID对应的镜像状态必须为NORMAL。通过镜像控制台获取。
     *
     * @example ["img-o3ycss2p"]
     */
    ImageIds: string[];
    /**
     * 目的同步地域列表，必须满足如下限制：必须是一个合法的Region。如果是自定义镜像，则目标同步地域不能为源地域。如果是共享镜像，则目的同步地域仅支持源地域，表示将共享镜像复制为源地域的自定义镜像。如果是自定义镜像复制为加密自定义镜像，则目的同步地域仅支持源地域，表示将自定义镜像复制为源地域的加密自定义镜像。暂不支持部分地域同步，请参考复制镜像。具体地域参数请参考Region。
     *
     * @example ["ap-guangzhou"]
     */
    DestinationRegions: string[];
    /**
     * 检测是否支持发起同步镜像。默认值: false
     *
     * @example false
     * @defaultValue false
     */
    DryRun?: boolean | undefined;
    /**
     * 目标镜像名称。默认使用源镜像名称。最多支持 60 个字符。
     *
     * @example “test_image”
     */
    ImageName?: string | undefined;
    /**
     * 是否需要返回目的地域的镜像ID。默认值: false
     *
     * @example false
     * @defaultValue false
     */
    ImageSetRequired?: boolean | undefined;
    /**
     * 是否复制为加密自定义镜像。默认值为 false。复制加密自定义镜像仅支持同地域， 即 DestinationRegions 仅支持填写指定镜像所在地域。
     *
     * @example false
     */
    Encrypt?: boolean | undefined;
    /**
     * 加密自定义镜像使用的 KMS 密钥 ID。仅当复制加密镜像时，即 Encrypt 为 true 时，此参数有效；不指定 KmsKeyId，默认使用 CBS 云产品 KMS 密钥。KMS 密钥 ID 通过KMS 控制台获取。
     *
     * @example 2bb53791-c2e9-4c42-8772-ecf135a1d92x
     */
    KmsKeyId?: string | undefined;
}
/** Output of SyncImages: 同步镜像 */
export interface SyncImagesResponse {
    /** 目的地域的镜像ID信息。 */
    ImageSet?: SyncImage[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyImageAttribute: 修改镜像属性 */
export interface ModifyImageAttributeRequest {
    /**
     * 镜像ID，形如img-gvbnzy6f。镜像ID可以通过如下方式获取：通过DescribeImages接口返回的ImageId获取。通过镜像控制台获取。
     *
     * @example img-6pb6lrmy
     */
    ImageId: string;
    /**
     * 设置新的镜像名称；必须满足下列限制不得超过60个字符。镜像名称不能与已有镜像重复。
     *
     * @example sample
     */
    ImageName?: string | undefined;
    /**
     * 设置新的镜像描述；必须满足下列限制：不得超过 256 个字符。
     *
     * @example sample
     */
    ImageDescription?: string | undefined;
    /**
     * 设置镜像族；
     *
     * @example business-daily-update
     */
    ImageFamily?: string | undefined;
    /**
     * 设置镜像是否废弃；
     *
     * @example false
     */
    ImageDeprecated?: boolean | undefined;
}
/** Output of ModifyImageAttribute: 修改镜像属性 */
export interface ModifyImageAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteImages: 删除镜像 */
export interface DeleteImagesRequest {
    /**
     * 删除的镜像 ID 列表。可通过 DescribeImages 接口返回值中的ImageId获取。
     *
     * @example ["img-34vaef8fe"]
     */
    ImageIds: string[];
    /**
     * 是否删除镜像关联的快照。默认值：false
     *
     * @example false
     * @defaultValue false
     */
    DeleteBindedSnap?: boolean | undefined;
    /**
     * 检测是否支持删除镜像。默认值：false
     *
     * @example true
     * @defaultValue false
     */
    DryRun?: boolean | undefined;
}
/** Output of DeleteImages: 删除镜像 */
export interface DeleteImagesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ImportImage: 外部镜像导入 */
export interface ImportImageRequest {
    /**
     * 导入镜像的操作系统架构。取值范围包括：x86_64 、i386、arm_64
     *
     * @example x86_64
     */
    Architecture: string;
    /**
     * 导入镜像的操作系统类型 。可通过 DescribeImportImageOs 接口返回值中的ImportImageOsListSupported获取
     *
     * @example CentOS
     */
    OsType: string;
    /**
     * 导入镜像的操作系统版本。可通过 DescribeImportImageOs 接口返回值中的ImportImageOsVersionSet获取。
     *
     * @example 6
     */
    OsVersion: string;
    /**
     * 导入镜像存放的cos地址
     *
     * @example http://111-1251233127.cosd.myqcloud.com/Windows%20Server%202008%20R2%20x6
     */
    ImageUrl: string;
    /**
     * 镜像名称。最多支持 60 个字符。
     *
     * @example sample
     */
    ImageName: string;
    /**
     * 镜像描述。最多支持 256 个字符。
     *
     * @example sampleimage
     */
    ImageDescription?: string | undefined;
    /**
     * 只检查参数，不执行任务。默认值：false
     *
     * @example false
     * @defaultValue false
     */
    DryRun?: boolean | undefined;
    /**
     * 是否强制导入，参考强制导入镜像默认值：false
     *
     * @example false
     * @defaultValue false
     */
    Force?: boolean | undefined;
    /**
     * 标签描述列表。通过指定该参数可以同时绑定标签到自定义镜像。
     *
     * @example [{'ResourceType': 'image', 'Tags': [{'Key': 'ServiceInstance', 'Value': 'ddigital-facilities-system-isc-prod'}]}]
     */
    TagSpecification?: TagSpecification[] | undefined;
    /**
     * 导入镜像后，激活操作系统采用的许可证类型。默认值：TencentCloud取值范围：TencentCloud: 腾讯云官方许可BYOL: 自带许可（Bring Your Own License）
     *
     * @example TencentCloud
     * @defaultValue TencentCloud
     */
    LicenseType?: string | undefined;
    /**
     * 启动模式。取值范围：Legacy BIOS、UEFI默认值：Legacy BIOS
     *
     * @example Legacy BIOS
     * @defaultValue Legacy BIOS
     */
    BootMode?: string | undefined;
    /**
     * 镜像族
     *
     * @example business-daily-update
     */
    ImageFamily?: string | undefined;
    /**
     * 导入的数据盘列表
     *
     * @example [{"ImageUrl": "https://user-test-1317392000.cos.ap-guangzhou.myqcloud.com/snap-xxxx.qcow2"}]
     */
    ImportImageDataDiskList?: ImportImageDataDisk[] | undefined;
}
/** Output of ImportImage: 外部镜像导入 */
export interface ImportImageResponse {
    /**
     * 镜像 ID
     *
     * @example img-ds656asd
     */
    ImageId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ExportImages: 导出自定义镜像 */
export interface ExportImagesRequest {
    /**
     * COS存储桶名称。可通过 List Buckets 接口查询请求者名下的所有存储桶列表或特定地域下的存储桶列表。
     *
     * @example mybucketname
     */
    BucketName: string;
    /**
     * 镜像ID列表。调用 ExportImages 接口时，参数 ImageIds 和 SnapshotIds 为二选一必填参数，目前参数 SnapshotIds 暂未对外开放。可通过 DescribeImages 接口返回值中的ImageId获取。
     *
     * @example img-72n9mi0y
     */
    ImageIds?: string[] | undefined;
    /**
     * 镜像文件导出格式。取值范围：RAW，QCOW2，VHD，VMDK。默认为RAW
     *
     * @example RAW
     */
    ExportFormat?: string | undefined;
    /**
     * 导出文件的名称前缀列表。默认导出文件无名称前缀。
     *
     * @example ["testfilename"]
     */
    FileNamePrefixList?: string[] | undefined;
    /**
     * 是否只导出系统盘。默认值：false
     *
     * @example true
     * @defaultValue false
     */
    OnlyExportRootDisk?: boolean | undefined;
    /**
     * 检测镜像是否支持导出。默认值：false
     *
     * @example true
     * @defaultValue false
     */
    DryRun?: boolean | undefined;
    /**
     * 角色名称。默认为CVM_QcsRole，发起请求前请确认是否存在该角色，以及是否已正确配置COS写入权限。
     *
     * @example CVM_QcsRole
     */
    RoleName?: string | undefined;
}
/** Output of ExportImages: 导出自定义镜像 */
export interface ExportImagesResponse {
    /**
     * 导出镜像任务ID
     *
     * @example 124578
     */
    TaskId?: number | undefined;
    /**
     * 导出镜像的COS文件名列表。其中，文件名格式如下。* 系统盘：前缀名_镜像ID_system_快照ID.镜像格式* 数据盘：前缀名_镜像ID_data_快照ID.镜像格式
     *
     * @example /img-dz6w75t0_system_snap-hedv100v.raw
     */
    CosPaths?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateImage: 创建镜像 */
export interface CreateImageRequest {
    /**
     * 镜像名称。最多支持60个字符。
     *
     * @example MyImageName
     */
    ImageName: string;
    /**
     * 需要制作镜像的实例ID。基于实例创建镜像时，为必填参数。InstanceId 和 SnapshotIds 为二选一必填参数。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-2v3sqe2t
     */
    InstanceId?: string | undefined;
    /**
     * 镜像描述。最多支持 256 个字符。
     *
     * @example MyImageDescription
     */
    ImageDescription?: string | undefined;
    /**
     * 是否执行强制关机以制作镜像。取值范围：
     * true：表示关机之后制作镜像
     * false：表示开机状态制作镜像
     * 默认取值：false。开机状态制作镜像，可能导致部分数据未备份，影响数据安全。
     *
     * @example true
     * @defaultValue false
     */
    ForcePoweroff?: "true" | "false" | undefined;
    /**
     * 创建Windows镜像时是否启用Sysprep。取值范围：true或false，传true表示启用Sysprep，传false表示不启用，默认取值为false。关于Sysprep的详情请参考链接。
     *
     * @example false
     */
    Sysprep?: string | undefined;
    /**
     * 基于实例创建整机镜像时，指定包含在镜像里的数据盘ID。DataDiskIds 只能在指定 InstanceId 实例所包含的数据盘范围内指定。可通过 DescribeInstances 接口返回值中的 DataDisks 获取。
     *
     * @example ["disk-6gabakqz"]
     */
    DataDiskIds?: string[] | undefined;
    /**
     * 基于快照创建镜像，指定快照ID，必须包含一个系统盘快照。不可与 InstanceId 同时传入。InstanceId 和 SnapshotIds 为二选一必填参数。可通过 DescribeSnapshots 接口返回值中的SnapshotId获取。
     *
     * @example ["snap-kso6f712", "snap-l3rrf322"]
     */
    SnapshotIds?: string[] | undefined;
    /**
     * 检测本次请求的是否成功，但不会对操作的资源产生任何影响。默认取值为false。
     *
     * @example false
     */
    DryRun?: boolean | undefined;
    /** 标签描述列表。通过指定该参数可以同时绑定标签到自定义镜像。可通过 DescribeTags 接口返回值中的 TagKey 和 TagValue 获取。 */
    TagSpecification?: TagSpecification[] | undefined;
    /**
     * 镜像族
     *
     * @example business-daily-update
     */
    ImageFamily?: string | undefined;
}
/** Output of CreateImage: 创建镜像 */
export interface CreateImageResponse {
    /**
     * 镜像ID
     *
     * @example img-2v3sqe2t
     */
    ImageId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImageFromFamily: 查询镜像族内可用镜像 */
export interface DescribeImageFromFamilyRequest {
    /**
     * 镜像族
     *
     * @example business-daily-update
     */
    ImageFamily?: string | undefined;
}
/** Output of DescribeImageFromFamily: 查询镜像族内可用镜像 */
export interface DescribeImageFromFamilyResponse {
    /** 镜像信息，没有可用镜像是返回为空 */
    Image?: Image | null | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ConvertOperatingSystems: 转换操作系统 */
export interface ConvertOperatingSystemsRequest {
    /**
     * 执行操作系统转换的实例 ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。仅支持操作系统为 CentOS 7、CentOS 8 的实例执行转换。
     *
     * @example ["ins-duqhvpt6"]
     */
    InstanceIds: string[];
    /**
     * 是否最小规模转换。默认值：false
     *
     * @example false
     * @defaultValue false
     */
    MinimalConversion?: boolean | undefined;
    /**
     * 是否只预检。默认值：false
     *
     * @example false
     * @defaultValue false
     */
    DryRun?: boolean | undefined;
    /**
     * 转换的目标操作系统类型。仅支持 TencentOS。默认值：TencentOS
     *
     * @example TencentOS
     * @defaultValue TencentOS
     */
    TargetOSType?: string | undefined;
}
/** Output of ConvertOperatingSystems: 转换操作系统 */
export interface ConvertOperatingSystemsResponse {
    /**
     * 转换的目标操系统信息，仅在入参 DryRun 为 true 时返回。
     *
     * @example [ { "TargetOSType": "TencentOS", "TargetOSVersion": "2.4" } ]
     */
    SupportTargetOSList?: TargetOS[] | undefined;
    /**
     * 操作系统转换的任务 ID
     *
     * @example 12345678
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeKeyPairs: 查询密钥对列表 */
export interface DescribeKeyPairsRequest {
    /**
     * 密钥对ID，密钥对ID形如：skey-11112222（此接口支持同时传入多个ID进行过滤。此参数的具体格式可参考 API 简介的id.N 一节）。参数不支持同时指定 KeyIds 和 Filters。密钥对ID可以通过登录控制台查询。
     *
     * @example skey-11112222
     */
    KeyIds?: string[] | undefined;
    /** 过滤条件。project-id - Integer - 是否必填：否 -（过滤条件）按照项目ID过滤。可以通过项目列表查询项目ID，或者调用接口DescribeProject，取返回信息中的projectId获取项目ID。key-name - String - 是否必填：否 -（过滤条件）按照密钥对名称过滤。tag-key - String - 是否必填：否 -（过滤条件）按照标签键过滤。tag-value - String - 是否必填：否 -（过滤条件）按照标签值过滤。tag:tag-key - String - 是否必填：否 -（过滤条件）按照标签键值对过滤。tag-key使用具体的标签键进行替换。参数不支持同时指定 KeyIds 和 Filters。 */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为0。关于 Offset 的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于 Limit 的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 20
     */
    Limit?: number | undefined;
}
/** Output of DescribeKeyPairs: 查询密钥对列表 */
export interface DescribeKeyPairsResponse {
    /**
     * 符合条件的密钥对数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 密钥对详细信息列表。 */
    KeyPairSet?: KeyPair[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateKeyPair: 创建密钥对 */
export interface CreateKeyPairRequest {
    /**
     * 密钥对名称，可由数字、字母和下划线组成，长度不超过25个字符。密钥对名称不能和已经存在的密钥对名称重复。
     *
     * @example Tencent
     */
    KeyName: string;
    /**
     * 密钥对创建后所属的项目ID，ProjectId为0表示默认项目。可以通过以下方式获取项目ID：通过项目列表查询项目ID。通过调用接口 DescribeProjects，取返回信息中的projectId获取项目ID。
     *
     * @example 0
     */
    ProjectId: number;
    /**
     * 标签描述列表。通过指定该参数可以同时绑定标签到密钥对。
     *
     * @example [ { "ResourceType": "keypair", "Tags": [ { "Key": "myTag", "Value": "cloud"} ] } ]
     */
    TagSpecification?: TagSpecification[] | undefined;
}
/** Output of CreateKeyPair: 创建密钥对 */
export interface CreateKeyPairResponse {
    /** 密钥对信息。 */
    KeyPair?: KeyPair | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateInstancesKeyPairs: 绑定密钥对 */
export interface AssociateInstancesKeyPairsRequest {
    /**
     * 一个或多个待操作的实例ID，每次请求批量实例的上限为100。可以通过以下方式获取可用的实例ID：通过登录控制台查询实例ID。通过调用接口 DescribeInstances ，取返回信息中的InstanceId获取实例ID。
     *
     * @example ["ins-1e4r6y8i","ins-3e56fg78"]
     */
    InstanceIds: string[];
    /**
     * 一个或多个待操作的密钥对ID，每次请求批量密钥对的上限为100。可以通过以下方式获取可用的密钥ID：通过登录控制台查询密钥ID。通过调用接口 DescribeKeyPairs ，取返回信息中的KeyId获取密钥对ID。
     *
     * @example ["skey-4e5ty7i8"]
     */
    KeyIds: string[];
    /**
     * 是否强制关机，默认值为 false。常规场景下，建议手动关机后绑定密钥。取值范围：
     * true：先执行强制关机，再绑定密钥。
     * false：不执行强制关机，仅支持对已关机状态实例进行绑定操作。
     *
     * @example false
     */
    ForceStop?: boolean | undefined;
}
/** Output of AssociateInstancesKeyPairs: 绑定密钥对 */
export interface AssociateInstancesKeyPairsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateInstancesKeyPairs: 解绑密钥对 */
export interface DisassociateInstancesKeyPairsRequest {
    /**
     * 一个或多个待操作的实例ID，每次请求批量实例的上限为100。可以通过以下方式获取可用的实例ID：通过登录控制台查询实例ID。通过调用接口 DescribeInstances ，取返回信息中的 InstanceId 获取实例ID。
     *
     * @example ["ins-w34e5rl9"]
     */
    InstanceIds: string[];
    /**
     * 密钥对ID列表，列表长度上限为100。可以通过以下方式获取可用的密钥ID：通过登录控制台查询密钥ID。通过调用接口 DescribeKeyPairs ，取返回信息中的 KeyId 获取密钥对ID。
     *
     * @example ["skey-e3r6y7ji"]
     */
    KeyIds: string[];
    /**
     * 是否强制关机，默认值为 false。常规场景下，建议手动关机后解绑密钥。取值范围：
     * true：先执行强制关机，再解绑密钥。
     * false：不执行强制关机，仅支持对已关机状态实例进行解绑操作。
     *
     * @example false
     */
    ForceStop?: boolean | undefined;
}
/** Output of DisassociateInstancesKeyPairs: 解绑密钥对 */
export interface DisassociateInstancesKeyPairsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteKeyPairs: 删除密钥对 */
export interface DeleteKeyPairsRequest {
    /**
     * 一个或多个待操作的密钥对ID。每次请求批量密钥对的上限为100。可以通过以下方式获取可用的密钥ID：通过登录控制台查询密钥ID。通过调用接口 DescribeKeyPairs ，取返回信息中的 KeyId 获取密钥对ID。
     *
     * @example ["skey-mv9yzyjj"]
     */
    KeyIds: string[];
}
/** Output of DeleteKeyPairs: 删除密钥对 */
export interface DeleteKeyPairsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyKeyPairAttribute: 修改密钥对属性 */
export interface ModifyKeyPairAttributeRequest {
    /**
     * 密钥对ID。可以通过以下方式获取可用的密钥 ID：通过登录控制台查询密钥 ID。通过调用接口 DescribeKeyPairs ，取返回信息中的 KeyId 获取密钥对 ID。
     *
     * @example skey-mv9yzyjj
     */
    KeyId: string;
    /**
     * 修改后的密钥对名称，可由数字，字母和下划线组成，长度不超过25个字符。
     *
     * @example Tencent
     */
    KeyName?: string | undefined;
    /**
     * 修改后的密钥对描述信息。可任意命名，但不得超过60个字符。
     *
     * @example KeyPair
     */
    Description?: string | undefined;
}
/** Output of ModifyKeyPairAttribute: 修改密钥对属性 */
export interface ModifyKeyPairAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ImportKeyPair: 导入密钥对 */
export interface ImportKeyPairRequest {
    /**
     * 密钥对名称，可由数字，字母和下划线组成，长度不超过25个字符。
     *
     * @example operation_key
     */
    KeyName: string;
    /**
     * 密钥对创建后所属的项目ID。可以通过以下方式获取项目ID：通过项目列表查询项目ID。通过调用接口 DescribeProjects，取返回信息中的 projectId 获取项目ID。如果是默认项目，直接填0就可以。
     *
     * @example 0
     */
    ProjectId: number;
    /**
     * 密钥对的公钥内容，OpenSSH RSA 格式。
     *
     * @example ssh-rsa XXXXXXXXXXXX== skey_45071
     */
    PublicKey: string;
    /** 标签描述列表。通过指定该参数可以同时绑定标签到密钥对。 */
    TagSpecification?: TagSpecification[] | undefined;
}
/** Output of ImportKeyPair: 导入密钥对 */
export interface ImportKeyPairResponse {
    /**
     * 密钥对ID。
     *
     * @example skey-4e5ty7i8
     */
    KeyId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateSecurityGroups: 绑定安全组 */
export interface AssociateSecurityGroupsRequest {
    /**
     * 要绑定的安全组ID，类似sg-efil73jd，只支持绑定单个安全组。可通过 DescribeSecurityGroups 接口返回值中的SecurityGroupId获取。
     *
     * @example ["sg-9id3l839"]
     */
    SecurityGroupIds: string[];
    /**
     * 被绑定的实例ID，类似ins-lesecurk，支持指定多个实例，每次请求批量实例的上限为100。可通过DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ["ins-2zvpghhc","ins-915zrb0p"]
     */
    InstanceIds: string[];
}
/** Output of AssociateSecurityGroups: 绑定安全组 */
export interface AssociateSecurityGroupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DisassociateSecurityGroups: 解绑安全组 */
export interface DisassociateSecurityGroupsRequest {
    /**
     * 要解绑的安全组ID，类似sg-efil73jd，只支持解绑单个安全组。可通过 DescribeInstances 接口返回值中的SecurityGroupIds获取实例绑定的安全组。
     *
     * @example ["sg-9id3l839"]
     */
    SecurityGroupIds: string[];
    /**
     * 被解绑的实例ID，类似ins-lesecurk，支持指定多个实例，每次请求批量实例的上限为100。可通过DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ["ins-2zvpghhc", "ins-915zrb0p"]
     */
    InstanceIds: string[];
}
/** Output of DisassociateSecurityGroups: 解绑安全组 */
export interface DisassociateSecurityGroupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceInternetBandwidthConfigs: 查询实例带宽配置 */
export interface DescribeInstanceInternetBandwidthConfigsRequest {
    /**
     * 待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ins-6lafsaz0
     */
    InstanceId: string;
}
/** Output of DescribeInstanceInternetBandwidthConfigs: 查询实例带宽配置 */
export interface DescribeInstanceInternetBandwidthConfigsResponse {
    /**
     * 带宽配置信息列表。
     *
     * @example [ { "StartTime": "2017-03-12T16:00:00Z", "EndTime": "2017-04-12T16:00:00Z", "InternetAccessible": { "InternetMaxBandwidthOut": 50,"InternetChargeType": "BANDWIDTH_PREPAID" } } ]
     */
    InternetBandwidthConfigSet?: InternetBandwidthConfig[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInternetChargeTypeConfigs: 查询网络计费类型 */
export interface DescribeInternetChargeTypeConfigsRequest {
}
/** Output of DescribeInternetChargeTypeConfigs: 查询网络计费类型 */
export interface DescribeInternetChargeTypeConfigsResponse {
    /** 网络计费类型配置。 */
    InternetChargeTypeConfigSet?: InternetChargeTypeConfig[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquiryPriceResetInstancesInternetMaxBandwidth: 调整实例带宽上限询价 */
export interface InquiryPriceResetInstancesInternetMaxBandwidthRequest {
    /**
     * 一个或多个待操作的实例ID。可通过 DescribeInstances 接口返回值中的InstanceId获取。每次请求批量实例的上限为100。当调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR 计费方式的带宽时，只支持一个实例。
     *
     * @example ["ins-fd8spnmq"]
     */
    InstanceIds: string[];
    /** 公网出带宽配置。不同机型带宽上限范围不一致，具体限制详见带宽限制对账表。暂时只支持InternetMaxBandwidthOut参数。 */
    InternetAccessible: InternetAccessible;
    /**
     * 带宽生效的起始时间。格式：YYYY-MM-DD，例如：2016-10-30。起始时间不能早于当前时间。如果起始时间是今天则新设置的带宽立即生效。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
     *
     * @example 2016-10-30
     */
    StartTime?: string | undefined;
    /**
     * 带宽生效的终止时间。格式：YYYY-MM-DD，例如：2016-10-30。新设置的带宽的有效期包含终止时间此日期。终止时间不能晚于包年包月实例的到期时间。实例的到期时间可通过 DescribeInstances 接口返回值中的ExpiredTime获取。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
     *
     * @example 2016-11-30
     */
    EndTime?: string | undefined;
}
/** Output of InquiryPriceResetInstancesInternetMaxBandwidth: 调整实例带宽上限询价 */
export interface InquiryPriceResetInstancesInternetMaxBandwidthResponse {
    /** 该参数表示带宽调整为对应大小之后的价格。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstancesInternetMaxBandwidth: 调整实例带宽上限 */
export interface ResetInstancesInternetMaxBandwidthRequest {
    /**
     * 一个或多个待操作的实例ID。可通过DescribeInstances接口返回值中的 InstanceId 获取。 每次请求批量实例的上限为100。当调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR 计费方式的带宽时，只支持一个实例。
     *
     * @example ["ins-r8hr2upy"]
     */
    InstanceIds: string[];
    /** 公网出带宽配置。不同机型带宽上限范围不一致，具体限制详见带宽限制对账表。暂时只支持InternetMaxBandwidthOut 参数。 */
    InternetAccessible: InternetAccessible;
    /**
     * 带宽生效的起始时间。格式：YYYY-MM-DD，例如：2016-10-30。起始时间不能早于当前时间。如果起始时间是今天则新设置的带宽立即生效。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
     *
     * @example 2017-03-15
     */
    StartTime?: string | undefined;
    /**
     * 带宽生效的终止时间。格式： YYYY-MM-DD ，例如：2016-10-30 。新设置的带宽的有效期包含终止时间此日期。终止时间不能晚于包年包月实例的到期时间。实例的到期时间可通过 DescribeInstances接口返回值中的ExpiredTime获取。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
     *
     * @example 2017-03-16
     */
    EndTime?: string | undefined;
}
/** Output of ResetInstancesInternetMaxBandwidth: 调整实例带宽上限 */
export interface ResetInstancesInternetMaxBandwidthResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesVpcAttribute: 修改实例vpc属性 */
export interface ModifyInstancesVpcAttributeRequest {
    /**
     * 待操作的实例ID数组。可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ["ins-r8hr2upy","ins-5d8a23rs"]
     */
    InstanceIds: string[];
    /** 私有网络相关信息配置，通过该参数指定私有网络的ID，子网ID，私有网络ip等信息。当指定私有网络ID和子网ID（子网必须在实例所在的可用区）与指定实例所在私有网络不一致时，会将实例迁移至指定的私有网络的子网下。可通过PrivateIpAddresses指定私有网络子网IP，若需指定则所有已指定的实例均需要指定子网IP，此时InstanceIds与PrivateIpAddresses一一对应。不指定PrivateIpAddresses时随机分配私有网络子网IP。 */
    VirtualPrivateCloud: VirtualPrivateCloud;
    /**
     * 是否对运行中的实例选择强制关机。默认为true。
     *
     * @example false
     */
    ForceStop?: boolean | undefined;
    /**
     * 是否保留主机名。默认为false。
     *
     * @example false
     */
    ReserveHostName?: boolean | undefined;
}
/** Output of ModifyInstancesVpcAttribute: 修改实例vpc属性 */
export interface ModifyInstancesVpcAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLaunchTemplates: 查询实例启动模板 */
export interface DescribeLaunchTemplatesRequest {
    /**
     * 启动模板ID，一个或者多个启动模板ID。若未指定，则显示用户所有模板。
     *
     * @example ["lt-irmer45l"]
     */
    LaunchTemplateIds?: string[] | undefined;
    /**
     * LaunchTemplateName按照【实例启动模板名称】进行过滤。
     * 类型：String
     * 必选：否
     * tag-key
     * 按照【标签键】进行过滤。
     * 类型：String
     * 必选：否
     * tag-value
     * 按照【标签值】进行过滤。
     * 类型：String
     * 必选：否
     * tag:tag-key
     * 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。
     * 类型：String
     * 必选：否每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定LaunchTemplateIds和Filters。
     */
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
/** Output of DescribeLaunchTemplates: 查询实例启动模板 */
export interface DescribeLaunchTemplatesResponse {
    /**
     * 符合条件的实例模板数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 实例详细信息列表。 */
    LaunchTemplateSet?: LaunchTemplateInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLaunchTemplate: 创建实例启动模板 */
export interface CreateLaunchTemplateRequest {
    /**
     * 实例启动模板名称。长度为2~128个英文或中文字符。
     *
     * @example MyLaunchTemplate
     */
    LaunchTemplateName: string;
    /** 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目，所属宿主机（在专用宿主机上创建子机时指定）等属性。 */
    Placement: Placement;
    /**
     * 指定有效的镜像ID，格式形如img-xxx。镜像类型分为四种：公共镜像自定义镜像共享镜像服务市场镜像可通过以下方式获取可用的镜像ID：公共镜像、自定义镜像、共享镜像的镜像ID可通过登录控制台查询；服务镜像市场的镜像ID可通过云市场查询。通过调用接口 DescribeImages ，传入InstanceType获取当前机型支持的镜像列表，取返回信息中的ImageId字段。
     *
     * @example img-dkwyg6sr
     */
    ImageId: string;
    /**
     * 实例启动模板版本描述。长度为2~256个英文或中文字符，默认为空字符。
     *
     * @example MyLaunchTemplateVersionDesc
     */
    LaunchTemplateVersionDescription?: string | undefined;
    /**
     * 实例机型。不同实例机型指定了不同的资源规格。对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口DescribeInstanceTypeConfigs来获得最新的规格表或参见实例规格描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
     *
     * @example S5.16XLARGE256
     */
    InstanceType?: string | undefined;
    /** 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。 */
    SystemDisk?: SystemDisk | undefined;
    /** 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘，详情请参考 云硬盘使用限制。 */
    DataDisks?: DataDisk[] | undefined;
    /** 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若不指定该参数，则默认使用基础网络。若在此参数中指定了私有网络IP，即表示每个实例的主网卡IP；同时，InstanceCount参数必须与私有网络IP的个数一致且不能大于20。 */
    VirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /** 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。 */
    InternetAccessible?: InternetAccessible | undefined;
    /**
     * 购买实例数量。默认取值：1。指定购买实例的数量不能超过用户所能购买的剩余配额数量，具体配额相关限制详见CVM实例购买限制。
     *
     * @example 1
     * @defaultValue 1
     */
    InstanceCount?: number | undefined;
    /**
     * 实例显示名称。不指定实例显示名称则默认显示‘未命名’。购买多台实例，如果指定模式串{R:x}，表示生成数字[x, x+n-1]，其中n表示购买实例的数量，例如server_{R:3}，购买1台时，实例显示名称为server_3；购买2台时，实例显示名称分别为server_3，server_4。支持指定多个模式串{R:x}。购买多台实例，如果不指定模式串，则在实例显示名称添加后缀1、2...n，其中n表示购买实例的数量，例如server_，购买2台时，实例显示名称分别为server_1，server_2。最多支持128个字符（包含模式串）。
     *
     * @example MyInstance
     */
    InstanceName?: string | undefined;
    /** 实例登录设置。通过该参数可以设置实例的登录方式为密钥或保持镜像的原始登录设置。 */
    LoginSettings?: LoginSettings | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用DescribeSecurityGroups 的返回值中的 SecurityGroupId字段来获取。若不指定该参数，则绑定指定项目下的默认安全组，如默认安全组不存在则将自动创建。
     *
     * @example ["sg-rf6ogz49"]
     */
    SecurityGroupIds?: string[] | undefined;
    /** 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
     *
     * @example a521b4e4-c903-4d37-9de6-8906e3ad8eb7
     */
    ClientToken?: string | undefined;
    /**
     * 云服务器的主机名。点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。Windows 实例：名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。其他类型（Linux 等）实例：字符长度为[2, 60]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
     *
     * @example myHost
     */
    HostName?: string | undefined;
    /** 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。 */
    ActionTimer?: ActionTimer | undefined;
    /**
     * 置放群组id，仅支持指定一个。该参数可以通过调用DescribeDisasterRecoverGroups 的返回值中的DisasterRecoverGroupId 字段来获取。
     *
     * @example ["ps-3p88qhfo"]
     */
    DisasterRecoverGroupIds?: string[] | undefined;
    /** 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例，当前仅支持绑定标签到云服务器实例。 */
    TagSpecification?: TagSpecification[] | undefined;
    /** 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费则该参数必传。 */
    InstanceMarketOptions?: InstanceMarketOptionsRequest | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅Windows和Linux启动时运行命令。
     *
     * @example YmFzZTY0Cg==
     */
    UserData?: string | undefined;
    /**
     * 是否只预检此次请求。
     * true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。
     * 如果检查不通过，则返回对应错误码；如果检查通过，则返回RequestId. false（默认）：发送正常请求，通过检查后直接创建实例。
     *
     * @example false
     */
    DryRun?: boolean | undefined;
    /**
     * CAM角色名称。可通过 DescribeRoleList 接口返回值中的RoleName获取。
     *
     * @example testroleName001
     */
    CamRoleName?: string | undefined;
    /**
     * 高性能计算集群ID。若创建的实例为高性能计算实例，需指定实例放置的集群，否则不可指定。该参数可以通过调用DescribeHpcClusters 的返回值中的 HpcClusterId 字段来获取。
     *
     * @example hpc-a5n666lo
     */
    HpcClusterId?: string | undefined;
    /**
     * 实例计费类型。
     * PREPAID：预付费，即包年包月
     * POSTPAID_BY_HOUR：按小时后付费
     * CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收费）
     * SPOTPAID：竞价付费
     * 默认值：POSTPAID_BY_HOUR。
     *
     * @example PREPAID
     * @defaultValue POSTPAID_BY_HOUR
     */
    InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "CDHPAID" | "SPOTPAID" | (string & {}) | undefined;
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
     * TRUE：表示开启实例保护，不允许通过api接口删除实例
     * FALSE：表示关闭实例保护，允许通过api接口删除实例
     * 默认取值：FALSE。
     *
     * @example false
     * @defaultValue FALSE
     */
    DisableApiTermination?: boolean | undefined;
    /** 标签描述列表。通过指定该参数可以绑定标签到实例启动模板。 */
    LaunchTemplateTagSpecification?: TagSpecification[] | undefined;
    /** 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。注：内测中。 */
    Metadata?: Metadata | undefined;
    /**
     * 只允许传递 Update 和 Replace 参数，在模板使用自定义Metadata 且在 RunInstances 也传递 Metadata 时生效。默认采用 Replace。
     * - Update：设模板 t含本参数值为Update、 metadata= [k1:v1, k2:v2] ，则RunInstances（给metadata=[k2:v3]）+ t 创建的 cvm 使用metadata=[k1:v1, k2:v3]
     * - Replace：模板 t含本参数值为Replace、 metadata= [k1:v1, k2:v2] ，则RunInstances（给metadata=[k2:v3]）+ t 创建的 cvm 使用metadata=[k2:v3]注：内测中。
     *
     * @example Update
     */
    TemplateDataModifyAction?: "Update" | "Replace" | (string & {}) | undefined;
}
/** Output of CreateLaunchTemplate: 创建实例启动模板 */
export interface CreateLaunchTemplateResponse {
    /**
     * 当通过本接口来创建实例启动模板时会返回该参数，表示创建成功的实例启动模板ID。
     *
     * @example lt-a5n123lo
     */
    LaunchTemplateId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateLaunchTemplateVersion: 创建实例启动模板新版本 */
export interface CreateLaunchTemplateVersionRequest {
    /** 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目，所属宿主机（在专用宿主机上创建子机时指定）等属性。 */
    Placement: Placement;
    /**
     * 启动模板ID，新版本将基于该实例启动模板ID创建。可通过DescribeLaunchTemplates 接口返回值中的LaunchTemplateId获取。
     *
     * @example lt-86v7g7g8
     */
    LaunchTemplateId: string;
    /**
     * 若给定，新实例启动模板将基于给定的版本号创建。若未指定则使用默认版本,可以通过 DescribeLaunchTemplateVersions查询默认版本。
     *
     * @example 1
     */
    LaunchTemplateVersion?: number | undefined;
    /**
     * 实例启动模板版本描述。长度为2~256个英文或中文字符，不指定该参数时默认为空字符。
     *
     * @example new_version
     */
    LaunchTemplateVersionDescription?: string | undefined;
    /**
     * 实例机型。不同实例机型指定了不同的资源规格。对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口DescribeInstanceTypeConfigs来获得最新的规格表或参见实例规格描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
     *
     * @example PREPAID
     */
    InstanceType?: string | undefined;
    /**
     * 指定有效的镜像ID，格式形如img-xxx。镜像类型分为四种：公共镜像自定义镜像共享镜像云镜像市场可通过以下方式获取可用的镜像ID：公共镜像、自定义镜像、共享镜像的镜像ID可通过登录控制台查询；云镜像市场的镜像ID可通过云市场查询。通过调用接口 DescribeImages ，传入InstanceType获取当前机型支持的镜像列表，取返回信息中的ImageId字段。
     *
     * @example img-irmer45l
     */
    ImageId?: string | undefined;
    /** 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。 */
    SystemDisk?: SystemDisk | undefined;
    /** 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘。 */
    DataDisks?: DataDisk[] | undefined;
    /** 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若不指定该参数，则默认使用基础网络。若在此参数中指定了私有网络IP，即表示每个实例的主网卡IP；同时，InstanceCount参数必须与私有网络IP的个数一致且不能大于20。 */
    VirtualPrivateCloud?: VirtualPrivateCloud | undefined;
    /** 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。 */
    InternetAccessible?: InternetAccessible | undefined;
    /**
     * 购买实例数量。具体配额相关限制详见CVM实例购买限制。
     *
     * @example 1
     */
    InstanceCount?: number | undefined;
    /**
     * 实例显示名称。不指定实例显示名称则默认显示‘未命名’。购买多台实例，如果指定模式串{R:x}，表示生成数字[x, x+n-1]，其中n表示购买实例的数量，例如server_{R:3}，购买1台时，实例显示名称为server_3；购买2台时，实例显示名称分别为server_3，server_4。支持指定多个模式串{R:x}。购买多台实例，如果不指定模式串，则在实例显示名称添加后缀1、2...n，其中n表示购买实例的数量，例如server_，购买2台时，实例显示名称分别为server_1，server_2。最多支持128个字符（包含模式串）。
     *
     * @example my_instance
     */
    InstanceName?: string | undefined;
    /** 实例登录设置。通过该参数可以设置实例的登录方式为密钥或保持镜像的原始登录设置。 */
    LoginSettings?: LoginSettings | undefined;
    /**
     * 实例所属安全组。该参数可以通过调用DescribeSecurityGroups 的返回值中的sgId字段来获取。若不指定该参数，则绑定默认安全组。
     *
     * @example ["sg-rf6ogz49"]
     */
    SecurityGroupIds?: string[] | undefined;
    /** 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与云镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。 */
    EnhancedService?: EnhancedService | undefined;
    /**
     * 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
     *
     * @example a521b4e4-c903-4d37-9de6-8906e3ad8eb7
     */
    ClientToken?: string | undefined;
    /**
     * 云服务器的主机名。点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。Windows 实例：名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。其他类型（Linux 等）实例：字符长度为[2, 60]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
     *
     * @example myHost
     */
    HostName?: string | undefined;
    /** 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。 */
    ActionTimer?: ActionTimer | undefined;
    /**
     * 置放群组id，仅支持指定一个。可使用DescribeDisasterRecoverGroups接口获取。
     *
     * @example ["ps-3p88qhfo"]
     */
    DisasterRecoverGroupIds?: string[] | undefined;
    /** 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例，当前仅支持绑定标签到云服务器实例。 */
    TagSpecification?: TagSpecification[] | undefined;
    /** 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费则该参数必传。 */
    InstanceMarketOptions?: InstanceMarketOptionsRequest | undefined;
    /**
     * 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅Windows和Linux启动时运行命令。
     *
     * @example YmFzZTY0Cg==
     */
    UserData?: string | undefined;
    /**
     * 是否只预检此次请求。
     * true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。
     * 如果检查不通过，则返回对应错误码；如果检查通过，则返回RequestId. false（默认）：发送正常请求，通过检查后直接创建实例。
     *
     * @example false
     */
    DryRun?: boolean | undefined;
    /**
     * CAM角色名称。可通过 DescribeRoleList 接口返回值中的roleName获取。
     *
     * @example testroleName001
     */
    CamRoleName?: string | undefined;
    /**
     * 高性能计算集群ID。若创建的实例为高性能计算实例，需指定实例放置的集群，否则不可指定。该参数可以通过调用DescribeHpcClusters 的返回值中的 HpcClusterId 字段来获取。
     *
     * @example hpc-a5n666lo
     */
    HpcClusterId?: string | undefined;
    /**
     * 实例计费类型。
     * PREPAID：预付费，即包年包月
     * POSTPAID_BY_HOUR：按小时后付费
     * CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收费）
     * SPOTPAID：竞价付费
     * 默认值：POSTPAID_BY_HOUR。
     *
     * @example PREPAID
     * @defaultValue POSTPAID_BY_HOUR
     */
    InstanceChargeType?: "PREPAID" | "POSTPAID_BY_HOUR" | "CDHPAID" | "SPOTPAID" | (string & {}) | undefined;
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid?: InstanceChargePrepaid | undefined;
    /**
     * 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
     * TRUE：表示开启实例保护，不允许通过api接口删除实例
     * FALSE：表示关闭实例保护，允许通过api接口删除实例
     * 默认取值：FALSE。
     *
     * @example false
     * @defaultValue FALSE
     */
    DisableApiTermination?: boolean | undefined;
    /** 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。注：内测中。 */
    Metadata?: Metadata | undefined;
    /**
     * 只允许传递 Update 和 Replace 参数，在模板使用自定义Metadata 且在 RunInstances 也传递 Metadata 时生效。默认采用 Replace。
     * - Update：设模板 t含本参数值为Update、 metadata= [k1:v1, k2:v2] ，则RunInstances（给metadata=[k2:v3]）+ t 创建的 cvm 使用metadata=[k1:v1, k2:v3]
     * - Replace：模板 t含本参数值为Replace、 metadata= [k1:v1, k2:v2] ，则RunInstances（给metadata=[k2:v3]）+ t 创建的 cvm 使用metadata=[k2:v3]注：内测中。
     *
     * @example Update
     */
    TemplateDataModifyAction?: "Update" | "Replace" | (string & {}) | undefined;
}
/** Output of CreateLaunchTemplateVersion: 创建实例启动模板新版本 */
export interface CreateLaunchTemplateVersionResponse {
    /**
     * 新创建的实例启动模板版本号。
     *
     * @example 2
     */
    LaunchTemplateVersionNumber?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLaunchTemplate: 删除实例启动模板 */
export interface DeleteLaunchTemplateRequest {
    /**
     * 启动模板ID。可通过 DescribeLaunchTemplates 接口返回值中的LaunchTemplateId获取。
     *
     * @example lt-rf6ogz49
     */
    LaunchTemplateId: string;
}
/** Output of DeleteLaunchTemplate: 删除实例启动模板 */
export interface DeleteLaunchTemplateResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteLaunchTemplateVersions: 删除实例启动模板版本 */
export interface DeleteLaunchTemplateVersionsRequest {
    /**
     * 启动模板ID。可通过 DescribeLaunchTemplates 接口返回值中的LaunchTemplateId获取。
     *
     * @example lt-irmer45l
     */
    LaunchTemplateId: string;
    /**
     * 实例启动模板版本列表。可通过 DescribeLaunchTemplateVersions 接口返回值中的LaunchTemplateVersion获取。
     *
     * @example [1,2,3]
     */
    LaunchTemplateVersions: number[];
}
/** Output of DeleteLaunchTemplateVersions: 删除实例启动模板版本 */
export interface DeleteLaunchTemplateVersionsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeLaunchTemplateVersions: 查询实例模板版本信息 */
export interface DescribeLaunchTemplateVersionsRequest {
    /**
     * 启动模板ID。
     *
     * @example "lt-irmer45l"
     */
    LaunchTemplateId: string;
    /**
     * 实例启动模板列表。
     *
     * @example [1,2,3]
     */
    LaunchTemplateVersions?: number[] | undefined;
    /**
     * 通过范围指定版本时的最小版本号，默认为0。
     *
     * @example 1
     */
    MinVersion?: number | undefined;
    /**
     * 过范围指定版本时的最大版本号，默认为30。
     *
     * @example 2
     */
    MaxVersion?: number | undefined;
    /**
     * 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 1
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 10
     */
    Limit?: number | undefined;
    /**
     * 是否查询默认版本。该参数不可与LaunchTemplateVersions同时指定。
     *
     * @example false
     */
    DefaultVersion?: boolean | undefined;
}
/** Output of DescribeLaunchTemplateVersions: 查询实例模板版本信息 */
export interface DescribeLaunchTemplateVersionsResponse {
    /**
     * 实例启动模板总数。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 实例启动模板版本集合。 */
    LaunchTemplateVersionSet?: LaunchTemplateVersionInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyLaunchTemplateDefaultVersion: 修改实例启动模板默认版本 */
export interface ModifyLaunchTemplateDefaultVersionRequest {
    /**
     * 启动模板ID。可通过 DescribeLaunchTemplates 接口返回值中的LaunchTemplateId获取。
     *
     * @example lt-irmer45l
     */
    LaunchTemplateId: string;
    /**
     * 待设置的默认版本号。可通过 DescribeLaunchTemplateVersions 接口返回值中的LaunchTemplateVersion获取。
     *
     * @example 2
     */
    DefaultVersion: number;
}
/** Output of ModifyLaunchTemplateDefaultVersion: 修改实例启动模板默认版本 */
export interface ModifyLaunchTemplateDefaultVersionResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTaskInfo: 查询维修任务列表 */
export interface DescribeTaskInfoRequest {
    /**
     * 返回数量，最大值为100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 20
     */
    Limit: number;
    /**
     * 偏移量。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset: number;
    /**
     * 按照指定的产品类型查询，支持取值：
     * - CVM：云服务器
     * - CDH：专用宿主机
     * - CPM2.0：裸金属云服务器未传入或为空时，默认查询全部产品类型。
     *
     * @example CVM
     */
    Product?: "CVM" | "CDH" | "CPM2.0" | undefined;
    /**
     * 按照一个或多个任务状态ID进行过滤。TaskStatus（任务状态ID）与任务状态中文名的对应关系如下：
     * - 1：待授权
     * - 2：处理中
     * - 3：已结束
     * - 4：已预约
     * - 5：已取消
     * - 6：已避免各任务状态的具体含义，可参考 任务状态。
     *
     * @example [1, 2, 3, 4, 5, 6]
     */
    TaskStatus?: Array<1 | 2 | 3 | 4 | 5 | 6 | (number & {})> | undefined;
    /**
     * 按照一个或多个任务类型ID进行过滤。TaskTypeId（任务类型ID）与任务类型中文名的对应关系如下：
     * - 101：实例运行隐患
     * - 102：实例运行异常
     * - 103：实例硬盘异常
     * - 104：实例网络连接异常
     * - 105：实例运行预警
     * - 106：实例硬盘预警
     * - 107：实例维护升级各任务类型的具体含义，可参考 维修任务分类。
     *
     * @example [101, 102, 103, 104, 105, 106, 107]
     */
    TaskTypeIds?: Array<101 | 102 | 103 | 104 | 105 | 106 | 107 | (number & {})> | undefined;
    /**
     * 按照一个或者多个任务ID查询。任务ID形如：rep-xxxxxxxx。
     *
     * @example ["rep-xxxxxxxx"]
     */
    TaskIds?: string[] | undefined;
    /**
     * 按照一个或者多个实例ID查询。实例ID形如：ins-xxxxxxxx，可通过 DescribeInstances 接口返回值中的InstanceId获取。
     *
     * @example ["ins-xxxxxxxx"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 按照一个或者多个实例名称查询。
     *
     * @example ["test-1"]
     */
    Aliases?: string[] | undefined;
    /**
     * 时间查询区间的起始位置，会根据任务创建时间CreateTime进行过滤，格式为YYYY-MM-DD hh:mm:ss。未传入时默认为当天00:00:00。
     *
     * @example 2023-01-01 00:00:00
     */
    StartDate?: string | undefined;
    /**
     * 时间查询区间的终止位置，会根据任务创建时间CreateTime进行过滤，格式为YYYY-MM-DD hh:mm:ss。未传入时默认为当前时刻。
     *
     * @example 2023-02-01 00:00:00
     */
    EndDate?: string | undefined;
    /**
     * 指定返回维修任务列表的排序字段，目前支持：
     * - CreateTime：任务创建时间
     * - AuthTime：任务授权时间
     * - EndTime：任务结束时间未传入时或为空时，默认按CreateTime字段进行排序。
     *
     * @example CreateTime
     */
    OrderField?: "CreateTime" | "AuthTime" | "EndTime" | (string & {}) | undefined;
    /**
     * 排序方式，目前支持：
     * - 0：升序（默认）
     * - 1：降序未传入或为空时，默认按升序排序。
     *
     * @example 1
     */
    Order?: 0 | 1 | (number & {}) | undefined;
}
/** Output of DescribeTaskInfo: 查询维修任务列表 */
export interface DescribeTaskInfoResponse {
    /**
     * 查询返回的维修任务总数量。
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /** 查询返回的维修任务列表。 */
    RepairTaskInfoSet?: RepairTaskInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RepairTaskControl: 管理维修任务 */
export interface RepairTaskControlRequest {
    /**
     * 待授权任务实例对应的产品类型，支持取值：
     * - CVM：云服务器
     * - CDH：专用宿主机
     * - CPM2.0：裸金属云服务器
     *
     * @example CVM
     */
    Product: "CVM" | "CDH" | "CPM2.0";
    /**
     * 指定待操作的实例ID列表，仅允许对列表中的实例ID相关的维修任务发起授权，可通过 DescribeTaskInfo 接口返回值中的InstanceId获取。
     *
     * @example ["ins-xxxxxxx1", "ins-xxxxxxx2"]
     */
    InstanceIds: string[];
    /**
     * 指定待操作的维修任务ID，可通过 DescribeTaskInfo 接口返回值中的TaskId获取。
     *
     * @example rep-xxxxxxxx
     */
    TaskId: string;
    /**
     * 操作类型，当前只支持传入AuthorizeRepair。
     *
     * @example AuthorizeRepair
     */
    Operate: string;
    /**
     * 预约授权时间，形如2023-01-01 12:00:00。预约时间需晚于当前时间至少5分钟，且在48小时之内。
     *
     * @example 2023-01-01 12:00:00
     */
    OrderAuthTime?: string | undefined;
    /**
     * 附加的授权处理策略，不传或为空时，按默认授权方式进行处理。对于支持弃盘迁移授权的维修任务，当且仅当传入LossyLocal时，代表本次授权可允许发起弃盘迁移。注意：
     * 1. 指定TaskSubMethod为LossyLocal调用接口发起弃盘迁移授权时，本地盘实例的所有本地盘数据都会清空，相当于重新部署本地盘实例。
     * 2. 对于非本地盘实例，或不支持弃盘迁移选项的任务，指定TaskSubMethod为LossyLocal时接口不会报错，不过后端会自动忽略该参数。
     * 3. 特别的：如果本地盘实例系统盘是CBS云盘，并且/etc/fstab里之前配置了本地盘的自动挂载项，建议可根据业务侧的实际需求，评估是否在对应挂载项追加上nofail参数（代表对应挂载点挂载失败不阻塞开机流程）或注释对应的挂载路径。否则授权弃盘迁移后，对应本地盘数据已清空，自动挂载失败会导致实例开机流程失败进入救援模式。具体可参考 Linux 实例：/etc/fstab 配置错误导致无法登录。
     *
     * @example NA
     */
    TaskSubMethod?: string | undefined;
}
/** Output of RepairTaskControl: 管理维修任务 */
export interface RepairTaskControlResponse {
    /**
     * 已完成授权的维修任务ID。
     *
     * @example rep-xxxxxxxx
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateHpcCluster: 创建高性能计算集群 */
export interface CreateHpcClusterRequest {
    /**
     * 可用区。
     *
     * @example ap-guangzhou-2
     */
    Zone: string;
    /**
     * 高性能计算集群名称。
     *
     * @example MyHpcCluster
     */
    Name: string;
    /**
     * 高性能计算集群备注。
     *
     * @example 备注
     */
    Remark?: string | undefined;
    /**
     * 高性能计算集群类型。
     *
     * @example CDC/CHC/STANDARD
     */
    HpcClusterType?: string | undefined;
    /**
     * 高性能计算集群对应的业务场景标识，当前只支持CDC。
     *
     * @example 例如cdc场景：cluster-iu5gustw，其他场景暂不支持。
     */
    HpcClusterBusinessId?: string | undefined;
    /**
     * 标签描述列表。通过指定该参数可以同时绑定标签到相应的HPC高性能集群。
     *
     * @example [{"ResourceType":"hpc","Tags":[{"Key":"tag-key","Value":"tag-value"}
     */
    TagSpecification?: TagSpecification[] | undefined;
}
/** Output of CreateHpcCluster: 创建高性能计算集群 */
export interface CreateHpcClusterResponse {
    /**
     * 高性能计算集群信息。
     *
     * @example [{"HpcClusterId":"hpc-jtynq57p","Name":"test","Remark":"test","InstanceIds":[],"Zone":"ap-guangzhou-2","CvmQuotaTotal":100,"CurrentNum":0,"CreateTime":"2023-04-20T06:25:58Z"}]
     */
    HpcClusterSet?: HpcClusterInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteHpcClusters: 删除高性能计算集群 */
export interface DeleteHpcClustersRequest {
    /**
     * 高性能计算集群ID列表。
     *
     * @example ["hpc-p64fdfa9"]
     */
    HpcClusterIds: string[];
}
/** Output of DeleteHpcClusters: 删除高性能计算集群 */
export interface DeleteHpcClustersResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeHpcClusters: 查询高性能集群信息 */
export interface DescribeHpcClustersRequest {
    /**
     * 一个或多个待操作的高性能计算集群ID。集群ID信息可通过 查询高性能集群信息 接口获取。每次请求高性能计算集群信息的批量上限为100，默认配合Limit传参数，不能超过Limit值，Limit默认20。
     *
     * @example ["hpc-p64fdfa9"]
     */
    HpcClusterIds?: string[] | undefined;
    /**
     * 高性能计算集群名称，长度限制[1-60]。
     *
     * @example MyCluster
     */
    Name?: string | undefined;
    /**
     * 可用区信息。可用区信息可通过 查询可用区信息 接口获取。
     *
     * @example ap-guangzhou-2
     */
    Zone?: string | undefined;
    /**
     * 偏移量, 默认值0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 本次请求量, 默认值20，范围限制为[1-100]。
     *
     * @example 默认为20
     */
    Limit?: number | undefined;
    /**
     * 高性能计算集群类型，当前有三个取值：分别是CDC/CHC/STANDARD，其中STANDARD是默认的标准模式。
     *
     * @example CDC/CHC/STANDARD
     */
    HpcClusterType?: string | undefined;
    /**
     * 高性能计算集群对应的业务场景标识，当前只支持CDC场景类型。
     *
     * @example 例如cdc场景：cluster-iu5gustw，其他场景暂不支持。
     */
    HpcClusterBusinessId?: string | undefined;
    /**
     * 高性能计算集群实例类型
     *
     * @example HCCPNV4ane.58XLARGE1929
     */
    InstanceType?: string | undefined;
    /**
     * tag-key
     * 按照【标签键】进行过滤。
     * 类型：String
     * 必选：否
     * tag-value
     * 按照【标签值】进行过滤。
     * 类型：String
     * 必选：否
     * tag:tag-key
     * 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。
     * 类型：String
     * 必选：否每次请求的Filters的上限为10，Filter.Values的上限为5。
     *
     * @example [{"Name": "tag-key","Values": ["myTag"]}]
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeHpcClusters: 查询高性能集群信息 */
export interface DescribeHpcClustersResponse {
    /**
     * 高性能计算集群信息。
     *
     * @example [{"HpcClusterId":"hpc-jtynq57p","Name":"test","Remark":"test","CvmQuotaTotal":100,"Zone":"ap-guangzhou-2","CurrentNum":0,"InstanceIds":[],"CreateTime":"2023-04-20T06:25:58Z"}]
     */
    HpcClusterSet?: HpcClusterInfo[] | undefined;
    /**
     * 高性能计算集群总数。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyHpcClusterAttribute: 修改高性能计算集群属性 */
export interface ModifyHpcClusterAttributeRequest {
    /**
     * 高性能计算集群ID。集群ID可通过 查询高性能集群信息 接口获取。
     *
     * @example hpc-jtynq57p
     */
    HpcClusterId: string;
    /**
     * 高性能计算集群新名称，长度限制[1-60]。
     *
     * @example MyHpcCluster
     */
    Name?: string | undefined;
    /**
     * 高性能计算集群新备注，长度[1-256]。
     *
     * @example myRemark
     */
    Remark?: string | undefined;
}
/** Output of ModifyHpcClusterAttribute: 修改高性能计算集群属性 */
export interface ModifyHpcClusterAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}

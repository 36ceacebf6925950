/** 挂载信息 */
export interface AttachDetail {
    /**
     * 实例ID
     *
     * @example "lhins-anxwfvxh"
     */
    InstanceId?: string | undefined;
    /**
     * 实例已挂载弹性云盘数量
     *
     * @example 1
     */
    AttachedDiskCount?: number | undefined;
    /**
     * 可挂载弹性云盘数量
     *
     * @example 5
     */
    MaxAttachCount?: number | undefined;
}
/** 自动挂载并初始化该数据盘。 */
export interface AutoMountConfiguration {
    /**
     * 待挂载的实例ID。指定的实例必须与指定的数据盘处于同一可用区，实例状态必须处于“运行中”状态，且实例必须支持自动化助手。
     *
     * @example lhins-xxxxxx
     */
    InstanceId: string;
    /**
     * 实例内的挂载点。仅Linux操作系统的实例可传入该参数, 不传则默认挂载在“/data/disk”路径下。
     *
     * @example /data/disk
     */
    MountPoint?: string | undefined;
    /**
     * 文件系统类型。取值: “ext4”、“xfs”。仅Linux操作系统的实例可传入该参数, 不传则默认为“ext4”。
     *
     * @example ext4
     */
    FileSystemType?: string | undefined;
}
/** 描述了镜像信息。 */
export interface Blueprint {
    /**
     * 镜像 ID ，是 Blueprint 的唯一标识。
     *
     * @example lhbp-5exe07sc
     */
    BlueprintId?: string | undefined;
    /**
     * 镜像对外展示标题。
     *
     * @example Discuz! Q
     */
    DisplayTitle?: string | undefined;
    /**
     * 镜像对外展示版本。
     *
     * @example 1.0.0
     */
    DisplayVersion?: string | undefined;
    /**
     * 镜像描述信息。
     *
     * @example discuzq
     */
    Description?: string | null | undefined;
    /**
     * 操作系统名称。
     *
     * @example CentOS 7.6 64bit
     */
    OsName?: string | undefined;
    /**
     * 操作系统平台。
     *
     * @example CENTOS
     */
    Platform?: string | undefined;
    /**
     * 操作系统平台类型，如 LINUX_UNIX、WINDOWS。
     *
     * @example LINUX_UNIX
     */
    PlatformType?: string | undefined;
    /**
     * 镜像类型，如 APP_OS（应用镜像）, PURE_OS（系统镜像）, DOCKER（容器）, PRIVATE（私有镜像）, SHARED（共享镜像）, GAME_PORTAL（游戏专区镜像）。
     *
     * @example APP_OS
     */
    BlueprintType?: string | undefined;
    /**
     * 镜像图片 URL。
     *
     * @example https://cloudcache.tencent-cloud.com/open_proj/proj_qcloud_v2/tc-console/tea-static-lighthouse/src/styles/slice/windows-server.svg
     */
    ImageUrl?: string | undefined;
    /**
     * 镜像所需系统盘大小，单位 GB。
     *
     * @example 20
     */
    RequiredSystemDiskSize?: number | undefined;
    /**
     * 镜像状态。可选值：NORMAL（正常）、SYNCING（同步中）、OFFLINE（下线）、ISOLATED（已隔离）、CREATEFAILED（创建失败）、SYNCING_FAILED（目的地域同步失败）、ISOLATING（隔离中）、ISOLATED（已隔离）、DELETING（删除中）、DESTROYING（销毁中）。
     *
     * @example NORMAL
     */
    BlueprintState?: string | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2021-02-02T09:16:16Z
     */
    CreatedTime?: string | null | undefined;
    /**
     * 镜像名称。
     *
     * @example discuzq
     */
    BlueprintName?: string | undefined;
    /**
     * 镜像是否支持自动化助手。
     *
     * @example true
     */
    SupportAutomationTools?: boolean | undefined;
    /**
     * 镜像所需内存大小, 单位: GB
     *
     * @example 1
     */
    RequiredMemorySize?: number | undefined;
    /**
     * CVM镜像共享到轻量应用服务器轻量应用服务器后的CVM镜像ID。
     *
     * @example img-cs2rrmp0
     */
    ImageId?: string | undefined;
    /**
     * 官方网站Url。
     *
     * @example https://www.bt.cn
     */
    CommunityUrl?: string | undefined;
    /**
     * 指导文章Url。
     *
     * @example https://cloud.tencent.com/document/product/1207/47425
     */
    GuideUrl?: string | undefined;
    /**
     * 镜像关联使用场景Id列表。
     *
     * @example ["lhsc-123456"]
     */
    SceneIdSet?: string[] | undefined;
    /**
     * Docker版本号。
     *
     * @example 20.10.5
     */
    DockerVersion?: string | null | undefined;
    /**
     * 镜像是否已共享。
     *
     * @example true
     */
    BlueprintShared?: boolean | undefined;
}
/** 描述镜像实例信息。 */
export interface BlueprintInstance {
    /** 镜像信息。 */
    Blueprint?: Blueprint | undefined;
    /** 软件列表。 */
    SoftwareSet?: Software[] | undefined;
    /**
     * 实例 ID。
     *
     * @example lhins-swgw4sg2
     */
    InstanceId?: string | undefined;
}
/** BlueprintPrice 自定义镜像的价格参数。 */
export interface BlueprintPrice {
    /**
     * 镜像单价，原价。单位元。
     *
     * @example 0.008
     */
    OriginalBlueprintPrice?: number | undefined;
    /**
     * 镜像总价，原价。单位元。
     *
     * @example 0.008
     */
    OriginalPrice?: number | undefined;
    /**
     * 折扣。
     *
     * @example 100
     */
    Discount?: number | undefined;
    /**
     * 镜像折扣后总价。单位元。
     *
     * @example 0.008
     */
    DiscountPrice?: number | undefined;
}
/** 套餐信息。 */
export interface Bundle {
    /**
     * 套餐 ID。
     *
     * @example bundle_gen_01
     */
    BundleId?: string | undefined;
    /**
     * 内存大小，单位 GB。
     *
     * @example 1
     */
    Memory?: number | undefined;
    /**
     * 系统盘类型。取值范围：
     * CLOUD_SSD：SSD 云硬盘
     * CLOUD_PREMIUM：高性能云硬盘
     *
     * @example CLOUD_SSD
     */
    SystemDiskType?: "CLOUD_SSD" | "CLOUD_PREMIUM" | (string & {}) | undefined;
    /**
     * 系统盘大小。单位GB。
     *
     * @example 40
     */
    SystemDiskSize?: number | undefined;
    /**
     * 每月网络流量，单位 GB。
     *
     * @example 300
     */
    MonthlyTraffic?: number | undefined;
    /**
     * 是否支持 Linux/Unix 平台。
     *
     * @example true
     */
    SupportLinuxUnixPlatform?: boolean | undefined;
    /**
     * 是否支持 Windows 平台。
     *
     * @example true
     */
    SupportWindowsPlatform?: boolean | undefined;
    /** 套餐当前单位价格信息。 */
    Price?: Price | undefined;
    /**
     * CPU 核数。
     *
     * @example 1
     */
    CPU?: number | undefined;
    /**
     * 峰值带宽，单位 Mbps。
     *
     * @example 3
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 网络计费类型。
     *
     * @example TRAFFIC_POSTPAID_BY_HOUR
     */
    InternetChargeType?: string | undefined;
    /**
     * 套餐售卖状态,取值:‘AVAILABLE’(可用) , ‘SOLD_OUT’(售罄)
     *
     * @example SOLD_OUT
     */
    BundleSalesState?: string | undefined;
    /**
     * 套餐类型。取值范围：
     * GENERAL_BUNDLE：通用型
     * STORAGE_BUNDLE：存储型
     * ENTERPRISE_BUNDLE：企业型
     * EXCLUSIVE_BUNDLE：专属型
     * BEFAST_BUNDLE：蜂驰型
     * STARTER_BUNDLE：入门型
     * CAREFREE_BUNDLE：无忧型
     * RAZOR_SPEED_BUNDLE：锐驰型
     *
     * @example GENERAL_BUNDLE
     */
    BundleType?: "GENERAL_BUNDLE" | "STORAGE_BUNDLE" | "ENTERPRISE_BUNDLE" | "EXCLUSIVE_BUNDLE" | "BEFAST_BUNDLE" | "STARTER_BUNDLE" | "CAREFREE_BUNDLE" | "RAZOR_SPEED_BUNDLE" | (string & {}) | undefined;
    /**
     * 套餐类型描述信息。
     *
     * @example 通用型
     */
    BundleTypeDescription?: string | undefined;
    /**
     * 套餐展示标签.取值范围: "ACTIVITY": 活动套餐, "NORMAL": 普通套餐"CAREFREE": 无忧套餐
     *
     * @example NORMAL
     */
    BundleDisplayLabel?: string | undefined;
}
/** 云联网关联的实例列表。 */
export interface CcnAttachedInstance {
    /**
     * 云联网ID。
     *
     * @example ccn-f49l6u0z
     */
    CcnId?: string | undefined;
    /**
     * 关联实例CIDR。
     *
     * @example ["10.0.0.0/16"]
     */
    CidrBlock?: string[] | undefined;
    /**
     * 关联实例状态：
     * • PENDING：申请中
     * • ACTIVE：已连接
     * • EXPIRED：已过期
     * • REJECTED：已拒绝
     * • DELETED：已删除
     * • FAILED：失败的（2小时后将异步强制解关联）
     * • ATTACHING：关联中
     * • DETACHING：解关联中
     * • DETACHFAILED：解关联失败（2小时后将异步强制解关联）
     *
     * @example PENDING
     */
    State?: "PENDING" | "ACTIVE" | "EXPIRED" | "REJECTED" | "DELETED" | "FAILED" | "ATTACHING" | "DETACHING" | "DETACHFAILED" | (string & {}) | undefined;
    /**
     * 关联时间。
     *
     * @example 2021-05-08 17:21:05
     */
    AttachedTime?: string | null | undefined;
    /**
     * 备注
     *
     * @example Lighthouse attach ccn instance
     */
    Description?: string | undefined;
}
/** 用户执行TAT命令的数据结构。 */
export interface Command {
    /**
     * Base64编码后的命令内容，长度不可超过64KB。
     *
     * @example bHM=
     */
    Content: string;
    /**
     * 命令超时时间，默认60秒。取值范围[1, 86400]。
     *
     * @example 60
     */
    Timeout?: number | undefined;
    /**
     * 命令执行路径，对于 SHELL 命令默认为 /root，对于 POWERSHELL 命令默认为 C:\Program Files\qcloud\tat_agent\workdir。
     *
     * @example /root
     */
    WorkingDirectory?: string | undefined;
    /**
     * 在 Lighthouse 实例中执行命令的用户名称。默认情况下，在 Linux 实例中以 root 用户执行命令；在Windows 实例中以 System 用户执行命令。
     *
     * @example root
     */
    Username?: string | undefined;
}
/** 容器环境变量 */
export interface ContainerEnv {
    /**
     * 环境变量Key
     *
     * @example K1
     */
    Key: string | null;
    /**
     * 环境变量值
     *
     * @example V1
     */
    Value: string | null;
}
/** 数据盘价格 */
export interface DataDiskPrice {
    /**
     * 云硬盘ID。
     *
     * @example lhdisk-f3vgfci1
     */
    DiskId?: string | undefined;
    /**
     * 云硬盘单价。
     *
     * @example 0.8
     */
    OriginalDiskPrice?: number | undefined;
    /**
     * 云硬盘总价。
     *
     * @example 0.8
     */
    OriginalPrice?: number | undefined;
    /**
     * 折扣。
     *
     * @example 0.5
     */
    Discount?: number | undefined;
    /**
     * 折后总价。
     *
     * @example 0.4
     */
    DiscountPrice?: number | undefined;
    /**
     * 数据盘挂载的实例ID。
     *
     * @example lhins-abcdef
     */
    InstanceId?: string | undefined;
}
/** 限制操作。 */
export interface DeniedAction {
    /**
     * 限制操作名。
     *
     * @example StartInstances
     */
    Action?: string | undefined;
    /**
     * 限制操作消息码。
     *
     * @example UnsupportedOperation.InvalidInstanceState
     */
    Code?: string | undefined;
    /**
     * 限制操作消息。
     *
     * @example 实例 lhins-ruy9d2tw 处于 RUNNING 状态中，不支持该操作。
     */
    Message?: string | undefined;
}
/** 计费项目明细。 */
export interface DetailPrice {
    /**
     * 描述计费项目名称，目前取值"DiskSpace"代表云硬盘空间收费项。"DiskBackupQuota"代表云硬盘备份点配额收费项。
     *
     * @example DiskSpace
     */
    PriceName?: string | undefined;
    /**
     * 云硬盘计费项维度单价。
     *
     * @example 1.1
     */
    OriginUnitPrice?: number | undefined;
    /**
     * 云硬盘计费项维度总价。
     *
     * @example 2.2
     */
    OriginalPrice?: number | undefined;
    /**
     * 云硬盘在计费项维度折扣。
     *
     * @example 0.8
     */
    Discount?: number | undefined;
    /**
     * 云硬盘在计费项维度折后总价。
     *
     * @example 2.1
     */
    DiscountPrice?: number | undefined;
}
/** 套餐折扣详情（仅用于控制台调用询价相关接口返回）。 */
export interface DiscountDetail {
    /**
     * 计费时长。
     *
     * @example 1
     */
    TimeSpan?: number | undefined;
    /**
     * 时间单位。取值为：
     * - m - 月
     * - d - 日
     *
     * @example m
     */
    TimeUnit?: string | undefined;
    /**
     * 总价。
     *
     * @example 50
     */
    TotalCost?: number | undefined;
    /**
     * 折后总价。
     *
     * @example 50
     */
    RealTotalCost?: number | undefined;
    /**
     * 折扣。
     *
     * @example 100
     */
    Discount?: number | undefined;
    /** 具体折扣详情。 */
    PolicyDetail?: PolicyDetail | undefined;
}
/** 磁盘信息 */
export interface Disk {
    /**
     * 磁盘ID
     *
     * @example lhdisk-p1zflrif
     */
    DiskId?: string | undefined;
    /**
     * 实例ID
     *
     * @example lhins-anxwfvxh
     */
    InstanceId?: string | undefined;
    /**
     * 可用区
     *
     * @example ap-guangzhou-1
     */
    Zone?: string | undefined;
    /**
     * 磁盘名称
     *
     * @example disk-name
     */
    DiskName?: string | undefined;
    /**
     * 磁盘类型枚举值：SYSTEM_DISK: 系统盘DATA_DISK: 数据盘
     *
     * @example DATA_DISK
     */
    DiskUsage?: string | undefined;
    /**
     * 磁盘介质类型枚举值: CLOUD_BASIC: 普通云硬盘CLOUD_PREMIUM: 高性能云硬盘CLOUD_SSD: SSD云硬盘
     *
     * @example CLOUD_SSD
     */
    DiskType?: string | undefined;
    /**
     * 磁盘付费类型PREPAID: 预付费POSTPAID_BY_HOUR: 按小时后付费
     *
     * @example PREPAID
     */
    DiskChargeType?: string | undefined;
    /**
     * 磁盘大小, 单位GB
     *
     * @example 20
     */
    DiskSize?: number | undefined;
    /**
     * 续费标识
     *
     * @example NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: string | undefined;
    /**
     * 磁盘状态，取值范围：
     * PENDING：创建中。
     * UNATTACHED：待挂载。
     * ATTACHING：挂载中。
     * ATTACHED：已挂载。
     * DETACHING：卸载中。
     * SHUTDOWN：已隔离。
     * CREATED_FAILED：创建失败。
     * TERMINATING：销毁中。
     * DELETING：删除中。
     * FREEZING：冻结中。
     *
     * @example UNATTACHED
     */
    DiskState?: "PENDING" | "UNATTACHED" | "ATTACHING" | "ATTACHED" | "DETACHING" | "SHUTDOWN" | "CREATED_FAILED" | "TERMINATING" | "DELETING" | "FREEZING" | (string & {}) | undefined;
    /**
     * 磁盘挂载状态
     *
     * @example False
     */
    Attached?: boolean | undefined;
    /**
     * 是否随实例释放
     *
     * @example False
     */
    DeleteWithInstance?: boolean | undefined;
    /**
     * 上一次操作
     *
     * @example CreateDisks
     */
    LatestOperation?: string | undefined;
    /**
     * 上一次操作状态
     *
     * @example SUCCESS
     */
    LatestOperationState?: string | undefined;
    /**
     * 上一次请求ID
     *
     * @example b786faac-d27b-4f70-a52e-3ae725e0f639
     */
    LatestOperationRequestId?: string | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2021-08-25T08:50:57Z
     */
    CreatedTime?: string | null | undefined;
    /**
     * 到期时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2021-08-25T08:50:57Z
     */
    ExpiredTime?: string | null | undefined;
    /**
     * 隔离时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2021-08-25T08:50:57Z
     */
    IsolatedTime?: string | null | undefined;
    /**
     * 云硬盘的已有备份点数量。
     *
     * @example 1
     */
    DiskBackupCount?: number | undefined;
    /**
     * 云硬盘的备份点配额数量。
     *
     * @example 1
     */
    DiskBackupQuota?: number | undefined;
}
/** 描述了云硬盘备份点相关信息。 */
export interface DiskBackup {
    /**
     * 云硬盘备份点ID。
     *
     * @example lhbak-nuen5foj
     */
    DiskBackupId?: string | undefined;
    /**
     * 创建此云硬盘备份点的云硬盘类型。取值：
     * DATA_DISK：数据盘
     *
     * @example DATA_DISK
     */
    DiskUsage?: string | undefined;
    /**
     * 创建此云硬盘备份点的云硬盘 ID。
     *
     * @example lhdisk-nbebddz8
     */
    DiskId?: string | undefined;
    /**
     * 创建此云硬盘备份点的云硬盘大小，单位 GB。
     *
     * @example 200
     */
    DiskSize?: number | undefined;
    /**
     * 云硬盘备份点名称，用户自定义的云硬盘备份点别名。
     *
     * @example lhdisk-nbebddz8-data-disk-062
     */
    DiskBackupName?: string | undefined;
    /**
     * 云硬盘备份点的状态。取值范围：
     * NORMAL：正常。
     * CREATING：创建中。
     * ROLLBACKING：回滚中。
     * DELETING：删除中。
     *
     * @example NORMAL
     */
    DiskBackupState?: "NORMAL" | "CREATING" | "ROLLBACKING" | "DELETING" | (string & {}) | undefined;
    /**
     * 创建或回滚云硬盘备份点进度百分比，成功后此字段取值为 100。
     *
     * @example 90
     */
    Percent?: number | undefined;
    /**
     * 上一次操作
     *
     * @example ApplyDiskBackup
     */
    LatestOperation?: string | undefined;
    /**
     * 上一次操作状态
     *
     * @example SUCCESS
     */
    LatestOperationState?: string | undefined;
    /**
     * 上一次请求ID
     *
     * @example cd7f9d77-c19b-4490-8d5e-42a776383f90
     */
    LatestOperationRequestId?: string | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2022-06-23T09:19:05Z
     */
    CreatedTime?: string | undefined;
}
/** 云硬盘备份点操作限制列表。 */
export interface DiskBackupDeniedActions {
    /**
     * 云硬盘备份点ID。
     *
     * @example DiskBackupId
     */
    DiskBackupId?: string | undefined;
    /** 操作限制列表。 */
    DeniedActions?: DeniedAction[] | undefined;
}
/** 云硬盘包年包月相关参数设置 */
export interface DiskChargePrepaid {
    /**
     * 新购周期。可选值：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60。
     *
     * @example 1
     */
    Period: number;
    /**
     * 自动续费标识。取值范围：
     * - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费。
     * - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费，用户需要手动续费。
     * - DISABLE_NOTIFY_AND_MANUAL_RENEW：不自动续费，且不通知。
     * 默认取值：NOTIFY_AND_MANUAL_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，云硬盘到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     * @defaultValue NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | undefined;
    /**
     * 新购单位.。可选值：m - 月。默认值：m - 月。
     *
     * @example m
     * @defaultValue m
     */
    TimeUnit?: string | undefined;
}
/** 云硬盘配置 */
export interface DiskConfig {
    /**
     * 可用区。
     *
     * @example ap-guangzhou-1
     */
    Zone?: string | undefined;
    /**
     * 云硬盘类型。枚举值如下：
     * CLOUD_BASIC：普通云硬盘
     * CLOUD_PREMIUM：高性能云硬盘
     * CLOUD_SSD：SSD云硬盘
     *
     * @example CLOUD_SSD
     */
    DiskType?: "CLOUD_BASIC" | "CLOUD_PREMIUM" | "CLOUD_SSD" | (string & {}) | undefined;
    /**
     * 云硬盘可售卖状态。
     *
     * @example AVAILABLE
     */
    DiskSalesState?: string | undefined;
    /**
     * 最大云硬盘大小。
     *
     * @example 1000
     */
    MaxDiskSize?: number | undefined;
    /**
     * 最小云硬盘大小。
     *
     * @example 10
     */
    MinDiskSize?: number | undefined;
    /**
     * 云硬盘步长。
     *
     * @example 10
     */
    DiskStepSize?: number | undefined;
}
/** 磁盘操作限制列表详细信息 */
export interface DiskDeniedActions {
    /**
     * 云硬盘ID。
     *
     * @example lhdisk-eobj8huv
     */
    DiskId?: string | undefined;
    /** 操作限制列表。 */
    DeniedActions?: DeniedAction[] | undefined;
}
/** 云硬盘价格 */
export interface DiskPrice {
    /**
     * 云硬盘单价。
     *
     * @example 1.1
     */
    OriginalDiskPrice?: number | undefined;
    /**
     * 云硬盘总价。
     *
     * @example 2.2
     */
    OriginalPrice?: number | undefined;
    /**
     * 折扣。
     *
     * @example 0.8
     */
    Discount?: number | undefined;
    /**
     * 折后总价。
     *
     * @example 2.1
     */
    DiscountPrice?: number | undefined;
    /** 计费项目明细列表。 */
    DetailPrices?: DetailPrice[] | undefined;
}
/** 可退还云硬盘详细信息 */
export interface DiskReturnable {
    /**
     * 云硬盘ID。
     *
     * @example lhdisk-eobj8huv
     */
    DiskId?: string | undefined;
    /**
     * 云硬盘是否可退还。
     *
     * @example true
     */
    IsReturnable?: boolean | undefined;
    /**
     * 云硬盘退还失败错误码。
     *
     * @example 0
     */
    ReturnFailCode?: number | undefined;
    /**
     * 云硬盘退还失败错误信息。
     *
     * @example 该资源购买自活动，活动设置不允许进行退费, 如有疑问，请联系我们。
     */
    ReturnFailMessage?: string | undefined;
}
/** Docker活动信息 */
export interface DockerActivity {
    /**
     * 活动ID。
     *
     * @example lhda-9qq8eu90
     */
    ActivityId?: string | undefined;
    /**
     * 活动名称。
     *
     * @example RunDockerContainer
     */
    ActivityName?: string | undefined;
    /**
     * 活动状态。取值范围：
     * INIT：表示初始化，活动尚未执行
     * OPERATING：表示活动执行中
     * SUCCESS：表示活动执行成功
     * FAILED：表示活动执行失败
     *
     * @example INIT
     */
    ActivityState?: "INIT" | "OPERATING" | "SUCCESS" | "FAILED" | (string & {}) | undefined;
    /**
     * 活动执行的命令输出，以base64编码。
     *
     * @example aGVsbG8=
     */
    ActivityCommandOutput?: string | undefined;
    /**
     * 容器ID列表。
     *
     * @example ["838b0781925f8ea98ff1831c60f1e6178c21923192ec773cb0cb8427fe196fa3"]
     */
    ContainerIds?: string[] | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。
     *
     * @example 2020-04-28T03:46:09Z
     */
    CreatedTime?: string | undefined;
    /**
     * 结束时间。按照 ISO8601 标准表示，并且使用 UTC 时间。
     *
     * @example 2020-04-28T03:46:09Z
     */
    EndTime?: string | undefined;
}
/** Docker容器信息 */
export interface DockerContainer {
    /**
     * 容器ID
     *
     * @example 928f59ce31678d9c00955e655231e594945d11058517d1935c7f4ec53c6cde7c
     */
    ContainerId?: string | undefined;
    /**
     * 容器名称
     *
     * @example Container1
     */
    ContainerName?: string | undefined;
    /**
     * 容器镜像地址
     *
     * @example nginx
     */
    ContainerImage?: string | undefined;
    /**
     * 容器Command
     *
     * @example ls -l
     */
    Command?: string | undefined;
    /**
     * 容器状态描述
     *
     * @example Up 23 hours
     */
    Status?: string | undefined;
    /**
     * 容器状态，和docker的容器状态保持一致，当前取值有：created（已创建）、restarting（重启中）、running（运行中）、removing（迁移中）、paused（暂停）、exited（停止）和dead（死亡）
     *
     * @example running
     */
    State?: string | undefined;
    /**
     * 容器端口主机端口映射列表
     *
     * @example [{"ContainerPort":80,"HostPort":8081}]
     */
    PublishPortSet?: DockerContainerPublishPort[] | undefined;
    /**
     * 容器挂载本地卷列表
     *
     * @example [{"ContainerPath":"/data/nginx","HostPath":"/data/nginx"}]
     */
    VolumeSet?: DockerContainerVolume[] | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。
     *
     * @example 2020-04-28T03:46:09Z
     */
    CreatedTime?: string | undefined;
}
/** Docker容器创建时的配置 */
export interface DockerContainerConfiguration {
    /**
     * 容器镜像地址
     *
     * @example nginx
     */
    ContainerImage: string;
    /**
     * 容器名称
     *
     * @example Container1
     */
    ContainerName?: string | undefined;
    /**
     * 环境变量列表
     *
     * @example [{"Key":"Key1","Value":"Value1"}]
     */
    Envs?: ContainerEnv[] | undefined;
    /**
     * 容器端口主机端口映射列表
     *
     * @example [{"ContainerPort":80,"HostPort":8081}]
     */
    PublishPorts?: DockerContainerPublishPort[] | undefined;
    /**
     * 容器加载本地卷列表
     *
     * @example [{"ContainerPath":"/data/nginx","HostPath":"/data/nginx"}]
     */
    Volumes?: DockerContainerVolume[] | undefined;
    /**
     * 运行的命令
     *
     * @example ls -l
     */
    Command?: string | undefined;
    /**
     * 容器重启策略。
     * - no -默认策略，在容器退出时不重启容器
     * - on-failure -在容器非正常退出时（退出状态非0），才会重启容器
     * - on-failure:3 -在容器非正常退出时重启容器，最多重启3次
     * - always -在容器退出时总是重启容器
     *
     * @example always
     */
    RestartPolicy?: string | undefined;
}
/** Docker容器映射的端口 */
export interface DockerContainerPublishPort {
    /**
     * 主机端口
     *
     * @example 80
     */
    HostPort: number;
    /**
     * 容器端口
     *
     * @example 80
     */
    ContainerPort: number;
    /**
     * 对外绑定IP，默认0.0.0.0
     *
     * @example 0.0.0.0
     */
    Ip?: string | undefined;
    /**
     * 协议，默认tcp，支持tcp/udp/sctp
     *
     * @example tcp
     */
    Protocol?: string | undefined;
}
/** Docker容器挂载卷 */
export interface DockerContainerVolume {
    /**
     * 容器路径
     *
     * @example /data/container
     */
    ContainerPath: string;
    /**
     * 主机路径
     *
     * @example /data/host
     */
    HostPath?: string | undefined;
}
/** 描述键值对过滤器，用于条件过滤查询。例如过滤名称等若存在多个Filter时，Filter间的关系为逻辑与（AND）关系。若同一个Filter存在多个Values，同一Filter下Values间的关系为逻辑或（OR）关系。以DescribeInstances接口的 Filter为例。若我们需要查询实例名称（ instance-name）为test 并且 实例内网IP（ private-ip-address）为10.10.10.10的实例时，可如下实现：Filters.0.Name=instance-name &Filters.0.Values.0=test &Filters.1.Name=private-ip-address &Filters.1.Values.0=10.10.10.10 */
export interface Filter {
    /**
     * 需要过滤的字段。
     *
     * @example bundle-id
     */
    Name: string;
    /**
     * 字段的过滤值。
     *
     * @example ['bundle_ntp_small2_100']
     */
    Values: string[];
}
/** 描述防火墙规则信息。 */
export interface FirewallRule {
    /**
     * 协议，取值：TCP，UDP，ICMP，ALL，ICMPv6。
     * - 使用ICMP协议时，只支持CidrBlock，不支持使用Port、Ipv6CidrBlock参数；
     * - 使用ICMPv6协议时，只支持Ipv6CidrBlock，不支持使用Port、Ipv6CidrBlock参数；
     *
     * @example TCP
     */
    Protocol: string;
    /**
     * 端口，取值：ALL，单独的端口，逗号分隔的离散端口，减号分隔的端口范围。注意：单独的端口与离散端口不能同时存在。
     *
     * @example 80
     */
    Port?: string | undefined;
    /**
     * IPv4网段或 IPv4地址(互斥)。示例值：0.0.0.0/0。和Ipv6CidrBlock互斥，两者都不指定时，如果Protocol不是ICMPv6，则取默认值0.0.0.0/0。
     *
     * @example 0.0.0.0/0
     */
    CidrBlock?: string | undefined;
    /**
     * IPv6网段或IPv6地址(互斥)。示例值：::/0。和CidrBlock互斥，两者都不指定时，如果Protocol是ICMPv6，则取默认值::/0。
     *
     * @example ::/0
     * @defaultValue :/0
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * 取值：ACCEPT（允许），DROP（拒绝）。默认为 ACCEPT。
     *
     * @example ACCEPT
     */
    Action?: string | undefined;
    /**
     * 防火墙规则描述。
     *
     * @example firewallrule description
     */
    FirewallRuleDescription?: string | undefined;
}
/** 描述防火墙规则详细信息。 */
export interface FirewallRuleInfo {
    /**
     * 应用类型，取值：自定义，HTTP(80)，HTTPS(443)，Linux登录(22)，Windows登录(3389)，MySQL(3306)，SQL Server(1433)，全部TCP，全部UDP，Ping-ICMP，Windows登录优化 (3389)，FTP (21)，Ping，Ping (IPv6)，ALL。
     *
     * @example HTTP(80)
     */
    AppType?: string | undefined;
    /**
     * 协议，取值：TCP，UDP，ICMP，ICMPv6，ALL。
     *
     * @example TCP
     */
    Protocol?: string | undefined;
    /**
     * 端口，取值：ALL，单独的端口，逗号分隔的离散端口，减号分隔的端口范围。
     *
     * @example 80
     */
    Port?: string | undefined;
    /**
     * IPv4网段或 IPv4地址(互斥)。示例值：0.0.0.0/0。和Ipv6CidrBlock互斥，两者都不指定时，如果Protocol不是ICMPv6，则取默认值0.0.0.0/0。
     *
     * @example 0.0.0.0/0
     */
    CidrBlock?: string | undefined;
    /**
     * IPv6网段或IPv6地址(互斥)。示例值：::/0。和CidrBlock互斥，两者都不指定时，如果Protocol是ICMPv6，则取默认值::/0。
     *
     * @example ::/0
     * @defaultValue :/0
     */
    Ipv6CidrBlock?: string | undefined;
    /**
     * 取值：ACCEPT，DROP。默认为 ACCEPT。
     *
     * @example ACCEPT
     */
    Action?: string | undefined;
    /**
     * 防火墙规则描述。
     *
     * @example Web服务HTTP(80)，如 Apache、Nginx
     */
    FirewallRuleDescription?: string | undefined;
}
/** 防火墙模板信息。 */
export interface FirewallTemplate {
    /**
     * 模板ID。
     *
     * @example lhft-p1mlufa9
     */
    TemplateId?: string | undefined;
    /**
     * 模板名称。
     *
     * @example DemoTemplate
     */
    TemplateName?: string | undefined;
    /**
     * 模板类型。取值: "PRIVATE"(个人模板)
     *
     * @example PRIVATE
     */
    TemplateType?: string | undefined;
    /**
     * 模板状态。取值: "NORMAL"(正常)
     *
     * @example NORMAL
     */
    TemplateState?: string | undefined;
    /**
     * 模板创建时间。
     *
     * @example 2021-09-30T04:12:31Z
     */
    CreatedTime?: string | undefined;
}
/** 防火墙模板应用记录。 */
export interface FirewallTemplateApplyRecord {
    /**
     * 任务ID。
     *
     * @example lgtk-dodi8tqa
     */
    TaskId?: string | undefined;
    /**
     * 应用模板的时间。
     *
     * @example 2023-06-21T02:47:42Z
     */
    ApplyTime?: string | undefined;
    /** 模板规则列表。 */
    TemplateRuleSet?: FirewallTemplateRule[] | undefined;
    /**
     * 应用模板的执行状态。
     * - SUCCESS：成功
     * - RUNNING：运行中
     * - FAILED：失败
     *
     * @example SUCCESS
     */
    ApplyState?: "SUCCESS" | "RUNNING" | "FAILED" | (string & {}) | undefined;
    /**
     * 应用成功的实例数量。
     *
     * @example 10
     */
    SuccessCount?: number | undefined;
    /**
     * 应用失败的实例数量。
     *
     * @example 0
     */
    FailedCount?: number | undefined;
    /**
     * 正在应用中的实例数量。
     *
     * @example 0
     */
    RunningCount?: number | undefined;
    /** 应用模板的执行细节。 */
    ApplyDetailSet?: FirewallTemplateApplyRecordDetail[] | undefined;
}
/** 防火墙模板应用记录详情。 */
export interface FirewallTemplateApplyRecordDetail {
    /** 实例标识信息。 */
    Instance?: InstanceIdentifier | undefined;
    /**
     * 防火墙模板应用状态。
     * - SUCCESS：成功
     * - FAILED：失败
     * - RUNNING：运行中
     *
     * @example FAILED
     */
    ApplyState?: "SUCCESS" | "FAILED" | "RUNNING" | (string & {}) | undefined;
    /**
     * 防火墙模板应用错误信息。
     *
     * @example modifyInstanceFirewallRules error
     */
    ErrorMessage?: string | undefined;
}
/** 防火墙模板规则信息 */
export interface FirewallTemplateRule {
    /**
     * 防火墙模板规则ID。
     *
     * @example lhftr-gexf7cmvpq
     */
    TemplateRuleId?: string | undefined;
    /** 防火墙规则。 */
    FirewallRule?: FirewallRule | undefined;
}
/** 防火墙模板规则信息 */
export interface FirewallTemplateRuleInfo {
    /**
     * 防火墙模板规则ID。
     *
     * @example lhftr-abcde12345
     */
    TemplateRuleId?: string | undefined;
    /** 防火墙规则信息。 */
    FirewallRuleInfo?: FirewallRuleInfo | undefined;
}
/** 描述通用资源配额信息。 */
export interface GeneralResourceQuota {
    /**
     * 资源名称。
     *
     * @example GENERAL_BUNDLE_INSTANCE
     */
    ResourceName?: string | undefined;
    /**
     * 资源当前可用数量。
     *
     * @example 10
     */
    ResourceQuotaAvailable?: number | undefined;
    /**
     * 资源总数量。
     *
     * @example 10
     */
    ResourceQuotaTotal?: number | undefined;
}
/** 描述了实例信息。 */
export interface Instance {
    /**
     * 实例 ID。
     *
     * @example lhins-muuz7kis
     */
    InstanceId?: string | undefined;
    /**
     * 套餐 ID。
     *
     * @example bundle_bw_small1_1
     */
    BundleId?: string | undefined;
    /**
     * 镜像 ID。
     *
     * @example lhbp-abcd1234
     */
    BlueprintId?: string | undefined;
    /**
     * 实例的 CPU 核数，单位：核。
     *
     * @example 2
     */
    CPU?: number | undefined;
    /**
     * 实例内存容量，单位：GB 。
     *
     * @example 2
     */
    Memory?: number | undefined;
    /**
     * 实例名称。
     *
     * @example green-lh-test
     */
    InstanceName?: string | undefined;
    /**
     * 实例计费模式。取值范围：
     * PREPAID：表示预付费，即包年包月。
     *
     * @example PREPAID
     */
    InstanceChargeType?: string | undefined;
    /** 实例系统盘信息。 */
    SystemDisk?: SystemDisk | undefined;
    /**
     * 实例主网卡的内网 IP。注意：此字段可能返回 空，表示取不到有效值。
     *
     * @example ["10.0.2.13"]
     */
    PrivateAddresses?: string[] | undefined;
    /**
     * 实例主网卡的公网 IP。注意：此字段可能返回 空，表示取不到有效值。
     *
     * @example ["43.128.117.26"]
     */
    PublicAddresses?: string[] | undefined;
    /** 实例带宽信息。 */
    InternetAccessible?: InternetAccessible | undefined;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_MANUAL_RENEW：表示通知即将过期，但不自动续费
     * NOTIFY_AND_AUTO_RENEW：表示通知即将过期，而且自动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：不自动续费，且不通知。
     *
     * @example NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: "NOTIFY_AND_MANUAL_RENEW" | "NOTIFY_AND_AUTO_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | (string & {}) | undefined;
    /** 实例登录设置。 */
    LoginSettings?: LoginSettings | undefined;
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
     * DELETING：表示删除中
     * FREEZING：表示冻结中
     * ENTER_RESCUE_MODE：表示进入救援模式中
     * RESCUE_MODE：表示救援模式
     * EXIT_RESCUE_MODE：表示退出救援模式中
     *
     * @example RUNNING
     */
    InstanceState?: "PENDING" | "LAUNCH_FAILED" | "RUNNING" | "STOPPED" | "STARTING" | "STOPPING" | "REBOOTING" | "SHUTDOWN" | "TERMINATING" | "DELETING" | "FREEZING" | "ENTER_RESCUE_MODE" | "RESCUE_MODE" | "EXIT_RESCUE_MODE" | (string & {}) | undefined;
    /**
     * 实例全局唯一 ID。
     *
     * @example 1db916fc-ac02-498c-9fe0-ce60003ebcbf
     */
    Uuid?: string | undefined;
    /**
     * 实例的最新操作。例：StopInstances、ResetInstance。注意：此字段可能返回 空值，表示取不到有效值。
     *
     * @example StartInstances
     */
    LatestOperation?: string | undefined;
    /**
     * 实例的最新操作状态。取值范围：
     * SUCCESS：表示操作成功
     * OPERATING：表示操作执行中
     * FAILED：表示操作失败
     * 注意：此字段可能返回 空值，表示取不到有效值。
     *
     * @example SUCCESS
     */
    LatestOperationState?: "SUCCESS" | "OPERATING" | "FAILED" | (string & {}) | undefined;
    /**
     * 实例最新操作的唯一请求 ID。注意：此字段可能返回 空值，表示取不到有效值。
     *
     * @example f498d99d-2647-4c1c-a234-36f0e082e7ba
     */
    LatestOperationRequestId?: string | undefined;
    /**
     * 实例最新操作的开始时间。
     *
     * @example 2023-12-01T06:34:59Z
     */
    LatestOperationStartedTime?: string | null | undefined;
    /**
     * 隔离时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2023-12-01T06:34:59Z
     */
    IsolatedTime?: string | null | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2023-12-01T06:34:59Z
     */
    CreatedTime?: string | null | undefined;
    /**
     * 到期时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ 。
     *
     * @example 2024-01-01T06:34:59Z
     */
    ExpiredTime?: string | null | undefined;
    /**
     * 操作系统平台类型，如 LINUX_UNIX、WINDOWS。
     *
     * @example LINUX_UNIX
     */
    PlatformType?: string | undefined;
    /**
     * 操作系统平台。
     *
     * @example CENTOS
     */
    Platform?: string | undefined;
    /**
     * 操作系统名称。
     *
     * @example CentOS 7.6 64bit
     */
    OsName?: string | undefined;
    /**
     * 可用区。
     *
     * @example ap-singapore-3
     */
    Zone?: string | undefined;
    /** 实例绑定的标签列表。 */
    Tags?: Tag[] | undefined;
    /**
     * 实例封禁状态。取值范围：NORMAL实例正常。
     * NETWORK_RESTRICT：网络封禁。
     *
     * @example NETWORK_RESTRICT
     */
    InstanceRestrictState?: string | undefined;
    /** 描述实例是否支持IPv6。 */
    SupportIpv6Detail?: SupportIpv6Detail | undefined;
    /**
     * 公网IPv6地址列表。
     *
     * @example ["2402:4e00:c000:100:c0b4:df6e:e276:6"]
     */
    PublicIpv6Addresses?: string[] | undefined;
    /**
     * 创建实例后自动执行TAT命令的调用ID。
     *
     * @example inv-adtgj412l
     */
    InitInvocationId?: string | undefined;
    /** 实例违规详情。 */
    InstanceViolationDetail?: InstanceViolationDetail | undefined;
}
/** 描述了实例的计费模式 */
export interface InstanceChargePrepaid {
    /**
     * 购买实例的时长，单位：月。
     * - 创建实例时，取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60。
     * - 续费实例时，取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
     *
     * @example 1
     */
    Period: number;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费，用户需要手动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：不自动续费，且不通知
     * 默认取值：NOTIFY_AND_MANUAL_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     * @defaultValue NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | undefined;
}
/** 实例操作限制列表。 */
export interface InstanceDeniedActions {
    /**
     * 实例 ID。
     *
     * @example lhins-abcd1234
     */
    InstanceId?: string | undefined;
    /** 操作限制列表。 */
    DeniedActions?: DeniedAction[] | undefined;
}
/** 实例标识信息。 */
export interface InstanceIdentifier {
    /**
     * 实例ID。
     *
     * @example lhins-abcd1234
     */
    InstanceId: string;
    /**
     * 实例地域。
     *
     * @example ap-guangzhou
     */
    Region: string;
}
/** 关于Lighthouse Instance实例的价格信息 */
export interface InstancePrice {
    /**
     * 套餐单价原价。
     *
     * @example 90
     */
    OriginalBundlePrice?: number | undefined;
    /**
     * 原价。
     *
     * @example 90
     */
    OriginalPrice?: number | undefined;
    /**
     * 折扣。
     *
     * @example 100
     */
    Discount?: number | undefined;
    /**
     * 折后价。
     *
     * @example 90
     */
    DiscountPrice?: number | undefined;
    /**
     * 价格货币单位。取值范围CNY:人民币。USD:美元。
     *
     * @example CNY
     */
    Currency?: string | undefined;
}
/** 实例价格详细信息 */
export interface InstancePriceDetail {
    /**
     * 实例ID。
     *
     * @example lhins-xxxxxx
     */
    InstanceId?: string | undefined;
    /** 询价信息。 */
    InstancePrice?: InstancePrice | undefined;
    /** 折扣梯度详情，每个梯度包含的信息有：时长，折扣数，总价，折扣价，折扣详情（用户折扣、官网折扣、最终折扣）。 */
    DiscountDetail?: DiscountDetail[] | undefined;
}
/** 实例可退还信息。 */
export interface InstanceReturnable {
    /**
     * 实例 ID。
     *
     * @example lhins-xusdke45
     */
    InstanceId?: string | undefined;
    /**
     * 实例是否可退还。
     *
     * @example false
     */
    IsReturnable?: boolean | undefined;
    /**
     * 实例退还失败错误码。取值: 0: 可以退还1: 资源已退货。如为退货后续费资源，请于购买6小时后操作2: 资源已到期3: 资源购买超过5天不支持退款4: 非预付费资源不支持退款8: 退货数量超出限额9: 涉及活动订单不支持退款10: 资源不支持自助退，请走工单退款11: 涉及推广奖励渠道订单，请提工单咨询12: 根据业务侧产品规定，该资源不允许退款
     *
     * @example 2
     */
    ReturnFailCode?: number | undefined;
    /**
     * 实例退还失败错误信息。
     *
     * @example 资源已过期
     */
    ReturnFailMessage?: string | undefined;
}
/** 实例流量包详情 */
export interface InstanceTrafficPackage {
    /**
     * 实例ID。
     *
     * @example lhins-abcd1234
     */
    InstanceId?: string | undefined;
    /** 流量包详情列表。 */
    TrafficPackageSet?: TrafficPackage[] | undefined;
}
/** 实例违规详情。 */
export interface InstanceViolationDetail {
    /**
     * 来源：RESTRICT：封禁、FREEZW：冻结
     *
     * @example FREEZING
     */
    Source?: string | undefined;
    /**
     * 是否允许自助解封：1是，2否
     *
     * @example 2
     */
    State?: string | undefined;
    /**
     * 违规类型
     *
     * @example 未备案
     */
    Reason?: string | undefined;
    /**
     * 违规内容（URL、关联域名）
     *
     * @example http://157.*.*.29/
     */
    Content?: string | undefined;
}
/** 描述了启动配置创建实例的公网可访问性，声明了实例的公网使用计费模式，最大带宽等。 */
export interface InternetAccessible {
    /**
     * 网络计费类型，取值范围：按流量包付费：TRAFFIC_POSTPAID_BY_HOUR按带宽付费： BANDWIDTH_POSTPAID_BY_HOUR
     *
     * @example BANDWIDTH_PREPAID
     */
    InternetChargeType?: string | undefined;
    /**
     * 公网出带宽上限，单位：Mbps。
     *
     * @example 20
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 是否分配公网 IP。
     *
     * @example true
     */
    PublicIpAssigned?: boolean | undefined;
}
/** 描述密钥对信息。 */
export interface KeyPair {
    /**
     * 密钥对 ID ，是密钥对的唯一标识。
     *
     * @example lhkp-omd12oc1
     */
    KeyId?: string | undefined;
    /**
     * 密钥对名称。
     *
     * @example api_group_key
     */
    KeyName?: string | undefined;
    /**
     * 密钥对的纯文本公钥。
     *
     * @example ssh-rsa AAAAB3NzaC1yc2E*JNseYY4Pt3IbTv30Zx8jqQtYvfayk35YZLFl1woO2Rskey-jfwgd
     */
    PublicKey?: string | undefined;
    /**
     * 密钥对关联的实例 ID 列表。
     *
     * @example ["lhins-afge14se"]
     */
    AssociatedInstanceIds?: string[] | undefined;
    /**
     * 创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为：YYYY-MM-DDThh:mm:ssZ
     *
     * @example 2020-04-28T23:01:47Z
     */
    CreatedTime?: string | null | undefined;
    /**
     * 密钥对私钥。
     *
     * @example null
     */
    PrivateKey?: string | null | undefined;
}
/** 实例密码登录配置信息。 */
export interface LoginConfiguration {
    /**
     * "YES"代表选择自动生成密码，这时不指定Password字段。"NO"代表选择自定义密码，这时要指定Password字段。
     *
     * @example NO
     */
    AutoGeneratePassword?: string | undefined;
    /**
     * 实例登录密码。具体按照操作系统的复杂度要求。LINUX_UNIX 实例密码必须 8-30 位，推荐使用 12 位以上密码，不能包含空格，不能以“/”开头，至少包含以下字符中的三种不同字符，字符种类：小写字母：[a-z]大写字母：[A-Z]数字：0-9特殊字符： ()`~!@#$%^&*-+=_|{}[]:;' <>,.?/ WINDOWS 实例密码必须 12-30 位，不能包含空格，不能以“/”开头且不包括用户名，至少包含以下字符中的三种不同字符：小写字母：[a-z]大写字母：[A-Z]数字：0-9特殊字符：()`~!@#$%^&*-+=_|{}[]:;' <>,.?/
     *
     * @example HelloTgHd123_&*
     */
    Password?: string | undefined;
    /**
     * 密钥ID列表，最多同时指定5个密钥。关联密钥后，就可以通过对应的私钥来访问实例。密钥与密码不能同时指定，同时WINDOWS操作系统不支持指定密钥。密钥ID列表可以通过DescribeKeyPairs接口获取。
     *
     * @example ["lhkp-7f7lh1fv"]
     */
    KeyIds?: string[] | undefined;
}
/** 描述了实例登录相关配置与信息。 */
export interface LoginSettings {
    /**
     * 密钥 ID 列表。关联密钥后，就可以通过对应的私钥来访问实例。注意：此字段可能返回 []，表示取不到有效值。
     *
     * @example ["lhkp-2hqb9khu"]
     */
    KeyIds?: string[] | undefined;
}
/** 描述了实例可变更的套餐。 */
export interface ModifyBundle {
    /** 更改实例套餐后需要补的差价。 */
    ModifyPrice?: Price | undefined;
    /**
     * 变更套餐状态。取值：
     * SOLD_OUT：套餐售罄
     * AVAILABLE：支持套餐变更
     * UNAVAILABLE：暂不支持套餐变更
     *
     * @example AVAILABLE
     */
    ModifyBundleState?: "SOLD_OUT" | "AVAILABLE" | "UNAVAILABLE" | (string & {}) | undefined;
    /** 套餐信息。 */
    Bundle?: Bundle | undefined;
    /**
     * 不支持套餐变更原因信息。变更套餐状态为"AVAILABLE"时, 该信息为空
     *
     * @example 不支持升级至该套餐。
     */
    NotSupportModifyMessage?: string | undefined;
}
/** 折扣详情信息。 */
export interface PolicyDetail {
    /**
     * 用户折扣。
     *
     * @example 100
     */
    UserDiscount?: number | undefined;
    /**
     * 公共折扣。
     *
     * @example 88
     */
    CommonDiscount?: number | undefined;
    /**
     * 最终折扣。
     *
     * @example 88
     */
    FinalDiscount?: number | undefined;
    /**
     * 活动折扣。取值为null，表示无有效值，即没有折扣。
     *
     * @example 100
     */
    ActivityDiscount?: number | null | undefined;
    /**
     * 折扣类型。
     * user：用户折扣; common：官网折扣; activity：活动折扣。 取值为null，表示无有效值，即没有折扣。
     *
     * @example common
     */
    DiscountType?: string | null | undefined;
}
/** 价格信息 */
export interface Price {
    /** 实例价格。 */
    InstancePrice?: InstancePrice | undefined;
}
/** 描述地域信息。 */
export interface RegionInfo {
    /**
     * 地域名称，例如，ap-guangzhou。
     *
     * @example ap-beijing
     */
    Region?: string | undefined;
    /**
     * 地域描述，例如，华南地区(广州)。
     *
     * @example 北京
     */
    RegionName?: string | undefined;
    /**
     * 地域是否可用状态，取值仅为AVAILABLE（表示可用状态）。
     *
     * @example AVAILABLE
     */
    RegionState?: string | undefined;
    /**
     * 是否中国大陆地域
     *
     * @example true
     */
    IsChinaMainland?: boolean | undefined;
}
/** 续费云硬盘包年包月相关参数设置。 */
export interface RenewDiskChargePrepaid {
    /**
     * 续费周期。单位：月。取值范围: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]
     *
     * @example 1
     */
    Period?: number | undefined;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费，用户需要手动续费
     * DISABLE_NOTIFY_AND_MANUAL_RENEW：不自动续费，且不通知
     * 默认取值：NOTIFY_AND_MANUAL_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，云硬盘到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     * @defaultValue NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW" | undefined;
    /**
     * 周期单位。取值范围：“m”(月)。默认值: "m"。
     *
     * @example m
     * @defaultValue m
     */
    TimeUnit?: string | undefined;
    /**
     * 当前实例到期时间。如“2018-01-01 00:00:00”。指定该参数即可对齐云硬盘所挂载的实例到期时间。该参数与Period必须指定其一，且不支持同时指定。该参数值必须大于入参中云硬盘的过期时间。
     *
     * @example 2018-01-01 00:00:00
     */
    CurInstanceDeadline?: string | undefined;
}
/** 描述了镜像重置信息 */
export interface ResetInstanceBlueprint {
    /** 镜像详细信息 */
    BlueprintInfo?: Blueprint | undefined;
    /**
     * 实例镜像是否可重置为目标镜像。取值：true（允许）false（不允许）
     *
     * @example false
     */
    IsResettable?: boolean | undefined;
    /**
     * 不可重置信息.当镜像可重置时为""
     *
     * @example 非中国大陆地域不支持Linux系统和Windows系统之间互转。
     */
    NonResettableMessage?: string | undefined;
}
/** 使用场景信息 */
export interface Scene {
    /**
     * 使用场景Id
     *
     * @example lhsc-3bzsddow
     */
    SceneId?: string | undefined;
    /**
     * 使用场景展示名称
     *
     * @example 网站
     */
    DisplayName?: string | undefined;
    /**
     * 使用场景描述
     *
     * @example 提供常用建站类应用模板与工具，帮助您快速构建满足业务诉求的网站，如企业官网、资讯、博客、论坛等等。
     */
    Description?: string | undefined;
}
/** 使用场景详细信息 */
export interface SceneInfo {
    /**
     * 使用场景Id。
     *
     * @example lhsc-3bzsddow
     */
    SceneId?: string | undefined;
    /**
     * 使用场景展示名称。
     *
     * @example 网站
     */
    DisplayName?: string | undefined;
    /**
     * 使用场景描述信息。
     *
     * @example 提供常用建站类应用模板与工具，帮助您快速构建满足业务诉求的网站，如企业官网、资讯、博客、论坛等等。
     */
    Description?: string | undefined;
}
/** 描述了快照相关信息。 */
export interface Snapshot {
    /**
     * 快照 ID。
     *
     * @example lhsnap-nv6aqcv6
     */
    SnapshotId?: string | undefined;
    /**
     * 创建此快照的磁盘类型。取值：
     * SYSTEM_DISK：系统盘
     *
     * @example SYSTEM_DISK
     */
    DiskUsage?: string | undefined;
    /**
     * 创建此快照的磁盘 ID。
     *
     * @example lhdisk-f71kc5bh
     */
    DiskId?: string | undefined;
    /**
     * 创建此快照的磁盘大小，单位 GB。
     *
     * @example 50
     */
    DiskSize?: number | undefined;
    /**
     * 快照名称，用户自定义的快照别名。
     *
     * @example day-backup-0903145122
     */
    SnapshotName?: string | undefined;
    /**
     * 快照的状态。取值范围：
     * NORMAL：正常
     * CREATING：创建中
     * ROLLBACKING：回滚中。
     *
     * @example NORMAL
     */
    SnapshotState?: "NORMAL" | "CREATING" | "ROLLBACKING" | (string & {}) | undefined;
    /**
     * 创建或回滚快照进度百分比，成功后此字段取值为 100。
     *
     * @example 100
     */
    Percent?: number | undefined;
    /**
     * 快照的最新操作，只有创建、回滚快照时记录。取值如 CreateInstanceSnapshot，RollbackInstanceSnapshot。
     *
     * @example RollbackInstanceSnapshot
     */
    LatestOperation?: string | undefined;
    /**
     * 快照的最新操作状态，只有创建、回滚快照时记录。取值范围：
     * SUCCESS：表示操作成功
     * OPERATING：表示操作执行中
     * FAILED：表示操作失败
     *
     * @example SUCCESS
     */
    LatestOperationState?: "SUCCESS" | "OPERATING" | "FAILED" | (string & {}) | undefined;
    /**
     * 快照最新操作的唯一请求 ID，只有创建、回滚快照时记录。
     *
     * @example 96aee6e3-172c-4f0f-be7c-fc46b9865763
     */
    LatestOperationRequestId?: string | undefined;
    /**
     * 快照的创建时间。
     *
     * @example 2020-09-03T06:51:23Z
     */
    CreatedTime?: string | undefined;
}
/** 快照操作限制列表。 */
export interface SnapshotDeniedActions {
    /**
     * 快照 ID。
     *
     * @example lhsnap-nv6aqcv6
     */
    SnapshotId?: string | undefined;
    /** 操作限制列表。 */
    DeniedActions?: DeniedAction[] | undefined;
}
/** 描述镜像软件信息。 */
export interface Software {
    /**
     * 软件名称。
     *
     * @example 宝塔Linux面板
     */
    Name?: string | undefined;
    /**
     * 软件版本。
     *
     * @example 8.1.0 腾讯云专享版
     */
    Version?: string | undefined;
    /**
     * 软件图片 URL。
     *
     * @example https://imgcache.qq.com/open_proj/proj_qcloud_v2/tc-console/tea-static-lighthouse/src/styles/slice/bt-panel.svg
     */
    ImageUrl?: string | undefined;
    /**
     * 软件安装目录。
     *
     * @example /www
     */
    InstallDir?: string | undefined;
    /** 软件详情列表。 */
    DetailSet?: SoftwareDetail[] | undefined;
}
/** 描述镜像软件详细信息。 */
export interface SoftwareDetail {
    /**
     * 软件的属性标识
     *
     * @example BTPanelPort
     */
    Key?: string | undefined;
    /**
     * 软件的属性标识描述
     *
     * @example 面板端口
     */
    Title?: string | undefined;
    /**
     * 软件的属性值
     *
     * @example 默认为8888，您可以在登录面板后修改面板端口
     */
    Value?: string | undefined;
}
/** 实例支持IPv6详情描述。 */
export interface SupportIpv6Detail {
    /**
     * 是否支持开启IPv6。
     *
     * @example true
     */
    IsSupport?: boolean | undefined;
    /**
     * 详情。当IsSupport为True，Detail枚举值为: EFFECTIVE_IMMEDIATELY: 立即生效EFFECTIVE_AFTER_REBOOT: 分配过程需要开关机，用户需备份数据当IsSupport为False，Detail枚举值为: HAD_BEEN_ASSIGNED: 已分配IPv6地址REGION_NOT_SUPPORT: 地域不支持BLUEPRINT_NOT_SUPPORT: 镜像不支持BUNDLE_INSTANCE_NOT_SUPPORT: 套餐实例不支持BUNDLE_BANDWIDTH_NOT_SUPPORT: 套餐带宽不支持
     *
     * @example HAD_BEEN_ASSIGNED
     */
    Detail?: string | undefined;
    /**
     * 提示信息。
     *
     * @example The current instance has been assigned an IPv6 address.
     */
    Message?: string | undefined;
}
/** 描述了操作系统所在块设备即系统盘的信息。 */
export interface SystemDisk {
    /**
     * 系统盘类型。取值范围：
     * LOCAL_BASIC：本地硬盘
     * LOCAL_SSD：本地 SSD 硬盘
     * CLOUD_BASIC：普通云硬盘
     * CLOUD_SSD：SSD 云硬盘
     * CLOUD_PREMIUM：高性能云硬盘
     *
     * @example CLOUD_PREMIUM
     */
    DiskType?: "LOCAL_BASIC" | "LOCAL_SSD" | "CLOUD_BASIC" | "CLOUD_SSD" | "CLOUD_PREMIUM" | (string & {}) | undefined;
    /**
     * 系统盘大小，单位：GB。
     *
     * @example 20
     */
    DiskSize?: number | undefined;
    /**
     * 系统盘ID。
     *
     * @example lhdisk-jxj6qnpo
     */
    DiskId?: string | null | undefined;
}
/** 标签 */
export interface Tag {
    /**
     * 标签键
     *
     * @example Owner
     */
    Key: string;
    /**
     * 标签值
     *
     * @example Green
     */
    Value: string;
}
/** 总计价格信息 */
export interface TotalPrice {
    /**
     * 原始总计价格。
     *
     * @example 10.0
     */
    OriginalPrice?: number | undefined;
    /**
     * 折扣总计价格。
     *
     * @example 9.0
     */
    DiscountPrice?: number | undefined;
}
/** 流量包详情 */
export interface TrafficPackage {
    /**
     * 流量包ID。
     *
     * @example lhtfp-o1wtyyvx
     */
    TrafficPackageId?: string | undefined;
    /**
     * 流量包生效周期内已使用流量，单位字节。
     *
     * @example 5905577
     */
    TrafficUsed?: number | undefined;
    /**
     * 流量包生效周期内的总流量，单位字节。
     *
     * @example 536870912000
     */
    TrafficPackageTotal?: number | undefined;
    /**
     * 流量包生效周期内的剩余流量，单位字节。
     *
     * @example 536865006423
     */
    TrafficPackageRemaining?: number | undefined;
    /**
     * 流量包生效周期内超出流量包额度的流量，单位字节。
     *
     * @example 0
     */
    TrafficOverflow?: number | undefined;
    /**
     * 流量包生效周期开始时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2020-06-28T08:15:18Z
     */
    StartTime?: string | undefined;
    /**
     * 流量包生效周期结束时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2020-07-28T08:15:17Z
     */
    EndTime?: string | undefined;
    /**
     * 流量包到期时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为： YYYY-MM-DDThh:mm:ssZ。
     *
     * @example 2020-07-28T08:15:18Z
     */
    Deadline?: string | undefined;
    /**
     * 流量包状态：
     * NETWORK_NORMAL：正常
     * OVERDUE_NETWORK_DISABLED：欠费断网
     *
     * @example NETWORK_NORMAL
     */
    Status?: "NETWORK_NORMAL" | "OVERDUE_NETWORK_DISABLED" | (string & {}) | undefined;
}
/** 可用区详细信息 */
export interface ZoneInfo {
    /**
     * 可用区
     *
     * @example ap-guangzhou-1
     */
    Zone?: string | undefined;
    /**
     * 可用区中文名称
     *
     * @example 广州一区
     */
    ZoneName?: string | undefined;
    /**
     * 实例购买页可用区展示标签
     *
     * @example NORMAL
     */
    InstanceDisplayLabel?: string | undefined;
}
/** Input of CreateBlueprint: 创建镜像 */
export interface CreateBlueprintRequest {
    /**
     * 镜像名称。最大长度60。
     *
     * @example test-blueprint
     */
    BlueprintName: string;
    /**
     * 镜像描述。最大长度60。
     *
     * @example test-blueprint
     */
    Description?: string | undefined;
    /**
     * 需要制作镜像的实例ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-aaaabbbb
     */
    InstanceId?: string | undefined;
    /**
     * 是否执行强制关机以制作镜像。取值范围：
     * True：表示关机之后制作镜像
     * False：表示开机状态制作镜像
     * 默认取值：True开机状态制作镜像，可能导致部分数据未备份，影响数据安全。
     *
     * @example True
     * @defaultValue True
     */
    ForcePowerOff?: boolean | undefined;
}
/** Output of CreateBlueprint: 创建镜像 */
export interface CreateBlueprintResponse {
    /**
     * 自定义镜像ID。
     *
     * @example lhbp-xkeh87da
     */
    BlueprintId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeBlueprintInstances: 查询镜像实例信息 */
export interface DescribeBlueprintInstancesRequest {
    /**
     * 实例 ID 列表。可通过DescribeInstances接口返回值中的InstanceId获取。 当前最多支持1个。
     *
     * @example ["lhins-f4s49nap"]
     */
    InstanceIds: string[];
}
/** Output of DescribeBlueprintInstances: 查询镜像实例信息 */
export interface DescribeBlueprintInstancesResponse {
    /**
     * 符合条件的镜像实例数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 镜像实例列表信息。 */
    BlueprintInstanceSet?: BlueprintInstance[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquirePriceCreateBlueprint: 创建镜像询价 */
export interface InquirePriceCreateBlueprintRequest {
    /**
     * 自定义镜像的个数。默认值为1。
     *
     * @example 1
     */
    BlueprintCount?: number | undefined;
}
/** Output of InquirePriceCreateBlueprint: 创建镜像询价 */
export interface InquirePriceCreateBlueprintResponse {
    /**
     * 自定义镜像的价格参数。
     *
     * @example 无
     */
    BlueprintPrice?: BlueprintPrice | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of SyncBlueprint: 同步镜像 */
export interface SyncBlueprintRequest {
    /**
     * 镜像ID。
     *
     * @example lhbp-sdeji832
     */
    BlueprintId: string;
    /**
     * 同步镜像的目的地域列表。
     *
     * @example ["ap-beijing","ap-shanghai"]
     */
    DestinationRegions: string[];
}
/** Output of SyncBlueprint: 同步镜像 */
export interface SyncBlueprintResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeBlueprints: 查询镜像信息 */
export interface DescribeBlueprintsRequest {
    /**
     * 镜像 ID 列表。可通过DescribeBlueprints接口返回值字段BlueprintSet获取。列表长度最大值为100。
     *
     * @example ["lhbp-aaaabbbb"]
     */
    BlueprintIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 1
     */
    Limit?: number | undefined;
    /**
     * 过滤器列表。
     * blueprint-id
     * 按照【镜像 ID】进行过滤。
     * 类型：String
     * 必选：否镜像 ID ，可通过DescribeBlueprints接口返回值字段BlueprintSet获取。
     * blueprint-type
     * 按照【镜像类型】进行过滤。取值：APP_OS（应用镜像 ）；PURE_OS（系统镜像）；DOCKER（Docker容器镜像）；PRIVATE（自定义镜像）；SHARED（共享镜像）。
     * 类型：String
     * 必选：否
     * platform-type
     * 按照【镜像平台类型】进行过滤。取值： LINUX_UNIX（Linux/Unix系统）；WINDOWS（Windows 系统）。
     * 类型：String
     * 必选：否
     * blueprint-name
     * 按照【镜像名称】进行过滤。
     * 类型：String
     * 必选：否
     * blueprint-state
     * 按照【镜像状态】进行过滤。
     * 类型：String
     * 必选：否镜像状态，可通过数据结构Blueprint中的BlueprintState来获取。
     * scene-id
     * 按照【使用场景Id】进行过滤。
     * 类型：String
     * 必选：否场景Id，可通过查看使用场景列表接口获取。每次请求的 Filters 的上限为 10，Filter.Values 的上限为 100。参数不支持同时指定 BlueprintIds (可通过DescribeBlueprints接口返回值字段BlueprintSet获取BlueprintId)和 Filters 。
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeBlueprints: 查询镜像信息 */
export interface DescribeBlueprintsResponse {
    /**
     * 符合条件的镜像数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 镜像详细信息列表。 */
    BlueprintSet?: Blueprint[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteBlueprints: 删除镜像 */
export interface DeleteBlueprintsRequest {
    /**
     * 镜像ID列表。镜像ID，可通过DescribeBlueprints接口返回值中的BlueprintId获取。
     *
     * @example ["lhbp-aaaabbbb"]
     */
    BlueprintIds: string[];
}
/** Output of DeleteBlueprints: 删除镜像 */
export interface DeleteBlueprintsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyBlueprintAttribute: 修改镜像属性 */
export interface ModifyBlueprintAttributeRequest {
    /**
     * 镜像 ID。可通过DescribeBlueprints接口返回值中的BlueprintId获取。
     *
     * @example lhbp-aaaabbbb
     */
    BlueprintId: string;
    /**
     * 设置新的镜像名称。最大长度60。
     *
     * @example test-blueprint
     */
    BlueprintName?: string | undefined;
    /**
     * 设置新的镜像描述。最大长度60。
     *
     * @example test-blueprint
     */
    Description?: string | undefined;
}
/** Output of ModifyBlueprintAttribute: 修改镜像属性 */
export interface ModifyBlueprintAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CancelShareBlueprintAcrossAccounts: 取消镜像跨账号共享 */
export interface CancelShareBlueprintAcrossAccountsRequest {
    /**
     * 镜像ID, 可以通过DescribeBlueprints接口返回的BlueprintId获取。
     *
     * @example "lhbp-6jc6l8yb"
     */
    BlueprintId: string;
    /**
     * 接收共享镜像的账号ID列表。账号ID不同于QQ号，查询用户账号ID请查看账号信息中的账号ID栏。账号个数取值最大为10。
     *
     * @example ["700000164995"]
     */
    AccountIds: string[];
}
/** Output of CancelShareBlueprintAcrossAccounts: 取消镜像跨账号共享 */
export interface CancelShareBlueprintAcrossAccountsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ShareBlueprintAcrossAccounts: 跨账号共享镜像 */
export interface ShareBlueprintAcrossAccountsRequest {
    /**
     * 镜像ID, 可以通过DescribeBlueprints接口返回的BlueprintId获取。
     *
     * @example lhbp-6jc6l8yb
     */
    BlueprintId: string;
    /**
     * 接收共享镜像的账号ID列表。账号ID不同于QQ号，查询用户账号ID请查看账号信息中的账号ID栏。账号个数取值最大为10。
     *
     * @example ["700000164995"]
     */
    AccountIds: string[];
}
/** Output of ShareBlueprintAcrossAccounts: 跨账号共享镜像 */
export interface ShareBlueprintAcrossAccountsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDiskBackup: 创建云硬盘备份点 */
export interface CreateDiskBackupRequest {
    /**
     * 云硬盘ID，可通过 DescribeDisks 接口返回值中的 DiskId 获取。
     *
     * @example lhdisk-p1zflrif
     */
    DiskId: string;
    /**
     * 云硬盘备份点名称，最大长度为 90 。
     *
     * @example disk-backup-01
     */
    DiskBackupName?: string | undefined;
}
/** Output of CreateDiskBackup: 创建云硬盘备份点 */
export interface CreateDiskBackupResponse {
    /**
     * 备份点ID。
     *
     * @example lhbak-g7w4rd71
     */
    DiskBackupId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDiskBackupsDeniedActions: 查看云硬盘备份点操作限制列表 */
export interface DescribeDiskBackupsDeniedActionsRequest {
    /**
     * 云硬盘备份点 ID 列表, 可通过DescribeDiskBackups接口查询。列表长度最大值为100。
     *
     * @example ["lhbak-nuen5foj"]
     */
    DiskBackupIds: string[];
}
/** Output of DescribeDiskBackupsDeniedActions: 查看云硬盘备份点操作限制列表 */
export interface DescribeDiskBackupsDeniedActionsResponse {
    /** 云硬盘备份点操作限制列表详细信息。 */
    DiskBackupDeniedActionSet?: DiskBackupDeniedActions[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDiskBackupsAttribute: 修改云硬盘备份点属性 */
export interface ModifyDiskBackupsAttributeRequest {
    /**
     * 云硬盘备份点ID，可通过 DescribeDiskBackups 接口返回值中的 DiskBackupId 获取。列表长度最大值为100。
     *
     * @example ["lhbak-l1ghx97r"]
     */
    DiskBackupIds: string[];
    /**
     * 云硬盘备份点名称，最大长度 90 。
     *
     * @example disk-backup-name
     */
    DiskBackupName?: string | undefined;
}
/** Output of ModifyDiskBackupsAttribute: 修改云硬盘备份点属性 */
export interface ModifyDiskBackupsAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ApplyDiskBackup: 回滚云硬盘备份点 */
export interface ApplyDiskBackupRequest {
    /**
     * 云硬盘ID，可通过DescribeDisks接口查询。
     *
     * @example lhdisk-qtovvuzq
     */
    DiskId: string;
    /**
     * 云硬盘备份点ID，可通过DescribeDiskBackups接口查询。
     *
     * @example lhbak-ounanbtt
     */
    DiskBackupId: string;
}
/** Output of ApplyDiskBackup: 回滚云硬盘备份点 */
export interface ApplyDiskBackupResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteDiskBackups: 删除云硬盘备份点 */
export interface DeleteDiskBackupsRequest {
    /**
     * 云硬盘备份点ID列表，可通过 DescribeDiskBackups接口查询。列表长度最大值为100。
     *
     * @example ["lhbak-ounanbtt"]
     */
    DiskBackupIds: string[];
}
/** Output of DeleteDiskBackups: 删除云硬盘备份点 */
export interface DeleteDiskBackupsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDiskBackups: 查看云硬盘备份点列表 */
export interface DescribeDiskBackupsRequest {
    /**
     * 查询的云硬盘备份点ID列表。可通过DescribeDiskBackups接口返回值字段DiskBackupSet获取。列表长度最大值为100。参数不支持同时指定 DiskBackupIds 和 Filters。
     *
     * @example ["lhbak-nuen5foj"]
     */
    DiskBackupIds?: string[] | undefined;
    /**
     * 过滤器列表。
     * disk-backup-id
     * 按照【云硬盘备份点 ID】进行过滤。
     * 类型：String
     * 必选：否
     * disk-id
     * 按照【云硬盘 ID】进行过滤。
     * 类型：String
     * 必选：否
     * disk-backup-state
     * 按照【云硬盘备份点状态】进行过滤。
     * 类型：String
     * 必选：否取值：参考数据结构 DiskBackup 下的DiskBackupState取值。
     * disk-usage
     * 按照【云硬盘类型】进行过滤。
     * 类型：String
     * 必选：否取值：
     * - SYSTEM_DISK - 系统盘
     * - DATA_DISK - 数据盘每次请求的 Filters 的上限为 10，Filter.Values 的上限为5。参数不支持同时指定DiskBackupIds 和Filters。
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为 0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 1
     */
    Limit?: number | undefined;
}
/** Output of DescribeDiskBackups: 查看云硬盘备份点列表 */
export interface DescribeDiskBackupsResponse {
    /**
     * 云硬盘备份点的数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 云硬盘备份点信息列表。 */
    DiskBackupSet?: DiskBackup[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateFirewallRules: 添加防火墙规则 */
export interface CreateFirewallRulesRequest {
    /**
     * 实例ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-aglzynfg
     */
    InstanceId: string;
    /** 防火墙规则列表。 */
    FirewallRules: FirewallRule[];
    /**
     * 防火墙当前版本。用户每次更新防火墙规则时版本会自动加1，防止规则已过期，不填不考虑冲突。
     *
     * @example 5
     */
    FirewallVersion?: number | undefined;
}
/** Output of CreateFirewallRules: 添加防火墙规则 */
export interface CreateFirewallRulesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteFirewallRules: 删除防火墙规则 */
export interface DeleteFirewallRulesRequest {
    /**
     * 实例ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-aglzynfg
     */
    InstanceId: string;
    /** 防火墙规则列表。 */
    FirewallRules: FirewallRule[];
    /**
     * 防火墙当前版本。用户每次更新防火墙规则时版本会自动加1，防止规则已过期，不填不考虑冲突。
     *
     * @example 1
     */
    FirewallVersion?: number | undefined;
}
/** Output of DeleteFirewallRules: 删除防火墙规则 */
export interface DeleteFirewallRulesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFirewallRules: 查询防火墙规则 */
export interface DescribeFirewallRulesRequest {
    /**
     * 实例ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-aglzynfg
     */
    InstanceId: string;
    /**
     * 偏移量，默认为 0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 20
     */
    Limit?: number | undefined;
}
/** Output of DescribeFirewallRules: 查询防火墙规则 */
export interface DescribeFirewallRulesResponse {
    /**
     * 符合条件的防火墙规则数量。
     *
     * @example 7
     */
    TotalCount?: number | undefined;
    /** 防火墙规则详细信息列表。 */
    FirewallRuleSet?: FirewallRuleInfo[] | undefined;
    /**
     * 防火墙版本号。
     *
     * @example 1
     */
    FirewallVersion?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFirewallRulesTemplate: 查询防火墙规则模板 */
export interface DescribeFirewallRulesTemplateRequest {
}
/** Output of DescribeFirewallRulesTemplate: 查询防火墙规则模板 */
export interface DescribeFirewallRulesTemplateResponse {
    /**
     * 符合条件的防火墙规则数量。
     *
     * @example 9
     */
    TotalCount?: number | undefined;
    /** 防火墙规则详细信息列表。 */
    FirewallRuleSet?: FirewallRuleInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyFirewallRuleDescription: 修改防火墙规则描述 */
export interface ModifyFirewallRuleDescriptionRequest {
    /**
     * 实例ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-12345678
     */
    InstanceId: string;
    /** 防火墙规则。 */
    FirewallRule: FirewallRule;
    /**
     * 防火墙当前版本。用户每次更新防火墙规则时版本会自动加1，防止规则已过期，不填不考虑冲突。
     *
     * @example 1
     */
    FirewallVersion?: number | undefined;
}
/** Output of ModifyFirewallRuleDescription: 修改防火墙规则描述 */
export interface ModifyFirewallRuleDescriptionResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyFirewallRules: 修改防火墙规则 */
export interface ModifyFirewallRulesRequest {
    /**
     * 实例 ID。实例的ID可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-12345678
     */
    InstanceId: string;
    /** 防火墙规则列表。列表长度最大值是100。 */
    FirewallRules: FirewallRule[];
    /**
     * 防火墙当前版本。用户每次更新防火墙规则时版本会自动加1，防止规则已过期，不填不考虑冲突。
     *
     * @example 1
     */
    FirewallVersion?: number | undefined;
}
/** Output of ModifyFirewallRules: 修改防火墙规则 */
export interface ModifyFirewallRulesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ApplyFirewallTemplate: 应用防火墙模板 */
export interface ApplyFirewallTemplateRequest {
    /**
     * 防火墙模板ID。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example lhft-s2dxd7iy
     */
    TemplateId: string;
    /** 应用防火墙模板的实例列表。列表长度最大值是100。 */
    ApplyInstances: InstanceIdentifier[];
}
/** Output of ApplyFirewallTemplate: 应用防火墙模板 */
export interface ApplyFirewallTemplateResponse {
    /**
     * 任务ID。
     *
     * @example lgtk-6brh0ciy
     */
    TaskId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateFirewallTemplate: 创建防火墙模板 */
export interface CreateFirewallTemplateRequest {
    /**
     * 模板名称。
     *
     * @example DemoTemplate
     */
    TemplateName: string;
    /** 防火墙规则列表。 */
    TemplateRules?: FirewallRule[] | undefined;
}
/** Output of CreateFirewallTemplate: 创建防火墙模板 */
export interface CreateFirewallTemplateResponse {
    /**
     * 防火墙模板ID。
     *
     * @example lhft-xxxxxxxx
     */
    TemplateId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFirewallTemplateQuota: 查询防火墙模板配额 */
export interface DescribeFirewallTemplateQuotaRequest {
}
/** Output of DescribeFirewallTemplateQuota: 查询防火墙模板配额 */
export interface DescribeFirewallTemplateQuotaResponse {
    /**
     * 当前可用配额。
     *
     * @example 10
     */
    Available?: number | undefined;
    /**
     * 总配额。
     *
     * @example 50
     */
    Total?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFirewallTemplateRuleQuota: 查询防火墙模板规则配额 */
export interface DescribeFirewallTemplateRuleQuotaRequest {
    /**
     * 防火墙模板ID。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example lhft-ow2dn19x
     */
    TemplateId: string;
}
/** Output of DescribeFirewallTemplateRuleQuota: 查询防火墙模板规则配额 */
export interface DescribeFirewallTemplateRuleQuotaResponse {
    /**
     * 当前可用配额。
     *
     * @example 10
     */
    Available?: number | undefined;
    /**
     * 总配额。
     *
     * @example 50
     */
    Total?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateFirewallTemplateRules: 创建防火墙模板规则 */
export interface CreateFirewallTemplateRulesRequest {
    /**
     * 防火墙模板ID。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example lhft-abcd1234
     */
    TemplateId: string;
    /** 防火墙模板规则列表。 */
    TemplateRules: FirewallRule[];
}
/** Output of CreateFirewallTemplateRules: 创建防火墙模板规则 */
export interface CreateFirewallTemplateRulesResponse {
    /**
     * 规则ID列表。
     *
     * @example ["lhftr-abcde12345"]
     */
    TemplateRuleIdSet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteFirewallTemplate: 删除防火墙模板 */
export interface DeleteFirewallTemplateRequest {
    /**
     * 防火墙模板ID。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example lhft-xxxxxxxx
     */
    TemplateId: string;
}
/** Output of DeleteFirewallTemplate: 删除防火墙模板 */
export interface DeleteFirewallTemplateResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteFirewallTemplateRules: 删除防火墙模板规则 */
export interface DeleteFirewallTemplateRulesRequest {
    /**
     * 防火墙模板ID。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example lhft-xxxxxxxx
     */
    TemplateId: string;
    /**
     * 防火墙模板规则ID列表。可通过DescribeFirewallTemplateRules接口返回值字段TemplateRuleSet获取。
     *
     * @example ["lhftr-baaj68clja"]
     */
    TemplateRuleIds: string[];
}
/** Output of DeleteFirewallTemplateRules: 删除防火墙模板规则 */
export interface DeleteFirewallTemplateRulesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFirewallTemplateApplyRecords: 查询防火墙模板应用记录列表 */
export interface DescribeFirewallTemplateApplyRecordsRequest {
    /**
     * 防火墙模板ID。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example lhft-a5fh1i90
     */
    TemplateId: string;
    /**
     * 应用防火墙模板任务ID列表。可通过ApplyFirewallTemplate接口返回值TaskId字段获取。
     *
     * @example lgtk-xalnmlko
     */
    TaskIds?: string[] | undefined;
}
/** Output of DescribeFirewallTemplateApplyRecords: 查询防火墙模板应用记录列表 */
export interface DescribeFirewallTemplateApplyRecordsResponse {
    /** 防火墙模板应用记录列表。 */
    ApplyRecordSet?: FirewallTemplateApplyRecord[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFirewallTemplateRules: 查询防火墙模板规则列表 */
export interface DescribeFirewallTemplateRulesRequest {
    /**
     * 防火墙模板ID列表。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。列表长度最大值为100。
     *
     * @example lhft-ow2dn19x
     */
    TemplateId: string;
    /**
     * 防火墙模板规则ID列表。可通过DescribeFirewallTemplateRules接口返回值字段TemplateRuleSet获取。列表长度最大值为100。
     *
     * @example ["lhftr-gexf7cmvpq"]
     */
    TemplateRuleIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 10
     */
    Limit?: number | undefined;
}
/** Output of DescribeFirewallTemplateRules: 查询防火墙模板规则列表 */
export interface DescribeFirewallTemplateRulesResponse {
    /**
     * 防火墙模板规则总数量。
     *
     * @example 10
     */
    TotalCount?: number | undefined;
    /**
     * 防火墙模板规则信息列表。
     *
     * @example [{"FirewallRuleInfo": {"Action": "ACCEPT","AppType": "user-defined","CidrBlock": "0.0.0.0/0","FirewallRuleDescription": "tcp 80","Port":"81","Protocol": "TCP"},"TemplateRuleId": "lhftr-gexf7cmvpq"}]
     */
    TemplateRuleSet?: FirewallTemplateRuleInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeFirewallTemplates: 查询防火墙模板列表 */
export interface DescribeFirewallTemplatesRequest {
    /**
     * 防火墙模板ID列表。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。列表长度最大值为100。
     *
     * @example ["lhft-6brh0ciy"]
     */
    TemplateIds?: string[] | undefined;
    /**
     * 过滤器列表。
     * template-id
     * 按照【防火墙模板所属的ID】进行过滤。
     * 类型：String
     * 必选：否
     * template-name
     * 按照【防火墙模板所属的名称】进行过滤。
     * 类型：String
     * 必选：否
     * template-type
     * 按照【防火墙模板的类型】进行过滤。
     * 类型：String
     * 必选：否取值: "PRIVATE"(个人模板)每次请求的 Filters 的上限为 10，Filter.Values 的上限为 100。参数不支持同时指定 TemplateIds 和Filters。
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 10
     */
    Limit?: number | undefined;
}
/** Output of DescribeFirewallTemplates: 查询防火墙模板列表 */
export interface DescribeFirewallTemplatesResponse {
    /**
     * 模板总数量。
     *
     * @example 10
     */
    TotalCount?: number | undefined;
    /** 防火墙模板列表。 */
    TemplateSet?: FirewallTemplate[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyFirewallTemplate: 修改防火墙模板 */
export interface ModifyFirewallTemplateRequest {
    /**
     * 防火墙模板ID。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example lhft-xxxxxxxx
     */
    TemplateId: string;
    /**
     * 防火墙模板名称。可通过DescribeFirewallTemplates接口返回值字段TemplateSet获取。
     *
     * @example DemoTemplate
     */
    TemplateName?: string | undefined;
}
/** Output of ModifyFirewallTemplate: 修改防火墙模板 */
export interface ModifyFirewallTemplateResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceFirewallTemplateRule: 替换防火墙模板规则 */
export interface ReplaceFirewallTemplateRuleRequest {
    /**
     * 防火墙模板ID。可通过 DescribeFirewallTemplates 接口返回值中的 TemplateId 获取。
     *
     * @example lhft-p1mlufa9
     */
    TemplateId: string;
    /**
     * 防火墙模板规则ID。可通过 DescribeFirewallTemplateRules 接口返回值中的 TemplateRuleId 获取。
     *
     * @example lhftr-cn8z2sf881
     */
    TemplateRuleId: string;
    /** 替换后的防火墙模板规则。 */
    TemplateRule: FirewallRule;
}
/** Output of ReplaceFirewallTemplateRule: 替换防火墙模板规则 */
export interface ReplaceFirewallTemplateRuleResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetFirewallTemplateRules: 重置防火墙模板规则 */
export interface ResetFirewallTemplateRulesRequest {
    /**
     * 防火墙模板ID。可通过 DescribeFirewallTemplates 接口返回值中的 TemplateId 获取。
     *
     * @example lhft-abcd1234
     */
    TemplateId: string;
    /** 重置后的防火墙模板规则列表。每次请求批量防火墙规则的上限为 100。 */
    TemplateRules: FirewallRule[];
}
/** Output of ResetFirewallTemplateRules: 重置防火墙模板规则 */
export interface ResetFirewallTemplateRulesResponse {
    /**
     * 重置后的规则ID列表。
     *
     * @example ["lhftr-abcde12345"]
     */
    TemplateRuleIdSet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ApplyInstanceSnapshot: 回滚实例快照 */
export interface ApplyInstanceSnapshotRequest {
    /**
     * 实例 ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-k31c771o
     */
    InstanceId: string;
    /**
     * 快照 ID。可通过 DescribeSnapshots 接口返回值中的 SnapshotId 获取。
     *
     * @example lhsnap-nv6aqcv6
     */
    SnapshotId: string;
}
/** Output of ApplyInstanceSnapshot: 回滚实例快照 */
export interface ApplyInstanceSnapshotResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateInstanceSnapshot: 创建实例快照 */
export interface CreateInstanceSnapshotRequest {
    /**
     * 需要创建快照的实例 ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-k31c771o
     */
    InstanceId: string;
    /**
     * 快照名称，最长为 60 个字符。
     *
     * @example snap_20200903
     */
    SnapshotName?: string | undefined;
}
/** Output of CreateInstanceSnapshot: 创建实例快照 */
export interface CreateInstanceSnapshotResponse {
    /**
     * 快照 ID。
     *
     * @example lhsnap-nv6aqcv6
     */
    SnapshotId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSnapshots: 删除快照 */
export interface DeleteSnapshotsRequest {
    /**
     * 要删除的快照 ID 列表，每次请求批量快照的上限为10个，可通过 DescribeSnapshots查询。
     *
     * @example ["lhsnap-nv6aqcv6"]
     */
    SnapshotIds: string[];
}
/** Output of DeleteSnapshots: 删除快照 */
export interface DeleteSnapshotsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSnapshots: 查看快照列表 */
export interface DescribeSnapshotsRequest {
    /**
     * 要查询快照的 ID 列表。每次请求批量快照的上限为 100。可通过 DescribeSnapshots 接口返回值中的 SnapshotId 获取。参数不支持同时指定 SnapshotIds 和 Filters。
     *
     * @example ["lhsnap-nv6aqcv6"]
     */
    SnapshotIds?: string[] | undefined;
    /**
     * 过滤器列表。
     * snapshot-id
     * 按照【快照 ID】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeSnapshots 接口返回值中的 SnapshotId 获取。
     * disk-id
     * 按照【磁盘 ID】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeDisks 接口返回值中的 DiskId 获取。
     * snapshot-name
     * 按照【快照名称】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeSnapshots 接口返回值中的 SnapshotName 获取。
     * instance-id
     * 按照【实例 ID 】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeInstances 接口返回值中的 InstanceId 获取。每次请求的 Filters 的上限为 10，Filter.Values 的上限为 5。参数不支持同时指定 SnapshotIds 和 Filters。
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 1
     */
    Limit?: number | undefined;
}
/** Output of DescribeSnapshots: 查看快照列表 */
export interface DescribeSnapshotsResponse {
    /**
     * 快照的数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 快照的详情列表。 */
    SnapshotSet?: Snapshot[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSnapshotsDeniedActions: 查看快照操作限制列表 */
export interface DescribeSnapshotsDeniedActionsRequest {
    /**
     * 快照 ID 列表,每次请求批量快照的上限是100个。 可通过 DescribeSnapshots 查询。
     *
     * @example ["lhsnap-nv6aqcv6"]
     */
    SnapshotIds: string[];
}
/** Output of DescribeSnapshotsDeniedActions: 查看快照操作限制列表 */
export interface DescribeSnapshotsDeniedActionsResponse {
    /** 快照操作限制列表详细信息。 */
    SnapshotDeniedActionSet?: SnapshotDeniedActions[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifySnapshotAttribute: 修改快照信息 */
export interface ModifySnapshotAttributeRequest {
    /**
     * 快照 ID, 可通过 DescribeSnapshots 查询。
     *
     * @example lhsnap-nv6aqcv6
     */
    SnapshotId: string;
    /**
     * 新的快照名称，最长为 60 个字符。
     *
     * @example snap_20200903
     */
    SnapshotName?: string | undefined;
}
/** Output of ModifySnapshotAttribute: 修改快照信息 */
export interface ModifySnapshotAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AssociateInstancesKeyPairs: 绑定密钥对 */
export interface AssociateInstancesKeyPairsRequest {
    /**
     * 密钥对 ID 列表，每次请求批量密钥对的上限为 100。可通过DescribeKeyPairs接口返回值中的KeyId获取。
     *
     * @example ["lhkp-f7rjie1q"]
     */
    KeyIds: string[];
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw"]
     */
    InstanceIds: string[];
}
/** Output of AssociateInstancesKeyPairs: 绑定密钥对 */
export interface AssociateInstancesKeyPairsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateKeyPair: 创建密钥对 */
export interface CreateKeyPairRequest {
    /**
     * 密钥对名称，可由数字，字母和下划线组成，长度不超过 25 个字符。
     *
     * @example test_create_1
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
/** Input of DeleteKeyPairs: 删除密钥对 */
export interface DeleteKeyPairsRequest {
    /**
     * 密钥对 ID 列表，每次请求批量密钥对的上限为 10。可通过DescribeKeyPairs接口返回值中的KeyId获取。
     *
     * @example ["lhkp-1234abcd"]
     */
    KeyIds: string[];
}
/** Output of DeleteKeyPairs: 删除密钥对 */
export interface DeleteKeyPairsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeKeyPairs: 查询用户密钥对列表 */
export interface DescribeKeyPairsRequest {
    /**
     * 密钥对 ID 列表。可通过DescribeKeyPairs接口返回值字段KeyPairSet获取。列表长度最大值为100。
     *
     * @example ["lhkp-omd12oc1"]
     */
    KeyIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 过滤器列表。
     * key-id
     * 按照【密钥对ID】进行过滤。
     * 类型：String
     * 必选：否
     * key-name
     * 按照【密钥对名称】进行过滤（支持模糊匹配）。
     * 类型：String
     * 必选：否每次请求的 Filters 的上限为 10，Filter.Values 的上限为 5。参数不支持同时指定 KeyIds 和 Filters。
     *
     * @example [{"Name":"key-name","Values":["k1"]}]
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeKeyPairs: 查询用户密钥对列表 */
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
/** Input of DisassociateInstancesKeyPairs: 解绑密钥对 */
export interface DisassociateInstancesKeyPairsRequest {
    /**
     * 密钥对 ID 列表，每次请求批量密钥对的上限为 100。可通过DescribeKeyPairs接口返回值中的KeyId获取。
     *
     * @example ["lhkp-f7rjie1q"]
     */
    KeyIds: string[];
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw"]
     */
    InstanceIds: string[];
}
/** Output of DisassociateInstancesKeyPairs: 解绑密钥对 */
export interface DisassociateInstancesKeyPairsResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ImportKeyPair: 导入密钥对 */
export interface ImportKeyPairRequest {
    /**
     * 密钥对名称，可由数字，字母和下划线组成，长度不超过 25 个字符。
     *
     * @example test_import
     */
    KeyName: string;
    /**
     * 密钥对的公钥内容， OpenSSH RSA 格式。
     *
     * @example <公钥内容>
     */
    PublicKey: string;
}
/** Output of ImportKeyPair: 导入密钥对 */
export interface ImportKeyPairResponse {
    /**
     * 密钥对 ID。
     *
     * @example lhkp-2xsmy15f
     */
    KeyId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceVncUrl: 查询实例管理终端地址 */
export interface DescribeInstanceVncUrlRequest {
    /**
     * 实例 ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-ruy9d2tw
     */
    InstanceId: string;
}
/** Output of DescribeInstanceVncUrl: 查询实例管理终端地址 */
export interface DescribeInstanceVncUrlResponse {
    /**
     * 实例的管理终端地址。
     *
     * @example wss%3A%2F%2Fusevnc.qcloud.com%3A443%2Fvnc%3Fs%3D
     */
    InstanceVncUrl?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesDeniedActions: 查看实例操作限制列表 */
export interface DescribeInstancesDeniedActionsRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw"]
     */
    InstanceIds: string[];
}
/** Output of DescribeInstancesDeniedActions: 查看实例操作限制列表 */
export interface DescribeInstancesDeniedActionsResponse {
    /** 实例操作限制列表详细信息。 */
    InstanceDeniedActionSet?: InstanceDeniedActions[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesDiskNum: 查询实例挂载云硬盘数量 */
export interface DescribeInstancesDiskNumRequest {
    /**
     * 实例ID列表。每次请求批量实例的上限为 100。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example ["lhins-anxwfvxh"]
     */
    InstanceIds: string[];
}
/** Output of DescribeInstancesDiskNum: 查询实例挂载云硬盘数量 */
export interface DescribeInstancesDiskNumResponse {
    /** 挂载信息列表 */
    AttachDetailSet?: AttachDetail[] | undefined;
    /**
     * 挂载信息数量
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesReturnable: 查询实例是否可退还 */
export interface DescribeInstancesReturnableRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw","lhins-xusdke45"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 20
     */
    Limit?: number | undefined;
}
/** Output of DescribeInstancesReturnable: 查询实例是否可退还 */
export interface DescribeInstancesReturnableResponse {
    /**
     * 符合条件的实例数量。
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /** 可退还实例详细信息列表。 */
    InstanceReturnableSet?: InstanceReturnable[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstancesTrafficPackages: 查看实例流量包详情 */
export interface DescribeInstancesTrafficPackagesRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-7h98ep3z"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 2
     */
    Limit?: number | undefined;
}
/** Output of DescribeInstancesTrafficPackages: 查看实例流量包详情 */
export interface DescribeInstancesTrafficPackagesResponse {
    /**
     * 符合条件的实例流量包详情数量。
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /** 实例流量包详情列表。 */
    InstanceTrafficPackageSet?: InstanceTrafficPackage[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeModifyInstanceBundles: 查询实例可变更套餐列表 */
export interface DescribeModifyInstanceBundlesRequest {
    /**
     * 实例 ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-f4s3n38h
     */
    InstanceId: string;
    /**
     * 过滤器列表。
     * bundle-id
     * 按照【套餐 ID】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeBundles 接口返回值中的 BundleId 获取。
     * support-platform-type
     * 按照【系统类型】进行过滤。取值： LINUX_UNIX（Linux/Unix系统）；WINDOWS（Windows 系统）
     * 类型：String
     * 必选：否
     * bundle-type
     * 按照 【套餐类型进行过滤】。取值：GENERAL_BUNDLE (通用型套餐); STORAGE_BUNDLE(存储型套餐);ENTERPRISE_BUNDLE( 企业型套餐);EXCLUSIVE_BUNDLE(专属型套餐);BEFAST_BUNDLE(蜂驰型套餐);STARTER_BUNDLE(入门型套餐);ECONOMY_BUNDLE(经济型套餐);RAZOR_SPEED_BUNDLE(锐驰型套餐)
     * 类型：String
     * 必选：否
     * bundle-state
     * 按照【套餐状态】进行过滤。取值: ‘ONLINE’(在线); ‘OFFLINE’(下线);
     * 类型：String
     * 必选：否每次请求的 Filters 的上限为 10，Filter.Values 的上限为 5。
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为 0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Limit?: number | undefined;
}
/** Output of DescribeModifyInstanceBundles: 查询实例可变更套餐列表 */
export interface DescribeModifyInstanceBundlesResponse {
    /**
     * 符合条件的套餐数量。
     *
     * @example 3
     */
    TotalCount?: number | undefined;
    /** 变更套餐详细信息。 */
    ModifyBundleSet?: ModifyBundle[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeResetInstanceBlueprints: 查询重置实例的镜像信息 */
export interface DescribeResetInstanceBlueprintsRequest {
    /**
     * 实例ID。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example lhins-383nzmm1
     */
    InstanceId: string;
    /**
     * 偏移量，默认为 0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 过滤器列表。
     * blueprint-id
     * 按照【镜像 ID】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeBlueprints 接口返回值中的 BlueprintId 获取。
     * blueprint-type
     * 按照【镜像类型】进行过滤。取值： APP_OS（应用镜像 ）；PURE_OS（ 系统镜像）；PRIVATE（自定义镜像）;DOCKER（Docker容器镜像）；SHARED（共享镜像）。
     * 类型：String
     * 必选：否
     * platform-type
     * 按照【镜像平台类型】进行过滤。取值： LINUX_UNIX（Linux/Unix系统）；WINDOWS（Windows 系统）。
     * 类型：String
     * 必选：否
     * blueprint-name
     * 按照【镜像名称】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeBlueprints 接口返回值中的 BlueprintName 获取。
     * blueprint-state
     * 按照【镜像状态】进行过滤。
     * 类型：String
     * 必选：否可通过 DescribeBlueprints 接口返回值中的 BlueprintState 获取。每次请求的 Filters 的上限为 10，Filter.Values 的上限为 5。
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeResetInstanceBlueprints: 查询重置实例的镜像信息 */
export interface DescribeResetInstanceBlueprintsResponse {
    /**
     * 符合条件的镜像数量。
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /** 镜像重置信息列表 */
    ResetInstanceBlueprintSet?: ResetInstanceBlueprint[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of IsolateInstances: 隔离实例 */
export interface IsolateInstancesRequest {
    /**
     * 实例ID列表。一个或多个待操作的实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。每次请求退还实例和数据盘数量总计上限为20。
     *
     * @example ["lhins-7ofik5q9"]
     */
    InstanceIds: string[];
    /**
     * 是否退还挂载的数据盘。取值范围：
     * TRUE：表示退还实例同时退还其挂载的数据盘。
     * FALSE：表示退还实例同时不再退还其挂载的数据盘。
     * 默认取值：TRUE。
     *
     * @example true
     * @defaultValue TRUE
     */
    IsolateDataDisk?: boolean | undefined;
}
/** Output of IsolateInstances: 隔离实例 */
export interface IsolateInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesBundle: 变更实例套餐 */
export interface ModifyInstancesBundleRequest {
    /**
     * 实例ID列表。一个或多个待操作的实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。每次请求批量实例的上限为15。
     *
     * @example [“lhins-123456”]
     */
    InstanceIds: string[];
    /**
     * 待变更的套餐Id。注意不可和当前要升配的实例套餐ID相同。可通过DescribeBundles接口返回值中的BundleId获取。
     *
     * @example “bundle_ent_01”
     */
    BundleId: string;
    /**
     * 是否自动抵扣代金券。取值范围：
     * true：表示自动抵扣代金券
     * false：表示不自动抵扣代金券
     * 默认取值：false。
     *
     * @example false
     * @defaultValue false
     */
    AutoVoucher?: boolean | undefined;
}
/** Output of ModifyInstancesBundle: 变更实例套餐 */
export interface ModifyInstancesBundleResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RebootInstances: 重启实例 */
export interface RebootInstancesRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw","lhins-rusdke45"]
     */
    InstanceIds: string[];
}
/** Output of RebootInstances: 重启实例 */
export interface RebootInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RenewInstances: 续费实例 */
export interface RenewInstancesRequest {
    /**
     * 实例ID列表。一个或多个待操作的实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。每次请求批量实例的上限为100。
     *
     * @example ["lhins-7ofik5q9"]
     */
    InstanceIds: string[];
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。 */
    InstanceChargePrepaid: InstanceChargePrepaid;
    /**
     * 是否续费弹性数据盘。取值范围：
     * TRUE：表示续费实例同时续费其挂载的数据盘
     * FALSE：表示续费实例同时不再续费其挂载的数据盘
     * 默认取值：TRUE。
     *
     * @example true
     * @defaultValue TRUE
     */
    RenewDataDisk?: boolean | undefined;
    /**
     * 是否自动抵扣代金券。取值范围：
     * TRUE：表示自动抵扣代金券
     * FALSE：表示不自动抵扣代金券
     * 默认取值：FALSE。
     *
     * @example false
     * @defaultValue FALSE
     */
    AutoVoucher?: boolean | undefined;
}
/** Output of RenewInstances: 续费实例 */
export interface RenewInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstance: 重装系统 */
export interface ResetInstanceRequest {
    /**
     * 实例 ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-ruy9d2tw
     */
    InstanceId: string;
    /**
     * 镜像 ID。可通过DescribeBlueprints接口返回值中的BlueprintId获取。
     *
     * @example lhbp-5e8807lo
     */
    BlueprintId?: string | undefined;
    /** 要创建的容器配置列表。注意：仅重装的镜像类型为Docker时支持传入该参数。 */
    Containers?: DockerContainerConfiguration[] | undefined;
    /** 实例登录信息配置。默认缺失情况下代表用户选择实例创建后设置登录密码或绑定密钥。 */
    LoginConfiguration?: LoginConfiguration | undefined;
}
/** Output of ResetInstance: 重装系统 */
export interface ResetInstanceResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetInstancesPassword: 重置实例密码 */
export interface ResetInstancesPasswordRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过 DescribeInstances 接口返回值中的 InstanceId 获取。
     *
     * @example ["lhins-ruy9d2tw"]
     */
    InstanceIds: string[];
    /**
     * 实例登录密码。不同操作系统类型密码复杂度限制不一样，具体如下：LINUX_UNIX 实例密码必须 8-30 位，推荐使用 12 位以上密码，不能以“/”开头，至少包含以下字符中的三种不同字符，字符种类：小写字母：[a-z]大写字母：[A-Z]数字：0-9特殊字符： ()`~!@#$%^&*-+=_|{}[]:;' <>,.?/ WINDOWS 实例密码必须 12-30 位，不能以“/”开头且不包括用户名，至少包含以下字符中的三种不同字符小写字母：[a-z]大写字母：[A-Z]数字： 0-9特殊字符：()`~!@#$%^&*-+=_|{}[]:;' <>,.?/如果实例即包含 LINUX_UNIX 实例又包含 WINDOWS 实例，则密码复杂度限制按照 WINDOWS 实例的限制。
     *
     * @example a!LightHouse@123
     */
    Password: string;
    /**
     * 待重置密码的实例操作系统用户名。不得超过 64 个字符。
     *
     * @example root
     */
    UserName?: string | undefined;
}
/** Output of ResetInstancesPassword: 重置实例密码 */
export interface ResetInstancesPasswordResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StartInstances: 启动实例 */
export interface StartInstancesRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw","lhins-rusdke45"]
     */
    InstanceIds: string[];
}
/** Output of StartInstances: 启动实例 */
export interface StartInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StopInstances: 关闭实例 */
export interface StopInstancesRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw","lhins-rusdke45"]
     */
    InstanceIds: string[];
}
/** Output of StopInstances: 关闭实例 */
export interface StopInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesAttribute: 修改实例的属性 */
export interface ModifyInstancesAttributeRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw","lhins-rusdke45"]
     */
    InstanceIds: string[];
    /**
     * 实例名称。可任意命名，但不得超过 60 个字符。
     *
     * @example instance_for_api
     */
    InstanceName?: string | undefined;
}
/** Output of ModifyInstancesAttribute: 修改实例的属性 */
export interface ModifyInstancesAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstancesRenewFlag: 修改实例续费标识 */
export interface ModifyInstancesRenewFlagRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw"]
     */
    InstanceIds: string[];
    /**
     * 自动续费标识。取值范围：
     * - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
     * - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
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
/** Input of CreateInstances: 创建实例 */
export interface CreateInstancesRequest {
    /**
     * 套餐ID。可以通过调用 DescribeBundles 接口获取。
     *
     * @example bundle_gen_03
     */
    BundleId: string;
    /**
     * 镜像ID。可以通过调用 DescribeBlueprints 接口获取。
     *
     * @example lhbp-g0tn7djh
     */
    BlueprintId: string;
    /** 当前实例仅支持预付费模式，即包年包月相关参数设置，单位（月）。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。该参数必传。 */
    InstanceChargePrepaid: InstanceChargePrepaid;
    /**
     * 实例显示名称。
     *
     * @example mylighthouse
     */
    InstanceName?: string | undefined;
    /**
     * 购买实例数量。包年包月实例取值范围：[1，30]。默认取值：1。指定购买实例的数量不能超过用户所能购买的剩余配额数量
     *
     * @example 1
     * @defaultValue 1
     */
    InstanceCount?: number | undefined;
    /**
     * 可用区列表。不填此参数，表示为随机可用区。可通过 DescribeZones接口获取指定地域下的可用区列表信息
     *
     * @example ["ap-beijing-1"]
     */
    Zones?: string[] | undefined;
    /**
     * 是否只预检此次请求。
     * true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和库存。
     * 如果检查不通过，则返回对应错误码；如果检查通过，则返回RequestId. false（默认）：发送正常请求，通过检查后直接创建实例
     *
     * @example false
     */
    DryRun?: boolean | undefined;
    /**
     * 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
     *
     * @example test-create-instance-client-token
     */
    ClientToken?: string | undefined;
    /** 实例登录密码信息配置。默认缺失情况下代表用户选择实例创建后设置登录密码。 */
    LoginConfiguration?: LoginConfiguration | undefined;
    /** 要创建的容器配置列表。 */
    Containers?: DockerContainerConfiguration[] | undefined;
    /**
     * 是否自动使用代金券。默认不使用。
     *
     * @example false
     */
    AutoVoucher?: boolean | undefined;
    /**
     * 防火墙模板ID。若不指定该参数，则使用默认防火墙策略。
     *
     * @example lhft-abcd1234
     */
    FirewallTemplateId?: string | undefined;
    /** 标签键和标签值。如果指定多个标签，则会为指定资源同时创建并绑定该多个标签。同一个资源上的同一个标签键只能对应一个标签值。如果您尝试添加已有标签键，则对应的标签值会更新为新值。如果标签不存在会为您自动创建标签。数组最多支持10个元素。 */
    Tags?: Tag[] | undefined;
    /** 创建实例后自动执行的命令。 */
    InitCommand?: Command | undefined;
    /**
     * 主域名。注意：域名指定后，仅支持购买一台实例（参数InstanceCount=1）。
     *
     * @example tencent.com
     */
    DomainName?: string | undefined;
    /**
     * 子域名。注意：域名指定后，仅支持购买一台实例（参数InstanceCount=1）。
     *
     * @example www
     */
    Subdomain?: string | undefined;
}
/** Output of CreateInstances: 创建实例 */
export interface CreateInstancesResponse {
    /**
     * 当通过本接口来创建实例时会返回该参数，表示一个或多个实例ID。返回实例ID列表并不代表实例创建成功。可根据DescribeInstances 接口查询返回的InstancesSet中对应实例的ID的状态来判断创建是否完成；如果实例状态由“启动中”变为“运行中”，则为创建成功。
     *
     * @example ["lhins-abcd1234"]
     */
    InstanceIdSet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstances: 查看实例列表 */
export interface DescribeInstancesRequest {
    /**
     * 实例 ID 列表。每次请求批量实例的上限为 100。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-4r4pvtbg"]
     */
    InstanceIds?: string[] | undefined;
    /**
     * 过滤器列表。
     * instance-name
     * 按照【实例名称】进行过滤。
     * 类型：String
     * 必选：否
     * private-ip-address
     * 按照【实例主网卡的内网 IP】进行过滤。
     * 类型：String
     * 必选：否
     * public-ip-address
     * 按照【实例主网卡的公网 IP】进行过滤。
     * 类型：String
     * 必选：否
     * zone
     * 按照【可用区】进行过滤。
     * 类型：String
     * 必选：否
     * instance-state
     * 按照【实例状态】进行过滤。
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
     * 按照【标签键值对】进行过滤。 tag-key使用具体的标签键进行替换。
     * 类型：String
     * 必选：否每次请求的 Filters 的上限为 10，Filter.Values 的上限为 100。参数不支持同时指定 InstanceIds 和 Filters。
     */
    Filters?: Filter[] | undefined;
    /**
     * 偏移量，默认为 0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 1
     */
    Limit?: number | undefined;
    /**
     * 指定排序字段 。取值范围： "EXPIRED_TIME"：依据实例的到期时间排序。不传入此字段时, 优先返回实例状态为“待回收”的实例, 其余实例以“创建时间”倒序返回。
     *
     * @example EXPIRED_TIME
     */
    OrderField?: string | undefined;
    /**
     * 输出实例列表的排列顺序。取值范围："ASC"：升序排列。"DESC"：降序排列。默认按升序排序。当传入该字段时，必须指定OrderField。
     *
     * @example DESC
     */
    Order?: string | undefined;
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
/** Input of TerminateInstances: 销毁实例 */
export interface TerminateInstancesRequest {
    /**
     * 实例ID列表。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example ["lhins-ruy9d2tw"]
     */
    InstanceIds: string[];
}
/** Output of TerminateInstances: 销毁实例 */
export interface TerminateInstancesResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AttachCcn: 关联云联网 */
export interface AttachCcnRequest {
    /**
     * 云联网实例ID。可通过DescribeCcns接口返回值中的CcnId获取。
     *
     * @example ccn-f49l6u0z
     */
    CcnId: string;
}
/** Output of AttachCcn: 关联云联网 */
export interface AttachCcnResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeCcnAttachedInstances: 查询云联网关联的实例信息 */
export interface DescribeCcnAttachedInstancesRequest {
}
/** Output of DescribeCcnAttachedInstances: 查询云联网关联的实例信息 */
export interface DescribeCcnAttachedInstancesResponse {
    /** 云联网关联的实例列表。 */
    CcnAttachedInstanceSet?: CcnAttachedInstance[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachCcn: 解关联云联网 */
export interface DetachCcnRequest {
    /**
     * 云联网实例ID。可通过DescribeCcnAttachedInstances接口返回值中的CcnId获取。
     *
     * @example ccn-f49l6u0z
     */
    CcnId: string;
}
/** Output of DetachCcn: 解关联云联网 */
export interface DetachCcnResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResetAttachCcn: 重新申请关联云联网 */
export interface ResetAttachCcnRequest {
    /**
     * 云联网实例ID。可通过DescribeCcns接口返回值中的CcnId获取。
     *
     * @example ccn-f49l6u0z
     */
    CcnId: string;
}
/** Output of ResetAttachCcn: 重新申请关联云联网 */
export interface ResetAttachCcnResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of AttachDisks: 挂载云硬盘 */
export interface AttachDisksRequest {
    /**
     * 云硬盘ID列表。每次批量请求云硬盘的上限为 100。可通过DescribeDisks接口返回值中的DiskId获取。
     *
     * @example ["lhdisk-5vmz00i3"]
     */
    DiskIds: string[];
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-qg08np8l
     */
    InstanceId: string;
    /**
     * 自动续费标识。取值范围：
     * NOTIFY_AND_AUTO_RENEW：通知过期且自动续费。 NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费，用户需要手动续费。 DISABLE_NOTIFY_AND_MANUAL_RENEW：不自动续费，且不通知。
     * 默认取值：NOTIFY_AND_MANUAL_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，云盘到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     * @defaultValue NOTIFY_AND_MANUAL_RENEW
     */
    RenewFlag?: string | undefined;
}
/** Output of AttachDisks: 挂载云硬盘 */
export interface AttachDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDiskConfigs: 查看云硬盘配置 */
export interface DescribeDiskConfigsRequest {
    /**
     * 过滤器列表。
     * zone
     * 按照【可用区】进行过滤。
     * 类型：String
     * 必选：否
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeDiskConfigs: 查看云硬盘配置 */
export interface DescribeDiskConfigsResponse {
    /** 云硬盘配置列表。 */
    DiskConfigSet?: DiskConfig[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDiskDiscount: 查询云硬盘折扣信息 */
export interface DescribeDiskDiscountRequest {
    /**
     * 云硬盘类型, 取值范围: CLOUD_PREMIUM: 高性能云硬盘，CLOUD_SSD: SSD云硬盘
     *
     * @example CLOUD_PREMIUM
     */
    DiskType: string;
    /**
     * 云硬盘大小, 单位: GB。
     *
     * @example 50
     */
    DiskSize: number;
    /**
     * 指定云硬盘备份点配额，不传时默认为不带备份点配额。目前只支持不带或设置[0 - 500]个云硬盘备份点配额。
     *
     * @example 1
     */
    DiskBackupQuota?: number | undefined;
}
/** Output of DescribeDiskDiscount: 查询云硬盘折扣信息 */
export interface DescribeDiskDiscountResponse {
    /**
     * 币种：CNY人民币，USD 美元。
     *
     * @example CNY
     */
    Currency?: string | undefined;
    /** 折扣梯度详情，每个梯度包含的信息有：时长，折扣数，总价，折扣价，折扣详情（用户折扣、官网折扣、最终折扣）。 */
    DiscountDetail?: DiscountDetail[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDisksDeniedActions: 查询云硬盘操作限制列表信息 */
export interface DescribeDisksDeniedActionsRequest {
    /**
     * 云硬盘ID列表。每次批量请求云硬盘的上限为 100。可通过DescribeDisks接口返回值中的DiskId获取。
     *
     * @example ["lhdisk-eobj8huv"]
     */
    DiskIds: string[];
}
/** Output of DescribeDisksDeniedActions: 查询云硬盘操作限制列表信息 */
export interface DescribeDisksDeniedActionsResponse {
    /** 云硬盘操作限制列表详细信息。 */
    DiskDeniedActionSet?: DiskDeniedActions[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDisksReturnable: 查看云硬盘是否可退还 */
export interface DescribeDisksReturnableRequest {
    /**
     * 云硬盘ID列表。每次批量请求云硬盘的上限为 10。可通过DescribeDisks接口返回值中的DiskId获取。
     *
     * @example ["lhdisk-eobj8huv"]
     */
    DiskIds?: string[] | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @example 0
     */
    Offset?: number | undefined;
}
/** Output of DescribeDisksReturnable: 查看云硬盘是否可退还 */
export interface DescribeDisksReturnableResponse {
    /** 可退还云硬盘详细信息列表。 */
    DiskReturnableSet?: DiskReturnable[] | undefined;
    /**
     * 符合条件的云硬盘数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DetachDisks: 卸载云硬盘 */
export interface DetachDisksRequest {
    /**
     * 云硬盘ID列表。每次批量请求云硬盘的上限为 100。可通过DescribeDisks接口返回值中的DiskId获取。
     *
     * @example ["lhdisk-eobj8huv"]
     */
    DiskIds: string[];
}
/** Output of DetachDisks: 卸载云硬盘 */
export interface DetachDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquirePriceCreateDisks: 新购云硬盘询价 */
export interface InquirePriceCreateDisksRequest {
    /**
     * 云硬盘大小, 单位: GB。
     *
     * @example 30
     */
    DiskSize: number;
    /**
     * 云硬盘介质类型。取值: "CLOUD_PREMIUM"(高性能云盘), "CLOUD_SSD"(SSD云硬盘)。
     *
     * @example CLOUD_SSD
     */
    DiskType: string;
    /** 新购云硬盘包年包月相关参数设置。 */
    DiskChargePrepaid: DiskChargePrepaid;
    /**
     * 云硬盘个数, 默认值: 1。
     *
     * @example 1
     * @defaultValue 1
     */
    DiskCount?: number | undefined;
    /**
     * 指定云硬盘备份点配额，不传时默认为不带备份点配额。取值范围：0 到 500
     *
     * @example 1
     */
    DiskBackupQuota?: number | undefined;
}
/** Output of InquirePriceCreateDisks: 新购云硬盘询价 */
export interface InquirePriceCreateDisksResponse {
    /** 云硬盘价格。 */
    DiskPrice?: DiskPrice | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquirePriceRenewDisks: 续费云硬盘询价 */
export interface InquirePriceRenewDisksRequest {
    /**
     * 云硬盘ID列表。每次批量请求云硬盘的上限为 1。可通过DescribeDisks接口返回值中的DiskId获取。
     *
     * @example ["lhdisk-eobj8huv"]
     */
    DiskIds: string[];
    /** 续费云硬盘包年包月相关参数设置。 */
    RenewDiskChargePrepaid: RenewDiskChargePrepaid;
}
/** Output of InquirePriceRenewDisks: 续费云硬盘询价 */
export interface InquirePriceRenewDisksResponse {
    /** 云硬盘价格。 */
    DiskPrice?: DiskPrice | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDisksAttribute: 修改云硬盘属性 */
export interface ModifyDisksAttributeRequest {
    /**
     * 云硬盘ID列表。每次批量请求云硬盘的上限为 100。可通过DescribeDisks接口返回值中的DiskId获取。
     *
     * @example ["lhdisk-p1zflrif"]
     */
    DiskIds: string[];
    /**
     * 云硬盘名称。
     *
     * @example disk-name
     */
    DiskName: string;
}
/** Output of ModifyDisksAttribute: 修改云硬盘属性 */
export interface ModifyDisksAttributeResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDisksRenewFlag: 修改云硬盘续费标识 */
export interface ModifyDisksRenewFlagRequest {
    /**
     * 云硬盘ID列表。每次批量请求云硬盘的上限为 100。可通过DescribeDisks接口返回值中的DiskId获取。
     *
     * @example ["lhdisk-eobj8huv"]
     */
    DiskIds: string[];
    /**
     * 自动续费标识。取值范围：
     * - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
     * - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
     * - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
     *
     * @example NOTIFY_AND_AUTO_RENEW
     */
    RenewFlag: "NOTIFY_AND_AUTO_RENEW" | "NOTIFY_AND_MANUAL_RENEW" | "DISABLE_NOTIFY_AND_MANUAL_RENEW";
}
/** Output of ModifyDisksRenewFlag: 修改云硬盘续费标识 */
export interface ModifyDisksRenewFlagResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDisks: 查询云硬盘 */
export interface DescribeDisksRequest {
    /**
     * 云硬盘ID列表。可通过DescribeDisks接口返回值字段KeyPairSet获取。列表长度最大值为100。
     *
     * @example ["lhdisk-p1zflrif"]
     */
    DiskIds?: string[] | undefined;
    /**
     * 过滤器列表。
     * disk-id
     * 按照【云硬盘 ID】进行过滤。
     * 类型：String
     * 必选：否
     * instance-id
     * 按照【实例ID】进行过滤。
     * 类型：String
     * 必选：否
     * disk-name
     * 按照【云硬盘名称】进行过滤。
     * 类型：String
     * 必选：否
     * zone
     * 按照【可用区】进行过滤。
     * 类型：String
     * 必选：否
     * disk-usage
     * 按照【云硬盘类型】进行过滤。
     * 类型：String
     * 必选：否取值：SYSTEM_DISK（系统盘）或 DATA_DISK（数据盘）disk-state按照【云硬盘状态】进行过滤。
     * 类型：String
     * 必选：否取值：参考数据结构Disk中DiskState取值。每次请求的 Filters 的上限为 10，Filter.Values 的上限为 100。参数不支持同时指定 DiskIds 和 Filters。
     */
    Filters?: Filter[] | undefined;
    /**
     * 返回数量，默认为20，最大值为100。
     *
     * @example 100
     */
    Limit?: number | undefined;
    /**
     * 偏移量，默认为0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 云硬盘列表排序的依据字段。取值范围："CREATED_TIME"：依据云硬盘的创建时间排序。 "EXPIRED_TIME"：依据云硬盘的到期时间排序。"DISK_SIZE"：依据云硬盘的大小排序。默认按云硬盘创建时间排序。
     *
     * @example CREATED_TIME
     */
    OrderField?: string | undefined;
    /**
     * 输出云硬盘列表的排列顺序。取值范围："ASC"：升序排列。 "DESC"：降序排列。默认按降序排列。
     *
     * @example ASC
     */
    Order?: string | undefined;
}
/** Output of DescribeDisks: 查询云硬盘 */
export interface DescribeDisksResponse {
    /** 云硬盘信息列表。 */
    DiskSet?: Disk[] | undefined;
    /**
     * 符合条件的云硬盘信息数量。
     *
     * @example 10
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of TerminateDisks: 销毁云硬盘 */
export interface TerminateDisksRequest {
    /**
     * 云硬盘ID列表。可通过DescribeDisks接口返回值中的DiskId获取。每次批量请求云硬盘的上限数量为100。
     *
     * @example ["lhdisk-p1zflrif"]
     */
    DiskIds: string[];
}
/** Output of TerminateDisks: 销毁云硬盘 */
export interface TerminateDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of CreateDisks: 创建云硬盘 */
export interface CreateDisksRequest {
    /**
     * 可用区。可通过DescribeZones返回值中的Zone获取。
     *
     * @example ap-hongkong-2
     */
    Zone: string;
    /**
     * 云硬盘大小, 单位: GB。
     *
     * @example 20
     */
    DiskSize: number;
    /**
     * 云硬盘介质类型。取值: "CLOUD_PREMIUM"(高性能云盘), "CLOUD_SSD"(SSD云硬盘)。
     *
     * @example CLOUD_SSD
     */
    DiskType: string;
    /** 云硬盘包年包月相关参数设置。 */
    DiskChargePrepaid: DiskChargePrepaid;
    /**
     * 云硬盘名称。最大长度60。
     *
     * @example disk_for_softwares
     */
    DiskName?: string | undefined;
    /**
     * 云硬盘个数。取值范围: [1, 30]。默认值: 1。
     *
     * @example 1
     * @defaultValue 1
     */
    DiskCount?: number | undefined;
    /**
     * 指定云硬盘备份点配额，取值范围: [0, 500]。不传时默认为不带备份点配额。
     *
     * @example 1
     */
    DiskBackupQuota?: number | undefined;
    /**
     * 是否自动使用代金券。默认不使用。
     *
     * @example false
     */
    AutoVoucher?: boolean | undefined;
    /** 自动挂载并初始化数据盘。 */
    AutoMountConfiguration?: AutoMountConfiguration | undefined;
}
/** Output of CreateDisks: 创建云硬盘 */
export interface CreateDisksResponse {
    /**
     * 当通过本接口来创建云硬盘时会返回该参数，表示一个或多个云硬盘ID。返回云硬盘ID列表并不代表云硬盘创建成功。可根据 DescribeDisks 接口查询返回的DiskSet中对应云硬盘的ID的状态来判断创建是否完成；如果云硬盘状态由“PENDING”变为“UNATTACHED”或“ATTACHED”，则为创建成功。
     *
     * @example ["lhdisk-2q0cs4oe"]
     */
    DiskIdSet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of IsolateDisks: 隔离云硬盘 */
export interface IsolateDisksRequest {
    /**
     * 云硬盘ID列表。一个或多个待操作的云硬盘ID。可通过DescribeDisks接口返回值中的DiskId获取。每次请求退还数据盘数量总计上限为20。
     *
     * @example ["lhdisk-eobj8huv"]
     */
    DiskIds: string[];
}
/** Output of IsolateDisks: 隔离云硬盘 */
export interface IsolateDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDisksBackupQuota: 调整云硬盘备份点配额 */
export interface ModifyDisksBackupQuotaRequest {
    /**
     * 云硬盘ID列表，可通过DescribeDisks接口查询。列表最大长度为15。
     *
     * @example ["lhdisk-guzg7nsa"]
     */
    DiskIds: string[];
    /**
     * 云硬盘备份点配额。取值范围: [0, 500]。调整后的配额必须不小于已存在的备份点数量。
     *
     * @example 4
     */
    DiskBackupQuota: number;
}
/** Output of ModifyDisksBackupQuota: 调整云硬盘备份点配额 */
export interface ModifyDisksBackupQuotaResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RenewDisks: 续费云硬盘 */
export interface RenewDisksRequest {
    /**
     * 云硬盘ID列表。一个或多个待操作的云硬盘ID。可通过DescribeDisks接口返回值中的DiskId获取。每次请求续费数据盘数量总计上限为50。
     *
     * @example [“lhdisk-afkvbns”]
     */
    DiskIds: string[];
    /** 续费云硬盘包年包月相关参数设置。 */
    RenewDiskChargePrepaid: RenewDiskChargePrepaid;
    /**
     * 是否自动使用代金券。默认不使用。
     *
     * @example true
     */
    AutoVoucher?: boolean | undefined;
}
/** Output of RenewDisks: 续费云硬盘 */
export interface RenewDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ResizeDisks: 扩容云硬盘 */
export interface ResizeDisksRequest {
    /**
     * 云硬盘ID列表，可通过DescribeDisks接口查询。列表最大长度为15。
     *
     * @example ["lhdisk-guzg7nsa"]
     */
    DiskIds: string[];
    /**
     * 扩容后的云硬盘大小。单位: GB。高性能云硬盘大小取值范围：[10, 4000] ,SSD云硬盘大小取值范围：[20, 4000]。扩容后的云硬盘大小必须大于当前云硬盘大小。
     *
     * @example 40
     */
    DiskSize: number;
}
/** Output of ResizeDisks: 扩容云硬盘 */
export interface ResizeDisksResponse {
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAllScenes: 查询全地域使用场景列表 */
export interface DescribeAllScenesRequest {
    /**
     * 使用场景ID列表。可通过DescribeAllScenes接口返回值中的SceneId获取。
     *
     * @example ["lhsc-123456"]
     */
    SceneIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 20
     */
    Limit?: number | undefined;
}
/** Output of DescribeAllScenes: 查询全地域使用场景列表 */
export interface DescribeAllScenesResponse {
    /** 使用场景详细信息列表。 */
    SceneInfoSet?: SceneInfo[] | undefined;
    /**
     * 使用场景详细信息总数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeScenes: 查看使用场景列表 */
export interface DescribeScenesRequest {
    /**
     * 使用场景ID列表。可通过DescribeScenes接口返回值中的SceneId获取。
     *
     * @example ["lhsc-123456"]
     */
    SceneIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 20
     */
    Limit?: number | undefined;
}
/** Output of DescribeScenes: 查看使用场景列表 */
export interface DescribeScenesResponse {
    /** 使用场景列表。 */
    SceneSet?: Scene[] | undefined;
    /**
     * 使用场景总数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeBundleDiscount: 查询套餐折扣 */
export interface DescribeBundleDiscountRequest {
    /**
     * 套餐 ID。可通过DescribeBundles接口返回值中的BundleId获取。
     *
     * @example bundle_bw_small1_1
     */
    BundleId: string;
}
/** Output of DescribeBundleDiscount: 查询套餐折扣 */
export interface DescribeBundleDiscountResponse {
    /**
     * 币种：CNY人民币，USD 美元。
     *
     * @example CNY
     */
    Currency?: string | undefined;
    /** 折扣梯度详情，每个梯度包含的信息有：时长，折扣数，总价，折扣价，折扣详情（用户折扣、官网折扣、最终折扣）。 */
    DiscountDetail?: DiscountDetail[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeBundles: 查询套餐 */
export interface DescribeBundlesRequest {
    /**
     * 套餐 ID 列表。每次请求批量套餐的上限为 100。可通过DescribeBundles接口返回值中的BundleId获取。
     *
     * @example ["bundle_ntp_small1_500”]
     */
    BundleIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。关于Limit的更进一步介绍请参考 API 简介中的相关小节。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 过滤器列表。
     * bundle-id
     * 按照【套餐 ID】进行过滤。
     * 类型：String
     * 必选：否
     * support-platform-type
     * 按照【系统类型】进行过滤。取值： LINUX_UNIX(Linux/Unix系统) ;WINDOWS(Windows 系统)
     * 类型：String
     * 必选：否
     * bundle-type
     * 按照 【套餐类型进行过滤】。取值：GENERAL_BUNDLE (通用型套餐); STORAGE_BUNDLE(存储型套餐);ENTERPRISE_BUNDLE( 企业型套餐);EXCLUSIVE_BUNDLE(专属型套餐);BEFAST_BUNDLE(蜂驰型套餐);STARTER_BUNDLE(入门型套餐);CAREFREE_BUNDLE(无忧型套餐);RAZOR_SPEED_BUNDLE(锐驰型套餐)
     * 类型：String
     * 必选：否
     * bundle-state
     * 按照【套餐状态】进行过滤。取值: ONLINE(在线); OFFLINE(下线);
     * 类型：String
     * 必选：否每次请求的 Filters 的上限为 10，Filter.Values 的上限为 5。参数不支持同时指定 BundleIds 和 Filters。
     */
    Filters?: Filter[] | undefined;
    /**
     * 可用区列表。默认为全部可用区。可用区可通过接口 DescribeZones 查询
     *
     * @example ["ap-guangzhou-1","ap-guangzhou-2"]
     */
    Zones?: string[] | undefined;
}
/** Output of DescribeBundles: 查询套餐 */
export interface DescribeBundlesResponse {
    /** 套餐详细信息列表。 */
    BundleSet?: Bundle[] | undefined;
    /**
     * 符合要求的套餐总数，用于分页展示。
     *
     * @example 2
     */
    TotalCount?: number | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDockerActivities: 查询Docker活动列表 */
export interface DescribeDockerActivitiesRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * Docker活动ID列表。可通过DescribeDockerActivities接口返回值中的ActivityId获取。
     *
     * @example ["lhda-nn82v77w"]
     */
    ActivityIds?: string[] | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 活动创建时间的起始值，时间戳秒数。
     *
     * @example 1553056487
     */
    CreatedTimeBegin?: number | undefined;
    /**
     * 活动创建时间的结束值，时间戳秒数。
     *
     * @example 1553056687
     */
    CreatedTimeEnd?: number | undefined;
}
/** Output of DescribeDockerActivities: 查询Docker活动列表 */
export interface DescribeDockerActivitiesResponse {
    /**
     * 总数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** Docker活动列表。 */
    DockerActivitySet?: DockerActivity[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDockerContainerConfiguration: 查询Docker容器配置信息 */
export interface DescribeDockerContainerConfigurationRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example 809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415
     */
    ContainerId: string;
}
/** Output of DescribeDockerContainerConfiguration: 查询Docker容器配置信息 */
export interface DescribeDockerContainerConfigurationResponse {
    /** Docker容器配置信息。 */
    ContainerConfiguration?: DockerContainerConfiguration | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDockerContainerDetail: 查询Docker容器详情 */
export interface DescribeDockerContainerDetailRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example 809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415
     */
    ContainerId: string;
}
/** Output of DescribeDockerContainerDetail: 查询Docker容器详情 */
export interface DescribeDockerContainerDetailResponse {
    /**
     * Docker容器详情，json字符串base64编码。
     *
     * @example WwogICAgewogICAgICAgICJJZCI6ICI4MDllOWQ0MDE0ZjA4ODExNzc5YzA3NjM5ZWMxM2E1M2VlNzBiYTE2N
     */
    ContainerDetail?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时 */
    RequestId?: string | undefined;
}
/** Input of DescribeDockerContainers: 查询容器列表 */
export interface DescribeDockerContainersRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID列表。可通过DescribeDockerContainers接口返回值中的ContainerId获取。参数不支持同时指定ContainerIds 和 Filters。
     *
     * @example ["edbc15ffac7074bf28cbc6071f422f90029154aefd9bf0392f33b247a3577a57"]
     */
    ContainerIds?: string[] | undefined;
    /**
     * 返回数量，默认为 20，最大值为 100。
     *
     * @example 20
     */
    Limit?: number | undefined;
    /**
     * 偏移量，默认为 0。
     *
     * @example 0
     */
    Offset?: number | undefined;
    /**
     * 过滤器列表。
     * container-id
     * 按照【容器ID】进行过滤。
     * 类型：String
     * 必选：否
     * container-name
     * 按照【容器名称】进行过滤。
     * 类型：String
     * 必选：否每次请求的 Filters 的上限为 10，Filter.Values 的上限为 5。参数不支持同时指定 ContainerIds 和 Filters。
     */
    Filters?: Filter[] | undefined;
}
/** Output of DescribeDockerContainers: 查询容器列表 */
export interface DescribeDockerContainersResponse {
    /**
     * 总数量。
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 容器列表。 */
    DockerContainerSet?: DockerContainer[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDockerContainer: 修改实例内的Docker容器 */
export interface ModifyDockerContainerRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example 809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415
     */
    ContainerId: string;
    /** 环境变量列表 */
    Envs?: ContainerEnv[] | undefined;
    /** 容器端口主机端口映射列表 */
    PublishPorts?: DockerContainerPublishPort[] | undefined;
    /** 容器加载本地卷列表 */
    Volumes?: DockerContainerVolume[] | undefined;
    /**
     * 运行的命令
     *
     * @example ls -l
     */
    Command?: string | undefined;
    /**
     * 容器重启策略，对应docker "--restart"参数。枚举值: no: 不自动重启。默认策略。on-failure[:max-retries]: 当容器退出码非0时重启容器。使用max-retries限制重启次数，比如on-failure:10，限制最多重启10次。always: 只要容器退出就重启。unless-stopped: 始终重新启动容器，包括在守护进程启动时，除非容器在 Docker 守护进程停止之前进入停止状态。
     *
     * @example always
     */
    RestartPolicy?: string | undefined;
}
/** Output of ModifyDockerContainer: 修改实例内的Docker容器 */
export interface ModifyDockerContainerResponse {
    /**
     * Docker活动ID。
     *
     * @example lhda-nn82v77w
     */
    DockerActivityId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RemoveDockerContainers: 删除Docker容器 */
export interface RemoveDockerContainersRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID列表。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e5534"]
     */
    ContainerIds: string[];
}
/** Output of RemoveDockerContainers: 删除Docker容器 */
export interface RemoveDockerContainersResponse {
    /**
     * Docker活动ID。
     *
     * @example lhda-nn82v77w
     */
    DockerActivityId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RenameDockerContainer: 重命名Docker容器 */
export interface RenameDockerContainerRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example 809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415
     */
    ContainerId: string;
    /**
     * 容器新的名称。
     *
     * @example Container1
     */
    ContainerName: string;
}
/** Output of RenameDockerContainer: 重命名Docker容器 */
export interface RenameDockerContainerResponse {
    /**
     * Docker活动ID。
     *
     * @example lhda-nn82v77w
     */
    DockerActivityId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RerunDockerContainer: 重新创建并运行Docker容器 */
export interface RerunDockerContainerRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /** 重新创建的容器配置。 */
    ContainerConfiguration: DockerContainerConfiguration;
    /**
     * 容器ID。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example 809e9d4014f08811779c07639ec13a53ee70ba1662016112986
     */
    ContainerId: string;
}
/** Output of RerunDockerContainer: 重新创建并运行Docker容器 */
export interface RerunDockerContainerResponse {
    /**
     * Docker活动ID。
     *
     * @example lhda-nn82v77w
     */
    DockerActivityId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RestartDockerContainers: 重启Docker容器 */
export interface RestartDockerContainersRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID列表。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e5534"]
     */
    ContainerIds: string[];
}
/** Output of RestartDockerContainers: 重启Docker容器 */
export interface RestartDockerContainersResponse {
    /**
     * Docker活动ID。
     *
     * @example lhda-nn82v77w
     */
    DockerActivityId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of RunDockerContainers: 创建并运行Docker容器 */
export interface RunDockerContainersRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /** 要创建的容器列表。 */
    Containers: DockerContainerConfiguration[];
}
/** Output of RunDockerContainers: 创建并运行Docker容器 */
export interface RunDockerContainersResponse {
    /**
     * Docker活动ID列表。
     *
     * @example ["lhda-9qq8eu91"]
     */
    DockerActivitySet?: string[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StartDockerContainers: 启动Docker容器 */
export interface StartDockerContainersRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID列表。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e5534"]
     */
    ContainerIds: string[];
}
/** Output of StartDockerContainers: 启动Docker容器 */
export interface StartDockerContainersResponse {
    /**
     * Docker活动ID。
     *
     * @example lhda-nn82v77w
     */
    DockerActivityId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of StopDockerContainers: 停止Docker容器 */
export interface StopDockerContainersRequest {
    /**
     * 实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。
     *
     * @example lhins-nwycpjl3
     */
    InstanceId: string;
    /**
     * 容器ID列表。可通过DescribeDockerContainers接口返回值中的ContainerId获取。
     *
     * @example ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e5534"]
     */
    ContainerIds: string[];
}
/** Output of StopDockerContainers: 停止Docker容器 */
export interface StopDockerContainersResponse {
    /**
     * Docker活动ID。
     *
     * @example lhda-nn82v77w
     */
    DockerActivityId?: string | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeGeneralResourceQuotas: 查询通用资源配额信息 */
export interface DescribeGeneralResourceQuotasRequest {
    /**
     * 资源名列表，可取值:
     * - GENERAL_BUNDLE_INSTANCE 通用型套餐实例
     * - STORAGE_BUNDLE_INSTANCE 存储型套餐实例
     * - ENTERPRISE_BUNDLE_INSTANCE 企业型套餐实例
     * - EXCLUSIVE_BUNDLE_INSTANCE 专属型套餐实例
     * - BEFAST_BUNDLE_INSTANCE 蜂驰型套餐实例
     * - STARTER_BUNDLE_INSTANCE 入门型套餐实例
     * - HK_EXCLUSIVE_BUNDLE_INSTANCE 中国香港专属型套餐实例
     * - CAREFREE_BUNDLE_INSTANCE 无忧型套餐实例
     * - USER_KEY_PAIR 密钥对
     * - SNAPSHOT 快照
     * - BLUEPRINT 自定义镜像
     * - FREE_BLUEPRINT 免费自定义镜像
     * - DATA_DISK 数据盘
     *
     * @example ["GENERAL_BUNDLE_INSTANCE"]
     */
    ResourceNames: string[];
}
/** Output of DescribeGeneralResourceQuotas: 查询通用资源配额信息 */
export interface DescribeGeneralResourceQuotasResponse {
    /** 通用资源配额详细信息列表。 */
    GeneralResourceQuotaSet?: GeneralResourceQuota[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeRegions: 查询地域列表 */
export interface DescribeRegionsRequest {
}
/** Output of DescribeRegions: 查询地域列表 */
export interface DescribeRegionsResponse {
    /**
     * 地域数量。
     *
     * @example 4
     */
    TotalCount?: number | undefined;
    /** 地域信息列表。 */
    RegionSet?: RegionInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of DescribeZones: 查询可用区列表 */
export interface DescribeZonesRequest {
    /**
     * 可用区列表排序的依据字段。取值范围：
     * ZONE：依据可用区排序。
     * INSTANCE_DISPLAY_LABEL：依据可用区展示标签排序，可用区展示标签包括：HIDDEN（隐藏）、NORMAL（普通）、SELECTED（默认选中），默认采用的升序排列为：['HIDDEN', 'NORMAL', 'SELECTED']。
     * 默认按可用区排序。
     *
     * @example "ZONE"
     */
    OrderField?: "ZONE" | "INSTANCE_DISPLAY_LABEL" | undefined;
    /**
     * 输出可用区列表的排列顺序。取值范围：
     * ASC：升序排列。
     * DESC：降序排列。
     * 默认按升序排列。
     *
     * @example "DESC"
     */
    Order?: "ASC" | "DESC" | undefined;
}
/** Output of DescribeZones: 查询可用区列表 */
export interface DescribeZonesResponse {
    /**
     * 可用区数量
     *
     * @example 1
     */
    TotalCount?: number | undefined;
    /** 可用区详细信息列表 */
    ZoneInfoSet?: ZoneInfo[] | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquirePriceCreateInstances: 创建实例询价 */
export interface InquirePriceCreateInstancesRequest {
    /**
     * 实例的套餐 ID。可以通过调用DescribeBundles接口获取。
     *
     * @example bundle_ntp_small1_500
     */
    BundleId: string;
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。 */
    InstanceChargePrepaid: InstanceChargePrepaid;
    /**
     * 创建数量，默认为 1。
     *
     * @example 2
     */
    InstanceCount?: number | undefined;
    /**
     * 应用镜像 ID，使用收费应用镜像时必填。可通过DescribeBlueprints接口返回值中的BlueprintId获取。
     *
     * @example lhbp-aaaabbbb
     */
    BlueprintId?: string | undefined;
}
/** Output of InquirePriceCreateInstances: 创建实例询价 */
export interface InquirePriceCreateInstancesResponse {
    /** 询价信息。 */
    Price?: Price | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}
/** Input of InquirePriceRenewInstances: 续费实例询价 */
export interface InquirePriceRenewInstancesRequest {
    /**
     * 待续费的实例ID。可通过DescribeInstances接口返回值中的InstanceId获取。每次请求批量实例的上限为50。
     *
     * @example ["lhins-11110001"]
     */
    InstanceIds: string[];
    /** 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。 */
    InstanceChargePrepaid: InstanceChargePrepaid;
    /**
     * 是否续费数据盘。默认值: false, 即不续费。
     *
     * @example false
     * @defaultValue false
     */
    RenewDataDisk?: boolean | undefined;
    /**
     * 数据盘是否对齐实例到期时间。默认值: false, 即不对齐。
     *
     * @example false
     * @defaultValue false
     */
    AlignInstanceExpiredTime?: boolean | undefined;
}
/** Output of InquirePriceRenewInstances: 续费实例询价 */
export interface InquirePriceRenewInstancesResponse {
    /** 询价信息。默认为列表中第一个实例的价格信息。 */
    Price?: Price | undefined;
    /** 数据盘价格信息列表。 */
    DataDiskPriceSet?: DataDiskPrice[] | undefined;
    /** 待续费实例价格列表。 */
    InstancePriceDetailSet?: InstancePriceDetail[] | undefined;
    /** 总计价格。 */
    TotalPrice?: TotalPrice | undefined;
    /** 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。 */
    RequestId?: string | undefined;
}

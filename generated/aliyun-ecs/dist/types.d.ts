/** Members of the flattened request parameter SystemDisk of RunInstances (SystemDisk.Category, SystemDisk.Size, SystemDisk.DiskName, SystemDisk.Description), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface RunInstancesSystemDisk {
    /**
     * 系统盘的磁盘种类。取值范围：
     * - cloud：普通云盘
     * - cloud_efficiency：高效云盘
     * - cloud_ssd：SSD 云盘
     * - ephemeral_ssd：本地 SSD 盘 InstanceType 为系列I 的规格且参数 IoOptimized 取值为 none 时，默认值：cloud。其余情况，默认值：cloud_efficiency。
     *
     * @defaultValue cloud
     */
    Category?: "cloud" | "cloud_efficiency" | "cloud_ssd" | "ephemeral_ssd" | undefined;
    /** 系统盘大小，单位为GiB。取值范围：[20, 500]该参数的取值必须大于或者等于max{20, ImageSize}。默认值：max{40, 参数ImageId对应的镜像大小} */
    Size?: string | undefined;
    /**
     * 系统盘名称。
     * - 长度为[2, 128]个英文或中文字符，必须以大小写字母或中文开头，可以包含数字、半角冒号(:)、下划线(_)或者连字符(-)。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     */
    DiskName?: string | undefined;
    /**
     * 系统盘描述。
     * - 长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     */
    Description?: string | undefined;
}
/** Members of the flattened request parameter DataDisk.n of RunInstances (DataDisk.n.Category, DataDisk.n.Size, DataDisk.n.SnapshotId, DataDisk.n.Encrypted, DataDisk.n.DiskName, DataDisk.n.Description, DataDisk.n.DeleteWithInstance), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface RunInstancesDataDisk {
    /**
     * 数据盘n的磁盘种类，n 的取值范围为 [1, 16]。取值范围：
     * - cloud：普通云盘
     * - cloud_efficiency：高效云盘
     * - cloud_ssd：SSD 云盘
     * - ephemeral_ssd：本地 SSD 盘 默认值：cloud。
     *
     * @defaultValue cloud
     */
    Category?: "cloud" | "cloud_efficiency" | "cloud_ssd" | "ephemeral_ssd" | undefined;
    /**
     * 第 n 个数据盘的容量大小，n的取值范围为 [1, 16]，内存单位为GiB。取值范围：
     * - cloud：[5, 2000]
     * - cloud_efficiency：[20, 32768]
     * - cloud_ssd：[20, 32768]
     * - ephemeral_ssd：[5, 800] 该参数的取值必须大于等于参数 SnapshotId 指定的快照的大小。
     */
    Size?: number | undefined;
    /** 创建数据盘 n 使用的快照。n 的取值范围为 [1, 16]。指定参数 DataDisk.n.SnapshotId 后，参数 DataDisk.n.Size 会被忽略，实际创建的磁盘大小为指定的快照的大小。 */
    SnapshotId?: string | undefined;
    /**
     * 数据盘 n 是否加密，n 的取值范围为 [1, 16]。取值范围：
     * - true：加密。
     * - false：不加密。
     * - 默认值：false。
     *
     * @defaultValue false
     */
    Encrypted?: "true" | "false" | undefined;
    /**
     * 数据盘名称，n 的取值范围为 [1, 16]。
     * - 长度为 [2, 128] 个英文或中文字符，必须以大小写字母或中文开头，可以包含数字、半角冒号 (:)、下划线 (_) 或者连字符 (-)。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     */
    DiskName?: string | undefined;
    /**
     * 数据盘描述，n 的取值范围为 [1, 16]。
     * - 长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     */
    Description?: string | undefined;
    /**
     * 表示数据盘是否随实例释放，n 的取值范围为 [1, 16]。取值范围：
     * - true: 实例释放时，这块磁盘随实例一起释放。
     * - false: 实例释放时，这块磁盘保留不释放。
     * 默认值: true 这个参数只对独立云盘有效，即，参数 DataDisk.n.Category 取值为 cloud、cloud_efficiency 或 cloud_ssd 的云盘，否则会报错。
     *
     * @defaultValue true
     */
    DeleteWithInstance?: boolean | undefined;
}
/** Members of the flattened request parameter Tag.n of RunInstances (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface RunInstancesTag {
    /** 实例的标签键。n 的取值范围：[1, 5]。一旦传入该值，则不允许为空字符串。最多支持 64 个字符。不能以 aliyun、http:// 或者 https:// 开头。 */
    Key?: string | undefined;
    /** 实例的标签值。n 的取值范围：[1, 5]。一旦传入该值，可以为空字符串。最多支持 128 个字符。不能以 aliyun、http:// 或者 https:// 开头。 */
    Value?: string | undefined;
}
/** 数据类型（RunInstances）: an unnamed inline type table, read as the definition of InstanceIdSet, the one type the response names without defining it */
export interface InstanceIdSet {
    /** 全局唯一的实例ID，是访问实例的唯一标识。 */
    InstanceId?: string | undefined;
}
/** Members of the flattened request parameter DataDisk.n of CreateInstance (DataDisk.n.Encrypted, DataDisk.n.Size, DataDisk.n.Category, DataDisk.n.SnapshotId, DataDisk.n.DiskName, DataDisk.n.Description, DataDisk.n.Device, DataDisk.n.DeleteWithInstance), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface CreateInstanceDataDisk {
    /**
     * 数据盘N是否加密。取值范围：
     * - true: 加密。
     * - false: 不加密。 默认值: false。
     *
     * @defaultValue false
     */
    Encrypted?: boolean | undefined;
    /**
     * 数据盘n的磁盘大小，n的取值范围为1~16，单位为GiB，取值范围：
     * - cloud: 5~2000
     * - cloud_efficiency: 20~32768
     * - cloud_ssd: 20~32768
     * - ephemeral_ssd: 5~800
     * 指定该参数后，必须大于等于指定快照SnapshotId的大小。
     */
    Size?: number | undefined;
    /**
     * 数据盘n的磁盘种类，n的取值范围为1~16，取值范围：
     * - cloud: 普通云盘
     * - cloud_efficiency: 高效云盘
     * - cloud_ssd: SSD云盘
     * - ephemeral_ssd: 本地SSD盘
     * InstanceType为系列I的规格且I/O优化类型为none时，默认值：cloud。否则，默认值：cloud_efficiency。
     *
     * @defaultValue cloud
     */
    Category?: string | undefined;
    /** 创建数据盘使用的快照。指定该参数后，DataDisk.n.Size会被忽略，实际创建的磁盘大小为指定快照的大小。 */
    SnapshotId?: string | undefined;
    /**
     * 数据盘名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）和连接号（-），不能以http://和https://开头。
     * 不填则为空，默认值为空。
     */
    DiskName?: string | undefined;
    /**
     * 数据盘描述，2~256个字符。不能以http://和https://开头。
     * 不填则为空，默认值为空。
     */
    Description?: string | undefined;
    /**
     * 空表示由系统默认分配，/dev/xvdb开始到/dev/xvdz。
     * 默认值为空。
     */
    Device?: string | undefined;
    /**
     * 数据盘是否随实例释放，取值范围：
     * - true: 实例释放时，磁盘随实例一起释放。
     * - false: 实例释放时，磁盘保留不释放。
     * 默认值：true。该参数只对独立云盘（DataDisk.n.Category为cloud、cloud_efficiency或cloud_ssd）有效，否则会报错。
     *
     * @defaultValue true
     */
    DeleteWithInstance?: boolean | undefined;
}
/** Members of the flattened request parameter SystemDisk of CreateInstance (SystemDisk.Category, SystemDisk.Size, SystemDisk.DiskName, SystemDisk.Description), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface CreateInstanceSystemDisk {
    /**
     * 系统盘的磁盘种类，取值范围：
     * - cloud：普通云盘
     * - cloud_efficiency：高效云盘
     * - cloud_ssd：SSD云盘
     * - ephemeral_ssd：本地SSD盘
     * InstanceType为系列I的规格且I/O优化类型为none时，默认值：cloud。否则，默认值：cloud_efficiency。
     *
     * @defaultValue cloud
     */
    Category?: "cloud" | "cloud_efficiency" | "cloud_ssd" | "ephemeral_ssd" | undefined;
    /**
     * 系统盘大小，单位为GiB，取值范围：
     * - cloud：40~500
     * - cloud_efficiency：40~500
     * - cloud_ssd：40~500
     * - ephemeral_ssd：40~500
     * 默认值为max{40, ImageSize}。指定该参数后，必须大于或等于max{40, ImageSize}。
     */
    Size?: number | undefined;
    /**
     * 系统盘名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）和连接号（-）。不能以http://和https://开头。
     * 不填则为空，默认值为空。
     */
    DiskName?: string | undefined;
    /**
     * 系统盘描述，2~256个字符，不能以http://和https://开头。
     * 不填则为空，默认值为空。
     */
    Description?: string | undefined;
}
/** 数据类型 DetachInstanceRamRoleResult（DetachInstanceRamRole） */
export interface DetachInstanceRamRoleResult {
    /** 准备收回实例 RAM 角色的 ECS 实例。 */
    InstanceId?: string | undefined;
    /** 判断是否成功收回实例 RAM 角色。返回值为 200 表示成功收回，返回其他值表示收回失败，失败原因参阅 错误码。 */
    Code?: number | undefined;
    /** 判断是否成功收回实例 RAM 角色。返回值为 Success 表示成功收回，返回其他值表示收回失败，失败原因参阅 错误码。 */
    Message?: string | undefined;
}
/** Members of the flattened request parameter Tag.n of DescribeInstances (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface DescribeInstancesTag {
    /** 标签 key, n 从 1 开始, 最大为 5。 不允许为空字符串。 */
    Key?: string | undefined;
    /** 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。 */
    Value?: string | undefined;
}
/** Members of the flattened request parameter Tag.n of DescribeDisks (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface DescribeDisksTag {
    /**
     * 标签 key, n 从 1 开始，最大为 5。
     * 不允许为空字符串。
     */
    Key?: string | undefined;
    /**
     * 标签 value, n 从 1 开始，最大为 5。
     * 允许为空字符串。
     */
    Value?: string | undefined;
}
/** Members of the flattened request parameter Tag.n of DescribeSnapshots (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface DescribeSnapshotsTag {
    /** 标签 key, n 从 1 开始, 最大为 5。 不允许为空字符串。 */
    Key?: string | undefined;
    /** 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。 */
    Value?: string | undefined;
}
/** Members of the flattened request parameter DiskDeviceMapping.n of CreateImage (DiskDeviceMapping.n.Size, DiskDeviceMapping.n.SnapshotId), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface CreateImageDiskDeviceMapping {
    /** 磁盘的大小，取值范围：[5-2000GB]。 如果不指定，默认快照的大小。 如果没有指定快照ID，默认5GB。 如果指定了大小，不能小于快照的大小。 */
    Size?: string | undefined;
    /** 快照ID。 */
    SnapshotId?: string | undefined;
}
/** Members of the flattened request parameter Tag.n of DescribeImages (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface DescribeImagesTag {
    /** 标签 key，n 从 1 开始，最大为 5。 不允许为空字符串。 */
    Key?: string | undefined;
    /** 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。 */
    Value?: string | undefined;
}
/** Members of the flattened request parameter DiskDeviceMapping.n of ImportImage (DiskDeviceMapping.n.Format, DiskDeviceMapping.n.OSSBucket, DiskDeviceMapping.n.OSSObject, DiskDeviceMapping.n.DiskImageSize), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface ImportImageDiskDeviceMapping {
    /**
     * 镜像格式，支持RAW、VHD和qcow2。 默认值：RAW。
     *
     * @defaultValue RAW
     */
    Format?: string | undefined;
    /** 镜像文件所在用户的OSS Bucket。 */
    OSSBucket: string;
    /** 镜像文件所在用户的OSS Object的key。 */
    OSSObject: string;
    /**
     * 镜像文件创建系统盘的大小，一定要确保系统盘的空间大于或者等于文件系统的空间。
     * - Linux类型，取值范围：20 GiB~1 TiB，默认：20 GiB。
     * - Windows类型，取值范围：40 GiB~1 TiB，默认：40 GiB。
     */
    DiskImageSize?: string | undefined;
}
/** Members of the flattened request parameter Tag.n of DescribeSecurityGroups (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface DescribeSecurityGroupsTag {
    /** 标签 key, n 从 1 开始, 最大为 5。 不允许为空字符串。 */
    Key?: string | undefined;
    /** 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。 */
    Value?: string | undefined;
}
/** Members of the flattened request parameter Tag.n of AddTags (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface AddTagsTag {
    /** 标签 key，n 从 1 开始，最大为 5。最多支持 64 个字符。 不支持 aliyun 开头。 不支持 http:// 和 https:// 开头。 不允许为空字符串。 */
    Key: string;
    /** 标签 value，n 从 1 开始，最大为 5。 最多支持 128 个字符。 不支持 aliyun 开头。 不支持 http:// 和 https:// 开头。 允许为空字符串。 */
    Value: string;
}
/** Members of the flattened request parameter Tag.n of RemoveTags (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface RemoveTagsTag {
    /** 标签 key, 最长为 64 字符, n 从 1 开始, 最大为 5。 */
    Key?: string | undefined;
    /** 标签 value, 最长为128 字符, n 从 1 开始, 最大为 5。 如果不指定该参数, 则解绑指定资源上 Key 为指定的 Tag.n.Key 的 Tag。 */
    Value?: string | undefined;
}
/** Members of the flattened request parameter Tag.n of DescribeTags (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>. */
export interface DescribeTagsTag {
    /** 标签 key，n 从 1 开始，最大为 5。 */
    Key?: string | undefined;
    /** 标签 value，n 从 1 开始，最大为 5。 */
    Value?: string | undefined;
}
/**
 * 允许创建的资源类型。
 * 节点名：接口决定。
 */
export interface AvailableResourceCreationType {
    /**
     * 资源类型如下：
     * - Instance：支持实例创建。
     * - IoOptimized：支持IO优化的实例创建。
     * - Disk：支持磁盘创建。
     * - VSwitch：支持专有网络创建。
     */
    ResourceTypes?: Array<"Instance" | "IoOptimized" | "Disk" | "VSwitch" | (string & {})> | undefined;
}
/**
 * 支持的磁盘种类。
 * 节点名：接口决定。
 */
export interface AvailableDiskCategoriesType {
    /**
     * 磁盘种类
     * - cloud：支持创建普通云盘和独立普通云盘。
     * - cloud_ssd：支持创建SSD云盘。
     */
    DiskCategories?: Array<"cloud" | "cloud_ssd" | (string & {})> | undefined;
}
/**
 * 共享带宽包描述信息。
 * 节点名：接口决定。
 */
export interface BandwidthPackageItemType {
    /** BandwidthPackage的ID, bwp-xxoo123。 */
    BandwidthPackageId?: string | undefined;
    /** 地域。 */
    RegionId?: string | undefined;
    /** 实例的显示名称, [2, 128] 英文或中文字符, 必须以大小写字母或中文开头, 可包含数字、小数点(.)、下划线(_)或短横线(-)。不能以 http:// 和 https:// 开头。 */
    Name?: string | undefined;
    /** 自定义描述, [2, 256] 个字符, 实例描述会显示在控制台。不填则为空, 默认为空。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /** 可用区。 */
    ZoneId?: string | undefined;
    /** 依附的NAT网关的ID。 */
    GatewayId?: string | undefined;
    /** 带宽值; 取值范围5-5000, 单位为Mbps。 */
    Bandwidth?: string | undefined;
    /** 目前只支持一种: BGP */
    ISP?: string | undefined;
    /** IP列表。每个IP有一个全局唯一的AllocatedId属性和一个IP地址属性。 */
    PublicIpAddresses?: PublicIpAddressSetType | undefined;
    /** - Normal (正常) SecurityLocked (安全风控锁定状态) */
    BusinessStatus?: string | undefined;
    /** 创建时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
}
/**
 * 列举磁盘信息项的类型。
 * 节点名：Disk
 */
export interface DiskItemType {
    /** 磁盘ID。 */
    DiskId?: string | undefined;
    /** 磁盘所属的地域 ID。 */
    RegionId?: string | undefined;
    /** 磁盘所属的可用区ID。 */
    ZoneId?: string | undefined;
    /** 磁盘名。 */
    DiskName?: string | undefined;
    /** 磁盘描述。 */
    Description?: string | undefined;
    /**
     * 磁盘类型。可选值：
     * - system: 系统盘
     * - data: 数据盘
     */
    Type?: string | undefined;
    /**
     * 磁盘种类。可选值：
     * - cloud: 普通云盘
     * - cloud_efficiency: 高效云盘
     * - cloud_ssd: SSD云盘
     */
    Category?: string | undefined;
    /** 磁盘大小，单位GB。 */
    Size?: number | undefined;
    /** 创建磁盘的镜像ID，只有通过镜像创建的磁盘才有值，否则为空。这个值在磁盘的生命周期内始终不变。 */
    ImageId?: string | undefined;
    /** 创建磁盘使用的快照，如果创建磁盘时，没有指定快照，则为空。这个值在磁盘的生命周期内始终不变。 */
    SourceSnapshotId?: string | undefined;
    /**
     * 磁盘是否可卸载。
     * - true代表是独立普通云盘，可以独立存在且可以自由在可用区内挂载和下载。
     * - false代表非独立普通云盘，只能和实例同生同灭。
     * 用户如果需要做attach和detach操作，必须先查询一下这个属性，为true的磁盘才能操作。普通云盘、ssd云盘的系统盘，该属性都为false。这个属性用户不能更改。
     */
    Portable?: string | undefined;
    /** 磁盘状态：In_use Available Attaching Detaching Creating ReIniting */
    Status?: string | undefined;
    /** 磁盘锁定原因类型。 */
    OperationLocks?: OperationLocksType | undefined;
    /** 所属Instance ID。只有在磁盘的Status为In_use时才有值，其他状态为空。 */
    InstanceId?: string | undefined;
    /**
     * 所属Instance的Device信息：比如/dev/xvdb。
     * 只有在磁盘的Status为In_use是才有值，其他状态为空。
     */
    Device?: string | undefined;
    /**
     * - True表示Instance释放时，这块磁盘随Instance一起释放。
     * - false表示 Instance释放时，这块磁盘保留不释放。
     */
    DeleteWithInstance?: string | undefined;
    /**
     * 是否同时删除自动快照，true false。
     * 通过CreateSnapshot或者在控制台创建的快照，不受这个参数的影响，始终会被保留。
     */
    DeleteAutoSnapshot?: string | undefined;
    /**
     * 磁盘是否执行自动快照策略, true false。
     * - true表示这块磁盘执行自动快照策略。
     * - false表示这块磁盘不执行自动快照策略。
     */
    EnableAutoSnapshot?: string | undefined;
    /** 创建时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
    /** 挂载时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。只有在磁盘的Status为In_use时才有意义。 */
    AttachedTime?: string | undefined;
    /** 卸载时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。只有在磁盘的Status为Available时才有意义。 */
    DetachedTime?: string | undefined;
}
/**
 * 磁盘信息列表的类型。
 * 节点名：Disks
 */
export interface DiskSetType {
    /** 磁盘信息DiskItemType项。 */
    Disk?: DiskItemType | undefined;
}
/**
 * 镜像信息的类型。
 * 节点名：Image
 */
export interface ImageType {
    /** 镜像编码。 */
    ImageId?: string | undefined;
    /** 镜像版本。 */
    ImageVersion?: string | undefined;
    /**
     * 操作系统类型，可选值包括：
     * - Windows Linux
     */
    OSType?: string | undefined;
    /** 操作系统平台。 */
    Platform?: string | undefined;
    /** 镜像系统类型：i386 x86_64。 */
    Architecture?: string | undefined;
    /** 镜像的名称。 */
    ImageName?: string | undefined;
    /** 描述信息。 */
    Description?: string | undefined;
    /** 镜像大小。 */
    Size?: number | undefined;
    /**
     * 镜像所有者别名，有效值包括：
     * - system - 系统公共镜像 self - 用户的自定义镜像 others - 其他用户的公开镜像
     */
    ImageOwnerAlias?: string | undefined;
    /** 操作系统的显示名称。 */
    OSName?: string | undefined;
    /** 镜像下包含磁盘和快照的系统描述。 */
    DiskDeviceMappings?: DiskDeviceMapping | undefined;
    /** 镜像完成的进度，单位为百分比。 */
    Progress?: string | undefined;
    /**
     * 镜像的状态，可能的值包括：
     * - Unavailable 不可用 Available 可用 Creating 创建中 CreateFailed 创建失败
     */
    Status?: string | undefined;
    /** 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
    /** 有引用关系的资源类型，instance none。 */
    Usage?: string | undefined;
    /** 是否是拷贝的镜像，true false。 */
    IsCopied?: string | undefined;
}
/**
 * 包含实例监控数据的类型。
 * 节点名：InstanceMonitorData
 */
export interface InstanceMonitorDataType {
    /** 实例ID。 */
    InstanceId?: string | undefined;
    /** CPU的使用比例，单位：百分比（%）。 */
    CPU?: number | undefined;
    /** 云服务器实例接收到的数据流量，单位：kbit。 */
    IntranetRX?: number | undefined;
    /** 云服务器实例发送的数据流量，单位：kbit。 */
    IntranetTX?: number | undefined;
    /** 云服务器实例的带宽（单位时间内的网络流量），单位为kbit/s。 */
    IntranetBandwidth?: number | undefined;
    /** 云服务器实例接收到的数据流量，单位：kbit。 */
    InternetRX?: number | undefined;
    /** 云服务器实例接发送的数据流量，单位：kbit。 */
    InternetTX?: number | undefined;
    /** 云服务器实例的带宽（单位时间内的网络流量），单位为kbit/s。 */
    InternetBandwidth?: number | undefined;
    /** 系统盘IO读操作，单位：次/s。 */
    IOPSRead?: number | undefined;
    /** 系统盘IO写操作，单位：次/s。 */
    IOPSWrite?: number | undefined;
    /** 系统盘磁盘读带宽，单位：Byte/s。 */
    BPSRead?: number | undefined;
    /** 系统盘磁盘写带宽，单位：Byte/s。 */
    BPSWrite?: number | undefined;
    /** 查询流量的时间点，按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    TimeStamp?: string | undefined;
}
/**
 * 包含实例状态的类型。
 * 节点名：InstanceStatus
 */
export interface InstanceStatusItemType {
    /** 实例ID */
    InstanceId?: string | undefined;
    /** 实例状态 */
    Status?: string | undefined;
}
/**
 * 实例资源规格项的类型。
 * 节点名：InstanceType
 */
export interface InstanceTypeItem {
    /** 实例规格的ID。 */
    InstanceTypeId?: string | undefined;
    /** CPU的内核数目。 */
    CpuCoreCount?: number | undefined;
    /** 内存大小，单位GiB。 */
    MemorySize?: number | undefined;
    /** 实例规格族。 */
    InstanceTypeFamily?: string | undefined;
}
/**
 * 包含 IP 地址的集合。
 * 节点名：由接口决定。
 */
export interface IpAddressSetType {
    /** IP地址。 */
    IpAddress?: string[] | undefined;
}
/**
 * 包含实例状态的项的集合。
 * 节点名：InstanceStatuses
 */
export interface InstanceStatusSetType {
    /** 由InstanceStatusItemType组成的集合。 */
    InstanceStatus?: InstanceStatusItemType[] | undefined;
}
/**
 * 弹性网卡（ENI）类型的数据类型。
 * 节点名：由接口确定。
 */
export interface NetworkInterfaceType {
    /** 弹性网卡的 ID */
    NetworkInterfaceId?: string | undefined;
    /** 弹性网卡主私有 IP 地址 */
    PrimaryIpAddress?: string | undefined;
    /** 弹性网卡的 MAC 地址 */
    MacAddress?: string | undefined;
}
/**
 * 弹性网卡（ENI）集合的数据类型。
 * 节点名：由接口确定。
 */
export interface NetworkInterfaceSet {
    /** 弹性网卡 ID */
    NetworkInterfaceId?: string | undefined;
    /** 弹性网卡的状态 */
    Status?: string | undefined;
    /** 弹性网卡类型 */
    Type?: string | undefined;
    /** VPC ID */
    VpcId?: string | undefined;
    /** 指定 VPC 的交换机 ID */
    VSwitchId?: string | undefined;
    /** 可用区的 ID */
    ZoneId?: string | undefined;
    /** 弹性网卡关联的公网 IP */
    AssociatedPublicIp?: AssociatedPublicIp | undefined;
    /** 弹性网卡主私有 IP 地址 */
    PrivateIpAddress?: string | undefined;
    /** PrivateIp 组成的集合 */
    PrivateIpSet?: PrivateIpSet | undefined;
    /** 弹性网卡的 MAC 地址 */
    MacAddress?: string | undefined;
    /** 所属的安全组集合 */
    SecurityGroupIds?: SecurityGroupIdSetType | undefined;
    /** 弹性网卡的名称 */
    NetworkInterfaceName?: string | undefined;
    /** 弹性网卡描述信息 */
    Description?: string | undefined;
    /** 弹性网卡附加的实例 ID */
    InstanceId?: string | undefined;
    /** 创建时间。按照ISO8601标准表示，并需要使用 UTC 时间。格式为：YYYY-MM-DDThh:mmZ */
    CreationTime?: string | undefined;
}
/**
 * 资源的锁定原因类型。
 * 节点名：OperationLock
 */
export interface OperationLocksType {
    /** 锁定类型，因安全原因被锁定。 */
    LockReason?: string[] | undefined;
}
/**
 * 安全组规则任命类型。
 * 节点名：Permissions
 */
export interface PermissionSetType {
    /** 安全组规则PermissionType。 */
    Permission?: PermissionType | undefined;
}
/**
 * 安全组规则类型。
 * 节点名：Permission
 */
export interface PermissionType {
    /** IP协议。 */
    IpProtocol?: string | undefined;
    /** 端口范围。 */
    PortRange?: string | undefined;
    /** 源IP地址段，用于Ingress授权。 */
    SourceCidrIp?: string | undefined;
    /** 源安全组，用于Ingress授权。 */
    SourceGroupId?: string | undefined;
    /** 源安全组所属账户。 */
    SourceGroupOwnerAccount?: string | undefined;
    /** 目标IP地址段，用于Egress授权。 */
    DestCidrIp?: string | undefined;
    /** 目标安全组，用于Egress授权。 */
    DestGroupId?: string | undefined;
    /** 目标安全组所属账户ID。 */
    DestGroupOwnerAccount?: string | undefined;
    /** 授权策略。 */
    Policy?: string | undefined;
    /** 网络类型。 */
    NicType?: string | undefined;
    /** 规则优先级。 */
    Priority?: string | undefined;
    /** 授权方向。 */
    Direction?: string | undefined;
    /** 描述信息。 */
    Description?: string | undefined;
}
/**
 * Region 信息的类型。
 * 节点名：Region
 */
export interface RegionType {
    /** Region ID。 */
    RegionId?: string | undefined;
    /** Region名称。 */
    LocalName?: string | undefined;
}
/**
 * 快照详情的数据类型。
 * 节点名：由接口确定。
 */
export interface SnapshotType {
    /** 快照ID。 */
    SnapshotId?: string | undefined;
    /** 快照显示名称。如果创建时指定了快照显示名称，则返回。 */
    SnapshotName?: string | undefined;
    /** 描述信息。 */
    Description?: string | undefined;
    /** 快照创建进度，单位为百分比。 */
    Progress?: string | undefined;
    /** 源磁盘ID，如果快照的源磁盘已经被删除，该字段仍旧保留。 */
    SourceDiskId?: string | undefined;
    /** 源磁盘容量，GB。 */
    SourceDiskSize?: number | undefined;
    /** 源磁盘属性，System Data。 */
    SourceDiskType?: string | undefined;
    /** 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
    /** 快照状态，progressing accomplished failed。 */
    Status?: string | undefined;
    /** 有引用关系的资源类型，image disk image_disk none。 */
    Usage?: string | undefined;
}
/**
 * 安全组 ID 集合的数据类型。
 * 节点名：SecurityGroupIds
 */
export interface SecurityGroupIdSetType {
    /** 安全组ID。 */
    SecurityGroupId?: string[] | undefined;
}
/**
 * 安全组集合的类型。
 * 节点名：SecurityGroups
 */
export interface SecurityGroupSetType {
    /** 安全组SecurityGroupItemTy pe。 */
    SecurityGroup?: SecurityGroupItemType | undefined;
}
/**
 * 安全组集合的类型。
 * 节点名：SecurityGroups
 */
export interface SecurityGroupItemType {
    /** 安全组ID。 */
    SecurityGroupId?: string | undefined;
    /** 安全组名称。 */
    SecurityGroupName?: string | undefined;
    /** 描述信息。 */
    Description?: string | undefined;
    /** 安全组所属的专有网络。 */
    VpcId?: string | undefined;
    /** 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
}
/**
 * 自动快照策略类型，自动快照策略的详细设置信息。
 * 节点名：由接口决定。
 */
export interface AutoSnapshotPolicyType {
    /** 自动快照策略ID。 */
    AutoSnapshotPolicyId?: string | undefined;
    /** 自动快照策略所属的RegionId。 */
    RegionId?: string | undefined;
    /** 自动快照策略的名称。 */
    AutoSnapshotPolicyName?: string | undefined;
    /** 指定自动快照的创建时间点。最小单位为小时，从 00:00~23:00 共 24 个时间点可选，参数为 0~23 的数字，如：1 代表在 01:00 时间点。可以选定多个时间点。 传递参数为一个带有格式的 Json Array: ["0", "1", ... "23"]，最多 24 个时间点，用半角逗号字符隔开。 */
    TimePoints?: string | undefined;
    /** 指定自动快照的重复日期。选定周一到周日中需要创建快照的日期，参数为 1~7 的数字，如：1 表示周一。允许选择多个日期。 传递参数为一个带有格式的 Json Array: ["1", "2" ... "7"]。 */
    RepeatWeekdays?: string | undefined;
    /**
     * 指定自动快照的保留时间，单位为天。
     * - -1: 永久保存 1~65536: 指定保存天数
     */
    RetentionDays?: number | undefined;
    /** 启用该策略的磁盘数量。 */
    DiskNums?: number | undefined;
    /** 快照锁定原因类型。 */
    OperationLocks?: OperationLocksType | undefined;
    /** 自动快照策略状态，Creating Available。 */
    Status?: string | undefined;
    /** 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
}
/**
 * 自动快照执行状态类型，返回上一次的执行结果。
 * 节点名：接口决定。
 */
export interface AutoSnapshotExecutionStatusType {
    /**
     * 返回最近一次执行的状态：Standby Executed Failed。
     * - Standby：刚设置完成还未开始执行或者系统盘的策略被关闭。
     * - Executed：执行成功。
     * - Failed：执行失败。
     */
    SystemDiskExecutionStatus?: "Standby" | "Executed" | "Failed" | (string & {}) | undefined;
    /**
     * 返回最近一次执行的状态：Standby Executed Failed。
     * - Standby：刚设置完成还未开始执行或者数据盘的策略被关闭。
     * - Executed：执行成功。
     * - Failed：执行失败。
     */
    DataDiskExecutionStatus?: "Standby" | "Executed" | "Failed" | (string & {}) | undefined;
}
/**
 * 描述镜像和快照的关系。
 * 节点名：接口决定。
 */
export interface DiskDeviceMapping {
    /** 快照ID。 */
    SnapshotId?: string | undefined;
    /** 生成磁盘的大小。 */
    Size?: string | undefined;
    /** 生成磁盘的Device信息：比如/dev/xvdb。 */
    Device?: string | undefined;
    /** 镜像格式。 */
    Format?: string | undefined;
    /** 导入镜像的OSS的bucket。 */
    ImportOSSBucket?: string | undefined;
    /** 导入镜像文件的所属OSS的object。 */
    ImportOSSObject?: string | undefined;
}
/**
 * 包含 VPC信息的集合。
 * 节点名：接口决定。
 */
export interface VpcSetType {
    /** VpcId。 */
    VpcId?: string | undefined;
    /** VPC所在的地域。 */
    RegionId?: string | undefined;
    /** VPC状态, 包括Pending和Available两种。 */
    Status?: string | undefined;
    /** VPC名称, 不填则为空, 默认值为空, [2,128]英文或中文字符, 必须以大小写字母或中文开头, 可包含数字、下划线(_)或短横线(-), 这个值会展示在控制台。不能以 http:// 和 https:// 开头。 */
    VpcName?: string | undefined;
    /** VSwitchId列表。 */
    VSwitchIds?: string | undefined;
    /** VPC的网段地址。 */
    CidrBlock?: string | undefined;
    /** VRouter的ID。 */
    VRouterId?: string | undefined;
    /** 描述, 不填则为空, 默认值为空, [2,256]英文或中文字符, 不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /** 创建时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
    /** 是否为所属地域的默认专有网络: true false。 */
    IsDefault?: boolean | undefined;
    /** UserCidr 的列表。 */
    UserCidrs?: string | undefined;
}
/**
 * 包含弹性公网 IP 绑定信息的类型。
 * 节点名：接口决定。
 */
export interface EipAddressAssociateType {
    /** 弹性公网IP实例ID。 */
    AllocationId?: string | undefined;
    /** 弹性公网IP。 */
    IpAddress?: string | undefined;
    /** 弹性公网IP的公网带宽限速，默认是5Mbps。 */
    Bandwidth?: number | undefined;
}
/**
 * 包含弹性公网 IP 信息的集合。
 * 节点名：接口决定。
 */
export interface EipAddressSetType {
    /** 弹性公网IP所在的地域。 */
    RegionId?: string | undefined;
    /** 弹性公网IP。 */
    IpAddress?: string | undefined;
    /** 弹性公网IP实例ID。 */
    AllocationId?: string | undefined;
    /** 弹性公网IP当前的状态，包括Associating、Unassociating、InUse和Available。 */
    Status?: string | undefined;
    /** 范围：EcsInstance HaVip。如果当前未与任何资源绑定，则为空。 */
    InstanceType?: string | undefined;
    /** 弹性公网IP当前绑定资源的Id；如果未绑定则值为空。 */
    InstanceId?: string | undefined;
    /** 弹性公网IP的公网带宽限速，默认是5Mbps。 */
    Bandwidth?: number | undefined;
    /** LockReason组成的字符串数组，如果没有被锁定则其子节点不出现。 */
    OperationLocks?: OperationLocksType | undefined;
    /** 分配时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    AllocationTime?: string | undefined;
}
/**
 * 云服务器实例属性。
 * 节点名：接口决定。
 */
export interface InstanceAttributesType {
    /** 实例ID。 */
    InstanceId?: string | undefined;
    /** 实例的显示名称。 */
    InstanceName?: string | undefined;
    /** 实例的描述。 */
    Description?: string | undefined;
    /** 镜像ID。 */
    ImageId?: string | undefined;
    /** 实例所属地域ID。 */
    RegionId?: string | undefined;
    /** 实例所属可用区。 */
    ZoneId?: string | undefined;
    /** CPU 核数。 */
    CPU?: number | undefined;
    /** 内存大小，单位为 MB。 */
    Memory?: number | undefined;
    /** 实例资源规格。 */
    InstanceType?: string | undefined;
    /** 实例规格族。 */
    InstanceTypeFamily?: string | undefined;
    /** 实例机器名称。 */
    HostName?: string | undefined;
    /** 实例机器的序列号。 */
    SerialNumber?: string | undefined;
    /** 实例状态。 */
    Status?: string | undefined;
    /** 实例所属安全组的集合SecurityGroupIdSetType。 */
    SecurityGroupIds?: SecurityGroupIdSetType | undefined;
    /** 实例的公网 IP 地址，参见IpAddressSetType。 */
    PublicIpAddress?: IpAddressSetType | undefined;
    /** 公网入带宽最大值。 */
    InternetMaxBandwidthIn?: number | undefined;
    /** 公网出带宽最大值。 */
    InternetMaxBandwidthOut?: number | undefined;
    /** 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
    /** VpcAttributesType类型。 */
    VpcAttributes?: VpcAttributesType | undefined;
    /** EipAddressAssociateType类型。 */
    EipAddress?: EipAddressAssociateType | undefined;
    /** 实例的内网 IP 地址，参见IpAddressSetType。 */
    InnerIpAddress?: IpAddressSetType | undefined;
    /** 实例网络类型。 */
    InstanceNetworkType?: string | undefined;
    /** 锁定列表。 */
    OperationLocks?: OperationLocksType | undefined;
    /** 实例是否还可以挂载磁盘：True False。 */
    DeviceAvailable?: string | undefined;
    /** 是否是 IO 优化型实例：True False */
    IoOptimized?: string | undefined;
}
/**
 * 云服务器实例的专有网络相关属性。
 * 节点名：接口决定。
 */
export interface VpcAttributesType {
    /** 虚拟专有网络ID。 */
    VpcId?: string | undefined;
    /** 交换机ID。 */
    VSwitchId?: string | undefined;
    /** IpAddressSetType类型。 */
    PrivateIpAddress?: IpAddressSetType | undefined;
    /** 云产品IP，用于云产品之间的网络互通。 */
    NatIpAddress?: string | undefined;
}
/**
 * 包含磁盘监控数据的类型。
 * 节点名：DiskMonitorData
 */
export interface DiskMonitorDataType {
    /** 磁盘编号。 */
    DiskId?: string | undefined;
    /** 磁盘IO读操作，单位：次/s。 */
    IOPSRead?: number | undefined;
    /** 磁盘IO写操作，单位：次/s。 */
    IOPSWrite?: number | undefined;
    /** 磁盘IO读写总操作，单位：次/s。 */
    IOPSTotal?: number | undefined;
    /** 磁盘读带宽，单位：Byte/s。 */
    BPSRead?: number | undefined;
    /** 磁盘写带宽，单位：Byte/s。 */
    BPSWrite?: number | undefined;
    /** 磁盘读写总带宽，单位：Byte/s。 */
    BPSTotal?: number | undefined;
    /** 查询的时间点，按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    TimeStamp?: string | undefined;
}
/**
 * 镜像信息的类型。
 * 节点名：Account
 */
export interface AccountType {
    /** 账号ID。 */
    AliyunId?: string | undefined;
}
/**
 * 共享组类型。
 * 节点名：ShareGroup
 */
export interface ShareGroupType {
    /** 共享分组。 */
    Group?: string | undefined;
}
export interface TagSetItem {
    /** Tag 的 Key */
    TagKey?: string | undefined;
    /** Tag 的 Value */
    TagValue?: string | undefined;
    /** 标签绑定的资源数量, 参考 ResourceTypeCountItem */
    ResourceTypeCount?: ResourceTypeCountItem[] | undefined;
}
export interface ResourceTypeCountItem {
    /** 资源类型 */
    ResourceType?: string | undefined;
    /** 绑定的该类资源数量 */
    Count?: string | undefined;
}
/**
 * 支持的实例规格种类。
 * 节点名：接口决定。
 */
export interface AvailableInstanceTypesType {
    /** 实例规格种类。 */
    InstanceTypes?: string[] | undefined;
}
/**
 * 实例规格族项的类型。
 * 节点名：InstanceTypeFamily
 */
export interface InstanceTypeFamilyItemType {
    /** 实例规格族 ID。 */
    InstanceTypeFamilyId?: string | undefined;
    /** 实例规格族所属代数。 */
    Generation?: string | undefined;
}
/**
 * 支持创建的资源类型。
 * 节点名：接口决定。
 */
export interface AvailableResourcesType {
    /** 是否 IO 优化。 */
    IoOptimized?: string | undefined;
    /** 支持的网络类型。 */
    NetworkTypes?: string | undefined;
    /** 支持的实例系列。 */
    InstanceGenerations?: string[] | undefined;
    /** 支持的实例规格族。 */
    InstanceTypeFamilies?: string[] | undefined;
    /** 支持创建的系统盘类型组成的数组。 */
    SystemDiskCategories?: string[] | undefined;
    /** 支持创建的数据盘类型组成的数组。 */
    DataDiskCategories?: string[] | undefined;
    /** 支持创建的实例规格组成的数组。 */
    InstanceTypes?: string[] | undefined;
}
/**
 * 任务类型。
 * 节点名：TaskSetType
 */
export interface TaskType {
    /** 任务ID。 */
    TaskId?: string | undefined;
    /** 操作接口名称。 */
    Action?: string | undefined;
    /**
     * 任务状态。可选值：
     * - Finished 已完成 Processing 运行中
     */
    TaskStatus?: string | undefined;
    /**
     * 是否支持取消任务。可选值：
     * - True False
     */
    SupportCancel?: string | undefined;
    /** 任务创建时间，时间类型按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
    /** 任务完成时间，时间类型按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    FinishedTime?: string | undefined;
}
/**
 * SSH 密钥对组合类型。
 * 节点名：参数决定。
 */
export interface KeyPairSetType {
    /** 密钥对 KeyPairItemType 。 */
    KeyPair?: KeyPairItemType | undefined;
}
/**
 * SSH 密钥对类型。
 * 节点名：KeyPairs
 */
export interface KeyPairItemType {
    /** 密钥对的名称。 */
    KeyPairName?: string | undefined;
    /** 密钥对的指纹。 */
    KeyPairFingerPrint?: string | undefined;
}
/**
 * 操作任务的资源操作明细。
 * 节点名：OperationProgress
 */
export interface OperationProgressType {
    /** 资源信息类型 */
    RelatedItemSet?: RelatedItemSetType | undefined;
    /**
     * 操作状态可选值：
     * - Processing 执行中 Success, 执行成功 Failed, 执行失败
     */
    OperationStatus?: string | undefined;
    /** 错误码。只有 OperationStatus 为 Failed 时才会有值，其余情况下为空。 错误信息。只有 OperationStatus 为 Failed 时才会有值，其余情况下为空。 */
    ErrorCode?: string | undefined;
    /** 错误信息。只有 OperationStatus 为 Failed 时才会有值，其余情况下为空。 */
    ErrorMsg?: string | undefined;
}
/**
 * 任务类型。
 * 节点名：RelatedItem
 */
export interface RelatedItemType {
    /** 相关项名称 */
    Name?: string | undefined;
    /** 相关项值 */
    Value?: string | undefined;
}
/**
 * 包含专线接入点信息的集合。由AccessPointType组成的list。
 * 节点名：接口决定
 * 子节点：AccessPointType。
 */
export interface AccessPointSetType {
}
/**
 * 接入点信息的类型。
 * 节点名：接口决定。
 */
export interface AccessPointType {
    /** 接入点 (AP) ID。 */
    AccessPointId?: string | undefined;
    /** 专线接入点（AP）类型，可选值为VPC：VPC接入点，可接受访问VPC类型网络的专线接入。 */
    Type?: string | undefined;
    /**
     * 专线接入点状态，可选值：
     * - Recommended：状态良好，推荐接入。
     * - Hot：接入客户较多，状态正常。
     * - Full：接入客户已满，无法接入。
     */
    Status?: "Recommended" | "Hot" | "Full" | (string & {}) | undefined;
    /** 专线接入点（AP）的名称。 */
    Name?: string | undefined;
    /** 专线接入点（AP）的描述。 */
    Description?: string | undefined;
    /** 接入点物理上所在的Region ID，不填表示接入点物理上不属于任何Region。 */
    AttachedRegionId?: string | undefined;
    /** 专线接入点（AP）所处物理位置。 */
    Location?: string | undefined;
    /** 专线接入点（AP）机房所属的运营商。 */
    HostOperator?: string | undefined;
}
/**
 * 共享带宽包列表。
 * 节点名：接口决定
 * 子节点：BandwidthPackageItemType组成的 Array。
 */
export interface BandwidthPackageSetType {
}
/**
 * 端口转发规则列表。
 * 节点名：接口决定。
 * 子节点：ForwardEntryItemType组成的 Array。
 */
export interface ForwardEntrySetType {
}
/**
 * 端口转发规则描述信息。
 * 节点名：接口决定。
 */
export interface ForwardEntryItemType {
    /** 该条目所属的转发表。 */
    ForwardTableId?: string | undefined;
    /** 转发表条目ID。 */
    ForwardEntryId?: string | undefined;
    /** 被转发的IP地址。这个IP地址是NatGW上的一个公网IP。 */
    ExternalIp?: string | undefined;
    /** 被转发的端口号，取值范围为1~65535 Any。 */
    ExternalPort?: string | undefined;
    /** 转发消息的协议类型，可选TCP UDP Any。 */
    IpProtocol?: string | undefined;
    /** 转发的目标IP地址，是一个私网IP地址。 */
    InternalIp?: string | undefined;
    /** 转发的目标端口，取值范围为1~65535 Any。 */
    InternalPort?: string | undefined;
    /** 转发条目状态，取值范围：Pending Available Modifying。 */
    Status?: string | undefined;
}
/**
 * 共享带宽包中的公网 IP 列表。
 * 节点名：接口决定。
 * 子节点：PublicIpAddressItemType组成的 Array。
 */
export interface PublicIpAddressSetType {
}
/**
 * 共享带宽包中的公网 IP 的描述信息。
 * 节点名：接口决定。
 */
export interface PublicIpAddressItemType {
    /** 该IP的ID，全局唯一。 */
    AllocationId?: string | undefined;
    /** 该IP的IP地址。 */
    IpAddress?: string | undefined;
}
/**
 * 可用区信息的类型。
 * 节点名：Zone
 */
export interface ZoneType {
    /** 可用区ID。 */
    ZoneId?: string | undefined;
    /** 可用区本地语言名。 */
    LocalName?: string | undefined;
    /** 可供创建的具体资源，AvailableResourcesType 组成的数组。 */
    AvailableResources?: AvailableResourcesType | undefined;
    /** 允许创建的实例规格类型。 */
    AvailableInstanceTypes?: AvailableInstanceTypesType | undefined;
    /** 允许创建的资源类型集合。 */
    AvailableResourceCreation?: AvailableResourceCreationType | undefined;
    /** 支持的磁盘种类集合。 */
    AvailableDiskCategories?: AvailableDiskCategoriesType | undefined;
}
/** The document names this type but never defines it; its members are rebuilt from the response examples of DescribeInstanceRamRole. */
export interface InstanceRamRoleSetType {
    InstanceId?: string | undefined;
    RamRoleName?: string | undefined;
}
/** The document names this type but never defines its members. */
export interface DeploymentSetType {
}
/** The document names this type but never defines its members. */
export interface Switch {
}
/** The document names this type but never defines its members. */
export interface Rack {
}
/** The document names this type but never defines it; its members are rebuilt from the response examples of DescribeSnapshotLinks. */
export interface SnapshotLinkType {
    SourceDiskSize?: number | undefined;
    TotalSize?: number | undefined;
    SourceDiskType?: string | undefined;
    RegionId?: string | undefined;
    SnapshotLinkId?: string | undefined;
    SourceDiskId?: string | undefined;
    TotalCount?: number | undefined;
}
/** The document names this type but never defines it; its members are rebuilt from the response examples of DescribeSecurityGroupReferences. */
export interface SecurityGroupReference {
    SecurityGroupId?: string | undefined;
    SecurityReferencingGroups?: Array<Record<string, unknown>> | undefined;
}
/** The document names this type but never defines its members. */
export interface AssociatedPublicIp {
}
/** The document names this type but never defines its members. */
export interface PrivateIpSet {
}
/** The document names this type but never defines its members. */
export interface RelatedItemSetType {
}
/** The JSON object around the list of DetachInstanceRamRoleResult in DetachInstanceRamRole's response, as the document's example shows it ({"DetachInstanceRamRoleResults": {"DetachInstanceRamRoleResult": [...]}}); the table types DetachInstanceRamRoleResults as the bare list DetachInstanceRamRoleResult[]. */
export interface DetachInstanceRamRoleDetachInstanceRamRoleResults {
    /** 由实例 RAM 角色类型 (DetachInstanceRamRoleResult) 组成的信息集。 */
    DetachInstanceRamRoleResult?: DetachInstanceRamRoleResult[] | undefined;
}
/** The JSON object around the list of InstanceAttributesType in DescribeInstances's response, as the document's example shows it ({"Instances": {"Instance": [...]}}); the table gives Instances the item type InstanceAttributesType. */
export interface DescribeInstancesInstances {
    /** 由 InstanceAttributesType 组成的数组格式, 返回实例的信息。 */
    Instance?: InstanceAttributesType[] | undefined;
}
/** The JSON object around the list of InstanceRamRoleSetType in DescribeInstanceRamRole's response, as the document's example shows it ({"InstanceRamRoleSets": {"InstanceRamRoleSet": [...]}}); the table types InstanceRamRoleSets as the bare list InstanceRamRoleSetType[]. */
export interface DescribeInstanceRamRoleInstanceRamRoleSets {
    /** 由实例 RAM 角色类型 (InstanceRamRoleSetType) 组成的信息集。 */
    InstanceRamRoleSet?: InstanceRamRoleSetType[] | undefined;
}
/** The JSON object around the list of InstanceTypeFamilyItemType in DescribeInstanceTypeFamilies's response, as the document's example shows it ({"InstanceTypeFamilies": {"InstanceTypeFamily": [...]}}); the table gives InstanceTypeFamilies the item type InstanceTypeFamilyItemType. */
export interface DescribeInstanceTypeFamiliesInstanceTypeFamilies {
    /** 由实例规格族 InstanceTypeFamilyItemType 组成的集合。 */
    InstanceTypeFamily?: InstanceTypeFamilyItemType[] | undefined;
}
/** The JSON object around the list of InstanceTypeItem in DescribeInstanceTypes's response, as the document's example shows it ({"InstanceTypes": {"InstanceType": [...]}}); the table gives InstanceTypes the item type InstanceTypeItem. */
export interface DescribeInstanceTypesInstanceTypes {
    /** 由实例规格项 InstanceTypeItem 组成的集合。 */
    InstanceType?: InstanceTypeItem[] | undefined;
}
/** The JSON object around the list of SnapshotType in DescribeSnapshots's response, as the document's example shows it ({"Snapshots": {"Snapshot": [...]}}); the table gives Snapshots the item type SnapshotType. */
export interface DescribeSnapshotsSnapshots {
    /** 快照详情 SnapshotType 组成的集合。 */
    Snapshot?: SnapshotType[] | undefined;
}
/** The JSON object around the list of SnapshotLinkType in DescribeSnapshotLinks's response, as the document's example shows it ({"SnapshotLinks": {"SnapshotLink": [...]}}); the table gives SnapshotLinks the item type SnapshotLinkType. */
export interface DescribeSnapshotLinksSnapshotLinks {
    /** 快照链信息组成的集合。 */
    SnapshotLink?: SnapshotLinkType[] | undefined;
}
/** The JSON object around the list of AutoSnapshotPolicyType in DescribeAutoSnapshotPolicyEx's response, as the document's example shows it ({"AutoSnapshotPolicys": {"AutoSnapshotPolicy": [...]}}); the table gives AutoSnapshotPolicys the item type AutoSnapshotPolicyType. */
export interface DescribeAutoSnapshotPolicyExAutoSnapshotPolicys {
    /** 自动快照策略详情AutoSnapshotPolicyType 组成的集合。 */
    AutoSnapshotPolicy?: AutoSnapshotPolicyType[] | undefined;
}
/** The JSON object around the list of ImageType in DescribeImages's response, as the document's example shows it ({"Images": {"Image": [...]}}); the table gives Images the item type ImageType. */
export interface DescribeImagesImages {
    /** 镜像信息 ImageType 组成的集合。 */
    Image?: ImageType[] | undefined;
}
/** The JSON object around the list of SecurityGroupItemType in DescribeSecurityGroups's response, as the document's example shows it ({"SecurityGroups": {"SecurityGroup": [...]}}); the table gives SecurityGroups the item type SecurityGroupItemType. */
export interface DescribeSecurityGroupsSecurityGroups {
    /** 安全组信息, 由SecurityGroupItemType 组成的集合。 */
    SecurityGroup?: SecurityGroupItemType[] | undefined;
}
/** The JSON object around the list of KeyPairItemType in DescribeKeyPairs's response, as the document's example shows it ({"KeyPairs": {"KeyPair": [...]}}); the table gives KeyPairs the item type KeyPairItemType. */
export interface DescribeKeyPairsKeyPairs {
    /** 密钥对信息集合。 */
    KeyPair?: KeyPairItemType[] | undefined;
}
/** The JSON object around the list of RegionType in DescribeRegions's response, as the document's example shows it ({"Regions": {"Region": [...]}}); the table gives Regions the item type RegionType. */
export interface DescribeRegionsRegions {
    /** 地域信息 RegionType 组成的集合。 */
    Region?: RegionType[] | undefined;
}
/** The JSON object around the list of ZoneType in DescribeZones's response, as the document's example shows it ({"Zones": {"Zone": [...]}}); the table gives Zones the item type ZoneType. */
export interface DescribeZonesZones {
    /** 数据中心信息 ZoneType 组成的集合。 */
    Zone?: ZoneType[] | undefined;
}
/** The JSON object around the list of TagSetItem in DescribeTags's response, as the document's example shows it ({"Tags": {"Tag": [...]}}); the table gives Tags the item type TagSetItem. */
export interface DescribeTagsTags {
    /** 实际返回内容的结构体列表。 */
    Tag?: TagSetItem[] | undefined;
}
/** The JSON object around the list of TaskType in DescribeTasks's response, as the document's example shows it ({"TaskSet": {"Task": [...]}}); the table gives TaskSet the item type TaskType. */
export interface DescribeTasksTaskSet {
    /** 任务集合。 */
    Task?: TaskType[] | undefined;
}
/** Input of RunInstances: 创建一台或多台 ECS 实例 */
export interface RunInstancesRequest {
    /** 实例所属的地域ID。更多详情，请调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** 镜像 ID，启动实例时选择的镜像资源。您可以通过 DescribeImages 查询您可以使用的镜像资源。 */
    ImageId?: string | undefined;
    /** 实例的资源规格。更多详情，请参见 ECS产品简介 中的实例规格族一节，也可以调用 DescribeInstanceTypes 获得最新的规格列表。 */
    InstanceType?: string | undefined;
    /** ECS实例所属安全组的ID。同一个安全组内的ECS实例可以互相访问，一个安全组最多容纳1000台实例。 */
    SecurityGroupId: string;
    /** 实例所属的可用区编号，您可以调用 DescribeZones 获取可用区列表。空表示由系统选择。默认值：空。 */
    ZoneId?: string | undefined;
    /**
     * 是否为 I/O 优化实例。取值范围：
     * - none：非I/O优化
     * - optimized：I/O优化
     * - InstanceType 为系列I 的规格默认值：none。
     * - InstanceType 为非系列I的规格默认值：optimized。
     *
     * @defaultValue none
     */
    IoOptimized?: "none" | "optimized" | undefined;
    /** Object parameter SystemDisk with the members Category, Size, DiskName, Description. */
    SystemDisk?: RunInstancesSystemDisk | undefined;
    /** Repeated parameter DataDisk.n (n from 1); each item has the members Category, Size, SnapshotId, Encrypted, DiskName, Description, DeleteWithInstance. */
    DataDisk?: RunInstancesDataDisk[] | undefined;
    /** 实例所属的HPC集群 ID。 */
    HpcClusterId?: string | undefined;
    /**
     * 交换机的ID。是否必需和ECS实例的网络类型有关：
     * - 如果创建VPC类型的ECS实例，VSwitchId为必需参数。因此，如果您的环境中只有VPC网络，必需设置VSwitchId。
     * - 如果创建经典网络类型的ECS实例，VSwitchId为非必需参数。
     */
    VSwitchId?: string | undefined;
    /**
     * 公网入带宽最大值，单位为 Mbit/s。取值范围：[1,200]，默认值：200。
     *
     * @defaultValue 200
     */
    InternetMaxBandwidthIn?: number | undefined;
    /**
     * 公网出带宽最大值，单位为 Mbit/s。取值范围：[0, 100]默认值：0，您可以提交工单请将带宽范围设置成 [0, 200]。
     *
     * @defaultValue 0
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 实例名称。
     * - 长度为[2, 128]个英文或中文字符，必须以大小写字母或中文开头，可以包含数字、点号 (.)、半角冒号 (:)、下划线 (_) 或短横线 (-)。
     * - 如果没有指定该参数，默认值为实例的InstanceId。
     * - 不能以 http:// 和 https:// 开头。
     */
    InstanceName?: string | undefined;
    /**
     * 云服务器的主机名。
     * - 点号 (.) 和短横线 (-) 不能作为 HostName 的首尾字符，不能连续使用。
     * - Windows 实例：名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线 (-) 组成，不支持点号 (.)，不能全是数字。
     * - 其他类型（Linux 等）实例：字符长度为[2, 128]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线 (-) 组成。
     */
    HostName?: string | undefined;
    /**
     * 实例的描述。
     * - 长度为 [2, 256] 个字符。
     * - 不填则为空，默认值为空。
     * - 不能以 http:// 和 https:// 开头。
     */
    Description?: string | undefined;
    /** 是否使用镜像预设的密码。使用该参数时，Password参数必须为空，同时您需要确保使用的镜像已经设置了密码。 */
    PasswordInherit?: boolean | undefined;
    /**
     * 指定创建ECS实例的数量。取值范围：[1, 100]，默认值：1。
     *
     * @defaultValue 1
     */
    Amount?: string | undefined;
    /**
     * 自动释放时间。按照ISO8601标准表示，并需要使用 UTC 时间。格式为 YYYY-MM-DDTHH:mm:ssZ。
     * - 如果秒不是00，则自动取为当前分钟开始时。
     * - 最短在当前时间之后半小时。
     * - 最久不能超过当前时间起3年。
     */
    AutoReleaseTime?: string | undefined;
    /** 实例自定义数据。需要以 Base64 方式编码，原始数据最多为 16 KB。 */
    UserData?: string | undefined;
    /**
     * 密钥对名称。
     * - Windows ECS 实例：忽略该参数。默认为空，即使填写了该参数，仍旧只执行参数Password的内容。
     * - Linux ECS 实例：如果指定该参数，默认禁用密码登录方式。
     */
    KeyPairName?: string | undefined;
    /** 实例RAM角色名称。您可以使用RAM API ListRoles 查询实例RAM角色名称。请参见相关 API CreateRole 和 ListRoles。 */
    RamRoleName?: string | undefined;
    /**
     * 是否开启安全加固。取值范围：
     * - Active：启用安全加固，只对系统镜像生效。
     * - Deactive：不启用安全加固，对所有镜像类型生效。
     */
    SecurityEnhancementStrategy?: "Active" | "Deactive" | undefined;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: RunInstancesTag[] | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一。只支持 ASCII 字符，且不能超过 64 个字符。更多详情，请参见 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of RunInstances: 创建一台或多台 ECS 实例 */
export interface RunInstancesResponse {
    /** 实例ID列表。 */
    InstanceIds?: InstanceIdSet | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateInstance: 创建 ECS 实例 */
export interface CreateInstanceRequest {
    /** 实例所属的地域ID。 */
    RegionId: string;
    /** 实例所属可用区的ID，空表示由系统选择。默认值为空。 */
    ZoneId?: string | undefined;
    /** 镜像文件ID，表示启动实例时选择的镜像资源。 */
    ImageId: string;
    /** 实例的资源规格，可选规格请参见 实例规格 。您也可以调用DescribeInstanceTypeFamilies和DescribeInstanceTypes接口获得最新的可用规格。 */
    InstanceType: string;
    /** ECS实例所属安全组的ID。同一个安全组内的ECS实例可以互相访问，一个安全组最多容纳1000台实例。 */
    SecurityGroupId: string;
    /** 实例自定义数据，需要以Base64方式编码，原始数据最多为16 KiB。 */
    UserData?: string | undefined;
    /** Repeated parameter DataDisk.n (n from 1); each item has the members Encrypted, Size, Category, SnapshotId, DiskName, Description, Device, DeleteWithInstance. */
    DataDisk?: CreateInstanceDataDisk[] | undefined;
    /** 实例的显示名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、点号(.)、下划线(_)或连接号(-)，不能以http://和https://开头。 如果没有指定该参数，默认值为实例InstanceId的值。 */
    InstanceName?: string | undefined;
    /** 实例的描述，2~256个字符，不能以http://和https://开头。 不填则为空，默认为空。 */
    Description?: string | undefined;
    /** 公网入带宽最大值，单位为Mbit/s (Mega bit per second)，取值范围：1~200。如果未指定该参数，则自动设置成200 Mbit/s。 */
    InternetMaxBandwidthIn?: string | undefined;
    /**
     * 公网出带宽最大值，单位为Mbit/s (Mega bit per second)，取值范围：
     * - 按使用带宽：0~100。如果未指定该参数，API将自动将出带宽设置成0 Mbit/s。
     * - 按使用流量：1~100。如果未指定该参数，会报错。
     */
    InternetMaxBandwidthOut?: string | undefined;
    /** 云服务器的主机名，最少2个字符。点号(.)和连接号(-)不能作为HostName的首尾字符，且不能连续使用。 Windows系统最长为15字符，可包含字母(不限制大小写)、数字和连接号(-)组成，不支持点号(.)，不能全是数字。 其他系统(Linux等)最长为30字符，可包含多个点号，点之间为一段，每段允许使用字母(不限制大小写)、数字和连接号(-)。 */
    HostName?: string | undefined;
    /**
     * 实例登录密码。8~30个字符，必须同时包含三项（大小写字母、数字和特殊符号）。
     * 支持以下特殊字符：
     * () ` ~ ! @ # $ % ^ & * - + = { } [] ; : ' < > , . ? /如果传入Password参数，请务必使用HTTPS协议调用API，避免泄露密码。
     */
    Password?: string | undefined;
    /**
     * 实例是否I/O优化。取值范围：
     * - none：非I/O优化
     * - optimized：I/O优化
     * 默认值：none。
     *
     * @defaultValue none
     */
    IoOptimized?: "none" | "optimized" | undefined;
    /** Object parameter SystemDisk with the members Category, Size, DiskName, Description. */
    SystemDisk?: CreateInstanceSystemDisk | undefined;
    /**
     * 交换机的ID。是否必需和ECS实例的网络类型有关：
     * - 如果创建VPC类型的ECS实例，VSwitchId为必需参数。因此，如果您的环境中只有VPC网络，必需设置VSwitchId。
     * - 如果创建经典网络类型的ECS实例，VSwitchId为非必需参数。
     */
    VSwitchId?: string | undefined;
    /** 实例私网的IP地址，不能单独指定。 */
    PrivateIpAddress?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，保证在不同请求间唯一，最大不超过64个ASCII字符。 */
    ClientToken?: string | undefined;
}
/** Output of CreateInstance: 创建 ECS 实例 */
export interface CreateInstanceResponse {
    /** 实例 ID，由系统生成，全局唯一，是访问实例的唯一标识。 */
    InstanceId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of StartInstance: 启动一个指定的实例 */
export interface StartInstanceRequest {
    /** 指定启动的实例 ID。 */
    InstanceId: string;
}
/** Output of StartInstance: 启动一个指定的实例 */
export interface StartInstanceResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of StopInstance: 停止一个指定的实例 */
export interface StopInstanceRequest {
    /** 指定的实例 ID。 */
    InstanceId: string;
    /**
     * 执行了重启机器操作后，是否开启强制关机策略，强制执行关机。取值：
     * - true
     * - false
     * 默认值为 false。若为 false，则走正常关机流程。若为 true，则强制关机。
     * 这里的目的就是控制关机操作是否为强制关机。
     */
    ForceStop?: string | undefined;
}
/** Output of StopInstance: 停止一个指定的实例 */
export interface StopInstanceResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of RebootInstance: 重启指定的实例 */
export interface RebootInstanceRequest {
    /** 指定实例的 ID。 */
    InstanceId: string;
    /**
     * 重启机器时的是否强制关机策略。取值：
     * - true
     * - false 若为 false，则走正常关机流程；若为 true，则强制关机。 如果不指定，则默认值为 false。
     */
    ForceStop?: string | undefined;
}
/** Output of RebootInstance: 重启指定的实例 */
export interface RebootInstanceResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteInstance: 根据传入实例的名称来释放实例资源 */
export interface DeleteInstanceRequest {
    /** 实例 ID。 */
    InstanceId: string;
}
/** Output of DeleteInstance: 根据传入实例的名称来释放实例资源 */
export interface DeleteInstanceResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AttachInstanceRamRole: 为您的 ECS 实例授予实例 RAM 角色 */
export interface AttachInstanceRamRoleRequest {
    /** 地域 ID。Region ID 的列表详见 地域和可用区。 */
    RegionId: string;
    /** 实例 ID 的集合，最多 100 台实例， ["instanceId1", "instanceId2", "instanceId3" ...]。 */
    InstanceIds: string[];
    /** 实例 RAM 角色名称。名称由 RAM 提供和维护，您可以使用 RAM API ListRoles 查询。 */
    RamRoleName: string;
}
/** Output of AttachInstanceRamRole: 为您的 ECS 实例授予实例 RAM 角色 */
export interface AttachInstanceRamRoleResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DetachInstanceRamRole: 收回 ECS 实例的实例 RAM 角色 */
export interface DetachInstanceRamRoleRequest {
    /** 地域 ID。Region ID 的列表详见地域和可用区。 */
    RegionId: string;
    /** 指定收回的实例 ID 的集合。最多支持一次查询100台实例，格式为 ["instanceId1", "instanceId2", "instanceId3"...]。 */
    InstanceIds: string;
    /** 收回赋予了某一实例RAM角色的所有ECS实例。您可以使用 RAM API ListRoles 查询您已创建的实例 RAM 角色。 */
    RamRoleName?: string | undefined;
}
/** Output of DetachInstanceRamRole: 收回 ECS 实例的实例 RAM 角色 */
export interface DetachInstanceRamRoleResponse {
    /** 收回失败的实例 RAM 角色的个数。 */
    FailCount?: number | undefined;
    /** 收回实例 RAM 角色的名称。 */
    RamRoleName?: string | undefined;
    /** 由实例 RAM 角色类型 (DetachInstanceRamRoleResult) 组成的信息集。 */
    DetachInstanceRamRoleResults?: DetachInstanceRamRoleDetachInstanceRamRoleResults | undefined;
    /** 收回的实例 RAM 角色的总个数。 */
    TotalCount?: number | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceStatus: 批量获取当前用户所有实例的状态信息，也可用于获取实例列表 */
export interface DescribeInstanceStatusRequest {
    /** 实例所属的 RegionID。 */
    RegionId: string;
    /** 实例所属可用区。 */
    ZoneId?: string | undefined;
    /** 实例状态列表的页码，起始值为 1，默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数，最大值 50 行，默认值为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeInstanceStatus: 批量获取当前用户所有实例的状态信息，也可用于获取实例列表 */
export interface DescribeInstanceStatusResponse {
    /** 实例总个数。 */
    TotalCount?: number | undefined;
    /** 实例列表的页码。 */
    PageNumber?: number | undefined;
    /** 输入时设置的每页行数。 */
    PageSize?: number | undefined;
    /** 由 InstanceStatusItemType 组成的数组格式，返回实例的状态信息。 */
    InstanceStatuses?: InstanceStatusSetType | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstances: 查询所有实例的详细信息 */
export interface DescribeInstancesRequest {
    /** 地域。 */
    RegionId: string;
    /** 专有网络 ID。 */
    VpcId?: string | undefined;
    /** 交换机 ID。 */
    VSwitchId?: string | undefined;
    /** 可用区 ID。 */
    ZoneId?: string | undefined;
    /** 实例的编号列表一个带有格式的 Json Array: ["i-xxxxxxxx", "i-yyyyyyyy", ... "izzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。 */
    InstanceIds?: string | undefined;
    /** 实例的规格。 */
    InstanceType?: string | undefined;
    /** 实例的规格族。 */
    InstanceTypeFamily?: string | undefined;
    /** 实例网络类型。 */
    InstanceNetworkType?: string | undefined;
    /** VPC 类型实例的私网 IP 列表。当 NetworkType 为 VPC 时，这个参数生效。 一个带有格式的 Json Array: ["172.16.1.1", "172.16.2.1", ... "172.16.10.1"], 最多 100 个 IP，用半角逗号字符隔开。 */
    PrivateIpAddresses?: string | undefined;
    /** 实例所属的安全组。 */
    SecurityGroupId?: string | undefined;
    /** 实例名称。 */
    InstanceName?: string | undefined;
    /** 镜像 ID。 */
    ImageId?: string | undefined;
    /**
     * 实例状态，可选值：
     * - Running
     * - Starting
     * - Stopping
     * - Stopped
     */
    Status?: string | undefined;
    /** 实例是否还可以挂载磁盘。可选值：True False。 */
    DeviceAvailable?: string | undefined;
    /** 是否是 I/O 优化型实例。可选值：True False。 */
    IoOptimized?: string | undefined;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: DescribeInstancesTag[] | undefined;
    /** 实例状态列表的页码, 起始值为 1, 默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数, 最大值 100 行, 默认为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeInstances: 查询所有实例的详细信息 */
export interface DescribeInstancesResponse {
    /** 实例总个数。 */
    TotalCount?: number | undefined;
    /** 实例列表的页码。 */
    PageNumber?: number | undefined;
    /** 输入时设置的每页行数。 */
    PageSize?: number | undefined;
    /** 由 InstanceAttributesType 组成的数组格式, 返回实例的信息。 */
    Instances?: DescribeInstancesInstances | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeUserData: 查询您的 ECS 实例自定义数据 */
export interface DescribeUserDataRequest {
    /** 实例所属于的 RegionID。 */
    RegionId: string;
    /** 要查询的实例ID。 */
    InstanceId: string;
}
/** Output of DescribeUserData: 查询您的 ECS 实例自定义数据 */
export interface DescribeUserDataResponse {
    /** 实例的自定义数据，并以 Base64 编码方式的方式显示。 */
    UserData?: string | undefined;
    /** 实例ID。 */
    InstanceId?: string | undefined;
    /** 地域 ID。 */
    RegionId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceRamRole: 查询某一台或者多台 ECS 实例上的已赋予的实例 RAM 角色的信息 */
export interface DescribeInstanceRamRoleRequest {
    /** 指定查询的实例 ID 的集合。最多支持一次查询100台实例，格式为 ["instanceId1", "instanceId2","instanceId3"...]。 */
    InstanceIds: string;
    /** 查询赋予了某一实例RAM角色的所有ECS实例。您可以使用 RAMAPI ListRoles 查询您已创建的实例 RAM 角色。 */
    RamRoleName?: string | undefined;
}
/** Output of DescribeInstanceRamRole: 查询某一台或者多台 ECS 实例上的已赋予的实例 RAM 角色的信息 */
export interface DescribeInstanceRamRoleResponse {
    /** 由实例 RAM 角色类型 (InstanceRamRoleSetType) 组成的信息集。 */
    InstanceRamRoleSets?: DescribeInstanceRamRoleInstanceRamRoleSets | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceTypeFamilies: 查询云服务器 ECS 提供的实例规格族资源 */
export interface DescribeInstanceTypeFamiliesRequest {
    /** 地域 ID。更多详情，请调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /**
     * 实例规格族的系列信息。取值范围：
     * - ecs-1：系列 I 实例规格，上线时间较早，性价比高。ecs-2：系列 II 实例规格族，第二次软硬件升级，实例性能增强。ecs-3：系列 III 实例规格族，最新规格族，实例性能优良，能承载不同业务需求，响应更快。
     */
    Generation?: string | undefined;
}
/** Output of DescribeInstanceTypeFamilies: 查询云服务器 ECS 提供的实例规格族资源 */
export interface DescribeInstanceTypeFamiliesResponse {
    /** 由实例规格族 InstanceTypeFamilyItemType 组成的集合。 */
    InstanceTypeFamilies?: DescribeInstanceTypeFamiliesInstanceTypeFamilies | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeInstanceTypes: 查询云服务器 ECS 提供的实例规格资源 */
export interface DescribeInstanceTypesRequest {
    /** 实例规格所属的规格族。更多详情，请参阅 ECS产品简介 的实例规格族。 */
    InstanceTypeFamily?: string | undefined;
}
/** Output of DescribeInstanceTypes: 查询云服务器 ECS 提供的实例规格资源 */
export interface DescribeInstanceTypesResponse {
    /** 由实例规格项 InstanceTypeItem 组成的集合。 */
    InstanceTypes?: DescribeInstanceTypesInstanceTypes | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstanceAttribute: 修改实例密码、实例名称、安全组等属性信息 */
export interface ModifyInstanceAttributeRequest {
    /** 指定的实例 ID。 */
    InstanceId: string;
    /** 实例的显示名称，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点（.）、下划线（_）或短横线（-）。不能以 http:// 和 https:// 开头。 */
    InstanceName?: string | undefined;
    /** 实例的描述，[2, 256] 个字符。实例描述会显示在控制台。默认为空。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /** 重置为用户指定的密码。8-30个字符，必须同时包含三项（大、小写字母、数字和特殊符号）。 支持以下特殊字符：() ` ~ ! @ # $ % ^ & * - + = { } [] ; ' < > , . ? /。 如果传入 Password 参数，请务必使用 HTTPS 协议调用 API 以避免可能发生的密码泄露。 */
    Password?: string | undefined;
    /** 实例自定义数据，需要以 Base64 的方式编码，原始数据最多为 16KB。 */
    UserData?: string | undefined;
    /** 表示操作系统内部的计算机名，最少两个字符，小数点（.）和短横线（-）不能作为HostName的首尾字符，不能连续使用。 Windows 平台最长为15字符，允许字母（不限制大小写）、数字和短横线（-）组成，不支持小数点（.），不能全是数字。 其他平台（Linux 等）最长为 30 字符，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。 */
    HostName?: string | undefined;
}
/** Output of ModifyInstanceAttribute: 修改实例密码、实例名称、安全组等属性信息 */
export interface ModifyInstanceAttributeResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstanceVpcAttribute: 修改云服务器实例的 VPC 属性 */
export interface ModifyInstanceVpcAttributeRequest {
    /** 指定的实例 ID。 */
    InstanceId: string;
    /** 新的交换机 ID，不能跨可用区修改实例的交换机。 */
    VSwitchId: string;
    /** 新的私网 IP 地址，不能单独指定。 */
    PrivateIpAddress?: string | undefined;
}
/** Output of ModifyInstanceVpcAttribute: 修改云服务器实例的 VPC 属性 */
export interface ModifyInstanceVpcAttributeResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstanceVncPasswd: 修改ECS 实例的VNC登录口令 */
export interface ModifyInstanceVncPasswdRequest {
    /** ECS实例所在的Region。 */
    RegionId: string;
    /** ECS实例。 */
    InstanceId: string;
    /** ECS实例的VNC口令。 */
    VncPassword: string;
}
/** Output of ModifyInstanceVncPasswd: 修改ECS 实例的VNC登录口令 */
export interface ModifyInstanceVncPasswdResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateDeploymentSet: 创建一个部署集 */
export interface CreateDeploymentSetRequest {
    /** 部署集所属地域 Region ID。RegionId 的列表可以通过请求参数DescribeRegions查询获取。详见 DescribeRegions 。 */
    RegionId: string;
    /** 部署集所属可用区 Zone ID。 */
    ZoneId: string;
    /** 部署集描述信息，[2,256] 个字符。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不过 64 个 ASCII 字符。具体参见附录： 如何保证幂等性 。 */
    ClientToken?: string | undefined;
    /** 部署集名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或短横线 (-)，部署集名称会展示在控制台。不能以 http:// 和 https:// 开头。 */
    DeploymentSetName?: string | undefined;
    /**
     * 部署域。取值：Default 或 Switch。默认值：Default。
     *
     * @defaultValue Default
     */
    Domain?: string | undefined;
    /**
     * 部署粒度。取值：
     * - Host：宿主机，代表最小调度粒度为一个物理服务器，是默认值。
     * - Rack：代表最小调度粒度为一个机架。
     * - Switch：代表最小调度粒度为一个网络交换机。
     * - 如果部署域是 Switch，部署粒度不能选择 Switch。
     */
    Granularity?: "Host" | "Rack" | "Switch" | undefined;
    /**
     * 部署策略。
     * - LooseDispersion：尽量分散，默认值
     * - LooseAggregation：尽量聚合
     * - StrictAggregation：严格聚合
     * - StrictDispersion：严格分散 如果部署粒度为 Switch，可以支持4种部署策略。如果部署粒度为 Rack 或者 Host，只可以选择尽量分散或者严格分散。
     */
    Strategy?: "LooseDispersion" | "LooseAggregation" | "StrictAggregation" | "StrictDispersion" | (string & {}) | undefined;
}
/** Output of CreateDeploymentSet: 创建一个部署集 */
export interface CreateDeploymentSetResponse {
    /** 部署集 ID */
    DeploymentSetId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteDeploymentSet: 删除一个部署集 */
export interface DeleteDeploymentSetRequest {
    /** 部署集所属 Region ID。RegionId 的列表可以通过请求参数 DescribeRegions 查询获取。详见 DescribeRegions 。 */
    RegionId: string;
    /** 部署集 ID。 */
    DeploymentSetId: string;
}
/** Output of DeleteDeploymentSet: 删除一个部署集 */
export interface DeleteDeploymentSetResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDeploymentSetAttribute: 修改部署集的属性 */
export interface ModifyDeploymentSetAttributeRequest {
    /** 部署集所属 Region ID。RegionId 的列表可以通过请求参数 DescribeRegions 查询获取。详见 DescribeRegions 。 */
    RegionId: string;
    /** 部署集 ID。 */
    DeploymentSetId: string;
    /** 部署集名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点（.）、下划线（_）或短横线（-），部署集名称会展示在控制台。不能以 http:// 和 https:// 开头。 */
    DeploymentSetName?: string | undefined;
    /** 部署集描述信息，[2,256] 个字符。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
}
/** Output of ModifyDeploymentSetAttribute: 修改部署集的属性 */
export interface ModifyDeploymentSetAttributeResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDeploymentSets: 查询部署集列表 */
export interface DescribeDeploymentSetsRequest {
    /** 部署集所属 Region ID。RegionId 的列表可以通过请求参数 DescribeRegions 查询获取。详见 DescribeRegions 。 */
    RegionId: string;
    /** 部署集 ID 结合，最多 100 个，一个带有格式的 Json Array: ["ps-xxxxxxxx", "ps-yyyyyyyy", ... "ps-zzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。 */
    DeploymentSetIds: string;
    /** 部署集名称。 */
    DeploymentSetName?: string | undefined;
    /**
     * 部署域。取值：Default 或 Switch。默认值：Default。
     *
     * @defaultValue Default
     */
    Domain?: string | undefined;
    /**
     * 部署粒度。 取值：
     * - Host：宿主机，代表最小调度粒度为一个物理服务器，是默认值。
     * - Rack：代表最小调度粒度为一个机架。
     * - Switch：代表最小调度粒度为一个网络交换机。
     */
    Granularity?: "Host" | "Rack" | "Switch" | undefined;
    /**
     * 部署策略。 取值：
     * - LooseDispersion: 尽量分散。默认值。
     * - LooseAggregation: 尽量聚合
     * - StrictAggregation: 严格聚合
     * - StrictDispersion: 严格分散 如果部署粒度为 Switch，可以支持4种部署策略。如果部署粒度为 Rack 或者 Host，只可以选择尽量分散或者严格分散。
     */
    Strategy?: string | undefined;
    /** 实例状态列表的页码，起始值为 1，默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数，最大值 100 行，默认为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeDeploymentSets: 查询部署集列表 */
export interface DescribeDeploymentSetsResponse {
    /** 列表总数 */
    TotalCount?: number | undefined;
    /** 列表页数 */
    PageNumber?: number | undefined;
    /** 页大小 */
    PageSize?: number | undefined;
    /** 由DeploymentSetType组成。 */
    DeploymentSetList?: DeploymentSetType | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDeploymentSetTopology: 用于获取部署集物理拓扑结构 */
export interface DescribeDeploymentSetTopologyRequest {
    /** 部署集ID。 */
    DeploymentSetId: string;
    /** 部署集所属地域ID。RegionId的列表可通过 DescribeRegions 查看完整的地域列表。 */
    RegionId: string;
}
/** Output of DescribeDeploymentSetTopology: 用于获取部署集物理拓扑结构 */
export interface DescribeDeploymentSetTopologyResponse {
    /** 由Switch组成的数组格式，返回实例的信息。 */
    Switchs?: Switch | undefined;
    /** 由Rack组成的数组格式，返回实例的信息。 */
    Racks?: Rack | undefined;
    /** 地域ID。 */
    RegionId?: string | undefined;
    /** 部署集ID。 */
    DeploymentSetId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateDisk: 创建磁盘 */
export interface CreateDiskRequest {
    /** 实例所属的 Region ID。 */
    RegionId: string;
    /** 可用区 ID。 */
    ZoneId: string;
    /** 磁盘名称，不填则为空，默认值为空，[2, 128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或短横线 (-)，磁盘名称会展示在控制台。 不能以 http:// 和 https:// 开头。 */
    DiskName?: string | undefined;
    /** 磁盘描述，不填则为空，默认值为空，[2, 256] 个字符，磁盘描述会展示在控制台。 不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /**
     * 是否加密。取值范围：
     * - true: 加密
     * - false: 不加密 默认值：false。
     *
     * @defaultValue false
     */
    Encrypted?: boolean | undefined;
    /**
     * 数据盘的磁盘种类。 可选值：
     * - cloud - 普通云盘
     * - cloud_efficiency - 高效云盘
     * - cloud_ssd - SSD云盘 默认值：cloud。
     *
     * @defaultValue cloud
     */
    DiskCategory?: string | undefined;
    /**
     * 容量大小，以GB为单位：
     * - cloud: 5 ~ 2000
     * - cloud_efficiency: 20 ~ 2048
     * - cloud_ssd: 20 ~ 1024 指定该参数后，Size大小必须大于或等于指定快照 SnapshotId 的大小。
     */
    Size?: number | undefined;
    /** 创建数据盘使用的快照指定该参数后 Size 会被忽略，实际创建的磁盘大小为指定快照的大小。 */
    SnapshotId?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。 具体参见： 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of CreateDisk: 创建磁盘 */
export interface CreateDiskResponse {
    /** 磁盘 ID */
    DiskId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeDisks: 查询磁盘信息 */
export interface DescribeDisksRequest {
    /** 磁盘所属的 Region ID。 */
    RegionId: string;
    /** 默认值为空，空代表查询所有可用区下的磁盘。 */
    ZoneId?: string | undefined;
    /** 磁盘 ID。 一个带有格式的 json Array: ["d-xxxxxxxx", "d-yyyyyyyy", ... "dzzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。 */
    DiskIds?: string | undefined;
    /** 实例 ID。 */
    InstanceId?: string | undefined;
    /** all system data，默认值为 all。 */
    DiskType?: string | undefined;
    /** 磁盘种类all cloud cloud_efficiency cloud_ssd ephemeral ephemeral_ssd。默认值为all。 */
    Category?: string | undefined;
    /** 磁盘状态In_use Available Attaching Detaching Creating ReIniting All。 默认值为 All。 */
    Status?: string | undefined;
    /** 创建磁盘使用的快照。 */
    SnapshotId?: string | undefined;
    /** 磁盘名称。 */
    DiskName?: string | undefined;
    /**
     * 磁盘是否支持卸载：
     * - true 代表是可卸载云盘，可以独立存在且可以自由在可用区内挂载和下载。
     * - false 代表不可卸载云盘，只能与实例同生同灭。
     * 用户如果需要做 attach和 detach 操作，必须先查询一下这个属性，为true 的磁盘才能操作。普通云盘、高效云盘和SSD云盘的系统盘，该属性都为 false。
     * 这个属性用户不能更改。
     */
    Portable?: string | undefined;
    /**
     * 磁盘是否随实例释放：
     * - true 表示Instance 释放时，这块磁盘随 Instance 一起释放。
     * - false 表示 Instance 释放时，这块磁盘保留不释放。
     */
    DeleteWithInstance?: string | undefined;
    /**
     * 删除磁盘时，是否同时删除自动快照。
     * - true 表示同时删除自动快照。
     * - false 表示保留自动快照。
     */
    DeleteAutoSnapshot?: string | undefined;
    /**
     * 是否将磁盘执行自动快照策略作为筛选项（前提是用户整体的自动快照策略已经开启）。
     * - true, 表示选择执行自动快照策略的磁盘。
     * - false, 表示选择不执行自动快照策略的磁盘。
     * 默认值：无，表示不改变当前的值，不作为筛选项。
     */
    EnableAutoSnapshot?: string | undefined;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: DescribeDisksTag[] | undefined;
    /** 磁盘状态列表的页码，起始值为 1，默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数，最大值 100 行，默认为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeDisks: 查询磁盘信息 */
export interface DescribeDisksResponse {
    /** 磁盘总个数。 */
    TotalCount?: number | undefined;
    /** 磁盘列表的页码。 */
    PageNumber?: number | undefined;
    /** 输入时设置的每页行数。 */
    PageSize?: number | undefined;
    /** 磁盘信息 DiskItemType 组成的集合。 */
    Disks?: DiskItemType | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AttachDisk: 挂载磁盘 */
export interface AttachDiskRequest {
    /** 目标云服务器 ID。 */
    InstanceId: string;
    /** 磁盘 ID。 磁盘和Instance 必须在同一个 Zone。 */
    DiskId: string;
    /** 空表示由系统默认分配。 /dev/xvdb 开始到/dev/xvdz。 默认值：空。 */
    Device?: string | undefined;
    /**
     * 磁盘是否随实例释放：
     * - true 表示Instance 释放时，这块磁盘随 Instance 一起释放。
     * - false 表示Instance 释放时，这块磁盘保留不释放。 默认值：无，表示保留当前值不做修改。
     */
    DeleteWithInstance?: string | undefined;
}
/** Output of AttachDisk: 挂载磁盘 */
export interface AttachDiskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DetachDisk: 卸载磁盘 */
export interface DetachDiskRequest {
    /** 目标云服务器 ID。 */
    InstanceId: string;
    /** 磁盘 ID。 磁盘和 Instance 必须在同一个 Zone。 */
    DiskId: string;
}
/** Output of DetachDisk: 卸载磁盘 */
export interface DetachDiskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyDiskAttribute: 修改磁盘属性 */
export interface ModifyDiskAttributeRequest {
    /** 磁盘 ID。 */
    DiskId: string;
    /** 磁盘名称。 不填则原值，默认值为空，[2, 128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点(.)、下划线(_)或短横线(-)，磁盘名称会展示在控制台。不能以 http:// 和 https:// 开头。 */
    DiskName?: string | undefined;
    /** 磁盘描述。 不填则保持原值，默认值为空，[2, 256] 个字符，磁盘描述会展示在控制台。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /**
     * 磁盘是否随实例释放：
     * - true 表示Instance 释放时，这块磁盘随 Instance 一起释放。
     * - false 表示Instance 释放时，这块磁盘保留不释放。 当磁盘的 category 属性为 cloud 且 Portable 属性为 false 时，该参数设置成 false 时报错。 默认值：无，表示不改变当前的值。
     */
    DeleteWithInstance?: string | undefined;
    /**
     * 删除磁盘时，是否同时删除自动快照。
     * - true 表示同时删除自动快照。
     * - false 表示保留自动快照。 默认值：无，表示不改变当前的值。
     */
    DeleteAutoSnapshot?: string | undefined;
    /**
     * 磁盘是否执行自动快照策略（前提是用户整体的自动快照策略已经开启）：
     * - true 表示这块磁盘执行自动快照策略。
     * - false 表示这块磁盘不执行自动快照策略。 默认值：无，表示不改变当前的值。
     */
    EnableAutoSnapshot?: string | undefined;
}
/** Output of ModifyDiskAttribute: 修改磁盘属性 */
export interface ModifyDiskAttributeResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ReInitDisk: 重新初始化磁盘到初始状态 */
export interface ReInitDiskRequest {
    /** 指定的磁盘设备 ID。 */
    DiskId: string;
}
/** Output of ReInitDisk: 重新初始化磁盘到初始状态 */
export interface ReInitDiskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ResetDisk: 使用指定磁盘自身的快照回滚磁盘内容 */
export interface ResetDiskRequest {
    /** 指定的磁盘设备 ID。 */
    DiskId: string;
    /** 恢复磁盘的快照 ID。 */
    SnapshotId: string;
}
/** Output of ResetDisk: 使用指定磁盘自身的快照回滚磁盘内容 */
export interface ResetDiskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ReplaceSystemDisk: 更换系统盘 */
export interface ReplaceSystemDiskRequest {
    /** 指定实例的 ID。 */
    InstanceId: string;
    /** 重置系统时使用的镜像ID。 */
    ImageId: string;
    /** 新的系统盘容量，以 GiB为单位，取值范围为：min ~ 500。其中，min=Max{40,ImageId.size}。 */
    SystemDiskSize?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。
     * 具体参见：如何保证幂等性。
     */
    ClientToken?: string | undefined;
}
/** Output of ReplaceSystemDisk: 更换系统盘 */
export interface ReplaceSystemDiskResponse {
    /** 新系统盘的磁盘 ID。 */
    DiskId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ResizeDisk: 扩容磁盘 */
export interface ResizeDiskRequest {
    /** 磁盘的编号。 */
    DiskId: string;
    /** 希望扩容到的磁盘大小。 */
    NewSize: number;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。 */
    ClientToken?: string | undefined;
}
/** Output of ResizeDisk: 扩容磁盘 */
export interface ResizeDiskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteDisk: 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立普通云盘 */
export interface DeleteDiskRequest {
    /** 需要删除的磁盘设备 ID。 */
    DiskId: string;
}
/** Output of DeleteDisk: 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立普通云盘 */
export interface DeleteDiskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of migrate_disk: 磁盘在线迁移 */
export interface migrate_diskRequest {
    /** 磁盘所在region。 */
    region_id: string;
    /** 磁盘id, 对应后羿disk_id。 */
    disk_id: string;
    /** 目标zone id */
    dest_zone_id: string;
    /** 当目标磁盘类型与源磁盘类型不一致时指定,如io3到io7; 默认与源磁盘一致。 */
    dest_disk_type?: string | undefined;
    /** 目标磁盘 iops, 当磁盘类型为io7或io8时, 必填。 */
    dest_disk_iops?: string | undefined;
    /** 目标磁盘bps, 当磁盘类型为io7或io8时, 必填。 */
    dest_disk_bps?: string | undefined;
}
/** Output of migrate_disk: 磁盘在线迁移 */
export interface migrate_diskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of query_load_progress: 磁盘在线迁移进度查询接口 */
export interface query_load_progressRequest {
    /** 磁盘所在region。 */
    region_id: string;
    /** 磁盘id, 对应后羿disk_id。 */
    disk_id: string;
}
/** Output of query_load_progress: 磁盘在线迁移进度查询接口 */
export interface query_load_progressResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateSnapshot: 对指定的磁盘存储设备创建快照 */
export interface CreateSnapshotRequest {
    /** 指定的磁盘 ID。 */
    DiskId: string;
    /** 快照的显示名称，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-），且不能以 auto 开头（auto 开头的快照名是预留给自动快照的）。快照的显示名称会显示在控制台中。不能以 http:// 和 https:// 开头。 */
    SnapshotName?: string | undefined;
    /** 快照的描述，[2, 256] 个字符。快照的描述会显示在控制台中。不填则为空，默认为空。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。 具体参见： 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of CreateSnapshot: 对指定的磁盘存储设备创建快照 */
export interface CreateSnapshotResponse {
    /** 快照 ID */
    SnapshotId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSnapshot: 删除指定实例、指定磁盘设备的快照 */
export interface DeleteSnapshotRequest {
    /** 快照 ID。 */
    SnapshotId: string;
}
/** Output of DeleteSnapshot: 删除指定实例、指定磁盘设备的快照 */
export interface DeleteSnapshotResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSnapshots: 查询针对云服务器的某个磁盘设备所有的快照列表 */
export interface DescribeSnapshotsRequest {
    /** 磁盘所属的 RegionID。 */
    RegionId: string;
    /** 指定的实例 ID。 */
    InstanceId?: string | undefined;
    /** 指定的磁盘设备 ID。 */
    DiskId?: string | undefined;
    /** 快照标识编码一个带有格式的 json Array: ["s-xxxxxxxx", "s-yyyyyyyyy", ... "szzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。 */
    SnapshotIds?: string | undefined;
    /** 快照名称。 */
    SnapshotName?: string | undefined;
    /** 快照状态, progressing accomplished failed all。 */
    Status?: string | undefined;
    /** 快照类型, auto user all。 */
    SnapshotType?: string | undefined;
    /** 快照源磁盘的磁盘类型, System Data。 */
    SourceDiskType?: string | undefined;
    /** 有引用关系的资源类型, image disk image_disk none。 */
    Usage?: string | undefined;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: DescribeSnapshotsTag[] | undefined;
    /** 磁盘状态列表的页码, 起始值为 1, 默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数, 最大值 100 行, 默认为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeSnapshots: 查询针对云服务器的某个磁盘设备所有的快照列表 */
export interface DescribeSnapshotsResponse {
    /** 快照总个数。 */
    TotalCount?: number | undefined;
    /** 快照列表的页码。 */
    PageNumber?: number | undefined;
    /** 输入时设置的每页行数。 */
    PageSize?: number | undefined;
    /** 快照详情 SnapshotType 组成的集合。 */
    Snapshots?: DescribeSnapshotsSnapshots | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ImportSnapshot: 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表 */
export interface ImportSnapshotRequest {
    /** 地域ID。 */
    RegionId: string;
    /** 导入快照的名称，默认为空。 */
    SnapshotName?: string | undefined;
    /** OSS Bucket的名称。 */
    OssBucket: string;
    /** OSS Object的名称。 */
    OssObject: string;
}
/** Output of ImportSnapshot: 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表 */
export interface ImportSnapshotResponse {
    /** 导入快照后，在快照列表中的ID。 */
    SnapshotId?: string | undefined;
    /** 快照导入任务的ID。 */
    TaskId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ExportSnapshot: 将云服务器ECS快照列表中的快照导出到OSS Bucket */
export interface ExportSnapshotRequest {
    /** 地域ID。 */
    RegionId: string;
    /** 导出快照的ID。 */
    SnapshotId: string;
    /** OSS Bucket的名称。 */
    OssBucket: string;
}
/** Output of ExportSnapshot: 将云服务器ECS快照列表中的快照导出到OSS Bucket */
export interface ExportSnapshotResponse {
    /** 快照导出任务的ID。 */
    TaskId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSnapshotLinks: 查询磁盘快照链 */
export interface DescribeSnapshotLinksRequest {
    /** 磁盘所属的 RegionID。更多详情，请参阅地域与可用区，或者调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** 实例 ID。 */
    InstanceId?: string | undefined;
    /** 磁盘 ID。一次最多指定100个磁盘 ID。DiskIds参数取值格式为JSON数组，如 ["d-xxxxxxxx", "dyyyyyyyy", ... "dzzzzzzzz"], ID 之间用半角逗号 (,) 隔开。 */
    DiskIds?: string | undefined;
    /** 快照 ID。一次最多指定100个快照 ID。SnapshotLinkIds 参数取值格式为JSON数组，如 ["p-xxxxxxxx", "p-yyyyyyyy", ... "pzzzzzzzz"], ID 之间用半角逗号 (,) 隔开。 */
    SnapshotLinkIds?: string | undefined;
    /**
     * 磁盘状态列表的页码。起始值：1，默认值：1。
     *
     * @defaultValue 1
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数。取值范围：[1, 50]。默认值：10。
     *
     * @defaultValue 10
     */
    PageSize?: number | undefined;
}
/** Output of DescribeSnapshotLinks: 查询磁盘快照链 */
export interface DescribeSnapshotLinksResponse {
    /** 快照链源磁盘所属地域 ID。 */
    RegionId?: string | undefined;
    /** 快照链总个数。 */
    TotalCount?: number | undefined;
    /** 快照链列表的页码。 */
    PageNumber?: number | undefined;
    /** 输入时设置的每页行数。 */
    PageSize?: number | undefined;
    /** 快照链信息组成的集合。 */
    SnapshotLinks?: DescribeSnapshotLinksSnapshotLinks | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateAutoSnapshotPolicy: 创建一条自动快照策略 */
export interface CreateAutoSnapshotPolicyRequest {
    /** Region ID。 */
    RegionId: string;
    /** 自动快照策略的名称。不填则为空，默认值为空，[2,128]英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-），磁盘名称会展示在控制台。不能以http://和https://开头。 */
    AutoSnapshotPolicyName: string;
    /** 指定自动快照的创建时间点。最小单位为小时，从00:00~23:00共24个时间点可选，参数为0~23的数字，如：1代表在01:00时间点。可以选定多个时间点。传递参数为一个带有格式的Json Array: ["0", "1", ... "23"]，最多24个时间点，用半角逗号字符隔开。 */
    TimePoints: string;
    /** 指定自动快照的重复日期。选定周一到周日中需要创建快照的日期，参数为1~7的数字，如：1表示周一。允许选择多个日期。传递参数为一个带有格式的Json Array: ["1", "2"... "7"]。 */
    RepeatWeekdays: string;
    /**
     * 指定自动快照的保留时间，单位为天。
     * - 默认永久保存。
     * - 1~65536：指定保存天数。
     */
    RetentionDays?: number | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。具体参见 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of CreateAutoSnapshotPolicy: 创建一条自动快照策略 */
export interface CreateAutoSnapshotPolicyResponse {
    /** 自动快照策略ID。 */
    AutoSnapshotPolicyId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteAutoSnapshotPolicy: 删除一条自动快照策略 */
export interface DeleteAutoSnapshotPolicyRequest {
    /** 要释放的自动快照策略所在的Region ID。 */
    RegionId: string;
    /** 要释放的自动快照策略的ID。 */
    AutoSnapshotPolicyId: string;
}
/** Output of DeleteAutoSnapshotPolicy: 删除一条自动快照策略 */
export interface DeleteAutoSnapshotPolicyResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyAutoSnapshotPolicyEx: 修改一条自动快照策略 */
export interface ModifyAutoSnapshotPolicyExRequest {
    /** 要修改的自动快照策略所在的Region。 */
    RegionId?: string | undefined;
    /** 要修改的自动快照策略ID。 */
    AutoSnapshotPolicyId: string;
    /** 自动快照策略的名称。如果参数为空则代表不修改。 */
    AutoSnapshotPolicyName?: string | undefined;
    /** 指定自动快照的创建时间点。最小单位为小时，从00:00~23:00共24个时间点可选，参数为0~23的数字，如：1代表01:00时间点。可以选定多个时间点。如果参数为空则代表不修改。传递参数为一个带有格式的Json Array: ["0", "1", ... "23"]，最多24个时间点，用半角逗号字符隔开。 */
    TimePoints?: string | undefined;
    /** 指定自动快照的重复日期。选定周一到周日中需要创建快照的日期，参数为1~7的数字，如：1表示周一。允许选择多个重复日期。如果参数为空则代表不修改。传递参数为一个带有格式的Json Array: ["1", "2"... "7"]。 */
    RepeatWeekdays?: string | undefined;
    /**
     * 指定自动快照的保留时间，单位为天。
     * - -1: 永久保存。
     * - 1~65536: 指定保存天数。
     * - 如果该参数为空，则代表不修改。
     */
    RetentionDays?: number | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。具体参见附录。 */
    ClientToken?: string | undefined;
}
/** Output of ModifyAutoSnapshotPolicyEx: 修改一条自动快照策略 */
export interface ModifyAutoSnapshotPolicyExResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeAutoSnapshotPolicyEx: 查询自动快照策略 */
export interface DescribeAutoSnapshotPolicyExRequest {
    /** 要查询的自动快照策略所在的Region。 */
    RegionId: string;
    /** 要查询的自动快照策略 ID，参数为空时为返回全部自动快照策略。一个带有格式的Json Array: ["p-xxxxxxxx", "p-yyyyyyyy", ... "pzzzzzzzz"]。 */
    AutoSnapshotPolicyId?: string | undefined;
    /** 自动快照策略列表的页码，起始值为 1，默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数，最大值 50 行，默认为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeAutoSnapshotPolicyEx: 查询自动快照策略 */
export interface DescribeAutoSnapshotPolicyExResponse {
    /** 快照的总个数。 */
    TotalCount?: number | undefined;
    /** 快照列表的页码。 */
    PageNumber?: number | undefined;
    /** 输入时设置的每页行数。 */
    PageSize?: number | undefined;
    /** 自动快照策略详情AutoSnapshotPolicyType 组成的集合。 */
    AutoSnapshotPolicys?: DescribeAutoSnapshotPolicyExAutoSnapshotPolicys | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ApplyAutoSnapshotPolicy: 为磁盘执行自动快照策略 */
export interface ApplyAutoSnapshotPolicyRequest {
    /** 要执行自动快照的Region。 */
    RegionId: string;
    /** 要执行的自动快照策略 ID。 */
    AutoSnapshotPolicyId: string;
    /** 要应用的自动快照策略的磁盘集合。一个带有格式的 Json Array: ["d-xxxxxxx", "d-yyyyyyy", ... "dzzzzzzz"], 最多 X 个 ID, 用半角逗号字符隔开。 */
    DiskIds: string;
}
/** Output of ApplyAutoSnapshotPolicy: 为磁盘执行自动快照策略 */
export interface ApplyAutoSnapshotPolicyResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CancelAutoSnapshotPolicy: 为应用了自动快照策略的磁盘取消自动快照策略 */
export interface CancelAutoSnapshotPolicyRequest {
    /** 要取消的自动快照策略所在的Region ID。 */
    RegionId: string;
    /** 要取消自动快照策略的磁盘集合。一个带有格式的 Json Array: ["dxxxxxxxxx", "dyyyyyyyyy", ... "dzzzzzzzz"], 最多 X 个 ID，用半角逗号字符隔开。 */
    DiskIds: string;
}
/** Output of CancelAutoSnapshotPolicy: 为应用了自动快照策略的磁盘取消自动快照策略 */
export interface CancelAutoSnapshotPolicyResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateImage: 通过快照创建自定义镜像，创建后的镜像可以用于新建ECS实例 */
export interface CreateImageRequest {
    /** 镜像所在的Region ID。 */
    RegionId: string;
    /** 快照ID。从指定的快照创建自定义镜像。 */
    SnapshotId?: string | undefined;
    /** 实例ID。 */
    InstanceId?: string | undefined;
    /** Repeated parameter DiskDeviceMapping.n (n from 1); each item has the members Size, SnapshotId. */
    DiskDeviceMapping?: CreateImageDiskDeviceMapping[] | undefined;
    /** 镜像名称，[2,128]英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以http://和https://开头。 */
    ImageName?: string | undefined;
    /** 镜像版本号，长度限制在1~40个英文字符。 */
    ImageVersion?: string | undefined;
    /** 镜像的描述信息，长度限制在0~256个字符，不填则为空，默认为空。不能以http://和https://开头。 */
    Description?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。具体参见： 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of CreateImage: 通过快照创建自定义镜像，创建后的镜像可以用于新建ECS实例 */
export interface CreateImageResponse {
    /** 镜像 ID。 */
    ImageId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImages: 查询用户可以使用的镜像列表 */
export interface DescribeImagesRequest {
    /** 实例所属于的 RegionID。 */
    RegionId: string;
    /** 镜像 ID，最多 100 个 ID，用半角逗号字符隔开。 */
    ImageId?: string | undefined;
    /**
     * 镜像状态，取值：UnAvailable Available Creating CreateFailed。 默认值：Available 取值说明：
     * - Creating 创建中
     * - Available 可用
     * - UnAvailable 不可用
     * - CreateFailed 创建失败
     */
    Status?: string | undefined;
    /** 创建镜像的快照 ID。 */
    SnapshotId?: string | undefined;
    /** 镜像的名称。 */
    ImageName?: string | undefined;
    /**
     * 镜像所有者别名。取值：system self others marketplace。 默认值：无，表示返回 system + self + others。 不设置该参数说明不使用该参数进行过滤条件。 取值说明：
     * - system 阿里云官方提供镜像
     * - self 用户自定义镜像
     * - others 非自己的可用镜像
     */
    ImageOwnerAlias?: string | undefined;
    /** 有引用关系的资源类型，instance none */
    Usage?: string | undefined;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: DescribeImagesTag[] | undefined;
    /** 实例状态列表的页码, 起始值为 1, 默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数, 最大值 100 行, 默认值为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeImages: 查询用户可以使用的镜像列表 */
export interface DescribeImagesResponse {
    /** 镜像所属地域 ID。 */
    RegionId?: string | undefined;
    /** 列表条数目数。 */
    TotalCount?: number | undefined;
    /** 当前页码。 */
    PageNumber?: number | undefined;
    /** 当前分页包含多少条目。 */
    PageSize?: number | undefined;
    /** 镜像信息 ImageType 组成的集合。 */
    Images?: DescribeImagesImages | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyImageAttribute: 修改镜像属性 */
export interface ModifyImageAttributeRequest {
    /** 自定义镜像的 RegionId。 */
    RegionId: string;
    /** 自定义镜像的 ID。 */
    ImageId: string;
    /** 自定义镜像名称，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以http:// 和 https:// 开头。 */
    ImageName?: string | undefined;
    /** 自定义镜像的描述信息，长度限制在 0 ~ 256 个字符，不填则为空，默认为空。不能以http:// 和 https:// 开头。 */
    Description?: string | undefined;
}
/** Output of ModifyImageAttribute: 修改镜像属性 */
export interface ModifyImageAttributeResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteImage: 删除指定的用户自定义镜像 */
export interface DeleteImageRequest {
    /** 镜像所在的 Region ID。 */
    RegionId: string;
    /** 镜像 ID。 */
    ImageId: string;
}
/** Output of DeleteImage: 删除指定的用户自定义镜像 */
export interface DeleteImageResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CopyImage: 复制镜像 */
export interface CopyImageRequest {
    /** 源自自定义镜像的RegionId。 */
    RegionId: string;
    /** 源自自定义镜像的 ID。 */
    ImageId: string;
    /** 复制到目标 RegionId。 */
    DestinationRegionId: string;
    /** 目标镜像名称，[2, 128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以 http:// 和 https:// 开头。 */
    DestinationImageName?: string | undefined;
    /** 目标镜像的描述信息，长度限制在 0 ~ 256 个字符，不填则为空，默认为空。不能以 http:// 和 https:// 开头。 */
    DestinationDescription?: string | undefined;
}
/** Output of CopyImage: 复制镜像 */
export interface CopyImageResponse {
    /** 目标镜像的 ID。 */
    ImageId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CancelCopyImage: 取消复制镜像 */
export interface CancelCopyImageRequest {
    /** 目标镜像所属的 RegionID。 */
    RegionId: string;
    /** 正在复制的目标镜像 ID。 */
    ImageId: string;
}
/** Output of CancelCopyImage: 取消复制镜像 */
export interface CancelCopyImageResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyImageSharePermission: 管理镜像共享 */
export interface ModifyImageSharePermissionRequest {
    /** 自定义镜像所属的 RegionId。 */
    RegionId: string;
    /** 自定义镜像的 ID。 */
    ImageId: string;
    /** 添加镜像共享的账号 ID，n 的取值范围 [1 - 10]，超过 10 系统会忽略该参数。 */
    AddAccount?: string[] | undefined;
    /** 删除镜像共享的账号 ID，n 的取值范围 [1 - 10]，超过 10 系统会忽略该参数。 */
    RemoveAccount?: string[] | undefined;
}
/** Output of ModifyImageSharePermission: 管理镜像共享 */
export interface ModifyImageSharePermissionResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeImageSharePermission: 查询镜像共享账号列表 */
export interface DescribeImageSharePermissionRequest {
    /** 镜像所属的 RegionID。 */
    RegionId: string;
    /** 镜像 ID。 */
    ImageId: string;
    /** 列表的页码，起始值为1，默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数，最大值 50 行，默认值为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeImageSharePermission: 查询镜像共享账号列表 */
export interface DescribeImageSharePermissionResponse {
    /** 镜像的 ID。 */
    ImageId?: string | undefined;
    /** 镜像所属地域 ID。 */
    RegionId?: string | undefined;
    /** 共享组类型。 */
    ShareGroups?: ShareGroupType | undefined;
    /** 阿里云账号类型。 */
    Accounts?: AccountType | undefined;
    /** 记录总数。 */
    TotalCount?: number | undefined;
    /** 页数。 */
    PageNumber?: number | undefined;
    /** 每页最大行数，默认 10 行，最大值50 行。 */
    PageSize?: number | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ImportImage: 导入镜像 */
export interface ImportImageRequest {
    /** 源自定义镜像的RegionId。 */
    RegionId: string;
    /** 镜像名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以 http:// 和 https:// 开头。 */
    ImageName?: string | undefined;
    /** 镜像的描述信息，长度限制在0~256个字符，不填则为空，默认为空。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /**
     * 系统架构，取值范围：
     * - i386 x86_64 默认值：x86_64。
     *
     * @defaultValue x86_64
     */
    Architecture?: string | undefined;
    /**
     * 操作系统平台类型，取值范围：
     * - windows linux 默认值：linux。
     *
     * @defaultValue linux
     */
    OSType?: string | undefined;
    /**
     * 操作系统发行版，取值范围：
     * - CentOS Ubuntu SUSE OpenSUSE RedHat Debian CoreOS Aliyun Linux Windows Server 2003 Windows Server 2008 Windows Server 2012 Windows 7 Others Linux 默认值：Others Linux。
     *
     * @defaultValue Others Linux
     */
    Platform?: string | undefined;
    /** Repeated parameter DiskDeviceMapping.n (n from 1); each item has the members Format, OSSBucket, OSSObject, DiskImageSize. */
    DiskDeviceMapping: ImportImageDiskDeviceMapping[];
}
/** Output of ImportImage: 导入镜像 */
export interface ImportImageResponse {
    /** 地域ID */
    RegionId?: string | undefined;
    /** 镜像的ID */
    ImageId?: string | undefined;
    /** 导入镜像任务ID */
    ImportTaskId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ExportImage: 导出镜像 */
export interface ExportImageRequest {
    /** 自定义镜像的regionId。 */
    RegionId: string;
    /** 自定义镜像的ID。 */
    ImageId: string;
    /** 镜像导出到的OSS bucket。 */
    OSSBucket: string;
    /** 用户的OSS的Object的前缀。 */
    OSSPrefix?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大值不超过64个ASCII字符。 具体参见附录： 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of ExportImage: 导出镜像 */
export interface ExportImageResponse {
    /** 地域ID */
    RegionId?: string | undefined;
    /** 导出镜像任务ID */
    ExportTaskId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AllocatePublicIpAddress: 给一个特定实例分配一个可用公网IP地址 */
export interface AllocatePublicIpAddressRequest {
    /** 需要分配 IP 地址的实例ID。 */
    InstanceId: string;
}
/** Output of AllocatePublicIpAddress: 给一个特定实例分配一个可用公网IP地址 */
export interface AllocatePublicIpAddressResponse {
    /** 分配的公网 IP 地址。 */
    IpAddress?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyInstanceNetworkSpec: 修改实例的带宽配置 */
export interface ModifyInstanceNetworkSpecRequest {
    /** 指定的需要实例规格的实例 ID。 */
    InstanceId: string;
    /** 公网出网带宽最大值，单位为 Mbps。 */
    InternetMaxBandwidthOut?: number | undefined;
    /** 公网入网带宽最大值，单位为 Mbps。 */
    InternetMaxBandwidthIn?: number | undefined;
}
/** Output of ModifyInstanceNetworkSpec: 修改实例的带宽配置 */
export interface ModifyInstanceNetworkSpecResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateSecurityGroup: 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置 */
export interface CreateSecurityGroupRequest {
    /** 安全组所属 Region ID。 */
    RegionId: string;
    /** 安全组名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点(.)、下划线(_)或短横线(-)，磁盘名称会展示在控制台。不能以 http:// 和 https:// 开头。 */
    SecurityGroupName?: string | undefined;
    /** 安全组描述信息，[2, 256] 个字符。 不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
    /** 安全组所在的专有网络。 */
    VpcId?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。 具体参见附录： 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of CreateSecurityGroup: 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置 */
export interface CreateSecurityGroupResponse {
    /** 安全组 ID。 */
    SecurityGroupId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AuthorizeSecurityGroup: 设定安全组对外容许的访问权限 */
export interface AuthorizeSecurityGroupRequest {
    /** 目标安全组编码。 */
    SecurityGroupId: string;
    /** 目标安全组所属Region ID。 */
    RegionId: string;
    /** IP协议，取值：tcp udp icmp gre all。 all表示同时支持四种协议。 */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时，默认端口号，取值范围为1~65535。例如“1/200”意思是端口号范围为1~200，若输入值为：“200/1”接口调用将报错。
     * - 协议为icmp时，端口号范围值为-1/-1。
     * - 协议为gre时，端口号范围值为-1/-1。
     * - 协议为all时，端口号范围值为-1/-1。
     */
    PortRange: string;
    /** 源安全组ID，SourceGroupId或者SourceCidrIp参数必须设置一项，如果两项都设置，则默认对SourceCidrIp授权。 如果指定了该字段且没有指定SourceCidrIp，则NicType只能选择intranet。 */
    SourceGroupId?: string | undefined;
    /** 跨用户安全组授权时，源安全组所属用户的阿里云账号。该参数可选，如果该参数及SourceGroupOwnerId均未设置，则默认为同一账户安全组间授权。SourceCidrIp如果已经被设置，则该参数无效。 */
    SourceGroupOwnerAccount?: string | undefined;
    /** 跨用户撤销安全组规则时，源安全组所属用户阿里云账号ID。该参数可选，如果该参数及SourceGroupOwnerAccount均未设置，则默认为同一账户安全组间撤销。SourceCidrIp如果已经被设置，则该参数无效。 */
    SourceGroupOwnerId?: string | undefined;
    /** 源IP地址范围，必须采用CIDR格式来指定IP地址范围，默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPV4。 */
    SourceCidrIp?: string | undefined;
    /**
     * 授权策略，参数值可为：
     * - accept（接受访问）。
     * - drop（拒绝访问）。
     * - 默认值为：accept。
     *
     * @defaultValue accept
     */
    Policy?: string | undefined;
    /**
     * 授权策略优先级，参数值可为：1-100。 默认值为：1。
     *
     * @defaultValue 1
     */
    Priority?: string | undefined;
    /**
     * 网络类型，取值：
     * - internet。
     * - intranet。
     * - 默认值为internet。
     * - 当对安全组进行相互授权时（即指定了SourceGroupId且没有指定SourceCidrIp），必须指定NicType为intranet。
     */
    NicType?: string | undefined;
}
/** Output of AuthorizeSecurityGroup: 设定安全组对外容许的访问权限 */
export interface AuthorizeSecurityGroupResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AuthorizeSecurityGroupEgress: 设定安全组 Out 方向的访问权限 */
export interface AuthorizeSecurityGroupEgressRequest {
    /** 源安全组编码。 */
    SecurityGroupId: string;
    /** 源安全组所属Region ID。 */
    RegionId: string;
    /** IP协议，取值：tcp udp icmp gre all。 all表示同时支持四种协议。 */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时默认端口号，取值范围为1~65535；例如"1/200"意思是端口号范围为1~200，若输入值为："200/1"接口调用将报错。
     * - 协议为icmp时端口号范围值为-1/-1。
     * - 协议为gre时端口号范围值为-1/-1。
     * - 协议为all时端口号范围值为-1/-1。
     */
    PortRange: string;
    /** 同一Region内的目标安全组ID，DestGroupId或者 DestCidrIp 参数必须设置一项，如果两项都设置，则默认对DestCidrIp授权。如果指定了该字段且没有指定DestCidrIp，则 NicType只能选择 intranet。 */
    DestGroupId?: string | undefined;
    /** 跨用户安全组授权时，目标安全组所属用户阿里云账号。该参数可选，如果未设置，则默认为同一账户安全组间授权。DestCidrIp如果已经被设置，则该参数无效。 */
    DestGroupOwnerAccount?: string | undefined;
    /** 跨用户安全组授权时，目标安全组所属用户阿里云账号ID。该参数可选，如果该参数及DestGroupOwnerAccount均未设置，则默认为同一账户安全组间授权。DestCidrIp如果已经被设置，则该参数无效。 */
    DestGroupOwnerId?: string | undefined;
    /** 目标IP地址范围（采用CIDR格式来指定IP地址范围），默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPV4。 */
    DestCidrIp?: string | undefined;
    /**
     * 授权策略，参数值可为：
     * - accept（接受访问）。
     * - drop（拒绝访问）。
     * 默认值为：accept。
     *
     * @defaultValue accept
     */
    Policy?: string | undefined;
    /**
     * 授权策略优先级，参数值可为：1-100。 默认值为：1
     *
     * @defaultValue 1
     */
    Priority?: string | undefined;
    /**
     * 网络类型，取值：
     * - internet。
     * - intranet。
     * 默认值为internet当对安全组进行相互授权时（即指定了DestGroupId且没有指定DestCidrIp），必须指定NicType为intranet。
     */
    NicType?: string | undefined;
}
/** Output of AuthorizeSecurityGroupEgress: 设定安全组 Out 方向的访问权限 */
export interface AuthorizeSecurityGroupEgressResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of RevokeSecurityGroup: 取消 Group 对外提供的访问权限 */
export interface RevokeSecurityGroupRequest {
    /** 目标安全组ID。 */
    SecurityGroupId: string;
    /** 目标安全组所属Region ID。 */
    RegionId: string;
    /** IP协议，取值：tcp udp icmp gre all。 all表示同时支持四种协议。 */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时，默认端口号，取值范围为1~65535。例如"1/200"意思是端口号范围为1~200，若输入值为："200/1"接口调用将报错。
     * - 协议为icmp时，端口号范围值为-1/-1。
     * - 协议为gre时，端口号范围值为-1/-1。
     * - 协议为all时，端口号范围值为-1/-1。
     */
    PortRange: string;
    /** 源安全组ID，SourceGroupId或者SourceCidrIp参数必须设置一项，如果两项都设置，则默认对SourceCidrIp授权。可以同时指定多个Group（最多10个），但必须采用半角逗号“,”分隔。 */
    SourceGroupId?: string | undefined;
    /** 跨用户撤销安全组规则时，源安全组所属用户阿里云账号。该参数可选，如果未设置，则默认为同一账户安全组间撤销。SourceCidrIp如果已经被设置，则该参数无效。 */
    SourceGroupOwnerAccount?: string | undefined;
    /** 源IP地址范围（采用CIDR格式来指定IP地址范围），默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPV4。 */
    SourceCidrIp?: string | undefined;
    /**
     * 授权策略，参数值可为：
     * - accept（接受访问） drop（拒绝访问） 默认值为：accept。
     *
     * @defaultValue accept
     */
    Policy?: string | undefined;
    /**
     * 网络类型，取值：
     * - internet intranet 默认值为internet。
     * - 当对安全组进行相互授权时（即指定了SourceGroupId且没有指定SourceCidrIp），必须指定NicType为intranet。
     */
    NicType?: string | undefined;
}
/** Output of RevokeSecurityGroup: 取消 Group 对外提供的访问权限 */
export interface RevokeSecurityGroupResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of RevokeSecurityGroupEgress: 撤销安全组Out方向的访问规则 */
export interface RevokeSecurityGroupEgressRequest {
    /** 源安全组ID。 */
    SecurityGroupId: string;
    /** 源安全组所属Region ID。 */
    RegionId: string;
    /**
     * IP协议，取值范围：
     * - tcp
     * - udp
     * - icmp
     * - gre
     * - all：表示同时支持四种协议
     */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时默认端口号，取值范围为1~65535。例如1/200表示端口号范围为1~200，若输入值为：200/1，接口调用将报错。
     * - 协议为icmp时端口号范围值为-1/-1。
     * - 协议为gre时端口号范围值为-1/-1。
     * - 协议为all时端口号范围值为-1/-1。
     */
    PortRange: string;
    /** 授权同一Region内的目标安全组，DestGroupId或者DestCidrIp参数必须设置一项，如果两项都设置，则默认对DestCidrIp授权。可以同时指定多个Group（最多10个），但必须采用半角逗号（,）分隔。 */
    DestGroupId?: string | undefined;
    /** 希望跨用户撤销安全组规则的目标安全组所属用户阿里云账号。该参数可选，如果未设置，则默认为同一账户安全组间撤销。 DestCidrIp如果已经被设置，则该参数无效。 */
    DestGroupOwnerAccount?: string | undefined;
    /** 授权的目标IP地址范围，必须采用CIDR格式来指定IP地址范围，默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPv4。 */
    DestCidrIp?: string | undefined;
    /**
     * 授权策略，取值范围：
     * - accept（接受访问） drop（拒绝访问） 默认值为：accept。
     *
     * @defaultValue accept
     */
    Policy?: string | undefined;
    /**
     * 网络类型，取值范围：
     * - internet intranet 默认值为internet。
     * - 当对安全组进行相互授权时（即指定了DestGroupId且没有指定DestCidrIp），必须指定NicType为intranet。
     */
    NicType?: string | undefined;
}
/** Output of RevokeSecurityGroupEgress: 撤销安全组Out方向的访问规则 */
export interface RevokeSecurityGroupEgressResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of JoinSecurityGroup: 将一台实例加入到指定的安全组 */
export interface JoinSecurityGroupRequest {
    /** 实例 ID。您可以调用 DescribeInstances 查看您 可用的实例。 */
    InstanceId: string;
    /** 安全组 ID。您可以调用 DescribeSecurityGroups 查看您可用的安全组。 */
    SecurityGroupId: string;
}
/** Output of JoinSecurityGroup: 将一台实例加入到指定的安全组 */
export interface JoinSecurityGroupResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of LeaveSecurityGroup: 将一台实例移出指定的安全组 */
export interface LeaveSecurityGroupRequest {
    /** 实例 ID。 */
    InstanceId: string;
    /** 安全组 ID。 */
    SecurityGroupId: string;
}
/** Output of LeaveSecurityGroup: 将一台实例移出指定的安全组 */
export interface LeaveSecurityGroupResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteSecurityGroup: 用于删除一个指定的安全组 */
export interface DeleteSecurityGroupRequest {
    /** 安全组 ID。 */
    SecurityGroupId: string;
    /** 地域 ID。 */
    RegionId: string;
}
/** Output of DeleteSecurityGroup: 用于删除一个指定的安全组 */
export interface DeleteSecurityGroupResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupAttribute: 查询安全组详情，包括安全权限控制 */
export interface DescribeSecurityGroupAttributeRequest {
    /** 目标安全组 ID。 */
    SecurityGroupId: string;
    /** 目标安全组所属 Region ID。 */
    RegionId: string;
    /** 网络类型，取值：internet intranet。 默认值为 internet。 */
    NicType?: string | undefined;
    /** 授权方向，取值：egress ingress all。 默认值为all。 */
    Direction?: string | undefined;
}
/** Output of DescribeSecurityGroupAttribute: 查询安全组详情，包括安全权限控制 */
export interface DescribeSecurityGroupAttributeResponse {
    /** 目标安全组 ID。 */
    SecurityGroupId?: string | undefined;
    /** 目标安全组名称。 */
    SecurityGroupName?: string | undefined;
    /** 地域 ID。 */
    RegionId?: string | undefined;
    /** 安全组描述信息。 */
    Description?: string | undefined;
    /** 由 PermissionType 组成的集合，表示安全组中的权限规则。 */
    Permissions?: PermissionType | undefined;
    /** VpcId，如果有，表示这个安全组是Vpc 类型的安全组，没有则表示是经典网络里的安全组。 */
    VpcId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroups: 分页查询用户定义的所有安全组基本信息 */
export interface DescribeSecurityGroupsRequest {
    /** 地域ID。 */
    RegionId: string;
    /** 安全组所在的专有网络。 */
    VpcId?: string | undefined;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: DescribeSecurityGroupsTag[] | undefined;
    /** 当前页码, 起始值为1, 默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页行数, 最大值 50, 默认值为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeSecurityGroups: 分页查询用户定义的所有安全组基本信息 */
export interface DescribeSecurityGroupsResponse {
    /** 安全组的总数。 */
    TotalCount?: number | undefined;
    /** 当前页码。 */
    PageNumber?: number | undefined;
    /** 每页行数。 */
    PageSize?: number | undefined;
    /** 安全组所属地域 ID。 */
    RegionId?: string | undefined;
    /** 安全组信息, 由SecurityGroupItemType 组成的集合。 */
    SecurityGroups?: DescribeSecurityGroupsSecurityGroups | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeSecurityGroupReferences: 查询某个安全组和其他哪些安全组有安全组级别的授权行为 */
export interface DescribeSecurityGroupReferencesRequest {
    /** 要查询的第 n 个 SecurityGroupId, n 的取值范围为 [1, 10]。 */
    SecurityGroupId: string[];
    /** 安全组所属地域。RegionId 可以通 过API DescribeRegions 查看完整 的地域列表。 */
    RegionId: string;
}
/** Output of DescribeSecurityGroupReferences: 查询某个安全组和其他哪些安全组有安全组级别的授权行为 */
export interface DescribeSecurityGroupReferencesResponse {
    /** 所有用户指定的安全组被引用的完整 信息。 */
    SecurityGroupReferences?: SecurityGroupReference[] | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifySecurityGroupAttribute: 修改指定安全组的属性，包括修改安全组名称和描述 */
export interface ModifySecurityGroupAttributeRequest {
    /** 地域 ID。 */
    RegionId: string;
    /** 安全组 ID。 */
    SecurityGroupId: string;
    /** 安全组名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或短横线 (-)，安全组名称会展示在控制台。不能以 http:// 和 https:// 开头。 */
    SecurityGroupName?: string | undefined;
    /** 安全组描述信息，[2, 256] 个字符。不能以 http:// 和 https:// 开头。 */
    Description?: string | undefined;
}
/** Output of ModifySecurityGroupAttribute: 修改指定安全组的属性，包括修改安全组名称和描述 */
export interface ModifySecurityGroupAttributeResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifySecurityGroupPolicy: 修改安全组内网连通策略 */
export interface ModifySecurityGroupPolicyRequest {
    /** 安全组的 ID。 */
    SecurityGroupId: string;
    /** 安全组所属 RegionID。Region ID 的列表可以通过API DescribeRegions 查看完整的地域列表。 */
    RegionId: string;
    /**
     * 当前安全组内网连通策略。取值范围：
     * - Accept：安全组内的实例之间的网络是互通的。
     * - Drop：安全组内的实例之间的网络是隔离的。 以上取值，不区分大小写。
     */
    InnerAccessPolicy: "Accept" | "Drop";
}
/** Output of ModifySecurityGroupPolicy: 修改安全组内网连通策略 */
export interface ModifySecurityGroupPolicyResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifySecurityGroupRule: 修改安全组入方向规则的描述信息 */
export interface ModifySecurityGroupRuleRequest {
    /** 目标安全组所属地域ID。更多详情，请调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** 目标安全组 ID。 */
    SecurityGroupId: string;
    /** 安全组规则的描述信息。长度为 [1, 512] 个字符。 */
    Description: string;
    /**
     * 传输层协议。不区分大小写。取值范围：
     * - ICMP
     * - GRE
     * - TCP
     * - UDP
     * - all: 支持所有协议
     */
    IpProtocol: string;
    /**
     * 目的端安全组开放的传输层协议相关的端口范围。取值范围：
     * - TCP/UDP 协议：: 取值范围为 [1, 65535]。使用斜线 (/) 隔开起始端口和终止端口。正确示范：1/200；错误示范：200/1。
     * - ICMP 协议：1/-1
     * - GRE 协议：1/-1
     * - all: -1/-1
     */
    PortRange: string;
    /**
     * 源端安全组开放的传输层协议相关的端口范围。取值范围：
     * - TCP/UDP 协议：取值范围为[1, 65535]。使用斜线 (/) 隔开起始端口和终止端口。正确示范：1/200；错误示范：200/1。
     * - ICMP 协议：1/-1。 - GRE 协议：1/-1。
     * - - all: -1/-1。
     */
    SourcePortRange?: string | undefined;
    /**
     * 网卡类型。取值范围：
     * - internet：公网网卡。
     * - intranet：内网网卡。
     * 当设置安全组之间互相访问时，即指定了 DestGroupId 且没有指定 DestCidrIp 时，参数 NicType 取值只能为 intranet。
     * 默认值：internet。
     *
     * @defaultValue internet
     */
    NicType?: "internet" | "intranet" | undefined;
    /**
     * 访问权限。取值范围：
     * - accept：接受访问。
     * - drop：拒绝访问，不返回拒绝信息。
     * 默认值：accept。
     *
     * @defaultValue accept
     */
    Policy?: "accept" | "drop" | undefined;
    /**
     * 目的端 IP 地址范围。支持 CIDR 格式和 IPv4 格式的 IP 地址范围。默认值：0.0.0.0/0。
     *
     * @defaultValue 0.0.0.0/0
     */
    DestCidrIp?: string | undefined;
    /**
     * 源端 IP 地址范围。支持 CIDR 格式和 IPv4 格式的 IP 地址范围。默认值：0.0.0.0/0。
     *
     * @defaultValue 0.0.0.0/0
     */
    SourceCidrIp?: string | undefined;
    /**
     * 设置访问权限的源端安全组 ID。
     * 必须设置 SourceGroupId 或者 SourceCidrIp 参数。
     * 如果指定了 SourceGroupId 没有指定参数 SourceCidrIp，则参数 NicType 取值只能为 intranet。
     * 如果同时指定了 SourceGroupId 和 SourceCidrIp，则默认以 SourceCidrIp 为准。
     */
    SourceGroupId?: string | undefined;
    /**
     * 跨账户设置安全组规则时，源端安全组所属的阿里云账户。
     * 如果 SourceGroupOwnerAccount 及 SourceGroupOwnerId 均未设置，则认为是设置您其他安全组的访问权限。
     * 如果已经设置参数 SourceCidrIp，则参数 SourceGroupOwnerAccount 无效。
     */
    SourceGroupOwnerAccount?: string | undefined;
    /**
     * 跨账户设置安全组规则时，源端安全组所属的阿里云账户 ID。 如果SourceGroupOwnerId 及SourceGroupOwnerAccount 均未设置，则认为是设置您其他安全组的访问权限。
     * 如果您已经设置参数SourceCidrIp，则参数SourceGroup OwnerId 无效。
     */
    SourceGroupOwnerId?: string | undefined;
    /**
     * 安全组规则优先级。取值范围：[1, 100] 默认值：1。
     *
     * @defaultValue 1
     */
    Priority?: string | undefined;
}
/** Output of ModifySecurityGroupRule: 修改安全组入方向规则的描述信息 */
export interface ModifySecurityGroupRuleResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateKeyPair: 创建一对 SSH 密钥对 */
export interface CreateKeyPairRequest {
    /** 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /**
     * 密钥对名称。必须保持名称唯一性。
     * - 长度为 [2, 128] 个字符。
     * - 必须以大小字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或者短横线 (-) 。
     * - 支持所有的字符集编码格式。
     * - 不能以 http:// 和 https:// 开头。
     */
    KeyPairName: string;
}
/** Output of CreateKeyPair: 创建一对 SSH 密钥对 */
export interface CreateKeyPairResponse {
    /** 密钥对名称。 */
    KeyPairName?: string | undefined;
    /** 密钥对的指纹。根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。更多详情，请参阅 RFC4716。 */
    KeyPairFingerPrint?: string | undefined;
    /** 密钥对的私钥。PEM PKCS#8 格式的私钥部分。更多详情，请参阅 OpenSSLPKCS#8。 */
    PrivateKeyBody?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ImportKeyPair: 导入由其他工具产生的 RSA 密钥对的公钥部分 */
export interface ImportKeyPairRequest {
    /** 地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** 密钥对的公钥内容。 */
    PublicKeyBody: string;
    /**
     * 密钥对名称。必须保持名称唯一性。
     * - 长度为 [2, 128] 个字符。
     * - 必须以大小字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或者短横线 (-) 。
     * - 支持所有的字符集编码格式。
     * - 不能以 http:// 和 https:// 开头。
     */
    KeyPairName: string;
}
/** Output of ImportKeyPair: 导入由其他工具产生的 RSA 密钥对的公钥部分 */
export interface ImportKeyPairResponse {
    /** 密钥对名称。 */
    KeyPairName?: string | undefined;
    /** 密钥对的指纹。根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。更多详情，请参阅 RFC4716 。 */
    KeyPairFingerPrint?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AttachKeyPair: 绑定一个 SSH 密钥对到一台或多台 Linux 实例 */
export interface AttachKeyPairRequest {
    /** SSH 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** SSH 密钥对名称。 */
    KeyPairName: string;
    /** 绑定 SSH 密钥对的实例 ID。取值可以由多台实例 ID 组成一个 JSON 数组，格式为 ["i-xxxxxxx", "i-yyyyyyy", ... "i-zzzzzzzz"]，最多支持 50 个 ID，ID 之间用半角逗号 (,) 隔开。 */
    InstanceIds: string;
}
/** Output of AttachKeyPair: 绑定一个 SSH 密钥对到一台或多台 Linux 实例 */
export interface AttachKeyPairResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DetachKeyPair: 为一台或者多台 Linux 实例解绑 SSH 密钥对 */
export interface DetachKeyPairRequest {
    /** SSH 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** SSH 密钥对名称。 */
    KeyPairName: string;
    /** 解绑 SSH 密钥对的实例 ID。取值可以由多台实例 ID 组成一个 JSON 数组，格式为 ["i-xxxxxxx", "i-yyyyyyy", ... "i-zzzzzzzz"]，最多支持 50 个 ID，ID 之间用半角逗号 (,) 隔开。 */
    InstanceIds?: string | undefined;
}
/** Output of DetachKeyPair: 为一台或者多台 Linux 实例解绑 SSH 密钥对 */
export interface DetachKeyPairResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteKeyPairs: 删除一对或者多对 SSH 密钥对 */
export interface DeleteKeyPairsRequest {
    /** SSH 密钥对所在的地域。您可以调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** SSH 密钥对名称。取值可以由多个 SSH 密钥对名称组成一个 JSON 数组，格式为 ["key-xxxxxxxx", "key-yyyyyyyy", ... "key-zzzzzzzz"], 最多支持 100 对 SSH 密钥对，名称之间用半角逗号 (,) 隔开。 */
    KeyPairNames: string;
}
/** Output of DeleteKeyPairs: 删除一对或者多对 SSH 密钥对 */
export interface DeleteKeyPairsResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeKeyPairs: 查询一个或多个密钥对 */
export interface DescribeKeyPairsRequest {
    /** 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。 */
    RegionId: string;
    /** 密钥对的指纹。根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。更多详情，请参阅 RFC4716 。 */
    KeyPairFingerPrint?: string | undefined;
    /**
     * 密钥对名称。支持正则表达式模糊搜索，使用 * 匹配子表达式，示例：
     * - *SshKey ：查询以 SshKey 结尾的密钥对名称，包括 SshKey。 SshKey* ：查询以 SshKey 开头的密钥对名称，包括 SshKey。 *SshKey* ：查询名称中间有 SshKey 的密钥对，包括 SshKey。 SshKey ：精确匹配 SshKey。
     */
    KeyPairName?: string | undefined;
    /**
     * 密钥对列表的页码。起始值：1 默认值：1
     *
     * @defaultValue 1
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数。最大值：50 默认值：10
     *
     * @defaultValue 10
     */
    PageSize?: number | undefined;
}
/** Output of DescribeKeyPairs: 查询一个或多个密钥对 */
export interface DescribeKeyPairsResponse {
    /** 密钥对的总数。 */
    TotalCount?: number | undefined;
    /** 当前页码。 */
    PageNumber?: number | undefined;
    /** 每页行数。 */
    PageSize?: number | undefined;
    /** 密钥对所属地域 ID。 */
    RegionId?: string | undefined;
    /** 密钥对信息集合。 */
    KeyPairs?: DescribeKeyPairsKeyPairs | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CreateNetworkInterface: 创建一个弹性网卡（ENI） */
export interface CreateNetworkInterfaceRequest {
    /** 实例所在地域的 ID。Region ID 的列表可通过 API 接口 DescribeRegions 查看完整的地域列表。 */
    RegionId: string;
    /** 指定 VPC 的交换机 ID。 */
    VSwitchId: string;
    /** 弹性网卡的主私有 IP 地址。指定 IP 必须是在所属交换机的地址段内的空闲地址，不指定则默认随机分配该交换机中的空闲地址。 */
    PrimaryIpAddress?: string | undefined;
    /**
     * 弹性网卡名称。
     * - 字符长度为 [2, 128] 个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或连字符（-）。
     * - 弹性网卡名称会展示在控制台。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空。默认值：空。
     */
    NetworkInterfaceName?: string | undefined;
    /** 所属的安全组 ID 必须是同一个 VPC 下的安全组。 */
    SecurityGroupID: string;
    /**
     * 弹性网卡的描述信息。
     * - 字符长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空。默认值：空。
     */
    Description?: string | undefined;
    /** 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不值过 64 个 ASCII 字符。具体参见附录： 如何保证幂等性 。 */
    ClientToken?: string | undefined;
}
/** Output of CreateNetworkInterface: 创建一个弹性网卡（ENI） */
export interface CreateNetworkInterfaceResponse {
    /** 实例 ID。系统自动生成，全局唯一标识符，访问实例的唯一标识 */
    NetworkInterfaceId?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AttachNetworkInterface: 附加弹性网卡（ENI）到专有网络（VPC）实例上 */
export interface AttachNetworkInterfaceRequest {
    /** 实例所在地域的ID。您可以通过调用 DescribeRegions 接口查看完整的地域列表。 */
    RegionId: string;
    /** 弹性网卡ID。 */
    NetworkInterfaceId: string;
    /** 实例ID。 */
    InstanceId: string;
}
/** Output of AttachNetworkInterface: 附加弹性网卡（ENI）到专有网络（VPC）实例上 */
export interface AttachNetworkInterfaceResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeNetworkInterfaces: 查看弹性网卡（ENI）列表 */
export interface DescribeNetworkInterfacesRequest {
    /** 所在地域 ID。 */
    RegionId: string;
    /** VPC 的虚拟交换机 ID。 */
    VSwitchId?: string | undefined;
    /** 弹性网卡主私有 IP 地址。 */
    PrimaryIpAddress?: string | undefined;
    /** 安全组 ID。 */
    SecurityGroupId?: string | undefined;
    /** 弹性网卡的名称。 */
    NetworkInterfaceName?: string | undefined;
    /**
     * 弹性网卡类型。取值范围：
     * - Primary
     * - Secondary
     */
    Type?: string | undefined;
    /** 弹性网卡当前关联的实例 ID。 */
    InstanceId?: string | undefined;
    /** 弹性网卡 ID。一次最多查看 100 个。 */
    NetworkInterfaceId?: string[] | undefined;
    /**
     * 查询结果的页码。取值为正整数。默认值：1
     *
     * @defaultValue 1
     */
    PageNumber?: number | undefined;
    /**
     * 查询结果的分页大小。取值范围：[1,100]默认值：10
     *
     * @defaultValue 10
     */
    PageSize?: number | undefined;
}
/** Output of DescribeNetworkInterfaces: 查看弹性网卡（ENI）列表 */
export interface DescribeNetworkInterfacesResponse {
    /** 弹性网卡信息组成的集合 */
    NetworkInterfaceSet?: NetworkInterfaceSet | undefined;
    /** 实例总个数 */
    TotalCount?: number | undefined;
    /** 实例列表的页码 */
    PageNumber?: number | undefined;
    /** 输入时设置的每页行数 */
    PageSize?: number | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DetachNetworkInterface: 从实例上分离弹性网卡（ENI） */
export interface DetachNetworkInterfaceRequest {
    /** 实例所在地域 ID。 */
    RegionId: string;
    /** 弹性网卡 ID。 */
    NetworkInterfaceId: string;
    /** 实例 ID。 */
    InstanceId: string;
}
/** Output of DetachNetworkInterface: 从实例上分离弹性网卡（ENI） */
export interface DetachNetworkInterfaceResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DeleteNetworkInterface: 删除弹性网卡（ENI） */
export interface DeleteNetworkInterfaceRequest {
    /** 所在地域 ID。 */
    RegionId: string;
    /** 弹性网卡的 ID。 */
    NetworkInterfaceId: string;
}
/** Output of DeleteNetworkInterface: 删除弹性网卡（ENI） */
export interface DeleteNetworkInterfaceResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of ModifyNetworkInterfaceAttribute: 修改弹性网卡的属性 */
export interface ModifyNetworkInterfaceAttributeRequest {
    /** 实例所在地域 ID。 */
    RegionId: string;
    /** 弹性网卡 ID。 */
    NetworkInterfaceId: string;
    /** 安全组 ID，新的安全组将会覆盖旧的安全组，安全组必须跟弹性网卡在同一个 VPC 内。 */
    SecurityGroupId?: string[] | undefined;
    /**
     * 弹性网卡的名称。
     * - 字符长度为 [2, 128] 个英文或中文字符，必须以大小写字母或中文开头，可包含数字，"_" 或 "-"。
     * - 弹性网卡名称会展示在控制台。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     */
    NetworkInterfaceName?: string | undefined;
    /**
     * 弹性网卡的描述信息。
     * - 字符长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     */
    Description?: string | undefined;
}
/** Output of ModifyNetworkInterfaceAttribute: 修改弹性网卡的属性 */
export interface ModifyNetworkInterfaceAttributeResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeRegions: 查询可用地域列表 */
export interface DescribeRegionsRequest {
}
/** Output of DescribeRegions: 查询可用地域列表 */
export interface DescribeRegionsResponse {
    /** 地域信息 RegionType 组成的集合。 */
    Regions?: DescribeRegionsRegions | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeZones: 查询可用区 */
export interface DescribeZonesRequest {
    /** 目标RegionId。 */
    RegionId: string;
}
/** Output of DescribeZones: 查询可用区 */
export interface DescribeZonesResponse {
    /** 数据中心信息 ZoneType 组成的集合。 */
    Zones?: DescribeZonesZones | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of AddTags: 绑定标签 */
export interface AddTagsRequest {
    /** 资源所属地域。 */
    RegionId: string;
    /** 要创建 Tag 的资源ID。 */
    ResourceId: string;
    /**
     * 资源类型：
     * - image
     * - instance
     * - snapshot
     * - disk
     * - securitygroup 所有值均为小写。
     */
    ResourceType: string;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag: AddTagsTag[];
}
/** Output of AddTags: 绑定标签 */
export interface AddTagsResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of RemoveTags: 解绑标签 */
export interface RemoveTagsRequest {
    /** 资源所属地域。 */
    RegionId: string;
    /** 要解绑 Tag 的资源ID。 */
    ResourceId: string;
    /**
     * 资源类型:
     * - image instance snapshot disk securitygroup 所有值均为小写。
     */
    ResourceType: string;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: RemoveTagsTag[] | undefined;
}
/** Output of RemoveTags: 解绑标签 */
export interface RemoveTagsResponse {
    /** 请求 ID。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTags: 查询标签 */
export interface DescribeTagsRequest {
    /** 所属区域。 */
    RegionId: string;
    /** ResourceId。 */
    ResourceId?: string | undefined;
    /**
     * 资源类型：
     * - image
     * - instance
     * - snapshot
     * - disk
     * - securitygroup 所有值均为小写。
     */
    ResourceType?: string | undefined;
    /** Repeated parameter Tag.n (n from 1); each item has the members Key, Value. */
    Tag?: DescribeTagsTag[] | undefined;
    /** 默认 50，最大 100。 */
    PageSize?: number | undefined;
    /** 实例状态列表的页码，起始值为 1，默认值为 1。 */
    PageNumber?: number | undefined;
}
/** Output of DescribeTags: 查询标签 */
export interface DescribeTagsResponse {
    /** 请求ID。 */
    RequestId?: string | undefined;
    /** 实际返回内容的结构体列表。 */
    Tags?: DescribeTagsTags | undefined;
    /** 默认 50，最大 100。 */
    PageSize?: number | undefined;
    /** 实例状态列表的页码，起始值为1，默认值为 1。 */
    PageNumber?: number | undefined;
    /** 实例总个数。 */
    TotalCount?: number | undefined;
}
/** Input of DescribeTasks: 查询指定的异步请求的进度 */
export interface DescribeTasksRequest {
    /** 地域ID。 */
    RegionId: string;
    /**
     * 任务操作的接口名称，支持的接口包括：
     * - ImportImage
     * - ExportImage
     * - ImportSnapshot
     * - ExportSnapshot
     */
    TaskAction?: string | undefined;
    /** 任务ID，最多支持100个，用半角逗号分隔。 */
    TaskIds?: string | undefined;
    /**
     * 任务状态，可选值：
     * - Finished 已完成
     * - Processing 运行中
     * - Pending 等待执行
     * - Deleted 已取消
     * - Paused 暂停 默认值：无
     */
    TaskStatus?: string | undefined;
    /** 按创建时间查询，创建时间区间的起始点。时间类型按照 ISO8601 标准表示，并需要使用UTC 时间，格式为：YYYY-MM-DDThh:mmZ。 */
    StartTime?: string | undefined;
    /** 按创建时间查询，创建时间区间的终止点。时间类型按照 ISO8601 标准表示，并需要使用UTC 时间，格式为：YYYY-MM-DDThh:mmZ。 */
    EndTime?: string | undefined;
    /** 查询结果的页码，起始值为 1，默认值为 1。 */
    PageNumber?: number | undefined;
    /** 分页查询时设置的每页记录数，最大值 100 行，默认为 10。 */
    PageSize?: number | undefined;
}
/** Output of DescribeTasks: 查询指定的异步请求的进度 */
export interface DescribeTasksResponse {
    /** 任务集合。 */
    TaskSet?: DescribeTasksTaskSet | undefined;
    /** 地域ID。 */
    RegionId?: string | undefined;
    /** 列表条数目数。 */
    TotalCount?: number | undefined;
    /** 当前页码。 */
    PageNumber?: number | undefined;
    /** 当前分页包含多少条目。 */
    PageSize?: number | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of DescribeTaskAttribute: 查询任务的详细信息 */
export interface DescribeTaskAttributeRequest {
    /** 地域ID。 */
    RegionId: string;
    /** 任务ID。 */
    TaskId: string;
}
/** Output of DescribeTaskAttribute: 查询任务的详细信息 */
export interface DescribeTaskAttributeResponse {
    /** 任务状态。 */
    TaskId?: string | undefined;
    /**
     * 操作接口名称，支持的接口包括：
     * - ImportImage
     * - ExportImage
     * - ImportSnapshot
     * - ExportSnapshot
     */
    TaskAction?: string | undefined;
    /** 地域ID。 */
    RegionId?: string | undefined;
    /** 任务状态。 */
    TaskStatus?: string | undefined;
    /** 任务进度。 */
    Taskprocess?: string | undefined;
    /**
     * 任务是否支持取消。可选值：
     * - True
     * - False
     */
    SupportCancel?: string | undefined;
    /** 执行成功任务数。 */
    SuccessCount?: number | undefined;
    /** 执行失败任务数。 */
    FailedCount?: number | undefined;
    /** 任务创建时间，时间类型按照ISO8601 标准表示，并需要使用 UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    CreationTime?: string | undefined;
    /** 任务完成时间，时间类型按照ISO8601 标准表示，并需要使用 UTC时间，格式为：YYYY-MM-DDThh:mmZ。 */
    FinishedTime?: string | undefined;
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}
/** Input of CancelTask: 正在运行的任务可以通过该接口取消 */
export interface CancelTaskRequest {
    /** 地域ID。 */
    RegionId: string;
    /** 任务ID。 */
    TaskId: string;
}
/** Output of CancelTask: 正在运行的任务可以通过该接口取消 */
export interface CancelTaskResponse {
    /** 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。 */
    RequestId?: string | undefined;
}

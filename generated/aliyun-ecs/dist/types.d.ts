/**
 * Members of the flattened request parameter SystemDisk of RunInstances (SystemDisk.Category, SystemDisk.Size, SystemDisk.DiskName, SystemDisk.Description), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 802
 */
export interface RunInstancesSystemDisk {
    /**
     * 系统盘的磁盘种类。取值范围：
     * - cloud：普通云盘
     * - cloud_efficiency：高效云盘
     * - cloud_ssd：SSD 云盘
     * - ephemeral_ssd：本地 SSD 盘 InstanceType 为系列I 的规格且参数 IoOptimized 取值为 none 时，默认值：cloud。其余情况，默认值：cloud_efficiency。
     *
     * @defaultValue cloud
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 802
     */
    Category?: "cloud" | "cloud_efficiency" | "cloud_ssd" | "ephemeral_ssd" | undefined;
    /**
     * 系统盘大小，单位为GiB。取值范围：[20, 500]该参数的取值必须大于或者等于max{20, ImageSize}。默认值：max{40, 参数ImageId对应的镜像大小}
     *
     * @defaultValue max{40, 参数ImageId对应的镜像大小}
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 805
     */
    Size?: string | undefined;
    /**
     * 系统盘名称。
     * - 长度为[2, 128]个英文或中文字符，必须以大小写字母或中文开头，可以包含数字、半角冒号(:)、下划线(_)或者连字符(-)。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 806
     */
    DiskName?: string | undefined;
    /**
     * 系统盘描述。
     * - 长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 807
     */
    Description?: string | undefined;
}
/**
 * Members of the flattened request parameter DataDisk.n of RunInstances (DataDisk.n.Category, DataDisk.n.Size, DataDisk.n.SnapshotId, DataDisk.n.Encrypted, DataDisk.n.DiskName, DataDisk.n.Description, DataDisk.n.DeleteWithInstance), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 808
 */
export interface RunInstancesDataDisk {
    /**
     * 数据盘n的磁盘种类，n 的取值范围为 [1, 16]。取值范围：
     * - cloud：普通云盘
     * - cloud_efficiency：高效云盘
     * - cloud_ssd：SSD 云盘
     * - ephemeral_ssd：本地 SSD 盘 默认值：cloud。
     *
     * @defaultValue cloud
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 808
     */
    Category?: "cloud" | "cloud_efficiency" | "cloud_ssd" | "ephemeral_ssd" | undefined;
    /**
     * 第 n 个数据盘的容量大小，n的取值范围为 [1, 16]，内存单位为GiB。取值范围：
     * - cloud：[5, 2000]
     * - cloud_efficiency：[20, 32768]
     * - cloud_ssd：[20, 32768]
     * - ephemeral_ssd：[5, 800] 该参数的取值必须大于等于参数 SnapshotId 指定的快照的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 809
     */
    Size?: number | undefined;
    /**
     * 创建数据盘 n 使用的快照。n 的取值范围为 [1, 16]。指定参数 DataDisk.n.SnapshotId 后，参数 DataDisk.n.Size 会被忽略，实际创建的磁盘大小为指定的快照的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 810
     */
    SnapshotId?: string | undefined;
    /**
     * 数据盘 n 是否加密，n 的取值范围为 [1, 16]。取值范围：
     * - true：加密。
     * - false：不加密。
     * - 默认值：false。
     *
     * @defaultValue false
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 811
     */
    Encrypted?: "true" | "false" | undefined;
    /**
     * 数据盘名称，n 的取值范围为 [1, 16]。
     * - 长度为 [2, 128] 个英文或中文字符，必须以大小写字母或中文开头，可以包含数字、半角冒号 (:)、下划线 (_) 或者连字符 (-)。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 814
     */
    DiskName?: string | undefined;
    /**
     * 数据盘描述，n 的取值范围为 [1, 16]。
     * - 长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 815
     */
    Description?: string | undefined;
    /**
     * 表示数据盘是否随实例释放，n 的取值范围为 [1, 16]。取值范围：
     * - true: 实例释放时，这块磁盘随实例一起释放。
     * - false: 实例释放时，这块磁盘保留不释放。
     * 默认值: true 这个参数只对独立云盘有效，即，参数 DataDisk.n.Category 取值为 cloud、cloud_efficiency 或 cloud_ssd 的云盘，否则会报错。
     *
     * @defaultValue true 这个参数只对独立云盘有效，即，参数 DataDisk.n.Category 取值为 cloud、cloud_efficiency 或 cloud_ssd 的云盘，否则会报错
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 816
     */
    DeleteWithInstance?: boolean | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of RunInstances (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 833
 */
export interface RunInstancesTag {
    /**
     * 实例的标签键。n 的取值范围：[1, 5]。一旦传入该值，则不允许为空字符串。最多支持 64 个字符。不能以 aliyun、http:// 或者 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 833
     */
    Key?: string | undefined;
    /**
     * 实例的标签值。n 的取值范围：[1, 5]。一旦传入该值，可以为空字符串。最多支持 128 个字符。不能以 aliyun、http:// 或者 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 836
     */
    Value?: string | undefined;
}
/**
 * 数据类型（RunInstances）: an unnamed inline type table, read as the definition of InstanceIdSet, the one type the response names without defining it
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 844
 */
export interface InstanceIdSet {
    /**
     * 全局唯一的实例ID，是访问实例的唯一标识。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 847
     */
    InstanceId?: string | undefined;
}
/**
 * Members of the flattened request parameter DataDisk.n of CreateInstance (DataDisk.n.Encrypted, DataDisk.n.Size, DataDisk.n.Category, DataDisk.n.SnapshotId, DataDisk.n.DiskName, DataDisk.n.Description, DataDisk.n.Device, DataDisk.n.DeleteWithInstance), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1038
 */
export interface CreateInstanceDataDisk {
    /**
     * 数据盘N是否加密。取值范围：
     * - true: 加密。
     * - false: 不加密。 默认值: false。
     *
     * @defaultValue false
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1038
     */
    Encrypted?: boolean | undefined;
    /**
     * 数据盘n的磁盘大小，n的取值范围为1~16，单位为GiB，取值范围：
     * - cloud: 5~2000
     * - cloud_efficiency: 20~32768
     * - cloud_ssd: 20~32768
     * - ephemeral_ssd: 5~800
     * 指定该参数后，必须大于等于指定快照SnapshotId的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1054
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
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1055
     */
    Category?: string | undefined;
    /**
     * 创建数据盘使用的快照。指定该参数后，DataDisk.n.Size会被忽略，实际创建的磁盘大小为指定快照的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1056
     */
    SnapshotId?: string | undefined;
    /**
     * 数据盘名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）和连接号（-），不能以http://和https://开头。
     * 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1057
     */
    DiskName?: string | undefined;
    /**
     * 数据盘描述，2~256个字符。不能以http://和https://开头。
     * 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1058
     */
    Description?: string | undefined;
    /**
     * 空表示由系统默认分配，/dev/xvdb开始到/dev/xvdz。
     * 默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1059
     */
    Device?: string | undefined;
    /**
     * 数据盘是否随实例释放，取值范围：
     * - true: 实例释放时，磁盘随实例一起释放。
     * - false: 实例释放时，磁盘保留不释放。
     * 默认值：true。该参数只对独立云盘（DataDisk.n.Category为cloud、cloud_efficiency或cloud_ssd）有效，否则会报错。
     *
     * @defaultValue true
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1060
     */
    DeleteWithInstance?: boolean | undefined;
}
/**
 * Members of the flattened request parameter SystemDisk of CreateInstance (SystemDisk.Category, SystemDisk.Size, SystemDisk.DiskName, SystemDisk.Description), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1048
 */
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
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1048
     */
    Category?: "cloud" | "cloud_efficiency" | "cloud_ssd" | "ephemeral_ssd" | undefined;
    /**
     * 系统盘大小，单位为GiB，取值范围：
     * - cloud：40~500
     * - cloud_efficiency：40~500
     * - cloud_ssd：40~500
     * - ephemeral_ssd：40~500
     * 默认值为max{40, ImageSize}。指定该参数后，必须大于或等于max{40, ImageSize}。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1049
     */
    Size?: number | undefined;
    /**
     * 系统盘名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）和连接号（-）。不能以http://和https://开头。
     * 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1050
     */
    DiskName?: string | undefined;
    /**
     * 系统盘描述，2~256个字符，不能以http://和https://开头。
     * 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1051
     */
    Description?: string | undefined;
}
/**
 * 数据类型 DetachInstanceRamRoleResult（DetachInstanceRamRole）
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1513
 */
export interface DetachInstanceRamRoleResult {
    /**
     * 准备收回实例 RAM 角色的 ECS 实例。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1516
     */
    InstanceId?: string | undefined;
    /**
     * 判断是否成功收回实例 RAM 角色。返回值为 200 表示成功收回，返回其他值表示收回失败，失败原因参阅 错误码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1517
     */
    Code?: number | undefined;
    /**
     * 判断是否成功收回实例 RAM 角色。返回值为 Success 表示成功收回，返回其他值表示收回失败，失败原因参阅 错误码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1518
     */
    Message?: string | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of DescribeInstances (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1714
 */
export interface DescribeInstancesTag {
    /**
     * 标签 key, n 从 1 开始, 最大为 5。 不允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1714
     */
    Key?: string | undefined;
    /**
     * 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1715
     */
    Value?: string | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of DescribeDisks (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2670
 */
export interface DescribeDisksTag {
    /**
     * 标签 key, n 从 1 开始，最大为 5。
     * 不允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2670
     */
    Key?: string | undefined;
    /**
     * 标签 value, n 从 1 开始，最大为 5。
     * 允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2671
     */
    Value?: string | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of DescribeSnapshots (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3672
 */
export interface DescribeSnapshotsTag {
    /**
     * 标签 key, n 从 1 开始, 最大为 5。 不允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3672
     */
    Key?: string | undefined;
    /**
     * 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3673
     */
    Value?: string | undefined;
}
/**
 * Members of the flattened request parameter DiskDeviceMapping.n of CreateImage (DiskDeviceMapping.n.Size, DiskDeviceMapping.n.SnapshotId), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4433
 */
export interface CreateImageDiskDeviceMapping {
    /**
     * 磁盘的大小，取值范围：[5-2000GB]。 如果不指定，默认快照的大小。 如果没有指定快照ID，默认5GB。 如果指定了大小，不能小于快照的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4433
     */
    Size?: string | undefined;
    /**
     * 快照ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4434
     */
    SnapshotId?: string | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of DescribeImages (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4535
 */
export interface DescribeImagesTag {
    /**
     * 标签 key，n 从 1 开始，最大为 5。 不允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4535
     */
    Key?: string | undefined;
    /**
     * 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4538
     */
    Value?: string | undefined;
}
/**
 * Members of the flattened request parameter DiskDeviceMapping.n of ImportImage (DiskDeviceMapping.n.Format, DiskDeviceMapping.n.OSSBucket, DiskDeviceMapping.n.OSSObject, DiskDeviceMapping.n.DiskImageSize), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5117
 */
export interface ImportImageDiskDeviceMapping {
    /**
     * 镜像格式，支持RAW、VHD和qcow2。 默认值：RAW。
     *
     * @defaultValue RAW
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5117
     */
    Format?: string | undefined;
    /**
     * 镜像文件所在用户的OSS Bucket。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5118
     */
    OSSBucket: string;
    /**
     * 镜像文件所在用户的OSS Object的key。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5119
     */
    OSSObject: string;
    /**
     * 镜像文件创建系统盘的大小，一定要确保系统盘的空间大于或者等于文件系统的空间。
     * - Linux类型，取值范围：20 GiB~1 TiB，默认：20 GiB。
     * - Windows类型，取值范围：40 GiB~1 TiB，默认：40 GiB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5120
     */
    DiskImageSize?: string | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of DescribeSecurityGroups (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6256
 */
export interface DescribeSecurityGroupsTag {
    /**
     * 标签 key, n 从 1 开始, 最大为 5。 不允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6256
     */
    Key?: string | undefined;
    /**
     * 标签 value, n 从 1 开始, 最大为 5。 允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6257
     */
    Value?: string | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of AddTags (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7803
 */
export interface AddTagsTag {
    /**
     * 标签 key，n 从 1 开始，最大为 5。最多支持 64 个字符。 不支持 aliyun 开头。 不支持 http:// 和 https:// 开头。 不允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7803
     */
    Key: string;
    /**
     * 标签 value，n 从 1 开始，最大为 5。 最多支持 128 个字符。 不支持 aliyun 开头。 不支持 http:// 和 https:// 开头。 允许为空字符串。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7804
     */
    Value: string;
}
/**
 * Members of the flattened request parameter Tag.n of RemoveTags (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7870
 */
export interface RemoveTagsTag {
    /**
     * 标签 key, 最长为 64 字符, n 从 1 开始, 最大为 5。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7870
     */
    Key?: string | undefined;
    /**
     * 标签 value, 最长为128 字符, n 从 1 开始, 最大为 5。 如果不指定该参数, 则解绑指定资源上 Key 为指定的 Tag.n.Key 的 Tag。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7871
     */
    Value?: string | undefined;
}
/**
 * Members of the flattened request parameter Tag.n of DescribeTags (Tag.n.Key, Tag.n.Value), folded by docs2sdk into a structure named <Action><Parameter>.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7942
 */
export interface DescribeTagsTag {
    /**
     * 标签 key，n 从 1 开始，最大为 5。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7942
     */
    Key?: string | undefined;
    /**
     * 标签 value，n 从 1 开始，最大为 5。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7943
     */
    Value?: string | undefined;
}
/**
 * 允许创建的资源类型。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8336
 */
export interface AvailableResourceCreationType {
    /**
     * 资源类型如下：
     * - Instance：支持实例创建。
     * - IoOptimized：支持IO优化的实例创建。
     * - Disk：支持磁盘创建。
     * - VSwitch：支持专有网络创建。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8354
     */
    ResourceTypes?: Array<"Instance" | "IoOptimized" | "Disk" | "VSwitch" | (string & {})> | undefined;
}
/**
 * 支持的磁盘种类。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8356
 */
export interface AvailableDiskCategoriesType {
    /**
     * 磁盘种类
     * - cloud：支持创建普通云盘和独立普通云盘。
     * - cloud_ssd：支持创建SSD云盘。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8371
     */
    DiskCategories?: Array<"cloud" | "cloud_ssd" | (string & {})> | undefined;
}
/**
 * 共享带宽包描述信息。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8373
 */
export interface BandwidthPackageItemType {
    /**
     * BandwidthPackage的ID, bwp-xxoo123。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8388
     */
    BandwidthPackageId?: string | undefined;
    /**
     * 地域。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8389
     */
    RegionId?: string | undefined;
    /**
     * 实例的显示名称, [2, 128] 英文或中文字符, 必须以大小写字母或中文开头, 可包含数字、小数点(.)、下划线(_)或短横线(-)。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8392
     */
    Name?: string | undefined;
    /**
     * 自定义描述, [2, 256] 个字符, 实例描述会显示在控制台。不填则为空, 默认为空。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8393
     */
    Description?: string | undefined;
    /**
     * 可用区。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8394
     */
    ZoneId?: string | undefined;
    /**
     * 依附的NAT网关的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8395
     */
    GatewayId?: string | undefined;
    /**
     * 带宽值; 取值范围5-5000, 单位为Mbps。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8396
     */
    Bandwidth?: string | undefined;
    /**
     * 目前只支持一种: BGP
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8397
     */
    ISP?: string | undefined;
    /**
     * IP列表。每个IP有一个全局唯一的AllocatedId属性和一个IP地址属性。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8398
     */
    PublicIpAddresses?: PublicIpAddressSetType | undefined;
    /**
     * - Normal (正常) SecurityLocked (安全风控锁定状态)
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8399
     */
    BusinessStatus?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8400
     */
    CreationTime?: string | undefined;
}
/**
 * 列举磁盘信息项的类型。
 * 节点名：Disk
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8402
 */
export interface DiskItemType {
    /**
     * 磁盘ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8417
     */
    DiskId?: string | undefined;
    /**
     * 磁盘所属的地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8418
     */
    RegionId?: string | undefined;
    /**
     * 磁盘所属的可用区ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8419
     */
    ZoneId?: string | undefined;
    /**
     * 磁盘名。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8420
     */
    DiskName?: string | undefined;
    /**
     * 磁盘描述。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8421
     */
    Description?: string | undefined;
    /**
     * 磁盘类型。可选值：
     * - system: 系统盘
     * - data: 数据盘
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8424
     */
    Type?: string | undefined;
    /**
     * 磁盘种类。可选值：
     * - cloud: 普通云盘
     * - cloud_efficiency: 高效云盘
     * - cloud_ssd: SSD云盘
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8425
     */
    Category?: string | undefined;
    /**
     * 磁盘大小，单位GB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8426
     */
    Size?: number | undefined;
    /**
     * 创建磁盘的镜像ID，只有通过镜像创建的磁盘才有值，否则为空。这个值在磁盘的生命周期内始终不变。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8427
     */
    ImageId?: string | undefined;
    /**
     * 创建磁盘使用的快照，如果创建磁盘时，没有指定快照，则为空。这个值在磁盘的生命周期内始终不变。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8428
     */
    SourceSnapshotId?: string | undefined;
    /**
     * 磁盘是否可卸载。
     * - true代表是独立普通云盘，可以独立存在且可以自由在可用区内挂载和下载。
     * - false代表非独立普通云盘，只能和实例同生同灭。
     * 用户如果需要做attach和detach操作，必须先查询一下这个属性，为true的磁盘才能操作。普通云盘、ssd云盘的系统盘，该属性都为false。这个属性用户不能更改。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8429
     */
    Portable?: string | undefined;
    /**
     * 磁盘状态：In_use Available Attaching Detaching Creating ReIniting
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8430
     */
    Status?: string | undefined;
    /**
     * 磁盘锁定原因类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8431
     */
    OperationLocks?: OperationLocksType | undefined;
    /**
     * 所属Instance ID。只有在磁盘的Status为In_use时才有值，其他状态为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8432
     */
    InstanceId?: string | undefined;
    /**
     * 所属Instance的Device信息：比如/dev/xvdb。
     * 只有在磁盘的Status为In_use是才有值，其他状态为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8433
     */
    Device?: string | undefined;
    /**
     * - True表示Instance释放时，这块磁盘随Instance一起释放。
     * - false表示 Instance释放时，这块磁盘保留不释放。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8434
     */
    DeleteWithInstance?: string | undefined;
    /**
     * 是否同时删除自动快照，true false。
     * 通过CreateSnapshot或者在控制台创建的快照，不受这个参数的影响，始终会被保留。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8435
     */
    DeleteAutoSnapshot?: string | undefined;
    /**
     * 磁盘是否执行自动快照策略, true false。
     * - true表示这块磁盘执行自动快照策略。
     * - false表示这块磁盘不执行自动快照策略。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8438
     */
    EnableAutoSnapshot?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8439
     */
    CreationTime?: string | undefined;
    /**
     * 挂载时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。只有在磁盘的Status为In_use时才有意义。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8440
     */
    AttachedTime?: string | undefined;
    /**
     * 卸载时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。只有在磁盘的Status为Available时才有意义。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8441
     */
    DetachedTime?: string | undefined;
}
/**
 * 磁盘信息列表的类型。
 * 节点名：Disks
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8443
 */
export interface DiskSetType {
    /**
     * 磁盘信息DiskItemType项。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8458
     */
    Disk?: DiskItemType | undefined;
}
/**
 * 镜像信息的类型。
 * 节点名：Image
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8460
 */
export interface ImageType {
    /**
     * 镜像编码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8475
     */
    ImageId?: string | undefined;
    /**
     * 镜像版本。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8476
     */
    ImageVersion?: string | undefined;
    /**
     * 操作系统类型，可选值包括：
     * - Windows Linux
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8477
     */
    OSType?: string | undefined;
    /**
     * 操作系统平台。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8478
     */
    Platform?: string | undefined;
    /**
     * 镜像系统类型：i386 x86_64。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8479
     */
    Architecture?: string | undefined;
    /**
     * 镜像的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8480
     */
    ImageName?: string | undefined;
    /**
     * 描述信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8481
     */
    Description?: string | undefined;
    /**
     * 镜像大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8482
     */
    Size?: number | undefined;
    /**
     * 镜像所有者别名，有效值包括：
     * - system - 系统公共镜像 self - 用户的自定义镜像 others - 其他用户的公开镜像
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8483
     */
    ImageOwnerAlias?: string | undefined;
    /**
     * 操作系统的显示名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8484
     */
    OSName?: string | undefined;
    /**
     * 镜像下包含磁盘和快照的系统描述。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8485
     */
    DiskDeviceMappings?: DiskDeviceMapping | undefined;
    /**
     * 镜像完成的进度，单位为百分比。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8486
     */
    Progress?: string | undefined;
    /**
     * 镜像的状态，可能的值包括：
     * - Unavailable 不可用 Available 可用 Creating 创建中 CreateFailed 创建失败
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8487
     */
    Status?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8488
     */
    CreationTime?: string | undefined;
    /**
     * 有引用关系的资源类型，instance none。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8489
     */
    Usage?: string | undefined;
    /**
     * 是否是拷贝的镜像，true false。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8490
     */
    IsCopied?: string | undefined;
}
/**
 * 包含实例监控数据的类型。
 * 节点名：InstanceMonitorData
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8492
 */
export interface InstanceMonitorDataType {
    /**
     * 实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8507
     */
    InstanceId?: string | undefined;
    /**
     * CPU的使用比例，单位：百分比（%）。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8508
     */
    CPU?: number | undefined;
    /**
     * 云服务器实例接收到的数据流量，单位：kbit。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8509
     */
    IntranetRX?: number | undefined;
    /**
     * 云服务器实例发送的数据流量，单位：kbit。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8510
     */
    IntranetTX?: number | undefined;
    /**
     * 云服务器实例的带宽（单位时间内的网络流量），单位为kbit/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8511
     */
    IntranetBandwidth?: number | undefined;
    /**
     * 云服务器实例接收到的数据流量，单位：kbit。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8512
     */
    InternetRX?: number | undefined;
    /**
     * 云服务器实例接发送的数据流量，单位：kbit。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8513
     */
    InternetTX?: number | undefined;
    /**
     * 云服务器实例的带宽（单位时间内的网络流量），单位为kbit/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8514
     */
    InternetBandwidth?: number | undefined;
    /**
     * 系统盘IO读操作，单位：次/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8515
     */
    IOPSRead?: number | undefined;
    /**
     * 系统盘IO写操作，单位：次/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8516
     */
    IOPSWrite?: number | undefined;
    /**
     * 系统盘磁盘读带宽，单位：Byte/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8517
     */
    BPSRead?: number | undefined;
    /**
     * 系统盘磁盘写带宽，单位：Byte/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8518
     */
    BPSWrite?: number | undefined;
    /**
     * 查询流量的时间点，按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8519
     */
    TimeStamp?: string | undefined;
}
/**
 * 包含实例状态的类型。
 * 节点名：InstanceStatus
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8521
 */
export interface InstanceStatusItemType {
    /**
     * 实例ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8536
     */
    InstanceId?: string | undefined;
    /**
     * 实例状态
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8537
     */
    Status?: string | undefined;
}
/**
 * 实例资源规格项的类型。
 * 节点名：InstanceType
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8539
 */
export interface InstanceTypeItem {
    /**
     * 实例规格的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8554
     */
    InstanceTypeId?: string | undefined;
    /**
     * CPU的内核数目。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8555
     */
    CpuCoreCount?: number | undefined;
    /**
     * 内存大小，单位GiB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8556
     */
    MemorySize?: number | undefined;
    /**
     * 实例规格族。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8557
     */
    InstanceTypeFamily?: string | undefined;
}
/**
 * 包含 IP 地址的集合。
 * 节点名：由接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8559
 */
export interface IpAddressSetType {
    /**
     * IP地址。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8574
     */
    IpAddress?: string[] | undefined;
}
/**
 * 包含实例状态的项的集合。
 * 节点名：InstanceStatuses
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8576
 */
export interface InstanceStatusSetType {
    /**
     * 由InstanceStatusItemType组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8591
     */
    InstanceStatus?: InstanceStatusItemType[] | undefined;
}
/**
 * 弹性网卡（ENI）类型的数据类型。
 * 节点名：由接口确定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8593
 */
export interface NetworkInterfaceType {
    /**
     * 弹性网卡的 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8608
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 弹性网卡主私有 IP 地址
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8609
     */
    PrimaryIpAddress?: string | undefined;
    /**
     * 弹性网卡的 MAC 地址
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8610
     */
    MacAddress?: string | undefined;
}
/**
 * 弹性网卡（ENI）集合的数据类型。
 * 节点名：由接口确定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8612
 */
export interface NetworkInterfaceSet {
    /**
     * 弹性网卡 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8627
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 弹性网卡的状态
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8628
     */
    Status?: string | undefined;
    /**
     * 弹性网卡类型
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8629
     */
    Type?: string | undefined;
    /**
     * VPC ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8630
     */
    VpcId?: string | undefined;
    /**
     * 指定 VPC 的交换机 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8631
     */
    VSwitchId?: string | undefined;
    /**
     * 可用区的 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8632
     */
    ZoneId?: string | undefined;
    /**
     * 弹性网卡关联的公网 IP
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8633
     */
    AssociatedPublicIp?: AssociatedPublicIp | undefined;
    /**
     * 弹性网卡主私有 IP 地址
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8634
     */
    PrivateIpAddress?: string | undefined;
    /**
     * PrivateIp 组成的集合
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8635
     */
    PrivateIpSet?: PrivateIpSet | undefined;
    /**
     * 弹性网卡的 MAC 地址
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8636
     */
    MacAddress?: string | undefined;
    /**
     * 所属的安全组集合
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8637
     */
    SecurityGroupIds?: SecurityGroupIdSetType | undefined;
    /**
     * 弹性网卡的名称
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8638
     */
    NetworkInterfaceName?: string | undefined;
    /**
     * 弹性网卡描述信息
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8639
     */
    Description?: string | undefined;
    /**
     * 弹性网卡附加的实例 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8640
     */
    InstanceId?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并需要使用 UTC 时间。格式为：YYYY-MM-DDThh:mmZ
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8641
     */
    CreationTime?: string | undefined;
}
/**
 * 资源的锁定原因类型。
 * 节点名：OperationLock
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8643
 */
export interface OperationLocksType {
    /**
     * 锁定类型，因安全原因被锁定。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8658
     */
    LockReason?: string[] | undefined;
}
/**
 * 安全组规则任命类型。
 * 节点名：Permissions
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8660
 */
export interface PermissionSetType {
    /**
     * 安全组规则PermissionType。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8675
     */
    Permission?: PermissionType | undefined;
}
/**
 * 安全组规则类型。
 * 节点名：Permission
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8677
 */
export interface PermissionType {
    /**
     * IP协议。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8692
     */
    IpProtocol?: string | undefined;
    /**
     * 端口范围。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8693
     */
    PortRange?: string | undefined;
    /**
     * 源IP地址段，用于Ingress授权。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8694
     */
    SourceCidrIp?: string | undefined;
    /**
     * 源安全组，用于Ingress授权。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8695
     */
    SourceGroupId?: string | undefined;
    /**
     * 源安全组所属账户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8696
     */
    SourceGroupOwnerAccount?: string | undefined;
    /**
     * 目标IP地址段，用于Egress授权。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8697
     */
    DestCidrIp?: string | undefined;
    /**
     * 目标安全组，用于Egress授权。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8698
     */
    DestGroupId?: string | undefined;
    /**
     * 目标安全组所属账户ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8701
     */
    DestGroupOwnerAccount?: string | undefined;
    /**
     * 授权策略。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8702
     */
    Policy?: string | undefined;
    /**
     * 网络类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8703
     */
    NicType?: string | undefined;
    /**
     * 规则优先级。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8704
     */
    Priority?: string | undefined;
    /**
     * 授权方向。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8705
     */
    Direction?: string | undefined;
    /**
     * 描述信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8706
     */
    Description?: string | undefined;
}
/**
 * Region 信息的类型。
 * 节点名：Region
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8708
 */
export interface RegionType {
    /**
     * Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8723
     */
    RegionId?: string | undefined;
    /**
     * Region名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8724
     */
    LocalName?: string | undefined;
}
/**
 * 快照详情的数据类型。
 * 节点名：由接口确定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8726
 */
export interface SnapshotType {
    /**
     * 快照ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8741
     */
    SnapshotId?: string | undefined;
    /**
     * 快照显示名称。如果创建时指定了快照显示名称，则返回。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8744
     */
    SnapshotName?: string | undefined;
    /**
     * 描述信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8745
     */
    Description?: string | undefined;
    /**
     * 快照创建进度，单位为百分比。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8746
     */
    Progress?: string | undefined;
    /**
     * 源磁盘ID，如果快照的源磁盘已经被删除，该字段仍旧保留。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8747
     */
    SourceDiskId?: string | undefined;
    /**
     * 源磁盘容量，GB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8748
     */
    SourceDiskSize?: number | undefined;
    /**
     * 源磁盘属性，System Data。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8749
     */
    SourceDiskType?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8750
     */
    CreationTime?: string | undefined;
    /**
     * 快照状态，progressing accomplished failed。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8751
     */
    Status?: string | undefined;
    /**
     * 有引用关系的资源类型，image disk image_disk none。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8752
     */
    Usage?: string | undefined;
}
/**
 * 安全组 ID 集合的数据类型。
 * 节点名：SecurityGroupIds
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8754
 */
export interface SecurityGroupIdSetType {
    /**
     * 安全组ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8769
     */
    SecurityGroupId?: string[] | undefined;
}
/**
 * 安全组集合的类型。
 * 节点名：SecurityGroups
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8771
 */
export interface SecurityGroupSetType {
    /**
     * 安全组SecurityGroupItemTy pe。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8786
     */
    SecurityGroup?: SecurityGroupItemType | undefined;
}
/**
 * 安全组集合的类型。
 * 节点名：SecurityGroups
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8788
 */
export interface SecurityGroupItemType {
    /**
     * 安全组ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8803
     */
    SecurityGroupId?: string | undefined;
    /**
     * 安全组名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8804
     */
    SecurityGroupName?: string | undefined;
    /**
     * 描述信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8805
     */
    Description?: string | undefined;
    /**
     * 安全组所属的专有网络。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8806
     */
    VpcId?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8807
     */
    CreationTime?: string | undefined;
}
/**
 * 自动快照策略类型，自动快照策略的详细设置信息。
 * 节点名：由接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8809
 */
export interface AutoSnapshotPolicyType {
    /**
     * 自动快照策略ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8824
     */
    AutoSnapshotPolicyId?: string | undefined;
    /**
     * 自动快照策略所属的RegionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8825
     */
    RegionId?: string | undefined;
    /**
     * 自动快照策略的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8826
     */
    AutoSnapshotPolicyName?: string | undefined;
    /**
     * 指定自动快照的创建时间点。最小单位为小时，从 00:00~23:00 共 24 个时间点可选，参数为 0~23 的数字，如：1 代表在 01:00 时间点。可以选定多个时间点。 传递参数为一个带有格式的 Json Array: ["0", "1", ... "23"]，最多 24 个时间点，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8827
     */
    TimePoints?: string | undefined;
    /**
     * 指定自动快照的重复日期。选定周一到周日中需要创建快照的日期，参数为 1~7 的数字，如：1 表示周一。允许选择多个日期。 传递参数为一个带有格式的 Json Array: ["1", "2" ... "7"]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8828
     */
    RepeatWeekdays?: string | undefined;
    /**
     * 指定自动快照的保留时间，单位为天。
     * - -1: 永久保存 1~65536: 指定保存天数
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8829
     */
    RetentionDays?: number | undefined;
    /**
     * 启用该策略的磁盘数量。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8830
     */
    DiskNums?: number | undefined;
    /**
     * 快照锁定原因类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8831
     */
    OperationLocks?: OperationLocksType | undefined;
    /**
     * 自动快照策略状态，Creating Available。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8832
     */
    Status?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8833
     */
    CreationTime?: string | undefined;
}
/**
 * 自动快照执行状态类型，返回上一次的执行结果。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8835
 */
export interface AutoSnapshotExecutionStatusType {
    /**
     * 返回最近一次执行的状态：Standby Executed Failed。
     * - Standby：刚设置完成还未开始执行或者系统盘的策略被关闭。
     * - Executed：执行成功。
     * - Failed：执行失败。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8850
     */
    SystemDiskExecutionStatus?: "Standby" | "Executed" | "Failed" | (string & {}) | undefined;
    /**
     * 返回最近一次执行的状态：Standby Executed Failed。
     * - Standby：刚设置完成还未开始执行或者数据盘的策略被关闭。
     * - Executed：执行成功。
     * - Failed：执行失败。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8851
     */
    DataDiskExecutionStatus?: "Standby" | "Executed" | "Failed" | (string & {}) | undefined;
}
/**
 * 描述镜像和快照的关系。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8853
 */
export interface DiskDeviceMapping {
    /**
     * 快照ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8868
     */
    SnapshotId?: string | undefined;
    /**
     * 生成磁盘的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8869
     */
    Size?: string | undefined;
    /**
     * 生成磁盘的Device信息：比如/dev/xvdb。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8870
     */
    Device?: string | undefined;
    /**
     * 镜像格式。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8871
     */
    Format?: string | undefined;
    /**
     * 导入镜像的OSS的bucket。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8872
     */
    ImportOSSBucket?: string | undefined;
    /**
     * 导入镜像文件的所属OSS的object。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8873
     */
    ImportOSSObject?: string | undefined;
}
/**
 * 包含 VPC信息的集合。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8875
 */
export interface VpcSetType {
    /**
     * VpcId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8892
     */
    VpcId?: string | undefined;
    /**
     * VPC所在的地域。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8893
     */
    RegionId?: string | undefined;
    /**
     * VPC状态, 包括Pending和Available两种。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8894
     */
    Status?: string | undefined;
    /**
     * VPC名称, 不填则为空, 默认值为空, [2,128]英文或中文字符, 必须以大小写字母或中文开头, 可包含数字、下划线(_)或短横线(-), 这个值会展示在控制台。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8895
     */
    VpcName?: string | undefined;
    /**
     * VSwitchId列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8896
     */
    VSwitchIds?: string | undefined;
    /**
     * VPC的网段地址。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8897
     */
    CidrBlock?: string | undefined;
    /**
     * VRouter的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8898
     */
    VRouterId?: string | undefined;
    /**
     * 描述, 不填则为空, 默认值为空, [2,256]英文或中文字符, 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8899
     */
    Description?: string | undefined;
    /**
     * 创建时间。按照ISO8601标准表示, 并需要使用UTC时间, 格式为: YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8900
     */
    CreationTime?: string | undefined;
    /**
     * 是否为所属地域的默认专有网络: true false。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8901
     */
    IsDefault?: boolean | undefined;
    /**
     * UserCidr 的列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8902
     */
    UserCidrs?: string | undefined;
}
/**
 * 包含弹性公网 IP 绑定信息的类型。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8904
 */
export interface EipAddressAssociateType {
    /**
     * 弹性公网IP实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8919
     */
    AllocationId?: string | undefined;
    /**
     * 弹性公网IP。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8920
     */
    IpAddress?: string | undefined;
    /**
     * 弹性公网IP的公网带宽限速，默认是5Mbps。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8921
     */
    Bandwidth?: number | undefined;
}
/**
 * 包含弹性公网 IP 信息的集合。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8923
 */
export interface EipAddressSetType {
    /**
     * 弹性公网IP所在的地域。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8936
     */
    RegionId?: string | undefined;
    /**
     * 弹性公网IP。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8937
     */
    IpAddress?: string | undefined;
    /**
     * 弹性公网IP实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8938
     */
    AllocationId?: string | undefined;
    /**
     * 弹性公网IP当前的状态，包括Associating、Unassociating、InUse和Available。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8939
     */
    Status?: string | undefined;
    /**
     * 范围：EcsInstance HaVip。如果当前未与任何资源绑定，则为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8940
     */
    InstanceType?: string | undefined;
    /**
     * 弹性公网IP当前绑定资源的Id；如果未绑定则值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8941
     */
    InstanceId?: string | undefined;
    /**
     * 弹性公网IP的公网带宽限速，默认是5Mbps。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8942
     */
    Bandwidth?: number | undefined;
    /**
     * LockReason组成的字符串数组，如果没有被锁定则其子节点不出现。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8943
     */
    OperationLocks?: OperationLocksType | undefined;
    /**
     * 分配时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8944
     */
    AllocationTime?: string | undefined;
}
/**
 * 云服务器实例属性。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8946
 */
export interface InstanceAttributesType {
    /**
     * 实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8961
     */
    InstanceId?: string | undefined;
    /**
     * 实例的显示名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8962
     */
    InstanceName?: string | undefined;
    /**
     * 实例的描述。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8963
     */
    Description?: string | undefined;
    /**
     * 镜像ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8964
     */
    ImageId?: string | undefined;
    /**
     * 实例所属地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8965
     */
    RegionId?: string | undefined;
    /**
     * 实例所属可用区。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8966
     */
    ZoneId?: string | undefined;
    /**
     * CPU 核数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8967
     */
    CPU?: number | undefined;
    /**
     * 内存大小，单位为 MB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8968
     */
    Memory?: number | undefined;
    /**
     * 实例资源规格。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8969
     */
    InstanceType?: string | undefined;
    /**
     * 实例规格族。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8970
     */
    InstanceTypeFamily?: string | undefined;
    /**
     * 实例机器名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8971
     */
    HostName?: string | undefined;
    /**
     * 实例机器的序列号。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8972
     */
    SerialNumber?: string | undefined;
    /**
     * 实例状态。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8973
     */
    Status?: string | undefined;
    /**
     * 实例所属安全组的集合SecurityGroupIdSetType。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8974
     */
    SecurityGroupIds?: SecurityGroupIdSetType | undefined;
    /**
     * 实例的公网 IP 地址，参见IpAddressSetType。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8975
     */
    PublicIpAddress?: IpAddressSetType | undefined;
    /**
     * 公网入带宽最大值。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8976
     */
    InternetMaxBandwidthIn?: number | undefined;
    /**
     * 公网出带宽最大值。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8977
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 创建时间。按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8980
     */
    CreationTime?: string | undefined;
    /**
     * VpcAttributesType类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8981
     */
    VpcAttributes?: VpcAttributesType | undefined;
    /**
     * EipAddressAssociateType类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8982
     */
    EipAddress?: EipAddressAssociateType | undefined;
    /**
     * 实例的内网 IP 地址，参见IpAddressSetType。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8983
     */
    InnerIpAddress?: IpAddressSetType | undefined;
    /**
     * 实例网络类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8984
     */
    InstanceNetworkType?: string | undefined;
    /**
     * 锁定列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8985
     */
    OperationLocks?: OperationLocksType | undefined;
    /**
     * 实例是否还可以挂载磁盘：True False。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8986
     */
    DeviceAvailable?: string | undefined;
    /**
     * 是否是 IO 优化型实例：True False
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8987
     */
    IoOptimized?: string | undefined;
}
/**
 * 云服务器实例的专有网络相关属性。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8989
 */
export interface VpcAttributesType {
    /**
     * 虚拟专有网络ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9004
     */
    VpcId?: string | undefined;
    /**
     * 交换机ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9005
     */
    VSwitchId?: string | undefined;
    /**
     * IpAddressSetType类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9006
     */
    PrivateIpAddress?: IpAddressSetType | undefined;
    /**
     * 云产品IP，用于云产品之间的网络互通。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9007
     */
    NatIpAddress?: string | undefined;
}
/**
 * 包含磁盘监控数据的类型。
 * 节点名：DiskMonitorData
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9009
 */
export interface DiskMonitorDataType {
    /**
     * 磁盘编号。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9024
     */
    DiskId?: string | undefined;
    /**
     * 磁盘IO读操作，单位：次/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9025
     */
    IOPSRead?: number | undefined;
    /**
     * 磁盘IO写操作，单位：次/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9026
     */
    IOPSWrite?: number | undefined;
    /**
     * 磁盘IO读写总操作，单位：次/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9027
     */
    IOPSTotal?: number | undefined;
    /**
     * 磁盘读带宽，单位：Byte/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9028
     */
    BPSRead?: number | undefined;
    /**
     * 磁盘写带宽，单位：Byte/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9029
     */
    BPSWrite?: number | undefined;
    /**
     * 磁盘读写总带宽，单位：Byte/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9030
     */
    BPSTotal?: number | undefined;
    /**
     * 查询的时间点，按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9031
     */
    TimeStamp?: string | undefined;
}
/**
 * 镜像信息的类型。
 * 节点名：Account
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9033
 */
export interface AccountType {
    /**
     * 账号ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9048
     */
    AliyunId?: string | undefined;
}
/**
 * 共享组类型。
 * 节点名：ShareGroup
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9050
 */
export interface ShareGroupType {
    /**
     * 共享分组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9065
     */
    Group?: string | undefined;
}
/**
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9067
 */
export interface TagSetItem {
    /**
     * Tag 的 Key
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9072
     */
    TagKey?: string | undefined;
    /**
     * Tag 的 Value
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9073
     */
    TagValue?: string | undefined;
    /**
     * 标签绑定的资源数量, 参考 ResourceTypeCountItem
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9074
     */
    ResourceTypeCount?: ResourceTypeCountItem[] | undefined;
}
/**
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9076
 */
export interface ResourceTypeCountItem {
    /**
     * 资源类型
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9081
     */
    ResourceType?: string | undefined;
    /**
     * 绑定的该类资源数量
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9082
     */
    Count?: string | undefined;
}
/**
 * 支持的实例规格种类。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9084
 */
export interface AvailableInstanceTypesType {
    /**
     * 实例规格种类。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9099
     */
    InstanceTypes?: string[] | undefined;
}
/**
 * 实例规格族项的类型。
 * 节点名：InstanceTypeFamily
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9101
 */
export interface InstanceTypeFamilyItemType {
    /**
     * 实例规格族 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9116
     */
    InstanceTypeFamilyId?: string | undefined;
    /**
     * 实例规格族所属代数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9117
     */
    Generation?: string | undefined;
}
/**
 * 支持创建的资源类型。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9119
 */
export interface AvailableResourcesType {
    /**
     * 是否 IO 优化。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9134
     */
    IoOptimized?: string | undefined;
    /**
     * 支持的网络类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9135
     */
    NetworkTypes?: string | undefined;
    /**
     * 支持的实例系列。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9136
     */
    InstanceGenerations?: string[] | undefined;
    /**
     * 支持的实例规格族。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9137
     */
    InstanceTypeFamilies?: string[] | undefined;
    /**
     * 支持创建的系统盘类型组成的数组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9138
     */
    SystemDiskCategories?: string[] | undefined;
    /**
     * 支持创建的数据盘类型组成的数组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9139
     */
    DataDiskCategories?: string[] | undefined;
    /**
     * 支持创建的实例规格组成的数组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9140
     */
    InstanceTypes?: string[] | undefined;
}
/**
 * 任务类型。
 * 节点名：TaskSetType
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9145
 */
export interface TaskType {
    /**
     * 任务ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9160
     */
    TaskId?: string | undefined;
    /**
     * 操作接口名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9161
     */
    Action?: string | undefined;
    /**
     * 任务状态。可选值：
     * - Finished 已完成 Processing 运行中
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9162
     */
    TaskStatus?: string | undefined;
    /**
     * 是否支持取消任务。可选值：
     * - True False
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9163
     */
    SupportCancel?: string | undefined;
    /**
     * 任务创建时间，时间类型按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9164
     */
    CreationTime?: string | undefined;
    /**
     * 任务完成时间，时间类型按照ISO8601标准表示，并需要使用UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9165
     */
    FinishedTime?: string | undefined;
}
/**
 * SSH 密钥对组合类型。
 * 节点名：参数决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9167
 */
export interface KeyPairSetType {
    /**
     * 密钥对 KeyPairItemType 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9178
     */
    KeyPair?: KeyPairItemType | undefined;
}
/**
 * SSH 密钥对类型。
 * 节点名：KeyPairs
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9180
 */
export interface KeyPairItemType {
    /**
     * 密钥对的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9191
     */
    KeyPairName?: string | undefined;
    /**
     * 密钥对的指纹。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9192
     */
    KeyPairFingerPrint?: string | undefined;
}
/**
 * 操作任务的资源操作明细。
 * 节点名：OperationProgress
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9194
 */
export interface OperationProgressType {
    /**
     * 资源信息类型
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9209
     */
    RelatedItemSet?: RelatedItemSetType | undefined;
    /**
     * 操作状态可选值：
     * - Processing 执行中 Success, 执行成功 Failed, 执行失败
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9210
     */
    OperationStatus?: string | undefined;
    /**
     * 错误码。只有 OperationStatus 为 Failed 时才会有值，其余情况下为空。 错误信息。只有 OperationStatus 为 Failed 时才会有值，其余情况下为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9211
     */
    ErrorCode?: string | undefined;
    /**
     * 错误信息。只有 OperationStatus 为 Failed 时才会有值，其余情况下为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9212
     */
    ErrorMsg?: string | undefined;
}
/**
 * 任务类型。
 * 节点名：RelatedItem
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9214
 */
export interface RelatedItemType {
    /**
     * 相关项名称
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9229
     */
    Name?: string | undefined;
    /**
     * 相关项值
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9230
     */
    Value?: string | undefined;
}
/**
 * 包含专线接入点信息的集合。由AccessPointType组成的list。
 * 节点名：接口决定
 * 子节点：AccessPointType。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9232
 */
export interface AccessPointSetType {
}
/**
 * 接入点信息的类型。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9246
 */
export interface AccessPointType {
    /**
     * 接入点 (AP) ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9261
     */
    AccessPointId?: string | undefined;
    /**
     * 专线接入点（AP）类型，可选值为VPC：VPC接入点，可接受访问VPC类型网络的专线接入。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9264
     */
    Type?: string | undefined;
    /**
     * 专线接入点状态，可选值：
     * - Recommended：状态良好，推荐接入。
     * - Hot：接入客户较多，状态正常。
     * - Full：接入客户已满，无法接入。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9265
     */
    Status?: "Recommended" | "Hot" | "Full" | undefined;
    /**
     * 专线接入点（AP）的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9266
     */
    Name?: string | undefined;
    /**
     * 专线接入点（AP）的描述。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9267
     */
    Description?: string | undefined;
    /**
     * 接入点物理上所在的Region ID，不填表示接入点物理上不属于任何Region。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9268
     */
    AttachedRegionId?: string | undefined;
    /**
     * 专线接入点（AP）所处物理位置。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9269
     */
    Location?: string | undefined;
    /**
     * 专线接入点（AP）机房所属的运营商。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9270
     */
    HostOperator?: string | undefined;
}
/**
 * 共享带宽包列表。
 * 节点名：接口决定
 * 子节点：BandwidthPackageItemType组成的 Array。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9272
 */
export interface BandwidthPackageSetType {
}
/**
 * 端口转发规则列表。
 * 节点名：接口决定。
 * 子节点：ForwardEntryItemType组成的 Array。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9286
 */
export interface ForwardEntrySetType {
}
/**
 * 端口转发规则描述信息。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9300
 */
export interface ForwardEntryItemType {
    /**
     * 该条目所属的转发表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9315
     */
    ForwardTableId?: string | undefined;
    /**
     * 转发表条目ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9316
     */
    ForwardEntryId?: string | undefined;
    /**
     * 被转发的IP地址。这个IP地址是NatGW上的一个公网IP。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9317
     */
    ExternalIp?: string | undefined;
    /**
     * 被转发的端口号，取值范围为1~65535 Any。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9318
     */
    ExternalPort?: string | undefined;
    /**
     * 转发消息的协议类型，可选TCP UDP Any。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9319
     */
    IpProtocol?: string | undefined;
    /**
     * 转发的目标IP地址，是一个私网IP地址。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9320
     */
    InternalIp?: string | undefined;
    /**
     * 转发的目标端口，取值范围为1~65535 Any。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9321
     */
    InternalPort?: string | undefined;
    /**
     * 转发条目状态，取值范围：Pending Available Modifying。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9322
     */
    Status?: string | undefined;
}
/**
 * 共享带宽包中的公网 IP 列表。
 * 节点名：接口决定。
 * 子节点：PublicIpAddressItemType组成的 Array。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9324
 */
export interface PublicIpAddressSetType {
}
/**
 * 共享带宽包中的公网 IP 的描述信息。
 * 节点名：接口决定。
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9338
 */
export interface PublicIpAddressItemType {
    /**
     * 该IP的ID，全局唯一。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9353
     */
    AllocationId?: string | undefined;
    /**
     * 该IP的IP地址。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9354
     */
    IpAddress?: string | undefined;
}
/**
 * 可用区信息的类型。
 * 节点名：Zone
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9356
 */
export interface ZoneType {
    /**
     * 可用区ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9371
     */
    ZoneId?: string | undefined;
    /**
     * 可用区本地语言名。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9372
     */
    LocalName?: string | undefined;
    /**
     * 可供创建的具体资源，AvailableResourcesType 组成的数组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9373
     */
    AvailableResources?: AvailableResourcesType | undefined;
    /**
     * 允许创建的实例规格类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9374
     */
    AvailableInstanceTypes?: AvailableInstanceTypesType | undefined;
    /**
     * 允许创建的资源类型集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9375
     */
    AvailableResourceCreation?: AvailableResourceCreationType | undefined;
    /**
     * 支持的磁盘种类集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9376
     */
    AvailableDiskCategories?: AvailableDiskCategoriesType | undefined;
}
/**
 * The document names this type but never defines its members (first named at line 1958).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1958
 */
export interface InstanceRamRoleSetType {
}
/**
 * The document names this type but never defines its members (first named at line 2513).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2513
 */
export interface DeploymentSetType {
}
/**
 * The document names this type but never defines its members (first named at line 2533).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2533
 */
export interface Switch {
}
/**
 * The document names this type but never defines its members (first named at line 2534).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2534
 */
export interface Rack {
}
/**
 * The document names this type but never defines its members (first named at line 3950).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3950
 */
export interface SnapshotLinkType {
}
/**
 * The document names this type but never defines its members (first named at line 6369).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6369
 */
export interface SecurityGroupReference {
}
/**
 * The document names this type but never defines its members (first named at line 8633).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8633
 */
export interface AssociatedPublicIp {
}
/**
 * The document names this type but never defines its members (first named at line 8635).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8635
 */
export interface PrivateIpSet {
}
/**
 * The document names this type but never defines its members (first named at line 9209).
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 9209
 */
export interface RelatedItemSetType {
}
/**
 * The JSON object around the list of InstanceAttributesType in DescribeInstances's response, as the document's example shows it ({"Instances": {"Instance": [...]}}); the table gives Instances the item type InstanceAttributesType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1727
 */
export interface DescribeInstancesInstances {
    /**
     * 由 InstanceAttributesType 组成的数组格式, 返回实例的信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1727
     */
    Instance?: InstanceAttributesType[] | undefined;
}
/**
 * The JSON object around the list of InstanceTypeFamilyItemType in DescribeInstanceTypeFamilies's response, as the document's example shows it ({"InstanceTypeFamilies": {"InstanceTypeFamily": [...]}}); the table gives InstanceTypeFamilies the item type InstanceTypeFamilyItemType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2028
 */
export interface DescribeInstanceTypeFamiliesInstanceTypeFamilies {
    /**
     * 由实例规格族 InstanceTypeFamilyItemType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2028
     */
    InstanceTypeFamily?: InstanceTypeFamilyItemType[] | undefined;
}
/**
 * The JSON object around the list of InstanceTypeItem in DescribeInstanceTypes's response, as the document's example shows it ({"InstanceTypes": {"InstanceType": [...]}}); the table gives InstanceTypes the item type InstanceTypeItem.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2105
 */
export interface DescribeInstanceTypesInstanceTypes {
    /**
     * 由实例规格项 InstanceTypeItem 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2105
     */
    InstanceType?: InstanceTypeItem[] | undefined;
}
/**
 * The JSON object around the list of SnapshotType in DescribeSnapshots's response, as the document's example shows it ({"Snapshots": {"Snapshot": [...]}}); the table gives Snapshots the item type SnapshotType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3685
 */
export interface DescribeSnapshotsSnapshots {
    /**
     * 快照详情 SnapshotType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3685
     */
    Snapshot?: SnapshotType[] | undefined;
}
/**
 * The JSON object around the list of SnapshotLinkType in DescribeSnapshotLinks's response, as the document's example shows it ({"SnapshotLinks": {"SnapshotLink": [...]}}); the table gives SnapshotLinks the item type SnapshotLinkType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3950
 */
export interface DescribeSnapshotLinksSnapshotLinks {
    /**
     * 快照链信息组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3950
     */
    SnapshotLink?: SnapshotLinkType[] | undefined;
}
/**
 * The JSON object around the list of AutoSnapshotPolicyType in DescribeAutoSnapshotPolicyEx's response, as the document's example shows it ({"AutoSnapshotPolicys": {"AutoSnapshotPolicy": [...]}}); the table gives AutoSnapshotPolicys the item type AutoSnapshotPolicyType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4232
 */
export interface DescribeAutoSnapshotPolicyExAutoSnapshotPolicys {
    /**
     * 自动快照策略详情AutoSnapshotPolicyType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4232
     */
    AutoSnapshotPolicy?: AutoSnapshotPolicyType[] | undefined;
}
/**
 * The JSON object around the list of ImageType in DescribeImages's response, as the document's example shows it ({"Images": {"Image": [...]}}); the table gives Images the item type ImageType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4551
 */
export interface DescribeImagesImages {
    /**
     * 镜像信息 ImageType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4551
     */
    Image?: ImageType[] | undefined;
}
/**
 * The JSON object around the list of SecurityGroupItemType in DescribeSecurityGroups's response, as the document's example shows it ({"SecurityGroups": {"SecurityGroup": [...]}}); the table gives SecurityGroups the item type SecurityGroupItemType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6270
 */
export interface DescribeSecurityGroupsSecurityGroups {
    /**
     * 安全组信息, 由SecurityGroupItemType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6270
     */
    SecurityGroup?: SecurityGroupItemType[] | undefined;
}
/**
 * The JSON object around the list of KeyPairItemType in DescribeKeyPairs's response, as the document's example shows it ({"KeyPairs": {"KeyPair": [...]}}); the table gives KeyPairs the item type KeyPairItemType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7025
 */
export interface DescribeKeyPairsKeyPairs {
    /**
     * 密钥对信息集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7025
     */
    KeyPair?: KeyPairItemType[] | undefined;
}
/**
 * The JSON object around the list of RegionType in DescribeRegions's response, as the document's example shows it ({"Regions": {"Region": [...]}}); the table gives Regions the item type RegionType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7624
 */
export interface DescribeRegionsRegions {
    /**
     * 地域信息 RegionType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7624
     */
    Region?: RegionType[] | undefined;
}
/**
 * The JSON object around the list of ZoneType in DescribeZones's response, as the document's example shows it ({"Zones": {"Zone": [...]}}); the table gives Zones the item type ZoneType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7690
 */
export interface DescribeZonesZones {
    /**
     * 数据中心信息 ZoneType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7690
     */
    Zone?: ZoneType[] | undefined;
}
/**
 * The JSON object around the list of TagSetItem in DescribeTags's response, as the document's example shows it ({"Tags": {"Tag": [...]}}); the table gives Tags the item type TagSetItem.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7953
 */
export interface DescribeTagsTags {
    /**
     * 实际返回内容的结构体列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7953
     */
    Tag?: TagSetItem[] | undefined;
}
/**
 * The JSON object around the list of TaskType in DescribeTasks's response, as the document's example shows it ({"TaskSet": {"Task": [...]}}); the table gives TaskSet the item type TaskType.
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8047
 */
export interface DescribeTasksTaskSet {
    /**
     * 任务集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8047
     */
    Task?: TaskType[] | undefined;
}
/**
 * Input of RunInstances: 创建一台或多台 ECS 实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 776
 */
export interface RunInstancesRequest {
    /**
     * 实例所属的地域ID。更多详情，请调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 796
     */
    RegionId: string;
    /**
     * 镜像 ID，启动实例时选择的镜像资源。您可以通过 DescribeImages 查询您可以使用的镜像资源。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 797
     */
    ImageId?: string | undefined;
    /**
     * 实例的资源规格。更多详情，请参见 ECS产品简介 中的实例规格族一节，也可以调用 DescribeInstanceTypes 获得最新的规格列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 798
     */
    InstanceType?: string | undefined;
    /**
     * ECS实例所属安全组的ID。同一个安全组内的ECS实例可以互相访问，一个安全组最多容纳1000台实例。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 799
     */
    SecurityGroupId: string;
    /**
     * 实例所属的可用区编号，您可以调用 DescribeZones 获取可用区列表。空表示由系统选择。默认值：空。
     *
     * @defaultValue 空
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 800
     */
    ZoneId?: string | undefined;
    /**
     * 是否为 I/O 优化实例。取值范围：
     * - none：非I/O优化
     * - optimized：I/O优化
     * - InstanceType 为系列I 的规格默认值：none。
     * - InstanceType 为非系列I的规格默认值：optimized。
     *
     * @defaultValue none
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 801
     */
    IoOptimized?: "none" | "optimized" | undefined;
    /**
     * Object parameter SystemDisk with the members Category, Size, DiskName, Description.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 802
     */
    SystemDisk?: RunInstancesSystemDisk | undefined;
    /**
     * Repeated parameter DataDisk.n (n from 1); each item has the members Category, Size, SnapshotId, Encrypted, DiskName, Description, DeleteWithInstance.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 808
     */
    DataDisk?: RunInstancesDataDisk[] | undefined;
    /**
     * 实例所属的HPC集群 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 817
     */
    HpcClusterId?: string | undefined;
    /**
     * 交换机的ID。是否必需和ECS实例的网络类型有关：
     * - 如果创建VPC类型的ECS实例，VSwitchId为必需参数。因此，如果您的环境中只有VPC网络，必需设置VSwitchId。
     * - 如果创建经典网络类型的ECS实例，VSwitchId为非必需参数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 818
     */
    VSwitchId?: string | undefined;
    /**
     * 公网入带宽最大值，单位为 Mbit/s。取值范围：[1,200]，默认值：200。
     *
     * @defaultValue 200
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 819
     */
    InternetMaxBandwidthIn?: number | undefined;
    /**
     * 公网出带宽最大值，单位为 Mbit/s。取值范围：[0, 100]默认值：0，您可以提交工单请将带宽范围设置成 [0, 200]。
     *
     * @defaultValue 0，您可以提交工单请将带宽范围设置成 [0, 200]
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 820
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 实例名称。
     * - 长度为[2, 128]个英文或中文字符，必须以大小写字母或中文开头，可以包含数字、点号 (.)、半角冒号 (:)、下划线 (_) 或短横线 (-)。
     * - 如果没有指定该参数，默认值为实例的InstanceId。
     * - 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 821
     */
    InstanceName?: string | undefined;
    /**
     * 云服务器的主机名。
     * - 点号 (.) 和短横线 (-) 不能作为 HostName 的首尾字符，不能连续使用。
     * - Windows 实例：名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线 (-) 组成，不支持点号 (.)，不能全是数字。
     * - 其他类型（Linux 等）实例：字符长度为[2, 128]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线 (-) 组成。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 824
     */
    HostName?: string | undefined;
    /**
     * 实例的描述。
     * - 长度为 [2, 256] 个字符。
     * - 不填则为空，默认值为空。
     * - 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 825
     */
    Description?: string | undefined;
    /**
     * 是否使用镜像预设的密码。使用该参数时，Password参数必须为空，同时您需要确保使用的镜像已经设置了密码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 826
     */
    PasswordInherit?: boolean | undefined;
    /**
     * 指定创建ECS实例的数量。取值范围：[1, 100]，默认值：1。
     *
     * @defaultValue 1
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 827
     */
    Amount?: string | undefined;
    /**
     * 自动释放时间。按照ISO8601标准表示，并需要使用 UTC 时间。格式为 YYYY-MM-DDTHH:mm:ssZ。
     * - 如果秒不是00，则自动取为当前分钟开始时。
     * - 最短在当前时间之后半小时。
     * - 最久不能超过当前时间起3年。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 828
     */
    AutoReleaseTime?: string | undefined;
    /**
     * 实例自定义数据。需要以 Base64 方式编码，原始数据最多为 16 KB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 829
     */
    UserData?: string | undefined;
    /**
     * 密钥对名称。
     * - Windows ECS 实例：忽略该参数。默认为空，即使填写了该参数，仍旧只执行参数Password的内容。
     * - Linux ECS 实例：如果指定该参数，默认禁用密码登录方式。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 830
     */
    KeyPairName?: string | undefined;
    /**
     * 实例RAM角色名称。您可以使用RAM API ListRoles 查询实例RAM角色名称。请参见相关 API CreateRole 和 ListRoles。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 831
     */
    RamRoleName?: string | undefined;
    /**
     * 是否开启安全加固。取值范围：
     * - Active：启用安全加固，只对系统镜像生效。
     * - Deactive：不启用安全加固，对所有镜像类型生效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 832
     */
    SecurityEnhancementStrategy?: "Active" | "Deactive" | undefined;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 833
     */
    Tag?: RunInstancesTag[] | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一。只支持 ASCII 字符，且不能超过 64 个字符。更多详情，请参见 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 837
     */
    ClientToken?: string | undefined;
}
/**
 * Output of RunInstances: 创建一台或多台 ECS 实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 776
 */
export interface RunInstancesResponse {
    /**
     * 实例ID列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 842
     */
    InstanceIds?: InstanceIdSet | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateInstance: 创建 ECS 实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1005
 */
export interface CreateInstanceRequest {
    /**
     * 实例所属的地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1030
     */
    RegionId: string;
    /**
     * 实例所属可用区的ID，空表示由系统选择。默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1031
     */
    ZoneId?: string | undefined;
    /**
     * 镜像文件ID，表示启动实例时选择的镜像资源。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1032
     */
    ImageId: string;
    /**
     * 实例的资源规格，可选规格请参见 实例规格 。您也可以调用DescribeInstanceTypeFamilies和DescribeInstanceTypes接口获得最新的可用规格。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1033
     */
    InstanceType: string;
    /**
     * ECS实例所属安全组的ID。同一个安全组内的ECS实例可以互相访问，一个安全组最多容纳1000台实例。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1036
     */
    SecurityGroupId: string;
    /**
     * 实例自定义数据，需要以Base64方式编码，原始数据最多为16 KiB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1037
     */
    UserData?: string | undefined;
    /**
     * Repeated parameter DataDisk.n (n from 1); each item has the members Encrypted, Size, Category, SnapshotId, DiskName, Description, Device, DeleteWithInstance.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1038
     */
    DataDisk?: CreateInstanceDataDisk[] | undefined;
    /**
     * 实例的显示名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、点号(.)、下划线(_)或连接号(-)，不能以http://和https://开头。 如果没有指定该参数，默认值为实例InstanceId的值。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1039
     */
    InstanceName?: string | undefined;
    /**
     * 实例的描述，2~256个字符，不能以http://和https://开头。 不填则为空，默认为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1040
     */
    Description?: string | undefined;
    /**
     * 公网入带宽最大值，单位为Mbit/s (Mega bit per second)，取值范围：1~200。如果未指定该参数，则自动设置成200 Mbit/s。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1041
     */
    InternetMaxBandwidthIn?: string | undefined;
    /**
     * 公网出带宽最大值，单位为Mbit/s (Mega bit per second)，取值范围：
     * - 按使用带宽：0~100。如果未指定该参数，API将自动将出带宽设置成0 Mbit/s。
     * - 按使用流量：1~100。如果未指定该参数，会报错。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1042
     */
    InternetMaxBandwidthOut?: string | undefined;
    /**
     * 云服务器的主机名，最少2个字符。点号(.)和连接号(-)不能作为HostName的首尾字符，且不能连续使用。 Windows系统最长为15字符，可包含字母(不限制大小写)、数字和连接号(-)组成，不支持点号(.)，不能全是数字。 其他系统(Linux等)最长为30字符，可包含多个点号，点之间为一段，每段允许使用字母(不限制大小写)、数字和连接号(-)。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1043
     */
    HostName?: string | undefined;
    /**
     * 实例登录密码。8~30个字符，必须同时包含三项（大小写字母、数字和特殊符号）。
     * 支持以下特殊字符：
     * () ` ~ ! @ # $ % ^ & * - + = { } [] ; : ' < > , . ? /
     * 如果传入Password参数，请务必使用HTTPS协议调用API，避免泄露密码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1046
     */
    Password?: string | undefined;
    /**
     * 实例是否I/O优化。取值范围：
     * - none：非I/O优化
     * - optimized：I/O优化
     * 默认值：none。
     *
     * @defaultValue none
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1047
     */
    IoOptimized?: "none" | "optimized" | undefined;
    /**
     * Object parameter SystemDisk with the members Category, Size, DiskName, Description.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1048
     */
    SystemDisk?: CreateInstanceSystemDisk | undefined;
    /**
     * 交换机的ID。是否必需和ECS实例的网络类型有关：
     * - 如果创建VPC类型的ECS实例，VSwitchId为必需参数。因此，如果您的环境中只有VPC网络，必需设置VSwitchId。
     * - 如果创建经典网络类型的ECS实例，VSwitchId为非必需参数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1063
     */
    VSwitchId?: string | undefined;
    /**
     * 实例私网的IP地址，不能单独指定。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1064
     */
    PrivateIpAddress?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，保证在不同请求间唯一，最大不超过64个ASCII字符。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1065
     */
    ClientToken?: string | undefined;
}
/**
 * Output of CreateInstance: 创建 ECS 实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1005
 */
export interface CreateInstanceResponse {
    /**
     * 实例 ID，由系统生成，全局唯一，是访问实例的唯一标识。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1070
     */
    InstanceId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of StartInstance: 启动一个指定的实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1155
 */
export interface StartInstanceRequest {
    /**
     * 指定启动的实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1171
     */
    InstanceId: string;
}
/**
 * Output of StartInstance: 启动一个指定的实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1155
 */
export interface StartInstanceResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of StopInstance: 停止一个指定的实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1220
 */
export interface StopInstanceRequest {
    /**
     * 指定的实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1237
     */
    InstanceId: string;
    /**
     * 执行了重启机器操作后，是否开启强制关机策略，强制执行关机。取值：
     * - true
     * - false
     * 默认值为 false。若为 false，则走正常关机流程。若为 true，则强制关机。
     * 这里的目的就是控制关机操作是否为强制关机。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1238
     */
    ForceStop?: string | undefined;
}
/**
 * Output of StopInstance: 停止一个指定的实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1220
 */
export interface StopInstanceResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of RebootInstance: 重启指定的实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1283
 */
export interface RebootInstanceRequest {
    /**
     * 指定实例的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1300
     */
    InstanceId: string;
    /**
     * 重启机器时的是否强制关机策略。取值：
     * - true
     * - false 若为 false，则走正常关机流程；若为 true，则强制关机。 如果不指定，则默认值为 false。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1303
     */
    ForceStop?: string | undefined;
}
/**
 * Output of RebootInstance: 重启指定的实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1283
 */
export interface RebootInstanceResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteInstance: 根据传入实例的名称来释放实例资源
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1349
 */
export interface DeleteInstanceRequest {
    /**
     * 实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1366
     */
    InstanceId: string;
}
/**
 * Output of DeleteInstance: 根据传入实例的名称来释放实例资源
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1349
 */
export interface DeleteInstanceResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AttachInstanceRamRole: 为您的 ECS 实例授予实例 RAM 角色
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1410
 */
export interface AttachInstanceRamRoleRequest {
    /**
     * 地域 ID。Region ID 的列表详见 地域和可用区。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1418
     */
    RegionId: string;
    /**
     * 实例 ID 的集合，最多 100 台实例， ["instanceId1", "instanceId2", "instanceId3" ...]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1419
     */
    InstanceIds: string[];
    /**
     * 实例 RAM 角色名称。名称由 RAM 提供和维护，您可以使用 RAM API ListRoles 查询。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1420
     */
    RamRoleName: string;
}
/**
 * Output of AttachInstanceRamRole: 为您的 ECS 实例授予实例 RAM 角色
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1410
 */
export interface AttachInstanceRamRoleResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachInstanceRamRole: 收回 ECS 实例的实例 RAM 角色
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1491
 */
export interface DetachInstanceRamRoleRequest {
    /**
     * 地域 ID。Region ID 的列表详见地域和可用区。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1499
     */
    RegionId: string;
    /**
     * 指定收回的实例 ID 的集合。最多支持一次查询100台实例，格式为 ["instanceId1", "instanceId2", "instanceId3"...]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1500
     */
    InstanceIds: string;
    /**
     * 收回赋予了某一实例RAM角色的所有ECS实例。您可以使用 RAM API ListRoles 查询您已创建的实例 RAM 角色。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1503
     */
    RamRoleName?: string | undefined;
}
/**
 * Output of DetachInstanceRamRole: 收回 ECS 实例的实例 RAM 角色
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1491
 */
export interface DetachInstanceRamRoleResponse {
    /**
     * 收回失败的实例 RAM 角色的个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1508
     */
    FailCount?: number | undefined;
    /**
     * 收回实例 RAM 角色的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1509
     */
    RamRoleName?: string | undefined;
    /**
     * 由实例 RAM 角色类型 (DetachInstanceRamRoleResult) 组成的信息集。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1510
     */
    DetachInstanceRamRoleResults?: DetachInstanceRamRoleResult[] | undefined;
    /**
     * 收回的实例 RAM 角色的总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1511
     */
    TotalCount?: number | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeInstanceStatus: 批量获取当前用户所有实例的状态信息，也可用于获取实例列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1588
 */
export interface DescribeInstanceStatusRequest {
    /**
     * 实例所属的 RegionID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1603
     */
    RegionId: string;
    /**
     * 实例所属可用区。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1604
     */
    ZoneId?: string | undefined;
    /**
     * 实例状态列表的页码，起始值为 1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1605
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数，最大值 50 行，默认值为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1606
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeInstanceStatus: 批量获取当前用户所有实例的状态信息，也可用于获取实例列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1588
 */
export interface DescribeInstanceStatusResponse {
    /**
     * 实例总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1613
     */
    TotalCount?: number | undefined;
    /**
     * 实例列表的页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1614
     */
    PageNumber?: number | undefined;
    /**
     * 输入时设置的每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1615
     */
    PageSize?: number | undefined;
    /**
     * 由 InstanceStatusItemType 组成的数组格式，返回实例的状态信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1616
     */
    InstanceStatuses?: InstanceStatusSetType | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeInstances: 查询所有实例的详细信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1682
 */
export interface DescribeInstancesRequest {
    /**
     * 地域。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1697
     */
    RegionId: string;
    /**
     * 专有网络 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1698
     */
    VpcId?: string | undefined;
    /**
     * 交换机 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1699
     */
    VSwitchId?: string | undefined;
    /**
     * 可用区 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1700
     */
    ZoneId?: string | undefined;
    /**
     * 实例的编号列表一个带有格式的 Json Array: ["i-xxxxxxxx", "i-yyyyyyyy", ... "izzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1701
     */
    InstanceIds?: string | undefined;
    /**
     * 实例的规格。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1702
     */
    InstanceType?: string | undefined;
    /**
     * 实例的规格族。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1703
     */
    InstanceTypeFamily?: string | undefined;
    /**
     * 实例网络类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1704
     */
    InstanceNetworkType?: string | undefined;
    /**
     * VPC 类型实例的私网 IP 列表。当 NetworkType 为 VPC 时，这个参数生效。 一个带有格式的 Json Array: ["172.16.1.1", "172.16.2.1", ... "172.16.10.1"], 最多 100 个 IP，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1705
     */
    PrivateIpAddresses?: string | undefined;
    /**
     * 实例所属的安全组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1706
     */
    SecurityGroupId?: string | undefined;
    /**
     * 实例名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1707
     */
    InstanceName?: string | undefined;
    /**
     * 镜像 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1708
     */
    ImageId?: string | undefined;
    /**
     * 实例状态，可选值：
     * - Running
     * - Starting
     * - Stopping
     * - Stopped
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1709
     */
    Status?: string | undefined;
    /**
     * 实例是否还可以挂载磁盘。可选值：True False。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1710
     */
    DeviceAvailable?: string | undefined;
    /**
     * 是否是 I/O 优化型实例。可选值：True False。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1713
     */
    IoOptimized?: string | undefined;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1714
     */
    Tag?: DescribeInstancesTag[] | undefined;
    /**
     * 实例状态列表的页码, 起始值为 1, 默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1716
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数, 最大值 100 行, 默认为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1717
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeInstances: 查询所有实例的详细信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1682
 */
export interface DescribeInstancesResponse {
    /**
     * 实例总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1724
     */
    TotalCount?: number | undefined;
    /**
     * 实例列表的页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1725
     */
    PageNumber?: number | undefined;
    /**
     * 输入时设置的每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1726
     */
    PageSize?: number | undefined;
    /**
     * 由 InstanceAttributesType 组成的数组格式, 返回实例的信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1727
     */
    Instances?: DescribeInstancesInstances | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeUserData: 查询您的 ECS 实例自定义数据
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1874
 */
export interface DescribeUserDataRequest {
    /**
     * 实例所属于的 RegionID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1889
     */
    RegionId: string;
    /**
     * 要查询的实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1890
     */
    InstanceId: string;
}
/**
 * Output of DescribeUserData: 查询您的 ECS 实例自定义数据
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1874
 */
export interface DescribeUserDataResponse {
    /**
     * 实例的自定义数据，并以 Base64 编码方式的方式显示。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1897
     */
    UserData?: string | undefined;
    /**
     * 实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1898
     */
    InstanceId?: string | undefined;
    /**
     * 地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1899
     */
    RegionId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeInstanceRamRole: 查询某一台或者多台 ECS 实例上的已赋予的实例 RAM 角色的信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1944
 */
export interface DescribeInstanceRamRoleRequest {
    /**
     * 指定查询的实例 ID 的集合。最多支持一次查询100台实例，格式为 ["instanceId1", "instanceId2","instanceId3"...]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1952
     */
    InstanceIds: string;
    /**
     * 查询赋予了某一实例RAM角色的所有ECS实例。您可以使用 RAMAPI ListRoles 查询您已创建的实例 RAM 角色。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1953
     */
    RamRoleName?: string | undefined;
}
/**
 * Output of DescribeInstanceRamRole: 查询某一台或者多台 ECS 实例上的已赋予的实例 RAM 角色的信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1944
 */
export interface DescribeInstanceRamRoleResponse {
    /**
     * 由实例 RAM 角色类型 (InstanceRamRoleSetType) 组成的信息集。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 1958
     */
    InstanceRamRoleSets?: InstanceRamRoleSetType[] | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeInstanceTypeFamilies: 查询云服务器 ECS 提供的实例规格族资源
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2014
 */
export interface DescribeInstanceTypeFamiliesRequest {
    /**
     * 地域 ID。更多详情，请调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2022
     */
    RegionId: string;
    /**
     * 实例规格族的系列信息。取值范围：
     * - ecs-1：系列 I 实例规格，上线时间较早，性价比高。ecs-2：系列 II 实例规格族，第二次软硬件升级，实例性能增强。ecs-3：系列 III 实例规格族，最新规格族，实例性能优良，能承载不同业务需求，响应更快。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2023
     */
    Generation?: string | undefined;
}
/**
 * Output of DescribeInstanceTypeFamilies: 查询云服务器 ECS 提供的实例规格族资源
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2014
 */
export interface DescribeInstanceTypeFamiliesResponse {
    /**
     * 由实例规格族 InstanceTypeFamilyItemType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2028
     */
    InstanceTypeFamilies?: DescribeInstanceTypeFamiliesInstanceTypeFamilies | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeInstanceTypes: 查询云服务器 ECS 提供的实例规格资源
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2092
 */
export interface DescribeInstanceTypesRequest {
    /**
     * 实例规格所属的规格族。更多详情，请参阅 ECS产品简介 的实例规格族。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2100
     */
    InstanceTypeFamily?: string | undefined;
}
/**
 * Output of DescribeInstanceTypes: 查询云服务器 ECS 提供的实例规格资源
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2092
 */
export interface DescribeInstanceTypesResponse {
    /**
     * 由实例规格项 InstanceTypeItem 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2105
     */
    InstanceTypes?: DescribeInstanceTypesInstanceTypes | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyInstanceAttribute: 修改实例密码、实例名称、安全组等属性信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2162
 */
export interface ModifyInstanceAttributeRequest {
    /**
     * 指定的实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2178
     */
    InstanceId: string;
    /**
     * 实例的显示名称，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点（.）、下划线（_）或短横线（-）。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2179
     */
    InstanceName?: string | undefined;
    /**
     * 实例的描述，[2, 256] 个字符。实例描述会显示在控制台。默认为空。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2180
     */
    Description?: string | undefined;
    /**
     * 重置为用户指定的密码。8-30个字符，必须同时包含三项（大、小写字母、数字和特殊符号）。 支持以下特殊字符：() ` ~ ! @ # $ % ^ & * - + = { } [] ; ' < > , . ? /。 如果传入 Password 参数，请务必使用 HTTPS 协议调用 API 以避免可能发生的密码泄露。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2181
     */
    Password?: string | undefined;
    /**
     * 实例自定义数据，需要以 Base64 的方式编码，原始数据最多为 16KB。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2182
     */
    UserData?: string | undefined;
    /**
     * 表示操作系统内部的计算机名，最少两个字符，小数点（.）和短横线（-）不能作为HostName的首尾字符，不能连续使用。 Windows 平台最长为15字符，允许字母（不限制大小写）、数字和短横线（-）组成，不支持小数点（.），不能全是数字。 其他平台（Linux 等）最长为 30 字符，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2183
     */
    HostName?: string | undefined;
}
/**
 * Output of ModifyInstanceAttribute: 修改实例密码、实例名称、安全组等属性信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2162
 */
export interface ModifyInstanceAttributeResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyInstanceVpcAttribute: 修改云服务器实例的 VPC 属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2234
 */
export interface ModifyInstanceVpcAttributeRequest {
    /**
     * 指定的实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2253
     */
    InstanceId: string;
    /**
     * 新的交换机 ID，不能跨可用区修改实例的交换机。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2254
     */
    VSwitchId: string;
    /**
     * 新的私网 IP 地址，不能单独指定。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2255
     */
    PrivateIpAddress?: string | undefined;
}
/**
 * Output of ModifyInstanceVpcAttribute: 修改云服务器实例的 VPC 属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2234
 */
export interface ModifyInstanceVpcAttributeResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyInstanceVncPasswd: 修改ECS 实例的VNC登录口令
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2307
 */
export interface ModifyInstanceVncPasswdRequest {
    /**
     * ECS实例所在的Region。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2322
     */
    RegionId: string;
    /**
     * ECS实例。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2323
     */
    InstanceId: string;
    /**
     * ECS实例的VNC口令。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2324
     */
    VncPassword: string;
}
/**
 * Output of ModifyInstanceVncPasswd: 修改ECS 实例的VNC登录口令
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2307
 */
export interface ModifyInstanceVncPasswdResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateDeploymentSet: 创建一个部署集
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2373
 */
export interface CreateDeploymentSetRequest {
    /**
     * 部署集所属地域 Region ID。RegionId 的列表可以通过请求参数DescribeRegions查询获取。详见 DescribeRegions 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2383
     */
    RegionId: string;
    /**
     * 部署集所属可用区 Zone ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2384
     */
    ZoneId: string;
    /**
     * 部署集描述信息，[2,256] 个字符。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2385
     */
    Description?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不过 64 个 ASCII 字符。具体参见附录： 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2386
     */
    ClientToken?: string | undefined;
    /**
     * 部署集名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或短横线 (-)，部署集名称会展示在控制台。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2387
     */
    DeploymentSetName?: string | undefined;
    /**
     * 部署域。取值：Default 或 Switch。默认值：Default。
     *
     * @defaultValue Default
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2388
     */
    Domain?: string | undefined;
    /**
     * 部署粒度。取值：
     * - Host：宿主机，代表最小调度粒度为一个物理服务器，是默认值。
     * - Rack：代表最小调度粒度为一个机架。
     * - Switch：代表最小调度粒度为一个网络交换机。
     * - 如果部署域是 Switch，部署粒度不能选择 Switch。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2389
     */
    Granularity?: "Host" | "Rack" | "Switch" | undefined;
    /**
     * 部署策略。
     * - LooseDispersion：尽量分散，默认值
     * - LooseAggregation：尽量聚合
     * - StrictAggregation：严格聚合
     * - StrictDispersion：严格分散 如果部署粒度为 Switch，可以支持4种部署策略。如果部署粒度为 Rack 或者 Host，只可以选择尽量分散或者严格分散。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2390
     */
    Strategy?: "LooseDispersion" | "LooseAggregation" | "StrictAggregation" | "StrictDispersion" | (string & {}) | undefined;
}
/**
 * Output of CreateDeploymentSet: 创建一个部署集
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2373
 */
export interface CreateDeploymentSetResponse {
    /**
     * 部署集 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2397
     */
    DeploymentSetId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteDeploymentSet: 删除一个部署集
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2421
 */
export interface DeleteDeploymentSetRequest {
    /**
     * 部署集所属 Region ID。RegionId 的列表可以通过请求参数 DescribeRegions 查询获取。详见 DescribeRegions 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2433
     */
    RegionId: string;
    /**
     * 部署集 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2434
     */
    DeploymentSetId: string;
}
/**
 * Output of DeleteDeploymentSet: 删除一个部署集
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2421
 */
export interface DeleteDeploymentSetResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyDeploymentSetAttribute: 修改部署集的属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2449
 */
export interface ModifyDeploymentSetAttributeRequest {
    /**
     * 部署集所属 Region ID。RegionId 的列表可以通过请求参数 DescribeRegions 查询获取。详见 DescribeRegions 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2459
     */
    RegionId: string;
    /**
     * 部署集 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2460
     */
    DeploymentSetId: string;
    /**
     * 部署集名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点（.）、下划线（_）或短横线（-），部署集名称会展示在控制台。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2463
     */
    DeploymentSetName?: string | undefined;
    /**
     * 部署集描述信息，[2,256] 个字符。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2464
     */
    Description?: string | undefined;
}
/**
 * Output of ModifyDeploymentSetAttribute: 修改部署集的属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2449
 */
export interface ModifyDeploymentSetAttributeResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeDeploymentSets: 查询部署集列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2484
 */
export interface DescribeDeploymentSetsRequest {
    /**
     * 部署集所属 Region ID。RegionId 的列表可以通过请求参数 DescribeRegions 查询获取。详见 DescribeRegions 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2494
     */
    RegionId: string;
    /**
     * 部署集 ID 结合，最多 100 个，一个带有格式的 Json Array: ["ps-xxxxxxxx", "ps-yyyyyyyy", ... "ps-zzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2495
     */
    DeploymentSetIds: string;
    /**
     * 部署集名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2496
     */
    DeploymentSetName?: string | undefined;
    /**
     * 部署域。取值：Default 或 Switch。默认值：Default。
     *
     * @defaultValue Default
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2497
     */
    Domain?: string | undefined;
    /**
     * 部署粒度。 取值：
     * - Host：宿主机，代表最小调度粒度为一个物理服务器，是默认值。
     * - Rack：代表最小调度粒度为一个机架。
     * - Switch：代表最小调度粒度为一个网络交换机。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2498
     */
    Granularity?: "Host" | "Rack" | "Switch" | undefined;
    /**
     * 部署策略。 取值：
     * - LooseDispersion: 尽量分散。默认值。
     * - LooseAggregation: 尽量聚合
     * - StrictAggregation: 严格聚合
     * - StrictDispersion: 严格分散 如果部署粒度为 Switch，可以支持4种部署策略。如果部署粒度为 Rack 或者 Host，只可以选择尽量分散或者严格分散。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2501
     */
    Strategy?: string | undefined;
    /**
     * 实例状态列表的页码，起始值为 1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2502
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数，最大值 100 行，默认为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2503
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeDeploymentSets: 查询部署集列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2484
 */
export interface DescribeDeploymentSetsResponse {
    /**
     * 列表总数
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2510
     */
    TotalCount?: number | undefined;
    /**
     * 列表页数
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2511
     */
    PageNumber?: number | undefined;
    /**
     * 页大小
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2512
     */
    PageSize?: number | undefined;
    /**
     * 由DeploymentSetType组成。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2513
     */
    DeploymentSetList?: DeploymentSetType | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeDeploymentSetTopology: 用于获取部署集物理拓扑结构
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2515
 */
export interface DescribeDeploymentSetTopologyRequest {
    /**
     * 部署集ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2524
     */
    DeploymentSetId: string;
    /**
     * 部署集所属地域ID。RegionId的列表可通过 DescribeRegions 查看完整的地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2526
     */
    RegionId: string;
}
/**
 * Output of DescribeDeploymentSetTopology: 用于获取部署集物理拓扑结构
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2515
 */
export interface DescribeDeploymentSetTopologyResponse {
    /**
     * 由Switch组成的数组格式，返回实例的信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2533
     */
    Switchs?: Switch | undefined;
    /**
     * 由Rack组成的数组格式，返回实例的信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2534
     */
    Racks?: Rack | undefined;
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2535
     */
    RegionId?: string | undefined;
    /**
     * 部署集ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2536
     */
    DeploymentSetId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateDisk: 创建磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2548
 */
export interface CreateDiskRequest {
    /**
     * 实例所属的 Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2564
     */
    RegionId: string;
    /**
     * 可用区 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2565
     */
    ZoneId: string;
    /**
     * 磁盘名称，不填则为空，默认值为空，[2, 128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或短横线 (-)，磁盘名称会展示在控制台。 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2566
     */
    DiskName?: string | undefined;
    /**
     * 磁盘描述，不填则为空，默认值为空，[2, 256] 个字符，磁盘描述会展示在控制台。 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2567
     */
    Description?: string | undefined;
    /**
     * 是否加密。取值范围：
     * - true: 加密
     * - false: 不加密 默认值：false。
     *
     * @defaultValue false
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2568
     */
    Encrypted?: boolean | undefined;
    /**
     * 数据盘的磁盘种类。 可选值：
     * - cloud - 普通云盘
     * - cloud_efficiency - 高效云盘
     * - cloud_ssd - SSD云盘 默认值：cloud。
     *
     * @defaultValue cloud
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2569
     */
    DiskCategory?: string | undefined;
    /**
     * 容量大小，以GB为单位：
     * - cloud: 5 ~ 2000
     * - cloud_efficiency: 20 ~ 2048
     * - cloud_ssd: 20 ~ 1024 指定该参数后，Size大小必须大于或等于指定快照 SnapshotId 的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2570
     */
    Size?: number | undefined;
    /**
     * 创建数据盘使用的快照指定该参数后 Size 会被忽略，实际创建的磁盘大小为指定快照的大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2571
     */
    SnapshotId?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。 具体参见： 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2574
     */
    ClientToken?: string | undefined;
}
/**
 * Output of CreateDisk: 创建磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2548
 */
export interface CreateDiskResponse {
    /**
     * 磁盘 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2581
     */
    DiskId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeDisks: 查询磁盘信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2640
 */
export interface DescribeDisksRequest {
    /**
     * 磁盘所属的 Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2655
     */
    RegionId: string;
    /**
     * 默认值为空，空代表查询所有可用区下的磁盘。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2656
     */
    ZoneId?: string | undefined;
    /**
     * 磁盘 ID。 一个带有格式的 json Array: ["d-xxxxxxxx", "d-yyyyyyyy", ... "dzzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2657
     */
    DiskIds?: string | undefined;
    /**
     * 实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2658
     */
    InstanceId?: string | undefined;
    /**
     * all system data，默认值为 all。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2659
     */
    DiskType?: string | undefined;
    /**
     * 磁盘种类all cloud cloud_efficiency cloud_ssd ephemeral ephemeral_ssd。默认值为all。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2660
     */
    Category?: string | undefined;
    /**
     * 磁盘状态In_use Available Attaching Detaching Creating ReIniting All。 默认值为 All。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2661
     */
    Status?: string | undefined;
    /**
     * 创建磁盘使用的快照。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2662
     */
    SnapshotId?: string | undefined;
    /**
     * 磁盘名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2663
     */
    DiskName?: string | undefined;
    /**
     * 磁盘是否支持卸载：
     * - true 代表是可卸载云盘，可以独立存在且可以自由在可用区内挂载和下载。
     * - false 代表不可卸载云盘，只能与实例同生同灭。
     * 用户如果需要做 attach和 detach 操作，必须先查询一下这个属性，为true 的磁盘才能操作。普通云盘、高效云盘和SSD云盘的系统盘，该属性都为 false。
     * 这个属性用户不能更改。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2666
     */
    Portable?: string | undefined;
    /**
     * 磁盘是否随实例释放：
     * - true 表示Instance 释放时，这块磁盘随 Instance 一起释放。
     * - false 表示 Instance 释放时，这块磁盘保留不释放。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2667
     */
    DeleteWithInstance?: string | undefined;
    /**
     * 删除磁盘时，是否同时删除自动快照。
     * - true 表示同时删除自动快照。
     * - false 表示保留自动快照。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2668
     */
    DeleteAutoSnapshot?: string | undefined;
    /**
     * 是否将磁盘执行自动快照策略作为筛选项（前提是用户整体的自动快照策略已经开启）。
     * - true, 表示选择执行自动快照策略的磁盘。
     * - false, 表示选择不执行自动快照策略的磁盘。
     * 默认值：无，表示不改变当前的值，不作为筛选项。
     *
     * @defaultValue 无，表示不改变当前的值，不作为筛选项
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2669
     */
    EnableAutoSnapshot?: string | undefined;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2670
     */
    Tag?: DescribeDisksTag[] | undefined;
    /**
     * 磁盘状态列表的页码，起始值为 1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2672
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数，最大值 100 行，默认为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2673
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeDisks: 查询磁盘信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2640
 */
export interface DescribeDisksResponse {
    /**
     * 磁盘总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2680
     */
    TotalCount?: number | undefined;
    /**
     * 磁盘列表的页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2683
     */
    PageNumber?: number | undefined;
    /**
     * 输入时设置的每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2684
     */
    PageSize?: number | undefined;
    /**
     * 磁盘信息 DiskItemType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2685
     */
    Disks?: DiskItemType | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AttachDisk: 挂载磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2864
 */
export interface AttachDiskRequest {
    /**
     * 目标云服务器 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2879
     */
    InstanceId: string;
    /**
     * 磁盘 ID。 磁盘和Instance 必须在同一个 Zone。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2880
     */
    DiskId: string;
    /**
     * 空表示由系统默认分配。 /dev/xvdb 开始到/dev/xvdz。 默认值：空。
     *
     * @defaultValue 空
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2881
     */
    Device?: string | undefined;
    /**
     * 磁盘是否随实例释放：
     * - true 表示Instance 释放时，这块磁盘随 Instance 一起释放。
     * - false 表示Instance 释放时，这块磁盘保留不释放。 默认值：无，表示保留当前值不做修改。
     *
     * @defaultValue 无，表示保留当前值不做修改
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2884
     */
    DeleteWithInstance?: string | undefined;
}
/**
 * Output of AttachDisk: 挂载磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2864
 */
export interface AttachDiskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachDisk: 卸载磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2941
 */
export interface DetachDiskRequest {
    /**
     * 目标云服务器 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2959
     */
    InstanceId: string;
    /**
     * 磁盘 ID。 磁盘和 Instance 必须在同一个 Zone。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2960
     */
    DiskId: string;
}
/**
 * Output of DetachDisk: 卸载磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 2941
 */
export interface DetachDiskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyDiskAttribute: 修改磁盘属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3014
 */
export interface ModifyDiskAttributeRequest {
    /**
     * 磁盘 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3030
     */
    DiskId: string;
    /**
     * 磁盘名称。 不填则原值，默认值为空，[2, 128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点(.)、下划线(_)或短横线(-)，磁盘名称会展示在控制台。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3031
     */
    DiskName?: string | undefined;
    /**
     * 磁盘描述。 不填则保持原值，默认值为空，[2, 256] 个字符，磁盘描述会展示在控制台。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3032
     */
    Description?: string | undefined;
    /**
     * 磁盘是否随实例释放：
     * - true 表示Instance 释放时，这块磁盘随 Instance 一起释放。
     * - false 表示Instance 释放时，这块磁盘保留不释放。 当磁盘的 category 属性为 cloud 且 Portable 属性为 false 时，该参数设置成 false 时报错。 默认值：无，表示不改变当前的值。
     *
     * @defaultValue 无，表示不改变当前的值
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3033
     */
    DeleteWithInstance?: string | undefined;
    /**
     * 删除磁盘时，是否同时删除自动快照。
     * - true 表示同时删除自动快照。
     * - false 表示保留自动快照。 默认值：无，表示不改变当前的值。
     *
     * @defaultValue 无，表示不改变当前的值
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3034
     */
    DeleteAutoSnapshot?: string | undefined;
    /**
     * 磁盘是否执行自动快照策略（前提是用户整体的自动快照策略已经开启）：
     * - true 表示这块磁盘执行自动快照策略。
     * - false 表示这块磁盘不执行自动快照策略。 默认值：无，表示不改变当前的值。
     *
     * @defaultValue 无，表示不改变当前的值
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3035
     */
    EnableAutoSnapshot?: string | undefined;
}
/**
 * Output of ModifyDiskAttribute: 修改磁盘属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3014
 */
export interface ModifyDiskAttributeResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReInitDisk: 重新初始化磁盘到初始状态
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3086
 */
export interface ReInitDiskRequest {
    /**
     * 指定的磁盘设备 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3104
     */
    DiskId: string;
}
/**
 * Output of ReInitDisk: 重新初始化磁盘到初始状态
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3086
 */
export interface ReInitDiskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResetDisk: 使用指定磁盘自身的快照回滚磁盘内容
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3154
 */
export interface ResetDiskRequest {
    /**
     * 指定的磁盘设备 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3171
     */
    DiskId: string;
    /**
     * 恢复磁盘的快照 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3172
     */
    SnapshotId: string;
}
/**
 * Output of ResetDisk: 使用指定磁盘自身的快照回滚磁盘内容
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3154
 */
export interface ResetDiskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ReplaceSystemDisk: 更换系统盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3222
 */
export interface ReplaceSystemDiskRequest {
    /**
     * 指定实例的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3238
     */
    InstanceId: string;
    /**
     * 重置系统时使用的镜像ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3239
     */
    ImageId: string;
    /**
     * 新的系统盘容量，以 GiB为单位，取值范围为：min ~ 500。其中，min=Max{40,ImageId.size}。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3240
     */
    SystemDiskSize?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。
     * 具体参见：如何保证幂等性。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3243
     */
    ClientToken?: string | undefined;
}
/**
 * Output of ReplaceSystemDisk: 更换系统盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3222
 */
export interface ReplaceSystemDiskResponse {
    /**
     * 新系统盘的磁盘 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3250
     */
    DiskId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ResizeDisk: 扩容磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3309
 */
export interface ResizeDiskRequest {
    /**
     * 磁盘的编号。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3327
     */
    DiskId: string;
    /**
     * 希望扩容到的磁盘大小。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3328
     */
    NewSize: number;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3329
     */
    ClientToken?: string | undefined;
}
/**
 * Output of ResizeDisk: 扩容磁盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3309
 */
export interface ResizeDiskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteDisk: 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立普通云盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3376
 */
export interface DeleteDiskRequest {
    /**
     * 需要删除的磁盘设备 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3392
     */
    DiskId: string;
}
/**
 * Output of DeleteDisk: 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立普通云盘
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3376
 */
export interface DeleteDiskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of migrate_disk: 磁盘在线迁移
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3436
 */
export interface migrate_diskRequest {
    /**
     * 磁盘所在region。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3445
     */
    region_id: string;
    /**
     * 磁盘id, 对应后羿disk_id。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3446
     */
    disk_id: string;
    /**
     * 目标zone id
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3447
     */
    dest_zone_id: string;
    /**
     * 当目标磁盘类型与源磁盘类型不一致时指定,如io3到io7; 默认与源磁盘一致。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3448
     */
    dest_disk_type?: string | undefined;
    /**
     * 目标磁盘 iops, 当磁盘类型为io7或io8时, 必填。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3449
     */
    dest_disk_iops?: string | undefined;
    /**
     * 目标磁盘bps, 当磁盘类型为io7或io8时, 必填。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3450
     */
    dest_disk_bps?: string | undefined;
}
/**
 * Output of migrate_disk: 磁盘在线迁移
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3436
 */
export interface migrate_diskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of query_load_progress: 磁盘在线迁移进度查询接口
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3487
 */
export interface query_load_progressRequest {
    /**
     * 磁盘所在region。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3496
     */
    region_id: string;
    /**
     * 磁盘id, 对应后羿disk_id。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3497
     */
    disk_id: string;
}
/**
 * Output of query_load_progress: 磁盘在线迁移进度查询接口
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3487
 */
export interface query_load_progressResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateSnapshot: 对指定的磁盘存储设备创建快照
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3507
 */
export interface CreateSnapshotRequest {
    /**
     * 指定的磁盘 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3529
     */
    DiskId: string;
    /**
     * 快照的显示名称，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-），且不能以 auto 开头（auto 开头的快照名是预留给自动快照的）。快照的显示名称会显示在控制台中。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3530
     */
    SnapshotName?: string | undefined;
    /**
     * 快照的描述，[2, 256] 个字符。快照的描述会显示在控制台中。不填则为空，默认为空。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3531
     */
    Description?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。 具体参见： 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3532
     */
    ClientToken?: string | undefined;
}
/**
 * Output of CreateSnapshot: 对指定的磁盘存储设备创建快照
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3507
 */
export interface CreateSnapshotResponse {
    /**
     * 快照 ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3539
     */
    SnapshotId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteSnapshot: 删除指定实例、指定磁盘设备的快照
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3589
 */
export interface DeleteSnapshotRequest {
    /**
     * 快照 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3605
     */
    SnapshotId: string;
}
/**
 * Output of DeleteSnapshot: 删除指定实例、指定磁盘设备的快照
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3589
 */
export interface DeleteSnapshotResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSnapshots: 查询针对云服务器的某个磁盘设备所有的快照列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3647
 */
export interface DescribeSnapshotsRequest {
    /**
     * 磁盘所属的 RegionID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3661
     */
    RegionId: string;
    /**
     * 指定的实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3662
     */
    InstanceId?: string | undefined;
    /**
     * 指定的磁盘设备 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3663
     */
    DiskId?: string | undefined;
    /**
     * 快照标识编码一个带有格式的 json Array: ["s-xxxxxxxx", "s-yyyyyyyyy", ... "szzzzzzzz"], 最多 100 个 ID，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3664
     */
    SnapshotIds?: string | undefined;
    /**
     * 快照名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3665
     */
    SnapshotName?: string | undefined;
    /**
     * 快照状态, progressing accomplished failed all。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3668
     */
    Status?: string | undefined;
    /**
     * 快照类型, auto user all。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3669
     */
    SnapshotType?: string | undefined;
    /**
     * 快照源磁盘的磁盘类型, System Data。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3670
     */
    SourceDiskType?: string | undefined;
    /**
     * 有引用关系的资源类型, image disk image_disk none。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3671
     */
    Usage?: string | undefined;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3672
     */
    Tag?: DescribeSnapshotsTag[] | undefined;
    /**
     * 磁盘状态列表的页码, 起始值为 1, 默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3674
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数, 最大值 100 行, 默认为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3675
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeSnapshots: 查询针对云服务器的某个磁盘设备所有的快照列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3647
 */
export interface DescribeSnapshotsResponse {
    /**
     * 快照总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3682
     */
    TotalCount?: number | undefined;
    /**
     * 快照列表的页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3683
     */
    PageNumber?: number | undefined;
    /**
     * 输入时设置的每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3684
     */
    PageSize?: number | undefined;
    /**
     * 快照详情 SnapshotType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3685
     */
    Snapshots?: DescribeSnapshotsSnapshots | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ImportSnapshot: 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3789
 */
export interface ImportSnapshotRequest {
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3804
     */
    RegionId: string;
    /**
     * 导入快照的名称，默认为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3805
     */
    SnapshotName?: string | undefined;
    /**
     * OSS Bucket的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3806
     */
    OssBucket: string;
    /**
     * OSS Object的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3807
     */
    OssObject: string;
}
/**
 * Output of ImportSnapshot: 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3789
 */
export interface ImportSnapshotResponse {
    /**
     * 导入快照后，在快照列表中的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3814
     */
    SnapshotId?: string | undefined;
    /**
     * 快照导入任务的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3815
     */
    TaskId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ExportSnapshot: 将云服务器ECS快照列表中的快照导出到OSS Bucket
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3851
 */
export interface ExportSnapshotRequest {
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3866
     */
    RegionId: string;
    /**
     * 导出快照的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3867
     */
    SnapshotId: string;
    /**
     * OSS Bucket的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3868
     */
    OssBucket: string;
}
/**
 * Output of ExportSnapshot: 将云服务器ECS快照列表中的快照导出到OSS Bucket
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3851
 */
export interface ExportSnapshotResponse {
    /**
     * 快照导出任务的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3875
     */
    TaskId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSnapshotLinks: 查询磁盘快照链
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3921
 */
export interface DescribeSnapshotLinksRequest {
    /**
     * 磁盘所属的 RegionID。更多详情，请参阅地域与可用区，或者调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3934
     */
    RegionId: string;
    /**
     * 实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3935
     */
    InstanceId?: string | undefined;
    /**
     * 磁盘 ID。一次最多指定100个磁盘 ID。DiskIds参数取值格式为JSON数组，如 ["d-xxxxxxxx", "dyyyyyyyy", ... "dzzzzzzzz"], ID 之间用半角逗号 (,) 隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3936
     */
    DiskIds?: string | undefined;
    /**
     * 快照 ID。一次最多指定100个快照 ID。SnapshotLinkIds 参数取值格式为JSON数组，如 ["p-xxxxxxxx", "p-yyyyyyyy", ... "pzzzzzzzz"], ID 之间用半角逗号 (,) 隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3937
     */
    SnapshotLinkIds?: string | undefined;
    /**
     * 磁盘状态列表的页码。起始值：1，默认值：1。
     *
     * @defaultValue 1
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3938
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数。取值范围：[1, 50]。默认值：10。
     *
     * @defaultValue 10
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3939
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeSnapshotLinks: 查询磁盘快照链
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3921
 */
export interface DescribeSnapshotLinksResponse {
    /**
     * 快照链源磁盘所属地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3944
     */
    RegionId?: string | undefined;
    /**
     * 快照链总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3945
     */
    TotalCount?: number | undefined;
    /**
     * 快照链列表的页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3948
     */
    PageNumber?: number | undefined;
    /**
     * 输入时设置的每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3949
     */
    PageSize?: number | undefined;
    /**
     * 快照链信息组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 3950
     */
    SnapshotLinks?: DescribeSnapshotLinksSnapshotLinks | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateAutoSnapshotPolicy: 创建一条自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4040
 */
export interface CreateAutoSnapshotPolicyRequest {
    /**
     * Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4055
     */
    RegionId: string;
    /**
     * 自动快照策略的名称。不填则为空，默认值为空，[2,128]英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-），磁盘名称会展示在控制台。不能以http://和https://开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4056
     */
    AutoSnapshotPolicyName: string;
    /**
     * 指定自动快照的创建时间点。最小单位为小时，从00:00~23:00共24个时间点可选，参数为0~23的数字，如：1代表在01:00时间点。可以选定多个时间点。传递参数为一个带有格式的Json Array: ["0", "1", ... "23"]，最多24个时间点，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4057
     */
    TimePoints: string;
    /**
     * 指定自动快照的重复日期。选定周一到周日中需要创建快照的日期，参数为1~7的数字，如：1表示周一。允许选择多个日期。传递参数为一个带有格式的Json Array: ["1", "2"... "7"]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4058
     */
    RepeatWeekdays: string;
    /**
     * 指定自动快照的保留时间，单位为天。
     * - 默认永久保存。
     * - 1~65536：指定保存天数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4059
     */
    RetentionDays?: number | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。具体参见 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4060
     */
    ClientToken?: string | undefined;
}
/**
 * Output of CreateAutoSnapshotPolicy: 创建一条自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4040
 */
export interface CreateAutoSnapshotPolicyResponse {
    /**
     * 自动快照策略ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4067
     */
    AutoSnapshotPolicyId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteAutoSnapshotPolicy: 删除一条自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4104
 */
export interface DeleteAutoSnapshotPolicyRequest {
    /**
     * 要释放的自动快照策略所在的Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4118
     */
    RegionId: string;
    /**
     * 要释放的自动快照策略的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4119
     */
    AutoSnapshotPolicyId: string;
}
/**
 * Output of DeleteAutoSnapshotPolicy: 删除一条自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4104
 */
export interface DeleteAutoSnapshotPolicyResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyAutoSnapshotPolicyEx: 修改一条自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4153
 */
export interface ModifyAutoSnapshotPolicyExRequest {
    /**
     * 要修改的自动快照策略所在的Region。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4167
     */
    RegionId?: string | undefined;
    /**
     * 要修改的自动快照策略ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4168
     */
    AutoSnapshotPolicyId: string;
    /**
     * 自动快照策略的名称。如果参数为空则代表不修改。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4169
     */
    AutoSnapshotPolicyName?: string | undefined;
    /**
     * 指定自动快照的创建时间点。最小单位为小时，从00:00~23:00共24个时间点可选，参数为0~23的数字，如：1代表01:00时间点。可以选定多个时间点。如果参数为空则代表不修改。传递参数为一个带有格式的Json Array: ["0", "1", ... "23"]，最多24个时间点，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4170
     */
    TimePoints?: string | undefined;
    /**
     * 指定自动快照的重复日期。选定周一到周日中需要创建快照的日期，参数为1~7的数字，如：1表示周一。允许选择多个重复日期。如果参数为空则代表不修改。传递参数为一个带有格式的Json Array: ["1", "2"... "7"]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4171
     */
    RepeatWeekdays?: string | undefined;
    /**
     * 指定自动快照的保留时间，单位为天。
     * - -1: 永久保存。
     * - 1~65536: 指定保存天数。
     * - 如果该参数为空，则代表不修改。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4172
     */
    RetentionDays?: number | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。具体参见附录。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4173
     */
    ClientToken?: string | undefined;
}
/**
 * Output of ModifyAutoSnapshotPolicyEx: 修改一条自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4153
 */
export interface ModifyAutoSnapshotPolicyExResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeAutoSnapshotPolicyEx: 查询自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4207
 */
export interface DescribeAutoSnapshotPolicyExRequest {
    /**
     * 要查询的自动快照策略所在的Region。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4217
     */
    RegionId: string;
    /**
     * 要查询的自动快照策略 ID，参数为空时为返回全部自动快照策略。一个带有格式的Json Array: ["p-xxxxxxxx", "p-yyyyyyyy", ... "pzzzzzzzz"]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4218
     */
    AutoSnapshotPolicyId?: string | undefined;
    /**
     * 自动快照策略列表的页码，起始值为 1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4219
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数，最大值 50 行，默认为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4220
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeAutoSnapshotPolicyEx: 查询自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4207
 */
export interface DescribeAutoSnapshotPolicyExResponse {
    /**
     * 快照的总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4227
     */
    TotalCount?: number | undefined;
    /**
     * 快照列表的页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4228
     */
    PageNumber?: number | undefined;
    /**
     * 输入时设置的每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4229
     */
    PageSize?: number | undefined;
    /**
     * 自动快照策略详情AutoSnapshotPolicyType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4232
     */
    AutoSnapshotPolicys?: DescribeAutoSnapshotPolicyExAutoSnapshotPolicys | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ApplyAutoSnapshotPolicy: 为磁盘执行自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4301
 */
export interface ApplyAutoSnapshotPolicyRequest {
    /**
     * 要执行自动快照的Region。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4317
     */
    RegionId: string;
    /**
     * 要执行的自动快照策略 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4318
     */
    AutoSnapshotPolicyId: string;
    /**
     * 要应用的自动快照策略的磁盘集合。一个带有格式的 Json Array: ["d-xxxxxxx", "d-yyyyyyy", ... "dzzzzzzz"], 最多 X 个 ID, 用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4319
     */
    DiskIds: string;
}
/**
 * Output of ApplyAutoSnapshotPolicy: 为磁盘执行自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4301
 */
export interface ApplyAutoSnapshotPolicyResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CancelAutoSnapshotPolicy: 为应用了自动快照策略的磁盘取消自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4353
 */
export interface CancelAutoSnapshotPolicyRequest {
    /**
     * 要取消的自动快照策略所在的Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4363
     */
    RegionId: string;
    /**
     * 要取消自动快照策略的磁盘集合。一个带有格式的 Json Array: ["dxxxxxxxxx", "dyyyyyyyyy", ... "dzzzzzzzz"], 最多 X 个 ID，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4364
     */
    DiskIds: string;
}
/**
 * Output of CancelAutoSnapshotPolicy: 为应用了自动快照策略的磁盘取消自动快照策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4353
 */
export interface CancelAutoSnapshotPolicyResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateImage: 通过快照创建自定义镜像，创建后的镜像可以用于新建ECS实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4400
 */
export interface CreateImageRequest {
    /**
     * 镜像所在的Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4430
     */
    RegionId: string;
    /**
     * 快照ID。从指定的快照创建自定义镜像。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4431
     */
    SnapshotId?: string | undefined;
    /**
     * 实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4432
     */
    InstanceId?: string | undefined;
    /**
     * Repeated parameter DiskDeviceMapping.n (n from 1); each item has the members Size, SnapshotId.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4433
     */
    DiskDeviceMapping?: CreateImageDiskDeviceMapping[] | undefined;
    /**
     * 镜像名称，[2,128]英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以http://和https://开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4437
     */
    ImageName?: string | undefined;
    /**
     * 镜像版本号，长度限制在1~40个英文字符。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4438
     */
    ImageVersion?: string | undefined;
    /**
     * 镜像的描述信息，长度限制在0~256个字符，不填则为空，默认为空。不能以http://和https://开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4439
     */
    Description?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过64个ASCII字符。具体参见： 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4440
     */
    ClientToken?: string | undefined;
}
/**
 * Output of CreateImage: 通过快照创建自定义镜像，创建后的镜像可以用于新建ECS实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4400
 */
export interface CreateImageResponse {
    /**
     * 镜像 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4447
     */
    ImageId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeImages: 查询用户可以使用的镜像列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4513
 */
export interface DescribeImagesRequest {
    /**
     * 实例所属于的 RegionID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4528
     */
    RegionId: string;
    /**
     * 镜像 ID，最多 100 个 ID，用半角逗号字符隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4529
     */
    ImageId?: string | undefined;
    /**
     * 镜像状态，取值：UnAvailable Available Creating CreateFailed。 默认值：Available 取值说明：
     * - Creating 创建中
     * - Available 可用
     * - UnAvailable 不可用
     * - CreateFailed 创建失败
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4530
     */
    Status?: string | undefined;
    /**
     * 创建镜像的快照 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4531
     */
    SnapshotId?: string | undefined;
    /**
     * 镜像的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4532
     */
    ImageName?: string | undefined;
    /**
     * 镜像所有者别名。取值：system self others marketplace。 默认值：无，表示返回 system + self + others。 不设置该参数说明不使用该参数进行过滤条件。 取值说明：
     * - system 阿里云官方提供镜像
     * - self 用户自定义镜像
     * - others 非自己的可用镜像
     *
     * @defaultValue 无，表示返回 system + self + others
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4533
     */
    ImageOwnerAlias?: string | undefined;
    /**
     * 有引用关系的资源类型，instance none
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4534
     */
    Usage?: string | undefined;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4535
     */
    Tag?: DescribeImagesTag[] | undefined;
    /**
     * 实例状态列表的页码, 起始值为 1, 默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4539
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数, 最大值 100 行, 默认值为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4540
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeImages: 查询用户可以使用的镜像列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4513
 */
export interface DescribeImagesResponse {
    /**
     * 镜像所属地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4547
     */
    RegionId?: string | undefined;
    /**
     * 列表条数目数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4548
     */
    TotalCount?: number | undefined;
    /**
     * 当前页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4549
     */
    PageNumber?: number | undefined;
    /**
     * 当前分页包含多少条目。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4550
     */
    PageSize?: number | undefined;
    /**
     * 镜像信息 ImageType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4551
     */
    Images?: DescribeImagesImages | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyImageAttribute: 修改镜像属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4661
 */
export interface ModifyImageAttributeRequest {
    /**
     * 自定义镜像的 RegionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4671
     */
    RegionId: string;
    /**
     * 自定义镜像的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4672
     */
    ImageId: string;
    /**
     * 自定义镜像名称，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4673
     */
    ImageName?: string | undefined;
    /**
     * 自定义镜像的描述信息，长度限制在 0 ~ 256 个字符，不填则为空，默认为空。不能以http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4674
     */
    Description?: string | undefined;
}
/**
 * Output of ModifyImageAttribute: 修改镜像属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4661
 */
export interface ModifyImageAttributeResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteImage: 删除指定的用户自定义镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4722
 */
export interface DeleteImageRequest {
    /**
     * 镜像所在的 Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4736
     */
    RegionId: string;
    /**
     * 镜像 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4737
     */
    ImageId: string;
}
/**
 * Output of DeleteImage: 删除指定的用户自定义镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4722
 */
export interface DeleteImageResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CopyImage: 复制镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4783
 */
export interface CopyImageRequest {
    /**
     * 源自自定义镜像的RegionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4800
     */
    RegionId: string;
    /**
     * 源自自定义镜像的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4801
     */
    ImageId: string;
    /**
     * 复制到目标 RegionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4802
     */
    DestinationRegionId: string;
    /**
     * 目标镜像名称，[2, 128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4803
     */
    DestinationImageName?: string | undefined;
    /**
     * 目标镜像的描述信息，长度限制在 0 ~ 256 个字符，不填则为空，默认为空。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4804
     */
    DestinationDescription?: string | undefined;
}
/**
 * Output of CopyImage: 复制镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4783
 */
export interface CopyImageResponse {
    /**
     * 目标镜像的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4811
     */
    ImageId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CancelCopyImage: 取消复制镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4871
 */
export interface CancelCopyImageRequest {
    /**
     * 目标镜像所属的 RegionID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4881
     */
    RegionId: string;
    /**
     * 正在复制的目标镜像 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4882
     */
    ImageId: string;
}
/**
 * Output of CancelCopyImage: 取消复制镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4871
 */
export interface CancelCopyImageResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyImageSharePermission: 管理镜像共享
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4931
 */
export interface ModifyImageSharePermissionRequest {
    /**
     * 自定义镜像所属的 RegionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4949
     */
    RegionId: string;
    /**
     * 自定义镜像的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4950
     */
    ImageId: string;
    /**
     * 添加镜像共享的账号 ID，n 的取值范围 [1 - 10]，超过 10 系统会忽略该参数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4951
     */
    AddAccount?: string[] | undefined;
    /**
     * 删除镜像共享的账号 ID，n 的取值范围 [1 - 10]，超过 10 系统会忽略该参数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4952
     */
    RemoveAccount?: string[] | undefined;
}
/**
 * Output of ModifyImageSharePermission: 管理镜像共享
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 4931
 */
export interface ModifyImageSharePermissionResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeImageSharePermission: 查询镜像共享账号列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5005
 */
export interface DescribeImageSharePermissionRequest {
    /**
     * 镜像所属的 RegionID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5015
     */
    RegionId: string;
    /**
     * 镜像 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5016
     */
    ImageId: string;
    /**
     * 列表的页码，起始值为1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5017
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数，最大值 50 行，默认值为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5018
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeImageSharePermission: 查询镜像共享账号列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5005
 */
export interface DescribeImageSharePermissionResponse {
    /**
     * 镜像的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5025
     */
    ImageId?: string | undefined;
    /**
     * 镜像所属地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5026
     */
    RegionId?: string | undefined;
    /**
     * 共享组类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5027
     */
    ShareGroups?: ShareGroupType | undefined;
    /**
     * 阿里云账号类型。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5028
     */
    Accounts?: AccountType | undefined;
    /**
     * 记录总数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5029
     */
    TotalCount?: number | undefined;
    /**
     * 页数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5030
     */
    PageNumber?: number | undefined;
    /**
     * 每页最大行数，默认 10 行，最大值50 行。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5031
     */
    PageSize?: number | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ImportImage: 导入镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5079
 */
export interface ImportImageRequest {
    /**
     * 源自定义镜像的RegionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5109
     */
    RegionId: string;
    /**
     * 镜像名称，2~128个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或短横线（-）。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5110
     */
    ImageName?: string | undefined;
    /**
     * 镜像的描述信息，长度限制在0~256个字符，不填则为空，默认为空。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5111
     */
    Description?: string | undefined;
    /**
     * 系统架构，取值范围：
     * - i386 x86_64 默认值：x86_64。
     *
     * @defaultValue x86_64
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5112
     */
    Architecture?: string | undefined;
    /**
     * 操作系统平台类型，取值范围：
     * - windows linux 默认值：linux。
     *
     * @defaultValue linux
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5113
     */
    OSType?: string | undefined;
    /**
     * 操作系统发行版，取值范围：
     * - CentOS Ubuntu SUSE OpenSUSE RedHat Debian CoreOS Aliyun Linux Windows Server 2003 Windows Server 2008 Windows Server 2012 Windows 7 Others Linux 默认值：Others Linux。
     *
     * @defaultValue Others Linux
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5114
     */
    Platform?: string | undefined;
    /**
     * Repeated parameter DiskDeviceMapping.n (n from 1); each item has the members Format, OSSBucket, OSSObject, DiskImageSize.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5117
     */
    DiskDeviceMapping: ImportImageDiskDeviceMapping[];
}
/**
 * Output of ImportImage: 导入镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5079
 */
export interface ImportImageResponse {
    /**
     * 地域ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5127
     */
    RegionId?: string | undefined;
    /**
     * 镜像的ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5128
     */
    ImageId?: string | undefined;
    /**
     * 导入镜像任务ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5129
     */
    ImportTaskId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ExportImage: 导出镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5191
 */
export interface ExportImageRequest {
    /**
     * 自定义镜像的regionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5218
     */
    RegionId: string;
    /**
     * 自定义镜像的ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5219
     */
    ImageId: string;
    /**
     * 镜像导出到的OSS bucket。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5220
     */
    OSSBucket: string;
    /**
     * 用户的OSS的Object的前缀。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5221
     */
    OSSPrefix?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大值不超过64个ASCII字符。 具体参见附录： 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5222
     */
    ClientToken?: string | undefined;
}
/**
 * Output of ExportImage: 导出镜像
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5191
 */
export interface ExportImageResponse {
    /**
     * 地域ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5229
     */
    RegionId?: string | undefined;
    /**
     * 导出镜像任务ID
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5230
     */
    ExportTaskId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AllocatePublicIpAddress: 给一个特定实例分配一个可用公网IP地址
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5288
 */
export interface AllocatePublicIpAddressRequest {
    /**
     * 需要分配 IP 地址的实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5306
     */
    InstanceId: string;
}
/**
 * Output of AllocatePublicIpAddress: 给一个特定实例分配一个可用公网IP地址
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5288
 */
export interface AllocatePublicIpAddressResponse {
    /**
     * 分配的公网 IP 地址。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5313
     */
    IpAddress?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyInstanceNetworkSpec: 修改实例的带宽配置
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5358
 */
export interface ModifyInstanceNetworkSpecRequest {
    /**
     * 指定的需要实例规格的实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5374
     */
    InstanceId: string;
    /**
     * 公网出网带宽最大值，单位为 Mbps。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5375
     */
    InternetMaxBandwidthOut?: number | undefined;
    /**
     * 公网入网带宽最大值，单位为 Mbps。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5378
     */
    InternetMaxBandwidthIn?: number | undefined;
}
/**
 * Output of ModifyInstanceNetworkSpec: 修改实例的带宽配置
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5358
 */
export interface ModifyInstanceNetworkSpecResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateSecurityGroup: 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5432
 */
export interface CreateSecurityGroupRequest {
    /**
     * 安全组所属 Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5449
     */
    RegionId: string;
    /**
     * 安全组名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点(.)、下划线(_)或短横线(-)，磁盘名称会展示在控制台。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5450
     */
    SecurityGroupName?: string | undefined;
    /**
     * 安全组描述信息，[2, 256] 个字符。 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5451
     */
    Description?: string | undefined;
    /**
     * 安全组所在的专有网络。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5452
     */
    VpcId?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不超过 64 个 ASCII 字符。 具体参见附录： 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5453
     */
    ClientToken?: string | undefined;
}
/**
 * Output of CreateSecurityGroup: 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5432
 */
export interface CreateSecurityGroupResponse {
    /**
     * 安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5460
     */
    SecurityGroupId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AuthorizeSecurityGroup: 设定安全组对外容许的访问权限
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5509
 */
export interface AuthorizeSecurityGroupRequest {
    /**
     * 目标安全组编码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5533
     */
    SecurityGroupId: string;
    /**
     * 目标安全组所属Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5534
     */
    RegionId: string;
    /**
     * IP协议，取值：tcp udp icmp gre all。 all表示同时支持四种协议。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5535
     */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时，默认端口号，取值范围为1~65535。例如“1/200”意思是端口号范围为1~200，若输入值为：“200/1”接口调用将报错。
     * - 协议为icmp时，端口号范围值为-1/-1。
     * - 协议为gre时，端口号范围值为-1/-1。
     * - 协议为all时，端口号范围值为-1/-1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5536
     */
    PortRange: string;
    /**
     * 源安全组ID，SourceGroupId或者SourceCidrIp参数必须设置一项，如果两项都设置，则默认对SourceCidrIp授权。 如果指定了该字段且没有指定SourceCidrIp，则NicType只能选择intranet。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5537
     */
    SourceGroupId?: string | undefined;
    /**
     * 跨用户安全组授权时，源安全组所属用户的阿里云账号。该参数可选，如果该参数及SourceGroupOwnerId均未设置，则默认为同一账户安全组间授权。SourceCidrIp如果已经被设置，则该参数无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5540
     */
    SourceGroupOwnerAccount?: string | undefined;
    /**
     * 跨用户撤销安全组规则时，源安全组所属用户阿里云账号ID。该参数可选，如果该参数及SourceGroupOwnerAccount均未设置，则默认为同一账户安全组间撤销。SourceCidrIp如果已经被设置，则该参数无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5541
     */
    SourceGroupOwnerId?: string | undefined;
    /**
     * 源IP地址范围，必须采用CIDR格式来指定IP地址范围，默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPV4。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5542
     */
    SourceCidrIp?: string | undefined;
    /**
     * 授权策略，参数值可为：
     * - accept（接受访问）。
     * - drop（拒绝访问）。
     * - 默认值为：accept。
     *
     * @defaultValue accept
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5543
     */
    Policy?: string | undefined;
    /**
     * 授权策略优先级，参数值可为：1-100。 默认值为：1。
     *
     * @defaultValue 1
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5544
     */
    Priority?: string | undefined;
    /**
     * 网络类型，取值：
     * - internet。
     * - intranet。
     * - 默认值为internet。
     * - 当对安全组进行相互授权时（即指定了SourceGroupId且没有指定SourceCidrIp），必须指定NicType为intranet。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5545
     */
    NicType?: string | undefined;
}
/**
 * Output of AuthorizeSecurityGroup: 设定安全组对外容许的访问权限
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5509
 */
export interface AuthorizeSecurityGroupResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AuthorizeSecurityGroupEgress: 设定安全组 Out 方向的访问权限
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5624
 */
export interface AuthorizeSecurityGroupEgressRequest {
    /**
     * 源安全组编码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5648
     */
    SecurityGroupId: string;
    /**
     * 源安全组所属Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5649
     */
    RegionId: string;
    /**
     * IP协议，取值：tcp udp icmp gre all。 all表示同时支持四种协议。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5650
     */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时默认端口号，取值范围为1~65535；例如"1/200"意思是端口号范围为1~200，若输入值为："200/1"接口调用将报错。
     * - 协议为icmp时端口号范围值为-1/-1。
     * - 协议为gre时端口号范围值为-1/-1。
     * - 协议为all时端口号范围值为-1/-1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5653
     */
    PortRange: string;
    /**
     * 同一Region内的目标安全组ID，DestGroupId或者 DestCidrIp 参数必须设置一项，如果两项都设置，则默认对DestCidrIp授权。如果指定了该字段且没有指定DestCidrIp，则 NicType只能选择 intranet。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5654
     */
    DestGroupId?: string | undefined;
    /**
     * 跨用户安全组授权时，目标安全组所属用户阿里云账号。该参数可选，如果未设置，则默认为同一账户安全组间授权。DestCidrIp如果已经被设置，则该参数无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5655
     */
    DestGroupOwnerAccount?: string | undefined;
    /**
     * 跨用户安全组授权时，目标安全组所属用户阿里云账号ID。该参数可选，如果该参数及DestGroupOwnerAccount均未设置，则默认为同一账户安全组间授权。DestCidrIp如果已经被设置，则该参数无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5656
     */
    DestGroupOwnerId?: string | undefined;
    /**
     * 目标IP地址范围（采用CIDR格式来指定IP地址范围），默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPV4。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5657
     */
    DestCidrIp?: string | undefined;
    /**
     * 授权策略，参数值可为：
     * - accept（接受访问）。
     * - drop（拒绝访问）。
     * 默认值为：accept。
     *
     * @defaultValue accept
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5658
     */
    Policy?: string | undefined;
    /**
     * 授权策略优先级，参数值可为：1-100。 默认值为：1
     *
     * @defaultValue 1
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5659
     */
    Priority?: string | undefined;
    /**
     * 网络类型，取值：
     * - internet。
     * - intranet。
     * 默认值为internet当对安全组进行相互授权时（即指定了DestGroupId且没有指定DestCidrIp），必须指定NicType为intranet。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5660
     */
    NicType?: string | undefined;
}
/**
 * Output of AuthorizeSecurityGroupEgress: 设定安全组 Out 方向的访问权限
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5624
 */
export interface AuthorizeSecurityGroupEgressResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of RevokeSecurityGroup: 取消 Group 对外提供的访问权限
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5740
 */
export interface RevokeSecurityGroupRequest {
    /**
     * 目标安全组ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5766
     */
    SecurityGroupId: string;
    /**
     * 目标安全组所属Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5767
     */
    RegionId: string;
    /**
     * IP协议，取值：tcp udp icmp gre all。 all表示同时支持四种协议。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5770
     */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时，默认端口号，取值范围为1~65535。例如"1/200"意思是端口号范围为1~200，若输入值为："200/1"接口调用将报错。
     * - 协议为icmp时，端口号范围值为-1/-1。
     * - 协议为gre时，端口号范围值为-1/-1。
     * - 协议为all时，端口号范围值为-1/-1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5771
     */
    PortRange: string;
    /**
     * 源安全组ID，SourceGroupId或者SourceCidrIp参数必须设置一项，如果两项都设置，则默认对SourceCidrIp授权。可以同时指定多个Group（最多10个），但必须采用半角逗号“,”分隔。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5772
     */
    SourceGroupId?: string | undefined;
    /**
     * 跨用户撤销安全组规则时，源安全组所属用户阿里云账号。该参数可选，如果未设置，则默认为同一账户安全组间撤销。SourceCidrIp如果已经被设置，则该参数无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5773
     */
    SourceGroupOwnerAccount?: string | undefined;
    /**
     * 源IP地址范围（采用CIDR格式来指定IP地址范围），默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPV4。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5774
     */
    SourceCidrIp?: string | undefined;
    /**
     * 授权策略，参数值可为：
     * - accept（接受访问） drop（拒绝访问） 默认值为：accept。
     *
     * @defaultValue accept
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5775
     */
    Policy?: string | undefined;
    /**
     * 网络类型，取值：
     * - internet intranet 默认值为internet。
     * - 当对安全组进行相互授权时（即指定了SourceGroupId且没有指定SourceCidrIp），必须指定NicType为intranet。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5776
     */
    NicType?: string | undefined;
}
/**
 * Output of RevokeSecurityGroup: 取消 Group 对外提供的访问权限
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5740
 */
export interface RevokeSecurityGroupResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of RevokeSecurityGroupEgress: 撤销安全组Out方向的访问规则
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5838
 */
export interface RevokeSecurityGroupEgressRequest {
    /**
     * 源安全组ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5857
     */
    SecurityGroupId: string;
    /**
     * 源安全组所属Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5858
     */
    RegionId: string;
    /**
     * IP协议，取值范围：
     * - tcp
     * - udp
     * - icmp
     * - gre
     * - all：表示同时支持四种协议
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5859
     */
    IpProtocol: string;
    /**
     * IP协议相关的端口号范围。
     * - 协议为tcp、udp时默认端口号，取值范围为1~65535。例如1/200表示端口号范围为1~200，若输入值为：200/1，接口调用将报错。
     * - 协议为icmp时端口号范围值为-1/-1。
     * - 协议为gre时端口号范围值为-1/-1。
     * - 协议为all时端口号范围值为-1/-1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5860
     */
    PortRange: string;
    /**
     * 授权同一Region内的目标安全组，DestGroupId或者DestCidrIp参数必须设置一项，如果两项都设置，则默认对DestCidrIp授权。可以同时指定多个Group（最多10个），但必须采用半角逗号（,）分隔。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5863
     */
    DestGroupId?: string | undefined;
    /**
     * 希望跨用户撤销安全组规则的目标安全组所属用户阿里云账号。该参数可选，如果未设置，则默认为同一账户安全组间撤销。 DestCidrIp如果已经被设置，则该参数无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5864
     */
    DestGroupOwnerAccount?: string | undefined;
    /**
     * 授权的目标IP地址范围，必须采用CIDR格式来指定IP地址范围，默认值为0.0.0.0/0（表示不受限制），其他支持的格式如10.159.6.18/12。仅支持IPv4。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5865
     */
    DestCidrIp?: string | undefined;
    /**
     * 授权策略，取值范围：
     * - accept（接受访问） drop（拒绝访问） 默认值为：accept。
     *
     * @defaultValue accept
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5866
     */
    Policy?: string | undefined;
    /**
     * 网络类型，取值范围：
     * - internet intranet 默认值为internet。
     * - 当对安全组进行相互授权时（即指定了DestGroupId且没有指定DestCidrIp），必须指定NicType为intranet。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5867
     */
    NicType?: string | undefined;
}
/**
 * Output of RevokeSecurityGroupEgress: 撤销安全组Out方向的访问规则
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5838
 */
export interface RevokeSecurityGroupEgressResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of JoinSecurityGroup: 将一台实例加入到指定的安全组
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5945
 */
export interface JoinSecurityGroupRequest {
    /**
     * 实例 ID。您可以调用 DescribeInstances 查看您 可用的实例。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5961
     */
    InstanceId: string;
    /**
     * 安全组 ID。您可以调用 DescribeSecurityGroups 查看您可用的安全组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5962
     */
    SecurityGroupId: string;
}
/**
 * Output of JoinSecurityGroup: 将一台实例加入到指定的安全组
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 5945
 */
export interface JoinSecurityGroupResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of LeaveSecurityGroup: 将一台实例移出指定的安全组
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6014
 */
export interface LeaveSecurityGroupRequest {
    /**
     * 实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6027
     */
    InstanceId: string;
    /**
     * 安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6028
     */
    SecurityGroupId: string;
}
/**
 * Output of LeaveSecurityGroup: 将一台实例移出指定的安全组
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6014
 */
export interface LeaveSecurityGroupResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteSecurityGroup: 用于删除一个指定的安全组
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6075
 */
export interface DeleteSecurityGroupRequest {
    /**
     * 安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6089
     */
    SecurityGroupId: string;
    /**
     * 地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6090
     */
    RegionId: string;
}
/**
 * Output of DeleteSecurityGroup: 用于删除一个指定的安全组
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6075
 */
export interface DeleteSecurityGroupResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroupAttribute: 查询安全组详情，包括安全权限控制
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6135
 */
export interface DescribeSecurityGroupAttributeRequest {
    /**
     * 目标安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6145
     */
    SecurityGroupId: string;
    /**
     * 目标安全组所属 Region ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6146
     */
    RegionId: string;
    /**
     * 网络类型，取值：internet intranet。 默认值为 internet。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6147
     */
    NicType?: string | undefined;
    /**
     * 授权方向，取值：egress ingress all。 默认值为all。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6148
     */
    Direction?: string | undefined;
}
/**
 * Output of DescribeSecurityGroupAttribute: 查询安全组详情，包括安全权限控制
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6135
 */
export interface DescribeSecurityGroupAttributeResponse {
    /**
     * 目标安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6155
     */
    SecurityGroupId?: string | undefined;
    /**
     * 目标安全组名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6156
     */
    SecurityGroupName?: string | undefined;
    /**
     * 地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6157
     */
    RegionId?: string | undefined;
    /**
     * 安全组描述信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6158
     */
    Description?: string | undefined;
    /**
     * 由 PermissionType 组成的集合，表示安全组中的权限规则。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6159
     */
    Permissions?: PermissionType | undefined;
    /**
     * VpcId，如果有，表示这个安全组是Vpc 类型的安全组，没有则表示是经典网络里的安全组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6160
     */
    VpcId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroups: 分页查询用户定义的所有安全组基本信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6242
 */
export interface DescribeSecurityGroupsRequest {
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6252
     */
    RegionId: string;
    /**
     * 安全组所在的专有网络。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6253
     */
    VpcId?: string | undefined;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6256
     */
    Tag?: DescribeSecurityGroupsTag[] | undefined;
    /**
     * 当前页码, 起始值为1, 默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6258
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数, 最大值 50, 默认值为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6259
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeSecurityGroups: 分页查询用户定义的所有安全组基本信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6242
 */
export interface DescribeSecurityGroupsResponse {
    /**
     * 安全组的总数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6266
     */
    TotalCount?: number | undefined;
    /**
     * 当前页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6267
     */
    PageNumber?: number | undefined;
    /**
     * 每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6268
     */
    PageSize?: number | undefined;
    /**
     * 安全组所属地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6269
     */
    RegionId?: string | undefined;
    /**
     * 安全组信息, 由SecurityGroupItemType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6270
     */
    SecurityGroups?: DescribeSecurityGroupsSecurityGroups | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeSecurityGroupReferences: 查询某个安全组和其他哪些安全组有安全组级别的授权行为
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6346
 */
export interface DescribeSecurityGroupReferencesRequest {
    /**
     * 要查询的第 n 个 SecurityGroupId, n 的取值范围为 [1, 10]。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6363
     */
    SecurityGroupId: string[];
    /**
     * 安全组所属地域。RegionId 可以通 过API DescribeRegions 查看完整 的地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6364
     */
    RegionId: string;
}
/**
 * Output of DescribeSecurityGroupReferences: 查询某个安全组和其他哪些安全组有安全组级别的授权行为
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6346
 */
export interface DescribeSecurityGroupReferencesResponse {
    /**
     * 所有用户指定的安全组被引用的完整 信息。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6369
     */
    SecurityGroupReferences?: SecurityGroupReference[] | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifySecurityGroupAttribute: 修改指定安全组的属性，包括修改安全组名称和描述
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6437
 */
export interface ModifySecurityGroupAttributeRequest {
    /**
     * 地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6447
     */
    RegionId: string;
    /**
     * 安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6448
     */
    SecurityGroupId: string;
    /**
     * 安全组名称，不填则为空，默认值为空，[2,128] 英文或中文字符，必须以大小写字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或短横线 (-)，安全组名称会展示在控制台。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6449
     */
    SecurityGroupName?: string | undefined;
    /**
     * 安全组描述信息，[2, 256] 个字符。不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6450
     */
    Description?: string | undefined;
}
/**
 * Output of ModifySecurityGroupAttribute: 修改指定安全组的属性，包括修改安全组名称和描述
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6437
 */
export interface ModifySecurityGroupAttributeResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifySecurityGroupPolicy: 修改安全组内网连通策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6498
 */
export interface ModifySecurityGroupPolicyRequest {
    /**
     * 安全组的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6512
     */
    SecurityGroupId: string;
    /**
     * 安全组所属 RegionID。Region ID 的列表可以通过API DescribeRegions 查看完整的地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6513
     */
    RegionId: string;
    /**
     * 当前安全组内网连通策略。取值范围：
     * - Accept：安全组内的实例之间的网络是互通的。
     * - Drop：安全组内的实例之间的网络是隔离的。 以上取值，不区分大小写。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6514
     */
    InnerAccessPolicy: "Accept" | "Drop";
}
/**
 * Output of ModifySecurityGroupPolicy: 修改安全组内网连通策略
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6498
 */
export interface ModifySecurityGroupPolicyResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifySecurityGroupRule: 修改安全组入方向规则的描述信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6557
 */
export interface ModifySecurityGroupRuleRequest {
    /**
     * 目标安全组所属地域ID。更多详情，请调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6573
     */
    RegionId: string;
    /**
     * 目标安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6574
     */
    SecurityGroupId: string;
    /**
     * 安全组规则的描述信息。长度为 [1, 512] 个字符。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6575
     */
    Description: string;
    /**
     * 传输层协议。不区分大小写。取值范围：
     * - ICMP
     * - GRE
     * - TCP
     * - UDP
     * - all: 支持所有协议
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6576
     */
    IpProtocol: string;
    /**
     * 目的端安全组开放的传输层协议相关的端口范围。取值范围：
     * - TCP/UDP 协议：: 取值范围为 [1, 65535]。使用斜线 (/) 隔开起始端口和终止端口。正确示范：1/200；错误示范：200/1。
     * - ICMP 协议：1/-1
     * - GRE 协议：1/-1
     * - all: -1/-1
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6577
     */
    PortRange: string;
    /**
     * 源端安全组开放的传输层协议相关的端口范围。取值范围：
     * - TCP/UDP 协议：取值范围为[1, 65535]。使用斜线 (/) 隔开起始端口和终止端口。正确示范：1/200；错误示范：200/1。
     * - ICMP 协议：1/-1。 - GRE 协议：1/-1。
     * - - all: -1/-1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6578
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
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6581
     */
    NicType?: "internet" | "intranet" | undefined;
    /**
     * 访问权限。取值范围：
     * - accept：接受访问。
     * - drop：拒绝访问，不返回拒绝信息。
     * 默认值：accept。
     *
     * @defaultValue accept
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6582
     */
    Policy?: "accept" | "drop" | undefined;
    /**
     * 目的端 IP 地址范围。支持 CIDR 格式和 IPv4 格式的 IP 地址范围。默认值：0.0.0.0/0。
     *
     * @defaultValue 0.0.0.0/0
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6583
     */
    DestCidrIp?: string | undefined;
    /**
     * 源端 IP 地址范围。支持 CIDR 格式和 IPv4 格式的 IP 地址范围。默认值：0.0.0.0/0。
     *
     * @defaultValue 0.0.0.0/0
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6584
     */
    SourceCidrIp?: string | undefined;
    /**
     * 设置访问权限的源端安全组 ID。
     * 必须设置 SourceGroupId 或者 SourceCidrIp 参数。
     * 如果指定了 SourceGroupId 没有指定参数 SourceCidrIp，则参数 NicType 取值只能为 intranet。
     * 如果同时指定了 SourceGroupId 和 SourceCidrIp，则默认以 SourceCidrIp 为准。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6585
     */
    SourceGroupId?: string | undefined;
    /**
     * 跨账户设置安全组规则时，源端安全组所属的阿里云账户。
     * 如果 SourceGroupOwnerAccount 及 SourceGroupOwnerId 均未设置，则认为是设置您其他安全组的访问权限。
     * 如果已经设置参数 SourceCidrIp，则参数 SourceGroupOwnerAccount 无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6586
     */
    SourceGroupOwnerAccount?: string | undefined;
    /**
     * 跨账户设置安全组规则时，源端安全组所属的阿里云账户 ID。 如果SourceGroupOwnerId 及SourceGroupOwnerAccount 均未设置，则认为是设置您其他安全组的访问权限。
     * 如果您已经设置参数SourceCidrIp，则参数SourceGroup OwnerId 无效。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6589
     */
    SourceGroupOwnerId?: string | undefined;
    /**
     * 安全组规则优先级。取值范围：[1, 100] 默认值：1。
     *
     * @defaultValue 1
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6591
     */
    Priority?: string | undefined;
}
/**
 * Output of ModifySecurityGroupRule: 修改安全组入方向规则的描述信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6557
 */
export interface ModifySecurityGroupRuleResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateKeyPair: 创建一对 SSH 密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6656
 */
export interface CreateKeyPairRequest {
    /**
     * 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6670
     */
    RegionId: string;
    /**
     * 密钥对名称。必须保持名称唯一性。
     * - 长度为 [2, 128] 个字符。
     * - 必须以大小字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或者短横线 (-) 。
     * - 支持所有的字符集编码格式。
     * - 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6673
     */
    KeyPairName: string;
}
/**
 * Output of CreateKeyPair: 创建一对 SSH 密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6656
 */
export interface CreateKeyPairResponse {
    /**
     * 密钥对名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6678
     */
    KeyPairName?: string | undefined;
    /**
     * 密钥对的指纹。根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。更多详情，请参阅 RFC4716。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6679
     */
    KeyPairFingerPrint?: string | undefined;
    /**
     * 密钥对的私钥。PEM PKCS#8 格式的私钥部分。更多详情，请参阅 OpenSSLPKCS#8。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6680
     */
    PrivateKeyBody?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ImportKeyPair: 导入由其他工具产生的 RSA 密钥对的公钥部分
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6727
 */
export interface ImportKeyPairRequest {
    /**
     * 地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6755
     */
    RegionId: string;
    /**
     * 密钥对的公钥内容。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6756
     */
    PublicKeyBody: string;
    /**
     * 密钥对名称。必须保持名称唯一性。
     * - 长度为 [2, 128] 个字符。
     * - 必须以大小字母或中文开头，可包含数字、小数点 (.)、下划线 (_) 或者短横线 (-) 。
     * - 支持所有的字符集编码格式。
     * - 不能以 http:// 和 https:// 开头。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6757
     */
    KeyPairName: string;
}
/**
 * Output of ImportKeyPair: 导入由其他工具产生的 RSA 密钥对的公钥部分
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6727
 */
export interface ImportKeyPairResponse {
    /**
     * 密钥对名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6762
     */
    KeyPairName?: string | undefined;
    /**
     * 密钥对的指纹。根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。更多详情，请参阅 RFC4716 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6763
     */
    KeyPairFingerPrint?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AttachKeyPair: 绑定一个 SSH 密钥对到一台或多台 Linux 实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6811
 */
export interface AttachKeyPairRequest {
    /**
     * SSH 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6829
     */
    RegionId: string;
    /**
     * SSH 密钥对名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6830
     */
    KeyPairName: string;
    /**
     * 绑定 SSH 密钥对的实例 ID。取值可以由多台实例 ID 组成一个 JSON 数组，格式为 ["i-xxxxxxx", "i-yyyyyyy", ... "i-zzzzzzzz"]，最多支持 50 个 ID，ID 之间用半角逗号 (,) 隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6831
     */
    InstanceIds: string;
}
/**
 * Output of AttachKeyPair: 绑定一个 SSH 密钥对到一台或多台 Linux 实例
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6811
 */
export interface AttachKeyPairResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachKeyPair: 为一台或者多台 Linux 实例解绑 SSH 密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6877
 */
export interface DetachKeyPairRequest {
    /**
     * SSH 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6892
     */
    RegionId: string;
    /**
     * SSH 密钥对名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6893
     */
    KeyPairName: string;
    /**
     * 解绑 SSH 密钥对的实例 ID。取值可以由多台实例 ID 组成一个 JSON 数组，格式为 ["i-xxxxxxx", "i-yyyyyyy", ... "i-zzzzzzzz"]，最多支持 50 个 ID，ID 之间用半角逗号 (,) 隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6894
     */
    InstanceIds?: string | undefined;
}
/**
 * Output of DetachKeyPair: 为一台或者多台 Linux 实例解绑 SSH 密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6877
 */
export interface DetachKeyPairResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteKeyPairs: 删除一对或者多对 SSH 密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6940
 */
export interface DeleteKeyPairsRequest {
    /**
     * SSH 密钥对所在的地域。您可以调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6957
     */
    RegionId: string;
    /**
     * SSH 密钥对名称。取值可以由多个 SSH 密钥对名称组成一个 JSON 数组，格式为 ["key-xxxxxxxx", "key-yyyyyyyy", ... "key-zzzzzzzz"], 最多支持 100 对 SSH 密钥对，名称之间用半角逗号 (,) 隔开。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6958
     */
    KeyPairNames: string;
}
/**
 * Output of DeleteKeyPairs: 删除一对或者多对 SSH 密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 6940
 */
export interface DeleteKeyPairsResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeKeyPairs: 查询一个或多个密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7002
 */
export interface DescribeKeyPairsRequest {
    /**
     * 密钥对所在的地域 ID。您可以调用 DescribeRegions 查看最新的阿里云地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7010
     */
    RegionId: string;
    /**
     * 密钥对的指纹。根据 RFC4716 定义的公钥指纹格式，采用 MD5 信息摘要算法。更多详情，请参阅 RFC4716 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7011
     */
    KeyPairFingerPrint?: string | undefined;
    /**
     * 密钥对名称。支持正则表达式模糊搜索，使用 * 匹配子表达式，示例：
     * - *SshKey ：查询以 SshKey 结尾的密钥对名称，包括 SshKey。 SshKey* ：查询以 SshKey 开头的密钥对名称，包括 SshKey。 *SshKey* ：查询名称中间有 SshKey 的密钥对，包括 SshKey。 SshKey ：精确匹配 SshKey。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7014
     */
    KeyPairName?: string | undefined;
    /**
     * 密钥对列表的页码。起始值：1 默认值：1
     *
     * @defaultValue 1
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7015
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页行数。最大值：50 默认值：10
     *
     * @defaultValue 10
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7016
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeKeyPairs: 查询一个或多个密钥对
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7002
 */
export interface DescribeKeyPairsResponse {
    /**
     * 密钥对的总数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7021
     */
    TotalCount?: number | undefined;
    /**
     * 当前页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7022
     */
    PageNumber?: number | undefined;
    /**
     * 每页行数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7023
     */
    PageSize?: number | undefined;
    /**
     * 密钥对所属地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7024
     */
    RegionId?: string | undefined;
    /**
     * 密钥对信息集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7025
     */
    KeyPairs?: DescribeKeyPairsKeyPairs | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CreateNetworkInterface: 创建一个弹性网卡（ENI）
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7088
 */
export interface CreateNetworkInterfaceRequest {
    /**
     * 实例所在地域的 ID。Region ID 的列表可通过 API 接口 DescribeRegions 查看完整的地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7106
     */
    RegionId: string;
    /**
     * 指定 VPC 的交换机 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7107
     */
    VSwitchId: string;
    /**
     * 弹性网卡的主私有 IP 地址。指定 IP 必须是在所属交换机的地址段内的空闲地址，不指定则默认随机分配该交换机中的空闲地址。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7108
     */
    PrimaryIpAddress?: string | undefined;
    /**
     * 弹性网卡名称。
     * - 字符长度为 [2, 128] 个英文或中文字符，必须以大小写字母或中文开头，可包含数字、下划线（_）或连字符（-）。
     * - 弹性网卡名称会展示在控制台。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空。默认值：空。
     *
     * @defaultValue 空
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7111
     */
    NetworkInterfaceName?: string | undefined;
    /**
     * 所属的安全组 ID 必须是同一个 VPC 下的安全组。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7112
     */
    SecurityGroupID: string;
    /**
     * 弹性网卡的描述信息。
     * - 字符长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空。默认值：空。
     *
     * @defaultValue 空
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7113
     */
    Description?: string | undefined;
    /**
     * 用于保证请求的幂等性。由客户端生成该参数值，要保证在不同请求间唯一，最大不值过 64 个 ASCII 字符。具体参见附录： 如何保证幂等性 。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7114
     */
    ClientToken?: string | undefined;
}
/**
 * Output of CreateNetworkInterface: 创建一个弹性网卡（ENI）
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7088
 */
export interface CreateNetworkInterfaceResponse {
    /**
     * 实例 ID。系统自动生成，全局唯一标识符，访问实例的唯一标识
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7121
     */
    NetworkInterfaceId?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AttachNetworkInterface: 附加弹性网卡（ENI）到专有网络（VPC）实例上
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7174
 */
export interface AttachNetworkInterfaceRequest {
    /**
     * 实例所在地域的ID。您可以通过调用 DescribeRegions 接口查看完整的地域列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7193
     */
    RegionId: string;
    /**
     * 弹性网卡ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7194
     */
    NetworkInterfaceId: string;
    /**
     * 实例ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7195
     */
    InstanceId: string;
}
/**
 * Output of AttachNetworkInterface: 附加弹性网卡（ENI）到专有网络（VPC）实例上
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7174
 */
export interface AttachNetworkInterfaceResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeNetworkInterfaces: 查看弹性网卡（ENI）列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7249
 */
export interface DescribeNetworkInterfacesRequest {
    /**
     * 所在地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7267
     */
    RegionId: string;
    /**
     * VPC 的虚拟交换机 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7268
     */
    VSwitchId?: string | undefined;
    /**
     * 弹性网卡主私有 IP 地址。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7269
     */
    PrimaryIpAddress?: string | undefined;
    /**
     * 安全组 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7270
     */
    SecurityGroupId?: string | undefined;
    /**
     * 弹性网卡的名称。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7271
     */
    NetworkInterfaceName?: string | undefined;
    /**
     * 弹性网卡类型。取值范围：
     * - Primary
     * - Secondary
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7272
     */
    Type?: string | undefined;
    /**
     * 弹性网卡当前关联的实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7273
     */
    InstanceId?: string | undefined;
    /**
     * 弹性网卡 ID。一次最多查看 100 个。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7274
     */
    NetworkInterfaceId?: string[] | undefined;
    /**
     * 查询结果的页码。取值为正整数。默认值：1
     *
     * @defaultValue 1
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7275
     */
    PageNumber?: number | undefined;
    /**
     * 查询结果的分页大小。取值范围：[1,100]默认值：10
     *
     * @defaultValue 10
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7276
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeNetworkInterfaces: 查看弹性网卡（ENI）列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7249
 */
export interface DescribeNetworkInterfacesResponse {
    /**
     * 弹性网卡信息组成的集合
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7283
     */
    NetworkInterfaceSet?: NetworkInterfaceSet | undefined;
    /**
     * 实例总个数
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7284
     */
    TotalCount?: number | undefined;
    /**
     * 实例列表的页码
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7285
     */
    PageNumber?: number | undefined;
    /**
     * 输入时设置的每页行数
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7286
     */
    PageSize?: number | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DetachNetworkInterface: 从实例上分离弹性网卡（ENI）
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7396
 */
export interface DetachNetworkInterfaceRequest {
    /**
     * 实例所在地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7412
     */
    RegionId: string;
    /**
     * 弹性网卡 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7413
     */
    NetworkInterfaceId: string;
    /**
     * 实例 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7414
     */
    InstanceId: string;
}
/**
 * Output of DetachNetworkInterface: 从实例上分离弹性网卡（ENI）
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7396
 */
export interface DetachNetworkInterfaceResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DeleteNetworkInterface: 删除弹性网卡（ENI）
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7467
 */
export interface DeleteNetworkInterfaceRequest {
    /**
     * 所在地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7485
     */
    RegionId: string;
    /**
     * 弹性网卡的 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7486
     */
    NetworkInterfaceId: string;
}
/**
 * Output of DeleteNetworkInterface: 删除弹性网卡（ENI）
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7467
 */
export interface DeleteNetworkInterfaceResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of ModifyNetworkInterfaceAttribute: 修改弹性网卡的属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7534
 */
export interface ModifyNetworkInterfaceAttributeRequest {
    /**
     * 实例所在地域 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7549
     */
    RegionId: string;
    /**
     * 弹性网卡 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7550
     */
    NetworkInterfaceId: string;
    /**
     * 安全组 ID，新的安全组将会覆盖旧的安全组，安全组必须跟弹性网卡在同一个 VPC 内。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7551
     */
    SecurityGroupId?: string[] | undefined;
    /**
     * 弹性网卡的名称。
     * - 字符长度为 [2, 128] 个英文或中文字符，必须以大小写字母或中文开头，可包含数字，"_" 或 "-"。
     * - 弹性网卡名称会展示在控制台。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7552
     */
    NetworkInterfaceName?: string | undefined;
    /**
     * 弹性网卡的描述信息。
     * - 字符长度为 [2, 256] 个英文或中文字符。
     * - 不能以 http:// 和 https:// 开头。
     * - 不填则为空，默认值为空。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7553
     */
    Description?: string | undefined;
}
/**
 * Output of ModifyNetworkInterfaceAttribute: 修改弹性网卡的属性
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7534
 */
export interface ModifyNetworkInterfaceAttributeResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeRegions: 查询可用地域列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7608
 */
export interface DescribeRegionsRequest {
}
/**
 * Output of DescribeRegions: 查询可用地域列表
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7608
 */
export interface DescribeRegionsResponse {
    /**
     * 地域信息 RegionType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7624
     */
    Regions?: DescribeRegionsRegions | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeZones: 查询可用区
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7673
 */
export interface DescribeZonesRequest {
    /**
     * 目标RegionId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7683
     */
    RegionId: string;
}
/**
 * Output of DescribeZones: 查询可用区
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7673
 */
export interface DescribeZonesResponse {
    /**
     * 数据中心信息 ZoneType 组成的集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7690
     */
    Zones?: DescribeZonesZones | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of AddTags: 绑定标签
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7785
 */
export interface AddTagsRequest {
    /**
     * 资源所属地域。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7800
     */
    RegionId: string;
    /**
     * 要创建 Tag 的资源ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7801
     */
    ResourceId: string;
    /**
     * 资源类型：
     * - image
     * - instance
     * - snapshot
     * - disk
     * - securitygroup 所有值均为小写。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7802
     */
    ResourceType: string;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7803
     */
    Tag: AddTagsTag[];
}
/**
 * Output of AddTags: 绑定标签
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7785
 */
export interface AddTagsResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of RemoveTags: 解绑标签
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7857
 */
export interface RemoveTagsRequest {
    /**
     * 资源所属地域。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7867
     */
    RegionId: string;
    /**
     * 要解绑 Tag 的资源ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7868
     */
    ResourceId: string;
    /**
     * 资源类型:
     * - image instance snapshot disk securitygroup 所有值均为小写。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7869
     */
    ResourceType: string;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7870
     */
    Tag?: RemoveTagsTag[] | undefined;
}
/**
 * Output of RemoveTags: 解绑标签
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7857
 */
export interface RemoveTagsResponse {
    /**
     * 请求 ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7878
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeTags: 查询标签
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7924
 */
export interface DescribeTagsRequest {
    /**
     * 所属区域。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7939
     */
    RegionId: string;
    /**
     * ResourceId。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7940
     */
    ResourceId?: string | undefined;
    /**
     * 资源类型：
     * - image
     * - instance
     * - snapshot
     * - disk
     * - securitygroup 所有值均为小写。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7941
     */
    ResourceType?: string | undefined;
    /**
     * Repeated parameter Tag.n (n from 1); each item has the members Key, Value.
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7942
     */
    Tag?: DescribeTagsTag[] | undefined;
    /**
     * 默认 50，最大 100。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7944
     */
    PageSize?: number | undefined;
    /**
     * 实例状态列表的页码，起始值为 1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7945
     */
    PageNumber?: number | undefined;
}
/**
 * Output of DescribeTags: 查询标签
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7924
 */
export interface DescribeTagsResponse {
    /**
     * 请求ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7952
     */
    RequestId?: string | undefined;
    /**
     * 实际返回内容的结构体列表。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7953
     */
    Tags?: DescribeTagsTags | undefined;
    /**
     * 默认 50，最大 100。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7954
     */
    PageSize?: number | undefined;
    /**
     * 实例状态列表的页码，起始值为1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7955
     */
    PageNumber?: number | undefined;
    /**
     * 实例总个数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 7956
     */
    TotalCount?: number | undefined;
}
/**
 * Input of DescribeTasks: 查询指定的异步请求的进度
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8023
 */
export interface DescribeTasksRequest {
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8033
     */
    RegionId: string;
    /**
     * 任务操作的接口名称，支持的接口包括：
     * - ImportImage
     * - ExportImage
     * - ImportSnapshot
     * - ExportSnapshot
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8034
     */
    TaskAction?: string | undefined;
    /**
     * 任务ID，最多支持100个，用半角逗号分隔。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8035
     */
    TaskIds?: string | undefined;
    /**
     * 任务状态，可选值：
     * - Finished 已完成
     * - Processing 运行中
     * - Pending 等待执行
     * - Deleted 已取消
     * - Paused 暂停 默认值：无
     *
     * @defaultValue 无
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8036
     */
    TaskStatus?: string | undefined;
    /**
     * 按创建时间查询，创建时间区间的起始点。时间类型按照 ISO8601 标准表示，并需要使用UTC 时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8037
     */
    StartTime?: string | undefined;
    /**
     * 按创建时间查询，创建时间区间的终止点。时间类型按照 ISO8601 标准表示，并需要使用UTC 时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8038
     */
    EndTime?: string | undefined;
    /**
     * 查询结果的页码，起始值为 1，默认值为 1。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8039
     */
    PageNumber?: number | undefined;
    /**
     * 分页查询时设置的每页记录数，最大值 100 行，默认为 10。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8040
     */
    PageSize?: number | undefined;
}
/**
 * Output of DescribeTasks: 查询指定的异步请求的进度
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8023
 */
export interface DescribeTasksResponse {
    /**
     * 任务集合。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8047
     */
    TaskSet?: DescribeTasksTaskSet | undefined;
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8048
     */
    RegionId?: string | undefined;
    /**
     * 列表条数目数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8049
     */
    TotalCount?: number | undefined;
    /**
     * 当前页码。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8052
     */
    PageNumber?: number | undefined;
    /**
     * 当前分页包含多少条目。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8053
     */
    PageSize?: number | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of DescribeTaskAttribute: 查询任务的详细信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8136
 */
export interface DescribeTaskAttributeRequest {
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8146
     */
    RegionId: string;
    /**
     * 任务ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8147
     */
    TaskId: string;
}
/**
 * Output of DescribeTaskAttribute: 查询任务的详细信息
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8136
 */
export interface DescribeTaskAttributeResponse {
    /**
     * 任务状态。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8154
     */
    TaskId?: string | undefined;
    /**
     * 操作接口名称，支持的接口包括：
     * - ImportImage
     * - ExportImage
     * - ImportSnapshot
     * - ExportSnapshot
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8155
     */
    TaskAction?: string | undefined;
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8156
     */
    RegionId?: string | undefined;
    /**
     * 任务状态。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8157
     */
    TaskStatus?: string | undefined;
    /**
     * 任务进度。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8158
     */
    Taskprocess?: string | undefined;
    /**
     * 任务是否支持取消。可选值：
     * - True
     * - False
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8159
     */
    SupportCancel?: string | undefined;
    /**
     * 执行成功任务数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8160
     */
    SuccessCount?: number | undefined;
    /**
     * 执行失败任务数。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8161
     */
    FailedCount?: number | undefined;
    /**
     * 任务创建时间，时间类型按照ISO8601 标准表示，并需要使用 UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8162
     */
    CreationTime?: string | undefined;
    /**
     * 任务完成时间，时间类型按照ISO8601 标准表示，并需要使用 UTC时间，格式为：YYYY-MM-DDThh:mmZ。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8163
     */
    FinishedTime?: string | undefined;
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}
/**
 * Input of CancelTask: 正在运行的任务可以通过该接口取消
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8266
 */
export interface CancelTaskRequest {
    /**
     * 地域ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8283
     */
    RegionId: string;
    /**
     * 任务ID。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8284
     */
    TaskId: string;
}
/**
 * Output of CancelTask: 正在运行的任务可以通过该接口取消
 *
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 8266
 */
export interface CancelTaskResponse {
    /**
     * 用户发送的每次接口调用请求，无论成功与否，系统都会返回一个唯一识别码 RequestId 给用户。
     *
     * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt line 749
     */
    RequestId?: string | undefined;
}

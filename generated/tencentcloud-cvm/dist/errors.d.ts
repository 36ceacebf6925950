import { ServiceError } from "@docs2sdk/runtime";
/**
 * Error codes every action of the service may return (the common error table).
 *
 * - `ActionOffline`: 接口已下线。
 * - `AuthFailure.InvalidAuthorization`: 请求头部的 Authorization 不符合腾讯云标准。
 * - `AuthFailure.InvalidSecretId`: 密钥非法（不是云 API 密钥类型）。
 * - `AuthFailure.MFAFailure`: MFA 错误。
 * - `AuthFailure.SecretIdNotFound`: 密钥不存在。请在 控制台 检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。
 * - `AuthFailure.SignatureExpire`: 签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。
 * - `AuthFailure.SignatureFailure`: 签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。
 * - `AuthFailure.TokenFailure`: token 错误。
 * - `AuthFailure.UnauthorizedOperation`: 请求未授权。请参考 CAM 文档对鉴权的说明。
 * - `DryRunOperation`: DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
 * - `FailedOperation`: 操作失败。
 * - `InternalError`: 内部错误。
 * - `InvalidAction`: 接口不存在。
 * - `InvalidParameter`: 参数错误（包括参数格式、类型等错误）。
 * - `InvalidParameterValue`: 参数取值错误。
 * - `InvalidRequest`: 请求 body 的 multipart 格式错误。
 * - `IpInBlacklist`: IP 地址在黑名单中。
 * - `IpNotInWhitelist`: IP 地址不在白名单中。
 * - `LimitExceeded`: 超过配额限制。
 * - `MissingParameter`: 缺少参数。
 * - `NoSuchProduct`: 产品不存在
 * - `NoSuchVersion`: 接口版本不存在。
 * - `RequestLimitExceeded`: 请求的次数超过了频率限制。
 * - `RequestLimitExceeded.GlobalRegionUinLimitExceeded`: 主账号超过频率限制。
 * - `RequestLimitExceeded.IPLimitExceeded`: IP 限频。
 * - `RequestLimitExceeded.UinLimitExceeded`: 主账号限频。
 * - `RequestSizeLimitExceeded`: 请求包超过限制大小。
 * - `ResourceInUse`: 资源被占用。
 * - `ResourceInsufficient`: 资源不足。
 * - `ResourceNotFound`: 资源不存在。
 * - `ResourceUnavailable`: 资源不可用。
 * - `ResponseSizeLimitExceeded`: 返回包超过限制大小。
 * - `ServiceUnavailable`: 当前服务暂时不可用。
 * - `UnauthorizedOperation`: 未授权操作。
 * - `UnknownParameter`: 未知参数错误，用户多传未定义的参数会导致错误。
 * - `UnsupportedOperation`: 操作不支持。
 * - `UnsupportedProtocol`: http(s) 请求协议错误，只支持 GET 和 POST 请求。
 * - `UnsupportedRegion`: 接口不支持所传地域。
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `EniNotAllowedChangeSubnet`: 弹性网卡不允许跨子网操作。
 * - `FailedOperation.AccountAlreadyExists`: 账号已经存在
 * - `FailedOperation.AccountIsYourSelf`: 账号为当前用户
 * - `FailedOperation.AlreadyInDisasterRecoverGroup`: 该实例 ins-xxxxxxx 已经在 dgroup-xxxxxx 置放群组里。
 * - `FailedOperation.BYOLImageShareFailed`: 自带许可镜像暂时不支持共享。
 * - `FailedOperation.DisasterRecoverGroupNotFound`: 未找到指定的容灾组
 * - `FailedOperation.GetInstanceTATAgentStatusFailed`: 获取实例的自动化助手状态失败
 * - `FailedOperation.IllegalTagKey`: 标签键存在不合法字符
 * - `FailedOperation.IllegalTagValue`: 标签值存在不合法字符。
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `FailedOperation.InquiryRefundPriceFailed`: 查询退换价格失败，找不到付款订单，请检查设备 ins-xxxxxxx 是否已过期。
 * - `FailedOperation.InvalidImageState`: 镜像状态繁忙，请稍后重试。
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `FailedOperation.InvalidInstanceApplicationRoleEmr`: 请求不支持EMR的实例ins-xxxxxxxx。
 * - `FailedOperation.MutActionTimerExist`: 该实例已存在指定的定时任务
 * - `FailedOperation.NoAvailableIpAddressCountInSubnet`: 子网可用IP已耗尽。
 * - `FailedOperation.NotFoundEIP`: 当前实例没有弹性IP
 * - `FailedOperation.NotMasterAccount`: 账号为协作者，请填写主账号
 * - `FailedOperation.PlacementSetNotEmpty`: 指定的置放群组非空。
 * - `FailedOperation.PromotionalPerioRestriction`: 促销期内购买的实例不允许调整配置或计费模式。
 * - `FailedOperation.PromotionalRegionRestriction`: 暂无法在此国家/地区提供该服务。
 * - `FailedOperation.QImageShareFailed`: 镜像共享失败。
 * - `FailedOperation.RImageShareFailed`: 镜像共享失败。
 * - `FailedOperation.SecurityGroupActionFailed`: 安全组操作失败。
 * - `FailedOperation.SnapshotSizeLargerThanDataSize`: 快照容量大于磁盘大小，请选用更大的磁盘空间。
 * - `FailedOperation.SnapshotSizeLessThanDataSize`: 不支持快照size小于云盘size。
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `FailedOperation.TatAgentNotSupport`: 镜像是公共镜像并且启用了自动化助手服务，但它不符合Linux&x86_64。
 * - `FailedOperation.Unreturnable`: 实例无法退还。
 * - `FailedOperation.ZoneInconsistent`: 给定实例所在可用区不相同，请给定相同可用区的实例。
 * - `ImageQuotaLimitExceeded`: 镜像配额超过了限制。
 * - `InstancesQuotaLimitExceeded`: 表示当前创建的实例个数超过了该账户允许购买的剩余配额数。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidAccountId.NotFound`: 无效的账户Id。
 * - `InvalidAccountIs.YourSelf`: 您无法共享镜像给自己。
 * - `InvalidClientToken.TooLong`: 指定的ClientToken字符串长度超出限制，必须小于等于64字节。
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidImageId.InShared`: 镜像处于共享中。
 * - `InvalidImageId.IncorrectState`: 镜像状态不合法。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidImageId.TooLarge`: 镜像大小超过限制。
 * - `InvalidImageName.Duplicate`: 镜像名称与原有镜像重复。
 * - `InvalidImageOsType.Unsupported`: 不支持的操作系统类型。
 * - `InvalidImageOsVersion.Unsupported`: 不支持的操作系统版本。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceName.TooLong`: 指定的InstanceName字符串长度超出限制，必须小于等于60字节。
 * - `InvalidInstanceNotSupportedPrepaidInstance`: 该实例不满足包月退还规则。
 * - `InvalidInstanceState`: 指定实例的当前状态不能进行该操作。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidKeyPair.LimitExceeded`: 密钥对数量超过限制。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidKeyPairId.NotFound`: 无效密钥对ID。指定的密钥对ID不存在。
 * - `InvalidKeyPairName.Duplicate`: 密钥对名称重复。
 * - `InvalidKeyPairNameEmpty`: 密钥名称为空。
 * - `InvalidKeyPairNameIncludeIllegalChar`: 密钥名称包含非法字符。密钥名称只支持英文、数字和下划线。
 * - `InvalidKeyPairNameTooLong`: 密钥名称超过25个字符。
 * - `InvalidParameter.AtMostOne`: 最多指定一个参数。
 * - `InvalidParameter.AutoSnapshotNotSupported`: 不支持自动制作快照。
 * - `InvalidParameter.CdcNotSupported`: 不支持参数CdcId。
 * - `InvalidParameter.DataDiskIdContainsRootDisk`: DataDiskIds不应该传入RootDisk的Id。
 * - `InvalidParameter.DataDiskNotBelongSpecifiedInstance`: 指定的数据盘不属于指定的实例。
 * - `InvalidParameter.DuplicateSystemSnapshots`: 只能包含一个系统盘快照。
 * - `InvalidParameter.EdgeZoneMissInternetAccessible`: 边缘可用区指定三网外网IP参数需要先指定主ip外网IP参数。
 * - `InvalidParameter.HostIdCustomizedInstanceTypeNotSupport`: 指定的CDH母机不支持自定义类型的子机规格
 * - `InvalidParameter.HostIdInstanceTypeNotSupport`: 指定的CDH母机不支持该子机机型规格
 * - `InvalidParameter.HostIdStandardInstanceTypeNotSupport`: 指定的CDH母机不支持标准类型的子机规格
 * - `InvalidParameter.HostIdStatusNotSupport`: 该主机当前状态不支持该操作。
 * - `InvalidParameter.HostNameIllegal`: 指定的hostName不符合规范。
 * - `InvalidParameter.ImageIdsSnapshotIdsMustOne`: 参数ImageIds和SnapshotIds必须有且仅有一个。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.InstanceTypeSupportedHostNotFound`: 不存在支持指定子机规格的CDH母机
 * - `InvalidParameter.InternetAccessibleNotSupported`: 不支持设置公网带宽相关信息。
 * - `InvalidParameter.InvalidCloudDiskSoldOut`: 云盘资源售罄。
 * - `InvalidParameter.InvalidDependence`: 参数依赖不正确。
 * - `InvalidParameter.InvalidInstanceNotSupported`: 当前操作不支持该类型实例。
 * - `InvalidParameter.InvalidIpFormat`: 指定的私有网络ip格式不正确。
 * - `InvalidParameter.InvalidKmsKeyId`: 指定的 KMS 密钥 ID 非法。
 * - `InvalidParameter.InvalidParameterCoexistImageIdsFilters`: 不能同时指定ImageIds和Filters。
 * - `InvalidParameter.InvalidParameterUrlError`: 错误的url地址。
 * - `InvalidParameter.InvalidTargetOSType`: 输入的 TargetOSType 非法
 * - `InvalidParameter.LackCoreCountOrThreadPerCore`: CoreCount和ThreadPerCore必须同时提供。
 * - `InvalidParameter.LocalDataDiskNotSupport`: 本地数据盘不支持创建实例镜像。
 * - `InvalidParameter.OnlySupportForEdgeZone`: 仅是边缘可用区支持这个参数。
 * - `InvalidParameter.ParameterConflict`: 不支持同时指定密钥登录和保持镜像登录方式。
 * - `InvalidParameter.PasswordNotSupported`: 不支持设置登录密码。
 * - `InvalidParameter.SnapshotNotFound`: 指定的快照不存在。
 * - `InvalidParameter.SpecialParameterForSpecialAccount`: 这个参数需要开启白名单才可以使用。
 * - `InvalidParameter.SpecifyOneParameter`: 多选一必选参数缺失。
 * - `InvalidParameter.SwapDiskNotSupport`: 不支持Swap盘。
 * - `InvalidParameter.SystemSnapshotNotFound`: 参数不包含系统盘快照。
 * - `InvalidParameter.ValueTooLarge`: 参数长度超过限制。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterConflict`: 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。
 * - `InvalidParameterValue.AmountNotEqual`: 入参数目不相等。
 * - `InvalidParameterValue.BandwidthPackageIdMalformed`: 共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.BandwidthPackageIdNotFound`: 请确认指定的带宽包是否存在。
 * - `InvalidParameterValue.BandwidthPackageIspNotMatch`: 带宽包所属的运营商和运营商参数不匹配。
 * - `InvalidParameterValue.BandwidthPackageZoneNotMatch`: 带宽包所属的可用区和指定的可用区不匹配。
 * - `InvalidParameterValue.BasicNetworkInstanceFamily`: 实例为基础网络实例，目标实例规格仅支持私有网络，不支持调整。
 * - `InvalidParameterValue.BucketNotFound`: 请确认存储桶是否存在。
 * - `InvalidParameterValue.CamRoleNameMalformed`: CamRoleName不合要求，只允许包含英文字母、数字或者+=,.@_- 字符。
 * - `InvalidParameterValue.CdhOnlyLocalDataDiskResize`: CDH磁盘扩容只支持LOCAL_BASIC和LOCAL_SSD。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.ChcNetworkEmpty`: 该CHC未配置任何网络。
 * - `InvalidParameterValue.CloudSsdDataDiskSizeTooSmall`: SSD云硬盘为数据盘时，购买大小不得小于100GB
 * - `InvalidParameterValue.CoreCountValue`: 核心计数不合法。
 * - `InvalidParameterValue.DedicatedClusterNotSupportedChargeType`: CDC不支持指定的计费模式。
 * - `InvalidParameterValue.DeployVpcAlreadyExists`: 已经存在部署VPC。
 * - `InvalidParameterValue.DisasterRecoverGroupIdMalformed`: 置放群组ID格式错误。
 * - `InvalidParameterValue.Duplicate`: 参数值重复。
 * - `InvalidParameterValue.DuplicateTags`: 重复标签。
 * - `InvalidParameterValue.ElasticNetworkNotExist`: 弹性网卡数据不存在
 * - `InvalidParameterValue.ElasticNetworkVpcSubnetMismatch`: 弹性网卡数据vpc子网不匹配,必须为同vpc不同子网
 * - `InvalidParameterValue.ExternalIpQuotaLimited`: 实例的申请的外网IP个数超过了这种规格实例的外网ip配额。
 * - `InvalidParameterValue.GPUInstanceFamily`: 非GPU实例不允许转为GPU实例。
 * - `InvalidParameterValue.HpcClusterIdZoneIdNotMatch`: 您的高性能计算集群已经绑定其他可用区，不能购买当前可用区机器。
 * - `InvalidParameterValue.IPAddressMalformed`: IP格式非法。
 * - `InvalidParameterValue.IPv6AddressMalformed`: ipv6地址无效
 * - `InvalidParameterValue.ISOMustImportByForce`: ISO文件必须强制导入
 * - `InvalidParameterValue.IllegalHostName`: HostName参数值不合法
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InstanceNotSupportedMixPricingModel`: 不支持操作不同计费方式的实例。
 * - `InvalidParameterValue.InstanceTypeNotFound`: 指定机型不存在
 * - `InvalidParameterValue.InstanceTypeNotSupportElasticNetworks`: 实例类型不支持弹性网卡数据
 * - `InvalidParameterValue.InstanceTypeNotSupportHpcCluster`: 实例类型不可加入高性能计算集群。
 * - `InvalidParameterValue.InstanceTypeRequiredHpcCluster`: 高性能计算实例需指定对应的高性能计算集群。
 * - `InvalidParameterValue.InsufficientOffering`: 竞价数量不足。
 * - `InvalidParameterValue.InsufficientPrice`: 竞价失败。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidBootMode`: 不支持指定的启动模式。
 * - `InvalidParameterValue.InvalidBucketPermissionForExport`: 请检查存储桶的写入权限是否已放通。
 * - `InvalidParameterValue.InvalidFileNamePrefixList`: 参数 FileNamePrefixList 的长度与 ImageIds 或 SnapshotIds不匹配。
 * - `InvalidParameterValue.InvalidGPUFamilyChange`: 不支持转为非GPU或其他类型GPU实例。
 * - `InvalidParameterValue.InvalidImageFamily`: 错误格式的镜像族名称
 * - `InvalidParameterValue.InvalidImageForGivenInstanceType`: 镜像ID不支持指定的实例机型。
 * - `InvalidParameterValue.InvalidImageFormat`: 当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageIdForRetsetInstance`: 镜像无法用于重装当前实例。
 * - `InvalidParameterValue.InvalidImageIdIsShared`: 指定的镜像ID为共享镜像。
 * - `InvalidParameterValue.InvalidImageOsName`: 当前地域不支持指定镜像所包含的操作系统。
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.InvalidInstanceSource`: 该实例配置来自免费升配活动，暂不支持3个月内进行降配。
 * - `InvalidParameterValue.InvalidInstanceTypeUnderwrite`: 指定机型不支持包销付费模式。
 * - `InvalidParameterValue.InvalidIpFormat`: IP地址不符合规范
 * - `InvalidParameterValue.InvalidLaunchTemplateDescription`: 实例启动模板描述格式错误。
 * - `InvalidParameterValue.InvalidLaunchTemplateName`: 实例启动模板名称格式错误。
 * - `InvalidParameterValue.InvalidLaunchTemplateVersionDescription`: 实例启动模板描述格式错误。
 * - `InvalidParameterValue.InvalidLicenseType`: 许可证类型不可用。
 * - `InvalidParameterValue.InvalidNetworkInterfaceId`: 指定的弹性网卡id非vrdma网卡
 * - `InvalidParameterValue.InvalidParameterValueLimit`: 参数值错误。
 * - `InvalidParameterValue.InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidParameterValue.InvalidRegion`: Region ID不可用。
 * - `InvalidParameterValue.InvalidTimeFormat`: 时间格式不合法。
 * - `InvalidParameterValue.InvalidUserDataFormat`: UserData格式错误, 需要base64编码格式
 * - `InvalidParameterValue.InvalidVagueName`: 无效的模糊查询字符串。
 * - `InvalidParameterValue.InvalidVpcIdSubnetIdNotFound`: 这个特别的VpcId or SubnetId在弹性网库数据结构未发现
 * - `InvalidParameterValue.IspNotSupportForEdgeZone`: 边缘可用区不支持这个运营商。
 * - `InvalidParameterValue.IspValueRepeated`: 重复指定了运营商参数值。
 * - `InvalidParameterValue.KeyPairNotFound`: 请确认密钥是否存在。
 * - `InvalidParameterValue.KeyPairNotSupported`: 指定的密钥不支持当前操作。
 * - `InvalidParameterValue.LaunchTemplateDefaultVersion`: 不支持删除默认启动模板版本。
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerNotExisted`: 实例启动模板和版本ID组合不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerSetAlready`: 指定的实例启动模板id不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 * - `InvalidParameterValue.LaunchTemplateVersion`: 无效的实例启动模板版本号。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.LocalDiskSizeRange`: 本地盘的限制范围。
 * - `InvalidParameterValue.MustDhcpEnabledVpc`: 参数值必须为开启DHCP的VPC
 * - `InvalidParameterValue.MustEnabledIsRdma`: 参数值必须为开启弹性rdma接口
 * - `InvalidParameterValue.NotCdcSubnet`: 子网不属于该cdc集群。
 * - `InvalidParameterValue.NotEmpty`: 输入参数值不能为空。
 * - `InvalidParameterValue.NotSupported`: 不支持的操作。
 * - `InvalidParameterValue.PreheatNotSupportedInstanceType`: 该机型不支持预热
 * - `InvalidParameterValue.PreheatNotSupportedZone`: 该可用区目前不支持预热功能
 * - `InvalidParameterValue.PreheatUnavailableZones`: 预热地域不可用，请检查预热地域是否正确。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.RequiredLocationImage`: 请求需要区域镜像。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.SubnetIdMalformed`: 子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.SubnetIdZoneIdNotMatch`: 子网ID所在可用区与实例所在区不匹配。
 * - `InvalidParameterValue.SubnetNotExist`: 创建失败，您指定的子网不存在，请您重新指定
 * - `InvalidParameterValue.TagKeyNotFound`: 指定的标签不存在。
 * - `InvalidParameterValue.TagQuotaLimitExceeded`: 标签配额超限。
 * - `InvalidParameterValue.ThreadPerCoreValue`: 每核心线程数不合法。
 * - `InvalidParameterValue.TooLarge`: 参数值超过最大限制。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `InvalidParameterValue.UuidMalformed`: uuid不合要求。
 * - `InvalidParameterValue.VpcIdMalformed`: VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.VpcIdNotExist`: 指定的VpcId不存在。
 * - `InvalidParameterValue.VpcIdSubnetIdNotMatch`: 指定的VpcId和SubnetId不匹配。
 * - `InvalidParameterValue.VpcIdZoneIdNotMatch`: VPC网络与实例不在同一可用区
 * - `InvalidParameterValue.VpcNotSupportIpv6Address`: 该VPC不支持ipv6。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidParameterValueLimit`: 参数值数量超过限制。
 * - `InvalidParameterValueOffset`: 无效参数值。指定的 Offset 无效。
 * - `InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidPublicKey.Duplicate`: 无效密钥公钥。指定公钥已经存在。
 * - `InvalidPublicKey.Malformed`: 无效密钥公钥。指定公钥格式错误，不符合OpenSSH RSA格式要求。
 * - `InvalidRegion.NotFound`: 未找到该区域。
 * - `InvalidRegion.Unavailable`: 该区域目前不支持同步镜像。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `InvalidSgId.Malformed`: 指定的安全组ID格式错误，例如实例ID长度错误sg-ide32。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.AssociateUSGLimitExceeded`: 一个实例绑定安全组数量不能超过5个
 * - `LimitExceeded.CvmInstanceQuota`: 已达到可购买实例的配额上限。
 * - `LimitExceeded.CvmsVifsPerSecGroupLimitExceeded`: 安全组关联云主机弹性网卡配额超限。
 * - `LimitExceeded.DisasterRecoverGroup`: 指定置放群组配额不足。
 * - `LimitExceeded.EipNumLimit`: 特定实例包含的某个ENI的EIP数量已超过目标实例类型的EIP允许的最大值，请删除部分EIP后重试。
 * - `LimitExceeded.EniLimitInstanceType`: 网卡数量超过实例上限。
 * - `LimitExceeded.EniNumLimit`: 特定实例当前ENI数量已超过目标实例类型的ENI允许的最大值，需删除部分ENI后重试。
 * - `LimitExceeded.ExportImageTaskLimitExceeded`: 正在运行中的镜像导出任务已达上限，请等待已有任务完成后，再次发起重试。
 * - `LimitExceeded.HpcClusterQuota`: 已达创建高性能计算集群数的上限。
 * - `LimitExceeded.IPv6AddressNum`: IP数量超过网卡上限。
 * - `LimitExceeded.InstanceEniNumLimit`: 实例指定的弹性网卡数目超过了实例弹性网卡数目配额。
 * - `LimitExceeded.InstanceQuota`: 当前配额不足够生产指定数量的实例
 * - `LimitExceeded.InstanceTypeBandwidth`: 目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考公网网络带宽上限。
 * - `LimitExceeded.LaunchTemplateQuota`: 实例启动模板数量超限。
 * - `LimitExceeded.LaunchTemplateVersionQuota`: 实例启动模板版本数量超限。
 * - `LimitExceeded.PreheatImageSnapshotOutOfQuota`: 您在该可用区的预热额度已达上限，建议取消不再使用的快照预热
 * - `LimitExceeded.PrepayQuota`: 预付费实例已购买数量已达到最大配额，请提升配额后重试。
 * - `LimitExceeded.PrepayUnderwriteQuota`: 包销付费实例已购买数量已达到最大配额。
 * - `LimitExceeded.SingleUSGQuota`: 安全组限额不足
 * - `LimitExceeded.SpotQuota`: 竞价实例类型配额不足
 * - `LimitExceeded.TagResourceQuota`: 标签绑定的资源数量已达到配额限制。
 * - `LimitExceeded.UserReturnQuota`: 退还失败，退还配额已达上限。
 * - `LimitExceeded.UserSpotQuota`: 竞价实例配额不足
 * - `LimitExceeded.VpcSubnetNum`: 子网IP不足
 * - `MissingParameter.AtLeastOne`: 缺少必要参数，请至少提供一个参数。
 * - `MissingParameter.DPDKInstanceTypeRequiredVPC`: DPDK实例机型要求VPC网络
 * - `MissingParameter.MonitorService`: 该实例类型必须开启云监控服务
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.AccountNotSupported`: 不支持该账户的操作。
 * - `OperationDenied.ChcInstallCloudImageWithoutDeployNetwork`: 不允许未配置部署网络的CHC安装云上镜像。
 * - `OperationDenied.InnerUserProhibitAction`: 禁止管控账号操作。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip`: 非带宽上移用户不允许申请边缘可用区外网IP。
 * - `OverQuota`: 镜像共享超过配额。
 * - `RegionAbilityLimit.UnsupportedToImportImage`: 该地域不支持导入镜像。
 * - `ResourceInUse.DiskRollbacking`: 磁盘回滚正在执行中，请稍后再试。
 * - `ResourceInUse.HpcCluster`: 高性能计算集群使用中。
 * - `ResourceInsufficient.AvailabilityZoneSoldOut`: 该可用区已售罄
 * - `ResourceInsufficient.CidrBlock`: 网段资源不足。
 * - `ResourceInsufficient.CloudDiskSoldOut`: 指定的云盘规格已售罄
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `ResourceInsufficient.InsufficientGroupQuota`: 安全组资源配额不足。
 * - `ResourceInsufficient.SpecifiedInstanceType`: 指定的实例类型库存不足。
 * - `ResourceInsufficient.ZoneSoldOutForSpecifiedInstance`: 指定的实例类型在选择的可用区已售罄。
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 * - `ResourceNotFound.InvalidPlacementSet`: 指定的置放群组不存在。
 * - `ResourceNotFound.InvalidZoneInstanceType`: 可用区不支持此机型。
 * - `ResourceNotFound.KeyPairNotFound`: 指定密钥对不存在。
 * - `ResourceNotFound.NoDefaultCbs`: 无可用的缺省类型的CBS资源。
 * - `ResourceNotFound.NoDefaultCbsWithReason`: 无可用的缺省类型的CBS资源。
 * - `ResourceUnavailable.InstanceType`: 该可用区不售卖此机型
 * - `ResourceUnavailable.SnapshotCreating`: 快照正在创建过程中。
 * - `ResourcesSoldOut.AvailableZone`: 该可用区已售罄
 * - `ResourcesSoldOut.EipInsufficient`: 公网IP已售罄。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `SecGroupActionFailure`: 安全组服务接口调用通用错误。
 * - `UnauthorizedOperation.ImageNotBelongToAccount`: 指定的镜像不属于用户。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnauthorizedOperation.PermissionDenied`: 无权操作指定的资源，请正确配置CAM策略。
 * - `UnsupportedOperation.ArmArchitecture`: 该操作暂不支持Arm机器。
 * - `UnsupportedOperation.BandwidthPackageIdNotSupported`: 指定的实例付费模式或者网络付费模式不支持共享带宽包
 * - `UnsupportedOperation.CbsRemoteSsdNotSupport`: cbs远端ssd盘不支持该操作
 * - `UnsupportedOperation.CommercialImageChangeChargeType`: 实例使用商业镜像暂不支持调整付费模式。
 * - `UnsupportedOperation.DiskSnapCreateTimeTooOld`: 实例创建快照的时间距今不到24小时。
 * - `UnsupportedOperation.EdgeZoneInstance`: 边缘可用区实例不支持此项操作。
 * - `UnsupportedOperation.EdgeZoneNotSupportCloudDisk`: 所选择的边缘可用区不支持云盘操作。
 * - `UnsupportedOperation.ElasticNetworkInterface`: 云服务器绑定了弹性网卡，请解绑弹性网卡后再切换私有网络。
 * - `UnsupportedOperation.EncryptedImagesNotSupported`: 不支持加密镜像。
 * - `UnsupportedOperation.HeterogeneousChangeInstanceFamily`: 异构机型不支持跨机型调整。
 * - `UnsupportedOperation.HibernationForNormalInstance`: 不支持未开启休眠功能的实例。
 * - `UnsupportedOperation.HibernationOsVersion`: 当前的镜像不支持休眠。
 * - `UnsupportedOperation.IPv6NotSupportVpcMigrate`: IPv6实例不支持VPC迁移
 * - `UnsupportedOperation.ImageTooLargeExportUnsupported`: 镜像大小超出限制，不支持导出。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceMixedPricingModel`: 不支持混合付费模式。
 * - `UnsupportedOperation.InstanceMixedResetInstanceType`: 不支持混合升配和降配实例。
 * - `UnsupportedOperation.InstanceMixedZoneType`: 中心可用区和边缘可用区实例不能混用批量操作。
 * - `UnsupportedOperation.InstanceOsConvertOsNotSupport`: 指定实例不支持操作系统转换。
 * - `UnsupportedOperation.InstanceOsWindows`: 请求不支持操作系统为Xserver windows2012cndatacenterx86_64的实例ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateCorrupted`: 请求不支持永久故障的实例。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStateLaunchFailed`: 不支持操作创建失败的实例。
 * - `UnsupportedOperation.InstanceStateNotRunning`: 指定操作不支持非运行中状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopped`: 请求不支持已关机的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminated`: 不支持已销毁的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InstanceTypeNotSupportConfidentiality`: 实例类型不支持设置Confidentiality 状态
 * - `UnsupportedOperation.InstanceTypeNotSupportGridLicence`: 实例类型不支持设置GridDriverService 状态
 * - `UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting`: 实例类型不支持设置 HighDensityMode 状态
 * - `UnsupportedOperation.InstanceTypeNotSupportJumboFrame`: 实例类型不支持设置EnableJumboFrame 状态
 * - `UnsupportedOperation.InstancesEnableJumboWithoutReboot`: 不支持不重启情况下修改Jumbo Frame状态
 * - `UnsupportedOperation.InstancesProtected`: 不支持已启用销毁保护的实例，请先到设置实例销毁保护，关闭实例销毁保护，然后重试。
 * - `UnsupportedOperation.InsufficientClusterQuota`: 用户创建高性能集群配额已达上限。
 * - `UnsupportedOperation.InvalidDataDisk`: 不支持调整数据盘。
 * - `UnsupportedOperation.InvalidDisk`: 不支持指定的磁盘
 * - `UnsupportedOperation.InvalidDiskBackupQuota`: 不支持带有云硬盘备份点。
 * - `UnsupportedOperation.InvalidDiskFastRollback`: 不支持极速回滚。
 * - `UnsupportedOperation.InvalidImageLicenseTypeForReset`: 镜像许可类型与实例不符，请选择其他镜像。
 * - `UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance`: 不支持已经设置了释放时间的实例，请在实例详情页撤销实例定时销毁后再试。
 * - `UnsupportedOperation.InvalidInstanceWithSwapDisk`: 不支持有swap盘的实例。
 * - `UnsupportedOperation.InvalidInstancesOwner`: 用户无权限操作当前实例。
 * - `UnsupportedOperation.InvalidPermissionNonInternationalAccount`: 当前操作只支持国际版用户。
 * - `UnsupportedOperation.InvalidRegionDiskEncrypt`: 指定的地域不支持加密盘。
 * - `UnsupportedOperation.InvalidZone`: 该可用区不可售卖。
 * - `UnsupportedOperation.KeyPairUnsupportedWindows`: 密钥不支持Windows操作系统
 * - `UnsupportedOperation.LocalDataDiskChangeInstanceFamily`: 机型数据盘全为本地盘不支持跨机型调整。
 * - `UnsupportedOperation.LocalDiskMigratingToCloudDisk`: 不支持正在本地盘转云盘的磁盘，请稍后发起请求。
 * - `UnsupportedOperation.LocationImageNotSupported`: 此请求不支持该区域镜像,请更换其他镜像。
 * - `UnsupportedOperation.MarketImageConvertOSUnsupported`: 市场镜像实例不支持操作系统转换
 * - `UnsupportedOperation.MarketImageExportUnsupported`: 从市场镜像创建的自定义镜像不支持导出。
 * - `UnsupportedOperation.ModifyEncryptionNotSupported`: 不支持修改系统盘的加密属性，例如使用非加密镜像重装加密系统盘。
 * - `UnsupportedOperation.ModifyVPCWithCLB`: 绑定负载均衡的实例，不支持修改vpc属性。
 * - `UnsupportedOperation.ModifyVPCWithClassLink`: 实例基础网络已互通VPC网络，请自行解除关联，再进行切换VPC。
 * - `UnsupportedOperation.NoInstanceTypeSupportSpot`: 该实例类型不支持竞价计费
 * - `UnsupportedOperation.NoVpcNetwork`: 不支持物理网络的实例。
 * - `UnsupportedOperation.NotFpgaInstance`: 当前实例不是FPGA机型。
 * - `UnsupportedOperation.NotSupportImportInstancesActionTimer`: 针对当前实例设置定时任务失败。
 * - `UnsupportedOperation.NotSupportInstanceImage`: 操作不支持当前实例
 * - `UnsupportedOperation.NotSupportUnpaidOrder`: 实例存在未支付订单。
 * - `UnsupportedOperation.OnlyForPrepaidAccount`: 该操作仅支持预付费账户
 * - `UnsupportedOperation.OriginalInstanceTypeInvalid`: 无效的原机型。
 * - `UnsupportedOperation.PreheatImage`: 您的账户不支持镜像预热
 * - `UnsupportedOperation.PublicImageExportUnsupported`: 公共镜像或市场镜像不支持导出。
 * - `UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2`: 当前镜像不支持对该实例的重装操作。
 * - `UnsupportedOperation.RedHatImageExportUnsupported`: RedHat镜像不支持导出。
 * - `UnsupportedOperation.RedHatInstanceTerminateUnsupported`: 实例使用商业操作系统，不支持退还。
 * - `UnsupportedOperation.RedHatInstanceUnsupported`: 请求不支持操作系统为RedHat的实例。
 * - `UnsupportedOperation.Region`: 不支持该地域
 * - `UnsupportedOperation.ReservedInstanceInvisibleForUser`: 当前用户暂不支持购买预留实例计费。
 * - `UnsupportedOperation.ReservedInstanceOutofQuata`: 用户预留实例计费配额已达上限。
 * - `UnsupportedOperation.SharedImageExportUnsupported`: 共享镜像不支持导出。
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.SpotUnsupportedRegion`: 该地域不支持竞价实例。
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 * - `UnsupportedOperation.StoppedModeStopChargingSameFamily`: 不支持关机不收费机器做同类型变配操作。
 * - `UnsupportedOperation.SyncEncryptImageNotSupport`: 指定的镜像不支持转为加密自定义镜像。
 * - `UnsupportedOperation.SystemDiskType`: 请求不支持该类型系统盘。
 * - `UnsupportedOperation.TatAgentNotOnline`: 自动化助手不在线情况下，不支持该操作。
 * - `UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount`: 包月转包销，不支持包销折扣高于现有包年包月折扣。
 * - `UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew`: 该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。
 * - `UnsupportedOperation.UnsupportedARMChangeInstanceFamily`: 当前实例不允许变配到非ARM机型。
 * - `UnsupportedOperation.UnsupportedChangeInstanceFamily`: 指定机型不支持跨机型调整配置。
 * - `UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM`: 非ARM机型不支持调整到ARM机型。
 * - `UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily`: 不支持实例变配到此类型机型。
 * - `UnsupportedOperation.UnsupportedInternationalUser`: 请求不支持国际版账号
 * - `UnsupportedOperation.UnsupportedPool`: 指定的Pool非法。
 * - `UnsupportedOperation.UserConvertOsNotSupport`: 指定用户不支持执行操作系统转换。
 * - `UnsupportedOperation.UserLimitOperationExceedQuota`: 用户限额操作的配额不足。
 * - `UnsupportedOperation.WindowsImageExportUnsupported`: Windows镜像不支持导出。
 * - `VpcAddrNotInSubNet`: 私有网络ip不在子网内。
 * - `VpcIpIsUsed`: 私有网络ip已经被使用。
 */
export type CommonErrorCode = "ActionOffline" | "AuthFailure.InvalidAuthorization" | "AuthFailure.InvalidSecretId" | "AuthFailure.MFAFailure" | "AuthFailure.SecretIdNotFound" | "AuthFailure.SignatureExpire" | "AuthFailure.SignatureFailure" | "AuthFailure.TokenFailure" | "AuthFailure.UnauthorizedOperation" | "DryRunOperation" | "FailedOperation" | "InternalError" | "InvalidAction" | "InvalidParameter" | "InvalidParameterValue" | "InvalidRequest" | "IpInBlacklist" | "IpNotInWhitelist" | "LimitExceeded" | "MissingParameter" | "NoSuchProduct" | "NoSuchVersion" | "RequestLimitExceeded" | "RequestLimitExceeded.GlobalRegionUinLimitExceeded" | "RequestLimitExceeded.IPLimitExceeded" | "RequestLimitExceeded.UinLimitExceeded" | "RequestSizeLimitExceeded" | "ResourceInUse" | "ResourceInsufficient" | "ResourceNotFound" | "ResourceUnavailable" | "ResponseSizeLimitExceeded" | "ServiceUnavailable" | "UnauthorizedOperation" | "UnknownParameter" | "UnsupportedOperation" | "UnsupportedProtocol" | "UnsupportedRegion" | "AccountQualificationRestrictions" | "AuthFailure.CamRoleNameAuthenticateFailed" | "EniNotAllowedChangeSubnet" | "FailedOperation.AccountAlreadyExists" | "FailedOperation.AccountIsYourSelf" | "FailedOperation.AlreadyInDisasterRecoverGroup" | "FailedOperation.BYOLImageShareFailed" | "FailedOperation.DisasterRecoverGroupNotFound" | "FailedOperation.GetInstanceTATAgentStatusFailed" | "FailedOperation.IllegalTagKey" | "FailedOperation.IllegalTagValue" | "FailedOperation.InquiryPriceFailed" | "FailedOperation.InquiryRefundPriceFailed" | "FailedOperation.InvalidImageState" | "FailedOperation.InvalidInstanceApplicationRole" | "FailedOperation.InvalidInstanceApplicationRoleEmr" | "FailedOperation.MutActionTimerExist" | "FailedOperation.NoAvailableIpAddressCountInSubnet" | "FailedOperation.NotFoundEIP" | "FailedOperation.NotMasterAccount" | "FailedOperation.PlacementSetNotEmpty" | "FailedOperation.PromotionalPerioRestriction" | "FailedOperation.PromotionalRegionRestriction" | "FailedOperation.QImageShareFailed" | "FailedOperation.RImageShareFailed" | "FailedOperation.SecurityGroupActionFailed" | "FailedOperation.SnapshotSizeLargerThanDataSize" | "FailedOperation.SnapshotSizeLessThanDataSize" | "FailedOperation.TagKeyReserved" | "FailedOperation.TatAgentNotSupport" | "FailedOperation.Unreturnable" | "FailedOperation.ZoneInconsistent" | "ImageQuotaLimitExceeded" | "InstancesQuotaLimitExceeded" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidAccountId.NotFound" | "InvalidAccountIs.YourSelf" | "InvalidClientToken.TooLong" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidHost.NotSupported" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidImageId.InShared" | "InvalidImageId.IncorrectState" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidImageId.TooLarge" | "InvalidImageName.Duplicate" | "InvalidImageOsType.Unsupported" | "InvalidImageOsVersion.Unsupported" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceName.TooLong" | "InvalidInstanceNotSupportedPrepaidInstance" | "InvalidInstanceState" | "InvalidInstanceType.Malformed" | "InvalidKeyPair.LimitExceeded" | "InvalidKeyPairId.Malformed" | "InvalidKeyPairId.NotFound" | "InvalidKeyPairName.Duplicate" | "InvalidKeyPairNameEmpty" | "InvalidKeyPairNameIncludeIllegalChar" | "InvalidKeyPairNameTooLong" | "InvalidParameter.AtMostOne" | "InvalidParameter.AutoSnapshotNotSupported" | "InvalidParameter.CdcNotSupported" | "InvalidParameter.DataDiskIdContainsRootDisk" | "InvalidParameter.DataDiskNotBelongSpecifiedInstance" | "InvalidParameter.DuplicateSystemSnapshots" | "InvalidParameter.EdgeZoneMissInternetAccessible" | "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" | "InvalidParameter.HostIdInstanceTypeNotSupport" | "InvalidParameter.HostIdStandardInstanceTypeNotSupport" | "InvalidParameter.HostIdStatusNotSupport" | "InvalidParameter.HostNameIllegal" | "InvalidParameter.ImageIdsSnapshotIdsMustOne" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.InstanceTypeSupportedHostNotFound" | "InvalidParameter.InternetAccessibleNotSupported" | "InvalidParameter.InvalidCloudDiskSoldOut" | "InvalidParameter.InvalidDependence" | "InvalidParameter.InvalidInstanceNotSupported" | "InvalidParameter.InvalidIpFormat" | "InvalidParameter.InvalidKmsKeyId" | "InvalidParameter.InvalidParameterCoexistImageIdsFilters" | "InvalidParameter.InvalidParameterUrlError" | "InvalidParameter.InvalidTargetOSType" | "InvalidParameter.LackCoreCountOrThreadPerCore" | "InvalidParameter.LocalDataDiskNotSupport" | "InvalidParameter.OnlySupportForEdgeZone" | "InvalidParameter.ParameterConflict" | "InvalidParameter.PasswordNotSupported" | "InvalidParameter.SnapshotNotFound" | "InvalidParameter.SpecialParameterForSpecialAccount" | "InvalidParameter.SpecifyOneParameter" | "InvalidParameter.SwapDiskNotSupport" | "InvalidParameter.SystemSnapshotNotFound" | "InvalidParameter.ValueTooLarge" | "InvalidParameterCombination" | "InvalidParameterConflict" | "InvalidParameterValue.AmountNotEqual" | "InvalidParameterValue.BandwidthPackageIdMalformed" | "InvalidParameterValue.BandwidthPackageIdNotFound" | "InvalidParameterValue.BandwidthPackageIspNotMatch" | "InvalidParameterValue.BandwidthPackageZoneNotMatch" | "InvalidParameterValue.BasicNetworkInstanceFamily" | "InvalidParameterValue.BucketNotFound" | "InvalidParameterValue.CamRoleNameMalformed" | "InvalidParameterValue.CdhOnlyLocalDataDiskResize" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.ChcNetworkEmpty" | "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" | "InvalidParameterValue.CoreCountValue" | "InvalidParameterValue.DedicatedClusterNotSupportedChargeType" | "InvalidParameterValue.DeployVpcAlreadyExists" | "InvalidParameterValue.DisasterRecoverGroupIdMalformed" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.DuplicateTags" | "InvalidParameterValue.ElasticNetworkNotExist" | "InvalidParameterValue.ElasticNetworkVpcSubnetMismatch" | "InvalidParameterValue.ExternalIpQuotaLimited" | "InvalidParameterValue.GPUInstanceFamily" | "InvalidParameterValue.HpcClusterIdZoneIdNotMatch" | "InvalidParameterValue.IPAddressMalformed" | "InvalidParameterValue.IPv6AddressMalformed" | "InvalidParameterValue.ISOMustImportByForce" | "InvalidParameterValue.IllegalHostName" | "InvalidParameterValue.IncorrectFormat" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceNotSupportedMixPricingModel" | "InvalidParameterValue.InstanceTypeNotFound" | "InvalidParameterValue.InstanceTypeNotSupportElasticNetworks" | "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" | "InvalidParameterValue.InstanceTypeRequiredHpcCluster" | "InvalidParameterValue.InsufficientOffering" | "InvalidParameterValue.InsufficientPrice" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidBootMode" | "InvalidParameterValue.InvalidBucketPermissionForExport" | "InvalidParameterValue.InvalidFileNamePrefixList" | "InvalidParameterValue.InvalidGPUFamilyChange" | "InvalidParameterValue.InvalidImageFamily" | "InvalidParameterValue.InvalidImageForGivenInstanceType" | "InvalidParameterValue.InvalidImageFormat" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageIdForRetsetInstance" | "InvalidParameterValue.InvalidImageIdIsShared" | "InvalidParameterValue.InvalidImageOsName" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.InvalidInstanceSource" | "InvalidParameterValue.InvalidInstanceTypeUnderwrite" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.InvalidLaunchTemplateDescription" | "InvalidParameterValue.InvalidLaunchTemplateName" | "InvalidParameterValue.InvalidLaunchTemplateVersionDescription" | "InvalidParameterValue.InvalidLicenseType" | "InvalidParameterValue.InvalidNetworkInterfaceId" | "InvalidParameterValue.InvalidParameterValueLimit" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.InvalidTimeFormat" | "InvalidParameterValue.InvalidUserDataFormat" | "InvalidParameterValue.InvalidVagueName" | "InvalidParameterValue.InvalidVpcIdSubnetIdNotFound" | "InvalidParameterValue.IspNotSupportForEdgeZone" | "InvalidParameterValue.IspValueRepeated" | "InvalidParameterValue.KeyPairNotFound" | "InvalidParameterValue.KeyPairNotSupported" | "InvalidParameterValue.LaunchTemplateDefaultVersion" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerSetAlready" | "InvalidParameterValue.LaunchTemplateNotFound" | "InvalidParameterValue.LaunchTemplateVersion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.LocalDiskSizeRange" | "InvalidParameterValue.MustDhcpEnabledVpc" | "InvalidParameterValue.MustEnabledIsRdma" | "InvalidParameterValue.NotCdcSubnet" | "InvalidParameterValue.NotEmpty" | "InvalidParameterValue.NotSupported" | "InvalidParameterValue.PreheatNotSupportedInstanceType" | "InvalidParameterValue.PreheatNotSupportedZone" | "InvalidParameterValue.PreheatUnavailableZones" | "InvalidParameterValue.Range" | "InvalidParameterValue.RequiredLocationImage" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.SubnetIdMalformed" | "InvalidParameterValue.SubnetIdZoneIdNotMatch" | "InvalidParameterValue.SubnetNotExist" | "InvalidParameterValue.TagKeyNotFound" | "InvalidParameterValue.TagQuotaLimitExceeded" | "InvalidParameterValue.ThreadPerCoreValue" | "InvalidParameterValue.TooLarge" | "InvalidParameterValue.TooLong" | "InvalidParameterValue.UuidMalformed" | "InvalidParameterValue.VpcIdMalformed" | "InvalidParameterValue.VpcIdNotExist" | "InvalidParameterValue.VpcIdSubnetIdNotMatch" | "InvalidParameterValue.VpcIdZoneIdNotMatch" | "InvalidParameterValue.VpcNotSupportIpv6Address" | "InvalidParameterValue.ZoneNotSupported" | "InvalidParameterValueLimit" | "InvalidParameterValueOffset" | "InvalidPassword" | "InvalidPeriod" | "InvalidPermission" | "InvalidProjectId.NotFound" | "InvalidPublicKey.Duplicate" | "InvalidPublicKey.Malformed" | "InvalidRegion.NotFound" | "InvalidRegion.Unavailable" | "InvalidSecurityGroupId.NotFound" | "InvalidSgId.Malformed" | "InvalidZone.MismatchRegion" | "LimitExceeded.AssociateUSGLimitExceeded" | "LimitExceeded.CvmInstanceQuota" | "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded" | "LimitExceeded.DisasterRecoverGroup" | "LimitExceeded.EipNumLimit" | "LimitExceeded.EniLimitInstanceType" | "LimitExceeded.EniNumLimit" | "LimitExceeded.ExportImageTaskLimitExceeded" | "LimitExceeded.HpcClusterQuota" | "LimitExceeded.IPv6AddressNum" | "LimitExceeded.InstanceEniNumLimit" | "LimitExceeded.InstanceQuota" | "LimitExceeded.InstanceTypeBandwidth" | "LimitExceeded.LaunchTemplateQuota" | "LimitExceeded.LaunchTemplateVersionQuota" | "LimitExceeded.PreheatImageSnapshotOutOfQuota" | "LimitExceeded.PrepayQuota" | "LimitExceeded.PrepayUnderwriteQuota" | "LimitExceeded.SingleUSGQuota" | "LimitExceeded.SpotQuota" | "LimitExceeded.TagResourceQuota" | "LimitExceeded.UserReturnQuota" | "LimitExceeded.UserSpotQuota" | "LimitExceeded.VpcSubnetNum" | "MissingParameter.AtLeastOne" | "MissingParameter.DPDKInstanceTypeRequiredVPC" | "MissingParameter.MonitorService" | "MutexOperation.TaskRunning" | "OperationDenied.AccountNotSupported" | "OperationDenied.ChcInstallCloudImageWithoutDeployNetwork" | "OperationDenied.InnerUserProhibitAction" | "OperationDenied.InstanceOperationInProgress" | "OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip" | "OverQuota" | "RegionAbilityLimit.UnsupportedToImportImage" | "ResourceInUse.DiskRollbacking" | "ResourceInUse.HpcCluster" | "ResourceInsufficient.AvailabilityZoneSoldOut" | "ResourceInsufficient.CidrBlock" | "ResourceInsufficient.CloudDiskSoldOut" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "ResourceInsufficient.InsufficientGroupQuota" | "ResourceInsufficient.SpecifiedInstanceType" | "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance" | "ResourceNotFound.HpcCluster" | "ResourceNotFound.InvalidPlacementSet" | "ResourceNotFound.InvalidZoneInstanceType" | "ResourceNotFound.KeyPairNotFound" | "ResourceNotFound.NoDefaultCbs" | "ResourceNotFound.NoDefaultCbsWithReason" | "ResourceUnavailable.InstanceType" | "ResourceUnavailable.SnapshotCreating" | "ResourcesSoldOut.AvailableZone" | "ResourcesSoldOut.EipInsufficient" | "ResourcesSoldOut.SpecifiedInstanceType" | "SecGroupActionFailure" | "UnauthorizedOperation.ImageNotBelongToAccount" | "UnauthorizedOperation.InvalidToken" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnauthorizedOperation.PermissionDenied" | "UnsupportedOperation.ArmArchitecture" | "UnsupportedOperation.BandwidthPackageIdNotSupported" | "UnsupportedOperation.CbsRemoteSsdNotSupport" | "UnsupportedOperation.CommercialImageChangeChargeType" | "UnsupportedOperation.DiskSnapCreateTimeTooOld" | "UnsupportedOperation.EdgeZoneInstance" | "UnsupportedOperation.EdgeZoneNotSupportCloudDisk" | "UnsupportedOperation.ElasticNetworkInterface" | "UnsupportedOperation.EncryptedImagesNotSupported" | "UnsupportedOperation.HeterogeneousChangeInstanceFamily" | "UnsupportedOperation.HibernationForNormalInstance" | "UnsupportedOperation.HibernationOsVersion" | "UnsupportedOperation.IPv6NotSupportVpcMigrate" | "UnsupportedOperation.ImageTooLargeExportUnsupported" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceMixedPricingModel" | "UnsupportedOperation.InstanceMixedResetInstanceType" | "UnsupportedOperation.InstanceMixedZoneType" | "UnsupportedOperation.InstanceOsConvertOsNotSupport" | "UnsupportedOperation.InstanceOsWindows" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateCorrupted" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStateLaunchFailed" | "UnsupportedOperation.InstanceStateNotRunning" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminated" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InstanceTypeNotSupportConfidentiality" | "UnsupportedOperation.InstanceTypeNotSupportGridLicence" | "UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting" | "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" | "UnsupportedOperation.InstancesEnableJumboWithoutReboot" | "UnsupportedOperation.InstancesProtected" | "UnsupportedOperation.InsufficientClusterQuota" | "UnsupportedOperation.InvalidDataDisk" | "UnsupportedOperation.InvalidDisk" | "UnsupportedOperation.InvalidDiskBackupQuota" | "UnsupportedOperation.InvalidDiskFastRollback" | "UnsupportedOperation.InvalidImageLicenseTypeForReset" | "UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance" | "UnsupportedOperation.InvalidInstanceWithSwapDisk" | "UnsupportedOperation.InvalidInstancesOwner" | "UnsupportedOperation.InvalidPermissionNonInternationalAccount" | "UnsupportedOperation.InvalidRegionDiskEncrypt" | "UnsupportedOperation.InvalidZone" | "UnsupportedOperation.KeyPairUnsupportedWindows" | "UnsupportedOperation.LocalDataDiskChangeInstanceFamily" | "UnsupportedOperation.LocalDiskMigratingToCloudDisk" | "UnsupportedOperation.LocationImageNotSupported" | "UnsupportedOperation.MarketImageConvertOSUnsupported" | "UnsupportedOperation.MarketImageExportUnsupported" | "UnsupportedOperation.ModifyEncryptionNotSupported" | "UnsupportedOperation.ModifyVPCWithCLB" | "UnsupportedOperation.ModifyVPCWithClassLink" | "UnsupportedOperation.NoInstanceTypeSupportSpot" | "UnsupportedOperation.NoVpcNetwork" | "UnsupportedOperation.NotFpgaInstance" | "UnsupportedOperation.NotSupportImportInstancesActionTimer" | "UnsupportedOperation.NotSupportInstanceImage" | "UnsupportedOperation.NotSupportUnpaidOrder" | "UnsupportedOperation.OnlyForPrepaidAccount" | "UnsupportedOperation.OriginalInstanceTypeInvalid" | "UnsupportedOperation.PreheatImage" | "UnsupportedOperation.PublicImageExportUnsupported" | "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2" | "UnsupportedOperation.RedHatImageExportUnsupported" | "UnsupportedOperation.RedHatInstanceTerminateUnsupported" | "UnsupportedOperation.RedHatInstanceUnsupported" | "UnsupportedOperation.Region" | "UnsupportedOperation.ReservedInstanceInvisibleForUser" | "UnsupportedOperation.ReservedInstanceOutofQuata" | "UnsupportedOperation.SharedImageExportUnsupported" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.SpotUnsupportedRegion" | "UnsupportedOperation.StoppedModeStopCharging" | "UnsupportedOperation.StoppedModeStopChargingSameFamily" | "UnsupportedOperation.SyncEncryptImageNotSupport" | "UnsupportedOperation.SystemDiskType" | "UnsupportedOperation.TatAgentNotOnline" | "UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount" | "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" | "UnsupportedOperation.UnsupportedARMChangeInstanceFamily" | "UnsupportedOperation.UnsupportedChangeInstanceFamily" | "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM" | "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily" | "UnsupportedOperation.UnsupportedInternationalUser" | "UnsupportedOperation.UnsupportedPool" | "UnsupportedOperation.UserConvertOsNotSupport" | "UnsupportedOperation.UserLimitOperationExceedQuota" | "UnsupportedOperation.WindowsImageExportUnsupported" | "VpcAddrNotInSubNet" | "VpcIpIsUsed";
/** Error codes DescribeRegions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRegionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeZones may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeZonesErrorCode = CommonErrorCode | (string & {});
/** Error codes RunInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RunInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceFamilyConfigs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceFamilyConfigsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceTypeConfigs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceTypeConfigsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesOperationLimit may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesOperationLimitErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceVncUrl may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceVncUrlErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceRunInstances may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceRunInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceRenewInstances may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceRenewInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceResetInstance may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceResetInstanceErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceResetInstancesType may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceResetInstancesTypeErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceModifyInstancesChargeType may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceModifyInstancesChargeTypeErrorCode = CommonErrorCode | (string & {});
/** Error codes StartInstances may return: its own documented codes, the service's common codes, and any other string. */
export type StartInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes RebootInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RebootInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes StopInstances may return: its own documented codes, the service's common codes, and any other string. */
export type StopInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes RenewInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RenewInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes ResizeInstanceDisks may return: its own documented codes, the service's common codes, and any other string. */
export type ResizeInstanceDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstancesPassword may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstancesPasswordErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesChargeType may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesChargeTypeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesRenewFlag may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesRenewFlagErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAccountQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAccountQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesActionTimer may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesActionTimerErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesModification may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesModificationErrorCode = CommonErrorCode | (string & {});
/** Error codes EnterRescueMode may return: its own documented codes, the service's common codes, and any other string. */
export type EnterRescueModeErrorCode = CommonErrorCode | (string & {});
/** Error codes ExitRescueMode may return: its own documented codes, the service's common codes, and any other string. */
export type ExitRescueModeErrorCode = CommonErrorCode | (string & {});
/** Error codes ImportInstancesActionTimer may return: its own documented codes, the service's common codes, and any other string. */
export type ImportInstancesActionTimerErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceResizeInstanceDisks may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceResizeInstanceDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstanceDiskType may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstanceDiskTypeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesDisasterRecoverGroup may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesDisasterRecoverGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes ProgramFpgaImage may return: its own documented codes, the service's common codes, and any other string. */
export type ProgramFpgaImageErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceTerminateInstances may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceTerminateInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes TerminateInstances may return: its own documented codes, the service's common codes, and any other string. */
export type TerminateInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteInstancesActionTimer may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteInstancesActionTimerErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesProject may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesProjectErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstancesType may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstancesTypeErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesAttributes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesAttributesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesStatus may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesStatusErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeZoneInstanceConfigInfos may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeZoneInstanceConfigInfosErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstance may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstanceErrorCode = CommonErrorCode | (string & {});
/** Error codes AllocateHosts may return: its own documented codes, the service's common codes, and any other string. */
export type AllocateHostsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyHostsAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyHostsAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes RenewHosts may return: its own documented codes, the service's common codes, and any other string. */
export type RenewHostsErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceRenewHosts may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceRenewHostsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeHosts may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeHostsErrorCode = CommonErrorCode | (string & {});
/** Error codes ConfigureChcAssistVpc may return: its own documented codes, the service's common codes, and any other string. */
export type ConfigureChcAssistVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes ConfigureChcDeployVpc may return: its own documented codes, the service's common codes, and any other string. */
export type ConfigureChcDeployVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeChcDeniedActions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeChcDeniedActionsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyChcAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyChcAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes RemoveChcAssistVpc may return: its own documented codes, the service's common codes, and any other string. */
export type RemoveChcAssistVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes RemoveChcDeployVpc may return: its own documented codes, the service's common codes, and any other string. */
export type RemoveChcDeployVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeChcHosts may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeChcHostsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDisasterRecoverGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDisasterRecoverGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDisasterRecoverGroupQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDisasterRecoverGroupQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDisasterRecoverGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDisasterRecoverGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDisasterRecoverGroupAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDisasterRecoverGroupAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteDisasterRecoverGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteDisasterRecoverGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImages may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImagesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImageSharePermission may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImageSharePermissionErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImportImageOs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImportImageOsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImageQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImageQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyImageSharePermission may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyImageSharePermissionErrorCode = CommonErrorCode | (string & {});
/** Error codes SyncImages may return: its own documented codes, the service's common codes, and any other string. */
export type SyncImagesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyImageAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyImageAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteImages may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteImagesErrorCode = CommonErrorCode | (string & {});
/** Error codes ImportImage may return: its own documented codes, the service's common codes, and any other string. */
export type ImportImageErrorCode = CommonErrorCode | (string & {});
/** Error codes ExportImages may return: its own documented codes, the service's common codes, and any other string. */
export type ExportImagesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateImage may return: its own documented codes, the service's common codes, and any other string. */
export type CreateImageErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImageFromFamily may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImageFromFamilyErrorCode = CommonErrorCode | (string & {});
/** Error codes ConvertOperatingSystems may return: its own documented codes, the service's common codes, and any other string. */
export type ConvertOperatingSystemsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type CreateKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateInstancesKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateInstancesKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyKeyPairAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyKeyPairAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ImportKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type ImportKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceInternetBandwidthConfigs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceInternetBandwidthConfigsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInternetChargeTypeConfigs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInternetChargeTypeConfigsErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceResetInstancesInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceResetInstancesInternetMaxBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstancesInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstancesInternetMaxBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesVpcAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesVpcAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLaunchTemplates may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLaunchTemplatesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLaunchTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLaunchTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLaunchTemplateVersion may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLaunchTemplateVersionErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLaunchTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLaunchTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLaunchTemplateVersions may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLaunchTemplateVersionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLaunchTemplateVersions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLaunchTemplateVersionsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyLaunchTemplateDefaultVersion may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyLaunchTemplateDefaultVersionErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTaskInfo may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTaskInfoErrorCode = CommonErrorCode | (string & {});
/** Error codes RepairTaskControl may return: its own documented codes, the service's common codes, and any other string. */
export type RepairTaskControlErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateHpcCluster may return: its own documented codes, the service's common codes, and any other string. */
export type CreateHpcClusterErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteHpcClusters may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteHpcClustersErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeHpcClusters may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeHpcClustersErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyHpcClusterAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyHpcClusterAttributeErrorCode = CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    DescribeRegions: DescribeRegionsErrorCode;
    DescribeZones: DescribeZonesErrorCode;
    RunInstances: RunInstancesErrorCode;
    DescribeInstances: DescribeInstancesErrorCode;
    DescribeInstanceFamilyConfigs: DescribeInstanceFamilyConfigsErrorCode;
    DescribeInstanceTypeConfigs: DescribeInstanceTypeConfigsErrorCode;
    DescribeInstancesOperationLimit: DescribeInstancesOperationLimitErrorCode;
    DescribeInstanceVncUrl: DescribeInstanceVncUrlErrorCode;
    InquiryPriceRunInstances: InquiryPriceRunInstancesErrorCode;
    InquiryPriceRenewInstances: InquiryPriceRenewInstancesErrorCode;
    InquiryPriceResetInstance: InquiryPriceResetInstanceErrorCode;
    InquiryPriceResetInstancesType: InquiryPriceResetInstancesTypeErrorCode;
    InquiryPriceModifyInstancesChargeType: InquiryPriceModifyInstancesChargeTypeErrorCode;
    StartInstances: StartInstancesErrorCode;
    RebootInstances: RebootInstancesErrorCode;
    StopInstances: StopInstancesErrorCode;
    RenewInstances: RenewInstancesErrorCode;
    ResizeInstanceDisks: ResizeInstanceDisksErrorCode;
    ResetInstancesPassword: ResetInstancesPasswordErrorCode;
    ModifyInstancesAttribute: ModifyInstancesAttributeErrorCode;
    ModifyInstancesChargeType: ModifyInstancesChargeTypeErrorCode;
    ModifyInstancesRenewFlag: ModifyInstancesRenewFlagErrorCode;
    DescribeAccountQuota: DescribeAccountQuotaErrorCode;
    DescribeInstancesActionTimer: DescribeInstancesActionTimerErrorCode;
    DescribeInstancesModification: DescribeInstancesModificationErrorCode;
    EnterRescueMode: EnterRescueModeErrorCode;
    ExitRescueMode: ExitRescueModeErrorCode;
    ImportInstancesActionTimer: ImportInstancesActionTimerErrorCode;
    InquiryPriceResizeInstanceDisks: InquiryPriceResizeInstanceDisksErrorCode;
    ModifyInstanceDiskType: ModifyInstanceDiskTypeErrorCode;
    ModifyInstancesDisasterRecoverGroup: ModifyInstancesDisasterRecoverGroupErrorCode;
    ProgramFpgaImage: ProgramFpgaImageErrorCode;
    InquiryPriceTerminateInstances: InquiryPriceTerminateInstancesErrorCode;
    TerminateInstances: TerminateInstancesErrorCode;
    DeleteInstancesActionTimer: DeleteInstancesActionTimerErrorCode;
    ModifyInstancesProject: ModifyInstancesProjectErrorCode;
    ResetInstancesType: ResetInstancesTypeErrorCode;
    DescribeInstancesAttributes: DescribeInstancesAttributesErrorCode;
    DescribeInstancesStatus: DescribeInstancesStatusErrorCode;
    DescribeZoneInstanceConfigInfos: DescribeZoneInstanceConfigInfosErrorCode;
    ResetInstance: ResetInstanceErrorCode;
    AllocateHosts: AllocateHostsErrorCode;
    ModifyHostsAttribute: ModifyHostsAttributeErrorCode;
    RenewHosts: RenewHostsErrorCode;
    InquiryPriceRenewHosts: InquiryPriceRenewHostsErrorCode;
    DescribeHosts: DescribeHostsErrorCode;
    ConfigureChcAssistVpc: ConfigureChcAssistVpcErrorCode;
    ConfigureChcDeployVpc: ConfigureChcDeployVpcErrorCode;
    DescribeChcDeniedActions: DescribeChcDeniedActionsErrorCode;
    ModifyChcAttribute: ModifyChcAttributeErrorCode;
    RemoveChcAssistVpc: RemoveChcAssistVpcErrorCode;
    RemoveChcDeployVpc: RemoveChcDeployVpcErrorCode;
    DescribeChcHosts: DescribeChcHostsErrorCode;
    DescribeDisasterRecoverGroups: DescribeDisasterRecoverGroupsErrorCode;
    DescribeDisasterRecoverGroupQuota: DescribeDisasterRecoverGroupQuotaErrorCode;
    CreateDisasterRecoverGroup: CreateDisasterRecoverGroupErrorCode;
    ModifyDisasterRecoverGroupAttribute: ModifyDisasterRecoverGroupAttributeErrorCode;
    DeleteDisasterRecoverGroups: DeleteDisasterRecoverGroupsErrorCode;
    DescribeImages: DescribeImagesErrorCode;
    DescribeImageSharePermission: DescribeImageSharePermissionErrorCode;
    DescribeImportImageOs: DescribeImportImageOsErrorCode;
    DescribeImageQuota: DescribeImageQuotaErrorCode;
    ModifyImageSharePermission: ModifyImageSharePermissionErrorCode;
    SyncImages: SyncImagesErrorCode;
    ModifyImageAttribute: ModifyImageAttributeErrorCode;
    DeleteImages: DeleteImagesErrorCode;
    ImportImage: ImportImageErrorCode;
    ExportImages: ExportImagesErrorCode;
    CreateImage: CreateImageErrorCode;
    DescribeImageFromFamily: DescribeImageFromFamilyErrorCode;
    ConvertOperatingSystems: ConvertOperatingSystemsErrorCode;
    DescribeKeyPairs: DescribeKeyPairsErrorCode;
    CreateKeyPair: CreateKeyPairErrorCode;
    AssociateInstancesKeyPairs: AssociateInstancesKeyPairsErrorCode;
    DisassociateInstancesKeyPairs: DisassociateInstancesKeyPairsErrorCode;
    DeleteKeyPairs: DeleteKeyPairsErrorCode;
    ModifyKeyPairAttribute: ModifyKeyPairAttributeErrorCode;
    ImportKeyPair: ImportKeyPairErrorCode;
    AssociateSecurityGroups: AssociateSecurityGroupsErrorCode;
    DisassociateSecurityGroups: DisassociateSecurityGroupsErrorCode;
    DescribeInstanceInternetBandwidthConfigs: DescribeInstanceInternetBandwidthConfigsErrorCode;
    DescribeInternetChargeTypeConfigs: DescribeInternetChargeTypeConfigsErrorCode;
    InquiryPriceResetInstancesInternetMaxBandwidth: InquiryPriceResetInstancesInternetMaxBandwidthErrorCode;
    ResetInstancesInternetMaxBandwidth: ResetInstancesInternetMaxBandwidthErrorCode;
    ModifyInstancesVpcAttribute: ModifyInstancesVpcAttributeErrorCode;
    DescribeLaunchTemplates: DescribeLaunchTemplatesErrorCode;
    CreateLaunchTemplate: CreateLaunchTemplateErrorCode;
    CreateLaunchTemplateVersion: CreateLaunchTemplateVersionErrorCode;
    DeleteLaunchTemplate: DeleteLaunchTemplateErrorCode;
    DeleteLaunchTemplateVersions: DeleteLaunchTemplateVersionsErrorCode;
    DescribeLaunchTemplateVersions: DescribeLaunchTemplateVersionsErrorCode;
    ModifyLaunchTemplateDefaultVersion: ModifyLaunchTemplateDefaultVersionErrorCode;
    DescribeTaskInfo: DescribeTaskInfoErrorCode;
    RepairTaskControl: RepairTaskControlErrorCode;
    CreateHpcCluster: CreateHpcClusterErrorCode;
    DeleteHpcClusters: DeleteHpcClustersErrorCode;
    DescribeHpcClusters: DescribeHpcClustersErrorCode;
    ModifyHpcClusterAttribute: ModifyHpcClusterAttributeErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.describeRegions(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeRegions") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

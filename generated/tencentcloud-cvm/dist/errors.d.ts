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
 */
export type CommonErrorCode = "ActionOffline" | "AuthFailure.InvalidAuthorization" | "AuthFailure.InvalidSecretId" | "AuthFailure.MFAFailure" | "AuthFailure.SecretIdNotFound" | "AuthFailure.SignatureExpire" | "AuthFailure.SignatureFailure" | "AuthFailure.TokenFailure" | "AuthFailure.UnauthorizedOperation" | "DryRunOperation" | "FailedOperation" | "InternalError" | "InvalidAction" | "InvalidParameter" | "InvalidParameterValue" | "InvalidRequest" | "IpInBlacklist" | "IpNotInWhitelist" | "LimitExceeded" | "MissingParameter" | "NoSuchProduct" | "NoSuchVersion" | "RequestLimitExceeded" | "RequestLimitExceeded.GlobalRegionUinLimitExceeded" | "RequestLimitExceeded.IPLimitExceeded" | "RequestLimitExceeded.UinLimitExceeded" | "RequestSizeLimitExceeded" | "ResourceInUse" | "ResourceInsufficient" | "ResourceNotFound" | "ResourceUnavailable" | "ResponseSizeLimitExceeded" | "ServiceUnavailable" | "UnauthorizedOperation" | "UnknownParameter" | "UnsupportedOperation" | "UnsupportedProtocol" | "UnsupportedRegion";
/** Error codes DescribeRegions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRegionsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeZones may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 */
export type DescribeZonesErrorCode = "InvalidFilter" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes RunInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `FailedOperation.DisasterRecoverGroupNotFound`: 未找到指定的容灾组
 * - `FailedOperation.IllegalTagKey`: 标签键存在不合法字符
 * - `FailedOperation.IllegalTagValue`: 标签值存在不合法字符。
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `FailedOperation.NoAvailableIpAddressCountInSubnet`: 子网可用IP已耗尽。
 * - `FailedOperation.PromotionalRegionRestriction`: 暂无法在此国家/地区提供该服务。
 * - `FailedOperation.SecurityGroupActionFailed`: 安全组操作失败。
 * - `FailedOperation.SnapshotSizeLargerThanDataSize`: 快照容量大于磁盘大小，请选用更大的磁盘空间。
 * - `FailedOperation.SnapshotSizeLessThanDataSize`: 不支持快照size小于云盘size。
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `InstancesQuotaLimitExceeded`: 表示当前创建的实例个数超过了该账户允许购买的剩余配额数。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidClientToken.TooLong`: 指定的ClientToken字符串长度超出限制，必须小于等于64字节。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceName.TooLong`: 指定的InstanceName字符串长度超出限制，必须小于等于60字节。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidParameter.CdcNotSupported`: 不支持参数CdcId。
 * - `InvalidParameter.EdgeZoneMissInternetAccessible`: 边缘可用区指定三网外网IP参数需要先指定主ip外网IP参数。
 * - `InvalidParameter.HostIdCustomizedInstanceTypeNotSupport`: 指定的CDH母机不支持自定义类型的子机规格
 * - `InvalidParameter.HostIdInstanceTypeNotSupport`: 指定的CDH母机不支持该子机机型规格
 * - `InvalidParameter.HostIdStandardInstanceTypeNotSupport`: 指定的CDH母机不支持标准类型的子机规格
 * - `InvalidParameter.HostIdStatusNotSupport`: 该主机当前状态不支持该操作。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.InstanceTypeSupportedHostNotFound`: 不存在支持指定子机规格的CDH母机
 * - `InvalidParameter.InternetAccessibleNotSupported`: 不支持设置公网带宽相关信息。
 * - `InvalidParameter.InvalidIpFormat`: 指定的私有网络ip格式不正确。
 * - `InvalidParameter.LackCoreCountOrThreadPerCore`: CoreCount和ThreadPerCore必须同时提供。
 * - `InvalidParameter.OnlySupportForEdgeZone`: 仅是边缘可用区支持这个参数。
 * - `InvalidParameter.ParameterConflict`: 不支持同时指定密钥登录和保持镜像登录方式。
 * - `InvalidParameter.SnapshotNotFound`: 指定的快照不存在。
 * - `InvalidParameter.SpecialParameterForSpecialAccount`: 这个参数需要开启白名单才可以使用。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.BandwidthPackageIdMalformed`: 共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.BandwidthPackageIdNotFound`: 请确认指定的带宽包是否存在。
 * - `InvalidParameterValue.BandwidthPackageIspNotMatch`: 带宽包所属的运营商和运营商参数不匹配。
 * - `InvalidParameterValue.BandwidthPackageZoneNotMatch`: 带宽包所属的可用区和指定的可用区不匹配。
 * - `InvalidParameterValue.CamRoleNameMalformed`: CamRoleName不合要求，只允许包含英文字母、数字或者 +=,.@_-字符。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.CloudSsdDataDiskSizeTooSmall`: SSD云硬盘为数据盘时，购买大小不得小于100GB
 * - `InvalidParameterValue.CoreCountValue`: 核心计数不合法。
 * - `InvalidParameterValue.DedicatedClusterNotSupportedChargeType`: CDC不支持指定的计费模式。
 * - `InvalidParameterValue.Duplicate`: 参数值重复。
 * - `InvalidParameterValue.DuplicateTags`: 重复标签。
 * - `InvalidParameterValue.ElasticNetworkNotExist`: 弹性网卡数据不存在
 * - `InvalidParameterValue.ElasticNetworkVpcSubnetMismatch`: 弹性网卡数据vpc子网不匹配,必须为同vpc不同子网
 * - `InvalidParameterValue.ExternalIpQuotaLimited`: 实例的申请的外网IP个数超过了这种规格实例的外网ip配额。
 * - `InvalidParameterValue.HpcClusterIdZoneIdNotMatch`: 您的高性能计算集群已经绑定其他可用区，不能购买当前可用区机器。
 * - `InvalidParameterValue.IPAddressMalformed`: IP格式非法。
 * - `InvalidParameterValue.IllegalHostName`: HostName参数值不合法
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 * - `InvalidParameterValue.InstanceTypeNotFound`: 指定机型不存在
 * - `InvalidParameterValue.InstanceTypeNotSupportElasticNetworks`: 实例类型不支持弹性网卡数据
 * - `InvalidParameterValue.InstanceTypeNotSupportHpcCluster`: 实例类型不可加入高性能计算集群。
 * - `InvalidParameterValue.InstanceTypeRequiredHpcCluster`: 高性能计算实例需指定对应的高性能计算集群。
 * - `InvalidParameterValue.InsufficientOffering`: 竞价数量不足。
 * - `InvalidParameterValue.InsufficientPrice`: 竞价失败。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageForGivenInstanceType`: 镜像ID不支持指定的实例机型。
 * - `InvalidParameterValue.InvalidImageFormat`: 当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageOsName`: 当前地域不支持指定镜像所包含的操作系统。
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.InvalidIpFormat`: IP地址不符合规范
 * - `InvalidParameterValue.InvalidNetworkInterfaceId`: 指定的弹性网卡id非vrdma网卡
 * - `InvalidParameterValue.InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidParameterValue.InvalidTimeFormat`: 时间格式不合法。
 * - `InvalidParameterValue.InvalidUserDataFormat`: UserData格式错误, 需要base64编码格式
 * - `InvalidParameterValue.InvalidVpcIdSubnetIdNotFound`: 这个特别的VpcId or SubnetId在弹性网库数据结构未发现
 * - `InvalidParameterValue.IspNotSupportForEdgeZone`: 边缘可用区不支持这个运营商。
 * - `InvalidParameterValue.IspValueRepeated`: 重复指定了运营商参数值。
 * - `InvalidParameterValue.KeyPairNotFound`: 请确认密钥是否存在。
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 * - `InvalidParameterValue.LaunchTemplateVersion`: 无效的实例启动模板版本号。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.MustDhcpEnabledVpc`: 参数值必须为开启DHCP的VPC
 * - `InvalidParameterValue.MustEnabledIsRdma`: 参数值必须为开启弹性rdma接口
 * - `InvalidParameterValue.NotCdcSubnet`: 子网不属于该cdc集群。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.SubnetIdMalformed`: 子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.SubnetIdZoneIdNotMatch`: 子网ID所在可用区与实例所在区不匹配。
 * - `InvalidParameterValue.SubnetNotExist`: 创建失败，您指定的子网不存在，请您重新指定
 * - `InvalidParameterValue.TagKeyNotFound`: 指定的标签不存在。
 * - `InvalidParameterValue.TagQuotaLimitExceeded`: 标签配额超限。
 * - `InvalidParameterValue.ThreadPerCoreValue`: 每核心线程数不合法。
 * - `InvalidParameterValue.TooLarge`: 参数值超过最大限制。
 * - `InvalidParameterValue.VpcIdMalformed`: VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.VpcIdNotExist`: 指定的VpcId不存在。
 * - `InvalidParameterValue.VpcIdSubnetIdNotMatch`: 指定的VpcId和SubnetId不匹配。
 * - `InvalidParameterValue.VpcIdZoneIdNotMatch`: VPC网络与实例不在同一可用区
 * - `InvalidParameterValue.VpcNotSupportIpv6Address`: 该VPC不支持ipv6。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.CvmInstanceQuota`: 已达到可购买实例的配额上限。
 * - `LimitExceeded.CvmsVifsPerSecGroupLimitExceeded`: 安全组关联云主机弹性网卡配额超限。
 * - `LimitExceeded.DisasterRecoverGroup`: 指定置放群组配额不足。
 * - `LimitExceeded.IPv6AddressNum`: IP数量超过网卡上限。
 * - `LimitExceeded.InstanceEniNumLimit`: 实例指定的弹性网卡数目超过了实例弹性网卡数目配额。
 * - `LimitExceeded.InstanceQuota`: 当前配额不足够生产指定数量的实例
 * - `LimitExceeded.PrepayQuota`: 预付费实例已购买数量已达到最大配额，请提升配额后重试。
 * - `LimitExceeded.PrepayUnderwriteQuota`: 包销付费实例已购买数量已达到最大配额。
 * - `LimitExceeded.SingleUSGQuota`: 安全组限额不足
 * - `LimitExceeded.SpotQuota`: 竞价实例类型配额不足
 * - `LimitExceeded.UserSpotQuota`: 竞价实例配额不足
 * - `LimitExceeded.VpcSubnetNum`: 子网IP不足
 * - `MissingParameter.DPDKInstanceTypeRequiredVPC`: DPDK实例机型要求VPC网络
 * - `MissingParameter.MonitorService`: 该实例类型必须开启云监控服务
 * - `OperationDenied.AccountNotSupported`: 不支持该账户的操作。
 * - `OperationDenied.ChcInstallCloudImageWithoutDeployNetwork`: 不允许未配置部署网络的CHC安装云上镜像。
 * - `OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip`: 非带宽上移用户不允许申请边缘可用区外网IP。
 * - `ResourceInsufficient.AvailabilityZoneSoldOut`: 该可用区已售罄
 * - `ResourceInsufficient.CidrBlock`: 网段资源不足。
 * - `ResourceInsufficient.CloudDiskSoldOut`: 指定的云盘规格已售罄
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `ResourceInsufficient.SpecifiedInstanceType`: 指定的实例类型库存不足。
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 * - `ResourceNotFound.KeyPairNotFound`: 指定密钥对不存在。
 * - `ResourceNotFound.NoDefaultCbs`: 无可用的缺省类型的CBS资源。
 * - `ResourceNotFound.NoDefaultCbsWithReason`: 无可用的缺省类型的CBS资源。
 * - `ResourceUnavailable.InstanceType`: 该可用区不售卖此机型
 * - `ResourcesSoldOut.EipInsufficient`: 公网IP已售罄。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 * - `UnsupportedOperation.BandwidthPackageIdNotSupported`: 指定的实例付费模式或者网络付费模式不支持共享带宽包
 * - `UnsupportedOperation.HibernationOsVersion`: 当前的镜像不支持休眠。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceTypeNotSupportConfidentiality`: 实例类型不支持设置Confidentiality 状态
 * - `UnsupportedOperation.InstanceTypeNotSupportGridLicence`: 实例类型不支持设置GridDriverService 状态
 * - `UnsupportedOperation.InstanceTypeNotSupportJumboFrame`: 实例类型不支持设置EnableJumboFrame 状态
 * - `UnsupportedOperation.InstancesEnableJumboWithoutReboot`: 不支持不重启情况下修改Jumbo Frame状态
 * - `UnsupportedOperation.InvalidDisk`: 不支持指定的磁盘
 * - `UnsupportedOperation.InvalidRegionDiskEncrypt`: 指定的地域不支持加密盘。
 * - `UnsupportedOperation.KeyPairUnsupportedWindows`: 密钥不支持Windows操作系统
 * - `UnsupportedOperation.NoInstanceTypeSupportSpot`: 该实例类型不支持竞价计费
 * - `UnsupportedOperation.NotSupportImportInstancesActionTimer`: 针对当前实例设置定时任务失败。
 * - `UnsupportedOperation.OnlyForPrepaidAccount`: 该操作仅支持预付费账户
 * - `UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2`: 当前镜像不支持对该实例的重装操作。
 * - `UnsupportedOperation.SpotUnsupportedRegion`: 该地域不支持竞价实例。
 * - `UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew`: 该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。
 * - `UnsupportedOperation.UnsupportedInternationalUser`: 请求不支持国际版账号
 * - `VpcAddrNotInSubNet`: 私有网络ip不在子网内。
 * - `VpcIpIsUsed`: 私有网络ip已经被使用。
 */
export type RunInstancesErrorCode = "AccountQualificationRestrictions" | "AuthFailure.CamRoleNameAuthenticateFailed" | "FailedOperation.DisasterRecoverGroupNotFound" | "FailedOperation.IllegalTagKey" | "FailedOperation.IllegalTagValue" | "FailedOperation.InquiryPriceFailed" | "FailedOperation.NoAvailableIpAddressCountInSubnet" | "FailedOperation.PromotionalRegionRestriction" | "FailedOperation.SecurityGroupActionFailed" | "FailedOperation.SnapshotSizeLargerThanDataSize" | "FailedOperation.SnapshotSizeLessThanDataSize" | "FailedOperation.TagKeyReserved" | "InstancesQuotaLimitExceeded" | "InternalError.TradeUnknownError" | "InvalidAccount.InsufficientBalance" | "InvalidClientToken.TooLong" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidInstance.NotSupported" | "InvalidInstanceName.TooLong" | "InvalidInstanceType.Malformed" | "InvalidKeyPairId.Malformed" | "InvalidParameter.CdcNotSupported" | "InvalidParameter.EdgeZoneMissInternetAccessible" | "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" | "InvalidParameter.HostIdInstanceTypeNotSupport" | "InvalidParameter.HostIdStandardInstanceTypeNotSupport" | "InvalidParameter.HostIdStatusNotSupport" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.InstanceTypeSupportedHostNotFound" | "InvalidParameter.InternetAccessibleNotSupported" | "InvalidParameter.InvalidIpFormat" | "InvalidParameter.LackCoreCountOrThreadPerCore" | "InvalidParameter.OnlySupportForEdgeZone" | "InvalidParameter.ParameterConflict" | "InvalidParameter.SnapshotNotFound" | "InvalidParameter.SpecialParameterForSpecialAccount" | "InvalidParameterCombination" | "InvalidParameterValue.BandwidthPackageIdMalformed" | "InvalidParameterValue.BandwidthPackageIdNotFound" | "InvalidParameterValue.BandwidthPackageIspNotMatch" | "InvalidParameterValue.BandwidthPackageZoneNotMatch" | "InvalidParameterValue.CamRoleNameMalformed" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" | "InvalidParameterValue.CoreCountValue" | "InvalidParameterValue.DedicatedClusterNotSupportedChargeType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.DuplicateTags" | "InvalidParameterValue.ElasticNetworkNotExist" | "InvalidParameterValue.ElasticNetworkVpcSubnetMismatch" | "InvalidParameterValue.ExternalIpQuotaLimited" | "InvalidParameterValue.HpcClusterIdZoneIdNotMatch" | "InvalidParameterValue.IPAddressMalformed" | "InvalidParameterValue.IllegalHostName" | "InvalidParameterValue.IncorrectFormat" | "InvalidParameterValue.InstanceTypeNotFound" | "InvalidParameterValue.InstanceTypeNotSupportElasticNetworks" | "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" | "InvalidParameterValue.InstanceTypeRequiredHpcCluster" | "InvalidParameterValue.InsufficientOffering" | "InvalidParameterValue.InsufficientPrice" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageForGivenInstanceType" | "InvalidParameterValue.InvalidImageFormat" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageOsName" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.InvalidNetworkInterfaceId" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.InvalidTimeFormat" | "InvalidParameterValue.InvalidUserDataFormat" | "InvalidParameterValue.InvalidVpcIdSubnetIdNotFound" | "InvalidParameterValue.IspNotSupportForEdgeZone" | "InvalidParameterValue.IspValueRepeated" | "InvalidParameterValue.KeyPairNotFound" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateNotFound" | "InvalidParameterValue.LaunchTemplateVersion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.MustDhcpEnabledVpc" | "InvalidParameterValue.MustEnabledIsRdma" | "InvalidParameterValue.NotCdcSubnet" | "InvalidParameterValue.Range" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.SubnetIdMalformed" | "InvalidParameterValue.SubnetIdZoneIdNotMatch" | "InvalidParameterValue.SubnetNotExist" | "InvalidParameterValue.TagKeyNotFound" | "InvalidParameterValue.TagQuotaLimitExceeded" | "InvalidParameterValue.ThreadPerCoreValue" | "InvalidParameterValue.TooLarge" | "InvalidParameterValue.VpcIdMalformed" | "InvalidParameterValue.VpcIdNotExist" | "InvalidParameterValue.VpcIdSubnetIdNotMatch" | "InvalidParameterValue.VpcIdZoneIdNotMatch" | "InvalidParameterValue.VpcNotSupportIpv6Address" | "InvalidParameterValue.ZoneNotSupported" | "InvalidPassword" | "InvalidPeriod" | "InvalidPermission" | "InvalidProjectId.NotFound" | "InvalidSecurityGroupId.NotFound" | "InvalidZone.MismatchRegion" | "LimitExceeded.CvmInstanceQuota" | "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded" | "LimitExceeded.DisasterRecoverGroup" | "LimitExceeded.IPv6AddressNum" | "LimitExceeded.InstanceEniNumLimit" | "LimitExceeded.InstanceQuota" | "LimitExceeded.PrepayQuota" | "LimitExceeded.PrepayUnderwriteQuota" | "LimitExceeded.SingleUSGQuota" | "LimitExceeded.SpotQuota" | "LimitExceeded.UserSpotQuota" | "LimitExceeded.VpcSubnetNum" | "MissingParameter.DPDKInstanceTypeRequiredVPC" | "MissingParameter.MonitorService" | "OperationDenied.AccountNotSupported" | "OperationDenied.ChcInstallCloudImageWithoutDeployNetwork" | "OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip" | "ResourceInsufficient.AvailabilityZoneSoldOut" | "ResourceInsufficient.CidrBlock" | "ResourceInsufficient.CloudDiskSoldOut" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "ResourceInsufficient.SpecifiedInstanceType" | "ResourceNotFound.HpcCluster" | "ResourceNotFound.KeyPairNotFound" | "ResourceNotFound.NoDefaultCbs" | "ResourceNotFound.NoDefaultCbsWithReason" | "ResourceUnavailable.InstanceType" | "ResourcesSoldOut.EipInsufficient" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnauthorizedOperation.InvalidToken" | "UnsupportedOperation.BandwidthPackageIdNotSupported" | "UnsupportedOperation.HibernationOsVersion" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceTypeNotSupportConfidentiality" | "UnsupportedOperation.InstanceTypeNotSupportGridLicence" | "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" | "UnsupportedOperation.InstancesEnableJumboWithoutReboot" | "UnsupportedOperation.InvalidDisk" | "UnsupportedOperation.InvalidRegionDiskEncrypt" | "UnsupportedOperation.KeyPairUnsupportedWindows" | "UnsupportedOperation.NoInstanceTypeSupportSpot" | "UnsupportedOperation.NotSupportImportInstancesActionTimer" | "UnsupportedOperation.OnlyForPrepaidAccount" | "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2" | "UnsupportedOperation.SpotUnsupportedRegion" | "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" | "UnsupportedOperation.UnsupportedInternationalUser" | "VpcAddrNotInSubNet" | "VpcIpIsUsed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.IllegalTagKey`: 标签键存在不合法字符
 * - `FailedOperation.IllegalTagValue`: 标签值存在不合法字符。
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidParameterValue.IPAddressMalformed`: IP格式非法。
 * - `InvalidParameterValue.IPv6AddressMalformed`: ipv6地址无效
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidIpFormat`: IP地址不符合规范
 * - `InvalidParameterValue.InvalidTimeFormat`: 时间格式不合法。
 * - `InvalidParameterValue.InvalidVagueName`: 无效的模糊查询字符串。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.SubnetIdMalformed`: 子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.TagKeyNotFound`: 指定的标签不存在。
 * - `InvalidParameterValue.UuidMalformed`: uuid不合要求。
 * - `InvalidParameterValue.VpcIdMalformed`: VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `InvalidSgId.Malformed`: 指定的安全组ID格式错误，例如实例ID长度错误sg-ide32。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 */
export type DescribeInstancesErrorCode = "FailedOperation.IllegalTagKey" | "FailedOperation.IllegalTagValue" | "FailedOperation.TagKeyReserved" | "InternalServerError" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidHostId.Malformed" | "InvalidInstanceId.Malformed" | "InvalidParameterValue.IPAddressMalformed" | "InvalidParameterValue.IPv6AddressMalformed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.InvalidTimeFormat" | "InvalidParameterValue.InvalidVagueName" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.SubnetIdMalformed" | "InvalidParameterValue.TagKeyNotFound" | "InvalidParameterValue.UuidMalformed" | "InvalidParameterValue.VpcIdMalformed" | "InvalidSecurityGroupId.NotFound" | "InvalidSgId.Malformed" | "InvalidZone.MismatchRegion" | "ResourceNotFound.HpcCluster" | "UnauthorizedOperation.InvalidToken" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceFamilyConfigs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidRegion.NotFound`: 未找到该区域。
 */
export type DescribeInstanceFamilyConfigsErrorCode = "InternalServerError" | "InvalidRegion.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceTypeConfigs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 */
export type DescribeInstanceTypeConfigsErrorCode = "InternalServerError" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidInstanceType.Malformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | "InvalidZone.MismatchRegion" | "ResourcesSoldOut.SpecifiedInstanceType" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesOperationLimit may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 */
export type DescribeInstancesOperationLimitErrorCode = "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceVncUrl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceState`: 指定实例的当前状态不能进行该操作。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopped`: 请求不支持已关机的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminated`: 不支持已销毁的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type DescribeInstanceVncUrlErrorCode = "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceState" | "InvalidParameterValue.InstanceIdMalformed" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.InvalidToken" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminated" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceRunInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `FailedOperation.DisasterRecoverGroupNotFound`: 未找到指定的容灾组
 * - `FailedOperation.IllegalTagKey`: 标签键存在不合法字符
 * - `FailedOperation.IllegalTagValue`: 标签值存在不合法字符。
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `FailedOperation.SnapshotSizeLargerThanDataSize`: 快照容量大于磁盘大小，请选用更大的磁盘空间。
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `FailedOperation.TatAgentNotSupport`: 镜像是公共镜像并且启用了自动化助手服务，但它不符合Linux&x86_64。
 * - `InstancesQuotaLimitExceeded`: 表示当前创建的实例个数超过了该账户允许购买的剩余配额数。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InvalidClientToken.TooLong`: 指定的ClientToken字符串长度超出限制，必须小于等于64字节。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidInstanceName.TooLong`: 指定的InstanceName字符串长度超出限制，必须小于等于60字节。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameter.EdgeZoneMissInternetAccessible`: 边缘可用区指定三网外网IP参数需要先指定主ip外网IP参数。
 * - `InvalidParameter.HostIdCustomizedInstanceTypeNotSupport`: 指定的CDH母机不支持自定义类型的子机规格
 * - `InvalidParameter.HostIdInstanceTypeNotSupport`: 指定的CDH母机不支持该子机机型规格
 * - `InvalidParameter.HostIdStandardInstanceTypeNotSupport`: 指定的CDH母机不支持标准类型的子机规格
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.InstanceTypeSupportedHostNotFound`: 不存在支持指定子机规格的CDH母机
 * - `InvalidParameter.InternetAccessibleNotSupported`: 不支持设置公网带宽相关信息。
 * - `InvalidParameter.OnlySupportForEdgeZone`: 仅是边缘可用区支持这个参数。
 * - `InvalidParameter.SnapshotNotFound`: 指定的快照不存在。
 * - `InvalidParameter.SpecialParameterForSpecialAccount`: 这个参数需要开启白名单才可以使用。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.BandwidthPackageIdMalformed`: 共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.BandwidthPackageIdNotFound`: 请确认指定的带宽包是否存在。
 * - `InvalidParameterValue.BandwidthPackageIspNotMatch`: 带宽包所属的运营商和运营商参数不匹配。
 * - `InvalidParameterValue.BandwidthPackageZoneNotMatch`: 带宽包所属的可用区和指定的可用区不匹配。
 * - `InvalidParameterValue.CloudSsdDataDiskSizeTooSmall`: SSD云硬盘为数据盘时，购买大小不得小于100GB
 * - `InvalidParameterValue.DuplicateTags`: 重复标签。
 * - `InvalidParameterValue.InstanceTypeNotFound`: 指定机型不存在
 * - `InvalidParameterValue.InstanceTypeNotSupportHpcCluster`: 实例类型不可加入高性能计算集群。
 * - `InvalidParameterValue.InstanceTypeRequiredHpcCluster`: 高性能计算实例需指定对应的高性能计算集群。
 * - `InvalidParameterValue.InsufficientPrice`: 竞价失败。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageFormat`: 当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageOsName`: 当前地域不支持指定镜像所包含的操作系统。
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.InvalidTimeFormat`: 时间格式不合法。
 * - `InvalidParameterValue.InvalidUserDataFormat`: UserData格式错误, 需要base64编码格式
 * - `InvalidParameterValue.IspNotSupportForEdgeZone`: 边缘可用区不支持这个运营商。
 * - `InvalidParameterValue.IspValueRepeated`: 重复指定了运营商参数值。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.RequiredLocationImage`: 请求需要区域镜像。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.TagKeyNotFound`: 指定的标签不存在。
 * - `InvalidParameterValue.TagQuotaLimitExceeded`: 标签配额超限。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.DisasterRecoverGroup`: 指定置放群组配额不足。
 * - `LimitExceeded.InstanceEniNumLimit`: 实例指定的弹性网卡数目超过了实例弹性网卡数目配额。
 * - `MissingParameter.MonitorService`: 该实例类型必须开启云监控服务
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 * - `ResourceNotFound.NoDefaultCbs`: 无可用的缺省类型的CBS资源。
 * - `ResourceNotFound.NoDefaultCbsWithReason`: 无可用的缺省类型的CBS资源。
 * - `ResourceUnavailable.InstanceType`: 该可用区不售卖此机型
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnsupportedOperation.BandwidthPackageIdNotSupported`: 指定的实例付费模式或者网络付费模式不支持共享带宽包
 * - `UnsupportedOperation.InstanceTypeNotSupportGridLicence`: 实例类型不支持设置GridDriverService 状态
 * - `UnsupportedOperation.InstanceTypeNotSupportJumboFrame`: 实例类型不支持设置EnableJumboFrame 状态
 * - `UnsupportedOperation.InvalidDisk`: 不支持指定的磁盘
 * - `UnsupportedOperation.InvalidRegionDiskEncrypt`: 指定的地域不支持加密盘。
 * - `UnsupportedOperation.NoInstanceTypeSupportSpot`: 该实例类型不支持竞价计费
 * - `UnsupportedOperation.NotSupportImportInstancesActionTimer`: 针对当前实例设置定时任务失败。
 * - `UnsupportedOperation.OnlyForPrepaidAccount`: 该操作仅支持预付费账户
 * - `UnsupportedOperation.SpotUnsupportedRegion`: 该地域不支持竞价实例。
 * - `UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew`: 该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。
 * - `UnsupportedOperation.UnsupportedInternationalUser`: 请求不支持国际版账号
 */
export type InquiryPriceRunInstancesErrorCode = "AccountQualificationRestrictions" | "AuthFailure.CamRoleNameAuthenticateFailed" | "FailedOperation.DisasterRecoverGroupNotFound" | "FailedOperation.IllegalTagKey" | "FailedOperation.IllegalTagValue" | "FailedOperation.InquiryPriceFailed" | "FailedOperation.SnapshotSizeLargerThanDataSize" | "FailedOperation.TagKeyReserved" | "FailedOperation.TatAgentNotSupport" | "InstancesQuotaLimitExceeded" | "InternalError.TradeUnknownError" | "InvalidClientToken.TooLong" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidInstanceName.TooLong" | "InvalidInstanceType.Malformed" | "InvalidParameter.EdgeZoneMissInternetAccessible" | "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" | "InvalidParameter.HostIdInstanceTypeNotSupport" | "InvalidParameter.HostIdStandardInstanceTypeNotSupport" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.InstanceTypeSupportedHostNotFound" | "InvalidParameter.InternetAccessibleNotSupported" | "InvalidParameter.OnlySupportForEdgeZone" | "InvalidParameter.SnapshotNotFound" | "InvalidParameter.SpecialParameterForSpecialAccount" | "InvalidParameterCombination" | "InvalidParameterValue.BandwidthPackageIdMalformed" | "InvalidParameterValue.BandwidthPackageIdNotFound" | "InvalidParameterValue.BandwidthPackageIspNotMatch" | "InvalidParameterValue.BandwidthPackageZoneNotMatch" | "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" | "InvalidParameterValue.DuplicateTags" | "InvalidParameterValue.InstanceTypeNotFound" | "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" | "InvalidParameterValue.InstanceTypeRequiredHpcCluster" | "InvalidParameterValue.InsufficientPrice" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageFormat" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageOsName" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.InvalidTimeFormat" | "InvalidParameterValue.InvalidUserDataFormat" | "InvalidParameterValue.IspNotSupportForEdgeZone" | "InvalidParameterValue.IspValueRepeated" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InvalidParameterValue.RequiredLocationImage" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.TagKeyNotFound" | "InvalidParameterValue.TagQuotaLimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | "InvalidPassword" | "InvalidPeriod" | "InvalidPermission" | "InvalidProjectId.NotFound" | "InvalidZone.MismatchRegion" | "LimitExceeded.DisasterRecoverGroup" | "LimitExceeded.InstanceEniNumLimit" | "MissingParameter.MonitorService" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "ResourceNotFound.HpcCluster" | "ResourceNotFound.NoDefaultCbs" | "ResourceNotFound.NoDefaultCbsWithReason" | "ResourceUnavailable.InstanceType" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnsupportedOperation.BandwidthPackageIdNotSupported" | "UnsupportedOperation.InstanceTypeNotSupportGridLicence" | "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" | "UnsupportedOperation.InvalidDisk" | "UnsupportedOperation.InvalidRegionDiskEncrypt" | "UnsupportedOperation.NoInstanceTypeSupportSpot" | "UnsupportedOperation.NotSupportImportInstancesActionTimer" | "UnsupportedOperation.OnlyForPrepaidAccount" | "UnsupportedOperation.SpotUnsupportedRegion" | "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" | "UnsupportedOperation.UnsupportedInternationalUser" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceRenewInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InstanceNotSupportedMixPricingModel`: 不支持操作不同计费方式的实例。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `UnsupportedOperation.InstanceMixedZoneType`: 中心可用区和边缘可用区实例不能混用批量操作。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InvalidDiskBackupQuota`: 不支持带有云硬盘备份点。
 * - `UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew`: 该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。
 */
export type InquiryPriceRenewInstancesErrorCode = "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceNotSupportedMixPricingModel" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InvalidPeriod" | "ResourceInsufficient.CloudDiskUnavailable" | "UnsupportedOperation.InstanceMixedZoneType" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InvalidDiskBackupQuota" | "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceResetInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InstanceTypeNotFound`: 指定机型不存在
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageIdForRetsetInstance`: 镜像无法用于重装当前实例。
 * - `InvalidParameterValue.InvalidImageOsName`: 当前地域不支持指定镜像所包含的操作系统。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `MissingParameter.MonitorService`: 该实例类型必须开启云监控服务
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnsupportedOperation.InstanceTypeNotSupportGridLicence`: 实例类型不支持设置GridDriverService 状态
 * - `UnsupportedOperation.InvalidImageLicenseTypeForReset`: 镜像许可类型与实例不符，请选择其他镜像。
 * - `UnsupportedOperation.ModifyEncryptionNotSupported`: 不支持修改系统盘的加密属性，例如使用非加密镜像重装加密系统盘。
 * - `UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2`: 当前镜像不支持对该实例的重装操作。
 */
export type InquiryPriceResetInstanceErrorCode = "FailedOperation.InquiryPriceFailed" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceTypeNotFound" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageIdForRetsetInstance" | "InvalidParameterValue.InvalidImageOsName" | "InvalidParameterValue.ZoneNotSupported" | "MissingParameter.MonitorService" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnsupportedOperation.InstanceTypeNotSupportGridLicence" | "UnsupportedOperation.InvalidImageLicenseTypeForReset" | "UnsupportedOperation.ModifyEncryptionNotSupported" | "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceResetInstancesType may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InquiryRefundPriceFailed`: 查询退换价格失败，找不到付款订单，请检查设备 ins-xxxxxxx 是否已过期。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameter.HostIdCustomizedInstanceTypeNotSupport`: 指定的CDH母机不支持自定义类型的子机规格
 * - `InvalidParameter.HostIdInstanceTypeNotSupport`: 指定的CDH母机不支持该子机机型规格
 * - `InvalidParameter.HostIdStandardInstanceTypeNotSupport`: 指定的CDH母机不支持标准类型的子机规格
 * - `InvalidParameter.InstanceTypeSupportedHostNotFound`: 不存在支持指定子机规格的CDH母机
 * - `InvalidParameterValue.BasicNetworkInstanceFamily`: 实例为基础网络实例，目标实例规格仅支持私有网络，不支持调整。
 * - `InvalidParameterValue.GPUInstanceFamily`: 非GPU实例不允许转为GPU实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidInstanceSource`: 该实例配置来自免费升配活动，暂不支持3个月内进行降配。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.EipNumLimit`: 特定实例包含的某个ENI的EIP数量已超过目标实例类型的EIP允许的最大值，请删除部分EIP后重试。
 * - `LimitExceeded.EniNumLimit`: 特定实例当前ENI数量已超过目标实例类型的ENI允许的最大值，需删除部分ENI后重试。
 * - `LimitExceeded.InstanceTypeBandwidth`: 目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考公网网络带宽上限。
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceInsufficient.SpecifiedInstanceType`: 指定的实例类型库存不足。
 * - `ResourceUnavailable.InstanceType`: 该可用区不售卖此机型
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnsupportedOperation.HeterogeneousChangeInstanceFamily`: 异构机型不支持跨机型调整。
 * - `UnsupportedOperation.InstanceMixedResetInstanceType`: 不支持混合升配和降配实例。
 * - `UnsupportedOperation.LocalDataDiskChangeInstanceFamily`: 机型数据盘全为本地盘不支持跨机型调整。
 * - `UnsupportedOperation.OriginalInstanceTypeInvalid`: 无效的原机型。
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 * - `UnsupportedOperation.StoppedModeStopChargingSameFamily`: 不支持关机不收费机器做同类型变配操作。
 * - `UnsupportedOperation.UnsupportedARMChangeInstanceFamily`: 当前实例不允许变配到非ARM机型。
 * - `UnsupportedOperation.UnsupportedChangeInstanceFamily`: 指定机型不支持跨机型调整配置。
 * - `UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM`: 非ARM机型不支持调整到ARM机型。
 * - `UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily`: 不支持实例变配到此类型机型。
 */
export type InquiryPriceResetInstancesTypeErrorCode = "FailedOperation.InquiryRefundPriceFailed" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidHostId.Malformed" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceType.Malformed" | "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" | "InvalidParameter.HostIdInstanceTypeNotSupport" | "InvalidParameter.HostIdStandardInstanceTypeNotSupport" | "InvalidParameter.InstanceTypeSupportedHostNotFound" | "InvalidParameterValue.BasicNetworkInstanceFamily" | "InvalidParameterValue.GPUInstanceFamily" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidInstanceSource" | "InvalidParameterValue.LimitExceeded" | "InvalidPeriod" | "InvalidPermission" | "InvalidProjectId.NotFound" | "InvalidZone.MismatchRegion" | "LimitExceeded.EipNumLimit" | "LimitExceeded.EniNumLimit" | "LimitExceeded.InstanceTypeBandwidth" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceInsufficient.SpecifiedInstanceType" | "ResourceUnavailable.InstanceType" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnsupportedOperation.HeterogeneousChangeInstanceFamily" | "UnsupportedOperation.InstanceMixedResetInstanceType" | "UnsupportedOperation.LocalDataDiskChangeInstanceFamily" | "UnsupportedOperation.OriginalInstanceTypeInvalid" | "UnsupportedOperation.StoppedModeStopCharging" | "UnsupportedOperation.StoppedModeStopChargingSameFamily" | "UnsupportedOperation.UnsupportedARMChangeInstanceFamily" | "UnsupportedOperation.UnsupportedChangeInstanceFamily" | "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM" | "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceModifyInstancesChargeType may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `FailedOperation.InquiryRefundPriceFailed`: 查询退换价格失败，找不到付款订单，请检查设备 ins-xxxxxxx 是否已过期。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidInstanceTypeUnderwrite`: 指定机型不支持包销付费模式。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `LimitExceeded.InstanceTypeBandwidth`: 目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考公网网络带宽上限。
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceMixedZoneType`: 中心可用区和边缘可用区实例不能混用批量操作。
 */
export type InquiryPriceModifyInstancesChargeTypeErrorCode = "AccountQualificationRestrictions" | "FailedOperation.InquiryPriceFailed" | "FailedOperation.InquiryRefundPriceFailed" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidInstanceTypeUnderwrite" | "InvalidParameterValue.LimitExceeded" | "InvalidPeriod" | "InvalidPermission" | "LimitExceeded.InstanceTypeBandwidth" | "ResourceInsufficient.CloudDiskUnavailable" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceMixedZoneType" | CommonErrorCode | (string & {});
/**
 * Error codes StartInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateCorrupted`: 请求不支持永久故障的实例。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
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
 */
export type StartInstancesErrorCode = "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateCorrupted" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminated" | "UnsupportedOperation.InstanceStateTerminating" | CommonErrorCode | (string & {});
/**
 * Error codes RebootInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateCorrupted`: 请求不支持永久故障的实例。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopped`: 请求不支持已关机的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type RebootInstancesErrorCode = "FailedOperation.InvalidInstanceApplicationRole" | "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterCombination" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateCorrupted" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes StopInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.HibernationForNormalInstance`: 不支持未开启休眠功能的实例。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateCorrupted`: 请求不支持永久故障的实例。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopped`: 请求不支持已关机的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminated`: 不支持已销毁的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type StopInstancesErrorCode = "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterCombination" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.HibernationForNormalInstance" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateCorrupted" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminated" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes RenewInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `FailedOperation.InvalidInstanceApplicationRoleEmr`: 请求不支持EMR的实例ins-xxxxxxxx。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InstanceNotSupportedMixPricingModel`: 不支持操作不同计费方式的实例。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceMixedZoneType`: 中心可用区和边缘可用区实例不能混用批量操作。
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InvalidDiskBackupQuota`: 不支持带有云硬盘备份点。
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 */
export type RenewInstancesErrorCode = "FailedOperation.InvalidInstanceApplicationRole" | "FailedOperation.InvalidInstanceApplicationRoleEmr" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceNotSupportedMixPricingModel" | "InvalidParameterValue.LimitExceeded" | "InvalidPeriod" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceMixedZoneType" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InvalidDiskBackupQuota" | "UnsupportedOperation.SpecialInstanceType" | CommonErrorCode | (string & {});
/**
 * Error codes ResizeInstanceDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.CdhOnlyLocalDataDiskResize`: CDH磁盘扩容只支持LOCAL_BASIC和LOCAL_SSD。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `MissingParameter.AtLeastOne`: 缺少必要参数，请至少提供一个参数。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateCorrupted`: 请求不支持永久故障的实例。
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopped`: 请求不支持已关机的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InvalidDataDisk`: 不支持调整数据盘。
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type ResizeInstanceDisksErrorCode = "FailedOperation.InvalidInstanceApplicationRole" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.CdhOnlyLocalDataDiskResize" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.ZoneNotSupported" | "MissingParameter.AtLeastOne" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateCorrupted" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InvalidDataDisk" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstancesPassword may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type ResetInstancesPasswordErrorCode = "FailedOperation.InvalidInstanceApplicationRole" | "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `FailedOperation.SecurityGroupActionFailed`: 安全组操作失败。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceName.TooLong`: 指定的InstanceName字符串长度超出限制，必须小于等于60字节。
 * - `InvalidParameter.HostNameIllegal`: 指定的hostName不符合规范。
 * - `InvalidParameterValue.CamRoleNameMalformed`: CamRoleName不合要求，只允许包含英文字母、数字或者 +=,.@_-字符。
 * - `InvalidParameterValue.IllegalHostName`: HostName参数值不合法
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidUserDataFormat`: UserData格式错误, 需要base64编码格式
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `LimitExceeded.AssociateUSGLimitExceeded`: 一个实例绑定安全组数量不能超过5个
 * - `LimitExceeded.CvmsVifsPerSecGroupLimitExceeded`: 安全组关联云主机弹性网卡配额超限。
 * - `LimitExceeded.SingleUSGQuota`: 安全组限额不足
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminated`: 不支持已销毁的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting`: 实例类型不支持设置 HighDensityMode 状态
 * - `UnsupportedOperation.InstanceTypeNotSupportJumboFrame`: 实例类型不支持设置EnableJumboFrame 状态
 * - `UnsupportedOperation.InstancesEnableJumboWithoutReboot`: 不支持不重启情况下修改Jumbo Frame状态
 * - `UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance`: 不支持已经设置了释放时间的实例，请在实例详情页撤销实例定时销毁后再试。
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type ModifyInstancesAttributeErrorCode = "AuthFailure.CamRoleNameAuthenticateFailed" | "FailedOperation.InvalidInstanceApplicationRole" | "FailedOperation.SecurityGroupActionFailed" | "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceName.TooLong" | "InvalidParameter.HostNameIllegal" | "InvalidParameterValue.CamRoleNameMalformed" | "InvalidParameterValue.IllegalHostName" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidUserDataFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidSecurityGroupId.NotFound" | "LimitExceeded.AssociateUSGLimitExceeded" | "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded" | "LimitExceeded.SingleUSGQuota" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminated" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting" | "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" | "UnsupportedOperation.InstancesEnableJumboWithoutReboot" | "UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesChargeType may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `FailedOperation.InvalidInstanceApplicationRoleEmr`: 请求不支持EMR的实例ins-xxxxxxxx。
 * - `FailedOperation.PromotionalPerioRestriction`: 促销期内购买的实例不允许调整配置或计费模式。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidInstanceTypeUnderwrite`: 指定机型不支持包销付费模式。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `LimitExceeded.InstanceQuota`: 当前配额不足够生产指定数量的实例
 * - `LimitExceeded.InstanceTypeBandwidth`: 目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考公网网络带宽上限。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `UnsupportedOperation.CommercialImageChangeChargeType`: 实例使用商业镜像暂不支持调整付费模式。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceMixedZoneType`: 中心可用区和边缘可用区实例不能混用批量操作。
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.RedHatInstanceUnsupported`: 请求不支持操作系统为RedHat的实例。
 * - `UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount`: 包月转包销，不支持包销折扣高于现有包年包月折扣。
 * - `UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew`: 该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。
 */
export type ModifyInstancesChargeTypeErrorCode = "AccountQualificationRestrictions" | "FailedOperation.InvalidInstanceApplicationRoleEmr" | "FailedOperation.PromotionalPerioRestriction" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidInstanceTypeUnderwrite" | "InvalidParameterValue.LimitExceeded" | "InvalidPeriod" | "InvalidPermission" | "LimitExceeded.InstanceQuota" | "LimitExceeded.InstanceTypeBandwidth" | "OperationDenied.InstanceOperationInProgress" | "ResourceInsufficient.CloudDiskUnavailable" | "UnsupportedOperation.CommercialImageChangeChargeType" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceMixedZoneType" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.RedHatInstanceUnsupported" | "UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount" | "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesRenewFlag may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRoleEmr`: 请求不支持EMR的实例ins-xxxxxxxx。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew`: 该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。
 */
export type ModifyInstancesRenewFlagErrorCode = "FailedOperation.InvalidInstanceApplicationRoleEmr" | "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeAccountQuota may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 */
export type DescribeAccountQuotaErrorCode = "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InvalidZone.MismatchRegion" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesActionTimer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidTimeFormat`: 时间格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 */
export type DescribeInstancesActionTimerErrorCode = "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidTimeFormat" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesModification may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.ZoneInconsistent`: 给定实例所在可用区不相同，请给定相同可用区的实例。
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `UnsupportedOperation.UnsupportedChangeInstanceFamily`: 指定机型不支持跨机型调整配置。
 */
export type DescribeInstancesModificationErrorCode = "FailedOperation.ZoneInconsistent" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | "UnsupportedOperation.UnsupportedChangeInstanceFamily" | CommonErrorCode | (string & {});
/**
 * Error codes EnterRescueMode may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.ArmArchitecture`: 该操作暂不支持Arm机器。
 * - `UnsupportedOperation.EdgeZoneNotSupportCloudDisk`: 所选择的边缘可用区不支持云盘操作。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type EnterRescueModeErrorCode = "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidPassword" | "InvalidPassword" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.ArmArchitecture" | "UnsupportedOperation.EdgeZoneNotSupportCloudDisk" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes ExitRescueMode may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStopped`: 请求不支持已关机的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 */
export type ExitRescueModeErrorCode = "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InstanceStateStopping" | CommonErrorCode | (string & {});
/**
 * Error codes ImportInstancesActionTimer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.MutActionTimerExist`: 该实例已存在指定的定时任务
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidTimeFormat`: 时间格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `UnsupportedOperation.NotSupportImportInstancesActionTimer`: 针对当前实例设置定时任务失败。
 */
export type ImportInstancesActionTimerErrorCode = "FailedOperation.MutActionTimerExist" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidTimeFormat" | "InvalidParameterValue.LimitExceeded" | "UnsupportedOperation.NotSupportImportInstancesActionTimer" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceResizeInstanceDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `MissingParameter.AtLeastOne`: 缺少必要参数，请至少提供一个参数。
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `UnsupportedOperation.InstanceStateCorrupted`: 请求不支持永久故障的实例。
 * - `UnsupportedOperation.InstanceStateStopped`: 请求不支持已关机的实例
 * - `UnsupportedOperation.InvalidDisk`: 不支持指定的磁盘
 * - `UnsupportedOperation.LocalDiskMigratingToCloudDisk`: 不支持正在本地盘转云盘的磁盘，请稍后发起请求。
 */
export type InquiryPriceResizeInstanceDisksErrorCode = "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.ZoneNotSupported" | "MissingParameter.AtLeastOne" | "ResourceInsufficient.CloudDiskUnavailable" | "UnsupportedOperation.InstanceStateCorrupted" | "UnsupportedOperation.InstanceStateStopped" | "UnsupportedOperation.InvalidDisk" | "UnsupportedOperation.LocalDiskMigratingToCloudDisk" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstanceDiskType may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameter.InvalidCloudDiskSoldOut`: 云盘资源售罄。
 * - `InvalidParameter.InvalidInstanceNotSupported`: 当前操作不支持该类型实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LocalDiskSizeRange`: 本地盘的限制范围。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `ResourceInsufficient.CloudDiskSoldOut`: 指定的云盘规格已售罄
 * - `UnsupportedOperation.EdgeZoneNotSupportCloudDisk`: 所选择的边缘可用区不支持云盘操作。
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type ModifyInstanceDiskTypeErrorCode = "AccountQualificationRestrictions" | "InternalError.TradeUnknownError" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameter.InvalidCloudDiskSoldOut" | "InvalidParameter.InvalidInstanceNotSupported" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LocalDiskSizeRange" | "InvalidPermission" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "ResourceInsufficient.CloudDiskSoldOut" | "UnsupportedOperation.EdgeZoneNotSupportCloudDisk" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesDisasterRecoverGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.AlreadyInDisasterRecoverGroup`: 该实例 ins-xxxxxxx 已经在 dgroup-xxxxxx 置放群组里。
 * - `FailedOperation.DisasterRecoverGroupNotFound`: 未找到指定的容灾组
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.DisasterRecoverGroupIdMalformed`: 置放群组ID格式错误。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.NotSupported`: 不支持的操作。
 * - `LimitExceeded.DisasterRecoverGroup`: 指定置放群组配额不足。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `UnsupportedOperation.CbsRemoteSsdNotSupport`: cbs远端ssd盘不支持该操作
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.NoVpcNetwork`: 不支持物理网络的实例。
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type ModifyInstancesDisasterRecoverGroupErrorCode = "FailedOperation.AlreadyInDisasterRecoverGroup" | "FailedOperation.DisasterRecoverGroupNotFound" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.DisasterRecoverGroupIdMalformed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.NotSupported" | "LimitExceeded.DisasterRecoverGroup" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "UnsupportedOperation.CbsRemoteSsdNotSupport" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.NoVpcNetwork" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes ProgramFpgaImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.NotFpgaInstance`: 当前实例不是FPGA机型。
 */
export type ProgramFpgaImageErrorCode = "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.IncorrectFormat" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.NotFpgaInstance" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceTerminateInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InquiryRefundPriceFailed`: 查询退换价格失败，找不到付款订单，请检查设备 ins-xxxxxxx 是否已过期。
 * - `FailedOperation.Unreturnable`: 实例无法退还。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceNotSupportedPrepaidInstance`: 该实例不满足包月退还规则。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `UnsupportedOperation.InstanceMixedPricingModel`: 不支持混合付费模式。
 * - `UnsupportedOperation.InstanceMixedZoneType`: 中心可用区和边缘可用区实例不能混用批量操作。
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.Region`: 不支持该地域
 */
export type InquiryPriceTerminateInstancesErrorCode = "FailedOperation.InquiryRefundPriceFailed" | "FailedOperation.Unreturnable" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceNotSupportedPrepaidInstance" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "UnsupportedOperation.InstanceMixedPricingModel" | "UnsupportedOperation.InstanceMixedZoneType" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.Region" | CommonErrorCode | (string & {});
/**
 * Error codes TerminateInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `FailedOperation.InvalidInstanceApplicationRoleEmr`: 请求不支持EMR的实例ins-xxxxxxxx。
 * - `FailedOperation.Unreturnable`: 实例无法退还。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceNotSupportedPrepaidInstance`: 该实例不满足包月退还规则。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.NotSupported`: 不支持的操作。
 * - `LimitExceeded.UserReturnQuota`: 退还失败，退还配额已达上限。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceMixedPricingModel`: 不支持混合付费模式。
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStateLaunchFailed`: 不支持操作创建失败的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminated`: 不支持已销毁的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InstancesProtected`: 不支持已启用销毁保护的实例，请先到设置实例销毁保护，关闭实例销毁保护，然后重试。
 * - `UnsupportedOperation.InvalidInstancesOwner`: 用户无权限操作当前实例。
 * - `UnsupportedOperation.RedHatInstanceTerminateUnsupported`: 实例使用商业操作系统，不支持退还。
 * - `UnsupportedOperation.RedHatInstanceUnsupported`: 请求不支持操作系统为RedHat的实例。
 * - `UnsupportedOperation.Region`: 不支持该地域
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.UserLimitOperationExceedQuota`: 用户限额操作的配额不足。
 */
export type TerminateInstancesErrorCode = "FailedOperation.InvalidInstanceApplicationRole" | "FailedOperation.InvalidInstanceApplicationRoleEmr" | "FailedOperation.Unreturnable" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceNotSupportedPrepaidInstance" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.NotSupported" | "LimitExceeded.UserReturnQuota" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.InvalidToken" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceMixedPricingModel" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStateLaunchFailed" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminated" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InstancesProtected" | "UnsupportedOperation.InvalidInstancesOwner" | "UnsupportedOperation.RedHatInstanceTerminateUnsupported" | "UnsupportedOperation.RedHatInstanceUnsupported" | "UnsupportedOperation.Region" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.UserLimitOperationExceedQuota" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteInstancesActionTimer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 */
export type DeleteInstancesActionTimerErrorCode = "InvalidParameterValue.InvalidAppIdFormat" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesProject may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 */
export type ModifyInstancesProjectErrorCode = "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidProjectId.NotFound" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.InstanceStateIsolating" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstancesType may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRole`: 不支持操作的applicationRole实例
 * - `FailedOperation.InvalidInstanceApplicationRoleEmr`: 请求不支持EMR的实例ins-xxxxxxxx。
 * - `FailedOperation.PromotionalPerioRestriction`: 促销期内购买的实例不允许调整配置或计费模式。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameter.HostIdCustomizedInstanceTypeNotSupport`: 指定的CDH母机不支持自定义类型的子机规格
 * - `InvalidParameter.HostIdInstanceTypeNotSupport`: 指定的CDH母机不支持该子机机型规格
 * - `InvalidParameter.HostIdStandardInstanceTypeNotSupport`: 指定的CDH母机不支持标准类型的子机规格
 * - `InvalidParameter.HostIdStatusNotSupport`: 该主机当前状态不支持该操作。
 * - `InvalidParameter.InstanceTypeSupportedHostNotFound`: 不存在支持指定子机规格的CDH母机
 * - `InvalidParameterValue.BasicNetworkInstanceFamily`: 实例为基础网络实例，目标实例规格仅支持私有网络，不支持调整。
 * - `InvalidParameterValue.GPUInstanceFamily`: 非GPU实例不允许转为GPU实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidGPUFamilyChange`: 不支持转为非GPU或其他类型GPU实例。
 * - `InvalidParameterValue.InvalidInstanceSource`: 该实例配置来自免费升配活动，暂不支持3个月内进行降配。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.EipNumLimit`: 特定实例包含的某个ENI的EIP数量已超过目标实例类型的EIP允许的最大值，请删除部分EIP后重试。
 * - `LimitExceeded.EniLimitInstanceType`: 网卡数量超过实例上限。
 * - `LimitExceeded.EniNumLimit`: 特定实例当前ENI数量已超过目标实例类型的ENI允许的最大值，需删除部分ENI后重试。
 * - `LimitExceeded.InstanceTypeBandwidth`: 目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考公网网络带宽上限。
 * - `LimitExceeded.SpotQuota`: 竞价实例类型配额不足
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `ResourceInsufficient.CloudDiskSoldOut`: 指定的云盘规格已售罄
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceInsufficient.SpecifiedInstanceType`: 指定的实例类型库存不足。
 * - `ResourceNotFound.InvalidZoneInstanceType`: 可用区不支持此机型。
 * - `ResourceUnavailable.InstanceType`: 该可用区不售卖此机型
 * - `ResourcesSoldOut.AvailableZone`: 该可用区已售罄
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.DiskSnapCreateTimeTooOld`: 实例创建快照的时间距今不到24小时。
 * - `UnsupportedOperation.HeterogeneousChangeInstanceFamily`: 异构机型不支持跨机型调整。
 * - `UnsupportedOperation.InstanceMixedResetInstanceType`: 不支持混合升配和降配实例。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InvalidInstanceWithSwapDisk`: 不支持有swap盘的实例。
 * - `UnsupportedOperation.LocalDataDiskChangeInstanceFamily`: 机型数据盘全为本地盘不支持跨机型调整。
 * - `UnsupportedOperation.LocalDiskMigratingToCloudDisk`: 不支持正在本地盘转云盘的磁盘，请稍后发起请求。
 * - `UnsupportedOperation.NoInstanceTypeSupportSpot`: 该实例类型不支持竞价计费
 * - `UnsupportedOperation.NotSupportUnpaidOrder`: 实例存在未支付订单。
 * - `UnsupportedOperation.OriginalInstanceTypeInvalid`: 无效的原机型。
 * - `UnsupportedOperation.RedHatInstanceUnsupported`: 请求不支持操作系统为RedHat的实例。
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 * - `UnsupportedOperation.StoppedModeStopChargingSameFamily`: 不支持关机不收费机器做同类型变配操作。
 * - `UnsupportedOperation.SystemDiskType`: 请求不支持该类型系统盘。
 * - `UnsupportedOperation.UnsupportedARMChangeInstanceFamily`: 当前实例不允许变配到非ARM机型。
 * - `UnsupportedOperation.UnsupportedChangeInstanceFamily`: 指定机型不支持跨机型调整配置。
 * - `UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM`: 非ARM机型不支持调整到ARM机型。
 * - `UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily`: 不支持实例变配到此类型机型。
 */
export type ResetInstancesTypeErrorCode = "FailedOperation.InvalidInstanceApplicationRole" | "FailedOperation.InvalidInstanceApplicationRoleEmr" | "FailedOperation.PromotionalPerioRestriction" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidHostId.Malformed" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceType.Malformed" | "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport" | "InvalidParameter.HostIdInstanceTypeNotSupport" | "InvalidParameter.HostIdStandardInstanceTypeNotSupport" | "InvalidParameter.HostIdStatusNotSupport" | "InvalidParameter.InstanceTypeSupportedHostNotFound" | "InvalidParameterValue.BasicNetworkInstanceFamily" | "InvalidParameterValue.GPUInstanceFamily" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidGPUFamilyChange" | "InvalidParameterValue.InvalidInstanceSource" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | "InvalidPeriod" | "InvalidPermission" | "InvalidZone.MismatchRegion" | "LimitExceeded.EipNumLimit" | "LimitExceeded.EniLimitInstanceType" | "LimitExceeded.EniNumLimit" | "LimitExceeded.InstanceTypeBandwidth" | "LimitExceeded.SpotQuota" | "OperationDenied.InstanceOperationInProgress" | "ResourceInsufficient.CloudDiskSoldOut" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceInsufficient.SpecifiedInstanceType" | "ResourceNotFound.InvalidZoneInstanceType" | "ResourceUnavailable.InstanceType" | "ResourcesSoldOut.AvailableZone" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.DiskSnapCreateTimeTooOld" | "UnsupportedOperation.HeterogeneousChangeInstanceFamily" | "UnsupportedOperation.InstanceMixedResetInstanceType" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InvalidInstanceWithSwapDisk" | "UnsupportedOperation.LocalDataDiskChangeInstanceFamily" | "UnsupportedOperation.LocalDiskMigratingToCloudDisk" | "UnsupportedOperation.NoInstanceTypeSupportSpot" | "UnsupportedOperation.NotSupportUnpaidOrder" | "UnsupportedOperation.OriginalInstanceTypeInvalid" | "UnsupportedOperation.RedHatInstanceUnsupported" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.StoppedModeStopCharging" | "UnsupportedOperation.StoppedModeStopChargingSameFamily" | "UnsupportedOperation.SystemDiskType" | "UnsupportedOperation.UnsupportedARMChangeInstanceFamily" | "UnsupportedOperation.UnsupportedChangeInstanceFamily" | "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM" | "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesAttributes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 */
export type DescribeInstancesAttributesErrorCode = "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesStatus may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 */
export type DescribeInstancesStatusErrorCode = "InternalServerError" | "InvalidFilter" | "InvalidInstanceId.Malformed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "UnauthorizedOperation.InvalidToken" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeZoneInstanceConfigInfos may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidRegion.NotFound`: 未找到该区域。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `ResourceInsufficient.AvailabilityZoneSoldOut`: 该可用区已售罄
 * - `UnsupportedOperation.UnsupportedPool`: 指定的Pool非法。
 */
export type DescribeZoneInstanceConfigInfosErrorCode = "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceType.Malformed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ZoneNotSupported" | "InvalidRegion.NotFound" | "InvalidZone.MismatchRegion" | "ResourceInsufficient.AvailabilityZoneSoldOut" | "UnsupportedOperation.UnsupportedPool" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidInstanceApplicationRoleEmr`: 请求不支持EMR的实例ins-xxxxxxxx。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidParameter.HostNameIllegal`: 指定的hostName不符合规范。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.ParameterConflict`: 不支持同时指定密钥登录和保持镜像登录方式。
 * - `InvalidParameterValue.IllegalHostName`: HostName参数值不合法
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InstanceTypeNotFound`: 指定机型不存在
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageForGivenInstanceType`: 镜像ID不支持指定的实例机型。
 * - `InvalidParameterValue.InvalidImageFormat`: 当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageIdForRetsetInstance`: 镜像无法用于重装当前实例。
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidParameterValue.InvalidUserDataFormat`: UserData格式错误, 需要base64编码格式
 * - `InvalidParameterValue.KeyPairNotFound`: 请确认密钥是否存在。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.RequiredLocationImage`: 请求需要区域镜像。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `MissingParameter.MonitorService`: 该实例类型必须开启云监控服务
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.ChcInstallCloudImageWithoutDeployNetwork`: 不允许未配置部署网络的CHC安装云上镜像。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `ResourceInsufficient.CloudDiskSoldOut`: 指定的云盘规格已售罄
 * - `ResourceNotFound.KeyPairNotFound`: 指定密钥对不存在。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceStateCorrupted`: 请求不支持永久故障的实例。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminated`: 不支持已销毁的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InstanceTypeNotSupportGridLicence`: 实例类型不支持设置GridDriverService 状态
 * - `UnsupportedOperation.InvalidImageLicenseTypeForReset`: 镜像许可类型与实例不符，请选择其他镜像。
 * - `UnsupportedOperation.KeyPairUnsupportedWindows`: 密钥不支持Windows操作系统
 * - `UnsupportedOperation.ModifyEncryptionNotSupported`: 不支持修改系统盘的加密属性，例如使用非加密镜像重装加密系统盘。
 * - `UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2`: 当前镜像不支持对该实例的重装操作。
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type ResetInstanceErrorCode = "FailedOperation.InvalidInstanceApplicationRoleEmr" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidInstanceType.Malformed" | "InvalidKeyPairId.Malformed" | "InvalidParameter.HostNameIllegal" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.IllegalHostName" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceTypeNotFound" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageForGivenInstanceType" | "InvalidParameterValue.InvalidImageFormat" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageIdForRetsetInstance" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.InvalidUserDataFormat" | "InvalidParameterValue.KeyPairNotFound" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.RequiredLocationImage" | "InvalidParameterValue.ZoneNotSupported" | "MissingParameter.MonitorService" | "MutexOperation.TaskRunning" | "OperationDenied.ChcInstallCloudImageWithoutDeployNetwork" | "OperationDenied.InstanceOperationInProgress" | "ResourceInsufficient.CloudDiskSoldOut" | "ResourceNotFound.KeyPairNotFound" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnauthorizedOperation.InvalidToken" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceStateCorrupted" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminated" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InstanceTypeNotSupportGridLicence" | "UnsupportedOperation.InvalidImageLicenseTypeForReset" | "UnsupportedOperation.KeyPairUnsupportedWindows" | "UnsupportedOperation.ModifyEncryptionNotSupported" | "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes AllocateHosts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidRegion.NotFound`: 未找到该区域。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `ResourceInsufficient.ZoneSoldOutForSpecifiedInstance`: 指定的实例类型在选择的可用区已售罄。
 */
export type AllocateHostsErrorCode = "InvalidAccount.InsufficientBalance" | "InvalidHostId.Malformed" | "InvalidParameterValue.Range" | "InvalidParameterValue.ZoneNotSupported" | "InvalidPeriod" | "InvalidProjectId.NotFound" | "InvalidRegion.NotFound" | "InvalidZone.MismatchRegion" | "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyHostsAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 */
export type ModifyHostsAttributeErrorCode = "InvalidHost.NotSupported" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidInstance.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes RenewHosts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 */
export type RenewHostsErrorCode = "InternalError.TradeUnknownError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidHost.NotSupported" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidParameterValue.LimitExceeded" | "InvalidPeriod" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceRenewHosts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 */
export type InquiryPriceRenewHostsErrorCode = "InvalidHost.NotSupported" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidPeriod" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeHosts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 */
export type DescribeHostsErrorCode = "FailedOperation.TagKeyReserved" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidHostId.Malformed" | "InvalidZone.MismatchRegion" | CommonErrorCode | (string & {});
/**
 * Error codes ConfigureChcAssistVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidParameterValue.AmountNotEqual`: 入参数目不相等。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.IPAddressMalformed`: IP格式非法。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.MustDhcpEnabledVpc`: 参数值必须为开启DHCP的VPC
 * - `InvalidParameterValue.SubnetIdMalformed`: 子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字
 * - `LimitExceeded.VpcSubnetNum`: 子网IP不足
 * - `VpcAddrNotInSubNet`: 私有网络ip不在子网内。
 * - `VpcIpIsUsed`: 私有网络ip已经被使用。
 */
export type ConfigureChcAssistVpcErrorCode = "AccountQualificationRestrictions" | "InvalidHost.NotSupported" | "InvalidInstance.NotSupported" | "InvalidParameterValue.AmountNotEqual" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.IPAddressMalformed" | "InvalidParameterValue.IncorrectFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.MustDhcpEnabledVpc" | "InvalidParameterValue.SubnetIdMalformed" | "LimitExceeded.VpcSubnetNum" | "VpcAddrNotInSubNet" | "VpcIpIsUsed" | CommonErrorCode | (string & {});
/**
 * Error codes ConfigureChcDeployVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidParameterValue.AmountNotEqual`: 入参数目不相等。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.DeployVpcAlreadyExists`: 已经存在部署VPC。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.MustDhcpEnabledVpc`: 参数值必须为开启DHCP的VPC
 * - `VpcAddrNotInSubNet`: 私有网络ip不在子网内。
 * - `VpcIpIsUsed`: 私有网络ip已经被使用。
 */
export type ConfigureChcDeployVpcErrorCode = "AccountQualificationRestrictions" | "InvalidHost.NotSupported" | "InvalidInstance.NotSupported" | "InvalidParameterValue.AmountNotEqual" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.DeployVpcAlreadyExists" | "InvalidParameterValue.IncorrectFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.MustDhcpEnabledVpc" | "VpcAddrNotInSubNet" | "VpcIpIsUsed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeChcDeniedActions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 */
export type DescribeChcDeniedActionsErrorCode = "AccountQualificationRestrictions" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.IncorrectFormat" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyChcAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.ChcNetworkEmpty`: 该CHC未配置任何网络。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.NotEmpty`: 输入参数值不能为空。
 * - `InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 */
export type ModifyChcAttributeErrorCode = "AccountQualificationRestrictions" | "InvalidHost.NotSupported" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.ChcNetworkEmpty" | "InvalidParameterValue.IncorrectFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.NotEmpty" | "InvalidPassword" | "InvalidSecurityGroupId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes RemoveChcAssistVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 */
export type RemoveChcAssistVpcErrorCode = "AccountQualificationRestrictions" | "InvalidHost.NotSupported" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.IncorrectFormat" | CommonErrorCode | (string & {});
/**
 * Error codes RemoveChcDeployVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InvalidHost.NotSupported`: 不支持该宿主机实例执行指定的操作。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 */
export type RemoveChcDeployVpcErrorCode = "AccountQualificationRestrictions" | "InvalidHost.NotSupported" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.IncorrectFormat" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeChcHosts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidParameter.AtMostOne`: 最多指定一个参数。
 * - `InvalidParameterValue.ChcHostsNotFound`: 找不到对应的CHC物理服务器。
 * - `InvalidParameterValue.IncorrectFormat`: 传参格式不对。
 * - `InvalidParameterValue.NotEmpty`: 输入参数值不能为空。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.SubnetIdMalformed`: 子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.VpcIdMalformed`: VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValueLimit`: 参数值数量超过限制。
 * - `InvalidParameterValueOffset`: 无效参数值。指定的 Offset 无效。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 */
export type DescribeChcHostsErrorCode = "AccountQualificationRestrictions" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidParameter.AtMostOne" | "InvalidParameterValue.ChcHostsNotFound" | "InvalidParameterValue.IncorrectFormat" | "InvalidParameterValue.NotEmpty" | "InvalidParameterValue.Range" | "InvalidParameterValue.SubnetIdMalformed" | "InvalidParameterValue.VpcIdMalformed" | "InvalidParameterValueLimit" | "InvalidParameterValueOffset" | "InvalidZone.MismatchRegion" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDisasterRecoverGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.DisasterRecoverGroupIdMalformed`: 置放群组ID格式错误。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 */
export type DescribeDisasterRecoverGroupsErrorCode = "InvalidParameterValue.DisasterRecoverGroupIdMalformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/** Error codes DescribeDisasterRecoverGroupQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDisasterRecoverGroupQuotaErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateDisasterRecoverGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `ResourceInsufficient.InsufficientGroupQuota`: 安全组资源配额不足。
 */
export type CreateDisasterRecoverGroupErrorCode = "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.Range" | "InvalidParameterValue.TooLong" | "ResourceInsufficient.InsufficientGroupQuota" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDisasterRecoverGroupAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `ResourceNotFound.InvalidPlacementSet`: 指定的置放群组不存在。
 */
export type ModifyDisasterRecoverGroupAttributeErrorCode = "InvalidParameterValue.TooLong" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "ResourceNotFound.InvalidPlacementSet" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteDisasterRecoverGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.PlacementSetNotEmpty`: 指定的置放群组非空。
 * - `InvalidParameterValue.DisasterRecoverGroupIdMalformed`: 置放群组ID格式错误。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `ResourceNotFound.InvalidPlacementSet`: 指定的置放群组不存在。
 */
export type DeleteDisasterRecoverGroupsErrorCode = "FailedOperation.PlacementSetNotEmpty" | "InvalidParameterValue.DisasterRecoverGroupIdMalformed" | "InvalidParameterValue.LimitExceeded" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "ResourceNotFound.InvalidPlacementSet" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeImages may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.IllegalTagKey`: 标签键存在不合法字符
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameter.InvalidParameterCoexistImageIdsFilters`: 不能同时指定ImageIds和Filters。
 * - `InvalidParameterValue.InstanceTypeNotFound`: 指定机型不存在
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidParameterValueLimit`: 参数值错误。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.TagKeyNotFound`: 指定的标签不存在。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidRegion.NotFound`: 未找到该区域。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 * - `UnauthorizedOperation.PermissionDenied`: 无权操作指定的资源，请正确配置CAM策略。
 */
export type DescribeImagesErrorCode = "FailedOperation.IllegalTagKey" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidImageId.Malformed" | "InvalidInstanceType.Malformed" | "InvalidParameter.InvalidParameterCoexistImageIdsFilters" | "InvalidParameterValue.InstanceTypeNotFound" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidParameterValueLimit" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TagKeyNotFound" | "InvalidParameterValue.ZoneNotSupported" | "InvalidRegion.NotFound" | "InvalidZone.MismatchRegion" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnauthorizedOperation.InvalidToken" | "UnauthorizedOperation.PermissionDenied" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeImageSharePermission may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidAccountId.NotFound`: 无效的账户Id。
 * - `InvalidAccountIs.YourSelf`: 您无法共享镜像给自己。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `OverQuota`: 镜像共享超过配额。
 * - `UnauthorizedOperation.ImageNotBelongToAccount`: 指定的镜像不属于用户。
 */
export type DescribeImageSharePermissionErrorCode = "InvalidAccountId.NotFound" | "InvalidAccountIs.YourSelf" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidParameterValue.InvalidAppIdFormat" | "OverQuota" | "UnauthorizedOperation.ImageNotBelongToAccount" | CommonErrorCode | (string & {});
/** Error codes DescribeImportImageOs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImportImageOsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImageQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImageQuotaErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifyImageSharePermission may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.AccountAlreadyExists`: 账号已经存在
 * - `FailedOperation.AccountIsYourSelf`: 账号为当前用户
 * - `FailedOperation.BYOLImageShareFailed`: 自带许可镜像暂时不支持共享。
 * - `FailedOperation.NotMasterAccount`: 账号为协作者，请填写主账号
 * - `FailedOperation.QImageShareFailed`: 镜像共享失败。
 * - `FailedOperation.RImageShareFailed`: 镜像共享失败。
 * - `InvalidAccountId.NotFound`: 无效的账户Id。
 * - `InvalidAccountIs.YourSelf`: 您无法共享镜像给自己。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `OverQuota`: 镜像共享超过配额。
 * - `UnauthorizedOperation.ImageNotBelongToAccount`: 指定的镜像不属于用户。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 * - `UnsupportedOperation.EncryptedImagesNotSupported`: 不支持加密镜像。
 * - `UnsupportedOperation.LocationImageNotSupported`: 此请求不支持该区域镜像,请更换其他镜像。
 */
export type ModifyImageSharePermissionErrorCode = "FailedOperation.AccountAlreadyExists" | "FailedOperation.AccountIsYourSelf" | "FailedOperation.BYOLImageShareFailed" | "FailedOperation.NotMasterAccount" | "FailedOperation.QImageShareFailed" | "FailedOperation.RImageShareFailed" | "InvalidAccountId.NotFound" | "InvalidAccountIs.YourSelf" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.LimitExceeded" | "OverQuota" | "UnauthorizedOperation.ImageNotBelongToAccount" | "UnauthorizedOperation.InvalidToken" | "UnsupportedOperation.EncryptedImagesNotSupported" | "UnsupportedOperation.LocationImageNotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes SyncImages may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidImageState`: 镜像状态繁忙，请稍后重试。
 * - `ImageQuotaLimitExceeded`: 镜像配额超过了限制。
 * - `InvalidImageId.IncorrectState`: 镜像状态不合法。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidImageId.TooLarge`: 镜像大小超过限制。
 * - `InvalidImageName.Duplicate`: 镜像名称与原有镜像重复。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.InvalidKmsKeyId`: 指定的 KMS 密钥 ID 非法。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.InvalidRegion`: Region ID不可用。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidRegion.NotFound`: 未找到该区域。
 * - `InvalidRegion.Unavailable`: 该区域目前不支持同步镜像。
 * - `UnsupportedOperation.EncryptedImagesNotSupported`: 不支持加密镜像。
 * - `UnsupportedOperation.LocationImageNotSupported`: 此请求不支持该区域镜像,请更换其他镜像。
 * - `UnsupportedOperation.Region`: 不支持该地域
 * - `UnsupportedOperation.SyncEncryptImageNotSupport`: 指定的镜像不支持转为加密自定义镜像。
 */
export type SyncImagesErrorCode = "FailedOperation.InvalidImageState" | "ImageQuotaLimitExceeded" | "InvalidImageId.IncorrectState" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidImageId.TooLarge" | "InvalidImageName.Duplicate" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.InvalidKmsKeyId" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.LimitExceeded" | "InvalidRegion.NotFound" | "InvalidRegion.Unavailable" | "UnsupportedOperation.EncryptedImagesNotSupported" | "UnsupportedOperation.LocationImageNotSupported" | "UnsupportedOperation.Region" | "UnsupportedOperation.SyncEncryptImageNotSupport" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyImageAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidImageId.IncorrectState`: 镜像状态不合法。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidImageName.Duplicate`: 镜像名称与原有镜像重复。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageFamily`: 错误格式的镜像族名称
 * - `InvalidParameterValue.TooLarge`: 参数值超过最大限制。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 */
export type ModifyImageAttributeErrorCode = "InvalidImageId.IncorrectState" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidImageName.Duplicate" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageFamily" | "InvalidParameterValue.TooLarge" | "UnauthorizedOperation.InvalidToken" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteImages may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidImageId.InShared`: 镜像处于共享中。
 * - `InvalidImageId.IncorrectState`: 镜像状态不合法。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageIdIsShared`: 指定的镜像ID为共享镜像。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 */
export type DeleteImagesErrorCode = "InvalidImageId.InShared" | "InvalidImageId.IncorrectState" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageIdIsShared" | "InvalidParameterValue.LimitExceeded" | "MutexOperation.TaskRunning" | CommonErrorCode | (string & {});
/**
 * Error codes ImportImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ImageQuotaLimitExceeded`: 镜像配额超过了限制。
 * - `InvalidImageName.Duplicate`: 镜像名称与原有镜像重复。
 * - `InvalidImageOsType.Unsupported`: 不支持的操作系统类型。
 * - `InvalidImageOsVersion.Unsupported`: 不支持的操作系统版本。
 * - `InvalidParameter.InvalidParameterUrlError`: 错误的url地址。
 * - `InvalidParameterValue.ISOMustImportByForce`: ISO文件必须强制导入
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidBootMode`: 不支持指定的启动模式。
 * - `InvalidParameterValue.InvalidImageFamily`: 错误格式的镜像族名称
 * - `InvalidParameterValue.InvalidLicenseType`: 许可证类型不可用。
 * - `InvalidParameterValue.TagKeyNotFound`: 指定的标签不存在。
 * - `InvalidParameterValue.TooLarge`: 参数值超过最大限制。
 * - `OperationDenied.InnerUserProhibitAction`: 禁止管控账号操作。
 * - `RegionAbilityLimit.UnsupportedToImportImage`: 该地域不支持导入镜像。
 */
export type ImportImageErrorCode = "ImageQuotaLimitExceeded" | "InvalidImageName.Duplicate" | "InvalidImageOsType.Unsupported" | "InvalidImageOsVersion.Unsupported" | "InvalidParameter.InvalidParameterUrlError" | "InvalidParameterValue.ISOMustImportByForce" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidBootMode" | "InvalidParameterValue.InvalidImageFamily" | "InvalidParameterValue.InvalidLicenseType" | "InvalidParameterValue.TagKeyNotFound" | "InvalidParameterValue.TooLarge" | "OperationDenied.InnerUserProhibitAction" | "RegionAbilityLimit.UnsupportedToImportImage" | CommonErrorCode | (string & {});
/**
 * Error codes ExportImages may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidParameter.ImageIdsSnapshotIdsMustOne`: 参数ImageIds和SnapshotIds必须有且仅有一个。
 * - `InvalidParameter.SnapshotNotFound`: 指定的快照不存在。
 * - `InvalidParameterValue.BucketNotFound`: 请确认存储桶是否存在。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidBucketPermissionForExport`: 请检查存储桶的写入权限是否已放通。
 * - `InvalidParameterValue.InvalidFileNamePrefixList`: 参数 FileNamePrefixList 的长度与 ImageIds 或 SnapshotIds 不匹配。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageOsName`: 当前地域不支持指定镜像所包含的操作系统。
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.TooLarge`: 参数值超过最大限制。
 * - `LimitExceeded.ExportImageTaskLimitExceeded`: 正在运行中的镜像导出任务已达上限，请等待已有任务完成后，再次发起重试。
 * - `UnsupportedOperation.EncryptedImagesNotSupported`: 不支持加密镜像。
 * - `UnsupportedOperation.ImageTooLargeExportUnsupported`: 镜像大小超出限制，不支持导出。
 * - `UnsupportedOperation.MarketImageExportUnsupported`: 从市场镜像创建的自定义镜像不支持导出。
 * - `UnsupportedOperation.PublicImageExportUnsupported`: 公共镜像或市场镜像不支持导出。
 * - `UnsupportedOperation.RedHatImageExportUnsupported`: RedHat镜像不支持导出。
 * - `UnsupportedOperation.SharedImageExportUnsupported`: 共享镜像不支持导出。
 * - `UnsupportedOperation.WindowsImageExportUnsupported`: Windows镜像不支持导出。
 */
export type ExportImagesErrorCode = "AuthFailure.CamRoleNameAuthenticateFailed" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidParameter.ImageIdsSnapshotIdsMustOne" | "InvalidParameter.SnapshotNotFound" | "InvalidParameterValue.BucketNotFound" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidBucketPermissionForExport" | "InvalidParameterValue.InvalidFileNamePrefixList" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageOsName" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLarge" | "LimitExceeded.ExportImageTaskLimitExceeded" | "UnsupportedOperation.EncryptedImagesNotSupported" | "UnsupportedOperation.ImageTooLargeExportUnsupported" | "UnsupportedOperation.MarketImageExportUnsupported" | "UnsupportedOperation.PublicImageExportUnsupported" | "UnsupportedOperation.RedHatImageExportUnsupported" | "UnsupportedOperation.SharedImageExportUnsupported" | "UnsupportedOperation.WindowsImageExportUnsupported" | CommonErrorCode | (string & {});
/**
 * Error codes CreateImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ImageQuotaLimitExceeded`: 镜像配额超过了限制。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidImageName.Duplicate`: 镜像名称与原有镜像重复。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameter.DataDiskIdContainsRootDisk`: DataDiskIds不应该传入RootDisk的Id。
 * - `InvalidParameter.DataDiskNotBelongSpecifiedInstance`: 指定的数据盘不属于指定的实例。
 * - `InvalidParameter.DuplicateSystemSnapshots`: 只能包含一个系统盘快照。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.InvalidDependence`: 参数依赖不正确。
 * - `InvalidParameter.LocalDataDiskNotSupport`: 本地数据盘不支持创建实例镜像。
 * - `InvalidParameter.SnapshotNotFound`: 指定的快照不存在。
 * - `InvalidParameter.SpecifyOneParameter`: 多选一必选参数缺失。
 * - `InvalidParameter.SwapDiskNotSupport`: 不支持Swap盘。
 * - `InvalidParameter.SystemSnapshotNotFound`: 参数不包含系统盘快照。
 * - `InvalidParameter.ValueTooLarge`: 参数长度超过限制。
 * - `InvalidParameterConflict`: 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP上。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageFamily`: 错误格式的镜像族名称
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.PreheatNotSupportedInstanceType`: 该机型不支持预热
 * - `InvalidParameterValue.PreheatNotSupportedZone`: 该可用区目前不支持预热功能
 * - `InvalidParameterValue.PreheatUnavailableZones`: 预热地域不可用，请检查预热地域是否正确。
 * - `InvalidParameterValue.TagKeyNotFound`: 指定的标签不存在。
 * - `InvalidParameterValue.TagQuotaLimitExceeded`: 标签配额超限。
 * - `InvalidParameterValue.TooLarge`: 参数值超过最大限制。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.PreheatImageSnapshotOutOfQuota`: 您在该可用区的预热额度已达上限，建议取消不再使用的快照预热
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `ResourceInUse.DiskRollbacking`: 磁盘回滚正在执行中，请稍后再试。
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceUnavailable.SnapshotCreating`: 快照正在创建过程中。
 * - `UnsupportedOperation.EncryptedImagesNotSupported`: 不支持加密镜像。
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.InvalidDiskFastRollback`: 不支持极速回滚。
 * - `UnsupportedOperation.NotSupportInstanceImage`: 操作不支持当前实例
 * - `UnsupportedOperation.PreheatImage`: 您的账户不支持镜像预热
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type CreateImageErrorCode = "ImageQuotaLimitExceeded" | "InvalidAccount.InsufficientBalance" | "InvalidImageName.Duplicate" | "InvalidInstance.NotSupported" | "InvalidInstanceId.NotFound" | "InvalidParameter.DataDiskIdContainsRootDisk" | "InvalidParameter.DataDiskNotBelongSpecifiedInstance" | "InvalidParameter.DuplicateSystemSnapshots" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.InvalidDependence" | "InvalidParameter.LocalDataDiskNotSupport" | "InvalidParameter.SnapshotNotFound" | "InvalidParameter.SpecifyOneParameter" | "InvalidParameter.SwapDiskNotSupport" | "InvalidParameter.SystemSnapshotNotFound" | "InvalidParameter.ValueTooLarge" | "InvalidParameterConflict" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageFamily" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.PreheatNotSupportedInstanceType" | "InvalidParameterValue.PreheatNotSupportedZone" | "InvalidParameterValue.PreheatUnavailableZones" | "InvalidParameterValue.TagKeyNotFound" | "InvalidParameterValue.TagQuotaLimitExceeded" | "InvalidParameterValue.TooLarge" | "InvalidZone.MismatchRegion" | "LimitExceeded.PreheatImageSnapshotOutOfQuota" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "ResourceInUse.DiskRollbacking" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceUnavailable.SnapshotCreating" | "UnsupportedOperation.EncryptedImagesNotSupported" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.InvalidDiskFastRollback" | "UnsupportedOperation.NotSupportInstanceImage" | "UnsupportedOperation.PreheatImage" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/** Error codes DescribeImageFromFamily may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImageFromFamilyErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ConvertOperatingSystems may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.GetInstanceTATAgentStatusFailed`: 获取实例的自动化助手状态失败
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameter.AutoSnapshotNotSupported`: 不支持自动制作快照。
 * - `InvalidParameter.InvalidTargetOSType`: 输入的 TargetOSType 非法
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `UnsupportedOperation.InstanceOsConvertOsNotSupport`: 指定实例不支持操作系统转换。
 * - `UnsupportedOperation.InstanceOsWindows`: 请求不支持操作系统为Xserver windows2012cndatacenterx86_64的实例ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateNotRunning`: 指定操作不支持非运行中状态的实例。
 * - `UnsupportedOperation.MarketImageConvertOSUnsupported`: 市场镜像实例不支持操作系统转换
 * - `UnsupportedOperation.SpecialInstanceType`: 请求不支持特殊机型的实例
 * - `UnsupportedOperation.TatAgentNotOnline`: 自动化助手不在线情况下，不支持该操作。
 * - `UnsupportedOperation.UserConvertOsNotSupport`: 指定用户不支持执行操作系统转换。
 */
export type ConvertOperatingSystemsErrorCode = "FailedOperation.GetInstanceTATAgentStatusFailed" | "InvalidInstance.NotSupported" | "InvalidInstanceId.NotFound" | "InvalidParameter.AutoSnapshotNotSupported" | "InvalidParameter.InvalidTargetOSType" | "InvalidParameterValue.InstanceIdMalformed" | "UnsupportedOperation.InstanceOsConvertOsNotSupport" | "UnsupportedOperation.InstanceOsWindows" | "UnsupportedOperation.InstanceStateNotRunning" | "UnsupportedOperation.MarketImageConvertOSUnsupported" | "UnsupportedOperation.SpecialInstanceType" | "UnsupportedOperation.TatAgentNotOnline" | "UnsupportedOperation.UserConvertOsNotSupport" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidKeyPair.LimitExceeded`: 密钥对数量超过限制。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValueLimit`: 参数值数量超过限制。
 * - `InvalidParameterValueOffset`: 无效参数值。指定的 Offset 无效。
 * - `UnauthorizedOperation.InvalidToken`: 请确认Token是否有效。
 */
export type DescribeKeyPairsErrorCode = "InternalServerError" | "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidKeyPair.LimitExceeded" | "InvalidKeyPairId.Malformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValueLimit" | "InvalidParameterValueOffset" | "UnauthorizedOperation.InvalidToken" | CommonErrorCode | (string & {});
/**
 * Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidKeyPair.LimitExceeded`: 密钥对数量超过限制。
 * - `InvalidKeyPairName.Duplicate`: 密钥对名称重复。
 * - `InvalidKeyPairNameEmpty`: 密钥名称为空。
 * - `InvalidKeyPairNameIncludeIllegalChar`: 密钥名称包含非法字符。密钥名称只支持英文、数字和下划线。
 * - `InvalidKeyPairNameTooLong`: 密钥名称超过25个字符。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `LimitExceeded.TagResourceQuota`: 标签绑定的资源数量已达到配额限制。
 */
export type CreateKeyPairErrorCode = "FailedOperation.TagKeyReserved" | "InternalServerError" | "InvalidKeyPair.LimitExceeded" | "InvalidKeyPairName.Duplicate" | "InvalidKeyPairNameEmpty" | "InvalidKeyPairNameIncludeIllegalChar" | "InvalidKeyPairNameTooLong" | "InvalidProjectId.NotFound" | "LimitExceeded.TagResourceQuota" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidKeyPairId.NotFound`: 无效密钥对ID。指定的密钥对ID不存在。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.KeyPairNotSupported`: 指定的密钥不支持当前操作。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.InstanceOsWindows`: 请求不支持操作系统为Xserver windows2012cndatacenterx86_64的实例ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type AssociateInstancesKeyPairsErrorCode = "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidKeyPairId.Malformed" | "InvalidKeyPairId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.KeyPairNotSupported" | "InvalidParameterValue.LimitExceeded" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.InstanceOsWindows" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidKeyPairId.NotFound`: 无效密钥对ID。指定的密钥对ID不存在。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.InstanceOsWindows`: 请求不支持操作系统为Xserver windows2012cndatacenterx86_64的实例ins-xxxxxx。
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type DisassociateInstancesKeyPairsErrorCode = "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidKeyPairId.Malformed" | "InvalidKeyPairId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.InstanceOsWindows" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidKeyPair.LimitExceeded`: 密钥对数量超过限制。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidKeyPairId.NotFound`: 无效密钥对ID。指定的密钥对ID不存在。
 * - `InvalidParameterValue.KeyPairNotSupported`: 指定的密钥不支持当前操作。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 */
export type DeleteKeyPairsErrorCode = "InternalServerError" | "InvalidKeyPair.LimitExceeded" | "InvalidKeyPairId.Malformed" | "InvalidKeyPairId.NotFound" | "InvalidParameterValue.KeyPairNotSupported" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyKeyPairAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidKeyPairId.Malformed`: 无效密钥对ID。指定的密钥对ID格式错误，例如 ID 长度错误skey-1122。
 * - `InvalidKeyPairId.NotFound`: 无效密钥对ID。指定的密钥对ID不存在。
 * - `InvalidKeyPairName.Duplicate`: 密钥对名称重复。
 */
export type ModifyKeyPairAttributeErrorCode = "InternalServerError" | "InvalidKeyPairId.Malformed" | "InvalidKeyPairId.NotFound" | "InvalidKeyPairName.Duplicate" | CommonErrorCode | (string & {});
/**
 * Error codes ImportKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidKeyPair.LimitExceeded`: 密钥对数量超过限制。
 * - `InvalidKeyPairName.Duplicate`: 密钥对名称重复。
 * - `InvalidKeyPairNameEmpty`: 密钥名称为空。
 * - `InvalidKeyPairNameIncludeIllegalChar`: 密钥名称包含非法字符。密钥名称只支持英文、数字和下划线。
 * - `InvalidKeyPairNameTooLong`: 密钥名称超过25个字符。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidPublicKey.Duplicate`: 无效密钥公钥。指定公钥已经存在。
 * - `InvalidPublicKey.Malformed`: 无效密钥公钥。指定公钥格式错误，不符合OpenSSH RSA格式要求。
 * - `LimitExceeded.TagResourceQuota`: 标签绑定的资源数量已达到配额限制。
 */
export type ImportKeyPairErrorCode = "InternalServerError" | "InvalidKeyPair.LimitExceeded" | "InvalidKeyPairName.Duplicate" | "InvalidKeyPairNameEmpty" | "InvalidKeyPairNameIncludeIllegalChar" | "InvalidKeyPairNameTooLong" | "InvalidProjectId.NotFound" | "InvalidPublicKey.Duplicate" | "InvalidPublicKey.Malformed" | "LimitExceeded.TagResourceQuota" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.SecurityGroupActionFailed`: 安全组操作失败。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `InvalidSgId.Malformed`: 指定的安全组ID格式错误，例如实例ID长度错误sg-ide32。
 * - `LimitExceeded.AssociateUSGLimitExceeded`: 一个实例绑定安全组数量不能超过5个
 * - `LimitExceeded.CvmsVifsPerSecGroupLimitExceeded`: 安全组关联云主机弹性网卡配额超限。
 * - `LimitExceeded.SingleUSGQuota`: 安全组限额不足
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `SecGroupActionFailure`: 安全组服务接口调用通用错误。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 */
export type AssociateSecurityGroupsErrorCode = "FailedOperation.SecurityGroupActionFailed" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidSecurityGroupId.NotFound" | "InvalidSgId.Malformed" | "LimitExceeded.AssociateUSGLimitExceeded" | "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded" | "LimitExceeded.SingleUSGQuota" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "SecGroupActionFailure" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.SecurityGroupActionFailed`: 安全组操作失败。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `InvalidSgId.Malformed`: 指定的安全组ID格式错误，例如实例ID长度错误sg-ide32。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `SecGroupActionFailure`: 安全组服务接口调用通用错误。
 */
export type DisassociateSecurityGroupsErrorCode = "FailedOperation.SecurityGroupActionFailed" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidSecurityGroupId.NotFound" | "InvalidSgId.Malformed" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "SecGroupActionFailure" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceInternetBandwidthConfigs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.NotFoundEIP`: 当前实例没有弹性IP
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 */
export type DescribeInstanceInternetBandwidthConfigsErrorCode = "FailedOperation.NotFoundEIP" | "InternalServerError" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | CommonErrorCode | (string & {});
/** Error codes DescribeInternetChargeTypeConfigs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInternetChargeTypeConfigsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceResetInstancesInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `FailedOperation.NotFoundEIP`: 当前实例没有弹性IP
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `UnsupportedOperation.BandwidthPackageIdNotSupported`: 指定的实例付费模式或者网络付费模式不支持共享带宽包
 */
export type InquiryPriceResetInstancesInternetMaxBandwidthErrorCode = "FailedOperation.InquiryPriceFailed" | "FailedOperation.NotFoundEIP" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterCombination" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InvalidPermission" | "UnsupportedOperation.BandwidthPackageIdNotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstancesInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.NotFoundEIP`: 当前实例没有弹性IP
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidAccount.UnpaidOrder`: 账户有未支付订单。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.Malformed`: 无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidParameterValue.BandwidthPackageIdMalformed`: 共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.InstanceIdMalformed`: 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnsupportedOperation.BandwidthPackageIdNotSupported`: 指定的实例付费模式或者网络付费模式不支持共享带宽包
 * - `UnsupportedOperation.EdgeZoneInstance`: 边缘可用区实例不支持此项操作。
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: 不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 */
export type ResetInstancesInternetMaxBandwidthErrorCode = "FailedOperation.NotFoundEIP" | "InternalError.TradeUnknownError" | "InternalServerError" | "InvalidAccount.InsufficientBalance" | "InvalidAccount.UnpaidOrder" | "InvalidInstance.NotSupported" | "InvalidInstanceId.Malformed" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.BandwidthPackageIdMalformed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InvalidPermission" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.BandwidthPackageIdNotSupported" | "UnsupportedOperation.EdgeZoneInstance" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.StoppedModeStopCharging" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesVpcAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `EniNotAllowedChangeSubnet`: 弹性网卡不允许跨子网操作。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.NotFound`: 没有找到相应实例。
 * - `InvalidInstanceState`: 指定实例的当前状态不能进行该操作。
 * - `InvalidParameterValue.IPAddressMalformed`: IP格式非法。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidIpFormat`: IP地址不符合规范
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.MustDhcpEnabledVpc`: 参数值必须为开启DHCP的VPC
 * - `InvalidParameterValue.SubnetIdMalformed`: 子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.VpcIdMalformed`: VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。
 * - `MutexOperation.TaskRunning`: 同样的任务正在运行。
 * - `OperationDenied.InstanceOperationInProgress`: 实例正在执行其他操作，请稍后再试。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 * - `UnsupportedOperation.EdgeZoneInstance`: 边缘可用区实例不支持此项操作。
 * - `UnsupportedOperation.ElasticNetworkInterface`: 云服务器绑定了弹性网卡，请解绑弹性网卡后再切换私有网络。
 * - `UnsupportedOperation.IPv6NotSupportVpcMigrate`: IPv6实例不支持VPC迁移
 * - `UnsupportedOperation.InstanceChargeType`: 请求不支持该实例计费模式
 * - `UnsupportedOperation.InstanceReinstallFailed`: 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
 * - `UnsupportedOperation.InstanceStateBanning`: 该子机处于封禁状态，请联系相关人员处理。
 * - `UnsupportedOperation.InstanceStateEnterRescueMode`: 请求不支持进入救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitRescueMode`: 请求不支持正在退出救援模式的实例
 * - `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: 不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。
 * - `UnsupportedOperation.InstanceStateFreezing`: 操作不支持已冻结的实例。
 * - `UnsupportedOperation.InstanceStateIsolating`: 请求不支持正在隔离状态的实例。
 * - `UnsupportedOperation.InstanceStatePending`: 请求不支持创建未完成的实例
 * - `UnsupportedOperation.InstanceStateRebooting`: 请求不支持正在重启的实例
 * - `UnsupportedOperation.InstanceStateRescueMode`: 请求不支持救援模式的实例
 * - `UnsupportedOperation.InstanceStateRunning`: 请求不支持开机状态的实例
 * - `UnsupportedOperation.InstanceStateServiceLiveMigrate`: 不支持正在服务迁移的实例，请稍后再试
 * - `UnsupportedOperation.InstanceStateShutdown`: 请求不支持隔离状态的实例
 * - `UnsupportedOperation.InstanceStateStarting`: 实例开机中，不允许该操作。
 * - `UnsupportedOperation.InstanceStateStopping`: 请求不支持正在关机的实例
 * - `UnsupportedOperation.InstanceStateTerminating`: 请求不支持正在销毁的实例
 * - `UnsupportedOperation.ModifyVPCWithCLB`: 绑定负载均衡的实例，不支持修改vpc属性。
 * - `UnsupportedOperation.ModifyVPCWithClassLink`: 实例基础网络已互通VPC网络，请自行解除关联，再进行切换VPC。
 * - `UnsupportedOperation.NoVpcNetwork`: 不支持物理网络的实例。
 * - `UnsupportedOperation.StoppedModeStopCharging`: 不支持关机不收费特性
 * - `VpcAddrNotInSubNet`: 私有网络ip不在子网内。
 * - `VpcIpIsUsed`: 私有网络ip已经被使用。
 */
export type ModifyInstancesVpcAttributeErrorCode = "EniNotAllowedChangeSubnet" | "InvalidInstance.NotSupported" | "InvalidInstanceId.NotFound" | "InvalidInstanceState" | "InvalidParameterValue.IPAddressMalformed" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.MustDhcpEnabledVpc" | "InvalidParameterValue.SubnetIdMalformed" | "InvalidParameterValue.VpcIdMalformed" | "MutexOperation.TaskRunning" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnsupportedOperation.EdgeZoneInstance" | "UnsupportedOperation.ElasticNetworkInterface" | "UnsupportedOperation.IPv6NotSupportVpcMigrate" | "UnsupportedOperation.InstanceChargeType" | "UnsupportedOperation.InstanceReinstallFailed" | "UnsupportedOperation.InstanceStateBanning" | "UnsupportedOperation.InstanceStateEnterRescueMode" | "UnsupportedOperation.InstanceStateExitRescueMode" | "UnsupportedOperation.InstanceStateExitServiceLiveMigrate" | "UnsupportedOperation.InstanceStateFreezing" | "UnsupportedOperation.InstanceStateIsolating" | "UnsupportedOperation.InstanceStatePending" | "UnsupportedOperation.InstanceStateRebooting" | "UnsupportedOperation.InstanceStateRescueMode" | "UnsupportedOperation.InstanceStateRunning" | "UnsupportedOperation.InstanceStateServiceLiveMigrate" | "UnsupportedOperation.InstanceStateShutdown" | "UnsupportedOperation.InstanceStateStarting" | "UnsupportedOperation.InstanceStateStopping" | "UnsupportedOperation.InstanceStateTerminating" | "UnsupportedOperation.ModifyVPCWithCLB" | "UnsupportedOperation.ModifyVPCWithClassLink" | "UnsupportedOperation.NoVpcNetwork" | "UnsupportedOperation.StoppedModeStopCharging" | "VpcAddrNotInSubNet" | "VpcIpIsUsed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLaunchTemplates may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidFilter`: 无效的过滤器。
 * - `InvalidFilterValue.LimitExceeded`: Filter传值超出限制。
 * - `InvalidParameterValue.InvalidLaunchTemplateName`: 实例启动模板名称格式错误。
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerNotExisted`: 实例启动模板和版本ID组合不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 * - `InvalidParameterValue.LaunchTemplateVersion`: 无效的实例启动模板版本号。
 */
export type DescribeLaunchTemplatesErrorCode = "InvalidFilter" | "InvalidFilterValue.LimitExceeded" | "InvalidParameterValue.InvalidLaunchTemplateName" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerNotExisted" | "InvalidParameterValue.LaunchTemplateNotFound" | "InvalidParameterValue.LaunchTemplateVersion" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLaunchTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `FailedOperation.DisasterRecoverGroupNotFound`: 未找到指定的容灾组
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `FailedOperation.NoAvailableIpAddressCountInSubnet`: 子网可用IP已耗尽。
 * - `FailedOperation.SecurityGroupActionFailed`: 安全组操作失败。
 * - `FailedOperation.SnapshotSizeLargerThanDataSize`: 快照容量大于磁盘大小，请选用更大的磁盘空间。
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `InstancesQuotaLimitExceeded`: 表示当前创建的实例个数超过了该账户允许购买的剩余配额数。
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InvalidAccount.InsufficientBalance`: 账户余额不足。
 * - `InvalidClientToken.TooLong`: 指定的ClientToken字符串长度超出限制，必须小于等于64字节。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidInstanceName.TooLong`: 指定的InstanceName字符串长度超出限制，必须小于等于60字节。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.InternetAccessibleNotSupported`: 不支持设置公网带宽相关信息。
 * - `InvalidParameter.InvalidIpFormat`: 指定的私有网络ip格式不正确。
 * - `InvalidParameter.LackCoreCountOrThreadPerCore`: CoreCount和ThreadPerCore必须同时提供。
 * - `InvalidParameter.PasswordNotSupported`: 不支持设置登录密码。
 * - `InvalidParameter.SnapshotNotFound`: 指定的快照不存在。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.CloudSsdDataDiskSizeTooSmall`: SSD云硬盘为数据盘时，购买大小不得小于100GB
 * - `InvalidParameterValue.CoreCountValue`: 核心计数不合法。
 * - `InvalidParameterValue.IllegalHostName`: HostName参数值不合法
 * - `InvalidParameterValue.InstanceTypeNotSupportHpcCluster`: 实例类型不可加入高性能计算集群。
 * - `InvalidParameterValue.InstanceTypeRequiredHpcCluster`: 高性能计算实例需指定对应的高性能计算集群。
 * - `InvalidParameterValue.InsufficientOffering`: 竞价数量不足。
 * - `InvalidParameterValue.InsufficientPrice`: 竞价失败。
 * - `InvalidParameterValue.InvalidAppIdFormat`: 无效的appid。
 * - `InvalidParameterValue.InvalidImageForGivenInstanceType`: 镜像ID不支持指定的实例机型。
 * - `InvalidParameterValue.InvalidImageId`: 镜像不允许执行该操作
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.InvalidIpFormat`: IP地址不符合规范
 * - `InvalidParameterValue.InvalidLaunchTemplateDescription`: 实例启动模板描述格式错误。
 * - `InvalidParameterValue.InvalidLaunchTemplateName`: 实例启动模板名称格式错误。
 * - `InvalidParameterValue.InvalidLaunchTemplateVersionDescription`: 实例启动模板描述格式错误。
 * - `InvalidParameterValue.InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidParameterValue.InvalidTimeFormat`: 时间格式不合法。
 * - `InvalidParameterValue.InvalidUserDataFormat`: UserData格式错误, 需要base64编码格式
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.MustDhcpEnabledVpc`: 参数值必须为开启DHCP的VPC
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.SubnetNotExist`: 创建失败，您指定的子网不存在，请您重新指定
 * - `InvalidParameterValue.ThreadPerCoreValue`: 每核心线程数不合法。
 * - `InvalidParameterValue.VpcIdMalformed`: VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.VpcIdNotExist`: 指定的VpcId不存在。
 * - `InvalidParameterValue.VpcIdZoneIdNotMatch`: VPC网络与实例不在同一可用区
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.InstanceQuota`: 当前配额不足够生产指定数量的实例
 * - `LimitExceeded.LaunchTemplateQuota`: 实例启动模板数量超限。
 * - `LimitExceeded.SingleUSGQuota`: 安全组限额不足
 * - `LimitExceeded.SpotQuota`: 竞价实例类型配额不足
 * - `LimitExceeded.UserSpotQuota`: 竞价实例配额不足
 * - `LimitExceeded.VpcSubnetNum`: 子网IP不足
 * - `MissingParameter.DPDKInstanceTypeRequiredVPC`: DPDK实例机型要求VPC网络
 * - `MissingParameter.MonitorService`: 该实例类型必须开启云监控服务
 * - `ResourceInsufficient.AvailabilityZoneSoldOut`: 该可用区已售罄
 * - `ResourceInsufficient.CloudDiskSoldOut`: 指定的云盘规格已售罄
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `ResourceInsufficient.SpecifiedInstanceType`: 指定的实例类型库存不足。
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 * - `ResourceNotFound.KeyPairNotFound`: 指定密钥对不存在。
 * - `ResourceNotFound.NoDefaultCbs`: 无可用的缺省类型的CBS资源。
 * - `ResourceNotFound.NoDefaultCbsWithReason`: 无可用的缺省类型的CBS资源。
 * - `ResourceUnavailable.InstanceType`: 该可用区不售卖此机型
 * - `ResourcesSoldOut.EipInsufficient`: 公网IP已售罄。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnsupportedOperation.BandwidthPackageIdNotSupported`: 指定的实例付费模式或者网络付费模式不支持共享带宽包
 * - `UnsupportedOperation.InstanceTypeNotSupportJumboFrame`: 实例类型不支持设置EnableJumboFrame 状态
 * - `UnsupportedOperation.InvalidDisk`: 不支持指定的磁盘
 * - `UnsupportedOperation.KeyPairUnsupportedWindows`: 密钥不支持Windows操作系统
 * - `UnsupportedOperation.NoInstanceTypeSupportSpot`: 该实例类型不支持竞价计费
 * - `UnsupportedOperation.NotSupportImportInstancesActionTimer`: 针对当前实例设置定时任务失败。
 * - `UnsupportedOperation.OnlyForPrepaidAccount`: 该操作仅支持预付费账户
 * - `VpcAddrNotInSubNet`: 私有网络ip不在子网内。
 * - `VpcIpIsUsed`: 私有网络ip已经被使用。
 */
export type CreateLaunchTemplateErrorCode = "AccountQualificationRestrictions" | "AuthFailure.CamRoleNameAuthenticateFailed" | "FailedOperation.DisasterRecoverGroupNotFound" | "FailedOperation.InquiryPriceFailed" | "FailedOperation.NoAvailableIpAddressCountInSubnet" | "FailedOperation.SecurityGroupActionFailed" | "FailedOperation.SnapshotSizeLargerThanDataSize" | "FailedOperation.TagKeyReserved" | "InstancesQuotaLimitExceeded" | "InternalError.TradeUnknownError" | "InvalidAccount.InsufficientBalance" | "InvalidClientToken.TooLong" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidInstanceName.TooLong" | "InvalidInstanceType.Malformed" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.InternetAccessibleNotSupported" | "InvalidParameter.InvalidIpFormat" | "InvalidParameter.LackCoreCountOrThreadPerCore" | "InvalidParameter.PasswordNotSupported" | "InvalidParameter.SnapshotNotFound" | "InvalidParameterCombination" | "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" | "InvalidParameterValue.CoreCountValue" | "InvalidParameterValue.IllegalHostName" | "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" | "InvalidParameterValue.InstanceTypeRequiredHpcCluster" | "InvalidParameterValue.InsufficientOffering" | "InvalidParameterValue.InsufficientPrice" | "InvalidParameterValue.InvalidAppIdFormat" | "InvalidParameterValue.InvalidImageForGivenInstanceType" | "InvalidParameterValue.InvalidImageId" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.InvalidLaunchTemplateDescription" | "InvalidParameterValue.InvalidLaunchTemplateName" | "InvalidParameterValue.InvalidLaunchTemplateVersionDescription" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.InvalidTimeFormat" | "InvalidParameterValue.InvalidUserDataFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.MustDhcpEnabledVpc" | "InvalidParameterValue.Range" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.SubnetNotExist" | "InvalidParameterValue.ThreadPerCoreValue" | "InvalidParameterValue.VpcIdMalformed" | "InvalidParameterValue.VpcIdNotExist" | "InvalidParameterValue.VpcIdZoneIdNotMatch" | "InvalidParameterValue.ZoneNotSupported" | "InvalidPassword" | "InvalidPeriod" | "InvalidPermission" | "InvalidProjectId.NotFound" | "InvalidSecurityGroupId.NotFound" | "InvalidZone.MismatchRegion" | "LimitExceeded.InstanceQuota" | "LimitExceeded.LaunchTemplateQuota" | "LimitExceeded.SingleUSGQuota" | "LimitExceeded.SpotQuota" | "LimitExceeded.UserSpotQuota" | "LimitExceeded.VpcSubnetNum" | "MissingParameter.DPDKInstanceTypeRequiredVPC" | "MissingParameter.MonitorService" | "ResourceInsufficient.AvailabilityZoneSoldOut" | "ResourceInsufficient.CloudDiskSoldOut" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "ResourceInsufficient.SpecifiedInstanceType" | "ResourceNotFound.HpcCluster" | "ResourceNotFound.KeyPairNotFound" | "ResourceNotFound.NoDefaultCbs" | "ResourceNotFound.NoDefaultCbsWithReason" | "ResourceUnavailable.InstanceType" | "ResourcesSoldOut.EipInsufficient" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnsupportedOperation.BandwidthPackageIdNotSupported" | "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" | "UnsupportedOperation.InvalidDisk" | "UnsupportedOperation.KeyPairUnsupportedWindows" | "UnsupportedOperation.NoInstanceTypeSupportSpot" | "UnsupportedOperation.NotSupportImportInstancesActionTimer" | "UnsupportedOperation.OnlyForPrepaidAccount" | "VpcAddrNotInSubNet" | "VpcIpIsUsed" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLaunchTemplateVersion may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `FailedOperation.DisasterRecoverGroupNotFound`: 未找到指定的容灾组
 * - `FailedOperation.InquiryPriceFailed`: 询价失败
 * - `FailedOperation.TagKeyReserved`: 请求中指定的标签键为系统预留标签，禁止创建
 * - `InternalError.TradeUnknownError`: 内部错误
 * - `InvalidClientToken.TooLong`: 指定的ClientToken字符串长度超出限制，必须小于等于64字节。
 * - `InvalidHostId.Malformed`: 无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。
 * - `InvalidHostId.NotFound`: 指定的HostId不存在，或不属于该请求账号所有。
 * - `InvalidImageId.Malformed`: 错误的镜像Id格式。
 * - `InvalidImageId.NotFound`: 未找到该镜像。
 * - `InvalidInstanceName.TooLong`: 指定的InstanceName字符串长度超出限制，必须小于等于60字节。
 * - `InvalidInstanceType.Malformed`: 指定InstanceType参数格式不合法。
 * - `InvalidParameter.InstanceImageNotSupport`: 当前接口不支持实例镜像。
 * - `InvalidParameter.InvalidIpFormat`: 指定的私有网络ip格式不正确。
 * - `InvalidParameter.PasswordNotSupported`: 不支持设置登录密码。
 * - `InvalidParameter.SnapshotNotFound`: 指定的快照不存在。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.CloudSsdDataDiskSizeTooSmall`: SSD云硬盘为数据盘时，购买大小不得小于100GB
 * - `InvalidParameterValue.IllegalHostName`: HostName参数值不合法
 * - `InvalidParameterValue.InstanceTypeNotSupportHpcCluster`: 实例类型不可加入高性能计算集群。
 * - `InvalidParameterValue.InvalidImageState`: 镜像被其他操作占用，请检查，并稍后重试。
 * - `InvalidParameterValue.InvalidIpFormat`: IP地址不符合规范
 * - `InvalidParameterValue.InvalidLaunchTemplateVersionDescription`: 实例启动模板描述格式错误。
 * - `InvalidParameterValue.InvalidUserDataFormat`: UserData格式错误, 需要base64编码格式
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerNotExisted`: 实例启动模板和版本ID组合不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 * - `InvalidParameterValue.LaunchTemplateVersion`: 无效的实例启动模板版本号。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.MustDhcpEnabledVpc`: 参数值必须为开启DHCP的VPC
 * - `InvalidParameterValue.Range`: 无效参数值。参数值取值范围不合法。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字
 * - `InvalidParameterValue.SubnetNotExist`: 创建失败，您指定的子网不存在，请您重新指定
 * - `InvalidParameterValue.ThreadPerCoreValue`: 每核心线程数不合法。
 * - `InvalidParameterValue.VpcIdZoneIdNotMatch`: VPC网络与实例不在同一可用区
 * - `InvalidParameterValue.VpcNotSupportIpv6Address`: 该VPC不支持ipv6。
 * - `InvalidParameterValue.ZoneNotSupported`: 请求不支持该可用区
 * - `InvalidPassword`: 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
 * - `InvalidPeriod`: 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
 * - `InvalidPermission`: 账户不支持该操作。
 * - `InvalidProjectId.NotFound`: 无效的项目ID，指定的项目ID不存在。
 * - `InvalidSecurityGroupId.NotFound`: 指定的安全组ID不存在。
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.InstanceQuota`: 当前配额不足够生产指定数量的实例
 * - `LimitExceeded.LaunchTemplateQuota`: 实例启动模板数量超限。
 * - `LimitExceeded.LaunchTemplateVersionQuota`: 实例启动模板版本数量超限。
 * - `LimitExceeded.SingleUSGQuota`: 安全组限额不足
 * - `LimitExceeded.SpotQuota`: 竞价实例类型配额不足
 * - `LimitExceeded.UserSpotQuota`: 竞价实例配额不足
 * - `LimitExceeded.VpcSubnetNum`: 子网IP不足
 * - `MissingParameter.DPDKInstanceTypeRequiredVPC`: DPDK实例机型要求VPC网络
 * - `MissingParameter.MonitorService`: 该实例类型必须开启云监控服务
 * - `ResourceInsufficient.CloudDiskSoldOut`: 指定的云盘规格已售罄
 * - `ResourceInsufficient.CloudDiskUnavailable`: 云盘参数不符合规范
 * - `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: 实例个数超过容灾组的配额
 * - `ResourceInsufficient.SpecifiedInstanceType`: 指定的实例类型库存不足。
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 * - `ResourceNotFound.KeyPairNotFound`: 指定密钥对不存在。
 * - `ResourceNotFound.NoDefaultCbs`: 无可用的缺省类型的CBS资源。
 * - `ResourceNotFound.NoDefaultCbsWithReason`: 无可用的缺省类型的CBS资源。
 * - `ResourceUnavailable.InstanceType`: 该可用区不售卖此机型
 * - `ResourcesSoldOut.EipInsufficient`: 公网IP已售罄。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 指定的实例类型已售罄。
 * - `UnsupportedOperation.BandwidthPackageIdNotSupported`: 指定的实例付费模式或者网络付费模式不支持共享带宽包
 * - `UnsupportedOperation.InstanceTypeNotSupportJumboFrame`: 实例类型不支持设置EnableJumboFrame 状态
 * - `UnsupportedOperation.InvalidDisk`: 不支持指定的磁盘
 * - `UnsupportedOperation.KeyPairUnsupportedWindows`: 密钥不支持Windows操作系统
 * - `UnsupportedOperation.NoInstanceTypeSupportSpot`: 该实例类型不支持竞价计费
 * - `UnsupportedOperation.OnlyForPrepaidAccount`: 该操作仅支持预付费账户
 * - `VpcAddrNotInSubNet`: 私有网络ip不在子网内。
 * - `VpcIpIsUsed`: 私有网络ip已经被使用。
 */
export type CreateLaunchTemplateVersionErrorCode = "AuthFailure.CamRoleNameAuthenticateFailed" | "FailedOperation.DisasterRecoverGroupNotFound" | "FailedOperation.InquiryPriceFailed" | "FailedOperation.TagKeyReserved" | "InternalError.TradeUnknownError" | "InvalidClientToken.TooLong" | "InvalidHostId.Malformed" | "InvalidHostId.NotFound" | "InvalidImageId.Malformed" | "InvalidImageId.NotFound" | "InvalidInstanceName.TooLong" | "InvalidInstanceType.Malformed" | "InvalidParameter.InstanceImageNotSupport" | "InvalidParameter.InvalidIpFormat" | "InvalidParameter.PasswordNotSupported" | "InvalidParameter.SnapshotNotFound" | "InvalidParameterCombination" | "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall" | "InvalidParameterValue.IllegalHostName" | "InvalidParameterValue.InstanceTypeNotSupportHpcCluster" | "InvalidParameterValue.InvalidImageState" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.InvalidLaunchTemplateVersionDescription" | "InvalidParameterValue.InvalidUserDataFormat" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerNotExisted" | "InvalidParameterValue.LaunchTemplateNotFound" | "InvalidParameterValue.LaunchTemplateVersion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.MustDhcpEnabledVpc" | "InvalidParameterValue.Range" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.SubnetNotExist" | "InvalidParameterValue.ThreadPerCoreValue" | "InvalidParameterValue.VpcIdZoneIdNotMatch" | "InvalidParameterValue.VpcNotSupportIpv6Address" | "InvalidParameterValue.ZoneNotSupported" | "InvalidPassword" | "InvalidPeriod" | "InvalidPermission" | "InvalidProjectId.NotFound" | "InvalidSecurityGroupId.NotFound" | "InvalidZone.MismatchRegion" | "LimitExceeded.InstanceQuota" | "LimitExceeded.LaunchTemplateQuota" | "LimitExceeded.LaunchTemplateVersionQuota" | "LimitExceeded.SingleUSGQuota" | "LimitExceeded.SpotQuota" | "LimitExceeded.UserSpotQuota" | "LimitExceeded.VpcSubnetNum" | "MissingParameter.DPDKInstanceTypeRequiredVPC" | "MissingParameter.MonitorService" | "ResourceInsufficient.CloudDiskSoldOut" | "ResourceInsufficient.CloudDiskUnavailable" | "ResourceInsufficient.DisasterRecoverGroupCvmQuota" | "ResourceInsufficient.SpecifiedInstanceType" | "ResourceNotFound.HpcCluster" | "ResourceNotFound.KeyPairNotFound" | "ResourceNotFound.NoDefaultCbs" | "ResourceNotFound.NoDefaultCbsWithReason" | "ResourceUnavailable.InstanceType" | "ResourcesSoldOut.EipInsufficient" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnsupportedOperation.BandwidthPackageIdNotSupported" | "UnsupportedOperation.InstanceTypeNotSupportJumboFrame" | "UnsupportedOperation.InvalidDisk" | "UnsupportedOperation.KeyPairUnsupportedWindows" | "UnsupportedOperation.NoInstanceTypeSupportSpot" | "UnsupportedOperation.OnlyForPrepaidAccount" | "VpcAddrNotInSubNet" | "VpcIpIsUsed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLaunchTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AccountQualificationRestrictions`: 该请求账户未通过资格审计。
 * - `AuthFailure.CamRoleNameAuthenticateFailed`: 角色名鉴权失败
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 */
export type DeleteLaunchTemplateErrorCode = "AccountQualificationRestrictions" | "AuthFailure.CamRoleNameAuthenticateFailed" | "InvalidParameterCombination" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLaunchTemplateVersions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.LaunchTemplateDefaultVersion`: 不支持删除默认启动模板版本。
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerNotExisted`: 实例启动模板和版本ID组合不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 * - `InvalidParameterValue.LaunchTemplateVersion`: 无效的实例启动模板版本号。
 */
export type DeleteLaunchTemplateVersionsErrorCode = "InvalidParameterCombination" | "InvalidParameterValue.LaunchTemplateDefaultVersion" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerNotExisted" | "InvalidParameterValue.LaunchTemplateNotFound" | "InvalidParameterValue.LaunchTemplateVersion" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLaunchTemplateVersions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerNotExisted`: 实例启动模板和版本ID组合不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 * - `InvalidParameterValue.LaunchTemplateVersion`: 无效的实例启动模板版本号。
 * - `InvalidParameterValue.LimitExceeded`: 参数值数量超过限制。
 * - `InvalidParameterValue.NotSupported`: 不支持的操作。
 * - `UnauthorizedOperation.MFAExpired`: 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
 * - `UnauthorizedOperation.MFANotFound`: 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
 */
export type DescribeLaunchTemplateVersionsErrorCode = "InternalServerError" | "InvalidParameterCombination" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerNotExisted" | "InvalidParameterValue.LaunchTemplateNotFound" | "InvalidParameterValue.LaunchTemplateVersion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.NotSupported" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLaunchTemplateDefaultVersion may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterCombination`: 表示参数组合不正确。
 * - `InvalidParameterValue.LaunchTemplateIdMalformed`: 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
 * - `InvalidParameterValue.LaunchTemplateIdNotExisted`: 实例启动模板ID不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerNotExisted`: 实例启动模板和版本ID组合不存在。
 * - `InvalidParameterValue.LaunchTemplateIdVerSetAlready`: 指定的实例启动模板id不存在。
 * - `InvalidParameterValue.LaunchTemplateNotFound`: 实例启动模板未找到。
 * - `InvalidParameterValue.LaunchTemplateVersion`: 无效的实例启动模板版本号。
 */
export type ModifyLaunchTemplateDefaultVersionErrorCode = "InvalidParameterCombination" | "InvalidParameterValue.LaunchTemplateIdMalformed" | "InvalidParameterValue.LaunchTemplateIdNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerNotExisted" | "InvalidParameterValue.LaunchTemplateIdVerSetAlready" | "InvalidParameterValue.LaunchTemplateNotFound" | "InvalidParameterValue.LaunchTemplateVersion" | CommonErrorCode | (string & {});
/** Error codes DescribeTaskInfo may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTaskInfoErrorCode = CommonErrorCode | (string & {});
/** Error codes RepairTaskControl may return: its own documented codes, the service's common codes, and any other string. */
export type RepairTaskControlErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateHpcCluster may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `LimitExceeded.HpcClusterQuota`: 已达创建高性能计算集群数的上限。
 * - `UnsupportedOperation.InsufficientClusterQuota`: 用户创建高性能集群配额已达上限。
 * - `UnsupportedOperation.InvalidZone`: 该可用区不可售卖。
 */
export type CreateHpcClusterErrorCode = "InvalidZone.MismatchRegion" | "LimitExceeded.HpcClusterQuota" | "UnsupportedOperation.InsufficientClusterQuota" | "UnsupportedOperation.InvalidZone" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteHpcClusters may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ResourceInUse.HpcCluster`: 高性能计算集群使用中。
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 */
export type DeleteHpcClustersErrorCode = "ResourceInUse.HpcCluster" | "ResourceNotFound.HpcCluster" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeHpcClusters may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidZone.MismatchRegion`: 指定的zone不存在。
 * - `UnsupportedOperation.InvalidZone`: 该可用区不可售卖。
 */
export type DescribeHpcClustersErrorCode = "InvalidZone.MismatchRegion" | "UnsupportedOperation.InvalidZone" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyHpcClusterAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ResourceNotFound.HpcCluster`: 高性能计算集群不存在。
 */
export type ModifyHpcClusterAttributeErrorCode = "ResourceNotFound.HpcCluster" | CommonErrorCode | (string & {});
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

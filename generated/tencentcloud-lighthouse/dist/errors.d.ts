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
 * - `AuthFailure`: CAM签名/鉴权错误。
 * - `AuthFailure.InvalidHeaderUin`: 请求头中的 Uin 无效。
 * - `AuthFailure.InvalidRegion`: 该地域尚未开放，请选择其他地域。
 * - `FailedOperation.BalanceInsufficient`: 账户余额不足。
 * - `FailedOperation.CreateBlueprintFailed`: 创建镜像失败。
 * - `FailedOperation.CreateDisksFailed`: 创建云硬盘失败。
 * - `FailedOperation.CreateInstancesFailed`: 创建实例失败。
 * - `FailedOperation.CreateKeyPairFailed`: 对密钥对的创建操作失败。
 * - `FailedOperation.DeleteKeyPairFailed`: 对密钥对的删除操作失败。
 * - `FailedOperation.DescribeBlueprintQuotaFailed`: 查询镜像配额失败。
 * - `FailedOperation.DescribeBlueprintsFailed`: 查询镜像失败，请稍后再试。
 * - `FailedOperation.DescribeBundleDiscountFailed`: 查询套餐折扣失败。
 * - `FailedOperation.DescribeBundlesFailed`: 查询套餐失败。
 * - `FailedOperation.DescribeDisksReturnableError`: 查询云硬盘是否可以退还操作失败。
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.DescribeInstancesModificationError`: 查询实例变配套餐失败。
 * - `FailedOperation.DescribeInstancesReturnableError`: 查询实例退还错误。
 * - `FailedOperation.DescribeInstancesTrafficPackagesFailed`: 查询流量包失败。
 * - `FailedOperation.DescribeResourcesReturnableError`: 查询资源返回了不符合要求内容。
 * - `FailedOperation.DestroyResourcesFailed`: 销毁资源失败，请稍后重新操作。
 * - `FailedOperation.DockerContainersListTooLarge`: 容器列表过长。
 * - `FailedOperation.DockerOperationFailed`: 指定Docker环境操作失败, 请检查Docker环境。
 * - `FailedOperation.FirewallRulesOperationFailed`: 对防火墙规则的操作失败。
 * - `FailedOperation.ImportKeyPairFailed`: 对密钥对的导入操作失败。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `FailedOperation.InvalidCommandNotFound`: 命令无法找到。
 * - `FailedOperation.IsolateResourcesFailed`: 退还资源失败。
 * - `FailedOperation.ModifyInstancesBundleFailed`: 变更实例套餐失败。
 * - `FailedOperation.ModifyResourcesAttributeFailed`: 变更资源属性失败，请稍后重新操作。
 * - `FailedOperation.ModifyResourcesRenewFlagFailed`: 修改资源自动续费失败。
 * - `FailedOperation.NumLimitError`: 购买数量超过最大限制。
 * - `FailedOperation.RenewResourcesFailed`: 续费资源失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.ResizeDisksFailed`: 扩容云硬盘失败，请稍后重新操作。
 * - `FailedOperation.ShareBlueprintAcrossAccountFailed`: 跨账号共享镜像失败，请稍后重试。
 * - `FailedOperation.SnapshotOperationFailed`: 快照操作失败。
 * - `FailedOperation.TATInvocationNotFinished`: TAT命令未完成。
 * - `FailedOperation.TradeCallBillingGatewayFailed`: 调用计费网关服务失败，请稍后重新操作。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `FailedOperation.UnableToCreateBlueprint`: 操作失败，不能创建自定义镜像。
 * - `FailedOperation.UnableToCreateInstances`: 无法创建实例。
 * - `FailedOperation.UnableToSyncBlueprint`: 当前镜像状态无法进行跨地域同步。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.DescribeInstancesModification`: 查询实例是否可变配失败。
 * - `InternalError.DescribeInstancesModificationError`: 查询实例是否可变配失败。
 * - `InternalError.DescribeInstancesReturnableError`: 查询实例是否可退还失败。
 * - `InternalError.DescribeInstancesTrafficPackagesFailed`: 查询实例流量包错误。
 * - `InternalError.DescribeResourcesReturnableError`: 查询资源返回了不符合要求内容。
 * - `InternalError.GetSnapshotAllocQuotaLockError`: 快照配额锁获取失败。
 * - `InternalError.InvalidActionNotFound`: 无法找到此接口。
 * - `InternalError.InvalidBundlePrice`: 套餐价格错误。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeCallBillingGatewayFailed`: 调用计费网关服务失败。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameter.BundleAndBlueprintNotMatch`: 套餐和镜像不匹配。
 * - `InvalidParameter.BundleIdNotFound`: 产品未定义的套餐 ID。
 * - `InvalidParameter.Conflict`: 参数冲突。
 * - `InvalidParameter.ConflictParameter`: 参数冲突。
 * - `InvalidParameter.CreatingGamePortalInstanceNotSupportParameter`: 创建游戏专区实例不支持该参数。
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.FirewallRulesDuplicated`: 参数非法，防火墙规则重复。
 * - `InvalidParameter.FirewallRulesExist`: 参数非法，防火墙规则已存在。
 * - `InvalidParameter.GamePortalInstanceBlueprintInvalid`: 游戏专区实例镜像无效。
 * - `InvalidParameter.GamePortalInstanceOnlySupportCurrentBlueprint`: 游戏专区实例仅支持当前镜像。
 * - `InvalidParameter.InstanceDisplayAreaNotSupportParameter`: 实例展示区域不支持该参数。
 * - `InvalidParameter.InstanceOperationUnsupportedParameter`: 实例当前的操作不支持该操作。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterInvalidValuesNotList`: 参数非法，Filter 参数中的 Values 不是列表。
 * - `InvalidParameter.InvalidFilterName`: Filter参数名称不正确。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameter.MustSpecifyOneAttributeToModify`: 必须要指定一个要修改的属性。
 * - `InvalidParameter.OnlyAllowModifyOneAttribute`: 参数非法，每次只能修改一个属性。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.AccountIdInvalidAccountArea`: 镜像不允许共享至不同站点的账号。
 * - `InvalidParameterValue.AccountIdSameWithUin`: 账号为当前用户。
 * - `InvalidParameterValue.AccountIdsNotExist`: 账号ID不存在。
 * - `InvalidParameterValue.AccountIdsNotOwnerAccount`: 账号ID不为主账号。
 * - `InvalidParameterValue.BlueprintConfigNotMatch`: 该实例配置不符合指定镜像的要求。
 * - `InvalidParameterValue.BlueprintId`: 镜像 ID 不合法，重装实例不允许切换操作系统类型。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.BundleAndBlueprintNotMatch`: 套餐和镜像不匹配。
 * - `InvalidParameterValue.BundleNotSupportBlueprintPlatform`: 所选套餐不支持镜像的操作系统平台类型。
 * - `InvalidParameterValue.CcnIdMalformed`: 云联网实例ID格式非法。
 * - `InvalidParameterValue.ClientTokenTooLong`: 客户令牌长度超出限制。
 * - `InvalidParameterValue.DestinationRegionSameAsSourceRegion`: 目的地域与源地域相同。
 * - `InvalidParameterValue.DiskBackupIdMalformed`: 参数值非法，云硬盘备份点 ID 格式非法。
 * - `InvalidParameterValue.DiskBackupNameTooLong`: 指定的云盘备份点名称不可大于最大长度。
 * - `InvalidParameterValue.DiskBackupQuotaLessThenCurrentDiskBackupNum`: 云硬盘备份点配额小于当前云硬盘备份点数量。
 * - `InvalidParameterValue.DiskInstanceZoneNotMatch`: 云硬盘的可用区与实例的可用区不匹配。
 * - `InvalidParameterValue.DiskNameTooLong`: 磁盘名称长度超出限制。
 * - `InvalidParameterValue.DiskSizeNotMatch`: 磁盘大小发生改变。
 * - `InvalidParameterValue.DiskSizeSmallerThanCurrentDiskSize`: 指定云硬盘大小小于当前云硬盘大小。
 * - `InvalidParameterValue.DuplicateParameterValue`: 参数 KeyName 已经存在且重复。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.DuplicatedFirewallTemplateRule`: 防火墙模板规则已存在。
 * - `InvalidParameterValue.FieldsCompare`: 列值不正确。
 * - `InvalidParameterValue.FirewallRuleDescriptionTooLong`: 防火墙规则描述长度超出限制。
 * - `InvalidParameterValue.FirewallTemplateIdMalformed`: 防火墙模板ID格式非法。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InstanceNameTooLong`: 参数值非法，实例名称超过允许的最大长度。
 * - `InvalidParameterValue.InvalidBlueprintId`: 镜像 ID 不合法。
 * - `InvalidParameterValue.InvalidBlueprintPlatformType`: 镜像操作系统类型不合法。
 * - `InvalidParameterValue.InvalidBlueprintState`: 镜像状态取值非法。
 * - `InvalidParameterValue.InvalidBlueprintType`: 镜像类型不合法。
 * - `InvalidParameterValue.InvalidBundle`: 非法的套餐参数。
 * - `InvalidParameterValue.InvalidBundleBlueprintCombination`: 套餐和镜像的组合非法。
 * - `InvalidParameterValue.InvalidConsoleDisplayTypes`: 控制台显示类型不合法。
 * - `InvalidParameterValue.InvalidCurInstanceDeadline`: 当前实例到期时间不能早于云硬盘到期时间。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskSize`: 指定云硬盘大小不符合要求。
 * - `InvalidParameterValue.InvalidDiskType`: 云硬盘类型非法。
 * - `InvalidParameterValue.InvalidIpFormat`: 参数值非法，IP 地址格式非法。
 * - `InvalidParameterValue.InvalidKeyPairNameEmpty`: 参数值非法。
 * - `InvalidParameterValue.InvalidKeyPairNameIncludeIllegalChar`: 非法的密钥对名称。
 * - `InvalidParameterValue.InvalidKeyPairNameTooLong`: 参数长度非法。
 * - `InvalidParameterValue.InvalidParameterCombination`: 参数组合非法。
 * - `InvalidParameterValue.InvalidPassword`: 参数中的密码不合法。
 * - `InvalidParameterValue.InvalidResourceQuotaResourceName`: 不正确的配额资源名称。
 * - `InvalidParameterValue.InvalidSceneIdMalformed`: 使用场景Id不合法。
 * - `InvalidParameterValue.InvalidZone`: 参数Zone的取值不合法。
 * - `InvalidParameterValue.KeyPairIdMalformed`: 参数值非法，密钥对 ID 格式非法。
 * - `InvalidParameterValue.KeyPairPublicKeyDuplicated`: 该密钥对中的公钥在系统中已存在，无法重复使用 。
 * - `InvalidParameterValue.KeyPairPublicKeyMalformed`: 指定的公钥格式错误。
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.NotAllowToChangePlatformType`: 不允许改变平台类型。
 * - `InvalidParameterValue.NotSupportCrossBorderSyncBlueprint`: 不支持跨境同步镜像。
 * - `InvalidParameterValue.NotSupportModifyInstanceBundleType`: 实例套餐的套餐类型不支持表更至新套餐。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `InvalidParameterValue.PlatformTypeNotSupportFileSystem`: 实例操作系统不支持该文件系统。
 * - `InvalidParameterValue.PlatformTypeNotSupportMountPoint`: 实例操作系统不支持指定挂载点。
 * - `InvalidParameterValue.RegionNotFound`: 地域不存在。
 * - `InvalidParameterValue.RegionNotMatch`: 地域不匹配。
 * - `InvalidParameterValue.RegionNotSupported`: 不支持的地域。
 * - `InvalidParameterValue.RegionUnavailable`: 该地域不可用。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 参数值非法，快照 ID 格式非法。
 * - `InvalidParameterValue.SnapshotNameTooLong`: 参数值非法，快照名称超过允许的最大长度。
 * - `InvalidParameterValue.TooLarge`: 参数值非法，大于有效值。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `InvalidParameterValue.TooSmall`: 参数值非法，小于有效值。
 * - `InvalidParameterValue.UnavailableRegion`: 地域不可用。
 * - `InvalidParameterValue.ZoneInvalid`: 非法的可用区。
 * - `LimitExceeded.AttachDataDiskQuotaLimitExceeded`: 实例挂载数据盘配额不足，无法挂载云硬盘。
 * - `LimitExceeded.BlueprintQuotaLimitExceeded`: 配额不足，当前自定义镜像配额不允许创建新的自定义镜像。
 * - `LimitExceeded.DiskBackupQuotaLimitExceeded`: 超过磁盘备份点配额限制。
 * - `LimitExceeded.DiskQuotaLimitExceeded`: 当前配额不足，无法创建新的云硬盘。
 * - `LimitExceeded.FirewallRulesLimitExceeded`: 超过防火墙规则配额。
 * - `LimitExceeded.FirewallTemplateRuleQuotaLimitExceeded`: 防火墙模板规则超出配额。
 * - `LimitExceeded.InstanceQuotaLimitExceeded`: 超过实例配额。
 * - `LimitExceeded.IsolateResourcesLimitExceeded`: 退还资源数量超出限制。
 * - `LimitExceeded.KeyPairLimitExceeded`: 超过密钥对配额。
 * - `LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded`: 镜像当前配额不足，无法共享至指定账号。
 * - `LimitExceeded.SnapshotQuotaLimitExceeded`: 超过快照配额。
 * - `LimitExceeded.SyncBlueprintQuotaLimitExceeded`: 超过同步镜像目的地域镜像配额。
 * - `MissingParameter.BundleMissingParameterBlueprintId`: 套餐缺少参数镜像ID。
 * - `MissingParameter.MissingParameterPeriodCurInstanceDeadline`: 必须传入参数Period或CurInstanceDeadline。
 * - `MissingParameter.OrderFieldRequired`: 指定参数Order时，必须传入参数 OrderField。
 * - `OperationDenied.BlueprintOperationInProgress`: 镜像在操作中。请稍后再试。
 * - `OperationDenied.BundleNotSupportModify`: 该实例不支持升级套餐操作。
 * - `OperationDenied.DiskBackupBusy`: 磁盘备份点忙，请稍后重新操作。
 * - `OperationDenied.DiskBackupOperationInProgress`: 磁盘备份点正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskBusyForBackupOperation`: 磁盘正在操作备份点过程中，请稍后重新操作。
 * - `OperationDenied.DiskCreating`: 磁盘处于创建过程中。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `OperationDenied.OperationDeniedCreateSnapshot`: 禁止创建快照。
 * - `OperationDenied.OperationDeniedCreateSnapshotForStorageBundle`: 使用存储型套餐的实例不支持创建快照。
 * - `ResourceInUse.BlueprintModifyingSharePermission`: 镜像正在修改共享属性操作中。不支持此操作。
 * - `ResourceInUse.DiskBackupInUse`: 磁盘备份点正在使用中，不支持此操作。
 * - `ResourceInUse.KeyPairInUse`: 密钥对正在使用中。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.BlueprintNotFound`: 指定的镜像不存在。请检查镜像的BlueprintId是否正确。
 * - `ResourceNotFound.DiskAttachedHasNoInstanceId`: 处于已挂载状态的磁盘关联实例不存在。
 * - `ResourceNotFound.DiskBackupIdNotFound`: 磁盘备份点ID不存在。
 * - `ResourceNotFound.DiskBackupNotExists`: 磁盘备份点不存在。
 * - `ResourceNotFound.DiskBackupNotFound`: 用户指定磁盘备份点不存在。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `ResourceNotFound.DiskNotExists`: 磁盘不存在。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 * - `ResourceNotFound.FirewallNotFound`: 防火墙不存在。
 * - `ResourceNotFound.FirewallRulesNotFound`: 防火墙规则不存在。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `ResourceNotFound.FirewallTemplateRuleNotFound`: 防火墙模板规则不存在。
 * - `ResourceNotFound.InstanceBlueprintNotFound`: 实例镜像不存在。
 * - `ResourceNotFound.InstanceDataDiskNotFound`: 实例不存在挂载的数据盘。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.KeyIdNotFound`: 密钥对 ID 不存在。
 * - `ResourceNotFound.KeyPairNotFound`: 密钥对不存在。
 * - `ResourceNotFound.PrivateBlueprintNotFound`: 自定义镜像不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceNotFound.SceneIdNotFound`: 未查询到场景ID
 * - `ResourceNotFound.SnapshotIdNotFound`: 快照 ID 不存在。
 * - `ResourceNotFound.SnapshotNotFound`: 快照不存在。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.BlueprintUnavailable`: 镜像资源不可用。
 * - `ResourceUnavailable.BundleUnavailable`: 套餐不可用。
 * - `ResourceUnavailable.CannotApplyEmptyFirewallTemplate`: 不能应用该防火墙模板。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.FirewallTemplateInUse`: 防火墙模板在使用中，不支持该操作。
 * - `ResourceUnavailable.InvalidPurchaseRequestSource`: 当前套餐不支持通过API购买。
 * - `ResourceUnavailable.TATAgentUnavailable`: TAT agent不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `ResourcesSoldOut.BundleSoldOut`: 套餐已售罄。
 * - `ResourcesSoldOut.PurchaseSourceHasNoBundleConfigs`: 套餐无可用配置。
 * - `ResourcesSoldOut.ZonesHasNoBundleConfigs`: 套餐无可用配置。
 * - `UnauthorizedOperation.CertificationNeedUpgrade`: 因账号安全升级，购买云资源需完善您的实名信息。
 * - `UnauthorizedOperation.InvalidToken`: 无效 Token。
 * - `UnauthorizedOperation.MFAExpired`: MFA 已过期。
 * - `UnauthorizedOperation.MFANotFound`: MFA 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnauthorizedOperation.NotCertification`: 账号没有实名认证，支付失败。
 * - `UnauthorizedOperation.TokenInvalid`: 无权限进行此操作，请求中token不合法。
 * - `UnsupportedOperation.ApplyDiskBackupToAnotherDisk`: 将磁盘备份点回滚到其他盘，不支持该操作。
 * - `UnsupportedOperation.AttachCcnConditionUnsatisfied`: 没有实例不支持关联到云联网。
 * - `UnsupportedOperation.AttachCcnFailed`: 关联云联网失败。请检查云联网状态并稍后再试。
 * - `UnsupportedOperation.BlueprintAlreadyShared`: 镜像已经被共享。不支持此操作。
 * - `UnsupportedOperation.BlueprintCurStateInvalid`: 镜像当前状态不支持该操作。
 * - `UnsupportedOperation.BlueprintHasNotShared`: 镜像没有被共享。不支持此操作。
 * - `UnsupportedOperation.BlueprintLatestOperationUnfinished`: 镜像最近一次的操作尚未完成。
 * - `UnsupportedOperation.BlueprintOccupied`: 镜像被使用中，不支持该操作。
 * - `UnsupportedOperation.BlueprintTypeNotSupportOperation`: 该镜像的镜像类型不支持该操作。
 * - `UnsupportedOperation.CcnAlreadyAttached`: 已经关联云联网，不支持再次关联。
 * - `UnsupportedOperation.CcnNotAttached`: 云联网 尚未关联。不支持此操作。
 * - `UnsupportedOperation.DescribeCcnAttachedInstancesFailed`: 查询云联网关联的实例状态失败。请稍后再试。
 * - `UnsupportedOperation.DetachCcnFailed`: 解关联云联网失败。请检查云联网状态并稍后再试。
 * - `UnsupportedOperation.DiskBackupLatestOperationUnfinished`: 磁盘备份点上一次操作未结束，不支持当前操作。
 * - `UnsupportedOperation.DiskBusy`: 磁盘忙。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.FirewallBusy`: 防火墙忙。
 * - `UnsupportedOperation.FirewallVersionMismatch`: 指定的防火墙版本号和当前版本不一致。
 * - `UnsupportedOperation.InstanceDisplayAreaNotSupportOperation`: 实例展示区域不支持该操作。
 * - `UnsupportedOperation.InstanceExpired`: 实例已到期，不支持该操作。
 * - `UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword`: LinuxUnix实例在创建时不支持设置密码。
 * - `UnsupportedOperation.InvalidDiskBackupState`: 磁盘备份点状态不支持该操作。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.InvalidSnapshotState`: 不支持的操作，快照状态不合法。
 * - `UnsupportedOperation.KeyPairBindDuplicate`: 不支持的操作，不支持将同一个密钥对重复绑定到同一个实例上。
 * - `UnsupportedOperation.KeyPairBindToBlueprints`: 不支持该操作。KeyPair 与镜像存在绑定关系。在进行该操作前请删除与密钥对有绑定关系的自定义镜像。
 * - `UnsupportedOperation.KeyPairNotBoundToInstance`: 不支持的操作，不支持将未绑定到实例的密钥对从实例解绑。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 * - `UnsupportedOperation.NotSupportSharedBlueprint`: 共享镜像不支持此操作。
 * - `UnsupportedOperation.OperationNotSupportAutoGeneratePassword`: 操作不支持自动生成密码。
 * - `UnsupportedOperation.OperationNotSupportedInIntlSite`: 国际站不支持该操作。
 * - `UnsupportedOperation.PostDestroyResourceFailed`: 计费资源中心删除资源失败。
 * - `UnsupportedOperation.ResetAttachCcnFailed`: 重新申请关联云联网失败。请检查云联网状态并稍后再试。
 * - `UnsupportedOperation.ResourceNotReturnable`: 资源不支持退换。
 * - `UnsupportedOperation.SameWithOldConfig`: 资源变配操作中新旧配置一样，不支持此操作。
 * - `UnsupportedOperation.SnapshotBusy`: 快照忙。
 * - `UnsupportedOperation.SystemBusy`: 系统忙。
 * - `UnsupportedOperation.TatAgentNotOnline`: 实例上腾讯云助手 agent 不在线。
 * - `UnsupportedOperation.WindowsNotAllowToAssociateKeyPair`: Windows实例不支持绑定密钥对。
 * - `UnsupportedOperation.WindowsNotSupportKeyPair`: windows类型实例不支持密钥对功能。
 */
export type CommonErrorCode = "ActionOffline" | "AuthFailure.InvalidAuthorization" | "AuthFailure.InvalidSecretId" | "AuthFailure.MFAFailure" | "AuthFailure.SecretIdNotFound" | "AuthFailure.SignatureExpire" | "AuthFailure.SignatureFailure" | "AuthFailure.TokenFailure" | "AuthFailure.UnauthorizedOperation" | "DryRunOperation" | "FailedOperation" | "InternalError" | "InvalidAction" | "InvalidParameter" | "InvalidParameterValue" | "InvalidRequest" | "IpInBlacklist" | "IpNotInWhitelist" | "LimitExceeded" | "MissingParameter" | "NoSuchProduct" | "NoSuchVersion" | "RequestLimitExceeded" | "RequestLimitExceeded.GlobalRegionUinLimitExceeded" | "RequestLimitExceeded.IPLimitExceeded" | "RequestLimitExceeded.UinLimitExceeded" | "RequestSizeLimitExceeded" | "ResourceInUse" | "ResourceInsufficient" | "ResourceNotFound" | "ResourceUnavailable" | "ResponseSizeLimitExceeded" | "ServiceUnavailable" | "UnauthorizedOperation" | "UnknownParameter" | "UnsupportedOperation" | "UnsupportedProtocol" | "UnsupportedRegion" | "AuthFailure" | "AuthFailure.InvalidHeaderUin" | "AuthFailure.InvalidRegion" | "FailedOperation.BalanceInsufficient" | "FailedOperation.CreateBlueprintFailed" | "FailedOperation.CreateDisksFailed" | "FailedOperation.CreateInstancesFailed" | "FailedOperation.CreateKeyPairFailed" | "FailedOperation.DeleteKeyPairFailed" | "FailedOperation.DescribeBlueprintQuotaFailed" | "FailedOperation.DescribeBlueprintsFailed" | "FailedOperation.DescribeBundleDiscountFailed" | "FailedOperation.DescribeBundlesFailed" | "FailedOperation.DescribeDisksReturnableError" | "FailedOperation.DescribeInstanceStatus" | "FailedOperation.DescribeInstancesModificationError" | "FailedOperation.DescribeInstancesReturnableError" | "FailedOperation.DescribeInstancesTrafficPackagesFailed" | "FailedOperation.DescribeResourcesReturnableError" | "FailedOperation.DestroyResourcesFailed" | "FailedOperation.DockerContainersListTooLarge" | "FailedOperation.DockerOperationFailed" | "FailedOperation.FirewallRulesOperationFailed" | "FailedOperation.ImportKeyPairFailed" | "FailedOperation.InstanceOperationFailed" | "FailedOperation.InsufficientBalance" | "FailedOperation.InvalidCommandNotFound" | "FailedOperation.IsolateResourcesFailed" | "FailedOperation.ModifyInstancesBundleFailed" | "FailedOperation.ModifyResourcesAttributeFailed" | "FailedOperation.ModifyResourcesRenewFlagFailed" | "FailedOperation.NumLimitError" | "FailedOperation.RenewResourcesFailed" | "FailedOperation.RequestError" | "FailedOperation.ResizeDisksFailed" | "FailedOperation.ShareBlueprintAcrossAccountFailed" | "FailedOperation.SnapshotOperationFailed" | "FailedOperation.TATInvocationNotFinished" | "FailedOperation.TradeCallBillingGatewayFailed" | "FailedOperation.TradeGetPriceFailed" | "FailedOperation.UnableToCreateBlueprint" | "FailedOperation.UnableToCreateInstances" | "FailedOperation.UnableToSyncBlueprint" | "InternalError.DescribeInstanceStatus" | "InternalError.DescribeInstancesModification" | "InternalError.DescribeInstancesModificationError" | "InternalError.DescribeInstancesReturnableError" | "InternalError.DescribeInstancesTrafficPackagesFailed" | "InternalError.DescribeResourcesReturnableError" | "InternalError.GetSnapshotAllocQuotaLockError" | "InternalError.InvalidActionNotFound" | "InternalError.InvalidBundlePrice" | "InternalError.InvalidCommandNotFound" | "InternalError.RequestError" | "InternalError.TradeCallBillingGatewayFailed" | "InternalError.TradeGetPriceFailed" | "InvalidParameter.BundleAndBlueprintNotMatch" | "InvalidParameter.BundleIdNotFound" | "InvalidParameter.Conflict" | "InvalidParameter.ConflictParameter" | "InvalidParameter.CreatingGamePortalInstanceNotSupportParameter" | "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.FirewallRulesDuplicated" | "InvalidParameter.FirewallRulesExist" | "InvalidParameter.GamePortalInstanceBlueprintInvalid" | "InvalidParameter.GamePortalInstanceOnlySupportCurrentBlueprint" | "InvalidParameter.InstanceDisplayAreaNotSupportParameter" | "InvalidParameter.InstanceOperationUnsupportedParameter" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterInvalidValuesNotList" | "InvalidParameter.InvalidFilterName" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameter.MustSpecifyOneAttributeToModify" | "InvalidParameter.OnlyAllowModifyOneAttribute" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.AccountIdInvalidAccountArea" | "InvalidParameterValue.AccountIdSameWithUin" | "InvalidParameterValue.AccountIdsNotExist" | "InvalidParameterValue.AccountIdsNotOwnerAccount" | "InvalidParameterValue.BlueprintConfigNotMatch" | "InvalidParameterValue.BlueprintId" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.BundleAndBlueprintNotMatch" | "InvalidParameterValue.BundleNotSupportBlueprintPlatform" | "InvalidParameterValue.CcnIdMalformed" | "InvalidParameterValue.ClientTokenTooLong" | "InvalidParameterValue.DestinationRegionSameAsSourceRegion" | "InvalidParameterValue.DiskBackupIdMalformed" | "InvalidParameterValue.DiskBackupNameTooLong" | "InvalidParameterValue.DiskBackupQuotaLessThenCurrentDiskBackupNum" | "InvalidParameterValue.DiskInstanceZoneNotMatch" | "InvalidParameterValue.DiskNameTooLong" | "InvalidParameterValue.DiskSizeNotMatch" | "InvalidParameterValue.DiskSizeSmallerThanCurrentDiskSize" | "InvalidParameterValue.DuplicateParameterValue" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.DuplicatedFirewallTemplateRule" | "InvalidParameterValue.FieldsCompare" | "InvalidParameterValue.FirewallRuleDescriptionTooLong" | "InvalidParameterValue.FirewallTemplateIdMalformed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceNameTooLong" | "InvalidParameterValue.InvalidBlueprintId" | "InvalidParameterValue.InvalidBlueprintPlatformType" | "InvalidParameterValue.InvalidBlueprintState" | "InvalidParameterValue.InvalidBlueprintType" | "InvalidParameterValue.InvalidBundle" | "InvalidParameterValue.InvalidBundleBlueprintCombination" | "InvalidParameterValue.InvalidConsoleDisplayTypes" | "InvalidParameterValue.InvalidCurInstanceDeadline" | "InvalidParameterValue.InvalidDiskIdMalformed" | "InvalidParameterValue.InvalidDiskSize" | "InvalidParameterValue.InvalidDiskType" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.InvalidKeyPairNameEmpty" | "InvalidParameterValue.InvalidKeyPairNameIncludeIllegalChar" | "InvalidParameterValue.InvalidKeyPairNameTooLong" | "InvalidParameterValue.InvalidParameterCombination" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.InvalidResourceQuotaResourceName" | "InvalidParameterValue.InvalidSceneIdMalformed" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.KeyPairIdMalformed" | "InvalidParameterValue.KeyPairPublicKeyDuplicated" | "InvalidParameterValue.KeyPairPublicKeyMalformed" | "InvalidParameterValue.Length" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.NotAllowToChangePlatformType" | "InvalidParameterValue.NotSupportCrossBorderSyncBlueprint" | "InvalidParameterValue.NotSupportModifyInstanceBundleType" | "InvalidParameterValue.OutOfRange" | "InvalidParameterValue.PlatformTypeNotSupportFileSystem" | "InvalidParameterValue.PlatformTypeNotSupportMountPoint" | "InvalidParameterValue.RegionNotFound" | "InvalidParameterValue.RegionNotMatch" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.RegionUnavailable" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.SnapshotNameTooLong" | "InvalidParameterValue.TooLarge" | "InvalidParameterValue.TooLong" | "InvalidParameterValue.TooSmall" | "InvalidParameterValue.UnavailableRegion" | "InvalidParameterValue.ZoneInvalid" | "LimitExceeded.AttachDataDiskQuotaLimitExceeded" | "LimitExceeded.BlueprintQuotaLimitExceeded" | "LimitExceeded.DiskBackupQuotaLimitExceeded" | "LimitExceeded.DiskQuotaLimitExceeded" | "LimitExceeded.FirewallRulesLimitExceeded" | "LimitExceeded.FirewallTemplateRuleQuotaLimitExceeded" | "LimitExceeded.InstanceQuotaLimitExceeded" | "LimitExceeded.IsolateResourcesLimitExceeded" | "LimitExceeded.KeyPairLimitExceeded" | "LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded" | "LimitExceeded.SnapshotQuotaLimitExceeded" | "LimitExceeded.SyncBlueprintQuotaLimitExceeded" | "MissingParameter.BundleMissingParameterBlueprintId" | "MissingParameter.MissingParameterPeriodCurInstanceDeadline" | "MissingParameter.OrderFieldRequired" | "OperationDenied.BlueprintOperationInProgress" | "OperationDenied.BundleNotSupportModify" | "OperationDenied.DiskBackupBusy" | "OperationDenied.DiskBackupOperationInProgress" | "OperationDenied.DiskBusyForBackupOperation" | "OperationDenied.DiskCreating" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.DiskUsageNotSupportOperation" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "OperationDenied.OperationDeniedCreateSnapshot" | "OperationDenied.OperationDeniedCreateSnapshotForStorageBundle" | "ResourceInUse.BlueprintModifyingSharePermission" | "ResourceInUse.DiskBackupInUse" | "ResourceInUse.KeyPairInUse" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.BlueprintNotFound" | "ResourceNotFound.DiskAttachedHasNoInstanceId" | "ResourceNotFound.DiskBackupIdNotFound" | "ResourceNotFound.DiskBackupNotExists" | "ResourceNotFound.DiskBackupNotFound" | "ResourceNotFound.DiskIdNotFound" | "ResourceNotFound.DiskNotExists" | "ResourceNotFound.DiskNotFound" | "ResourceNotFound.FirewallNotFound" | "ResourceNotFound.FirewallRulesNotFound" | "ResourceNotFound.FirewallTemplateNotFound" | "ResourceNotFound.FirewallTemplateRuleNotFound" | "ResourceNotFound.InstanceBlueprintNotFound" | "ResourceNotFound.InstanceDataDiskNotFound" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.KeyIdNotFound" | "ResourceNotFound.KeyPairNotFound" | "ResourceNotFound.PrivateBlueprintNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceNotFound.SceneIdNotFound" | "ResourceNotFound.SnapshotIdNotFound" | "ResourceNotFound.SnapshotNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.BlueprintUnavailable" | "ResourceUnavailable.BundleUnavailable" | "ResourceUnavailable.CannotApplyEmptyFirewallTemplate" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.FirewallTemplateInUse" | "ResourceUnavailable.InvalidPurchaseRequestSource" | "ResourceUnavailable.TATAgentUnavailable" | "ResourceUnavailable.TATServiceError" | "ResourcesSoldOut.BundleSoldOut" | "ResourcesSoldOut.PurchaseSourceHasNoBundleConfigs" | "ResourcesSoldOut.ZonesHasNoBundleConfigs" | "UnauthorizedOperation.CertificationNeedUpgrade" | "UnauthorizedOperation.InvalidToken" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnauthorizedOperation.NoPermission" | "UnauthorizedOperation.NotCertification" | "UnauthorizedOperation.TokenInvalid" | "UnsupportedOperation.ApplyDiskBackupToAnotherDisk" | "UnsupportedOperation.AttachCcnConditionUnsatisfied" | "UnsupportedOperation.AttachCcnFailed" | "UnsupportedOperation.BlueprintAlreadyShared" | "UnsupportedOperation.BlueprintCurStateInvalid" | "UnsupportedOperation.BlueprintHasNotShared" | "UnsupportedOperation.BlueprintLatestOperationUnfinished" | "UnsupportedOperation.BlueprintOccupied" | "UnsupportedOperation.BlueprintTypeNotSupportOperation" | "UnsupportedOperation.CcnAlreadyAttached" | "UnsupportedOperation.CcnNotAttached" | "UnsupportedOperation.DescribeCcnAttachedInstancesFailed" | "UnsupportedOperation.DetachCcnFailed" | "UnsupportedOperation.DiskBackupLatestOperationUnfinished" | "UnsupportedOperation.DiskBusy" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.FirewallBusy" | "UnsupportedOperation.FirewallVersionMismatch" | "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation" | "UnsupportedOperation.InstanceExpired" | "UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword" | "UnsupportedOperation.InvalidDiskBackupState" | "UnsupportedOperation.InvalidDiskState" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.InvalidSnapshotState" | "UnsupportedOperation.KeyPairBindDuplicate" | "UnsupportedOperation.KeyPairBindToBlueprints" | "UnsupportedOperation.KeyPairNotBoundToInstance" | "UnsupportedOperation.LatestOperationUnfinished" | "UnsupportedOperation.NotSupportSharedBlueprint" | "UnsupportedOperation.OperationNotSupportAutoGeneratePassword" | "UnsupportedOperation.OperationNotSupportedInIntlSite" | "UnsupportedOperation.PostDestroyResourceFailed" | "UnsupportedOperation.ResetAttachCcnFailed" | "UnsupportedOperation.ResourceNotReturnable" | "UnsupportedOperation.SameWithOldConfig" | "UnsupportedOperation.SnapshotBusy" | "UnsupportedOperation.SystemBusy" | "UnsupportedOperation.TatAgentNotOnline" | "UnsupportedOperation.WindowsNotAllowToAssociateKeyPair" | "UnsupportedOperation.WindowsNotSupportKeyPair";
/** Error codes CreateBlueprint may return: its own documented codes, the service's common codes, and any other string. */
export type CreateBlueprintErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeBlueprintInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeBlueprintInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes InquirePriceCreateBlueprint may return: its own documented codes, the service's common codes, and any other string. */
export type InquirePriceCreateBlueprintErrorCode = CommonErrorCode | (string & {});
/** Error codes SyncBlueprint may return: its own documented codes, the service's common codes, and any other string. */
export type SyncBlueprintErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeBlueprints may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeBlueprintsErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteBlueprints may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteBlueprintsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyBlueprintAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyBlueprintAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes CancelShareBlueprintAcrossAccounts may return: its own documented codes, the service's common codes, and any other string. */
export type CancelShareBlueprintAcrossAccountsErrorCode = CommonErrorCode | (string & {});
/** Error codes ShareBlueprintAcrossAccounts may return: its own documented codes, the service's common codes, and any other string. */
export type ShareBlueprintAcrossAccountsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDiskBackup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDiskBackupErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDiskBackupsDeniedActions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDiskBackupsDeniedActionsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDiskBackupsAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDiskBackupsAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ApplyDiskBackup may return: its own documented codes, the service's common codes, and any other string. */
export type ApplyDiskBackupErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteDiskBackups may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteDiskBackupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDiskBackups may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDiskBackupsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateFirewallRules may return: its own documented codes, the service's common codes, and any other string. */
export type CreateFirewallRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteFirewallRules may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteFirewallRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFirewallRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFirewallRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFirewallRulesTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFirewallRulesTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyFirewallRuleDescription may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyFirewallRuleDescriptionErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyFirewallRules may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyFirewallRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes ApplyFirewallTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type ApplyFirewallTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateFirewallTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type CreateFirewallTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFirewallTemplateQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFirewallTemplateQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFirewallTemplateRuleQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFirewallTemplateRuleQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string. */
export type CreateFirewallTemplateRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteFirewallTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteFirewallTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteFirewallTemplateRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFirewallTemplateApplyRecords may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFirewallTemplateApplyRecordsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFirewallTemplateRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFirewallTemplates may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFirewallTemplatesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyFirewallTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyFirewallTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes ReplaceFirewallTemplateRule may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceFirewallTemplateRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string. */
export type ResetFirewallTemplateRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes ApplyInstanceSnapshot may return: its own documented codes, the service's common codes, and any other string. */
export type ApplyInstanceSnapshotErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateInstanceSnapshot may return: its own documented codes, the service's common codes, and any other string. */
export type CreateInstanceSnapshotErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteSnapshots may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteSnapshotsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSnapshots may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSnapshotsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSnapshotsDeniedActions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSnapshotsDeniedActionsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifySnapshotAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifySnapshotAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateInstancesKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type CreateKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateInstancesKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes ImportKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type ImportKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceVncUrl may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceVncUrlErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesDeniedActions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesDeniedActionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesDiskNum may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesDiskNumErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesReturnable may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesReturnableErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesTrafficPackages may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesTrafficPackagesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeModifyInstanceBundles may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeModifyInstanceBundlesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeResetInstanceBlueprints may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeResetInstanceBlueprintsErrorCode = CommonErrorCode | (string & {});
/** Error codes IsolateInstances may return: its own documented codes, the service's common codes, and any other string. */
export type IsolateInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesBundle may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesBundleErrorCode = CommonErrorCode | (string & {});
/** Error codes RebootInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RebootInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes RenewInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RenewInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstance may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstanceErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstancesPassword may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstancesPasswordErrorCode = CommonErrorCode | (string & {});
/** Error codes StartInstances may return: its own documented codes, the service's common codes, and any other string. */
export type StartInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes StopInstances may return: its own documented codes, the service's common codes, and any other string. */
export type StopInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesRenewFlag may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesRenewFlagErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateInstances may return: its own documented codes, the service's common codes, and any other string. */
export type CreateInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes TerminateInstances may return: its own documented codes, the service's common codes, and any other string. */
export type TerminateInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes AttachCcn may return: its own documented codes, the service's common codes, and any other string. */
export type AttachCcnErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCcnAttachedInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCcnAttachedInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachCcn may return: its own documented codes, the service's common codes, and any other string. */
export type DetachCcnErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetAttachCcn may return: its own documented codes, the service's common codes, and any other string. */
export type ResetAttachCcnErrorCode = CommonErrorCode | (string & {});
/** Error codes AttachDisks may return: its own documented codes, the service's common codes, and any other string. */
export type AttachDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDiskConfigs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDiskConfigsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDiskDiscount may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDiskDiscountErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDisksDeniedActions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDisksDeniedActionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDisksReturnable may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDisksReturnableErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachDisks may return: its own documented codes, the service's common codes, and any other string. */
export type DetachDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes InquirePriceCreateDisks may return: its own documented codes, the service's common codes, and any other string. */
export type InquirePriceCreateDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes InquirePriceRenewDisks may return: its own documented codes, the service's common codes, and any other string. */
export type InquirePriceRenewDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDisksAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDisksAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDisksRenewFlag may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDisksRenewFlagErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDisks may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes TerminateDisks may return: its own documented codes, the service's common codes, and any other string. */
export type TerminateDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDisks may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes IsolateDisks may return: its own documented codes, the service's common codes, and any other string. */
export type IsolateDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDisksBackupQuota may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDisksBackupQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes RenewDisks may return: its own documented codes, the service's common codes, and any other string. */
export type RenewDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes ResizeDisks may return: its own documented codes, the service's common codes, and any other string. */
export type ResizeDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAllScenes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAllScenesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeScenes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeScenesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeBundleDiscount may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeBundleDiscountErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeBundles may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeBundlesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDockerActivities may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDockerActivitiesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDockerContainerConfiguration may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDockerContainerConfigurationErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDockerContainerDetail may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDockerContainerDetailErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDockerContainers may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDockerContainersErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDockerContainer may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDockerContainerErrorCode = CommonErrorCode | (string & {});
/** Error codes RemoveDockerContainers may return: its own documented codes, the service's common codes, and any other string. */
export type RemoveDockerContainersErrorCode = CommonErrorCode | (string & {});
/** Error codes RenameDockerContainer may return: its own documented codes, the service's common codes, and any other string. */
export type RenameDockerContainerErrorCode = CommonErrorCode | (string & {});
/** Error codes RerunDockerContainer may return: its own documented codes, the service's common codes, and any other string. */
export type RerunDockerContainerErrorCode = CommonErrorCode | (string & {});
/** Error codes RestartDockerContainers may return: its own documented codes, the service's common codes, and any other string. */
export type RestartDockerContainersErrorCode = CommonErrorCode | (string & {});
/** Error codes RunDockerContainers may return: its own documented codes, the service's common codes, and any other string. */
export type RunDockerContainersErrorCode = CommonErrorCode | (string & {});
/** Error codes StartDockerContainers may return: its own documented codes, the service's common codes, and any other string. */
export type StartDockerContainersErrorCode = CommonErrorCode | (string & {});
/** Error codes StopDockerContainers may return: its own documented codes, the service's common codes, and any other string. */
export type StopDockerContainersErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeGeneralResourceQuotas may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeGeneralResourceQuotasErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeRegions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRegionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeZones may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeZonesErrorCode = CommonErrorCode | (string & {});
/** Error codes InquirePriceCreateInstances may return: its own documented codes, the service's common codes, and any other string. */
export type InquirePriceCreateInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes InquirePriceRenewInstances may return: its own documented codes, the service's common codes, and any other string. */
export type InquirePriceRenewInstancesErrorCode = CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    CreateBlueprint: CreateBlueprintErrorCode;
    DescribeBlueprintInstances: DescribeBlueprintInstancesErrorCode;
    InquirePriceCreateBlueprint: InquirePriceCreateBlueprintErrorCode;
    SyncBlueprint: SyncBlueprintErrorCode;
    DescribeBlueprints: DescribeBlueprintsErrorCode;
    DeleteBlueprints: DeleteBlueprintsErrorCode;
    ModifyBlueprintAttribute: ModifyBlueprintAttributeErrorCode;
    CancelShareBlueprintAcrossAccounts: CancelShareBlueprintAcrossAccountsErrorCode;
    ShareBlueprintAcrossAccounts: ShareBlueprintAcrossAccountsErrorCode;
    CreateDiskBackup: CreateDiskBackupErrorCode;
    DescribeDiskBackupsDeniedActions: DescribeDiskBackupsDeniedActionsErrorCode;
    ModifyDiskBackupsAttribute: ModifyDiskBackupsAttributeErrorCode;
    ApplyDiskBackup: ApplyDiskBackupErrorCode;
    DeleteDiskBackups: DeleteDiskBackupsErrorCode;
    DescribeDiskBackups: DescribeDiskBackupsErrorCode;
    CreateFirewallRules: CreateFirewallRulesErrorCode;
    DeleteFirewallRules: DeleteFirewallRulesErrorCode;
    DescribeFirewallRules: DescribeFirewallRulesErrorCode;
    DescribeFirewallRulesTemplate: DescribeFirewallRulesTemplateErrorCode;
    ModifyFirewallRuleDescription: ModifyFirewallRuleDescriptionErrorCode;
    ModifyFirewallRules: ModifyFirewallRulesErrorCode;
    ApplyFirewallTemplate: ApplyFirewallTemplateErrorCode;
    CreateFirewallTemplate: CreateFirewallTemplateErrorCode;
    DescribeFirewallTemplateQuota: DescribeFirewallTemplateQuotaErrorCode;
    DescribeFirewallTemplateRuleQuota: DescribeFirewallTemplateRuleQuotaErrorCode;
    CreateFirewallTemplateRules: CreateFirewallTemplateRulesErrorCode;
    DeleteFirewallTemplate: DeleteFirewallTemplateErrorCode;
    DeleteFirewallTemplateRules: DeleteFirewallTemplateRulesErrorCode;
    DescribeFirewallTemplateApplyRecords: DescribeFirewallTemplateApplyRecordsErrorCode;
    DescribeFirewallTemplateRules: DescribeFirewallTemplateRulesErrorCode;
    DescribeFirewallTemplates: DescribeFirewallTemplatesErrorCode;
    ModifyFirewallTemplate: ModifyFirewallTemplateErrorCode;
    ReplaceFirewallTemplateRule: ReplaceFirewallTemplateRuleErrorCode;
    ResetFirewallTemplateRules: ResetFirewallTemplateRulesErrorCode;
    ApplyInstanceSnapshot: ApplyInstanceSnapshotErrorCode;
    CreateInstanceSnapshot: CreateInstanceSnapshotErrorCode;
    DeleteSnapshots: DeleteSnapshotsErrorCode;
    DescribeSnapshots: DescribeSnapshotsErrorCode;
    DescribeSnapshotsDeniedActions: DescribeSnapshotsDeniedActionsErrorCode;
    ModifySnapshotAttribute: ModifySnapshotAttributeErrorCode;
    AssociateInstancesKeyPairs: AssociateInstancesKeyPairsErrorCode;
    CreateKeyPair: CreateKeyPairErrorCode;
    DeleteKeyPairs: DeleteKeyPairsErrorCode;
    DescribeKeyPairs: DescribeKeyPairsErrorCode;
    DisassociateInstancesKeyPairs: DisassociateInstancesKeyPairsErrorCode;
    ImportKeyPair: ImportKeyPairErrorCode;
    DescribeInstanceVncUrl: DescribeInstanceVncUrlErrorCode;
    DescribeInstancesDeniedActions: DescribeInstancesDeniedActionsErrorCode;
    DescribeInstancesDiskNum: DescribeInstancesDiskNumErrorCode;
    DescribeInstancesReturnable: DescribeInstancesReturnableErrorCode;
    DescribeInstancesTrafficPackages: DescribeInstancesTrafficPackagesErrorCode;
    DescribeModifyInstanceBundles: DescribeModifyInstanceBundlesErrorCode;
    DescribeResetInstanceBlueprints: DescribeResetInstanceBlueprintsErrorCode;
    IsolateInstances: IsolateInstancesErrorCode;
    ModifyInstancesBundle: ModifyInstancesBundleErrorCode;
    RebootInstances: RebootInstancesErrorCode;
    RenewInstances: RenewInstancesErrorCode;
    ResetInstance: ResetInstanceErrorCode;
    ResetInstancesPassword: ResetInstancesPasswordErrorCode;
    StartInstances: StartInstancesErrorCode;
    StopInstances: StopInstancesErrorCode;
    ModifyInstancesAttribute: ModifyInstancesAttributeErrorCode;
    ModifyInstancesRenewFlag: ModifyInstancesRenewFlagErrorCode;
    CreateInstances: CreateInstancesErrorCode;
    DescribeInstances: DescribeInstancesErrorCode;
    TerminateInstances: TerminateInstancesErrorCode;
    AttachCcn: AttachCcnErrorCode;
    DescribeCcnAttachedInstances: DescribeCcnAttachedInstancesErrorCode;
    DetachCcn: DetachCcnErrorCode;
    ResetAttachCcn: ResetAttachCcnErrorCode;
    AttachDisks: AttachDisksErrorCode;
    DescribeDiskConfigs: DescribeDiskConfigsErrorCode;
    DescribeDiskDiscount: DescribeDiskDiscountErrorCode;
    DescribeDisksDeniedActions: DescribeDisksDeniedActionsErrorCode;
    DescribeDisksReturnable: DescribeDisksReturnableErrorCode;
    DetachDisks: DetachDisksErrorCode;
    InquirePriceCreateDisks: InquirePriceCreateDisksErrorCode;
    InquirePriceRenewDisks: InquirePriceRenewDisksErrorCode;
    ModifyDisksAttribute: ModifyDisksAttributeErrorCode;
    ModifyDisksRenewFlag: ModifyDisksRenewFlagErrorCode;
    DescribeDisks: DescribeDisksErrorCode;
    TerminateDisks: TerminateDisksErrorCode;
    CreateDisks: CreateDisksErrorCode;
    IsolateDisks: IsolateDisksErrorCode;
    ModifyDisksBackupQuota: ModifyDisksBackupQuotaErrorCode;
    RenewDisks: RenewDisksErrorCode;
    ResizeDisks: ResizeDisksErrorCode;
    DescribeAllScenes: DescribeAllScenesErrorCode;
    DescribeScenes: DescribeScenesErrorCode;
    DescribeBundleDiscount: DescribeBundleDiscountErrorCode;
    DescribeBundles: DescribeBundlesErrorCode;
    DescribeDockerActivities: DescribeDockerActivitiesErrorCode;
    DescribeDockerContainerConfiguration: DescribeDockerContainerConfigurationErrorCode;
    DescribeDockerContainerDetail: DescribeDockerContainerDetailErrorCode;
    DescribeDockerContainers: DescribeDockerContainersErrorCode;
    ModifyDockerContainer: ModifyDockerContainerErrorCode;
    RemoveDockerContainers: RemoveDockerContainersErrorCode;
    RenameDockerContainer: RenameDockerContainerErrorCode;
    RerunDockerContainer: RerunDockerContainerErrorCode;
    RestartDockerContainers: RestartDockerContainersErrorCode;
    RunDockerContainers: RunDockerContainersErrorCode;
    StartDockerContainers: StartDockerContainersErrorCode;
    StopDockerContainers: StopDockerContainersErrorCode;
    DescribeGeneralResourceQuotas: DescribeGeneralResourceQuotasErrorCode;
    DescribeRegions: DescribeRegionsErrorCode;
    DescribeZones: DescribeZonesErrorCode;
    InquirePriceCreateInstances: InquirePriceCreateInstancesErrorCode;
    InquirePriceRenewInstances: InquirePriceRenewInstancesErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.createBlueprint(input); }
 * catch (e) { if (isServiceErrorFrom(e, "CreateBlueprint") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

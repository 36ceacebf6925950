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
/**
 * Error codes CreateBlueprint may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.CreateBlueprintFailed`: 创建镜像失败。
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `FailedOperation.UnableToCreateBlueprint`: 操作失败，不能创建自定义镜像。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `LimitExceeded.BlueprintQuotaLimitExceeded`: 配额不足，当前自定义镜像配额不允许创建新的自定义镜像。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InstanceDisplayAreaNotSupportOperation`: 实例展示区域不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type CreateBlueprintErrorCode = "FailedOperation.CreateBlueprintFailed" | "FailedOperation.InsufficientBalance" | "FailedOperation.UnableToCreateBlueprint" | "InternalError.DescribeInstanceStatus" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.TooLong" | "LimitExceeded.BlueprintQuotaLimitExceeded" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeBlueprintInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeBlueprintInstancesErrorCode = "InternalError.InvalidCommandNotFound" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes InquirePriceCreateBlueprint may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type InquirePriceCreateBlueprintErrorCode = "FailedOperation.RequestError" | "FailedOperation.TradeGetPriceFailed" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes SyncBlueprint may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure`: CAM签名/鉴权错误。
 * - `FailedOperation.BalanceInsufficient`: 账户余额不足。
 * - `FailedOperation.DescribeBlueprintQuotaFailed`: 查询镜像配额失败。
 * - `FailedOperation.NumLimitError`: 购买数量超过最大限制。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.UnableToSyncBlueprint`: 当前镜像状态无法进行跨地域同步。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.DestinationRegionSameAsSourceRegion`: 目的地域与源地域相同。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.NotSupportCrossBorderSyncBlueprint`: 不支持跨境同步镜像。
 * - `InvalidParameterValue.UnavailableRegion`: 地域不可用。
 * - `LimitExceeded.SyncBlueprintQuotaLimitExceeded`: 超过同步镜像目的地域镜像配额。
 * - `OperationDenied.BlueprintOperationInProgress`: 镜像在操作中。请稍后再试。
 * - `ResourceNotFound.PrivateBlueprintNotFound`: 自定义镜像不存在。
 * - `UnauthorizedOperation.CertificationNeedUpgrade`: 因账号安全升级，购买云资源需完善您的实名信息。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnauthorizedOperation.NotCertification`: 账号没有实名认证，支付失败。
 * - `UnsupportedOperation.BlueprintCurStateInvalid`: 镜像当前状态不支持该操作。
 * - `UnsupportedOperation.BlueprintLatestOperationUnfinished`: 镜像最近一次的操作尚未完成。
 */
export type SyncBlueprintErrorCode = "AuthFailure" | "FailedOperation.BalanceInsufficient" | "FailedOperation.DescribeBlueprintQuotaFailed" | "FailedOperation.NumLimitError" | "FailedOperation.RequestError" | "FailedOperation.UnableToSyncBlueprint" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.DestinationRegionSameAsSourceRegion" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.NotSupportCrossBorderSyncBlueprint" | "InvalidParameterValue.UnavailableRegion" | "LimitExceeded.SyncBlueprintQuotaLimitExceeded" | "OperationDenied.BlueprintOperationInProgress" | "ResourceNotFound.PrivateBlueprintNotFound" | "UnauthorizedOperation.CertificationNeedUpgrade" | "UnauthorizedOperation.NoPermission" | "UnauthorizedOperation.NotCertification" | "UnsupportedOperation.BlueprintCurStateInvalid" | "UnsupportedOperation.BlueprintLatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeBlueprints may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeBlueprintsFailed`: 查询镜像失败，请稍后再试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InvalidBlueprintPlatformType`: 镜像操作系统类型不合法。
 * - `InvalidParameterValue.InvalidBlueprintState`: 镜像状态取值非法。
 * - `InvalidParameterValue.InvalidBlueprintType`: 镜像类型不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceNotFound.SceneIdNotFound`: 未查询到场景ID
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnauthorizedOperation.TokenInvalid`: 无权限进行此操作，请求中token不合法。
 */
export type DescribeBlueprintsErrorCode = "FailedOperation.DescribeBlueprintsFailed" | "InternalError.InvalidCommandNotFound" | "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InvalidBlueprintPlatformType" | "InvalidParameterValue.InvalidBlueprintState" | "InvalidParameterValue.InvalidBlueprintType" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "InvalidParameterValue.TooLong" | "ResourceNotFound.RoleNotFound" | "ResourceNotFound.SceneIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnauthorizedOperation.TokenInvalid" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteBlueprints may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DestroyResourcesFailed`: 销毁资源失败，请稍后重新操作。
 * - `FailedOperation.TradeCallBillingGatewayFailed`: 调用计费网关服务失败，请稍后重新操作。
 * - `InternalError.TradeCallBillingGatewayFailed`: 调用计费网关服务失败。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.BlueprintNotFound`: 指定的镜像不存在。请检查镜像的BlueprintId是否正确。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.BlueprintCurStateInvalid`: 镜像当前状态不支持该操作。
 * - `UnsupportedOperation.BlueprintOccupied`: 镜像被使用中，不支持该操作。
 * - `UnsupportedOperation.NotSupportSharedBlueprint`: 共享镜像不支持此操作。
 * - `UnsupportedOperation.PostDestroyResourceFailed`: 计费资源中心删除资源失败。
 */
export type DeleteBlueprintsErrorCode = "FailedOperation.DestroyResourcesFailed" | "FailedOperation.TradeCallBillingGatewayFailed" | "InternalError.TradeCallBillingGatewayFailed" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.Duplicated" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.BlueprintNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.BlueprintCurStateInvalid" | "UnsupportedOperation.BlueprintOccupied" | "UnsupportedOperation.NotSupportSharedBlueprint" | "UnsupportedOperation.PostDestroyResourceFailed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyBlueprintAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.ModifyResourcesAttributeFailed`: 变更资源属性失败，请稍后重新操作。
 * - `InvalidParameter.MustSpecifyOneAttributeToModify`: 必须要指定一个要修改的属性。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.PrivateBlueprintNotFound`: 自定义镜像不存在。
 * - `UnsupportedOperation.BlueprintCurStateInvalid`: 镜像当前状态不支持该操作。
 * - `UnsupportedOperation.NotSupportSharedBlueprint`: 共享镜像不支持此操作。
 */
export type ModifyBlueprintAttributeErrorCode = "FailedOperation.ModifyResourcesAttributeFailed" | "InvalidParameter.MustSpecifyOneAttributeToModify" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.TooLong" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.PrivateBlueprintNotFound" | "UnsupportedOperation.BlueprintCurStateInvalid" | "UnsupportedOperation.NotSupportSharedBlueprint" | CommonErrorCode | (string & {});
/**
 * Error codes CancelShareBlueprintAcrossAccounts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.InvalidBlueprintId`: 镜像 ID 不合法。
 * - `InvalidParameterValue.InvalidBlueprintState`: 镜像状态取值非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `OperationDenied.BlueprintOperationInProgress`: 镜像在操作中。请稍后再试。
 * - `ResourceInUse.BlueprintModifyingSharePermission`: 镜像正在修改共享属性操作中。不支持此操作。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.BlueprintNotFound`: 指定的镜像不存在。请检查镜像的BlueprintId是否正确。
 * - `ResourceNotFound.PrivateBlueprintNotFound`: 自定义镜像不存在。
 * - `UnauthorizedOperation.TokenInvalid`: 无权限进行此操作，请求中token不合法。
 * - `UnsupportedOperation.BlueprintCurStateInvalid`: 镜像当前状态不支持该操作。
 * - `UnsupportedOperation.BlueprintHasNotShared`: 镜像没有被共享。不支持此操作。
 * - `UnsupportedOperation.BlueprintLatestOperationUnfinished`: 镜像最近一次的操作尚未完成。
 * - `UnsupportedOperation.BlueprintOccupied`: 镜像被使用中，不支持该操作。
 */
export type CancelShareBlueprintAcrossAccountsErrorCode = "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.InvalidBlueprintId" | "InvalidParameterValue.InvalidBlueprintState" | "InvalidParameterValue.LimitExceeded" | "OperationDenied.BlueprintOperationInProgress" | "ResourceInUse.BlueprintModifyingSharePermission" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.BlueprintNotFound" | "ResourceNotFound.PrivateBlueprintNotFound" | "UnauthorizedOperation.TokenInvalid" | "UnsupportedOperation.BlueprintCurStateInvalid" | "UnsupportedOperation.BlueprintHasNotShared" | "UnsupportedOperation.BlueprintLatestOperationUnfinished" | "UnsupportedOperation.BlueprintOccupied" | CommonErrorCode | (string & {});
/**
 * Error codes ShareBlueprintAcrossAccounts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.ShareBlueprintAcrossAccountFailed`: 跨账号共享镜像失败，请稍后重试。
 * - `InvalidParameterValue.AccountIdInvalidAccountArea`: 镜像不允许共享至不同站点的账号。
 * - `InvalidParameterValue.AccountIdSameWithUin`: 账号为当前用户。
 * - `InvalidParameterValue.AccountIdsNotExist`: 账号ID不存在。
 * - `InvalidParameterValue.AccountIdsNotOwnerAccount`: 账号ID不为主账号。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.InvalidBlueprintId`: 镜像 ID 不合法。
 * - `InvalidParameterValue.InvalidBlueprintState`: 镜像状态取值非法。
 * - `LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded`: 镜像当前配额不足，无法共享至指定账号。
 * - `OperationDenied.BlueprintOperationInProgress`: 镜像在操作中。请稍后再试。
 * - `ResourceInUse.BlueprintModifyingSharePermission`: 镜像正在修改共享属性操作中。不支持此操作。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.PrivateBlueprintNotFound`: 自定义镜像不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnauthorizedOperation.TokenInvalid`: 无权限进行此操作，请求中token不合法。
 * - `UnsupportedOperation.BlueprintAlreadyShared`: 镜像已经被共享。不支持此操作。
 * - `UnsupportedOperation.BlueprintCurStateInvalid`: 镜像当前状态不支持该操作。
 * - `UnsupportedOperation.BlueprintLatestOperationUnfinished`: 镜像最近一次的操作尚未完成。
 * - `UnsupportedOperation.BlueprintOccupied`: 镜像被使用中，不支持该操作。
 */
export type ShareBlueprintAcrossAccountsErrorCode = "FailedOperation.ShareBlueprintAcrossAccountFailed" | "InvalidParameterValue.AccountIdInvalidAccountArea" | "InvalidParameterValue.AccountIdSameWithUin" | "InvalidParameterValue.AccountIdsNotExist" | "InvalidParameterValue.AccountIdsNotOwnerAccount" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.InvalidBlueprintId" | "InvalidParameterValue.InvalidBlueprintState" | "LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded" | "OperationDenied.BlueprintOperationInProgress" | "ResourceInUse.BlueprintModifyingSharePermission" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.PrivateBlueprintNotFound" | "UnauthorizedOperation.NoPermission" | "UnauthorizedOperation.TokenInvalid" | "UnsupportedOperation.BlueprintAlreadyShared" | "UnsupportedOperation.BlueprintCurStateInvalid" | "UnsupportedOperation.BlueprintLatestOperationUnfinished" | "UnsupportedOperation.BlueprintOccupied" | CommonErrorCode | (string & {});
/**
 * Error codes CreateDiskBackup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.DiskBackupNameTooLong`: 指定的云盘备份点名称不可大于最大长度。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `LimitExceeded.DiskBackupQuotaLimitExceeded`: 超过磁盘备份点配额限制。
 * - `OperationDenied.DiskBusyForBackupOperation`: 磁盘正在操作备份点过程中，请稍后重新操作。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskAttachedHasNoInstanceId`: 处于已挂载状态的磁盘关联实例不存在。
 * - `ResourceNotFound.DiskNotExists`: 磁盘不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type CreateDiskBackupErrorCode = "InvalidParameterValue.DiskBackupNameTooLong" | "InvalidParameterValue.InvalidDiskIdMalformed" | "LimitExceeded.DiskBackupQuotaLimitExceeded" | "OperationDenied.DiskBusyForBackupOperation" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskAttachedHasNoInstanceId" | "ResourceNotFound.DiskNotExists" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidDiskState" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDiskBackupsDeniedActions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `InvalidParameterValue.DiskBackupIdMalformed`: 参数值非法，云硬盘备份点 ID 格式非法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeDiskBackupsDeniedActionsErrorCode = "FailedOperation.DescribeInstanceStatus" | "InvalidParameterValue.DiskBackupIdMalformed" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDiskBackupsAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.OnlyAllowModifyOneAttribute`: 参数非法，每次只能修改一个属性。
 * - `InvalidParameterValue.DiskBackupIdMalformed`: 参数值非法，云硬盘备份点 ID 格式非法。
 * - `ResourceNotFound.DiskBackupIdNotFound`: 磁盘备份点ID不存在。
 * - `ResourceNotFound.DiskBackupNotFound`: 用户指定磁盘备份点不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type ModifyDiskBackupsAttributeErrorCode = "InvalidParameter.OnlyAllowModifyOneAttribute" | "InvalidParameterValue.DiskBackupIdMalformed" | "ResourceNotFound.DiskBackupIdNotFound" | "ResourceNotFound.DiskBackupNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes ApplyDiskBackup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `InvalidParameterValue.DiskBackupIdMalformed`: 参数值非法，云硬盘备份点 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `OperationDenied.DiskBackupBusy`: 磁盘备份点忙，请稍后重新操作。
 * - `OperationDenied.DiskBackupOperationInProgress`: 磁盘备份点正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskBusyForBackupOperation`: 磁盘正在操作备份点过程中，请稍后重新操作。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskAttachedHasNoInstanceId`: 处于已挂载状态的磁盘关联实例不存在。
 * - `ResourceNotFound.DiskBackupNotExists`: 磁盘备份点不存在。
 * - `ResourceNotFound.DiskNotExists`: 磁盘不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.ApplyDiskBackupToAnotherDisk`: 将磁盘备份点回滚到其他盘，不支持该操作。
 * - `UnsupportedOperation.InvalidDiskBackupState`: 磁盘备份点状态不支持该操作。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type ApplyDiskBackupErrorCode = "FailedOperation.DescribeInstanceStatus" | "InvalidParameterValue.DiskBackupIdMalformed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "OperationDenied.DiskBackupBusy" | "OperationDenied.DiskBackupOperationInProgress" | "OperationDenied.DiskBusyForBackupOperation" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskAttachedHasNoInstanceId" | "ResourceNotFound.DiskBackupNotExists" | "ResourceNotFound.DiskNotExists" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.ApplyDiskBackupToAnotherDisk" | "UnsupportedOperation.InvalidDiskBackupState" | "UnsupportedOperation.InvalidDiskState" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteDiskBackups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.DiskBackupIdMalformed`: 参数值非法，云硬盘备份点 ID 格式非法。
 * - `OperationDenied.DiskBackupOperationInProgress`: 磁盘备份点正在操作过程中，请稍后重试。
 * - `ResourceInUse.DiskBackupInUse`: 磁盘备份点正在使用中，不支持此操作。
 * - `ResourceNotFound.DiskBackupIdNotFound`: 磁盘备份点ID不存在。
 * - `ResourceNotFound.DiskBackupNotFound`: 用户指定磁盘备份点不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.DiskBackupLatestOperationUnfinished`: 磁盘备份点上一次操作未结束，不支持当前操作。
 * - `UnsupportedOperation.InvalidDiskBackupState`: 磁盘备份点状态不支持该操作。
 */
export type DeleteDiskBackupsErrorCode = "InvalidParameterValue.DiskBackupIdMalformed" | "OperationDenied.DiskBackupOperationInProgress" | "ResourceInUse.DiskBackupInUse" | "ResourceNotFound.DiskBackupIdNotFound" | "ResourceNotFound.DiskBackupNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.DiskBackupLatestOperationUnfinished" | "UnsupportedOperation.InvalidDiskBackupState" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDiskBackups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameterValue.DiskBackupIdMalformed`: 参数值非法，云硬盘备份点 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeDiskBackupsErrorCode = "InvalidParameter.InvalidFilter" | "InvalidParameterValue.DiskBackupIdMalformed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes CreateFirewallRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.FirewallRulesOperationFailed`: 对防火墙规则的操作失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InvalidParameter.FirewallRulesDuplicated`: 参数非法，防火墙规则重复。
 * - `InvalidParameter.FirewallRulesExist`: 参数非法，防火墙规则已存在。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.FirewallRuleDescriptionTooLong`: 防火墙规则描述长度超出限制。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `LimitExceeded.FirewallRulesLimitExceeded`: 超过防火墙规则配额。
 * - `ResourceNotFound.FirewallNotFound`: 防火墙不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.FirewallBusy`: 防火墙忙。
 * - `UnsupportedOperation.FirewallVersionMismatch`: 指定的防火墙版本号和当前版本不一致。
 */
export type CreateFirewallRulesErrorCode = "FailedOperation.FirewallRulesOperationFailed" | "FailedOperation.RequestError" | "InternalError.RequestError" | "InvalidParameter.FirewallRulesDuplicated" | "InvalidParameter.FirewallRulesExist" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.FirewallRuleDescriptionTooLong" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "LimitExceeded.FirewallRulesLimitExceeded" | "ResourceNotFound.FirewallNotFound" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.FirewallBusy" | "UnsupportedOperation.FirewallVersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteFirewallRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.FirewallRulesOperationFailed`: 对防火墙规则的操作失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InvalidParameter.FirewallRulesDuplicated`: 参数非法，防火墙规则重复。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.FirewallRuleDescriptionTooLong`: 防火墙规则描述长度超出限制。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `ResourceNotFound.FirewallNotFound`: 防火墙不存在。
 * - `ResourceNotFound.FirewallRulesNotFound`: 防火墙规则不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.FirewallBusy`: 防火墙忙。
 * - `UnsupportedOperation.FirewallVersionMismatch`: 指定的防火墙版本号和当前版本不一致。
 */
export type DeleteFirewallRulesErrorCode = "FailedOperation.FirewallRulesOperationFailed" | "FailedOperation.RequestError" | "InternalError.RequestError" | "InvalidParameter.FirewallRulesDuplicated" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.FirewallRuleDescriptionTooLong" | "InvalidParameterValue.InstanceIdMalformed" | "ResourceNotFound.FirewallNotFound" | "ResourceNotFound.FirewallRulesNotFound" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.FirewallBusy" | "UnsupportedOperation.FirewallVersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFirewallRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `ResourceNotFound.FirewallNotFound`: 防火墙不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnauthorizedOperation.TokenInvalid`: 无权限进行此操作，请求中token不合法。
 */
export type DescribeFirewallRulesErrorCode = "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "ResourceNotFound.FirewallNotFound" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnauthorizedOperation.TokenInvalid" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFirewallRulesTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeFirewallRulesTemplateErrorCode = "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyFirewallRuleDescription may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.FirewallRuleDescriptionTooLong`: 防火墙规则描述长度超出限制。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `ResourceNotFound.FirewallNotFound`: 防火墙不存在。
 * - `ResourceNotFound.FirewallRulesNotFound`: 防火墙规则不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.FirewallBusy`: 防火墙忙。
 * - `UnsupportedOperation.FirewallVersionMismatch`: 指定的防火墙版本号和当前版本不一致。
 */
export type ModifyFirewallRuleDescriptionErrorCode = "InvalidParameter.ParameterConflict" | "InvalidParameterValue.FirewallRuleDescriptionTooLong" | "InvalidParameterValue.InstanceIdMalformed" | "ResourceNotFound.FirewallNotFound" | "ResourceNotFound.FirewallRulesNotFound" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.FirewallBusy" | "UnsupportedOperation.FirewallVersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyFirewallRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.FirewallRulesOperationFailed`: 对防火墙规则的操作失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InvalidParameter.FirewallRulesDuplicated`: 参数非法，防火墙规则重复。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.FirewallRuleDescriptionTooLong`: 防火墙规则描述长度超出限制。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `ResourceNotFound.FirewallNotFound`: 防火墙不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.FirewallBusy`: 防火墙忙。
 * - `UnsupportedOperation.FirewallVersionMismatch`: 指定的防火墙版本号和当前版本不一致。
 */
export type ModifyFirewallRulesErrorCode = "FailedOperation.FirewallRulesOperationFailed" | "FailedOperation.RequestError" | "InternalError.RequestError" | "InvalidParameter.FirewallRulesDuplicated" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.FirewallRuleDescriptionTooLong" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "ResourceNotFound.FirewallNotFound" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.FirewallBusy" | "UnsupportedOperation.FirewallVersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes ApplyFirewallTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `ResourceUnavailable.CannotApplyEmptyFirewallTemplate`: 不能应用该防火墙模板。
 * - `ResourceUnavailable.FirewallTemplateInUse`: 防火墙模板在使用中，不支持该操作。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type ApplyFirewallTemplateErrorCode = "InvalidParameterValue.Length" | "ResourceNotFound.FirewallTemplateNotFound" | "ResourceUnavailable.CannotApplyEmptyFirewallTemplate" | "ResourceUnavailable.FirewallTemplateInUse" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes CreateFirewallTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.DuplicatedFirewallTemplateRule`: 防火墙模板规则已存在。
 * - `InvalidParameterValue.TooLarge`: 参数值非法，大于有效值。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type CreateFirewallTemplateErrorCode = "InvalidParameterValue.DuplicatedFirewallTemplateRule" | "InvalidParameterValue.TooLarge" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFirewallTemplateQuota may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeFirewallTemplateQuotaErrorCode = "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFirewallTemplateRuleQuota may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeFirewallTemplateRuleQuotaErrorCode = "InvalidParameterValue.Length" | "ResourceNotFound.FirewallTemplateNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes CreateFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.DuplicatedFirewallTemplateRule`: 防火墙模板规则已存在。
 * - `InvalidParameterValue.TooLarge`: 参数值非法，大于有效值。
 * - `LimitExceeded.FirewallTemplateRuleQuotaLimitExceeded`: 防火墙模板规则超出配额。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type CreateFirewallTemplateRulesErrorCode = "InvalidParameter.ParameterConflict" | "InvalidParameterValue.DuplicatedFirewallTemplateRule" | "InvalidParameterValue.TooLarge" | "LimitExceeded.FirewallTemplateRuleQuotaLimitExceeded" | "ResourceNotFound.FirewallTemplateNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteFirewallTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DeleteFirewallTemplateErrorCode = "ResourceNotFound.FirewallTemplateNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `ResourceNotFound.FirewallTemplateRuleNotFound`: 防火墙模板规则不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DeleteFirewallTemplateRulesErrorCode = "ResourceNotFound.FirewallTemplateNotFound" | "ResourceNotFound.FirewallTemplateRuleNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFirewallTemplateApplyRecords may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeFirewallTemplateApplyRecordsErrorCode = "InvalidParameterValue.Length" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeFirewallTemplateRulesErrorCode = "InvalidParameterValue.Length" | "ResourceNotFound.FirewallTemplateNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFirewallTemplates may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.InvalidFilterName`: Filter参数名称不正确。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeFirewallTemplatesErrorCode = "InvalidParameter.InvalidFilterName" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyFirewallTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 */
export type ModifyFirewallTemplateErrorCode = "InvalidParameterValue.Length" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceFirewallTemplateRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.DuplicatedFirewallTemplateRule`: 防火墙模板规则已存在。
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type ReplaceFirewallTemplateRuleErrorCode = "InvalidParameter.ParameterConflict" | "InvalidParameterValue.DuplicatedFirewallTemplateRule" | "InvalidParameterValue.Length" | "ResourceNotFound.FirewallTemplateNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes ResetFirewallTemplateRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.DuplicatedFirewallTemplateRule`: 防火墙模板规则已存在。
 * - `InvalidParameterValue.Length`: 参数取值长度不合法。
 * - `InvalidParameterValue.TooLarge`: 参数值非法，大于有效值。
 * - `InvalidParameterValue.TooSmall`: 参数值非法，小于有效值。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type ResetFirewallTemplateRulesErrorCode = "InvalidParameter.ParameterConflict" | "InvalidParameterValue.DuplicatedFirewallTemplateRule" | "InvalidParameterValue.Length" | "InvalidParameterValue.TooLarge" | "InvalidParameterValue.TooSmall" | "ResourceNotFound.FirewallTemplateNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes ApplyInstanceSnapshot may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.SnapshotOperationFailed`: 快照操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InvalidParameterValue.DiskSizeNotMatch`: 磁盘大小发生改变。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 参数值非法，快照 ID 格式非法。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.SnapshotIdNotFound`: 快照 ID 不存在。
 * - `ResourceNotFound.SnapshotNotFound`: 快照不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.DiskBusy`: 磁盘忙。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.InvalidSnapshotState`: 不支持的操作，快照状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 * - `UnsupportedOperation.SnapshotBusy`: 快照忙。
 * - `UnsupportedOperation.SystemBusy`: 系统忙。
 */
export type ApplyInstanceSnapshotErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.SnapshotOperationFailed" | "InternalError.DescribeInstanceStatus" | "InvalidParameterValue.DiskSizeNotMatch" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.SnapshotIdMalformed" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.DiskNotFound" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.SnapshotIdNotFound" | "ResourceNotFound.SnapshotNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.DiskBusy" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.InvalidSnapshotState" | "UnsupportedOperation.LatestOperationUnfinished" | "UnsupportedOperation.SnapshotBusy" | "UnsupportedOperation.SystemBusy" | CommonErrorCode | (string & {});
/**
 * Error codes CreateInstanceSnapshot may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.GetSnapshotAllocQuotaLockError`: 快照配额锁获取失败。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.SnapshotNameTooLong`: 参数值非法，快照名称超过允许的最大长度。
 * - `LimitExceeded.SnapshotQuotaLimitExceeded`: 超过快照配额。
 * - `OperationDenied.OperationDeniedCreateSnapshot`: 禁止创建快照。
 * - `OperationDenied.OperationDeniedCreateSnapshotForStorageBundle`: 使用存储型套餐的实例不支持创建快照。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.DiskBusy`: 磁盘忙。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.InstanceDisplayAreaNotSupportOperation`: 实例展示区域不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type CreateInstanceSnapshotErrorCode = "FailedOperation.DescribeInstanceStatus" | "InternalError.DescribeInstanceStatus" | "InternalError.GetSnapshotAllocQuotaLockError" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.SnapshotNameTooLong" | "LimitExceeded.SnapshotQuotaLimitExceeded" | "OperationDenied.OperationDeniedCreateSnapshot" | "OperationDenied.OperationDeniedCreateSnapshotForStorageBundle" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.DiskNotFound" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.DiskBusy" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSnapshots may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.SnapshotOperationFailed`: 快照操作失败。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 参数值非法，快照 ID 格式非法。
 * - `ResourceNotFound.SnapshotIdNotFound`: 快照 ID 不存在。
 * - `ResourceNotFound.SnapshotNotFound`: 快照不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidSnapshotState`: 不支持的操作，快照状态不合法。
 * - `UnsupportedOperation.SnapshotBusy`: 快照忙。
 */
export type DeleteSnapshotsErrorCode = "FailedOperation.RequestError" | "FailedOperation.SnapshotOperationFailed" | "InternalError.RequestError" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.SnapshotIdMalformed" | "ResourceNotFound.SnapshotIdNotFound" | "ResourceNotFound.SnapshotNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidSnapshotState" | "UnsupportedOperation.SnapshotBusy" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSnapshots may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterInvalidValuesNotList`: 参数非法，Filter 参数中的 Values 不是列表。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 参数值非法，快照 ID 格式非法。
 * - `InvalidParameterValue.SnapshotNameTooLong`: 参数值非法，快照名称超过允许的最大长度。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeSnapshotsErrorCode = "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterInvalidValuesNotList" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.SnapshotNameTooLong" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSnapshotsDeniedActions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.SnapshotIdMalformed`: 参数值非法，快照 ID 格式非法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeSnapshotsDeniedActionsErrorCode = "FailedOperation.DescribeInstanceStatus" | "InternalError.DescribeInstanceStatus" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.SnapshotIdMalformed" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySnapshotAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.SnapshotIdMalformed`: 参数值非法，快照 ID 格式非法。
 * - `InvalidParameterValue.SnapshotNameTooLong`: 参数值非法，快照名称超过允许的最大长度。
 * - `ResourceNotFound.SnapshotIdNotFound`: 快照 ID 不存在。
 */
export type ModifySnapshotAttributeErrorCode = "InvalidParameterValue.SnapshotIdMalformed" | "InvalidParameterValue.SnapshotNameTooLong" | "ResourceNotFound.SnapshotIdNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.KeyPairIdMalformed`: 参数值非法，密钥对 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.KeyIdNotFound`: 密钥对 ID 不存在。
 * - `UnauthorizedOperation.MFAExpired`: MFA 已过期。
 * - `UnauthorizedOperation.MFANotFound`: MFA 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InstanceDisplayAreaNotSupportOperation`: 实例展示区域不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.KeyPairBindDuplicate`: 不支持的操作，不支持将同一个密钥对重复绑定到同一个实例上。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 * - `UnsupportedOperation.WindowsNotAllowToAssociateKeyPair`: Windows实例不支持绑定密钥对。
 * - `UnsupportedOperation.WindowsNotSupportKeyPair`: windows类型实例不支持密钥对功能。
 */
export type AssociateInstancesKeyPairsErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.KeyPairIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.KeyIdNotFound" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.KeyPairBindDuplicate" | "UnsupportedOperation.LatestOperationUnfinished" | "UnsupportedOperation.WindowsNotAllowToAssociateKeyPair" | "UnsupportedOperation.WindowsNotSupportKeyPair" | CommonErrorCode | (string & {});
/**
 * Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.CreateKeyPairFailed`: 对密钥对的创建操作失败。
 * - `InvalidParameterValue.DuplicateParameterValue`: 参数 KeyName 已经存在且重复。
 * - `InvalidParameterValue.InvalidKeyPairNameEmpty`: 参数值非法。
 * - `InvalidParameterValue.InvalidKeyPairNameIncludeIllegalChar`: 非法的密钥对名称。
 * - `InvalidParameterValue.InvalidKeyPairNameTooLong`: 参数长度非法。
 * - `LimitExceeded.KeyPairLimitExceeded`: 超过密钥对配额。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type CreateKeyPairErrorCode = "FailedOperation.CreateKeyPairFailed" | "InvalidParameterValue.DuplicateParameterValue" | "InvalidParameterValue.InvalidKeyPairNameEmpty" | "InvalidParameterValue.InvalidKeyPairNameIncludeIllegalChar" | "InvalidParameterValue.InvalidKeyPairNameTooLong" | "LimitExceeded.KeyPairLimitExceeded" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DeleteKeyPairFailed`: 对密钥对的删除操作失败。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.KeyPairIdMalformed`: 参数值非法，密钥对 ID 格式非法。
 * - `ResourceInUse.KeyPairInUse`: 密钥对正在使用中。
 * - `ResourceNotFound.KeyIdNotFound`: 密钥对 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.KeyPairBindToBlueprints`: 不支持该操作。KeyPair 与镜像存在绑定关系。在进行该操作前请删除与密钥对有绑定关系的自定义镜像。
 */
export type DeleteKeyPairsErrorCode = "FailedOperation.DeleteKeyPairFailed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.KeyPairIdMalformed" | "ResourceInUse.KeyPairInUse" | "ResourceNotFound.KeyIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.KeyPairBindToBlueprints" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.KeyPairIdMalformed`: 参数值非法，密钥对 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeKeyPairsErrorCode = "InvalidParameter.InvalidFilter" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.KeyPairIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.KeyPairIdMalformed`: 参数值非法，密钥对 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.KeyIdNotFound`: 密钥对 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.KeyPairNotBoundToInstance`: 不支持的操作，不支持将未绑定到实例的密钥对从实例解绑。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type DisassociateInstancesKeyPairsErrorCode = "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.KeyPairIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.KeyIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.KeyPairNotBoundToInstance" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes ImportKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.CreateKeyPairFailed`: 对密钥对的创建操作失败。
 * - `FailedOperation.DeleteKeyPairFailed`: 对密钥对的删除操作失败。
 * - `FailedOperation.ImportKeyPairFailed`: 对密钥对的导入操作失败。
 * - `InvalidParameterValue.DuplicateParameterValue`: 参数 KeyName 已经存在且重复。
 * - `InvalidParameterValue.InvalidKeyPairNameEmpty`: 参数值非法。
 * - `InvalidParameterValue.InvalidKeyPairNameTooLong`: 参数长度非法。
 * - `InvalidParameterValue.KeyPairPublicKeyDuplicated`: 该密钥对中的公钥在系统中已存在，无法重复使用 。
 * - `InvalidParameterValue.KeyPairPublicKeyMalformed`: 指定的公钥格式错误。
 * - `LimitExceeded.KeyPairLimitExceeded`: 超过密钥对配额。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type ImportKeyPairErrorCode = "FailedOperation.CreateKeyPairFailed" | "FailedOperation.DeleteKeyPairFailed" | "FailedOperation.ImportKeyPairFailed" | "InvalidParameterValue.DuplicateParameterValue" | "InvalidParameterValue.InvalidKeyPairNameEmpty" | "InvalidParameterValue.InvalidKeyPairNameTooLong" | "InvalidParameterValue.KeyPairPublicKeyDuplicated" | "InvalidParameterValue.KeyPairPublicKeyMalformed" | "LimitExceeded.KeyPairLimitExceeded" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceVncUrl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type DescribeInstanceVncUrlErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameterValue.InstanceIdMalformed" | "OperationDenied.InstanceCreating" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesDeniedActions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeInstancesDeniedActionsErrorCode = "FailedOperation.DescribeInstanceStatus" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesDiskNum may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 */
export type DescribeInstancesDiskNumErrorCode = "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesReturnable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.DescribeInstancesReturnableError`: 查询实例退还错误。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.DescribeInstancesReturnableError`: 查询实例是否可退还失败。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeInstancesReturnableErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.DescribeInstancesReturnableError" | "InternalError.DescribeInstanceStatus" | "InternalError.DescribeInstancesReturnableError" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesTrafficPackages may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstancesTrafficPackagesFailed`: 查询流量包失败。
 * - `InternalError.DescribeInstancesTrafficPackagesFailed`: 查询实例流量包错误。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeInstancesTrafficPackagesErrorCode = "FailedOperation.DescribeInstancesTrafficPackagesFailed" | "InternalError.DescribeInstancesTrafficPackagesFailed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeModifyInstanceBundles may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.DescribeInstancesModificationError`: 查询实例变配套餐失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.DescribeInstancesModification`: 查询实例是否可变配失败。
 * - `InternalError.DescribeInstancesModificationError`: 查询实例是否可变配失败。
 * - `InternalError.InvalidBundlePrice`: 套餐价格错误。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameter.BundleIdNotFound`: 产品未定义的套餐 ID。
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.GamePortalInstanceBlueprintInvalid`: 游戏专区实例镜像无效。
 * - `InvalidParameter.InstanceOperationUnsupportedParameter`: 实例当前的操作不支持该操作。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InvalidBlueprintId`: 镜像 ID 不合法。
 * - `InvalidParameterValue.InvalidBlueprintPlatformType`: 镜像操作系统类型不合法。
 * - `InvalidParameterValue.InvalidConsoleDisplayTypes`: 控制台显示类型不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.BundleNotSupportModify`: 该实例不支持升级套餐操作。
 * - `ResourceNotFound.InstanceBlueprintNotFound`: 实例镜像不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceUnavailable.BlueprintUnavailable`: 镜像资源不可用。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InstanceExpired`: 实例已到期，不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 */
export type DescribeModifyInstanceBundlesErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.DescribeInstancesModificationError" | "FailedOperation.RequestError" | "FailedOperation.TradeGetPriceFailed" | "InternalError.DescribeInstanceStatus" | "InternalError.DescribeInstancesModification" | "InternalError.DescribeInstancesModificationError" | "InternalError.InvalidBundlePrice" | "InternalError.InvalidCommandNotFound" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "InvalidParameter.BundleIdNotFound" | "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.GamePortalInstanceBlueprintInvalid" | "InvalidParameter.InstanceOperationUnsupportedParameter" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidBlueprintId" | "InvalidParameterValue.InvalidBlueprintPlatformType" | "InvalidParameterValue.InvalidConsoleDisplayTypes" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "OperationDenied.BundleNotSupportModify" | "ResourceNotFound.InstanceBlueprintNotFound" | "ResourceNotFound.InstanceIdNotFound" | "ResourceUnavailable.BlueprintUnavailable" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InstanceExpired" | "UnsupportedOperation.InvalidInstanceState" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeResetInstanceBlueprints may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.InstanceDisplayAreaNotSupportParameter`: 实例展示区域不支持该参数。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InvalidBlueprintPlatformType`: 镜像操作系统类型不合法。
 * - `InvalidParameterValue.InvalidBlueprintState`: 镜像状态取值非法。
 * - `InvalidParameterValue.InvalidBlueprintType`: 镜像类型不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeResetInstanceBlueprintsErrorCode = "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.InstanceDisplayAreaNotSupportParameter" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidBlueprintPlatformType" | "InvalidParameterValue.InvalidBlueprintState" | "InvalidParameterValue.InvalidBlueprintType" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes IsolateInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure`: CAM签名/鉴权错误。
 * - `FailedOperation.DescribeResourcesReturnableError`: 查询资源返回了不符合要求内容。
 * - `FailedOperation.IsolateResourcesFailed`: 退还资源失败。
 * - `InternalError.DescribeResourcesReturnableError`: 查询资源返回了不符合要求内容。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `LimitExceeded.IsolateResourcesLimitExceeded`: 退还资源数量超出限制。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 * - `UnsupportedOperation.ResourceNotReturnable`: 资源不支持退换。
 */
export type IsolateInstancesErrorCode = "AuthFailure" | "FailedOperation.DescribeResourcesReturnableError" | "FailedOperation.IsolateResourcesFailed" | "InternalError.DescribeResourcesReturnableError" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "LimitExceeded.IsolateResourcesLimitExceeded" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | "UnsupportedOperation.ResourceNotReturnable" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesBundle may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure`: CAM签名/鉴权错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `FailedOperation.ModifyInstancesBundleFailed`: 变更实例套餐失败。
 * - `InvalidParameter.BundleIdNotFound`: 产品未定义的套餐 ID。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.NotSupportModifyInstanceBundleType`: 实例套餐的套餐类型不支持表更至新套餐。
 * - `OperationDenied.BundleNotSupportModify`: 该实例不支持升级套餐操作。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 */
export type ModifyInstancesBundleErrorCode = "AuthFailure" | "FailedOperation.InstanceOperationFailed" | "FailedOperation.InsufficientBalance" | "FailedOperation.ModifyInstancesBundleFailed" | "InvalidParameter.BundleIdNotFound" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.NotSupportModifyInstanceBundleType" | "OperationDenied.BundleNotSupportModify" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnsupportedOperation.InvalidInstanceState" | CommonErrorCode | (string & {});
/**
 * Error codes RebootInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type RebootInstancesErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes RenewInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure`: CAM签名/鉴权错误。
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `FailedOperation.RenewResourcesFailed`: 续费资源失败。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterInvalidValuesNotList`: 参数非法，Filter 参数中的 Values 不是列表。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type RenewInstancesErrorCode = "AuthFailure" | "FailedOperation.InsufficientBalance" | "FailedOperation.RenewResourcesFailed" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterInvalidValuesNotList" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.InvalidDiskState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameter.GamePortalInstanceOnlySupportCurrentBlueprint`: 游戏专区实例仅支持当前镜像。
 * - `InvalidParameterValue.BlueprintConfigNotMatch`: 该实例配置不符合指定镜像的要求。
 * - `InvalidParameterValue.BlueprintId`: 镜像 ID 不合法，重装实例不允许切换操作系统类型。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InvalidParameterCombination`: 参数组合非法。
 * - `InvalidParameterValue.InvalidPassword`: 参数中的密码不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.NotAllowToChangePlatformType`: 不允许改变平台类型。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.KeyPairNotFound`: 密钥对不存在。
 * - `ResourceUnavailable.BlueprintUnavailable`: 镜像资源不可用。
 * - `UnauthorizedOperation.MFANotFound`: MFA 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.BlueprintTypeNotSupportOperation`: 该镜像的镜像类型不支持该操作。
 * - `UnsupportedOperation.InstanceDisplayAreaNotSupportOperation`: 实例展示区域不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 * - `UnsupportedOperation.OperationNotSupportAutoGeneratePassword`: 操作不支持自动生成密码。
 * - `UnsupportedOperation.SystemBusy`: 系统忙。
 */
export type ResetInstanceErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameter.GamePortalInstanceOnlySupportCurrentBlueprint" | "InvalidParameterValue.BlueprintConfigNotMatch" | "InvalidParameterValue.BlueprintId" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidParameterCombination" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.NotAllowToChangePlatformType" | "InvalidParameterValue.OutOfRange" | "InvalidParameterValue.TooLong" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.KeyPairNotFound" | "ResourceUnavailable.BlueprintUnavailable" | "UnauthorizedOperation.MFANotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.BlueprintTypeNotSupportOperation" | "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | "UnsupportedOperation.OperationNotSupportAutoGeneratePassword" | "UnsupportedOperation.SystemBusy" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstancesPassword may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InvalidPassword`: 参数中的密码不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.NotAllowToChangePlatformType`: 不允许改变平台类型。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.MFAExpired`: MFA 已过期。
 * - `UnauthorizedOperation.MFANotFound`: MFA 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type ResetInstancesPasswordErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.NotAllowToChangePlatformType" | "InvalidParameterValue.OutOfRange" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.MFANotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes StartInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type StartInstancesErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes StopInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type StopInstancesErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "InternalError.DescribeInstanceStatus" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.InstanceOperationFailed`: 对实例的操作失败。
 * - `FailedOperation.ModifyResourcesAttributeFailed`: 变更资源属性失败，请稍后重新操作。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeCallBillingGatewayFailed`: 调用计费网关服务失败，请稍后重新操作。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.TradeCallBillingGatewayFailed`: 调用计费网关服务失败。
 * - `InvalidParameter.OnlyAllowModifyOneAttribute`: 参数非法，每次只能修改一个属性。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InstanceNameTooLong`: 参数值非法，实例名称超过允许的最大长度。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type ModifyInstancesAttributeErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.InstanceOperationFailed" | "FailedOperation.ModifyResourcesAttributeFailed" | "FailedOperation.RequestError" | "FailedOperation.TradeCallBillingGatewayFailed" | "InternalError.DescribeInstanceStatus" | "InternalError.TradeCallBillingGatewayFailed" | "InvalidParameter.OnlyAllowModifyOneAttribute" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceNameTooLong" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "OperationDenied.InstanceCreating" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesRenewFlag may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `FailedOperation.ModifyResourcesRenewFlagFailed`: 修改资源自动续费失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeCallBillingGatewayFailed`: 调用计费网关服务失败，请稍后重新操作。
 * - `InternalError.TradeCallBillingGatewayFailed`: 调用计费网关服务失败。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type ModifyInstancesRenewFlagErrorCode = "FailedOperation.DescribeInstanceStatus" | "FailedOperation.ModifyResourcesRenewFlagFailed" | "FailedOperation.RequestError" | "FailedOperation.TradeCallBillingGatewayFailed" | "InternalError.TradeCallBillingGatewayFailed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes CreateInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure.InvalidRegion`: 该地域尚未开放，请选择其他地域。
 * - `FailedOperation.CreateInstancesFailed`: 创建实例失败。
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `FailedOperation.UnableToCreateInstances`: 无法创建实例。
 * - `InternalError.InvalidActionNotFound`: 无法找到此接口。
 * - `InvalidParameter.BundleAndBlueprintNotMatch`: 套餐和镜像不匹配。
 * - `InvalidParameter.BundleIdNotFound`: 产品未定义的套餐 ID。
 * - `InvalidParameter.CreatingGamePortalInstanceNotSupportParameter`: 创建游戏专区实例不支持该参数。
 * - `InvalidParameterValue.BlueprintId`: 镜像 ID 不合法，重装实例不允许切换操作系统类型。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.BundleAndBlueprintNotMatch`: 套餐和镜像不匹配。
 * - `InvalidParameterValue.BundleNotSupportBlueprintPlatform`: 所选套餐不支持镜像的操作系统平台类型。
 * - `InvalidParameterValue.ClientTokenTooLong`: 客户令牌长度超出限制。
 * - `InvalidParameterValue.FirewallTemplateIdMalformed`: 防火墙模板ID格式非法。
 * - `InvalidParameterValue.InstanceNameTooLong`: 参数值非法，实例名称超过允许的最大长度。
 * - `InvalidParameterValue.InvalidBlueprintId`: 镜像 ID 不合法。
 * - `InvalidParameterValue.InvalidBundle`: 非法的套餐参数。
 * - `InvalidParameterValue.InvalidBundleBlueprintCombination`: 套餐和镜像的组合非法。
 * - `InvalidParameterValue.InvalidParameterCombination`: 参数组合非法。
 * - `InvalidParameterValue.InvalidPassword`: 参数中的密码不合法。
 * - `InvalidParameterValue.InvalidZone`: 参数Zone的取值不合法。
 * - `InvalidParameterValue.KeyPairIdMalformed`: 参数值非法，密钥对 ID 格式非法。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `InvalidParameterValue.ZoneInvalid`: 非法的可用区。
 * - `LimitExceeded.InstanceQuotaLimitExceeded`: 超过实例配额。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceNotFound.BlueprintNotFound`: 指定的镜像不存在。请检查镜像的BlueprintId是否正确。
 * - `ResourceNotFound.FirewallTemplateNotFound`: 防火墙模板不存在。
 * - `ResourceNotFound.KeyPairNotFound`: 密钥对不存在。
 * - `ResourceUnavailable.BundleUnavailable`: 套餐不可用。
 * - `ResourceUnavailable.InvalidPurchaseRequestSource`: 当前套餐不支持通过API购买。
 * - `ResourcesSoldOut.BundleSoldOut`: 套餐已售罄。
 * - `ResourcesSoldOut.PurchaseSourceHasNoBundleConfigs`: 套餐无可用配置。
 * - `ResourcesSoldOut.ZonesHasNoBundleConfigs`: 套餐无可用配置。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword`: LinuxUnix实例在创建时不支持设置密码。
 */
export type CreateInstancesErrorCode = "AuthFailure.InvalidRegion" | "FailedOperation.CreateInstancesFailed" | "FailedOperation.InsufficientBalance" | "FailedOperation.UnableToCreateInstances" | "InternalError.InvalidActionNotFound" | "InvalidParameter.BundleAndBlueprintNotMatch" | "InvalidParameter.BundleIdNotFound" | "InvalidParameter.CreatingGamePortalInstanceNotSupportParameter" | "InvalidParameterValue.BlueprintId" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.BundleAndBlueprintNotMatch" | "InvalidParameterValue.BundleNotSupportBlueprintPlatform" | "InvalidParameterValue.ClientTokenTooLong" | "InvalidParameterValue.FirewallTemplateIdMalformed" | "InvalidParameterValue.InstanceNameTooLong" | "InvalidParameterValue.InvalidBlueprintId" | "InvalidParameterValue.InvalidBundle" | "InvalidParameterValue.InvalidBundleBlueprintCombination" | "InvalidParameterValue.InvalidParameterCombination" | "InvalidParameterValue.InvalidPassword" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.KeyPairIdMalformed" | "InvalidParameterValue.OutOfRange" | "InvalidParameterValue.ZoneInvalid" | "LimitExceeded.InstanceQuotaLimitExceeded" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceNotFound.BlueprintNotFound" | "ResourceNotFound.FirewallTemplateNotFound" | "ResourceNotFound.KeyPairNotFound" | "ResourceUnavailable.BundleUnavailable" | "ResourceUnavailable.InvalidPurchaseRequestSource" | "ResourcesSoldOut.BundleSoldOut" | "ResourcesSoldOut.PurchaseSourceHasNoBundleConfigs" | "ResourcesSoldOut.ZonesHasNoBundleConfigs" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure.InvalidHeaderUin`: 请求头中的 Uin 无效。
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterInvalidValuesNotList`: 参数非法，Filter 参数中的 Values 不是列表。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InstanceNameTooLong`: 参数值非法，实例名称超过允许的最大长度。
 * - `InvalidParameterValue.InvalidIpFormat`: 参数值非法，IP 地址格式非法。
 * - `InvalidParameterValue.InvalidZone`: 参数Zone的取值不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `MissingParameter.OrderFieldRequired`: 指定参数Order时，必须传入参数 OrderField。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnauthorizedOperation.TokenInvalid`: 无权限进行此操作，请求中token不合法。
 */
export type DescribeInstancesErrorCode = "AuthFailure.InvalidHeaderUin" | "FailedOperation.DescribeInstanceStatus" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterInvalidValuesNotList" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InstanceNameTooLong" | "InvalidParameterValue.InvalidIpFormat" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "MissingParameter.OrderFieldRequired" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | "UnauthorizedOperation.TokenInvalid" | CommonErrorCode | (string & {});
/**
 * Error codes TerminateInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DestroyResourcesFailed`: 销毁资源失败，请稍后重新操作。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `InternalError.TradeCallBillingGatewayFailed`: 调用计费网关服务失败。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type TerminateInstancesErrorCode = "FailedOperation.DestroyResourcesFailed" | "FailedOperation.RequestError" | "InternalError.TradeCallBillingGatewayFailed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes AttachCcn may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.CcnIdMalformed`: 云联网实例ID格式非法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.AttachCcnConditionUnsatisfied`: 没有实例不支持关联到云联网。
 * - `UnsupportedOperation.AttachCcnFailed`: 关联云联网失败。请检查云联网状态并稍后再试。
 * - `UnsupportedOperation.CcnAlreadyAttached`: 已经关联云联网，不支持再次关联。
 */
export type AttachCcnErrorCode = "InvalidParameterValue.CcnIdMalformed" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.AttachCcnConditionUnsatisfied" | "UnsupportedOperation.AttachCcnFailed" | "UnsupportedOperation.CcnAlreadyAttached" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeCcnAttachedInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.RequestError`: 请求错误。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InvalidParameterValue.CcnIdMalformed`: 云联网实例ID格式非法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.DescribeCcnAttachedInstancesFailed`: 查询云联网关联的实例状态失败。请稍后再试。
 */
export type DescribeCcnAttachedInstancesErrorCode = "FailedOperation.RequestError" | "InternalError.RequestError" | "InvalidParameterValue.CcnIdMalformed" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.DescribeCcnAttachedInstancesFailed" | CommonErrorCode | (string & {});
/**
 * Error codes DetachCcn may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.CcnIdMalformed`: 云联网实例ID格式非法。
 * - `UnsupportedOperation.CcnNotAttached`: 云联网 尚未关联。不支持此操作。
 * - `UnsupportedOperation.DetachCcnFailed`: 解关联云联网失败。请检查云联网状态并稍后再试。
 */
export type DetachCcnErrorCode = "InvalidParameterValue.CcnIdMalformed" | "UnsupportedOperation.CcnNotAttached" | "UnsupportedOperation.DetachCcnFailed" | CommonErrorCode | (string & {});
/**
 * Error codes ResetAttachCcn may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.CcnIdMalformed`: 云联网实例ID格式非法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.CcnNotAttached`: 云联网 尚未关联。不支持此操作。
 * - `UnsupportedOperation.ResetAttachCcnFailed`: 重新申请关联云联网失败。请检查云联网状态并稍后再试。
 */
export type ResetAttachCcnErrorCode = "InvalidParameterValue.CcnIdMalformed" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.CcnNotAttached" | "UnsupportedOperation.ResetAttachCcnFailed" | CommonErrorCode | (string & {});
/**
 * Error codes AttachDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InvalidCommandNotFound`: 命令无法找到。
 * - `InternalError.TradeCallBillingGatewayFailed`: 调用计费网关服务失败。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `LimitExceeded.AttachDataDiskQuotaLimitExceeded`: 实例挂载数据盘配额不足，无法挂载云硬盘。
 * - `OperationDenied.DiskCreating`: 磁盘处于创建过程中。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.InstanceCreating`: 禁止对实例进行操作，实例在创建中，不允许进行该操作。
 * - `OperationDenied.InstanceOperationInProgress`: 禁止对实例进行操作，实例最近一次的操作尚在进行中。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.InstanceDisplayAreaNotSupportOperation`: 实例展示区域不支持该操作。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type AttachDisksErrorCode = "FailedOperation.InvalidCommandNotFound" | "InternalError.TradeCallBillingGatewayFailed" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "LimitExceeded.AttachDataDiskQuotaLimitExceeded" | "OperationDenied.DiskCreating" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.InstanceCreating" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.DiskIdNotFound" | "ResourceNotFound.DiskNotFound" | "ResourceNotFound.InstanceIdNotFound" | "ResourceNotFound.InstanceNotFound" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation" | "UnsupportedOperation.InvalidDiskState" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDiskConfigs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.RequestError`: 请求错误。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameterValue.InvalidZone`: 参数Zone的取值不合法。
 * - `InvalidParameterValue.ZoneInvalid`: 非法的可用区。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeDiskConfigsErrorCode = "FailedOperation.RequestError" | "InternalError.RequestError" | "InvalidParameter.InvalidFilter" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.ZoneInvalid" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDiskDiscount may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeDiskDiscountErrorCode = "FailedOperation.RequestError" | "FailedOperation.TradeGetPriceFailed" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "InvalidParameterValue.OutOfRange" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDisksDeniedActions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeInstanceStatus`: 查询实例状态错误。
 * - `InternalError.DescribeInstanceStatus`: 查询实例状态失败，请稍后重试。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeDisksDeniedActionsErrorCode = "FailedOperation.DescribeInstanceStatus" | "InternalError.DescribeInstanceStatus" | "InternalError.InvalidCommandNotFound" | "InvalidParameterValue.InvalidDiskIdMalformed" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDisksReturnable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeDisksReturnableError`: 查询云硬盘是否可以退还操作失败。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeDisksReturnableErrorCode = "FailedOperation.DescribeDisksReturnableError" | "InvalidParameterValue.InvalidDiskIdMalformed" | "InvalidParameterValue.OutOfRange" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes DetachDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `OperationDenied.DiskCreating`: 磁盘处于创建过程中。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type DetachDisksErrorCode = "InvalidParameterValue.InvalidDiskIdMalformed" | "OperationDenied.DiskCreating" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskIdNotFound" | "ResourceNotFound.DiskNotFound" | "UnsupportedOperation.InvalidDiskState" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes InquirePriceCreateDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 */
export type InquirePriceCreateDisksErrorCode = "FailedOperation.RequestError" | "FailedOperation.TradeGetPriceFailed" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "InvalidParameterValue.OutOfRange" | CommonErrorCode | (string & {});
/**
 * Error codes InquirePriceRenewDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 */
export type InquirePriceRenewDisksErrorCode = "FailedOperation.TradeGetPriceFailed" | "InternalError.TradeGetPriceFailed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "InvalidParameterValue.LimitExceeded" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskIdNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDisksAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.ModifyResourcesAttributeFailed`: 变更资源属性失败，请稍后重新操作。
 * - `InternalError.TradeCallBillingGatewayFailed`: 调用计费网关服务失败。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 */
export type ModifyDisksAttributeErrorCode = "FailedOperation.ModifyResourcesAttributeFailed" | "InternalError.TradeCallBillingGatewayFailed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskIdNotFound" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.InvalidDiskState" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDisksRenewFlag may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `OperationDenied.DiskCreating`: 磁盘处于创建过程中。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 */
export type ModifyDisksRenewFlagErrorCode = "InvalidParameterValue.InvalidDiskIdMalformed" | "OperationDenied.DiskCreating" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskIdNotFound" | "ResourceNotFound.DiskNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure`: CAM签名/鉴权错误。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.DiskNameTooLong`: 磁盘名称长度超出限制。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `InvalidParameterValue.InvalidZone`: 参数Zone的取值不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `InvalidParameterValue.RegionNotFound`: 地域不存在。
 * - `InvalidParameterValue.RegionNotMatch`: 地域不匹配。
 * - `InvalidParameterValue.RegionNotSupported`: 不支持的地域。
 * - `InvalidParameterValue.RegionUnavailable`: 该地域不可用。
 * - `InvalidParameterValue.ZoneInvalid`: 非法的可用区。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeDisksErrorCode = "AuthFailure" | "InternalError.InvalidCommandNotFound" | "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.DiskNameTooLong" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.OutOfRange" | "InvalidParameterValue.RegionNotFound" | "InvalidParameterValue.RegionNotMatch" | "InvalidParameterValue.RegionNotSupported" | "InvalidParameterValue.RegionUnavailable" | "InvalidParameterValue.ZoneInvalid" | "ResourceNotFound.DiskIdNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes TerminateDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DestroyResourcesFailed`: 销毁资源失败，请稍后重新操作。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `OperationDenied.DiskOperationInProgress`: 磁盘正在操作过程中，请稍后重试。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 */
export type TerminateDisksErrorCode = "FailedOperation.DestroyResourcesFailed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "OperationDenied.DiskOperationInProgress" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskIdNotFound" | "UnsupportedOperation.InvalidDiskState" | CommonErrorCode | (string & {});
/**
 * Error codes CreateDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.CreateDisksFailed`: 创建云硬盘失败。
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `InvalidParameterValue.DiskInstanceZoneNotMatch`: 云硬盘的可用区与实例的可用区不匹配。
 * - `InvalidParameterValue.InvalidDiskType`: 云硬盘类型非法。
 * - `InvalidParameterValue.InvalidZone`: 参数Zone的取值不合法。
 * - `InvalidParameterValue.PlatformTypeNotSupportFileSystem`: 实例操作系统不支持该文件系统。
 * - `InvalidParameterValue.PlatformTypeNotSupportMountPoint`: 实例操作系统不支持指定挂载点。
 * - `LimitExceeded.AttachDataDiskQuotaLimitExceeded`: 实例挂载数据盘配额不足，无法挂载云硬盘。
 * - `LimitExceeded.DiskQuotaLimitExceeded`: 当前配额不足，无法创建新的云硬盘。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 * - `UnsupportedOperation.TatAgentNotOnline`: 实例上腾讯云助手 agent 不在线。
 */
export type CreateDisksErrorCode = "FailedOperation.CreateDisksFailed" | "FailedOperation.InsufficientBalance" | "InvalidParameterValue.DiskInstanceZoneNotMatch" | "InvalidParameterValue.InvalidDiskType" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.PlatformTypeNotSupportFileSystem" | "InvalidParameterValue.PlatformTypeNotSupportMountPoint" | "LimitExceeded.AttachDataDiskQuotaLimitExceeded" | "LimitExceeded.DiskQuotaLimitExceeded" | "ResourceNotFound.InstanceIdNotFound" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | "UnsupportedOperation.TatAgentNotOnline" | CommonErrorCode | (string & {});
/**
 * Error codes IsolateDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeResourcesReturnableError`: 查询资源返回了不符合要求内容。
 * - `FailedOperation.IsolateResourcesFailed`: 退还资源失败。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `LimitExceeded.IsolateResourcesLimitExceeded`: 退还资源数量超出限制。
 * - `OperationDenied.DiskCreating`: 磁盘处于创建过程中。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 * - `UnsupportedOperation.ResourceNotReturnable`: 资源不支持退换。
 */
export type IsolateDisksErrorCode = "FailedOperation.DescribeResourcesReturnableError" | "FailedOperation.IsolateResourcesFailed" | "InvalidParameterValue.InvalidDiskIdMalformed" | "LimitExceeded.IsolateResourcesLimitExceeded" | "OperationDenied.DiskCreating" | "ResourceNotFound.DiskIdNotFound" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.InvalidDiskState" | "UnsupportedOperation.ResourceNotReturnable" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDisksBackupQuota may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `InvalidParameterValue.DiskBackupQuotaLessThenCurrentDiskBackupNum`: 云硬盘备份点配额小于当前云硬盘备份点数量。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskType`: 云硬盘类型非法。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `ResourceNotFound.DiskNotExists`: 磁盘不存在。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.OperationNotSupportedInIntlSite`: 国际站不支持该操作。
 * - `UnsupportedOperation.SameWithOldConfig`: 资源变配操作中新旧配置一样，不支持此操作。
 */
export type ModifyDisksBackupQuotaErrorCode = "FailedOperation.InsufficientBalance" | "InvalidParameterValue.DiskBackupQuotaLessThenCurrentDiskBackupNum" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InvalidDiskIdMalformed" | "InvalidParameterValue.InvalidDiskType" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskIdNotFound" | "ResourceNotFound.DiskNotExists" | "ResourceNotFound.DiskNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.OperationNotSupportedInIntlSite" | "UnsupportedOperation.SameWithOldConfig" | CommonErrorCode | (string & {});
/**
 * Error codes RenewDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `FailedOperation.RenewResourcesFailed`: 续费资源失败。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InvalidCurInstanceDeadline`: 当前实例到期时间不能早于云硬盘到期时间。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `MissingParameter.MissingParameterPeriodCurInstanceDeadline`: 必须传入参数Period或CurInstanceDeadline。
 * - `OperationDenied.DiskCreating`: 磁盘处于创建过程中。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.InvalidDiskState`: 磁盘状态不支持该操作。
 */
export type RenewDisksErrorCode = "FailedOperation.InsufficientBalance" | "FailedOperation.RenewResourcesFailed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InvalidCurInstanceDeadline" | "InvalidParameterValue.InvalidDiskIdMalformed" | "MissingParameter.MissingParameterPeriodCurInstanceDeadline" | "OperationDenied.DiskCreating" | "ResourceNotFound.DiskIdNotFound" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.InvalidDiskState" | CommonErrorCode | (string & {});
/**
 * Error codes ResizeDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InsufficientBalance`: 账户余额不足, 请及时充值。
 * - `FailedOperation.ResizeDisksFailed`: 扩容云硬盘失败，请稍后重新操作。
 * - `InvalidParameterValue.DiskSizeSmallerThanCurrentDiskSize`: 指定云硬盘大小小于当前云硬盘大小。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InvalidDiskIdMalformed`: 参数值非法，磁盘 ID 格式非法。
 * - `InvalidParameterValue.InvalidDiskSize`: 指定云硬盘大小不符合要求。
 * - `InvalidParameterValue.InvalidDiskType`: 云硬盘类型非法。
 * - `OperationDenied.DiskUsageNotSupportOperation`: 磁盘的云盘类型不支持该操作。
 * - `ResourceNotFound.DiskIdNotFound`: 磁盘 ID 不存在。
 * - `ResourceNotFound.DiskNotExists`: 磁盘不存在。
 * - `ResourceNotFound.DiskNotFound`: 磁盘不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 * - `UnsupportedOperation.DiskLatestOperationUnfinished`: 不支持的操作，磁盘最近一次的操作尚未完成。
 * - `UnsupportedOperation.SameWithOldConfig`: 资源变配操作中新旧配置一样，不支持此操作。
 */
export type ResizeDisksErrorCode = "FailedOperation.InsufficientBalance" | "FailedOperation.ResizeDisksFailed" | "InvalidParameterValue.DiskSizeSmallerThanCurrentDiskSize" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InvalidDiskIdMalformed" | "InvalidParameterValue.InvalidDiskSize" | "InvalidParameterValue.InvalidDiskType" | "OperationDenied.DiskUsageNotSupportOperation" | "ResourceNotFound.DiskIdNotFound" | "ResourceNotFound.DiskNotExists" | "ResourceNotFound.DiskNotFound" | "UnauthorizedOperation.NoPermission" | "UnsupportedOperation.DiskLatestOperationUnfinished" | "UnsupportedOperation.SameWithOldConfig" | CommonErrorCode | (string & {});
/** Error codes DescribeAllScenes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAllScenesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeScenes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AuthFailure`: CAM签名/鉴权错误。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InvalidSceneIdMalformed`: 使用场景Id不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 */
export type DescribeScenesErrorCode = "AuthFailure" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InvalidSceneIdMalformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeBundleDiscount may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeBundleDiscountFailed`: 查询套餐折扣失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameter.BundleIdNotFound`: 产品未定义的套餐 ID。
 * - `InvalidParameterValue.InvalidBundleBlueprintCombination`: 套餐和镜像的组合非法。
 * - `MissingParameter.BundleMissingParameterBlueprintId`: 套餐缺少参数镜像ID。
 * - `ResourceUnavailable.BundleUnavailable`: 套餐不可用。
 */
export type DescribeBundleDiscountErrorCode = "FailedOperation.DescribeBundleDiscountFailed" | "FailedOperation.RequestError" | "FailedOperation.TradeGetPriceFailed" | "InternalError.InvalidCommandNotFound" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "InvalidParameter.BundleIdNotFound" | "InvalidParameterValue.InvalidBundleBlueprintCombination" | "MissingParameter.BundleMissingParameterBlueprintId" | "ResourceUnavailable.BundleUnavailable" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeBundles may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DescribeBundlesFailed`: 查询套餐失败。
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameter.BundleIdNotFound`: 产品未定义的套餐 ID。
 * - `InvalidParameter.Conflict`: 参数冲突。
 * - `InvalidParameter.FilterValueLimitExceeded`: 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
 * - `InvalidParameter.InvalidFilter`: 参数非法，Filter 参数非法。
 * - `InvalidParameter.InvalidFilterInvalidKey`: 参数非法，Filter 参数中的 Name 取值非法。
 * - `InvalidParameter.InvalidFilterInvalidNameNotStr`: 参数非法，Filter 参数中的 Name 取值不是字符串。
 * - `InvalidParameter.InvalidFilterNotDict`: 参数非法，Filter 参数不是字典。
 * - `InvalidParameter.InvalidFilterNotSupportedName`: 参数非法，Filter 参数中有不支持的 Name。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InvalidBlueprintPlatformType`: 镜像操作系统类型不合法。
 * - `InvalidParameterValue.InvalidConsoleDisplayTypes`: 控制台显示类型不合法。
 * - `InvalidParameterValue.InvalidZone`: 参数Zone的取值不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.Negative`: 参数值非法，不能为负值。
 * - `InvalidParameterValue.OutOfRange`: 参数值非法，不在合法范围内。
 * - `InvalidParameterValue.ZoneInvalid`: 非法的可用区。
 */
export type DescribeBundlesErrorCode = "FailedOperation.DescribeBundlesFailed" | "FailedOperation.RequestError" | "FailedOperation.TradeGetPriceFailed" | "InternalError.InvalidCommandNotFound" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "InvalidParameter.BundleIdNotFound" | "InvalidParameter.Conflict" | "InvalidParameter.FilterValueLimitExceeded" | "InvalidParameter.InvalidFilter" | "InvalidParameter.InvalidFilterInvalidKey" | "InvalidParameter.InvalidFilterInvalidNameNotStr" | "InvalidParameter.InvalidFilterNotDict" | "InvalidParameter.InvalidFilterNotSupportedName" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InvalidBlueprintPlatformType" | "InvalidParameterValue.InvalidConsoleDisplayTypes" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Negative" | "InvalidParameterValue.OutOfRange" | "InvalidParameterValue.ZoneInvalid" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDockerActivities may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.FieldsCompare`: 列值不正确。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `UnauthorizedOperation.InvalidToken`: 无效 Token。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type DescribeDockerActivitiesErrorCode = "InvalidParameterValue.FieldsCompare" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "UnauthorizedOperation.InvalidToken" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDockerContainerConfiguration may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DockerContainersListTooLarge`: 容器列表过长。
 * - `FailedOperation.DockerOperationFailed`: 指定Docker环境操作失败, 请检查Docker环境。
 * - `FailedOperation.TATInvocationNotFinished`: TAT命令未完成。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATAgentUnavailable`: TAT agent不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type DescribeDockerContainerConfigurationErrorCode = "FailedOperation.DockerContainersListTooLarge" | "FailedOperation.DockerOperationFailed" | "FailedOperation.TATInvocationNotFinished" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATAgentUnavailable" | "ResourceUnavailable.TATServiceError" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDockerContainerDetail may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DockerContainersListTooLarge`: 容器列表过长。
 * - `FailedOperation.DockerOperationFailed`: 指定Docker环境操作失败, 请检查Docker环境。
 * - `FailedOperation.TATInvocationNotFinished`: TAT命令未完成。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type DescribeDockerContainerDetailErrorCode = "FailedOperation.DockerContainersListTooLarge" | "FailedOperation.DockerOperationFailed" | "FailedOperation.TATInvocationNotFinished" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATServiceError" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDockerContainers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DockerContainersListTooLarge`: 容器列表过长。
 * - `FailedOperation.DockerOperationFailed`: 指定Docker环境操作失败, 请检查Docker环境。
 * - `FailedOperation.TATInvocationNotFinished`: TAT命令未完成。
 * - `InvalidParameter.ConflictParameter`: 参数冲突。
 * - `InvalidParameter.ParameterConflict`: 参数非法，参数冲突。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLarge`: 参数值非法，大于有效值。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATAgentUnavailable`: TAT agent不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnauthorizedOperation.InvalidToken`: 无效 Token。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type DescribeDockerContainersErrorCode = "FailedOperation.DockerContainersListTooLarge" | "FailedOperation.DockerOperationFailed" | "FailedOperation.TATInvocationNotFinished" | "InvalidParameter.ConflictParameter" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLarge" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATAgentUnavailable" | "ResourceUnavailable.TATServiceError" | "UnauthorizedOperation.InvalidToken" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDockerContainer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DockerContainersListTooLarge`: 容器列表过长。
 * - `FailedOperation.DockerOperationFailed`: 指定Docker环境操作失败, 请检查Docker环境。
 * - `FailedOperation.TATInvocationNotFinished`: TAT命令未完成。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type ModifyDockerContainerErrorCode = "FailedOperation.DockerContainersListTooLarge" | "FailedOperation.DockerOperationFailed" | "FailedOperation.TATInvocationNotFinished" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATServiceError" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes RemoveDockerContainers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLarge`: 参数值非法，大于有效值。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATAgentUnavailable`: TAT agent不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type RemoveDockerContainersErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLarge" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATAgentUnavailable" | "ResourceUnavailable.TATServiceError" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes RenameDockerContainer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type RenameDockerContainerErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes RerunDockerContainer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type RerunDockerContainerErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes RestartDockerContainers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATAgentUnavailable`: TAT agent不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type RestartDockerContainersErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATAgentUnavailable" | "ResourceUnavailable.TATServiceError" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes RunDockerContainers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLarge`: 参数值非法，大于有效值。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type RunDockerContainersErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLarge" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes StartDockerContainers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATAgentUnavailable`: TAT agent不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type StartDockerContainersErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATAgentUnavailable" | "ResourceUnavailable.TATServiceError" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes StopDockerContainers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `InvalidParameterValue.TooLong`: 参数取值过长，超过最大长度。
 * - `ResourceNotFound.InstanceNotFound`: 实例不存在。
 * - `ResourceNotFound.RoleNotFound`: 服务角色不存在, 请为账号添加这个角色。
 * - `ResourceUnavailable.BlueprintInvalid`: 指定实例镜像不符合要求。
 * - `ResourceUnavailable.DockerUnavailable`: Docker资源不可用。
 * - `ResourceUnavailable.TATAgentUnavailable`: TAT agent不可用。
 * - `ResourceUnavailable.TATServiceError`: TAT 服务错误。
 * - `UnsupportedOperation.InvalidInstanceState`: 不支持的操作，实例状态不合法。
 * - `UnsupportedOperation.LatestOperationUnfinished`: 不支持的操作，实例最近一次的操作尚未完成。
 */
export type StopDockerContainersErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.TooLong" | "ResourceNotFound.InstanceNotFound" | "ResourceNotFound.RoleNotFound" | "ResourceUnavailable.BlueprintInvalid" | "ResourceUnavailable.DockerUnavailable" | "ResourceUnavailable.TATAgentUnavailable" | "ResourceUnavailable.TATServiceError" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.LatestOperationUnfinished" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeGeneralResourceQuotas may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidResourceQuotaResourceName`: 不正确的配额资源名称。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type DescribeGeneralResourceQuotasErrorCode = "InvalidParameterValue.InvalidResourceQuotaResourceName" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/** Error codes DescribeRegions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRegionsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeZones may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 */
export type DescribeZonesErrorCode = "InternalError.InvalidCommandNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes InquirePriceCreateInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.RequestError`: 请求错误。
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.InvalidCommandNotFound`: 命令无法找到。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameter.BundleIdNotFound`: 产品未定义的套餐 ID。
 * - `InvalidParameterValue.BlueprintIdMalformed`: 参数值非法，镜像 ID 格式非法。
 * - `InvalidParameterValue.InvalidBlueprintId`: 镜像 ID 不合法。
 * - `InvalidParameterValue.InvalidBundleBlueprintCombination`: 套餐和镜像的组合非法。
 * - `MissingParameter.BundleMissingParameterBlueprintId`: 套餐缺少参数镜像ID。
 * - `ResourceNotFound.BlueprintIdNotFound`: 镜像 ID 不存在。
 * - `ResourceUnavailable.BundleUnavailable`: 套餐不可用。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type InquirePriceCreateInstancesErrorCode = "FailedOperation.RequestError" | "FailedOperation.TradeGetPriceFailed" | "InternalError.InvalidCommandNotFound" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "InvalidParameter.BundleIdNotFound" | "InvalidParameterValue.BlueprintIdMalformed" | "InvalidParameterValue.InvalidBlueprintId" | "InvalidParameterValue.InvalidBundleBlueprintCombination" | "MissingParameter.BundleMissingParameterBlueprintId" | "ResourceNotFound.BlueprintIdNotFound" | "ResourceUnavailable.BundleUnavailable" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
/**
 * Error codes InquirePriceRenewInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.TradeGetPriceFailed`: 计费询价失败。
 * - `InternalError.RequestError`: 请求出现错误。
 * - `InternalError.TradeGetPriceFailed`: 价格获取失败。
 * - `InvalidParameterValue.Duplicated`: 参数值非法，不允许包含重复的值。
 * - `InvalidParameterValue.InstanceIdMalformed`: 参数值非法，实例 ID 格式非法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值非法，参数值的数量超过最大限制。
 * - `ResourceNotFound.InstanceDataDiskNotFound`: 实例不存在挂载的数据盘。
 * - `ResourceNotFound.InstanceIdNotFound`: 实例 ID 不存在。
 * - `UnauthorizedOperation.NoPermission`: 无权限。
 */
export type InquirePriceRenewInstancesErrorCode = "FailedOperation.TradeGetPriceFailed" | "InternalError.RequestError" | "InternalError.TradeGetPriceFailed" | "InvalidParameterValue.Duplicated" | "InvalidParameterValue.InstanceIdMalformed" | "InvalidParameterValue.LimitExceeded" | "ResourceNotFound.InstanceDataDiskNotFound" | "ResourceNotFound.InstanceIdNotFound" | "UnauthorizedOperation.NoPermission" | CommonErrorCode | (string & {});
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
 * try { await client.describeBlueprintInstances(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeBlueprintInstances") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

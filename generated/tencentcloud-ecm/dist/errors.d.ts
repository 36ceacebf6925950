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
 * Error codes DescribeNode may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `MissingParameter.MissingNodeParameter`: 节点操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeNodeErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "MissingParameter.MissingNodeParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateModule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildModuleNum`: 模块数量不合法。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `InvalidParameterValue.InvalidBandwidthIn`: 入带宽大小超过限额。
 * - `InvalidParameterValue.InvalidBandwidthInAndOut`: 出入带宽必须一致。
 * - `InvalidParameterValue.InvalidDataDiskSize`: 数据盘大小不合法。
 * - `InvalidParameterValue.InvalidEIPDirectService`: windows镜像不支持IP直通。
 * - `InvalidParameterValue.InvalidImageArchitecture`: 内存4G以上机型不支持32位操作系统镜像。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.InvalidInstanceTypeConfigID`: 机型ID不合法。
 * - `InvalidParameterValue.InvalidModuleName`: 模块名称冲突。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidSystemDiskSize`: 系统盘大小不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `LimitExceeded.ModuleSecurityGroupLimitExceeded`: 模块默认安全组数目限制。
 * - `LimitExceeded.SecurityGroupModuleLimitExceeded`: 安全组可关联模块数目限制。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InstanceTypeNotSupportImage`: 当前机型不支持所选镜像。
 */
export type CreateModuleErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildModuleNum" | "InvalidParameterValue.InvalidBandwidth" | "InvalidParameterValue.InvalidBandwidthIn" | "InvalidParameterValue.InvalidBandwidthInAndOut" | "InvalidParameterValue.InvalidDataDiskSize" | "InvalidParameterValue.InvalidEIPDirectService" | "InvalidParameterValue.InvalidImageArchitecture" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.InvalidInstanceTypeConfigID" | "InvalidParameterValue.InvalidModuleName" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidSystemDiskSize" | "InvalidParameterValue.ParameterValueTooLarge" | "InvalidParameterValue.UserNotSupportIPv6" | "LimitExceeded.ModuleSecurityGroupLimitExceeded" | "LimitExceeded.SecurityGroupModuleLimitExceeded" | "MissingParameter.MissingModuleParameter" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InstanceTypeNotSupportImage" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteModule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InstanceInModule`: 模块下存在实例。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationConflict`: 其他操作正在运行，无法进行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteModuleErrorCode = "FailedOperation.InstanceInModule" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationConflict" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidModuleID" | "MissingParameter.MissingModuleParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeModule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildPageParam`: 分页参数不合法。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeModuleErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildPageParam" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidPublicParam" | "MissingParameter.MissingModuleParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeModuleDetail may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeModuleDetailErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidModuleID" | "InvalidParameterValue.InvalidPublicParam" | "MissingParameter.MissingModuleParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyModuleConfig may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildModifyParam`: 参数错误。
 * - `InvalidParameterValue.InvalidDataDiskSize`: 数据盘大小不合法。
 * - `InvalidParameterValue.InvalidImageArchitecture`: 内存4G以上机型不支持32位操作系统镜像。
 * - `InvalidParameterValue.InvalidInstanceType`: 不支持调整高IO机型配置。
 * - `InvalidParameterValue.InvalidInstanceTypeConfigID`: 机型ID不合法。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.ModuleNotAllowChange`: 已有实例的边缘模块不支持调整默认配置。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyModuleConfigErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildModifyParam" | "InvalidParameterValue.InvalidDataDiskSize" | "InvalidParameterValue.InvalidImageArchitecture" | "InvalidParameterValue.InvalidInstanceType" | "InvalidParameterValue.InvalidInstanceTypeConfigID" | "InvalidParameterValue.InvalidModuleID" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.ModuleNotAllowChange" | "MissingParameter.MissingModuleParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyModuleDisableWanIp may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 */
export type ModifyModuleDisableWanIpErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidModuleID" | "MissingParameter.MissingModuleParameter" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyModuleImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildModifyParam`: 参数错误。
 * - `InvalidParameterValue.InvalidImageArchitecture`: 内存4G以上机型不支持32位操作系统镜像。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InstanceTypeNotSupportImage`: 当前机型不支持所选镜像。
 */
export type ModifyModuleImageErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildModifyParam" | "InvalidParameterValue.InvalidImageArchitecture" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.InvalidModuleID" | "MissingParameter.MissingModuleParameter" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InstanceTypeNotSupportImage" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyModuleIpDirect may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidEIPDirectService`: windows镜像不支持IP直通。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 */
export type ModifyModuleIpDirectErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidEIPDirectService" | "InvalidParameterValue.InvalidModuleID" | "MissingParameter.MissingModuleParameter" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyModuleName may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `InvalidParameterValue.InvalidModuleName`: 模块名称冲突。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 */
export type ModifyModuleNameErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidModuleID" | "InvalidParameterValue.InvalidModuleName" | "InvalidParameterValue.ParameterValueTooLarge" | "MissingParameter.MissingModuleParameter" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyModuleNetwork may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildModifyParam`: 参数错误。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `InvalidParameterValue.InvalidBandwidthIn`: 入带宽大小超过限额。
 * - `InvalidParameterValue.InvalidBandwidthInAndOut`: 出入带宽必须一致。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyModuleNetworkErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildModifyParam" | "InvalidParameterValue.InvalidBandwidth" | "InvalidParameterValue.InvalidBandwidthIn" | "InvalidParameterValue.InvalidBandwidthInAndOut" | "InvalidParameterValue.InvalidModuleID" | "InvalidParameterValue.InvalidPublicParam" | "MissingParameter.MissingModuleParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyModuleSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `LimitExceeded.ModuleSecurityGroupLimitExceeded`: 模块默认安全组数目限制。
 * - `LimitExceeded.SecurityGroupModuleLimitExceeded`: 安全组可关联模块数目限制。
 */
export type ModifyModuleSecurityGroupsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.InvalidModuleID" | "LimitExceeded.ModuleSecurityGroupLimitExceeded" | "LimitExceeded.SecurityGroupModuleLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildDescribeInstance`: 您的输入有误或无相应的操作权限。
 * - `InvalidParameterValue.InvaildPageParam`: 分页参数不合法。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.InvalidOrderByField`: 排序字段不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `ResourceNotFound.InstanceNotExist`: 实例不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeInstancesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildDescribeInstance" | "InvalidParameterValue.InvaildPageParam" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.InvalidOrderByField" | "InvalidParameterValue.ParameterValueTooLarge" | "ResourceNotFound.InstanceNotExist" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes TerminateInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.InvalidTime`: 时间不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `InvalidParameterValue.TerminateTimeSmaller`: 定时销毁时间早于当前时间。
 * - `ResourceNotFound.InstanceNotExist`: 实例不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type TerminateInstancesErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.InvalidTime" | "InvalidParameterValue.ParameterValueTooLarge" | "InvalidParameterValue.TerminateTimeSmaller" | "ResourceNotFound.InstanceNotExist" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `LimitExceeded.SecurityGroupInstanceLimitExceeded`: 安全组绑定的实例数超限。
 */
export type AssociateSecurityGroupsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.LimitExceeded" | "LimitExceeded.SecurityGroupInstanceLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceVncUrl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `MissingParameter.MissingInstancesParameter`: 实例操作参数不全。
 * - `OperationDenied.InstanceOperationInProgress`: 不允许执行当前操作。
 * - `UnsupportedOperation.InvalidInstanceState`: 当前状态不能进行该操作。
 */
export type DescribeInstanceVncUrlErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "MissingParameter.MissingInstancesParameter" | "OperationDenied.InstanceOperationInProgress" | "UnsupportedOperation.InvalidInstanceState" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstancesDeniedActions may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `MissingParameter.MissingInstancesParameter`: 实例操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeInstancesDeniedActionsErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "MissingParameter.MissingInstancesParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribePriceRunInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidInstanceTypeConfigID`: 机型ID不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidSystemDiskSize`: 系统盘大小不合法。
 * - `InvalidParameterValue.InvalidSystemDiskType`: 系统盘类型不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribePriceRunInstanceErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidInstanceTypeConfigID" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidSystemDiskSize" | "InvalidParameterValue.InvalidSystemDiskType" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 */
export type DisassociateSecurityGroupsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidInstanceID" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstancesAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InstanceOwnerCheckFailed`: 实例不属于当前模块。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `LimitExceeded.SecurityGroupInstanceLimitExceeded`: 安全组绑定的实例数超限。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyInstancesAttributeErrorCode = "FailedOperation.InstanceOwnerCheckFailed" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.ParameterValueTooLarge" | "LimitExceeded.SecurityGroupInstanceLimitExceeded" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes RebootInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidDataDiskType`: 数据盘类型不合法。
 * - `InvalidParameterValue.InvalidISPInNode`: 运营商不合法。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `OperationDenied.InstanceOperationInProgress`: 不允许执行当前操作。
 * - `ResourceNotFound.InstanceNotExist`: 实例不合法。
 * - `ResourceUnavailable.InstanceNotRunning`: 实例未运行。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type RebootInstancesErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidDataDiskType" | "InvalidParameterValue.InvalidISPInNode" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.ParameterValueTooLarge" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceNotExist" | "ResourceUnavailable.InstanceNotRunning" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.ParameterConflict`: KeepImageLogin, Password, KeyIds 同时只能使用1个。
 * - `InvalidParameterValue.InvaildPassword`: 密码不合法。
 * - `InvalidParameterValue.InvalidImageArchitecture`: 内存4G以上机型不支持32位操作系统镜像。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `OperationDenied.InstanceOperationInProgress`: 不允许执行当前操作。
 * - `ResourceNotFound.InstanceNotExist`: 实例不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ResetInstancesErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.InvaildPassword" | "InvalidParameterValue.InvalidImageArchitecture" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.ParameterValueTooLarge" | "OperationDenied.InstanceOperationInProgress" | "ResourceNotFound.InstanceNotExist" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstancesMaxBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `InvalidParameterValue.InvalidBandwidthIn`: 入带宽大小超过限额。
 * - `InvalidParameterValue.InvalidBandwidthInAndOut`: 出入带宽必须一致。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `ResourceNotFound.InstanceNotExist`: 实例不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ResetInstancesMaxBandwidthErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidBandwidth" | "InvalidParameterValue.InvalidBandwidthIn" | "InvalidParameterValue.InvalidBandwidthInAndOut" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.ParameterValueTooLarge" | "ResourceNotFound.InstanceNotExist" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstancesPassword may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InstanceNotAllStopped`: 实例没有全部关机。
 * - `FailedOperation.InstanceOwnerCheckFailed`: 实例不属于当前模块。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildModifyParam`: 参数错误。
 * - `InvalidParameterValue.InvaildPassword`: 密码不合法。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ResetInstancesPasswordErrorCode = "FailedOperation.InstanceNotAllStopped" | "FailedOperation.InstanceOwnerCheckFailed" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildModifyParam" | "InvalidParameterValue.InvaildPassword" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.ParameterValueTooLarge" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes RunInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.BlockBalance`: 余额不足。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationConflict`: 其他操作正在运行，无法进行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.ParameterConflict`: KeepImageLogin, Password, KeyIds 同时只能使用1个。
 * - `InvalidParameterValue.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.FilterLimitExceeded`: Filter参数数值超过限制。
 * - `InvalidParameterValue.ImageSizeLargeThanSysDiskSize`: 镜像大小大于系统盘大小。
 * - `InvalidParameterValue.InstanceConfigNotMatch`: 实例配置不匹配。
 * - `InvalidParameterValue.InstanceNameTooLong`: 实例名字长度超出限制。
 * - `InvalidParameterValue.InstanceTypeNotMatchPid`: 实例机型和pid不匹配。
 * - `InvalidParameterValue.InvaildHostName`: HostName不合法。
 * - `InvalidParameterValue.InvaildModifyParam`: 参数错误。
 * - `InvalidParameterValue.InvaildPassword`: 密码不合法。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `InvalidParameterValue.InvalidBandwidthIn`: 入带宽大小超过限额。
 * - `InvalidParameterValue.InvalidBandwidthInAndOut`: 出入带宽必须一致。
 * - `InvalidParameterValue.InvalidBillingType`: 该用户不支持当前所选择的计费类型。
 * - `InvalidParameterValue.InvalidDataDiskNum`: 数据盘个数不合法。
 * - `InvalidParameterValue.InvalidDataDiskSize`: 数据盘大小不合法。
 * - `InvalidParameterValue.InvalidDataDiskType`: 数据盘类型不合法。
 * - `InvalidParameterValue.InvalidEIPDirectService`: windows镜像不支持IP直通。
 * - `InvalidParameterValue.InvalidISPInNode`: 运营商不合法。
 * - `InvalidParameterValue.InvalidImageArchitecture`: 内存4G以上机型不支持32位操作系统镜像。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.InvalidInstanceChargeType`: 实例计费类型不合法。
 * - `InvalidParameterValue.InvalidInstanceTypeConfigID`: 机型ID不合法。
 * - `InvalidParameterValue.InvalidInternetChargeType`: 计费类型不合法。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID`: ModuleId和InstanceType参数不可同时为空。
 * - `InvalidParameterValue.InvalidModuleIDAndInstanceTypeID`: ModuleId和InstanceType参数不可同时为空。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidSecurityGroupID`: 全组ID不合法。
 * - `InvalidParameterValue.InvalidSystemDiskSize`: 系统盘大小不合法。
 * - `InvalidParameterValue.InvalidSystemDiskType`: 系统盘类型不合法。
 * - `InvalidParameterValue.InvalidZone`: zone不合法。
 * - `InvalidParameterValue.InvalidZoneInstanceCount`: 城市或者数量不合法。
 * - `InvalidParameterValue.InvalidZoneInstanceType`: 用区不支持此机型。
 * - `InvalidParameterValue.NodeNotSupportIPv6`: 节点不支持ipv6。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `InvalidParameterValue.SubnetNotExist`: 子网不存在。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `InvalidParameterValue.UnmatchedBillingType`: 该机型不支持当前所选择的计费类型。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `LimitExceeded.EniQuotaLimitExceeded`: 网卡配额不足。
 * - `LimitExceeded.InstanceSecurityGroupLimitExceeded`: 实例绑定的安全组超出限制。
 * - `LimitExceeded.NicOrIPLimitExceeded`: 弹性网卡或公网IP数超过CPU规定的限额。
 * - `LimitExceeded.SecurityGroupInstanceLimitExceeded`: 安全组绑定的实例数超限。
 * - `LimitExceeded.VcpuLimitExceeded`: 申请的cpu核数超限。
 * - `ResourceInsufficient.IPQuotaNotEnough`: IP资源不足。
 * - `ResourceInsufficient.InstanceQuotaNotEnough`: 实例资源不足。
 * - `ResourceInsufficient.PrivateIPQuotaNotEnough`: 当前子网中内网IP不足
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 特定机型售罄。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InstanceTypeNotSupportImage`: 当前机型不支持所选镜像。
 */
export type RunInstancesErrorCode = "FailedOperation.BlockBalance" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationConflict" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.ParameterConflict" | "InvalidParameterValue.AddressQuotaLimitExceeded" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.FilterLimitExceeded" | "InvalidParameterValue.ImageSizeLargeThanSysDiskSize" | "InvalidParameterValue.InstanceConfigNotMatch" | "InvalidParameterValue.InstanceNameTooLong" | "InvalidParameterValue.InstanceTypeNotMatchPid" | "InvalidParameterValue.InvaildHostName" | "InvalidParameterValue.InvaildModifyParam" | "InvalidParameterValue.InvaildPassword" | "InvalidParameterValue.InvalidBandwidth" | "InvalidParameterValue.InvalidBandwidthIn" | "InvalidParameterValue.InvalidBandwidthInAndOut" | "InvalidParameterValue.InvalidBillingType" | "InvalidParameterValue.InvalidDataDiskNum" | "InvalidParameterValue.InvalidDataDiskSize" | "InvalidParameterValue.InvalidDataDiskType" | "InvalidParameterValue.InvalidEIPDirectService" | "InvalidParameterValue.InvalidISPInNode" | "InvalidParameterValue.InvalidImageArchitecture" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.InvalidInstanceChargeType" | "InvalidParameterValue.InvalidInstanceTypeConfigID" | "InvalidParameterValue.InvalidInternetChargeType" | "InvalidParameterValue.InvalidModuleID" | "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID" | "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidSecurityGroupID" | "InvalidParameterValue.InvalidSystemDiskSize" | "InvalidParameterValue.InvalidSystemDiskType" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.InvalidZoneInstanceCount" | "InvalidParameterValue.InvalidZoneInstanceType" | "InvalidParameterValue.NodeNotSupportIPv6" | "InvalidParameterValue.ParameterValueTooLarge" | "InvalidParameterValue.SubnetNotExist" | "InvalidParameterValue.TooLong" | "InvalidParameterValue.UnmatchedBillingType" | "InvalidParameterValue.UserNotSupportIPv6" | "LimitExceeded.AddressQuotaLimitExceeded" | "LimitExceeded.EniQuotaLimitExceeded" | "LimitExceeded.InstanceSecurityGroupLimitExceeded" | "LimitExceeded.NicOrIPLimitExceeded" | "LimitExceeded.SecurityGroupInstanceLimitExceeded" | "LimitExceeded.VcpuLimitExceeded" | "ResourceInsufficient.IPQuotaNotEnough" | "ResourceInsufficient.InstanceQuotaNotEnough" | "ResourceInsufficient.PrivateIPQuotaNotEnough" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InstanceTypeNotSupportImage" | CommonErrorCode | (string & {});
/**
 * Error codes StartInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InstanceNotAllStopped`: 实例没有全部关机。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `OperationDenied.InstanceOperationInProgress`: 不允许执行当前操作。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type StartInstancesErrorCode = "FailedOperation.InstanceNotAllStopped" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.ParameterValueTooLarge" | "OperationDenied.InstanceOperationInProgress" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes StopInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InstanceOwnerCheckFailed`: 实例不属于当前模块。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildModifyParam`: 参数错误。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `ResourceUnavailable.InstanceNotRunning`: 实例未运行。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type StopInstancesErrorCode = "FailedOperation.InstanceOwnerCheckFailed" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildModifyParam" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.ParameterValueTooLarge" | "ResourceUnavailable.InstanceNotRunning" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InstanceNotAllStopped`: 实例没有全部关机。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.ImageNameDuplicate`: 镜像名称重复。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `MissingParameter.MissingImageParameter`: 镜像操作参数不全。
 * - `ResourceInsufficient.InvaildPrivateImageNum`: 私有镜像数量超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InstanceIdNotFound`: 无效实例ID。指定的实例ID不存在。
 * - `UnsupportedOperation.InstanceIdNotSupported`: 不被支持的实例。
 * - `UnsupportedOperation.InvalidInstanceState`: 当前状态不能进行该操作。
 */
export type CreateImageErrorCode = "FailedOperation.InstanceNotAllStopped" | "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.ImageNameDuplicate" | "InvalidParameterValue.InvalidInstanceID" | "MissingParameter.MissingImageParameter" | "ResourceInsufficient.InvaildPrivateImageNum" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InstanceIdNotFound" | "UnsupportedOperation.InstanceIdNotSupported" | "UnsupportedOperation.InvalidInstanceState" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.ImageInUse`: 镜像正在使用中。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteImageErrorCode = "FailedOperation.ImageInUse" | "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.ParameterValueTooLarge" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeCustomImageTask may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 */
export type DescribeCustomImageTaskErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.ImageInUse`: 镜像正在使用中。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildPageParam`: 分页参数不合法。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `MissingParameter.MissingImageParameter`: 镜像操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeImageErrorCode = "FailedOperation.ImageInUse" | "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildPageParam" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.ParameterValueTooLarge" | "MissingParameter.MissingImageParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeImportImageOs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 */
export type DescribeImportImageOsErrorCode = "FailedOperation.InternalOperationFailure" | CommonErrorCode | (string & {});
/**
 * Error codes ImportCustomImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.ImageNameDuplicate`: 镜像名称重复。
 * - `ResourceInsufficient.InvaildPrivateImageNum`: 私有镜像数量超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnauthorizedOperation.WindowsImage`: 无windows镜像权限。
 */
export type ImportCustomImageErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.ImageNameDuplicate" | "ResourceInsufficient.InvaildPrivateImageNum" | "UnauthorizedOperation.ForbiddenOperation" | "UnauthorizedOperation.WindowsImage" | CommonErrorCode | (string & {});
/**
 * Error codes ImportImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.ImageDuplicate`: 镜像已导入。
 * - `InvalidParameterValue.ImageNameDuplicate`: 镜像名称重复。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `InvalidParameterValue.UnsupportedRegion`: 不支持该区域。
 * - `MissingParameter.MissingImageParameter`: 镜像操作参数不全。
 * - `ResourceInsufficient.InvaildPrivateImageNum`: 私有镜像数量超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ImportImageErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.ImageDuplicate" | "InvalidParameterValue.ImageNameDuplicate" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.ParameterValueTooLarge" | "InvalidParameterValue.UnsupportedRegion" | "MissingParameter.MissingImageParameter" | "ResourceInsufficient.InvaildPrivateImageNum" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyImageAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameterValue.ImageNameDuplicate`: 镜像名称重复。
 * - `MissingParameter.MissingImageParameter`: 镜像操作参数不全。
 */
export type ModifyImageAttributeErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameterValue.ImageNameDuplicate" | "MissingParameter.MissingImageParameter" | CommonErrorCode | (string & {});
/**
 * Error codes AssignIpv6CidrBlock may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `LimitExceeded.CidrBlock`: 分配IPv6网段数量达到上限。
 * - `ResourceInsufficient.CidrBlock`: 网段资源不足。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type AssignIpv6CidrBlockErrorCode = "InvalidParameterValue.Malformed" | "LimitExceeded.CidrBlock" | "ResourceInsufficient.CidrBlock" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes AssignIpv6CidrBlocks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `LimitExceeded.CidrBlock`: 分配IPv6网段数量达到上限。
 * - `ResourceInsufficient.CidrBlock`: 网段资源不足。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type AssignIpv6CidrBlocksErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.Malformed" | "LimitExceeded.CidrBlock" | "ResourceInsufficient.CidrBlock" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type CreateVpcErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteVpcErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.FilterLimitExceeded`: Filter参数数值超过限制。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.InvalidZoneInstanceCount`: 城市或者数量不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeVpcsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.FilterLimitExceeded" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.InvalidZoneInstanceCount" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyVpcAttributeErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.TooLong" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/** Error codes QueryVpcTaskResult may return: its own documented codes, the service's common codes, and any other string. */
export type QueryVpcTaskResultErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.InvalidZone`: zone不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetConflict`: 指定CIDR与同一个私有网络内的另一个子网发生冲突。
 * - `InvalidParameterValue.SubnetRange`: 无效的子网网段。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 */
export type CreateSubnetErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.SubnetRange" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.VpcMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSubnets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.FilterLimitExceeded`: Filter参数数值超过限制。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeSubnetsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.FilterLimitExceeded" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySubnetAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DataOperationFailed`: 数据操作失败。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifySubnetAttributeErrorCode = "FailedOperation.DataOperationFailed" | "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DataOperationFailed`: 数据操作失败。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteSubnetErrorCode = "FailedOperation.DataOperationFailed" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDefaultSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyDefaultSubnetErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes AssignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetConflict`: 指定CIDR与同一个私有网络内的另一个子网发生冲突。
 * - `InvalidParameterValue.SubnetRange`: 无效的子网网段。
 */
export type AssignIpv6SubnetCidrBlockErrorCode = "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.SubnetRange" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDefaultSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.InvalidZone`: zone不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeDefaultSubnetErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.InvalidZone" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes UnassignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type UnassignIpv6SubnetCidrBlockErrorCode = "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type CreateRouteTableErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeRouteTables may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeRouteTablesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceRouteTableAssociation may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.ObjectVpcNotCurrentVpc`: 指定对象不是当前的私有网络。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 */
export type ReplaceRouteTableAssociationErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.ObjectVpcNotCurrentVpc" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.VpcMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyRouteTableAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyRouteTableAttributeErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ResetRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type ResetRoutesErrorCode = "InvalidParameterValue.CidrNotInPeerVpc" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.VpcCidrConflict" | "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.DelDefaultRoute`: 禁止删除默认路由表。
 * - `UnsupportedOperation.DelRouteWithSubnet`: 禁止删除已关联子网的路由表。
 */
export type DeleteRouteTableErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.Malformed" | "UnsupportedOperation.DelDefaultRoute" | "UnsupportedOperation.DelRouteWithSubnet" | CommonErrorCode | (string & {});
/**
 * Error codes CreateRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 * - `UnsupportedOperation.EcmpWithCcnRoute`: 和云联网的路由形成ECMP。
 * - `UnsupportedOperation.EcmpWithUserRoute`: 和用户自定义的路由形成ECMP。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type CreateRoutesErrorCode = "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.CidrNotInPeerVpc" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.VpcCidrConflict" | "UnsupportedOperation.Ecmp" | "UnsupportedOperation.EcmpWithCcnRoute" | "UnsupportedOperation.EcmpWithUserRoute" | "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type ReplaceRoutesErrorCode = "InvalidParameterValue.CidrNotInPeerVpc" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.VpcCidrConflict" | "UnsupportedOperation.Ecmp" | "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeRouteConflicts may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeRouteConflictsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes EnableRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 * - `UnsupportedOperation.EcmpWithCcnRoute`: 和云联网的路由形成ECMP。
 * - `UnsupportedOperation.EcmpWithUserRoute`: 和用户自定义的路由形成ECMP。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type EnableRoutesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Malformed" | "UnsupportedOperation.Ecmp" | "UnsupportedOperation.EcmpWithCcnRoute" | "UnsupportedOperation.EcmpWithUserRoute" | "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/**
 * Error codes DisableRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type DisableRoutesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameterValue.Malformed" | "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type DeleteRoutesErrorCode = "InvalidParameter.InvalidDataFormat" | "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/**
 * Error codes BatchDeregisterTargets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameter.ListenerIdNotFound`: 监听器ID错误。
 * - `InvalidParameter.LocationNotFound`: 查找不到符合条件的转发规则。
 * - `InvalidParameter.PortCheckFailed`: 监听器端口检查失败，比如端口冲突。
 * - `InvalidParameter.ProtocolCheckFailed`: 监听器协议检查失败，比如相关协议不支持对应操作。
 * - `InvalidParameter.RegionNotFound`: 地域无效。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type BatchDeregisterTargetsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.LBIdNotFound" | "InvalidParameter.ListenerIdNotFound" | "InvalidParameter.LocationNotFound" | "InvalidParameter.PortCheckFailed" | "InvalidParameter.ProtocolCheckFailed" | "InvalidParameter.RegionNotFound" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "InvalidParameterValue.Range" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes BatchModifyTargetWeight may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type BatchModifyTargetWeightErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes BatchRegisterTargets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameter.ListenerIdNotFound`: 监听器ID错误。
 * - `InvalidParameter.LocationNotFound`: 查找不到符合条件的转发规则。
 * - `InvalidParameter.PortCheckFailed`: 监听器端口检查失败，比如端口冲突。
 * - `InvalidParameter.ProtocolCheckFailed`: 监听器协议检查失败，比如相关协议不支持对应操作。
 * - `InvalidParameter.RegionNotFound`: 地域无效。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type BatchRegisterTargetsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.LBIdNotFound" | "InvalidParameter.ListenerIdNotFound" | "InvalidParameter.LocationNotFound" | "InvalidParameter.PortCheckFailed" | "InvalidParameter.ProtocolCheckFailed" | "InvalidParameter.RegionNotFound" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateListener may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type CreateListenerErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLoadBalancer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidEcmRegion`: 地域参数不合法。
 * - `InvalidParameterValue.InvalidISPInNode`: 运营商不合法。
 * - `InvalidParameterValue.InvalidLoadBalancerNum`: 负载均衡数量不合法。
 * - `InvalidParameterValue.InvalidLoadBalancerType`: 负载均衡类型不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidSubnetInZone`: 该子网不存在该节点。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `InvalidParameterValue.TagNumOutOfRange`: 标签数量超过限制。
 * - `LimitExceeded.LBLimitExceeded`: 申请的clb超过限制。
 * - `ResourcesSoldOut.LoadBalancerSoldOut`: 负载均衡资源已经售罄。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type CreateLoadBalancerErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidEcmRegion" | "InvalidParameterValue.InvalidISPInNode" | "InvalidParameterValue.InvalidLoadBalancerNum" | "InvalidParameterValue.InvalidLoadBalancerType" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidSubnetInZone" | "InvalidParameterValue.Length" | "InvalidParameterValue.Range" | "InvalidParameterValue.TagNumOutOfRange" | "LimitExceeded.LBLimitExceeded" | "ResourcesSoldOut.LoadBalancerSoldOut" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteListener may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteListenerErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLoadBalancer may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteLoadBalancerErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.LBIdNotFound" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLoadBalancerListeners may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteLoadBalancerListenersErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeListeners may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeListenersErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.LBIdNotFound" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLoadBalanceTaskStatus may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeLoadBalanceTaskStatusErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLoadBalancers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.RegionNotFound`: 地域无效。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeLoadBalancersErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.RegionNotFound" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "InvalidParameterValue.Range" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeTargetHealth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeTargetHealthErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.LBIdNotFound" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeTargets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeTargetsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyListener may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyListenerErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLoadBalancerAttributes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameter.RegionNotFound`: 地域无效。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyLoadBalancerAttributesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.LBIdNotFound" | "InvalidParameter.RegionNotFound" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyTargetPort may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyTargetPortErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyTargetWeight may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyTargetWeightErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes SetLoadBalancerSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type SetLoadBalancerSecurityGroupsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes SetSecurityGroupForLoadbalancers may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type SetSecurityGroupForLoadbalancersErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.LBIdNotFound" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Length" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `InvalidParameterValue.Reserved`: 参数值是一个系统保留对象。
 * - `LimitExceeded.EniQuotaLimitExceeded`: 网卡配额不足。
 * - `MissingParameter.MissingNetworkInterfaceParameter`: 缺少网卡操作配置的请求参数。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type CreateNetworkInterfaceErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | "InvalidParameterValue.Reserved" | "LimitExceeded.EniQuotaLimitExceeded" | "MissingParameter.MissingNetworkInterfaceParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkInterfaces may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeNetworkInterfacesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.ParameterValueTooLarge" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes AttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildEniID`: 无效的弹性网卡ID。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `LimitExceeded.AddressQuotaLimitExceededDailyAllocate`: 申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。
 * - `LimitExceeded.EniQuotaLimitExceeded`: 网卡配额不足。
 * - `LimitExceeded.PrivateIPQuotaLimitExceeded`: 内网IP超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.AttachmentAlreadyExists`: 弹性网卡与实例是已关联的。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 */
export type AttachNetworkInterfaceErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildEniID" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "LimitExceeded.AddressQuotaLimitExceeded" | "LimitExceeded.AddressQuotaLimitExceededDailyAllocate" | "LimitExceeded.EniQuotaLimitExceeded" | "LimitExceeded.PrivateIPQuotaLimitExceeded" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.AttachmentAlreadyExists" | "UnsupportedOperation.InvalidState" | "UnsupportedOperation.VpcMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes DetachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type DetachNetworkInterfaceErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes MigrateNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.AttachmentNotFound`: 实例是未关联的。
 */
export type MigrateNetworkInterfaceErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Malformed" | "UnsupportedOperation.AttachmentNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AssignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `LimitExceeded.PrivateIPQuotaLimitExceeded`: 内网IP超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type AssignPrivateIpAddressesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | "LimitExceeded.PrivateIPQuotaLimitExceeded" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes RemovePrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.AttachmentNotFound`: 实例是未关联的。
 * - `UnsupportedOperation.MutexOperationTaskRunning`: 资源互斥操作任务正在执行。
 */
export type RemovePrivateIpAddressesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.AttachmentNotFound" | "UnsupportedOperation.MutexOperationTaskRunning" | CommonErrorCode | (string & {});
/**
 * Error codes MigratePrivateIpAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type MigratePrivateIpAddressErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes AssignIpv6Addresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidEcmRegion`: 地域参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.NodeNotSupportIPv6`: 节点不支持ipv6。
 * - `InvalidParameterValue.SubnetConflict`: 指定CIDR与同一个私有网络内的另一个子网发生冲突。
 * - `InvalidParameterValue.UnsupportedRegion`: 不支持该区域。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `LimitExceeded.CidrBlock`: 分配IPv6网段数量达到上限。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type AssignIpv6AddressesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidEcmRegion" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.NodeNotSupportIPv6" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.UnsupportedRegion" | "InvalidParameterValue.UserNotSupportIPv6" | "LimitExceeded.AddressQuotaLimitExceeded" | "LimitExceeded.CidrBlock" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `MissingParameter.MissingNetworkInterfaceParameter`: 缺少网卡操作配置的请求参数。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DeleteNetworkInterfaceErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Malformed" | "MissingParameter.MissingNetworkInterfaceParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyIpv6AddressesAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.AttachmentNotFound`: 实例是未关联的。
 */
export type ModifyIpv6AddressesAttributeErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Malformed" | "UnsupportedOperation.AttachmentNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyPrivateIpAddressesAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type ModifyPrivateIpAddressesAttributeErrorCode = "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes ReleaseIpv6Addresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `UnsupportedOperation.AttachmentNotFound`: 实例是未关联的。
 */
export type ReleaseIpv6AddressesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Malformed" | "MissingParameter.MissingModuleParameter" | "UnsupportedOperation.AttachmentNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AllocateAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.InvalidStatus`: 当前状态无法执行该操作。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `FailedOperation.PrivateIpAddressBinded`: 该内网IP已经绑定了弹性IP。
 * - `FailedOperation.PrivateIpAddressUnavailable`: 内网IP状态非可用状态。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.InvalidParameterConflict`: 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP上。
 * - `InvalidParameterValue.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `InvalidParameterValue.InvalidAddressCount`: 当同步绑定弹性网卡时，一次只能申请单个弹性IP。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `LimitExceeded.AddressQuotaLimitExceededDailyAllocate`: 申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。
 * - `MissingParameter.MissingPrivateIpAddress`: 缺少私有IP地址。
 * - `ResourceInsufficient.IPQuotaNotEnough`: IP资源不足。
 * - `ResourceNotFound.InstanceNotExist`: 实例不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip`: 指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。
 */
export type AllocateAddressesErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.InvalidStatus" | "FailedOperation.OperationNotAllow" | "FailedOperation.PrivateIpAddressBinded" | "FailedOperation.PrivateIpAddressUnavailable" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.InvalidParameterConflict" | "InvalidParameterValue.AddressQuotaLimitExceeded" | "InvalidParameterValue.InvalidAddressCount" | "InvalidParameterValue.InvalidBandwidth" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.ParameterValueTooLarge" | "LimitExceeded.AddressQuotaLimitExceeded" | "LimitExceeded.AddressQuotaLimitExceededDailyAllocate" | "MissingParameter.MissingPrivateIpAddress" | "ResourceInsufficient.IPQuotaNotEnough" | "ResourceNotFound.InstanceNotExist" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.InvalidStatus`: 当前状态无法执行该操作。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `FailedOperation.PrivateIpAddressUnavailable`: 内网IP状态非可用状态。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.InvalidParameterConflict`: 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP上。
 * - `InvalidParameterValue.InvaildEniID`: 无效的弹性网卡ID。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `MissingParameter.MissingAssociateEntity`: 缺少需关联的实体参数。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.AddressIdNotFound`: 未找到相关IP。
 * - `UnsupportedOperation.AlreadyBindEip`: 指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。
 * - `UnsupportedOperation.InstanceIdNotFound`: 无效实例ID。指定的实例ID不存在。
 * - `UnsupportedOperation.InstanceIdNotSupported`: 不被支持的实例。
 * - `UnsupportedOperation.InvalidNetworkInterfaceIdNotFound`: 指定 NetworkInterfaceId 不存在或指定的PrivateIpAddress不在NetworkInterfaceId上。
 * - `UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip`: 指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。
 * - `UnsupportedOperation.Malformed`: 请确认提供的IP地址是否完整。
 * - `UnsupportedOperation.StatusNotPermit`: 当前状态不能进行此操作。
 */
export type AssociateAddressErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.InvalidStatus" | "FailedOperation.OperationNotAllow" | "FailedOperation.PrivateIpAddressUnavailable" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.InvalidParameterConflict" | "InvalidParameterValue.InvaildEniID" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "LimitExceeded.AddressQuotaLimitExceeded" | "MissingParameter.MissingAssociateEntity" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.AddressIdNotFound" | "UnsupportedOperation.AlreadyBindEip" | "UnsupportedOperation.InstanceIdNotFound" | "UnsupportedOperation.InstanceIdNotSupported" | "UnsupportedOperation.InvalidNetworkInterfaceIdNotFound" | "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip" | "UnsupportedOperation.Malformed" | "UnsupportedOperation.StatusNotPermit" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeAddressQuota may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeAddressQuotaErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidRegion" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.Malformed`: 请确认提供的IP地址是否完整。
 */
export type DescribeAddressesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.ParameterValueTooLarge" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeTaskResult may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeTaskResultErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvaildAddressId`: 无效的EIP。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.AddressIdNotFound`: 未找到相关IP。
 * - `UnsupportedOperation.InstanceIdNotFound`: 无效实例ID。指定的实例ID不存在。
 * - `UnsupportedOperation.InstanceIdNotSupported`: 不被支持的实例。
 * - `UnsupportedOperation.QuotaLimitExceeded`: 实例规格仅支持绑定三个EIP。
 * - `UnsupportedOperation.StatusNotPermit`: 当前状态不能进行此操作。
 */
export type DisassociateAddressErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvaildAddressId" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.AddressIdNotFound" | "UnsupportedOperation.InstanceIdNotFound" | "UnsupportedOperation.InstanceIdNotSupported" | "UnsupportedOperation.QuotaLimitExceeded" | "UnsupportedOperation.StatusNotPermit" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyAddressAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.AddressIdNotFound`: 未找到相关IP。
 * - `UnsupportedOperation.Malformed`: 请确认提供的IP地址是否完整。
 * - `UnsupportedOperation.StatusNotPermit`: 当前状态不能进行此操作。
 */
export type ModifyAddressAttributeErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.ParameterValueTooLarge" | "InvalidParameterValue.TooLong" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.AddressIdNotFound" | "UnsupportedOperation.Malformed" | "UnsupportedOperation.StatusNotPermit" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyAddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.BandwidthOutOfRange`: 超多带宽限制。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.AddressIdNotFound`: 未找到相关IP。
 * - `UnsupportedOperation.StatusNotPermit`: 当前状态不能进行此操作。
 */
export type ModifyAddressesBandwidthErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.BandwidthOutOfRange" | "InvalidParameterValue.InvalidBandwidth" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.AddressIdNotFound" | "UnsupportedOperation.StatusNotPermit" | CommonErrorCode | (string & {});
/**
 * Error codes ReleaseAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.AddressIdNotFound`: 未找到相关IP。
 * - `UnsupportedOperation.Malformed`: 请确认提供的IP地址是否完整。
 * - `UnsupportedOperation.StatusNotPermit`: 当前状态不能进行此操作。
 */
export type ReleaseAddressesErrorCode = "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.AddressIdNotFound" | "UnsupportedOperation.Malformed" | "UnsupportedOperation.StatusNotPermit" | CommonErrorCode | (string & {});
/**
 * Error codes CreateHaVip may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.ObjectNotCurrentSubnet`: 对象不在当前子网内。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 */
export type CreateHaVipErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.ObjectNotCurrentSubnet" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteHaVip may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteHaVipErrorCode = "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeHaVips may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.InvaildPageParam`: 分页参数不合法。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeHaVipsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameterValue.InvaildPageParam" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyHaVipAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 */
export type ModifyHaVipAttributeErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes AllocateIpv6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `InvalidParameterValue.InvalidEcmRegion`: 地域参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetConflict`: 指定CIDR与同一个私有网络内的另一个子网发生冲突。
 * - `InvalidParameterValue.UnsupportedRegion`: 不支持该区域。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type AllocateIpv6AddressesBandwidthErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidBandwidth" | "InvalidParameterValue.InvalidEcmRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.UnsupportedRegion" | "InvalidParameterValue.UserNotSupportIPv6" | "LimitExceeded.AddressQuotaLimitExceeded" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeRegionIpv6Addresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidEcmRegion`: 地域参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.UnsupportedRegion`: 不支持该区域。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeRegionIpv6AddressesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidEcmRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.UnsupportedRegion" | "InvalidParameterValue.UserNotSupportIPv6" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyIpv6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidEcmRegion`: 地域参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.UnsupportedRegion`: 不支持该区域。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ModifyIpv6AddressesBandwidthErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidEcmRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.UnsupportedRegion" | "InvalidParameterValue.UserNotSupportIPv6" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ReleaseIpv6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidEcmRegion`: 地域参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetConflict`: 指定CIDR与同一个私有网络内的另一个子网发生冲突。
 * - `InvalidParameterValue.UnsupportedRegion`: 不支持该区域。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type ReleaseIpv6AddressesBandwidthErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidEcmRegion" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.UnsupportedRegion" | "InvalidParameterValue.UserNotSupportIPv6" | "LimitExceeded.AddressQuotaLimitExceeded" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSnapshots may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidSnapshot`: InvalidParameterValue.InvalidSnapshot
 * - `InvalidParameterValue.InvalidSnapshotId`: InvalidParameterValue.InvalidSnapshotId
 * - `UnauthorizedOperation.MFAExpired`: UnauthorizedOperation.MFAExpired
 * - `UnsupportedOperation.SnapHasShared`: UnsupportedOperation.SnapHasShared
 * - `UnsupportedOperation.SnapshotHasBindedImage`: UnsupportedOperation.SnapshotHasBindedImage
 */
export type DeleteSnapshotsErrorCode = "InvalidParameterValue.InvalidSnapshot" | "InvalidParameterValue.InvalidSnapshotId" | "UnauthorizedOperation.MFAExpired" | "UnsupportedOperation.SnapHasShared" | "UnsupportedOperation.SnapshotHasBindedImage" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSnapshots may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 */
export type DescribeSnapshotsErrorCode = "FailedOperation.OperationNotAllow" | "InvalidParameterValue.InvalidFilter" | CommonErrorCode | (string & {});
/**
 * Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InvalidKeyPairName`: 密钥名称异常。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CreateKeyPairErrorCode = "InvalidParameterValue.InvalidKeyPairName" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.InstanceIdNotSupported`: 实例不支持当前操作。
 * - `InvalidParameterValue.InvalidKeyPairId`: 密钥ID无效。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type DisassociateInstancesKeyPairsErrorCode = "InvalidParameterValue.InstanceIdNotSupported" | "InvalidParameterValue.InvalidKeyPairId" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes AttachDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DiskAttached`: FailedOperation.DiskAttached
 * - `InternalError.ResourceOpFailed`: InternalError.ResourceOpFailed
 * - `InvalidParameterValue.InvalidDisk`: InvalidParameterValue.InvalidDisk
 * - `InvalidParameterValue.InvalidDiskId`: InvalidParameterValue.InvalidDiskId
 * - `InvalidParameterValue.InvalidDiskType`: InvalidParameterValue.InvalidDiskType
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.InvalidZone`: zone不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `LimitExceeded.AttachedDiskLimitExceeded`: LimitExceeded.AttachedDiskLimitExceeded
 * - `ResourceUnavailable.Attached`: ResourceUnavailable.Attached
 * - `ResourceUnavailable.NotSupported`: ResourceUnavailable.NotSupported
 * - `ResourceUnavailable.TypeError`: ResourceUnavailable.TypeError
 * - `UnsupportedOperation.InstanceIdNotSupported`: 不被支持的实例。
 */
export type AttachDisksErrorCode = "FailedOperation.DiskAttached" | "InternalError.ResourceOpFailed" | "InvalidParameterValue.InvalidDisk" | "InvalidParameterValue.InvalidDiskId" | "InvalidParameterValue.InvalidDiskType" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.LimitExceeded" | "LimitExceeded.AttachedDiskLimitExceeded" | "ResourceUnavailable.Attached" | "ResourceUnavailable.NotSupported" | "ResourceUnavailable.TypeError" | "UnsupportedOperation.InstanceIdNotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes CreateDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DataOperationFailed`: 数据操作失败。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InternalError.ComponentError`: InternalError.ComponentError
 * - `InvalidParameter.DiskConfigNotSupported`: InvalidParameter.DiskConfigNotSupported
 * - `InvalidParameter.ProjectIdNotExist`: InvalidParameter.ProjectIdNotExist
 * - `UnauthorizedOperation.NotCertification`: UnauthorizedOperation.NotCertification
 * - `UnauthorizedOperation.NotHavePaymentRight`: UnauthorizedOperation.NotHavePaymentRight
 */
export type CreateDisksErrorCode = "FailedOperation.DataOperationFailed" | "FailedOperation.OperationNotAllow" | "InternalError.ComponentError" | "InvalidParameter.DiskConfigNotSupported" | "InvalidParameter.ProjectIdNotExist" | "UnauthorizedOperation.NotCertification" | "UnauthorizedOperation.NotHavePaymentRight" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 */
export type DescribeDisksErrorCode = "FailedOperation.OperationNotAllow" | "InvalidParameterValue.InvalidFilter" | CommonErrorCode | (string & {});
/**
 * Error codes DetachDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalError.ResourceOpFailed`: InternalError.ResourceOpFailed
 * - `InvalidParameterValue.InvalidDisk`: InvalidParameterValue.InvalidDisk
 * - `InvalidParameterValue.InvalidDiskId`: InvalidParameterValue.InvalidDiskId
 * - `InvalidParameterValue.InvalidDiskType`: InvalidParameterValue.InvalidDiskType
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `ResourceNotFound.NotFound`: ResourceNotFound.NotFound
 * - `ResourceUnavailable.NotPortable`: ResourceUnavailable.NotPortable
 * - `ResourceUnavailable.NotSupported`: ResourceUnavailable.NotSupported
 * - `ResourceUnavailable.TypeError`: ResourceUnavailable.TypeError
 * - `UnsupportedOperation.InstanceIdNotSupported`: 不被支持的实例。
 */
export type DetachDisksErrorCode = "InternalError.ResourceOpFailed" | "InvalidParameterValue.InvalidDisk" | "InvalidParameterValue.InvalidDiskId" | "InvalidParameterValue.InvalidDiskType" | "InvalidParameterValue.LimitExceeded" | "ResourceNotFound.NotFound" | "ResourceUnavailable.NotPortable" | "ResourceUnavailable.NotSupported" | "ResourceUnavailable.TypeError" | "UnsupportedOperation.InstanceIdNotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes TerminateDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DataOperationFailed`: 数据操作失败。
 * - `InternalError.FailQueryResource`: InternalError.FailQueryResource
 * - `InvalidParameterValue.InsufficientRefundQuota`: InvalidParameterValue.InsufficientRefundQuota
 * - `InvalidParameterValue.InvalidDisk`: InvalidParameterValue.InvalidDisk
 * - `ResourceUnavailable.Expire`: ResourceUnavailable.Expire
 * - `ResourceUnavailable.NotSupported`: ResourceUnavailable.NotSupported
 * - `ResourceUnavailable.RepeatRefund`: ResourceUnavailable.RepeatRefund
 */
export type TerminateDisksErrorCode = "FailedOperation.DataOperationFailed" | "InternalError.FailQueryResource" | "InvalidParameterValue.InsufficientRefundQuota" | "InvalidParameterValue.InvalidDisk" | "ResourceUnavailable.Expire" | "ResourceUnavailable.NotSupported" | "ResourceUnavailable.RepeatRefund" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type CreateSecurityGroupErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.ParameterValueTooLarge" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `LimitExceeded.SecurityGroupPolicySet`: 安全组规则数量超过上限。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnsupportedOperation.DuplicatePolicy`: 安全组规则重复。
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号和当前最新版本不一致。
 */
export type CreateSecurityGroupPoliciesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "LimitExceeded.SecurityGroupPolicySet" | "UnauthorizedOperation.ForbiddenOperation" | "UnsupportedOperation.DuplicatePolicy" | "UnsupportedOperation.VersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteSecurityGroupErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号和当前最新版本不一致。
 */
export type DeleteSecurityGroupPoliciesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "UnsupportedOperation.VersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupAssociationStatistics may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeSecurityGroupAssociationStatisticsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupLimits may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeSecurityGroupLimitsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeSecurityGroupPoliciesErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeSecurityGroupsErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.Malformed" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 */
export type ModifySecurityGroupAttributeErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.ParameterValueTooLarge" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifySecurityGroupPoliciesErrorCode = "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceSecurityGroupPolicy may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号和当前最新版本不一致。
 */
export type ReplaceSecurityGroupPolicyErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.Malformed" | "UnsupportedOperation.VersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeBaseOverview may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `MissingParameter.MissingOverViewParameter`: 获取概览页配置请求参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeBaseOverviewErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "MissingParameter.MissingOverViewParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeConfig may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `MissingParameter.MissingBaseConfigParameter`: 获取基础配置请求参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeConfigErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidPublicParam" | "MissingParameter.MissingBaseConfigParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceTypeConfig may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `MissingParameter.MissingInstanceTypeConfigParameter`: 机型操作参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeInstanceTypeConfigErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "MissingParameter.MissingInstanceTypeConfigParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeMonthPeakNetwork may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidISPInNode`: 运营商不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribeMonthPeakNetworkErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidISPInNode" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribePackingQuotaGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.DataOperationFailed`: 数据操作失败。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 */
export type DescribePackingQuotaGroupErrorCode = "FailedOperation.DataOperationFailed" | "FailedOperation.InternalOperationFailure" | "FailedOperation.OperationNotAllow" | "InvalidParameter.Coexist" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidFilter" | CommonErrorCode | (string & {});
/**
 * Error codes DescribePeakBaseOverview may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.InvalidTime`: 时间不合法。
 * - `MissingParameter.MissingOverViewParameter`: 获取概览页配置请求参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribePeakBaseOverviewErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.InvalidTime" | "MissingParameter.MissingOverViewParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribePeakNetworkOverview may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameterValue.FilterLimitExceeded`: Filter参数数值超过限制。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidTime`: 时间不合法。
 * - `MissingParameter.MissingOverViewParameter`: 获取概览页配置请求参数不全。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 */
export type DescribePeakNetworkOverviewErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameter.InvalidDataFormat" | "InvalidParameterValue.FilterLimitExceeded" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidTime" | "MissingParameter.MissingOverViewParameter" | "UnauthorizedOperation.ForbiddenOperation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeTaskStatus may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `InvalidParameterValue.TaskNotFound`: 无法找到任务。
 */
export type DescribeTaskStatusErrorCode = "FailedOperation.InternalOperationFailure" | "InvalidParameterValue.TaskNotFound" | CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    DescribeNode: DescribeNodeErrorCode;
    CreateModule: CreateModuleErrorCode;
    DeleteModule: DeleteModuleErrorCode;
    DescribeModule: DescribeModuleErrorCode;
    DescribeModuleDetail: DescribeModuleDetailErrorCode;
    ModifyModuleConfig: ModifyModuleConfigErrorCode;
    ModifyModuleDisableWanIp: ModifyModuleDisableWanIpErrorCode;
    ModifyModuleImage: ModifyModuleImageErrorCode;
    ModifyModuleIpDirect: ModifyModuleIpDirectErrorCode;
    ModifyModuleName: ModifyModuleNameErrorCode;
    ModifyModuleNetwork: ModifyModuleNetworkErrorCode;
    ModifyModuleSecurityGroups: ModifyModuleSecurityGroupsErrorCode;
    DescribeInstances: DescribeInstancesErrorCode;
    TerminateInstances: TerminateInstancesErrorCode;
    AssociateSecurityGroups: AssociateSecurityGroupsErrorCode;
    DescribeInstanceVncUrl: DescribeInstanceVncUrlErrorCode;
    DescribeInstancesDeniedActions: DescribeInstancesDeniedActionsErrorCode;
    DescribePriceRunInstance: DescribePriceRunInstanceErrorCode;
    DisassociateSecurityGroups: DisassociateSecurityGroupsErrorCode;
    ModifyInstancesAttribute: ModifyInstancesAttributeErrorCode;
    RebootInstances: RebootInstancesErrorCode;
    ResetInstances: ResetInstancesErrorCode;
    ResetInstancesMaxBandwidth: ResetInstancesMaxBandwidthErrorCode;
    ResetInstancesPassword: ResetInstancesPasswordErrorCode;
    RunInstances: RunInstancesErrorCode;
    StartInstances: StartInstancesErrorCode;
    StopInstances: StopInstancesErrorCode;
    CreateImage: CreateImageErrorCode;
    DeleteImage: DeleteImageErrorCode;
    DescribeCustomImageTask: DescribeCustomImageTaskErrorCode;
    DescribeImage: DescribeImageErrorCode;
    DescribeImportImageOs: DescribeImportImageOsErrorCode;
    ImportCustomImage: ImportCustomImageErrorCode;
    ImportImage: ImportImageErrorCode;
    ModifyImageAttribute: ModifyImageAttributeErrorCode;
    AssignIpv6CidrBlock: AssignIpv6CidrBlockErrorCode;
    AssignIpv6CidrBlocks: AssignIpv6CidrBlocksErrorCode;
    CreateVpc: CreateVpcErrorCode;
    DeleteVpc: DeleteVpcErrorCode;
    DescribeVpcs: DescribeVpcsErrorCode;
    ModifyVpcAttribute: ModifyVpcAttributeErrorCode;
    QueryVpcTaskResult: QueryVpcTaskResultErrorCode;
    CreateSubnet: CreateSubnetErrorCode;
    DescribeSubnets: DescribeSubnetsErrorCode;
    ModifySubnetAttribute: ModifySubnetAttributeErrorCode;
    DeleteSubnet: DeleteSubnetErrorCode;
    ModifyDefaultSubnet: ModifyDefaultSubnetErrorCode;
    AssignIpv6SubnetCidrBlock: AssignIpv6SubnetCidrBlockErrorCode;
    DescribeDefaultSubnet: DescribeDefaultSubnetErrorCode;
    UnassignIpv6SubnetCidrBlock: UnassignIpv6SubnetCidrBlockErrorCode;
    CreateRouteTable: CreateRouteTableErrorCode;
    DescribeRouteTables: DescribeRouteTablesErrorCode;
    ReplaceRouteTableAssociation: ReplaceRouteTableAssociationErrorCode;
    ModifyRouteTableAttribute: ModifyRouteTableAttributeErrorCode;
    ResetRoutes: ResetRoutesErrorCode;
    DeleteRouteTable: DeleteRouteTableErrorCode;
    CreateRoutes: CreateRoutesErrorCode;
    ReplaceRoutes: ReplaceRoutesErrorCode;
    DescribeRouteConflicts: DescribeRouteConflictsErrorCode;
    EnableRoutes: EnableRoutesErrorCode;
    DisableRoutes: DisableRoutesErrorCode;
    DeleteRoutes: DeleteRoutesErrorCode;
    BatchDeregisterTargets: BatchDeregisterTargetsErrorCode;
    BatchModifyTargetWeight: BatchModifyTargetWeightErrorCode;
    BatchRegisterTargets: BatchRegisterTargetsErrorCode;
    CreateListener: CreateListenerErrorCode;
    CreateLoadBalancer: CreateLoadBalancerErrorCode;
    DeleteListener: DeleteListenerErrorCode;
    DeleteLoadBalancer: DeleteLoadBalancerErrorCode;
    DeleteLoadBalancerListeners: DeleteLoadBalancerListenersErrorCode;
    DescribeListeners: DescribeListenersErrorCode;
    DescribeLoadBalanceTaskStatus: DescribeLoadBalanceTaskStatusErrorCode;
    DescribeLoadBalancers: DescribeLoadBalancersErrorCode;
    DescribeTargetHealth: DescribeTargetHealthErrorCode;
    DescribeTargets: DescribeTargetsErrorCode;
    ModifyListener: ModifyListenerErrorCode;
    ModifyLoadBalancerAttributes: ModifyLoadBalancerAttributesErrorCode;
    ModifyTargetPort: ModifyTargetPortErrorCode;
    ModifyTargetWeight: ModifyTargetWeightErrorCode;
    SetLoadBalancerSecurityGroups: SetLoadBalancerSecurityGroupsErrorCode;
    SetSecurityGroupForLoadbalancers: SetSecurityGroupForLoadbalancersErrorCode;
    CreateNetworkInterface: CreateNetworkInterfaceErrorCode;
    DescribeNetworkInterfaces: DescribeNetworkInterfacesErrorCode;
    AttachNetworkInterface: AttachNetworkInterfaceErrorCode;
    DetachNetworkInterface: DetachNetworkInterfaceErrorCode;
    MigrateNetworkInterface: MigrateNetworkInterfaceErrorCode;
    AssignPrivateIpAddresses: AssignPrivateIpAddressesErrorCode;
    RemovePrivateIpAddresses: RemovePrivateIpAddressesErrorCode;
    MigratePrivateIpAddress: MigratePrivateIpAddressErrorCode;
    AssignIpv6Addresses: AssignIpv6AddressesErrorCode;
    DeleteNetworkInterface: DeleteNetworkInterfaceErrorCode;
    ModifyIpv6AddressesAttribute: ModifyIpv6AddressesAttributeErrorCode;
    ModifyPrivateIpAddressesAttribute: ModifyPrivateIpAddressesAttributeErrorCode;
    ReleaseIpv6Addresses: ReleaseIpv6AddressesErrorCode;
    AllocateAddresses: AllocateAddressesErrorCode;
    AssociateAddress: AssociateAddressErrorCode;
    DescribeAddressQuota: DescribeAddressQuotaErrorCode;
    DescribeAddresses: DescribeAddressesErrorCode;
    DescribeTaskResult: DescribeTaskResultErrorCode;
    DisassociateAddress: DisassociateAddressErrorCode;
    ModifyAddressAttribute: ModifyAddressAttributeErrorCode;
    ModifyAddressesBandwidth: ModifyAddressesBandwidthErrorCode;
    ReleaseAddresses: ReleaseAddressesErrorCode;
    CreateHaVip: CreateHaVipErrorCode;
    DeleteHaVip: DeleteHaVipErrorCode;
    DescribeHaVips: DescribeHaVipsErrorCode;
    ModifyHaVipAttribute: ModifyHaVipAttributeErrorCode;
    AllocateIpv6AddressesBandwidth: AllocateIpv6AddressesBandwidthErrorCode;
    DescribeRegionIpv6Addresses: DescribeRegionIpv6AddressesErrorCode;
    ModifyIpv6AddressesBandwidth: ModifyIpv6AddressesBandwidthErrorCode;
    ReleaseIpv6AddressesBandwidth: ReleaseIpv6AddressesBandwidthErrorCode;
    DeleteSnapshots: DeleteSnapshotsErrorCode;
    DescribeSnapshots: DescribeSnapshotsErrorCode;
    CreateKeyPair: CreateKeyPairErrorCode;
    DisassociateInstancesKeyPairs: DisassociateInstancesKeyPairsErrorCode;
    AttachDisks: AttachDisksErrorCode;
    CreateDisks: CreateDisksErrorCode;
    DescribeDisks: DescribeDisksErrorCode;
    DetachDisks: DetachDisksErrorCode;
    TerminateDisks: TerminateDisksErrorCode;
    CreateSecurityGroup: CreateSecurityGroupErrorCode;
    CreateSecurityGroupPolicies: CreateSecurityGroupPoliciesErrorCode;
    DeleteSecurityGroup: DeleteSecurityGroupErrorCode;
    DeleteSecurityGroupPolicies: DeleteSecurityGroupPoliciesErrorCode;
    DescribeSecurityGroupAssociationStatistics: DescribeSecurityGroupAssociationStatisticsErrorCode;
    DescribeSecurityGroupLimits: DescribeSecurityGroupLimitsErrorCode;
    DescribeSecurityGroupPolicies: DescribeSecurityGroupPoliciesErrorCode;
    DescribeSecurityGroups: DescribeSecurityGroupsErrorCode;
    ModifySecurityGroupAttribute: ModifySecurityGroupAttributeErrorCode;
    ModifySecurityGroupPolicies: ModifySecurityGroupPoliciesErrorCode;
    ReplaceSecurityGroupPolicy: ReplaceSecurityGroupPolicyErrorCode;
    DescribeBaseOverview: DescribeBaseOverviewErrorCode;
    DescribeConfig: DescribeConfigErrorCode;
    DescribeInstanceTypeConfig: DescribeInstanceTypeConfigErrorCode;
    DescribeMonthPeakNetwork: DescribeMonthPeakNetworkErrorCode;
    DescribePackingQuotaGroup: DescribePackingQuotaGroupErrorCode;
    DescribePeakBaseOverview: DescribePeakBaseOverviewErrorCode;
    DescribePeakNetworkOverview: DescribePeakNetworkOverviewErrorCode;
    DescribeTaskStatus: DescribeTaskStatusErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.describeNode(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeNode") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

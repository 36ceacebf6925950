import { ServiceError } from "@docs2sdk/runtime";
/**
 * Error codes every action of the service may return (the common error table).
 *
 * - `InvalidParameter`: 请求参数非法缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。
 * - `InvalidParameter.SignatureFailure`: 身份认证失败：身份认证失败，一般是由于签名计算错误导致的。
 * - `AuthFailure`: 未授权访问接口子账号未被主账号授权访问该接口，请联系主账号管理员开通接口权限。
 * - `InvalidParameter.SecretIdNotFound`: 密钥不存在：用于请求的密钥不存在，请确认后重试。
 * - `InvalidRequest.TokenCheckFailed`: token 错误：token 错误。
 * - `InvalidRequest.MFACheckFailed`: MFA 校验失败：MFA 校验失败。
 * - `InternalError.CAMInnerError`: 其他 CAM 鉴权失败  其他 CAM 鉴权失败。
 * - `InvalidRequest.Forbidden`: 拒绝访问：账号被封禁，或者不在接口针对的用户范围内等。
 * - `InvalidRequest.LimitExceeded`: 超过配额：请求的次数超过了配额限制。
 * - `InvalidRequest.ReplayAttack`: 重放攻击请求的 Nonce 和 Timestamp 参数用于确保每次请求只会在服务器端被执行一次，所以本次的 Nonce 和上次的不能重复，Timestamp 与腾讯服务器相差不能超过5分钟。
 * - `InvalidRequest.UnsupportedProtocol`: 协议不支持协议不支持，当前 API 仅支持 HTTPS 协议，不支持 HTTP 协议。
 * - `InternalError.ResourceOpFailed`: 资源操作失败对资源的操作失败，具体错误信息请查看错误描述 message 字段，稍后重试或者联系客服人员帮忙解决。
 * - `InternalError`: 服务器内部错误：服务器内部出现错误，请稍后重试或者联系客服人员帮忙解决。
 * - `InvalidAction.NotFound`: 版本暂不支持本版本内不支持此接口或该接口处于维护状态等。注意：出现这个错误时, 请先确定接口的域名是否正确, 不同的模块，域名可能不一样。
 * - `InvalidAction.ActionUnavailable`: 接口暂时无法访问：当前接口处于停服维护状态，请稍后重试。
 * - `InvalidRequest.RequestConcurrency`: Exceeded接口请求超过并发限制：当前接口请求量超过 qps 限制，请稍后重试。
 */
export type CommonErrorCode = "InvalidParameter" | "InvalidParameter.SignatureFailure" | "AuthFailure" | "InvalidParameter.SecretIdNotFound" | "InvalidRequest.TokenCheckFailed" | "InvalidRequest.MFACheckFailed" | "InternalError.CAMInnerError" | "InvalidRequest.Forbidden" | "InvalidRequest.LimitExceeded" | "InvalidRequest.ReplayAttack" | "InvalidRequest.UnsupportedProtocol" | "InternalError.ResourceOpFailed" | "InternalError" | "InvalidAction.NotFound" | "InvalidAction.ActionUnavailable" | "InvalidRequest.RequestConcurrency";
/** Error codes DescribeAvailabilityZones may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAvailabilityZonesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeZoneAbility may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeZoneAbilityErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeProductRegionList may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeProductRegionListErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes RunInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.InvaildZoneId`: zoneId 不合法
 * - `OperationFail.SystemBusy`: 资源购买繁忙
 * - `InvalidParameter.PasswordNotConformSpecs`: 密码不合规范
 * - `OperationConstraints.AccountBalanceNotEnough`: 您的余额不足，请先充值
 * - `InvalidParameter.InvalidIpFormat`: ip 格式不正确
 * - `InvalidParameter.NotSupportReservedIp`: 保留 ip 不可使用
 * - `InvalidParameter.IpNotInCidrRange`: ip 不在子网内
 * - `InvalidParameter.IpInUse`: ip 已经被使用
 */
export type RunInstancesErrorCode = "InvalidParameter.InvaildZoneId" | "OperationFail.SystemBusy" | "InvalidParameter.PasswordNotConformSpecs" | "OperationConstraints.AccountBalanceNotEnough" | "InvalidParameter.InvalidIpFormat" | "InvalidParameter.NotSupportReservedIp" | "InvalidParameter.IpNotInCidrRange" | "InvalidParameter.IpInUse" | CommonErrorCode | (string & {});
/**
 * Error codes RunInstancesHour may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.PasswordNotConformSpecs`: 密码不合规范
 * - `InvalidParameter.InvaildZoneId`: zoneId 不合法
 * - `InnerError.VpcError`: 内部错误 VPC
 * - `OperationConstraints.AccountBalanceNotEnough`: 您的余额不足，请先充值
 * - `OperationFail.SystemBusy`: 资源购买繁忙
 * - `InvalidParameter.InvalidIpFormat`: ip 格式不正确
 * - `InvalidParameter.NotSupportReservedIp`: 保留 IP 不可使用
 * - `InvalidParameter.IpNotInCidrRange`: IP 不在子网内
 * - `InvalidParameter.IpInUse`: IP 已经被使用
 */
export type RunInstancesHourErrorCode = "InvalidParameter.PasswordNotConformSpecs" | "InvalidParameter.InvaildZoneId" | "InnerError.VpcError" | "OperationConstraints.AccountBalanceNotEnough" | "OperationFail.SystemBusy" | "InvalidParameter.InvalidIpFormat" | "InvalidParameter.NotSupportReservedIp" | "InvalidParameter.IpNotInCidrRange" | "InvalidParameter.IpInUse" | CommonErrorCode | (string & {});
/**
 * Error codes StartInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败
 */
export type StartInstancesErrorCode = "OperationConstraints.InvaildInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes StopInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败
 */
export type StopInstancesErrorCode = "OperationConstraints.InvaildInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes RestartInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败（EC_CVM_STATUS_ERROR）
 */
export type RestartInstancesErrorCode = "OperationConstraints.InvaildInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败
 * - `OperationFail.AllResourceOpFailed`: 资源操作失败参见： 普通异步任务接口返回格式 。
 * - `OperationConstraints.AccountBalanceNotEnough`: 您的余额不足，请先充值
 * - `OperationFail.SystemBusy`: 资源购买繁忙
 */
export type ResetInstancesErrorCode = "OperationConstraints.InvaildInstanceStatus" | "OperationFail.AllResourceOpFailed" | "OperationConstraints.AccountBalanceNotEnough" | "OperationFail.SystemBusy" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstanceAttributes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败（EC_CVM_STATUS_ERROR）
 */
export type ModifyInstanceAttributesErrorCode = "OperationConstraints.InvaildInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes ResetInstancePassword may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败
 */
export type ResetInstancePasswordErrorCode = "OperationConstraints.InvaildInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryInstancePrice may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `NotSupport.NotPrepaidUser`: 请求被拒绝，接口只支持预付费用户。
 * - `OperationFail.AllResourceOpFailed`: 资源操作失败。
 * - `NotSupport.SharedInstance`: 共享核实例不支持续费询价。
 * - `InvalidParameter.ResourceNotFound`: 资源不存在。
 * - `PermissionDenied`: 您没有权限调整本地硬盘类型系统盘的大小，请联系官方客服。
 * - `InvalidParameter.MissImageId`: 系统盘调整必须传 imageId。
 * - `NotSupport.InstanceConfig`: 请求失败，共享核实例不支持调整配置。
 * - `NotSupport.BandwidthPackageUser`: 请求失败，带宽包客户不支持使用该接口调整实例的带宽。
 * - `InvalidParameter.Bandwidth`: 售卖系统接口操作失败：bandwidth 参数不正确，请确认重试。
 */
export type InquiryInstancePriceErrorCode = "NotSupport.NotPrepaidUser" | "OperationFail.AllResourceOpFailed" | "NotSupport.SharedInstance" | "InvalidParameter.ResourceNotFound" | "PermissionDenied" | "InvalidParameter.MissImageId" | "NotSupport.InstanceConfig" | "NotSupport.BandwidthPackageUser" | "InvalidParameter.Bandwidth" | CommonErrorCode | (string & {});
/** Error codes InquiryInstancePriceHour may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryInstancePriceHourErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ResizeInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `NotSupport.NotPrepaidUser`: 请求被拒绝，接口只支持预付费用户
 * - `OperationFail.AllResourceOpFailed`: 资源操作失败
 * - `NotSupport.BandwidthPackageUser`: 请求失败，带宽包客户不支持使用该接口调整实例的带宽
 * - `InvalidParameter.Bandwidth`: 售卖系统接口操作失败：bandwidth 参数不正确，请确认重试
 * - `NotSupport.InstanceConfig`: 请求失败，共享核实例不支持调整配置
 * - `OperationConstraints.AccountBalanceNotEnough`: 您的余额不足，请先充值
 * - `OperationFail.SystemBusy`: 资源购买繁忙
 */
export type ResizeInstanceErrorCode = "NotSupport.NotPrepaidUser" | "OperationFail.AllResourceOpFailed" | "NotSupport.BandwidthPackageUser" | "InvalidParameter.Bandwidth" | "NotSupport.InstanceConfig" | "OperationConstraints.AccountBalanceNotEnough" | "OperationFail.SystemBusy" | CommonErrorCode | (string & {});
/** Error codes ResizeInstanceHour may return: its own documented codes, the service's common codes, and any other string. */
export type ResizeInstanceHourErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes RenewInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败
 * - `OperationConstraints.AccountBalanceNotEnough`: 您的余额不足，请先充值
 * - `PermissionDenied.UserQualificationAuditFailed`: 用户资质审核未通过
 * - `NotSupport.SharedInstance`: 共享核不允许续费
 * - `OperationFail.SystemBusy`: 资源购买繁忙
 */
export type RenewInstanceErrorCode = "OperationConstraints.InvaildInstanceStatus" | "OperationConstraints.AccountBalanceNotEnough" | "PermissionDenied.UserQualificationAuditFailed" | "NotSupport.SharedInstance" | "OperationFail.SystemBusy" | CommonErrorCode | (string & {});
/**
 * Error codes ReturnInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InvaildInstanceStatus`: 实例状态不正确或获取实例状态失败
 */
export type ReturnInstanceErrorCode = "OperationConstraints.InvaildInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstanceProject may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationConstraints.InstanceInAs`: 处于自动伸缩中的实例禁止更新项目
 * - `InvalidParameter.UuidOrUuidList`: 缺少 uuid 或 uuidList 参数
 * - `InvalidParameter.ProjectIdNotFound`: ProjectID 不存在
 * - `OperationConstraints.InstanceBindWithLoadBalance`: 绑定负载均衡的实例无法进行此操作
 */
export type ModifyInstanceProjectErrorCode = "OperationConstraints.InstanceInAs" | "InvalidParameter.UuidOrUuidList" | "InvalidParameter.ProjectIdNotFound" | "OperationConstraints.InstanceBindWithLoadBalance" | CommonErrorCode | (string & {});
/** Error codes ModifyUserCvmOverview may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyUserCvmOverviewErrorCode = CommonErrorCode | (string & {});
/** Error codes UpdateInstanceBandwidthHour may return: its own documented codes, the service's common codes, and any other string. */
export type UpdateInstanceBandwidthHourErrorCode = CommonErrorCode | (string & {});
/** Error codes UpdateInstanceBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type UpdateInstanceBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type CreateKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes ImportKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type ImportKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes BindInstanceKey may return: its own documented codes, the service's common codes, and any other string. */
export type BindInstanceKeyErrorCode = CommonErrorCode | (string & {});
/** Error codes unBindInstanceKey may return: its own documented codes, the service's common codes, and any other string. */
export type unBindInstanceKeyErrorCode = CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    DescribeAvailabilityZones: DescribeAvailabilityZonesErrorCode;
    DescribeZoneAbility: DescribeZoneAbilityErrorCode;
    DescribeProductRegionList: DescribeProductRegionListErrorCode;
    DescribeInstances: DescribeInstancesErrorCode;
    RunInstances: RunInstancesErrorCode;
    RunInstancesHour: RunInstancesHourErrorCode;
    StartInstances: StartInstancesErrorCode;
    StopInstances: StopInstancesErrorCode;
    RestartInstances: RestartInstancesErrorCode;
    ResetInstances: ResetInstancesErrorCode;
    ModifyInstanceAttributes: ModifyInstanceAttributesErrorCode;
    ResetInstancePassword: ResetInstancePasswordErrorCode;
    InquiryInstancePrice: InquiryInstancePriceErrorCode;
    InquiryInstancePriceHour: InquiryInstancePriceHourErrorCode;
    ResizeInstance: ResizeInstanceErrorCode;
    ResizeInstanceHour: ResizeInstanceHourErrorCode;
    RenewInstance: RenewInstanceErrorCode;
    ReturnInstance: ReturnInstanceErrorCode;
    ModifyInstanceProject: ModifyInstanceProjectErrorCode;
    ModifyUserCvmOverview: ModifyUserCvmOverviewErrorCode;
    UpdateInstanceBandwidthHour: UpdateInstanceBandwidthHourErrorCode;
    UpdateInstanceBandwidth: UpdateInstanceBandwidthErrorCode;
    DescribeKeyPairs: DescribeKeyPairsErrorCode;
    CreateKeyPair: CreateKeyPairErrorCode;
    ModifyKeyPair: ModifyKeyPairErrorCode;
    DeleteKeyPair: DeleteKeyPairErrorCode;
    ImportKeyPair: ImportKeyPairErrorCode;
    BindInstanceKey: BindInstanceKeyErrorCode;
    unBindInstanceKey: unBindInstanceKeyErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.describeAvailabilityZones(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeAvailabilityZones") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

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
/** Error codes SyncCvmImage may return: its own documented codes, the service's common codes, and any other string. */
export type SyncCvmImageErrorCode = CommonErrorCode | (string & {});
/** Error codes ShareImage may return: its own documented codes, the service's common codes, and any other string. */
export type ShareImageErrorCode = CommonErrorCode | (string & {});
/** Error codes CancelShareImage may return: its own documented codes, the service's common codes, and any other string. */
export type CancelShareImageErrorCode = CommonErrorCode | (string & {});
/** Error codes GetImageShareUinInfo may return: its own documented codes, the service's common codes, and any other string. */
export type GetImageShareUinInfoErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImages may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImagesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateImage may return: its own documented codes, the service's common codes, and any other string. */
export type CreateImageErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteImages may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteImagesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyImageAttributes may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyImageAttributesErrorCode = CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    SyncCvmImage: SyncCvmImageErrorCode;
    ShareImage: ShareImageErrorCode;
    CancelShareImage: CancelShareImageErrorCode;
    GetImageShareUinInfo: GetImageShareUinInfoErrorCode;
    DescribeImages: DescribeImagesErrorCode;
    CreateImage: CreateImageErrorCode;
    DeleteImages: DeleteImagesErrorCode;
    ModifyImageAttributes: ModifyImageAttributesErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.getImageShareUinInfo(input); }
 * catch (e) { if (isServiceErrorFrom(e, "GetImageShareUinInfo") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

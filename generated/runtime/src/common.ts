// Everything that does not depend on the platform; both entry points re-export it.
export type * from "./types.js";
export { ServiceError, RequestError, CredentialsError, isRetryableCode, isThrottled, redactSecrets, type RequestErrorCode, type ServiceErrorInit } from "./errors.js";
export {
  fromEnv,
  fromValue,
  credentialChain,
  defaultCredentials,
  envNames,
  credentialFamily,
  type CredentialFamily,
  type Env,
  type EnvNames,
} from "./credentials.js";
export { refreshingCredentials, DEFAULT_REFRESH_BEFORE, type RefreshOptions, type TemporaryCredentials } from "./credentials/refresh.js";
export { debugLogger, debugLoggerFromEnv, type DebugLoggerOptions, type Logger } from "./logger.js";
export {
  paginate,
  pageItems,
  getPath,
  PaginationLimitError,
  DEFAULT_MAX_PAGES,
  type PageSender,
  type PaginateOptions,
  type PaginationHint,
  type Paginator,
} from "./paginate.js";
export {
  createRequestValidator,
  ValidationError,
  type RequestValidator,
  type ValidationActions,
  type ValidationField,
  type ValidationFields,
  type ValidationProblem,
  type ValidationStructs,
} from "./validate.js";
export { DEFAULT_MAX_RETRIES, backoffDelay, sleep } from "./retry.js";
export { flattenParams, percentEncode, toBase64, toHex } from "./encoding.js";
export { redactRequest, redactResponse, redactBody, maskId } from "./redact.js";
export { fetchTransport } from "./transport/fetch.js";
export { webCrypto } from "./crypto/web.js";
export { BaseClient, resolveEndpoint, type Platform } from "./client.js";
export type { BuildContext, Endpoint, Parsed, ProtocolFactory, ProtocolHandler } from "./protocols/protocol.js";
export { deriveTc3Keys, utcDate, type Tc3DerivedKeys, type Tc3Signature, type Tc3SignInput } from "./signers/tc3.js";
export type { TencentSignatureMethod, TencentV1Signature, TencentV1SignInput } from "./signers/tencent-v1.js";
export type { AliyunRpcSignature, AliyunRpcSignInput } from "./signers/aliyun-rpc.js";

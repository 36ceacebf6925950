// The error answers of the three protocols, in each provider's real shape:
//   Tencent API 3.0  HTTP 200 {"Response": {"Error": {"Code", "Message"}, "RequestId"}}
//   Tencent V2       HTTP 200 {"code": <number>, "message", "codeDesc"}
//   Alibaba RPC      HTTP 4xx/5xx {"RequestId", "HostId", "Code", "Message"}
// Codes and statuses follow the documents' common error tables (Alibaba's 1.18.4, the V2 numeric
// table, the API 3.0 公共错误码). Where a spec lists the code with an HTTP status, that status wins.
import { protocolOf } from "../spec/protocols.ts";
import type { Protocol, Service } from "../spec/types.ts";

/** What went wrong, independent of how a protocol spells it. */
export type MockErrorKind =
  | "signature" // the signature does not match
  | "expired" // timestamp outside the allowed window
  | "secret-id" // unknown SecretId / AccessKeyId
  | "authorization" // Authorization header missing or unreadable
  | "missing" // a required parameter is absent
  | "unknown" // a parameter the action does not document
  | "invalid" // a parameter of the wrong type
  | "invalid-value" // a value outside a closed enumeration
  | "too-large" // the request body is over the size limit
  | "action" // no such action
  | "version" // no such API version / service
  | "throttled" // injected: request rate limit
  | "internal" // injected: server failure
  | "unavailable" // injected: service unavailable
  | "custom"; // injected: an API error with the caller's code

export interface MockError {
  kind: MockErrorKind;
  message: string;
  /** Overrides the protocol's code for the kind (custom injected errors). */
  code?: string;
  /** Overrides the HTTP status. */
  status?: number;
}

interface Spelling {
  code: string;
  /** HTTP status (Alibaba; Tencent answers 200 for every API error). */
  status: number;
  /** V2's numeric `code`. */
  v2?: number;
}

const TENCENT: Record<MockErrorKind, Spelling> = {
  signature: { code: "AuthFailure.SignatureFailure", status: 200, v2: 4100 },
  expired: { code: "AuthFailure.SignatureExpire", status: 200, v2: 4200 },
  "secret-id": { code: "AuthFailure.SecretIdNotFound", status: 200, v2: 4100 },
  authorization: { code: "AuthFailure.InvalidAuthorization", status: 200, v2: 4100 },
  missing: { code: "MissingParameter", status: 200, v2: 4000 },
  unknown: { code: "UnknownParameter", status: 200, v2: 4000 },
  invalid: { code: "InvalidParameter", status: 200, v2: 4000 },
  "invalid-value": { code: "InvalidParameterValue", status: 200, v2: 4000 },
  // 公共错误码 RequestSizeLimitExceeded 请求包超过限制大小 (tencentcloud-cvm-2017-03-12.txt:39608).
  "too-large": { code: "RequestSizeLimitExceeded", status: 200, v2: 4000 },
  action: { code: "InvalidAction", status: 200, v2: 6100 },
  version: { code: "NoSuchVersion", status: 200, v2: 6100 },
  throttled: { code: "RequestLimitExceeded", status: 200, v2: 4400 },
  internal: { code: "InternalError", status: 500, v2: 6000 },
  unavailable: { code: "ResourceUnavailable", status: 503, v2: 6200 },
  custom: { code: "FailedOperation", status: 200, v2: 5100 },
};

const ALIBABA: Record<MockErrorKind, Spelling> = {
  signature: { code: "SignatureDoesNotMatch", status: 400 },
  expired: { code: "InvalidTimeStamp.Expired", status: 400 },
  "secret-id": { code: "InvalidAccessKeyId.NotFound", status: 400 },
  authorization: { code: "IncompleteSignature", status: 400 },
  missing: { code: "MissingParameter", status: 400 },
  unknown: { code: "UnsupportedParameter", status: 400 },
  invalid: { code: "InvalidParameter", status: 400 },
  "invalid-value": { code: "InvalidParameter", status: 400 },
  // The common table has no size error: its generic parameter error, with HTTP's own status.
  "too-large": { code: "InvalidParameter", status: 413 },
  action: { code: "InvalidAction", status: 403 },
  version: { code: "InvalidVersion", status: 400 },
  throttled: { code: "Throttling", status: 400 },
  internal: { code: "InternalError", status: 500 },
  unavailable: { code: "ServiceUnavailable", status: 503 },
  custom: { code: "UnknownError", status: 400 },
};

/**
 * The codes (and V2 numbers) this protocol's signing, routing and throttling layer answers with,
 * whatever the document lists: the OpenAPI export adds them to its error code enum so that every
 * error the mock sends validates against it.
 */
export function protocolErrorCodes(protocol: Protocol): { codes: string[]; numbers: number[] } {
  const table = protocolOf(protocol).error.spelling === "alibaba" ? ALIBABA : TENCENT;
  const spellings = Object.values(table);
  return {
    codes: [...new Set(spellings.map((s) => s.code))],
    numbers: [...new Set(spellings.flatMap((s) => (s.v2 === undefined ? [] : [s.v2])))],
  };
}

export interface ErrorAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The HTTP status and body a provider answers the error with. */
export function renderError(protocol: Protocol, error: MockError, requestId: string, service?: Pick<Service, "errors" | "endpoint">): ErrorAnswer {
  const shape = protocolOf(protocol).error;
  const spelling = (shape.spelling === "alibaba" ? ALIBABA : TENCENT)[error.kind];
  const code = error.code ?? spelling.code;
  const documented = service?.errors.find((e) => e.code === code)?.httpStatus;
  switch (shape.shape) {
    case "response-error":
      // API errors come back as 200 with Response.Error; injected server failures keep their 5xx.
      return { status: error.status ?? spelling.status, body: { Response: { Error: { Code: code, Message: error.message }, RequestId: requestId } } };
    case "code-message-codedesc":
      return { status: error.status ?? spelling.status, body: { code: spelling.v2 ?? 4000, message: error.message, codeDesc: code } };
    case "code-message-requestid":
      return { status: error.status ?? documented ?? spelling.status, body: { RequestId: requestId, HostId: service?.endpoint ?? "127.0.0.1", Code: code, Message: error.message } };
  }
}

/** "The input parameter "X" that is mandatory..." and friends, per provider. */
export function parameterMessage(protocol: Protocol, kind: "missing" | "unknown" | "invalid" | "invalid-value", name: string, detail: string): string {
  if (protocolOf(protocol).error.spelling === "alibaba") {
    if (kind === "missing") return `The input parameter "${name}" that is mandatory for processing this request is not supplied.`;
    if (kind === "unknown") return `The parameter "${name}" is unsupported.`;
    return `The specified parameter "${name}" is not valid: ${detail}`;
  }
  if (kind === "missing") return `The request is missing a required parameter \`${name}\`.`;
  if (kind === "unknown") return `The parameter \`${name}\` is not recognized.`;
  return `The value of parameter \`${name}\` is not valid: ${detail}`;
}

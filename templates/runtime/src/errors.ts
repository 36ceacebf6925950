// Typed errors. None of them holds credentials, the request or the config: only what a caller
// needs to decide what to do (code, request id, status, retryable). Fields set in the constructor are
// `declare`d: no class-field definitions to ship, and requestId/httpStatus exist only when known.

export interface ServiceErrorInit {
  code: string;
  message: string;
  action: string;
  requestId?: string;
  httpStatus?: number;
  retryable?: boolean;
}

/** The service answered with an error (or with something that is not a valid response). */
export class ServiceError extends Error {
  override name = "ServiceError";
  declare readonly code: string;
  declare readonly action: string;
  declare readonly requestId?: string;
  declare readonly httpStatus?: number;
  declare readonly retryable: boolean;

  constructor(init: ServiceErrorInit) {
    // The code and request id in the message itself, so String(error), a log line or an uncaught
    // error's report carries them: "ServiceError: AuthFailure: message (RequestId: ...)".
    super(`${init.code}: ${init.message}${init.requestId !== undefined ? ` (RequestId: ${init.requestId})` : ""}`);
    this.code = init.code;
    this.action = init.action;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
    this.retryable = init.retryable ?? isRetryableCode(init.code, init.httpStatus);
  }
}

export type RequestErrorCode = "NetworkError" | "Timeout" | "ResponseTooLarge";

/**
 * No usable response: connection failure, a timeout (per attempt or the call's deadline), or a body
 * over the size limit. `outcomeUnknown` is true when the request may have reached the service and run,
 * and was not sent again because the action is not idempotent (no client token, not read-only).
 */
export class RequestError extends Error {
  override name = "RequestError";
  declare readonly code: RequestErrorCode;
  declare readonly action: string;
  declare readonly retryable: boolean;
  declare readonly outcomeUnknown: boolean;

  constructor(code: RequestErrorCode, message: string, action: string, options?: { cause?: unknown }, outcomeUnknown = false) {
    super(message + (outcomeUnknown ? "; outcome unknown" : ""), options);
    this.code = code;
    this.action = action;
    this.retryable = code !== "ResponseTooLarge";
    this.outcomeUnknown = outcomeUnknown;
  }
}

/**
 * No credentials could be found (code CredentialsNotFound; `tried` names every place looked at, in
 * order), or a source was found but is unusable (code CredentialsInvalid: a profile of an unsupported
 * type, a malformed file), which stops a chain rather than silently falling through to another
 * identity. Messages name places and reasons only, never a value read from a source.
 */
export class CredentialsError extends Error {
  override name = "CredentialsError";
  declare readonly code: "CredentialsNotFound" | "CredentialsInvalid";
  declare readonly tried: string[];

  constructor(message: string, tried: string[], code: "CredentialsNotFound" | "CredentialsInvalid" = "CredentialsNotFound") {
    super(message);
    this.code = code;
    this.tried = tried;
  }
}

/** Throttling (RequestLimitExceeded.*, Throttling.*, HTTP 429): the service refused to run the call. */
export function isThrottled(code: string, httpStatus?: number): boolean {
  return /^(RequestLimitExceeded|Throttling)(\.|$)/.test(code) || httpStatus === 429;
}

/**
 * Throttling and server-side failures: worth another attempt. The client retries server-side failures
 * only for idempotent actions, since the call may have run.
 */
export function isRetryableCode(code: string, httpStatus?: number): boolean {
  // undefined >= 500 is false: no status, not a server failure.
  return isThrottled(code, httpStatus) || httpStatus! >= 500;
}

/** A transport's failure with the code the client reads from it (error.code). */
const transportError = (message: string, code: RequestErrorCode): Error => Object.assign(new Error(message), { code });

/** What a transport rejects with when a body exceeds request.maxBytes (the client makes it a RequestError). */
export const responseTooLarge = (limit: number) => transportError(`response body over ${limit} bytes`, "ResponseTooLarge");

/** What a transport rejects with when an exchange outlasts request.timeout (the client makes it a RequestError). */
export const exchangeTimedOut = (ms: number) => transportError(`no response within ${ms} ms`, "Timeout");

/** A string as a JSON string literal carries it, without the quotes: `a"b` -> `a\"b`. */
const jsonEscape = (value: string) => JSON.stringify(value).slice(1, -1);

/**
 * Replaces every occurrence of the given secrets (keys, ids, tokens, passwords) with "***": as they
 * are, and encoded once and twice, as a server echoing its input carries them back: by the protocol's
 * encoding (a query, a form, Alibaba's string to sign) and JSON-escaped (a JSON body echoed in a
 * message, and that message in a logged JSON body).
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[], encode?: (value: string) => string): string {
  for (const secret of secrets)
    if (secret && secret.length >= 4)
      for (const step of [encode, jsonEscape])
        for (let form = secret, i = 0; i < 3; i++, form = step ? step(form) : form) text = text.replaceAll(form, "***");
  return text;
}

export interface ServiceErrorInit {
    code: string;
    message: string;
    action: string;
    requestId?: string;
    httpStatus?: number;
    retryable?: boolean;
}
/** The service answered with an error (or with something that is not a valid response). */
export declare class ServiceError extends Error {
    name: string;
    readonly code: string;
    readonly action: string;
    readonly requestId?: string;
    readonly httpStatus?: number;
    readonly retryable: boolean;
    constructor(init: ServiceErrorInit);
}
export type RequestErrorCode = "NetworkError" | "Timeout" | "ResponseTooLarge";
/**
 * No usable response: connection failure, a timeout (per attempt or the call's deadline), or a body
 * over the size limit. `outcomeUnknown` is true when the request may have reached the service and run,
 * and was not sent again because the action is not idempotent (no client token, not read-only).
 */
export declare class RequestError extends Error {
    name: string;
    readonly code: RequestErrorCode;
    readonly action: string;
    readonly retryable: boolean;
    readonly outcomeUnknown: boolean;
    constructor(code: RequestErrorCode, message: string, action: string, options?: {
        cause?: unknown;
    }, outcomeUnknown?: boolean);
}
/**
 * No credentials could be found (code CredentialsNotFound; `tried` names every place looked at, in
 * order), or a source was found but is unusable (code CredentialsInvalid: a profile of an unsupported
 * type, a malformed file), which stops a chain rather than silently falling through to another
 * identity. Messages name places and reasons only, never a value read from a source.
 */
export declare class CredentialsError extends Error {
    name: string;
    readonly code: "CredentialsNotFound" | "CredentialsInvalid";
    readonly tried: string[];
    constructor(message: string, tried: string[], code?: "CredentialsNotFound" | "CredentialsInvalid");
}
/** Throttling (RequestLimitExceeded.*, Throttling.*, HTTP 429): the service refused to run the call. */
export declare function isThrottled(code: string, httpStatus?: number): boolean;
/**
 * Throttling and server-side failures: worth another attempt. The client retries server-side failures
 * only for idempotent actions, since the call may have run.
 */
export declare function isRetryableCode(code: string, httpStatus?: number): boolean;
/** What a transport rejects with when a body exceeds request.maxBytes (the client makes it a RequestError). */
export declare const responseTooLarge: (limit: number) => Error;
/** What a transport rejects with when an exchange outlasts request.timeout (the client makes it a RequestError). */
export declare const exchangeTimedOut: (ms: number) => Error;
/**
 * Replaces every occurrence of the given secrets (keys, ids, tokens, passwords) with "***": as they
 * are, and encoded once and twice, as a server echoing its input carries them back: by the protocol's
 * encoding (a query, a form, Alibaba's string to sign) and JSON-escaped (a JSON body echoed in a
 * message, and that message in a logged JSON body).
 */
export declare function redactSecrets(text: string, secrets: readonly (string | undefined)[], encode?: (value: string) => string): string;

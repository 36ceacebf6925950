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
/** No response arrived: connection failure or the call's timeout. */
export declare class RequestError extends Error {
    name: string;
    readonly code: "NetworkError" | "Timeout";
    readonly action: string;
    readonly retryable: boolean;
    constructor(code: "NetworkError" | "Timeout", message: string, action: string, options?: {
        cause?: unknown;
    });
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
/** Throttling codes of both clouds (RequestLimitExceeded.*, Throttling.*) and server-side failures. */
export declare function isRetryableCode(code: string, httpStatus?: number): boolean;
/** Replaces every occurrence of the given secrets (keys, ids, tokens) with "***". */
export declare function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string;

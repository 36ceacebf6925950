// Typed errors. None of them holds credentials, the request or the config: only what a caller
// needs to decide what to do (code, request id, status, retryable).
/** The service answered with an error (or with something that is not a valid response). */
export class ServiceError extends Error {
    name = "ServiceError";
    code;
    action;
    requestId;
    httpStatus;
    retryable;
    constructor(init) {
        super(init.message);
        this.code = init.code;
        this.action = init.action;
        if (init.requestId !== undefined)
            this.requestId = init.requestId;
        if (init.httpStatus !== undefined)
            this.httpStatus = init.httpStatus;
        this.retryable = init.retryable ?? isRetryableCode(init.code, init.httpStatus);
    }
}
/** No response arrived: connection failure or the call's timeout. */
export class RequestError extends Error {
    name = "RequestError";
    code;
    action;
    retryable;
    constructor(code, message, action, options) {
        super(message, options);
        this.code = code;
        this.action = action;
        this.retryable = code === "NetworkError";
    }
}
/** No credentials could be found; `tried` names every place that was looked at. */
export class CredentialsError extends Error {
    name = "CredentialsError";
    code = "CredentialsNotFound";
    tried;
    constructor(message, tried) {
        super(message);
        this.tried = tried;
    }
}
/** Throttling codes of both clouds (RequestLimitExceeded.*, Throttling.*) and server-side failures. */
export function isRetryableCode(code, httpStatus) {
    return /^(RequestLimitExceeded|Throttling)(\.|$)/.test(code) || (httpStatus !== undefined && httpStatus >= 500);
}
/** Replaces every occurrence of the given secrets (keys, ids, tokens) with "***". */
export function redactSecrets(text, secrets) {
    for (const secret of secrets)
        if (secret && secret.length >= 4)
            text = text.split(secret).join("***");
    return text;
}

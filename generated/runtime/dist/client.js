import { RequestError, ServiceError, redactSecrets } from "./errors.js";
import { defaultCredentials, fromValue } from "./credentials.js";
import { DEFAULT_MAX_RETRIES, anySignal, backoffDelay, sleep } from "./retry.js";
import { fetchTransport } from "./transport/fetch.js";
/** "cvm.tencentcloudapi.com" or "http://127.0.0.1:8080[/path]" -> origin, Host header and path. */
export function resolveEndpoint(endpoint, defaultPath) {
    const url = new URL(endpoint.includes("://") ? endpoint : "https://" + endpoint);
    const path = url.pathname && url.pathname !== "/" ? url.pathname : defaultPath;
    return { origin: url.protocol + "//" + url.host, host: url.host, path };
}
export class BaseClient {
    service;
    // Private fields: credentials and config never show up in inspect(), JSON or enumerable keys.
    #config;
    #credentials;
    #transport;
    #protocol;
    #hooks;
    /** `protocol` comes from the subclass, so that a bundle carries only the protocol it uses. */
    constructor(service, config, platform, protocol) {
        this.service = service;
        this.#config = config;
        const credentials = config.credentials;
        this.#credentials =
            typeof credentials === "function" ? credentials : credentials ? fromValue(credentials) : defaultCredentials(service.provider);
        this.#transport = config.transport ?? (config.fetch ? fetchTransport(config.fetch) : platform.transport());
        this.#protocol = protocol(platform.crypto);
        this.#hooks = config.hooks === undefined ? [] : Array.isArray(config.hooks) ? config.hooks : [config.hooks];
    }
    /** Calls an action and resolves with the unwrapped response. */
    async send(action, input, options) {
        return (await this.sendRaw(action, input, options)).data;
    }
    /** Like send, with the HTTP response, request id, attempt count and elapsed time. */
    async sendRaw(action, input, options = {}) {
        const config = this.#config;
        const now = config.now ?? Date.now;
        const started = now();
        const timeout = options.timeout ?? config.timeout;
        const deadline = timeout !== undefined ? AbortSignal.timeout(timeout) : undefined;
        const signal = anySignal([options.signal, deadline]);
        const maxRetries = options.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES;
        const defaultPath = this.service.path ?? (this.service.protocol === "tencent-v2" ? "/v2/index.php" : "/");
        const endpoint = resolveEndpoint(options.endpoint ?? config.endpoint ?? this.service.endpoint, defaultPath);
        const region = options.region ?? config.region;
        const credentials = await this.#credentials();
        const secrets = [credentials.secretKey, credentials.token, credentials.secretId];
        for (let attempt = 0;; attempt++) {
            const attemptStart = now();
            const request = await this.#protocol.build({
                service: this.service,
                action,
                input,
                credentials,
                endpoint,
                ...(region !== undefined && { region }),
                config,
                now: attemptStart,
            });
            if (signal)
                request.signal = signal;
            const context = { service: this.service, action, attempt, request };
            for (const hook of this.#hooks)
                await hook.beforeRequest?.(context);
            let response;
            let error;
            try {
                response = await this.#transport.send(request);
            }
            catch (cause) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                error = deadline?.aborted
                    ? new RequestError("Timeout", `${action}: no response within ${timeout} ms`, action)
                    : new RequestError("NetworkError", redactSecrets(`${action}: ${describe(cause)}`, secrets), action, { cause });
            }
            if (response) {
                context.response = response;
                context.elapsed = now() - attemptStart;
                for (const hook of this.#hooks)
                    await hook.afterResponse?.(context);
                try {
                    const parsed = this.#protocol.parse(response, action);
                    const result = { data: parsed.data, response, attempts: attempt + 1, elapsed: now() - started };
                    if (parsed.requestId !== undefined)
                        result.requestId = parsed.requestId;
                    return result;
                }
                catch (e) {
                    if (!(e instanceof ServiceError))
                        throw e;
                    e.message = redactSecrets(e.message, secrets);
                    error = e;
                }
            }
            context.error = error;
            context.elapsed = now() - attemptStart;
            for (const hook of this.#hooks)
                await hook.onError?.(context);
            if (!error.retryable || attempt >= maxRetries)
                throw error;
            try {
                await (config.retry?.sleep ?? sleep)(backoffDelay(attempt, config.retry), signal);
            }
            catch (reason) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                if (deadline?.aborted)
                    throw new RequestError("Timeout", `${action}: no response within ${timeout} ms`, action);
                throw reason;
            }
        }
    }
}
function describe(cause) {
    if (cause instanceof Error) {
        const code = cause.code;
        return typeof code === "string" ? `${code} ${cause.message}` : cause.message;
    }
    return String(cause);
}

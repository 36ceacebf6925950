// The client every generated package builds on: resolves credentials, endpoint and region, builds and
// signs the request for the service's protocol, sends it with bounded retries, runs the hooks, and
// unwraps the response. Platform specifics (transport, hashing) come from the package entry point.
import type {
  CallOptions,
  ClientConfig,
  CredentialsProvider,
  CryptoProvider,
  HookContext,
  Hooks,
  HttpResponse,
  RawResult,
  ServiceInfo,
  Transport,
} from "./types.js";
import { RequestError, ServiceError, redactSecrets } from "./errors.js";
import { fromValue } from "./credentials.js";
import { DEFAULT_MAX_RETRIES, anySignal, backoffDelay, sleep } from "./retry.js";
import { fetchTransport } from "./transport/fetch.js";
import type { Endpoint, Parsed, ProtocolFactory, ProtocolHandler } from "./protocols/protocol.js";

export interface Platform {
  crypto: CryptoProvider;
  /** The transport used when the config names neither transport nor fetch. */
  transport: () => Transport;
  /** The credential chain used when the config has no credentials (browsers: environment variables where there are any). */
  credentials: (service: ServiceInfo) => CredentialsProvider;
  /** Hooks every client of the platform adds after the config's (Node: DOCS2SDK_DEBUG's logger). */
  hooks?: () => Hooks[];
}

/** "cvm.tencentcloudapi.com" or "http://127.0.0.1:8080[/path]" -> origin, Host header and path. */
export function resolveEndpoint(endpoint: string, defaultPath: string): Endpoint {
  const url = new URL(endpoint.includes("://") ? endpoint : "https://" + endpoint);
  const path = url.pathname && url.pathname !== "/" ? url.pathname : defaultPath;
  return { origin: url.protocol + "//" + url.host, host: url.host, path };
}

export class BaseClient {
  readonly service: ServiceInfo;
  // Private fields: credentials and config never show up in inspect(), JSON or enumerable keys.
  readonly #config: ClientConfig;
  readonly #credentials: CredentialsProvider;
  readonly #transport: Transport;
  readonly #protocol: ProtocolHandler;
  readonly #hooks: Hooks[];

  /** `protocol` comes from the subclass, so that a bundle carries only the protocol it uses. */
  constructor(service: ServiceInfo, config: ClientConfig, platform: Platform, protocol: ProtocolFactory) {
    this.service = service;
    this.#config = config;
    const credentials = config.credentials;
    this.#credentials =
      typeof credentials === "function"
        ? credentials
        : credentials
          ? fromValue(credentials)
          : platform.credentials(service);
    this.#transport = config.transport ?? (config.fetch ? fetchTransport(config.fetch) : platform.transport());
    this.#protocol = protocol(platform.crypto);
    this.#hooks = [...(config.hooks === undefined ? [] : Array.isArray(config.hooks) ? config.hooks : [config.hooks]), ...(platform.hooks?.() ?? [])];
  }

  /** Calls an action and resolves with the unwrapped response. */
  async send<Input extends object, Output>(action: string, input: Input, options?: CallOptions): Promise<Output> {
    return (await this.sendRaw<Input, Output>(action, input, options)).data;
  }

  /** Like send, with the HTTP response, request id, attempt count and elapsed time. */
  async sendRaw<Input extends object, Output>(action: string, input: Input, options: CallOptions = {}): Promise<RawResult<Output>> {
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
    const redact = (text: string) => redactSecrets(text, secrets);

    for (let attempt = 0; ; attempt++) {
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
      if (signal) request.signal = signal;
      const context: HookContext = { service: this.service, action, attempt, maxRetries, startedAt: attemptStart, request, redact };
      for (const hook of this.#hooks) await hook.beforeRequest?.(context);

      let response: HttpResponse | undefined;
      let error: ServiceError | RequestError | undefined;
      try {
        response = await this.#transport.send(request);
      } catch (cause) {
        if (options.signal?.aborted) throw options.signal.reason;
        error = deadline?.aborted
          ? new RequestError("Timeout", `${action}: no response within ${timeout} ms`, action)
          : new RequestError("NetworkError", redactSecrets(`${action}: ${describe(cause)}`, secrets), action, { cause });
      }
      if (response) {
        let parsed: Parsed | undefined;
        try {
          parsed = this.#protocol.parse(response, action);
        } catch (e) {
          if (!(e instanceof ServiceError)) throw e;
          e.message = redactSecrets(e.message, secrets);
          error = e;
        }
        context.response = response;
        context.status = response.status;
        const requestId = parsed ? parsed.requestId : (error as ServiceError).requestId;
        if (requestId !== undefined) context.requestId = requestId;
        context.elapsed = now() - attemptStart;
        for (const hook of this.#hooks) await hook.afterResponse?.(context);
        if (parsed) {
          const result: RawResult<Output> = { data: parsed.data as Output, response, attempts: attempt + 1, elapsed: now() - started };
          if (requestId !== undefined) result.requestId = requestId;
          return result;
        }
      }
      context.error = error!;
      context.elapsed ??= now() - attemptStart;
      context.willRetry = error!.retryable && attempt < maxRetries;
      for (const hook of this.#hooks) await hook.onError?.(context);
      if (!context.willRetry) throw error!;
      try {
        await (config.retry?.sleep ?? sleep)(backoffDelay(attempt, config.retry), signal);
      } catch (reason) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (deadline?.aborted) throw new RequestError("Timeout", `${action}: no response within ${timeout} ms`, action);
        throw reason;
      }
    }
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === "string" ? `${code} ${cause.message}` : cause.message;
  }
  return String(cause);
}

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
  return { origin: url.origin, host: url.host, path };
}

export class BaseClient {
  declare readonly service: ServiceInfo;
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
    // The config's hooks (one or a list), then the platform's.
    this.#hooks = [config.hooks ?? [], platform.hooks?.() ?? []].flat();
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
    const defaultPath = this.service.path ?? this.#protocol.defaultPath ?? "/";
    const region = options.region ?? config.region;
    config.validate?.(action, input, region);
    const regional = config.regionalEndpoints;
    const endpoint = resolveEndpoint(
      options.endpoint ?? config.endpoint ?? (regional && region !== undefined && Object.hasOwn(regional, region) ? regional[region]! : this.service.endpoint),
      defaultPath,
    );
    const credentials = await this.#credentials();
    const secrets = [credentials.secretKey, credentials.token, credentials.secretId];
    const redact = (text: string) => redactSecrets(text, secrets);
    const timedOut = () => new RequestError("Timeout", `${action}: no response within ${timeout} ms`, action);

    for (let attempt = 0; ; attempt++) {
      const attemptStart = now();
      const request = await this.#protocol.build({
        service: this.service,
        action,
        input,
        credentials,
        endpoint,
        region,
        config,
        now: attemptStart,
      });
      if (signal) request.signal = signal;
      const context: HookContext = { service: this.service, action, attempt, maxRetries, startedAt: attemptStart, request, redact };
      const runHooks = async (stage: keyof Hooks) => {
        for (const hook of this.#hooks) await hook[stage]?.(context);
      };
      await runHooks("beforeRequest");

      let response: HttpResponse | undefined;
      let error: ServiceError | RequestError | undefined;
      try {
        response = await this.#transport.send(request);
      } catch (cause) {
        if (options.signal?.aborted) throw options.signal.reason;
        error = deadline?.aborted ? timedOut() : new RequestError("NetworkError", redact(`${action}: ${describe(cause)}`), action, { cause });
      }
      if (response) {
        let parsed: Parsed | undefined;
        try {
          parsed = this.#protocol.parse(response, action);
        } catch (e) {
          if (!(e instanceof ServiceError)) throw e;
          e.message = redact(e.message);
          error = e;
        }
        context.response = response;
        context.status = response.status;
        const requestId = parsed ? parsed.requestId : (error as ServiceError).requestId;
        if (requestId !== undefined) context.requestId = requestId;
        context.elapsed = now() - attemptStart;
        await runHooks("afterResponse");
        if (parsed) {
          const result: RawResult<Output> = { data: parsed.data as Output, response, attempts: attempt + 1, elapsed: now() - started };
          if (requestId !== undefined) result.requestId = requestId;
          return result;
        }
      }
      context.error = error!;
      context.elapsed ??= now() - attemptStart;
      context.willRetry = error!.retryable && attempt < maxRetries;
      await runHooks("onError");
      if (!context.willRetry) throw error!;
      try {
        await (config.retry?.sleep ?? sleep)(backoffDelay(attempt, config.retry), signal);
      } catch (reason) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (deadline?.aborted) throw timedOut();
        throw reason;
      }
    }
  }
}

/** "ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9": the error code where there is one, then the message. */
function describe(cause: unknown): string {
  const code = (cause as { code?: unknown } | null | undefined)?.code;
  return (typeof code === "string" ? code + " " : "") + String((cause as { message?: unknown } | null | undefined)?.message ?? cause);
}

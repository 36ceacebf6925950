// The client every generated package builds on: resolves credentials, endpoint and region, builds and
// signs the request for the service's protocol, sends it with bounded retries, runs the hooks, and
// unwraps the response. Platform specifics (transport, hashing) come from the package entry point.
import type {
  ActionTraits,
  CallOptions,
  ClientConfig,
  CredentialsProvider,
  CryptoProvider,
  HookContext,
  Hooks,
  HttpRequest,
  HttpResponse,
  RawResult,
  ServiceInfo,
  Transport,
} from "./types.js";
import { RequestError, ServiceError, isThrottled, redactSecrets } from "./errors.js";
import { secretValues } from "./redact.js";
import { fromValue } from "./credentials.js";
import { DEFAULT_MAX_RETRIES, backoffDelay, sleep } from "./retry.js";
import type { Endpoint, Parsed, ProtocolFactory, ProtocolHandler } from "./protocols/protocol.js";

export interface Platform {
  crypto: CryptoProvider;
  /** The transport used when the config names none: from config.fetch where given, else the platform's own. */
  transport: (config: ClientConfig) => Transport;
  /** The credential chain used when the config has no credentials (browsers: environment variables where there are any). */
  credentials: (service: ServiceInfo) => CredentialsProvider;
  /** Hooks every client of the platform adds after the config's (Node: DOCS2SDK_DEBUG's logger). */
  hooks: () => Hooks[];
}

/** "cvm.tencentcloudapi.com" or "http://127.0.0.1:8080[/path]" -> origin, Host header and path. */
export function resolveEndpoint(endpoint: string, defaultPath: string): Endpoint {
  const url = new URL(endpoint.includes("://") ? endpoint : "https://" + endpoint);
  // An http(s) URL's pathname is never empty: "/" when the endpoint names no path.
  return { origin: url.origin, host: url.host, path: url.pathname !== "/" ? url.pathname : defaultPath };
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
    this.#transport = config.transport ?? platform.transport(config);
    this.#protocol = protocol(platform.crypto);
    // The config's hooks (one or a list), then the platform's.
    this.#hooks = [config.hooks ?? [], platform.hooks()].flat();
  }

  /** Calls an action and resolves with the unwrapped response. `traits` come from the generated command. */
  async send<Input extends object, Output>(action: string, input: Input, options?: CallOptions, traits?: ActionTraits): Promise<Output> {
    return (await this.sendRaw<Input, Output>(action, input, options, traits)).data;
  }

  /** Like send, with the HTTP response, request id, attempt count and elapsed time. */
  async sendRaw<Input extends object, Output>(action: string, input: Input, options: CallOptions = {}, traits: ActionTraits = {}): Promise<RawResult<Output>> {
    // Read once into locals: each use below is then a name, not a lookup on `this` (bytes in every bundle).
    const { service } = this;
    const protocol = this.#protocol;
    const config = this.#config;
    const retry = config.retry ?? {};
    const now = config.now ?? Date.now;
    const started = now();
    const timeout = options.timeout ?? config.timeout;
    const attemptTimeout = options.attemptTimeout ?? config.attemptTimeout ?? 60000;
    const deadline = timeout !== undefined ? AbortSignal.timeout(timeout) : undefined;
    // AbortSignal.any (Node >= 20.3, browsers since 2024) only where there are two: slow on Node 20.
    const signal = options.signal && deadline ? AbortSignal.any([options.signal, deadline]) : (options.signal ?? deadline);
    const maxRetries = options.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES;
    const token = traits.clientToken;
    // Filled once, so that every attempt carries the same token and the service runs the call once.
    if (token && (input as Record<string, unknown>)[token] === undefined) input = { ...input, [token]: crypto.randomUUID() };
    // May run twice: read-only, or de-duplicated by its client token (the config's word wins).
    const idempotent = retry.idempotent?.[action] ?? !!(traits.readOnly || token);
    const region = options.region ?? config.region;
    config.validate?.(action, input, region);
    const regional = config.regionalEndpoints;
    const endpoint = resolveEndpoint(
      options.endpoint ?? config.endpoint ?? (regional && region !== undefined && Object.hasOwn(regional, region) ? regional[region]! : service.endpoint),
      service.path ?? protocol.defaultPath ?? "/",
    );
    const credentials = await this.#credentials();
    // Keys, token, secret-named parameters (passwords...) and each attempt's signature: masked in
    // every error message and log line, wherever a server echoes them. Listed only when something
    // is redacted (an error, a debug log): a successful call never walks its input for them.
    const sent: HttpRequest[] = [];
    const redact = (text: string) =>
      redactSecrets(text, [credentials.secretKey, credentials.token, credentials.secretId, ...secretValues(input), ...sent.map(signatureOf)], protocol.encode);
    const timedOut = (ms?: number) => new RequestError("Timeout", `${action}: no response within ${ms} ms`, action, {}, !idempotent);

    for (let attempt = 0; ; attempt++) {
      const attemptStart = now();
      const request = await protocol.build({
        service,
        action,
        input,
        credentials,
        endpoint,
        region,
        config,
        now: attemptStart,
      });
      sent.push(request);
      // The attempt's time limit is the transport's to enforce (request.timeout): an AbortSignal per
      // attempt, the alternative, costs Node 20 about 15% of its requests per second.
      request.signal = signal;
      request.timeout = attemptTimeout;
      request.maxBytes = config.maxResponseBytes ?? 1e7;
      const context: HookContext = { service, action, attempt, maxRetries, startedAt: attemptStart, request, redact };
      const runHooks = async (stage: keyof Hooks) => {
        for (const hook of this.#hooks) await hook[stage]?.(context);
      };
      await runHooks("beforeRequest");

      let response: HttpResponse | undefined;
      let error: ServiceError | RequestError | undefined;
      // A refused or unresolved connection never carried the request: safe to send again.
      let unsent = false;
      try {
        response = await this.#transport.send(request);
      } catch (cause) {
        options.signal?.throwIfAborted();
        const code = (cause as { code?: unknown } | null)?.code;
        // fetch (undici) wraps the socket's error: TypeError "fetch failed" with the code in its cause.
        unsent = /^E(CONNREFUSED|NOTFOUND|AI_AGAIN)$/.test(String(code ?? (cause as { cause?: { code?: unknown } } | null)?.cause?.code));
        // The service answered (too much): it ran, and sending again would not help.
        const tooLarge = code === "ResponseTooLarge";
        error =
          deadline?.aborted || code === "Timeout"
            ? timedOut(deadline?.aborted ? timeout : attemptTimeout)
            : new RequestError(
                tooLarge ? code : "NetworkError",
                redact(`${action}: ${describe(code, cause)}`),
                action,
                { cause },
                !idempotent && !unsent && !tooLarge,
              );
      }
      if (response) {
        let parsed: Parsed | undefined;
        try {
          parsed = protocol.parse(response, action);
        } catch (e) {
          if (!(e instanceof ServiceError)) throw e;
          e.message = redact(e.message);
          error = e;
        }
        context.response = response;
        context.status = response.status;
        // undefined where the response carries none.
        const requestId = (context.requestId = parsed ? parsed.requestId : (error as ServiceError).requestId);
        context.elapsed = now() - attemptStart;
        await runHooks("afterResponse");
        if (parsed) return { data: parsed.data as Output, response, requestId, attempts: attempt + 1, elapsed: now() - started };
      }
      const e = error!;
      // Retry-After (seconds or an HTTP date) replaces the backoff; longer than allowed: give up now.
      const after = response?.headers["retry-after"];
      const asked = after ? (+after >= 0 ? +after * 1000 : Date.parse(after) - now()) : NaN;
      const delay = asked === asked ? Math.max(0, asked) : backoffDelay(attempt, retry);
      context.error = e;
      context.elapsed ??= now() - attemptStart;
      context.willRetry =
        attempt < maxRetries &&
        delay <= (retry.maxRetryAfter ?? 20000) &&
        (unsent || (e instanceof ServiceError && isThrottled(e.code, e.httpStatus)) || (idempotent && e.retryable));
      await runHooks("onError");
      if (!context.willRetry) throw e;
      try {
        await (retry.sleep ?? sleep)(delay, signal);
      } catch (reason) {
        options.signal?.throwIfAborted();
        if (deadline?.aborted) throw timedOut(timeout);
        throw reason;
      }
    }
  }
}

/** The request's signature (TC3 Authorization, or the Signature parameter), decoded: redact masks its encoded forms. */
function signatureOf(request: HttpRequest): string | undefined {
  const found = /Signature=([^&,\s]+)/.exec(`${request.url} ${request.body} ${request.headers.Authorization}`)?.[1];
  return found && decodeURIComponent(found);
}

/** "ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9": the error's code where it has one, then its message. */
function describe(code: unknown, cause: unknown): string {
  return (typeof code === "string" ? code + " " : "") + String((cause as { message?: unknown } | null | undefined)?.message ?? cause);
}

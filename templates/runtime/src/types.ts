// The public types of @docs2sdk/runtime. Generated client packages depend on these names only.

export type Protocol = "tc3" | "tencent-v2" | "aliyun-rpc";

/** Generated per package from the spec. */
export interface ServiceInfo {
  provider: string;
  service: string;
  version: string;
  protocol: Protocol;
  /** Default host ("cvm.tencentcloudapi.com"), or a full URL. */
  endpoint: string;
  /** Request path; defaults to "/v2/index.php" for tencent-v2 and "/" otherwise. */
  path?: string;
}

export interface Credentials {
  secretId: string;
  secretKey: string;
  token?: string;
}

/** Called before every request; a provider that fetches temporary tokens caches them itself. */
export type CredentialsProvider = () => Promise<Credentials>;

export interface HttpRequest {
  /** GET and POST for API calls; PUT for the ECS metadata token (a custom transport must pass it on). */
  method: "GET" | "POST" | "PUT";
  /** Absolute URL, query string included. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The caller's abort and the call's overall deadline, where there are any. */
  signal?: AbortSignal;
  /**
   * Milliseconds the exchange may take, response body included (absent or 0: no limit): beyond it a
   * transport closes the connection and rejects with `code: "Timeout"`. Enforced by the transport, not by an
   * AbortSignal from the client: a signal per attempt costs Node 20 about 15% of its requests per second.
   */
  timeout?: number;
  /** Largest response body to read, in bytes: a transport rejects with `code: "ResponseTooLarge"` beyond it. */
  maxBytes?: number;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/**
 * The HTTP layer. Rejects only when no response arrived (network error, abort, request.timeout
 * passed, a body over request.maxBytes). It must not follow redirects: a 3xx comes back as the response.
 */
export interface Transport {
  send(request: HttpRequest): Promise<HttpResponse>;
}

/** Hash and HMAC primitives the signers need, so that they run on node:crypto or WebCrypto. */
export interface CryptoProvider {
  sha256Hex(data: string): Promise<string>;
  hmac(algorithm: "SHA-1" | "SHA-256", key: string | Uint8Array, data: string): Promise<Uint8Array>;
  /** The same, synchronous, where the platform has it (node:crypto): signing then skips the promise hops. */
  sync?: SyncCryptoProvider;
}

export interface SyncCryptoProvider {
  sha256Hex(data: string): string;
  hmac(algorithm: "SHA-1" | "SHA-256", key: string | Uint8Array, data: string): Uint8Array;
  /** The HMAC as lower-case hex (a TC3 signature). */
  hmacHex(algorithm: "SHA-1" | "SHA-256", key: string | Uint8Array, data: string): string;
}

export interface RetryOptions {
  /** First backoff ceiling in ms (doubles per attempt); default 100. */
  baseDelay?: number;
  /** Largest backoff ceiling in ms; default 5000. */
  maxDelay?: number;
  /** Waits between attempts; replaceable for tests. Must reject when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Source of jitter in [0, 1); default Math.random. */
  random?: () => number;
  /**
   * Longest Retry-After (ms) the client waits for; default 20000. A throttled response asking for
   * longer rejects at once.
   */
  maxRetryAfter?: number;
  /**
   * Per action name: true if a call may safely run twice (retried after any failure), false if not
   * (retried only when it surely did not run). Overrides what the package derived from the spec.
   */
  idempotent?: Record<string, boolean>;
}

/** What the generated command knows of an action, so that retries never run a call twice. */
export interface ActionTraits {
  /** A read-only action (Describe*, Get*, List*...): safe to send again. */
  readOnly?: boolean;
  /** The request parameter the service de-duplicates calls by; filled with a UUID when left out. */
  clientToken?: string;
}

/**
 * What a hook sees, per attempt. `request` is the signed request and carries signatures and tokens:
 * log it through redactRequest() (or use debugLogger(), which does).
 */
export interface HookContext {
  service: ServiceInfo;
  action: string;
  /** 0 for the first try. */
  attempt: number;
  /** Retries allowed for this call (attempts = maxRetries + 1 at most). */
  maxRetries: number;
  /** When the attempt started, ms since the epoch (the client's clock). */
  startedAt: number;
  request: HttpRequest;
  /** afterResponse, and onError when a response arrived. */
  response?: HttpResponse;
  /** HTTP status of the response (afterResponse, onError when a response arrived). */
  status?: number;
  /** The request id the service returned, in a result or in an error body. */
  requestId?: string;
  /** onError: the ServiceError or RequestError of this attempt. */
  error?: unknown;
  /** onError: whether the client will retry after this error. */
  willRetry?: boolean;
  /** Milliseconds since the attempt started (afterResponse, onError). */
  elapsed?: number;
  /**
   * Masks this call's key id, key and token wherever they occur in a text (a response body that
   * echoes them, say) without handing them to the hook.
   */
  redact(text: string): string;
}

/**
 * Observers of each attempt: logging, metrics, tracing. beforeRequest may add headers (they are not
 * signed). afterResponse runs for every response, error statuses included, before onError.
 */
export interface Hooks {
  beforeRequest?(context: HookContext): void | Promise<void>;
  afterResponse?(context: HookContext): void | Promise<void>;
  onError?(context: HookContext): void | Promise<void>;
}

export interface ClientConfig {
  /** Default: the provider's environment variables. */
  credentials?: Credentials | CredentialsProvider;
  region?: string;
  /** Host or full URL ("http://127.0.0.1:8080" for a mock server). */
  endpoint?: string;
  /** Overall deadline: milliseconds for the whole call, retries included (default none). */
  timeout?: number;
  /** Milliseconds each attempt may take, response body included; default 60000, 0 for no limit. */
  attemptTimeout?: number;
  /** Largest response body read, in bytes; default 10 MB (10,000,000). Beyond it: RequestError ResponseTooLarge. */
  maxResponseBytes?: number;
  /** Retries after the first attempt; default 3. */
  maxRetries?: number;
  retry?: RetryOptions;
  /** A fetch to send requests with (replaces the default transport). */
  fetch?: typeof fetch;
  /** Replaces the HTTP layer entirely; it must honour request.signal, request.timeout and request.maxBytes. */
  transport?: Transport;
  /** X-TC-Language for Tencent API 3.0 ("zh-CN", "en-US"). */
  language?: string;
  /** tencent-v2 only: send parameters as a GET query (default) or a POST form. */
  httpMethod?: "GET" | "POST";
  /** tencent-v2 only: default "HmacSHA256". */
  signatureMethod?: "HmacSHA1" | "HmacSHA256";
  hooks?: Hooks | Hooks[];
  /** Clock in ms since the epoch and nonce source, replaceable for reproducible requests. */
  now?: () => number;
  nonce?: () => string;
  /**
   * Opt-in request validation, e.g. a generated package's `validateRequest`: called with the action,
   * the input and the call's region before anything is signed; throws to refuse the request.
   */
  validate?: (action: string, input: object, region?: string) => void;
  /**
   * Opt-in regional endpoints: region id -> host (a generated package's `REGIONAL_ENDPOINTS`). A call
   * that names no endpoint (per call or in this config) goes to its region's host; other regions, and
   * calls without a region, use the service's endpoint.
   */
  regionalEndpoints?: Readonly<Record<string, string>>;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeout?: number;
  attemptTimeout?: number;
  region?: string;
  endpoint?: string;
  maxRetries?: number;
}

/** A result together with what came over the wire (sendRaw). */
export interface RawResult<Output> {
  /** What send() resolves with. */
  data: Output;
  /** The final attempt's HTTP response: status, headers (lower-case names), raw body. */
  response: HttpResponse;
  requestId?: string;
  /** Attempts made, 1 + retries. */
  attempts: number;
  /** Milliseconds for the whole call, backoff included. */
  elapsed: number;
}

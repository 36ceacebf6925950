// docs2sdk-dist:dist/errors.js
var ServiceError = class extends Error {
  name = "ServiceError";
  constructor(init) {
    super(`${init.code}: ${init.message}${init.requestId !== void 0 ? ` (RequestId: ${init.requestId})` : ""}`);
    this.code = init.code;
    this.action = init.action;
    if (init.requestId !== void 0)
      this.requestId = init.requestId;
    if (init.httpStatus !== void 0)
      this.httpStatus = init.httpStatus;
    this.retryable = init.retryable ?? isRetryableCode(init.code, init.httpStatus);
  }
};
var RequestError = class extends Error {
  name = "RequestError";
  constructor(code, message, action, options, outcomeUnknown = false) {
    super(message + (outcomeUnknown ? "; outcome unknown" : ""), options);
    this.code = code;
    this.action = action;
    this.retryable = code !== "ResponseTooLarge";
    this.outcomeUnknown = outcomeUnknown;
  }
};
var CredentialsError = class extends Error {
  name = "CredentialsError";
  constructor(message, tried, code = "CredentialsNotFound") {
    super(message);
    this.code = code;
    this.tried = tried;
  }
};
function isThrottled(code, httpStatus) {
  return /^(RequestLimitExceeded|Throttling)(\.|$)/.test(code) || httpStatus === 429;
}
function isRetryableCode(code, httpStatus) {
  return isThrottled(code, httpStatus) || httpStatus >= 500;
}
var transportError = (message, code) => Object.assign(new Error(message), { code });
var responseTooLarge = (limit) => transportError(`response body over ${limit} bytes`, "ResponseTooLarge");
var exchangeTimedOut = (ms) => transportError(`no response within ${ms} ms`, "Timeout");
var jsonEscape = (value) => JSON.stringify(value).slice(1, -1);
function redactSecrets(text, secrets, encode) {
  for (const secret of secrets)
    if (secret && secret.length >= 4)
      for (const step of [encode, jsonEscape])
        for (let form = secret, i = 0; i < 3; i++, form = step ? step(form) : form)
          text = text.replaceAll(form, "***");
  return text;
}

// docs2sdk-dist:dist/redact.js
var ID_NAME = /^(secret_?id|access_?key_?id|tmp_?secret_?id)$/i;
var SECRET_NAME = /password|passwd|secret|signature|credential|private_?key|^authorization$|^(x-tc-|x-acs-security-|x-acs-|security_?|session_?|access_?|sts_?|tmp_?)?token$/i;
function maskId(id) {
  return id.length <= 8 ? "***" : id.slice(0, Math.min(6, Math.floor(id.length / 4))) + "***";
}
function maskValue(name, value) {
  const leaf = name.slice(name.lastIndexOf(".") + 1);
  if (ID_NAME.test(leaf))
    return maskId(value);
  if (/^authorization$/i.test(leaf))
    return maskAuthorization(value);
  return SECRET_NAME.test(leaf) ? "***" : value;
}
function maskAuthorization(value) {
  const m = /^(\S+) Credential=([^/,\s]+)(\/[^,\s]*)?(.*)$/.exec(value);
  if (!m)
    return "***";
  return `${m[1]} Credential=${maskId(m[2])}${m[3] ?? ""}${m[4].replace(/Signature=[^,\s]*/g, "Signature=***")}`;
}
function redactHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = maskValue(name, value);
  return out;
}
function redactPairs(query) {
  return query.split("&").map((pair) => {
    const eq = pair.indexOf("=");
    if (eq < 0)
      return pair;
    let name;
    let value;
    try {
      name = decodeURIComponent(pair.slice(0, eq));
      value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " "));
    } catch {
      return pair.slice(0, eq + 1) + "***";
    }
    const masked = maskValue(name, value);
    return masked === value ? pair : pair.slice(0, eq + 1) + masked;
  }).join("&");
}
function redactUrl(url) {
  const q = url.indexOf("?");
  return q < 0 ? url : url.slice(0, q + 1) + redactPairs(url.slice(q + 1));
}
function redactJson(value, name) {
  if (Array.isArray(value))
    return value.map((item) => redactJson(item, name));
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value))
      out[key] = redactJson(item, key);
    return out;
  }
  if (typeof value === "string" || typeof value === "number") {
    const masked = maskValue(name, String(value));
    return masked === String(value) ? value : masked;
  }
  return value;
}
function redactBody(body, contentType = "") {
  if (body === "")
    return body;
  if (/x-www-form-urlencoded/i.test(contentType))
    return redactPairs(body);
  try {
    return JSON.stringify(redactJson(JSON.parse(body), ""));
  } catch {
    return `[${body.length} characters, not JSON: not shown]`;
  }
}
function contentTypeOf(headers) {
  for (const [name, value] of Object.entries(headers))
    if (name.toLowerCase() === "content-type")
      return value;
  return "";
}
function redactRequest(request) {
  const redacted = { method: request.method, url: redactUrl(request.url), headers: redactHeaders(request.headers) };
  if (request.body !== void 0)
    redacted.body = redactBody(request.body, contentTypeOf(request.headers));
  return redacted;
}
function redactResponse(response) {
  return { status: response.status, headers: redactHeaders(response.headers), body: redactBody(response.body, contentTypeOf(response.headers)) };
}
function secretValues(value, name = "") {
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => secretValues(item, Array.isArray(value) ? name : key));
  return value != null && /passw|secret|token|key$/i.test(name) ? [String(value)] : [];
}

// docs2sdk-dist:dist/credentials.js
function credentialFamily(protocolOrProvider) {
  return /^ali/.test(protocolOrProvider) ? "alibaba" : "tencent";
}
var TENCENT_ENV = {
  secretId: "TENCENTCLOUD_SECRET_ID",
  secretKey: "TENCENTCLOUD_SECRET_KEY",
  token: "TENCENTCLOUD_SESSION_TOKEN"
};
var ALIBABA_ENV = {
  secretId: "ALIBABA_CLOUD_ACCESS_KEY_ID",
  secretKey: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  token: "ALIBABA_CLOUD_SECURITY_TOKEN"
};
function envNames(protocolOrProvider) {
  return /^ali/.test(protocolOrProvider) ? ALIBABA_ENV : TENCENT_ENV;
}
function processEnv() {
  return globalThis.process?.env;
}
function notFoundIn(where) {
  return new CredentialsError(`No credentials in ${where}`, [where]);
}
function fromEnv(protocolOrProvider, env = processEnv) {
  const names = envNames(protocolOrProvider);
  return async () => {
    const vars = env();
    const secretId = vars?.[names.secretId];
    const secretKey = vars?.[names.secretKey];
    if (!secretId || !secretKey) {
      const where = vars ? `environment variables ${names.secretId} and ${names.secretKey} (not set)` : "environment variables (no process.env)";
      throw notFoundIn(where);
    }
    const token = vars[names.token];
    return { secretId, secretKey, ...token && { token } };
  };
}
function fromValue(credentials) {
  return async () => {
    if (!credentials.secretId || !credentials.secretKey) {
      throw notFoundIn("the credentials option (secretId and secretKey)");
    }
    return credentials;
  };
}
function credentialChain(...providers) {
  let found;
  let pending;
  const walk = async () => {
    const tried = [];
    for (const provider of providers) {
      try {
        const credentials = await provider();
        found = provider;
        return credentials;
      } catch (error) {
        if (!(error instanceof CredentialsError) || error.code !== "CredentialsNotFound")
          throw error;
        tried.push(...error.tried);
      }
    }
    throw new CredentialsError(`No credentials found. Looked in, in order: ${tried.map((place, i) => `${i + 1}) ${place}`).join("; ")}`, tried);
  };
  return () => {
    if (found)
      return found();
    return pending ??= walk().finally(() => pending = void 0);
  };
}
function defaultCredentials(protocolOrProvider) {
  return credentialChain(fromEnv(protocolOrProvider));
}

// docs2sdk-dist:dist/retry.js
var DEFAULT_MAX_RETRIES = 3;
function backoffDelay(attempt, options = {}) {
  const ceiling = Math.min(options.maxDelay ?? 5e3, (options.baseDelay ?? 100) * 2 ** attempt);
  return Math.floor((options.random ?? Math.random)() * ceiling);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", abort, { once: true });
  });
}

// docs2sdk-dist:dist/client.js
function resolveEndpoint(endpoint, defaultPath) {
  const url = new URL(endpoint.includes("://") ? endpoint : "https://" + endpoint);
  return { origin: url.origin, host: url.host, path: url.pathname !== "/" ? url.pathname : defaultPath };
}
var BaseClient = class {
  // Private fields: credentials and config never show up in inspect(), JSON or enumerable keys.
  #config;
  #credentials;
  #transport;
  #protocol;
  #hooks;
  /** `protocol` comes from the subclass, so that a bundle carries only the protocol it uses. */
  constructor(service, config, platform2, protocol) {
    this.service = service;
    this.#config = config;
    const credentials = config.credentials;
    this.#credentials = typeof credentials === "function" ? credentials : credentials ? fromValue(credentials) : platform2.credentials(service);
    this.#transport = config.transport ?? platform2.transport(config);
    this.#protocol = protocol(platform2.crypto);
    this.#hooks = [config.hooks ?? [], platform2.hooks()].flat();
  }
  /** Calls an action and resolves with the unwrapped response. `traits` come from the generated command. */
  async send(action, input, options, traits) {
    return (await this.sendRaw(action, input, options, traits)).data;
  }
  /** Like send, with the HTTP response, request id, attempt count and elapsed time. */
  async sendRaw(action, input, options = {}, traits = {}) {
    const { service } = this;
    const protocol = this.#protocol;
    const config = this.#config;
    const retry = config.retry ?? {};
    const now = config.now ?? Date.now;
    const started = now();
    const timeout = options.timeout ?? config.timeout;
    const attemptTimeout = options.attemptTimeout ?? config.attemptTimeout ?? 6e4;
    const deadline = timeout !== void 0 ? AbortSignal.timeout(timeout) : void 0;
    const signal = options.signal && deadline ? AbortSignal.any([options.signal, deadline]) : options.signal ?? deadline;
    const maxRetries = options.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES;
    const token = traits.clientToken;
    if (token && input[token] === void 0)
      input = { ...input, [token]: crypto.randomUUID() };
    const idempotent = retry.idempotent?.[action] ?? !!(traits.readOnly || token);
    const region = options.region ?? config.region;
    config.validate?.(action, input, region);
    const regional = config.regionalEndpoints;
    const endpoint = resolveEndpoint(options.endpoint ?? config.endpoint ?? (regional && region !== void 0 && Object.hasOwn(regional, region) ? regional[region] : service.endpoint), service.path ?? protocol.defaultPath ?? "/");
    const credentials = await this.#credentials();
    const sent = [];
    const redact = (text) => redactSecrets(text, [credentials.secretKey, credentials.token, credentials.secretId, ...secretValues(input), ...sent.map(signatureOf)], protocol.encode);
    const timedOut = (ms) => new RequestError("Timeout", `${action}: no response within ${ms} ms`, action, {}, !idempotent);
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
        now: attemptStart
      });
      sent.push(request);
      request.signal = signal;
      request.timeout = attemptTimeout;
      request.maxBytes = config.maxResponseBytes ?? 1e7;
      const context = { service, action, attempt, maxRetries, startedAt: attemptStart, request, redact };
      const runHooks = async (stage) => {
        for (const hook of this.#hooks)
          await hook[stage]?.(context);
      };
      await runHooks("beforeRequest");
      let response;
      let error;
      let unsent = false;
      try {
        response = await this.#transport.send(request);
      } catch (cause) {
        options.signal?.throwIfAborted();
        const code = cause?.code;
        unsent = /^E(CONNREFUSED|NOTFOUND|AI_AGAIN)$/.test(String(code ?? cause?.cause?.code));
        const tooLarge = code === "ResponseTooLarge";
        error = deadline?.aborted || code === "Timeout" ? timedOut(deadline?.aborted ? timeout : attemptTimeout) : new RequestError(tooLarge ? code : "NetworkError", redact(`${action}: ${describe(code, cause)}`), action, { cause }, !idempotent && !unsent && !tooLarge);
      }
      if (response) {
        let parsed;
        try {
          parsed = protocol.parse(response, action);
        } catch (e2) {
          if (!(e2 instanceof ServiceError))
            throw e2;
          e2.message = redact(e2.message);
          error = e2;
        }
        context.response = response;
        context.status = response.status;
        const requestId = context.requestId = parsed ? parsed.requestId : error.requestId;
        context.elapsed = now() - attemptStart;
        await runHooks("afterResponse");
        if (parsed)
          return { data: parsed.data, response, requestId, attempts: attempt + 1, elapsed: now() - started };
      }
      const e = error;
      const after = response?.headers["retry-after"];
      const asked = after ? +after >= 0 ? +after * 1e3 : Date.parse(after) - now() : NaN;
      const delay = asked === asked ? Math.max(0, asked) : backoffDelay(attempt, retry);
      context.error = e;
      context.elapsed ??= now() - attemptStart;
      context.willRetry = attempt < maxRetries && delay <= (retry.maxRetryAfter ?? 2e4) && (unsent || e instanceof ServiceError && isThrottled(e.code, e.httpStatus) || idempotent && e.retryable);
      await runHooks("onError");
      if (!context.willRetry)
        throw e;
      try {
        await (retry.sleep ?? sleep)(delay, signal);
      } catch (reason) {
        options.signal?.throwIfAborted();
        if (deadline?.aborted)
          throw timedOut(timeout);
        throw reason;
      }
    }
  }
};
function signatureOf(request) {
  const found = /Signature=([^&,\s]+)/.exec(`${request.url} ${request.body} ${request.headers.Authorization}`)?.[1];
  return found && decodeURIComponent(found);
}
function describe(code, cause) {
  return (typeof code === "string" ? code + " " : "") + String(cause?.message ?? cause);
}

// docs2sdk-dist:dist/encoding.js
var HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function toHex(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++)
    out += HEX[bytes[i]];
  return out;
}
function toBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i++)
    binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}
var encoder = /* @__PURE__ */ new TextEncoder();
function utf8(text) {
  return encoder.encode(text);
}
function percentEncode(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
function flattenParams(input, firstIndex, out = {}, prefix = "") {
  for (const [key, value] of Object.entries(input))
    flattenValue(value, prefix + key, firstIndex, out);
  return out;
}
function flattenValue(value, name, firstIndex, out) {
  if (value === null || value === void 0)
    return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenValue(item, `${name}.${i + firstIndex}`, firstIndex, out));
  } else if (typeof value === "object") {
    flattenParams(value, firstIndex, out, name + ".");
  } else {
    out[name] = String(value);
  }
}
function sortedKeys(params) {
  return Object.keys(params).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

// docs2sdk-dist:dist/crypto/web.js
function subtle() {
  const s = globalThis.crypto?.subtle;
  if (!s)
    throw new Error("WebCrypto (crypto.subtle) is not available; pass a CryptoProvider");
  return s;
}
var webCrypto = {
  async sha256Hex(data) {
    return toHex(new Uint8Array(await subtle().digest("SHA-256", utf8(data))));
  },
  async hmac(algorithm, key, data) {
    const raw = typeof key === "string" ? utf8(key) : key;
    const cryptoKey = await subtle().importKey("raw", raw, { name: "HMAC", hash: algorithm }, false, ["sign"]);
    return new Uint8Array(await subtle().sign("HMAC", cryptoKey, utf8(data)));
  }
};

// docs2sdk-dist:dist/transport/body.js
async function readCapped(chunks, limit = Infinity) {
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for await (const chunk of chunks) {
    if ((size += chunk.length) > limit)
      throw responseTooLarge(limit);
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

// docs2sdk-dist:dist/transport/fetch.js
function fetchTransport(fetchImpl) {
  return {
    async send(request) {
      const doFetch = fetchImpl ?? globalThis.fetch;
      const headers = {};
      for (const [name, value] of Object.entries(request.headers))
        if (name.toLowerCase() !== "host")
          headers[name] = value;
      const { timeout, signal } = request;
      const expiry = timeout ? AbortSignal.timeout(timeout) : void 0;
      try {
        const res = await doFetch(request.url, {
          method: request.method,
          headers,
          body: request.body,
          signal: signal && expiry ? AbortSignal.any([signal, expiry]) : signal ?? expiry,
          redirect: "manual"
        });
        const body = res.body ? await readCapped(streamChunks(res.body), request.maxBytes) : "";
        return { status: res.status, headers: Object.fromEntries(res.headers), body };
      } catch (error) {
        throw expiry?.aborted ? exchangeTimedOut(timeout) : error;
      }
    }
  };
}
async function* streamChunks(stream) {
  const reader = stream.getReader();
  try {
    for (let chunk; !(chunk = await reader.read()).done; )
      yield chunk.value;
  } finally {
    reader.cancel().catch(() => {
    });
  }
}

// docs2sdk-dist:dist/signers/tc3.js
var ALGORITHM = "TC3-HMAC-SHA256";
var KEY_CACHE_SIZE = 32;
async function deriveTc3Keys(crypto2, secretKey, date, service) {
  const secretDate = await crypto2.hmac("SHA-256", "TC3" + secretKey, date);
  const secretService = await crypto2.hmac("SHA-256", secretDate, service);
  const secretSigning = await crypto2.hmac("SHA-256", secretService, "tc3_request");
  return { secretDate, secretService, secretSigning };
}
function cachedKey(keys, request, secretKey, derive) {
  const cacheKey = request.credentialScope + "\n" + secretKey;
  let key = keys.get(cacheKey);
  if (!key) {
    if (keys.size >= KEY_CACHE_SIZE)
      keys.delete(keys.keys().next().value);
    keys.set(cacheKey, key = derive());
  }
  return key;
}
function tc3PartsSync(sync, keys, input) {
  const request = canonicalRequest(input, sync.sha256Hex(input.payload ?? ""));
  const hashedCanonicalRequest = sync.sha256Hex(request.canonicalRequest);
  const key = cachedKey(keys, request, input.secretKey, () => sync.hmac("SHA-256", sync.hmac("SHA-256", sync.hmac("SHA-256", "TC3" + input.secretKey, request.date), input.service), "tc3_request"));
  return { request, hashedCanonicalRequest, signature: sync.hmacHex("SHA-256", key, stringToSign(input, request, hashedCanonicalRequest)) };
}
async function tc3Parts(crypto2, keys, input) {
  if (crypto2.sync)
    return tc3PartsSync(crypto2.sync, keys, input);
  const request = canonicalRequest(input, await crypto2.sha256Hex(input.payload ?? ""));
  const hashedCanonicalRequest = await crypto2.sha256Hex(request.canonicalRequest);
  const key = cachedKey(keys, request, input.secretKey, () => {
    const derived = crypto2.hmac("SHA-256", "TC3" + input.secretKey, request.date).then((k) => crypto2.hmac("SHA-256", k, input.service)).then((k) => crypto2.hmac("SHA-256", k, "tc3_request"));
    derived.catch(() => keys.delete(request.credentialScope + "\n" + input.secretKey));
    return derived;
  });
  return { request, hashedCanonicalRequest, signature: toHex(await crypto2.hmac("SHA-256", await key, stringToSign(input, request, hashedCanonicalRequest))) };
}
function tc3Authorization(input, parts) {
  const { request } = parts;
  return ALGORITHM + " Credential=" + input.secretId + "/" + request.credentialScope + ", SignedHeaders=" + request.signedHeaders + ", Signature=" + parts.signature;
}
var Tc3Signer = class {
  #crypto;
  #keys = /* @__PURE__ */ new Map();
  constructor(crypto2) {
    this.#crypto = crypto2;
  }
  /** Signs synchronously; only with a crypto provider that has `sync` (node:crypto). */
  signSync(input) {
    const sync = this.#crypto.sync;
    if (!sync)
      throw new TypeError("signSync needs a CryptoProvider with synchronous primitives (nodeCrypto)");
    return report(input, tc3PartsSync(sync, this.#keys, input));
  }
  async sign(input) {
    return report(input, await tc3Parts(this.#crypto, this.#keys, input));
  }
};
function report(input, parts) {
  const { request, hashedCanonicalRequest } = parts;
  return {
    authorization: tc3Authorization(input, parts),
    signature: parts.signature,
    hashedPayload: request.hashedPayload,
    canonicalRequest: request.canonicalRequest,
    hashedCanonicalRequest,
    stringToSign: stringToSign(input, request, hashedCanonicalRequest),
    credentialScope: request.credentialScope,
    signedHeaders: request.signedHeaders,
    date: request.date
  };
}
function canonicalRequest(input, hashedPayload) {
  const lowered = {};
  for (const name in input.headers)
    lowered[name.toLowerCase()] = input.headers[name].trim().toLowerCase();
  const names = Object.keys(lowered).sort();
  let canonicalHeaders = "";
  for (const name of names)
    canonicalHeaders += name + ":" + lowered[name] + "\n";
  const signedHeaders = names.join(";");
  const canonicalRequest2 = (input.method ?? "POST") + "\n" + (input.path ?? "/") + "\n" + (input.query ?? "") + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + hashedPayload;
  const date = utcDate(input.timestamp);
  return { canonicalRequest: canonicalRequest2, hashedPayload, signedHeaders, date, credentialScope: date + "/" + input.service + "/tc3_request" };
}
function stringToSign(input, request, hashedCanonicalRequest) {
  return ALGORITHM + "\n" + input.timestamp + "\n" + request.credentialScope + "\n" + hashedCanonicalRequest;
}
var lastDay = NaN;
var lastDate = "";
function utcDate(timestamp) {
  const day = Math.floor(timestamp / 86400);
  if (day !== lastDay) {
    lastDate = new Date(day * 864e5).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDate;
}

// docs2sdk-dist:dist/signers/tencent-v1.js
var TencentV1Signer = class _TencentV1Signer {
  #crypto;
  constructor(crypto2) {
    this.#crypto = crypto2;
  }
  static stringToSign(input) {
    const query = sortedKeys(input.params).map((k) => k + "=" + input.params[k]).join("&");
    return (input.method ?? "GET") + input.host + (input.path ?? "/") + "?" + query;
  }
  async sign(input) {
    const stringToSign2 = _TencentV1Signer.stringToSign(input);
    const algorithm = input.signatureMethod === "HmacSHA256" ? "SHA-256" : "SHA-1";
    const signature = toBase64(await this.#crypto.hmac(algorithm, input.secretKey, stringToSign2));
    return { stringToSign: stringToSign2, signature };
  }
};

// docs2sdk-dist:dist/signers/aliyun-rpc.js
var AliyunRpcSigner = class _AliyunRpcSigner {
  #crypto;
  constructor(crypto2) {
    this.#crypto = crypto2;
  }
  /** The sorted, percent-encoded query; it is also the query string to send (plus Signature). */
  static canonicalQuery(params) {
    return sortedKeys(params).map((k) => percentEncode(k) + "=" + percentEncode(params[k])).join("&");
  }
  async sign(input) {
    const canonicalQuery = _AliyunRpcSigner.canonicalQuery(input.params);
    const stringToSign2 = (input.method ?? "GET") + "&%2F&" + percentEncode(canonicalQuery);
    const signature = toBase64(await this.#crypto.hmac("SHA-1", input.accessKeySecret + "&", stringToSign2));
    return { canonicalQuery, stringToSign: stringToSign2, signature };
  }
};

// docs2sdk-dist:dist/protocols/protocol.js
function parseJsonBody(response, action) {
  try {
    const value = JSON.parse(response.body);
    if (value && typeof value === "object" && !Array.isArray(value))
      return value;
  } catch {
  }
  throw new ServiceError({
    code: failureCode(response.status),
    message: `HTTP ${response.status}: body not a JSON object`,
    action,
    httpStatus: response.status
  });
}
function failed(status) {
  return status < 200 || status > 299;
}
function failureCode(status) {
  return failed(status) ? "HttpError" : "InvalidResponse";
}
function randomInteger() {
  return String(1 + Math.floor(Math.random() * 2147483646));
}
function randomUuid() {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function")
    return c.randomUUID();
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
    const r = Math.floor(Math.random() * 16);
    return (ch === "x" ? r : r & 3 | 8).toString(16);
  });
}
function asString(value) {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
}

// docs2sdk-dist:dist/protocols/tc3.js
var CONTENT_TYPE = "application/json; charset=utf-8";
var tc3ProtocolUsing = (parts) => (crypto2) => {
  const keys = /* @__PURE__ */ new Map();
  return {
    async build({ service, action, input, credentials, endpoint, region, config, now }) {
      const body = JSON.stringify(input);
      const timestamp = Math.floor(now / 1e3);
      const headers = {
        "Content-Type": CONTENT_TYPE,
        Host: endpoint.host,
        "X-TC-Action": action,
        "X-TC-Version": service.version,
        "X-TC-Timestamp": String(timestamp)
      };
      if (region)
        headers["X-TC-Region"] = region;
      if (credentials.token)
        headers["X-TC-Token"] = credentials.token;
      if (config.language)
        headers["X-TC-Language"] = config.language;
      const signed = {
        secretId: credentials.secretId,
        secretKey: credentials.secretKey,
        service: service.service,
        timestamp,
        method: "POST",
        path: endpoint.path,
        headers: { "content-type": CONTENT_TYPE, host: endpoint.host, "x-tc-action": action },
        payload: body
      };
      headers.Authorization = tc3Authorization(signed, await parts(crypto2, keys, signed));
      return { method: "POST", url: endpoint.origin + endpoint.path, headers, body };
    },
    parse(response, action) {
      const data = parseJsonBody(response, action).Response;
      const requestId = asString(data?.RequestId);
      const error = data?.Error;
      if (!data || typeof data !== "object" || error || failed(response.status)) {
        throw new ServiceError({
          code: asString(error?.Code) ?? failureCode(response.status),
          message: error ? asString(error.Message) ?? "" : `HTTP ${response.status}` + (data ? "" : ": no Response"),
          action,
          httpStatus: response.status,
          requestId
        });
      }
      return { data, requestId };
    }
  };
};
var tc3Protocol = /* @__PURE__ */ tc3ProtocolUsing(tc3Parts);

// docs2sdk-dist:dist/protocols/tencent-v2.js
var tencentV2Protocol = (crypto2) => {
  const signer = new TencentV1Signer(crypto2);
  return {
    defaultPath: "/v2/index.php",
    encode: percentEncode,
    async build({ action, input, credentials, endpoint, region, config, now }) {
      const method = config.httpMethod ?? "GET";
      const signatureMethod = config.signatureMethod ?? "HmacSHA256";
      const params = flattenParams(input, 0);
      params.Action = action;
      params.Nonce = config.nonce?.() ?? randomInteger();
      params.Timestamp = String(Math.floor(now / 1e3));
      params.SecretId = credentials.secretId;
      params.SignatureMethod = signatureMethod;
      if (region)
        params.Region = region;
      if (credentials.token)
        params.Token = credentials.token;
      const { signature } = await signer.sign({
        secretKey: credentials.secretKey,
        method,
        host: endpoint.host,
        path: endpoint.path,
        params,
        signatureMethod
      });
      params.Signature = signature;
      const query = Object.keys(params).map((k) => percentEncode(k) + "=" + percentEncode(params[k])).join("&");
      const url = endpoint.origin + endpoint.path;
      if (method === "GET")
        return { method, url: url + "?" + query, headers: { Host: endpoint.host } };
      return { method, url, headers: { Host: endpoint.host, "Content-Type": "application/x-www-form-urlencoded" }, body: query };
    },
    parse(response, action) {
      const json = parseJsonBody(response, action);
      const code = json.code;
      const requestId = asString(json.requestId) ?? asString(json.RequestId);
      const errorCode = code !== void 0 && code !== 0 && code !== "0" ? asString(code) ?? "UnknownError" : void 0;
      if (errorCode !== void 0 || failed(response.status)) {
        const desc = asString(json.codeDesc);
        throw new ServiceError({
          code: desc && desc !== "Success" ? desc : errorCode ?? "HttpError",
          message: asString(json.message) || `HTTP ${response.status}`,
          action,
          httpStatus: response.status,
          requestId
        });
      }
      const { code: _code, message: _message, codeDesc: _codeDesc, ...data } = json;
      return { data, requestId };
    }
  };
};

// docs2sdk-dist:dist/protocols/aliyun-rpc.js
var aliyunRpcProtocol = (crypto2) => {
  const signer = new AliyunRpcSigner(crypto2);
  return {
    encode: percentEncode,
    async build({ service, action, input, credentials, endpoint, region, config, now }) {
      const params = flattenParams(input, 1);
      if (region && params.RegionId === void 0)
        params.RegionId = region;
      Object.assign(params, {
        Action: action,
        Version: service.version,
        Format: "JSON",
        AccessKeyId: credentials.secretId,
        SignatureMethod: "HMAC-SHA1",
        SignatureVersion: "1.0",
        SignatureNonce: config.nonce?.() ?? randomUuid(),
        Timestamp: new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z")
      });
      if (credentials.token)
        params.SecurityToken = credentials.token;
      const { canonicalQuery, signature } = await signer.sign({ accessKeySecret: credentials.secretKey, method: "GET", params });
      const url = endpoint.origin + endpoint.path + "?" + canonicalQuery + "&Signature=" + percentEncode(signature);
      return { method: "GET", url, headers: { Host: endpoint.host } };
    },
    parse(response, action) {
      const json = parseJsonBody(response, action);
      const requestId = asString(json.RequestId);
      if (failed(response.status)) {
        throw new ServiceError({
          code: asString(json.Code) ?? "HttpError",
          message: asString(json.Message) ?? `HTTP ${response.status}`,
          action,
          httpStatus: response.status,
          requestId
        });
      }
      return { data: json, requestId };
    }
  };
};

// docs2sdk-dist:dist/protocols/index.js
var PROTOCOLS = {
  tc3: tc3Protocol,
  "tencent-v2": tencentV2Protocol,
  "aliyun-rpc": aliyunRpcProtocol
};
function protocolFor(protocol) {
  const factory = PROTOCOLS[protocol];
  if (!factory)
    throw new TypeError(`Unknown protocol "${protocol}"`);
  return factory;
}

// docs2sdk-dist:dist/credentials/refresh.js
var DEFAULT_REFRESH_BEFORE = 3e5;
var MIN_REUSE = 1e4;
function refreshingCredentials(fetch, options = {}) {
  const now = options.now ?? Date.now;
  const refreshBefore = options.refreshBefore ?? DEFAULT_REFRESH_BEFORE;
  let cached;
  let expiresAt;
  let refreshAt = 0;
  let pending;
  const refresh = () => pending ??= (async () => {
    try {
      const fetchedAt = now();
      const result = await fetch();
      cached = result.credentials;
      expiresAt = result.expiresAt;
      refreshAt = expiresAt === void 0 ? Infinity : Math.min(expiresAt, Math.max(expiresAt - refreshBefore, fetchedAt + MIN_REUSE));
      return cached;
    } finally {
      pending = void 0;
    }
  })();
  return async () => {
    const t = now();
    if (cached && t < refreshAt)
      return cached;
    try {
      return await refresh();
    } catch (error) {
      if (cached && expiresAt !== void 0 && now() < expiresAt)
        return cached;
      throw error;
    }
  };
}

// docs2sdk-dist:dist/logger.js
function debugLogger(options = {}) {
  const opts = "logger" in options || "bodies" in options || "prefix" in options ? options : { logger: options };
  const logger = opts.logger ?? globalThis.console;
  const prefix = opts.prefix ?? "[docs2sdk]";
  const emit = (line) => logger?.debug ? logger.debug(line) : logger?.log?.(line);
  const head = (c) => `${prefix} ${c.service.service}.${c.action} attempt ${c.attempt + 1}/${c.maxRetries + 1}`;
  const tail = (c) => `in ${c.elapsed ?? 0} ms${c.requestId !== void 0 ? `, RequestId ${c.requestId}` : ""}`;
  return {
    beforeRequest(c) {
      const write = (line) => emit(c.redact(line));
      const request = redactRequest(c.request);
      write(`${head(c)} -> ${request.method} ${request.url}`);
      if (opts.bodies)
        write(`${prefix}   request headers ${JSON.stringify(request.headers)}${request.body !== void 0 ? ` body ${request.body}` : ""}`);
    },
    afterResponse(c) {
      const write = (line) => emit(c.redact(line));
      write(`${head(c)} <- HTTP ${c.status} ${tail(c)}`);
      if (opts.bodies && c.response) {
        const response = redactResponse(c.response);
        write(`${prefix}   response headers ${JSON.stringify(response.headers)} body ${response.body}`);
      }
    },
    onError(c) {
      const write = (line) => emit(c.redact(line));
      const e = c.error;
      write(`${head(c)} failed: ${String(e?.code ?? "Error")}: ${String(e?.message ?? e)} ${tail(c)} (${c.willRetry ? "will retry" : "giving up"})`);
    }
  };
}
function debugLoggerFromEnv(flag) {
  return debugLogger({ logger: { debug: (line) => console.error(line) }, bodies: /bodies/i.test(flag) });
}

// docs2sdk-dist:dist/paginate.js
var DEFAULT_MAX_PAGES = 1e3;
var PaginationLimitError = class extends Error {
  name = "PaginationLimitError";
  code = "PaginationLimit";
  action;
  maxPages;
  constructor(action, maxPages) {
    super(`${action}: stopped after maxPages (${maxPages}) pages while the service still reported more; raise maxPages or pass onLimit: "stop"`);
    this.action = action;
    this.maxPages = maxPages;
  }
};
function getPath(value, path) {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object")
      return void 0;
    current = current[key];
  }
  return current;
}
function pageItems(page, hint) {
  const list = getPath(page, hint.items);
  return Array.isArray(list) ? list : list === void 0 || list === null ? [] : [list];
}
function numberOf(value) {
  if (typeof value === "number" && Number.isFinite(value))
    return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return void 0;
}
function positiveInteger(name, value) {
  if (value !== void 0 && !(Number.isInteger(value) && value > 0))
    throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
}
function paginate(client, action, input, hint, options = {}) {
  const { pageSize, maxPages = DEFAULT_MAX_PAGES, onLimit = "throw", ...callOptions } = options;
  positiveInteger("pageSize", pageSize);
  positiveInteger("maxPages", maxPages);
  if (pageSize !== void 0 && !hint.pageSize)
    throw new TypeError(`${action} has no page size parameter; pageSize cannot be set`);
  const base = input;
  async function* pages() {
    const requested = pageSize ?? (hint.pageSize ? numberOf(base[hint.pageSize]) : void 0);
    const startValue = base[hint.inputToken];
    const startPage = numberOf(startValue) ?? 1;
    let cursor = hint.style === "offset" ? numberOf(startValue) ?? 0 : hint.style === "page" ? startPage : startValue;
    let size = requested;
    let seen = 0;
    for (let fetched = 1; ; fetched++) {
      callOptions.signal?.throwIfAborted();
      const request = { ...base };
      if (cursor === void 0)
        delete request[hint.inputToken];
      else
        request[hint.inputToken] = cursor;
      if (requested !== void 0 && hint.pageSize)
        request[hint.pageSize] = requested;
      const page = await client.send(action, request, callOptions, { readOnly: true });
      const count = pageItems(page, hint).length;
      seen += count;
      const total = hint.totalCount ? numberOf(getPath(page, hint.totalCount)) : void 0;
      let done;
      if (hint.style === "token") {
        const next = getPath(page, hint.outputToken ?? hint.inputToken);
        done = typeof next !== "string" || next === "" || next === cursor;
        cursor = next;
      } else if (hint.style === "offset") {
        cursor = cursor + count;
        done = count === 0 || (total !== void 0 ? cursor >= total : size !== void 0 && count < size);
      } else {
        size ??= (hint.pageSize ? numberOf(getPath(page, hint.pageSize)) : void 0) ?? (count || void 0);
        done = count === 0 || (total !== void 0 ? (startPage - 1) * (size ?? count) + seen >= total : size !== void 0 && count < size);
        cursor = cursor + 1;
      }
      yield page;
      if (done)
        return;
      if (fetched >= maxPages) {
        if (onLimit === "stop")
          return;
        throw new PaginationLimitError(action, maxPages);
      }
    }
  }
  async function* items() {
    for await (const page of pages())
      yield* pageItems(page, hint);
  }
  return { pages, items, [Symbol.asyncIterator]: pages };
}

// docs2sdk-dist:dist/validate.js
var ValidationError = class extends Error {
  name = "ValidationError";
  code = "ValidationError";
  action;
  /** The path of the first problem ("Filters[0].Values[1]"). */
  path;
  problems;
  constructor(action, problems) {
    const shown = problems.slice(0, 5).map((p) => p.message);
    if (problems.length > 5)
      shown.push(`and ${problems.length - 5} more`);
    super(`${action}: invalid request: ${shown.join("; ")}`);
    this.action = action;
    this.path = problems[0]?.path ?? "";
    this.problems = problems;
  }
};
function createRequestValidator(STRUCTS, ACTIONS, regionParameter) {
  let byAction;
  let structs = /* @__PURE__ */ new Map();
  const tables = () => {
    if (!byAction) {
      const decode = (entry) => {
        const [head, values] = typeof entry === "string" ? [entry, void 0] : entry;
        const space = head.indexOf(" ");
        return [head.slice(space + 1), head.slice(1, space), Number(head[0]), values];
      };
      const decodeAll = (table) => new Map(Object.entries(table).map(([name, fields]) => [name, fields.map(decode)]));
      structs = decodeAll(STRUCTS);
      byAction = decodeAll(ACTIONS);
    }
    return byAction;
  };
  const requestProblems = (action, input) => {
    const fields = tables().get(action);
    const problems = [];
    if (fields)
      checkFields(input, fields, "", problems, 0, structs);
    return problems;
  };
  return {
    requestProblems,
    validateRequest(action, input, region) {
      const sent = regionParameter && region && input[regionParameter] === void 0 ? { ...input, [regionParameter]: region } : input;
      const problems = requestProblems(action, sent);
      if (problems.length > 0)
        throw new ValidationError(action, problems);
    }
  };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe2(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "an array";
  if (typeof value === "string")
    return "a string";
  if (typeof value === "object")
    return "an object";
  return typeof value === "number" || typeof value === "boolean" ? `${typeof value} ${String(value)}` : `a ${typeof value}`;
}
function checkFields(value, fields, path, problems, depth, structs) {
  if (!isObject(value)) {
    problems.push({ path, kind: "type", message: `${path || "request"}: expected an object, got ${describe2(value)}` });
    return;
  }
  for (const [name, member] of Object.entries(value)) {
    if (member === void 0 || member === null)
      continue;
    const field = fields.find((f) => f[0] === name);
    if (field)
      checkValue(member, field, field[1], path === "" ? name : `${path}.${name}`, problems, depth, structs);
  }
  for (const field of fields) {
    const member = value[field[0]];
    if (field[2] & 1 && (member === void 0 || member === null)) {
      const at = path === "" ? field[0] : `${path}.${field[0]}`;
      problems.push({ path: at, kind: "missing", message: `required ${at} is missing` });
    }
  }
}
var PRIMITIVES = {
  s: [(v) => typeof v === "string", "a string"],
  d: [(v) => typeof v === "string", "a date string"],
  T: [(v) => typeof v === "string", "a timestamp-iso8601 string"],
  B: [(v) => typeof v === "string", "a binary string"],
  t: [(v) => typeof v === "string" || Number.isInteger(v), "a timestamp (string or integer)"],
  i: [(v) => Number.isInteger(v), "an integer"],
  f: [(v) => typeof v === "number" && Number.isFinite(v), "a number"],
  b: [(v) => typeof v === "boolean", "a boolean"],
  o: [() => true, "any value"]
};
function checkValue(value, field, type, path, problems, depth, structs) {
  if (value === null) {
    if (!(field[2] & 2))
      problems.push({ path, kind: "null", message: `${path} is null, which the document does not allow` });
    return;
  }
  if (type.startsWith("[")) {
    if (!Array.isArray(value)) {
      problems.push({ path, kind: "type", message: `${path}: expected an array, got ${describe2(value)}` });
      return;
    }
    value.forEach((item, i) => checkValue(item, field, type.slice(1), `${path}[${i}]`, problems, depth, structs));
    return;
  }
  if (type.startsWith("#")) {
    const struct = type.length > 1 ? structs.get(type.slice(1)) : void 0;
    if (!struct) {
      if (!isObject(value))
        problems.push({ path, kind: "type", message: `${path}: expected an object, got ${describe2(value)}` });
    } else if (depth < 64) {
      checkFields(value, struct, path, problems, depth + 1, structs);
    }
    return;
  }
  const [test, expected] = PRIMITIVES[type];
  if (!test(value)) {
    problems.push({ path, kind: "type", message: `${path}: expected ${expected}, got ${describe2(value)}` });
    return;
  }
  const values = field[3];
  if (values) {
    const text = String(value);
    const ok = type === "b" ? values.some((v) => v.toLowerCase() === text.toLowerCase()) : values.includes(text);
    if (!ok)
      problems.push({ path, kind: "enum", message: `${path} is ${JSON.stringify(value)}, not one of ${values.join(", ")}` });
  }
}

// docs2sdk-dist:dist/index.js
var platform = {
  crypto: webCrypto,
  transport: (config) => fetchTransport(config.fetch),
  credentials: (service) => fromEnv(service.protocol),
  hooks: () => []
};
var RuntimeClient = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, protocolFor(service.protocol));
  }
};
var Tc3Client = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, tc3Protocol);
  }
};
var TencentV2Client = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, tencentV2Protocol);
  }
};
var AliyunRpcClient = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, aliyunRpcProtocol);
  }
};
var Tc3Signer2 = class extends Tc3Signer {
  constructor(crypto2 = webCrypto) {
    super(crypto2);
  }
};
var TencentV1Signer2 = class extends TencentV1Signer {
  constructor(crypto2 = webCrypto) {
    super(crypto2);
  }
};
var AliyunRpcSigner2 = class extends AliyunRpcSigner {
  constructor(crypto2 = webCrypto) {
    super(crypto2);
  }
};
export {
  AliyunRpcClient,
  AliyunRpcSigner2 as AliyunRpcSigner,
  BaseClient,
  CredentialsError,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_REFRESH_BEFORE,
  PaginationLimitError,
  RequestError,
  RuntimeClient,
  ServiceError,
  Tc3Client,
  Tc3Signer2 as Tc3Signer,
  TencentV1Signer2 as TencentV1Signer,
  TencentV2Client,
  ValidationError,
  backoffDelay,
  createRequestValidator,
  credentialChain,
  credentialFamily,
  debugLogger,
  debugLoggerFromEnv,
  defaultCredentials,
  deriveTc3Keys,
  envNames,
  fetchTransport,
  flattenParams,
  fromEnv,
  fromValue,
  getPath,
  isRetryableCode,
  isThrottled,
  maskId,
  pageItems,
  paginate,
  percentEncode,
  redactBody,
  redactRequest,
  redactResponse,
  redactSecrets,
  refreshingCredentials,
  resolveEndpoint,
  sleep,
  toBase64,
  toHex,
  utcDate,
  webCrypto
};

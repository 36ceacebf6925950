// Reading a request the way each provider's server does: which protocol it speaks, which action and
// API it names, its parameters, and whether its signature holds. Signatures are recomputed with the
// runtime's own signers (templates/runtime), never a second implementation: a client and the mock
// that disagree about a signature is then a bug in the one signer both use, which the runtime's
// tests check against the documents' worked examples and the official libraries.
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { Tc3Signer, TencentV1Signer, AliyunRpcSigner, utcDate } from "../../templates/runtime/src/index.node.ts";
import { RESERVED_KEY_SEGMENTS, unflatten } from "../parse/text/query.ts";
import { ALIYUN_ACCOUNT_PARAMETERS, PROTOCOL_PARAMETERS } from "../spec/protocol-parameters.ts";
import { protocolOf as descriptorOf } from "../spec/protocols.ts";
import type { Field, Protocol } from "../spec/types.ts";
import type { RouteHints } from "./catalog.ts";
import { parameterMessage, type MockError } from "./errors.ts";

export interface IncomingCall {
  method: string;
  path: string;
  /** The query string as sent, without "?". */
  query: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** SecretId (AccessKeyId) -> SecretKey (AccessKeySecret). */
export type KeyStore = ReadonlyMap<string, string>;

export interface VerifyOptions {
  keys: KeyStore;
  /** Milliseconds since the epoch. */
  now: number;
  /** Allowed clock difference in seconds (both directions). */
  maxSkewSeconds: number;
}

export interface ReadCall {
  protocol: Protocol;
  hints: RouteHints;
  /** Text wire (query or form): every parameter, flattened ("Filters.0.Name"), decoded. */
  flat?: Record<string, string>;
  /** JSON body (TC3 POST). */
  json?: Record<string, unknown>;
  /** Parameters came as text (query or form): primitives are strings. */
  textWire: boolean;
  /** Names of protocol parameters in `params` (signing, routing), to leave out of validation. */
  protocolParams: ReadonlySet<string>;
  /** TC3: the X-TC-Region header, where one was sent. */
  region?: string;
  verify(options: VerifyOptions): Promise<MockError | undefined>;
}

export type ReadResult = { ok: true; call: ReadCall } | { ok: false; protocol?: Protocol; error: MockError };

const tc3Signer = new Tc3Signer();
const v1Signer = new TencentV1Signer();
const aliyunSigner = new AliyunRpcSigner();

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Parameters of a query string or form body, decoded, in order (later duplicates win), in an object
 * without a prototype: no key can reach Object.prototype, and `"AccessKeyId" in flat` sees only what
 * was sent. Throws BadEscape on a malformed percent-escape ("%zz", "%E4%B8").
 */
export function flatParams(text: string): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    out[decodeComponent(eq < 0 ? part : part.slice(0, eq))] = decodeComponent(eq < 0 ? "" : part.slice(eq + 1));
  }
  return out;
}

/** A malformed percent-escape in a query string or form body. */
export class BadEscape extends Error {
  constructor(readonly text: string) {
    super(`The request contains a malformed percent-escape: ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}...` : text)}.`);
  }
}

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, " ");
  if (!spaced.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw new BadEscape(text);
  }
}

/** The first flattened key with a __proto__ / constructor / prototype segment ("__proto__.AccessKeyId"). */
export function prototypeKey(keys: Iterable<string>): string | undefined {
  for (const key of keys) if (key.split(".").some((segment) => RESERVED_KEY_SEGMENTS.has(segment))) return key;
  return undefined;
}

/** The path of the first such member anywhere in a JSON value ("Filters[0].__proto__"). */
export function prototypeMember(value: unknown, path = ""): string | undefined {
  // Iterative, so that a deeply nested body cannot overflow the stack.
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [here, at] = stack.pop()!;
    if (!here || typeof here !== "object") continue;
    if (Array.isArray(here)) {
      here.forEach((item, i) => stack.push([item, `${at}[${i}]`]));
      continue;
    }
    for (const key of Object.keys(here)) {
      const name = at ? `${at}.${key}` : key;
      if (RESERVED_KEY_SEGMENTS.has(key)) return name;
      stack.push([(here as Record<string, unknown>)[key], name]);
    }
  }
  return undefined;
}

function prototypeError(protocol: Protocol, name: string): ReadResult {
  return { ok: false, protocol, error: { kind: "invalid", message: parameterMessage(protocol, "invalid", name, "__proto__, constructor and prototype are not parameter names.") } };
}

function isForm(headers: IncomingHttpHeaders): boolean {
  return (header(headers, "content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded");
}

function hostOf(headers: IncomingHttpHeaders): string {
  return header(headers, "host") ?? "";
}

function skewError(timestampSeconds: number, options: VerifyOptions, protocol: Protocol): MockError | undefined {
  const skew = Math.abs(options.now / 1000 - timestampSeconds);
  if (skew <= options.maxSkewSeconds) return undefined;
  const message =
    descriptorOf(protocol).error.spelling === "alibaba"
      ? "Specified time stamp or date value is expired."
      : `Signature expired. Timestamp ${timestampSeconds} is ${Math.round(skew)} s away from the server time (allowed: ${options.maxSkewSeconds} s).`;
  return { kind: "expired", message };
}

const TC3_AUTHORIZATION =
  /^TC3-HMAC-SHA256\s+Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/i;

function readTc3(call: IncomingCall): ReadResult {
  const { headers } = call;
  const action = header(headers, "x-tc-action") ?? "";
  const version = header(headers, "x-tc-version");
  const authorization = header(headers, "authorization") ?? "";
  const auth = TC3_AUTHORIZATION.exec(authorization.trim());
  const textWire = call.method === "GET" || isForm(headers);
  let params: { flat: Record<string, string> } | { json: Record<string, unknown> };
  if (call.method === "GET") params = { flat: flatParams(call.query) };
  else if (isForm(headers)) params = { flat: flatParams(call.body) };
  else {
    try {
      const parsed: unknown = call.body.trim() === "" ? {} : JSON.parse(call.body);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      params = { json: parsed as Record<string, unknown> };
      const member = prototypeMember(parsed);
      if (member !== undefined) return prototypeError("tc3", member);
    } catch {
      return { ok: false, protocol: "tc3", error: { kind: "invalid", message: "The request body is not a JSON object." } };
    }
  }
  if ("flat" in params) {
    const key = prototypeKey(Object.keys(params.flat));
    if (key !== undefined) return prototypeError("tc3", key);
  }
  if (!action) return { ok: false, protocol: "tc3", error: { kind: "missing", message: "The request is missing a required parameter `Action` (X-TC-Action)." } };
  const region = header(headers, "x-tc-region");
  return {
    ok: true,
    call: {
      protocol: "tc3",
      hints: { protocol: "tc3", action, host: hostOf(headers), ...(version && { version }), ...(auth && { service: auth[3]! }) },
      ...params,
      textWire,
      protocolParams: new Set(),
      ...(region && { region }),
      async verify(options) {
        if (!auth) return { kind: "authorization", message: "The Authorization header is missing or is not a TC3-HMAC-SHA256 authorization." };
        const [, secretId, date, service, signedHeaders, signature] = auth as unknown as string[];
        const secretKey = options.keys.get(secretId!);
        if (secretKey === undefined) return { kind: "secret-id", message: `The SecretId ${secretId} is not found.` };
        const timestampText = header(headers, "x-tc-timestamp") ?? "";
        if (!/^\d+$/.test(timestampText)) return { kind: "missing", message: "The request is missing a required parameter `Timestamp` (X-TC-Timestamp)." };
        const timestamp = Number(timestampText);
        const expired = skewError(timestamp, options, "tc3");
        if (expired) return expired;
        const signed = Object.create(null) as Record<string, string>;
        for (const name of signedHeaders!.toLowerCase().split(";")) {
          const value = header(headers, name);
          if (value === undefined) return { kind: "signature", message: `The signed header ${name} is not in the request.` };
          signed[name] = value;
        }
        if (date !== utcDate(timestamp)) return { kind: "signature", message: `The credential scope date ${date} is not the UTC date of X-TC-Timestamp.` };
        const expectedFor = async (headers: Record<string, string>) =>
          (
            await tc3Signer.sign({
              secretId: secretId!,
              secretKey,
              service: service!,
              timestamp,
              method: call.method === "GET" ? "GET" : "POST",
              path: call.path,
              query: call.method === "GET" ? call.query : "",
              headers,
              payload: call.method === "GET" ? "" : call.body,
            })
          ).signature;
        let matches = sameText(await expectedFor(signed), signature!.toLowerCase());
        // The official SDK signs the endpoint's host name without its port (a real endpoint has
        // none), while the Host header sent to 127.0.0.1:8080 carries it: accept either spelling.
        if (!matches && signed.host !== undefined && /:\d+$/.test(signed.host)) {
          matches = sameText(await expectedFor({ ...signed, host: signed.host.replace(/:\d+$/, "") }), signature!.toLowerCase());
        }
        if (!matches) {
          return { kind: "signature", message: "The provided credentials could not be validated. Please check your signature is correct." };
        }
        return undefined;
      },
    },
  };
}

// Parameters the v1 signature (V2 APIs, and API 3.0 signed the old way) adds to every request.
// A v1-signed GET may reach an API 3.0 action or a V2 one: both protocols' parameters are accepted.
const V1_PARAMS = [...new Set([...PROTOCOL_PARAMETERS.tc3, ...PROTOCOL_PARAMETERS["tencent-v2"]])];

function readTencentV1(call: IncomingCall, flat: Record<string, string>, protocol: "tc3" | "tencent-v2"): ReadResult {
  const action = flat.Action ?? "";
  if (!action) return { ok: false, protocol, error: { kind: "missing", message: "The request is missing a required parameter `Action`." } };
  const version = protocol === "tc3" ? flat.Version : undefined;
  return {
    ok: true,
    call: {
      protocol,
      hints: { protocol, action, host: hostOf(call.headers), ...(version && { version }) },
      flat,
      textWire: true,
      protocolParams: new Set(V1_PARAMS),
      ...(protocol === "tc3" && flat.Region && { region: flat.Region }),
      async verify(options) {
        for (const name of ["SecretId", "Signature", "Timestamp", "Nonce"]) {
          if (!flat[name]) return { kind: "missing", message: `The request is missing a required parameter \`${name}\`.` };
        }
        const secretKey = options.keys.get(flat.SecretId!);
        if (secretKey === undefined) return { kind: "secret-id", message: `The SecretId ${flat.SecretId} is not found.` };
        if (!/^\d+$/.test(flat.Timestamp!)) return { kind: "invalid", message: "The value of parameter `Timestamp` is not valid." };
        const expired = skewError(Number(flat.Timestamp), options, protocol);
        if (expired) return expired;
        const method = flat.SignatureMethod ?? "HmacSHA1";
        if (method !== "HmacSHA1" && method !== "HmacSHA256") return { kind: "invalid", message: `The value of parameter \`SignatureMethod\` is not valid: ${method}.` };
        const { Signature: signature, ...signedParams } = flat;
        const expected = await v1Signer.sign({
          secretKey,
          method: call.method === "POST" ? "POST" : "GET",
          host: hostOf(call.headers),
          path: call.path,
          params: signedParams,
          signatureMethod: method,
        });
        if (!sameText(expected.signature, signature!)) {
          return { kind: "signature", message: "The provided credentials could not be validated. Please check your signature is correct." };
        }
        return undefined;
      },
    },
  };
}

// Every Alibaba action accepts the protocol's parameters and the account/region common ones.
const ALIYUN_PARAMS = [...PROTOCOL_PARAMETERS["aliyun-rpc"], ...ALIYUN_ACCOUNT_PARAMETERS];

function readAliyun(call: IncomingCall, flat: Record<string, string>): ReadResult {
  const action = flat.Action ?? "";
  if (!action) return { ok: false, protocol: "aliyun-rpc", error: { kind: "missing", message: 'The input parameter "Action" that is mandatory for processing this request is not supplied.' } };
  return {
    ok: true,
    call: {
      protocol: "aliyun-rpc",
      hints: { protocol: "aliyun-rpc", action, host: hostOf(call.headers), ...(flat.Version && { version: flat.Version }) },
      flat,
      textWire: true,
      protocolParams: new Set(ALIYUN_PARAMS),
      async verify(options) {
        // The document's own example spells it TimeStamp; the API reference says Timestamp.
        const timestampText = flat.Timestamp ?? flat.TimeStamp;
        for (const [name, value] of [
          ["AccessKeyId", flat.AccessKeyId],
          ["Signature", flat.Signature],
          ["SignatureNonce", flat.SignatureNonce],
          ["Timestamp", timestampText],
        ] as const) {
          if (!value) return { kind: "missing", message: `The input parameter "${name}" that is mandatory for processing this request is not supplied.` };
        }
        if ((flat.SignatureMethod ?? "HMAC-SHA1") !== "HMAC-SHA1") return { kind: "invalid", message: 'The specified parameter "SignatureMethod" is not valid.' };
        if ((flat.SignatureVersion ?? "1.0") !== "1.0") return { kind: "invalid", message: 'The specified parameter "SignatureVersion" is not valid.' };
        const secret = options.keys.get(flat.AccessKeyId!);
        if (secret === undefined) return { kind: "secret-id", message: "Specified access key is not found." };
        const time = Date.parse(timestampText!);
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(timestampText!) || Number.isNaN(time)) {
          return { kind: "invalid", message: `The specified parameter "Timestamp" is not valid: ${timestampText} (expected yyyy-MM-ddTHH:mm:ssZ in UTC).` };
        }
        const expired = skewError(time / 1000, options, "aliyun-rpc");
        if (expired) return expired;
        const { Signature: signature, ...signedParams } = flat;
        const expected = await aliyunSigner.sign({ accessKeySecret: secret, method: call.method === "POST" ? "POST" : "GET", params: signedParams });
        if (!sameText(expected.signature, signature!)) {
          return { kind: "signature", message: "Specified signature is not matched with our calculation." };
        }
        return undefined;
      },
    },
  };
}

/**
 * Which protocol a request speaks, by what it carries: a TC3 Authorization or X-TC-Action header;
 * Alibaba's AccessKeyId / SignatureVersion; else Tencent's v1 parameters (with Version: API 3.0
 * signed the old way; without: a V2 API, usually at /v2/index.php).
 */
export function readCall(call: IncomingCall): ReadResult {
  try {
    return readAnyCall(call);
  } catch (error) {
    if (!(error instanceof BadEscape)) throw error;
    return { ok: false, protocol: guessProtocol(call), error: { kind: "invalid", message: error.message } };
  }
}

/**
 * The protocol of a request that cannot be read in full (a body over the limit, cut short), to
 * answer in its shape: its headers, query and the body it starts with, read leniently.
 */
export function guessProtocol(call: IncomingCall): Protocol {
  const lenient = Object.create(null) as Record<string, string>;
  for (const text of [call.query, call.method === "POST" && isForm(call.headers) ? call.body : ""]) {
    for (const [key, value] of new URLSearchParams(text)) lenient[key] = value;
  }
  return protocolOf(call, lenient) ?? "tc3";
}

function isTc3(call: IncomingCall): boolean {
  const authorization = header(call.headers, "authorization") ?? "";
  return /^TC3-HMAC-SHA256/i.test(authorization.trim()) || header(call.headers, "x-tc-action") !== undefined;
}

function protocolOf(call: IncomingCall, flat: Record<string, string>): Protocol | undefined {
  if (isTc3(call)) return "tc3";
  if ("AccessKeyId" in flat || "SignatureVersion" in flat || "SignatureNonce" in flat) return "aliyun-rpc";
  if ("SecretId" in flat || "Action" in flat || call.path.endsWith("/v2/index.php")) {
    return call.path.endsWith("/v2/index.php") || !("Version" in flat) ? "tencent-v2" : "tc3";
  }
  return undefined;
}

function readAnyCall(call: IncomingCall): ReadResult {
  if (isTc3(call)) return readTc3(call);
  const flat = Object.assign(Object.create(null) as Record<string, string>, flatParams(call.query), call.method === "POST" && isForm(call.headers) ? flatParams(call.body) : {});
  const protocol = protocolOf(call, flat);
  if (protocol === undefined) {
    return { ok: false, error: { kind: "action", message: "The request names no action in any protocol the mock speaks (TC3 headers, Tencent v1 or Alibaba RPC parameters)." } };
  }
  const key = prototypeKey(Object.keys(flat));
  if (key !== undefined) return prototypeError(protocol, key);
  return protocol === "aliyun-rpc" ? readAliyun(call, flat) : readTencentV1(call, flat, protocol);
}

/**
 * The action's own parameters of a request, nested as the spec describes them. Protocol and common
 * parameters are left out unless the action documents them itself; a flattened key is nested
 * ("Filters.0.Name" -> Filters[0].Name) unless a documented name contains the dot itself.
 */
export function actionParameters(call: ReadCall, fields: readonly Field[], common: ReadonlySet<string>): Record<string, unknown> {
  if (call.json) return call.json;
  const own = new Set(fields.map((f) => f.name));
  const kept: { key: string; value: string }[] = [];
  const literal = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(call.flat ?? {})) {
    if (own.has(key)) {
      literal[key] = value;
      continue;
    }
    const head = key.split(".")[0]!;
    if (!own.has(head) && (call.protocolParams.has(head) || common.has(head))) continue;
    kept.push({ key, value });
  }
  return { ...unflatten(kept), ...literal };
}

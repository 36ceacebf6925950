// TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0. Every intermediate value is returned so
// that users who sign by hand (and the tests, against the documents' worked example) can check each step.
import type { CryptoProvider, SyncCryptoProvider } from "../types.js";
import { toHex } from "../encoding.js";

export interface Tc3SignInput {
  secretId: string;
  secretKey: string;
  /** Service name of the credential scope ("cvm"). */
  service: string;
  /** Seconds since the epoch; the scope date is its UTC day. */
  timestamp: number;
  method?: "GET" | "POST";
  path?: string;
  /** Canonical query string, already encoded ("Limit=10&Offset=0"); "" for POST. */
  query?: string;
  /** Headers to sign, e.g. { "content-type": ..., host: ..., "x-tc-action": ... }. */
  headers: Record<string, string>;
  payload?: string;
}

export interface Tc3Signature {
  authorization: string;
  signature: string;
  hashedPayload: string;
  canonicalRequest: string;
  hashedCanonicalRequest: string;
  stringToSign: string;
  credentialScope: string;
  signedHeaders: string;
  date: string;
}

export interface Tc3DerivedKeys {
  secretDate: Uint8Array;
  secretService: Uint8Array;
  secretSigning: Uint8Array;
}

const ALGORITHM = "TC3-HMAC-SHA256";
const KEY_CACHE_SIZE = 32;

/**
 * The three keys of the TC3 derivation (the documents print each one). A standalone function rather
 * than a signer method, so that a bundle that only signs does not carry it.
 */
export async function deriveTc3Keys(crypto: CryptoProvider, secretKey: string, date: string, service: string): Promise<Tc3DerivedKeys> {
  const secretDate = await crypto.hmac("SHA-256", "TC3" + secretKey, date);
  const secretService = await crypto.hmac("SHA-256", secretDate, service);
  const secretSigning = await crypto.hmac("SHA-256", secretService, "tc3_request");
  return { secretDate, secretService, secretSigning };
}

/** Derived signing keys by credential scope and secret (see tc3Parts). */
export type Tc3KeyCache = Map<string, Uint8Array | Promise<Uint8Array>>;

/** What a TC3 signature is computed from and the signature itself; tc3Authorization makes the header of it. */
export interface Tc3Parts {
  // Nested, not spread into one object: a spread literal made signing ~30% slower.
  request: CanonicalRequest;
  hashedCanonicalRequest: string;
  signature: string;
}

// The derived key changes once a day per (secret, service): caching it saves three HMACs per request.
// Synchronous providers cache the key, asynchronous ones the promise of it (so concurrent first
// requests derive it once); a failed derivation is forgotten.
function cachedKey<K extends Uint8Array | Promise<Uint8Array>>(keys: Tc3KeyCache, request: CanonicalRequest, secretKey: string, derive: () => K): K {
  const cacheKey = request.credentialScope + "\n" + secretKey;
  let key = keys.get(cacheKey) as K | undefined;
  if (!key) {
    if (keys.size >= KEY_CACHE_SIZE) keys.delete(keys.keys().next().value!);
    keys.set(cacheKey, (key = derive()));
  }
  return key;
}

export function tc3PartsSync(sync: SyncCryptoProvider, keys: Tc3KeyCache, input: Tc3SignInput): Tc3Parts {
  const request = canonicalRequest(input, sync.sha256Hex(input.payload ?? ""));
  const hashedCanonicalRequest = sync.sha256Hex(request.canonicalRequest);
  const key = cachedKey(keys, request, input.secretKey, () =>
    sync.hmac("SHA-256", sync.hmac("SHA-256", sync.hmac("SHA-256", "TC3" + input.secretKey, request.date), input.service), "tc3_request"),
  );
  return { request, hashedCanonicalRequest, signature: sync.hmacHex("SHA-256", key, stringToSign(input, request, hashedCanonicalRequest)) };
}

/**
 * Signs: the parts of a TC3 signature, with the derived key cached in `keys`. Runs synchronously
 * inside when the crypto provider has `sync` (node:crypto). What the protocol calls: it needs only
 * the Authorization header, not the Tc3Signer's full report.
 */
export async function tc3Parts(crypto: CryptoProvider, keys: Tc3KeyCache, input: Tc3SignInput): Promise<Tc3Parts> {
  if (crypto.sync) return tc3PartsSync(crypto.sync, keys, input);
  const request = canonicalRequest(input, await crypto.sha256Hex(input.payload ?? ""));
  const hashedCanonicalRequest = await crypto.sha256Hex(request.canonicalRequest);
  const key = cachedKey(keys, request, input.secretKey, () => {
    const derived = crypto
      .hmac("SHA-256", "TC3" + input.secretKey, request.date)
      .then((k) => crypto.hmac("SHA-256", k, input.service))
      .then((k) => crypto.hmac("SHA-256", k, "tc3_request"));
    derived.catch(() => keys.delete(request.credentialScope + "\n" + input.secretKey));
    return derived;
  });
  return { request, hashedCanonicalRequest, signature: toHex(await crypto.hmac("SHA-256", await key, stringToSign(input, request, hashedCanonicalRequest))) };
}

/** The Authorization header of a signature. */
export function tc3Authorization(input: Tc3SignInput, parts: Tc3Parts): string {
  const { request } = parts;
  return ALGORITHM + " Credential=" + input.secretId + "/" + request.credentialScope + ", SignedHeaders=" + request.signedHeaders + ", Signature=" + parts.signature;
}

/** TC3 signing for users who sign by hand: every intermediate value, as the documents print them. */
export class Tc3Signer {
  readonly #crypto: CryptoProvider;
  readonly #keys: Tc3KeyCache = new Map();

  constructor(crypto: CryptoProvider) {
    this.#crypto = crypto;
  }

  /** Signs synchronously; only with a crypto provider that has `sync` (node:crypto). */
  signSync(input: Tc3SignInput): Tc3Signature {
    const sync = this.#crypto.sync;
    if (!sync) throw new TypeError("signSync needs a CryptoProvider with synchronous primitives (nodeCrypto)");
    return report(input, tc3PartsSync(sync, this.#keys, input));
  }

  async sign(input: Tc3SignInput): Promise<Tc3Signature> {
    return report(input, await tc3Parts(this.#crypto, this.#keys, input));
  }
}

function report(input: Tc3SignInput, parts: Tc3Parts): Tc3Signature {
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
    date: request.date,
  };
}

export interface CanonicalRequest {
  canonicalRequest: string;
  hashedPayload: string;
  signedHeaders: string;
  date: string;
  credentialScope: string;
}

function canonicalRequest(input: Tc3SignInput, hashedPayload: string): CanonicalRequest {
  const lowered: Record<string, string> = {};
  for (const name in input.headers) lowered[name.toLowerCase()] = input.headers[name]!.trim().toLowerCase();
  const names = Object.keys(lowered).sort();
  let canonicalHeaders = "";
  for (const name of names) canonicalHeaders += name + ":" + lowered[name] + "\n";
  const signedHeaders = names.join(";");
  const canonicalRequest =
    (input.method ?? "POST") + "\n" + (input.path ?? "/") + "\n" + (input.query ?? "") + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + hashedPayload;
  const date = utcDate(input.timestamp);
  return { canonicalRequest, hashedPayload, signedHeaders, date, credentialScope: date + "/" + input.service + "/tc3_request" };
}

function stringToSign(input: Tc3SignInput, request: CanonicalRequest, hashedCanonicalRequest: string): string {
  return ALGORITHM + "\n" + input.timestamp + "\n" + request.credentialScope + "\n" + hashedCanonicalRequest;
}

let lastDay = NaN;
let lastDate = "";

/** "2019-02-25" for a timestamp in seconds (the last day is remembered: it rarely changes). */
export function utcDate(timestamp: number): string {
  const day = Math.floor(timestamp / 86400);
  if (day !== lastDay) {
    lastDate = new Date(day * 86400000).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDate;
}

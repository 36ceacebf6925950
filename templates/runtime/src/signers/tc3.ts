// TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0. Every intermediate value is returned so
// that users who sign by hand (and the tests, against the documents' worked example) can check each step.
import type { CryptoProvider } from "../types.js";
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

export class Tc3Signer {
  readonly #crypto: CryptoProvider;
  // The derived key changes once a day per (secret, service): caching it saves three HMACs per request.
  readonly #keys = new Map<string, Promise<Uint8Array>>();

  constructor(crypto: CryptoProvider) {
    this.#crypto = crypto;
  }

  async deriveKeys(secretKey: string, date: string, service: string): Promise<Tc3DerivedKeys> {
    const secretDate = await this.#crypto.hmac("SHA-256", "TC3" + secretKey, date);
    const secretService = await this.#crypto.hmac("SHA-256", secretDate, service);
    const secretSigning = await this.#crypto.hmac("SHA-256", secretService, "tc3_request");
    return { secretDate, secretService, secretSigning };
  }

  #signingKey(secretKey: string, date: string, service: string): Promise<Uint8Array> {
    const cacheKey = date + "\n" + service + "\n" + secretKey;
    let key = this.#keys.get(cacheKey);
    if (!key) {
      if (this.#keys.size >= KEY_CACHE_SIZE) this.#keys.delete(this.#keys.keys().next().value!);
      key = this.deriveKeys(secretKey, date, service).then((k) => k.secretSigning);
      key.catch(() => this.#keys.delete(cacheKey));
      this.#keys.set(cacheKey, key);
    }
    return key;
  }

  async sign(input: Tc3SignInput): Promise<Tc3Signature> {
    const method = input.method ?? "POST";
    const names = Object.keys(input.headers).map((n) => n.toLowerCase()).sort();
    const lowered: Record<string, string> = {};
    for (const [name, value] of Object.entries(input.headers)) lowered[name.toLowerCase()] = value.trim().toLowerCase();
    let canonicalHeaders = "";
    for (const name of names) canonicalHeaders += name + ":" + lowered[name] + "\n";
    const signedHeaders = names.join(";");
    const hashedPayload = await this.#crypto.sha256Hex(input.payload ?? "");
    const canonicalRequest =
      method + "\n" + (input.path ?? "/") + "\n" + (input.query ?? "") + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + hashedPayload;
    const date = utcDate(input.timestamp);
    const credentialScope = date + "/" + input.service + "/tc3_request";
    const hashedCanonicalRequest = await this.#crypto.sha256Hex(canonicalRequest);
    const stringToSign = ALGORITHM + "\n" + input.timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest;
    const key = await this.#signingKey(input.secretKey, date, input.service);
    const signature = toHex(await this.#crypto.hmac("SHA-256", key, stringToSign));
    const authorization =
      ALGORITHM + " Credential=" + input.secretId + "/" + credentialScope + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    return { authorization, signature, hashedPayload, canonicalRequest, hashedCanonicalRequest, stringToSign, credentialScope, signedHeaders, date };
  }
}

/** "2019-02-25" for a timestamp in seconds. */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}


import { toHex } from "../encoding.js";
const ALGORITHM = "TC3-HMAC-SHA256";
const KEY_CACHE_SIZE = 32;
export class Tc3Signer {
    #crypto;
    // The derived key changes once a day per (secret, service): caching it saves three HMACs per request.
    #keys = new Map();
    constructor(crypto) {
        this.#crypto = crypto;
    }
    async deriveKeys(secretKey, date, service) {
        const secretDate = await this.#crypto.hmac("SHA-256", "TC3" + secretKey, date);
        const secretService = await this.#crypto.hmac("SHA-256", secretDate, service);
        const secretSigning = await this.#crypto.hmac("SHA-256", secretService, "tc3_request");
        return { secretDate, secretService, secretSigning };
    }
    #cacheKey(key, cacheKey) {
        if (this.#keys.size >= KEY_CACHE_SIZE)
            this.#keys.delete(this.#keys.keys().next().value);
        this.#keys.set(cacheKey, key);
    }
    /** Signs synchronously; only with a crypto provider that has `sync` (node:crypto). */
    signSync(input) {
        const sync = this.#crypto.sync;
        if (!sync)
            throw new TypeError("signSync needs a CryptoProvider with synchronous primitives (nodeCrypto)");
        const request = canonicalRequest(input, sync.sha256Hex(input.payload ?? ""));
        const hashedCanonicalRequest = sync.sha256Hex(request.canonicalRequest);
        const cacheKey = request.date + "\n" + input.service + "\n" + input.secretKey;
        let key = this.#keys.get(cacheKey);
        if (!(key instanceof Uint8Array)) {
            key = deriveSync(sync, input.secretKey, request.date, input.service);
            this.#cacheKey(key, cacheKey);
        }
        return finish(input, request, hashedCanonicalRequest, toHex(sync.hmac("SHA-256", key, stringToSign(input, request, hashedCanonicalRequest))));
    }
    async sign(input) {
        if (this.#crypto.sync)
            return this.signSync(input);
        const request = canonicalRequest(input, await this.#crypto.sha256Hex(input.payload ?? ""));
        const hashedCanonicalRequest = await this.#crypto.sha256Hex(request.canonicalRequest);
        const cacheKey = request.date + "\n" + input.service + "\n" + input.secretKey;
        let key = this.#keys.get(cacheKey);
        if (!key) {
            const derived = this.deriveKeys(input.secretKey, request.date, input.service).then((k) => k.secretSigning);
            derived.catch(() => this.#keys.delete(cacheKey));
            this.#cacheKey((key = derived), cacheKey);
        }
        const signature = toHex(await this.#crypto.hmac("SHA-256", await key, stringToSign(input, request, hashedCanonicalRequest)));
        return finish(input, request, hashedCanonicalRequest, signature);
    }
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
    const canonicalRequest = (input.method ?? "POST") + "\n" + (input.path ?? "/") + "\n" + (input.query ?? "") + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + hashedPayload;
    const date = utcDate(input.timestamp);
    return { canonicalRequest, hashedPayload, signedHeaders, date, credentialScope: date + "/" + input.service + "/tc3_request" };
}
function stringToSign(input, request, hashedCanonicalRequest) {
    return ALGORITHM + "\n" + input.timestamp + "\n" + request.credentialScope + "\n" + hashedCanonicalRequest;
}
function finish(input, request, hashedCanonicalRequest, signature) {
    return {
        authorization: ALGORITHM + " Credential=" + input.secretId + "/" + request.credentialScope + ", SignedHeaders=" + request.signedHeaders + ", Signature=" + signature,
        signature,
        hashedPayload: request.hashedPayload,
        canonicalRequest: request.canonicalRequest,
        hashedCanonicalRequest,
        stringToSign: stringToSign(input, request, hashedCanonicalRequest),
        credentialScope: request.credentialScope,
        signedHeaders: request.signedHeaders,
        date: request.date,
    };
}
function deriveSync(sync, secretKey, date, service) {
    return sync.hmac("SHA-256", sync.hmac("SHA-256", sync.hmac("SHA-256", "TC3" + secretKey, date), service), "tc3_request");
}
let lastDay = NaN;
let lastDate = "";
/** "2019-02-25" for a timestamp in seconds (the last day is remembered: it rarely changes). */
export function utcDate(timestamp) {
    const day = Math.floor(timestamp / 86400);
    if (day !== lastDay) {
        lastDate = new Date(day * 86400000).toISOString().slice(0, 10);
        lastDay = day;
    }
    return lastDate;
}

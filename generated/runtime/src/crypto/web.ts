// Hashing through WebCrypto (browsers, Deno, edge workers, and Node >= 20 as a fallback).
import type { CryptoProvider } from "../types.js";
import { toHex, utf8 } from "../encoding.js";

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("WebCrypto (crypto.subtle) is not available; pass a CryptoProvider");
  return s;
}

export const webCrypto: CryptoProvider = {
  async sha256Hex(data) {
    return toHex(new Uint8Array(await subtle().digest("SHA-256", utf8(data) as BufferSource)));
  },
  async hmac(algorithm, key, data) {
    // The casts keep the declarations readable by TypeScript versions before typed-array generics.
    const raw = (typeof key === "string" ? utf8(key) : key) as BufferSource;
    const cryptoKey = await subtle().importKey("raw", raw, { name: "HMAC", hash: algorithm }, false, ["sign"]);
    return new Uint8Array(await subtle().sign("HMAC", cryptoKey, utf8(data) as BufferSource));
  },
};

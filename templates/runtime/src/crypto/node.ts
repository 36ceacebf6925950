// Hashing on Node: node:crypto is synchronous and several times faster than crypto.subtle there.
import { createHash, createHmac } from "node:crypto";
import type { CryptoProvider } from "../types.js";

const NODE_ALGORITHM = { "SHA-1": "sha1", "SHA-256": "sha256" } as const;

export const nodeCrypto: CryptoProvider = {
  async sha256Hex(data) {
    return createHash("sha256").update(data, "utf8").digest("hex");
  },
  async hmac(algorithm, key, data) {
    return createHmac(NODE_ALGORITHM[algorithm], key).update(data, "utf8").digest();
  },
};

// Hashing on Node: node:crypto is synchronous and several times faster than crypto.subtle there.
import * as crypto from "node:crypto";
import type { CryptoProvider, SyncCryptoProvider } from "../types.js";

// crypto.hash (Node >= 20.12) hashes small inputs without building a Hash object: about twice as fast.
const oneShotHash = crypto.hash;

const sync: SyncCryptoProvider = {
  sha256Hex: oneShotHash
    ? (data) => oneShotHash("sha256", data, "hex")
    : (data) => crypto.createHash("sha256").update(data, "utf8").digest("hex"),
  hmac: (algorithm, key, data) => crypto.createHmac(algorithm === "SHA-1" ? "sha1" : "sha256", key).update(data, "utf8").digest(),
};

export const nodeCrypto: CryptoProvider = {
  sha256Hex: async (data) => sync.sha256Hex(data),
  hmac: async (algorithm, key, data) => sync.hmac(algorithm, key, data),
  sync,
};

// docs2sdk-dist:dist/crypto/node.js
import * as crypto from "node:crypto";
var NODE_ALGORITHM = { "SHA-1": "sha1", "SHA-256": "sha256" };
var oneShotHash = crypto.hash;
var sync = {
  sha256Hex: oneShotHash ? (data) => oneShotHash("sha256", data, "hex") : (data) => crypto.createHash("sha256").update(data, "utf8").digest("hex"),
  hmac: (algorithm, key, data) => crypto.createHmac(NODE_ALGORITHM[algorithm], key).update(data, "utf8").digest()
};
var nodeCrypto = {
  sha256Hex: async (data) => sync.sha256Hex(data),
  hmac: async (algorithm, key, data) => sync.hmac(algorithm, key, data),
  sync
};

export {
  nodeCrypto
};

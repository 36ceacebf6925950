import { toHex, utf8 } from "../encoding.js";
function subtle() {
    const s = globalThis.crypto?.subtle;
    if (!s)
        throw new Error("WebCrypto (crypto.subtle) is not available; pass a CryptoProvider");
    return s;
}
export const webCrypto = {
    async sha256Hex(data) {
        return toHex(new Uint8Array(await subtle().digest("SHA-256", utf8(data))));
    },
    async hmac(algorithm, key, data) {
        // The casts keep the declarations readable by TypeScript versions before typed-array generics.
        const raw = (typeof key === "string" ? utf8(key) : key);
        const cryptoKey = await subtle().importKey("raw", raw, { name: "HMAC", hash: algorithm }, false, ["sign"]);
        return new Uint8Array(await subtle().sign("HMAC", cryptoKey, utf8(data)));
    },
};

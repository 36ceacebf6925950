// docs2sdk-dist:dist/encoding.js
var HEX = [];
for (let i = 0; i < 256; i++)
  HEX.push(i.toString(16).padStart(2, "0"));
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
var encoder = new TextEncoder();
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

export {
  toHex,
  toBase64,
  percentEncode,
  flattenParams,
  sortedKeys,
  webCrypto
};

// Byte and parameter encodings shared by the signers and protocols.

// Pure: a bundle that never calls toHex (Node's, which hashes to hex in node:crypto) drops the table.
const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

// Pure: a bundle that never encodes drops it.
const encoder = /* @__PURE__ */ new TextEncoder();
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** RFC 3986 percent-encoding (unreserved: A-Z a-z 0-9 - _ . ~), as Alibaba Cloud specifies it. */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

export type ParamValue = string | number | boolean | bigint;

/**
 * Flattens nested input into wire parameters: arrays become `Name.<i>` (Tencent counts from 0,
 * Alibaba's RepeatList from 1), structures `Name.Field`. null and undefined are left out.
 */
export function flattenParams(input: object, firstIndex: 0 | 1, out: Record<string, string> = {}, prefix = ""): Record<string, string> {
  for (const [key, value] of Object.entries(input)) flattenValue(value, prefix + key, firstIndex, out);
  return out;
}

function flattenValue(value: unknown, name: string, firstIndex: 0 | 1, out: Record<string, string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenValue(item, `${name}.${i + firstIndex}`, firstIndex, out));
  } else if (typeof value === "object") {
    flattenParams(value, firstIndex, out, name + ".");
  } else {
    out[name] = String(value);
  }
}

/** Keys in code-unit order, the order every one of these signature schemes sorts by. */
export function sortedKeys(params: Record<string, string>): string[] {
  return Object.keys(params).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

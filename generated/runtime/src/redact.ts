// Copies of requests and responses that are safe to log. Secrets (keys, passwords, tokens, signatures)
// become "***"; key ids keep a short prefix so a log still tells which key was used. Names are judged
// by their last segment, so flattened parameters (LoginSettings.Password) and nested JSON are covered.
import type { HttpRequest, HttpResponse } from "./types.js";

const ID_NAME = /^(secret_?id|access_?key_?id|tmp_?secret_?id)$/i;
const SECRET_NAME = /password|passwd|secret|signature|credential|private_?key|^authorization$|^(x-tc-|x-acs-security-|x-acs-|security_?|session_?|access_?|sts_?|tmp_?)?token$/i;

/** "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE" -> "AKIDz8***": enough to recognise a key, not to use it. */
export function maskId(id: string): string {
  return id.length <= 8 ? "***" : id.slice(0, Math.min(6, Math.floor(id.length / 4))) + "***";
}

function maskValue(name: string, value: string): string {
  const leaf = name.slice(name.lastIndexOf(".") + 1);
  if (ID_NAME.test(leaf)) return maskId(value);
  if (/^authorization$/i.test(leaf)) return maskAuthorization(value);
  return SECRET_NAME.test(leaf) ? "***" : value;
}

/** TC3's Authorization keeps its scheme, masked key id, scope and signed headers; the signature goes. */
function maskAuthorization(value: string): string {
  const m = /^(\S+) Credential=([^/,\s]+)(\/[^,\s]*)?(.*)$/.exec(value);
  if (!m) return "***";
  return `${m[1]} Credential=${maskId(m[2]!)}${m[3] ?? ""}${m[4]!.replace(/Signature=[^,\s]*/g, "Signature=***")}`;
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = maskValue(name, value);
  return out;
}

function redactPairs(query: string): string {
  return query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      if (eq < 0) return pair;
      let name: string;
      let value: string;
      try {
        name = decodeURIComponent(pair.slice(0, eq));
        value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " "));
      } catch {
        return pair.slice(0, eq + 1) + "***";
      }
      const masked = maskValue(name, value);
      return masked === value ? pair : pair.slice(0, eq + 1) + masked;
    })
    .join("&");
}

function redactUrl(url: string): string {
  const q = url.indexOf("?");
  return q < 0 ? url : url.slice(0, q + 1) + redactPairs(url.slice(q + 1));
}

function redactJson(value: unknown, name: string): unknown {
  if (Array.isArray(value)) return value.map((item) => redactJson(item, name));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactJson(item, key);
    return out;
  }
  if (typeof value === "string" || typeof value === "number") {
    const masked = maskValue(name, String(value));
    return masked === String(value) ? value : masked;
  }
  return value;
}

/** A body made safe to log: JSON by key names, forms by parameter names; anything else withheld. */
export function redactBody(body: string, contentType = ""): string {
  if (body === "") return body;
  if (/x-www-form-urlencoded/i.test(contentType)) return redactPairs(body);
  try {
    return JSON.stringify(redactJson(JSON.parse(body), ""));
  } catch {
    return `[${body.length} characters, not JSON: not shown]`;
  }
}

function contentTypeOf(headers: Record<string, string>): string {
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === "content-type") return value;
  return "";
}

export function redactRequest(request: HttpRequest): Omit<HttpRequest, "signal"> {
  const redacted: Omit<HttpRequest, "signal"> = { method: request.method, url: redactUrl(request.url), headers: redactHeaders(request.headers) };
  if (request.body !== undefined) redacted.body = redactBody(request.body, contentTypeOf(request.headers));
  return redacted;
}

export function redactResponse(response: HttpResponse): HttpResponse {
  return { status: response.status, headers: redactHeaders(response.headers), body: redactBody(response.body, contentTypeOf(response.headers)) };
}

/**
 * The values of an input's parameters whose names mark secrets (Password, LoginSettings.Password,
 * SecretKey, PrivateKey, Token...), at any depth: the client masks them wherever a server echoes
 * them. Broader than SECRET_NAME (a tag's Key too): masking a harmless value costs little here.
 */
export function secretValues(value: unknown, name = ""): string[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => secretValues(item, Array.isArray(value) ? name : key));
  return value != null && /passw|secret|token|key$/i.test(name) ? [String(value)] : [];
}

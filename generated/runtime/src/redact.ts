// Copies of requests that are safe to log: credentials, tokens and signatures masked.
import type { HttpRequest } from "./types.js";

const SECRET_HEADERS = /^(authorization|x-tc-token|x-acs-security-token)$/i;
const SECRET_PARAMS = /^(Signature|SecretId|Token|AccessKeyId|SecurityToken)$/;

export function redactRequest(request: HttpRequest): Omit<HttpRequest, "signal"> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = SECRET_HEADERS.test(name) ? "***" : value;
  const redacted: Omit<HttpRequest, "signal"> = { method: request.method, url: redactQuery(request.url), headers };
  if (request.body !== undefined) {
    redacted.body = headers["Content-Type"]?.startsWith("application/x-www-form-urlencoded") ? redactQuery("?" + request.body).slice(1) : request.body;
  }
  return redacted;
}

function redactQuery(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const parts = url
    .slice(q + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
      return SECRET_PARAMS.test(name) ? pair.slice(0, eq + 1) + "***" : pair;
    });
  return url.slice(0, q + 1) + parts.join("&");
}

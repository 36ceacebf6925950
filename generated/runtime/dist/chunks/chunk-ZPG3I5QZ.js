// docs2sdk-dist:dist/redact.js
var ID_NAME = /^(secret_?id|access_?key_?id|tmp_?secret_?id)$/i;
var SECRET_NAME = /password|passwd|secret|signature|credential|private_?key|^authorization$|^(x-tc-|x-acs-security-|x-acs-|security_?|session_?|access_?|sts_?|tmp_?)?token$/i;
function maskId(id) {
  return id.length <= 8 ? "***" : id.slice(0, Math.min(6, Math.floor(id.length / 4))) + "***";
}
function maskValue(name, value) {
  const leaf = name.slice(name.lastIndexOf(".") + 1);
  if (ID_NAME.test(leaf))
    return maskId(value);
  if (/^authorization$/i.test(leaf))
    return maskAuthorization(value);
  return SECRET_NAME.test(leaf) ? "***" : value;
}
function maskAuthorization(value) {
  const m = /^(\S+) Credential=([^/,\s]+)(\/[^,\s]*)?(.*)$/.exec(value);
  if (!m)
    return "***";
  return `${m[1]} Credential=${maskId(m[2])}${m[3] ?? ""}${m[4].replace(/Signature=[^,\s]*/g, "Signature=***")}`;
}
function redactHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = maskValue(name, value);
  return out;
}
function redactPairs(query) {
  return query.split("&").map((pair) => {
    const eq = pair.indexOf("=");
    if (eq < 0)
      return pair;
    let name;
    let value;
    try {
      name = decodeURIComponent(pair.slice(0, eq));
      value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " "));
    } catch {
      return pair.slice(0, eq + 1) + "***";
    }
    const masked = maskValue(name, value);
    return masked === value ? pair : pair.slice(0, eq + 1) + masked;
  }).join("&");
}
function redactUrl(url) {
  const q = url.indexOf("?");
  return q < 0 ? url : url.slice(0, q + 1) + redactPairs(url.slice(q + 1));
}
function redactJson(value, name) {
  if (Array.isArray(value))
    return value.map((item) => redactJson(item, name));
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value))
      out[key] = redactJson(item, key);
    return out;
  }
  if (typeof value === "string" || typeof value === "number") {
    const masked = maskValue(name, String(value));
    return masked === String(value) ? value : masked;
  }
  return value;
}
function redactBody(body, contentType = "") {
  if (body === "")
    return body;
  if (/x-www-form-urlencoded/i.test(contentType))
    return redactPairs(body);
  try {
    return JSON.stringify(redactJson(JSON.parse(body), ""));
  } catch {
    return `[${body.length} characters, not JSON: not shown]`;
  }
}
function contentTypeOf(headers) {
  for (const [name, value] of Object.entries(headers))
    if (name.toLowerCase() === "content-type")
      return value;
  return "";
}
function redactRequest(request) {
  const redacted = { method: request.method, url: redactUrl(request.url), headers: redactHeaders(request.headers) };
  if (request.body !== void 0)
    redacted.body = redactBody(request.body, contentTypeOf(request.headers));
  return redacted;
}
function redactResponse(response) {
  return { status: response.status, headers: redactHeaders(response.headers), body: redactBody(response.body, contentTypeOf(response.headers)) };
}

// docs2sdk-dist:dist/logger.js
function debugLogger(options = {}) {
  const opts = "logger" in options || "bodies" in options || "prefix" in options ? options : { logger: options };
  const logger = opts.logger ?? globalThis.console;
  const prefix = opts.prefix ?? "[docs2sdk]";
  const emit = (line) => logger?.debug ? logger.debug(line) : logger?.log?.(line);
  const head = (c) => `${prefix} ${c.service.service}.${c.action} attempt ${c.attempt + 1}/${c.maxRetries + 1}`;
  const tail = (c) => `in ${c.elapsed ?? 0} ms${c.requestId !== void 0 ? `, RequestId ${c.requestId}` : ""}`;
  return {
    beforeRequest(c) {
      const write = (line) => emit(c.redact(line));
      const request = redactRequest(c.request);
      write(`${head(c)} -> ${request.method} ${request.url}`);
      if (opts.bodies)
        write(`${prefix}   request headers ${JSON.stringify(request.headers)}${request.body !== void 0 ? ` body ${request.body}` : ""}`);
    },
    afterResponse(c) {
      const write = (line) => emit(c.redact(line));
      write(`${head(c)} <- HTTP ${c.status} ${tail(c)}`);
      if (opts.bodies && c.response) {
        const response = redactResponse(c.response);
        write(`${prefix}   response headers ${JSON.stringify(response.headers)} body ${response.body}`);
      }
    },
    onError(c) {
      const write = (line) => emit(c.redact(line));
      const e = c.error;
      write(`${head(c)} failed: ${String(e?.code ?? "Error")}: ${String(e?.message ?? e)} ${tail(c)} (${c.willRetry ? "will retry" : "giving up"})`);
    }
  };
}

export {
  maskId,
  redactBody,
  redactRequest,
  redactResponse,
  debugLogger
};

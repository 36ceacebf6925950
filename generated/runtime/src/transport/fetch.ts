// The fetch transport: browsers, Deno, edge workers, or any fetch the user passes in.
import type { HttpRequest, HttpResponse, Transport } from "../types.js";

export function fetchTransport(fetchImpl?: typeof fetch): Transport {
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const doFetch = fetchImpl ?? globalThis.fetch;
      // Host is a forbidden header for fetch: the URL sets it.
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (name.toLowerCase() !== "host") headers[name] = value;
      const init: RequestInit = { method: request.method, headers };
      if (request.body !== undefined) init.body = request.body;
      if (request.signal) init.signal = request.signal;
      const res = await doFetch(request.url, init);
      const body = await res.text();
      const responseHeaders: Record<string, string> = {};
      res.headers.forEach((value, name) => (responseHeaders[name.toLowerCase()] = value));
      return { status: res.status, headers: responseHeaders, body };
    },
  };
}

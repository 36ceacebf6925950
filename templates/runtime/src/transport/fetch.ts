// The fetch transport: browsers, Deno, edge workers, or any fetch the user passes in.
import type { HttpRequest, HttpResponse, Transport } from "../types.js";

export function fetchTransport(fetchImpl?: typeof fetch): Transport {
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const doFetch = fetchImpl ?? globalThis.fetch;
      // Host is a forbidden header for fetch: the URL sets it.
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (name.toLowerCase() !== "host") headers[name] = value;
      // An absent body or signal is `undefined`, which fetch takes as not given.
      const res = await doFetch(request.url, { method: request.method, headers, body: request.body, signal: request.signal } as RequestInit);
      // Headers iterate with lower-case names, repeated headers already joined (lib.dom without
      // dom.iterable does not declare the iterator).
      return { status: res.status, headers: Object.fromEntries(res.headers as unknown as Iterable<[string, string]>), body: await res.text() };
    },
  };
}

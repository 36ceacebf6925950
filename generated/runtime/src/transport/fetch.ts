// The fetch transport: browsers, Deno, edge workers, or any fetch the user passes in.
import type { HttpRequest, HttpResponse, Transport } from "../types.js";
import { exchangeTimedOut } from "../errors.js";
import { readCapped } from "./body.js";

export function fetchTransport(fetchImpl?: typeof fetch): Transport {
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const doFetch = fetchImpl ?? globalThis.fetch;
      // Host is a forbidden header for fetch: the URL sets it.
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (name.toLowerCase() !== "host") headers[name] = value;
      const { timeout, signal } = request;
      // request.timeout aborts the fetch and the body's read alike.
      const expiry = timeout ? AbortSignal.timeout(timeout) : undefined;
      try {
        // An absent body is `undefined`, which fetch takes as not given.
        // redirect "manual": a 3xx is never followed (to another origin it would carry the token and
        // the body there); it comes back as the response, status 0 in browsers, and the client rejects it.
        const res = await doFetch(request.url, {
          method: request.method,
          headers,
          body: request.body,
          signal: signal && expiry ? AbortSignal.any([signal, expiry]) : (signal ?? expiry),
          redirect: "manual",
        } as RequestInit);
        const body = res.body ? await readCapped(streamChunks(res.body), request.maxBytes) : "";
        // Headers iterate with lower-case names, repeated headers already joined (lib.dom without
        // dom.iterable does not declare the iterator).
        return { status: res.status, headers: Object.fromEntries(res.headers as unknown as Iterable<[string, string]>), body };
      } catch (error) {
        throw expiry?.aborted ? exchangeTimedOut(timeout!) : error;
      }
    },
  };
}

/** A stream's chunks without relying on ReadableStream's async iteration (Safari lacks it); stopping early cancels it. */
async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let chunk; !(chunk = await reader.read()).done; ) yield chunk.value;
  } finally {
    // Rejects when the stream already failed (an aborted read): nothing left to cancel then, and
    // left unhandled it would end a Node process.
    reader.cancel().catch(() => {});
  }
}

// The Node transport: node:http / node:https with keep-alive agents. Node 20's built-in fetch
// reached about a third of the requests per second of this path in the project's measurements.
import * as http from "node:http";
import type { HttpRequest, HttpResponse, Transport } from "../types.js";
import { exchangeTimedOut, responseTooLarge } from "../errors.js";

export interface NodeTransportOptions {
  /** Reuse connections (default true). */
  keepAlive?: boolean;
  /** Connections per host (default 64). */
  maxSockets?: number;
  /**
   * The agent every request goes through instead of the transport's pooled ones: a proxy agent
   * (`new HttpsProxyAgent(process.env.HTTPS_PROXY)` from https-proxy-agent) or an agent with TLS
   * settings of your own. keepAlive and maxSockets are then the agent's, and destroy() leaves it open.
   * Typed by shape, so that the declarations need no Node types.
   */
  agent?: { destroy(): void };
}

export interface NodeTransport extends Transport {
  /** Closes idle pooled connections. */
  destroy(): void;
}

type RequestFunction = typeof http.request;

// node:https pulls in node:tls, about 10 ms of process start-up here; a process that only talks to
// plain-HTTP endpoints (a local mock, a proxy, a VPC endpoint) never pays it.
let httpsModule: Promise<typeof import("node:https")> | undefined;

// The body is read up to request.maxBytes and no further: a larger one ends the connection and rejects.
// Read by 'data' events, not readCapped's async iteration: ~10% more requests per second.
// Redirects are not followed (node:http never does): a 3xx is the response, and an error to the client.
function exchange(send: RequestFunction, agent: http.Agent, request: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const { timeout, maxBytes: limit = Infinity } = request;
    // Rejects, then closes the connection without an error of its own: its 'error' events (socket
    // hang up, aborted) reach the listeners below and change nothing; destroy(error) would re-emit
    // the error where, once the response has begun, nothing listens.
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
      req.destroy();
    };
    const req = send(request.url, { method: request.method, headers: request.headers, agent, signal: request.signal }, (res) => {
      const decoder = new TextDecoder();
      let body = "";
      let size = 0;
      res.on("data", (chunk) => {
        if ((size += chunk.length) > limit) fail(responseTooLarge(limit));
        else body += decoder.decode(chunk, { stream: true });
      });
      res.on("error", fail);
      res.on("end", () => {
        clearTimeout(timer);
        // Node joins repeated headers with ", ", all but set-cookie (an array, of no use to an API client).
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: body + decoder.decode() });
      });
    });
    const timer = timeout ? setTimeout(() => fail(exchangeTimedOut(timeout)), timeout) : undefined;
    req.on("error", fail);
    req.end(request.body);
  });
}

export function nodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const agentOptions = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets ?? 64 };
  const given = options.agent as http.Agent | undefined;
  const httpAgent = given ?? new http.Agent(agentOptions);
  let httpsAgent = given;
  return {
    send(request: HttpRequest): Promise<HttpResponse> {
      if (!request.url.startsWith("https:")) return exchange(http.request, httpAgent, request);
      return (httpsModule ??= import("node:https")).then((https) =>
        exchange(https.request, (httpsAgent ??= new https.Agent(agentOptions)), request),
      );
    },
    destroy() {
      if (given) return;
      httpAgent.destroy();
      httpsAgent?.destroy();
    },
  };
}

let shared: NodeTransport | undefined;

/** One pooled transport per process, shared by every client that does not bring its own. */
export function defaultNodeTransport(): NodeTransport {
  return (shared ??= nodeTransport());
}

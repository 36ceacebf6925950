// The mock server: one local HTTP server (node:http, 127.0.0.1) for every packaged spec at once. A
// client only swaps its endpoint for the server's URL; the request itself says where it is going.
//
// Per request: read the protocol -> route to a spec and action -> injected faults -> signature and
// timestamp -> the action's parameters -> the fixture case whose request matches (else the first),
// or, where paging is on for a hinted action, the page its paging parameters ask for (paging.ts).
// Errors come back in each provider's real shape (errors.ts). Control endpoints under /__mock/.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { flattenParams } from "../../templates/runtime/src/index.node.ts";
import { commonParameterNames } from "../emit/fixtures/build.ts";
import type { FixtureCase } from "../emit/fixtures/build.ts";
import { conformFields } from "../spec/conform.ts";
import { protocolOf } from "../spec/protocols.ts";
import type { Protocol } from "../spec/types.ts";
import { Catalog, type MockAction, type MockService } from "./catalog.ts";
import { parameterMessage, renderError, type MockError } from "./errors.ts";
import { FaultPlan, parseFaultHeader, parseFaultRule, type ActiveFault, type FaultRule } from "./faults.ts";
import { distinctPage, hintedActions, pageSource, PagingPlan, parsePagingRule, servePage, type ActivePaging, type PagingRule, type PagingTotal } from "./paging.ts";
import { actionParameters, guessProtocol, readCall, type IncomingCall, type ReadCall } from "./protocols.ts";
import { redactSecrets } from "./redact.ts";
import { RequestLog } from "./request-log.ts";

export interface MockCredentials {
  secretId: string;
  secretKey: string;
}

export interface MockServerOptions {
  /** What to serve; or `specDir` (a spec/ directory), optionally narrowed to `specs` ("tce/vpc/v2.json"). */
  catalog?: Catalog;
  specDir?: string;
  specs?: readonly string[];
  /** Key pairs a request may be signed with (any of them). */
  credentials?: MockCredentials | readonly MockCredentials[];
  /** Check signatures and timestamps (default true). Parameters are always checked. */
  verify?: boolean;
  /** Allowed clock difference, seconds (default 300, the providers' five minutes). */
  maxSkewSeconds?: number;
  /** Clock, ms since the epoch (default Date.now). */
  now?: () => number;
  /** Largest request body accepted, bytes (default 10 MB, TC3's limit). */
  maxBodyBytes?: number;
  /** Serve pages for every hinted action: this many items each, or "endless" (default: fixtures verbatim). */
  paging?: PagingTotal;
  /** How many requests `requests` (and GET /__mock/requests) keeps, the oldest dropped first (default 1000). */
  requestLogSize?: number;
  /** How many bytes of records (as JSON) the request log keeps at most (default 8 MB). */
  requestLogBytes?: number;
  /**
   * Origins a browser page may call the API from ("http://localhost:5173"); default none, so no
   * page on another origin can read an answer. Control endpoints (/__mock/*) never allow one.
   */
  corsOrigins?: readonly string[];
}

export interface MockRequestRecord {
  method: string;
  path: string;
  protocol?: Protocol;
  spec?: string;
  action?: string;
  /** HTTP status sent; 0 when the connection was dropped. */
  status: number;
  /** The error code answered, if any. */
  code?: string;
  /** The kind of fault injected, if any. */
  fault?: string;
  /** A page served (paging on): the index of its first item and how many items it held. */
  page?: { start: number; count: number };
  /**
   * The request's parameters, decoded: the JSON body, or every query and form parameter; only for a
   * request that passed authentication (or with verify off). Values under secret-marking names
   * (Password, SecretId, Signature, Token, ...) are "[redacted]". Left out for parameters of more
   * than 64 KB, whose size is given instead (`paramsBytes`).
   */
  params?: Record<string, unknown>;
  paramsBytes?: number;
}

/** Largest parameter text a request record keeps, so that the log's memory stays bounded. */
const LOGGED_PARAMS_BYTES = 64 * 1024;

/** Default `requestLogSize`. */
export const DEFAULT_REQUEST_LOG_SIZE = 1000;

// CORS: a browser page may call the mock only from an origin it was given (corsOrigins). For those,
// preflights of API paths are answered and every API reply names the origin and exposes the headers
// a client reads; any other origin gets no allow-origin header, so the browser hides the answer.
const CORS_ALLOW_HEADERS = ["Authorization", "Content-Type", "Host", "X-TC-Action", "X-TC-Version", "X-TC-Timestamp", "X-TC-Region", "X-TC-Token", "X-TC-Language", "X-TC-RequestClient", "X-TC-TraceId", "X-TC-Content-SHA256", "X-Mock-Fault", "X-Mock-Spec"];
const CORS_EXPOSE_HEADERS = "Content-Type, Content-Length, X-TC-TraceId, X-TC-RequestId, X-Acs-Request-Id";

const CONTROL_PREFIX = "/__mock/";

export class MockServer {
  readonly catalog: Catalog;
  readonly faults = new FaultPlan();
  readonly paging = new PagingPlan();
  readonly #requests: RequestLog<MockRequestRecord>;
  readonly #keys: Map<string, string>;
  readonly #verify: boolean;
  readonly #maxSkewSeconds: number;
  readonly #now: () => number;
  readonly #maxBodyBytes: number;
  readonly #corsOrigins: ReadonlySet<string>;
  readonly #server: Server;
  #url = "";

  constructor(options: MockServerOptions = {}) {
    if (options.catalog) this.catalog = options.catalog;
    else if (options.specDir) this.catalog = Catalog.fromSpecDir(options.specDir, options.specs);
    else throw new Error("MockServer needs a catalog or a specDir");
    const credentials = options.credentials === undefined ? [] : Array.isArray(options.credentials) ? options.credentials : [options.credentials as MockCredentials];
    this.#keys = new Map(credentials.map((c) => [c.secretId, c.secretKey]));
    this.#verify = options.verify ?? true;
    if (this.#verify && this.#keys.size === 0) throw new Error("MockServer verifies signatures but was given no credentials (pass credentials, or verify: false)");
    this.#maxSkewSeconds = options.maxSkewSeconds ?? 300;
    this.#now = options.now ?? Date.now;
    this.#maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
    if (options.paging !== undefined) this.setPaging({ total: options.paging });
    this.#requests = new RequestLog(options.requestLogSize ?? DEFAULT_REQUEST_LOG_SIZE, options.requestLogBytes);
    this.#corsOrigins = new Set((options.corsOrigins ?? []).map(checkOrigin));
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        // A bug of the mock's own, answered as the service's internal error in the API 3.0 shape.
        const answer = renderError("tc3", { kind: "internal", message: `mock server error: ${(error as Error).message}` }, randomUUID());
        if (!res.headersSent) res.writeHead(answer.status, { ...this.#corsHeaders(req), "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(answer.body));
      });
    });
  }

  /** "http://127.0.0.1:PORT", once listening. */
  get url(): string {
    return this.#url;
  }

  get port(): number {
    return Number(new URL(this.#url).port);
  }

  /** Every request answered (or dropped), oldest first: at most `requestLogSize` of the latest. */
  get requests(): MockRequestRecord[] {
    return this.#requests.toArray();
  }

  clearRequests(): void {
    this.#requests.clear();
  }

  /** Starts listening (port 0: any free port), on loopback unless told otherwise: the mock is for local tests. */
  listen(port = 0, host = "127.0.0.1"): Promise<this> {
    return new Promise((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, host, () => {
        this.#server.off("error", reject);
        const address = this.#server.address() as AddressInfo;
        this.#url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
        resolve(this);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.close((error) => (error ? reject(error) : resolve()));
      this.#server.closeAllConnections();
    });
  }

  /** Adds a fault rule; returns it with its id (for removeFault). */
  injectFault(rule: FaultRule): ActiveFault {
    return this.faults.add(rule);
  }

  removeFault(id: number): void {
    this.faults.remove(id);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /**
   * Serves pages of `total` items (or endlessly) for the hinted actions the rule names, instead of
   * their fixtures; the latest matching rule wins. Throws when the rule names no hinted action.
   */
  setPaging(rule: PagingRule): ActivePaging {
    const checked = parsePagingRule(rule);
    if (checked.spec !== undefined && !this.catalog.services.some((s) => s.id === checked.spec || s.dir === checked.spec)) {
      throw new Error(`no spec ${checked.spec} is served (use a spec id such as ${this.catalog.services[0]?.id ?? "tencentcloud/cvm/2017-03-12"} or its package directory)`);
    }
    if (hintedActions(this.catalog.services, checked).length === 0) {
      const where = checked.spec ? ` in ${checked.spec}` : "";
      throw new Error(checked.action ? `${checked.action}${where} has no pagination hint (or is not served)` : `no action${where} has a pagination hint`);
    }
    return this.paging.add(checked);
  }

  removePaging(id: number): void {
    this.paging.remove(id);
  }

  /** Back to serving every fixture verbatim. */
  clearPaging(): void {
    this.paging.clear();
  }

  /** The fixture case the mock answers a request with: the one whose request matches, else the first. */
  static selectCase(action: MockAction, params: Record<string, unknown>, clientTokens: readonly string[] = []): FixtureCase {
    return MockServer.matchingCase(action, params, clientTokens) ?? action.fixture.cases[0]!;
  }

  /**
   * The case whose request is this one. The generated clients fill a client token (ClientToken) that
   * documented examples leave out, so a token the case does not carry is not compared.
   */
  static matchingCase(action: MockAction, params: Record<string, unknown>, clientTokens: readonly string[] = []): FixtureCase | undefined {
    return action.fixture.cases.find((c) => {
      const filled = clientTokens.filter((t) => !(t in c.request) && t in params);
      const compared = filled.length ? Object.fromEntries(Object.entries(params).filter(([k]) => !filled.includes(k))) : params;
      return canonicalParams(c.request) === canonicalParams(compared);
    });
  }

  /** Allow-origin headers for a request from an origin the mock was given; none otherwise. */
  #corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = headerText(req, "origin");
    if (origin === undefined || !this.#corsOrigins.has(origin)) return {};
    return { "access-control-allow-origin": origin, "access-control-expose-headers": CORS_EXPOSE_HEADERS, vary: "Origin" };
  }

  /**
   * Why a control request is refused, if it is: from a page on another origin (a browser sends
   * Origin; only the mock's own loopback origin may drive it, which also defeats DNS rebinding), or
   * a POST that is not JSON (a text/plain POST is the one a page can send without a preflight).
   */
  #controlRefusal(req: IncomingMessage): { status: number; error: string } | undefined {
    const origin = headerText(req, "origin");
    if (origin !== undefined && !this.#ownOrigins().has(origin)) {
      return { status: 403, error: `control endpoints refuse requests from another origin (${origin}); call them from a test or curl` };
    }
    const site = headerText(req, "sec-fetch-site");
    if (site !== undefined && site !== "same-origin" && site !== "none") {
      return { status: 403, error: `control endpoints refuse ${site} requests` };
    }
    const type = (headerText(req, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (req.method === "POST" && type !== "application/json") {
      return { status: 415, error: `control endpoints take POST bodies as application/json, not ${type || "no content type"}` };
    }
    return undefined;
  }

  /** The origins of the mock's own pages: its URL and the loopback names of its port. */
  #ownOrigins(): Set<string> {
    const port = this.#url ? this.port : 0;
    return new Set([this.#url, `http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`]);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const isControl = url.pathname.startsWith(CONTROL_PREFIX);
    if ((req.method ?? "").toUpperCase() === "OPTIONS") return isControl ? void res.writeHead(403).end() : this.#preflight(req, res);
    const method = (req.method ?? "GET").toUpperCase();
    const query = (req.url ?? "").split("?")[1] ?? "";
    if (isControl) {
      const refusal = this.#controlRefusal(req);
      if (refusal) {
        req.resume();
        res.writeHead(refusal.status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ error: refusal.error }) + "\n");
        return;
      }
    }
    const read = await readBody(req, this.#maxBodyBytes);
    if (read.tooLarge) {
      if (isControl) {
        res.writeHead(413, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ error: `request body over ${this.#maxBodyBytes} bytes` }) + "\n");
        return;
      }
      // Answered in the shape of the protocol the request speaks, as far as its start tells.
      const protocol = guessProtocol({ method, path: url.pathname, query, headers: req.headers, body: read.body });
      const record: MockRequestRecord = { method, path: url.pathname, protocol, status: 0, paramsBytes: read.bytes };
      const message = `The request body is ${read.bytes} bytes, over the limit of ${this.#maxBodyBytes} bytes.`;
      return this.#fail(res, record, protocol, { kind: "too-large", message });
    }
    const body = read.body;
    if (isControl) return this.#control(req, res, url, body);

    const record: MockRequestRecord = { method: req.method ?? "", path: url.pathname, status: 0 };
    const incoming: IncomingCall = { method, path: url.pathname, query, headers: req.headers, body };
    const parsed = readCall(incoming);
    if (!parsed.ok) {
      record.protocol = parsed.protocol;
      return this.#fail(res, record, parsed.protocol ?? "tc3", parsed.error);
    }
    const call = parsed.call;
    record.protocol = call.protocol;
    record.action = call.hints.action;
    // An explicit choice where two specs could answer (two V2 APIs with the same action name): the
    // X-Mock-Spec header, or the package directory as the first path segment of the endpoint
    // (http://127.0.0.1:8080/tencentcloud-vpc-v2); the path is signed as sent, so either way works.
    const firstSegment = safeDecode(url.pathname.split("/")[1] ?? "");
    const explicitSpec = headerText(req, "x-mock-spec") ?? (this.catalog.services.some((s) => s.dir === firstSegment) ? firstSegment : undefined);
    const route = this.catalog.route({ ...call.hints, ...(explicitSpec && { spec: explicitSpec }) });
    const service = route.service;
    if (service) record.spec = service.id;

    // Faults come first: a throttled or dropped request never reaches authentication.
    let fault: FaultRule | undefined;
    try {
      const header = headerText(req, "x-mock-fault");
      fault = header ? parseFaultHeader(header) : this.faults.take({ action: call.hints.action, spec: service ? [service.id, service.dir] : [] });
    } catch (error) {
      return this.#fail(res, record, call.protocol, { kind: "invalid", message: `The header X-Mock-Fault is not valid: ${(error as Error).message}.` }, service);
    }
    if (fault) {
      record.fault = fault.kind;
      if (fault.delayMs) await delay(fault.delayMs, res);
      if (res.destroyed) return this.#log({ ...record, status: 0 });
      if (fault.kind === "drop") {
        req.socket.destroy();
        return this.#log(record);
      }
      if (fault.kind !== "delay") return this.#fail(res, record, call.protocol, faultError(fault), service);
    }

    if (!route.ok) return this.#fail(res, record, call.protocol, { kind: route.reason, message: route.message }, service);
    if (this.#verify) {
      const rejected = await call.verify({ keys: this.#keys, now: this.#now(), maxSkewSeconds: this.#maxSkewSeconds });
      if (rejected) return this.#fail(res, record, call.protocol, rejected, route.service);
    }
    // Authenticated (or verify off): only now are the parameters worth keeping, secrets redacted.
    const paramsBytes = query.length + (call.json || call.flat ? body.length : 0);
    if (paramsBytes <= LOGGED_PARAMS_BYTES) record.params = redactSecrets({ ...(call.json ?? call.flat) }) as Record<string, unknown>;
    else record.paramsBytes = paramsBytes;
    const problem = checkParameters(call, route.service, route.action);
    if (problem) return this.#fail(res, record, call.protocol, problem, route.service);

    const params = actionParameters(call, route.action.action.input, commonParameterNames(route.service.service));
    const paging = this.paging.find({ action: route.action.action.name, spec: [route.service.id, route.service.dir] });
    const source = pageSource(route.service, route.action);
    if (paging && source) {
      const served = servePage(source, params, paging.total);
      if (!served.ok) return this.#fail(res, record, call.protocol, served.error, route.service);
      record.page = { start: served.page.start, count: served.page.count };
      return this.#send(res, record, 200, served.page.response);
    }
    const tokens = protocolOf(route.service.service).clientTokenParameters;
    const matched = MockServer.matchingCase(route.action, params, tokens);
    const chosen = matched ?? route.action.fixture.cases[0]!;
    // A later page of a hinted action that no documented case answers gets the case's items made
    // distinct by their absolute index, so that a paginator never sees the same item twice.
    const distinct = source && !matched ? distinctPage(source, chosen.response, params) : undefined;
    this.#send(res, record, 200, distinct ?? chosen.response);
  }

  /** A CORS preflight of an API path: answered for the given origins, with the methods and headers the clients send. */
  #preflight(req: IncomingMessage, res: ServerResponse): void {
    const cors = this.#corsHeaders(req);
    if (!("access-control-allow-origin" in cors)) return void res.writeHead(headerText(req, "origin") === undefined ? 204 : 403, { vary: "Origin" }).end();
    const asked = headerText(req, "access-control-request-headers");
    const allowed = [...CORS_ALLOW_HEADERS, ...(asked ? asked.split(",").map((h) => h.trim()).filter((h) => /^[A-Za-z0-9-]+$/.test(h)) : [])];
    res
      .writeHead(204, {
        ...cors,
        "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
        "access-control-allow-headers": [...new Set(allowed.map((h) => h.toLowerCase()))].join(", "),
        "access-control-max-age": "600",
        vary: "Origin, Access-Control-Request-Headers",
      })
      .end();
  }

  #fail(res: ServerResponse, record: MockRequestRecord, protocol: Protocol, error: MockError, service?: MockService): void {
    const answer = renderError(protocol, error, randomUUID(), service?.service);
    const body = answer.body as { Response?: { Error?: { Code?: string } }; codeDesc?: string; Code?: string };
    record.code = body.Response?.Error?.Code ?? body.codeDesc ?? body.Code;
    this.#send(res, record, answer.status, answer.body);
  }

  #send(res: ServerResponse, record: MockRequestRecord, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...this.#corsHeaders(res.req), "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
    res.end(text);
    this.#log({ ...record, status });
  }

  #log(record: MockRequestRecord): void {
    this.#requests.push(record);
  }

  async #control(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> {
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(value) + "\n");
    };
    const route = `${req.method} ${url.pathname.slice(CONTROL_PREFIX.length).replace(/\/$/, "")}`;
    switch (route) {
      case "GET health":
        return json(200, { ok: true, specs: this.catalog.services.map((s) => s.id), actions: this.catalog.actionCount });
      case "GET faults":
        return json(200, this.faults.rules);
      case "POST faults":
        try {
          return json(201, this.faults.add(parseFaultRule(JSON.parse(body))));
        } catch (error) {
          return json(400, { error: (error as Error).message });
        }
      case "DELETE faults":
        this.faults.clear();
        return json(200, { ok: true });
      case "GET paging":
        return json(200, this.paging.rules);
      case "POST paging":
        try {
          return json(201, this.setPaging(parsePagingRule(JSON.parse(body))));
        } catch (error) {
          return json(400, { error: (error as Error).message });
        }
      case "DELETE paging":
        this.clearPaging();
        return json(200, { ok: true });
      case "GET requests":
        return json(200, this.requests);
      case "DELETE requests":
        this.clearRequests();
        return json(200, { ok: true });
      default:
        return json(404, { error: `no control endpoint ${route}; try GET /__mock/health, GET|POST|DELETE /__mock/faults, GET|POST|DELETE /__mock/paging, GET|DELETE /__mock/requests` });
    }
  }
}

export async function startMockServer(options: MockServerOptions & { port?: number; host?: string }): Promise<MockServer> {
  return new MockServer(options).listen(options.port ?? 0, options.host);
}

/** An origin as a browser sends it ("http://localhost:5173"), or an Error naming what is wrong. */
function checkOrigin(origin: string): string {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    throw new Error(`a CORS origin is a scheme, host and port such as http://localhost:5173, not ${JSON.stringify(origin)}`);
  }
  if (parsed.origin !== origin) throw new Error(`a CORS origin is a scheme, host and port such as ${parsed.origin}, not ${JSON.stringify(origin)}`);
  return origin;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function faultError(fault: FaultRule): MockError {
  switch (fault.kind) {
    case "throttle":
      return { kind: "throttled", message: fault.message ?? "Your request rate is too high; the request was throttled (injected by the mock server)." };
    case "status": {
      const status = fault.status ?? 503;
      return { kind: status === 503 ? "unavailable" : "internal", status, message: fault.message ?? `HTTP ${status} injected by the mock server.` };
    }
    default:
      return {
        kind: "custom",
        ...(fault.code !== undefined && { code: fault.code }),
        ...(fault.status !== undefined && { status: fault.status }),
        message: fault.message ?? `${fault.code ?? "error"} injected by the mock server.`,
      };
  }
}

/** The first problem of a request's parameters, as the provider would report it. */
function checkParameters(call: ReadCall, service: MockService, action: MockAction): MockError | undefined {
  const protocol = call.protocol;
  const { request } = protocolOf(protocol);
  if (request.regionChecked && action.action.region === "required" && !call.region) {
    return { kind: "missing", message: parameterMessage(protocol, "missing", request.regionParameter, "") };
  }
  const params = actionParameters(call, action.action.input, commonParameterNames(service.service));
  const problems = conformFields(params, action.action.input, { types: service.types, stringly: call.textWire, nullIsAbsent: true });
  const first = problems[0];
  if (!first) return undefined;
  const kind = first.kind === "missing" ? "missing" : first.kind === "unknown" ? "unknown" : first.kind === "enum" ? "invalid-value" : "invalid";
  return { kind, message: parameterMessage(protocol, kind, first.path, first.message) };
}

/** True when two requests carry the same parameters on the wire (JSON and text forms compare equal). */
export function sameRequest(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonicalParams(a) === canonicalParams(b);
}

/** Parameters as the sorted flattened pairs a wire carries, so that JSON and query forms compare. */
function canonicalParams(params: Record<string, unknown>): string {
  const flat = flattenParams(params, 0);
  return Object.keys(flat)
    .sort()
    .map((k) => `${k}=${flat[k]}`)
    .join("&");
}

function headerText(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body, or past `limit` bytes its first 64 KB (to tell the protocol by) and its size. */
function readBody(req: IncomingMessage, limit: number): Promise<{ tooLarge: boolean; body: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let kept = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      const room = (size > limit ? Math.min(limit, LOGGED_PARAMS_BYTES) : limit) - kept;
      if (room <= 0) return;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      chunks.push(part);
      kept += part.length;
    });
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      resolve({ tooLarge: size > limit, body: (size > limit ? body.subarray(0, LOGGED_PARAMS_BYTES) : body).toString("utf8"), bytes: size });
    });
    req.on("error", reject);
  });
}

/** Waits, but stops early when the client goes away (its timeout fired). */
function delay(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    res.once("close", done);
    function done() {
      clearTimeout(timer);
      res.off("close", done);
      resolve();
    }
  });
}

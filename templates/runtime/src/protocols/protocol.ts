// What a protocol does: turn (action, input) into a signed HTTP request, and a response into data or
// a ServiceError. One module per protocol; the client picks one by ServiceInfo.protocol.
import type { ClientConfig, Credentials, CryptoProvider, HttpRequest, HttpResponse, ServiceInfo } from "../types.js";
import { ServiceError } from "../errors.js";

export interface Endpoint {
  /** "https://cvm.tencentcloudapi.com" or "http://127.0.0.1:8080". */
  origin: string;
  /** Host header value: host name, plus the port when it is not the scheme's default. */
  host: string;
  path: string;
}

export interface BuildContext {
  service: ServiceInfo;
  action: string;
  input: object;
  credentials: Credentials;
  endpoint: Endpoint;
  region?: string;
  config: ClientConfig;
  /** Milliseconds since the epoch. */
  now: number;
}

export interface Parsed {
  data: unknown;
  requestId?: string;
}

export interface ProtocolHandler {
  /** The request path when neither the service nor the endpoint names one (default "/"). */
  defaultPath?: string;
  /**
   * How a value is written on the wire where the protocol percent-encodes it (query, form): the
   * client also masks secrets in that form, once and twice (a string to sign), when a server echoes them.
   */
  encode?: (value: string) => string;
  build(context: BuildContext): Promise<HttpRequest>;
  /** Returns the unwrapped data or throws ServiceError. */
  parse(response: HttpResponse, action: string): Parsed;
}

/** Makes a client's handler, with its own signer (and so its own signing-key cache). */
export type ProtocolFactory = (crypto: CryptoProvider) => ProtocolHandler;

/** Parses a JSON body; a body that is not JSON becomes a ServiceError carrying the HTTP status. */
export function parseJsonBody(response: HttpResponse, action: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(response.body);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through: reported below with the status
  }
  throw new ServiceError({
    code: failureCode(response.status),
    message: `HTTP ${response.status}: body not a JSON object`,
    action,
    httpStatus: response.status,
  });
}

/** Any status but 2xx is an error, whatever the body: 3xx (redirects are never followed), 4xx, 5xx, 0. */
export function failed(status: number): boolean {
  return status < 200 || status > 299;
}

/** The code of a response that carries no error code of its own: HttpError if its status failed, else InvalidResponse. */
export function failureCode(status: number): "HttpError" | "InvalidResponse" {
  return failed(status) ? "HttpError" : "InvalidResponse";
}

export function randomInteger(): string {
  return String(1 + Math.floor(Math.random() * 2147483646));
}

export function randomUuid(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
    const r = Math.floor(Math.random() * 16);
    return (ch === "x" ? r : (r & 3) | 8).toString(16);
  });
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

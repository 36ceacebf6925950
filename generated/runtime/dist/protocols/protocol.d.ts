import type { ClientConfig, Credentials, CryptoProvider, HttpRequest, HttpResponse, ServiceInfo } from "../types.js";
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
export declare function parseJsonBody(response: HttpResponse, action: string): Record<string, unknown>;
/** Any status but 2xx is an error, whatever the body: 3xx (redirects are never followed), 4xx, 5xx, 0. */
export declare function failed(status: number): boolean;
/** The code of a response that carries no error code of its own: HttpError if its status failed, else InvalidResponse. */
export declare function failureCode(status: number): "HttpError" | "InvalidResponse";
export declare function randomInteger(): string;
export declare function randomUuid(): string;
export declare function asString(value: unknown): string | undefined;

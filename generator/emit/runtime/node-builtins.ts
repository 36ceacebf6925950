// The few Node built-in declarations the runtime's Node modules use. The package compile has no
// @types/node (client packages must not need it), so these are given to the type checker only and
// never shipped: the emitted .d.ts files mention none of these types.
export const NODE_BUILTINS_DTS = `
declare module "node:http" {
  export interface AgentOptions { keepAlive?: boolean; maxSockets?: number }
  export class Agent { constructor(options?: AgentOptions); destroy(): void }
  export interface IncomingMessage {
    statusCode?: number;
    headers: Record<string, string | string[] | undefined>;
    setEncoding(encoding: "utf8"): void;
    on(event: "data", listener: (chunk: Uint8Array) => void): this;
    [Symbol.asyncIterator](): AsyncIterator<Uint8Array>;
    on(event: "end", listener: () => void): this;
    on(event: "error", listener: (error: Error) => void): this;
  }
  export interface ClientRequest {
    on(event: "error", listener: (error: Error) => void): this;
    end(body?: string): void;
    destroy(error?: Error): void;
  }
  export interface RequestOptions { method?: string; headers?: Record<string, string>; agent?: Agent; signal?: AbortSignal }
  export function request(url: string, options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest;
}
declare module "node:https" {
  import type { AgentOptions, ClientRequest, IncomingMessage, RequestOptions } from "node:http";
  export class Agent { constructor(options?: AgentOptions); destroy(): void }
  export function request(url: string, options: Omit<RequestOptions, "agent"> & { agent?: Agent }, callback: (response: IncomingMessage) => void): ClientRequest;
}
declare module "node:crypto" {
  interface Digest { update(data: string, encoding: "utf8"): Digest; digest(encoding: "hex"): string; digest(): Uint8Array }
  export function createHash(algorithm: "sha256"): Digest;
  /** Node >= 20.12 only. */
  export const hash: ((algorithm: "sha256", data: string, outputEncoding: "hex") => string) | undefined;
  export function createHmac(algorithm: "sha1" | "sha256", key: string | Uint8Array): Digest;
}
declare module "node:fs/promises" {
  export function readFile(path: string, encoding: "utf8"): Promise<string>;
}
declare module "node:os" {
  export function homedir(): string;
}
declare module "node:path" {
  export function join(...parts: string[]): string;
}
`;

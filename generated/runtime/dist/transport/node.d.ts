import type { Transport } from "../types.js";
export interface NodeTransportOptions {
    /** Reuse connections (default true). */
    keepAlive?: boolean;
    /** Connections per host (default 64). */
    maxSockets?: number;
}
export interface NodeTransport extends Transport {
    /** Closes idle pooled connections. */
    destroy(): void;
}
export declare function nodeTransport(options?: NodeTransportOptions): NodeTransport;
/** One pooled transport per process, shared by every client that does not bring its own. */
export declare function defaultNodeTransport(): NodeTransport;

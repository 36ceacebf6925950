import type { Transport } from "../types.js";
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
    agent?: {
        destroy(): void;
    };
}
export interface NodeTransport extends Transport {
    /** Closes idle pooled connections. */
    destroy(): void;
}
export declare function nodeTransport(options?: NodeTransportOptions): NodeTransport;
/** One pooled transport per process, shared by every client that does not bring its own. */
export declare function defaultNodeTransport(): NodeTransport;

import type { Protocol } from "../types.js";
import type { ProtocolFactory } from "./protocol.js";
export declare const PROTOCOLS: Record<Protocol, ProtocolFactory>;
export declare function protocolFor(protocol: Protocol): ProtocolFactory;

import type { Transport } from "../types.js";
export declare function fetchTransport(fetchImpl?: typeof fetch): Transport;

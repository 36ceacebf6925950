import type { RetryOptions } from "./types.js";
export declare const DEFAULT_MAX_RETRIES = 3;
export declare function backoffDelay(attempt: number, options?: RetryOptions): number;
/** Waits ms milliseconds; rejects with the signal's reason as soon as it aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;

// Bounded retries: exponential backoff with full jitter (delay drawn from [0, min(max, base * 2^n))).
import type { RetryOptions } from "./types.js";

export const DEFAULT_MAX_RETRIES = 3;

export function backoffDelay(attempt: number, options: RetryOptions = {}): number {
  const ceiling = Math.min(options.maxDelay ?? 5000, (options.baseDelay ?? 100) * 2 ** attempt);
  return Math.floor((options.random ?? Math.random)() * ceiling);
}

/** Waits ms milliseconds; rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    // The listener goes when the wait ends: a caller's long-lived signal, passed to many calls,
    // would otherwise gather one per retry.
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", abort, { once: true });
  });
}

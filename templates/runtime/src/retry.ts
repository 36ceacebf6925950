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
    const timer = setTimeout(resolve, ms);
    // Left attached after the timer fires: the signal belongs to one call and goes with it.
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

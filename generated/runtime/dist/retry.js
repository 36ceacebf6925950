export const DEFAULT_MAX_RETRIES = 3;
export function backoffDelay(attempt, options = {}) {
    const ceiling = Math.min(options.maxDelay ?? 5000, (options.baseDelay ?? 100) * 2 ** attempt);
    return Math.floor((options.random ?? Math.random)() * ceiling);
}
/** Waits ms milliseconds; rejects with the signal's reason as soon as it aborts. */
export function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/** AbortSignal.any where the runtime has it, a small equivalent otherwise. */
export function anySignal(signals) {
    const present = signals.filter((s) => s !== undefined);
    if (present.length <= 1)
        return present[0];
    const any = AbortSignal.any;
    if (any)
        return any.call(AbortSignal, present);
    const controller = new AbortController();
    for (const s of present) {
        if (s.aborted) {
            controller.abort(s.reason);
            break;
        }
        s.addEventListener("abort", () => controller.abort(s.reason), { once: true });
    }
    return controller.signal;
}

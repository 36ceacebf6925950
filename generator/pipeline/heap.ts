// How much garbage V8 may let pile up in a large run. A full generate allocates far more than it
// keeps (every client package is a TypeScript program of its own); left to its default, V8 lets the
// heap grow to several times what is live before it collects. For a whole catalogue that is what
// decides the peak RSS (a cold run of 1,750 synthetic actions: 1.18 GB, 0.76 GB with the growth
// bounded to 100 % over what survived the last full collection), while for a few documents it only
// costs time (about 10 % more CPU for the five bundled documents).
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

/** Documents above this many bytes in all (about 1,500 actions) make a run large. */
export const LARGE_RUN_BYTES = 8 * 1024 * 1024;

/**
 * Bounds the heap's growth for the rest of this process when the documents are large. Process-wide
 * (worker threads included), so only the command line calls it, never generate() itself.
 */
export function boundHeapGrowthForLargeRuns(documents: readonly string[]): boolean {
  let bytes = 0;
  for (const path of documents) {
    try {
      bytes += statSync(path).size;
    } catch {
      // An unreadable document is reported by the run itself.
    }
  }
  if (bytes <= LARGE_RUN_BYTES) return false;
  // V8 reads this whenever it sizes the heap, so it takes effect from the next collection on.
  setFlagsFromString("--heap-growing-percent=100");
  return true;
}

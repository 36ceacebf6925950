// How much garbage V8 may let pile up in a large run. A full generate allocates far more than it
// keeps (every client package is a TypeScript program of its own); left to its default, V8 lets the
// heap grow to several times what is live before it collects. For a whole catalogue that is what
// decides the peak RSS (a cold run of 1,750 synthetic actions: 1.18 GB, 0.76 GB with the growth
// bounded to 100 % over what survived the last full collection), while for a few documents it only
// costs time (about 10 % more CPU for the five bundled documents). At 13,020 synthetic actions a
// cold run peaked at 1,496 MB with 100 %, 1,306 MB with 75 % (129 s against 110 s) and 1,188 MB
// with 50 % (150 s): 75 % keeps a catalogue well inside 1.5 GB for a sixth more time.
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

/** How far the heap may grow over what survived the last full collection, in a large run. */
export const HEAP_GROWING_PERCENT = 75;

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
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}

#!/usr/bin/env node
// The docs2sdk command. The generator is TypeScript run through tsx's loader, so that the
// installed command and the repository's sources can never drift apart (no build step to forget).
import { setFlagsFromString } from "node:v8";
import { register } from "tsx/esm/api";

// A full generate allocates far more than it keeps (every client package is a TypeScript program
// of its own): left to its default, V8 lets the heap grow to several times what is live before it
// collects (peak RSS 1.2 GB for 1,750 actions). Growing it by at most 100 % over what survived the
// last full collection halves the peak at no measurable cost in time. V8 reads this whenever it
// sizes the heap, so setting it here, before any work, covers the whole run and its worker threads.
setFlagsFromString("--heap-growing-percent=100");

register();
// `docs2sdk diff ... | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import("../generator/cli.ts");
process.exitCode = await main(process.argv.slice(2));

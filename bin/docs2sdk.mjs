#!/usr/bin/env node
// The docs2sdk command. The generator is TypeScript run through tsx's loader, so that the
// installed command and the repository's sources can never drift apart (no build step to forget).
import { register } from "tsx/esm/api";

register();
// `docs2sdk diff ... | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import("../generator/cli.ts");
process.exitCode = await main(process.argv.slice(2));

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The generated client packages depend on @docs2sdk/runtime, which in this repository is the
    // emitted generated/runtime (consumers get it from the registry or a packed tarball).
    alias: [{ find: /^@docs2sdk\/runtime$/, replacement: fileURLToPath(new URL("./generated/runtime/dist/index.node.js", import.meta.url)) }],
  },
  test: {
    // test/ holds the generator's tests; generated/<package>/test/ the per-action tests of each package.
    include: ["test/**/*.test.ts", "generated/*/test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: run files in parallel, but not more than the machine has.
    maxWorkers: 2,
    reporters: ["default", "./test/plain-summary-reporter.ts"],
    setupFiles: ["./test/setup.ts"],
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The slow tier: tests that install packages with npm, run external runtimes (Deno, Chromium), type-check
 * whole generated packages or regenerate the bundled documents, and the generated packages' own tests.
 * `npm test` runs both tiers; `npm run test:unit` only the fast one.
 */
const INTEGRATION = [
  "test/config/install.test.ts",
  "test/config/testing-entry.test.ts",
  "test/emit/client/package.test.ts",
  "test/emit/client/paginators-mock.test.ts",
  "test/emit/client/precise-types.test.ts",
  "test/emit/client/spec-packages.test.ts",
  "test/emit/docs/typescript-example.test.ts",
  "test/emit/mcp/server.test.ts",
  "test/emit/openapi/openapi-tools.test.ts",
  "test/emit/reviewable-regeneration.test.ts",
  "test/emit/runtime/deno.test.ts",
  "test/pipeline/release-cli.test.ts",
  "test/emit/runtime/hostile-servers.slow.test.ts",
  "test/pipeline/worker-output.test.ts",
  "test/parse/tencent-api3/english-cvm-package.test.ts",
  "test/**/*.browser.test.ts",
  "generated/*/test/**/*.test.ts",
];

export default defineConfig({
  resolve: {
    alias: [
      // The generated client packages depend on @docs2sdk/runtime, which in this repository is the
      // emitted generated/runtime (consumers get it from the registry or a packed tarball).
      { find: /^@docs2sdk\/runtime$/, replacement: here("./generated/runtime/dist/index.node.js") },
      // The generated tests import docs2sdk/testing by name; a user's repository gets the compiled
      // dist/testing/ of the installed docs2sdk, this one its source.
      { find: /^docs2sdk\/testing$/, replacement: here("./generator/testing/index.ts") },
    ],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: run files in parallel, but not more than the machine has.
    maxWorkers: 2,
    reporters: ["default", "./test/plain-summary-reporter.ts"],
    setupFiles: ["./test/setup.ts"],
    projects: [
      // test/ holds the generator's tests; generated/<package>/test/ the per-action tests of each package.
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: INTEGRATION } },
      { extends: true, test: { name: "integration", include: INTEGRATION } },
    ],
  },
});

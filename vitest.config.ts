import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: run files in parallel, but not more than the machine has.
    maxWorkers: 2,
    reporters: ["default", "./test/plain-summary-reporter.ts"],
  },
});

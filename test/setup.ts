// Property tests explore new random inputs on every developer run; CI uses one fixed seed so that a
// submission's result is reproducible (a failure found locally is fixed, not left to chance in CI).
import fc from "fast-check";

if (process.env.CI) fc.configureGlobal({ seed: 20261123 });

// vitest already runs test files on both cores: a generate() inside a test runs in its own thread
// unless the test asks for workers (test/pipeline/worker-*.test.ts pass their own count).
process.env.DOCS2SDK_WORKERS ??= "0";

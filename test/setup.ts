// Property tests explore new random inputs on every developer run; CI uses one fixed seed so that a
// submission's result is reproducible (a failure found locally is fixed, not left to chance in CI).
import fc from "fast-check";

if (process.env.CI) fc.configureGlobal({ seed: 20261123 });

// The registry of dialects. Order matters only for reporting; parts must not overlap.
import type { Dialect } from "./dialect.ts";

export const dialects: Dialect[] = [];

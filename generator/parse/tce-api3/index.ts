// Dialect: Tencent Cloud API 3.0 as the TCE (finance zone) markdown export writes it.
import type { Dialect } from "../dialect.ts";
import { DIALECT, detectTceApi3 } from "./detect.ts";
import { parseTceApi3 } from "./parse.ts";

export const tceApi3Dialect: Dialect = {
  name: DIALECT,
  detect: detectTceApi3,
  parse: parseTceApi3,
};

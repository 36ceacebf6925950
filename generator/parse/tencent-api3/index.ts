// Dialect: Tencent Cloud API 3.0 documentation as the PDF text export writes it (ECM, CVM,
// Lighthouse). The TCE markdown export of the same API is the tce-api3 dialect.
import type { Dialect } from "../dialect.ts";
import { DIALECT, detectTencentApi3 } from "./detect.ts";
import { parseTencentApi3 } from "./parse.ts";

export const tencentApi3Dialect: Dialect = {
  name: DIALECT,
  detect: detectTencentApi3,
  parse: parseTencentApi3,
};

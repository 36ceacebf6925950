// Dialect: the legacy Tencent V2 API (lowerCamelCase parameters, /v2/index.php, code/message
// responses) as the TCE markdown export writes it. flatten.ts, envelope.ts, action-name.ts and
// example.ts hold the V2 semantics that do not depend on the export's layout.
import type { Dialect } from "../dialect.ts";
import { DIALECT, detectTceV2, parseTceV2 } from "./tce-markdown.ts";

export const tencentV2Dialect: Dialect = {
  name: DIALECT,
  detect: detectTceV2,
  parse: parseTceV2,
};

// The response envelope of the legacy V2 API. A V2 response is one flat JSON object: `code` (0 on
// success, else one of the common error codes of the service's `errors`), `message` (the module's
// error text, `(100004)projectId不正确`), and beside them the action's own fields. There is no
// `Response` wrapper and no RequestId. The spec keeps `code` and `message` as the first output
// fields of every action, because they are on the wire at that level; where an action's output
// table leaves them out they are supplied from this one definition, and a diagnostic says so.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Field } from "../../spec/types.ts";

export const ENVELOPE_FIELDS: readonly Field[] = [
  { name: "code", type: "integer", required: false, description: "公共错误码，0 表示成功，其他值表示失败（见服务的公共错误码）。" },
  { name: "message", type: "string", required: false, description: "模块错误信息描述，与接口相关。" },
];

export const ENVELOPE_DESCRIPTION =
  "Legacy V2 API: every response is a flat JSON object whose `code` (0 = success, otherwise a common error code listed in errors) and `message` fields sit beside the action's own fields; there is no Response wrapper and no RequestId.";

/**
 * `output` with the envelope fields first: the document's own rows where it lists them (their
 * descriptions and types as written), the shared definition where it does not.
 */
export function withEnvelope(output: Field[], diag: Diagnostics, line: number, what: string): Field[] {
  const own = new Map(output.map((f) => [f.name, f]));
  const head: Field[] = [];
  const supplied: string[] = [];
  for (const e of ENVELOPE_FIELDS) {
    const f = own.get(e.name);
    if (f) head.push(f);
    else {
      head.push({ ...e });
      supplied.push(e.name);
    }
  }
  if (supplied.length > 0) diag.report("field.envelope", line, `${what}: the output table does not list ${supplied.join(", ")}; taken from the V2 response envelope`);
  return [...head, ...output.filter((f) => !ENVELOPE_FIELDS.some((e) => e.name === f.name))];
}

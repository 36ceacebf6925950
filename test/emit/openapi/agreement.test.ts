// The export says what the mock answers: every fixture response the mock serves validates against
// the action's 200 response in the committed export, and every error the mock renders against the
// export's ErrorResponse (issue 25: the clients, the mock and the fixtures agree with the export).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { packageDir } from "../../../generator/emit/naming.ts";
import { openApiFileName } from "../../../generator/emit/openapi/index.ts";
import { renderError, type MockErrorKind } from "../../../generator/mock/errors.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";

type Json = Record<string, any>;

// ajv-formats is CommonJS: its default export is the plugin function.
const addFormats = createRequire(import.meta.url)("ajv-formats") as (ajv: Ajv2020) => Ajv2020;

const KINDS: MockErrorKind[] = ["signature", "expired", "secret-id", "authorization", "missing", "unknown", "invalid", "invalid-value", "too-large", "action", "version", "throttled", "internal", "unavailable", "custom"];

/** A validator for schemas of one export (objects open: a fixture may carry members a table omits). */
function validatorFor(doc: Json): (schema: Json, value: unknown) => string | undefined {
  const id = "urn:docs2sdk:export";
  const anchored = (node: unknown): unknown =>
    Array.isArray(node) ? node.map(anchored) : node && typeof node === "object"
      ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" ? `${id}${v}` : anchored(v)]))
      : node;
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: id, components: anchored(doc.components) } as Json);
  return (schema, value) => {
    const validate = ajv.compile(anchored(schema) as Json);
    return validate(value) ? undefined : ajv.errorsText(validate.errors);
  };
}

const current = loadSpecs(REPO_ROOT).filter((s) => !s.service.supersededBy);

describe("the committed OpenAPI exports agree with the mock", () => {
  it.each(current.map((s) => [openApiFileName(s.service), s.service.provider, s.service.service, s.service.protocol] as const))(
    "%s: every fixture response validates against the action's 200 response, every mock error against ErrorResponse",
    (file, _provider, _service, protocol) => {
      const doc = JSON.parse(readFileSync(join(REPO_ROOT, "generated", file), "utf8")) as Json;
      const check = validatorFor(doc);
      const problems: string[] = [];
      const spec = current.find((s) => openApiFileName(s.service) === file)!.service;
      const fixtures = join(REPO_ROOT, "generated", packageDir(spec), "fixtures");
      expect(existsSync(fixtures), file).toBe(true);
      for (const item of Object.values(doc.paths) as Json[]) {
        for (const op of Object.values(item) as Json[]) {
          const schema = op.responses["200"].content["application/json"].schema as Json;
          const fixture = JSON.parse(readFileSync(join(fixtures, `${op["x-docs2sdk-action"]}.json`), "utf8")) as { cases: { response: unknown }[] };
          fixture.cases.forEach((c, i) => {
            const problem = check(schema, c.response);
            if (problem) problems.push(`${op["x-docs2sdk-action"]} case ${i}: ${problem}`);
          });
        }
      }
      const errorSchema = { $ref: "#/components/schemas/ErrorResponse" };
      for (const kind of KINDS) {
        const problem = check(errorSchema, renderError(protocol, { kind, message: "m" }, "rid", spec).body);
        if (problem) problems.push(`mock error ${kind}: ${problem}`);
      }
      expect(problems).toEqual([]);
    },
  );
});

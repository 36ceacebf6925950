// Issue 25 acceptance with the tools users feed the exports to: Redocly's linter (its recommended
// rules, through @redocly/openapi-core) and openapi-typescript, whose output must compile under
// `tsc --strict` and type every boolean field as `boolean`. Integration tier: it reads every
// committed export in generated/openapi and type-checks 14 generated files.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createConfig, lint } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";

const DIR = join(REPO_ROOT, "generated/openapi");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const EXAMPLE_RULES = new Set(["no-invalid-media-type-examples", "no-invalid-schema-examples", "no-invalid-parameter-examples"]);

/** Names of the properties whose schema is a boolean (nullable or not), anywhere in the export. */
function booleanProperties(doc: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const properties = (node as { properties?: Record<string, { type?: unknown }> }).properties;
    if (properties && typeof properties === "object") {
      for (const [name, schema] of Object.entries(properties)) {
        const type = schema?.type;
        if (type === "boolean" || (Array.isArray(type) && type.includes("boolean"))) out.add(name);
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(doc);
  return out;
}

describe("the OpenAPI exports in the tools users have", () => {
  it.each(files)("%s: Redocly recommended reports no error and no example finding", async (file) => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lint({ ref: join(DIR, file), config });
    const findings = problems
      .filter((p) => p.severity === "error" || EXAMPLE_RULES.has(p.ruleId))
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`);
    expect(findings).toEqual([]);
  });

  const out = mkdtempSync(join(tmpdir(), "docs2sdk-openapi-ts-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("openapi-typescript's output compiles under tsc --strict and types every boolean field as boolean", async () => {
    const written: string[] = [];
    for (const file of files) {
      const doc = JSON.parse(readFileSync(join(DIR, file), "utf8"));
      const text = astToString(await openapiTS(pathToFileURL(join(DIR, file))));
      const path = join(out, file.replace(/\.json$/, ".ts"));
      writeFileSync(path, text);
      written.push(path);
      for (const name of booleanProperties(doc)) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        // `Name?: boolean`, `"Name": boolean | null`: never a union of "true" | "false" strings.
        expect(text, `${file} ${name}`).toMatch(new RegExp(`^\\s*"?${escaped}"?\\??: boolean\\b`, "m"));
      }
    }
    const program = ts.createProgram(written, { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(errors).toEqual([]);
  });
});

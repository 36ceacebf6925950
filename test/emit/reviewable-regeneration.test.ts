// Issue 15 item 2: regeneration is reviewable. Emitted files carry no document line numbers, so
// lines inserted near the top of a document (shifting every line below) change no emitted file, and
// editing one parameter's description changes only the files that describe it. Runs the parser and
// every emitter in memory over one bundled document (the client package as rendered sources: its
// dist/ is compiled from them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EmitContext, Emitter, LoadedSpec } from "../../generator/emit/emitter.ts";
import { buildPackageModel } from "../../generator/emit/client/model.ts";
import { loadTemplates, renderPackage } from "../../generator/emit/client/render.ts";
import { docsEmitter, docsSiteEmitter, docsSiteIndexEmitter } from "../../generator/emit/docs/index.ts";
import { fixturesEmitter } from "../../generator/emit/fixtures/index.ts";
import { openApiEmitter } from "../../generator/emit/openapi/index.ts";
import { packageDir } from "../../generator/emit/naming.ts";
import { parseDocument } from "../../generator/parse/index.ts";
import { REPO_ROOT, specJson } from "../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import { specPath, type Service } from "../../generator/spec/types.ts";

const FILE = "spec/sources/aliyun-apsara-ecs-2014-05-26.txt";
const templatesDir = join(REPO_ROOT, "templates");
const original = readFileSync(join(REPO_ROOT, FILE), "utf8").split("\n");

async function emitAll(lines: string[]): Promise<Map<string, string>> {
  const parsed = parseDocument({ file: FILE, lines });
  // As the pipeline does: the emitters read the spec as written to and loaded back from spec/.
  const specs: LoadedSpec[] = parsed.services.map((s) => ({ path: specPath(s), service: JSON.parse(specJson(s)) as Service }));
  const ctx: EmitContext = { specs, templatesDir, diagnostics: new Diagnostics("generated") };
  const out = new Map<string, string>();
  const emitters: Emitter[] = [openApiEmitter, docsEmitter, docsSiteEmitter, docsSiteIndexEmitter, fixturesEmitter];
  for (const emitter of emitters) for (const [path, text] of await emitter.emit(emitter.reduce ? { ...ctx, specs: specs.map(emitter.reduce) } : ctx)) out.set(`${emitter.name}:${path}`, typeof text === "string" ? text : Buffer.from(text).toString("base64"));
  const templates = loadTemplates(templatesDir);
  for (const spec of specs) {
    const model = buildPackageModel(spec, ctx.diagnostics);
    for (const [path, text] of renderPackage(model, templates, { runtimeRange: "^0.1.0" })) out.set(`client:${packageDir(spec.service)}/${path}`, text);
  }
  return out;
}

function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe("reviewable regeneration of " + FILE, () => {
  it("changes no emitted file when lines are inserted near the top, and only the files describing a parameter when it is edited", { timeout: 300_000 }, async () => {
    const before = await emitAll(original);
    expect(before.size).toBeGreaterThan(100);

    // Blank lines after the title page: every line number below moves by three.
    const shifted = [...original.slice(0, 3), "", "", "", ...original.slice(3)];
    expect(changed(before, await emitAll(shifted))).toEqual([]);

    // One parameter's description: ModifyInstanceVpcAttribute's VSwitchId.
    const old = "新的交换机 ID，不能跨可用区修改实例的交换机。";
    const edited = original.map((l) => (l.includes(old) ? l.replace(old, "新的交换机 ID（须与实例同一可用区）。") : l));
    expect(edited).not.toEqual(original);
    const after = await emitAll(edited);
    const diff = changed(before, after);
    // The request type, the action's page in the docs and the site, and the OpenAPI document: nothing else.
    expect(diff).toEqual([
      "client:aliyun-ecs/src/types.ts",
      "docs-site:docs-site/aliyun/ecs/2014-05-26/actions/ModifyInstanceVpcAttribute.html",
      "docs:aliyun-ecs/docs/ModifyInstanceVpcAttribute.md",
      "openapi:openapi/aliyun-ecs-2014-05-26.json",
    ]);
  });
});

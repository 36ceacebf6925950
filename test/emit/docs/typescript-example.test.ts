import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { clientEmitter, emitClientPackage } from "../../../generator/emit/client/index.ts";
import { packageDir, packageName } from "../../../generator/emit/naming.ts";
import { compilePackage } from "../../../generator/emit/compile-ts.ts";
import { clientCallExample, typescriptLiteral } from "../../../generator/emit/typescript-example.ts";
import { runtimePackage } from "../../../generator/emit/runtime/index.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { emitDocs, fixtureSpecs } from "./helpers.ts";

/** The ```ts blocks of a Markdown file. */
function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

function syntaxErrors(code: string): string[] {
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("typescriptLiteral", () => {
  it("evaluates back to the JSON value it was made from", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const literal = typescriptLiteral(value);
        expect(syntaxErrors(`const x = ${literal};`)).toEqual([]);
        expect(new Function(`return ${literal};`)()).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps a __proto__ key a key", () => {
    const value = JSON.parse('{"__proto__": 1}');
    expect(new Function(`return ${typescriptLiteral(value)};`)()).toEqual(value);
  });

  it("writes identifier keys bare and others quoted, short arrays on one line", () => {
    expect(typescriptLiteral({ InstanceIds: ["ins-1", "ins-2"], "Filters.0.Name": "zone", n: 1 })).toBe(
      '{\n  InstanceIds: ["ins-1", "ins-2"],\n  "Filters.0.Name": "zone",\n  n: 1,\n}',
    );
  });
});

describe("clientCallExample", () => {
  it("is valid TypeScript whatever the document text, which stays inside string literals", () => {
    const nasty = '*/ </script> ` ${x} " \\ \u2028';
    const code = clientCallExample({ packageName: "@docs2sdk/tencentcloud-cvm", clientClass: "CvmClient", method: "describeInstances", region: nasty, input: { [nasty]: nasty } });
    expect(syntaxErrors(code)).toEqual([]);
    const source = ts.createSourceFile("x.ts", code, ts.ScriptTarget.ES2022);
    const strings: string[] = [];
    const comments: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node)) strings.push(node.text);
      ts.forEachLeadingCommentRange(code, node.getFullStart(), (pos, end) => void comments.push(code.slice(pos, end)));
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(comments).toEqual([]);
    expect(strings.filter((s) => s === nasty)).toHaveLength(3);
  });

  it("leaves the region out when the action takes none", () => {
    const code = clientCallExample({ packageName: "@docs2sdk/x", clientClass: "XClient", method: "go", input: {} });
    expect(code).toContain("new XClient();");
    expect(code).toContain("await client.go({});");
  });
});

// The examples as users copy them: each documented example, and the README's first call, compiled
// under strict against the client package the client emitter makes from the same spec (and the
// runtime), as an ES module that imports the package by its npm name.
describe("examples in the emitted docs compile against the generated client", async () => {
  const specs = fixtureSpecs("demo");
  const templatesDir = join(REPO_ROOT, "templates");
  const clients = await clientEmitter.emit({ specs, templatesDir, diagnostics: new Diagnostics("generated") });
  const { files: docs } = await emitDocs(specs);

  const libraries = new Map<string, string>();
  for (const [rel, text] of runtimePackage(templatesDir).files) {
    if (rel === "package.json" || rel.endsWith(".d.ts")) libraries.set(`/node_modules/@docs2sdk/runtime/${rel}`, text);
  }
  for (const [path, text] of clients) {
    const [dir, ...rest] = path.split("/");
    const rel = rest.join("/");
    if (rel === "package.json" || rel.endsWith(".d.ts")) libraries.set(`/node_modules/@docs2sdk/${dir}/${rel}`, text as string);
  }
  const sources = new Map<string, string>([["package.json", '{ "type": "module" }']]);
  for (const [path, text] of docs) {
    if (!path.endsWith(".md") || path.startsWith("docs-site/")) continue;
    // Every block is a whole program, README sections included (each feature's example).
    tsBlocks(text).forEach((code, i) => sources.set(`src/${path.replace(/\.md$/, "").replace(/\//g, "_")}_${i + 1}.ts`, code));
  }

  it("type-checks every example", () => {
    // 3 action examples in the two packages (the superseded spec has none) + the two READMEs' blocks:
    // credentials (2), first call, errors, retries, regions, validation, hooks, smaller bundles.
    expect([...sources.keys()].filter((k) => k.includes("README")).length).toBe(2 * 9);
    expect(sources.size - 1).toBe(3 + 2 * 9);
    expect(compilePackage({ sources, libraries }).errors).toEqual([]);
  });

  it("and the check would catch a wrong parameter", () => {
    const broken = new Map(sources);
    broken.set("src/broken.ts", 'import { DemoClient } from "@docs2sdk/tencentcloud-demo";\nawait new DemoClient().describeWidgets({ Limit: "20" });\n');
    expect(compilePackage({ sources: broken, libraries }).errors.join("\n")).toMatch(/broken\.ts.*Limit|string.*number/);
  });
});

// The README of real packages, where every feature has something to show (paginators, regions with
// endpoints, closed enumerations): every block compiled against the package emitted from the same spec.
const repoSpecs = loadSpecs(REPO_ROOT).filter((s) => ["tencentcloud/cvm/2017-03-12.json", "aliyun/ecs/2014-05-26.json", "tce/vpc/v2.json"].includes(s.path));
describe("README feature examples of the bundled specs compile against their packages", () => {
  it("finds the three bundled specs", () => {
    expect(repoSpecs.map((s) => s.path).sort()).toEqual(["aliyun/ecs/2014-05-26.json", "tce/vpc/v2.json", "tencentcloud/cvm/2017-03-12.json"]);
  });

  it("type-checks every README block (pagination, regions, validation, hooks, credentials)", { timeout: 120_000 }, async () => {
    const templatesDir = join(REPO_ROOT, "templates");
    const runtime = runtimePackage(templatesDir);
    const libraries = new Map<string, string>();
    for (const [rel, text] of runtime.files) if (rel === "package.json" || rel.endsWith(".d.ts")) libraries.set(`/node_modules/@docs2sdk/runtime/${rel}`, text);
    const sources = new Map<string, string>([["package.json", '{ "type": "module" }']]);
    const { files: docs } = await emitDocs(repoSpecs);
    for (const spec of repoSpecs) {
      const client = await emitClientPackage(spec, { specs: [spec], templatesDir, diagnostics: new Diagnostics("generated") }, runtime);
      for (const [rel, text] of client.files) if (rel === "package.json" || rel.endsWith(".d.ts")) libraries.set(`/node_modules/${packageName(spec.service)}/${rel}`, text);
      const readme = docs.get(`${packageDir(spec.service)}/README.md`)!;
      for (const section of ["## Regions and endpoints", "## Pagination", "## Request validation", "## Hooks and debug logging", "## Credentials"]) expect(readme, spec.path).toContain(section);
      const blocks = tsBlocks(readme);
      // Features with something to show get their example: paginators where the spec has hints.
      if (spec.service.actions.some((a) => a.pagination)) expect(blocks.some((b) => /for await \(const item of client\.paginate\w+\(/.test(b)), spec.path).toBe(true);
      expect(blocks.some((b) => b.includes("validate: validateRequest")), spec.path).toBe(true);
      blocks.forEach((code, i) => sources.set(`src/${packageDir(spec.service)}_README_${i + 1}.ts`, code));
    }
    expect(compilePackage({ sources, libraries }).errors).toEqual([]);
  });
});

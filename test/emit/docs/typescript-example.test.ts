import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { clientEmitter } from "../../../generator/emit/client/index.ts";
import { compilePackage } from "../../../generator/emit/compile-ts.ts";
import { clientCallExample, typescriptLiteral } from "../../../generator/emit/docs/typescript-example.ts";
import { runtimePackage } from "../../../generator/emit/runtime/index.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { emitDocs, fixtureSpecs } from "./helpers.ts";

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
    const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    // README: only the first call is a whole program; the other snippets continue it.
    const whole = path.endsWith("/README.md") ? blocks.filter((b) => b.includes("const res = await client.")) : blocks;
    whole.forEach((code, i) => sources.set(`src/${path.replace(/\.md$/, "").replace(/\//g, "_")}_${i + 1}.ts`, code));
  }

  it("type-checks every example", () => {
    // 3 action examples in the two packages (the superseded spec has none) + 2 README first calls.
    expect(sources.size - 1).toBe(5);
    expect(compilePackage({ sources, libraries }).errors).toEqual([]);
  });

  it("and the check would catch a wrong parameter", () => {
    const broken = new Map(sources);
    broken.set("src/broken.ts", 'import { DemoClient } from "@docs2sdk/tencentcloud-demo";\nawait new DemoClient().describeWidgets({ Limit: "20" });\n');
    expect(compilePackage({ sources: broken, libraries }).errors.join("\n")).toMatch(/broken\.ts.*Limit|string.*number/);
  });
});

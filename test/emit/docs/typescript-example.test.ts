import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { clientCallExample, typescriptLiteral } from "../../../generator/emit/docs/typescript-example.ts";

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

import { describe, expect, it } from "vitest";
import { compilePackage } from "../../generator/emit/compile-ts.ts";

describe("compilePackage", () => {
  it("emits ESM JavaScript and declarations for a package", () => {
    const r = compilePackage({
      sources: new Map([
        ["src/index.ts", 'export { add } from "./math.js";\n'],
        ["src/math.ts", "/** Adds. */\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n"],
        ["package.json", '{"type":"module"}'],
      ]),
    });
    expect(r.errors).toEqual([]);
    expect([...r.outputs.keys()]).toEqual(["dist/index.d.ts", "dist/index.js", "dist/math.d.ts", "dist/math.js"]);
    expect(r.outputs.get("dist/math.js")).toContain("export function add(a, b)");
    expect(r.outputs.get("dist/math.d.ts")).toContain("export declare function add(a: number, b: number): number;");
  });

  it("reports strict-mode type errors with file and position", () => {
    const r = compilePackage({ sources: new Map([["src/index.ts", "export const x: number = 'a';\n"], ["package.json", '{"type":"module"}']]) });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^src\/index\.ts\(1,14\): Type 'string' is not assignable to type 'number'/);
  });

  it("resolves a dependency from virtual node_modules declarations", () => {
    const r = compilePackage({
      sources: new Map([["src/index.ts", 'import { v } from "dep";\nexport const w: number = v;\n'], ["package.json", '{"type":"module"}']]),
      libraries: new Map([
        ["/node_modules/dep/package.json", '{"name":"dep","type":"module","exports":{".":{"types":"./index.d.ts","default":"./index.js"}}}'],
        ["/node_modules/dep/index.d.ts", "export declare const v: number;\n"],
      ]),
    });
    expect(r.errors).toEqual([]);
  });
});

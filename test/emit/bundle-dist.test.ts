import { describe, expect, it } from "vitest";
import { bundleEntries } from "../../generator/emit/bundle-dist.ts";

const outputs = new Map([
  ["dist/a.js", 'import { shared } from "./lib/shared.js";\nimport { only } from "./lib/only-a.js";\nexport const a = () => shared() + only();\n'],
  ["dist/b.js", 'import { shared } from "./lib/shared.js";\nimport { dep } from "some-dep";\nexport const b = () => shared() + dep;\n'],
  ["dist/lib/shared.js", "export class Shared {}\nexport const shared = () => (new Shared() instanceof Shared ? 1 : 0);\n"],
  ["dist/lib/only-a.js", "export const only = () => 2;\n"],
]);

describe("bundleEntries", () => {
  it("writes one file per entry and puts code shared by entries in a chunk, so it has one identity", async () => {
    const out = await bundleEntries(outputs, ["dist/a.js", "dist/b.js"]);
    const names = [...out.keys()];
    expect(names.filter((n) => !n.startsWith("dist/chunks/"))).toEqual(["dist/a.js", "dist/b.js"]);
    const chunks = names.filter((n) => n.startsWith("dist/chunks/"));
    expect(chunks).toHaveLength(1);
    expect(out.get(chunks[0]!)).toContain("var Shared = class");
    expect(out.get("dist/a.js")).toContain("=> 2"); // only-a is inlined into its one entry
    expect(out.get("dist/a.js")).not.toContain("Shared = class");
    expect(out.get("dist/b.js")).toMatch(/from "some-dep"/); // bare imports stay imports
  });

  it("is deterministic", async () => {
    const once = await bundleEntries(outputs, ["dist/a.js", "dist/b.js"], "// banner");
    const twice = await bundleEntries(outputs, ["dist/a.js", "dist/b.js"], "// banner");
    expect([...twice]).toEqual([...once]);
    expect(once.get("dist/a.js")!.startsWith("// banner")).toBe(true);
  });

  it("fails naming the module when a relative import was not compiled", async () => {
    const broken = new Map([["dist/a.js", 'import { x } from "./missing.js";\nexport const a = x;\n']]);
    await expect(bundleEntries(broken, ["dist/a.js"])).rejects.toThrow(/dist\/a\.js imports \.\/missing\.js, which the compile did not produce/);
  });
});

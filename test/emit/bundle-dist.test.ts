import { describe, expect, it } from "vitest";
import { bundleEntries, bundleHubs } from "../../generator/emit/bundle-dist.ts";

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

describe("bundleHubs", () => {
  const hubOutputs = new Map([
    ["dist/index.node.js", 'export { Shared } from "./lib/shared.js";\nexport { nodeOnly } from "./lib/node-only.js";\n'],
    ["dist/index.js", 'export { Shared } from "./lib/shared.js";\nexport { webOnly } from "./lib/web-only.js";\n'],
    ["dist/lib/shared.js", "export class Shared {}\n"],
    ["dist/lib/node-only.js", 'import { createHash } from "node:crypto";\nexport const nodeOnly = () => createHash("sha256");\n'],
    ["dist/lib/web-only.js", "export const webOnly = () => globalThis.crypto;\n"],
    ["dist/sub/node.js", 'export { nodeOnly } from "../lib/node-only.js";\nexport { Shared } from "../lib/shared.js";\n'],
    ["dist/sub/web.js", 'export { webOnly } from "../lib/web-only.js";\n'],
  ]);
  const hubOf = (_entry: string, externals: string[]) => (externals.some((e) => e.startsWith("node:")) ? "dist/index.node.js" : "dist/index.js");

  it("bundles each hub into one module and writes every other entry as a re-export of its hub", async () => {
    const out = await bundleHubs(hubOutputs, ["dist/index.node.js", "dist/index.js"], ["dist/sub/node.js", "dist/sub/web.js"], hubOf);
    expect([...out.keys()]).toEqual(["dist/index.js", "dist/index.node.js", "dist/sub/node.js", "dist/sub/web.js"]);
    expect(out.get("dist/index.node.js")).toContain("var Shared = class");
    expect(out.get("dist/index.node.js")).toMatch(/from "node:crypto"/);
    expect(out.get("dist/index.node.js")).not.toMatch(/from "\./);
    expect(out.get("dist/index.js")).not.toContain("node:");
    // The hub is chosen from the entry's bare imports: node: modules never reach the browser hub.
    expect(out.get("dist/sub/node.js")).toBe('export { Shared, nodeOnly } from "../index.node.js";\n');
    expect(out.get("dist/sub/web.js")).toBe('export { webOnly } from "../index.js";\n');
  });

  it("fails naming the entry and the names its hub lacks", async () => {
    await expect(bundleHubs(hubOutputs, ["dist/index.js"], ["dist/sub/node.js"], () => "dist/index.js")).rejects.toThrow(
      "dist/sub/node.js exports nodeOnly, which its hub dist/index.js does not export",
    );
  });
});

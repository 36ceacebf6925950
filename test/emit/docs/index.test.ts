// The docs emitter as the pipeline runs it: golden files for a small hand-written fixture, byte for
// byte (UPDATE_GOLDEN=1 rewrites them deliberately), determinism, and what is reported.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../../generator/pipeline/sync-tree.ts";
import type { LoadedSpec } from "../../../generator/emit/emitter.ts";
import { docsEmitter, docsSiteEmitter, docsSiteIndexEmitter } from "../../../generator/emit/docs/index.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { emitDocs, fixtureSpecs, GOLDEN, writeFiles } from "./helpers.ts";

describe("docsEmitter on the demo fixture", async () => {
  const specs = fixtureSpecs("demo");
  const { files, diagnostics } = await emitDocs(specs);

  it("matches the golden files byte for byte", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      rmSync(GOLDEN, { recursive: true, force: true });
      writeFiles(GOLDEN, files);
    }
    expect(existsSync(GOLDEN), "golden files missing: run UPDATE_GOLDEN=1 npx vitest run test/emit/docs/index.test.ts").toBe(true);
    expect(listFiles(GOLDEN)).toEqual([...files.keys()].sort());
    for (const [path, content] of files) expect(content, path).toBe(readFileSync(join(GOLDEN, path), "utf8"));
  });

  it("writes a package per spec except the superseded one, and site pages for all three", () => {
    const dirs = [...new Set([...files.keys()].map((p) => p.split("/")[0]))].sort();
    expect(dirs).toEqual(["aliyun-demo", "docs-site", "tencentcloud-demo"]);
    expect(files.has("docs-site/tencentcloud/demo/2017-01-01/actions/DescribeWidgets.html")).toBe(true);
    expect(files.get("docs-site/tencentcloud/demo/2017-01-01/index.html")).toContain('href="../../../tencentcloud/demo/2020-01-01/index.html"');
    // The current spec's page is the package's, not the superseded one's.
    expect(files.get("tencentcloud-demo/docs/DescribeWidgets.md")).toContain("查询小部件列表");
    expect(files.get("tencentcloud-demo/docs/DescribeWidgets.md")).not.toContain("旧版");
    expect(diagnostics.items).toEqual([]);
  });

  it("renders the documented example as a call through the generated client", () => {
    const page = files.get("tencentcloud-demo/docs/DescribeWidgets.md")!;
    expect(page).toContain('import { DemoClient } from "@docs2sdk/tencentcloud-demo";');
    // The example's Region is a common parameter: it configures the client, not the call.
    expect(page).toContain('const client = new DemoClient({ region: "ap-shanghai" });');
    expect(page).toContain("const res = await client.describeWidgets({\n  WidgetIds: [\"wdg-1\"],");
    expect(page).not.toMatch(/Region: "ap-shanghai"/);
    const aliyun = files.get("aliyun-demo/docs/DescribeRegions.md")!;
    // Action is the protocol's, RegionId a declared common parameter: both leave the input.
    expect(aliyun).toContain('new DemoClient({ region: "cn-qingdao" })');
    expect(aliyun).toContain('client.describeRegions({\n  AcceptLanguage: "zh-CN",\n})');
    expect(aliyun).toContain("```xml\n<DescribeRegionsResponse>");
    // No region for an action that takes none.
    expect(files.get("tencentcloud-demo/docs/DescribeZones.md")).toContain("new DemoClient();");
  });

  it("package docs depend on their own spec only (perSpec): one spec at a time gives the same files", async () => {
    expect(docsEmitter.perSpec).toBe(true);
    expect(docsSiteEmitter.perSpec).toBe(true);
    const one = new Map<string, string | Uint8Array>();
    for (const emitter of [docsEmitter, docsSiteEmitter]) {
      for (const spec of specs) for (const [p, c] of await emitter.emit({ specs: [spec], templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("x") })) one.set(p, c);
    }
    const index = await docsSiteIndexEmitter.emit({ specs: specs.map(docsSiteIndexEmitter.reduce!), templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("x") });
    for (const path of index.keys()) expect(one.has(path), `${path} is written by both site emitters`).toBe(false);
    expect([...one.keys(), ...index.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [p, c] of [...one, ...index]) expect(c, p).toBe(files.get(p));
  });

  it("the site's index pages read only each spec's digest: a description edit leaves them alone, a title change does not", async () => {
    const ctx = (s: typeof specs) => ({ specs: s.map(docsSiteIndexEmitter.reduce!), templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("x") });
    const edit = (change: (a: (typeof specs)[number]["service"]["actions"][number]) => void) =>
      specs.map((s, i) => {
        const copy = structuredClone(s);
        if (i === 0) change(copy.service.actions[0]!);
        return copy;
      });
    const before = await docsSiteIndexEmitter.emit(ctx(specs));
    const described = edit((a) => (a.description = `${a.description} (edited)`));
    expect(docsSiteIndexEmitter.reduce!(described[0]!)).toEqual(docsSiteIndexEmitter.reduce!(specs[0]!));
    const retitled = await docsSiteIndexEmitter.emit(ctx(edit((a) => (a.title = "A new title"))));
    expect(retitled.get("docs-site/assets/search-index.js")).toContain("A new title");
    expect(retitled.get("docs-site/assets/search-index.js")).not.toBe(before.get("docs-site/assets/search-index.js"));
  });

  it("is deterministic: spec order in the context does not matter", async () => {
    const again = await emitDocs([...specs].reverse());
    expect([...again.files.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, content] of files) expect(again.files.get(path), path).toBe(content);
  });
});

describe("docsEmitter reports what it cannot page", () => {
  const base = fixtureSpecs("demo").find((s) => s.path === "tencentcloud/demo/2020-01-01.json")!;
  const clone = (): LoadedSpec => JSON.parse(JSON.stringify(base)) as LoadedSpec;

  it("a duplicate action or structure: the first gets the page, the second a diagnostic", async () => {
    const spec = clone();
    spec.service.actions.push({ ...spec.service.actions[0]!, title: "第二个" });
    spec.service.types.push({ ...spec.service.types[0]!, description: "第二个" });
    const { files, diagnostics } = await emitDocs([spec]);
    expect(diagnostics.items.map((d) => d.code)).toEqual(["docs.duplicate", "docs.duplicate"]);
    expect(files.get("tencentcloud-demo/docs/DescribeWidgets.md")).not.toContain("第二个");
  });

  it("a name that is not an identifier never becomes a path", async () => {
    const spec = clone();
    spec.service.actions[0]!.name = "../../evil";
    const { files, diagnostics } = await emitDocs([spec]);
    expect(diagnostics.items.map((d) => [d.severity, d.code])).toEqual([["error", "docs.bad-name"]]);
    expect([...files.keys()].filter((p) => p.includes("evil"))).toEqual([]);
  });

  it("names that differ only in case are reported (they collide on case-insensitive file systems)", async () => {
    const spec = clone();
    spec.service.types.push({ name: "filter", description: "", fields: [] });
    const { files, diagnostics } = await emitDocs([spec]);
    expect(diagnostics.items.map((d) => d.code)).toEqual(["docs.case-collision"]);
    expect(files.has("tencentcloud-demo/docs/types/filter.md")).toBe(true);
  });

  it("two current specs mapping to one package: the newest version gets it", async () => {
    const older = clone();
    older.path = "tencentcloud/demo/2019-01-01.json";
    older.service.version = "2019-01-01";
    older.service.title = "旧的副本";
    const { files, diagnostics } = await emitDocs([older, base]);
    expect(diagnostics.items.map((d) => d.code)).toEqual(["docs.package-collision"]);
    expect(files.get("tencentcloud-demo/README.md")).not.toContain("旧的副本");
  });

  it("no specs: no files", async () => {
    expect((await emitDocs([])).files.size).toBe(0);
  });
});

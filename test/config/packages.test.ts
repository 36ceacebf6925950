// A configured scope, names and metadata reach every emitted package: the client imports the runtime
// by its configured name (and type-checks against it), both package.json files carry the metadata.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitClientPackage } from "../../generator/emit/client/index.ts";
import { runtimePackage } from "../../generator/emit/runtime/index.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { PackageOptions } from "../../generator/emit/naming.ts";
import { sampleSpec } from "../emit/client/helpers.ts";
import { emitters } from "../../generator/emit/emitters.ts";
import { docsEmitter, docsSiteEmitter, docsSiteIndexEmitter } from "../../generator/emit/docs/index.ts";
import { licenseText } from "../../generator/emit/packaging.ts";
import { loadConfig } from "../../generator/config/load.ts";

const templatesDir = join(REPO_ROOT, "templates");
const packages: PackageOptions = { scope: "@acme", names: { "tencentcloud-sample": "@acme/sample-sdk" }, metadata: { license: "Apache-2.0", publishConfig: { access: "public" } } };

describe("configured package names and metadata", () => {
  it("the runtime and a client package take the scope, the names and the metadata", async () => {
    const runtime = runtimePackage(templatesDir, packages);
    const client = await emitClientPackage(sampleSpec(), { specs: [], templatesDir, diagnostics: new Diagnostics("generated"), packages }, runtime);
    const runtimeJson = JSON.parse(runtime.files.get("package.json")!);
    expect([runtimeJson.name, runtimeJson.license, runtimeJson.publishConfig]).toEqual(["@acme/runtime", "Apache-2.0", { access: "public" }]);
    expect(runtime.files.get("README.md")).toMatch(/^# @acme\/runtime /);
    const clientJson = JSON.parse(client.files.get("package.json")!);
    expect([clientJson.name, clientJson.license, clientJson.publishConfig, clientJson.dependencies]).toEqual(["@acme/sample-sdk", "Apache-2.0", { access: "public" }, { "@acme/runtime": `^${runtime.version}` }]);
    // Every runtime import of the shipped code names the configured runtime, none docs2sdk's own.
    const js = [...client.files].filter(([rel]) => rel.startsWith("dist/") && rel.endsWith(".js")).map(([, text]) => text).join("\n");
    const imported = new Set([...js.matchAll(/^(?:import|export)\b[^\n]*from "([^"./][^"]*)"/gm)].map((m) => m[1]));
    expect([...imported]).toEqual(["@acme/runtime"]);
    expect([...client.files.values()].filter((text) => text.includes("@docs2sdk/"))).toEqual([]);
  });
});

describe("packaging of every package, whichever emitters run", () => {
  const packaging = { directory: "sdk/generated", docs: false, fixtures: false, licenseHolder: "Acme *Corp*" } as const;
  const configured: PackageOptions = { scope: "@acme", metadata: { repository: { type: "git", url: "https://github.com/acme/sdk.git" } }, packaging };

  /** The registry's runtime and client emitters (as `generate` runs them) over the sample, with a write action listed first. */
  async function emitPackages(options: PackageOptions | undefined): Promise<Map<string, string>> {
    const spec = sampleSpec();
    const run = spec.service.actions.find((a) => a.name === "RunThing")!;
    const describe = spec.service.actions.find((a) => a.name === "DescribeThings")!;
    run.examples = [{ title: "run", input: { Name: "x" }, output: {} }];
    describe.examples = [{ title: "list", input: { Limit: 5 }, output: {} }];
    spec.service.actions = [run, ...spec.service.actions.filter((a) => a !== run)];
    const out = new Map<string, string>();
    for (const emitter of emitters.filter((e) => e.name === "runtime" || e.name === "client")) {
      const ctx = { specs: [spec], templatesDir, diagnostics: new Diagnostics("generated"), ...(options && { packages: options }) };
      for (const [path, text] of await emitter.emit(ctx)) out.set(path, text as string);
    }
    return out;
  }

  it("without the docs emitter: a README with a read-only first call, a LICENSE, files and repository.directory matching", async () => {
    const files = await emitPackages(configured);
    for (const dir of ["runtime", "tencentcloud-sample"]) {
      const json = JSON.parse(files.get(`${dir}/package.json`)!);
      expect(json.repository, dir).toEqual({ type: "git", url: "https://github.com/acme/sdk.git", directory: `sdk/generated/${dir}` });
      // Every entry of "files" is something emitted (npm adds README and LICENSE itself).
      for (const entry of json.files) expect([...files.keys()].some((p) => p === `${dir}/${entry}` || p.startsWith(`${dir}/${entry}/`)), `${dir}: ${entry}`).toBe(true);
      expect(files.get(`${dir}/LICENSE`), dir).toContain("Copyright (c) Acme *Corp*");
      expect(files.has(`${dir}/README.md`), dir).toBe(true);
    }
    expect(JSON.parse(files.get("tencentcloud-sample/package.json")!).files).toEqual(["dist"]);
    const readme = files.get("tencentcloud-sample/README.md")!;
    expect(readme).toMatch(/^# @acme\/tencentcloud-sample\n/);
    expect(readme).toContain("await client.describeThings({");
    expect(readme).not.toContain("runThing");
    // The title is document text: Markdown-escaped, so "*/" stays literal.
    expect(readme).toContain("示例服务 \\*/ alert(1) /\\*");
  });

  it("docs2sdk's own packages (nothing configured): the MIT LICENSE, package.json as the template writes it, README left to the docs emitter", async () => {
    const files = await emitPackages(undefined);
    expect(files.get("tencentcloud-sample/LICENSE")).toMatch(/^MIT License\n\nCopyright \(c\) docs2sdk contributors\n/);
    expect(JSON.parse(files.get("tencentcloud-sample/package.json")!).files).toEqual(["dist", "docs", "fixtures"]);
    expect(files.has("tencentcloud-sample/README.md")).toBe(false);
    expect(JSON.parse(files.get("runtime/package.json")!).repository).toBeUndefined();
  });

  it("a configured license file replaces the MIT text; an unreadable one is a config error at its JSON path", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-license-"));
    try {
      writeFileSync(join(dir, "d.txt"), "x");
      writeFileSync(join(dir, "COPYING"), "Apache License\r\nVersion 2.0");
      writeFileSync(join(dir, "docs2sdk.config.json"), JSON.stringify({ inputs: ["d.txt"], packages: { license: { file: "COPYING" } }, branding: { siteTitle: "Acme <SDK>" } }));
      const config = loadConfig(join(dir, "docs2sdk.config.json"));
      expect(licenseText(templatesDir, config.packages)).toBe("Apache License\nVersion 2.0\n");
      expect(config.packages?.packaging).toEqual({ directory: "generated", licenseText: "Apache License\r\nVersion 2.0", siteTitle: "Acme <SDK>" });
      writeFileSync(join(dir, "docs2sdk.config.json"), JSON.stringify({ inputs: ["d.txt"], packages: { license: { file: "MISSING" } } }));
      expect(() => loadConfig(join(dir, "docs2sdk.config.json"))).toThrow(/\/packages\/license\/file: "MISSING" cannot be read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the debug variable takes the configured name in the runtime's code, declarations and README, and in the package READMEs", async () => {
    const options: PackageOptions = { scope: "@acme", packaging: { debugVariable: "ACME_SDK_DEBUG" } };
    const runtime = await emitters.find((e) => e.name === "runtime")!.emit({ specs: [], templatesDir, diagnostics: new Diagnostics("generated"), packages: options });
    const text = [...runtime.values()].filter((t): t is string => typeof t === "string").join("\n");
    expect(text).not.toContain("DOCS2SDK_DEBUG");
    for (const file of ["runtime/dist/index.node.js", "runtime/README.md"]) expect(runtime.get(file), file).toContain("ACME_SDK_DEBUG");
    // The switch itself reads the configured variable from the environment.
    expect(runtime.get("runtime/dist/index.node.js")).toMatch(/processEnv\(\)\?\.ACME_SDK_DEBUG/);
    const docs = await docsEmitter.emit({ specs: [sampleSpec()], templatesDir, diagnostics: new Diagnostics("generated"), packages: options });
    expect(docs.get("tencentcloud-sample/README.md")).toContain("`ACME_SDK_DEBUG=1`");
  });

  it("the docs site takes the configured title, HTML-escaped", async () => {
    const packages = { scope: "@acme", packaging: { siteTitle: "Acme <SDK>" } };
    const site = await docsSiteIndexEmitter.emit({ specs: [docsSiteIndexEmitter.reduce!(sampleSpec())], templatesDir, diagnostics: new Diagnostics("generated"), packages });
    const index = site.get("docs-site/index.html") as string;
    expect(index).toContain("<title>API reference · Acme &lt;SDK&gt;</title>");
    expect(index).not.toContain("docs2sdk API reference");
    const pages = await docsSiteEmitter.emit({ specs: [sampleSpec()], templatesDir, diagnostics: new Diagnostics("generated"), packages });
    const servicePage = [...pages].find(([path]) => path.endsWith("/index.html"))![1] as string;
    expect(servicePage).toContain("Acme &lt;SDK&gt;</title>");
  });
});

// docs2sdk.config.json: schema validation with each problem at its file and JSON path, paths and
// globs resolved from the file's directory, template overrides merged over the tool's templates.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitters } from "../../generator/emit/emitters.ts";
import { packageName, runtimePackageName } from "../../generator/emit/naming.ts";
import { withPackageMetadata } from "../../generator/config/package-json.ts";
import { CONFIG_SCHEMA_PATH, ConfigError, expandInput, findConfig, globRegExp, loadConfig, mergeTemplates } from "../../generator/config/load.ts";
import { main } from "../../generator/cli.ts";
import { configGenerateOptions, TOOL_TEMPLATES } from "../../generator/config/options.ts";

const work = mkdtempSync(join(tmpdir(), "docs2sdk-config-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** A fresh project directory holding these files (relative path -> text). */
function project(files: Record<string, string>): string {
  const dir = join(work, `p${n++}`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function problemsOf(file: string, tools?: string): string[] {
  try {
    loadConfig(file, tools);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.path || "/"}: ${p.message}`);
    throw e;
  }
  return [];
}

describe("loadConfig", () => {
  it("resolves inputs (paths and globs), directories, emitters and packages relative to the file", () => {
    const dir = project({
      "docs/b.txt": "b",
      "docs/a.txt": "a",
      "docs/nested/c.txt": "c",
      "docs/skip.md": "x",
      "extra.txt": "e",
      "conf/docs2sdk.config.json": "",
    });
    const file = join(dir, "docs2sdk.config.json");
    writeFileSync(
      file,
      JSON.stringify({
        $schema: "./node_modules/docs2sdk/generator/config/schema.json",
        inputs: ["docs/*.txt", "extra.txt", "docs/**/*.txt"],
        specDir: "api/spec",
        outDir: "packages",
        emitters: ["runtime", "client"],
        packages: { scope: "@acme", names: { runtime: "@acme/sdk-core" }, metadata: { license: "Apache-2.0", publishConfig: { access: "public" } } },
      }),
    );
    const config = loadConfig(file);
    expect(config.root).toBe(dir);
    expect(config.inputs).toEqual([join(dir, "docs/a.txt"), join(dir, "docs/b.txt"), join(dir, "extra.txt"), join(dir, "docs/nested/c.txt")]);
    expect(config.specDir).toBe(join(dir, "api/spec"));
    expect(config.outDir).toBe(join(dir, "packages"));
    expect(config.emitters).toEqual(["runtime", "client"]);
    // Packaging: repository.directory below the root; no docs, fixtures or mcp emitter, so none of them in the packages.
    expect(config.packages).toEqual({
      scope: "@acme",
      names: { runtime: "@acme/sdk-core" },
      metadata: { license: "Apache-2.0", publishConfig: { access: "public" } },
      packaging: { directory: "packages", docs: false, fixtures: false, mcp: false },
    });
  });

  it("defaults the spec and output directories and keeps docs2sdk's scope when only names are given", () => {
    const dir = project({ "d.txt": "x", "docs2sdk.config.json": JSON.stringify({ inputs: ["d.txt"], packages: { names: { "tencentcloud-cvm": "cvm-sdk" } } }) });
    const config = loadConfig(join(dir, "docs2sdk.config.json"));
    expect([config.specDir, config.outDir, config.emitters]).toEqual([join(dir, "spec"), join(dir, "generated"), undefined]);
    const cvm = { provider: "tencentcloud", service: "cvm", protocol: "tc3" } as const;
    expect(packageName(cvm, config.packages)).toBe("cvm-sdk");
    expect(packageName({ ...cvm, service: "vpc" }, config.packages)).toBe("@docs2sdk/tencentcloud-vpc");
    expect(runtimePackageName(config.packages)).toBe("@docs2sdk/runtime");
  });

  it("reports every schema problem with its JSON path", () => {
    const dir = project({
      "docs2sdk.config.json": JSON.stringify({
        inputs: [],
        outdir: "x",
        emitters: ["client", "clients"],
        packages: { scope: "acme", names: { "Bad Dir": "x" }, metadata: { license: 3, author: { email: "a@b" } } },
      }),
    });
    expect(problemsOf(join(dir, "docs2sdk.config.json")).sort()).toEqual(
      [
        "/outdir: is not a known setting",
        "/inputs: must NOT have fewer than 1 items",
        '/emitters/1: must be one of "openapi", "docs", "docs-site", "runtime", "client", "fixtures", "mcp"',
        '/packages/scope: must match pattern "^@[a-z0-9][a-z0-9._-]*$"',
        '/packages/names: has a key that is not a package directory name ("Bad Dir")',
        "/packages/metadata/license: must be string",
        "/packages/metadata/author: must match exactly one schema in oneOf",
      ].sort(),
    );
  });

  it("names the file in the message, and reports unreadable or non-JSON files and missing inputs", () => {
    const dir = project({ "docs2sdk.config.json": "{ inputs: [] }", "ok/docs2sdk.config.json": JSON.stringify({ inputs: ["none/*.txt", "missing.txt"], templates: "nope" }) });
    const bad = join(dir, "docs2sdk.config.json");
    expect(() => loadConfig(bad)).toThrow(new RegExp(`^${bad.replace(/[\\.]/g, "\\$&")}: /: is not valid JSON`));
    expect(problemsOf(join(dir, "absent.json"))).toEqual(["/: cannot be read (ENOENT)"]);
    expect(problemsOf(join(dir, "ok/docs2sdk.config.json"))).toEqual([
      `/inputs/0: "none/*.txt" names no file (relative to ${join(dir, "ok")})`,
      `/inputs/1: "missing.txt" names no file (relative to ${join(dir, "ok")})`,
      `/templates: "nope" is not a directory (relative to ${join(dir, "ok")})`,
    ]);
  });

  it("refuses an override file that replaces no template (a typo would otherwise do nothing)", () => {
    const tools = project({ "runtime/README.md.hbs": "tool", "client/src/index.ts.hbs": "tool" });
    const dir = project({ "d.txt": "x", "over/runtime/README.md.hbs": "mine", "over/runtime/READ.md.hbs": "typo", "docs2sdk.config.json": JSON.stringify({ inputs: ["d.txt"], templates: "over" }) });
    expect(problemsOf(join(dir, "docs2sdk.config.json"), tools)).toEqual(["/templates: runtime/READ.md.hbs replaces no template (docs2sdk's templates/ has no such file)"]);
  });
});

describe("schema", () => {
  it("lists exactly the registered emitters, by the name each is selected as", () => {
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, "utf8"));
    expect(schema.properties.emitters.items.enum).toEqual([...new Set(emitters.map((e) => e.selectedAs ?? e.name))]);
  });

  it("selects every emitter that makes part of a named output: docs-site is the site's pages and its index", () => {
    const dir = project({ "d.txt": "x", "docs2sdk.config.json": JSON.stringify({ inputs: ["d.txt"], emitters: ["docs-site", "client"] }) });
    const selected = configGenerateOptions(loadConfig(join(dir, "docs2sdk.config.json"), TOOL_TEMPLATES)).emitters!.map((e) => e.name);
    expect(selected).toEqual(["docs-site", "docs-site-index", "client"]);
  });
});

describe("inputs", () => {
  it("globs: * stays within a segment, ** crosses them, ? is one character", () => {
    expect(globRegExp("docs/*.txt").test("docs/a.txt")).toBe(true);
    expect(globRegExp("docs/*.txt").test("docs/x/a.txt")).toBe(false);
    expect(globRegExp("**/*.txt").test("a.txt")).toBe(true);
    expect(globRegExp("**/*.txt").test("x/y/a.txt")).toBe(true);
    expect(globRegExp("a?.txt").test("ab.txt")).toBe(true);
    expect(globRegExp("a.txt").test("abtxt")).toBe(false);
  });

  it("a glob skips node_modules and dot directories", () => {
    const dir = project({ "node_modules/p/a.txt": "", ".cache/a.txt": "", "src/a.txt": "" });
    expect(expandInput(dir, "**/*.txt")).toEqual([join(dir, "src/a.txt")]);
  });
});

describe("findConfig", () => {
  it("takes --config, else docs2sdk.config.json in the directory, else none", () => {
    const withFile = project({ "docs2sdk.config.json": "{}" });
    const without = project({ "x.txt": "" });
    expect(findConfig(withFile)).toBe(join(withFile, "docs2sdk.config.json"));
    expect(findConfig(without)).toBeUndefined();
    expect(findConfig(without, "conf/my.json")).toBe(join(without, "conf/my.json"));
  });
  it("walks up from a subdirectory to the nearest docs2sdk.config.json, as tsconfig.json is found", () => {
    const dir = project({ "docs2sdk.config.json": "{}", "a/b/c/x.txt": "", "a/docs2sdk.config.json": "{}" });
    expect(findConfig(join(dir, "a/b/c"))).toBe(join(dir, "a/docs2sdk.config.json"));
    expect(findConfig(dir)).toBe(join(dir, "docs2sdk.config.json"));
  });
});

describe("mergeTemplates", () => {
  it("lays the overrides over a copy of the tool's templates", () => {
    const tools = project({ "a.hbs": "tool a", "sub/b.hbs": "tool b" });
    const over = project({ "sub/b.hbs": "mine" });
    const dest = join(work, "merged");
    mergeTemplates(tools, over, dest);
    expect([readFileSync(join(dest, "a.hbs"), "utf8"), readFileSync(join(dest, "sub/b.hbs"), "utf8")]).toEqual(["tool a", "mine"]);
    expect(readFileSync(join(tools, "sub/b.hbs"), "utf8")).toBe("tool b");
  });
});

describe("withPackageMetadata", () => {
  it("sets each field in the package.json and leaves the text alone without metadata", () => {
    const text = '{\n  "name": "@acme/x",\n  "license": "MIT"\n}\n';
    expect(withPackageMetadata(text, { scope: "@acme" })).toBe(text);
    expect(JSON.parse(withPackageMetadata(text, { scope: "@acme", metadata: { license: "Apache-2.0", homepage: "https://acme.dev" } }))).toEqual({
      name: "@acme/x",
      license: "Apache-2.0",
      homepage: "https://acme.dev",
    });
  });
});

describe("docs2sdk generate with a bad config", () => {
  it("exits 2 and names the file and path of each problem", async () => {
    const dir = project({ "docs2sdk.config.json": JSON.stringify({ inputs: ["d.txt"], packages: { scope: "Acme" } }), "d.txt": "" });
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errors.push(String(s)), true)) as typeof process.stderr.write;
    let code: number;
    try {
      code = await main(["generate", "--root", dir]);
    } finally {
      process.stderr.write = write;
    }
    expect(code).toBe(2);
    expect(errors.join("")).toContain(`${join(dir, "docs2sdk.config.json")}: /packages/scope: must match pattern`);
  });
});

describe("every config mistake is one line naming the file and JSON path, exit 2, no stack trace", () => {
  const ecm = readFileSync(join(import.meta.dirname, "../parse/fixtures/ecm-mini.txt"), "utf8");
  /** Runs generate in a project with this config (and the ECM fixture as docs/ecm.txt); returns the exit code and stderr. */
  async function generateWith(config: object, setup: (dir: string) => void = () => {}, args: string[] = []): Promise<{ code: number; stderr: string; dir: string }> {
    const dir = project({ "docs/ecm.txt": ecm, "docs2sdk.config.json": JSON.stringify({ inputs: ["docs/*.txt"], ...config }) });
    setup(dir);
    let stderr = "";
    const write = process.stderr.write.bind(process.stderr);
    const out = process.stdout.write.bind(process.stdout);
    process.stderr.write = ((s: string) => ((stderr += String(s)), true)) as typeof process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      return { code: await main(["generate", "--root", dir, "-q", ...args]), stderr, dir };
    } finally {
      process.stderr.write = write;
      process.stdout.write = out;
    }
  }
  const cases: { name: string; config: object; setup?: (dir: string) => void; path: string; says: RegExp }[] = [
    { name: "deep publishConfig", config: { packages: { metadata: { publishConfig: { registry: { url: { deep: 1 } } } } } }, path: "/packages/metadata/publishConfig/registry", says: /must be string,number,boolean/ },
    { name: "a symlinked template override", config: { templates: "over" }, setup: (dir) => (mkdirSync(join(dir, "real")), symlinkSync(join(dir, "real"), join(dir, "over"))), path: "/templates", says: /is a symbolic link/ },
    { name: "a symbolic link among the overrides", config: { templates: "over" }, setup: (dir) => (mkdirSync(join(dir, "over/runtime"), { recursive: true }), symlinkSync("/etc/hostname", join(dir, "over/runtime/README.md.hbs"))), path: "/templates", says: /runtime\/README\.md\.hbs is a symbolic link/ },
    { name: "overrides pointing into .cache", config: { templates: ".cache/docs2sdk/templates" }, setup: (dir) => mkdirSync(join(dir, ".cache/docs2sdk/templates"), { recursive: true }), path: "/templates", says: /overlaps docs2sdk's cache/ },
    { name: "~ in a package name", config: { packages: { names: { runtime: "@acme/run~time" } } }, path: "/packages/names/runtime", says: /must match pattern/ },
    { name: "two packages given one name", config: { packages: { names: { runtime: "@acme/x", "tencentcloud-ecm": "@acme/x" } } }, path: "/packages/names/tencentcloud-ecm", says: /also the name of package runtime/ },
    { name: "a name that collides with another package's default", config: { packages: { scope: "@acme", names: { runtime: "@acme/tencentcloud-ecm" } } }, path: "/packages/names/runtime", says: /would both be named "@acme\/tencentcloud-ecm"/ },
    { name: "npm-invalid name node_modules", config: { packages: { names: { runtime: "node_modules" } } }, path: "/packages/names/runtime", says: /not a valid npm package name: node_modules is not a valid package name/ },
    { name: "a core module name", config: { packages: { names: { runtime: "http" } } }, path: "/packages/names/runtime", says: /http is a core module name/ },
    { name: "a name over 214 characters", config: { packages: { names: { runtime: "a".repeat(215) } } }, path: "/packages/names/runtime", says: /must NOT have more than 214 characters/ },
    { name: "a name for a package that does not exist", config: { packages: { names: { "tencentcloud-cvm": "@acme/cvm" } } }, path: "/packages/names/tencentcloud-cvm", says: /names package tencentcloud-cvm, which this run does not make/ },
    { name: "outDir equal to specDir", config: { specDir: "out", outDir: "out" }, path: "/outDir", says: /overlaps specDir/ },
    { name: "outDir inside specDir", config: { specDir: "out", outDir: "out/gen" }, path: "/outDir", says: /overlaps specDir/ },
    { name: "outDir outside the project", config: { outDir: "../elsewhere" }, path: "/outDir", says: /lies outside the project root .* \(pass --allow-outside-root/ },
    { name: "an input inside outDir", config: { inputs: ["generated/*.txt"] }, setup: (dir) => (mkdirSync(join(dir, "generated")), writeFileSync(join(dir, "generated/d.txt"), ecm)), path: "/inputs", says: /lies in outDir or specDir/ },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { code, stderr, dir } = await generateWith(c.config, c.setup);
      expect(code).toBe(2);
      const lines = stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`docs2sdk: config error: ${join(dir, "docs2sdk.config.json")}: ${c.path}: `);
      expect(lines[0]).toMatch(c.says);
      expect(existsSync(join(dir, "spec"))).toBe(false);
    });
  }
  it("--allow-outside-root lets outDir and specDir lie outside the project", async () => {
    const { code, dir } = await generateWith({ specDir: "../outside-spec" }, () => {}, ["--allow-outside-root", "--spec-only"]);
    expect(code).toBe(0);
    expect(existsSync(join(dir, "../outside-spec/tencentcloud/ecm/2019-07-19.json"))).toBe(true);
  });
});

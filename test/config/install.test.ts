// The other-repo acceptance test (issue 15 item 1, issue 18 item 1): a fresh project installs the
// packed docs2sdk and vitest as dev dependencies, configures docs2sdk.config.json (one bundled
// document, its own scope, metadata, three emitters, a template override), runs `npx docs2sdk
// generate`, links the packages as npm workspaces (as the generated README says) and runs the
// generated tests with `npx vitest run`. It then packs the runtime and client it generated, installs
// them into a second project, which type-checks and runs a test against docs2sdk/testing (the
// fixtures shipped in the package), and calls an action against `docs2sdk mock` run from the
// installed tool. Slow (npm installs): integration tier.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "docs2sdk-install-"));
let mock: ChildProcess | undefined;
afterAll(() => {
  mock?.kill();
  rmSync(work, { recursive: true, force: true });
});

// The registry is reachable, but everything needed is in npm's cache after `npm ci`.
const NPM_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

async function npm(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("npm", [...args, ...NPM_FLAGS], { cwd, maxBuffer: 64 << 20 });
  return stdout;
}

function write(path: string, text: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

const DOCUMENT = "aliyun-apsara-ecs-2014-05-26.txt";
/** The versions this repository tests with, installed from npm's cache into the temporary projects. */
const VITEST_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", "vitest", "package.json"), "utf8")) as { version: string }).version;
const TYPES_NODE_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", "@types", "node", "package.json"), "utf8")) as { version: string }).version;
const credentials = { secretId: "AKIDacmeTest", secretKey: "acme-test-secret" };

/** Starts `docs2sdk mock` from the installed tool; resolves with its URL. */
function startMock(project: string): Promise<string> {
  const bin = join(project, "node_modules", "docs2sdk", "bin", "docs2sdk.mjs");
  const args = [bin, "mock", "--port", "0", "--secret-id", credentials.secretId, "--secret-key", credentials.secretKey];
  mock = spawn(process.execPath, args, { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    mock!.stdout!.on("data", (c: Buffer) => {
      out += c.toString("utf8");
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    mock!.stderr!.on("data", (c: Buffer) => (err += c.toString("utf8")));
    mock!.on("exit", (code) => reject(new Error(`docs2sdk mock exited ${code}:\n${out}\n${err}`)));
  });
}

describe("docs2sdk installed in another project", () => {
  it("generates packages under the project's scope from its config, and they call the mock", { timeout: 600_000 }, async () => {
    // 1. The tool, packed as npm would publish it.
    const toolDir = join(work, "tool");
    mkdirSync(toolDir);
    await npm(REPO_ROOT, "pack", "--pack-destination", toolDir);
    const [toolTarball] = readdirSync(toolDir);
    // Only what a user project needs: no bundled documents, specs or generated packages.
    const { stdout: listing } = await run("tar", ["-tzf", join(toolDir, toolTarball!)], { maxBuffer: 16 << 20 });
    const shipped = listing.split("\n").filter(Boolean);
    expect(shipped).toContain("package/bin/docs2sdk.mjs");
    expect(shipped).toContain("package/generator/config/schema.json");
    expect(shipped).toContain("package/spec/schema.json");
    // docs2sdk/testing as JavaScript and declarations, built at pack time.
    expect(shipped).toContain("package/dist/testing/index.js");
    expect(shipped).toContain("package/dist/testing/types/generator/testing/index.d.ts");
    expect(shipped.filter((f) => /^package\/(spec\/sources|generated|test)\//.test(f))).toEqual([]);

    // 2. A project that installs it and configures it.
    const project = join(work, "project");
    // The generated packages as workspaces, so a client finds @acme/runtime and the generated tests run.
    write(join(project, "package.json"), JSON.stringify({ name: "acme-sdk", private: true, type: "module", workspaces: ["packages/*"] }));
    mkdirSync(join(project, "api-docs"));
    copyFileSync(join(REPO_ROOT, "spec", "sources", DOCUMENT), join(project, "api-docs", DOCUMENT));
    write(join(project, "overrides", "runtime", "README.md.hbs"), "# {{name}} {{version}}\n\nAcme's runtime.\n");
    write(
      join(project, "docs2sdk.config.json"),
      JSON.stringify(
        {
          $schema: "./node_modules/docs2sdk/generator/config/schema.json",
          inputs: ["api-docs/*.txt"],
          specDir: "api/spec",
          outDir: "packages",
          emitters: ["runtime", "client", "docs", "fixtures"],
          templates: "overrides",
          packages: {
            scope: "@acme",
            names: { "aliyun-ecs": "@acme/ecs" },
            metadata: { license: "Apache-2.0", repository: { type: "git", url: "https://example.com/acme/sdk.git" }, publishConfig: { access: "restricted" } },
          },
        },
        null,
        2,
      ),
    );
    await npm(project, "install", "--save-dev", join(toolDir, toolTarball!), `vitest@${VITEST_VERSION}`);
    const { stdout: summary } = await run("npx", ["--no-install", "docs2sdk", "generate", "-q"], { cwd: project, maxBuffer: 64 << 20 }).catch((e: { stdout: string; stderr: string }) => {
      throw new Error(`docs2sdk generate failed:\n${e.stdout}\n${e.stderr}`);
    });
    expect(summary).toBe("");
    expect(existsSync(join(project, "api", "spec", "aliyun", "ecs", "2014-05-26.json"))).toBe(true);
    expect(readdirSync(join(project, "packages")).filter((f) => !f.startsWith(".")).sort()).toEqual(["README.md", "aliyun-ecs", "runtime"]);
    expect(readFileSync(join(project, "packages", "README.md"), "utf8")).toContain("`@acme/runtime`");
    const runtimeJson = JSON.parse(readFileSync(join(project, "packages", "runtime", "package.json"), "utf8"));
    const clientJson = JSON.parse(readFileSync(join(project, "packages", "aliyun-ecs", "package.json"), "utf8"));
    expect([runtimeJson.name, runtimeJson.license, runtimeJson.publishConfig]).toEqual(["@acme/runtime", "Apache-2.0", { access: "restricted" }]);
    expect([clientJson.name, clientJson.license, clientJson.repository.url, Object.keys(clientJson.dependencies)]).toEqual(["@acme/ecs", "Apache-2.0", "https://example.com/acme/sdk.git", ["@acme/runtime"]]);
    expect(readFileSync(join(project, "packages", "runtime", "README.md"), "utf8")).toBe(`# @acme/runtime ${runtimeJson.version}\n\nAcme's runtime.\n`);

    // The release step in the project: `docs2sdk version` records the first release and writes the
    // CHANGELOGs; afterwards the output is up to date.
    const { stdout: releasedNow } = await run("npx", ["--no-install", "docs2sdk", "version"], { cwd: project, maxBuffer: 64 << 20 });
    expect(releasedNow).toContain(`released @acme/ecs ${clientJson.version} (first release)`);
    expect(releasedNow).toContain(`released @acme/runtime ${runtimeJson.version} (first release)`);
    expect(readFileSync(join(project, "packages", "aliyun-ecs", "CHANGELOG.md"), "utf8")).toBe(`# Changelog\n\n## ${clientJson.version}\n\nFirst release.\n`);
    await run("npx", ["--no-install", "docs2sdk", "generate", "--check", "-q"], { cwd: project, maxBuffer: 64 << 20 });

    // 3. The generated tests run in the project: the mock and fixtures come from the installed docs2sdk/testing.
    const generatedTest = readFileSync(join(project, "packages", "aliyun-ecs", "test", "mock.test.ts"), "utf8");
    expect(generatedTest).toContain('from "docs2sdk/testing";');
    await npm(project, "install");
    const tests = await run("npx", ["--no-install", "vitest", "run"], { cwd: project, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1", CI: "1" } }).catch((e: { stdout: string; stderr: string }) => {
      throw new Error(`npx vitest run failed in the project:\n${e.stdout}\n${e.stderr}`);
    });
    const actions = (JSON.parse(readFileSync(join(project, "packages", "aliyun-ecs", "fixtures", "index.json"), "utf8")) as { actions: unknown[] }).actions.length;
    expect(tests.stdout).toMatch(new RegExp(`Tests\\s+${actions} passed \\(${actions}\\)`));

    // 4. A consumer that installs the two generated packages from their tarballs (and docs2sdk to test with).
    const tarballs = join(work, "tarballs");
    mkdirSync(tarballs);
    await npm(join(project, "packages", "runtime"), "pack", "--pack-destination", tarballs);
    await npm(join(project, "packages", "aliyun-ecs"), "pack", "--pack-destination", tarballs);
    const packed = readdirSync(tarballs).sort();
    expect(packed).toEqual([`acme-ecs-${clientJson.version}.tgz`, `acme-runtime-${runtimeJson.version}.tgz`]);
    const { stdout: clientListing } = await run("tar", ["-tzf", join(tarballs, packed[0]!)]);
    expect(clientListing.split("\n")).toContain("package/CHANGELOG.md");
    const app = join(work, "app");
    write(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await npm(app, "install", ...packed.map((t) => join(tarballs, t)), join(toolDir, toolTarball!));
    expect(readdirSync(join(app, "node_modules", "@acme", "ecs", "fixtures"))).toContain("DescribeRegions.json");

    // 5. The consumer's test against docs2sdk/testing: its own tsc accepts the entry (no TS5097), and
    // fixtureFetch answers the client from the fixtures shipped in the package.
    write(
      join(app, "check.ts"),
      [
        'import { createRequire } from "node:module";',
        'import { dirname } from "node:path";',
        'import { expectedCaseResult, fixtureFetch, loadFixtures } from "docs2sdk/testing";',
        'import { EcsClient } from "@acme/ecs";',
        "",
        'const packageDir = dirname(createRequire(import.meta.url).resolve("@acme/ecs/package.json"));',
        "const fixtures = loadFixtures(packageDir);",
        "const fetch = fixtureFetch(fixtures);",
        'const client = new EcsClient({ region: "cn-hangzhou", maxRetries: 0, credentials: { secretId: "AKIDconsumer", secretKey: "consumer-secret" }, fetch });',
        "const result = await client.describeRegions({});",
        'const expected = expectedCaseResult(fixtures.get("DescribeRegions"));',
        "if (JSON.stringify(result) !== JSON.stringify(expected)) throw new Error(`unexpected result ${JSON.stringify(result)}`);",
        'console.log(JSON.stringify({ calls: fetch.calls, regions: (result as { Regions?: { Region?: unknown[] } }).Regions?.Region?.length }));',
        "",
      ].join("\n"),
    );
    write(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: false, noEmit: true, types: ["node"] }, files: ["check.ts"] }));
    await npm(app, "install", "--save-dev", `@types/node@${TYPES_NODE_VERSION}`);
    const tsc = join(app, "node_modules", "typescript", "bin", "tsc");
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: app }).catch((e: { stdout: string; stderr: string }) => {
      throw new Error(`the consumer's tsc failed:\n${e.stdout}\n${e.stderr}`);
    });
    // Run through tsx, which docs2sdk brings along (Node 20 does not run .ts).
    const { stdout: checked } = await run(process.execPath, [join(app, "node_modules", "tsx", "dist", "cli.mjs"), "check.ts"], { cwd: app });
    expect(JSON.parse(checked)).toEqual({ calls: ["DescribeRegions"], regions: expect.any(Number) });
    // The package README's own example (fetch injection, no docs2sdk) runs as printed.
    const readme = readFileSync(join(app, "node_modules", "@acme", "ecs", "README.md"), "utf8");
    const example = /## Testing your code\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toMatch(/@acme\/ecs\/fixtures\/\w+\.json/);
    write(join(app, "readme-example.mjs"), example!);
    const { stdout: printed } = await run(process.execPath, ["readme-example.mjs"], { cwd: app });
    expect(printed).toContain("RequestId");

    // 6. One call through the installed client against the installed tool's mock.
    const url = await startMock(project);
    const script = `
      import { EcsClient } from "@acme/ecs";
      const client = new EcsClient({ endpoint: process.env.MOCK_URL, region: "cn-hangzhou", maxRetries: 0, credentials: JSON.parse(process.env.CREDS) });
      const out = await client.describeRegions({});
      console.log(JSON.stringify(out));
    `;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: app, env: { ...process.env, MOCK_URL: url, CREDS: JSON.stringify(credentials) } });
    const answer = JSON.parse(stdout) as { RequestId?: string; Regions?: { Region?: { RegionId: string }[] } };
    expect(answer.RequestId).toEqual(expect.any(String));
    expect(answer.Regions?.Region?.[0]?.RegionId).toEqual(expect.any(String));
    const log = (await (await fetch(`${url}/__mock/requests`)).json()) as { requests?: { action?: string }[] } | { action?: string }[];
    const entries = Array.isArray(log) ? log : (log.requests ?? []);
    expect(entries.map((r) => r.action)).toContain("DescribeRegions");
  });
});

// The other-repo acceptance test (issue 15 item 1): a fresh project installs the packed docs2sdk as
// a dev dependency, configures it with docs2sdk.config.json (one bundled document, its own scope,
// metadata, two emitters, a template override), runs `npx docs2sdk generate`, packs the runtime and
// client it generated, installs them into a second project, and calls an action against
// `docs2sdk mock` run from the installed tool. Slow (npm installs), well under 90 s.
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
  it("generates packages under the project's scope from its config, and they call the mock", { timeout: 180_000 }, async () => {
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
    expect(shipped.filter((f) => /^package\/(spec\/sources|generated|test)\//.test(f))).toEqual([]);

    // 2. A project that installs it and configures it.
    const project = join(work, "project");
    write(join(project, "package.json"), JSON.stringify({ name: "acme-sdk", private: true, type: "module" }));
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
          emitters: ["runtime", "client"],
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
    await npm(project, "install", "--save-dev", join(toolDir, toolTarball!));
    const { stdout: summary } = await run("npx", ["--no-install", "docs2sdk", "generate", "-q"], { cwd: project, maxBuffer: 64 << 20 }).catch((e: { stdout: string; stderr: string }) => {
      throw new Error(`docs2sdk generate failed:\n${e.stdout}\n${e.stderr}`);
    });
    expect(summary).toBe("");
    expect(existsSync(join(project, "api", "spec", "aliyun", "ecs", "2014-05-26.json"))).toBe(true);
    expect(readdirSync(join(project, "packages")).filter((f) => !f.startsWith(".")).sort()).toEqual(["aliyun-ecs", "runtime"]);
    const runtimeJson = JSON.parse(readFileSync(join(project, "packages", "runtime", "package.json"), "utf8"));
    const clientJson = JSON.parse(readFileSync(join(project, "packages", "aliyun-ecs", "package.json"), "utf8"));
    expect([runtimeJson.name, runtimeJson.license, runtimeJson.publishConfig]).toEqual(["@acme/runtime", "Apache-2.0", { access: "restricted" }]);
    expect([clientJson.name, clientJson.license, clientJson.repository.url, Object.keys(clientJson.dependencies)]).toEqual(["@acme/ecs", "Apache-2.0", "https://example.com/acme/sdk.git", ["@acme/runtime"]]);
    expect(readFileSync(join(project, "packages", "runtime", "README.md"), "utf8")).toBe(`# @acme/runtime ${runtimeJson.version}\n\nAcme's runtime.\n`);

    // 3. A consumer that installs the two generated packages from their tarballs.
    const tarballs = join(work, "tarballs");
    mkdirSync(tarballs);
    await npm(join(project, "packages", "runtime"), "pack", "--pack-destination", tarballs);
    await npm(join(project, "packages", "aliyun-ecs"), "pack", "--pack-destination", tarballs);
    const packed = readdirSync(tarballs).sort();
    expect(packed).toEqual([`acme-ecs-${clientJson.version}.tgz`, `acme-runtime-${runtimeJson.version}.tgz`]);
    const app = join(work, "app");
    write(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await npm(app, "install", ...packed.map((t) => join(tarballs, t)));

    // 4. One call through the installed client against the installed tool's mock.
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

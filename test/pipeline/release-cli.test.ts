// The release flow through the command line, with the real runtime and client emitters (issue 18
// acceptance): a project generates, releases with `docs2sdk version`, edits and reverts a document
// (no bump), removes a documented parameter and releases again (a CHANGELOG.md naming it as breaking),
// and `generate --check` passes after each step. Slow (compiles the runtime and a client): integration tier.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EXIT, main } from "../../generator/cli.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";

let stdout = "";
beforeEach(() => {
  stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const ECM = readFileSync(join(REPO_ROOT, "test/parse/fixtures/ecm-mini.txt"), "utf8");

describe("docs2sdk version from the command line", () => {
  it("releases pending bumps with CHANGELOGs; an edit that is reverted bumps nothing; --check passes after each step", { timeout: 300_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-release-cli-"));
    mkdirSync(join(root, "docs"));
    const doc = join(root, "docs/ecm.txt");
    writeFileSync(doc, ECM);
    writeFileSync(join(root, "docs2sdk.config.json"), JSON.stringify({ inputs: ["docs/*.txt"], emitters: ["runtime", "client"], packages: { scope: "@acme" } }));
    const run = async (...args: string[]) => {
      stdout = "";
      const code = await main([...args, "--root", root]);
      return { code, stdout };
    };
    const packageJson = (dir: string) => JSON.parse(readFileSync(join(root, "generated", dir, "package.json"), "utf8")) as { version: string; dependencies?: Record<string, string> };
    const changelog = (dir: string) => readFileSync(join(root, "generated", dir, "CHANGELOG.md"), "utf8");

    const first = await run("generate");
    expect(first.code).toBe(EXIT.ok);
    expect(first.stdout).toContain("unreleased: 2 packages changed since the last release (docs2sdk version releases them):");
    expect(first.stdout).toContain("    @acme/runtime 0.1.0 (first release)");
    expect(first.stdout).toContain("    @acme/tencentcloud-ecm 0.1.0 (first release)");

    expect((await run("version", "--dry-run")).stdout).toContain("would release @acme/tencentcloud-ecm 0.1.0 (first release)");
    const released = await run("version");
    expect(released.code).toBe(EXIT.ok);
    expect(released.stdout).toContain("released @acme/runtime 0.1.0 (first release)");
    expect(changelog("tencentcloud-ecm")).toBe("# Changelog\n\n## 0.1.0\n\nFirst release.\n");
    expect((await run("generate", "--check")).code).toBe(EXIT.ok);
    expect((await run("version")).stdout).toBe("nothing to release: every package is as it was released\n");

    // Edit, regenerate, revert, regenerate: the edit is pending, then nothing is, and no version moved.
    const versionsJson = readFileSync(join(root, "spec/versions.json"), "utf8");
    writeFileSync(doc, ECM.replace("ModuleId 是 String 模块ID", "ModuleId 是 String 模块的ID"));
    expect((await run("generate")).stdout).toContain("    @acme/tencentcloud-ecm 0.1.0 -> 0.1.1 (content changed, API unchanged)");
    writeFileSync(doc, ECM);
    const reverted = await run("generate");
    expect(reverted.stdout).not.toContain("unreleased");
    expect(readFileSync(join(root, "spec/versions.json"), "utf8")).toBe(versionsJson);
    expect(packageJson("tencentcloud-ecm").version).toBe("0.1.0");

    // A documented parameter removed: a breaking bump, and the CHANGELOG names the parameter, the document and its line.
    const line = ECM.split("\n").findIndex((l) => l.startsWith("DisableWanIp 是 Boolean")) + 1;
    writeFileSync(doc, ECM.replace(/^DisableWanIp 是 Boolean.*\n/m, "").replace("&DisableWanIp=true\n", ""));
    expect((await run("generate")).stdout).toContain("    @acme/tencentcloud-ecm 0.1.0 -> 0.2.0 (1 breaking API change)");
    expect((await run("version")).stdout).toContain("released @acme/tencentcloud-ecm 0.1.0 -> 0.2.0 (1 breaking API change)");
    expect(packageJson("tencentcloud-ecm").version).toBe("0.2.0");
    expect(changelog("tencentcloud-ecm")).toMatch(
      new RegExp(`^# Changelog\\n\\n## 0\\.2\\.0\\n\\n### Breaking changes\\n\\n- ModifyModuleDisableWanIp\\.input\\.DisableWanIp was removed \\(boolean → —\\) — docs/ecm\\.txt:${line}\\n\\n## 0\\.1\\.0\\n`),
    );
    expect(packageJson("runtime").version).toBe("0.1.0");
    expect((await run("generate", "--check")).code).toBe(EXIT.ok);

    // A template override changes the runtime: it is versioned by its content, and its dependents are
    // released with it (their dependency range moves), leaving nothing pending.
    mkdirSync(join(root, "overrides/runtime"), { recursive: true });
    const readme = readFileSync(join(REPO_ROOT, "templates/runtime/README.md.hbs"), "utf8");
    writeFileSync(join(root, "overrides/runtime/README.md.hbs"), `${readme}\nMaintained by Acme.\n`);
    writeFileSync(join(root, "docs2sdk.config.json"), JSON.stringify({ inputs: ["docs/*.txt"], emitters: ["runtime", "client"], templates: "overrides", packages: { scope: "@acme" } }));
    const runtimeMoved = await run("generate");
    expect(runtimeMoved.stdout).toContain("    @acme/runtime 0.1.0 -> 0.1.1 (content changed)");
    expect(runtimeMoved.stdout).toContain("    @acme/tencentcloud-ecm 0.2.0 -> 0.2.1 (content changed, API unchanged)");
    await run("version");
    expect([packageJson("runtime").version, packageJson("tencentcloud-ecm").version, packageJson("tencentcloud-ecm").dependencies]).toEqual(["0.1.1", "0.2.1", { "@acme/runtime": "^0.1.1" }]);
    expect(changelog("tencentcloud-ecm")).toMatch(/^# Changelog\n\n## 0\.2\.1\n\nDepends on `@acme\/runtime` \^0\.1\.1 \(was \^0\.1\.0\)\.\n\n## 0\.2\.0\n/);
    expect((await run("generate")).stdout).not.toContain("unreleased");
    expect((await run("generate", "--check")).code).toBe(EXIT.ok);
  });
});

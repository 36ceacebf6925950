// Versions move at release time (issue 18 item 3): generate only reports what is pending against the
// last release; `docs2sdk version` (release()) applies it, records it and writes the changelogs.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Emitter } from "../../generator/emit/emitter.ts";
import { packageDir } from "../../generator/emit/naming.ts";
import { diffSpecs } from "../../generator/diff/spec-diff.ts";
import { generate, loadSpecs, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { releasedApi, releasedService } from "../../generator/pipeline/released-api.ts";
import { release } from "../../generator/pipeline/release.ts";
import { listFiles } from "../../generator/pipeline/sync-tree.ts";

let banner = "v1";
/** A package per spec in its client directory: package.json with its version, and its API with descriptions. */
const apiEmitter: Emitter = {
  name: "api",
  perSpec: true,
  async emit({ specs }) {
    const out = new Map<string, string>();
    for (const { service, packageVersion } of specs) {
      const dir = packageDir(service);
      out.set(`${dir}/package.json`, JSON.stringify({ name: `@t/${dir}`, version: packageVersion ?? "none", files: ["api.txt"] }, null, 2) + "\n");
      const fields = service.actions.flatMap((a) => a.input.map((f) => `${a.name}.${f.name}: ${f.description}`));
      out.set(`${dir}/api.txt`, `${banner}\n${fields.join("\n")}\n`);
    }
    return out;
  },
};

const ECM = readFileSync(join(REPO_ROOT, "test/parse/fixtures/ecm-mini.txt"), "utf8");
const SPEC = "tencentcloud/ecm/2019-07-19.json";
const DIR = "tencentcloud-ecm";

function scratchRepo(): { root: string; doc: string } {
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-release-"));
  mkdirSync(join(root, "spec/sources"), { recursive: true });
  cpSync(join(REPO_ROOT, "spec/schema.json"), join(root, "spec/schema.json"));
  const doc = join(root, "spec/sources/ecm.txt");
  writeFileSync(doc, ECM);
  return { root, doc };
}

/** Every file below spec/ and generated/ (the documents aside), with its text. */
function tree(root: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(root)
      .filter((f) => (f.startsWith("spec/") || f.startsWith("generated/")) && !f.startsWith("spec/sources/"))
      .map((f) => [f, readFileSync(join(root, f), "utf8")]),
  );
}

const options = (root: string) => ({ root, cache: false, emitters: [apiEmitter] });
const versionOf = (root: string) => (JSON.parse(readFileSync(join(root, `generated/${DIR}/package.json`), "utf8")) as { version: string }).version;
const versions = (root: string) => JSON.parse(readFileSync(join(root, "spec/versions.json"), "utf8")) as Record<string, { version: string; contentHash: string } | string>;

describe("docs2sdk version", () => {
  it("first release: records the version and hash, writes the changelog; then nothing is pending and generate changes nothing", async () => {
    banner = "v1";
    const { root } = scratchRepo();
    const generated = await generate(options(root));
    expect(generated.pendingReleases.map((p) => [p.name, p.from, p.to, p.reason])).toEqual([[`@t/${DIR}`, "0.1.0", "0.1.0", "first"]]);
    expect(existsSync(join(root, "spec/versions.json"))).toBe(false);

    const released = await release(options(root));
    expect(released.released.map((p) => p.key)).toEqual([SPEC]);
    expect(versions(root)).toEqual({ [SPEC]: { version: "0.1.0", contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) } });
    expect(readFileSync(join(root, `generated/${DIR}/CHANGELOG.md`), "utf8")).toBe("# Changelog\n\n## 0.1.0\n\nFirst release.\n");
    expect(JSON.parse(readFileSync(join(root, `generated/${DIR}/package.json`), "utf8")).files).toEqual(["api.txt", "CHANGELOG.md"]);
    expect(released.regenerated?.pendingReleases).toEqual([]);

    const before = tree(root);
    const again = await generate(options(root));
    expect([again.spec.written, again.generated?.written, again.pendingReleases]).toEqual([[], [], []]);
    expect((await release(options(root))).released).toEqual([]);
    expect(tree(root)).toEqual(before);
  });

  it("edit a document, regenerate, revert it, regenerate: no version bump, byte-identical output", async () => {
    banner = "v1";
    const { root, doc } = scratchRepo();
    await release(options(root));
    const released = tree(root);

    // A description edit: the package's content moves, so a patch is pending (and shown), but not applied.
    writeFileSync(doc, ECM.replace("ModuleId 是 String 模块ID", "ModuleId 是 String 模块的ID"));
    const edited = await generate(options(root));
    expect(edited.pendingReleases.map((p) => [p.from, p.to, p.reason])).toEqual([["0.1.0", "0.1.1", "patch"]]);
    expect(versionOf(root)).toBe("0.1.0");
    expect(readFileSync(join(root, "spec/versions.json"), "utf8")).toBe(released["spec/versions.json"]);

    writeFileSync(doc, ECM);
    const reverted = await generate(options(root));
    expect(reverted.pendingReleases).toEqual([]);
    expect(tree(root)).toEqual(released);
  });

  it("after removing a documented parameter: the CHANGELOG names it as breaking, with the document and line it was at", async () => {
    banner = "v1";
    const { root, doc } = scratchRepo();
    await release(options(root));
    const line = ECM.split("\n").findIndex((l) => l.startsWith("DisableWanIp 是 Boolean")) + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(doc, ECM.replace(/^DisableWanIp 是 Boolean.*\n/m, "").replace("&DisableWanIp=true\n", ""));

    const pending = await generate(options(root));
    expect(pending.pendingReleases.map((p) => [p.from, p.to, p.reason, p.apiDiff?.breaking])).toEqual([["0.1.0", "0.2.0", "breaking", 1]]);
    expect(versionOf(root)).toBe("0.1.0");

    const result = await release(options(root));
    expect(result.released.map((p) => p.to)).toEqual(["0.2.0"]);
    expect(versionOf(root)).toBe("0.2.0");
    const changelog = readFileSync(join(root, `generated/${DIR}/CHANGELOG.md`), "utf8");
    expect(changelog).toBe(
      "# Changelog\n\n" +
        "## 0.2.0\n\n### Breaking changes\n\n" +
        `- ModifyModuleDisableWanIp.input.DisableWanIp was removed (boolean → —) — spec/sources/ecm.txt:${line}\n\n` +
        "## 0.1.0\n\nFirst release.\n",
    );
    // The record lives in spec/: generated/ is rebuilt from it byte for byte.
    expect(readFileSync(join(root, `spec/changelogs/${DIR}.md`), "utf8")).toBe(changelog);
    expect(Object.keys(JSON.parse(readFileSync(join(root, "spec/released-api.json"), "utf8")))).toEqual([SPEC]);
    expect((await generate(options(root))).pendingReleases).toEqual([]);
  });

  it("a version set by hand is the base: emitted as is, released without a bump, and the next bump starts from it", async () => {
    banner = "v1";
    const { root } = scratchRepo();
    await release(options(root));
    const hash = (versions(root)[SPEC] as { contentHash: string }).contentHash;

    // In the entry, hash kept: the content is the released one, so nothing is pending; 1.0.0 is emitted.
    writeFileSync(join(root, "spec/versions.json"), JSON.stringify({ [SPEC]: { version: "1.0.0", contentHash: hash } }));
    expect((await generate(options(root))).pendingReleases).toEqual([]);
    expect(versionOf(root)).toBe("1.0.0");
    // A template change (no API change) is then a patch from 1.0.0, not from 0.1.0.
    banner = "v2";
    const patched = await release(options(root));
    expect(patched.released.map((p) => [p.from, p.to])).toEqual([["1.0.0", "1.0.1"]]);
    expect(versionOf(root)).toBe("1.0.1");

    // As a plain string: released at that version, not bumped.
    writeFileSync(join(root, "spec/versions.json"), JSON.stringify({ [SPEC]: "2.0.0" }));
    const handSet = await release(options(root));
    expect(handSet.released.map((p) => [p.from, p.to, p.reason])).toEqual([["2.0.0", "2.0.0", "first"]]);
    expect(versions(root)[SPEC]).toEqual({ version: "2.0.0", contentHash: expect.any(String) });
    expect(versionOf(root)).toBe("2.0.0");
    expect((await generate(options(root))).pendingReleases).toEqual([]);
    banner = "v1";
  });

  it("--dry-run lists the releases and writes nothing", async () => {
    banner = "v1";
    const { root } = scratchRepo();
    await generate(options(root));
    const before = tree(root);
    const dry = await release({ ...options(root), dryRun: true });
    expect(dry.released.map((p) => p.to)).toEqual(["0.1.0"]);
    expect(tree(root)).toEqual(before);
  });
});

describe("spec/released-api.json", () => {
  it("keeps everything the API diff compares: each bundled spec against its released API has no change, and keeps its items' lines", () => {
    const specs = loadSpecs(REPO_ROOT);
    expect(specs.length).toBeGreaterThan(10);
    for (const { path, service } of specs) {
      const released = releasedService(JSON.parse(JSON.stringify(releasedApi(service))));
      expect(diffSpecs(released, service).changes, path).toEqual([]);
      expect(diffSpecs(service, released).changes, path).toEqual([]);
      expect(released.actions[0]!.source, path).toEqual(service.actions[0]!.source);
      // Prose and examples are not part of it.
      expect(JSON.stringify(released).length, path).toBeLessThan(JSON.stringify(service).length);
    }
  });
});

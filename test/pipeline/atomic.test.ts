// Regeneration is one commit: interrupted at any point, a rerun ends exactly where an uninterrupted
// run ends (issue 14 item 6), and generated/ loses only what docs2sdk emitted (issue 15 item 3).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emitter } from "../../generator/emit/emitter.ts";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { commitHooks, listFiles } from "../../generator/pipeline/sync-tree.ts";
import { toyDialect } from "./toy-dialect.ts";

function scratchRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-atomic-"));
  mkdirSync(join(root, "spec", "sources"), { recursive: true });
  cpSync(join(REPO_ROOT, "spec", "schema.json"), join(root, "spec", "schema.json"));
  return root;
}

/** One file per action (so removing an action deletes an emitted file) and the package version. */
const toyEmitter: Emitter = {
  name: "toy",
  perSpec: true,
  async emit({ specs }) {
    const out = new Map<string, string>();
    for (const { service, packageVersion } of specs) {
      out.set(`${service.service}/package.json`, JSON.stringify({ version: packageVersion ?? "none" }) + "\n");
      for (const a of service.actions) out.set(`${service.service}/actions/${a.name}.txt`, `${a.name}\n`);
    }
    return out;
  },
};

/** Every file below root but the cache, with its bytes. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).filter((f) => !f.startsWith(".cache/")).map((f) => [f, readFileSync(join(root, f), "utf8")]));
}

const V1 = "SERVICE toy\nACTION DescribeThings\nACTION DeleteThing\n";
const V2 = "SERVICE toy\nACTION DescribeThings\nACTION CreateThing\n"; // DeleteThing removed: breaking
const run = (root: string) => generate({ root, cache: false, dialects: [toyDialect], emitters: [toyEmitter] });

afterEach(() => {
  commitHooks.beforeStep = undefined;
});

describe("regeneration interrupted at any point", () => {
  it("a rerun gives byte-identical output to an uninterrupted run, and no temporary file left", async () => {
    const base = scratchRepo();
    writeFileSync(join(base, "spec/sources/toy.txt"), V1);
    await run(base);
    writeFileSync(join(base, "spec/sources/toy.txt"), V2);

    const reference = mkdtempSync(join(tmpdir(), "docs2sdk-atomic-ref-"));
    cpSync(base, reference, { recursive: true });
    let steps = 0;
    commitHooks.beforeStep = () => void steps++;
    await run(reference);
    commitHooks.beforeStep = undefined;
    const expected = snapshot(reference);
    // Versions move at release (docs2sdk version), not here: the package stays at its released version.
    expect(expected["spec/versions.json"]).toBeUndefined();
    expect(expected["generated/toy/package.json"]).toBe('{"version":"0.1.0"}\n');
    expect(expected["generated/toy/actions/DeleteThing.txt"]).toBeUndefined();
    // temporary files for spec file, report, source lines, 2 generated files and the manifest; the journal;
    // as many renames; one deletion; the journal's removal
    expect(steps).toBeGreaterThan(10);

    for (let crashAt = 0; crashAt < steps; crashAt++) {
      const root = mkdtempSync(join(tmpdir(), "docs2sdk-atomic-crash-"));
      cpSync(base, root, { recursive: true });
      commitHooks.beforeStep = (step, what) => {
        if (step === crashAt) throw new Error(`interrupted before ${what}`);
      };
      await expect(run(root)).rejects.toThrow(/interrupted before/);
      commitHooks.beforeStep = undefined;
      const rerun = await run(root);
      expect({ crashAt, tree: snapshot(root) }).toEqual({ crashAt, tree: expected });
      expect(rerun.errors).toBe(0);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("removes the temporary files a dead run recorded, and never a file that merely looks temporary", async () => {
    const root = scratchRepo();
    writeFileSync(join(root, "spec/sources/toy.txt"), V1);
    await run(root);
    const before = snapshot(root);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(join(root, `spec/versions.json.tmp-${dead}`), "{}");
    mkdirSync(join(root, "generated/toy/new"), { recursive: true });
    writeFileSync(join(root, `generated/toy/new/x.txt.tmp-${dead}`), "half");
    writeFileSync(join(root, `spec/.docs2sdk-run-${dead}.json`), JSON.stringify({ pid: dead, temps: [`versions.json.tmp-${dead}`, `../generated/toy/new/x.txt.tmp-${dead}`] }));
    // Not recorded by any run: the user's own files, whatever their names.
    writeFileSync(join(root, `generated/toy/notes.txt.tmp-${dead}`), "mine");
    writeFileSync(join(root, `generated/toy/y.txt.tmp-${process.ppid}`), "live");
    await run(root);
    const after = snapshot(root);
    expect(after).toEqual({ ...before, [`generated/toy/notes.txt.tmp-${dead}`]: "mine", [`generated/toy/y.txt.tmp-${process.ppid}`]: "live" });
    expect(existsSync(join(root, "generated/toy/new"))).toBe(false);
  });

  it("a planted journal pointing outside the project changes nothing outside it, and is left alone", async () => {
    const root = scratchRepo();
    writeFileSync(join(root, "spec/sources/toy.txt"), V1);
    await run(root);
    const outside = mkdtempSync(join(tmpdir(), "docs2sdk-outside-"));
    writeFileSync(join(outside, "victim.txt"), "keep me");
    writeFileSync(join(outside, "moved.txt.tmp-1"), "planted");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const relOutside = relative(join(root, "spec"), outside);
    const plant = (journal: object) => writeFileSync(join(root, `spec/.docs2sdk-journal-${dead}.json`), JSON.stringify({ pid: dead, ...journal }));
    for (const journal of [
      { renames: [], deletes: [[relOutside, "victim.txt"]] },
      { renames: [], deletes: [["../generated", "../../" + relOutside + "/victim.txt"]] },
      { renames: [[`${relOutside}/moved.txt.tmp-1`, `${relOutside}/victim.txt`]], deletes: [] },
      // Inside the project, but the source is not the temporary file of its target.
      { renames: [[`${relOutside}/moved.txt.tmp-1`, "versions.json"]], deletes: [] },
    ]) {
      plant(journal);
      const before = snapshot(root);
      const result = await run(root);
      expect(result.refusedJournals).toEqual([{ path: join(root, `spec/.docs2sdk-journal-${dead}.json`), reason: expect.any(String) }]);
      expect(readFileSync(join(outside, "victim.txt"), "utf8")).toBe("keep me");
      expect(readFileSync(join(outside, "moved.txt.tmp-1"), "utf8")).toBe("planted");
      expect(snapshot(root)).toEqual(before);
    }
  });

  it("the CLI killed (SIGKILL) between source-lines.json's rename and a spec file's: the rerun completes the run", async () => {
    const doc = readFileSync(join(REPO_ROOT, "test/parse/fixtures/ecm-mini.txt"), "utf8");
    // A type change, and the lines below it shift: both the spec file and source-lines.json are rewritten.
    const breaking = doc.replace("DisableWanIp 是 Boolean", "DisableWanIp 是 Integer").replace("3. 输出参数", "\n3. 输出参数");
    expect(breaking).not.toBe(doc);
    const cli = (root: string, env: Record<string, string> = {}) =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((done) => {
        const child = spawn(process.execPath, [join(REPO_ROOT, "bin/docs2sdk.mjs"), "generate", "--spec-only", "--no-cache", "--root", root, "-q"], {
          env: { ...process.env, NO_COLOR: "1", ...env },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.on("close", (code, signal) => done({ code, signal, stdout }));
      });
    const base = scratchRepo();
    writeFileSync(join(base, "spec/sources/ecm.txt"), doc);
    expect((await cli(base)).code).toBe(0);
    writeFileSync(join(base, "spec/sources/ecm.txt"), breaking);
    const reference = mkdtempSync(join(tmpdir(), "docs2sdk-atomic-ref-"));
    cpSync(base, reference, { recursive: true });
    expect((await cli(reference)).code).toBe(0);
    const expected = snapshot(reference);
    const specBefore = readFileSync(join(base, "spec/tencentcloud/ecm/2019-07-19.json"), "utf8");
    expect(expected["spec/source-lines.json"]).not.toBe(readFileSync(join(base, "spec/source-lines.json"), "utf8"));
    expect(expected["spec/tencentcloud/ecm/2019-07-19.json"]).not.toBe(specBefore);

    const root = mkdtempSync(join(tmpdir(), "docs2sdk-atomic-kill-"));
    cpSync(base, root, { recursive: true });
    const killed = await cli(root, { DOCS2SDK_TEST_KILL_BEFORE: "rename tencentcloud/ecm/2019-07-19.json" });
    expect(killed.signal).toBe("SIGKILL");
    expect(readFileSync(join(root, "spec/source-lines.json"), "utf8")).toBe(expected["spec/source-lines.json"]);
    expect(readFileSync(join(root, "spec/tencentcloud/ecm/2019-07-19.json"), "utf8")).toBe(specBefore);
    expect((await cli(root)).code).toBe(0);
    expect(snapshot(root)).toEqual(expected);
  }, 60_000);
});

describe("generated/ is synced by its manifest", () => {
  it("keeps tarballs and other files of the user's, --check passes, and deletes a file it emitted before and no longer emits", async () => {
    const root = scratchRepo();
    writeFileSync(join(root, "spec/sources/toy.txt"), V1);
    await run(root);
    writeFileSync(join(root, "generated/toy/docs2sdk-toy-0.1.0.tgz"), "tarball");
    writeFileSync(join(root, "generated/toy/NOTES.md"), "mine");
    const again = await run(root);
    expect(again.generated?.deleted).toEqual([]);
    const check = await generate({ root, cache: false, check: true, dialects: [toyDialect], emitters: [toyEmitter] });
    expect([...check.generated!.written, ...check.generated!.deleted]).toEqual([]);
    expect(readFileSync(join(root, "generated/toy/docs2sdk-toy-0.1.0.tgz"), "utf8")).toBe("tarball");

    writeFileSync(join(root, "spec/sources/toy.txt"), V2);
    const check2 = await generate({ root, cache: false, check: true, dialects: [toyDialect], emitters: [toyEmitter] });
    expect(check2.generated?.deleted).toEqual(["toy/actions/DeleteThing.txt"]);
    const changed = await run(root);
    expect(changed.generated?.deleted).toEqual(["toy/actions/DeleteThing.txt"]);
    expect(existsSync(join(root, "generated/toy/actions/DeleteThing.txt"))).toBe(false);
    expect(readFileSync(join(root, "generated/toy/NOTES.md"), "utf8")).toBe("mine");
    expect(existsSync(join(root, "generated/toy/docs2sdk-toy-0.1.0.tgz"))).toBe(true);
  });
});

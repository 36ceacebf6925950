import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, readFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Emitter } from "../../generator/emit/emitter.ts";
import { BuildCache, fingerprint, sha256 } from "../../generator/pipeline/cache.ts";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { listFiles } from "../../generator/pipeline/sync-tree.ts";
import { toyDialect } from "./toy-dialect.ts";

function scratchRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-cache-"));
  mkdirSync(join(root, "spec", "sources"), { recursive: true });
  cpSync(join(REPO_ROOT, "spec", "schema.json"), join(root, "spec", "schema.json"));
  writeFileSync(join(root, "spec/sources/a.txt"), "SERVICE alpha\nACTION One\n");
  writeFileSync(join(root, "spec/sources/b.txt"), "SERVICE beta\nACTION Two\n");
  return root;
}

const emitted: string[] = [];
const listEmitter: Emitter = {
  name: "list",
  perSpec: true,
  async emit({ specs }) {
    const out = new Map<string, string>();
    for (const { service } of specs) {
      emitted.push(service.service);
      out.set(`${service.service}/actions.txt`, service.actions.map((a) => a.name).join("\n") + "\n");
    }
    return out;
  },
};

describe("an emitter over all specs that reduces them (Emitter.reduce)", () => {
  it("is keyed by the reductions: a change outside them does not re-run it, a change inside does", async () => {
    const root = scratchRepo();
    const calls: string[][] = [];
    const index: Emitter = {
      name: "index",
      reduce: ({ path, service: { source: _source, ...service } }) => ({ path, service: { ...service, actions: service.actions.map((a) => ({ ...a, source: undefined })) } }),
      async emit({ specs }) {
        calls.push(specs.map((s) => s.service.actions.map((a) => a.name).join(",")));
        // What it is given is the reduction: no source lines.
        expect(specs.flatMap((s) => s.service.actions).every((a) => a.source === undefined)).toBe(true);
        return new Map([["index.txt", specs.map((s) => s.service.service).join("\n") + "\n"]]);
      },
    };
    const opts = { root, dialects: [toyDialect], emitters: [listEmitter, index] };
    await generate(opts);
    expect(calls).toEqual([["One", "Two"]]);
    // Every action of alpha moves down a line: its spec changes (source lines), its reduction does not.
    writeFileSync(join(root, "spec/sources/a.txt"), "SERVICE alpha\n\nACTION One\n");
    emitted.length = 0;
    await generate(opts);
    expect(emitted).toEqual(["alpha"]);
    expect(calls).toHaveLength(1);
    writeFileSync(join(root, "spec/sources/a.txt"), "SERVICE alpha\n\nACTION One\nACTION Three\n");
    await generate(opts);
    expect(calls).toEqual([["One", "Two"], ["One,Three", "Two"]]);
  });
});

describe("incremental generate", () => {
  it("a no-op run rewrites nothing and redoes no work; one changed document redoes only its own", async () => {
    const root = scratchRepo();
    const opts = { root, dialects: [toyDialect], emitters: [listEmitter] };
    const cold = await generate(opts);
    expect(cold.spec.written).toEqual(["report.json", "source-lines.json", "tencentcloud/alpha/2020-01-01.json", "tencentcloud/beta/2020-01-01.json"]);
    expect(cold.generated?.written).toEqual([".docs2sdk-manifest.json", "alpha/actions.txt", "beta/actions.txt"]);
    const mtime = statSync(join(root, "generated/alpha/actions.txt")).mtimeMs;

    emitted.length = 0;
    const warm = await generate(opts);
    expect(warm.spec.written).toEqual([]);
    expect(warm.generated?.written).toEqual([]);
    expect(warm.cache.misses).toBe(0);
    expect(emitted).toEqual([]);
    expect(statSync(join(root, "generated/alpha/actions.txt")).mtimeMs).toBe(mtime);

    writeFileSync(join(root, "spec/sources/b.txt"), "SERVICE beta\nACTION Two\nACTION Three\n");
    const changed = await generate(opts);
    expect(emitted).toEqual(["beta"]);
    expect(changed.generated?.written).toEqual(["beta/actions.txt"]);
    expect(readFileSync(join(root, "generated/beta/actions.txt"), "utf8")).toBe("Two\nThree\n");
    // beta gained an action: its spec file is rewritten, alpha's is not (versions move only at release).
    expect(changed.spec.written).toEqual(["source-lines.json", "tencentcloud/beta/2020-01-01.json"]);
  });

  it("a cached unit reads its files' bytes only when generated/ differs from them", async () => {
    const root = scratchRepo();
    const opts = { root, dialects: [toyDialect], emitters: [listEmitter] };
    await generate(opts);
    // generated/ matches every cached unit: their bytes are never needed, so losing them costs no re-emit.
    rmSync(join(root, ".cache/docs2sdk/emit-content"), { recursive: true });
    writeFileSync(join(root, "spec/sources/b.txt"), "SERVICE beta\nACTION Two\nACTION Three\n");
    emitted.length = 0;
    await generate(opts);
    expect(emitted).toEqual(["beta"]);
    // A hand-edited generated file is restored from the cached bytes, still without emitting.
    writeFileSync(join(root, "generated/beta/actions.txt"), "edited by hand\n");
    emitted.length = 0;
    const restored = await generate(opts);
    expect(emitted).toEqual([]);
    expect(restored.generated?.written).toEqual(["beta/actions.txt"]);
    expect(readFileSync(join(root, "generated/beta/actions.txt"), "utf8")).toBe("Two\nThree\n");
    // The same size and modification time: the run's output index (size, times, inode) still sees it.
    const file = join(root, "generated/beta/actions.txt");
    const { atime, mtime } = statSync(file);
    writeFileSync(file, "Two\nThreX\n");
    utimesSync(file, atime, mtime);
    const again = await generate(opts);
    expect(emitted).toEqual([]);
    expect(again.generated?.written).toEqual(["beta/actions.txt"]);
    expect(readFileSync(file, "utf8")).toBe("Two\nThree\n");
  });

  it("an emitter failing after others staged their files leaves generated/ as it was, with no temporary file", async () => {
    const root = scratchRepo();
    await generate({ root, dialects: [toyDialect], emitters: [listEmitter] });
    const before = readFileSync(join(root, "generated/alpha/actions.txt"), "utf8");
    writeFileSync(join(root, "spec/sources/a.txt"), "SERVICE alpha\nACTION One\nACTION Added\n");
    const failing: Emitter = { name: "failing", async emit() { throw new Error("emitter broke"); } };
    await expect(generate({ root, dialects: [toyDialect], emitters: [listEmitter, failing] })).rejects.toThrow(/emitter broke/);
    expect(readFileSync(join(root, "generated/alpha/actions.txt"), "utf8")).toBe(before);
    expect(listFiles(join(root, "generated")).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("check mode reports a hand-edited generated file and a stale spec file", async () => {
    const root = scratchRepo();
    await generate({ root, dialects: [toyDialect], emitters: [listEmitter] });
    writeFileSync(join(root, "generated/alpha/actions.txt"), "edited by hand\n");
    writeFileSync(join(root, "spec/sources/a.txt"), "SERVICE alpha\nACTION Renamed\n");
    const check = await generate({ root, dialects: [toyDialect], emitters: [listEmitter], check: true });
    expect(check.generated?.written).toEqual(["alpha/actions.txt"]);
    expect(check.spec.written).toContain("tencentcloud/alpha/2020-01-01.json");
    // check mode wrote nothing
    expect(readFileSync(join(root, "generated/alpha/actions.txt"), "utf8")).toBe("edited by hand\n");
  });

  it("a second document producing the same spec file is an error naming both", async () => {
    const root = scratchRepo();
    writeFileSync(join(root, "spec/sources/c.txt"), "SERVICE alpha\nACTION Other\n");
    const r = await generate({ root, dialects: [toyDialect], emitters: [], specOnly: true });
    const dup = r.documents.find((d) => d.file === "spec/sources/c.txt")!.diagnostics;
    expect(dup).toContainEqual(expect.objectContaining({ code: "spec.duplicate", message: expect.stringContaining("spec/sources/a.txt") }));
  });
});

describe("BuildCache", () => {
  it("treats a damaged entry as a miss and prunes entries a run did not use", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-bc-"));
    const c1 = new BuildCache(dir);
    c1.set("k", "a", { v: 1 });
    c1.set("k", "b", { v: 2 });
    writeFileSync(join(dir, "k/b.json"), "{broken");
    const c2 = new BuildCache(dir);
    expect(c2.get("k", "a")).toEqual({ v: 1 });
    expect(c2.get("k", "b")).toBeUndefined();
    c2.prune(["k"]);
    const c3 = new BuildCache(dir);
    expect(c3.get("k", "a")).toEqual({ v: 1 });
    expect(c3.hits).toBe(1);
  });

  it("fingerprints change with any byte of the code they cover", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-fp-"));
    mkdirSync(join(dir, "code"));
    writeFileSync(join(dir, "code/x.ts"), "a");
    const before = fingerprint(dir, ["code", "missing"]);
    writeFileSync(join(dir, "code/x.ts"), "b");
    expect(fingerprint(dir, ["code"])).not.toBe(before);
    expect(sha256("a", "b")).not.toBe(sha256("ab"));
  });
});

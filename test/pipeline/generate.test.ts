import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import type { Emitter } from "../../generator/emit/emitter.ts";
import { generate, loadSpecs, NoInputsError, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { toyDialect } from "./toy-dialect.ts";

/** One file per spec: its action names. */
const listEmitter: Emitter = {
  name: "list",
  perSpec: true,
  async emit({ specs }) {
    return new Map(specs.map(({ service }) => [`${service.service}.txt`, service.actions.map((a) => a.name).join(",") + "\n"]));
  },
};

/** Every file below the given directories of root (the documents in spec/sources/ aside), by path, with its text. */
function snapshot(root: string, dirs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of dirs) {
    for (const rel of readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).sort()) {
      const path = join(root, dir, rel);
      if (statSync(path).isFile() && !rel.startsWith(`sources${sep}`)) out[`${dir}/${rel.split(sep).join("/")}`] = readFileSync(path, "utf8");
    }
  }
  return out;
}

function scratchRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-gen-"));
  mkdirSync(join(root, "spec", "sources"), { recursive: true });
  cpSync(join(REPO_ROOT, "spec", "schema.json"), join(root, "spec", "schema.json"));
  return root;
}

describe("generate on bad input", () => {
  it("reports an empty and a binary document with file and line, and keeps existing spec files", async () => {
    const root = scratchRepo();
    const empty = join(root, "spec/sources/empty.txt");
    const binary = join(root, "spec/sources/binary.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x41, 0x0a, 0x42, 0x00, 0x43]));
    // A spec made earlier from the binary document must survive its failed re-parse.
    mkdirSync(join(root, "spec/tencentcloud/x"), { recursive: true });
    const earlier = JSON.stringify({ service: "x", actions: [], source: { file: "spec/sources/binary.txt" } });
    writeFileSync(join(root, "spec/tencentcloud/x/2020-01-01.json"), earlier);

    const result = await generate({ root, specOnly: true, keepGoing: true });
    const diags = result.documents.flatMap((d) => d.diagnostics);
    expect(diags).toContainEqual(expect.objectContaining({ file: "spec/sources/empty.txt", line: 1, code: "document.unreadable" }));
    expect(diags).toContainEqual(expect.objectContaining({ file: "spec/sources/binary.txt", line: 2, code: "document.unreadable" }));
    expect(result.documents.every((d) => d.failed)).toBe(true);
    expect(readFileSync(join(root, "spec/tencentcloud/x/2020-01-01.json"), "utf8")).toBe(earlier);
  });

  it("writes nothing when there are errors, with or without --strict", async () => {
    const root = scratchRepo();
    writeFileSync(join(root, "spec/sources/junk.txt"), "hello\nworld\n");
    for (const strict of [true, false]) {
      const result = await generate({ root, strict });
      expect(result.aborted).toBe(true);
      expect(existsSync(join(root, "spec/report.json"))).toBe(false);
    }
  });

  it("a document with an error diagnostic leaves the previous spec/ and generated/ byte-identical; --keep-going writes what parsed", async () => {
    const root = scratchRepo();
    const good = join(root, "spec/sources/good.txt");
    const doc = join(root, "spec/sources/toy.txt");
    writeFileSync(good, "SERVICE good\nACTION DescribeGood\n");
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\n");
    const run = (keepGoing = false) => generate({ root, cache: false, keepGoing, dialects: [toyDialect], emitters: [listEmitter] });
    expect((await run()).aborted).toBe(false);
    const before = snapshot(root, ["spec", "generated"]);
    expect(Object.keys(before)).toContain("generated/toy.txt");

    writeFileSync(good, "SERVICE good\nACTION DescribeGood\nACTION DeleteGood\n");
    writeFileSync(doc, "SERVICE toy\n"); // no ACTION line: toy.empty, an error
    const failed = await run();
    expect(failed.aborted).toBe(true);
    expect(failed.errors).toBeGreaterThan(0);
    expect(snapshot(root, ["spec", "generated"])).toEqual(before);

    const kept = await run(true);
    expect(kept.aborted).toBe(false);
    expect(kept.errors).toBeGreaterThan(0);
    // The sound document is written; the failed one keeps the files it produced before.
    expect(readFileSync(join(root, "generated/good.txt"), "utf8")).toBe("DescribeGood,DeleteGood\n");
    expect(readFileSync(join(root, "generated/toy.txt"), "utf8")).toBe(before["generated/toy.txt"]);
    expect(readFileSync(join(root, "spec/tencentcloud/toy/2020-01-01.json"), "utf8")).toBe(before["spec/tencentcloud/toy/2020-01-01.json"]);
  });

  it("no documents found is an error that says where it looked", async () => {
    const root = scratchRepo();
    await expect(generate({ root })).rejects.toThrow(NoInputsError);
    await expect(generate({ root })).rejects.toThrow(join(root, "spec", "sources"));
    await expect(generate({ root, inputs: [] })).rejects.toThrow("the inputs given name no document");
  });
});

describe("generate reports what changed in the API", () => {
  it("diffs each rewritten spec against the file it replaces: breaking changes counted, an unchanged API not listed", async () => {
    const root = scratchRepo();
    const doc = join(root, "spec/sources/toy.txt");
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\nACTION DeleteThing\n");
    const first = await generate({ root, specOnly: true, cache: false, dialects: [toyDialect] });
    expect(first.apiChanges).toEqual([]);

    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\nACTION CreateThing\n");
    const second = await generate({ root, specOnly: true, cache: false, dialects: [toyDialect] });
    expect(second.apiChanges).toHaveLength(1);
    const [diff] = second.apiChanges;
    expect(diff!.new).toBe("spec/tencentcloud/toy/2020-01-01.json");
    expect(diff!.breaking).toBe(1);
    expect(diff!.changes.map((c) => [c.kind, c.location, c.breaking])).toEqual([
      ["action.removed", "DeleteThing", true],
      ["action.added", "CreateThing", false],
    ]);
    // Each change names the document and line it comes from: the old line for a removal (read from spec/source-lines.json).
    expect(diff!.changes.map((c) => c.source)).toEqual([
      { file: "spec/sources/toy.txt", line: 3 },
      { file: "spec/sources/toy.txt", line: 3 },
    ]);

    // Only line numbers move: the spec file stays byte-identical; the lines move in spec/source-lines.json.
    const specText = readFileSync(join(root, "spec/tencentcloud/toy/2020-01-01.json"), "utf8");
    writeFileSync(doc, "SERVICE toy\n\nACTION DescribeThings\nACTION CreateThing\n");
    const third = await generate({ root, specOnly: true, cache: false, dialects: [toyDialect] });
    expect(third.spec.written).toEqual(["source-lines.json"]);
    expect(third.apiChanges).toEqual([]);
    expect(readFileSync(join(root, "spec/tencentcloud/toy/2020-01-01.json"), "utf8")).toBe(specText);
  });

  it("moves no version: spec/versions.json is the release record, read (a hand-written version is emitted) but never written", async () => {
    const root = scratchRepo();
    const doc = join(root, "spec/sources/toy.txt");
    const run = (check = false) => generate({ root, specOnly: true, cache: false, check, dialects: [toyDialect] });
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\nACTION DeleteThing\n");
    await run();
    expect(existsSync(join(root, "spec/versions.json"))).toBe(false);
    writeFileSync(join(root, "spec/versions.json"), JSON.stringify({ "tencentcloud/toy/2020-01-01.json": "1.2.0" }));
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\n");
    const breaking = await run();
    expect(breaking.apiChanges.map((d) => d.breaking)).toEqual([1]);
    expect(breaking.pendingReleases).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, "spec/versions.json"), "utf8"))).toEqual({ "tencentcloud/toy/2020-01-01.json": "1.2.0" });
    const again = await run(true);
    expect(again.spec.written).toEqual([]);
    expect(loadSpecs(root).map((s) => [s.path, s.packageVersion])).toEqual([["tencentcloud/toy/2020-01-01.json", "1.2.0"]]);
  });
});

describe("source lines live beside the spec, not in it", () => {
  it("spec files carry no line numbers; spec/source-lines.json has them by JSON path, and loadSpecs puts them back", async () => {
    const root = scratchRepo();
    writeFileSync(join(root, "spec/sources/toy.txt"), "SERVICE toy\n\nACTION DescribeThings\nACTION DeleteThing\n");
    await generate({ root, specOnly: true, cache: false, dialects: [toyDialect] });
    const text = readFileSync(join(root, "spec/tencentcloud/toy/2020-01-01.json"), "utf8");
    expect(text).not.toMatch(/"(line|startLine|endLine)"/);
    expect(JSON.parse(text).source).toEqual({ file: "spec/sources/toy.txt", dialect: "toy" });
    const lines = JSON.parse(readFileSync(join(root, "spec/source-lines.json"), "utf8"));
    expect(lines).toEqual({
      "tencentcloud/toy/2020-01-01.json": {
        "": { startLine: 1, endLine: 4 },
        "/actions/0": { file: "spec/sources/toy.txt", line: 3 },
        "/actions/1": { file: "spec/sources/toy.txt", line: 4 },
      },
    });
    const [loaded] = loadSpecs(root);
    expect(loaded!.service.source).toEqual({ file: "spec/sources/toy.txt", dialect: "toy", startLine: 1, endLine: 4 });
    expect(loaded!.service.actions.map((a) => [a.name, a.source?.line])).toEqual([["DescribeThings", 3], ["DeleteThing", 4]]);
  });
});

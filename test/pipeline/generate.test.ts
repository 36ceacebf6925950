import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, loadSpecs, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { toyDialect } from "./toy-dialect.ts";

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

    const result = await generate({ root, specOnly: true });
    const diags = result.documents.flatMap((d) => d.diagnostics);
    expect(diags).toContainEqual(expect.objectContaining({ file: "spec/sources/empty.txt", line: 1, code: "document.unreadable" }));
    expect(diags).toContainEqual(expect.objectContaining({ file: "spec/sources/binary.txt", line: 2, code: "document.unreadable" }));
    expect(result.documents.every((d) => d.failed)).toBe(true);
    expect(readFileSync(join(root, "spec/tencentcloud/x/2020-01-01.json"), "utf8")).toBe(earlier);
  });

  it("writes nothing under --strict when there are errors", async () => {
    const root = scratchRepo();
    writeFileSync(join(root, "spec/sources/junk.txt"), "hello\nworld\n");
    const result = await generate({ root, strict: true });
    expect(result.aborted).toBe(true);
    expect(existsSync(join(root, "spec/report.json"))).toBe(false);
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

    // Only line numbers move: the spec file changes, its API does not.
    writeFileSync(doc, "SERVICE toy\n\nACTION DescribeThings\nACTION CreateThing\n");
    const third = await generate({ root, specOnly: true, cache: false, dialects: [toyDialect] });
    expect(third.spec.written).toContain("tencentcloud/toy/2020-01-01.json");
    expect(third.apiChanges).toEqual([]);
  });

  it("versions each spec's package by its changes in spec/versions.json, and a run that changes nothing leaves it alone", async () => {
    const root = scratchRepo();
    const doc = join(root, "spec/sources/toy.txt");
    const versions = () => JSON.parse(readFileSync(join(root, "spec/versions.json"), "utf8")) as Record<string, string>;
    const run = (check = false) => generate({ root, specOnly: true, cache: false, check, dialects: [toyDialect] });
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\nACTION DeleteThing\n");
    await run();
    expect(versions()).toEqual({ "tencentcloud/toy/2020-01-01.json": "0.1.0" });
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\n");
    const breaking = await run();
    expect(versions()).toEqual({ "tencentcloud/toy/2020-01-01.json": "0.2.0" });
    expect(breaking.versionChanges).toEqual([{ path: "tencentcloud/toy/2020-01-01.json", from: "0.1.0", to: "0.2.0" }]);
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\nACTION CreateThing\n");
    await run();
    expect(versions()).toEqual({ "tencentcloud/toy/2020-01-01.json": "0.2.1" });
    const again = await run(true);
    expect(again.spec.written).toEqual([]);
    expect(again.versionChanges).toEqual([]);
    expect(loadSpecs(root).map((s) => [s.path, s.packageVersion])).toEqual([["tencentcloud/toy/2020-01-01.json", "0.2.1"]]);
  });
});

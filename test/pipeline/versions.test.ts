import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SpecDiff } from "../../generator/diff/spec-diff.ts";
import { bumpFor, bumpVersion, nextVersions, readVersionEntries, readVersions } from "../../generator/pipeline/versions.ts";

const diff = (breaking: number, changes: number): SpecDiff => ({
  old: "a",
  new: "b",
  breaking,
  changes: Array.from({ length: changes }, (_, i) => ({ kind: "action.added" as const, breaking: i < breaking, location: "X", message: "x" })),
});

describe("bumpVersion", () => {
  it.each([
    ["0.1.0", "breaking", "0.2.0"],
    ["0.1.3", "feature", "0.1.4"],
    ["0.1.3", "patch", "0.1.4"],
    ["1.4.2", "breaking", "2.0.0"],
    ["1.4.2", "feature", "1.5.0"],
    ["1.4.2", "patch", "1.4.3"],
  ] as const)("%s after a %s change is %s (below 1.0.0 every level moves down one place)", (from, bump, to) => {
    expect(bumpVersion(from, bump)).toBe(to);
  });

  it("refuses what is not major.minor.patch, naming the file", () => {
    expect(() => bumpVersion("1.0", "patch")).toThrow(/versions\.json: "1\.0" is not a version/);
  });
});

describe("nextVersions", () => {
  it("starts new specs at 0.1.0, bumps rewritten ones by their API diff, keeps the rest and drops the gone", () => {
    const previous = { "a/x/1.json": "0.3.0", "a/y/1.json": "1.0.0", "a/z/1.json": "0.1.0", "a/gone/1.json": "0.5.0" };
    const rewritten = new Map<string, SpecDiff | undefined>([
      ["a/x/1.json", diff(1, 2)],
      ["a/y/1.json", undefined],
    ]);
    const next = nextVersions({ previous, present: ["a/z/1.json", "a/y/1.json", "a/x/1.json", "a/new/1.json"], rewritten });
    expect(next).toEqual({ "a/new/1.json": "0.1.0", "a/x/1.json": "0.4.0", "a/y/1.json": "1.0.1", "a/z/1.json": "0.1.0" });
    expect(Object.keys(next)).toEqual(["a/new/1.json", "a/x/1.json", "a/y/1.json", "a/z/1.json"]);
    expect(bumpFor(diff(0, 3))).toBe("feature");
    expect(bumpFor(diff(0, 0))).toBe("patch");
  });

  it("reads spec/versions.json, {} when absent, and names the file when it is not an object of versions", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-versions-"));
    expect(readVersions(dir)).toEqual({});
    writeFileSync(join(dir, "versions.json"), '{"a/x/1.json": 3}');
    expect(() => readVersions(dir)).toThrow(/spec\/versions\.json: expected an object/);
    writeFileSync(join(dir, "versions.json"), '{"a/x/1.json": "0.1.0",');
    expect(() => readVersions(dir)).toThrow(/spec\/versions\.json: not JSON/);
  });

  it("reads entries with a package content hash next to plain versions", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-versions-"));
    const hashed = { version: "0.2.0", contentHash: "sha256:ab" };
    writeFileSync(join(dir, "versions.json"), JSON.stringify({ "a/x/1.json": hashed, "a/y/1.json": "0.1.0" }));
    expect(readVersions(dir)).toEqual({ "a/x/1.json": "0.2.0", "a/y/1.json": "0.1.0" });
    expect(readVersionEntries(dir)).toEqual({ "a/x/1.json": hashed, "a/y/1.json": "0.1.0" });
    writeFileSync(join(dir, "versions.json"), JSON.stringify({ "a/x/1.json": { version: "0.2.0" } }));
    expect(() => readVersions(dir)).toThrow(/expected an object of spec path -> version/);
  });

  it("with apiOnly, a rewrite that leaves the API alone keeps its version (the package hash decides later)", () => {
    const rewritten = new Map<string, SpecDiff | undefined>([["a/x/1.json", diff(0, 0)], ["a/y/1.json", diff(1, 1)]]);
    const previous = { "a/x/1.json": "0.3.0", "a/y/1.json": { version: "0.3.0", contentHash: "h" } };
    expect(nextVersions({ previous, present: ["a/x/1.json", "a/y/1.json"], rewritten }, true)).toEqual({ "a/x/1.json": "0.3.0", "a/y/1.json": "0.4.0" });
  });
});

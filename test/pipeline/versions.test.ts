import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SpecDiff } from "../../generator/diff/spec-diff.ts";
import { bumpFor, bumpVersion, pendingRelease, readVersionEntries, readVersions, releasedEntries, releasedVersion } from "../../generator/pipeline/versions.ts";

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

describe("pendingRelease", () => {
  const pkg = { key: "a/x/1.json", dir: "a-x", name: "@s/a-x" };
  const released = { version: "0.3.0", contentHash: "sha256:old" };

  it("nothing when the content is the released one; else the bump the API diff calls for, from the released version", () => {
    expect(pendingRelease(pkg, released, "sha256:old", () => diff(1, 1))).toBeUndefined();
    expect(pendingRelease(pkg, released, "sha256:new", () => diff(1, 2))).toMatchObject({ from: "0.3.0", to: "0.4.0", reason: "breaking", contentHash: "sha256:new" });
    expect(pendingRelease(pkg, released, "sha256:new", () => diff(0, 2))).toMatchObject({ from: "0.3.0", to: "0.3.1", reason: "feature" });
    expect(pendingRelease(pkg, { version: "1.4.2", contentHash: "h" }, "sha256:new", () => diff(0, 0))).toMatchObject({ from: "1.4.2", to: "1.4.3", reason: "patch" });
    // No released API recorded: the content moved, so at least a patch.
    expect(pendingRelease(pkg, released, "sha256:new", () => undefined)).toMatchObject({ to: "0.3.1", reason: "patch" });
    expect(bumpFor(diff(0, 3))).toBe("feature");
    expect(bumpFor(diff(0, 0))).toBe("patch");
  });

  it("a package never released is released at its version as it stands: 0.1.0, or one written by hand", () => {
    expect(pendingRelease(pkg, undefined, "sha256:new", () => diff(1, 1))).toMatchObject({ from: "0.1.0", to: "0.1.0", reason: "first" });
    expect(pendingRelease(pkg, "1.0.0", "sha256:new", () => diff(1, 1))).toMatchObject({ from: "1.0.0", to: "1.0.0", reason: "first" });
    expect(releasedVersion(undefined)).toBe("0.1.0");
    expect(releasedVersion("2.0.0")).toBe("2.0.0");
  });

  it("a release rewrites only the released packages' entries, keys sorted, hand-written entries untouched", () => {
    const previous = { "b/y/1.json": "1.0.0", "a/x/1.json": released, runtime: { version: "0.1.0", contentHash: "r" } };
    const pending = pendingRelease(pkg, released, "sha256:new", () => diff(1, 1))!;
    expect(releasedEntries(previous, [pending])).toEqual({ "a/x/1.json": { version: "0.4.0", contentHash: "sha256:new" }, "b/y/1.json": "1.0.0", runtime: { version: "0.1.0", contentHash: "r" } });
    expect(Object.keys(releasedEntries(previous, [pending]))).toEqual(["a/x/1.json", "b/y/1.json", "runtime"]);
  });
});

describe("spec/versions.json", () => {
  it("reads it, {} when absent, and names the file when it is not an object of versions", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-versions-"));
    expect(readVersions(dir)).toEqual({});
    writeFileSync(join(dir, "versions.json"), '{"a/x/1.json": 3}');
    expect(() => readVersions(dir)).toThrow(/spec\/versions\.json: expected an object/);
    writeFileSync(join(dir, "versions.json"), '{"a/x/1.json": "0.1.0",');
    expect(() => readVersions(dir)).toThrow(/spec\/versions\.json: not JSON/);
    writeFileSync(join(dir, "versions.json"), '{"a/x/1.json": "1.0"}');
    expect(() => readVersions(dir)).toThrow(/spec\/versions\.json: a\/x\/1\.json: "1\.0" is not a version/);
  });

  it("reads entries with a package content hash next to plain versions", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2sdk-versions-"));
    const hashed = { version: "0.2.0", contentHash: "sha256:ab" };
    writeFileSync(join(dir, "versions.json"), JSON.stringify({ "a/x/1.json": hashed, "a/y/1.json": "0.1.0" }));
    expect(readVersions(dir)).toEqual({ "a/x/1.json": "0.2.0", "a/y/1.json": "0.1.0" });
    expect(readVersionEntries(dir)).toEqual({ "a/x/1.json": hashed, "a/y/1.json": "0.1.0" });
    writeFileSync(join(dir, "versions.json"), JSON.stringify({ "a/x/1.json": { version: "0.2.0" } }));
    expect(() => readVersions(dir)).toThrow(/expected an object of package/);
  });
});

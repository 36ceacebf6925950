import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffPaths, diffSuperseded } from "../../generator/diff/load.ts";
import type { Service } from "../../generator/spec/types.ts";

const spec = (version: string, actions: string[], extra: Partial<Service> = {}): Service => ({
  provider: "tencentcloud", service: "demo", version, protocol: "tc3", endpoint: "demo", title: "Demo",
  actions: actions.map((name) => ({ name, title: name, description: "", input: [], output: [], errors: [], examples: [] })),
  types: [], errors: [], ...extra,
});

function writeSpec(root: string, s: Service): void {
  const dir = join(root, s.provider, s.service);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${s.version}.json`), JSON.stringify(s));
}

describe("diffPaths", () => {
  it("pairs two directories by provider/service/version and reports specs only on one side", () => {
    const a = mkdtempSync(join(tmpdir(), "diff-a-"));
    const b = mkdtempSync(join(tmpdir(), "diff-b-"));
    writeSpec(a, spec("2020-01-01", ["A", "B"]));
    writeSpec(b, spec("2020-01-01", ["A"]));
    writeSpec(b, spec("2021-01-01", ["Z"]));
    writeFileSync(join(a, "report.json"), "[]"); // non-spec JSON is ignored
    const diffs = diffPaths(a, b);
    expect(diffs.map((d) => [d.old, d.new, d.breaking])).toEqual([
      ["tencentcloud/demo/2020-01-01", "tencentcloud/demo/2020-01-01", 1],
      ["tencentcloud/demo/2021-01-01 (new)", "tencentcloud/demo/2021-01-01", 0],
    ]);
  });

  it("compares two files directly and refuses a non-spec file with its path", () => {
    const d = mkdtempSync(join(tmpdir(), "diff-f-"));
    writeFileSync(join(d, "old.json"), JSON.stringify(spec("2020-01-01", ["A"])));
    writeFileSync(join(d, "new.json"), JSON.stringify(spec("2020-01-01", ["A", "B"])));
    writeFileSync(join(d, "bad.json"), "{");
    expect(diffPaths(join(d, "old.json"), join(d, "new.json"))[0]!.changes).toEqual([expect.objectContaining({ kind: "action.added", location: "B" })]);
    expect(() => diffPaths(join(d, "bad.json"), join(d, "new.json"))).toThrow(/bad\.json: not a spec file/);
  });
});

describe("diffSuperseded", () => {
  it("compares each superseded spec with the spec that supersedes it", () => {
    const root = mkdtempSync(join(tmpdir(), "diff-s-"));
    writeSpec(root, spec("2020-01-01", ["A"]));
    writeSpec(root, spec("2020-01-01-legacy", ["A", "Old"], { supersededBy: "tencentcloud/demo/2020-01-01" }));
    const diffs = diffSuperseded(root);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]!.old).toBe("tencentcloud/demo/2020-01-01-legacy");
    expect(diffs[0]!.changes).toEqual([expect.objectContaining({ kind: "action.removed", location: "Old", breaking: true })]);
  });
});

// The two CVM documents in the bundle: the old '云服务器 API 2017' pages (a superseded spec) against
// the API 3.0 document. What changed between them is read from the committed spec files.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffSuperseded } from "../../generator/diff/load.ts";
import { renderMarkdown } from "../../generator/diff/render.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";

describe("diff of the two CVM documents", () => {
  const diffs = diffSuperseded(join(REPO_ROOT, "spec"));
  const cvm = diffs.find((d) => d.old === "tencentcloud/cvm/2017-03-12-legacy")!;

  it("pairs the superseded spec with the API 3.0 one", () => {
    expect(cvm.new).toBe("tencentcloud/cvm/2017-03-12");
  });

  it("lists breaking changes first", () => {
    expect(cvm.breaking).toBeGreaterThan(0);
    const firstSafe = cvm.changes.findIndex((c) => !c.breaking);
    expect(firstSafe).toBe(cvm.breaking);
    const md = renderMarkdown([cvm]);
    expect(md.indexOf("### Breaking changes")).toBeLessThan(md.indexOf("### Other changes"));
  });

  it("reports the EIP actions that only the old document has as removed, and new API 3.0 actions as added", () => {
    const removed = cvm.changes.filter((c) => c.kind === "action.removed").map((c) => c.location);
    // The notes: 8 EIP actions exist only in the old pages (AllocateAddresses, AssociateAddress, ...).
    expect(removed).toEqual(expect.arrayContaining(["AllocateAddresses", "AssociateAddress", "DescribeAddresses", "ReleaseAddresses"]));
    expect(cvm.changes.filter((c) => c.kind === "action.removed").every((c) => c.breaking)).toBe(true);
    const added = cvm.changes.filter((c) => c.kind === "action.added");
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((c) => !c.breaking)).toBe(true);
  });

  it("reports the move from the v2 endpoint with v1 signing to TC3 as a breaking protocol change", () => {
    expect(cvm.changes).toContainEqual(expect.objectContaining({ kind: "service.protocol", breaking: true, before: "tencent-v2", after: "tc3" }));
  });
});

// The README states what the bundled documents give; this keeps its coverage table true.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageTable } from "../generator/pipeline/coverage-table.ts";
import { REPO_ROOT, SPEC_REPORT } from "../generator/pipeline/generate.ts";

describe("README", () => {
  it("shows the coverage that spec/report.json records", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const block = readme.split("<!-- coverage:start -->\n")[1]?.split("\n<!-- coverage:end -->")[0];
    const report = JSON.parse(readFileSync(join(REPO_ROOT, "spec", SPEC_REPORT), "utf8"));
    expect(block).toBe(coverageTable(report));
  });
});

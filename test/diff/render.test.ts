// Spec diffs rendered for people (Markdown) and tools (JSON). The inputs are SpecDiff values shaped
// like what diffSpecs returns: breaking changes first, locations such as "RunInstances.input.Placement".
import { describe, expect, it } from "vitest";
import { renderChangelogEntry, renderJson, renderMarkdown } from "../../generator/diff/render.ts";
import type { Change, SpecDiff } from "../../generator/diff/spec-diff.ts";

const diff = (changes: Change[], names: Partial<Pick<SpecDiff, "old" | "new">> = {}): SpecDiff => ({
  old: names.old ?? "tencentcloud/cvm/2017-03-12-legacy",
  new: names.new ?? "tencentcloud/cvm/2017-03-12",
  changes,
  breaking: changes.filter((c) => c.breaking).length,
});

const protocol: Change = { kind: "service.protocol", breaking: true, location: "service", message: "the protocol changed", before: "tencent-v2", after: "tc3" };
const removed: Change = { kind: "action.removed", breaking: true, location: "AllocateAddresses", message: "action AllocateAddresses was removed" };
const added: Change = { kind: "action.added", breaking: false, location: "RunInstances", message: "action RunInstances was added" };
const typed: Change = {
  kind: "field.type", breaking: false, location: "DescribeInstances.output.TotalCount", message: "changed documented type (same caller type)", before: "integer", after: "float",
};

describe("renderMarkdown", () => {
  it("heads each diff with old → new and writes the counts line", () => {
    const md = renderMarkdown([diff([protocol, removed, added])]);
    expect(md.split("\n").slice(0, 4)).toEqual(["## tencentcloud/cvm/2017-03-12-legacy → tencentcloud/cvm/2017-03-12", "", "3 changes, 2 breaking.", ""]);
  });

  it("writes the breaking table, then the other changes, each row kind | where | before | after", () => {
    expect(renderMarkdown([diff([protocol, removed, added, typed])])).toBe(
      [
        "## tencentcloud/cvm/2017-03-12-legacy → tencentcloud/cvm/2017-03-12",
        "",
        "4 changes, 2 breaking.",
        "",
        "### Breaking changes",
        "",
        "| change | where | before | after |",
        "|---|---|---|---|",
        "| service.protocol | service | tencent-v2 | tc3 |",
        "| action.removed | AllocateAddresses |  |  |",
        "",
        "### Other changes",
        "",
        "| change | where | before | after |",
        "|---|---|---|---|",
        "| action.added | RunInstances |  |  |",
        "| field.type | DescribeInstances.output.TotalCount | integer | float |",
        "",
      ].join("\n"),
    );
  });

  it("puts breaking changes first even when the input lists them later", () => {
    const md = renderMarkdown([diff([added, removed])]);
    expect(md.indexOf("### Breaking changes")).toBeGreaterThan(0);
    expect(md.indexOf("### Breaking changes")).toBeLessThan(md.indexOf("### Other changes"));
    expect(md.indexOf("AllocateAddresses")).toBeLessThan(md.indexOf("RunInstances"));
  });

  it("leaves out a section with no rows", () => {
    const onlySafe = renderMarkdown([diff([added])]);
    expect(onlySafe).toContain("1 changes, 0 breaking.");
    expect(onlySafe).not.toContain("### Breaking changes");
    expect(onlySafe).toContain("### Other changes");
    const onlyBreaking = renderMarkdown([diff([removed])]);
    expect(onlyBreaking).toContain("### Breaking changes");
    expect(onlyBreaking).not.toContain("### Other changes");
  });

  it("says No changes. and writes no table for an empty diff", () => {
    expect(renderMarkdown([diff([], { old: "tce/vpc/v2", new: "tce/vpc/2017-03-12" })])).toBe(["## tce/vpc/v2 → tce/vpc/2017-03-12", "", "No changes.", ""].join("\n"));
  });

  it("renders several diffs one after the other", () => {
    const md = renderMarkdown([diff([], { old: "a/x/1", new: "a/x/2" }), diff([added], { old: "b/y/1", new: "b/y/2" })]);
    expect(md.split("\n").filter((l) => l.startsWith("## "))).toEqual(["## a/x/1 → a/x/2", "## b/y/1 → b/y/2"]);
    expect(md.indexOf("No changes.")).toBeLessThan(md.indexOf("## b/y/1"));
  });

  it("renders nothing for no diffs", () => {
    expect(renderMarkdown([])).toBe("");
  });

  it("escapes | so a cell cannot split the table", () => {
    const c: Change = { kind: "enum.value-added", breaking: false, location: "A|B", message: "", after: "x|y" };
    expect(renderMarkdown([diff([c])])).toContain("| enum.value-added | A\\|B |  | x\\|y |");
  });

  it("turns < and > into entities so a type like Array<Filter> is not read as HTML", () => {
    const c: Change = { kind: "field.type", breaking: true, location: "A.input.<Filters>", message: "", before: "Array<Filter>", after: "<b>Filter</b>" };
    expect(renderMarkdown([diff([c])])).toContain("| field.type | A.input.&lt;Filters&gt; | Array&lt;Filter&gt; | &lt;b&gt;Filter&lt;/b&gt; |");
  });

  it("doubles backslashes before escaping pipes, so a cell ending in \\ cannot escape the next |", () => {
    const c: Change = { kind: "enum.value-removed", breaking: false, location: "A.input.Path", message: "", before: "C:\\dir\\", after: "a\\|b" };
    expect(renderMarkdown([diff([c])])).toContain("| enum.value-removed | A.input.Path | C:\\\\dir\\\\ | a\\\\\\|b |");
  });

  it("folds newlines (LF and CRLF) in a cell into spaces", () => {
    const c: Change = { kind: "enum.value-added", breaking: false, location: "A.input.Mode", message: "", after: "first\nsecond\r\nthird" };
    const md = renderMarkdown([diff([c])]);
    expect(md).toContain("| enum.value-added | A.input.Mode |  | first second third |");
    expect(md).not.toContain("\r");
  });

  it("escapes the spec names in the heading too", () => {
    expect(renderMarkdown([diff([], { old: "a|b", new: "<new>" })])).toContain("## a\\|b → &lt;new&gt;");
  });

  it("does not show the message column", () => {
    expect(renderMarkdown([diff([removed])])).not.toContain("was removed");
  });
});

describe("renderJson", () => {
  it("writes the diffs as indented JSON ending in a newline, and reads back equal", () => {
    const diffs = [diff([protocol, added]), diff([], { old: "tce/vpc/v2", new: "tce/vpc/2017-03-12" })];
    const text = renderJson(diffs);
    expect(text.endsWith("}\n]\n")).toBe(true);
    expect(text).toContain('\n  {\n    "old": "tencentcloud/cvm/2017-03-12-legacy",\n');
    expect(JSON.parse(text)).toEqual(diffs);
  });

  it("keeps text as is, with no Markdown escaping", () => {
    const c: Change = { kind: "field.type", breaking: true, location: "A|B", message: "m", before: "Array<Filter>", after: "a\\b" };
    expect(JSON.parse(renderJson([diff([c])]))[0].changes[0]).toEqual(c);
  });

  it("writes an empty list for no diffs", () => {
    expect(renderJson([])).toBe("[]\n");
  });
});

describe("renderChangelogEntry", () => {
  it("lists breaking changes first, each with before -> after and the document and line it comes from", () => {
    const param: Change = { kind: "field.removed", breaking: true, location: "RunInstances.input.Zone", message: "RunInstances.input.Zone was removed", before: "string", source: { file: "docs/cvm.txt", line: 120 } };
    expect(renderChangelogEntry("0.3.0", diff([param, added, typed]))).toBe(
      [
        "## 0.3.0",
        "",
        "### Breaking changes",
        "",
        "- RunInstances.input.Zone was removed (string → —) — docs/cvm.txt:120",
        "",
        "### Other changes",
        "",
        "- action RunInstances was added",
        "- changed documented type (same caller type) (integer → float)",
        "",
      ].join("\n"),
    );
  });
  it("says so when only the package's content changed", () => {
    expect(renderChangelogEntry("1.0.1", diff([]))).toBe("## 1.0.1\n\nNo API changes (the package's content changed).\n");
  });
});

import { describe, expect, it } from "vitest";
import { placeholderStructs, referencedStructs } from "../../generator/parse/undefined-structs.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { Action, Struct } from "../../generator/spec/types.ts";

const action: Action = {
  name: "DescribeZones", title: "", description: "", errors: [], examples: [],
  input: [],
  output: [
    { name: "ZoneSet", type: { array: { ref: "Zone" } }, required: false, description: "" },
    { name: "Owner", type: { ref: "Owner" }, required: false, description: "" },
  ],
};
const owner: Struct = { name: "Owner", description: "", fields: [{ name: "Region", type: { ref: "Region" }, required: false, description: "" }] };

describe("placeholderStructs", () => {
  it("keeps each named-but-undefined structure without fields, ordered by first mention, with a warning", () => {
    const diag = new Diagnostics("doc.txt");
    const lines: Record<string, number> = { Zone: 20, Region: 10 };
    const added = placeholderStructs([action], [owner], "doc.txt", diag, (n) => lines[n]!);
    expect(added.map((s) => [s.name, s.fields, s.source])).toEqual([
      ["Region", [], { file: "doc.txt", line: 10 }],
      ["Zone", [], { file: "doc.txt", line: 20 }],
    ]);
    expect(diag.items.map((d) => [d.severity, d.code, d.line])).toEqual([["warning", "type.undefined", 10], ["warning", "type.undefined", 20]]);
  });

  it("adds nothing when every reference is defined", () => {
    const all = [owner, { name: "Zone", description: "", fields: [] }, { name: "Region", description: "", fields: [] }];
    expect(placeholderStructs([action], all, "d", new Diagnostics("d"), () => 1)).toEqual([]);
    expect([...referencedStructs([action], all)].sort()).toEqual(["Owner", "Region", "Zone"]);
  });
});

// Construct 7 (issue 20): structures only the examples show are rebuilt from them, with a diagnostic.
import { describe, expect, it } from "vitest";
import { structsFromExamples } from "../../generator/parse/example-structs.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { Action, Type } from "../../generator/spec/types.ts";

function action(type: Type, outputs: unknown[]): Action {
  return {
    name: "DescribeThings",
    title: "",
    description: "",
    input: [],
    output: [{ name: "Things", type, required: false, description: "" }],
    errors: [],
    examples: outputs.map((value, i) => ({ title: `e${i}`, input: {}, output: { Things: value } })),
  };
}

describe("structsFromExamples", () => {
  it.each([
    {
      given: "one object",
      type: { ref: "ThingType" },
      outputs: [{ ThingId: "t-1", Size: 20, Ready: true }],
      want: [["ThingId", "string"], ["Size", "integer"], ["Ready", "boolean"]],
    },
    {
      given: "a wrapped list of objects (members merged over items and examples)",
      type: { ref: "ThingType" },
      outputs: [{ Thing: [{ ThingId: "t-1" }, { ThingId: "t-2", Price: 1.5 }] }, { Thing: [{ Price: 2, Tags: ["a"] }] }],
      want: [["ThingId", "string"], ["Price", "float"], ["Tags", { array: "string" }]],
    },
    {
      given: "a list typed as an array of the structure",
      type: { array: { ref: "ThingType" } },
      outputs: [[{ ThingId: "t-1", Note: null }]],
      want: [["ThingId", "string"], ["Note", "string"]],
    },
    {
      given: "a wrapper around a list of scalars (the structure itself)",
      type: { ref: "ThingIdSet" },
      outputs: [{ ThingId: ["t-1", "t-2"] }],
      want: [["ThingId", { array: "string" }]],
    },
    { given: "no example", type: { ref: "ThingType" }, outputs: [], want: undefined },
    { given: "a scalar example", type: { ref: "ThingType" }, outputs: ["t-1"], want: undefined },
  ])("rebuilds from $given", ({ type, outputs, want }) => {
    const diag = new Diagnostics("given.txt");
    const rebuilt = structsFromExamples([action(type as Type, outputs)], [], "given.txt", diag, () => 12);
    expect(rebuilt[0]?.fields.map((f) => [f.name, f.type])).toEqual(want);
    expect(diag.items.map((d) => [d.code, d.line])).toEqual(want ? [["type.from-example", 12]] : []);
  });

  it("reads answers wrapped in the protocol's member (legacy CVM: RegionSet  array of Region objects, {\"Response\": {\"RegionSet\": [...]}}, 001:42042)", () => {
    const a = action({ array: { ref: "Region" } }, []);
    a.examples = [{ title: "e", input: {}, output: { Response: { Things: [{ Region: "ap-beijing", RegionState: "AVAILABLE" }], RequestId: "r" } } }];
    const wrapped = structsFromExamples([a], [], "given.txt", new Diagnostics("given.txt"), () => 1, "Response");
    expect(wrapped[0]?.fields.map((f) => [f.name, f.type])).toEqual([["Region", "string"], ["RegionState", "string"]]);
    expect(structsFromExamples([a], [], "given.txt", new Diagnostics("given.txt"), () => 1)).toEqual([]);
  });

  it("leaves a structure a table defines alone", () => {
    const diag = new Diagnostics("given.txt");
    const defined = [{ name: "ThingType", description: "", fields: [], usage: "output" as const }];
    expect(structsFromExamples([action({ ref: "ThingType" }, [{ ThingId: "t-1" }])], defined, "given.txt", diag, () => 1)).toEqual([]);
  });
});

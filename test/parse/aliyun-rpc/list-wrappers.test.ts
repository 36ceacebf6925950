import { describe, expect, it } from "vitest";
import { applyListWrappers } from "../../../generator/parse/aliyun-rpc/list-wrappers.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Action, Field, Struct } from "../../../generator/spec/types.ts";

const tagItem: Struct = { name: "TagSetItem", description: "", fields: [{ name: "TagKey", type: "string", required: false, description: "" }] };
const action = (output: Record<string, unknown>[]): Action => ({
  name: "DescribeTags", title: "", description: "", input: [], errors: [],
  output: [{ name: "Tags", type: { ref: "TagSetItem" }, required: false, description: "实际返回内容的结构体列表。", source: { file: "f", line: 7 } }],
  examples: output.map((o) => ({ title: "", input: {}, output: o })),
});

describe("applyListWrappers", () => {
  it("retypes a list field as the wrapper its example shows", () => {
    const a = action([{ Tags: { Tag: [{ TagKey: "k" }] } }]);
    const diag = new Diagnostics("f");
    const added = applyListWrappers([a], [tagItem], "f", diag);
    expect(a.output[0]!.type).toEqual({ ref: "DescribeTagsTags" });
    expect(added).toEqual([expect.objectContaining({ name: "DescribeTagsTags", fields: [expect.objectContaining({ name: "Tag", type: { array: { ref: "TagSetItem" } } })] })]);
    expect(diag.items).toEqual([expect.objectContaining({ code: "type.list-wrapper", line: 7 })]);
  });

  it("keeps the table's type when no example shows a wrapper, or examples disagree", () => {
    for (const outputs of [[], [{ Tags: { TagKey: "k" } }], [{ Tags: { Tag: [] } }, { Tags: { Other: [] } }]]) {
      const a = action(outputs);
      expect(applyListWrappers([a], [tagItem], "f", new Diagnostics("f"))).toEqual([]);
      expect(a.output[0]!.type).toEqual({ ref: "TagSetItem" });
    }
  });

  it("reads a field the table types as the bare list the same way (DetachInstanceRamRoleResults  Array, 004:1510, example 004:1548)", () => {
    const result: Struct = { name: "DetachInstanceRamRoleResult", description: "", fields: [{ name: "InstanceId", type: "string", required: false, description: "" }] };
    const cases: { given: Field["type"]; example: unknown; want: Field["type"]; item?: Field["type"] }[] = [
      { given: { array: { ref: "DetachInstanceRamRoleResult" } }, example: { DetachInstanceRamRoleResult: [{ InstanceId: "i-1" }] }, want: { ref: "DetachInstanceRamRoleDetachInstanceRamRoleResults" }, item: { array: { ref: "DetachInstanceRamRoleResult" } } },
      { given: { array: "string" }, example: { InstanceId: ["i-1", "i-2"] }, want: { ref: "DetachInstanceRamRoleDetachInstanceRamRoleResults" }, item: { array: "string" } },
      { given: { array: { ref: "DetachInstanceRamRoleResult" } }, example: [{ InstanceId: "i-1" }], want: { array: { ref: "DetachInstanceRamRoleResult" } } },
      { given: { array: { array: "string" } }, example: { X: [["a"]] }, want: { array: { array: "string" } } },
    ];
    for (const c of cases) {
      const a: Action = {
        name: "DetachInstanceRamRole", title: "", description: "", input: [], errors: [],
        output: [{ name: "DetachInstanceRamRoleResults", type: c.given, required: false, description: "" }],
        examples: [{ title: "", input: {}, output: { DetachInstanceRamRoleResults: c.example } }],
      };
      const added = applyListWrappers([a], [result], "f", new Diagnostics("f"));
      expect(a.output[0]!.type).toEqual(c.want);
      expect(added.map((s) => s.fields[0]!.type)).toEqual(c.item ? [c.item] : []);
    }
  });

  it("does not mistake the item structure's own array member for a wrapper", () => {
    const item: Struct = { name: "TagSetItem", description: "", fields: [{ name: "Tag", type: { array: "string" }, required: false, description: "" }] };
    const a = action([{ Tags: { Tag: ["x"] } }]);
    expect(applyListWrappers([a], [item], "f", new Diagnostics("f"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { applyExampleObjects } from "../../../generator/parse/tencent-v2/example-objects.ts";
import { foldFlattenedRows, type FlatRow } from "../../../generator/parse/tencent-v2/flatten.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Action, Type } from "../../../generator/spec/types.ts";

let line = 0;
const row = (name: string, typeWord: string): FlatRow => ({ name, typeWord, required: false, description: `${name} 说明`, line: ++line });
const scalarType = (w: string): Type => (/^int$/i.test(w) ? "integer" : "string");

/** An output table (flattened rows) and the response examples of one action, through the fold and the step. */
function given(rows: FlatRow[], outputs: Record<string, unknown>[]) {
  const diag = new Diagnostics("doc.txt");
  const fold = foldFlattenedRows([{ rows }], { file: "doc.txt", structPrefix: "XResponse", what: "X response", unknownItem: "object", scalarType }, diag);
  const action: Action = { name: "X", title: "", description: "", input: [], output: fold.fields, errors: [], examples: outputs.map((output) => ({ title: "", input: {}, output })) };
  const changed = applyExampleObjects(action, "response", fold.listedByWord, fold.structs, diag);
  const types = Object.fromEntries(action.output.map((f) => [f.name, f.type]));
  return { types, changed, fold, diag };
}

describe("applyExampleObjects: a V2 `Array` no path indexes, returned by the examples as one object", () => {
  const cases: { given: string; rows: FlatRow[]; outputs: Record<string, unknown>[]; want: Record<string, Type> }[] = [
    {
      given: "data⇥Array over data.eipSet (Array), data.eipSet.eipId; example data: {eipSet: [...]} (002:11827-11833, example 002:11864)",
      rows: [row("totalCount", "Int"), row("data", "Array"), row("data.eipSet", "Array"), row("data.eipSet.eipId", "String")],
      outputs: [{ totalCount: 1, data: { eipSet: [{ eipId: "eip-1" }] } }],
      want: { totalCount: "integer", data: { ref: "XResponseData" } },
    },
    {
      given: "data⇥Array over data.taskId; example data: {taskId: 1} (002:8922-8923)",
      rows: [row("data", "Array"), row("data.taskId", "Int")],
      outputs: [{ data: { taskId: 16284 } }],
      want: { data: { ref: "XResponseData" } },
    },
    {
      given: "an Array without members returned as an object (001:52814 unInstanceIds)",
      rows: [row("unInstanceIds", "Array")],
      outputs: [{ unInstanceIds: { "121": ["ins-1"] } }],
      want: { unInstanceIds: "object" },
    },
    {
      given: "the examples return a list: kept",
      rows: [row("data", "Array"), row("data.taskId", "Int")],
      outputs: [{ data: [{ taskId: 1 }] }],
      want: { data: { array: { ref: "XResponseData" } } },
    },
    {
      given: "one example a list, one an object: kept",
      rows: [row("data", "Array"), row("data.taskId", "Int")],
      outputs: [{ data: [{ taskId: 1 }] }, { data: { taskId: 1 } }],
      want: { data: { array: { ref: "XResponseData" } } },
    },
    {
      given: "no example shows it: kept",
      rows: [row("data", "Array"), row("data.taskId", "Int")],
      outputs: [{}],
      want: { data: { array: { ref: "XResponseData" } } },
    },
    {
      given: "an index says list (data.n.taskId): kept though the example shows an object",
      rows: [row("data", "Array"), row("data.n.taskId", "Int")],
      outputs: [{ data: { taskId: 1 } }],
      want: { data: { array: { ref: "XResponseData" } } },
    },
  ];
  for (const c of cases) {
    it(c.given, () => {
      expect(given(c.rows, c.outputs).types).toEqual(c.want);
    });
  }

  it("retypes nested fields too, describes the structure as the object, and reports each change at the row", () => {
    line = 100;
    const { fold, diag, changed } = given([row("data", "Array"), row("data.cvm", "Array"), row("data.cvm.price", "String")], [{ data: { cvm: { price: "0.28" } } }]);
    expect(changed).toBe(2);
    const data = fold.structs.find((s) => s.name === "XResponseData")!;
    expect(data.fields[0]!.type).toEqual({ ref: "XResponseDataCvm" });
    expect(data.description).toMatch(/^Members of data /);
    expect(diag.items.filter((d) => d.code === "type.example-object").map((d) => d.line).sort()).toEqual([101, 102]);
  });
});

describe("applyExampleObjects on the request side", () => {
  it("policys⇥Array over an unindexed member table, sent as policys.ipProtocol=tcp (002:12869, example 002:12908)", () => {
    const diag = new Diagnostics("doc.txt");
    const rows = [row("index", "Int"), row("policys", "Array"), row("policys.ipProtocol", "String"), row("policys.action", "String"), row("sgIds", "Array")];
    const fold = foldFlattenedRows([{ rows }], { file: "doc.txt", structPrefix: "X", what: "X request", unknownItem: "string", scalarType }, diag);
    const action: Action = {
      name: "X", title: "", description: "", input: fold.fields, output: [], errors: [],
      examples: [{ title: "", input: { index: 0, policys: { ipProtocol: "tcp", action: "ACCEPT" }, sgIds: "sg-1" }, output: {} }],
    };
    expect(applyExampleObjects(action, "request", fold.listedByWord, fold.structs, diag)).toBe(1);
    expect(action.input.map((f) => [f.name, f.type])).toEqual([
      ["index", "integer"],
      ["policys", { ref: "XPolicys" }],
      ["sgIds", { array: "string" }],
    ]);
    expect(diag.items.find((d) => d.code === "type.example-object")!.message).toMatch(/^X request: policys is typed Array/);
  });
});

import { describe, expect, it } from "vitest";
import { annotatePagination, MistypedPaging, paginationHint } from "../../generator/parse/pagination.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { Action, Field, Service, Struct } from "../../generator/spec/types.ts";

const f = (name: string, type: Field["type"]): Field => ({ name, type, required: false, description: "" });
const act = (name: string, input: Field[], output: Field[]): Action => ({ name, title: "", description: "", input, output, errors: [], examples: [] });
const none = new Map<string, Struct>();

describe("paginationHint", () => {
  it("Tencent API 3.0: Offset/Limit in, TotalCount and one list out", () => {
    const a = act("DescribeInstances", [f("Offset", "integer"), f("Limit", "integer"), f("Filters", { array: { ref: "Filter" } })], [
      f("TotalCount", "integer"), f("InstanceSet", { array: { ref: "Instance" } }), f("RequestId", "string"),
    ]);
    expect(paginationHint(a, none)).toEqual({ style: "offset", inputToken: "Offset", pageSize: "Limit", totalCount: "TotalCount", items: "InstanceSet" });
  });

  it("V2: lowerCamelCase offset/limit and totalCount", () => {
    const a = act("DescribeVpcEx", [f("offset", "integer"), f("limit", "integer")], [f("totalCount", "integer"), f("data", { array: { ref: "Vpc" } })]);
    expect(paginationHint(a, none)).toEqual({ style: "offset", inputToken: "offset", pageSize: "limit", totalCount: "totalCount", items: "data" });
  });

  it("Alibaba: PageNumber/PageSize and a list wrapped in an object", () => {
    const structs = new Map<string, Struct>([["Instances", { name: "Instances", description: "", fields: [f("Instance", { array: { ref: "InstanceAttributes" } })] }]]);
    const a = act("DescribeInstances", [f("PageNumber", "integer"), f("PageSize", "integer")], [f("TotalCount", "integer"), f("Instances", { ref: "Instances" })]);
    expect(paginationHint(a, structs)).toEqual({ style: "page", inputToken: "PageNumber", pageSize: "PageSize", totalCount: "TotalCount", items: "Instances.Instance" });
  });

  it("NextToken in and out makes a token paginator, with MaxResults as page size", () => {
    const a = act("ListThings", [f("NextToken", "string"), f("MaxResults", "integer")], [f("NextToken", "string"), f("Things", { array: "string" })]);
    expect(paginationHint(a, none)).toEqual({ style: "token", inputToken: "NextToken", pageSize: "MaxResults", outputToken: "NextToken", items: "Things" });
  });

  it("takes the one object of a response holding nothing but one array as its list (V2 data: {eipSet: [...]}, 002:11827; Alibaba InstanceTypeFamilies: {InstanceTypeFamily: [...]})", () => {
    const holder = (name: string, inner: string): Struct => ({ name, description: "", fields: [f(inner, { array: { ref: "Item" } })] });
    const paged = [f("offset", "integer"), f("limit", "integer")];
    const cases: { given: string; output: Field[]; structs: Struct[]; want: string }[] = [
      { given: "data holding eipSet", output: [f("totalCount", "integer"), f("data", { ref: "Data" })], structs: [holder("Data", "eipSet")], want: "data.eipSet" },
      { given: "a plural the item name does not prefix", output: [f("TotalCount", "integer"), f("InstanceTypeFamilies", { ref: "F" })], structs: [holder("F", "InstanceTypeFamily")], want: "InstanceTypeFamilies.InstanceTypeFamily" },
      { given: "two such objects: which one pages is not told", output: [f("totalCount", "integer"), f("a", { ref: "A" }), f("b", { ref: "B" })], structs: [holder("A", "x"), holder("B", "y")], want: "no list" },
      { given: "a named wrapper wins over another holder", output: [f("TotalCount", "integer"), f("Instances", { ref: "I" }), f("b", { ref: "B" })], structs: [holder("I", "Instance"), holder("B", "y")], want: "Instances.Instance" },
    ];
    for (const c of cases) {
      const hint = paginationHint(act("DescribeX", paged, c.output), new Map(c.structs.map((s) => [s.name, s])));
      expect(typeof hint === "object" && "items" in hint ? hint.items : String(hint), c.given).toMatch(c.want);
    }
  });

  it("does not take an item structure with an array member for a list wrapper", () => {
    const structs = new Map<string, Struct>([["TagSetItem", { name: "TagSetItem", description: "", fields: [f("TagKey", "string"), f("ResourceTypeCount", { array: "string" })] }]]);
    const a = act("DescribeTags", [f("PageNumber", "integer"), f("PageSize", "integer")], [f("TotalCount", "integer"), f("Tags", { ref: "TagSetItem" })]);
    expect(paginationHint(a, structs)).toMatch(/no list in the response/);
  });

  it("says why there is no hint", () => {
    expect(paginationHint(act("DescribeA", [], [f("Set", { array: "string" })]), none)).toMatch(/no paging parameters/);
    expect(paginationHint(act("DescribeB", [f("Offset", "integer"), f("Limit", "integer")], [f("TotalCount", "integer")]), none)).toMatch(/no list/);
    expect(paginationHint(act("DescribeC", [f("Offset", "integer"), f("Limit", "integer")], [f("TotalCount", "integer"), f("A", { array: "string" }), f("B", { array: "string" })]), none)).toMatch(/several lists in the response \(A, B\)/);
    expect(paginationHint(act("DescribeD", [f("Offset", "integer"), f("Limit", "integer")], [f("A", { array: "string" })]), none)).toMatch(/no total count/);
  });
});

describe("paginationHint: parameter types must fit the paginator", () => {
  const list = f("ItemSet", { array: "string" });
  const cases: { given: string; input: Field[]; output: Field[]; want: RegExp | "hint" }[] = [
    { given: "Offset/Limit integers", input: [f("Offset", "integer"), f("Limit", "integer")], output: [f("TotalCount", "integer"), list], want: "hint" },
    { given: "Limit String", input: [f("Offset", "integer"), f("Limit", "string")], output: [f("TotalCount", "integer"), list], want: /integer expected\): Limit is string$/ },
    { given: "Offset and Limit String", input: [f("Offset", "string"), f("Limit", "string")], output: [f("TotalCount", "integer"), list], want: /Offset is string, Limit is string/ },
    { given: "Offset Float", input: [f("Offset", "float"), f("Limit", "integer")], output: [f("TotalCount", "integer"), list], want: /Offset is float/ },
    { given: "TotalCount String", input: [f("Offset", "integer"), f("Limit", "integer")], output: [f("TotalCount", "string"), list], want: /TotalCount is string/ },
    { given: "PageNumber String", input: [f("PageNumber", "string"), f("PageSize", "integer")], output: [f("TotalCount", "integer"), list], want: /PageNumber is string/ },
    { given: "PageSize String", input: [f("PageNumber", "integer"), f("PageSize", "string")], output: [f("TotalCount", "integer"), list], want: /PageSize is string/ },
    { given: "NextToken integer in", input: [f("NextToken", "integer"), f("MaxResults", "integer")], output: [f("NextToken", "string"), list], want: /string expected\): NextToken is integer/ },
    { given: "MaxResults String", input: [f("NextToken", "string"), f("MaxResults", "string")], output: [f("NextToken", "string"), list], want: /MaxResults is string/ },
    { given: "token style, String page size absent", input: [f("NextToken", "string")], output: [f("NextToken", "string"), list], want: "hint" },
  ];
  it.each(cases)("$given", ({ input, output, want }) => {
    const hint = paginationHint(act("DescribeItems", input, output), none);
    if (want === "hint") {
      expect(typeof hint === "object" && !(hint instanceof MistypedPaging)).toBe(true);
    } else {
      expect(hint).toBeInstanceOf(MistypedPaging);
      expect((hint as MistypedPaging).reason).toMatch(want);
    }
  });

  it("annotatePagination reports a mistyped hint as a warning at the action's line and records no paginator", () => {
    const action = { ...act("DescribeVpcs", [f("Offset", "string"), f("Limit", "string")], [f("TotalCount", "integer"), f("VpcSet", { array: "string" })]), source: { file: "doc.txt", line: 42 } };
    action.pagination = { style: "offset", inputToken: "Offset", pageSize: "Limit", items: "VpcSet" };
    const service: Service = { provider: "tce", service: "vpc", version: "2017-03-12", protocol: "tc3", endpoint: "x", title: "x", types: [], errors: [], actions: [action] };
    const diagnostics = new Diagnostics("doc.txt");
    const summary = annotatePagination(service, diagnostics);
    expect(service.actions[0]!.pagination).toBeUndefined();
    expect(summary.hinted).toEqual([]);
    expect(summary.unhinted).toEqual([{ action: "DescribeVpcs", reason: expect.stringMatching(/Offset is string, Limit is string/) }]);
    expect(diagnostics.items).toEqual([
      { severity: "warning", code: "pagination.mistyped", file: "doc.txt", line: 42, message: expect.stringMatching(/^DescribeVpcs: no paginator, paging parameters are not of the types/) },
    ]);
  });
});

describe("annotatePagination", () => {
  it("records hints on actions and lists list-like actions without one", () => {
    const service: Service = {
      provider: "tencentcloud", service: "x", version: "2020-01-01", protocol: "tc3", endpoint: "x", title: "x", types: [], errors: [],
      actions: [
        act("DescribeA", [f("Offset", "integer"), f("Limit", "integer")], [f("TotalCount", "integer"), f("ASet", { array: "string" })]),
        act("DescribeB", [], [f("BSet", { array: "string" })]),
        act("CreateC", [], [f("Ids", { array: "string" })]),
        act("DescribeD", [f("Offset", "integer"), f("Limit", "integer")], [f("TotalCount", "integer")]),
      ],
    };
    const summary = annotatePagination(service);
    expect(service.actions[0]!.pagination?.items).toBe("ASet");
    expect(service.actions[1]!.pagination).toBeUndefined();
    expect(summary).toEqual({
      hinted: [{ action: "DescribeA", style: "offset", items: "ASet" }],
      unhinted: [
        { action: "DescribeB", reason: expect.stringMatching(/no paging parameters/) },
        { action: "DescribeD", reason: expect.stringMatching(/no list in the response/) },
      ],
    });
  });
});

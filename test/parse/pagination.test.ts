import { describe, expect, it } from "vitest";
import { annotatePagination, paginationHint } from "../../generator/parse/pagination.ts";
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

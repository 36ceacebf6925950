import { describe, expect, it } from "vitest";
import { actionFacts, exampleViews, groupByCategory, packageOf, referrers, serviceErrorRows, summary } from "../../../generator/emit/docs/model.ts";
import type { Service } from "../../../generator/spec/types.ts";

const service: Service = {
  provider: "tencentcloud", service: "demo", version: "2020-01-01", protocol: "tc3", endpoint: "demo.tencentcloudapi.com", title: "演示",
  commonParameters: [{ name: "Token", type: "string", required: false, description: "" }],
  actions: [
    {
      name: "RunThings", title: "", description: "", category: "b",
      input: [
        { name: "Limit", type: "integer", required: false, description: "" },
        { name: "Ratio", type: "float", required: false, description: "" },
        { name: "DryRun", type: "boolean", required: false, description: "" },
        { name: "Ids", type: { array: "string" }, required: false, description: "" },
        { name: "Counts", type: { array: "integer" }, required: false, description: "" },
        { name: "Spec", type: { ref: "Spec" }, required: false, description: "" },
        { name: "Name", type: "string", required: false, description: "" },
      ],
      output: [],
      errors: [],
      examples: [],
    },
    { name: "Other", title: "", description: "", category: "a", input: [], output: [{ name: "S", type: { array: { ref: "Spec" } }, required: false, description: "" }], errors: [], examples: [] },
    { name: "Third", title: "", description: "", category: "b", input: [], output: [], errors: [], examples: [] },
  ],
  types: [
    { name: "Spec", description: "", fields: [{ name: "Enabled", type: "boolean", required: false, description: "" }, { name: "Inner", type: { ref: "Inner" }, required: false, description: "" }] },
    { name: "Inner", description: "", fields: [{ name: "Size", type: "integer", required: false, description: "" }] },
  ],
  errors: [],
};

function codeFor(input: Record<string, unknown>, requestForm?: "get" | "post"): string {
  const action = { ...service.actions[0]!, examples: [{ title: "", input, output: {}, ...(requestForm ? { requestForm } : {}) }] };
  return exampleViews(service, action, packageOf(service))[0]!.code!;
}

describe("example input as the client takes it", () => {
  it("turns a GET query's strings into the declared numbers, booleans and arrays", () => {
    const code = codeFor({ Limit: "20", Ratio: "0.5", DryRun: "TRUE", Ids: "ins-1", Counts: ["1", "2"], Spec: { Enabled: "false", Inner: { Size: "3" } }, Name: "007" }, "get");
    expect(code).toContain('Limit: 20,\n  Ratio: 0.5,\n  DryRun: true,\n  Ids: ["ins-1"],\n  Counts: [1, 2],');
    expect(code).toContain("Enabled: false,");
    expect(code).toContain("Size: 3,");
    expect(code).toContain('Name: "007",');
  });

  it("leaves what does not fit the type as documented, and wraps single values only for GET", () => {
    const code = codeFor({ Limit: "twenty", Ids: "ins-1", DryRun: "yes", Unknown: "1" }, "post");
    expect(code).toContain('Limit: "twenty",\n  Ids: "ins-1",\n  DryRun: "yes",\n  Unknown: "1",');
    expect(codeFor({ Limit: "99999999999999999999" })).toContain('Limit: "99999999999999999999"');
  });

  it("moves Region to the client and drops protocol and common parameters the action does not declare", () => {
    const code = codeFor({ Action: "RunThings", Version: "2020-01-01", Region: "ap-beijing", Token: "t", Name: "x" });
    expect(code).toContain('new DemoClient({ region: "ap-beijing" })');
    expect(code).toContain('client.runThings({\n  Name: "x",\n})');
  });
});

describe("grouping and references", () => {
  it("groups actions by category in order of first appearance", () => {
    expect(groupByCategory(service.actions).map((g) => [g.category, g.items.map((a) => a.name)])).toEqual([
      ["b", ["RunThings", "Third"]],
      ["a", ["Other"]],
    ]);
  });

  it("lists for each structure the actions and structures that use it", () => {
    expect(Object.fromEntries(referrers(service))).toEqual({
      Spec: { actions: ["RunThings", "Other"], structs: [] },
      Inner: { actions: [], structs: ["Spec"] },
    });
  });

  it("summarises a description by its first line", () => {
    expect(summary("\n  first line \nsecond")).toBe("first line");
    expect(summary("x".repeat(200), 10)).toBe("xxxxxxxxx…");
  });
});

describe("action facts", () => {
  it("name the paginator and the paged list of a hinted action, and nothing of the kind otherwise", () => {
    const hinted = { ...service.actions[0]!, pagination: { style: "offset" as const, inputToken: "Offset", pageSize: "Limit", items: "Things" } };
    const facts = actionFacts(service, hinted, packageOf(service));
    expect(facts.filter((f) => f.label === "Paginator" || f.label === "Paged items").map((f) => f.value)).toEqual([
      "paginateRunThings(client, input, { pageSize?, maxPages? })",
      "Things",
    ]);
    expect(actionFacts(service, service.actions[0]!, packageOf(service)).map((f) => f.label)).not.toContain("Paginator");
  });
});

describe("serviceErrorRows", () => {
  it("keeps the business table out of the common error codes (CVM lists 390 business codes next to 38 common ones)", () => {
    const rows = serviceErrorRows([
      { code: "AuthFailure", description: "a", kind: "common" },
      { code: "InvalidZone.MismatchRegion", description: "b", kind: "business" },
      { code: "InternalError", description: "c" },
    ]);
    expect(rows.errors.map((e) => e.code)).toEqual(["AuthFailure", "InternalError"]);
    expect(rows.businessErrors.map((e) => e.code)).toEqual(["InvalidZone.MismatchRegion"]);
  });
});

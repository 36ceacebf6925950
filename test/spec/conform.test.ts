import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { conformExamples, conformExampleValue, conformFields, conformType, fieldsFromWireText, formatProblems, primitiveProblem } from "../../generator/spec/conform.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { Field, Service, Struct } from "../../generator/spec/types.ts";

const field = (name: string, type: Field["type"], extra: Partial<Field> = {}): Field => ({ name, type, required: false, description: "", ...extra });

const types: Struct[] = [
  { name: "Filter", description: "", fields: [field("Name", "string", { required: true }), field("Values", { array: "string" })] },
  // A structure that contains itself, as tree-shaped documents do.
  { name: "Node", description: "", fields: [field("Id", "integer"), field("Children", { array: { ref: "Node" } })] },
];

const request: Field[] = [
  field("Filters", { array: { ref: "Filter" } }),
  field("Limit", "integer"),
  field("InstanceIds", { array: "string" }, { required: true }),
  field("ChargeType", "string", { enum: [{ value: "PREPAID" }, { value: "POSTPAID_BY_HOUR" }], enumClosed: true }),
  field("Note", "string", { enum: [{ value: "a" }] }),
  field("DryRun", "boolean"),
  field("Ratio", "float"),
  field("Extra", "object"),
  field("Tree", { ref: "Node" }),
];

describe("conformFields", () => {
  it("accepts a value that matches its fields, and an open enum with other values", () => {
    const value = {
      InstanceIds: ["ins-1"],
      Filters: [{ Name: "zone", Values: ["ap-guangzhou-1"] }],
      Limit: 10,
      ChargeType: "PREPAID",
      Note: "anything",
      DryRun: false,
      Ratio: 0.5,
      Extra: { free: ["form"] },
      Tree: { Id: 1, Children: [{ Id: 2, Children: [] }] },
    };
    expect(conformFields(value, request, { types })).toEqual([]);
  });

  it("names the path of each unknown, missing, mistyped or out-of-enum value", () => {
    const value = { Filters: [{ Values: ["x", 3] }], Limit: "10", ChargeType: "SPOT", Bogus: 1, Tree: { Children: [{ Id: 1.5 }] } };
    const problems = conformFields(value, request, { types });
    expect(problems.map((p) => [p.kind, p.path])).toEqual([
      ["type", "Filters[0].Values[1]"],
      ["missing", "Filters[0].Name"],
      ["type", "Limit"],
      ["enum", "ChargeType"],
      ["unknown", "Bogus"],
      ["type", "Tree.Children[0].Id"],
      ["missing", "InstanceIds"],
    ]);
    expect(problems.find((p) => p.path === "ChargeType")!.message).toContain("PREPAID, POSTPAID_BY_HOUR");
  });

  it("accepts values spelled as text only when they came over a text wire", () => {
    const wire = { InstanceIds: ["ins-1"], Limit: "10", DryRun: "true", Ratio: "1.5e2" };
    expect(conformFields(wire, request, { types, stringly: true })).toEqual([]);
    expect(conformFields(wire, request, { types }).map((p) => p.path)).toEqual(["Limit", "DryRun", "Ratio"]);
    expect(conformFields({ InstanceIds: ["a"], Limit: "ten" }, request, { types, stringly: true }).map((p) => p.path)).toEqual(["Limit"]);
  });

  it("rejects null unless the field is nullable, and can treat null as absent", () => {
    const fields = [field("A", "string", { required: true }), field("B", "string", { nullable: true })];
    expect(conformFields({ A: null, B: null }, fields, { types }).map((p) => p.kind)).toEqual(["null"]);
    expect(conformFields({ A: null }, fields, { types, nullIsAbsent: true }).map((p) => p.kind)).toEqual(["missing"]);
    expect(conformFields({ A: null }, fields, { types, anyNull: true })).toEqual([]);
  });

  it("does not enforce a closed enumeration whose values are not of the field's type (the type wins)", () => {
    const fields = [field("Size", "integer", { enum: [{ value: "cloud" }, { value: "cloud_ssd" }], enumClosed: true })];
    expect(conformFields({ Size: 40 }, fields, { types })).toEqual([]);
    expect(conformFields({ Size: "cloud" }, fields, { types }).map((p) => p.kind)).toEqual(["type"]);
    const flags = [field("On", "boolean", { enum: [{ value: "TRUE" }, { value: "FALSE" }], enumClosed: true })];
    expect(conformFields({ On: true }, flags, { types })).toEqual([]);
  });

  it("skips required and unknown checks when asked (responses)", () => {
    expect(conformFields({ Bogus: 1 }, request, { types, required: false, unknown: false })).toEqual([]);
  });

  it("reports a non-object where fields are expected", () => {
    expect(conformFields([], request, { types })).toEqual([{ path: "", kind: "type", message: "expected an object, got an array" }]);
  });

  it("terminates on any JSON value, however deep or self-similar", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const problems = conformType(value, { ref: "Node" }, { types });
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("primitiveProblem", () => {
  it("applies the documented rules per type", () => {
    expect(primitiveProblem(3, "integer")).toBeUndefined();
    expect(primitiveProblem(3.5, "integer")).toMatch(/integer/);
    expect(primitiveProblem(Number.NaN, "float")).toMatch(/number/);
    expect(primitiveProblem(1700000000, "timestamp")).toBeUndefined();
    expect(primitiveProblem("2020-01-01 00:00:00", "timestamp")).toBeUndefined();
    expect(primitiveProblem(5, "string")).toMatch(/string/);
    expect(primitiveProblem(5, "string", true)).toMatch(/string/);
    expect(primitiveProblem({ a: 1 }, "object")).toBeUndefined();
    expect(primitiveProblem("yes", "boolean", true)).toMatch(/boolean/);
  });
});

describe("fieldsFromWireText", () => {
  it("turns text spellings into typed values, member by member, and leaves the rest alone", () => {
    const map = new Map(types.map((t) => [t.name, t]));
    const wire = { Limit: "10", DryRun: "false", Ratio: "0.25", Filters: [{ Name: "1", Values: ["2"] }], Bogus: "3", Tree: { Id: "7" } };
    expect(fieldsFromWireText(wire, request, map)).toEqual({
      Limit: 10,
      DryRun: false,
      Ratio: 0.25,
      Filters: [{ Name: "1", Values: ["2"] }],
      Bogus: "3",
      Tree: { Id: 7 },
    });
    // Too large for a double: kept as text rather than silently rounded.
    expect(fieldsFromWireText({ Limit: "123456789012345678901" }, request, map)).toEqual({ Limit: "123456789012345678901" });
  });
});

describe("formatProblems", () => {
  it("joins messages and says how many more there are", () => {
    const problems = conformFields({ a: 1, b: 2, c: 3 }, [], { types });
    expect(formatProblems(problems, 2)).toBe("a is not documented; b is not documented; and 1 more");
  });
});

describe("conformExampleValue / conformExamples: examples say what their tables say", () => {
  const disk: Struct = { name: "SystemDisk", description: "", fields: [field("DiskSize", "integer"), field("DiskType", "string")] };
  const input: Field[] = [
    field("SystemDisk", { ref: "SystemDisk" }),
    field("Enabled", "boolean"),
    field("Count", "integer"),
    field("Ratio", "float"),
    field("Name", "string"),
    field("Ids", { array: "integer" }),
  ];

  it("converts numeric and boolean text to the declared types, keeps a string field's digits, and counts each conversion", () => {
    const r = conformExampleValue(
      { SystemDisk: { DiskSize: "50", DiskType: "CLOUD_PREMIUM" }, Enabled: "TRUE", Count: "1", Ratio: "0.5", Name: "007", Ids: ["1", "2"] },
      input,
      { types: [disk] },
    );
    expect(r.value).toEqual({ SystemDisk: { DiskSize: 50, DiskType: "CLOUD_PREMIUM" }, Enabled: true, Count: 1, Ratio: 0.5, Name: "007", Ids: [1, 2] });
    expect(r.converted).toBe(6);
    expect(r.problems).toEqual([]);
  });

  it("turns a number where the table says String into its text, and leaves what would lose information", () => {
    const r = conformExampleValue({ Name: 5, Count: "12345678901234567890", Enabled: "yes", Ratio: "abc" }, input, { types: [disk] });
    expect(r.value).toEqual({ Name: "5", Count: "12345678901234567890", Enabled: "yes", Ratio: "abc" });
    expect(r.converted).toBe(1);
    expect(r.problems.map((p) => p.path)).toEqual(["Count", "Enabled", "Ratio"]);
  });

  const service = (): Service => ({
    provider: "tce",
    service: "demo",
    version: "v2",
    protocol: "tencent-v2",
    title: "",
    endpoint: "demo.api.example.com",
    types: [disk],
    actions: [
      {
        name: "CreateVpc",
        title: "",
        description: "",
        input: input,
        output: [field("code", "integer"), field("vpcId", "string")],
        errors: [],
        examples: [{ title: "CreateVpc 示例", input: { Count: "2", Region: "gz", Bogus: "x" }, output: { code: "0", message: "", vpcId: "vpc-1", uniqVpcId: "vpc-2" }, source: { file: "d.txt", line: 42 } }],
      },
    ],
  }) as unknown as Service;

  it("converts a spec's examples in place and reports what still contradicts the table, naming the action and the field at the example's line", () => {
    const s = service();
    const diagnostics = new Diagnostics("d.txt");
    expect(conformExamples(s, diagnostics)).toEqual({ converted: 2, reported: 2 });
    expect(s.actions[0]!.examples[0]!.input).toEqual({ Count: 2, Region: "gz", Bogus: "x" });
    expect(s.actions[0]!.examples[0]!.output).toEqual({ code: 0, message: "", vpcId: "vpc-1", uniqVpcId: "vpc-2" });
    // Region is a protocol parameter: not the action's own, not reported.
    expect(diagnostics.items.map((d) => [d.code, d.line, d.message])).toEqual([
      ["example.conform", 42, 'CreateVpc example "CreateVpc 示例": the request contradicts its table: Bogus is not documented'],
      ["example.conform", 42, 'CreateVpc example "CreateVpc 示例": the response contradicts its table: uniqVpcId is not documented'],
    ]);
  });

  it("checks an API 3.0-shaped example inside its Response wrapper", () => {
    const s = service();
    s.actions[0]!.examples[0]!.input = {};
    s.actions[0]!.examples[0]!.output = { Response: { code: "3", RequestId: "r" } };
    const diagnostics = new Diagnostics("d.txt");
    expect(conformExamples(s, diagnostics)).toEqual({ converted: 1, reported: 0 });
    expect(s.actions[0]!.examples[0]!.output).toEqual({ Response: { code: 3, RequestId: "r" } });
  });
});

describe("a structure the document names but never defines", () => {
  it("accepts any object for it (no members to check), as for a dangling reference", () => {
    const placeholder: Struct = { name: "LinkType", description: "", fields: [] };
    const fields: Field[] = [field("Links", { array: { ref: "LinkType" } })];
    expect(conformFields({ Links: [{ LinkId: "l-1", Size: 5 }] }, fields, { types: [placeholder] })).toEqual([]);
    expect(conformFields({ Links: ["l-1"] }, fields, { types: [placeholder] }).map((p) => p.path)).toEqual(["Links[0]"]);
  });
});

import { describe, expect, it } from "vitest";
import { diffSpecs, structDirections, type Change } from "../../generator/diff/spec-diff.ts";
import { renderJson, renderMarkdown } from "../../generator/diff/render.ts";
import type { Action, Field, Service } from "../../generator/spec/types.ts";

const f = (name: string, type: Field["type"], required = false, extra: Partial<Field> = {}): Field => ({ name, type, required, description: "", ...extra });
const action = (name: string, input: Field[] = [], output: Field[] = [f("RequestId", "string")], errors: string[] = []): Action => ({
  name, title: name, description: "", input, output, errors: errors.map((code) => ({ code, description: "" })), examples: [],
});
const service = (actions: Action[], types: Service["types"] = []): Service => ({
  provider: "tencentcloud", service: "demo", version: "2020-01-01", protocol: "tc3", endpoint: "demo.tencentcloudapi.com", title: "Demo", actions, types, errors: [],
});

function only(changes: Change[], kind: Change["kind"]): Change[] {
  return changes.filter((c) => c.kind === kind);
}

describe("diffSpecs", () => {
  it("finds no change between identical specs", () => {
    const s = service([action("A", [f("X", "string")])]);
    expect(diffSpecs(s, structuredClone(s)).changes).toEqual([]);
  });

  it("a removed action is breaking, an added one is not", () => {
    const d = diffSpecs(service([action("A"), action("B")]), service([action("A"), action("C")]));
    expect(only(d.changes, "action.removed")).toEqual([expect.objectContaining({ location: "B", breaking: true })]);
    expect(only(d.changes, "action.added")).toEqual([expect.objectContaining({ location: "C", breaking: false })]);
  });

  it("a new required input breaks callers, a new optional one does not", () => {
    const d = diffSpecs(service([action("A")]), service([action("A", [f("Must", "string", true), f("May", "string", false)])]));
    expect(only(d.changes, "field.added")).toEqual([
      expect.objectContaining({ location: "A.input.Must", breaking: true }),
      expect.objectContaining({ location: "A.input.May", breaking: false }),
    ]);
  });

  it("optional -> required input is breaking, required -> optional is not", () => {
    const d = diffSpecs(service([action("A", [f("X", "string", false), f("Y", "string", true)])]), service([action("A", [f("X", "string", true), f("Y", "string", false)])]));
    expect(only(d.changes, "field.required").map((c) => [c.location, c.breaking])).toEqual([["A.input.X", true], ["A.input.Y", false]]);
  });

  it("removed outputs break readers; added outputs do not", () => {
    const d = diffSpecs(service([action("A", [], [f("Old", "string"), f("RequestId", "string")])]), service([action("A", [], [f("RequestId", "string"), f("New", "integer")])]));
    expect(only(d.changes, "field.removed")).toEqual([expect.objectContaining({ location: "A.output.Old", breaking: true })]);
    expect(only(d.changes, "field.added")).toEqual([expect.objectContaining({ location: "A.output.New", breaking: false })]);
  });

  it("a changed type is breaking unless the caller type stays the same (integer -> float)", () => {
    const d = diffSpecs(
      service([action("A", [f("N", "integer"), f("S", "string")])]),
      service([action("A", [f("N", "float"), f("S", { array: "string" })])]),
    );
    expect(only(d.changes, "field.type").map((c) => [c.location, c.breaking, c.before, c.after])).toEqual([
      ["A.input.S", true, "string", "Array of string"],
      ["A.input.N", false, "integer", "float"],
    ]);
  });

  it("an output that may now be null is breaking; the reverse is not", () => {
    const d = diffSpecs(
      service([action("A", [], [f("P", "string"), f("Q", "string", false, { nullable: true })])]),
      service([action("A", [], [f("P", "string", false, { nullable: true }), f("Q", "string")])]),
    );
    expect(only(d.changes, "field.nullable").map((c) => [c.location, c.breaking])).toEqual([["A.output.P", true], ["A.output.Q", false]]);
  });

  it("struct members are judged by the direction the struct is used in", () => {
    const filter = { name: "Filter", description: "", fields: [f("Name", "string", true), f("Values", { array: "string" }, true)] };
    const item = { name: "Item", description: "", fields: [f("Id", "string"), f("Gone", "string")] };
    const before = service([action("A", [f("Filters", { array: { ref: "Filter" } })], [f("Items", { array: { ref: "Item" } })])], [filter, item]);
    const after = structuredClone(before);
    after.types[0]!.fields.push(f("Extra", "string", true));
    after.types[1]!.fields = [f("Id", "string")];
    const d = diffSpecs(before, after);
    expect(d.changes.filter((c) => c.kind.startsWith("field")).map((c) => [c.location, c.kind, c.breaking])).toEqual([
      ["Filter.Extra", "field.added", true],
      ["Item.Gone", "field.removed", true],
    ]);
    expect(structDirections(before)).toEqual(new Map([["Filter", new Set(["input"])], ["Item", new Set(["output"])]]));
  });

  it("removed enum values break only closed input enumerations", () => {
    const open = f("Mode", "string", false, { enum: [{ value: "A" }, { value: "B" }] });
    const closedAfter = f("Mode", "string", false, { enum: [{ value: "A" }], enumClosed: true });
    const d1 = diffSpecs(service([action("X", [open])]), service([action("X", [{ ...open, enum: [{ value: "A" }, { value: "C" }] }])]));
    expect(only(d1.changes, "enum.value-removed")).toEqual([expect.objectContaining({ before: "B", breaking: false })]);
    expect(only(d1.changes, "enum.value-added")).toEqual([expect.objectContaining({ after: "C", breaking: false })]);
    const d2 = diffSpecs(service([action("X", [open])]), service([action("X", [closedAfter])]));
    expect(only(d2.changes, "enum.value-removed")).toEqual([expect.objectContaining({ breaking: true })]);
  });

  it("error codes and structures added or removed are reported", () => {
    const s1 = service([action("A", [], undefined, ["E1"])], [{ name: "Unused", description: "", fields: [] }]);
    const s2 = service([action("A", [], undefined, ["E2"])], [{ name: "Fresh", description: "", fields: [] }]);
    const d = diffSpecs(s1, s2);
    expect(d.changes.map((c) => [c.kind, c.breaking])).toEqual(
      expect.arrayContaining([["error.removed", false], ["error.added", false], ["struct.removed", false], ["struct.added", false]]),
    );
  });

  it("a protocol change is breaking", () => {
    const d = diffSpecs(service([]), { ...service([]), protocol: "tencent-v2" });
    expect(d.changes).toEqual([expect.objectContaining({ kind: "service.protocol", breaking: true })]);
  });

  it("lists breaking changes first and renders Markdown with them on top, escaped", () => {
    const d = diffSpecs(service([action("A|<b>"), action("B")]), service([action("B", [f("New", "string", false)]), action("C")]));
    const firstNonBreaking = d.changes.findIndex((c) => !c.breaking);
    expect(d.changes.slice(firstNonBreaking).every((c) => !c.breaking)).toBe(true);
    expect(d.breaking).toBe(1);
    const md = renderMarkdown([d]);
    expect(md.indexOf("### Breaking changes")).toBeLessThan(md.indexOf("### Other changes"));
    expect(md).toContain("A\\|&lt;b&gt;");
    expect(JSON.parse(renderJson([d]))[0].breaking).toBe(1);
  });
});

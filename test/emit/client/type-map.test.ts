import { describe, expect, it } from "vitest";
import type { Field } from "../../../generator/spec/types.ts";
import { enumType, fieldType, typeExpression } from "../../../generator/emit/client/type-map.ts";

const names = (n: string) => (n === "string" ? "stringStruct" : n);
const field = (f: Partial<Field>): Field => ({ name: "F", type: "string", required: true, description: "", ...f });

describe("typeExpression (spec type -> TypeScript)", () => {
  it.each([
    ["string", "string"],
    ["date", "string"],
    ["timestamp", "string"],
    ["timestamp-iso8601", "string"],
    ["binary", "string"],
    ["integer", "number"],
    ["float", "number"],
    ["boolean", "boolean"],
    ["object", "Record<string, unknown>"],
  ] as const)("%s -> %s", (type, ts) => {
    expect(typeExpression(type, names)).toBe(ts);
  });

  it("maps arrays and refs, parenthesizing element types that need it", () => {
    expect(typeExpression({ array: "string" }, names)).toBe("string[]");
    expect(typeExpression({ array: { array: "integer" } }, names)).toBe("number[][]");
    expect(typeExpression({ ref: "Filter" }, names)).toBe("Filter");
    expect(typeExpression({ array: { ref: "string" } }, names)).toBe("stringStruct[]");
    expect(typeExpression({ array: "object" }, names)).toBe("Array<Record<string, unknown>>");
  });
});

describe("enumType and fieldType", () => {
  const values = (...v: string[]) => v.map((value) => ({ value }));
  it("keeps open enumerations open and closed ones closed", () => {
    expect(enumType(field({ enum: values("PREPAID", "POSTPAID_BY_HOUR") }))).toBe('"PREPAID" | "POSTPAID_BY_HOUR" | (string & {})');
    expect(enumType(field({ enum: values("A", "B", "A"), enumClosed: true }))).toBe('"A" | "B"');
    expect(enumType(field({ type: "integer", enum: values("0", "1", "01") }))).toBe("0 | 1 | (number & {})");
  });

  it("ignores values that do not fit the field's type", () => {
    expect(enumType(field({ type: "integer", enum: values("ON", "OFF") }))).toBeUndefined();
    expect(enumType(field({ type: "boolean", enum: values("true") }))).toBeUndefined();
    expect(enumType(field({ type: { ref: "X" }, enum: values("a") }))).toBeUndefined();
    expect(enumType(field({ enum: [] }))).toBeUndefined();
  });

  it("applies enumerations to array elements and adds null where the document says so", () => {
    expect(fieldType(field({ type: { array: "string" }, enum: values("a") }), names)).toBe('Array<"a" | (string & {})>');
    expect(fieldType(field({ nullable: true }), names)).toBe("string | null");
    expect(fieldType(field({ type: { array: { ref: "T" } }, nullable: true }), names)).toBe("T[] | null");
    expect(fieldType(field({ enum: values("a", 'b"c'), enumClosed: true, nullable: true }), names)).toBe('"a" | "b\\"c" | null');
  });
});

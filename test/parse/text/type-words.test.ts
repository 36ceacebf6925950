import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { MAX_ARRAY_DEPTH, parseTypeWord, primitiveOf, typeFromWord } from "../../../generator/parse/text/type-words.ts";

const structs = new Set(["Filter", "Placement", "ZoneInstanceCountISP"]);

describe("parseTypeWord", () => {
  it.each([
    ["String", "string"],
    ["Integer", "integer"],
    ["Int", "integer"],
    ["Long", "integer"],
    ["Float", "float"],
    ["Double", "float"],
    ["Boolean", "boolean"],
    ["Date", "date"],
    ["Timestamp", "timestamp"],
    ["Timestamp ISO8601", "timestamp-iso8601"],
    ["Timestamp\nISO8601", "timestamp-iso8601"],
    ["Binary", "binary"],
    ["string", "string"],
    ["INTEGER", "integer"],
  ])("maps the primitive word %j", (word, type) => {
    expect(parseTypeWord(word, structs)).toBe(type);
  });

  it("maps arrays, whatever the case and line break between the words", () => {
    expect(parseTypeWord("Array of String", structs)).toEqual({ array: "string" });
    expect(parseTypeWord("Array of\nFilter", structs)).toEqual({ array: { ref: "Filter" } });
    expect(parseTypeWord("array of Strings", structs)).toEqual({ array: "string" });
    expect(parseTypeWord("array of Filter objects", structs)).toEqual({ array: { ref: "Filter" } });
    expect(parseTypeWord("Array of Array of Integer", structs)).toEqual({ array: { array: "integer" } });
  });

  it("reads struct names as references, defined or not (the pipeline flags undefined ones)", () => {
    expect(parseTypeWord("Placement", structs)).toEqual({ ref: "Placement" });
    expect(parseTypeWord("Filters", structs)).toEqual({ ref: "Filter" });
    expect(parseTypeWord("NotDefined", structs)).toEqual({ ref: "NotDefined" });
  });

  it("refuses words that are neither", () => {
    expect(parseTypeWord("整数")).toBeUndefined();
    expect(parseTypeWord("Array of 整数")).toBeUndefined();
    expect(parseTypeWord("")).toBeUndefined();
    expect(primitiveOf("Placement")).toBeUndefined();
  });
});

describe("typeFromWord", () => {
  it("reports an unknown word with its line and reads it as a string", () => {
    const diag = new Diagnostics("doc.txt");
    expect(typeFromWord("整数", structs, diag, 42)).toBe("string");
    expect(diag.items).toEqual([expect.objectContaining({ severity: "warning", code: "type.unknown", line: 42, file: "doc.txt" })]);
  });
  it("reports nothing for a known word", () => {
    const diag = new Diagnostics("doc.txt");
    expect(typeFromWord("Array of Filter", structs, diag, 1)).toEqual({ array: { ref: "Filter" } });
    expect(diag.items).toEqual([]);
  });
});

describe("nested array words (issue 14 items 4 and 5)", () => {
  it("reads arrays of arrays up to the bound and a 9,000-deep word as no type word, without overflowing the stack", () => {
    expect(parseTypeWord("Array of Array of Filter objects", structs)).toEqual({ array: { array: { ref: "Filter" } } });
    expect(parseTypeWord("Array of ".repeat(MAX_ARRAY_DEPTH) + "String")).toEqual(Array.from({ length: MAX_ARRAY_DEPTH }).reduce<unknown>((t) => ({ array: t }), "string"));
    expect(parseTypeWord("Array of ".repeat(MAX_ARRAY_DEPTH + 1) + "String")).toBeUndefined();
    expect(parseTypeWord("Array of ".repeat(9000) + "String")).toBeUndefined();
  });
  it("a table cell with such a word is reported and read as a string", () => {
    const diag = new Diagnostics("x.txt");
    expect(typeFromWord("Array of ".repeat(9000) + "String", structs, diag, 7)).toBe("string");
    expect(diag.items.map((d) => [d.code, d.line])).toEqual([["type.unknown", 7]]);
  });
});

// Issue 20 construct 6: a structure the document defines wins over a plural primitive word.
describe("parseTypeWord: structure names that read as plural primitives", () => {
  const table: { given: string; structs: string[]; want: unknown }[] = [
    { given: "Objects", structs: ["Objects"], want: { ref: "Objects" } },
    { given: "Array of Objects", structs: ["Objects"], want: { array: { ref: "Objects" } } },
    { given: "Objects", structs: [], want: "object" },
    { given: "Strings", structs: ["Objects"], want: "string" },
  ];
  it.each(table)("$given with $structs", ({ given, structs, want }) => {
    expect(parseTypeWord(given, new Set(structs))).toEqual(want);
  });
});

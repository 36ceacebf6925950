import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { parseTypeWord, primitiveOf, typeFromWord } from "../../../generator/parse/text/type-words.ts";

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

import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { commentLines, jsdoc, propertyKey, stringLiteral } from "../../../generator/emit/client/escape.ts";

/** The tokens of a source text outside comments (the scanner skips trivia). */
function codeTokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) out.push(scanner.getTokenText());
  return out;
}

describe("jsdoc", () => {
  it("neutralizes comment terminators, leading @ and inline tags", () => {
    expect(jsdoc({ text: ["a */ b", "@internal x\n  @param y", "see {@link Z}"] })).toBe(
      ["/**", " * a *\\/ b", " *", " * \\@internal x", " *   \\@param y", " *", " * see {\\@link Z}", " */", ""].join("\n"),
    );
  });

  it("writes a one-line block for one line, tags on their own lines, nothing for no text", () => {
    expect(jsdoc({ text: ["Id."] }, "  ")).toBe("  /** Id. */\n");
    expect(jsdoc({ text: ["", undefined] })).toBe("");
    expect(jsdoc({ text: ["Limit."], tags: [["defaultValue", "20"], ["see", "a.txt line 3"]] })).toBe(
      "/**\n * Limit.\n *\n * @defaultValue 20\n * @see a.txt line 3\n */\n",
    );
    expect(jsdoc({ tags: [["example", "*/ x"]] })).toBe("/**\n * @example *\\/ x\n */\n");
    expect(jsdoc({ tags: [["throws", "{@link E}", "trusted"]] })).toBe("/**\n * @throws {@link E}\n */\n");
  });

  it("folds every kind of line break, drops control characters and extra blank lines", () => {
    expect(commentLines("a\r\nb\rc\u2028d\u2029e\u0085f\u0007g\n\n\n\nh\n\n")).toEqual(["a", "b", "c", "d", "e", "fg", "", "h"]);
  });

  it("never lets any text out of the comment (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string(), (text, example) => {
        const source = jsdoc({ text: [text], tags: [["example", example]] }) + "export const x = 1;\n";
        expect(codeTokens(source)).toEqual(["export", "const", "x", "=", "1", ";"]);
        const lines = source.split("\n");
        // No line of the block but the first opens a tag unless the generator wrote one.
        for (const line of lines.slice(1)) expect(line).not.toMatch(/^\s*\*\s*@(?!example)/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("stringLiteral and propertyKey", () => {
  it("round-trips any text through a string literal on one line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const literal = stringLiteral(text);
        expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(codeTokens(`x = ${literal};`)).toHaveLength(4);
        expect(JSON.parse(literal)).toBe(text);
      }),
    );
  });

  it("quotes keys that are not identifiers", () => {
    expect(propertyKey("InstanceIds")).toBe("InstanceIds");
    expect(propertyKey("client-token")).toBe('"client-token"');
    expect(propertyKey("1st")).toBe('"1st"');
    expect(propertyKey('a"b')).toBe('"a\\"b"');
  });
});

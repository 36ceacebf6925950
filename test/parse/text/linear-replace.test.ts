import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChunkedString, replaceEach } from "../../../generator/parse/text/linear-replace.ts";

// replaceEach is String.prototype.replace with a function, built in bounded chunks (issue 20 item 8):
// it must give exactly what replace gives, empty matches and unmatched groups included.
describe("replaceEach", () => {
  const table: { given: string; re: RegExp; f: (m: RegExpExecArray) => string; want: string }[] = [
    { given: "a  b\t c", re: /[ \t]{2,}|\t/g, f: () => " ", want: "a b c" },
    { given: "no match", re: /x+/g, f: () => "y", want: "no match" },
    { given: "*em* and *x*", re: /(^|[^*])\*([^*]+)\*/g, f: (m) => m[1]! + m[2]!, want: "em and x" },
    { given: "ab", re: /x*/g, f: () => "-", want: "-a-b-" },
    { given: "😀😀", re: /x*/gu, f: () => "-", want: "-😀-😀-" },
    { given: "a1b", re: /(\d)|(z)/g, f: (m) => `[${m[1]}|${m[2] ?? ""}]`, want: "a[1|]b" },
  ];
  it.each(table)("$given with $re", ({ given, re, f, want }) => {
    expect(replaceEach(given, re, f)).toBe(want);
  });

  it("gives what String.prototype.replace gives (property)", () => {
    const regexes = [/[ \t]+/g, /\s{2,}|[^\S ]/g, /\*\*([^*]+)\*\*/g, /(^|[^\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)/gu, /b*/g];
    const piece = fc.constantFrom(" ", "  ", "\t", "*", "**", "a", "b", "文", "\n", "\\");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(...regexes), (pieces, re) => {
        const s = pieces.join("");
        // The match and its groups: replace's callback gets the offset and the subject after them.
        const parts = new RegExp(`${re.source}|`, re.flags).exec("")!.length;
        const f = (m: readonly (string | undefined)[]) => `<${m.slice(0, parts).join("|")}>`;
        return replaceEach(s, re, f) === s.replace(re, (...args: (string | undefined)[]) => f(args));
      }),
      { numRuns: 1000 },
    );
  });

  it("rewrites 640,000 matches of one line (the case it is for)", () => {
    expect(replaceEach("a  ".repeat(640_000), /[ \t]{2,}/g, () => " ")).toBe("a ".repeat(640_000));
  });

  it("refuses a regex without the global flag (it would loop at the first match)", () => {
    expect(() => replaceEach("a", /a/, () => "b")).toThrow(/global/);
  });
});

describe("ChunkedString", () => {
  it("joins its pieces in order across chunks", () => {
    const out = new ChunkedString();
    for (let i = 0; i < 5000; i++) out.push(String(i % 10));
    expect(out.toString()).toBe(Array.from({ length: 5000 }, (_, i) => String(i % 10)).join(""));
  });
});

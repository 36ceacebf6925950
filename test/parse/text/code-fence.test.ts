import { describe, expect, it } from "vitest";
import { readCodeBlocks } from "../../../generator/parse/text/code-fence.ts";

describe("readCodeBlocks", () => {
  it("merges fences split by a page break in the middle of a JSON object (002:11580-11592)", () => {
    const lines = ["输出", "", "```", "{", '  "code": 0,', "```", "", "```", '"message": ""', "}", "```", "", "下一节"];
    const blocks = readCodeBlocks(lines, 1, lines.length);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ startLine: 3, endLine: 11, pieces: 2, pieceStarts: [0, 2], closed: true });
    expect(blocks[0]!.lines).toEqual(["{", '  "code": 0,', '"message": ""', "}"]);
    expect(blocks[0]!.lineNumbers).toEqual([4, 5, 9, 10]);
  });

  it("keeps blocks apart when text stands between them, and keeps pieces apart on request", () => {
    const lines = ["```", "a", "```", "输出", "```", "b", "```", "", "```", "c", "```"];
    expect(readCodeBlocks(lines, 1, lines.length).map((b) => b.lines)).toEqual([["a"], ["b", "c"]]);
    expect(readCodeBlocks(lines, 1, lines.length, false).map((b) => b.lines)).toEqual([["a"], ["b"], ["c"]]);
  });

  it("marks a block that never closes (a truncated document)", () => {
    const blocks = readCodeBlocks(["```", "{", '"a": 1'], 1, 3);
    expect(blocks[0]).toMatchObject({ closed: false, endLine: 3, lines: ["{", '"a": 1'] });
  });
});

// Unit tests of the displaced-bracket recovery (generator/parse/tencent-v2-pdf/braces.ts). The
// fixture 'cvm-43218-runinstances-examples.txt' is 001:43218-43272 verbatim (RunInstances of
// '云服务器 API 2017': a success and an error response, each with its brackets printed as
// bracket-only lines at the end, indentation-only lines and lone commas where they were).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isBracketLine, recoverStrippedJson, restoreBrackets, type BraceLine } from "../../../generator/parse/tencent-v2-pdf/braces.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const FIRST = 43218;
const raw = readFileSync(here("fixtures/cvm-43218-runinstances-examples.txt"), "utf8").replace(/\n$/, "").split("\n");
/** Document lines from..to as the caller passes them: text lines, and indentation-only lines of two spaces or more. */
const excerpt = (from: number, to: number): BraceLine[] =>
  raw
    .map((r, i) => ({ raw: r, line: FIRST + i }))
    .filter((l) => l.line >= from && l.line <= to && (l.raw.trim() !== "" || l.raw.length >= 2));
const L = (texts: string[], first = 1): BraceLine[] => texts.map((r, i) => ({ raw: r, line: first + i }));

describe("isBracketLine", () => {
  it("accepts lines of brackets only, indentation ignored", () => {
    expect(["{", "}", "  ] ", "}]", "[{"].map(isBracketLine)).toEqual([true, true, true, true, true]);
  });

  it("rejects a lone comma, an empty or indentation-only line, and text around a bracket", () => {
    expect([",", "],", "", "    ", '"a": {', "{}x"].map(isBracketLine)).toEqual([false, false, false, false, false, false]);
  });
});

describe("recoverStrippedJson on the document", () => {
  it("restores the success response: key slots, a lone comma and an indentation-only line (001:43220-43244)", () => {
    const r = recoverStrippedJson(excerpt(43220, 43244));
    expect(r).toMatchObject({ slots: true });
    expect("value" in r && r.value).toEqual({ Response: { InstanceIdSet: ["xxx1", "xxx2"], RequestId: "eac6b301-a322-493a-8e36-83b295459397" } });
    expect("text" in r && JSON.parse(r.text)).toEqual((r as { value: unknown }).value);
  });

  it("restores the error response (001:43248-43272)", () => {
    const r = recoverStrippedJson(excerpt(43248, 43272));
    expect("value" in r && r.value).toEqual({
      Response: { Error: { Code: "AuthFailure", Message: "qcloud was not able to validate the provided access credentials" }, RequestId: "eac6b301-a322-493a-8e36-83b295459397" },
    });
  });

  it("reports, with a line, a page whose last bracket is lost (001:43244 dropped)", () => {
    const r = recoverStrippedJson(excerpt(43220, 43243));
    expect(r).toEqual({ error: "the brackets printed on the pages do not close the JSON", line: 43242 });
  });

  it("does not run two responses together: the second one's brackets do not fit after the first value", () => {
    const r = recoverStrippedJson(excerpt(43220, 43272).filter((l) => l.raw.trim() !== "接口执行异常返回参数示例"));
    expect(r).toEqual({ error: "the displaced bracket '{' does not fit here", line: 43248 });
  });
});

describe("restoreBrackets", () => {
  it("re-joins a string wrapped over two lines with nothing between the halves", () => {
    const r = restoreBrackets(L(['    "Response": ', '        "Message": "qcloud was not able to val', 'idate"', "    ", "{", "{", "}", "}"]));
    expect("value" in r && r.value).toEqual({ Response: { Message: "qcloud was not able to validate" } });
  });

  it("lexes escapes, numbers with exponents, booleans and null", () => {
    const r = restoreBrackets(L(['  "Response": ', '    "m": "say \\"hi\\"", "n": -1.5e3, "t": true, "z": null', "  ", "{", "{", "}", "}"]));
    expect("value" in r && r.value).toEqual({ Response: { m: 'say "hi"', n: -1500, t: true, z: null } });
  });

  it("leaves JSON whose brackets were printed in place as it is", () => {
    expect(restoreBrackets(L(["{", '"a": [1, 2],', '"b": {}', "}"]))).toMatchObject({ value: { a: [1, 2], b: {} } });
  });

  it("fails when a string never closes, at the line where it starts", () => {
    expect(restoreBrackets(L(['    "Response": ', '        "Message": "never', "{", "}"], 10))).toEqual({ error: "a string never closes", line: 11 });
  });

  it("fails on text that is not JSON, quoting its first 60 characters (the single-quoted EIP example, 001:48159)", () => {
    const r = restoreBrackets(L(['    "Response": ', "            'QuotaId': 'TOTAL_EIP_QUOTA', 'QuotaCurrent': 0, 'QuotaLimit': 20 ,", "{", "{", "}", "}"], 48157));
    expect(r).toEqual({ error: `not JSON text: "'QuotaId': 'TOTAL_EIP_QUOTA', 'QuotaCurrent': 0, 'QuotaLimit"`, line: 48158 });
  });

  it("fails when a key without a value meets a closing bracket", () => {
    expect(restoreBrackets(L(['"a": 1,', '"b":', "2", "{", "}", "}"]))).toEqual({ error: "a key without a value, but the next displaced bracket is '}'", line: 2 });
  });

  it("fails when a lone comma meets an opening bracket", () => {
    expect(restoreBrackets(L(['  "a": ', '    "b": 1', "  ,", '  "c": 2', "{", "{", "{", "}", "}"]))).toEqual({ error: "a lone comma, but the next displaced bracket is '{'", line: 3 });
  });

  it("fails when the page printed fewer brackets than the text needs", () => {
    expect(restoreBrackets(L(['"a": 1,', '"b": 2']))).toEqual({ error: "more brackets are needed than the page printed", line: 1 });
  });

  it("fails when brackets are left over, at the last line", () => {
    expect(restoreBrackets(L(['"a": 1', "{", "}", "}"]))).toEqual({ error: "the displaced bracket '}' does not fit here", line: 4 });
    expect(restoreBrackets([])).toEqual({ error: "the brackets printed on the pages do not close the JSON", line: 0 });
  });

  it("gives an indentation-only line a bracket only with useSlots", () => {
    const lines = L(['"a": 1,', "   ", '"b": 2', "{", "}"]);
    expect(restoreBrackets(lines, true)).toEqual({ error: "the displaced bracket '}' does not fit here", line: 2 });
    expect(restoreBrackets(lines, false)).toMatchObject({ value: { a: 1, b: 2 } });
  });
});

describe("recoverStrippedJson", () => {
  it("falls back to grammar alone when an indentation-only line is not a bracket's place", () => {
    const r = recoverStrippedJson(L(['"a": 1,', "   ", '"b": 2', "{", "}"]));
    expect(r).toMatchObject({ value: { a: 1, b: 2 }, slots: false });
  });

  it("returns the first (slot) attempt's error when both fail", () => {
    const r = recoverStrippedJson(L(['"a": 1,', "   ", '"b":', "{", "}"]));
    // Grammar alone would fail at line 3 ('a key without a value'); the slot attempt fails first.
    expect(r).toEqual({ error: "the displaced bracket '}' does not fit here", line: 2 });
  });
});

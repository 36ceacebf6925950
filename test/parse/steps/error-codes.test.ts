// The shared error-code shape every TAB error table reader (aliyun-rpc, tencent-v2, tce-api3) applies.
import { describe, expect, it } from "vitest";
import { isErrorCode, joinedErrorCode, readErrorRows, type ErrorRowRules } from "../../../generator/parse/steps/error-codes.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";

describe("isErrorCode", () => {
  it.each([
    { given: "InvalidParameterValue.Malformed", want: true },
    { given: "UnsupportedOperation", want: true },
    { given: "4000", want: true },
    { given: "-14000400", want: true },
    { given: "Forbidden:RAM", want: true },
    { given: "Invalid-Param_1", want: true },
    { given: "-", want: false },
    { given: "", want: false },
    { given: "参数错误", want: false },
    { given: "VPC ID 不存在", want: false },
    { given: ".Foo", want: false },
  ])("$given -> $want", ({ given, want }) => {
    expect(isErrorCode(given)).toBe(want);
  });
});

describe("joinedErrorCode", () => {
  it.each([
    { given: "InvalidParameter .Foo", want: "InvalidParameter.Foo" },
    { given: "Disk NotFound", want: "DiskNotFound" },
    { given: "InvalidParameter.Foo", want: undefined },
    { given: "参数 错误", want: undefined },
  ])("$given -> $want", ({ given, want }) => {
    expect(joinedErrorCode(given)).toBe(want);
  });
});

// The shared reader of error tables that a PDF export wrapped over lines (tencent-v2-pdf): the
// dialect says what starts a row; each excerpt is written for the test, line numbers from 1.
describe("readErrorRows", () => {
  const rules: ErrorRowRules = {
    startsRow: (word) => (/[.A-Z]/.test(word.slice(1)) && !/^[A-Z]+$/.test(word)) || /^\d{3,}$/.test(word),
    skip: (text) => text === "错误码 描述",
    continuesCode: (next) => /^[a-z][A-Za-z0-9_.]*$/.test(next),
  };
  const linesOf = (texts: string[]): CleanLine[] => texts.map((text, i) => ({ text, line: i + 1, pageStart: false }));
  const table: { construct: string; given: string[]; want: { rows: [string, string[], number][]; stray: string[] } }[] = [
    {
      construct: "a code with its description on its line, continued below",
      given: ["错误码 描述", "InternalError 内部错误，", "请稍后重试。", "4100 鉴权失败"],
      want: { rows: [["InternalError", ["内部错误，", "请稍后重试。"], 2], ["4100", ["鉴权失败"], 4]], stray: [] },
    },
    {
      construct: "a code wrapped at the page width: the tail's line is the row's",
      given: ["InvalidRequest.RequestConcurrencyExcee", "ded", "超过并发限制"],
      want: { rows: [["InvalidRequest.RequestConcurrencyExceeded", ["超过并发限制"], 2]], stray: [] },
    },
    {
      construct: "a wrapped description line that the dialect says is no code, and text before the first row",
      given: ["见下表", "InvalidParameterValue.VpcIdMalformed", "VPC IDxxx不合要求", "错误码 描述", "9003 资源不足"],
      want: { rows: [["InvalidParameterValue.VpcIdMalformed", ["VPC IDxxx不合要求"], 2], ["9003", ["资源不足"], 5]], stray: ["见下表"] },
    },
    {
      construct: "a first word that is no error code at all (shared rule) continues the description",
      given: ["InternalError 内部错误", "- 见 Message.Detail"],
      want: { rows: [["InternalError", ["内部错误", "- 见 Message.Detail"], 1]], stray: [] },
    },
  ];
  it.each(table)("$construct", ({ given, want }) => {
    const { rows, stray } = readErrorRows(linesOf(given), rules);
    expect({ rows: rows.map((r) => [r.code, r.description, r.line]), stray: stray.map((l) => l.text) }).toEqual(want);
  });
});

import { describe, expect, it } from "vitest";
import { parseCommonErrors, parseErrorTable } from "../../../generator/parse/tencent-api3/errors.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { fixturePages } from "./helpers.ts";

const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));

describe("parseErrorTable", () => {
  it("takes a code alone on a line with the wrapped description below, not 'VPC …' as a code (001:9725)", () => {
    const m = fixturePages("cvm-9720-error-wrapped.txt");
    const errors = parseErrorTable(m.lines, new Diagnostics("cvm.txt"));
    const e = errors.find((x) => x.code === "InvalidParameterValue.VpcIdMalformed")!;
    expect(e.description).toBe("VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。");
    expect(e.source).toEqual({ file: "cvm.txt", line: 9725 });
    expect(errors.map((x) => x.code)).not.toContain("VPC");
  });

  it("skips the intro and header and reports other text before the first code", () => {
    const diag = new Diagnostics("d.txt");
    const errors = parseErrorTable(lines(["以下仅列出了接口业务逻辑相关的错误码，其他错误码详见 公共错误码。", "错误码 描述", "FailedOperation 操作失败。"]), diag);
    expect(errors).toEqual([{ code: "FailedOperation", description: "操作失败。", source: { file: "d.txt", line: 3 } }]);
    expect(diag.items).toEqual([]);
    parseErrorTable(lines(["杂项", "FailedOperation 操作失败。"], 7), diag);
    expect(diag.items).toEqual([expect.objectContaining({ code: "error.row", line: 7 })]);
  });
});

describe("parseCommonErrors", () => {
  it("marks codes after 公共错误码 common and after 业务错误码 business", () => {
    const errors = parseCommonErrors(
      lines(["功能说明", "公共错误码", "错误码 说明", "ActionOffline 接口已下线。", "业务错误码", "错误码 说明", "FailedOperation.DiskAttached FailedOperation.DiskAttached"]),
      new Diagnostics("d.txt"),
    );
    expect(errors.map((e) => [e.code, e.kind])).toEqual([
      ["ActionOffline", "common"],
      ["FailedOperation.DiskAttached", "business"],
    ]);
  });
});

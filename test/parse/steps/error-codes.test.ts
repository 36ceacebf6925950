// The shared error-code shape every TAB error table reader (aliyun-rpc, tencent-v2, tce-api3) applies.
import { describe, expect, it } from "vitest";
import { isErrorCode, joinedErrorCode } from "../../../generator/parse/steps/error-codes.ts";

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

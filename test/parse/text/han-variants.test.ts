import { describe, expect, it } from "vitest";
import { foldHanVariants } from "../../../generator/parse/text/han-variants.ts";

describe("foldHanVariants", () => {
  it("folds the traditional headings of 002:23220 onto the simplified cues", () => {
    expect(foldHanVariants("2. 輸入參數")).toBe("2. 输入参数");
    expect(foldHanVariants("參數名稱\t必選\t允許NULL\t類型\t描述")).toBe("参数名称\t必选\t允许NULL\t类型\t描述");
    expect(foldHanVariants("4. 錯誤碼")).toBe("4. 错误码");
    expect(foldHanVariants("最近更新時間: 2025-10-11")).toBe("最近更新时间: 2025-10-11");
  });
  it("leaves simplified and Latin text alone", () => {
    expect(foldHanVariants("接口请求域名: vpc.api.qcloud.com")).toBe("接口请求域名: vpc.api.qcloud.com");
  });
});

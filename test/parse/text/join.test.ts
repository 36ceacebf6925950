import { describe, expect, it } from "vitest";
import { joinPair, joinTight, joinWrapped } from "../../../generator/parse/text/join.ts";

describe("joinWrapped", () => {
  it("joins CJK halves of a sentence with nothing between them", () => {
    expect(joinWrapped(["需要创建实例的可用区及创建数目及运营商的列表。在单次请求的过程中，单个", "region下的请求创建实例数上限为100"])).toBe(
      "需要创建实例的可用区及创建数目及运营商的列表。在单次请求的过程中，单个region下的请求创建实例数上限为100",
    );
  });
  it("keeps one space between Latin words", () => {
    expect(joinWrapped(["The instance", "type"])).toBe("The instance type");
  });
  it("ignores blank fragments", () => {
    expect(joinWrapped(["", "a", " ", "b"])).toBe("a b");
  });
  it("does not add a space next to full-width punctuation", () => {
    expect(joinPair("取值：", "PREPAID")).toBe("取值：PREPAID");
  });
  it("joinTight glues token fragments", () => {
    expect(joinTight(["wss%3A%2F%2Fabc", "def "])).toBe("wss%3A%2F%2Fabcdef");
  });
  it("joins a token wrapped right after a hyphen with nothing", () => {
    expect(joinPair("格式为：YYYY-MM-", "DDThh:mm:ssZ。")).toBe("格式为：YYYY-MM-DDThh:mm:ssZ。");
    expect(joinPair("see A -", "B")).toBe("see A - B");
  });
});

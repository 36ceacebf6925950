import { describe, expect, it } from "vitest";
import { isPlaceholderKey, splitQuery, unflatten } from "../../../generator/parse/text/query.ts";

describe("unflatten", () => {
  it("nests Tencent-style indexed keys into arrays of objects", () => {
    const pairs = splitQuery("Filters.0.Name=zone&Filters.0.Values.0=ap-guangzhou-1&Filters.0.Values.1=ap-guangzhou-2&Limit=1");
    expect(unflatten(pairs)).toEqual({ Filters: [{ Name: "zone", Values: ["ap-guangzhou-1", "ap-guangzhou-2"] }], Limit: "1" });
  });
  it("handles 1-based indexes (Alibaba's Tag.1.Key) as arrays in order", () => {
    expect(unflatten(splitQuery("Tag.1.Key=a&Tag.2.Key=b"))).toEqual({ Tag: [{ Key: "a" }, { Key: "b" }] });
  });
  it("keeps raw Chinese values and decodes percent escapes", () => {
    expect(unflatten(splitQuery("ModuleName=智能语音模块&Name=a%20b"))).toEqual({ ModuleName: "智能语音模块", Name: "a b" });
  });
  it("leaves an invalid escape as written", () => {
    expect(unflatten(splitQuery("A=100%"))).toEqual({ A: "100%" });
  });
});

describe("isPlaceholderKey", () => {
  it("recognizes the public-parameter stand-ins, never a wire name", () => {
    for (const key of ["<公共请求参数>", "< 公共请求参数 >", "<公共请求参数", "公共请求参数", "公共参数", "...", "<RegionId>"]) expect(isPlaceholderKey(key), key).toBe(true);
    for (const key of ["vpcId", "Filters.0.Values.0", "Tag.1.Key", "subnetSet.n.subnetName", "RegionId"]) expect(isPlaceholderKey(key), key).toBe(false);
  });
});

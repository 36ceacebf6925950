import { describe, expect, it } from "vitest";
import { htmlFragmentToText, plainInline } from "../../../generator/parse/text/markdown-inline.ts";

describe("plainInline", () => {
  it("turns dead links, bold and escapes into text", () => {
    expect(plainInline("完整公共参数列表见[公共请求参数](#)。")).toBe("完整公共参数列表见公共请求参数。");
    expect(plainInline("但**每次请求均需要携带这些参数**")).toBe("但每次请求均需要携带这些参数");
    expect(plainInline("qcs::vpc:\\$region")).toBe("qcs::vpc:$region");
  });
  it("removes HTML left in cells: <code> wrappers (002:8232) and unclosed lists (002:20493)", () => {
    expect(plainInline("<code>vpcId</code>")).toBe("vpcId");
    expect(plainInline('EIP线路类型。默认值: BGP。 <ul style="margin:0">可选值: CMCC: 中国移动')).toBe("EIP线路类型。默认值: BGP。 可选值: CMCC: 中国移动");
  });
  it("keeps angle-bracket placeholders that are not HTML", () => {
    expect(plainInline("&<公共请求参数>")).toBe("&<公共请求参数>");
  });
});

describe("htmlFragmentToText", () => {
  it("keeps list items as lines and decodes entities", () => {
    expect(htmlFragmentToText("<ul><li>a &amp; b</li><li>c</li></ul>")).toBe("a & b\nc");
  });
});

import { describe, expect, it } from "vitest";
import { codeSpans, htmlFragmentToText, plainInline, stripEmphasis } from "../../../generator/parse/text/markdown-inline.ts";

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

describe("stripEmphasis", () => {
  it("turns single-asterisk emphasis into its text (004:786), but not wildcards in code or a product", () => {
    expect(stripEmphasis("请参见[CreateSecurityGroup](#)和 *ECS用户指南*中的创建安全组。")).toBe("请参见[CreateSecurityGroup](#)和 ECS用户指南中的创建安全组。");
    // 004:7014: the wildcards are inside <code>, where they stay.
    const wildcards = "示例： <code>*SshKey</code>：查询以 SshKey 结尾的密钥对名称。 <code>SshKey*</code>：查询以 SshKey 开头 <code>*SshKey*</code>";
    expect(stripEmphasis(wildcards)).toBe(wildcards);
    expect(stripEmphasis("`*SshKey*` 匹配")).toBe("`*SshKey*` 匹配");
    expect(stripEmphasis("2*3*4 and a * b * c")).toBe("2*3*4 and a * b * c");
    expect(stripEmphasis("**bold** and *it*")).toBe("**bold** and it");
  });
});

describe("htmlFragmentToText", () => {
  it("keeps list items as lines and decodes entities", () => {
    expect(htmlFragmentToText("<ul><li>a &amp; b</li><li>c</li></ul>")).toBe("a & b\nc");
  });
  it("leaves out comments but keeps the text of CDATA, <script> and <br>/<p> breaks, as cheerio's .text() did", () => {
    expect(htmlFragmentToText("a<!-- c --><br>b<p>c</p><script>d</script><svg><![CDATA[e]]></svg>")).toBe("a\nb\nc\nde");
  });
  it("reads 5,000 nested unclosed <table><tr><td> without overflowing the stack (issue 14 item 4)", () => {
    const text = htmlFragmentToText("<table><tr><td>".repeat(5000) + "deep");
    expect(text).toBe("deep");
    expect(htmlFragmentToText("<div>x".repeat(5000))).toBe(Array(5000).fill("x").join("\n"));
  });
});

describe("links among long runs of brackets (issue 14 item 5)", () => {
  it("keeps unmatched brackets as written and still reads the links next to them", () => {
    expect(plainInline("[".repeat(80000))).toBe("[".repeat(80000));
    expect(plainInline("[a](".repeat(20000))).toBe("[a](".repeat(20000));
    expect(plainInline("[[b](#) x [c](http://h/p) (d)")).toBe("[b x c (d)");
    expect(plainInline("见 [DescribeZones](#) 。")).toBe("见 DescribeZones 。");
  });
});

// Issue 20 construct 8: code spans are found by a scan, linear in the text even with thousands of
// unclosed <code> tags (the regex it replaces retried each open tag to the end of the text). The
// spans are those the regex /<code>[\s\S]*?<\/code>|`[^`]+`/g found.
describe("codeSpans", () => {
  const table: { given: string; want: string[] }[] = [
    { given: "a <code>*x*</code> b `*y*` c", want: ["<code>*x*</code>", "`*y*`"] },
    { given: "<code>a<code>b</code>c</code>", want: ["<code>a<code>b</code>"] },
    { given: "<code>unclosed `tick` <code>again", want: ["`tick`"] },
    { given: "`` `a` ``", want: ["` `", "` `"] },
    { given: "``a`", want: ["`a`"] },
    { given: "`open <code>x</code>", want: ["<code>x</code>"] },
    { given: "<code>*x* ".repeat(40_000) + "`*y*`", want: ["`*y*`"] },
  ];
  it.each(table)("$given", ({ given, want }) => {
    expect(codeSpans(given).map(([a, b]) => given.slice(a, b))).toEqual(want);
    // The short cases agree with the old regex (too slow to run on the long one).
    if (given.length < 1000) expect([...given.matchAll(/<code>[\s\S]*?<\/code>|`[^`]+`/g)].map((m) => m[0])).toEqual(want);
  });
  it("leaves emphasis inside 40,000 unclosed <code> tags alone only where a span closes", () => {
    expect(stripEmphasis("<code>*x* ".repeat(40_000)).slice(0, 20)).toBe("<code>x <code>x <cod");
  });
});

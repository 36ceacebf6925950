import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dropUnclosedFormatting, findHtmlTag, hasHtml, htmlCellToText } from "../../../generator/parse/text/html-cell.ts";

describe("htmlCellToText on cells of the Alibaba ECS guide (004)", () => {
  it("splits an unclosed <ul> without <li> at its • bullets, and a following <p> is not an item (004:1238)", () => {
    const cell = '<p>执行了重启机器操作后，是否开启强制关机策略，强制执行关机。取值：</p> <ul style="list-style-type: none"> • true • false <p>默认值为 false。</p>';
    expect(htmlCellToText(cell)).toBe("执行了重启机器操作后，是否开启强制关机策略，强制执行关机。取值：\n- true\n- false\n默认值为 false。");
  });

  it("keeps inline <code> text inside a bullet item (004:801)", () => {
    const cell = '是否为 I/O 优化实例。取值范围： <ul style="list-style-type: none"> • none：非I/O优化 • optimized：I/O优化 • <code>InstanceType</code> 为系列I 的规格默认值：none。';
    expect(htmlCellToText(cell)).toBe("是否为 I/O 优化实例。取值范围：\n- none：非I/O优化\n- optimized：I/O优化\n- InstanceType 为系列I 的规格默认值：none。");
  });

  it("separates run-together items of a bullet-less list at sentence ends, not inside http:// (004:806)", () => {
    const cell = '系统盘名称。 <ul style="list-style-type: none"> 长度为[2, 128]个英文或中文字符。 不能以 http:// 和 https:// 开头。 不填则为空，默认值为空。';
    expect(htmlCellToText(cell)).toBe("系统盘名称。\n- 长度为[2, 128]个英文或中文字符。\n- 不能以 http:// 和 https:// 开头。\n- 不填则为空，默认值为空。");
  });

  it("separates run-together `value：meaning` enumerations (004:808)", () => {
    const cell = '取值范围： <ul style="list-style-type: none"> cloud：普通云盘 cloud_efficiency：高效云盘 cloud_ssd：SSD 云盘';
    expect(htmlCellToText(cell)).toBe("取值范围：\n- cloud：普通云盘\n- cloud_efficiency：高效云盘\n- cloud_ssd：SSD 云盘");
  });

  it("reads real <li> items as items", () => {
    expect(htmlCellToText("<ul><li>a &amp; b</li><li>c</li></ul>")).toBe("- a & b\n- c");
  });

  it("keeps a <pre> with raw < > and & as text (004:1046)", () => {
    const cell = "<p>支持以下特殊字符：</p> <pre>() ` ~ ! @ # $ % ^ & * - + = { } [] ; : ' < > , . ? /</pre> <p>请使用HTTPS。</p>";
    expect(htmlCellToText(cell)).toBe("支持以下特殊字符：\n() ` ~ ! @ # $ % ^ & * - + = { } [] ; : ' < > , . ? /\n请使用HTTPS。");
  });

  it("decodes entities and keeps angle-bracket words that are not HTML", () => {
    expect(htmlCellToText("返回 <RequestId> 节点 &amp; &lt;x&gt;&nbsp;y")).toBe("返回 <RequestId> 节点 & <x> y");
    expect(htmlCellToText("&<公共请求参数>")).toBe("&<公共请求参数>");
  });

  it("turns a <div> note box into its own line (004:723)", () => {
    const cell = 'API 版本号，为日期形式：YYYY-MM-DD。 <div style="border: 1px solid #ccc;"> <p> 说明 本版本对应为2014-05-26。</p> </div>';
    expect(htmlCellToText(cell)).toBe("API 版本号，为日期形式：YYYY-MM-DD。\n说明 本版本对应为2014-05-26。");
  });

  it("leaves text without HTML alone except for whitespace", () => {
    expect(htmlCellToText("  a  b\tc ")).toBe("a b c");
  });

  it("never leaves an HTML tag or an entity behind (property)", () => {
    // Markup and text only: a bare "<" or "&lt;" next to letters is literal text such as "<a>"
    // once decoded, which no check can tell from a tag (see the next two tests).
    const piece = fc.constantFrom("<p>", "</p>", '<ul style="x">', "</ul>", "<li>", "<code>", "</code>", "<i>", "<pre>", "</pre>", "<br/>", "&amp;", "&#39;", "•", " ", "文字", "a", "&");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const out = htmlCellToText(pieces.join(""));
        return findHtmlTag(out) === undefined && !/&(amp|lt|#39);/.test(out);
      }),
      { numRuns: 1000 },
    );
  });

  it("never leaves an entity behind and never throws, with bare < > & among the markup (property)", () => {
    const piece = fc.constantFrom("<p>", "</p>", "</ul>", "<li>", "<code>", "&amp;", "&lt;", "&#39;", " ", "文字", "a", "<", ">", "&");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => !/&(amp|lt|#39);/.test(htmlCellToText(pieces.join("")))),
      { numRuns: 1000 },
    );
  });

  it("decodes an escaped tag to the literal text it stands for", () => {
    expect(htmlCellToText("use &lt;a&gt; here")).toContain("use <a> here");
  });
});

describe("hasHtml / findHtmlTag", () => {
  it("tell real HTML from XML-ish words", () => {
    expect(findHtmlTag('x <ul style="a"> y')).toBe('<ul style="a">');
    expect(findHtmlTag("<RequestId>1</RequestId>")).toBeUndefined();
    expect(hasHtml("a &amp; b")).toBe(true);
    expect(hasHtml("a & b")).toBe(false);
  });
});

describe("deeply nested HTML (issue 14 item 4)", () => {
  it("reads a cell of 10,000 unclosed <code> tags without overflowing the stack, keeping all its text", () => {
    const text = htmlCellToText("见 " + "<code>x ".repeat(10000) + "end");
    expect(text.split(" ")).toHaveLength(10002);
    expect(text.startsWith("见 x x")).toBe(true);
    expect(text.endsWith("x end")).toBe(true);
  });
  it("reads a <pre> inside 10,000 unclosed <i> tags", () => {
    expect(htmlCellToText("<i>".repeat(10000) + "<pre>a  b</pre>")).toBe("a  b");
  });
});

// Issue 20 construct 8: open tags of formatting elements that nothing closes are dropped before
// parsing (they hold no text; the HTML parser re-checks each at every later tag).
describe("dropUnclosedFormatting", () => {
  const table: { given: string; want: string }[] = [
    { given: "a <code>b <code>c", want: "a b c" },
    { given: "<code>a</code> <code>b", want: "<code>a</code> b" },
    { given: "<code>a<code>b</code>", want: "a<code>b</code>" },
    { given: "<b>x <i>y</b>", want: "<b>x y</b>" },
    { given: "<p>x <ul><li>y", want: "<p>x <ul><li>y" },
  ];
  it.each(table)("$given", ({ given, want }) => {
    expect(dropUnclosedFormatting(given)).toBe(want);
  });
  it("gives the text of 40,000 unclosed <code> tags", () => {
    expect(htmlCellToText("<code>x ".repeat(40_000))).toBe("x ".repeat(40_000).trim());
  });
});

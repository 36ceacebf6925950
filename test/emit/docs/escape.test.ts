import fc from "fast-check";
import * as markdownPlugin from "prettier/plugins/markdown";
import { describe, expect, it } from "vitest";
import {
  markdownBlock,
  markdownCell,
  markdownCode,
  markdownFence,
  markdownFragment,
  markdownInline,
  scriptJsonExpression,
} from "../../../generator/emit/docs/escape.ts";

// A CommonMark + GFM parser (remark, as bundled by prettier's public Markdown plugin): the tests
// check what a renderer makes of the output, not what the output looks like.
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}
async function parseMarkdown(text: string): Promise<MdNode> {
  return (await markdownPlugin.parsers.markdown.parse(text, {} as never)) as MdNode;
}
function nodes(node: MdNode): MdNode[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}
function textOf(node: MdNode): string {
  if (node.type === "html" && node.value === "<br>") return "\n";
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(textOf).join("");
}

const HOSTILE = "<script>alert(1)</script> */ | `tick` ``x`` {{title}} *em* _em_ [a](javascript:alert(1)) ~~s~~ # h &amp; \\ ";
// Plain text in one line: what the document tables hold. (Leading/trailing spaces are not kept.)
const lineText = fc.string({ unit: fc.constantFrom(..."ab <>&|`*_[]()#!~{}\\-+=.1 中文".split("")), maxLength: 40 }).map((s) => s.trim());

describe("markdownInline / markdownBlock", () => {
  it("render hostile text as exactly that text, with no HTML node, emphasis, link or code", async () => {
    for (const md of [markdownInline(HOSTILE), markdownBlock(HOSTILE)]) {
      const ast = await parseMarkdown(md);
      const kinds = new Set(nodes(ast).map((n) => n.type));
      expect([...kinds].sort()).toEqual(["paragraph", "root", "text"]);
      expect(textOf(ast)).toBe(HOSTILE.trim());
    }
  });

  it("round-trips any line of text through a Markdown parser", async () => {
    await fc.assert(
      fc.asyncProperty(lineText, async (text) => {
        const ast = await parseMarkdown(markdownInline(text));
        expect(textOf(ast)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps each line of block text as its own paragraph, never a list, heading or quote", async () => {
    const text = "- a\n+ b\n1. c\n2) d\n# e\n> f\n===\n    g\n```\nh";
    const ast = await parseMarkdown(markdownBlock(text));
    expect(ast.children!.map((c) => c.type)).toEqual(Array(10).fill("paragraph"));
    expect(ast.children!.map(textOf)).toEqual(["- a", "+ b", "1. c", "2) d", "# e", "> f", "===", "g", "```", "h"]);
  });
});

describe("markdownCell", () => {
  it("stays one cell of one row whatever the text holds, line breaks as <br>", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineText, { minLength: 1, maxLength: 3 }), async (lines) => {
        const text = lines.join("\n");
        const md = `| a | b |\n| --- | --- |\n| ${markdownCell(text)} | x |\n`;
        const table = (await parseMarkdown(md)).children![0]!;
        expect(table.type).toBe("table");
        expect(table.children).toHaveLength(2);
        const [cell, other] = table.children![1]!.children!;
        expect(other && textOf(other)).toBe("x");
        expect(textOf(cell!)).toBe(lines.filter((l) => l !== "").join("\n"));
      }),
      { numRuns: 200 },
    );
  });
});

describe("markdownCode", () => {
  it("shows the text verbatim in a code span, in a table cell too", async () => {
    for (const text of ["a`b", "``x``", "`", "a|b <script>", " lead"]) {
      const inline = (await parseMarkdown(markdownCode(text))).children![0]!.children!;
      expect(inline).toEqual([expect.objectContaining({ type: "inlineCode", value: text })]);
      const table = (await parseMarkdown(`| a |\n| --- |\n| ${markdownCode(text, true)} |\n`)).children![0]!;
      expect(table.children![1]!.children![0]!.children).toEqual([expect.objectContaining({ type: "inlineCode", value: text })]);
    }
  });
});

describe("markdownFence", () => {
  it("cannot be closed by the code it holds", async () => {
    const code = "a\n```\n````\nb <script>";
    const ast = await parseMarkdown(markdownFence(code, "ts") + "\n\nafter");
    expect(ast.children!.map((c) => c.type)).toEqual(["code", "paragraph"]);
    expect(ast.children![0]!.value).toBe(code);
  });
});

describe("markdownFragment", () => {
  it("keeps surrounding spaces (it sits between links)", () => {
    expect(markdownFragment("Array of ")).toBe("Array of ");
    expect(markdownFragment("a|b")).toBe("a\\|b");
  });
});

describe("scriptJsonExpression", () => {
  it("evaluates to the same value and holds nothing an HTML parser or old JS engine would act on", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("</script>", "<!--", "&amp;", "\u2028", "\u2029", "]]>"), (value, nasty) => {
        const input = { value, nasty, text: `x${nasty}y`, ["__proto__"]: nasty };
        const out = scriptJsonExpression(input);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(new Function(`return ${out};`)()).toEqual(JSON.parse(JSON.stringify(input)));
      }),
    );
  });
});

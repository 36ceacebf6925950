// The Markdown docs of a package, read back through a CommonMark + GFM parser (remark, from
// prettier's public Markdown plugin): what a registry page or GitHub would render.
import * as markdownPlugin from "prettier/plugins/markdown";
import { describe, expect, it } from "vitest";
import { emitDocs, fixtureSpecs } from "./helpers.ts";

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  lang?: string;
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

const PAYLOAD = "<script>alert(1)</script> */ | `tick` ``double`` {{title}} <img src=x onerror=alert(1)> & ]]>";
const LOCAL_LINK = /^(\.\.\/)*([A-Za-z0-9_]+\/)*[A-Za-z0-9_]+\.md(#[a-z-]+)?$|^#[a-z-]+$/;

describe("document text in Markdown", async () => {
  const specs = fixtureSpecs("hostile");
  const { files } = await emitDocs(specs);
  const markdown = [...files].filter(([p]) => p.endsWith(".md"));
  const parsed = await Promise.all(markdown.map(async ([path, text]) => ({ path, ast: await parseMarkdown(text) })));

  it("creates no HTML, no link of its own and no broken table, on any page", () => {
    expect(markdown.map(([p]) => p).sort()).toEqual([
      "tencentcloud-hostile/README.md",
      "tencentcloud-hostile/docs/DescribeThings.md",
      "tencentcloud-hostile/docs/types/Thing.md",
    ]);
    for (const { path, ast } of parsed) {
      const all = nodes(ast);
      expect(all.filter((n) => n.type === "html" && n.value !== "<br>"), path).toEqual([]);
      for (const link of all.filter((n) => n.type === "link" || n.type === "image")) expect(link.url, path).toMatch(LOCAL_LINK);
      for (const table of all.filter((n) => n.type === "table")) {
        const width = table.children![0]!.children!.length;
        for (const row of table.children!) expect(row.children!.length, path).toBe(width);
      }
    }
  });

  it("shows it verbatim as text in headings, paragraphs, cells and code", () => {
    const { ast } = parsed.find((p) => p.path.endsWith("DescribeThings.md"))!;
    const all = nodes(ast);
    const h1 = all.find((n) => n.type === "heading" && n.depth === 1)!;
    expect(textOf(h1)).toContain(`查询 ${PAYLOAD}`);
    // Block text: every line its own paragraph, the ``` line included, never a code block.
    expect(all.filter((n) => n.type === "paragraph").map(textOf)).toContain("```");
    expect(all.filter((n) => n.type === "code").map((n) => n.lang)).toEqual(["ts", "json", "xml"]);
    const cells = all.filter((n) => n.type === "tableCell").map(textOf);
    expect(cells).toContain("Weird */ name|`x`<b>");
    expect(cells.find((c) => c.startsWith(PAYLOAD))).toContain(`Known values: A|B ${PAYLOAD}`);
    const ts = all.find((n) => n.type === "code" && n.lang === "ts")!.value!;
    expect(ts).toContain(`"Weird */ name|\`x\`<b>": "${PAYLOAD}`);
  });

  it("keeps the README's structure: a heading per section, whatever the service title", () => {
    const { ast } = parsed.find((p) => p.path.endsWith("README.md"))!;
    const headings = nodes(ast).filter((n) => n.type === "heading").map((n) => `${n.depth} ${textOf(n)}`);
    expect(headings).toEqual([
      "1 @docs2sdk/tencentcloud-hostile",
      "2 Install",
      "2 Credentials",
      "2 First call",
      "2 Error handling",
      "2 Retries and timeouts",
      "2 Regions and endpoints",
      "2 Pagination",
      "2 Request validation",
      "2 Hooks and debug logging",
      "2 Smaller bundles",
      "2 Use from an AI agent (MCP)",
      "2 Testing your code",
      "2 Actions",
      `3 ${specs[0]!.service.actions[0]!.category}`,
      "2 Data structures",
      "2 Common error codes",
    ]);
    // Every code block the template opens is closed where the template closes it: credentials (2), first call,
    // errors, retries, regions, validation, hooks, smaller bundles (no paginator: the spec has no paging hint),
    // then the MCP server's registration.
    expect(nodes(ast).filter((n) => n.type === "code").map((n) => n.lang)).toEqual(["sh", ...Array<string>(9).fill("ts"), "json"]);
  });
});

describe("README per provider", async () => {
  const { files } = await emitDocs(fixtureSpecs("demo"));

  it("names the provider's credential variables", () => {
    expect(files.get("tencentcloud-demo/README.md")).toContain("`TENCENTCLOUD_SECRET_ID` and `TENCENTCLOUD_SECRET_KEY`");
    expect(files.get("aliyun-demo/README.md")).toContain("`ALIBABA_CLOUD_ACCESS_KEY_ID` and `ALIBABA_CLOUD_ACCESS_KEY_SECRET`");
  });

  it("links every action and structure page of the package, and only existing ones", () => {
    for (const dir of ["tencentcloud-demo", "aliyun-demo"]) {
      const readme = files.get(`${dir}/README.md`)!;
      const linked = [...new Set([...readme.matchAll(/\]\((docs\/[^)]+\.md)\)/g)].map((m) => `${dir}/${m[1]}`))].sort();
      const pages = [...files.keys()].filter((p) => p.startsWith(`${dir}/docs/`)).sort();
      expect(linked).toEqual(pages);
    }
  });

  it("names a structure by its TypeScript name where the client had to rename it", async () => {
    const spec = JSON.parse(JSON.stringify(fixtureSpecs("demo").find((s) => s.path === "tencentcloud/demo/2020-01-01.json")));
    spec.service.types.push({ name: "CreateWidgetRequest", description: "clashes with the action's request type", fields: [] });
    const renamed = (await emitDocs([spec])).files;
    expect(renamed.get("tencentcloud-demo/docs/types/CreateWidgetRequest.md")).toContain('`import type { CreateWidgetRequestStruct } from "@docs2sdk/tencentcloud-demo";`');
    expect(renamed.get("docs-site/tencentcloud/demo/2020-01-01/types/CreateWidgetRequest.html")).toContain("import type { CreateWidgetRequestStruct }");
    expect(renamed.get("tencentcloud-demo/docs/types/Tag.md")).toContain("import type { Tag }");
  });

  it("links from action pages to structure pages that exist", () => {
    for (const [path, text] of files) {
      if (!path.endsWith(".md")) continue;
      for (const m of text.matchAll(/\]\(([^)#]+\.md)(#[^)]*)?\)/g)) {
        const base = path.split("/").slice(0, -1);
        for (const part of m[1]!.split("/")) part === ".." ? base.pop() : base.push(part);
        expect(files.has(base.join("/")), `${path} -> ${m[1]}`).toBe(true);
      }
    }
  });
});

describe("the README's first call", () => {
  it("is a read-only action the document gives an example for, even when a write comes first", async () => {
    const [spec] = fixtureSpecs("demo").filter((s) => s.path === "tencentcloud/demo/2020-01-01.json");
    const create = spec!.service.actions.find((a) => a.name === "CreateWidget")!;
    create.examples = [{ title: "Create", input: { Name: "w" }, output: { Response: { RequestId: "r" } } }];
    spec!.service.actions = [create, ...spec!.service.actions.filter((a) => a !== create)];
    const readme = (await emitDocs([spec!])).files.get("tencentcloud-demo/README.md")!;
    const firstCall = readme.slice(readme.indexOf("From the documented example of"));
    expect(firstCall.split("\n")[0]).toContain("[DescribeWidgets](docs/DescribeWidgets.md)");
    expect(firstCall.slice(0, firstCall.indexOf("## "))).not.toContain("createWidget");
  });
});

// What an editor shows on hover over the generated client: the JSDoc of the class, its methods and
// the standalone commands (issue 19 item 11).
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { createClientEmitter } from "../../../generator/emit/client/index.ts";
import { exampleViews, packageOf } from "../../../generator/emit/docs/model.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Service } from "../../../generator/spec/types.ts";
import { contractRuntime, sampleSpec } from "./helpers.ts";

const HOSTILE = "thing-1 */ alert(1) /*";
const EXPLORER = "https://console.cloud.tencent.com/api/explorer?Product=sample&Version=2020-01-01&Action=DescribeThings";
const WRAPPED = "列出当前账号下的全部物品，可以按照物品的标识、名称和所在的可用区进行过滤，返回结果按创建时间\n倒序排列。";

/** The sample spec with a documented example (hostile text in a value), a PDF-wrapped description, and a write action first. */
function hoverSpec(): { path: string; service: Service } {
  const loaded = sampleSpec();
  const service = loaded.service;
  const describe = service.actions.find((a) => a.name === "DescribeThings")!;
  describe.description = WRAPPED;
  describe.explorerUrl = EXPLORER;
  describe.examples = [
    { title: "Example 1", input: { Action: "DescribeThings", Region: "ap-shanghai", ThingIds: [HOSTILE], Limit: "20" }, output: { Response: { TotalCount: 0 } }, requestForm: "get" },
  ];
  // A write action listed first must not become the example of the error-handling doc.
  service.actions = [service.actions.find((a) => a.name === "RunThing")!, ...service.actions.filter((a) => a.name !== "RunThing")];
  // A URL that could close the comment or the inline tag is not linked.
  service.actions[0]!.explorerUrl = "https://console.example/api/explorer?Action=RunThing*/}";
  return { path: loaded.path, service };
}

/** The JSDoc of a declaration in a TypeScript source, as the language service reads it. */
function jsdocOf(source: string, name: string): { text: string; tags: { tag: string; text: string }[] } {
  const file = ts.createSourceFile("x.ts", source, ts.ScriptTarget.Latest, true);
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if ((ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name?.getText() === name) found ??= node;
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!found) throw new Error(`no declaration ${name}`);
  const docs = ts.getJSDocCommentsAndTags(found).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1]!;
  return {
    text: ts.getTextOfJSDocComment(doc.comment) ?? "",
    tags: (doc.tags ?? []).map((t) => ({ tag: t.tagName.text, text: ts.getTextOfJSDocComment(t.comment) ?? "" })),
  };
}

let files: Map<string, string>;
let spec: { path: string; service: Service };
beforeAll(async () => {
  spec = hoverSpec();
  const emitter = createClientEmitter({ runtime: async () => contractRuntime() });
  files = (await emitter.emit({ specs: [spec], templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("generated") })) as Map<string, string>;
});

describe("hover docs of the generated client", () => {
  it("gives each method and command an @example: the docs' type-checked program, escaped for the comment", () => {
    const docsCode = exampleViews(spec.service, spec.service.actions.find((a) => a.name === "DescribeThings")!, packageOf(spec.service))[0]!.code!;
    // The comment cannot hold "*/": the example shows it as "*\/", which is the only difference.
    const want = docsCode.trimEnd().replaceAll("*/", "*\\/");
    for (const [file, name] of [["src/client.ts", "describeThings"], ["src/commands/DescribeThings.ts", "describeThings"]] as const) {
      const example = jsdocOf(files.get(`tencentcloud-sample/${file}`)!, name).tags.find((t) => t.tag === "example");
      expect(example?.text, file).toBe(want);
    }
    expect(want).toContain("Limit: 20");
    expect(want).toContain('new SampleClient({ region: "ap-shanghai" })');
  });

  it("@see the action's online page where the spec has one, on the method and the command; none elsewhere", () => {
    for (const [file, name] of [["src/client.ts", "describeThings"], ["src/commands/DescribeThings.ts", "describeThings"]] as const) {
      const see = jsdocOf(files.get(`tencentcloud-sample/${file}`)!, name).tags.filter((t) => t.tag === "see");
      expect(see.map((t) => t.text), file).toEqual([`{@link ${EXPLORER} | API Explorer: call DescribeThings online}`]);
    }
    expect(jsdocOf(files.get("tencentcloud-sample/src/client.ts")!, "runThing").tags.filter((t) => t.tag === "see")).toEqual([]);
  });

  it("names no path of the generator's repository", () => {
    for (const [path, text] of files) expect(text, path).not.toContain("spec/sources/");
  });

  it("keeps the class doc short: the product and a link, not the document's introduction", () => {
    const doc = jsdocOf(files.get("tencentcloud-sample/src/client.ts")!, "SampleClient");
    expect(doc.text).not.toContain(spec.service.description!.slice(0, 30));
    expect(doc.text).toContain(spec.service.title.replaceAll("*/", "*\\/"));
    expect(doc.tags.map((t) => [t.tag, t.text])).toEqual([["see", expect.stringContaining("https://cloud.tencent.com/document/api")]]);
  });

  it("joins a sentence broken across PDF lines", () => {
    const doc = jsdocOf(files.get("tencentcloud-sample/src/client.ts")!, "describeThings");
    expect(doc.text).toContain(WRAPPED.replace("\n", ""));
  });

  it("shows error handling on a read-only action, not the first (a write)", () => {
    const errors = files.get("tencentcloud-sample/src/errors.ts")!;
    expect(errors).toContain('isServiceErrorFrom(e, "DescribeThings")');
    expect(errors).not.toContain('isServiceErrorFrom(e, "RunThing")');
  });
});

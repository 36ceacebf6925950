// The escaping discipline of the docs templates, checked on the template sources themselves.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownTemplateProblems } from "../../../generator/emit/docs/templates.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";

function templates(dir: string, ext: string): [string, string][] {
  const root = join(REPO_ROOT, "templates", "docs", dir);
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => [f, readFileSync(join(root, f), "utf8")]);
}

describe("docs templates", () => {
  it("Markdown: every printed value goes through an escaping helper", () => {
    const all = templates("markdown", ".md.hbs");
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const [name, source] of all) expect(markdownTemplateProblems(source), name).toEqual([]);
  });

  it("the Markdown check catches a bare value", () => {
    expect(markdownTemplateProblems("# {{title}}\n{{inline name}}")).toEqual(["line 1: {{title}} prints a value without an escaping helper"]);
  });

  it("HTML: no triple-stash or {{& }}, so Handlebars escapes every value", () => {
    const all = templates("site", ".html.hbs");
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const [name, source] of all) expect(source, name).not.toMatch(/\{\{\{|\{\{~?&/);
  });
});

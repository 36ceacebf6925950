// The docs templates (templates/docs/) compiled into two Handlebars environments.
//
// HTML: Handlebars' own escaping ({{ }}) covers every value; the templates use no {{{ }}} (a test
// checks). Markdown: Handlebars' escaping is HTML-only and would leave `*`, `|` or backticks active,
// so the Markdown environment does not escape by itself and every value goes through a helper that
// says how it is placed (text, inline, cell, code, fence, ident). A test checks that no Markdown
// template prints a bare value.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { markdownBlock, markdownCell, markdownCode, markdownFence, markdownFragment, markdownInline } from "./escape.ts";
import type { Segment } from "./model.ts";

type Render = (context: unknown) => string;

export interface MarkdownTemplates {
  readme: Render;
  action: Render;
  struct: Render;
}

export interface SiteTemplates {
  index: Render;
  provider: Render;
  service: Render;
  action: Render;
  struct: Render;
  /** llms.txt: the site as an index for language models (llmstxt.org), Markdown. */
  llms: Render;
  /** Static files copied as they are, by path below the site ("assets/style.css"). */
  assets: Map<string, string>;
}

/** Names the Markdown templates may call to print a value (see markdownTemplateProblems). */
export const MARKDOWN_HELPERS = ["text", "inline", "cell", "cellInline", "code", "fence", "ident", "jsString", "typeMd", "sep"] as const;

/** Separates the parts of a {{#cellParts}} block; removed from document text beforehand. */
const CELL_SEP = "\u0000";

const SAFE_IDENT = /^[A-Za-z0-9@/_.$-]+$/;

function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), "utf8");
}

export function loadMarkdownTemplates(templatesDir: string): MarkdownTemplates {
  const dir = join(templatesDir, "docs", "markdown");
  const hb = Handlebars.create();
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v)).replace(/\u0000/g, "");
  hb.registerHelper("text", (v: unknown) => markdownBlock(str(v)));
  hb.registerHelper("inline", (v: unknown) => markdownInline(str(v)));
  hb.registerHelper("cell", (v: unknown) => markdownCell(str(v)));
  // Inline text inside a cell: line breaks would end the row.
  hb.registerHelper("cellInline", (v: unknown) => markdownInline(str(v)));
  hb.registerHelper("code", (v: unknown, ...rest: unknown[]) => markdownCode(str(v), rest.length > 1 && rest[0] === true));
  hb.registerHelper("fence", (v: unknown, lang: unknown) => markdownFence(str(v), typeof lang === "string" ? lang : ""));
  // A string literal inside a fenced code block: JSON.stringify keeps it on one line, and a fence
  // only closes at the start of a line, so no value can end the block.
  hb.registerHelper("jsString", (v: unknown) => JSON.stringify(str(v)));
  // Generated names (package, class, method, page file names): checked, never escaped, because
  // they also appear inside code blocks where escapes would show.
  hb.registerHelper("ident", (v: unknown) => {
    const s = str(v);
    if (!SAFE_IDENT.test(s)) throw new Error(`docs template: ${JSON.stringify(s)} is not a plain identifier`);
    return s;
  });
  hb.registerHelper("typeMd", (segments: Segment[]) =>
    segments.map((s) => (s.href ? `[${markdownFragment(s.text)}](${s.href})` : markdownFragment(s.text))).join(""),
  );
  hb.registerHelper("sep", () => CELL_SEP);
  hb.registerHelper("cellParts", function (this: unknown, options: Handlebars.HelperOptions) {
    return options
      .fn(this)
      .split(CELL_SEP)
      .filter((p) => p !== "")
      .join("<br>");
  });
  hb.registerPartial("fields", read(dir, "fields.md.hbs"));
  const compile = (name: string): Render => hb.compile(read(dir, name), { noEscape: true });
  return { readme: compile("readme.md.hbs"), action: compile("action.md.hbs"), struct: compile("struct.md.hbs") };
}

export function loadSiteTemplates(templatesDir: string): SiteTemplates {
  const dir = join(templatesDir, "docs", "site");
  const hb = Handlebars.create();
  // Document text keeps its lines: one element per line, each escaped by {{ }}.
  hb.registerHelper("lines", (v: unknown) =>
    String(v ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== ""),
  );
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  for (const name of readdirSync(join(dir, "partials")).sort()) {
    if (name.endsWith(".html.hbs")) hb.registerPartial(name.slice(0, -".html.hbs".length), read(join(dir, "partials"), name));
  }
  const compile = (name: string): Render => hb.compile(read(dir, name), { strict: false });
  // llms.txt is Markdown, not HTML: its own instance escapes document text for Markdown.
  const markdown = Handlebars.create();
  markdown.registerHelper("inline", (v: unknown) => markdownInline(v === undefined || v === null ? "" : String(v)));
  markdown.registerHelper("code", (v: unknown) => markdownCode(v === undefined || v === null ? "" : String(v)));
  const assets = new Map<string, string>();
  for (const name of readdirSync(join(dir, "assets")).sort()) assets.set(`assets/${name}`, read(join(dir, "assets"), name));
  return {
    index: compile("index.html.hbs"),
    provider: compile("provider.html.hbs"),
    service: compile("service.html.hbs"),
    action: compile("action.html.hbs"),
    struct: compile("struct.html.hbs"),
    llms: markdown.compile(read(dir, "llms.txt.hbs"), { noEscape: true, strict: true }),
    assets,
  };
}

/** Mustaches in a Markdown template that print a value without an escaping helper. */
export function markdownTemplateProblems(source: string): string[] {
  const problems: string[] = [];
  const helpers = new Set<string>(MARKDOWN_HELPERS);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; path?: { original?: string }; params?: unknown[]; escaped?: boolean; loc?: { start: { line: number } } };
    if (n.type === "MustacheStatement") {
      const name = n.path?.original ?? "";
      if (!helpers.has(name)) problems.push(`line ${n.loc?.start.line}: {{${name}}} prints a value without an escaping helper`);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object" && value !== n.loc) visit(value);
    }
  };
  visit(Handlebars.parse(source));
  return problems;
}

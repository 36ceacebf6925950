// Inline markup left in markdown-ish exports, turned into plain text for the spec: dead links
// `[text](#)`, `**bold**`, backslash escapes (`\$`, `\_`), backtick code spans, and HTML fragments
// (`<code>x</code>`, unclosed `<ul style=…>` lists) that an HTML-to-text step left behind.
import * as cheerio from "cheerio";

const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/;

/** Plain text of an HTML fragment; block elements and list items become separate lines. */
export function htmlFragmentToText(fragment: string): string {
  const $ = cheerio.load(`<body>${fragment}</body>`, null, false);
  $("br").replaceWith("\n");
  $("li, p, div, tr").each((_, el) => {
    $(el).prepend("\n").append("\n");
  });
  return $.root()
    .text()
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l) => l !== "")
    .join("\n");
}

/** One line (or cell) of markdown-ish text as plain text. */
export function plainInline(s: string): string {
  let out = s;
  if (HTML_TAG.test(out)) out = htmlFragmentToText(out);
  out = out.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
  out = out.replace(/\*\*([^*]+)\*\*/g, "$1");
  out = out.replace(/`([^`]+)`/g, "$1");
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!$|<>~])/g, "$1");
  return out.replace(/[ \t]+/g, " ").trim();
}

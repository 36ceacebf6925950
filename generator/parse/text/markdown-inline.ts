// Inline markup left in markdown-ish exports, turned into plain text for the spec: dead links
// `[text](#)`, `**bold**`, backslash escapes (`\$`, `\_`), backtick code spans, and HTML fragments
// (`<code>x</code>`, unclosed `<ul style=…>` lists) that an HTML-to-text step left behind.
import * as cheerio from "cheerio";
import type { AnyNode } from "domhandler";

const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/;

/** Plain text of an HTML fragment; block elements and list items become separate lines. */
export function htmlFragmentToText(fragment: string): string {
  const $ = cheerio.load(`<body>${fragment}</body>`, null, false);
  $("br").replaceWith("\n");
  $("li, p, div, tr").each((_, el) => {
    $(el).prepend("\n").append("\n");
  });
  return textOf($.root().toArray())
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * The text of `nodes` and their descendants in document order, as cheerio's `.text()` gives it
 * (text nodes only; comments and processing instructions give none). Iterative, with an explicit
 * stack: `.text()` recurses once per level, and 3,000 nested unclosed `<table><tr><td>` in a cell
 * overflowed the call stack.
 */
function textOf(nodes: readonly AnyNode[]): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === "text") parts.push((node as { data: string }).data);
    else if (node.type !== "comment" && "children" in node) {
      const children = node.children as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join("");
}

// Code is literal: `*SshKey` in <code> or backticks is a wildcard, not the start of an emphasis.
const CODE = /<code>[\s\S]*?<\/code>|`[^`]+`/g;

/** `f` applied to the text between code spans and elements, which are kept as they are. */
function outsideCode(s: string, f: (text: string) => string): string {
  let out = "";
  let last = 0;
  for (const m of s.matchAll(CODE)) {
    out += f(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + f(s.slice(last));
}

/**
 * Single-asterisk emphasis (`*ECS用户指南*中的`) as its text. As in CommonMark, the opening `*` is
 * followed by a non-space and the closing one preceded by one; the opening one must also not follow
 * a letter or digit, so that a product such as `2*3*4` stays as written.
 */
const EMPHASIS = /(^|[^\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)/gu;

/**
 * Removes single-asterisk emphasis from raw markdown, leaving code spans and <code> elements alone.
 * It must see the text before any HTML-to-text step: once `<code>*SshKey</code>` has become text,
 * nothing tells its wildcard from markup. (plainInline may get text already converted, so it does not
 * do this itself.)
 */
export function stripEmphasis(s: string): string {
  return outsideCode(s, (text) => text.replace(EMPHASIS, "$1$2"));
}

/** One line (or cell) of markdown-ish text as plain text. */
export function plainInline(s: string): string {
  let out = s;
  if (HTML_TAG.test(out)) out = htmlFragmentToText(out);
  // Neither part may hold its own opening bracket: with `[^\]]*` each `[` of a long run of them
  // scanned to the end of the text (quadratic; 80,000 took seconds).
  out = out.replace(/!?\[([^\][]*)\]\([^()]*\)/g, "$1");
  out = out.replace(/\*\*([^*]+)\*\*/g, "$1");
  out = out.replace(/`([^`]+)`/g, "$1");
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!$|<>~])/g, "$1");
  return out.replace(/[ \t]+/g, " ").trim();
}

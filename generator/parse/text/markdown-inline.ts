// Inline markup left in markdown-ish exports, turned into plain text for the spec: dead links
// `[text](#)`, `**bold**`, backslash escapes (`\$`, `\_`), backtick code spans, and HTML fragments
// (`<code>x</code>`, unclosed `<ul style=…>` lists) that an HTML-to-text step left behind.
import * as cheerio from "cheerio";
import type { AnyNode } from "domhandler";
import { dropUnclosedFormatting } from "./html-cell.ts";
import { ChunkedString, replaceEach } from "./linear-replace.ts";

const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/;

/** Elements whose content is a line of its own. */
const BLOCK_ELEMENTS = new Set(["li", "p", "div", "tr"]);

/** Plain text of an HTML fragment; block elements and list items become separate lines. */
export function htmlFragmentToText(fragment: string): string {
  const html = dropUnclosedFormatting(fragment);
  // No tag or entity left: the text is the fragment itself (see htmlCellToText).
  const text = /[<&]/.test(html) ? textOf(cheerio.load(`<body>${html}</body>`, null, false).root().toArray()) : html;
  return text
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * The text of `nodes` and their descendants in document order, as cheerio's `.text()` gives it
 * (text nodes only; comments and processing instructions give none), with a line break for each
 * `<br>` and around each block element. One iterative walk, with an explicit stack: `.text()`
 * recurses once per level, and 3,000 nested unclosed `<table><tr><td>` in a cell overflowed the
 * call stack; selecting `br` and the blocks with cheerio first was quadratic in the depth (40,000
 * nested unclosed `<code>` took seconds, issue 20 item 8).
 */
function textOf(nodes: readonly AnyNode[]): string {
  const parts: string[] = [];
  const stack: (AnyNode | "\n")[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === "\n") parts.push("\n");
    else if (node.type === "text") parts.push((node as { data: string }).data);
    else if (node.type === "tag" && (node as { name: string }).name === "br") parts.push("\n");
    else if (node.type !== "comment" && "children" in node) {
      const block = node.type === "tag" && BLOCK_ELEMENTS.has((node as { name: string }).name);
      if (block) {
        parts.push("\n");
        stack.push("\n");
      }
      const children = node.children as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join("");
}

// Code is literal: `*SshKey` in <code> or backticks is a wildcard, not the start of an emphasis.
const CODE_OPEN = "<code>";
const CODE_CLOSE = "</code>";

/**
 * The code spans of `s` (`<code>…</code>` up to the first close after the open, or a backtick
 * pair around at least one character), leftmost first, as [start, end) offsets. A scan, not the
 * regex /<code>[\s\S]*?<\/code>|`[^`]+`/g: that regex retried every unclosed `<code>` to the end
 * of the text, so a line of 40,000 of them took seconds (issue 20 item 8). Here an open tag with no
 * close after it ends the search for open tags, and each offset is looked at a bounded number of times.
 */
export function codeSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  let pos = 0;
  let tagsOpen = true; // false once an open tag has no close after it: none after it can close either
  let ticksOpen = true;
  while (pos < s.length) {
    const tag = tagsOpen ? s.indexOf(CODE_OPEN, pos) : -1;
    const tick = ticksOpen ? s.indexOf("`", pos) : -1;
    if (tag < 0) tagsOpen = false;
    if (tick < 0) ticksOpen = false;
    if (tag < 0 && tick < 0) break;
    if (tag >= 0 && (tick < 0 || tag < tick)) {
      const close = s.indexOf(CODE_CLOSE, tag + CODE_OPEN.length);
      if (close < 0) {
        tagsOpen = false;
        continue;
      }
      spans.push([tag, close + CODE_CLOSE.length]);
      pos = close + CODE_CLOSE.length;
    } else {
      const close = s.indexOf("`", tick + 1);
      if (close < 0) {
        ticksOpen = false;
        continue;
      }
      if (close === tick + 1) {
        pos = tick + 1; // an empty pair is no span; the second tick may open one
        continue;
      }
      spans.push([tick, close + 1]);
      pos = close + 1;
    }
  }
  return spans;
}

/** `f` applied to the text between code spans and elements, which are kept as they are. */
function outsideCode(s: string, f: (text: string) => string): string {
  const out = new ChunkedString();
  let last = 0;
  for (const [start, end] of codeSpans(s)) {
    out.push(f(s.slice(last, start)));
    out.push(s.slice(start, end));
    last = end;
  }
  out.push(f(s.slice(last)));
  return out.toString();
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
  return outsideCode(s, (text) => replaceEach(text, EMPHASIS, (m) => m[1]! + m[2]!));
}

const DEAD_LINK = /!?\[([^\][]*)\]\([^()]*\)/g;
const BOLD = /\*\*([^*]+)\*\*/g;
const BACKTICKS = /`([^`]+)`/g;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!$|<>~])/g;
/** A run of spaces and tabs other than a single space: the runs that collapsing changes. */
const COLLAPSIBLE_BLANKS = /[ \t]{2,}|\t/g;

/** One line (or cell) of markdown-ish text as plain text. */
export function plainInline(s: string): string {
  let out = s;
  if (HTML_TAG.test(out)) out = htmlFragmentToText(out);
  // Neither part may hold its own opening bracket: with `[^\]]*` each `[` of a long run of them
  // scanned to the end of the text (quadratic; 80,000 took seconds). Each rewrite is linear in the
  // number of its matches too (replaceEach): a line of megabytes may have one every few characters.
  out = replaceEach(out, DEAD_LINK, (m) => m[1]!);
  out = replaceEach(out, BOLD, (m) => m[1]!);
  out = replaceEach(out, BACKTICKS, (m) => m[1]!);
  out = replaceEach(out, ESCAPED, (m) => m[1]!);
  return replaceEach(out, COLLAPSIBLE_BLANKS, () => " ").trim();
}

// HTML fragments inside table cells of documentation exports, as plain text for the spec.
//
// Exporters leave HTML in cells that is rarely well formed: `<ul style=…>` that is never closed and
// has no `<li>` (its items run together, separated by `•` or by nothing but spaces), `<p>` blocks,
// `<code>`/`<i>` wrappers, `<pre>` holding raw `< >`, entities. The text keeps the structure a
// reader needs: every block on its own line, every list item as a `- item` line. Only real HTML
// element names are read as tags; anything else in angle brackets (`<RequestId>`, `<公共请求参数>`,
// a bare `<` in a `<pre>`) is text and stays.
import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { ChunkedString, replaceEach } from "./linear-replace.ts";

/** HTML elements the exports use (and their close relatives); other `<x>` is text. */
const HTML_ELEMENTS = new Set([
  "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em", "font", "h1", "h2",
  "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "s", "samp", "small", "span",
  "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var",
]);
const BLOCK_ELEMENTS = new Set(["blockquote", "caption", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "p", "table", "tbody", "tfoot", "thead", "tr"]);
const LIST_ELEMENTS = new Set(["ul", "ol"]);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/g;
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);/;
const BULLET = "•";
/** A whitespace run other than a single space (`\s` holds U+00A0). */
const COLLAPSIBLE_SPACE = /\s{2,}|[^\S ]/g;

/**
 * The HTML parser's formatting elements (the "active formatting elements" of the HTML standard):
 * each one left open is re-checked at every later start tag, so a cell of 40,000 unclosed
 * `<code>` took seconds and grew faster than the text (issue 20 item 8).
 */
const FORMATTING_ELEMENTS = new Set(["b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);

/**
 * `html` without the open tags of formatting elements that no later close tag closes. They hold
 * no text of their own and make no line, so the text is the same, and parsing stays linear.
 */
export function dropUnclosedFormatting(html: string): string {
  const open = new Map<string, number[]>();
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (!FORMATTING_ELEMENTS.has(name) || m[0].endsWith("/>")) continue;
    let stack = open.get(name);
    if (!stack) open.set(name, (stack = []));
    if (m[0][1] === "/") stack.pop();
    else stack.push(m.index);
  }
  let count = 0;
  for (const stack of open.values()) count += stack.length;
  if (count === 0) return html;
  const starts = new Float64Array(count);
  let at = 0;
  for (const stack of open.values()) for (const start of stack) starts[at++] = start;
  starts.sort();
  const kept = new ChunkedString();
  let last = 0;
  for (const start of starts) {
    kept.push(html.slice(last, start));
    last = html.indexOf(">", start) + 1;
  }
  kept.push(html.slice(last));
  return kept.toString();
}

/** Whether `s` holds an HTML element tag or a character entity (what this module removes). */
export function hasHtml(s: string): boolean {
  return findHtmlTag(s) !== undefined || ENTITY.test(s);
}

/** The first HTML element tag in `s` (`<p>`, `</code>`), or undefined. Case-insensitive names. */
export function findHtmlTag(s: string): string | undefined {
  for (const m of s.matchAll(TAG)) if (HTML_ELEMENTS.has(m[1]!.toLowerCase())) return m[0];
  return undefined;
}

/**
 * Plain text of a cell that may hold HTML: blocks become lines, list items `- item` lines,
 * entities characters. Text without tags or entities comes back with its whitespace collapsed.
 */
export function htmlCellToText(cell: string): string {
  if (!hasHtml(cell)) return collapse(cell);
  const html = dropUnclosedFormatting(protectNonHtml(cell));
  // Nothing left to parse (the tags were all unclosed formatting): the HTML parser would give one
  // text node, built a character at a time; on a line of megabytes that rope's garbage made the
  // collector's work grow faster than the line.
  if (!/[<&]/.test(html)) return collapse(html);
  const $ = cheerio.load(html, null, false);
  const out = new LineWriter();
  walk($.root().contents().toArray(), out, "none");
  return out.finish();
}

/**
 * Escapes every `<` and `>` that does not belong to a real HTML element tag, so that it stays text.
 * Only the stretches between tags that hold a bracket are rewritten: the rest of the cell is kept
 * in the pieces it came in (a cell of 640,000 tags is then a few pieces, not a piece per tag).
 */
function protectNonHtml(cell: string): string {
  const out = new ChunkedString();
  let copied = 0; // cell[copied, textStart) is text that needs no escaping, not yet written
  let textStart = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(cell); m !== null; m = TAG.exec(cell)) {
    if (!HTML_ELEMENTS.has(m[1]!.toLowerCase())) continue;
    if (hasBracket(cell, textStart, m.index)) {
      out.push(cell.slice(copied, textStart));
      out.push(escapeText(cell.slice(textStart, m.index)));
      copied = m.index;
    }
    textStart = m.index + m[0].length;
  }
  if (copied === 0 && !hasBracket(cell, textStart, cell.length)) return cell;
  out.push(cell.slice(copied, textStart));
  out.push(escapeText(cell.slice(textStart)));
  return out.toString();
}

/** Whether `s[from, to)` holds a `<` or `>`. */
function hasBracket(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3c || c === 0x3e) return true;
  }
  return false;
}

function escapeText(s: string): string {
  // A lone `&` is text in HTML already; only angle brackets need protecting.
  return s.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Whitespace runs as one space, trimmed. Only runs that are not already a single space are
 * rewritten (most cells have none), and through replaceEach: a line of megabytes may have a run
 * between every two words.
 */
function collapse(s: string): string {
  return replaceEach(s, COLLAPSIBLE_SPACE, () => " ").trim();
}

/** Collects lines; the current line grows with inline text until a block or item boundary. */
class LineWriter {
  private lines: string[] = [];
  private current = "";
  private item = false;

  text(s: string): void {
    this.current += s;
  }
  /** Whether the current line has no text yet. */
  get atLineStart(): boolean {
    return collapse(this.current) === "";
  }
  /** Ends the current line (if it has text). */
  break(): void {
    const t = collapse(this.current);
    if (t !== "") this.lines.push(this.item ? `- ${t}` : t);
    this.current = "";
    this.item = false;
  }
  /** Starts a list item line. */
  startItem(): void {
    this.break();
    this.item = true;
  }
  /** A line kept as written (a `<pre>` block), whitespace runs inside kept. */
  verbatim(s: string): void {
    this.break();
    const t = s.replace(/\u00a0/g, " ").trim();
    if (t !== "") for (const l of t.split("\n")) if (l.trim() !== "") this.lines.push(l.trimEnd());
  }
  finish(): string {
    this.break();
    return this.lines.join("\n");
  }
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/**
 * How text inside a `<ul>`/`<ol>` without `<li>` is cut into items: at each `•` when the list has
 * any, else at sentence ends and `word：` starts ("runs"); "none" outside such lists.
 */
type ListMode = "none" | "bullets" | "runs";

/**
 * Writes `nodes` in document order. Iterative, with a stack of nodes to visit and of line breaks
 * to write after an element's children: a cell of 10,000 unclosed `<code>` tags nests 10,000 deep.
 */
function walk(nodes: readonly AnyNode[], out: LineWriter, mode: ListMode): void {
  type Task = { node: AnyNode; mode: ListMode } | "break";
  const stack: Task[] = [];
  const pushChildren = (children: readonly AnyNode[], m: ListMode) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, mode: m });
  };
  pushChildren(nodes, mode);
  while (stack.length > 0) {
    const task = stack.pop()!;
    if (task === "break") {
      out.break();
      continue;
    }
    const { node, mode } = task;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      if (mode === "bullets") bulletText(data, out);
      else if (mode === "runs") runText(data, out);
      else out.text(data);
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (name === "br") {
      out.break();
    } else if (name === "pre") {
      out.verbatim(textOf(node));
    } else if (name === "li") {
      out.startItem();
      stack.push("break");
      pushChildren(node.children, "none");
    } else if (LIST_ELEMENTS.has(name)) {
      out.break();
      const marked = node.children.some((c) => isElement(c) && c.name.toLowerCase() === "li");
      const inner: ListMode = marked ? "none" : inlineText(node).includes(BULLET) ? "bullets" : "runs";
      stack.push("break");
      pushChildren(node.children, inner);
    } else if (BLOCK_ELEMENTS.has(name)) {
      out.break();
      stack.push("break");
      pushChildren(node.children, "none");
    } else {
      pushChildren(node.children, mode);
    }
  }
}

/** The list's own text, up to its first block child (a `<p>` after the items is not an item). */
function inlineText(node: Element): string {
  let s = "";
  for (const c of node.children) {
    if (isElement(c) && (BLOCK_ELEMENTS.has(c.name.toLowerCase()) || LIST_ELEMENTS.has(c.name.toLowerCase()))) break;
    s += textOf(c);
  }
  return s;
}

/** The text of a node and everything inside it, in document order (iterative, as walk). */
function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "text") parts.push((n as unknown as { data: string }).data);
    else if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join("");
}

function bulletText(data: string, out: LineWriter): void {
  const pieces = data.split(BULLET);
  out.text(pieces[0]!);
  for (const piece of pieces.slice(1)) {
    out.startItem();
    out.text(piece);
  }
}

/** A text run of a list without bullets: every run-together item after the first starts a line. */
function runText(data: string, out: LineWriter): void {
  const items = splitRunTogether(data);
  if (items.length === 0) {
    out.text(data);
    return;
  }
  items.forEach((item, i) => {
    if (i > 0 || out.atLineStart) out.startItem();
    else out.text(" ");
    out.text(item);
  });
}

/**
 * Items that an exporter ran together with spaces: a new item starts after a sentence end
 * (`。` `；`) or where a `value：` / `value:` pair starts (enumerations such as
 * `cloud：普通云盘 cloud_ssd：SSD 云盘`). Needs at least two items to split at all.
 */
function splitRunTogether(data: string): string[] {
  const text = collapse(data);
  if (text === "") return [];
  const parts = text.split(/(?<=[。；;])\s+|\s+(?=[A-Za-z0-9][\w.\-]*\s*(?:：|:(?!\/\/))\s*\S)/u).filter((p) => p !== "");
  return parts.length >= 2 ? parts : [text];
}

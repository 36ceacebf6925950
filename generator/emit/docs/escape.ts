// Escaping of document text for each place the docs put it. Document text is untrusted: it comes
// from scraped PDFs and HTML and may hold markup, Markdown syntax, template braces or comment ends.
// HTML escaping is Handlebars' own ({{ }}); Markdown and inline JavaScript have no such guard, so
// they are done here, once.

/** Characters with inline meaning in CommonMark/GFM (emphasis, code, links, tables, strikethrough,
 * a heading's closing #s) or in template engines that post-process Markdown ({{ }} in Vue/Liquid
 * based renderers). */
const MD_INLINE = /[\\`*_[\]|~{}#]/g;

/** Text that would open a block construct at the start of a line: lists, thematic breaks, setext
 * underlines. (Headings' "#" is escaped everywhere; ">" and "<" are entities by then.) */
const MD_LINE_START = /^(-|\+|=|\d{1,9}(?=[.)]))/;

function escapeMarkdownLine(line: string): string {
  let out = line
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MD_INLINE, (c) => `\\${c}`);
  const m = MD_LINE_START.exec(out);
  if (m) {
    // "1." -> "1\." ; "-" -> "\-"
    out = /^\d/.test(m[1]!) ? `${m[1]}\\${out.slice(m[1]!.length)}` : `\\${out}`;
  }
  return out;
}

function lines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** Text on one line of Markdown (a heading, a list item): line breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeMarkdownLine(lines(text).join(" "));
}

/** A piece of a line (between links, say): escaped like inline text, spaces kept as they are. */
export function markdownFragment(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MD_INLINE, (c) => `\\${c}`);
}

/** Block text: each line of the document becomes a paragraph, so lists and notes keep their lines
 * without being reinterpreted as Markdown lists. */
export function markdownBlock(text: string): string {
  return lines(text).map(escapeMarkdownLine).join("\n\n");
}

/** A GFM table cell: inline escaping, line breaks as <br> (the only markup a cell can hold). */
export function markdownCell(text: string): string {
  return lines(text).map(escapeMarkdownLine).join("<br>");
}

/** A code span that shows `text` verbatim: fenced by more backticks than any run inside it. In a
 * table cell "|" must still be escaped: GFM splits cells before it parses code spans. */
export function markdownCode(text: string, inTable = false): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "") ? " " : "";
  const body = inTable ? flat.replace(/\|/g, "\\|") : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block that no line of `code` can close. */
export function markdownFence(code: string, lang: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${code.replace(/\n+$/, "")}\n${fence}`;
}

/** A JavaScript expression for a JSON value that is safe inside an HTML <script> and in any JS
 * engine: JSON.parse of a string literal (no "</script>", "<!--", entity or U+2028/2029 inside;
 * and a "__proto__" key stays a key, which it would not in an object literal). */
export function scriptJsonExpression(value: unknown): string {
  const literal = JSON.stringify(JSON.stringify(value))
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `JSON.parse(${literal})`;
}

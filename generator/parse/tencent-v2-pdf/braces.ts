// JSON examples whose brackets the PDF text layer moved away. In the legacy pages every line that
// held only a bracket (`{`, `}`, `[`, `],` …) lost it: the line stays as its indentation alone (or
// `,` when a comma followed the bracket), a `"key": {` line ends after the colon, and the brackets
// themselves are printed, in order, as bracket-only lines at the end of the page:
//
//       "Response":                 ← was  "Response": {
//           "InstanceSet":          ← was  "InstanceSet": [
//                                   ← was  {            (indentation only)
//               "Zone": "ap-1"
//           ,                       ← was  },
//   {  {  [  {  }                   ← the page's brackets, in document order
//
// The brackets are put back where the text needs them: each slot (a key without a value, an
// indentation-only line, a lone comma) takes the next bracket, and where JSON grammar cannot go on
// without one (the top-level brace, whose slot has no indentation to show), the next one is
// inserted. The result must parse and every bracket must be used; otherwise nothing is guessed.

import { parseJsonBounded } from "../text/json-recover.ts";

export interface BraceLine {
  /** The line as printed, indentation kept (an empty string is not a line here). */
  raw: string;
  line: number;
}

export type BraceRecovery = { value: unknown; text: string } | { error: string; line: number };

const BRACKETS_ONLY = /^[[\]{}]+$/;

/** Whether a printed line is one of the displaced bracket lines. */
export function isBracketLine(text: string): boolean {
  return BRACKETS_ONLY.test(text.trim());
}

type Lex = { kind: "string" | "scalar" | "punct"; text: string; key?: boolean };
type Item = Lex | { kind: "open-slot" } | { kind: "close-slot" } | { kind: "slot" };

/** Lexes one (re-joined) line of JSON text; undefined when it is not JSON text. */
function lex(text: string): Lex[] | undefined {
  const out: Lex[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (j >= text.length) return undefined;
      out.push({ kind: "string", text: text.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if ("{}[]:,".includes(ch)) {
      out.push({ kind: "punct", text: ch });
      i++;
      continue;
    }
    const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!m) return undefined;
    out.push({ kind: "scalar", text: m[1]! });
    i += m[1]!.length;
  }
  for (let k = 0; k + 1 < out.length; k++) if (out[k]!.kind === "string" && out[k + 1]!.text === ":") out[k]!.key = true;
  return out;
}

type State = "value" | "key-or-close" | "key" | "colon" | "after-value" | "value-or-close" | "done";

class Builder {
  text = "";
  state: State = "value";
  stack: ("{" | "[")[] = [];

  accepts(t: Lex): boolean {
    const s = this.state;
    if (t.kind === "punct") {
      switch (t.text) {
        case "{":
        case "[":
          return s === "value" || s === "value-or-close";
        case "}":
          return (s === "key-or-close" || s === "after-value") && this.stack[this.stack.length - 1] === "{";
        case "]":
          return (s === "value-or-close" || s === "after-value") && this.stack[this.stack.length - 1] === "[";
        case ":":
          return s === "colon";
        case ",":
          return s === "after-value" && this.stack.length > 0;
      }
      return false;
    }
    if (t.key) return s === "key" || s === "key-or-close";
    return s === "value" || s === "value-or-close";
  }

  apply(t: Lex): void {
    this.text += (t.text === ":" ? "" : this.text === "" || t.text === "," ? "" : "\n") + (t.text === ":" ? ": " : t.text);
    if (t.kind === "punct") {
      if (t.text === "{" || t.text === "[") {
        this.stack.push(t.text);
        this.state = t.text === "{" ? "key-or-close" : "value-or-close";
      } else if (t.text === "}" || t.text === "]") {
        this.stack.pop();
        this.state = this.stack.length === 0 ? "done" : "after-value";
      } else if (t.text === ":") this.state = "value";
      else if (t.text === ",") this.state = this.stack[this.stack.length - 1] === "{" ? "key" : "value";
      return;
    }
    if (t.key) this.state = "colon";
    else this.state = this.stack.length === 0 ? "done" : "after-value";
  }
}

const bracket = (ch: string): Lex => ({ kind: "punct", text: ch });

/**
 * Rebuilds the JSON of `lines` (text lines and bracket-only lines, in document order).
 * `useSlots`: let indentation-only lines take a bracket each (off for a second, grammar-only try).
 */
export function restoreBrackets(lines: readonly BraceLine[], useSlots = true): BraceRecovery {
  const pending: string[] = [];
  const items: { item: Item; line: number }[] = [];
  // Re-join strings wrapped over lines before lexing.
  let carry: { text: string; line: number } | undefined;
  for (const l of lines) {
    const t = l.raw.trim();
    if (isBracketLine(t)) {
      for (const ch of t) pending.push(ch);
      continue;
    }
    if (t === "") {
      if (useSlots && l.raw.length >= 2 && !carry) items.push({ item: { kind: "slot" }, line: l.line });
      continue;
    }
    const text = carry ? carry.text + t : t;
    const at = carry ? carry.line : l.line;
    if (unclosedString(text)) {
      carry = { text, line: at };
      continue;
    }
    carry = undefined;
    if (text === ",") {
      items.push({ item: { kind: "close-slot" }, line: at });
      items.push({ item: bracket(","), line: at });
      continue;
    }
    const lexed = lex(text);
    if (!lexed) return { error: `not JSON text: ${JSON.stringify(text.slice(0, 60))}`, line: at };
    for (const x of lexed) items.push({ item: x, line: at });
    const last = lexed[lexed.length - 1];
    if (last?.text === ":") items.push({ item: { kind: "open-slot" }, line: at });
  }
  if (carry) return { error: "a string never closes", line: carry.line };
  const b = new Builder();
  let next = 0;
  const take = (line: number, want?: "open" | "close"): string | { error: string; line: number } => {
    const ch = pending[next];
    if (ch === undefined) return { error: "more brackets are needed than the page printed", line };
    if (want === "open" && ch !== "{" && ch !== "[") return { error: `a key without a value, but the next displaced bracket is '${ch}'`, line };
    if (want === "close" && ch !== "}" && ch !== "]") return { error: `a lone comma, but the next displaced bracket is '${ch}'`, line };
    if (!b.accepts(bracket(ch))) return { error: `the displaced bracket '${ch}' does not fit here`, line };
    next++;
    b.apply(bracket(ch));
    return ch;
  };
  for (const { item, line } of items) {
    if (item.kind === "open-slot" || item.kind === "close-slot" || item.kind === "slot") {
      const r = take(line, item.kind === "open-slot" ? "open" : item.kind === "close-slot" ? "close" : undefined);
      if (typeof r !== "string") return r;
      continue;
    }
    while (!b.accepts(item)) {
      const r = take(line);
      if (typeof r !== "string") return r;
    }
    b.apply(item);
  }
  while (next < pending.length) {
    const r = take(lines[lines.length - 1]?.line ?? 0);
    if (typeof r !== "string") return r;
  }
  if (b.stack.length > 0 || b.state !== "done") return { error: "the brackets printed on the pages do not close the JSON", line: lines[lines.length - 1]?.line ?? 0 };
  const parsed = parseJsonBounded(b.text);
  if ("error" in parsed) return { error: `not JSON after restoring brackets: ${parsed.error}`, line: lines[0]?.line ?? 0 };
  return { value: parsed.value, text: b.text };
}

/** Restores with indentation slots first, then by grammar alone. */
export function recoverStrippedJson(lines: readonly BraceLine[]): BraceRecovery & { slots?: boolean } {
  const first = restoreBrackets(lines, true);
  if (!("error" in first)) return { ...first, slots: true };
  const second = restoreBrackets(lines, false);
  if (!("error" in second)) return { ...second, slots: false };
  return first;
}

function unclosedString(text: string): boolean {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString && ch === "\\") {
      i++;
      continue;
    }
    if (ch === '"') inString = !inString;
  }
  return inString;
}

// Text rewriting whose cost stays proportional to the text on lines of megabytes.
//
// V8's native global `String.prototype.replace` gathers every match of the whole subject in one
// array before it builds the result. On a line with hundreds of thousands of matches (a cell of
// 640,000 unclosed `<code>*x*` tags, issue 20 item 8) that array and the pieces it holds outlive the
// young-generation collections, and the time per match grew with the line: 1.6x to 5x per match
// at 16 times the line. Here the result is built in bounded chunks, each joined as soon as it is
// full, so no structure grows with the number of matches but the result itself.

/** Pieces collected before they are joined into one chunk of the result. */
const PIECES_PER_CHUNK = 2048;

/** A string built from many pieces, joined a chunk at a time (see the file comment). */
export class ChunkedString {
  private readonly chunks: string[] = [];
  private pieces: string[] = [];

  push(piece: string): void {
    if (piece === "") return;
    this.pieces.push(piece);
    if (this.pieces.length >= PIECES_PER_CHUNK) {
      this.chunks.push(this.pieces.join(""));
      this.pieces = [];
    }
  }

  toString(): string {
    if (this.chunks.length === 0) return this.pieces.join("");
    return this.chunks.join("") + this.pieces.join("");
  }
}

/**
 * `s.replace(re, …)` for a global `re`: each match replaced by `replacement(match)`, where `match`
 * is the match and its groups as `exec` gives them (an unmatched group is undefined). Linear in the
 * text and the number of matches. A string with no match comes back as it is.
 */
export function replaceEach(s: string, re: RegExp, replacement: (match: RegExpExecArray) => string): string {
  if (!re.global) throw new Error(`replaceEach needs a global regex: ${re}`);
  re.lastIndex = 0;
  let m = re.exec(s);
  if (m === null) return s;
  const out = new ChunkedString();
  let last = 0;
  for (; m !== null; m = re.exec(s)) {
    out.push(s.slice(last, m.index));
    out.push(replacement(m));
    last = m.index + m[0].length;
    // An empty match would be found again at the same place (as String.prototype.replace, step on).
    if (m[0].length === 0) re.lastIndex = nextIndex(s, re.lastIndex, re.unicode || re.flags.includes("v"));
  }
  out.push(s.slice(last));
  re.lastIndex = 0;
  return out.toString();
}

/** The index after `i`: past a whole surrogate pair when the regex reads code points. */
function nextIndex(s: string, i: number, codePoints: boolean): number {
  if (!codePoints || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

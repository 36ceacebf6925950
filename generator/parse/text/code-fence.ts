// Triple-backtick code blocks of markdown-ish exports. A page break inside a block closes the fence
// and opens a new one after some blank lines, sometimes in the middle of a JSON object, so a fence
// that follows another with nothing but blank lines between is the same block.

export interface CodeBlock {
  /** 1-based line of the opening fence. */
  startLine: number;
  /** 1-based line of the closing fence (or the last line scanned, when it never closes). */
  endLine: number;
  /** The content lines, fences removed, page pieces concatenated. */
  lines: string[];
  /** lineNumbers[i] is the 1-based document line of lines[i]. */
  lineNumbers: number[];
  /** How many fenced pieces were merged (1 when the block was not split). */
  pieces: number;
  /** Index into `lines` where each piece starts ([0] for an unsplit block). */
  pieceStarts: number[];
  /** False when the last fence was never closed (a truncated document). */
  closed: boolean;
  /** Text found on the opening fence after the backticks (a language tag), if any. */
  info: string;
}

const FENCE = /^\s*```(.*)$/;

export function isFenceLine(line: string): boolean {
  return FENCE.test(line);
}

/**
 * The code blocks of lines[from-1 .. to-1] (1-based, inclusive), page-split pieces merged.
 * Pass merge=false to keep every fenced piece on its own.
 */
export function readCodeBlocks(lines: readonly string[], from: number, to: number, merge = true): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: CodeBlock | undefined;
  let lastClosed: CodeBlock | undefined;
  let onlyBlanksSinceClose = false;
  const last = Math.min(to, lines.length);
  for (let n = from; n <= last; n++) {
    const line = lines[n - 1]!;
    const fence = FENCE.exec(line);
    if (open) {
      if (fence && fence[1]!.trim() === "") {
        open.endLine = n;
        open.closed = true;
        lastClosed = open;
        open = undefined;
        onlyBlanksSinceClose = true;
      } else {
        open.lines.push(line);
        open.lineNumbers.push(n);
      }
      continue;
    }
    if (fence) {
      if (merge && lastClosed && onlyBlanksSinceClose) {
        open = lastClosed;
        open.pieces++;
        open.pieceStarts.push(open.lines.length);
        open.closed = false;
      } else {
        open = { startLine: n, endLine: n, lines: [], lineNumbers: [], pieces: 1, pieceStarts: [0], closed: false, info: fence[1]!.trim() };
        blocks.push(open);
      }
      continue;
    }
    if (line.trim() !== "") onlyBlanksSinceClose = false;
  }
  if (open) open.endLine = last;
  return blocks;
}

// TAB-separated tables, as HTML/markdown exports write them: one row per line, cells split by TABs,
// a table ends at the first non-table text. Page breaks cut tables into pieces separated by blank
// lines, with the header repeated (or, rarely, not), and leave debris: markdown separator rows
// (`----⇥----`) and a description cell's last characters spilled into an otherwise empty row
// (`.⇥⇥`). This module reassembles the pieces; what the columns mean is the caller's business.

export interface TabRow {
  /** Cells, trimmed; padded with "" to the header's width. */
  cells: string[];
  /** 1-based line of the row. */
  line: number;
}

export interface TabTable {
  header: string[];
  /** 1-based line of the (first) header. */
  headerLine: number;
  rows: TabRow[];
  /** The last non-blank text line before the table inside the scanned range (a sub-table caption). */
  label?: { text: string; line: number };
  /** Last line belonging to the table. */
  endLine: number;
  /** Lines where a page break repeated the header (the table continues). */
  repeatedHeaders: number[];
}

export interface TabTableProblem {
  line: number;
  code: "table.stray-row" | "table.empty" | "table.width";
  message: string;
}

export interface TabTableScan {
  tables: TabTable[];
  problems: TabTableProblem[];
}

export function isTabLine(line: string): boolean {
  return line.includes("\t");
}

/** Splits a row at TABs and trims every cell (a trailing TAB yields a trailing empty cell). */
export function splitTabRow(line: string): string[] {
  return line.split("\t").map((c) => c.trim());
}

/** `----⇥----` rows: markdown table separators left in the export. */
export function isSeparatorRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  return filled.length > 0 && filled.every((c) => /^-{2,}$/.test(c));
}

/**
 * A row holding nothing but the tail of the previous row's last cell (`.⇥⇥`): only its first cell
 * has text, and that text is punctuation, which no real first column (a name, a code) can be.
 */
export function isSpillRow(cells: readonly string[]): boolean {
  if (cells.slice(1).some((c) => c !== "")) return false;
  return cells[0] !== undefined && /^[\p{P}\p{S}]+$/u.test(cells[0]);
}

export interface ReadTabTablesOptions {
  /** Whether a TAB line is a header row (a known column list). */
  isHeader: (cells: string[]) => boolean;
  /**
   * Whether a headerless TAB run after blank lines continues the table before it (a page break
   * that lost the header). Default: when its width is the table's width.
   */
  continues?: (table: TabTable, cells: string[]) => boolean;
}

/**
 * Reads the tables of lines[from-1 .. to-1] (1-based, inclusive). Pieces separated only by blank
 * lines are one table when the later piece repeats the header or has no header; separator rows are
 * dropped; spill rows are appended to the previous row's last cell. TAB lines that belong to no
 * table are reported, never kept silently.
 */
export function readTabTables(lines: readonly string[], from: number, to: number, options: ReadTabTablesOptions): TabTableScan {
  const tables: TabTable[] = [];
  const problems: TabTableProblem[] = [];
  const continues = options.continues ?? ((t, cells) => cells.length === t.header.length);
  let current: TabTable | undefined;
  // Blank lines since the last line of the current table (a page break, when the table goes on).
  let gap = false;
  let label: { text: string; line: number } | undefined;

  for (let n = from; n <= Math.min(to, lines.length); n++) {
    const raw = lines[n - 1]!;
    if (raw.trim() === "") {
      gap = true;
      continue;
    }
    if (!isTabLine(raw)) {
      label = { text: raw.trim(), line: n };
      current = undefined;
      continue;
    }
    const cells = splitTabRow(raw);
    if (options.isHeader(cells)) {
      if (current && sameHeader(current.header, cells)) {
        current.repeatedHeaders.push(n);
      } else {
        current = { header: cells, headerLine: n, rows: [], endLine: n, repeatedHeaders: [] };
        if (label) current.label = label;
        tables.push(current);
      }
      current.endLine = n;
      gap = false;
      label = undefined;
      continue;
    }
    if (!current || (gap && !continues(current, cells))) {
      problems.push({ line: n, code: "table.stray-row", message: `a table row without a table header: ${JSON.stringify(raw.trim()).slice(0, 80)}` });
      continue;
    }
    current.endLine = n;
    gap = false;
    if (isSeparatorRow(cells)) continue;
    const prev = current.rows[current.rows.length - 1];
    if (prev && isSpillRow(cells)) {
      const last = prev.cells.length - 1;
      prev.cells[last] = `${prev.cells[last] ?? ""}${cells[0] ?? ""}`;
      continue;
    }
    if (cells.length > current.header.length) {
      const extra = cells.slice(current.header.length);
      if (extra.some((c) => c !== "")) {
        problems.push({ line: n, code: "table.width", message: `row has ${cells.length} cells, the header ${current.header.length}: the extra cells are joined into the last one` });
      }
      const keep = cells.slice(0, current.header.length);
      keep[keep.length - 1] = [keep[keep.length - 1], ...extra].filter((c) => c !== "").join(" ");
      current.rows.push({ cells: keep, line: n });
      continue;
    }
    while (cells.length < current.header.length) cells.push("");
    current.rows.push({ cells, line: n });
  }
  for (const t of tables) {
    if (t.rows.length === 0) problems.push({ line: t.headerLine, code: "table.empty", message: `table ${t.header.join(" | ")} has a header but no rows (cut off?)` });
  }
  return { tables, problems };
}

function sameHeader(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

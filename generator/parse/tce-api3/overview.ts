// The API 概览: `接口名称⇥接口功能` tables under group headings (the group is the category).
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { SourceDocument } from "../document.ts";
import { plainInline } from "../text/markdown-inline.ts";
import { readTabTables } from "../text/tab-table.ts";
import { IDENT, isHeaderCells } from "./lines.ts";

export interface OverviewEntry {
  title: string;
  category: string;
  line: number;
}

export function readOverview(doc: SourceDocument, from: number, to: number, diag: Diagnostics): Map<string, OverviewEntry> {
  const out = new Map<string, OverviewEntry>();
  const { tables } = readTabTables(doc.lines, from, to, { isHeader: isHeaderCells([["接口名称", "接口功能"]]) });
  for (const t of tables) {
    const category = t.label?.text ?? "";
    for (const row of t.rows) {
      const [name, title] = row.cells;
      if (!name || !IDENT.test(name)) {
        diag.report("overview.row", row.line, `overview row without an action name: ${JSON.stringify(row.cells.join(" | "))}`);
        continue;
      }
      if (out.has(name)) {
        diag.report("overview.duplicate", row.line, `the overview lists ${name} twice`);
        continue;
      }
      out.set(name, { title: plainInline(title ?? ""), category, line: row.line });
    }
  }
  if (out.size === 0) diag.report("overview.missing", from, "no API 概览 table (接口名称⇥接口功能): the actions the document names are unknown");
  return out;
}

// The 'API 概览' table: group headings ('实例相关接口') over rows 'Name 中文标题 rate', one per
// line. It names every action the document describes (and, in 001, two it no longer does).
import type { CleanLine } from "../text/page-noise.ts";
import { ZH, type Vocabulary } from "./vocabulary.ts";

export interface OverviewEntry {
  name: string;
  title: string;
  rateLimit?: number;
  category?: string;
  line: number;
}

const ROW = /^([A-Z][A-Za-z0-9]+) (\S.*?)(?: (\d+))?$/;
/**
 * Without a rate column a row is just 'Name title', which any capitalized prose line matches:
 * there an action name must look like one (two capitalized humps: 'DescribeRegions').
 */
const ACTION_NAME = /^[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;
/** A name printed alone, its title wrapped onto the following lines. */
const BARE_NAME = /^[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;
/** The overview ends after this many lines that are neither rows nor headings. */
const MAX_GAP = 8;

export function parseOverview(lines: readonly CleanLine[], vocab: Vocabulary = ZH): OverviewEntry[] {
  const HEADER = vocab.overviewHeader;
  const CATEGORY = vocab.category;
  const out: OverviewEntry[] = [];
  let started = false;
  let category: string | undefined;
  let gap = 0;
  let withRate = false;
  // A bare name waiting for its wrapped title (rate-less tables only).
  let pending: OverviewEntry | undefined;
  const flush = () => {
    if (pending && pending.title !== "") out.push(pending);
    pending = undefined;
  };
  for (const l of lines) {
    const t = l.text;
    const header = HEADER.exec(t);
    if (header) {
      flush();
      started = true;
      withRate = header[1] !== undefined;
      gap = 0;
      continue;
    }
    if (!started) {
      if (CATEGORY.test(t)) category = t;
      continue;
    }
    if (CATEGORY.test(t)) {
      flush();
      category = t;
      gap = 0;
      continue;
    }
    if (!withRate && BARE_NAME.test(t)) {
      flush();
      pending = { name: t, title: "", line: l.line, ...(category ? { category } : {}) };
      gap = 0;
      continue;
    }
    const row = ROW.exec(t);
    if (pending && !(row && ACTION_NAME.test(row[1]!))) {
      pending.title = pending.title === "" ? t : `${pending.title} ${t}`;
      continue;
    }
    flush();
    if (row && (withRate ? row[3] !== undefined : ACTION_NAME.test(row[1]!))) {
      const entry: OverviewEntry = { name: row[1]!, title: row[2]!.trim(), line: l.line };
      if (row[3] !== undefined) entry.rateLimit = Number(row[3]);
      if (category) entry.category = category;
      out.push(entry);
      gap = 0;
      continue;
    }
    if (++gap > MAX_GAP) break;
  }
  flush();
  return out;
}

// Shared dialect step: the document's own list of actions (API 概览 table, table of contents) against
// the sections parsed. A row is answered by the section a dialect linked to it (by title, where the
// document misspells the name in one place) or else by a section of that name; rows nobody answers
// are missing actions, sections no row lists are unlisted. The wording of the diagnostics stays the
// dialect's (it names the dialect's own headings); the rule is one.
import type { Diagnostics } from "../../spec/diagnostics.ts";

export interface ListedAction {
  name: string;
  line: number;
}

export interface Reconciliation<R extends ListedAction, A extends { name: string }> {
  /** Each answered row with the section that answers it. */
  answeredBy: Map<R, A>;
  /** Rows no section answers, in row order. */
  missing: R[];
  /** Sections no row lists (neither linked nor named), in section order. */
  unlisted: A[];
}

export function reconcileOverview<R extends ListedAction, A extends { name: string }>(
  rows: readonly R[],
  actions: readonly A[],
  linked: ReadonlyMap<A, R> = new Map(),
): Reconciliation<R, A> {
  const byName = new Map<string, A>();
  for (const a of actions) if (!byName.has(a.name)) byName.set(a.name, a);
  const answeredBy = new Map<R, A>();
  for (const [a, row] of linked) answeredBy.set(row, a);
  for (const r of rows) if (!answeredBy.has(r) && byName.has(r.name)) answeredBy.set(r, byName.get(r.name)!);
  const listedNames = new Set(rows.map((r) => r.name));
  return {
    answeredBy,
    missing: rows.filter((r) => !answeredBy.has(r)),
    unlisted: actions.filter((a) => !linked.has(a) && !listedNames.has(a.name)),
  };
}

/** Reports a reconciliation: one action.missing per row, one action.unlisted per section, in the dialect's words. */
export function reportReconciliation<R extends ListedAction, A extends { name: string }>(
  result: Reconciliation<R, A>,
  diag: Diagnostics,
  words: { missing: (row: R) => string; unlisted: (action: A) => string; lineOf: (action: A) => number },
): void {
  for (const r of result.missing) diag.report("action.missing", r.line, words.missing(r));
  for (const a of result.unlisted) diag.report("action.unlisted", words.lineOf(a), words.unlisted(a));
}

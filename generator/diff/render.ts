// Rendering spec diffs for people (Markdown for a changelog or PR comment) and for tools (JSON).
import type { SpecDiff } from "./spec-diff.ts";

/** Escapes text for a Markdown table cell or inline code-free prose. */
function md(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\r?\n/g, " ");
}

export function renderMarkdown(diffs: SpecDiff[]): string {
  const out: string[] = [];
  for (const d of diffs) {
    out.push(`## ${md(d.old)} → ${md(d.new)}`, "");
    if (d.changes.length === 0) {
      out.push("No changes.", "");
      continue;
    }
    out.push(`${d.changes.length} changes, ${d.breaking} breaking.`, "");
    for (const [title, breaking] of [["Breaking changes", true], ["Other changes", false]] as const) {
      const rows = d.changes.filter((c) => c.breaking === breaking);
      if (rows.length === 0) continue;
      out.push(`### ${title}`, "", "| change | where | before | after |", "|---|---|---|---|");
      for (const c of rows) out.push(`| ${c.kind} | ${md(c.location)} | ${md(c.before ?? "")} | ${md(c.after ?? "")} |`);
      out.push("");
    }
  }
  return out.join("\n");
}

export function renderJson(diffs: SpecDiff[]): string {
  return JSON.stringify(diffs, null, 2) + "\n";
}

/**
 * One release's entry of a package's CHANGELOG.md: the notes, then breaking changes, each with the
 * document and line it comes from (when known), then the others.
 */
export function renderChangelogEntry(version: string, diff: SpecDiff, notes: readonly string[] = []): string {
  const out = [`## ${md(version)}`, ""];
  // Notes (a first release, a new runtime dependency) are the tool's own Markdown, not document text.
  for (const note of notes) out.push(note, "");
  if (diff.changes.length === 0 && notes.length === 0) out.push("No API changes (the package's content changed).", "");
  for (const [title, breaking] of [["Breaking changes", true], ["Other changes", false]] as const) {
    const rows = diff.changes.filter((c) => c.breaking === breaking);
    if (rows.length === 0) continue;
    out.push(`### ${title}`, "");
    for (const c of rows) {
      const change = c.before !== undefined || c.after !== undefined ? ` (${md(c.before ?? "—")} → ${md(c.after ?? "—")})` : "";
      const where = c.source ? ` — ${md(c.source.file)}:${c.source.line}` : "";
      out.push(`- ${md(c.message)}${change}${where}`);
    }
    out.push("");
  }
  return out.join("\n");
}

// The shared reconciliation of a document's action list (overview, TOC) against its sections.
import { describe, expect, it } from "vitest";
import { reconcileOverview, reportReconciliation } from "../../../generator/parse/steps/reconcile-overview.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const row = (name: string, line: number) => ({ name, line });
const section = (name: string, line: number) => ({ name, line });

describe("reconcileOverview", () => {
  it.each([
    { given: "every row answered by name", rows: [row("A", 1), row("B", 2)], sections: [section("A", 10), section("B", 20)], links: [], want: { missing: [], unlisted: [] } },
    { given: "a row without a section", rows: [row("A", 1), row("B", 2)], sections: [section("A", 10)], links: [], want: { missing: ["B"], unlisted: [] } },
    { given: "a section without a row", rows: [row("A", 1)], sections: [section("A", 10), section("C", 30)], links: [], want: { missing: [], unlisted: ["C"] } },
    { given: "a row listed twice, its section missing", rows: [row("B", 1), row("B", 2)], sections: [], links: [], want: { missing: ["B", "B"], unlisted: [] } },
    {
      given: "a misspelt section linked to its row by title",
      rows: [row("DeleteSubnetAclRule", 1)],
      sections: [section("DeteleSubnetAclRule", 10)],
      links: [[0, 0]],
      want: { missing: [], unlisted: [] },
    },
    { given: "no rows at all", rows: [], sections: [section("A", 10)], links: [], want: { missing: [], unlisted: ["A"] } },
  ])("$given", ({ rows, sections, links, want }) => {
    const linked = new Map(links.map(([s, r]) => [sections[s!]!, rows[r!]!]));
    const got = reconcileOverview(rows, sections, linked);
    expect({ missing: got.missing.map((r) => r.name), unlisted: got.unlisted.map((a) => a.name) }).toEqual(want);
    for (const [r, a] of got.answeredBy) expect(rows).toContain(r), expect(sections).toContain(a);
  });

  it("reports missing rows at their line and unlisted sections at theirs, in the dialect's words", () => {
    const diag = new Diagnostics("doc.txt");
    const got = reconcileOverview([row("A", 3), row("B", 4)], [section("A", 10), section("C", 30)]);
    reportReconciliation(got, diag, { missing: (r) => `no ${r.name}`, unlisted: (a) => `extra ${a.name}`, lineOf: (a) => a.line });
    expect(diag.items.map((d) => [d.severity, d.code, d.line, d.message])).toEqual([
      ["warning", "action.missing", 4, "no B"],
      ["warning", "action.unlisted", 30, "extra C"],
    ]);
  });
});

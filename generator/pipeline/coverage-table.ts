// The coverage of every spec as a Markdown table (the README's, and `docs2sdk report`'s).
import type { Coverage } from "../spec/diagnostics.ts";

export const COVERAGE_HEADER = [
  "| spec | dialect | actions found / named by the document | structures | dangling refs | examples recovered / shown | paginated actions | list-like actions without a paging hint |",
  "|---|---|---|---|---|---|---|---|",
];

export function coverageRows(documents: { coverage: Coverage[] }[]): string[] {
  return documents.flatMap((d) =>
    d.coverage.map(
      (c) =>
        `| \`${c.spec}\` | ${c.dialect} | ${c.actionsFound}/${c.actionsNamed} | ${c.structsDefined} | ${c.danglingRefs.length} | ` +
        `${c.examplesRecovered}/${c.examplesRecovered + c.examplesFailed.length} | ${c.pagination?.hinted.length ?? 0} | ${c.pagination?.unhinted.length ?? 0} |`,
    ),
  );
}

export function coverageTable(documents: { coverage: Coverage[] }[]): string {
  return [...COVERAGE_HEADER, ...coverageRows(documents)].join("\n");
}

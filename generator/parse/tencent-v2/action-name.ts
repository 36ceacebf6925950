// Which action a legacy V2 section describes. The documents name it in up to five places (the
// overview row, `本接口(X)`, `接口名：X`, `Action字段为X`, the example URL's `Action=X`) and these
// disagree now and then (typos, copied examples). The majority wins; a tie goes to the source
// listed first in `sources` (the caller orders them by trust), and any disagreement is reported.
import type { Diagnostics } from "../../spec/diagnostics.ts";

export interface NameSource {
  /** What said it ("overview", "本接口", "Action字段", "example URL"). */
  where: string;
  name: string;
  line: number;
}

const PATTERNS: { where: string; re: RegExp }[] = [
  { where: "本接口(X)", re: /本接口\s*[(（]\s*`?([A-Za-z][A-Za-z0-9_]*)`?\s*[)）]/ },
  { where: "接口名", re: /接口名\s*[:：]\s*`?([A-Za-z][A-Za-z0-9_]*)`?/ },
  { where: "Action字段", re: /Action\s*字段为\s*`?([A-Za-z][A-Za-z0-9_]*)`?/ },
];

/** The name cues of one line of prose. */
export function nameCues(text: string, line: number): NameSource[] {
  const out: NameSource[] = [];
  for (const { where, re } of PATTERNS) {
    const m = re.exec(text);
    if (m) out.push({ where, name: m[1]!, line });
  }
  return out;
}

export function voteActionName(sources: readonly NameSource[], diag: Diagnostics, line: number, title: string): string | undefined {
  if (sources.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  let best = sources[0]!.name;
  for (const s of sources) if (counts.get(s.name)! > counts.get(best)!) best = s.name;
  if (counts.size > 1) {
    const said = sources.map((s) => `${s.where} ${s.name} (line ${s.line})`).join(", ");
    diag.report("action.name-mismatch", line, `'${title}': the document names this action differently: ${said}; using ${best}`);
  }
  return best;
}

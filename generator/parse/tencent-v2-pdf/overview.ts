// The 'API 概览' section of a legacy part: groups `N. 实例相关接口` with rows `接口功能 Action ID 功能描述`,
// space-separated. The PDF wraps the narrow Action ID column mid-word (`ModifyImageAttribute` /
// `s`, `DescribeNetworkInterfacesOfSecurityGr` / `oup`) and the title column too (`普通公网IP转弹性公网`
// / `IP`), so a row is: a title (CJK), an identifier with upper and lower case, a description.
import type { CleanLine } from "../text/page-noise.ts";

export interface OverviewRow {
  name: string;
  title: string;
  category: string;
  line: number;
}

const IDENT = /^[A-Za-z][A-Za-z0-9]*$/;
const isActionName = (w: string) => IDENT.test(w) && /[A-Z]/.test(w) && /[a-z]/.test(w) && w.length >= 5;
const PIECE = /^[a-z0-9]+$/;
const HAN = /[\u4e00-\u9fff]/;

export function readOverview(lines: readonly CleanLine[]): OverviewRow[] {
  const out: OverviewRow[] = [];
  let category = "";
  let titleParts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    // Group names may hold spaces as printed ("4. 弹性公网 IP 相关接口", 001:40763).
    const group = /^\d+\.\s*(\S[^\t]*?相关接口|\S+接口)$/.exec(t);
    if (group) {
      category = group[1]!;
      titleParts = [];
      continue;
    }
    if (/^接口功能\s+Action\s*ID/.test(t)) {
      titleParts = [];
      continue;
    }
    const words = t.split(/\s+/);
    const at = words.findIndex((w, k) => isActionName(w) && words.slice(0, k).some((x) => HAN.test(x)));
    const alone = words.length === 1 && isActionName(words[0]!);
    if (at < 0 && !alone) {
      // A title (or its wrapped part) waiting for its name on the next line.
      if (HAN.test(t) && !/[。]$/.test(t)) titleParts.push(t);
      else if (titleParts.length > 0 && /^[A-Za-z0-9]+$/.test(t) && !isActionName(t)) titleParts.push(t);
      else titleParts = [];
      continue;
    }
    let name = alone ? words[0]! : words[at]!;
    const title = alone ? titleParts.join("") : [...titleParts, words.slice(0, at).join(" ")].join("");
    const line = lines[i]!.line;
    if (alone || at === words.length - 1) {
      const next = lines[i + 1]?.text;
      if (next && PIECE.test(next)) {
        name += next;
        i++;
      }
    }
    out.push({ name, title: title.trim(), category, line });
    titleParts = [];
  }
  return out;
}

// Every action a document names in an action-section marker must end up somewhere: in a spec or
// in a diagnostic. The markers are the phrases the dialects build an action section around (the
// Action row's '本接口取值：X' / '取值：<code>X</code>', the '本接口(X)' sentence, the V2 '接口名：X' and
// 'Action字段为X' cues); they are read from the whole document, whatever dialect claimed (or did not
// claim) its lines, so that no dialect, and no line outside every part, can lose an action silently.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { Service } from "../spec/types.ts";
import type { SourceDocument } from "./document.ts";

const NAME = "([A-Za-z][A-Za-z0-9_]{1,99})";
const MARKERS: { where: string; cheap: string; re: RegExp }[] = [
  // Only in the Action row (or a 公共参数 cell): '产品名，本接口取值：dcdb' in another parameter's
  // description names that parameter's value, not an action.
  { where: "本接口取值", cheap: "本接口取值", re: new RegExp(`(?:^\\W*Action\\b.*?|公共参数\\s*[,，]?\\s*)本接口取值\\s*[:：]\\s*\`?${NAME}`) },
  // English API 3.0 exports: 'Action Yes String Common Params. The value used for this API: X.'
  { where: "The value used for this API", cheap: "The value used for this API", re: new RegExp(`(?:^\\W*Action\\b.*?|Common Params\\.?\\s*)The value used for this API\\s*:\\s*\`?${NAME}`) },
  // Alibaba: 'Action String 是 系统规定参数。取值： <code>X</code>' / '操作接口名，取值为X' / '操作接口名，X'.
  { where: "Action row", cheap: "Action", re: new RegExp(`^\\s*Action\\s+String\\s+是\\s+(?:系统规定参数|操作接口名)(?:[^A-Za-z<]|<code>){0,80}?${NAME}`) },
  { where: "本接口(X)", cheap: "本接口", re: new RegExp(`本接口\\s*[(（]\\s*\`?${NAME}\`?\\s*[)）]`) },
  { where: "接口名", cheap: "接口名", re: new RegExp(`接口名\\s*[:：]\\s*\`?${NAME}`) },
  { where: "Action字段", cheap: "字段为", re: new RegExp(`Action\\s*字段为\\s*\`?${NAME}`) },
];

export interface ActionMarker {
  name: string;
  /** The first line naming it, 1-based. */
  line: number;
  where: string;
}

/** Action names in section markers, in document order (each name once, at its first marker). */
export function actionMarkers(doc: SourceDocument): ActionMarker[] {
  const out = new Map<string, ActionMarker>();
  doc.lines.forEach((text, i) => {
    for (const m of MARKERS) {
      if (!text.includes(m.cheap)) continue;
      // Bounded input for the regex: a marker sits near the start of its phrase.
      const hit = m.re.exec(text.length > 4000 ? text.slice(0, 4000) : text);
      if (!hit) continue;
      const name = hit[1]!;
      // 'Version … 本接口取值：2017-03-12' is not an action; names start with a letter already.
      if (!out.has(name)) out.set(name, { name, line: i + 1, where: m.where });
    }
  });
  return [...out.values()];
}

/** "A, B, C" for at most `max` names, then "… and N more". */
export function nameList(names: readonly string[], max = 20): string {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown} … and ${names.length - max} more` : shown;
}

/**
 * Reports every marker-named action that is neither an action of `services` nor named (as a
 * word) by any diagnostic already in `diag`. One error per unaccounted action, at its marker.
 */
export function accountForActions(markers: readonly ActionMarker[], services: readonly Service[], diag: Diagnostics): ActionMarker[] {
  const inSpec = new Set<string>();
  for (const s of services) for (const a of s.actions) inSpec.add(a.name);
  const mentioned = new Set<string>();
  for (const d of diag.items) for (const w of d.message.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) mentioned.add(w);
  const missing = markers.filter((m) => !inSpec.has(m.name) && !mentioned.has(m.name));
  for (const m of missing) {
    diag.report(
      "action.unaccounted",
      m.line,
      `${m.name} is named as an action here (${m.where}) but no parsed section became it: the action is not in the spec (a damaged section heading or table?)`,
    );
  }
  return missing;
}

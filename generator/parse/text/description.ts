// A description cell of a Tencent parameter table, split into the parts the spec keeps as fields:
// the '示例值' example, the '默认值'/'默认取值' default, the '此字段可能返回 null' note, and the
// values it enumerates ('PREPAID：预付费' lines). Shared by every Tencent dialect.
//
// Input is the cell's lines as printed (noise already removed). Wrapped prose is re-joined
// CJK-aware; list items and enumeration lines keep their own line, because the documents have no
// other marker for a list.
import type { EnumValue } from "../../spec/types.ts";
import { readDefaultValue } from "./default-value.ts";
import { joinPair, joinTight } from "./join.ts";

export interface DescriptionParts {
  description: string;
  example?: string;
  default?: string;
  nullable?: boolean;
  enum?: EnumValue[];
  enumClosed?: boolean;
}

// `s`: a value may hold U+2028/U+2029 (a line separator pasted into the document), which `.`
// does not match without it; the cell's lines are split at "\n" only.
const EXAMPLE = /^示例值\s*[:：]\s*(.*)$/s;
/** The null note; the Tencent docs print it in two wordings. */
const NULL_NOTE = /注意\s*[:：]\s*此字段可能返回\s*null\s*[，,]\s*表示取不到有效值\s*[。.]?/;
const DEFAULT = /默认(?:取)?值\s*(?:为)?\s*[:：]\s*([^。；;\n]+?)\s*(?:[。；;]|$)/;
/** An enumeration line: an ASCII value, a full-width colon, its meaning. */
const ENUM_LINE = /^(?:[-•]\s*)?([A-Za-z0-9][A-Za-z0-9_.\-]*)\s*：\s*(.*)$/s;
/** Words that, ending the line before an enumeration, say the list is complete. */
const CLOSED_INTRO = /(取值范围|可选值|可选取值|枚举值|取值为|取值|取值如下|包括)\s*[:：]\s*$/;
/** Lines that are not prose continuations: they start a line of their own. */
const OWN_LINE = /^(?:[-•]\s|<li>|\d+[.、)）]\s*\S)/;
const CJK_TEXT = /[\u4e00-\u9fff]/;

/** Whether a JSON-ish value has unclosed brackets or an unclosed string. */
function isOpen(value: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") depth--;
  }
  return quoted || depth > 0;
}

/** Openings of a new sentence after a list (not the wrapped rest of an item). */
const PARAGRAPH_START = /^(默认|注意|说明|示例|若|如果|当)/;
/** Words that look like enumeration values but are labels inside Filter sub-lists. */
const NOT_ENUM_VALUES = new Set(["类型", "必选", "http", "https"]);

export interface SplitOptions {
  /**
   * The document prints 示例值 last in its cells (the Tencent API 3.0 exports: after the null
   * note, never before it): every line after it is the value wrapped at the page width, even
   * one with CJK text (`示例值：华南地区（广` / `州）`), which otherwise ends the value.
   */
  exampleLast?: boolean;
}

export function splitDescription(cell: readonly string[] | string, options: SplitOptions = {}): DescriptionParts {
  const lines = (typeof cell === "string" ? cell.split("\n") : cell).map((l) => l.trim()).filter((l) => l !== "");
  const parts: DescriptionParts = { description: "" };
  const prose: string[] = [];
  let nullable = false;
  let exampleAt = 0;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (NULL_NOTE.test(line)) {
      nullable = true;
      line = line.replace(NULL_NOTE, "").trim();
      if (line === "") continue;
    }
    const ex = EXAMPLE.exec(line);
    if (ex) {
      // A wrapped example (JSON, URL, key) is one token cut at the page width: its pieces join
      // with nothing. A line continues it while the value is empty, its brackets or quotes are
      // still open, or the line has no CJK text (prose after an example always has).
      const value: string[] = ex[1] ? [ex[1]] : [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j]!;
        if (NULL_NOTE.test(next) || EXAMPLE.test(next)) break;
        const sofar = value.join("");
        if (sofar !== "" && !options.exampleLast && !isOpen(sofar) && CJK_TEXT.test(next)) break;
        value.push(next);
      }
      // When a cell gives several, the last one (the cell's final line) is the example; the
      // others stay in the text.
      if (parts.example !== undefined) prose.splice(exampleAt, 0, `示例值：${parts.example}`);
      parts.example = joinTight(value);
      exampleAt = prose.length;
      i = j - 1;
      continue;
    }
    prose.push(line);
  }

  parts.description = joinProse(prose);
  // The default is the value alone; the sentence it sits in stays in the description.
  const def = DEFAULT.exec(parts.description);
  const defaultValue = def ? readDefaultValue(def[1]!) : undefined;
  if (defaultValue !== undefined) parts.default = defaultValue;
  if (nullable) parts.nullable = true;
  const enumerated = readEnumeration(prose);
  if (enumerated) {
    parts.enum = enumerated.values;
    if (enumerated.closed) parts.enumClosed = true;
  }
  if (parts.example === undefined) delete parts.example;
  return parts;
}

/** Joins prose lines: wraps join CJK-aware; list items and enumeration lines start a new line. */
export function joinProse(lines: readonly string[]): string {
  let out = "";
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const own = startsOwnLine(line) || isFilterListLine(lines, i);
    // After a list, a new sentence (默认…, 注意…) is a paragraph of its own, not a wrapped item.
    if (out !== "" && (own || (inList && PARAGRAPH_START.test(line)))) out += "\n" + line;
    else {
      const lastBreak = out.lastIndexOf("\n");
      out = out.slice(0, lastBreak + 1) + joinPair(out.slice(lastBreak + 1), line);
    }
    inList = own || (inList && !PARAGRAPH_START.test(line));
  }
  return out;
}

// Filter lists (the Filters parameter of Describe actions) print each filter as a block of lines:
// its name, `按照【…】进行过滤…`, `类型：String`, `必选：否`. Joined as prose they become one unreadable run.
const FILTER_NAME = /^[a-z][a-z0-9]*(?:[-:.][a-z0-9]+)*$/;
const FILTER_BY = /^按照/;
const FILTER_FACT = /^(?:类型|必选|可选项)\s*[:：]/;

/** A line of a filter block: the name (followed by 按照…), the 按照… line after a name, or a 类型/必选 line. */
function isFilterListLine(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (FILTER_FACT.test(line)) return true;
  if (FILTER_NAME.test(line)) return FILTER_BY.test(lines[i + 1] ?? "");
  return FILTER_BY.test(line) && FILTER_NAME.test(lines[i - 1] ?? "");
}

function startsOwnLine(line: string): boolean {
  if (OWN_LINE.test(line)) return true;
  const m = ENUM_LINE.exec(line);
  return m !== null && !NOT_ENUM_VALUES.has(m[1]!);
}

/**
 * The enumeration of a cell: a run of at least two `VALUE：meaning` lines (a meaning may wrap onto
 * following lines). Closed when the line before the run ends in 取值范围：/可选值：/取值：.
 */
function readEnumeration(lines: readonly string[]): { values: EnumValue[]; closed: boolean } | undefined {
  let best: { values: EnumValue[]; closed: boolean } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const first = enumLine(lines[i]!);
    if (!first) continue;
    const values: EnumValue[] = [first];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = enumLine(lines[j]!);
      if (next) {
        values.push(next);
        continue;
      }
      // A wrapped meaning continues the previous value unless it looks like the next paragraph.
      if (PARAGRAPH_START.test(lines[j]!) || OWN_LINE.test(lines[j]!)) break;
      const last = values[values.length - 1]!;
      if (/[。.]$/.test(last.description ?? "")) break;
      last.description = joinPair(last.description ?? "", lines[j]!);
    }
    if (values.length >= 2 && new Set(values.map((v) => v.value)).size === values.length) {
      const closed = i > 0 && CLOSED_INTRO.test(lines[i - 1]!);
      if (!best) best = { values, closed };
      else best.values.push(...values.filter((v) => !best!.values.some((b) => b.value === v.value)));
    }
    i = j - 1;
  }
  if (best) for (const v of best.values) if (v.description === "") delete v.description;
  return best;
}

function enumLine(line: string): EnumValue | undefined {
  const m = ENUM_LINE.exec(line);
  if (!m || NOT_ENUM_VALUES.has(m[1]!)) return undefined;
  return { value: m[1]!, description: m[2]!.trim() };
}

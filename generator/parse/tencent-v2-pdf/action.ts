// One action section of the legacy pages: headings '1. 接口描述', '2. 输入参数', '3. 输出参数',
// '4. 错误码'/'4. 错误码表' and '4./5. 示例' (the 2017 pages put 错误码 before 示例, the API 2.0 pages
// sometimes omit it). The PDF moves some paragraphs to the top of their page (the '本接口 (X)'
// sentence and the 接口请求域名 line above '1. 接口描述', sub-table captions above the table,
// '输入'/'输出' labels, '以下错误码表…' notes), so such lines are recognised wherever they sit.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { ErrorCode, Example } from "../../spec/types.ts";
import type { SourceDocument } from "../document.ts";
import { joinWrapped } from "../text/join.ts";
import { isJsonFailure, recoverJson } from "../text/json-recover.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { nameCues, type NameSource } from "../tencent-v2/action-name.ts";
import { decodeV2Request } from "../tencent-v2/example.ts";
import { isBracketLine, recoverStrippedJson, type BraceLine } from "./braces.ts";
import { findIndex, V2_REQUEST_URL, type Section } from "./sections.ts";
import { ERROR_HEADER } from "./table.ts";
import { readErrorRows as readSharedErrorRows } from "../steps/error-codes.ts";

export const HEADINGS = {
  description: /^1\.\s*接口描述$/,
  input: /^2\.\s*输入参数$/,
  output: /^3\.\s*输出参数$/,
  errors: /^[45]\.\s*错误码表?$/,
  examples: /^[45]\.\s*(示例|示例代码)$/,
};

/** Labels inside an example: 输入/输出 and their longer forms. */
const EXAMPLE_LABEL = /^(?:输入|输出|请求参数|返回参数|请求示例|返回示例|返回结果)[:：]?$/;
/** What starts the next example or its notes: `示例2`, `说明：`, `注意：`. */
const EXAMPLE_BREAK = /^(?:示例\s*\d+|说明|注意)\s*[:：]?\s*$/;
const HOST = /(?:接口请求域名|域名)\s*[:：]\s*`?\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i;
/** Lines the PDF displaced that belong to no cell: notes, captions, example labels. */
export const DISPLACED = [
  /^以下(请求参数列表|错误码表)/,
  /^(输入|输出)[:：]?$/,
  /^其中\s*\S+\s*(包含|为|是)/,
  /(数据结构|结构)如下\s*[:：]?$/,
  /^\S+\s*(包含了?|为)[^。]*信息[^。]*[:：]$/,
  /^\S*\s*结构\s*[:：]?$/,
];
export const isDisplaced = (t: string) => DISPLACED.some((re) => re.test(t));

export interface SectionLayout {
  /** Indexes into section.lines; -1 when missing. */
  description: number;
  input: number;
  output: number;
  errors: number;
  examples: number;
}

export function layoutOf(section: Section): SectionLayout {
  const l = section.lines;
  const description = findIndex(l, 0, (t) => HEADINGS.description.test(t));
  const input = findIndex(l, description + 1, (t) => HEADINGS.input.test(t));
  const output = findIndex(l, Math.max(input, description) + 1, (t) => HEADINGS.output.test(t));
  const after = Math.max(output, input, description) + 1;
  const errors = findIndex(l, after, (t) => HEADINGS.errors.test(t));
  const examples = findIndex(l, after, (t) => HEADINGS.examples.test(t));
  return { description, input, output, errors, examples };
}

/** The end (exclusive) of the region starting at heading `from`: the next heading after it. */
export function regionEnd(layout: SectionLayout, from: number, total: number): number {
  const starts = [layout.description, layout.input, layout.output, layout.errors, layout.examples].filter((x) => x > from);
  return starts.length > 0 ? Math.min(...starts) : total;
}

export interface Preamble {
  host?: string;
  description: string;
  cues: NameSource[];
}

/** Description, host and name cues: the lines before '2. 输入参数' (displaced ones included). */
export function readPreamble(section: Section, layout: SectionLayout): Preamble {
  const end = layout.input >= 0 ? layout.input : layout.output >= 0 ? layout.output : section.lines.length;
  const cues: NameSource[] = [];
  const prose: string[] = [];
  let host: string | undefined;
  for (const l of section.lines.slice(0, end)) {
    if (HEADINGS.description.test(l.text) || isDisplaced(l.text)) continue;
    let text = l.text;
    const h = HOST.exec(text);
    if (h) {
      host ??= h[1]!.toLowerCase();
      // The host sentence is metadata, not prose: what follows it on the line (a 接口名 cue) stays.
      text = text.replace(HOST, "").replace(/^[\s。.`]+/, "");
      if (text === "") continue;
    }
    cues.push(...nameCues(text, l.line));
    if (/^接口名\s*[:：]/.test(text)) continue;
    prose.push(text);
  }
  return { ...(host ? { host } : {}), description: joinWrapped(prose), cues };
}

/**
 * A code of these tables: an identifier with a capital or a dot after its first letter
 * (`InternalError`, `InvalidParameter.InvaildZoneId`) or a number of three digits or more (`4100`);
 * not an all-capitals word (`VPC IDxxx…` starts a wrapped description) nor a lowercase one.
 */
const V2_CODE = /^(?:[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*|\d{3,})$/;
const isV2Code = (word: string) => V2_CODE.test(word) && (/[.A-Z]/.test(word.slice(1)) || /^\d+$/.test(word)) && !/^[A-Z]+$/.test(word);

/** Error rows `Code 描述`, read by the shared error-row reader (a code may wrap: `InvalidRequest.RequestConcurrencyExcee` / `ded`). */
export function readErrorRows(lines: readonly CleanLine[], file: string): ErrorCode[] {
  const { rows } = readSharedErrorRows(lines, {
    startsRow: isV2Code,
    skip: (t) => ERROR_HEADER.test(t) || isDisplaced(t),
    continuesCode: (next) => /^[a-z][A-Za-z0-9_.]*$/.test(next),
  });
  return rows.map((r) => ({ code: r.code, description: joinWrapped(r.description), source: { file, line: r.line } }));
}

export interface ExampleRead {
  examples: Example[];
  /** The Action the request URLs name. */
  actions: { name: string; line: number }[];
  hosts: string[];
  failed: { line: number; reason: string }[];
  /** Request keys left out of an example (a `__proto__` segment, nested too deep), for a warning. */
  rejectedKeys: { line: number; reason: string }[];
  repairedBraces: number;
}

/**
 * The examples of a section: each request URL (`https://host/v2/index.php?Action=X` + `&k=v` lines)
 * and the JSON after it. The JSON is read from the raw lines, to see the indentation of the slots
 * the displaced brackets left.
 */
export function readExamples(
  doc: SourceDocument,
  lines: readonly CleanLine[],
  kept: ReadonlySet<number>,
  sectionEndLine: number,
  name: string,
  dropInput: readonly string[],
): ExampleRead {
  const out: ExampleRead = { examples: [], actions: [], hosts: [], failed: [], rejectedKeys: [], repairedBraces: 0 };
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (V2_REQUEST_URL.test(l.text) && /^(https?:\/\/)?[a-z0-9.-]+\/v2\/index\.php/i.test(l.text)) starts.push(i);
  });
  starts.forEach((s, k) => {
    const stop = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    // The request runs to the JSON. A page break can print the 输出 label before the request's last
    // `&k=v` lines (001:42749): labels are skipped, not taken for the end of the request.
    let j = s + 1;
    while (j < stop && !/^["{}[\],]/.test(lines[j]!.text) && !isBracketLine(lines[j]!.text) && !/^\d+\.\s/.test(lines[j]!.text) && !EXAMPLE_BREAK.test(lines[j]!.text)) j++;
    const reqLines = lines.slice(s, j).map((l) => l.text).filter((t) => !EXAMPLE_LABEL.test(t));
    const req = decodeV2Request(reqLines);
    const line = lines[s]!.line;
    if ("error" in req) {
      out.failed.push({ line, reason: `${name}: ${req.error}` });
      return;
    }
    for (const reason of req.rejected ?? []) out.rejectedKeys.push({ line, reason: `${name}: request example: ${reason}` });
    for (const key of dropInput) delete req.input[key];
    if (req.action) out.actions.push({ name: req.action, line });
    if (req.host) out.hosts.push(req.host);
    const firstJson = lines.slice(j, stop).find((l) => !EXAMPLE_LABEL.test(l.text));
    if (!firstJson || EXAMPLE_BREAK.test(firstJson.text)) {
      out.failed.push({ line, reason: `${name}: no response example after the request` });
      return;
    }
    // The response ends at the next request, or before the heading and notes of the next example
    // (`示例2`, `说明：`, 001:43366) when they come first.
    const nextBreak = lines.slice(j, stop).find((l) => l.line > firstJson.line && EXAMPLE_BREAK.test(l.text));
    const lastLine = nextBreak ? nextBreak.line - 1 : stop < lines.length ? lines[stop]!.line - 1 : sectionEndLine;
    const raw: BraceLine[] = [];
    for (let n = firstJson.line; n <= lastLine; n++) {
      const r = doc.lines[n - 1] ?? "";
      const t = r.trim();
      if (kept.has(n)) {
        if (EXAMPLE_LABEL.test(t) || /^\d+\.\s/.test(t)) continue;
        raw.push({ raw: r, line: n });
      } else if (t === "" && r.length >= 2) raw.push({ raw: r, line: n });
    }
    const printed = raw.filter((r) => r.raw.trim() !== "").map((r) => r.raw.trim());
    const plain = recoverJson(printed);
    let value: unknown;
    // As printed only when the JSON takes every line: recoverJson skips text before the first `{`,
    // and members printed above their moved braces (`"code": 0,` … `{` `}`, 001:57924) would
    // otherwise come back as an empty object.
    if (!isJsonFailure(plain) && /^[{[]/.test(printed[0] ?? "") && plain.endIndex === printed.length - 1) value = plain.value;
    else {
      const rec = recoverStrippedJson(raw);
      if ("error" in rec) {
        out.failed.push({ line: rec.line || firstJson.line, reason: `${name}: response JSON: ${rec.error}` });
        return;
      }
      out.repairedBraces++;
      value = rec.value;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.failed.push({ line: firstJson.line, reason: `${name}: the response example is not a JSON object` });
      return;
    }
    out.examples.push({
      title: starts.length > 1 ? `${name} 示例${k + 1}` : `${name} 示例`,
      input: req.input,
      output: value as Record<string, unknown>,
      requestForm: "get",
      source: { file: doc.file, line },
    });
  });
  return out;
}

/** Diagnostics for the headings a section lacks. */
export function reportLayout(layout: SectionLayout, section: Section, name: string, diag: Diagnostics): void {
  if (layout.input < 0) diag.report("action.input", section.line, `${name}: no '2. 输入参数' heading (section cut off?)`);
  if (layout.output < 0) diag.report("action.output", section.line, `${name}: no '3. 输出参数' heading (section cut off?)`);
}

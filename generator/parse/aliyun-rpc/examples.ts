// The 示例 part of an action: request URLs (`https://ecs.example.com/?Action=X` then `&Key=value`
// lines and a `&<公共请求参数>` placeholder) decoded into nested JSON, and the response shown as XML
// and as JSON. Page breaks split fences (merged by the shared reader); the JSON is often not quite
// JSON (missing or trailing commas, masked `\u****` escapes): the repairs made are reported, and
// what still does not parse is a failure with its line.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Example } from "../../spec/types.ts";
import { readCodeBlocks, type CodeBlock } from "../text/code-fence.ts";
import { missingClosers, parseJsonBounded } from "../text/json-recover.ts";
import { isPlainObject } from "../../spec/conform.ts";
import { isPlaceholderKey, splitQuery, unflatten } from "../text/query.ts";

export interface ExampleResult {
  examples: Example[];
  recovered: number;
  failed: { line: number; reason: string }[];
}

export interface ExampleContext {
  file: string;
  action: string;
  /** Names of the public parameters (dropped from decoded requests). */
  publicParams: ReadonlySet<string>;
  diag: Diagnostics;
}

type Kind = "request" | "xml" | "json";

interface Labeled {
  block: CodeBlock;
  kind: Kind;
  label?: string;
}

const GENERIC_LABEL = /^(请求示例|返回示例|示例|返回结果|输入|输出|(XML|JSON)\s*(格式|示例)?)$/i;

function labelBefore(lines: readonly string[], block: CodeBlock, from: number): string | undefined {
  for (let n = block.startLine - 1; n >= from; n--) {
    const t = lines[n - 1]!.trim();
    if (t === "") continue;
    if (t.startsWith("```")) return undefined;
    return t.replace(/^[-•]\s*/, "").replace(/[:：]\s*$/, "").trim();
  }
  return undefined;
}

function kindOf(block: CodeBlock, label: string | undefined): Kind | undefined {
  const first = block.lines.find((l) => l.trim() !== "")?.trim() ?? "";
  if (/^https?:\/\//i.test(first) || /\?action=/i.test(first)) return "request";
  if (first.startsWith("<")) return "xml";
  if (first.startsWith("{") || first.startsWith("[")) return "json";
  if (label && /xml/i.test(label)) return "xml";
  if (label && /json/i.test(label)) return "json";
  return undefined;
}

/** Examples of lines[from..to] (1-based, inclusive). */
export function readExamples(lines: readonly string[], from: number, to: number, ctx: ExampleContext): ExampleResult {
  const result: ExampleResult = { examples: [], recovered: 0, failed: [] };
  const labeled: Labeled[] = [];
  for (const block of readCodeBlocks(lines, from, to)) {
    if (!block.closed) {
      ctx.diag.report("example.unclosed", block.startLine, "a code block never closes (truncated document?)");
    }
    const label = labelBefore(lines, block, from);
    const kind = kindOf(block, label);
    if (!kind) {
      ctx.diag.report("example.unknown", block.startLine, "a code block in the examples that is neither a request URL, XML nor JSON; not kept");
      continue;
    }
    labeled.push({ block, kind, ...(label !== undefined && { label }) });
  }
  const requests = labeled.filter((l) => l.kind === "request");
  const jsons = labeled.filter((l) => l.kind === "json");
  const xmls = labeled.filter((l) => l.kind === "xml");
  const outputs = jsons.map((j) => {
    const parsed = parseJsonBlock(j.block);
    if ("error" in parsed) {
      result.failed.push({ line: parsed.line, reason: parsed.error });
      ctx.diag.report("example.json", parsed.line, `response example of ${ctx.action} is not JSON even after repairs: ${parsed.error}`);
      return undefined;
    }
    result.recovered++;
    for (const r of parsed.repairs) ctx.diag.report("example.repaired", j.block.startLine, `response example of ${ctx.action}: ${r}`);
    return parsed.value;
  });
  const xmlTexts = xmls.map((x) => {
    const text = blockText(x.block);
    const problem = xmlProblem(text);
    if (problem) ctx.diag.report("example.xml", x.block.lineNumbers[problem.index] ?? x.block.startLine, `XML response example of ${ctx.action} is not well formed: ${problem.message}; kept verbatim`);
    return text;
  });
  const count = Math.max(requests.length, jsons.length > 0 || xmls.length > 0 ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const request = requests[i];
    const input = request ? decodeRequest(request.block, ctx) : {};
    if (request) result.recovered++;
    const output = outputs[i] ?? outputs[0];
    const xml = xmlTexts[i] ?? xmlTexts[0];
    const label = request?.label;
    const example: Example = {
      title: label && !GENERIC_LABEL.test(label) ? label : `${ctx.action} 示例`,
      input,
      output: isPlainObject(output) ? output : {},
    };
    if (request) example.requestForm = "get";
    if (xml !== undefined) example.outputXml = xml;
    example.source = { file: ctx.file, line: (request ?? jsons[0] ?? xmls[0])!.block.startLine };
    result.examples.push(example);
  }
  return result;
}

function blockText(block: CodeBlock): string {
  const lines = block.lines.map((l) => l.trimEnd());
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  return lines.join("\n");
}

/** A request URL as JSON input: the query decoded and nested, public parameters and placeholders dropped. */
function decodeRequest(block: CodeBlock, ctx: ExampleContext): Record<string, unknown> {
  const url = block.lines.map((l) => l.trim()).join("");
  const q = url.indexOf("?");
  const query = q < 0 ? "" : url.slice(q + 1);
  const pairs = splitQuery(query)
    .map((p) => ({ key: p.key.trim(), value: p.value.trim() }))
    .filter((p) => p.key !== "" && !isPlaceholderKey(p.key));
  const action = pairs.find((p) => p.key.toLowerCase() === "action");
  if (!action) ctx.diag.report("example.no-action", block.startLine, `request example of ${ctx.action} names no Action`);
  else if (action.value !== ctx.action) {
    ctx.diag.report("example.action-mismatch", block.startLine, `request example of ${ctx.action} says Action=${action.value}`);
  }
  return unflatten(
    pairs.filter((p) => p.key.toLowerCase() !== "action" && !ctx.publicParams.has(p.key)),
    (_key, reason) => ctx.diag.report("example.key", block.startLine, `request example of ${ctx.action}: ${reason}`),
  );
}

export type JsonParse = { value: unknown; repairs: string[] } | { error: string; line: number };

/** Parses a JSON block, repairing what exports typically break; reports each repair. */
export function parseJsonBlock(block: CodeBlock): JsonParse {
  const plain = attemptJson(block.lines.join("\n"));
  if ("value" in plain) return { value: plain.value, repairs: [] };
  const repaired = repairJsonText(block.lines.join("\n"));
  const parsed = attemptJson(repaired.text);
  if ("value" in parsed) return { value: parsed.value, repairs: repaired.repairs };
  for (const candidate of withoutSplitClosers(block)) {
    const again = repairJsonText(candidate.lines.join("\n"));
    const value = attemptJson(again.text);
    if ("value" in value) return { value: value.value, repairs: [candidate.repair, ...again.repairs] };
  }
  return { error: parsed.error, line: errorLine(parsed.error, repaired.text, block) };
}

function attemptJson(text: string): { value: unknown } | { error: string } {
  return parseJsonBounded(text);
}

/** The text-level repairs, in order, each named when it changed something. */
function repairJsonText(original: string): { text: string; repairs: string[] } {
  let text = original;
  const repairs: string[] = [];
  const apply = (re: RegExp, to: string, what: string) => {
    const next = text.replace(re, to);
    if (next !== text) {
      repairs.push(what);
      text = next;
    }
  };
  apply(/\/\*[\s\S]*?\*\//g, "", "comments removed");
  apply(/,(\s*[}\]])/g, "$1", "trailing commas removed");
  apply(/("|\d|true|false|null|[}\]])([ \t]*\n\s*)(?=["{[])/g, "$1,$2", "missing commas between members inserted");
  apply(/\\u(?![0-9a-fA-F]{4})/g, "\\\\u", "masked \\u escapes kept as text");
  const closers = missingClosers(text);
  if (closers) {
    text += `\n${closers}`;
    repairs.push(`missing closing brackets appended (${closers})`);
  }
  return { text, repairs };
}

const CLOSER_LINE = /^\s*[}\]]\s*$/;

/**
 * A page break that splits a JSON example can leave the first piece closed with brackets of its own
 * (004:1835-1839 ends an instance, its array, Instances and the root), while the next piece goes on
 * with the closers the text really has ("},", then more members). The candidates drop the last 1..n
 * bracket-only lines before such a break, fewest first; the caller keeps the first that parses.
 */
function* withoutSplitClosers(block: CodeBlock): Generator<{ lines: string[]; repair: string }> {
  for (const boundary of block.pieceStarts.slice(1)) {
    const next = block.lines.slice(boundary).find((l) => l.trim() !== "")?.trim() ?? "";
    if (!/^[}\]]/.test(next)) continue;
    let end = boundary;
    while (end > 0 && block.lines[end - 1]!.trim() === "") end--;
    let first = end;
    while (first > 0 && CLOSER_LINE.test(block.lines[first - 1]!)) first--;
    for (let drop = 1; drop <= end - first; drop++) {
      const lines = [...block.lines.slice(0, end - drop), ...block.lines.slice(end)];
      const where = block.lineNumbers[end - drop] ?? block.startLine;
      yield { lines, repair: `${drop} bracket-only line(s) from line ${where} dropped: the JSON goes on after the page break` };
    }
  }
}

/** The document line of a JSON.parse error position (V8 reports "position N"). */
function errorLine(message: string, text: string, block: CodeBlock): number {
  const m = /position (\d+)/.exec(message);
  if (!m) return block.startLine;
  const index = text.slice(0, Number(m[1])).split("\n").length - 1;
  return block.lineNumbers[Math.min(index, block.lineNumbers.length - 1)] ?? block.startLine;
}

/** First nesting problem of an XML text (tags only; enough to tell a broken example). */
export function xmlProblem(text: string): { index: number; message: string } | undefined {
  const stack: { name: string; index: number }[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i]!.matchAll(/<(\/?)\s*([^\s<>/!?]+)[^<>]*?(\/?)>/g)) {
      const [, close, name, selfClose] = m;
      if (selfClose) continue;
      if (!close) stack.push({ name: name!, index: i });
      else {
        const top = stack.pop();
        if (!top || top.name !== name) return { index: i, message: `</${name}> closes ${top ? `<${top.name}>` : "nothing"}` };
      }
    }
  }
  const open = stack.pop();
  return open ? { index: open.index, message: `<${open.name}> is never closed` } : undefined;
}

// The '4. 示例' section: '示例N <title>', optional description lines, '输入示例' with either a GET
// URL ('https://host/?Action=X' then one '&K=V' per line, values possibly wrapped) or a POST
// request (request line, headers, '<公共请求参数>', JSON body), then '输出示例' with the response
// JSON. Noise is already gone; JSON is re-joined brace- and string-aware.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Example } from "../../spec/types.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { isJsonFailure, recoverJson } from "../text/json-recover.ts";
import { joinTight } from "../text/join.ts";
import { unflatten, type QueryPair } from "../text/query.ts";
import { joinProse } from "../text/description.ts";
import { EN, ZH, type Vocabulary } from "./vocabulary.ts";

/** Either language's placeholder for the common parameters in a request. */
const COMMON_PARAMS = new RegExp(`${ZH.commonParamsPlaceholder.source}|${EN.commonParamsPlaceholder.source}`);
const GET_LINE = /^(?:GET\s+)?https?:\/\/[^\s/?]+\/?\?(.*)$/;
const POST_LINE = /^POST\s+\S+\s+HTTP\/[\d.]+$/;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/;

export interface ExampleOutcome {
  examples: Example[];
  recovered: number;
  failed: { line: number; reason: string }[];
}

/** Decodes %XX escapes only: values are printed raw, and a '+' in them is a plus (base64). */
function decodePercent(s: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(s)) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A GET request: the query of the URL line plus '&K=V' lines; other lines continue a value. A key
 * that cannot be nested (a `__proto__` segment, too deep) is left out and passed to `onRejected`
 * with the index of its line.
 */
export function parseGetRequest(
  lines: readonly string[],
  onRejected?: (lineIndex: number, reason: string) => void,
): { action?: string; input: Record<string, unknown> } {
  const parts: { text: string; at: number }[] = [];
  const first = GET_LINE.exec(lines[0]!);
  if (first && first[1]) for (const text of first[1].split("&")) if (text !== "") parts.push({ text, at: 0 });
  lines.forEach((line, at) => {
    if (at === 0 || COMMON_PARAMS.test(line)) return;
    if (line.startsWith("&")) {
      for (const text of line.slice(1).split("&")) if (text !== "") parts.push({ text, at });
    } else if (parts.length > 0) parts[parts.length - 1]!.text = joinTight([parts[parts.length - 1]!.text, line]);
  });
  const pairs: QueryPair[] = [];
  const pairLines: number[] = [];
  let action: string | undefined;
  for (const { text: p, at } of parts) {
    if (COMMON_PARAMS.test(p)) continue;
    const eq = p.indexOf("=");
    const key = decodePercent(eq < 0 ? p : p.slice(0, eq));
    const value = eq < 0 ? "" : decodePercent(p.slice(eq + 1));
    if (key === "Action") action = value;
    else if (key !== "Version") {
      pairs.push({ key, value });
      pairLines.push(at);
    }
  }
  const input = unflatten(pairs, (_key, reason, index) => onRejected?.(pairLines[index]!, reason));
  return { ...(action !== undefined ? { action } : {}), input };
}

interface Block {
  title: string;
  head: CleanLine;
  description: string[];
  input: CleanLine[];
  output: CleanLine[];
}

function splitBlocks(lines: readonly CleanLine[], diag: Diagnostics, vocab: Vocabulary): Block[] {
  const { exampleHead: EXAMPLE_HEAD, inputExample: INPUT_HEAD, outputExample: OUTPUT_HEAD } = vocab;
  const blocks: Block[] = [];
  let part: "description" | "input" | "output" = "description";
  for (const l of lines) {
    const head = EXAMPLE_HEAD.exec(l.text);
    if (head && part !== "input" && !(part === "output" && insideJson(blocks[blocks.length - 1]!))) {
      blocks.push({ title: head[2]!.trim(), head: l, description: [], input: [], output: [] });
      part = "description";
      continue;
    }
    const b = blocks[blocks.length - 1];
    if (!b) {
      diag.report("example.stray", l.line, `text before the first '示例N' heading ignored: ${JSON.stringify(l.text.slice(0, 60))}`);
      continue;
    }
    if (INPUT_HEAD.test(l.text) && part === "description") part = "input";
    else if (OUTPUT_HEAD.test(l.text) && part !== "output") part = "output";
    else if (part === "description") b.description.push(l.text);
    else b[part].push(l);
  }
  return blocks;
}

/** Whether the output JSON of `b` is still open (a '示例N' line inside a string is text). */
function insideJson(b: Block): boolean {
  const r = recoverJson(b.output.map((l) => l.text));
  return isJsonFailure(r) && r.error.includes("never closes");
}

export function parseExamples(lines: readonly CleanLine[], action: string, diag: Diagnostics, vocab: Vocabulary = ZH): ExampleOutcome {
  const outcome: ExampleOutcome = { examples: [], recovered: 0, failed: [] };
  const fail = (line: number, reason: string) => {
    outcome.failed.push({ line, reason });
    diag.report("example.json", line, `${action}: ${reason}`);
  };
  for (const b of splitBlocks(lines, diag, vocab)) {
    const where = `example '${b.title}'`;
    let input: Record<string, unknown> | undefined;
    let form: Example["requestForm"];
    const first = b.input[0];
    if (!first) {
      fail(b.head.line, `${where} has no request ('输入示例')`);
      continue;
    }
    if (GET_LINE.test(first.text)) {
      form = "get";
      const get = parseGetRequest(
        b.input.map((l) => l.text),
        (at, reason) => diag.report("example.key", b.input[at]!.line, `${action}: ${where}: ${reason}`),
      );
      if (get.action !== undefined && get.action !== action) {
        diag.report("example.action-mismatch", first.line, `${where} calls ${get.action}, but the section documents ${action}`);
      }
      input = get.input;
    } else if (POST_LINE.test(first.text)) {
      form = "post";
      let bodyStart = b.input.length;
      for (let i = 1; i < b.input.length; i++) {
        const t = b.input[i]!.text;
        if (COMMON_PARAMS.test(t)) {
          bodyStart = i + 1;
          break;
        }
        const h = HEADER_LINE.exec(t);
        if (!h) {
          bodyStart = i;
          break;
        }
        if (h[1]!.toLowerCase() === "x-tc-action" && h[2]!.trim() !== action) {
          diag.report("example.action-mismatch", b.input[i]!.line, `${where}: X-TC-Action ${h[2]!.trim()} differs from the action ${action}`);
        }
      }
      const body = b.input.slice(bodyStart);
      const r = recoverJson(body.map((l) => l.text));
      if (isJsonFailure(r)) {
        fail(body[r.index]?.line ?? first.line, `${where}: request body: ${r.error}`);
        continue;
      }
      if (typeof r.value !== "object" || r.value === null || Array.isArray(r.value)) {
        fail(body[0]!.line, `${where}: request body is not a JSON object`);
        continue;
      }
      input = r.value as Record<string, unknown>;
      const rest = body.slice(r.endIndex + 1);
      if (rest.length > 0) diag.report("example.trailing", rest[0]!.line, `${where}: text after the request body ignored`);
    } else {
      fail(first.line, `${where}: request is neither a GET URL nor a POST request: ${JSON.stringify(first.text.slice(0, 60))}`);
      continue;
    }
    if (b.output.length === 0) {
      fail(b.head.line, `${where} has no response ('输出示例')`);
      continue;
    }
    const r = recoverJson(b.output.map((l) => l.text));
    if (isJsonFailure(r)) {
      fail(b.output[Math.min(r.index, b.output.length - 1)]!.line, `${where}: response: ${r.error}`);
      continue;
    }
    if (typeof r.value !== "object" || r.value === null || Array.isArray(r.value)) {
      fail(b.output[0]!.line, `${where}: response is not a JSON object`);
      continue;
    }
    const rest = b.output.slice(r.endIndex + 1);
    if (rest.length > 0) diag.report("example.trailing", rest[0]!.line, `${where}: text after the response JSON ignored: ${JSON.stringify(rest[0]!.text.slice(0, 40))}`);
    const example: Example = { title: b.title, input, output: r.value as Record<string, unknown> };
    const description = joinProse(b.description);
    if (description !== "") example.description = description;
    example.requestForm = form;
    example.source = { file: diag.file, line: b.head.line };
    outcome.examples.push(example);
    outcome.recovered++;
  }
  return outcome;
}

// One action section, '1. 接口描述' up to the next one: the fixed sentences (endpoint, rate
// limit), the description, the input and output tables, examples and the error table.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, Field } from "../../spec/types.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { joinProse } from "../text/description.ts";
import { parseErrorTable } from "./errors.ts";
import { parseExamples, type ExampleOutcome } from "./examples.ts";
import { buildField, type FieldContext } from "./fields.ts";
import { parseParameterTable, type RowPatterns } from "./parameter-table.ts";
import { ZH, type Vocabulary } from "./vocabulary.ts";

type Part = keyof Vocabulary["headings"];

export interface ActionParse {
  action: Action;
  endpoint?: string;
  version?: string;
  examples: ExampleOutcome;
}

export interface ActionContext extends FieldContext {
  /** The document's words; Chinese when absent. */
  vocab?: Vocabulary;
  inputPatterns: RowPatterns;
  outputPatterns: RowPatterns;
}

/** What else in a skipped section names its action: a displaced Action row, the 本接口(X) sentence. */
function namedAnywhere(lines: readonly CleanLine[], said: { name: string } | undefined, vocab: Vocabulary): string {
  const names = new Set<string>();
  for (const l of lines) {
    const row = /^Action\b/.test(l.text) ? vocab.actionRowValue.exec(l.text) : null;
    if (row) names.add(row[1]!);
  }
  if (said) names.add(said.name);
  return names.size ? ` (the section names ${[...names].join(", ")})` : "";
}

/** Parses the lines of one action section (the heading line first). */
export function parseAction(lines: readonly CleanLine[], ctx: ActionContext): ActionParse | undefined {
  const diag = ctx.diag;
  const vocab = ctx.vocab ?? ZH;
  const heading = lines[0]!;
  const at: Partial<Record<Part, number>> = {};
  const headings = Object.entries(vocab.headings) as [Part, RegExp][];
  for (let i = 1; i < lines.length; i++) {
    if (!/^\d\./.test(lines[i]!.text)) continue;
    for (const [part, re] of headings) {
      if (re.test(lines[i]!.text)) {
        if (at[part] !== undefined) diag.report("action.heading", lines[i]!.line, `heading '${lines[i]!.text}' repeated in one action section`);
        else at[part] = i;
      }
    }
  }
  const order: Part[] = ["input", "output", "examples", "resources", "errors"];
  const range = (part: Part): CleanLine[] => {
    const start = at[part];
    if (start === undefined) return [];
    let end = lines.length;
    for (const other of order) {
      const s = at[other];
      if (s !== undefined && s > start && s < end) end = s;
    }
    return lines.slice(start + 1, end);
  };
  for (const part of ["input", "output"] as const) {
    if (at[part] === undefined) diag.report("action.section", heading.line, `action section without a '${vocab.headingNames[part]}' heading`);
  }

  // 1. 接口描述: endpoint, description, rate limit.
  const introEnd = Math.min(...order.map((p) => at[p] ?? lines.length));
  let endpoint: string | undefined;
  let rateLimit: number | undefined;
  const description: string[] = [];
  let said: { name: string; line: number } | undefined;
  for (const l of lines.slice(1, introEnd)) {
    const cue = said ? null : vocab.thisAction.exec(l.text);
    if (cue) said = { name: cue[1]!, line: l.line };
    const ep = vocab.endpoint.exec(l.text);
    const rate = vocab.rate.exec(l.text);
    if (ep) endpoint = ep[1];
    else if (rate) {
      if (rateLimit !== undefined && Number(rate[1]) !== rateLimit) diag.report("action.rate", l.line, `a second, different rate limit (${rate[1]} vs ${rateLimit})`);
      else if (rateLimit !== undefined) diag.report("action.rate-repeated", l.line, "the rate limit sentence is printed twice");
      rateLimit = Number(rate[1]);
    } else if (!vocab.boilerplate.test(l.text)) description.push(l.text);
  }

  // 2. 输入参数: the first rows are Action, Version and Region.
  const inputTable = parseParameterTable(range("input"), "name-required-type", ctx.structNames, (t) => vocab.inputIntro.test(t), ctx.inputPatterns, vocab);
  for (const l of inputTable.stray) diag.report("table.stray-row", l.line, `input table: line is not part of a parameter row: ${JSON.stringify(l.text.slice(0, 60))}`);
  let name: string | undefined;
  let version: string | undefined;
  let region: Action["region"];
  const input: Field[] = [];
  for (const row of inputTable.rows) {
    // Wrapped English cells ('…this API:' / 'X.') join with a space; Chinese ones with nothing.
    const text = row.description.join(vocab.language === "zh" ? "" : " ");
    const common = vocab.commonParam.test(text);
    if (row.name === "Action" && common) {
      name = vocab.actionRowValue.exec(text)?.[1];
    } else if (row.name === "Version" && common) {
      version = vocab.actionRowValue.exec(text)?.[1];
    } else if (row.name === "Region" && common) {
      region = row.required ? "required" : vocab.regionNone.test(text) ? "none" : "optional";
    } else {
      input.push(buildField(row, ctx, `${name ?? "?"}.${row.name}`));
    }
  }
  if (!name) {
    diag.report("action.name", heading.line, `action section without an 'Action … 公共参数，本接口取值：X' row in its input table${namedAnywhere(lines, said, vocab)}: section skipped`);
    return undefined;
  }
  if (said && said.name !== name) {
    diag.report("action.name-mismatch", said.line, `the description says 本接口(${said.name}) but the Action row names ${name}; ${name} is kept`);
  }

  // 3. 输出参数
  const outputTable = parseParameterTable(range("output"), "name-type", ctx.structNames, () => false, ctx.outputPatterns, vocab);
  for (const l of outputTable.stray) diag.report("table.stray-row", l.line, `${name} output table: line is not part of a parameter row: ${JSON.stringify(l.text.slice(0, 60))}`);
  const output = outputTable.rows.map((r) => buildField(r, ctx, `${name}.${r.name}`, false));
  if (at.output !== undefined && output.length === 0) diag.report("action.output", lines[at.output]!.line, `${name}: no output row could be read`);
  for (const f of [...input, ...output]) if (f.name === "") diag.report("field.empty-name", f.source?.line ?? heading.line, `${name}: a field without a name`);

  // 4. 示例
  const examples = parseExamples(range("examples"), name, diag, vocab);
  if (at.examples === undefined) diag.report("example.none", heading.line, `${name}: no '${vocab.headingNames.examples}' section`);

  // 6. 错误码
  const errors = parseErrorTable(range("errors"), diag, undefined, `${name} error table`, vocab);
  if (at.errors === undefined) diag.report("action.errors", heading.line, `${name}: no '${vocab.headingNames.errors}' section`);

  const action: Action = {
    name,
    title: "",
    description: joinProse(description),
    input,
    output,
    errors,
    examples: examples.examples,
  };
  if (rateLimit !== undefined) action.rateLimit = rateLimit;
  if (region) action.region = region;
  action.source = { file: diag.file, line: heading.line };
  const parse: ActionParse = { action, examples };
  if (endpoint) parse.endpoint = endpoint;
  else diag.report("action.endpoint", heading.line, `${name}: no '接口请求域名' sentence`);
  if (version) parse.version = version;
  return parse;
}

// One action section: the title line above `1. 接口描述` names it; then the description with its
// fixed sentences (host, rate limit, update time, auth mode), the 输入参数 table (Action, Version
// and Region rows checked, not kept as inputs), the 输出参数 table and the action's 错误码.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Action } from "../../spec/types.ts";
import type { SourceDocument } from "../document.ts";
import { foldHanVariants } from "../text/han-variants.ts";
import { plainInline } from "../text/markdown-inline.ts";
import { readTabTables } from "../text/tab-table.ts";
import { readErrorTable } from "./errors.ts";
import { inferOutputList, readFieldRows } from "./fields.ts";
import { findLine, IDENT, isHeaderCells, nonBlank } from "./lines.ts";
import type { OverviewEntry } from "./overview.ts";
import { titleLineOf } from "./skeleton.ts";

const INPUT_HEADING = /^(\d+\.\s*)?(输入参数|请求参数)$/;
const OUTPUT_HEADING = /^(\d+\.\s*)?(输出参数|响应参数|返回参数)$/;
const ERROR_HEADING = /^(\d+\.\s*)?错误码$/;
const COMMON_INPUTS = new Set(["Action", "Version", "Region"]);

export interface ActionContext {
  doc: SourceDocument;
  version: string;
  structs: Set<string>;
  overview: Map<string, OverviewEntry>;
  diag: Diagnostics;
  /** How many actions name each host (the most common is the service's endpoint). */
  hosts: Map<string, number>;
}

/** Where an action's parts start (undefined: the heading is missing). */
interface ActionParts {
  inputAt?: number;
  outputAt?: number;
  errorsAt?: number;
}

export function readAction(ctx: ActionContext, anchor: number, end: number): Action | undefined {
  const { doc, diag } = ctx;
  const title = titleLineOf(doc, anchor);
  if (!title) {
    diag.report("action.name", anchor, "an action section (接口描述) without a title line above it: skipped");
    return undefined;
  }
  // `IPV6转换服务相关接口 AddIp6Rules`: a group heading glued to the first title.
  const name = title.text.split(/\s+/).pop()!;
  if (!IDENT.test(name)) {
    diag.report("action.name", title.line, `action title ${JSON.stringify(title.text)} is not an action name: section skipped`);
    return undefined;
  }
  const parts = findParts(doc, anchor, end);
  if (parts.inputAt === undefined) diag.report("action.input", anchor, `${name}: no 输入参数 heading (section cut off?)`);
  if (parts.outputAt === undefined) diag.report("action.output", anchor, `${name}: no 输出参数 heading (section cut off?)`);

  const intro = readIntroduction(ctx, name, anchor, (parts.inputAt ?? parts.outputAt ?? parts.errorsAt ?? end + 1) - 1);
  const ov = ctx.overview.get(name);
  const action: Action = {
    name,
    title: ov?.title ?? "",
    description: intro.description,
    input: [],
    output: [],
    errors: [],
    examples: [],
  };
  if (ov?.category) action.category = ov.category;
  if (!ov) diag.report("action.title", title.line, `${name}: not in the overview, so it has no title`);
  if (intro.rateLimit !== undefined) action.rateLimit = intro.rateLimit;
  if (intro.notes.length > 0) action.notes = intro.notes;

  if (parts.inputAt !== undefined) readInputs(ctx, action, parts.inputAt, (parts.outputAt ?? parts.errorsAt ?? end + 1) - 1);
  if (parts.outputAt !== undefined) readOutputs(ctx, action, parts.outputAt, (parts.errorsAt ?? end + 1) - 1);
  if (parts.errorsAt !== undefined) readActionErrors(ctx, action, parts.errorsAt, end);
  action.source = { file: doc.file, line: title.line };
  return action;
}

function findParts(doc: SourceDocument, anchor: number, end: number): ActionParts {
  const inputAt = findLine(doc, anchor + 1, end, (t) => INPUT_HEADING.test(t));
  const outputAt = findLine(doc, inputAt ?? anchor + 1, end, (t) => OUTPUT_HEADING.test(t));
  const errorsAt = findLine(doc, outputAt ?? inputAt ?? anchor + 1, end, (t) => ERROR_HEADING.test(t));
  return {
    ...(inputAt !== undefined ? { inputAt } : {}),
    ...(outputAt !== undefined ? { outputAt } : {}),
    ...(errorsAt !== undefined ? { errorsAt } : {}),
  };
}

/**
 * The description and the fixed sentences about the host (counted in ctx.hosts), rate limit,
 * update time (dropped) and auth mode (kept as notes).
 */
function readIntroduction(
  ctx: ActionContext,
  name: string,
  anchor: number,
  to: number,
): { description: string; rateLimit?: number; notes: string[] } {
  const desc: string[] = [];
  let rateLimit: number | undefined;
  const notes: string[] = [];
  let host: string | undefined;
  for (const l of nonBlank(ctx.doc, anchor + 1, to)) {
    const t = foldHanVariants(l.text);
    const h = /^接口请求域名\s*[:：]\s*`?\s*([A-Za-z0-9.-]+)/.exec(t);
    if (h) {
      host = h[1]!.replace(/\.$/, "");
      continue;
    }
    const r = /^默认接口请求频率限制\s*[:：]\s*(\d+)\s*次\/秒/.exec(t);
    if (r) {
      rateLimit = Number(r[1]);
      continue;
    }
    if (/^接口更新时间\s*[:：]/.test(t)) continue;
    if (/^接口(只验签名不鉴权|既验签名又鉴权)/.test(t)) {
      notes.push(l.text.replace(/[。.]$/, ""));
      continue;
    }
    desc.push(plainInline(l.text));
  }
  if (host) ctx.hosts.set(host, (ctx.hosts.get(host) ?? 0) + 1);
  else ctx.diag.report("action.endpoint", anchor, `${name}: no 接口请求域名 sentence`);
  return { description: desc.join("\n"), ...(rateLimit !== undefined ? { rateLimit } : {}), notes };
}

/** 输入参数: the Action, Version and Region rows are checked against the section and the document, the rest are the inputs. */
function readInputs(ctx: ActionContext, action: Action, inputAt: number, to: number): void {
  const { doc, diag } = ctx;
  const name = action.name;
  const scan = readTabTables(doc.lines, inputAt, to, { isHeader: isHeaderCells([["参数名称", "必选", "允许NULL", "类型", "描述"]]) });
  for (const p of scan.problems) diag.report(p.code, p.line, `${name}: ${p.message}`);
  if (scan.tables.length === 0) diag.report("action.input", inputAt, `${name}: 输入参数 has no table`);
  const fields = scan.tables.flatMap((t) => readFieldRows(doc, t, ctx.structs, diag, `${name} input`));
  let sawAction = false;
  for (const f of fields) {
    if (!COMMON_INPUTS.has(f.name)) {
      action.input.push(f);
      continue;
    }
    const value = /本接口取值\s*[:：]\s*(\S+)/.exec(f.description)?.[1];
    if (f.name === "Action") {
      sawAction = true;
      if (value !== name) diag.report("action.name-mismatch", f.source!.line, `section ${name} says Action=${value ?? "?"}`);
    }
    if (f.name === "Version" && value !== ctx.version) diag.report("action.version", f.source!.line, `${name}: Version row says ${value ?? "?"}, the document ${ctx.version}`);
    if (f.name === "Region") action.region = f.required ? "required" : "optional";
  }
  if (!sawAction && scan.tables.length > 0) diag.report("action.name-unconfirmed", inputAt, `${name}: the input table has no Action row to confirm the name`);
}

/** 输出参数: every row an output (a `…Set` member read as a list), RequestId expected. */
function readOutputs(ctx: ActionContext, action: Action, outputAt: number, to: number): void {
  const { doc, diag } = ctx;
  const name = action.name;
  const scan = readTabTables(doc.lines, outputAt, to, { isHeader: isHeaderCells([["参数名称", "类型", "描述"]]) });
  for (const p of scan.problems) diag.report(p.code, p.line, `${name}: ${p.message}`);
  if (scan.tables.length === 0) diag.report("action.output", outputAt, `${name}: 输出参数 has no table`);
  for (const t of scan.tables) {
    for (const f of readFieldRows(doc, t, ctx.structs, diag, `${name} output`)) action.output.push(inferOutputList(f, diag, name));
  }
  if (!action.output.some((f) => f.name === "RequestId")) diag.report("action.request-id", outputAt, `${name}: the output table has no RequestId`);
}

/** 错误码: the action's own codes, or a sentence saying it has none. */
function readActionErrors(ctx: ActionContext, action: Action, errorsAt: number, end: number): void {
  action.errors = readErrorTable(ctx.doc, errorsAt, end, ctx.diag, [["错误码", "描述"]]);
  if (action.errors.length === 0 && !nonBlank(ctx.doc, errorsAt + 1, end).some((l) => /暂无|没有/.test(l.text))) {
    ctx.diag.report("action.errors", errorsAt, `${action.name}: 错误码 has neither a table nor a 'no business errors' sentence`);
  }
}

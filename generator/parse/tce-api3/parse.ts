// The Tencent API 3.0 part of a TCE markdown export: overview tables (title and category of each
// action), preamble (common error codes, common parameters, regions), one section per action
// (`1. 接口描述` … `2. 输入参数` … `3. 输出参数` … `4. 错误码`), `数据结构` and the final `错误码`
// lists. Everything is found by its heading text, never by its position.
import type { Coverage, Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, ErrorCode, Field, Service, Struct, Type } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";
import type { ParseResult } from "../dialect.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { splitDescription } from "../text/description.ts";
import { foldHanVariants } from "../text/han-variants.ts";
import { plainInline } from "../text/markdown-inline.ts";
import { readTabTables, type TabTable } from "../text/tab-table.ts";
import { typeFromWord } from "../text/type-words.ts";
import { DIALECT, findApi3Banner } from "./detect.ts";
import { isErrorCode } from "../steps/error-codes.ts";
import { reconcileOverview, reportReconciliation } from "../steps/reconcile-overview.ts";

const DATED = /^最近更新(时间|的时间)?\s*[:：]/;
const ACTION_ANCHOR = /^(\d+\.\s*)?接口描述$/;
const INPUT_HEADING = /^(\d+\.\s*)?(输入参数|请求参数)$/;
const OUTPUT_HEADING = /^(\d+\.\s*)?(输出参数|响应参数|返回参数)$/;
const ERROR_HEADING = /^(\d+\.\s*)?错误码$/;
const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const COMMON_INPUTS = new Set(["Action", "Version", "Region"]);

type Line = { text: string; line: number };

/** Text of line n (1-based), cues folded to simplified characters, markdown `#` and edges trimmed. */
function cue(doc: SourceDocument, n: number): string {
  return foldHanVariants((doc.lines[n - 1] ?? "").replace(/^#+\s*/, "").trim());
}

function isDatedAt(doc: SourceDocument, n: number, end: number): boolean {
  for (let i = n + 1; i <= end && i <= n + 3; i++) {
    const t = cue(doc, i);
    if (t === "") continue;
    return DATED.test(t);
  }
  return false;
}

function nonBlank(doc: SourceDocument, from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let n = from; n <= to; n++) {
    const text = (doc.lines[n - 1] ?? "").trim();
    if (text !== "") out.push({ text, line: n });
  }
  return out;
}

function findLine(doc: SourceDocument, from: number, to: number, test: (t: string, n: number) => boolean): number | undefined {
  for (let n = from; n <= to; n++) if (test(cue(doc, n), n)) return n;
  return undefined;
}

const isHeaderCells = (headers: string[][]) => (cells: string[]) => {
  const folded = cells.map(foldHanVariants).join("\t");
  return headers.some((h) => h.join("\t") === folded);
};

export function parseTceApi3(doc: SourceDocument, part: DocumentPart, diag: Diagnostics): ParseResult {
  const start = part.startLine;
  const end = part.endLine;
  const banner = findApi3Banner(doc.lines);
  const version = banner?.version ?? "";
  const service = banner?.product?.service ?? "";
  const serviceTitle = banner?.product?.title ?? "";
  if (!banner) diag.report("service.version", start, "no 'API文档' banner with '版本 (YYYY-MM-DD)': version unknown");
  if (!service) diag.report("service.name", start, "the banner names no product '名称 (service)': service name unknown");

  // --- the skeleton: action anchors, 数据结构 and the final 错误码 ---
  const anchors: number[] = [];
  for (let n = start; n <= end; n++) if (ACTION_ANCHOR.test(cue(doc, n))) anchors.push(n);
  const lastAnchor = anchors[anchors.length - 1] ?? start;
  const structsAt = findLine(doc, lastAnchor, end, (t, n) => t === "数据结构" && isDatedAt(doc, n, end));
  const errorsAt = findLine(doc, structsAt ?? lastAnchor, end, (t, n) => t === "错误码" && isDatedAt(doc, n, end));
  const actionsEnd = (structsAt ?? errorsAt ?? end + 1) - 1;

  // --- overview: 接口名称⇥接口功能 tables under group headings ---
  const overviewAt = findLine(doc, start, end, (t) => /^API\s*概览$/.test(t)) ?? start;
  const firstTitle = anchors.length > 0 ? titleLineOf(doc, anchors[0]!) : undefined;
  const overviewEnd = (findLine(doc, overviewAt, end, (t) => t === "调用方式") ?? firstTitle?.line ?? end) - 1;
  const overview = readOverview(doc, overviewAt, overviewEnd, diag);

  // --- preamble: common errors, common parameters, regions ---
  const preambleEnd = (firstTitle?.line ?? actionsEnd + 1) - 1;
  const errors: ErrorCode[] = [];
  const finalErrors = errorsAt !== undefined ? readFinalErrors(doc, errorsAt, end, diag) : [];
  errors.push(...finalErrors);
  const preambleCommonAt = findLine(doc, overviewEnd, preambleEnd, (t) => t === "公共错误码");
  if (preambleCommonAt !== undefined) {
    const sectionEnd = (findLine(doc, preambleCommonAt + 1, preambleEnd, (t) => t === "公共参数") ?? preambleEnd + 1) - 1;
    const known = new Set(errors.map((e) => e.code));
    for (const e of readErrorTable(doc, preambleCommonAt, sectionEnd, diag, [["错误码", "错误描述"]])) {
      if (known.has(e.code)) continue;
      known.add(e.code);
      errors.push({ ...e, kind: "common" });
    }
  }
  if (errors.length === 0) diag.report("service.common-errors", errorsAt ?? start, "no common error code list (公共错误码/业务错误码) found");
  const commonParameters = readCommonParameters(doc, overviewEnd, preambleEnd, diag);
  const regionsAt = findLine(doc, overviewEnd, preambleEnd, (t) => t === "地域列表");
  if (regionsAt !== undefined) {
    const regionTables = readTabTables(doc.lines, regionsAt, preambleEnd, { isHeader: (c) => c.length >= 2 && /地域/.test(c.join("")) }).tables;
    if (regionTables.length === 0) {
      diag.report("service.regions", regionsAt, "地域列表 lists no regions (it only points to the DescribeRegions action): service.regions left out");
    }
  }

  // --- structures ---
  const structs = structsAt !== undefined ? readStructs(doc, structsAt, (errorsAt ?? end + 1) - 1, diag) : [];
  if (structsAt === undefined) diag.report("struct.section", start, "no 数据结构 section found");
  const structNames = new Set(structs.map((s) => s.name));

  // --- actions ---
  const actions: Action[] = [];
  const hosts = new Map<string, number>();
  const inferredLists: string[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const nextTitle = i + 1 < anchors.length ? titleLineOf(doc, anchors[i + 1]!) : undefined;
    const sectionEnd = Math.min(actionsEnd, (groupStart(doc, nextTitle) ?? actionsEnd + 1) - 1);
    const action = readAction(doc, anchors[i]!, sectionEnd, version, structNames, overview, diag, hosts, inferredLists);
    if (action) actions.push(action);
  }

  // --- coverage ---
  const seen = new Set<string>();
  for (const a of actions) {
    if (seen.has(a.name)) diag.report("action.duplicate", a.source!.line, `action ${a.name} is described twice`);
    seen.add(a.name);
  }
  const listed = [...overview].map(([name, e]) => ({ ...e, name }));
  const reconciled = reconcileOverview(listed, actions);
  reportReconciliation(reconciled, diag, {
    missing: (row) => `the overview names ${row.name}, but the document has no section for it`,
    unlisted: (a) => `${a.name} has a section but is not in the API 概览 tables`,
    lineOf: (a) => a.source!.line,
  });
  const missing = reconciled.missing.map((r) => r.name);
  const unlisted = reconciled.unlisted.map((a) => a.name);

  markUsage(structs, actions);
  const referenced = new Set<string>();
  for (const a of actions) for (const f of [...a.input, ...a.output]) for (const r of typeRefs(f.type)) referenced.add(r);
  for (const s of structs) for (const f of s.fields) for (const r of typeRefs(f.type)) referenced.add(r);
  const dangling = [...referenced].filter((r) => !structNames.has(r)).sort();

  const endpoint = mostCommon(hosts) ?? "";
  if (!endpoint) diag.report("service.endpoint", start, "no action states its 接口请求域名: endpoint unknown");
  const spec: Service = {
    provider: "tce",
    service,
    version,
    protocol: "tc3",
    endpoint,
    title: serviceTitle,
    actions,
    types: structs,
    errors,
    ...(commonParameters.length > 0 ? { commonParameters } : {}),
    source: { file: doc.file, startLine: start, endLine: end, dialect: DIALECT },
  };
  diag.report(
    "example.none",
    start,
    `the API 3.0 part shows no request or response example for any of its ${actions.length} actions: examples are empty, none invented`,
  );
  const coverage: Coverage = {
    file: doc.file,
    dialect: DIALECT,
    spec: `tce/${service}/${version}`,
    actionsNamed: overview.size,
    actionsFound: actions.length,
    actionsMissing: missing,
    actionsUnlisted: unlisted,
    structsReferenced: referenced.size,
    structsDefined: structs.length,
    danglingRefs: dangling,
    examplesRecovered: 0,
    examplesFailed: [],
  };
  return { services: [spec], coverage: [coverage] };
}

/** The title line of an action section: the nearest text line above its anchor that is not a date. */
function titleLineOf(doc: SourceDocument, anchor: number): Line | undefined {
  for (let n = anchor - 1; n >= 1 && n >= anchor - 8; n--) {
    const t = (doc.lines[n - 1] ?? "").trim();
    if (t === "" || DATED.test(foldHanVariants(t))) continue;
    return { text: t, line: n };
  }
  return undefined;
}

/** Where the section starting with `title` begins: its group heading when one stands right above. */
function groupStart(doc: SourceDocument, title: Line | undefined): number | undefined {
  if (!title) return undefined;
  for (let n = title.line - 1; n >= 1 && n >= title.line - 3; n--) {
    const t = (doc.lines[n - 1] ?? "").trim();
    if (t === "") continue;
    return /相关接口$/.test(t) ? n : title.line;
  }
  return title.line;
}

interface OverviewEntry {
  title: string;
  category: string;
  line: number;
}

function readOverview(doc: SourceDocument, from: number, to: number, diag: Diagnostics): Map<string, OverviewEntry> {
  const out = new Map<string, OverviewEntry>();
  const { tables } = readTabTables(doc.lines, from, to, { isHeader: isHeaderCells([["接口名称", "接口功能"]]) });
  for (const t of tables) {
    const category = t.label?.text ?? "";
    for (const row of t.rows) {
      const [name, title] = row.cells;
      if (!name || !IDENT.test(name)) {
        diag.report("overview.row", row.line, `overview row without an action name: ${JSON.stringify(row.cells.join(" | "))}`);
        continue;
      }
      if (out.has(name)) {
        diag.report("overview.duplicate", row.line, `the overview lists ${name} twice`);
        continue;
      }
      out.set(name, { title: plainInline(title ?? ""), category, line: row.line });
    }
  }
  if (out.size === 0) diag.report("overview.missing", from, "no API 概览 table (接口名称⇥接口功能): the actions the document names are unknown");
  return out;
}

function readErrorTable(doc: SourceDocument, from: number, to: number, diag: Diagnostics, headers: string[][]): ErrorCode[] {
  const scan = readTabTables(doc.lines, from, to, { isHeader: isHeaderCells(headers) });
  for (const p of scan.problems) diag.report(p.code, p.line, p.message);
  const out: ErrorCode[] = [];
  for (const t of scan.tables) {
    for (const row of t.rows) {
      const code = row.cells[0] ?? "";
      if (!isErrorCode(code)) {
        diag.report("error.code", row.line, `not an error code: ${JSON.stringify(code)}`);
        continue;
      }
      out.push({ code, description: plainInline(row.cells[1] ?? ""), source: { file: doc.file, line: row.line } });
    }
  }
  return out;
}

/** The final 错误码 section: 公共错误码 then 业务错误码, both `错误码⇥说明`. */
function readFinalErrors(doc: SourceDocument, from: number, to: number, diag: Diagnostics): ErrorCode[] {
  const commonAt = findLine(doc, from, to, (t) => t === "公共错误码");
  const businessAt = findLine(doc, from, to, (t) => t === "业务错误码");
  const out: ErrorCode[] = [];
  const headers = [["错误码", "说明"], ["错误码", "描述"]];
  if (commonAt !== undefined) {
    for (const e of readErrorTable(doc, commonAt, (businessAt ?? to + 1) - 1, diag, headers)) out.push({ ...e, kind: "common" });
  }
  if (businessAt !== undefined) {
    for (const e of readErrorTable(doc, businessAt, to, diag, headers)) {
      if (e.description === "") diag.report("error.no-description", e.source!.line, `business error code ${e.code} has no description`);
      out.push({ ...e, kind: "business" });
    }
  }
  if (commonAt === undefined && businessAt === undefined) diag.report("service.common-errors", from, "the 错误码 section has neither 公共错误码 nor 业务错误码");
  return out;
}

/** 公共参数: the TC3 header table (签名方法 v3) and the v1 query table (签名方法 v1), in document order. */
function readCommonParameters(doc: SourceDocument, from: number, to: number, diag: Diagnostics): Field[] {
  const at = findLine(doc, from, to, (t) => t === "公共参数");
  if (at === undefined) {
    diag.report("service.common-parameters", from, "no 公共参数 section");
    return [];
  }
  const sectionEnd = (findLine(doc, at + 1, to, (t) => t === "地域列表") ?? to + 1) - 1;
  const scan = readTabTables(doc.lines, at, sectionEnd, { isHeader: isHeaderCells([["参数名称", "类型", "必选", "描述"]]) });
  for (const p of scan.problems) diag.report(p.code, p.line, p.message);
  const out: Field[] = [];
  const names = new Set<string>();
  for (const t of scan.tables) {
    for (const row of t.rows) {
      const [name = "", type = "", required = "", description = ""] = row.cells;
      if (names.has(name)) continue;
      names.add(name);
      out.push({
        name,
        type: typeFromWord(type, new Set(), diag, row.line),
        required: required === "是",
        description: plainInline(description),
        source: { file: doc.file, line: row.line },
      });
    }
  }
  return out;
}

function readStructs(doc: SourceDocument, from: number, to: number, diag: Diagnostics): Struct[] {
  // Pass 1: names, so that member types can be told from words.
  const headers = [["名称", "必选", "允许NULL", "类型", "描述"], ["名称", "类型", "描述"], ["名称", "类型", "必选", "描述"]];
  const scan = readTabTables(doc.lines, from, to, { isHeader: isHeaderCells(headers) });
  for (const p of scan.problems) diag.report(p.code, p.line, p.message);
  const heads: { table: TabTable; name: Line; description: string; referencedBy: string[] }[] = [];
  let prevEnd = from;
  for (const table of scan.tables) {
    const lines = nonBlank(doc, prevEnd + 1, table.headerLine - 1).filter((l) => !DATED.test(foldHanVariants(l.text)) && l.text !== "数据结构");
    prevEnd = table.endLine;
    const nameIdx = lines.findIndex((l) => IDENT.test(l.text));
    if (nameIdx < 0) {
      diag.report("struct.name", table.headerLine, "a structure table without a structure name above it");
      continue;
    }
    const name = lines[nameIdx]!;
    const rest = lines.slice(nameIdx + 1);
    const refIdx = rest.findIndex((l) => /^被如下接口引用/.test(foldHanVariants(l.text)));
    const descLines = (refIdx < 0 ? rest : rest.slice(0, refIdx)).map((l) => plainInline(l.text));
    const refText = refIdx < 0 ? "" : rest.slice(refIdx).map((l) => plainInline(l.text)).join("").replace(/^被如下接口引用\s*[:：]?/, "");
    const referencedBy = refText
      .split(/[、,，\s]+/)
      .map((s) => s.replace(/[。.]$/, ""))
      .filter((s) => IDENT.test(s));
    if (nameIdx > 0) diag.report("struct.stray-text", lines[0]!.line, `text before structure ${name.text} ignored: ${JSON.stringify(lines[0]!.text.slice(0, 60))}`);
    heads.push({ table, name, description: descLines.join("\n"), referencedBy });
  }
  const names = new Set(heads.map((h) => h.name.text));
  const out: Struct[] = [];
  const seen = new Set<string>();
  for (const h of heads) {
    if (seen.has(h.name.text)) {
      diag.report("struct.duplicate", h.name.line, `structure ${h.name.text} is defined twice; the first definition is kept`);
      continue;
    }
    seen.add(h.name.text);
    const fields = readFieldRows(doc, h.table, names, diag, "struct");
    out.push({
      name: h.name.text,
      description: h.description,
      fields,
      ...(h.referencedBy.length > 0 ? { referencedBy: h.referencedBy } : {}),
      source: { file: doc.file, line: h.name.line },
    });
  }
  return out;
}

/** Rows of an input/struct table (名称, 必选, 允许NULL, 类型, 描述) or an output table (名称, 类型, 描述), keyed by header. */
function readFieldRows(doc: SourceDocument, table: TabTable, structs: Set<string>, diag: Diagnostics, what: string): Field[] {
  const header = table.header.map(foldHanVariants);
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const iName = col("参数名称", "名称");
  const iReq = col("必选");
  const iNull = col("允许NULL");
  const iType = col("类型");
  const iDesc = col("描述");
  const out: Field[] = [];
  for (const row of table.rows) {
    const name = row.cells[iName] ?? "";
    if (!IDENT.test(name)) {
      diag.report("field.name", row.line, `${what} row without a valid name skipped: ${JSON.stringify(row.cells.join(" | ").slice(0, 80))}`);
      continue;
    }
    const typeWord = row.cells[iType] ?? "";
    const parts = splitDescription(plainInline(row.cells[iDesc] ?? ""));
    const field: Field = { name, type: typeFromWord(typeWord, structs, diag, row.line), required: false, description: parts.description };
    if (iReq >= 0) {
      const r = foldHanVariants(row.cells[iReq] ?? "");
      if (r !== "是" && r !== "否") diag.report("field.required", row.line, `${name}: required cell ${JSON.stringify(r)} is neither 是 nor 否`);
      field.required = r === "是";
    }
    if (iNull >= 0) {
      const v = foldHanVariants(row.cells[iNull] ?? "");
      if (v === "是") field.nullable = true;
      else if (v !== "否") diag.report("field.nullable", row.line, `${name}: 允许NULL cell ${JSON.stringify(v)} is neither 是 nor 否`);
    }
    if (parts.nullable) field.nullable = true;
    if (parts.example !== undefined) field.example = parts.example;
    if (parts.default !== undefined) field.default = parts.default;
    if (parts.enum && parts.enum.length > 0) {
      field.enum = parts.enum;
      if (parts.enumClosed) field.enumClosed = true;
    }
    field.source = { file: doc.file, line: row.line };
    out.push(field);
  }
  return out;
}

function readAction(
  doc: SourceDocument,
  anchor: number,
  end: number,
  version: string,
  structs: Set<string>,
  overview: Map<string, OverviewEntry>,
  diag: Diagnostics,
  hosts: Map<string, number>,
  inferredLists: string[],
): Action | undefined {
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
  const inputAt = findLine(doc, anchor + 1, end, (t) => INPUT_HEADING.test(t));
  const outputAt = findLine(doc, inputAt ?? anchor + 1, end, (t) => OUTPUT_HEADING.test(t));
  const errorsAt = findLine(doc, outputAt ?? inputAt ?? anchor + 1, end, (t) => ERROR_HEADING.test(t));
  if (inputAt === undefined) diag.report("action.input", anchor, `${name}: no 输入参数 heading (section cut off?)`);
  if (outputAt === undefined) diag.report("action.output", anchor, `${name}: no 输出参数 heading (section cut off?)`);

  // Description and the fixed sentences about the host, rate limit, update time and auth mode.
  const descEnd = (inputAt ?? outputAt ?? errorsAt ?? end + 1) - 1;
  const desc: string[] = [];
  let rateLimit: number | undefined;
  const notes: string[] = [];
  let host: string | undefined;
  for (const l of nonBlank(doc, anchor + 1, descEnd)) {
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
  if (host) hosts.set(host, (hosts.get(host) ?? 0) + 1);
  else diag.report("action.endpoint", anchor, `${name}: no 接口请求域名 sentence`);

  const action: Action = {
    name,
    title: overview.get(name)?.title ?? "",
    description: desc.join("\n"),
    input: [],
    output: [],
    errors: [],
    examples: [],
  };
  const ov = overview.get(name);
  if (ov?.category) action.category = ov.category;
  if (!ov) diag.report("action.title", title.line, `${name}: not in the overview, so it has no title`);
  if (rateLimit !== undefined) action.rateLimit = rateLimit;
  if (notes.length > 0) action.notes = notes;

  if (inputAt !== undefined) {
    const scan = readTabTables(doc.lines, inputAt, (outputAt ?? errorsAt ?? end + 1) - 1, {
      isHeader: isHeaderCells([["参数名称", "必选", "允许NULL", "类型", "描述"]]),
    });
    for (const p of scan.problems) diag.report(p.code, p.line, `${name}: ${p.message}`);
    if (scan.tables.length === 0) diag.report("action.input", inputAt, `${name}: 输入参数 has no table`);
    const fields = scan.tables.flatMap((t) => readFieldRows(doc, t, structs, diag, `${name} input`));
    let sawAction = false;
    for (const f of fields) {
      if (COMMON_INPUTS.has(f.name)) {
        const value = /本接口取值\s*[:：]\s*(\S+)/.exec(f.description)?.[1];
        if (f.name === "Action") {
          sawAction = true;
          if (value !== name) diag.report("action.name-mismatch", f.source!.line, `section ${name} says Action=${value ?? "?"}`);
        }
        if (f.name === "Version" && value !== version) diag.report("action.version", f.source!.line, `${name}: Version row says ${value ?? "?"}, the document ${version}`);
        if (f.name === "Region") action.region = f.required ? "required" : "optional";
        continue;
      }
      action.input.push(f);
    }
    if (!sawAction && scan.tables.length > 0) diag.report("action.name-unconfirmed", inputAt, `${name}: the input table has no Action row to confirm the name`);
  }
  if (outputAt !== undefined) {
    const scan = readTabTables(doc.lines, outputAt, (errorsAt ?? end + 1) - 1, { isHeader: isHeaderCells([["参数名称", "类型", "描述"]]) });
    for (const p of scan.problems) diag.report(p.code, p.line, `${name}: ${p.message}`);
    if (scan.tables.length === 0) diag.report("action.output", outputAt, `${name}: 输出参数 has no table`);
    for (const t of scan.tables) {
      for (const f of readFieldRows(doc, t, structs, diag, `${name} output`)) {
        action.output.push(inferOutputList(f, diag, name, inferredLists));
      }
    }
    if (!action.output.some((f) => f.name === "RequestId")) diag.report("action.request-id", outputAt, `${name}: the output table has no RequestId`);
  }
  if (errorsAt !== undefined) {
    action.errors = readErrorTable(doc, errorsAt, end, diag, [["错误码", "描述"]]);
    if (action.errors.length === 0 && !nonBlank(doc, errorsAt + 1, end).some((l) => /暂无|没有/.test(l.text))) {
      diag.report("action.errors", errorsAt, `${name}: 错误码 has neither a table nor a 'no business errors' sentence`);
    }
  }
  action.source = { file: doc.file, line: title.line };
  return action;
}

/**
 * Output tables of this export never say `Array of`: a list field is written with its item type
 * (`NatGatewaySet⇥NatGateway`, `Ip6RuleSet⇥String`). The Tencent naming rule is that a `…Set`
 * member is a list, unless the document defines a structure of that very name (SecurityGroupLimitSet).
 * The inference is reported so that a reader can tell it from what the document says.
 */
function inferOutputList(f: Field, diag: Diagnostics, action: string, inferred: string[]): Field {
  if (!/Set$/.test(f.name)) return f;
  if (typeof f.type === "object" && ("array" in f.type || f.type.ref === f.name)) return f;
  if (f.type === "object") return f;
  diag.report("type.inferred-list", f.source!.line, `${action}.${f.name}: typed ${typeof f.type === "string" ? f.type : f.type.ref}, read as a list of it (a …Set output member; the export drops 'Array of' from output tables)`);
  inferred.push(`${action}.${f.name}`);
  return { ...f, type: { array: f.type } };
}

function markUsage(structs: Struct[], actions: Action[]): void {
  const byName = new Map(structs.map((s) => [s.name, s]));
  const uses = new Map<string, Set<"input" | "output">>();
  // Iterative, with a stack of types to visit: a chain of 6,000 structures each referring to the
  // next recursed once per link and overflowed the call stack.
  const walk = (start: Type, side: "input" | "output") => {
    const stack: Type[] = [start];
    for (let type = stack.pop(); type !== undefined; type = stack.pop()) {
      for (const r of typeRefs(type)) {
        const set = uses.get(r) ?? new Set();
        if (set.has(side)) continue;
        set.add(side);
        uses.set(r, set);
        for (const f of byName.get(r)?.fields ?? []) stack.push(f.type);
      }
    }
  };
  for (const a of actions) {
    for (const f of a.input) walk(f.type, "input");
    for (const f of a.output) walk(f.type, "output");
  }
  for (const s of structs) {
    const u = uses.get(s.name);
    if (!u) continue;
    s.usage = u.size === 2 ? "both" : u.has("input") ? "input" : "output";
  }
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, v] of counts) if (v > n || (v === n && best !== undefined && k < best)) [best, n] = [k, v];
  return best;
}

// The legacy V2 API as the TCE (finance zone) markdown export writes it: `历史版本 (V2接口)` /
// `API版本 : V2`, overview tables `接口功能⇥Action ID⇥功能描述`, 公共请求参数, numeric 公共错误码,
// then one section per action (`1. 接口描述`, `2. 输入参数`, `3. 输出参数`, `4. 错误码表`, `5. 示例`, or
// the newer wording 接口描述/请求参数/响应参数/错误码/代码示例) with TAB tables.
import type { Coverage, Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, ErrorCode, Example, Field, Service, Struct } from "../../spec/types.ts";
import type { ParseResult } from "../dialect.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { readCodeBlocks } from "../text/code-fence.ts";
import { splitDescription } from "../text/description.ts";
import { foldHanVariants } from "../text/han-variants.ts";
import { plainInline } from "../text/markdown-inline.ts";
import { readTabTables, type TabTable } from "../text/tab-table.ts";
import { typeFromWord } from "../text/type-words.ts";
import { nameCues, voteActionName, type NameSource } from "./action-name.ts";
import { groupByEndpoint, mainHost, serviceOfHost, structCoverage } from "./endpoint-groups.ts";
import { ENVELOPE_DESCRIPTION, withEnvelope } from "./envelope.ts";
import { decodeV2Request, decodeV2Response } from "./example.ts";
import { descriptionExtras, foldFlattenedRows, type FlatRow, type RowGroup } from "./flatten.ts";
import { applyExampleObjects } from "./example-objects.ts";
import { reconcileOverview, reportReconciliation } from "../steps/reconcile-overview.ts";
import { isErrorCode } from "../steps/error-codes.ts";

export const DIALECT = "tencent-v2";

const DATED = /^最近更新(时间|的时间)?\s*[:：]/;
const V2_MARKER = /^API\s*版本\s*[:：]\s*V2$/;
const V2_BANNER = /^历史版本\s*[(（]\s*V2\s*接口\s*[)）]$/;
const ANCHOR = /^(\d+\.\s*)?接口描述$/;
const INPUT_HEADING = /^(\d+\.\s*)?(输入参数|请求参数)$/;
const OUTPUT_HEADING = /^(\d+\.\s*)?(输出参数|响应参数)$/;
const ERROR_HEADING = /^(\d+\.\s*)?(错误码表|错误码)$/;
const EXAMPLE_HEADING = /^(\d+\.\s*)?(示例|代码示例)$/;
const REQUEST_LABEL = /^(输入|请求示例|输入示例)[:：]?$/;
const RESPONSE_LABEL = /^(输出|响应示例|输出示例)[:：]?$/;
const INPUT_HEADERS = ["参数名称\t是否必选\t类型\t描述", "参数名称\t必选\t类型\t描述", "参数\t必选\t类型\t描述", "参数名称\t类型\t描述", "参数\t类型\t描述"];
const OUTPUT_HEADERS = ["参数名称\t类型\t描述", "参数\t类型\t描述"];
const ERROR_HEADERS = ["错误码\t描述", "错误码数值\t原因"];
const PLACEHOLDER_NAMES = new Set(["无", "空", "-"]);

/** Text of line n with markdown `#`, edges and traditional cue characters normalised. */
function cue(doc: SourceDocument, n: number): string {
  return foldHanVariants((doc.lines[n - 1] ?? "").replace(/^#+\s*/, "").trim());
}

function findLine(doc: SourceDocument, from: number, to: number, test: (t: string) => boolean): number | undefined {
  for (let n = from; n <= to; n++) if (test(cue(doc, n))) return n;
  return undefined;
}

const headerSet = (headers: string[]) => (cells: string[]) => headers.includes(cells.map(foldHanVariants).join("\t"));

export function detectTceV2(doc: SourceDocument): DocumentPart[] {
  const parts: DocumentPart[] = [];
  for (let i = 0; i < doc.lines.length; i++) {
    if (!V2_MARKER.test(cue(doc, i + 1))) continue;
    // The part starts at its banner (`历史版本 (V2接口)`) or overview heading just above the marker.
    let start = i + 1;
    for (let n = i; n >= 1 && n >= i - 8; n--) {
      const t = cue(doc, n);
      if (V2_BANNER.test(t)) {
        start = n;
        break;
      }
      if (/^API\s*概览$/.test(t)) start = n;
    }
    let end = doc.lines.length;
    let tables = 0;
    for (let n = i + 2; n <= doc.lines.length; n++) {
      if (/^API\s*文档$/.test(cue(doc, n)) && followedByVersion(doc, n)) {
        end = n - 1;
        break;
      }
      if (INPUT_HEADERS.slice(0, 3).includes(foldHanVariants(doc.lines[n - 1]!.trim()))) tables++;
    }
    if (tables > 0 && !parts.some((p) => p.startLine <= start && start <= p.endLine)) {
      parts.push({ dialect: DIALECT, startLine: start, endLine: end, evidence: `'API版本 : V2' at line ${i + 1}, ${tables} V2 input tables (参数名称⇥是否必选⇥类型⇥描述)` });
    }
  }
  return parts;
}

function followedByVersion(doc: SourceDocument, n: number): boolean {
  let seen = 0;
  for (let j = n + 1; j <= doc.lines.length && seen < 6; j++) {
    const t = cue(doc, j);
    if (t === "") continue;
    seen++;
    if (/^版本\s*[(（]\s*\d{4}-\d{2}-\d{2}\s*[)）]$/.test(t)) return true;
  }
  return false;
}

interface OverviewRow {
  name: string;
  title: string;
  description: string;
  category: string;
  line: number;
}

export function parseTceV2(doc: SourceDocument, part: DocumentPart, diag: Diagnostics): ParseResult {
  const start = part.startLine;
  const end = part.endLine;
  const anchors: number[] = [];
  for (let n = start; n <= end; n++) if (ANCHOR.test(cue(doc, n))) anchors.push(n);
  const firstTitle = anchors.length > 0 ? titleLineOf(doc, anchors[0]!) : undefined;
  const preambleEnd = (firstTitle?.line ?? end + 1) - 1;

  const overview = readOverview(doc, start, preambleEnd, diag);
  const commonParameters = readCommonParameters(doc, start, preambleEnd, diag);
  const errors = readCommonErrors(doc, start, preambleEnd, diag);

  const byTitle = new Map<string, OverviewRow[]>();
  for (const row of overview) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row]);

  const actions: Action[] = [];
  const types: Struct[] = [];
  const actionHosts = new Map<Action, string>();
  const linked = new Map<Action, OverviewRow>();
  const examplesFailed: Coverage["examplesFailed"] = [];
  for (let i = 0; i < anchors.length; i++) {
    const next = i + 1 < anchors.length ? titleLineOf(doc, anchors[i + 1]!) : undefined;
    const sectionEnd = (next?.line ?? end + 1) - 1;
    // A 接口描述 heading repeated with only blank or dated lines before the next one: the next
    // anchor's title is above this one, so this section is empty; the next anchor reads it.
    if (sectionEnd < anchors[i]!) {
      diag.report("action.anchor-repeated", anchors[i]!, `a 接口描述 heading with no section before the next one (line ${anchors[i + 1]!}): read as one section`);
      continue;
    }
    const r = readSection(doc, anchors[i]!, sectionEnd, byTitle, diag);
    if (!r) continue;
    actions.push(r.action);
    if (r.listedAs) linked.set(r.action, r.listedAs);
    types.push(...r.structs);
    if (r.host) {
      actionHosts.set(r.action, r.host);
    }
    examplesFailed.push(...r.examplesFailed);
  }

  const endpoint = mainHost([...actionHosts].map(([action, host]) => ({ action, host }))) ?? "";
  if (!endpoint) diag.report("service.endpoint", start, "no action states its 接口请求域名: endpoint unknown");

  // Coverage and cross-checks.
  const names = new Map<string, Action>();
  for (const a of actions) {
    if (names.has(a.name)) diag.report("action.duplicate", a.source!.line, `action ${a.name} is described twice (first at line ${names.get(a.name)!.source!.line})`);
    else names.set(a.name, a);
  }
  // A section answers an overview row by name, or by title where the document misspells the name
  // in one of the two places (the name-conflict warning tells which).
  const { answeredBy, missing, unlisted } = reconcileOverview(overview, actions, linked);
  reportReconciliation({ answeredBy, missing, unlisted }, diag, {
    missing: (r) => `the overview names ${r.name}, but no section describes it`,
    unlisted: (a) => `${a.name} has a section but is not in the API概览 tables`,
    lineOf: (a) => a.source!.line,
  });

  // One spec per host (vpc, dfw, eip): each is its own service with its own endpoint.
  const title = productTitle(doc);
  const groups = groupByEndpoint(
    actions.map((action) => ({ action, ...(actionHosts.has(action) ? { host: actionHosts.get(action)! } : {}) })),
    types,
    endpoint,
  );
  const services: Service[] = [];
  const coverage: Coverage[] = [];
  for (const g of groups) {
    const inGroup = new Set(g.actions);
    const isMain = g.host === endpoint;
    const spec: Service = {
      provider: "tce",
      service: g.service,
      version: "v2",
      protocol: "tencent-v2",
      endpoint: g.host,
      title: isMain ? title : groupTitle(g.actions, title),
      description: `${ENVELOPE_DESCRIPTION} Requests are GET ${g.host}/v2/index.php with the public parameters in the query string.${isMain ? "" : ` The document describes these actions together with the ${serviceOfHost(endpoint)} API (${endpoint}).`}`,
      actions: g.actions,
      types: g.types,
      errors: errors.map((e) => ({ ...e })),
      ...(commonParameters.length > 0 ? { commonParameters: commonParameters.map((p) => ({ ...p })) } : {}),
      source: { file: doc.file, startLine: start, endLine: end, dialect: DIALECT },
    };
    services.push(spec);
    const named = overview.filter((r) => inGroup.has(answeredBy.get(r)!));
    // Rows without a section cannot say their host: they are accounted for in the main spec.
    const missingHere = isMain ? missing.map((r) => r.name) : [];
    coverage.push({
      file: doc.file,
      dialect: DIALECT,
      spec: `tce/${g.service}/v2`,
      actionsNamed: named.length + missingHere.length,
      actionsFound: g.actions.length,
      actionsMissing: missingHere,
      actionsUnlisted: unlisted.filter((a) => inGroup.has(a)).map((a) => a.name),
      ...structCoverage(g.actions, g.types),
      examplesRecovered: g.actions.reduce((n, a) => n + a.examples.length, 0),
      examplesFailed: examplesFailed.filter((f) => g.actions.some((a) => f.reason.startsWith(`${a.name}: `))),
    });
  }
  return { services, coverage };
}

/** A secondary service's title: the overview group all its actions belong to ('安全组相关接口' -> '安全组'). */
function groupTitle(actions: readonly Action[], fallback: string): string {
  const categories = [...new Set(actions.map((a) => a.category ?? ""))];
  if (categories.length === 1 && categories[0] !== "") return categories[0]!.replace(/相关接口$/, "");
  return fallback;
}

/** The product name on the cover (`私有网络 (VPC)`). */
function productTitle(doc: SourceDocument): string {
  for (let n = 1; n <= Math.min(doc.lines.length, 20); n++) {
    const m = /^(.+?)\s*[(（]\s*[A-Za-z][A-Za-z0-9]*\s*[)）]$/.exec(doc.lines[n - 1]!.trim());
    if (m) return m[1]!;
  }
  return "";
}

function titleLineOf(doc: SourceDocument, anchor: number): { text: string; line: number } | undefined {
  for (let n = anchor - 1; n >= 1 && n >= anchor - 8; n--) {
    const t = (doc.lines[n - 1] ?? "").trim();
    if (t === "" || DATED.test(foldHanVariants(t)) || ANCHOR.test(cue(doc, n))) continue;
    return { text: t, line: n };
  }
  return undefined;
}

function readOverview(doc: SourceDocument, from: number, to: number, diag: Diagnostics): OverviewRow[] {
  const scan = readTabTables(doc.lines, from, to, { isHeader: headerSet(["接口功能\tAction ID\t功能描述"]) });
  const out: OverviewRow[] = [];
  for (const t of scan.tables) {
    const category = (t.label?.text ?? "").replace(/^\d+[.、]\s*/, "");
    for (const row of t.rows) {
      const [title = "", name = "", description = ""] = row.cells;
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
        diag.report("overview.row", row.line, `overview row without an action name: ${JSON.stringify(row.cells.join(" | "))}`);
        continue;
      }
      out.push({ name, title: plainInline(title), description: plainInline(description), category, line: row.line });
    }
  }
  if (out.length === 0) diag.report("overview.missing", from, "no API概览 table (接口功能⇥Action ID⇥功能描述): the actions the document names are unknown");
  return out;
}

function readCommonParameters(doc: SourceDocument, from: number, to: number, diag: Diagnostics): Field[] {
  const scan = readTabTables(doc.lines, from, to, { isHeader: headerSet(["名称\t类型\t描述\t是否必选"]) });
  const out: Field[] = [];
  for (const t of scan.tables) {
    const col = columns(t);
    for (const row of t.rows) {
      const name = row.cells[col.name] ?? "";
      out.push({
        name,
        type: typeFromWord(row.cells[col.type] ?? "", new Set(), diag, row.line),
        required: row.cells[col.required] === "是",
        description: plainInline(row.cells[col.description] ?? ""),
        source: { file: doc.file, line: row.line },
      });
    }
  }
  if (out.length === 0) diag.report("service.common-parameters", from, "no 公共请求参数 table (名称⇥类型⇥描述⇥是否必选)");
  return out;
}

function readCommonErrors(doc: SourceDocument, from: number, to: number, diag: Diagnostics): ErrorCode[] {
  const scan = readTabTables(doc.lines, from, to, { isHeader: headerSet(["错误代码\t错误类型\t描述"]) });
  const out: ErrorCode[] = [];
  for (const t of scan.tables) {
    for (const row of t.rows) {
      const [code = "", kind = "", description = ""] = row.cells;
      if (code === "") continue;
      out.push({ code, description: [kind, plainInline(description)].filter((s) => s !== "").join("：") , kind: "common", source: { file: doc.file, line: row.line } });
    }
  }
  if (out.length === 0) diag.report("service.common-errors", from, "no common error code table (错误代码⇥错误类型⇥描述)");
  return out;
}

interface Columns {
  name: number;
  required: number;
  type: number;
  description: number;
}

function columns(t: TabTable): Columns {
  const h = t.header.map(foldHanVariants);
  const at = (...names: string[]) => h.findIndex((c) => names.includes(c));
  return { name: at("参数名称", "参数", "名称"), required: at("是否必选", "必选"), type: at("类型"), description: at("描述") };
}

interface SectionResult {
  action: Action;
  structs: Struct[];
  host?: string;
  /** The overview row this section answers (by name, else by title). */
  listedAs?: OverviewRow;
  examplesFailed: { line: number; reason: string }[];
}

function readSection(doc: SourceDocument, anchor: number, end: number, byTitle: Map<string, OverviewRow[]>, diag: Diagnostics): SectionResult | undefined {
  const titleLine = titleLineOf(doc, anchor);
  if (!titleLine) {
    diag.report("action.name", anchor, "an action section (接口描述) without a title above it: skipped");
    return undefined;
  }
  // `对等连接相关接口 创建同地域对等连接`: a group heading glued to the title.
  const title = plainInline(titleLine.text.replace(/^\S+相关接口\s+/, ""));
  const inputAt = findLine(doc, anchor + 1, end, (t) => INPUT_HEADING.test(t));
  const outputAt = findLine(doc, inputAt ?? anchor + 1, end, (t) => OUTPUT_HEADING.test(t));
  const errorsAt = findLine(doc, outputAt ?? anchor + 1, end, (t) => ERROR_HEADING.test(t));
  const examplesAt = findLine(doc, errorsAt ?? outputAt ?? anchor + 1, end, (t) => EXAMPLE_HEADING.test(t));
  // The last line of the part that starts at n: never past the section's end (Math.min() of no
  // candidates is Infinity, and the loops below would then never end).
  const firstAfter = (n: number) => Math.min(end, ...[inputAt, outputAt, errorsAt, examplesAt].filter((x): x is number => x !== undefined && x > n).map((x) => x - 1));

  // Description, host and name cues.
  const sources: NameSource[] = [];
  const overviewRows = byTitle.get(title) ?? [];
  if (overviewRows.length === 1) sources.push({ where: "overview", name: overviewRows[0]!.name, line: overviewRows[0]!.line });
  const desc: string[] = [];
  let host: string | undefined;
  for (let n = anchor + 1; n <= firstAfter(anchor); n++) {
    const raw = (doc.lines[n - 1] ?? "").trim();
    if (raw === "") continue;
    const t = foldHanVariants(raw);
    const h = /(?:接口请求域名|域名)\s*[:：]\s*`?\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/.exec(t);
    if (h && !host) host = h[1]!.replace(/\.$/, "");
    sources.push(...nameCues(t, n));
    const text = plainInline(
      raw
        .replace(/(?:接口请求域名|域名)\s*[:：]\s*`?\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`?[。.]?/g, "")
        .replace(/接口名\s*[:：]\s*`?[A-Za-z][A-Za-z0-9_]*`?[。.]?/g, ""),
    );
    if (text !== "") desc.push(text);
  }
  if (!host) diag.report("action.endpoint", anchor, `'${title}': no 接口请求域名 sentence`);

  // Request and response tables (name cues in their preambles too).
  const sideGroups = (from: number | undefined, headers: string[]): RowGroup[] => {
    if (from === undefined) return [];
    const to = firstAfter(from);
    for (let n = from + 1; n <= to; n++) {
      const t = (doc.lines[n - 1] ?? "").trim();
      if (t !== "" && !t.includes("\t")) sources.push(...nameCues(foldHanVariants(t), n));
    }
    const scan = readTabTables(doc.lines, from + 1, to, { isHeader: headerSet(headers) });
    for (const p of scan.problems) diag.report(p.code, p.line, `'${title}': ${p.message}`);
    return scan.tables.map((t, i) => ({ ...(i > 0 && t.label ? { caption: t.label } : {}), rows: flatRows(doc, t, diag, title) }));
  };
  const inputGroups = sideGroups(inputAt, INPUT_HEADERS);
  const outputGroups = sideGroups(outputAt, OUTPUT_HEADERS);

  // Examples (their URL names the action too).
  const exampleEnd = end;
  const blocks = examplesAt !== undefined ? readCodeBlocks(doc.lines, examplesAt + 1, exampleEnd) : [];
  let request: { block: (typeof blocks)[number] } | undefined;
  let response: { block: (typeof blocks)[number] } | undefined;
  for (const block of blocks) {
    const label = labelAbove(doc, block.startLine, examplesAt ?? anchor);
    const body = block.lines.join("\n").trim();
    const isRequest = label ? REQUEST_LABEL.test(label) : /index\.php|[?&]Action=/.test(body);
    const isResponse = label ? RESPONSE_LABEL.test(label) : /^[{[]/.test(body);
    if (isRequest && !request) request = { block };
    else if (isResponse && !response) response = { block };
    else diag.report("example.extra", block.startLine, `'${title}': a code block that is neither the request nor the response example (label ${JSON.stringify(label ?? "")}): ignored`);
  }
  let decodedRequest: ReturnType<typeof decodeV2Request> | undefined;
  if (request) {
    decodedRequest = decodeV2Request(request.block.lines);
    if (!("error" in decodedRequest) && decodedRequest.action) sources.push({ where: "example URL", name: decodedRequest.action, line: request.block.lineNumbers[0] ?? request.block.startLine });
    if (!("error" in decodedRequest)) for (const reason of decodedRequest.rejected ?? []) diag.report("example.key", request.block.lineNumbers[0] ?? request.block.startLine, `'${title}': request example: ${reason}`);
  }

  const name = voteActionName(sources, diag, titleLine.line, title);
  if (!name) {
    diag.report("action.name", titleLine.line, `'${title}': no source names the action (no overview row, 本接口(X), Action字段 or example URL): section skipped`);
    return undefined;
  }
  const what = (side: string) => `${name} ${side}`;
  const scalarType = (word: string, line: number) => v2ScalarType(word, diag, line);
  if (inputAt === undefined) diag.report("action.input", anchor, `${name}: no 输入参数 heading (section cut off?)`);
  if (outputAt === undefined) diag.report("action.output", anchor, `${name}: no 输出参数 heading (section cut off?)`);
  const input = foldFlattenedRows(inputGroups, { file: doc.file, structPrefix: name, what: what("request"), unknownItem: "string", scalarType }, diag);
  const output = foldFlattenedRows(outputGroups, { file: doc.file, structPrefix: `${name}Response`, what: what("response"), unknownItem: "object", scalarType }, diag);

  const ov = overviewRows.find((r) => r.name === name) ?? overviewRows[0];
  const action: Action = {
    name,
    title,
    description: desc.join("\n"),
    input: input.fields,
    output: outputAt !== undefined ? withEnvelope(output.fields, diag, outputAt, name) : output.fields,
    errors: [],
    examples: [],
  };
  if (ov?.category) action.category = ov.category;
  if (errorsAt !== undefined) {
    const scan = readTabTables(doc.lines, errorsAt + 1, firstAfter(errorsAt), { isHeader: headerSet(ERROR_HEADERS) });
    for (const p of scan.problems) diag.report(p.code, p.line, `${name}: ${p.message}`);
    for (const t of scan.tables) {
      for (const row of t.rows) {
        const code = plainInline(row.cells[0] ?? "");
        if (!isErrorCode(code)) {
          diag.report("error.code", row.line, `${name}: not an error code: ${JSON.stringify(code)}`);
          continue;
        }
        action.errors.push({ code, description: plainInline(row.cells[1] ?? ""), source: { file: doc.file, line: row.line } });
      }
    }
  }

  const examplesFailed: { line: number; reason: string }[] = [];
  if (examplesAt === undefined) {
    diag.report("example.none", anchor, `${name}: no 示例 section`);
  } else if (!request || !response) {
    const reason = !request && !response ? "no request or response code block" : !request ? "no request code block" : "no response code block";
    examplesFailed.push({ line: examplesAt, reason: `${name}: ${reason}` });
    diag.report("example.incomplete", examplesAt, `${name}: ${reason}`);
  } else {
    const decoded = decodedRequest!;
    if (response.block.pieces > 1) diag.report("example.merged", response.block.startLine, `${name}: the response example was split over ${response.block.pieces} code blocks by page breaks; merged`);
    const out = decodeV2Response(response.block.lines, response.block.pieceStarts);
    if ("error" in decoded) {
      examplesFailed.push({ line: request.block.startLine, reason: `${name}: ${decoded.error}` });
      diag.report("example.request", request.block.startLine, `${name}: ${decoded.error}`);
    } else if ("error" in out) {
      const line = response.block.lineNumbers[out.index] ?? response.block.startLine;
      examplesFailed.push({ line, reason: `${name}: response JSON: ${out.error}` });
      diag.report("example.json", line, `${name}: the response example cannot be recovered as JSON: ${out.error}`);
    } else {
      if (decoded.action && decoded.action !== name) {
        diag.report("example.action-mismatch", request.block.startLine, `${name}: the request example calls Action=${decoded.action}`);
      }
      if (out.repaired) diag.report("example.repaired", response.block.startLine, `${name}: the response example needed repairs (commas lost at a page break, trailing commas, closing brackets lost at the end)`);
      const example: Example = {
        title: `${name} 示例`,
        input: decoded.input,
        output: out.value,
        requestForm: "get",
        source: { file: doc.file, line: request.block.startLine },
      };
      action.examples.push(example);
    }
  }
  action.source = { file: doc.file, line: titleLine.line };
  applyExampleObjects(action, "request", input.listedByWord, input.structs, diag);
  applyExampleObjects(action, "response", output.listedByWord, output.structs, diag);
  const listedAs = overviewRows.find((r) => r.name === name) ?? (overviewRows.length === 1 ? overviewRows[0] : undefined);
  return { action, structs: [...input.structs, ...output.structs], ...(host ? { host } : {}), ...(listedAs ? { listedAs } : {}), examplesFailed };
}

function labelAbove(doc: SourceDocument, line: number, floor: number): string | undefined {
  for (let n = line - 1; n > floor; n--) {
    const t = cue(doc, n);
    if (t === "") continue;
    if (t.startsWith("```")) return undefined;
    return t.replace(/^[-•]\s*/, "");
  }
  return undefined;
}

function flatRows(doc: SourceDocument, t: TabTable, diag: Diagnostics, title: string): FlatRow[] {
  const col = columns(t);
  const out: FlatRow[] = [];
  for (const row of t.rows) {
    const name = plainInline(row.cells[col.name] ?? "").replace(/\s+/g, "");
    if (PLACEHOLDER_NAMES.has(name)) {
      diag.report("field.placeholder", row.line, `'${title}': placeholder row ${JSON.stringify(row.cells.join(" | "))} (no parameters)`);
      continue;
    }
    const req = col.required >= 0 ? (row.cells[col.required] ?? "") : "";
    if (col.required >= 0 && req !== "是" && req !== "否") diag.report("field.required", row.line, `'${title}': ${name}: required cell ${JSON.stringify(req)} is neither 是 nor 否`);
    const parts = splitDescription(plainInline(row.cells[col.description] ?? ""));
    const extra = descriptionExtras(parts);
    out.push({
      name,
      typeWord: (row.cells[col.type] ?? "").trim(),
      required: req === "是",
      description: parts.description,
      line: row.line,
      ...(extra ? { extra } : {}),
    });
  }
  return out;
}

function v2ScalarType(word: string, diag: Diagnostics, line: number) {
  if (word === "" || word === "无" || word === "-") {
    diag.report("type.missing", line, `no type given (${JSON.stringify(word)}): read as string`);
    return "string" as const;
  }
  return typeFromWord(word, new Set(), diag, line);
}

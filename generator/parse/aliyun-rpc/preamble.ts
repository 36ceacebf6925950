// What the guide says once for all actions: product title and short name (cover), API version
// and public parameters (公共参数), the public response (RequestId), the service address
// (请求结构), the API overview (API⇥描述 rows under group headings) and the common error codes.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { ErrorCode, Field } from "../../spec/types.ts";
import { cellText, type Vocabulary } from "./cells.ts";
import { errorsFromRows } from "./errors.ts";
import { fieldsFromRows, TypeRegistry } from "./fields.ts";
import type { Heading } from "./outline.ts";
import { readTables } from "./tables.ts";

export interface OverviewRow {
  name: string;
  description: string;
  category?: string;
  line: number;
}

/** `API⇥描述` rows of the overview section; the text line before each table is its group. */
export function readOverview(lines: readonly string[], section: Heading): OverviewRow[] {
  const rows: OverviewRow[] = [];
  let category: string | undefined;
  let inTable = false;
  for (let n = section.line + 1; n <= section.end; n++) {
    const raw = lines[n - 1]!;
    const t = raw.trim();
    if (t === "") continue;
    if (!raw.includes("\t")) {
      if (!/[。.]$/.test(t)) category = t;
      inTable = false;
      continue;
    }
    const cells = raw.split("\t").map((c) => c.trim());
    if (cells[0] === "API" || cells[0] === "接口" || cells[0] === "API名称") {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    if (/^[A-Za-z][A-Za-z0-9_]*$/.test(cells[0]!)) {
      rows.push({ name: cells[0]!, description: cellText(cells.slice(1).join(" ")), ...(category !== undefined && { category: category.replace(/接口信息$/, "") }), line: n });
    }
  }
  return rows;
}

/** The product as the cover names it: the line before the guide kind ("云服务器ECS" / "开发指南"). */
export function readProduct(lines: readonly string[], limit: number): { title: string; service?: string; line: number } | undefined {
  for (let i = 1; i < Math.min(limit, lines.length); i++) {
    if (!/^(开发指南|API\s*参考|API\s*文档|用户指南)$/.test(lines[i]!.trim())) continue;
    for (let j = i - 1; j >= 0; j--) {
      const t = lines[j]!.trim();
      if (t === "") continue;
      const latin = /([A-Za-z][A-Za-z0-9]*)\s*$/.exec(t);
      return { title: t, ...(latin && { service: latin[1]!.toLowerCase() }), line: j + 1 };
    }
  }
  return undefined;
}

export interface CommonParameters {
  fields: Field[];
  /** Every name the document marks public, for dropping from action tables and examples. */
  names: Set<string>;
  version?: { value: string; line: number };
}

/** The public request parameters table of the 公共参数 section, and the version it states. */
export function readCommonParameters(lines: readonly string[], section: Heading, file: string, vocabulary: Vocabulary, diag: Diagnostics): CommonParameters {
  const { tables } = readTables(lines, section.line + 1, section.end);
  const table = tables.find((t) => t.columns.kind === "params");
  const result: CommonParameters = { fields: [], names: new Set() };
  if (!table || table.columns.kind !== "params") {
    diag.report("service.common-parameters", section.line, "the 公共参数 section has no parameter table");
  } else {
    const registry = new TypeRegistry();
    result.fields = fieldsFromRows(table.table.rows, table.columns, { file, owner: "Common", side: "request", registry, vocabulary, diag }).fields;
    for (const f of result.fields) result.names.add(f.name);
  }
  // The version sentence does not depend on the table: a section without one still states it.
  for (let n = section.line; n <= section.end; n++) {
    const m = /(?:本版本对应为|版本号?为|Version=)\s*(\d{4}-\d{2}-\d{2})/.exec(lines[n - 1]!);
    if (m) {
      result.version = { value: m[1]!, line: n };
      break;
    }
  }
  return result;
}

/** The RequestId every response carries, as the 公共返回参数 text describes it. */
export function readCommonResponse(lines: readonly string[], section: Heading, file: string): Field | undefined {
  for (let n = section.line; n <= section.end; n++) {
    const t = lines[n - 1]!.trim();
    if (/RequestId/.test(t) && !t.includes("\t") && !t.startsWith("<") && !t.startsWith('"')) {
      return { name: "RequestId", type: "string", required: false, description: cellText(t), source: { file, line: n } };
    }
  }
  return undefined;
}

/** `服务接入地址为：host` in the request-structure section. */
export function readEndpoint(lines: readonly string[], from: number, to: number): { host: string; line: number } | undefined {
  for (let n = from; n <= to; n++) {
    const m = /(?:服务接入地址|服务地址|接入地址|Endpoint)\s*(?:为|是)?\s*[：:]\s*`?([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])/i.exec(lines[n - 1]!);
    if (m) return { host: m[1]!, line: n };
  }
  return undefined;
}

/** The action-selecting parameter, as the request-structure prose describes it (`即Action参数`). */
export function readActionParameter(lines: readonly string[], from: number, to: number, file: string): Field | undefined {
  for (let n = from; n <= to; n++) {
    const t = lines[n - 1]!.trim();
    if (/Action参数/.test(t) && !t.includes("\t")) return { name: "Action", type: "string", required: true, description: cellText(t), source: { file, line: n } };
  }
  return undefined;
}

/** The common error codes table. */
export function readCommonErrors(lines: readonly string[], section: Heading, file: string, diag: Diagnostics): ErrorCode[] {
  const { tables } = readTables(lines, section.line + 1, section.end);
  const out: ErrorCode[] = [];
  for (const { table, columns } of tables) if (columns.kind === "errors") out.push(...errorsFromRows(table.rows, columns, file, diag, "common"));
  if (out.length === 0) diag.report("service.common-errors", section.line, "the 公共错误码 section has no error table");
  return out;
}

const REQUEST_URL = /\bhttps?:\/\/([A-Za-z0-9][A-Za-z0-9-]*)(?:\.[A-Za-z0-9-]+)+(?::\d+)?\/?\?[^\s]*\bAction=/;

/**
 * The service's short name from the hosts the document calls (`http://r-kvstore.example.com/?Action=…`):
 * the first label most of the example request URLs share, else the service address's first label.
 * For a product the cover names only in Chinese (云数据库Redis版), the hosts are the one place it is spelled.
 */
export function serviceFromHosts(lines: readonly string[], from: number, to: number, endpointHost?: string): { service: string; line: number; from: "examples" | "endpoint" } | undefined {
  const counts = new Map<string, { n: number; line: number }>();
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1]!;
    if (!raw.includes("Action=")) continue;
    const m = REQUEST_URL.exec(raw);
    const label = m?.[1]!.toLowerCase();
    if (!label || !SERVICE_NAME.test(label)) continue;
    const seen = counts.get(label);
    if (seen) seen.n++;
    else counts.set(label, { n: 1, line: n });
  }
  let best: { service: string; n: number; line: number } | undefined;
  for (const [service, { n, line }] of counts) if (!best || n > best.n) best = { service, n, line };
  if (best) return { service: best.service, line: best.line, from: "examples" };
  const label = endpointHost?.split(".")[0]?.toLowerCase();
  return label && SERVICE_NAME.test(label) ? { service: label, line: from, from: "endpoint" } : undefined;
}

const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

// Service-wide facts from the sections before the actions: the common parameters (公共参数, the
// signature v3 table), the regional endpoints (请求结构) and the region list (地域列表).
import type { Field, Region } from "../../spec/types.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { buildField, type FieldContext } from "./fields.ts";
import { parseParameterTable, type ParameterRow } from "./parameter-table.ts";
import { ZH, type Vocabulary } from "./vocabulary.ts";

/** The first common-parameter table (signature v3: the parameters as X-TC-* headers). */
export function parseCommonParameters(lines: readonly CleanLine[], ctx: FieldContext & { vocab?: Vocabulary }): Field[] {
  const vocab = ctx.vocab ?? ZH;
  const COMMON_HEADER = vocab.commonHeader;
  // The v3 table ends where the request-structure samples or the v1 table begin.
  const COMMON_END = vocab.commonEnd;
  const start = lines.findIndex((l) => COMMON_HEADER.test(l.text));
  if (start < 0) return [];
  let end = start + 1;
  while (end < lines.length && !COMMON_END.test(lines[end]!.text) && !COMMON_HEADER.test(lines[end]!.text)) end++;
  const table = parseParameterTable(lines.slice(start, end), "name-type-required", ctx.structNames, () => false, undefined, vocab);
  return table.rows.map((r) => buildField(asParameter(r), ctx, `common parameter ${r.name}`));
}

/**
 * A row named by its HTTP header ('X-TC-Action', as the English export prints the v3 table) is
 * the parameter 'Action', as the Chinese export names it (its description says 'X-TC-Action').
 */
function asParameter(row: ParameterRow): ParameterRow {
  const m = /^X-TC-([A-Z][A-Za-z0-9]*)$/.exec(row.name);
  if (!m) return row;
  const { odd: _odd, ...rest } = row;
  return { ...rest, name: m[1]! };
}

const ENDPOINT_HOST = /^([a-z0-9-]+)\.([a-z]{2,}-[a-z0-9-]+)\.(intl\.)?tencentcloudapi\.com$/;

/**
 * An endpoint row, `NAME  service.region.tencentcloudapi.com`: the host is the line's last token.
 * Read without a regex over the whole line: /^(\S.*?)\s+host$/ backtracked quadratically on a long
 * run of spaces (80,000 took seconds).
 */
function endpointRow(text: string): [name: string, service: string, region: string, intl: string] | undefined {
  if (!text.endsWith(".tencentcloudapi.com") || text === "" || /\s/.test(text[0]!)) return undefined;
  let i = text.length - 1;
  while (i >= 0 && !/\s/.test(text[i]!)) i--;
  if (i < 0) return undefined;
  const host = ENDPOINT_HOST.exec(text.slice(i + 1));
  const name = text.slice(0, i + 1).trimEnd();
  if (!host || name === "") return undefined;
  return [name, host[1]!, host[2]!, host[3] ?? ""];
}
const REGION_ROW = /^(\S+)\s+([a-z]{2,}-[a-z]+(?:-[a-z0-9]+)*)$/;

/**
 * Regions in document order: the endpoint list of 请求结构 ('华南地区（广州） cvm.ap-guangzhou…')
 * and the 地域列表 table ('华南地区（广州） ap-guangzhou'), merged by region id.
 */
export function parseRegions(lines: readonly CleanLine[], service: string, vocab: Vocabulary = ZH): Region[] {
  const REGION_HEADER = vocab.regionHeader;
  const byId = new Map<string, Region>();
  const order: string[] = [];
  const add = (id: string, name: string, endpoint?: string) => {
    let r = byId.get(id);
    if (!r) {
      r = { id, name };
      byId.set(id, r);
      order.push(id);
    }
    if (endpoint && !r.endpoint) r.endpoint = endpoint;
  };
  let inRegionTable = false;
  for (const l of lines) {
    const ep = endpointRow(l.text);
    if (ep && ep[1] === service) {
      add(ep[2], ep[0], `${ep[1]}.${ep[2]}.${ep[3]}tencentcloudapi.com`);
      continue;
    }
    if (REGION_HEADER.test(l.text)) {
      inRegionTable = true;
      continue;
    }
    if (inRegionTable) {
      const r = REGION_ROW.exec(l.text);
      if (r) add(r[2]!, r[1]!);
      else inRegionTable = false;
    }
  }
  return order.map((id) => byId.get(id)!);
}

// The Tencent API 3.0 part of a TCE markdown export, as a few named steps: the skeleton (action
// sections, 数据结构, the final 错误码, the API 概览 and the preamble before the first action), then
// the overview, the service's error codes, common parameters and regions, the structures and each
// action section, each by its own module; then the shared reconciliation of the overview with the
// sections, and the coverage.
import type { Coverage, Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, Service, Struct } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";
import type { ParseResult } from "../dialect.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { reconcileOverview, reportReconciliation } from "../steps/reconcile-overview.ts";
import { readAction, type ActionContext } from "./action.ts";
import { DIALECT, findApi3Banner } from "./detect.ts";
import { readServiceErrors } from "./errors.ts";
import { readOverview, type OverviewEntry } from "./overview.ts";
import { checkRegions, readCommonParameters } from "./service-info.ts";
import { actionSectionEnd, findSkeleton } from "./skeleton.ts";
import { markUsage, readStructs } from "./structs.ts";

export function parseTceApi3(doc: SourceDocument, part: DocumentPart, diag: Diagnostics): ParseResult {
  const start = part.startLine;
  const end = part.endLine;
  const banner = findApi3Banner(doc.lines);
  const version = banner?.version ?? "";
  const service = banner?.product?.service ?? "";
  const serviceTitle = banner?.product?.title ?? "";
  if (!banner) diag.report("service.version", start, "no 'API文档' banner with '版本 (YYYY-MM-DD)': version unknown");
  if (!service) diag.report("service.name", start, "the banner names no product '名称 (service)': service name unknown");

  const sk = findSkeleton(doc, start, end);
  const overview = readOverview(doc, sk.overviewAt, sk.overviewEnd, diag);
  const errors = readServiceErrors(doc, sk, start, end, diag);
  const commonParameters = readCommonParameters(doc, sk.overviewEnd, sk.preambleEnd, diag);
  checkRegions(doc, sk.overviewEnd, sk.preambleEnd, diag);

  const structs = sk.structsAt !== undefined ? readStructs(doc, sk.structsAt, (sk.errorsAt ?? end + 1) - 1, diag) : [];
  if (sk.structsAt === undefined) diag.report("struct.section", start, "no 数据结构 section found");
  const structNames = new Set(structs.map((s) => s.name));

  const ctx: ActionContext = { doc, version, structs: structNames, overview, diag, hosts: new Map() };
  const actions: Action[] = [];
  for (let i = 0; i < sk.anchors.length; i++) {
    const action = readAction(ctx, sk.anchors[i]!, actionSectionEnd(doc, sk, i));
    if (action) actions.push(action);
  }
  const { missing, unlisted } = checkActions(actions, overview, diag);
  markUsage(structs, actions);

  const endpoint = mostCommon(ctx.hosts) ?? "";
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
  const refs = structRefs(actions, structs);
  const coverage: Coverage = {
    file: doc.file,
    dialect: DIALECT,
    spec: `tce/${service}/${version}`,
    actionsNamed: overview.size,
    actionsFound: actions.length,
    actionsMissing: missing,
    actionsUnlisted: unlisted,
    structsReferenced: refs.referenced,
    structsDefined: structs.length,
    danglingRefs: refs.dangling,
    examplesRecovered: 0,
    examplesFailed: [],
  };
  return { services: [spec], coverage: [coverage] };
}

/** Duplicate sections, and the overview against the sections (the shared reconciliation): the names missing and unlisted. */
function checkActions(actions: readonly Action[], overview: Map<string, OverviewEntry>, diag: Diagnostics): { missing: string[]; unlisted: string[] } {
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
  return { missing: reconciled.missing.map((r) => r.name), unlisted: reconciled.unlisted.map((a) => a.name) };
}

/** How many structure names the actions and structures refer to, and those no structure defines. */
function structRefs(actions: readonly Action[], structs: readonly Struct[]): { referenced: number; dangling: string[] } {
  const referenced = new Set<string>();
  for (const a of actions) for (const f of [...a.input, ...a.output]) for (const r of typeRefs(f.type)) referenced.add(r);
  for (const s of structs) for (const f of s.fields) for (const r of typeRefs(f.type)) referenced.add(r);
  const defined = new Set(structs.map((s) => s.name));
  return { referenced: referenced.size, dangling: [...referenced].filter((r) => !defined.has(r)).sort() };
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, v] of counts) if (v > n || (v === n && best !== undefined && k < best)) [best, n] = [k, v];
  return best;
}

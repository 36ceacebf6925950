// The API reference chapter of an Alibaba Cloud developer guide as one spec: the heading tree says
// where everything is (API概览, 请求结构, 公共参数, one leaf section per action, 数据类型,
// 公共错误码); the table of contents says which actions the document promises.
import { placeholderStructs, referencedStructs } from "../undefined-structs.ts";
import { structsFromExamples } from "../example-structs.ts";
import { reconcileOverview, reportReconciliation } from "../steps/reconcile-overview.ts";
import { applyListWrappers } from "./list-wrappers.ts";
import { applyExampleArrays } from "./example-arrays.ts";
import { Diagnostics, type Coverage } from "../../spec/diagnostics.ts";
import type { Action, Field, Service, Struct } from "../../spec/types.ts";
import type { ParseResult } from "../dialect.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { parseAction } from "./action.ts";
import { proseText, repairIdentifier, Vocabulary } from "./cells.ts";
import { declareDataTypes, readDataType } from "./data-types.ts";
import { DIALECT } from "./detect.ts";
import { TypeRegistry } from "./fields.ts";
import { childrenOf, readOutline, type Heading } from "./outline.ts";
import { readActionParameter, readCommonErrors, readCommonParameters, readCommonResponse, readEndpoint, readOverview, readProduct, serviceFromHosts } from "./preamble.ts";

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;

export function parseAliyunRpc(doc: SourceDocument, part: DocumentPart, diag: Diagnostics): ParseResult {
  const { lines, file } = doc;
  const inPart = (line: number) => line >= part.startLine && line <= part.endLine;

  // The outline covers the whole document (the TOC lists the SDK chapters too); only what falls
  // inside this part is reported.
  const outlineDiag = new Diagnostics(file);
  const outline = readOutline(lines, outlineDiag);
  for (const d of outlineDiag.items) if (inPart(d.line)) diag.items.push(d);
  const headings = outline.headings.filter((h) => inPart(h.line));
  const chapter = headings.find((h) => h.level === 1);
  const byTitle = (re: RegExp) => headings.find((h) => re.test(h.title.replace(/\s+/g, "")));

  const vocabulary = new Vocabulary(lines);
  const registry = new TypeRegistry();

  // --- preamble ---
  const product = readProduct(lines, part.startLine);
  const overviewAt = byTitle(/^API概览$/);
  const overview = overviewAt ? readOverview(lines, overviewAt) : [];
  if (!overviewAt) diag.report("overview.missing", part.startLine, "no API概览 section: action titles come from their own descriptions");
  const structureAt = byTitle(/^请求结构$/);
  const endpoint = structureAt ? readEndpoint(lines, structureAt.line, structureAt.end) : readEndpoint(lines, part.startLine, part.endLine);
  const commonAt = byTitle(/^公共参数$/);
  const common = commonAt ? readCommonParameters(lines, commonAt, file, vocabulary, diag) : { fields: [] as Field[], names: new Set<string>() };
  if (!commonAt) diag.report("service.common-parameters", part.startLine, "no 公共参数 section: public parameters unknown");
  const commonResponse = commonAt ? readCommonResponse(lines, commonAt, file) : undefined;
  const actionParam = readActionParameter(lines, structureAt?.line ?? part.startLine, structureAt?.end ?? part.endLine, file);
  const errorsAt = byTitle(/^公共错误码$/);
  const commonErrors = errorsAt ? readCommonErrors(lines, errorsAt, file, diag) : [];
  if (!errorsAt) diag.report("service.common-errors", part.startLine, "no 公共错误码 section");

  const version = common.version?.value ?? "";
  if (!common.version) diag.report("service.version", commonAt?.line ?? part.startLine, "the document states no API version (本版本对应为YYYY-MM-DD / Version=YYYY-MM-DD)");
  const service = product?.service ?? serviceNameFromHosts(lines, part, endpoint, diag) ?? "";
  if (!service) diag.report("service.name", product?.line ?? 1, "the cover names no product with a short name (such as 云服务器ECS) and no example or service address shows a host: service unknown");
  if (!endpoint) diag.report("service.endpoint", structureAt?.line ?? part.startLine, "the document gives no service address (服务接入地址); endpoint left empty");
  else if (/(^|\.)example\.com$/.test(endpoint.host)) {
    diag.report("service.endpoint-placeholder", endpoint.line, `the service address ${endpoint.host} is a placeholder: the real endpoint is site-specific (the document's 获取endpoint chapter says where to find it); kept as documented`);
  }

  // --- sections: data types, actions ---
  const typesAt = byTitle(/^数据类型$/);
  const typeHeadings = typesAt ? childrenOf(outline, typesAt) : [];
  const skipUnder = [typesAt, byTitle(/^附录$/)].filter((h): h is Heading => h !== undefined);
  const under = (h: Heading, p: Heading) => h.line > p.line && h.line <= p.end;
  const typeNames = declareDataTypes(typeHeadings, { file, lines, registry, vocabulary, diag });

  const leaf = (h: Heading) => !headings.some((c) => c.level === h.level + 1 && under(c, h));
  const actionHeadings: { heading: Heading; name: string }[] = [];
  for (const h of headings) {
    if (h.level < 2 || !leaf(h) || skipUnder.some((p) => h === p || under(h, p))) continue;
    if (!IDENT.test(h.title.replace(/\s+/g, ""))) continue;
    const name = repairIdentifier(h.title, vocabulary, diag, h.line, "action name");
    if (name) actionHeadings.push({ heading: h, name });
  }

  const actions: Action[] = [];
  const actionStructs: Struct[] = [];
  const coverageExamples = { recovered: 0, failed: [] as { line: number; reason: string }[] };
  const overviewByName = new Map(overview.map((r) => [r.name, r]));
  for (const { heading, name } of actionHeadings) {
    if (actions.some((a) => a.name === name)) {
      diag.report("action.duplicate", heading.line, `action ${name} is documented twice; the first section is kept`);
      continue;
    }
    const parsed = parseAction(name, heading, {
      file,
      lines,
      registry,
      vocabulary,
      diag,
      publicParams: common.names,
      ...(commonResponse && { commonResponse }),
    });
    const row = overviewByName.get(name);
    const summary = row?.description || parsed.action.description.split("\n")[0] || "";
    parsed.action.title = summary.replace(/[。.]\s*$/, "");
    const parent = headings.filter((p) => p.level === heading.level - 1 && under(heading, p)).pop();
    if (parent) parsed.action.category = parent.title;
    actions.push(parsed.action);
    actionStructs.push(...parsed.structs);
    coverageExamples.recovered += parsed.examples.recovered;
    coverageExamples.failed.push(...parsed.examples.failed);
  }
  const overviewCheck = reconcileOverview(overview, actions);
  reportReconciliation({ ...overviewCheck, unlisted: overviewAt ? overviewCheck.unlisted : [] }, diag, {
    missing: (row) => `the API概览 table lists ${row.name}, but the document has no section for it: it is not in the spec`,
    unlisted: (a) => `${a.name} has a section but no row in the API概览 table`,
    lineOf: (a) => a.source!.line,
  });

  const dataTypes: Struct[] = [];
  typeHeadings.forEach((h, i) => {
    const name = typeNames[i];
    if (!name) return;
    const { struct, extra } = readDataType(h, name, { file, lines, registry, vocabulary, diag });
    dataTypes.push(struct, ...extra);
  });

  // --- types: folded and inline structures (action order), 数据类型, then names never defined ---
  const types: Struct[] = [];
  for (const s of [...actionStructs, ...dataTypes]) {
    const prev = types.find((t) => t.name === s.name);
    if (prev) {
      diag.report("struct.duplicate", s.source?.line ?? part.startLine, `structure ${s.name} is defined twice (first at line ${prev.source?.line}); the first is kept`);
      continue;
    }
    types.push(s);
  }
  const definedInDoc = types.length;
  // Names no table defines: rebuilt from the examples where they show members, else placeholders; in document order.
  const firstRef = (name: string) => registry.undefinedRefs.get(name) ?? part.startLine;
  const fromExamples = structsFromExamples(actions, types, file, diag, firstRef);
  const undefinedTypes = [...fromExamples, ...placeholderStructs(actions, [...types, ...fromExamples], file, diag, firstRef)];
  types.push(...undefinedTypes.sort((a, b) => firstRef(a.name) - firstRef(b.name) || a.name.localeCompare(b.name)));

  // --- coverage: the TOC's action entries against the sections parsed ---
  // The TOC's own 数据类型 / 附录 entries count, so that a truncated body does not turn type names into actions.
  const tocSkip = [...new Set([...skipUnder.map((h) => h.number), ...outline.toc.filter((e) => /^(数据类型|附录)$/.test(e.title.replace(/\s+/g, ""))).map((e) => e.number)])];
  const chapterNumber = chapter?.number;
  const named = outline.toc
    .filter((e) => chapterNumber !== undefined && e.number.startsWith(`${chapterNumber}.`) && e.number.split(".").length >= 2)
    .filter((e) => !tocSkip.some((n) => e.number === n || e.number.startsWith(`${n}.`)))
    .filter((e) => !outline.toc.some((c) => c.number.startsWith(`${e.number}.`)))
    .map((e) => ({ name: e.title.replace(/\s+/g, ""), line: e.line }))
    .filter((e) => IDENT.test(e.name));
  const tocCheck = reconcileOverview(named, actions);
  const { missing } = tocCheck;
  const unlisted = outline.toc.length > 0 ? tocCheck.unlisted : [];
  reportReconciliation({ ...tocCheck, unlisted }, diag, {
    missing: (m) => `the table of contents lists action ${m.name}, but no section for it could be parsed`,
    unlisted: (a) => `action ${a.name} has a section but the table of contents does not list it`,
    lineOf: (a) => a.source?.line ?? part.startLine,
  });
  if (actions.length === 0) diag.report("document.no-actions", part.startLine, "no action section found in the API reference");

  types.push(...applyListWrappers(actions, types, file, diag));
  applyExampleArrays(actions, types, diag);
  const spec: Service = {
    provider: "aliyun",
    service,
    version,
    protocol: "aliyun-rpc",
    endpoint: endpoint?.host ?? "",
    title: product?.title ?? "",
    actions,
    types,
    errors: commonErrors,
  };
  const overviewText = byTitle(/^概述$/);
  if (overviewText) {
    const text = proseText(lines.slice(overviewText.line, overviewText.end).map((l) => l.trim()).filter((l) => l !== ""));
    if (text) spec.description = text;
  }
  spec.commonParameters = [...(actionParam ? [actionParam] : []), ...common.fields];
  spec.source = { file, startLine: part.startLine, endLine: part.endLine, dialect: DIALECT };

  const coverage: Coverage = {
    file,
    dialect: DIALECT,
    spec: `aliyun/${service}/${version}`,
    actionsNamed: outline.toc.length > 0 ? named.length : actions.length,
    actionsFound: actions.length,
    actionsMissing: missing.map((m) => m.name),
    actionsUnlisted: unlisted.map((a) => a.name),
    structsReferenced: referencedStructs(actions, types).size,
    structsDefined: definedInDoc,
    danglingRefs: [],
    examplesRecovered: coverageExamples.recovered,
    examplesFailed: coverageExamples.failed,
  };
  return { services: [spec], coverage: [coverage] };
}

/** The cover gave no short name: the hosts the examples call (or the service address) spell it. */
function serviceNameFromHosts(lines: readonly string[], part: DocumentPart, endpoint: { host: string } | undefined, diag: Diagnostics): string | undefined {
  const found = serviceFromHosts(lines, part.startLine, part.endLine, endpoint?.host);
  if (found) {
    const where = found.from === "examples" ? "the host the example requests call" : "the service address";
    diag.report("service.name-from-host", found.line, `the cover names no product with a Latin short name; the service ${found.service} is taken from ${where}`);
  }
  return found?.service;
}

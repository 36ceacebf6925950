// The Tencent Cloud API 3.0 PDF export as one spec: page noise out, then the skeleton (action
// sections, 数据结构, 错误码, the sections before the actions), then each part by its own module.
import type { Coverage, Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, Service, Type } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";
import type { ParseResult } from "../dialect.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { cleanPages, pageStartBefore, type CleanLine, type PageModel } from "../text/page-noise.ts";
import { joinProse } from "../text/description.ts";
import { parseAction, type ActionContext } from "./action.ts";
import { DIALECT } from "./detect.ts";
import { explorerUrls } from "./explorer.ts";
import { parseCommonErrors } from "./errors.ts";
import { parseOverview, type OverviewEntry } from "./overview.ts";
import { rowStartPattern } from "./parameter-table.ts";
import { parseCommonParameters, parseRegions } from "./service-info.ts";
import { findStructName, findStructs, parseStructs } from "./structs.ts";
import { vocabularyOf, ZH, type Vocabulary } from "./vocabulary.ts";
import { reconcileOverview, reportReconciliation } from "../steps/reconcile-overview.ts";

/** Request lines of examples are URL-only lines too; they are body text. */
const REQUEST_URL = /^https?:\/\/[a-z0-9.-]+\.tencentcloudapi\.com\/?\?Action=/;
/** A URL that ends a sentence is text, not part of a URL dump. */
const SENTENCE_URL = /[。，；]$/;

export interface Skeleton {
  model: PageModel;
  vocab: Vocabulary;
  /** Line indexes (into model.lines) of each action's '1. 接口描述'. */
  actionStarts: number[];
  /** Where the 数据结构 and 错误码 sections start (model.lines.length when absent). */
  structStart: number;
  errorStart: number;
}

export function cleanDocument(doc: SourceDocument, part: DocumentPart, vocab: Vocabulary = ZH): PageModel {
  return cleanPages(doc.lines, part.startLine, part.endLine, {
    keepUrl: (url) => REQUEST_URL.test(url) || SENTENCE_URL.test(url),
    ...(vocab === ZH ? {} : { frame: vocab, isCategory: (t: string) => vocab.category.test(t) || t === "Making API Requests" }),
  });
}

/** Finds the sections of the cleaned part. */
export function findSkeleton(model: PageModel, vocab: Vocabulary = ZH): Skeleton {
  const lines = model.lines;
  const actionStarts: number[] = [];
  lines.forEach((l, i) => {
    if (vocab.actionHeading.test(l.text)) actionStarts.push(i);
  });
  const lastAction = actionStarts[actionStarts.length - 1] ?? 0;
  const sectionStart = (title: string, after: number): number | undefined => {
    const block = model.titleBlocks.find((b) => b.title === title && b.index > after);
    return block ? Math.max(after + 1, pageStartBefore(lines, block.index - 1)) : undefined;
  };
  const structStart = Math.min(sectionStart(vocab.sections.structs, lastAction) ?? lines.length, firstStructAfter(lines, lastAction, vocab));
  const errorStart = sectionStart(vocab.sections.errors, structStart) ?? lines.length;
  return { model, vocab, actionStarts, structStart, errorStart: Math.max(errorStart, structStart) };
}

/** An action section's own headings ('6. 错误码' ends the last action). */
function isActionPartHeading(text: string, vocab: Vocabulary): boolean {
  return vocab.actionHeading.test(text) || Object.values(vocab.headings).some((h) => h.test(text));
}

/**
 * The name line of the first structure after the last action section (lines.length if none): the
 * 数据结构 chapter starts there at the latest. Its title block marks the page where the chapter
 * starts only when the PDF prints the title on that page; an export that prints it at the end of
 * the chapter, or a wrapped URL line in the chapter taken for a page end, put the page start found
 * from the title block after structures, which were then lost.
 */
function firstStructAfter(lines: readonly CleanLine[], lastAction: number, vocab: Vocabulary): number {
  let floor = lastAction;
  for (let i = lastAction + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (isActionPartHeading(text, vocab)) floor = i + 1;
    else if (vocab.referrers.test(text)) {
      const name = findStructName(lines, floor, i);
      return name < 0 ? lines.length : name;
    }
  }
  return lines.length;
}

export function parseTencentApi3(doc: SourceDocument, part: DocumentPart, diag: Diagnostics): ParseResult {
  const vocab = vocabularyOf(doc.lines, part.startLine - 1, part.endLine);
  const model = cleanDocument(doc, part, vocab);
  const sk = findSkeleton(model, vocab);
  const lines = model.lines;
  const firstAction = sk.actionStarts[0] ?? lines.length;
  const before = lines.slice(0, firstAction);
  const structLines = lines.slice(sk.structStart, sk.errorStart);
  const errorLines = lines.slice(sk.errorStart);

  if (sk.structStart === lines.length) diag.report("struct.section", part.endLine, "no '数据结构' section found (truncated document?): no structures");
  if (sk.errorStart === lines.length) diag.report("service.common-errors", part.endLine, "no final '错误码' section found (truncated document?): no common error codes");

  const skeletons = findStructs(structLines, diag, vocab);
  const structNames = new Set(skeletons.map((s) => s.name));
  const ctx: ActionContext = {
    diag,
    structNames,
    vocab,
    inputPatterns: rowStartPattern("name-required-type", structNames, vocab),
    outputPatterns: rowStartPattern("name-type", structNames, vocab),
  };
  const types = parseStructs(structLines, ctx, skeletons);
  const overview = parseOverview(before, vocab);
  const byName = overviewByName(overview, before[0]?.line ?? part.startLine, diag);
  const read = readActions(model, sk, ctx, overview, byName);
  const { actions, sectionLine, examplesFailed, examplesRecovered } = read;
  const reconciled = reconcileOverview([...byName.values()], actions);
  // Without an overview every section would be unlisted: overview.missing has said so once.
  if (overview.length === 0) reconciled.unlisted = [];
  reportReconciliation(reconciled, diag, {
    missing: (e) => `${e.name} is listed in the API 概览 table but has no section in the document (deleted from the API?)`,
    unlisted: (a) => `${a.name} has a section but is not in the API 概览 table`,
    lineOf: (a) => sectionLine.get(a)!,
  });
  const missing = reconciled.missing;

  const { endpoint, version } = voteEndpointAndVersion(read.endpoints, read.versions, part.startLine, diag);
  const serviceName = endpoint.split(".")[0] ?? "";
  const explorer = explorerUrls(doc.lines.slice(part.startLine - 1, part.endLine), version);
  for (const action of actions) {
    const url = explorer.get(action.name);
    if (url) action.explorerUrl = url;
  }

  const service: Service = {
    provider: "tencentcloud",
    service: serviceName,
    version,
    protocol: "tc3",
    endpoint,
    title: model.product ?? serviceName.toUpperCase(),
    actions,
    types,
    errors: parseCommonErrors(errorLines, diag, vocab),
  };
  if (vocab.language !== "zh") service.language = vocab.language;
  const description = introduction(model, vocab);
  if (description) service.description = description;
  const regions = parseRegions(before, serviceName, vocab);
  if (regions.length > 0) service.regions = regions;
  const common = parseCommonParameters(before, ctx);
  if (common.length > 0) service.commonParameters = common;
  else diag.report("service.common-parameters", part.startLine, "no 公共参数 table found");
  service.source = { file: doc.file, startLine: part.startLine, endLine: part.endLine, dialect: DIALECT };

  const referenced = new Set<string>();
  const collect = (t: Type) => typeRefs(t).forEach((r) => referenced.add(r));
  for (const a of actions) for (const f of [...a.input, ...a.output]) collect(f.type);
  for (const s of types) for (const f of s.fields) collect(f.type);
  const defined = new Set(types.map((t) => t.name));
  const coverage: Coverage = {
    file: doc.file,
    dialect: DIALECT,
    spec: `${service.provider}/${service.service}/${service.version}`,
    actionsNamed: byName.size,
    actionsFound: actions.length,
    actionsMissing: missing.map((e) => e.name),
    actionsUnlisted: reconciled.unlisted.map((a) => a.name),
    structsReferenced: referenced.size,
    structsDefined: defined.size,
    danglingRefs: [...referenced].filter((r) => !defined.has(r)).sort(),
    examplesRecovered,
    examplesFailed,
  };
  return { services: [service], coverage: [coverage] };
}

/** The overview's rows by action name; a row listed twice, or no overview at all, is reported. */
function overviewByName(overview: readonly OverviewEntry[], line: number, diag: Diagnostics): Map<string, OverviewEntry> {
  const byName = new Map<string, OverviewEntry>();
  for (const e of overview) {
    if (byName.has(e.name)) diag.report("overview.duplicate", e.line, `${e.name} is listed twice in the API 概览 table`);
    else byName.set(e.name, e);
  }
  if (overview.length === 0) diag.report("overview.missing", line, "no 'API 概览' table found: titles and categories come from the action pages");
  return byName;
}

interface ActionsRead {
  actions: Action[];
  /** The line of each kept action's '1. 接口描述' (where an unlisted section is reported). */
  sectionLine: Map<Action, number>;
  examplesRecovered: number;
  examplesFailed: Coverage["examplesFailed"];
  /** How many actions name each endpoint and version. */
  endpoints: Map<string, number>;
  versions: Map<string, number>;
}

/** Each action section parsed, titled from the overview (or its page), duplicates reported and dropped. */
function readActions(model: PageModel, sk: Skeleton, ctx: ActionContext, overview: readonly OverviewEntry[], byName: ReadonlyMap<string, OverviewEntry>): ActionsRead {
  const { lines } = model;
  const { diag } = ctx;
  const vocab = ctx.vocab ?? ZH;
  // Lines that can trail an action section without belonging to it: the next action's
  // title (its title block was split from its anchor) or a group heading.
  const titles = new Set<string>([
    ...overview.map((e) => (vocab.titleIsActionName ? e.name : e.title)),
    ...model.titleBlocks.flatMap((b) => (b.title ? [b.title] : [])),
  ]);

  const actions: Action[] = [];
  /** The line of each kept action's '1. 接口描述' (where an unlisted section is reported). */
  const sectionLine = new Map<Action, number>();
  const examplesFailed: Coverage["examplesFailed"] = [];
  let examplesRecovered = 0;
  const endpoints = new Map<string, number>();
  const versions = new Map<string, number>();
  for (let a = 0; a < sk.actionStarts.length; a++) {
    const start = sk.actionStarts[a]!;
    let end = a + 1 < sk.actionStarts.length ? sk.actionStarts[a + 1]! : Math.min(sk.structStart, lines.length);
    while (end - 1 > start && (titles.has(lines[end - 1]!.text) || vocab.category.test(lines[end - 1]!.text))) end--;
    const parsed = parseAction(lines.slice(start, end), ctx);
    if (!parsed) continue;
    const action = parsed.action;
    examplesRecovered += parsed.examples.recovered;
    examplesFailed.push(...parsed.examples.failed);
    if (parsed.endpoint) endpoints.set(parsed.endpoint, (endpoints.get(parsed.endpoint) ?? 0) + 1);
    if (parsed.version) versions.set(parsed.version, (versions.get(parsed.version) ?? 0) + 1);
    if (action.examples.length === 0 && parsed.examples.failed.length === 0) diag.report("example.none", lines[start]!.line, `${action.name} has no example`);
    const entry = byName.get(action.name);
    if (entry) {
      action.title = entry.title;
      if (entry.category) action.category = entry.category;
      if (entry.rateLimit !== undefined && action.rateLimit !== undefined && entry.rateLimit !== action.rateLimit) {
        diag.report("action.rate", lines[start]!.line, `${action.name}: rate limit ${action.rateLimit}/s differs from the API 概览 table (${entry.rateLimit}/s)`);
      }
      if (action.rateLimit === undefined && entry.rateLimit !== undefined) action.rateLimit = entry.rateLimit;
    } else {
      const block = model.titleBlocks.find((b) => b.explorer && b.title && b.index > start && b.index <= end);
      action.title = block?.title ?? action.description.split(/[。\n]/)[0]!.slice(0, 60);
    }
    if (actions.some((o) => o.name === action.name)) {
      diag.report("action.duplicate", lines[start]!.line, `${action.name} is documented twice; keeping the first section`);
      continue;
    }
    const kept = reorder(action);
    sectionLine.set(kept, lines[start]!.line);
    actions.push(kept);
  }
  return { actions, sectionLine, examplesRecovered, examplesFailed, endpoints, versions };
}

/** The service's endpoint and version: the ones most actions state; the rest reported. */
function voteEndpointAndVersion(endpoints: Map<string, number>, versions: Map<string, number>, line: number, diag: Diagnostics): { endpoint: string; version: string } {
  const endpoint = mostCommon(endpoints) ?? "";
  const version = mostCommon(versions) ?? "";
  if (!endpoint) diag.report("service.endpoint", line, "no '接口请求域名' sentence in any action: endpoint unknown");
  if (!version) diag.report("service.version", line, "no 'Version … 本接口取值' row in any action: version unknown");
  for (const [e, n] of endpoints) if (e !== endpoint) diag.report("service.endpoint-varies", line, `${n} action(s) name endpoint ${e}, the others ${endpoint}`);
  for (const [v, n] of versions) if (v !== version) diag.report("service.version-varies", line, `${n} action(s) carry version ${v}, the others ${version}`);
  return { endpoint, version };
}

/** Contract fields first, in the contract's order, then the extensions. */
function reorder(a: Action): Action {
  const { name, title, description, input, output, errors, examples, ...rest } = a;
  return { name, title, description, input, output, errors, examples, ...rest };
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [k, n] of counts) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
}

/** The text of the 简介 section, up to the API overview. */
function introduction(model: PageModel, vocab: Vocabulary): string | undefined {
  const lines = model.lines;
  const i = model.titleBlocks.findIndex((b) => b.title === vocab.sections.introduction);
  if (i < 0) return undefined;
  const block = model.titleBlocks[i]!;
  const start = pageStartBefore(lines, block.index - 1);
  const next = model.titleBlocks[i + 1];
  let end = next && next.index > block.index ? pageStartBefore(lines, next.index - 1) : block.index;
  if (end <= start) end = block.index;
  const text: CleanLine[] = [];
  for (const l of lines.slice(start, end)) {
    if (vocab.category.test(l.text) || vocab.overviewHeader.test(l.text) || /^接口名称 接口功能/.test(l.text)) break;
    text.push(l);
  }
  const joined = joinProse(text.map((l) => l.text));
  return joined === "" ? undefined : joined;
}



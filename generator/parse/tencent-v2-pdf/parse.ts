// Parsing one legacy part of a Tencent Cloud PDF export into specs. Two families share the page
// layout (sections.ts), the tables (table.ts), the examples with displaced brackets (braces.ts):
// - "api2": the API 2.0 ('云服务器API（旧版）'): lowerCamelCase flattened names, Int/Array types,
//   code/message responses; one spec per host (cvm, image, dfw, eip…), version "v2".
// - "api2017": old pages of a dated API 3.0 version served on the v2 endpoint
//   ('云服务器 API 2017'): PascalCase names, `array of X objects`, Response/RequestId outputs, a
//   数据类型 section; one spec `<service>/<version>-legacy.json` superseded by the API 3.0 spec.
import { placeholderStructs } from "../undefined-structs.ts";
import { structsFromExamples } from "../example-structs.ts";
import { answerProtocolOf } from "../../spec/protocols.ts";
import type { Coverage, Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, ErrorCode, Field, Service, Struct, Type } from "../../spec/types.ts";
import type { ParseResult } from "../dialect.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { splitDescription } from "../text/description.ts";
import { joinWrapped } from "../text/join.ts";
import type { CleanLine } from "../text/page-noise.ts";
import { typeFromWord } from "../text/type-words.ts";
import { nameCues, voteActionName, type NameSource } from "../tencent-v2/action-name.ts";
import { groupByEndpoint, mainHost, serviceOfHost, structCoverage } from "../tencent-v2/endpoint-groups.ts";
import { ENVELOPE_DESCRIPTION, withEnvelope } from "../tencent-v2/envelope.ts";
import { V2_PUBLIC_PARAMETERS } from "../tencent-v2/example.ts";
import { descriptionExtras, foldFlattenedRows, type FlatRow } from "../tencent-v2/flatten.ts";
import { applyExampleObjects } from "../tencent-v2/example-objects.ts";
import { isDisplaced, layoutOf, readErrorRows, readExamples, readPreamble, regionEnd, reportLayout } from "./action.ts";
import { readOverview, type OverviewRow } from "./overview.ts";
import { readSections, type LegacyPages, type Section } from "./sections.ts";
import { COMMON_ERROR_HEADER, mergeVariantRows, readTableRows, requestVariants, typeOfWord, type TableRow } from "./table.ts";
import { reconcileOverview, reportReconciliation } from "../steps/reconcile-overview.ts";

export type Family = "api2" | "api2017";

interface Built {
  action: Action;
  host?: string;
  structs: Struct[];
  listedAs?: OverviewRow;
  failed: { line: number; reason: string }[];
}

/** Public parameters that api2017 input tables list as rows (they are the signer's business). */
const API3_PUBLIC = ["Action", "Version", "Region"];

/** Action names a section's prose gives (本接口(X), 接口名：X, Action字段为X); example URLs are not asked, the sections on signing have them too. */
function actionCuesOf(section: Section): string[] {
  const names = new Set<string>();
  for (const l of section.lines) {
    for (const c of nameCues(l.text, l.line)) names.add(c.name);
  }
  return [...names];
}

export function parseLegacyPart(doc: SourceDocument, part: DocumentPart, diag: Diagnostics, family: Family, version: string): ParseResult {
  const pages = readSections(doc, part);
  const overviewSection = pages.sections.find((s) => /^API\s*概览$/.test(s.title));
  const overview = overviewSection ? readOverview(overviewSection.lines) : [];
  if (!overviewSection) diag.report("overview.missing", part.startLine, "no 'API 概览' section: the actions the part names are unknown");
  const byTitle = new Map<string, OverviewRow[]>();
  for (const r of overview) byTitle.set(norm(r.title), [...(byTitle.get(norm(r.title)) ?? []), r]);

  const errorsSection = pages.sections.find((s) => s.title === "错误码" && layoutOf(s).description < 0);
  const errors = errorsSection ? readCommonErrors(errorsSection.lines, doc.file) : [];
  if (errors.length === 0) diag.report("service.common-errors", part.startLine, "no common error code table (错误代码 错误类型 描述)");

  const typesSection = pages.sections.find((s) => s.title === "数据类型");
  const types = typesSection ? readStructs(typesSection, doc.file, diag) : [];
  const structNames = new Set(types.map((t) => t.name));

  const built: Built[] = [];
  pages.sections.forEach((section, k) => {
    const layout = layoutOf(section);
    if (layout.description < 0) {
      if (byTitle.has(norm(section.title))) diag.report("action.section", section.line, `'${section.title}' is named in the API 概览 but its section has no '1. 接口描述' heading: skipped`);
      else {
        // Not listed, yet shaped like an action (its other headings, or prose naming an action):
        // a damaged '1. 接口描述' heading must not drop it silently.
        const names = actionCuesOf(section);
        if (names.length > 0 || layout.input >= 0 || layout.output >= 0) {
          diag.report(
            "action.section",
            section.line,
            `'${section.title}' looks like an action section (${names.length ? `it names ${names.join(", ")}` : "it has '2. 输入参数'/'3. 输出参数' headings"}) but has no '1. 接口描述' heading: skipped`,
          );
        }
      }
      return;
    }
    const endLine = k + 1 < pages.sections.length ? pages.sections[k + 1]!.line - 1 : part.endLine;
    const b = buildAction(doc, pages, section, endLine, family, structNames, byTitle, diag);
    if (b) built.push(b);
  });

  // Overview rows answered by a section (by name, or by title where one of the two is misspelt).
  const names = new Map<string, Action>();
  for (const b of built) {
    if (names.has(b.action.name)) diag.report("action.duplicate", b.action.source!.line, `${b.action.name} is described again (first at line ${names.get(b.action.name)!.source!.line}); both are kept, the spec key is (file, name)`);
    else names.set(b.action.name, b.action);
  }
  const linked = new Map(built.flatMap((b) => (b.listedAs ? [[b.action, b.listedAs] as const] : [])));
  const { answeredBy, missing, unlisted } = reconcileOverview(overview, built.map((b) => b.action), linked);
  // A name the part never mentions again has no section to lose: a document gap, not a parse failure.
  const mentionsOf = (r: OverviewRow) => doc.lines.slice(part.startLine - 1, part.endLine).filter((l, i) => part.startLine + i !== r.line && l.includes(r.name)).length;
  reportReconciliation({ answeredBy, missing, unlisted }, diag, {
    missing: (r) => {
      const mentions = mentionsOf(r);
      return mentions === 0
        ? `the API 概览 names ${r.name}, but the part never mentions it again: the document has no section for it`
        : `the API 概览 names ${r.name}, but no section describing it could be parsed (it is mentioned ${mentions} more times)`;
    },
    unlisted: (a) => `${a.name} has a section but is not in the API 概览`,
    lineOf: (a) => a.source!.line,
  });

  const main = mainHost(built.map((b) => ({ action: b.action, ...(b.host ? { host: b.host } : {}) }))) ?? "";
  if (!main) diag.report("service.endpoint", part.startLine, "no action states its 接口请求域名: endpoint unknown");
  const title = productTitle(doc);
  const source = { file: doc.file, startLine: part.startLine, endLine: part.endLine, dialect: part.dialect };
  const coverageOf = (spec: string, actions: Action[], structs: Struct[], missingHere: string[]): Coverage => {
    const inSpec = new Set(actions);
    return {
      file: doc.file,
      dialect: part.dialect,
      spec,
      actionsNamed: overview.filter((r) => inSpec.has(answeredBy.get(r)!)).length + missingHere.length,
      actionsFound: actions.length,
      actionsMissing: missingHere,
      actionsUnlisted: unlisted.filter((a) => inSpec.has(a)).map((a) => a.name),
      ...structCoverage(actions, structs),
      examplesRecovered: actions.reduce((n, a) => n + a.examples.length, 0),
      examplesFailed: built.filter((b) => inSpec.has(b.action)).flatMap((b) => b.failed),
    };
  };

  if (family === "api2017") {
    const service = serviceOfHost(main);
    for (const b of built) if (b.host && b.host !== main) (b.action.notes ??= []).unshift(`endpoint: ${b.host}`);
    const actions = built.map((b) => b.action);
    const defined = [...types, ...built.flatMap((b) => b.structs)];
    const firstLine = (name: string) => firstMention(actions, name) ?? part.startLine;
    // Its pages show API 3.0 answers, wrapped in Response (responseProtocol below).
    const known = [...defined, ...structsFromExamples(actions, defined, doc.file, diag, firstLine, answerProtocolOf({ protocol: "tencent-v2", responseProtocol: "tc3" }).envelope.wrapper)];
    const all = [...known, ...placeholderStructs(actions, known, doc.file, diag, firstLine)];
    const spec: Service = {
      provider: "tencentcloud",
      service,
      version: `${version}-legacy`,
      protocol: "tencent-v2",
      // Its pages show API 3.0 answers: {"Response": {…, "RequestId"}} and {"Response": {"Error": …}}.
      responseProtocol: "tc3",
      endpoint: main,
      title,
      description: `An older document of the ${service} API ${version}: its pages describe the v2 endpoint (GET https://${main}/v2/index.php?Action=…&Version=${version}) signed with signature v1 (HmacSHA1/HmacSHA256 over the query string), hence protocol tencent-v2; responses are wrapped in Response with a RequestId. Superseded by the API 3.0 document; kept so that the two documents can be compared. Actions served by another host say so in their notes ("endpoint: …").`,
      actions,
      types: all,
      errors,
      supersededBy: `tencentcloud/${service}/${version}`,
      source,
    };
    return { services: [spec], coverage: [coverageOf(`tencentcloud/${service}/${version}-legacy`, actions, all, missing.map((r) => r.name))] };
  }

  const groups = groupByEndpoint(
    built.map((b) => ({ action: b.action, ...(b.host ? { host: b.host } : {}) })),
    built.flatMap((b) => b.structs),
    main,
  );
  const services: Service[] = [];
  const coverage: Coverage[] = [];
  for (const g of groups) {
    const isMain = g.host === main;
    services.push({
      provider: "tencentcloud",
      service: g.service,
      version: "v2",
      protocol: "tencent-v2",
      endpoint: g.host,
      title: isMain ? title : groupTitle(g.actions, title),
      description: `${ENVELOPE_DESCRIPTION} Requests are GET https://${g.host}/v2/index.php with the public parameters (Action, Region, Timestamp, Nonce, SecretId, Signature) in the query string, signed with signature v1; the API has no Version parameter.${isMain ? "" : ` The document describes these actions with the ${serviceOfHost(main)} API (${main}).`}`,
      actions: g.actions,
      types: g.types,
      errors: errors.map((e) => ({ ...e })),
      source,
    });
    coverage.push(coverageOf(`tencentcloud/${g.service}/v2`, g.actions, g.types, isMain ? missing.map((r) => r.name) : []));
  }
  return { services, coverage };
}

function norm(title: string): string {
  return title.replace(/\s+/g, "").replace(/[（(].*?[)）]/g, (m) => m.replace(/[（）()]/g, ""));
}

function groupTitle(actions: readonly Action[], fallback: string): string {
  const categories = [...new Set(actions.map((a) => a.category ?? ""))];
  if (categories.length === 1 && categories[0] !== "") return categories[0]!.replace(/相关接口$/, "");
  return fallback;
}

/** The product name of the copyright footers ('云服务器'), else the part's first words. */
function productTitle(doc: SourceDocument): string {
  for (let i = 1; i < doc.lines.length; i++) {
    if (/^版权所有\s*[:：]/.test(doc.lines[i]!.trim())) {
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (doc.lines[k]!.trim() !== "") return doc.lines[k]!.trim();
    }
  }
  return "";
}

function buildAction(
  doc: SourceDocument,
  pages: LegacyPages,
  section: Section,
  endLine: number,
  family: Family,
  structNames: ReadonlySet<string>,
  byTitle: Map<string, OverviewRow[]>,
  diag: Diagnostics,
): Built | undefined {
  const layout = layoutOf(section);
  const lines = section.lines;
  const pre = readPreamble(section, layout);
  const rowsOf = (from: number) => (from < 0 ? [] : lines.slice(from + 1, regionEnd(layout, from, lines.length)).filter((l) => !isDisplaced(l.text)));

  const sources: NameSource[] = [];
  const overviewRows = byTitle.get(norm(section.title)) ?? [];
  if (overviewRows.length === 1) sources.push({ where: "overview", name: overviewRows[0]!.name, line: overviewRows[0]!.line });
  sources.push(...pre.cues);
  const exampleLines = layout.examples >= 0 ? lines.slice(layout.examples + 1) : [];
  const provisional = sources[0]?.name ?? section.title;
  const dropInput = family === "api2017" ? API3_PUBLIC : V2_PUBLIC_PARAMETERS;
  const ex = readExamples(doc, exampleLines, pages.kept, endLine, provisional, dropInput);
  for (const a of ex.actions) sources.push({ where: "example URL", name: a.name, line: a.line });
  const name = voteActionName(sources, diag, section.line, section.title);
  if (!name) {
    diag.report("action.name", section.line, `'${section.title}': no source names the action (API 概览 row, 本接口(X), 接口名 or example URL): section skipped`);
    return undefined;
  }
  reportLayout(layout, section, name, diag);
  const fix = (s: string) => (s.startsWith(`${provisional}: `) ? `${name}: ${s.slice(provisional.length + 2)}` : s);
  const failed = ex.failed.map((f) => ({ line: f.line, reason: fix(f.reason) }));
  for (const f of failed) diag.report("example.json", f.line, f.reason);
  for (const k of ex.rejectedKeys) diag.report("example.key", k.line, fix(k.reason));
  if (layout.examples < 0) diag.report("example.none", section.line, `${name}: no 示例 section`);
  for (const a of ex.actions) if (a.name !== name) diag.report("example.action-mismatch", a.line, `${name}: the request example calls Action=${a.name}`);
  if (ex.repairedBraces > 0) diag.report("example.brackets", section.line, `${name}: ${ex.repairedBraces} response example(s) had their brackets displaced by the PDF; restored`);

  const inputTable = readTableRows(rowsOf(layout.input), structNames, () => {}, undefined);
  const outputTable = readTableRows(rowsOf(layout.output), structNames, () => {}, undefined);
  for (const s of [...inputTable.stray, ...outputTable.stray]) {
    if (!/^参数名称/.test(s.text)) diag.report("table.stray", s.line, `${name}: text before the first row of a table: ${JSON.stringify(s.text.slice(0, 60))}`);
  }

  let input: Field[];
  let output: Field[];
  let structs: Struct[] = [];
  let listedByWord: { request: Field[]; response: Field[] } = { request: [], response: [] };
  if (family === "api2") {
    const scalarType = (word: string, line: number): Type => typeFromWord(word, new Set(), diag, line);
    const variants = requestVariants(rowsOf(layout.input));
    const inRows =
      variants.length > 1 ? mergeVariantRows(variants.map((v) => ({ title: v.title, rows: nestRows(v.lines, structNames) }))) : nestRows(variants[0]!.lines, structNames);
    if (variants.length > 1) {
      diag.report(
        "request.variants",
        variants[0]!.line,
        `${name}: the request is documented as ${variants.length} alternative tables (${variants.map((v) => v.number).join(", ")}); merged, a parameter required only where every alternative requires it`,
      );
    }
    const outRows = nestRows(rowsOf(layout.output), structNames);
    const fin = foldFlattenedRows([{ rows: inRows.map(flatRow) }], { file: doc.file, structPrefix: name, what: `${name} request`, unknownItem: "string", scalarType }, diag);
    const fout = foldFlattenedRows([{ rows: outRows.map(flatRow) }], { file: doc.file, structPrefix: `${name}Response`, what: `${name} response`, unknownItem: "object", scalarType }, diag);
    input = fin.fields.filter((f) => !V2_PUBLIC_PARAMETERS.includes(f.name));
    output = layout.output >= 0 ? withEnvelope(fout.fields, diag, section.line, name) : fout.fields;
    structs = [...fin.structs, ...fout.structs];
    listedByWord = { request: fin.listedByWord, response: fout.listedByWord };
  } else {
    const split = splitFilterRows(inputTable.rows);
    input = split.params.filter((r) => !API3_PUBLIC.includes(r.name.replace(/\.N$/, ""))).map((r) => fieldOf(r, structNames, doc.file, diag, true));
    if (split.filters.length > 0) {
      const target = input.find((f) => f.name === "Filters");
      const text = split.filters.map((r) => `${r.name}（${r.typeWord}${r.required === undefined ? "" : r.required ? "，必选" : "，可选"}）：${joinWrapped(r.description)}`).join("\n");
      if (target) target.description = [target.description, text].filter((s) => s !== "").join("\n");
      diag.report("field.filter-table", split.filters[0]!.line, `${name}: ${split.filters.length} rows of a filter table (names like ${split.filters[0]!.name}) are Filter.Name values, kept in the Filters description`);
    }
    output = outputTable.rows.map((r) => fieldOf(r, structNames, doc.file, diag, false));
  }

  const action: Action = {
    name,
    title: section.title,
    description: pre.description,
    input,
    output,
    errors: layout.errors >= 0 ? readErrorRows(rowsOf(layout.errors), doc.file) : [],
    examples: ex.examples.map((e) => ({ ...e, title: e.title.replace(provisional, name) })),
  };
  const ov = overviewRows.find((r) => r.name === name) ?? overviewRows[0];
  const category = section.category ?? ov?.category;
  if (category) action.category = category;
  action.source = { file: doc.file, line: section.line };
  applyExampleObjects(action, "request", listedByWord.request, structs, diag);
  applyExampleObjects(action, "response", listedByWord.response, structs, diag);
  const host = pre.host ?? ex.hosts[0];
  if (!pre.host) diag.report("action.endpoint", section.line, `${name}: no 接口请求域名 sentence${host ? `; the example's host ${host} is used` : ""}`);
  const listedAs = overviewRows.find((r) => r.name === name) ?? (overviewRows.length === 1 ? overviewRows[0] : undefined);
  return { action, ...(host ? { host: host.toLowerCase() } : {}), structs, ...(listedAs ? { listedAs } : {}), failed };
}

/**
 * Sub-tables of API 2.0 tables: a header right after an `Array`/`Object` row starts the members of
 * that row (bare names, `instanceName` under `instanceSet`); rows written as full paths
 * (`data.eipSet.eipId`) stay as they are. Returns rows with full dotted names.
 *
 * Otherwise a row whose name is a top-level parameter's goes back to the top level; but in a request
 * whose main table has a 必选 column, a header without one is surely a member table, and its rows are
 * members even when a top-level parameter has their name (`sgId` of a security-group rule,
 * 001:56259). Siblings described alike right above the header (`ingress` 入方向规则列表, `egress`
 * 出方向规则列表) share the member table.
 */
function nestRows(lines: readonly CleanLine[], structNames: ReadonlySet<string>): TableRow[] {
  const headers = new Map<number, boolean>(); // rows read before the header -> it has a 必选 column
  const { rows } = readTableRows(lines, structNames, (i, n) => headers.set(n, /必选/.test(lines[i]?.text ?? "")));
  const mainHasRequired = headers.get(0) ?? false;
  const isContainer = (k: number) => /^(array|object)$/i.test(rows[k]!.typeWord);
  const fullNames: string[] = [];
  const roots = new Set<string>();
  let prefixes: string[] = [];
  let memberTable = false;
  const out: TableRow[] = [];
  rows.forEach((r, k) => {
    const header = k > 0 ? headers.get(k) : undefined;
    if (header !== undefined && isContainer(k - 1)) {
      const run = [k - 1];
      const last = rows[k - 1]!.description.join("");
      while (run[0]! > 0 && isContainer(run[0]! - 1) && commonSuffix(rows[run[0]! - 1]!.description.join(""), last) >= 4) run.unshift(run[0]! - 1);
      prefixes = run.map((p) => `${fullNames[p]}.`);
      memberTable = mainHasRequired && !header;
    }
    const first = r.name.split(".")[0]!;
    const nest = prefixes.length > 0 && (memberTable || !roots.has(first)) && !prefixes.some((p) => r.name.startsWith(p));
    const names = nest ? prefixes.map((p) => continuePath(p, r.name)) : [r.name];
    fullNames[k] = names[0]!;
    for (const full of names) {
      if (!full.includes(".")) roots.add(full);
      out.push({ ...r, name: full });
    }
  });
  return out;
}

/**
 * A member row under the container `prefix` ("data.detail."): a bare member (`sgName`) goes below
 * it; a row that restates the container's own name as its first segment (`detail.n.sgId` under
 * `data.detail`, 001:56958) continues the container's path instead of nesting it twice.
 */
export function continuePath(prefix: string, name: string): string {
  const container = prefix.slice(0, -1).split(".");
  const last = container[container.length - 1];
  const head = name.split(".")[0];
  if (container.length > 1 && head === last) return [...container.slice(0, -1), name].join(".");
  return prefix + name;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function flatRow(r: TableRow): FlatRow {
  const parts = splitDescription(r.description);
  const extra = descriptionExtras(parts);
  return { name: r.name, typeWord: r.typeWord, required: r.required ?? false, description: parts.description, line: r.line, ...(extra ? { extra } : {}) };
}

/** API 2017 filter tables list Filter.Name values (`zone`, `instance-charge-type`), not parameters. */
function splitFilterRows(rows: readonly TableRow[]): { params: TableRow[]; filters: TableRow[] } {
  const params: TableRow[] = [];
  const filters: TableRow[] = [];
  for (const r of rows) (/^[a-z][a-z0-9]*(-[a-z0-9]+)+$|^[a-z]+$/.test(r.name) && params.some((p) => /^[A-Z]/.test(p.name)) ? filters : params).push(r);
  return { params, filters };
}

function fieldOf(r: TableRow, structs: ReadonlySet<string>, file: string, diag: Diagnostics, input: boolean): Field {
  const indexed = /\.N$/.test(r.name);
  let type: Type = typeOfWord(r.typeWord, structs) ?? typeFromWord(r.typeWord, structs, diag, r.line);
  if (/^array$/i.test(r.typeWord.trim())) type = { array: "string" };
  if (/^object$/i.test(r.typeWord.trim())) type = "object";
  if (indexed && !(typeof type === "object" && "array" in type)) type = { array: type };
  const parts = splitDescription(r.description);
  const f: Field = { name: r.name.replace(/\.N$/, ""), type, required: input ? (r.required ?? false) : false, description: parts.description };
  if (parts.nullable) f.nullable = true;
  if (parts.example !== undefined) f.example = parts.example;
  if (parts.default !== undefined) f.default = parts.default;
  if (parts.enum && parts.enum.length > 0) {
    f.enum = parts.enum;
    if (parts.enumClosed) f.enumClosed = true;
  }
  f.source = { file, line: r.line };
  return f;
}

/** The 数据类型 section: `Name` / `说明:` / description / `名称 类型 是否必选 描述` / rows. */
function readStructs(section: Section, file: string, diag: Diagnostics): Struct[] {
  const lines = section.lines;
  const heads: number[] = [];
  lines.forEach((l, i) => {
    if (/^[A-Z][A-Za-z0-9]*$/.test(l.text) && /^说明\s*[:：]?$/.test(lines[i + 1]?.text ?? "")) heads.push(i);
  });
  const names = new Set(heads.map((i) => lines[i]!.text));
  return heads.map((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1]! : lines.length;
    const body = lines.slice(h + 2, end);
    const headerAt = body.findIndex((l) => /^名称/.test(l.text));
    const desc = headerAt >= 0 ? body.slice(0, headerAt) : body;
    const table = readTableRows(headerAt >= 0 ? body.slice(headerAt) : [], names);
    if (table.rows.length === 0) diag.report("struct.empty", lines[h]!.line, `structure ${lines[h]!.text} has no member rows`);
    const hasRequired = table.rows.some((r) => r.required !== undefined);
    return {
      name: lines[h]!.text,
      description: joinWrapped(desc.map((l) => l.text)),
      fields: table.rows.map((r) => fieldOf(r, names, file, diag, hasRequired)),
      usage: hasRequired ? ("input" as const) : ("output" as const),
      source: { file, line: lines[h]!.line },
    };
  });
}

/** `错误代码 错误类型 描述` rows: a code, then its type and description (cells split by spaces). */
function readCommonErrors(lines: readonly CleanLine[], file: string): ErrorCode[] {
  const at = lines.findIndex((l) => COMMON_ERROR_HEADER.test(l.text));
  if (at < 0) return [];
  const rows = readErrorRows(lines.slice(at + 1).filter((l) => !COMMON_ERROR_HEADER.test(l.text)), file);
  // The API 2.0 page separates cells by two spaces: `代码  类型  描述` -> '类型：描述'.
  return rows.map((e) => ({ ...e, description: e.description.replace(/^(\S+(?: \S+)?)\s{2,}/, "$1：").trim(), kind: "common" as const }));
}

/** The line of the first action whose parameters name a structure (for the diagnostic). */
function firstMention(actions: readonly Action[], name: string): number | undefined {
  for (const a of actions) {
    for (const f of [...a.input, ...a.output]) if (JSON.stringify(f.type).includes(`"ref":"${name}"`)) return f.source?.line ?? a.source?.line;
  }
  return undefined;
}

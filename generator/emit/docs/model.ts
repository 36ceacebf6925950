// View models shared by the Markdown and HTML renderings: what a page shows, with links already
// resolved for the page's location. Values stay raw text; each template escapes for its format.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { Action, ErrorCode, Field, Provider, Service, Struct, Type } from "../../spec/types.ts";
import { clientClassName, clientMethodName, packageDir, packageName, paginatorFunctionName, requestTypeName, responseTypeName, runtimePackageName, type PackageOptions } from "../naming.ts";
import { clientCallExample, defaultRegion, exampleRequest } from "../typescript-example.ts";

export { defaultRegion };

/** A piece of a rendered type: "Array of " then a link to "Filter". */
export interface Segment {
  text: string;
  href?: string;
}

export interface FieldRow {
  name: string;
  type: Segment[];
  required: boolean;
  nullable: boolean;
  description: string;
  enumValues: { value: string; description?: string }[];
  enumClosed: boolean;
  default?: string;
  example?: string;
}

export interface ExampleView {
  number: number;
  title: string;
  description?: string;
  /** The call through the generated client; absent when the spec has no package. */
  code?: string;
  requestJson: string;
  responseJson: string;
  outputXml?: string;
}

/** Where a page links to a structure's page, or undefined when the spec defines no such struct. */
export type TypeHref = (name: string) => string | undefined;

export const PROVIDER_LABELS: Record<Provider, string> = {
  tencentcloud: "腾讯云 Tencent Cloud",
  tce: "腾讯专有云 Tencent Cloud Enterprise (TCE)",
  aliyun: "阿里云 Alibaba Cloud",
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Names used as file names must be plain identifiers (the schema says so; a spec read from disk
 * is checked again here because a bad name would become a path). */
export function isPageName(name: string): boolean {
  return NAME.test(name);
}

export function typeSegments(type: Type, href: TypeHref): Segment[] {
  if (typeof type === "string") return [{ text: type }];
  if ("array" in type) return [{ text: "Array of " }, ...typeSegments(type.array, href)];
  const link = href(type.ref);
  return [link === undefined ? { text: type.ref } : { text: type.ref, href: link }];
}

export function fieldRows(fields: Field[], href: TypeHref): FieldRow[] {
  return fields.map((f) => ({
    name: f.name,
    type: typeSegments(f.type, href),
    required: f.required,
    nullable: f.nullable === true,
    description: f.description,
    enumValues: (f.enum ?? []).map((e) => (e.description ? { value: e.value, description: e.description } : { value: e.value })),
    enumClosed: f.enumClosed === true,
    ...(f.default !== undefined ? { default: f.default } : {}),
    ...(f.example !== undefined ? { example: f.example } : {}),
  }));
}

/**
 * The service-level tables split: the common (public) codes every action may return, and the
 * service's business codes (each action's page lists its own), so a reader is not told that 390
 * business codes of CVM are common.
 */
export function serviceErrorRows(errors: ErrorCode[]): { errors: ErrorCode[]; businessErrors: ErrorCode[] } {
  return { errors: errorRows(errors.filter((e) => e.kind !== "business")), businessErrors: errorRows(errors.filter((e) => e.kind === "business")) };
}

export function errorRows(errors: ErrorCode[]): ErrorCode[] {
  return errors.map((e) => ({ code: e.code, description: e.description, ...(e.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}) }));
}

/** The first line of a description, for index tables. */
export function summary(text: string, max = 120): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== "") ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export interface Group<T> {
  category?: string;
  items: T[];
}

/** Actions grouped by their overview heading, groups in order of first appearance. */
export function groupByCategory<T extends { category?: string }>(items: T[]): Group<T>[] {
  const groups: Group<T>[] = [];
  const byName = new Map<string, Group<T>>();
  for (const item of items) {
    const key = item.category ?? "";
    let group = byName.get(key);
    if (!group) {
      group = item.category === undefined ? { items: [] } : { category: item.category, items: [] };
      byName.set(key, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

export interface Referrers {
  actions: string[];
  structs: string[];
}

/** For each structure: the actions and structures whose fields use it, in document order. */
export function referrers(service: Service): Map<string, Referrers> {
  const out = new Map<string, Referrers>();
  for (const t of service.types) out.set(t.name, { actions: [], structs: [] });
  const add = (fields: Field[], into: (r: Referrers) => string[], from: string) => {
    for (const f of fields) {
      for (const name of refsOf(f.type)) {
        const list = out.get(name);
        if (list && !into(list).includes(from)) into(list).push(from);
      }
    }
  };
  for (const a of service.actions) add([...a.input, ...a.output], (r) => r.actions, a.name);
  for (const t of service.types) add(t.fields, (r) => r.structs, t.name);
  return out;
}

function refsOf(type: Type): string[] {
  if (typeof type === "string") return [];
  if ("array" in type) return refsOf(type.array);
  return [type.ref];
}

/** The actions and structures that get a page: valid names, first of any duplicate. Anything left
 * out is reported. Pages whose file names differ only in case would overwrite each other on
 * case-insensitive file systems (macOS, Windows checkouts), so those are reported too. */
export function pagedItems(service: Service, specPath: string, diagnostics: Diagnostics): { actions: Action[]; types: Struct[] } {
  const line = service.source?.startLine ?? 1;
  const pick = <T extends { name: string }>(items: T[], what: string): T[] => {
    const names = new Set<string>();
    const folded = new Map<string, string>();
    const out: T[] = [];
    for (const item of items) {
      if (!isPageName(item.name)) {
        diagnostics.report("docs.bad-name", line, `${specPath}: ${what} ${JSON.stringify(item.name)} is not an identifier; no page is written for it`);
        continue;
      }
      if (names.has(item.name)) {
        diagnostics.report("docs.duplicate", line, `${specPath}: ${what} ${item.name} is defined twice; the page shows the first`);
        continue;
      }
      const earlier = folded.get(item.name.toLowerCase());
      if (earlier !== undefined) {
        diagnostics.report("docs.case-collision", line, `${specPath}: ${what} pages ${earlier} and ${item.name} differ only in case and collide on case-insensitive file systems`);
      } else folded.set(item.name.toLowerCase(), item.name);
      names.add(item.name);
      out.push(item);
    }
    return out;
  };
  return { actions: pick(service.actions, "action"), types: pick(service.types, "structure") };
}

export interface PackageInfo {
  dir: string;
  name: string;
  clientClass: string;
  /** The runtime package the client depends on ("@docs2sdk/runtime"). */
  runtime: string;
}

/** The client package of a spec, or undefined for a superseded spec (which gets none). */
export function packageOf(service: Service, packages?: PackageOptions): PackageInfo | undefined {
  if (service.supersededBy) return undefined;
  return { dir: packageDir(service), name: packageName(service, packages), clientClass: clientClassName(service), runtime: runtimePackageName(packages) };
}

export function exampleViews(service: Service, action: Action, pkg: PackageInfo | undefined): ExampleView[] {
  return action.examples.map((ex, i) => {
    const view: ExampleView = {
      number: i + 1,
      title: ex.title,
      requestJson: JSON.stringify(ex.input, null, 2),
      responseJson: JSON.stringify(ex.output, null, 2),
    };
    if (ex.description) view.description = ex.description;
    if (ex.outputXml) view.outputXml = ex.outputXml;
    if (pkg) {
      const { input, region } = exampleRequest(service, action, ex);
      view.code = clientCallExample({
        packageName: pkg.name,
        clientClass: pkg.clientClass,
        method: clientMethodName(action),
        ...(region === undefined ? {} : { region }),
        input,
      });
    }
    return view;
  });
}

/** Facts about an action shown above its tables. */
export function actionFacts(service: Service, action: Action, pkg: PackageInfo | undefined): { label: string; value: string; code?: boolean }[] {
  const facts: { label: string; value: string; code?: boolean }[] = [];
  if (pkg) {
    facts.push({ label: "Method", value: `client.${clientMethodName(action)}(input, options?)`, code: true });
    facts.push({ label: "Types", value: `${requestTypeName(action)} → ${responseTypeName(action)}`, code: true });
    if (action.pagination) {
      facts.push({ label: "Paginator", value: `${paginatorFunctionName(action)}(client, input, { pageSize?, maxPages? })`, code: true });
      facts.push({ label: "Paged items", value: action.pagination.items, code: true });
    }
  }
  facts.push({ label: "Endpoint", value: service.endpoint, code: true });
  facts.push({ label: "API version", value: service.version, code: true });
  if (action.httpMethods?.length) facts.push({ label: "HTTP", value: action.httpMethods.join(", "), code: true });
  if (action.region) facts.push({ label: "Region", value: action.region });
  if (action.rateLimit !== undefined) facts.push({ label: "Rate limit", value: `${action.rateLimit} requests/second` });
  if (action.category) facts.push({ label: "Category", value: action.category });
  return facts;
}

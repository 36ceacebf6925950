// Paging: for actions with a pagination hint, the mock can answer with pages of a deterministic item
// set instead of the fixture verbatim, so that paginators are tested over real HTTP. Off by default
// (fixtures are served as documented); turned on per action, per spec or for every hinted action.
//
// The item set is derived from the action's documented (or synthesized) first item: item i is a
// copy whose identifying members (ids, names, keys) carry the suffix "-000i", so every item is
// distinct and the same at every page size. A request's paging parameters (Offset/Limit,
// PageNumber/PageSize from 1, NextToken/MaxResults) choose the slice; the total count and next token
// are set where the hint names them. "endless" is a server that never ends: every page full, a
// total never reached, always a next token.
import { synthesizeType } from "../emit/fixtures/synthesize.ts";
import { protocolOf } from "../spec/protocols.ts";
import type { Field, Pagination, Protocol, Struct, Type } from "../spec/types.ts";
import type { MockAction, MockService } from "./catalog.ts";
import { parameterMessage, type MockError } from "./errors.ts";

export type PagingTotal = number | "endless";

export interface PagingRule {
  /** Only this action (default: every hinted action). */
  action?: string;
  /** Only this spec ("tencentcloud/cvm/2017-03-12") or package dir ("tencentcloud-cvm") (default: all). */
  spec?: string;
  /** How many items the action lists, or "endless". */
  total: PagingTotal;
}

export interface ActivePaging extends PagingRule {
  id: number;
}

/** The total an endless server reports: the largest 32-bit count, never reached by a bounded client. */
export const ENDLESS_TOTAL = 2_147_483_647;

// Where a document gives no default page size: the providers' usual ones.

/** Checks a rule from an untrusted source (the control endpoint, the command line). */
export function parsePagingRule(value: unknown): PagingRule {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("a paging rule is a JSON object");
  const v = value as Record<string, unknown>;
  const rule: PagingRule = { total: parsePagingTotal(v.total) };
  for (const name of ["action", "spec"] as const) {
    if (v[name] === undefined) continue;
    if (typeof v[name] !== "string" || v[name] === "") throw new Error(`paging ${name} must be a non-empty string`);
    rule[name] = v[name] as string;
  }
  const unknown = Object.keys(v).filter((k) => !["action", "spec", "total"].includes(k));
  if (unknown.length) throw new Error(`unknown paging member ${unknown.sort().join(", ")} (use action, spec, total)`);
  return rule;
}

/** A total: a non-negative integer (a number or its text, as `--paging 25` gives it), or "endless". */
export function parsePagingTotal(value: unknown): PagingTotal {
  if (value === "endless") return "endless";
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) throw new Error(`paging total must be a non-negative integer or "endless", not ${JSON.stringify(value)}`);
  return n;
}

export class PagingPlan {
  #next = 1;
  readonly #rules: ActivePaging[] = [];

  add(rule: PagingRule): ActivePaging {
    const active: ActivePaging = { ...parsePagingRule(rule), id: this.#next++ };
    this.#rules.push(active);
    return active;
  }

  remove(id: number): boolean {
    const i = this.#rules.findIndex((r) => r.id === id);
    if (i >= 0) this.#rules.splice(i, 1);
    return i >= 0;
  }

  clear(): void {
    this.#rules.length = 0;
  }

  get rules(): readonly ActivePaging[] {
    return this.#rules;
  }

  /** The latest rule matching the request, so that a narrower rule added later overrides a broad one. */
  find(request: { action: string; spec: readonly string[] }): ActivePaging | undefined {
    for (let i = this.#rules.length - 1; i >= 0; i--) {
      const r = this.#rules[i]!;
      if ((r.action === undefined || r.action === request.action) && (r.spec === undefined || request.spec.includes(r.spec))) return r;
    }
    return undefined;
  }
}

/** What pages of one action are made from, worked out once per action. */
export interface PageSource {
  protocol: Protocol;
  hint: Pagination;
  /** The response body pages are made from (the first case with items, else the first case). */
  base: Record<string, unknown>;
  /** Item 0 of the set, before it is made distinct. */
  template: unknown;
  /** Paths of the members that make items distinct. */
  distinct: string[][];
  defaultPageSize: number;
  maxPageSize?: number;
}

const sources = new WeakMap<MockAction, PageSource>();

/** The page source of a hinted action; undefined for an action without a pagination hint. */
export function pageSource(service: MockService, action: MockAction): PageSource | undefined {
  const hint = action.action.pagination;
  if (!hint) return undefined;
  let source = sources.get(action);
  if (!source) {
    source = buildSource(service, action, hint);
    sources.set(action, source);
  }
  return source;
}

function buildSource(service: MockService, action: MockAction, hint: Pagination): PageSource {
  const protocol = service.service.protocol;
  const path = hint.items.split(".");
  const cases = action.fixture.cases;
  const withItems = cases.find((c) => {
    const list = getPath(container(protocol, c.response), path);
    return Array.isArray(list) && list.length > 0;
  });
  const base = (withItems ?? cases[0]!).response;
  const documented = withItems ? (getPath(container(protocol, base), path) as unknown[])[0] : undefined;
  const template = documented !== undefined ? documented : synthesizedItem(action.action.output, path, service.types);
  const sizeField = hint.pageSize ? action.action.input.find((f) => f.name === hint.pageSize) : undefined;
  const maxPageSize = sizeField ? documentedNumber(sizeField, /最大(?:值|取值|支持)?\s*(?:为|是|:|：)?\s*(\d+)/) : undefined;
  return {
    protocol,
    hint,
    base,
    template,
    distinct: distinguishingPaths(template),
    defaultPageSize: (sizeField && documentedNumber(sizeField, /默认(?:值)?\s*(?:为|是|:|：)?\s*(\d+)/, true)) || protocolOf(protocol).paging.defaultPageSize,
    ...(maxPageSize !== undefined && { maxPageSize }),
  };
}

/** A number the field's documentation states ("默认为20，最大值为100"); the default member first. */
function documentedNumber(field: Field, pattern: RegExp, useDefault = false): number | undefined {
  if (useDefault && field.default !== undefined && /^\d+$/.test(field.default.trim())) return Number(field.default);
  const m = pattern.exec(field.description ?? "");
  return m ? Number(m[1]) : undefined;
}

/** Where items and totals live: API 3.0 inside "Response", the others at the top. */
function container(protocol: Protocol, response: Record<string, unknown>): Record<string, unknown> {
  const wrapper = protocolOf(protocol).envelope.wrapper;
  if (wrapper === undefined) return response;
  const inner = response[wrapper];
  return inner && typeof inner === "object" && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {};
}

/** The value at a path of member names (and list indexes, "0", inside an item). */
function getPath(value: unknown, path: readonly string[]): unknown {
  let here = value;
  for (const key of path) {
    if (!here || typeof here !== "object") return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let here = target;
  for (const key of path.slice(0, -1)) {
    const next = here[key];
    if (!next || typeof next !== "object") here[key] = {};
    here = here[key] as Record<string, unknown>;
  }
  here[path[path.length - 1]!] = value;
}

/** One item of the list the hint names, made from the spec's types (no documented item to copy). */
function synthesizedItem(output: readonly Field[], path: readonly string[], types: ReadonlyMap<string, Struct>): unknown {
  let fields: readonly Field[] = output;
  let type: Type | undefined;
  for (const [i, name] of path.entries()) {
    type = fields.find((f) => f.name === name)?.type;
    if (type === undefined) break;
    if (i < path.length - 1) {
      const struct = typeof type === "object" && "ref" in type ? types.get(type.ref) : undefined;
      fields = struct?.fields ?? [];
    }
  }
  if (type === undefined) return { Id: "item" };
  const itemType = typeof type === "object" && "array" in type ? type.array : type;
  return synthesizeType(itemType, path[path.length - 1]!, { types }) ?? { Id: "item" };
}

const IDENTIFYING = /(?:id|name|key|uuid)$/i;

/**
 * The members that tell items apart: string members named like an identifier (InstanceId, vpcName,
 * TagKey); else the first string member; else the first number; else the same inside the first
 * nested object or list item that has one. [[]] for a string or number item (the item itself).
 */
export function distinguishingPaths(template: unknown): string[][] {
  if (typeof template === "string" || typeof template === "number") return [[]];
  if (!template || typeof template !== "object") return [];
  const entries = Object.entries(template as Record<string, unknown>);
  const ids = entries.filter(([k, v]) => typeof v === "string" && IDENTIFYING.test(k)).map(([k]) => [k]);
  if (ids.length) return ids;
  const text = entries.find(([, v]) => typeof v === "string");
  if (text) return [[text[0]]];
  const number = entries.find(([, v]) => typeof v === "number");
  if (number) return [[number[0]]];
  for (const [k, v] of entries) {
    if (v && typeof v === "object") {
      const inner = distinguishingPaths(v);
      if (inner.length) return inner.map((p) => [k, ...p]);
    }
  }
  return [];
}

/** Item `index` (0-based) of the set: the template with its identifying members suffixed "-000<index+1>". */
export function nthItem(source: Pick<PageSource, "template" | "distinct">, index: number): unknown {
  const tag = String(index + 1).padStart(4, "0");
  const mark = (value: unknown): unknown => (typeof value === "string" ? `${value}-${tag}` : typeof value === "number" ? value + index : value);
  if (!source.template || typeof source.template !== "object") return mark(source.template);
  const item = structuredClone(source.template) as Record<string, unknown>;
  for (const path of source.distinct) setPath(item, path, mark(getPath(item, path)));
  return item;
}

export interface ServedPage {
  response: Record<string, unknown>;
  /** First item's index and how many were served. */
  start: number;
  count: number;
}

const TOKEN_PREFIX = "mock-page:";

/** The opaque next token for the item at `start`. */
export function pageToken(start: number): string {
  return Buffer.from(`${TOKEN_PREFIX}${start}`).toString("base64url");
}

function readToken(token: string): number | undefined {
  const text = Buffer.from(token, "base64url").toString("utf8");
  if (!text.startsWith(TOKEN_PREFIX)) return undefined;
  const n = Number(text.slice(TOKEN_PREFIX.length));
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** The page a request asks for, or the error the provider would answer a bad paging parameter with. */
export function servePage(source: PageSource, params: Record<string, unknown>, total: PagingTotal): { ok: true; page: ServedPage } | { ok: false; error: MockError } {
  const { hint, protocol } = source;
  const invalid = (name: string, detail: string): { ok: false; error: MockError } => ({
    ok: false,
    error: { kind: "invalid-value", message: parameterMessage(protocol, "invalid-value", name, detail) },
  });
  const integer = (name: string | undefined, fallback: number, min: number): number | { ok: false; error: MockError } => {
    const value = name === undefined ? undefined : params[name];
    if (value === undefined || value === null || value === "") return fallback;
    const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min) return invalid(name!, `expected an integer of at least ${min}, got ${JSON.stringify(value)}`);
    return n;
  };

  const size = integer(hint.pageSize, source.defaultPageSize, 0);
  if (typeof size !== "number") return size;
  if (source.maxPageSize !== undefined && size > source.maxPageSize) return invalid(hint.pageSize!, `${size} is above the documented maximum ${source.maxPageSize}`);
  let start: number;
  if (hint.style === "token") {
    const token = params[hint.inputToken];
    if (token === undefined || token === null || token === "") start = 0;
    else {
      const read = typeof token === "string" ? readToken(token) : undefined;
      if (read === undefined) return invalid(hint.inputToken, "not a token this server issued");
      start = read;
    }
  } else if (hint.style === "page") {
    const page = integer(hint.inputToken, 1, 1);
    if (typeof page !== "number") return page;
    start = (page - 1) * size;
  } else {
    const offset = integer(hint.inputToken, 0, 0);
    if (typeof offset !== "number") return offset;
    start = offset;
  }

  const endless = total === "endless";
  const end = endless ? start + size : Math.min(start + size, total);
  const items: unknown[] = [];
  for (let i = start; i < end; i++) items.push(nthItem(source, i));

  const response = structuredClone(source.base);
  const wrapper = protocolOf(protocol).envelope.wrapper;
  if (wrapper !== undefined && (!response[wrapper] || typeof response[wrapper] !== "object" || Array.isArray(response[wrapper]))) response[wrapper] = {};
  const body = container(protocol, response);
  setPath(body, hint.items.split("."), items);
  if (hint.totalCount) setPath(body, hint.totalCount.split("."), endless ? ENDLESS_TOTAL : total);
  if (hint.outputToken) {
    const more = endless || end < total;
    if (more) setPath(body, hint.outputToken.split("."), pageToken(end));
    else deletePath(body, hint.outputToken.split("."));
  }
  // Echoed paging members (Alibaba's PageNumber/PageSize) say what was served.
  if (hint.pageSize && hint.pageSize in body) body[hint.pageSize] = size;
  if (hint.style === "page" && hint.inputToken in body) body[hint.inputToken] = Math.floor(start / Math.max(size, 1)) + 1;
  return { ok: true, page: { response, start, count: items.length } };
}

function deletePath(target: Record<string, unknown>, path: readonly string[]): void {
  const parent = getPath(target, path.slice(0, -1));
  if (parent && typeof parent === "object" && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[path[path.length - 1]!];
}

/** The hinted actions a rule would apply to, for checking a rule when it is set. */
export function hintedActions(services: readonly MockService[], rule: Pick<PagingRule, "action" | "spec">): { service: MockService; action: MockAction }[] {
  const out: { service: MockService; action: MockAction }[] = [];
  for (const service of services) {
    if (rule.spec !== undefined && rule.spec !== service.id && rule.spec !== service.dir) continue;
    for (const action of service.actions.values()) {
      if (action.action.pagination && (rule.action === undefined || rule.action === action.action.name)) out.push({ service, action });
    }
  }
  return out;
}

/**
 * Paging off, a later page of a hinted action: the fixture's response with its items made distinct
 * by their absolute index (as nthItem does), so that a paginator walking the fixture never sees an
 * item twice. The first page (start 0) is the fixture verbatim: undefined. A next token the fixture
 * carries is replaced by one for the page after, so that token paging moves on too.
 */
export function distinctPage(source: PageSource, response: Record<string, unknown>, params: Record<string, unknown>): Record<string, unknown> | undefined {
  const { hint, protocol } = source;
  const path = hint.items.split(".");
  const list = getPath(container(protocol, response), path);
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const number = (name: string | undefined): number | undefined => {
    const value = name === undefined ? undefined : params[name];
    const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    return Number.isSafeInteger(n) ? n : undefined;
  };
  let start: number;
  if (hint.style === "token") {
    const token = params[hint.inputToken];
    if (token === undefined || token === null || token === "") return undefined;
    start = (typeof token === "string" ? readToken(token) : undefined) ?? list.length;
  } else if (hint.style === "page") {
    const page = number(hint.inputToken) ?? 1;
    start = (page - 1) * (number(hint.pageSize) || list.length);
  } else start = number(hint.inputToken) ?? 0;
  if (start <= 0) return undefined;
  const out = structuredClone(response);
  const body = container(protocol, out);
  const items = (getPath(body, path) as unknown[]).map((item, i) => nthItem({ template: item, distinct: distinguishingPaths(item) }, start + i));
  setPath(body, path, items);
  if (hint.outputToken && getPath(body, hint.outputToken.split(".")) !== undefined) setPath(body, hint.outputToken.split("."), pageToken(start + items.length));
  return out;
}

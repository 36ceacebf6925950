// Pagination hints: which actions page through a list, and how, read from the parameters the
// document gives them. Dialect-independent: it looks only at parsed actions, so every dialect
// gets the same rules. A hint is recorded only where the pattern is complete (a start parameter,
// a page size or token, and exactly one list to iterate); every list-like action without one is
// reported with the reason, so that a missing paginator is a visible decision, not an accident.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { Action, Field, Pagination, Service, Struct } from "../spec/types.ts";

export interface PaginationSummary {
  hinted: { action: string; style: Pagination["style"]; items: string }[];
  unhinted: { action: string; reason: string }[];
}

const by = (fields: Field[], ...names: string[]): Field | undefined => {
  const wanted = names.map((n) => n.toLowerCase());
  return fields.find((f) => wanted.includes(f.name.toLowerCase()));
};

const isArray = (f: Field) => typeof f.type === "object" && "array" in f.type;
const typeName = (f: Field) => (typeof f.type === "string" ? f.type : JSON.stringify(f.type));

/**
 * The paging pattern is complete but a parameter's documented type is not what a paginator sends
 * or reads (counts and offsets are integers, tokens strings): typed from the spec as it is, such a
 * paginator would send a number where the document asks for a string. Not a hint, and reported.
 */
export class MistypedPaging {
  constructor(readonly reason: string) {}
}

function mistyped(want: "integer" | "string", fields: (Field | undefined)[]): MistypedPaging | undefined {
  const wrong = fields.filter((f): f is Field => f !== undefined && f.type !== want);
  if (wrong.length === 0) return undefined;
  const list = wrong.map((f) => `${f.name} is ${typeName(f)}`).join(", ");
  return new MistypedPaging(`paging parameters are not of the types a paginator uses (${want} expected): ${list}`);
}

/**
 * The list fields of a response: top-level arrays, or (Alibaba) an object wrapping one array that
 * is named after the list's items ({"Instances": {"Instance": [...]}}). The name check keeps an
 * item structure that merely has an array member ({"Tags": {TagKey, ResourceTypeCount: [...]}})
 * from passing for a wrapper. Failing both, the one object of the response that holds nothing but
 * one array (the V2 envelope's {"totalCount": 1, "data": {"eipSet": [...]}}): with no other list
 * beside it, that array is the only thing a page can hold.
 */
function listPaths(output: Field[], structs: Map<string, Struct>): string[] {
  const top = output.filter(isArray).map((f) => f.name);
  if (top.length > 0) return top;
  const named: string[] = [];
  const holders: string[] = [];
  for (const f of output) {
    if (typeof f.type !== "object" || !("ref" in f.type)) continue;
    const inner = structs.get(f.type.ref)?.fields ?? [];
    if (inner.length !== 1 || !isArray(inner[0]!)) continue;
    (f.name.startsWith(inner[0]!.name) ? named : holders).push(`${f.name}.${inner[0]!.name}`);
  }
  return named.length > 0 ? named : holders.length === 1 ? holders : [];
}

/** Describe…/List… actions returning a list, or taking paging parameters, are the ones a user would expect to page. */
function isListLike(action: Action, lists: string[]): boolean {
  const paged = by(action.input, "Offset", "PageNumber", "PageNum", "NextToken") !== undefined;
  return /^(Describe|List|Query|Get)/i.test(action.name) && (lists.length > 0 || paged);
}

export function paginationHint(action: Action, structs: Map<string, Struct>): Pagination | MistypedPaging | string {
  const lists = listPaths(action.output, structs);
  const offset = by(action.input, "Offset");
  const limit = by(action.input, "Limit", "MaxResults");
  const pageNumber = by(action.input, "PageNumber", "PageNum");
  const pageSize = by(action.input, "PageSize");
  const tokenIn = by(action.input, "NextToken");
  const tokenOut = by(action.output, "NextToken");
  const total = by(action.output, "TotalCount", "TotalNum", "Total");
  const style = tokenIn && tokenOut ? "token" : pageNumber && pageSize ? "page" : offset && limit ? "offset" : undefined;
  if (!style) return "no paging parameters (Offset/Limit, PageNumber/PageSize or NextToken) in the request";
  if (lists.length === 0) return "no list in the response";
  if (lists.length > 1) return `several lists in the response (${lists.join(", ")}): which one pages is not documented`;
  if (style !== "token" && !total) return "no total count in the response, so the end cannot be told from a short page alone";
  const size = style === "token" ? limit ?? pageSize : style === "page" ? pageSize : limit;
  const wrongType =
    mistyped("integer", [style === "offset" ? offset : style === "page" ? pageNumber : undefined, size, total]) ??
    mistyped("string", style === "token" ? [tokenIn, tokenOut] : []);
  if (wrongType) return wrongType;
  const hint: Pagination = { style, inputToken: (tokenIn ?? pageNumber ?? offset)!.name, items: lists[0]! };
  if (size) hint.pageSize = size.name;
  if (total) hint.totalCount = total.name;
  if (style === "token") hint.outputToken = tokenOut!.name;
  return hint;
}

/**
 * Records hints on the service's actions (in place) and returns the summary. A complete paging
 * pattern with mistyped parameters is also a warning (`pagination.mistyped`) at the action's line.
 */
export function annotatePagination(service: Service, diagnostics?: Diagnostics): PaginationSummary {
  const structs = new Map(service.types.map((t) => [t.name, t]));
  const summary: PaginationSummary = { hinted: [], unhinted: [] };
  for (const action of service.actions) {
    const hint = paginationHint(action, structs);
    if (hint instanceof MistypedPaging) {
      delete action.pagination;
      summary.unhinted.push({ action: action.name, reason: hint.reason });
      diagnostics?.report("pagination.mistyped", action.source?.line ?? 0, `${action.name}: no paginator, ${hint.reason}`);
      continue;
    }
    if (typeof hint === "string") {
      delete action.pagination;
      if (isListLike(action, listPaths(action.output, structs))) summary.unhinted.push({ action: action.name, reason: hint });
      continue;
    }
    action.pagination = hint;
    summary.hinted.push({ action: action.name, style: hint.style, items: hint.items });
  }
  return summary;
}

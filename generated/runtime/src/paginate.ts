// The pagination engine behind every generated paginator (smithy's createPaginator, for the three
// paging styles the documents show). Each page is an ordinary client.send, so pages share the client's
// credentials, retries, hooks, timeout and abort signal. Every loop is bounded by maxPages.
import type { ActionTraits, CallOptions } from "./types.js";

/** The spec's pagination hint for an action (generator/spec/types.ts Pagination). */
export interface PaginationHint {
  /** offset: Offset/Limit (API 3.0), offset/limit (V2); page: PageNumber/PageSize from 1 (Alibaba); token: NextToken. */
  style: "offset" | "page" | "token";
  /** Request parameter carrying the start: Offset, offset, PageNumber, NextToken. */
  inputToken: string;
  /** Request parameter carrying the page size: Limit, limit, PageSize, MaxResults. */
  pageSize?: string;
  /** Response field (dotted path) with the total count. */
  totalCount?: string;
  /** Response field (dotted path) with the next token; default: inputToken's name. */
  outputToken?: string;
  /** Response field (dotted path) with the page's items: "InstanceSet", "Instances.Instance". */
  items: string;
}

export interface PaginateOptions extends CallOptions {
  /** Items per page: sets the hint's pageSize parameter (default: the input's value, else the service's default). */
  pageSize?: number;
  /** Upper bound on requests; default 1000. */
  maxPages?: number;
  /**
   * What happens when maxPages pages were fetched and the service still reports more: "throw"
   * (default) rejects with PaginationLimitError after yielding them, so a truncated listing is never
   * mistaken for a complete one; "stop" ends quietly (use it to read only the first pages).
   */
  onLimit?: "throw" | "stop";
}

/** What paginate needs of a client: RuntimeClient, any generated client, or a test double. */
export interface PageSender {
  send<Input extends object, Output>(action: string, input: Input, options?: CallOptions, traits?: ActionTraits): Promise<Output>;
}

/** Iterate it for pages (`for await (const page of p)`), or p.items() for the items of every page. */
export interface Paginator<Page, Item> extends AsyncIterable<Page> {
  pages(): AsyncGenerator<Page, void, undefined>;
  items(): AsyncGenerator<Item, void, undefined>;
}

export const DEFAULT_MAX_PAGES = 1000;

/** maxPages pages were fetched and the service still reported more (onLimit "throw"). */
export class PaginationLimitError extends Error {
  override name = "PaginationLimitError";
  readonly code = "PaginationLimit";
  readonly action: string;
  readonly maxPages: number;

  constructor(action: string, maxPages: number) {
    super(`${action}: stopped after maxPages (${maxPages}) pages while the service still reported more; raise maxPages or pass onLimit: "stop"`);
    this.action = action;
    this.maxPages = maxPages;
  }
}

/** Reads a dotted path ("Instances.Instance") from a response. */
export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The items of a page: the list at the hint's path, [] when absent (a lone object counts as one item). */
export function pageItems<Item = unknown>(page: unknown, hint: PaginationHint): Item[] {
  const list = getPath(page, hint.items);
  return Array.isArray(list) ? (list as Item[]) : list === undefined || list === null ? [] : [list as Item];
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function positiveInteger(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value > 0)) throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
}

/**
 * Pages through an action. The caller's start (Offset/PageNumber/NextToken in `input`) and page size
 * are honoured; offsets advance by the number of items actually received. Stops on: an empty page
 * (offset, page), the total count reached, a short page when there is no total, a missing or repeated
 * next token (token), or maxPages. Each iteration of the returned object starts from the beginning.
 */
export function paginate<Input extends object, Page = unknown, Item = unknown>(
  client: PageSender,
  action: string,
  input: Input,
  hint: PaginationHint,
  options: PaginateOptions = {},
): Paginator<Page, Item> {
  const { pageSize, maxPages = DEFAULT_MAX_PAGES, onLimit = "throw", ...callOptions } = options;
  positiveInteger("pageSize", pageSize);
  positiveInteger("maxPages", maxPages);
  if (pageSize !== undefined && !hint.pageSize) throw new TypeError(`${action} has no page size parameter; pageSize cannot be set`);
  const base = input as Record<string, unknown>;

  async function* pages(): AsyncGenerator<Page, void, undefined> {
    const requested = pageSize ?? (hint.pageSize ? numberOf(base[hint.pageSize]) : undefined);
    const startValue = base[hint.inputToken];
    const startPage = numberOf(startValue) ?? 1;
    let cursor: unknown = hint.style === "offset" ? (numberOf(startValue) ?? 0) : hint.style === "page" ? startPage : startValue;
    let size = requested;
    let seen = 0;
    for (let fetched = 1; ; fetched++) {
      callOptions.signal?.throwIfAborted();
      const request: Record<string, unknown> = { ...base };
      if (cursor === undefined) delete request[hint.inputToken];
      else request[hint.inputToken] = cursor;
      if (requested !== undefined && hint.pageSize) request[hint.pageSize] = requested;
      // A paged action lists: read-only, so a page may be fetched again after any failure.
      const page = await client.send<Record<string, unknown>, Page>(action, request, callOptions, { readOnly: true });
      const count = pageItems(page, hint).length;
      seen += count;
      const total = hint.totalCount ? numberOf(getPath(page, hint.totalCount)) : undefined;
      let done: boolean;
      if (hint.style === "token") {
        const next = getPath(page, hint.outputToken ?? hint.inputToken);
        done = typeof next !== "string" || next === "" || next === cursor;
        cursor = next;
      } else if (hint.style === "offset") {
        cursor = (cursor as number) + count;
        done = count === 0 || (total !== undefined ? (cursor as number) >= total : size !== undefined && count < size);
      } else {
        // Page numbers: the size is the one asked for, else the one the service echoes, else the first page's.
        size ??= (hint.pageSize ? numberOf(getPath(page, hint.pageSize)) : undefined) ?? (count || undefined);
        done = count === 0 || (total !== undefined ? (startPage - 1) * (size ?? count) + seen >= total : size !== undefined && count < size);
        cursor = (cursor as number) + 1;
      }
      yield page;
      if (done) return;
      if (fetched >= maxPages) {
        if (onLimit === "stop") return;
        throw new PaginationLimitError(action, maxPages);
      }
    }
  }

  async function* items(): AsyncGenerator<Item, void, undefined> {
    for await (const page of pages()) yield* pageItems<Item>(page, hint);
  }

  return { pages, items, [Symbol.asyncIterator]: pages };
}

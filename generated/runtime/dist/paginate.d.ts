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
export declare const DEFAULT_MAX_PAGES = 1000;
/** maxPages pages were fetched and the service still reported more (onLimit "throw"). */
export declare class PaginationLimitError extends Error {
    name: string;
    readonly code = "PaginationLimit";
    readonly action: string;
    readonly maxPages: number;
    constructor(action: string, maxPages: number);
}
/** Reads a dotted path ("Instances.Instance") from a response. */
export declare function getPath(value: unknown, path: string): unknown;
/** The items of a page: the list at the hint's path, [] when absent (a lone object counts as one item). */
export declare function pageItems<Item = unknown>(page: unknown, hint: PaginationHint): Item[];
/**
 * Pages through an action. The caller's start (Offset/PageNumber/NextToken in `input`) and page size
 * are honoured; offsets advance by the number of items actually received. Stops on: an empty page
 * (offset, page), the total count reached, a short page when there is no total, a missing or repeated
 * next token (token), or maxPages. Each iteration of the returned object starts from the beginning.
 */
export declare function paginate<Input extends object, Page = unknown, Item = unknown>(client: PageSender, action: string, input: Input, hint: PaginationHint, options?: PaginateOptions): Paginator<Page, Item>;

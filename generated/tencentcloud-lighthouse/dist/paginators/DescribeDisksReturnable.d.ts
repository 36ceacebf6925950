import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeDisksReturnable (查看云硬盘是否可退还): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DiskReturnableSet.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeDisksReturnable(client: LighthouseBaseClient, input?: types.DescribeDisksReturnableRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeDisksReturnableResponse, types.DiskReturnable>;

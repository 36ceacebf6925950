import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeTasks (查询指定的异步请求的进度): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's TaskSet.Task.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeTasks(client: EcsBaseClient, input: types.DescribeTasksRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeTasksResponse, types.TaskType>;

import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeIp6Translators (查询IPV6转换实例及其绑定规则信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's Ip6TranslatorSet.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeIp6Translators(client: VpcBaseClient, input?: types.DescribeIp6TranslatorsRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeIp6TranslatorsResponse, types.Ip6Translator>;

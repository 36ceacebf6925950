import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeEip (查询弹性公网IP列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.eipSet.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeEip(client: EipV2BaseClient, input?: types.DescribeEipRequest, options?: PaginateOptions & EipV2CallOptions): Paginator<types.DescribeEipResponse, types.DescribeEipResponseDataEipSet>;

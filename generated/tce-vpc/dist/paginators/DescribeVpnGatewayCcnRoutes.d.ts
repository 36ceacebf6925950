import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeVpnGatewayCcnRoutes (查询VPN网关云联网路由): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's RouteSet.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeVpnGatewayCcnRoutes(client: VpcBaseClient, input: types.DescribeVpnGatewayCcnRoutesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeVpnGatewayCcnRoutesResponse, types.VpngwCcnRoutes>;

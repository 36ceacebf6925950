import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeNatGateway (查询NAT网关): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeNatGateway(client: VpcV2BaseClient, input?: types.DescribeNatGatewayRequest, options?: PaginateOptions & VpcV2CallOptions): Paginator<types.DescribeNatGatewayResponse, types.DescribeNatGatewayResponseData>;

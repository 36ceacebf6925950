import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeRegionIpv6Addresses (查询地域下IPV6地址信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AddressSet.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeRegionIpv6Addresses(client: EcmBaseClient, input: types.DescribeRegionIpv6AddressesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeRegionIpv6AddressesResponse, types.Address>;

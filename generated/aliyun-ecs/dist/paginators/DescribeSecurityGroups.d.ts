import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeSecurityGroups (分页查询用户定义的所有安全组基本信息): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's SecurityGroups.SecurityGroup.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeSecurityGroups(client: EcsBaseClient, input: types.DescribeSecurityGroupsRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeSecurityGroupsResponse, types.SecurityGroupItemType>;

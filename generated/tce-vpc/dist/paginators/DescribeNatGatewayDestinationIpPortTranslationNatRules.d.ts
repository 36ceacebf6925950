import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeNatGatewayDestinationIpPortTranslationNatRules (查询NAT网关端口转发规则): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NatGatewayDestinationIpPortTranslationNatRuleSet.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeNatGatewayDestinationIpPortTranslationNatRules(client: VpcBaseClient, input?: types.DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest, options?: PaginateOptions & VpcCallOptions): Paginator<types.DescribeNatGatewayDestinationIpPortTranslationNatRulesResponse, types.NatGatewayDestinationIpPortTranslationNatRule>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeAssistantCidrRequest, DescribeAssistantCidrResponse } from "../types.js";
/**
 * 查询辅助CIDR列表
 *
 * 本接口 (DescribeAssistantCidr) 用于查询辅助CIDR列表。(接口灰度中, 如需使用请提工单。)
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAssistantCidrErrorCode}.
 */
export declare function describeAssistantCidr(client: VpcBaseClient, input?: DescribeAssistantCidrRequest, options?: VpcCallOptions): Promise<DescribeAssistantCidrResponse>;

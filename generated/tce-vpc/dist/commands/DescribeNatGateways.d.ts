import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeNatGatewaysRequest, DescribeNatGatewaysResponse } from "../types.js";
/**
 * 查询NAT网关
 *
 * 本接口 (DescribeNatGateways) 用于查询 NAT 网关。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewaysErrorCode}.
 */
export declare function describeNatGateways(client: VpcBaseClient, input?: DescribeNatGatewaysRequest, options?: VpcCallOptions): Promise<DescribeNatGatewaysResponse>;

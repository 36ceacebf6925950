import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeDirectConnectGatewaysRequest, DescribeDirectConnectGatewaysResponse } from "../types.js";
/**
 * 查询专线网关
 *
 * 本接口 (DescribeDirectConnectGateways) 用于查询专线网关。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDirectConnectGatewaysErrorCode}.
 */
export declare function describeDirectConnectGateways(client: VpcBaseClient, input?: DescribeDirectConnectGatewaysRequest, options?: VpcCallOptions): Promise<DescribeDirectConnectGatewaysResponse>;

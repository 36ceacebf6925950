import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeGatewayFlowQosRequest, DescribeGatewayFlowQosResponse } from "../types.js";
/**
 * 查询网关来访IP流控带宽
 *
 * 本接口 (DescribeGatewayFlowQos) 用于查询网关来访IP流控带宽。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeGatewayFlowQosErrorCode}.
 */
export declare function describeGatewayFlowQos(client: VpcBaseClient, input: DescribeGatewayFlowQosRequest, options?: VpcCallOptions): Promise<DescribeGatewayFlowQosResponse>;

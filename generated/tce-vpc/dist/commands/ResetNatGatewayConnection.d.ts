import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ResetNatGatewayConnectionRequest, ResetNatGatewayConnectionResponse } from "../types.js";
/**
 * 调整NAT网关并发连接上限
 *
 * 本接口 (ResetNatGatewayConnection) 用来NAT网关并发连接上限。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetNatGatewayConnectionErrorCode}.
 */
export declare function resetNatGatewayConnection(client: VpcBaseClient, input: ResetNatGatewayConnectionRequest, options?: VpcCallOptions): Promise<ResetNatGatewayConnectionResponse>;

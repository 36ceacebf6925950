import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyGatewayFlowQosRequest, ModifyGatewayFlowQosResponse } from "../types.js";
/**
 * 调整网关流控带宽
 *
 * 本接口 (ModifyGatewayFlowQos) 用于调整网关流控带宽。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyGatewayFlowQosErrorCode}.
 */
export declare function modifyGatewayFlowQos(client: VpcBaseClient, input: ModifyGatewayFlowQosRequest, options?: VpcCallOptions): Promise<ModifyGatewayFlowQosResponse>;

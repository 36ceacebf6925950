import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNatGatewayAttributeRequest, ModifyNatGatewayAttributeResponse } from "../types.js";
/**
 * 修改NAT网关的属性
 *
 * 本接口 (ModifyNatGatewayAttribute) 用于修改NAT网关的属性。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayAttributeErrorCode}.
 */
export declare function modifyNatGatewayAttribute(client: VpcBaseClient, input: ModifyNatGatewayAttributeRequest, options?: VpcCallOptions): Promise<ModifyNatGatewayAttributeResponse>;

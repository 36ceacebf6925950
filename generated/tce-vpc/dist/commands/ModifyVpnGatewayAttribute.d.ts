import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyVpnGatewayAttributeRequest, ModifyVpnGatewayAttributeResponse } from "../types.js";
/**
 * 修改VPN网关属性
 *
 * 本接口 (ModifyVpnGatewayAttribute) 用于修改VPN网关属性。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewayAttributeErrorCode}.
 */
export declare function modifyVpnGatewayAttribute(client: VpcBaseClient, input: ModifyVpnGatewayAttributeRequest, options?: VpcCallOptions): Promise<ModifyVpnGatewayAttributeResponse>;

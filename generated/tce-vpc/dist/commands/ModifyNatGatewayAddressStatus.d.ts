import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNatGatewayAddressStatusRequest, ModifyNatGatewayAddressStatusResponse } from "../types.js";
/**
 * 修改NAT网关绑定EIP的主备状态
 *
 * 该接口 (ModifyNatGatewayAddressStatus) 用于修改NAT网关绑定EIP的主备状态。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayAddressStatusErrorCode}.
 */
export declare function modifyNatGatewayAddressStatus(client: VpcBaseClient, input: ModifyNatGatewayAddressStatusRequest, options?: VpcCallOptions): Promise<ModifyNatGatewayAddressStatusResponse>;

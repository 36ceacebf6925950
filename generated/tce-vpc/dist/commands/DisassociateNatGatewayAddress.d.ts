import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DisassociateNatGatewayAddressRequest, DisassociateNatGatewayAddressResponse } from "../types.js";
/**
 * NAT网关解绑弹性IP
 *
 * 本接口 (DisassociateNatGatewayAddress) 用于NAT网关解绑弹性IP。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateNatGatewayAddressErrorCode}.
 */
export declare function disassociateNatGatewayAddress(client: VpcBaseClient, input: DisassociateNatGatewayAddressRequest, options?: VpcCallOptions): Promise<DisassociateNatGatewayAddressResponse>;

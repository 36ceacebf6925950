import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AssociateNatGatewayAddressRequest, AssociateNatGatewayAddressResponse } from "../types.js";
/**
 * NAT网关绑定弹性IP
 *
 * 本接口(AssociateNatGatewayAddress)用于NAT网关绑定弹性IP (EIP)。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateNatGatewayAddressErrorCode}.
 */
export declare function associateNatGatewayAddress(client: VpcBaseClient, input: AssociateNatGatewayAddressRequest, options?: VpcCallOptions): Promise<AssociateNatGatewayAddressResponse>;

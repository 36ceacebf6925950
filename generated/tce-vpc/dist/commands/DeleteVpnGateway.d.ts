import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteVpnGatewayRequest, DeleteVpnGatewayResponse } from "../types.js";
/**
 * 删除VPN网关
 *
 * 本接口 (DeleteVpnGateway) 用于删除VPN网关。目前只支持删除运行中的按量计费的IPSEC网关实例。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpnGatewayErrorCode}.
 */
export declare function deleteVpnGateway(client: VpcBaseClient, input: DeleteVpnGatewayRequest, options?: VpcCallOptions): Promise<DeleteVpnGatewayResponse>;

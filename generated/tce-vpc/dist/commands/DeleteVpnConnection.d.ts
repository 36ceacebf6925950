import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteVpnConnectionRequest, DeleteVpnConnectionResponse } from "../types.js";
/**
 * 删除VPN通道
 *
 * 本接口>DeleteVpnConnection)用于删除VPN通道。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpnConnectionErrorCode}.
 */
export declare function deleteVpnConnection(client: VpcBaseClient, input: DeleteVpnConnectionRequest, options?: VpcCallOptions): Promise<DeleteVpnConnectionResponse>;

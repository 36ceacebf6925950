import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { UnassignPrivateIpAddressesRequest, UnassignPrivateIpAddressesResponse } from "../types.js";
/**
 * 弹性网卡退还内网 IP
 *
 * 本接口 (UnassignPrivateIpAddresses) 用于弹性网卡退还内网 IP。
 * - 退还弹性网卡上的辅助内网IP, 接口自动解关联弹性公网 IP。不能退还弹性网卡的主内网IP。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UnassignPrivateIpAddressesErrorCode}.
 */
export declare function unassignPrivateIpAddresses(client: VpcBaseClient, input: UnassignPrivateIpAddressesRequest, options?: VpcCallOptions): Promise<UnassignPrivateIpAddressesResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DetachNetworkInterfaceExRequest, DetachNetworkInterfaceExResponse } from "../types.js";
/**
 * DetachNetworkInterfaceEx
 *
 * 本接口 (DetachNetworkInterfaceEx) 用于跨租户场景弹性网卡解绑云服务器。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceExErrorCode}.
 */
export declare function detachNetworkInterfaceEx(client: VpcBaseClient, input: DetachNetworkInterfaceExRequest, options?: VpcCallOptions): Promise<DetachNetworkInterfaceExResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DetachNetworkInterfaceRequest, DetachNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡解绑云主机
 *
 * 本接口 (DetachNetworkInterface) 用于弹性网卡解绑云主机。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
 */
export declare function detachNetworkInterface(client: VpcBaseClient, input: DetachNetworkInterfaceRequest, options?: VpcCallOptions): Promise<DetachNetworkInterfaceResponse>;

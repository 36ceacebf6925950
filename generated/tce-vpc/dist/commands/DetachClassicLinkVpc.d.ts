import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DetachClassicLinkVpcRequest, DetachClassicLinkVpcResponse } from "../types.js";
/**
 * 删除基础网络互通
 *
 * 本接口(DetachClassicLinkVpc)用于删除私有网络和基础网络设备互通。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachClassicLinkVpcErrorCode}.
 */
export declare function detachClassicLinkVpc(client: VpcBaseClient, input: DetachClassicLinkVpcRequest, options?: VpcCallOptions): Promise<DetachClassicLinkVpcResponse>;

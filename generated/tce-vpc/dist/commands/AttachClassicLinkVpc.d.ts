import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AttachClassicLinkVpcRequest, AttachClassicLinkVpcResponse } from "../types.js";
/**
 * 创建基础网络互通
 *
 * 本接口(AttachClassicLinkVpc)用于创建私有网络和基础网络设备互通。
 * - 私有网络和基础网络设备必须在同一个地域。
 * - 私有网络和基础网络的区别详见vpc产品文档-私有网络与基础网络。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachClassicLinkVpcErrorCode}.
 */
export declare function attachClassicLinkVpc(client: VpcBaseClient, input: AttachClassicLinkVpcRequest, options?: VpcCallOptions): Promise<AttachClassicLinkVpcResponse>;

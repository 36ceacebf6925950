import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { EnableVpcEndPointConnectionRequest, EnableVpcEndPointConnectionResponse } from "../types.js";
/**
 * 是否接受终端节点连接请求
 *
 * 是否接受终端节点连接请求。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EnableVpcEndPointConnectionErrorCode}.
 */
export declare function enableVpcEndPointConnection(client: VpcBaseClient, input: EnableVpcEndPointConnectionRequest, options?: VpcCallOptions): Promise<EnableVpcEndPointConnectionResponse>;

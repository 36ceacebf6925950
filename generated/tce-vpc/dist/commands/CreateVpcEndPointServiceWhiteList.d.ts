import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateVpcEndPointServiceWhiteListRequest, CreateVpcEndPointServiceWhiteListResponse } from "../types.js";
/**
 * 创建终端服务白名单
 *
 * 创建终端服务白名单。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpcEndPointServiceWhiteListErrorCode}.
 */
export declare function createVpcEndPointServiceWhiteList(client: VpcBaseClient, input: CreateVpcEndPointServiceWhiteListRequest, options?: VpcCallOptions): Promise<CreateVpcEndPointServiceWhiteListResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteVpcEndPointServiceWhiteListRequest, DeleteVpcEndPointServiceWhiteListResponse } from "../types.js";
/**
 * 删除终端节点服务白名单
 *
 * 删除终端节点服务白名单。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpcEndPointServiceWhiteListErrorCode}.
 */
export declare function deleteVpcEndPointServiceWhiteList(client: VpcBaseClient, input: DeleteVpcEndPointServiceWhiteListRequest, options?: VpcCallOptions): Promise<DeleteVpcEndPointServiceWhiteListResponse>;

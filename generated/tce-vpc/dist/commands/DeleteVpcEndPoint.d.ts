import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteVpcEndPointRequest, DeleteVpcEndPointResponse } from "../types.js";
/**
 * 删除终端节点
 *
 * 删除终端节点。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpcEndPointErrorCode}.
 */
export declare function deleteVpcEndPoint(client: VpcBaseClient, input: DeleteVpcEndPointRequest, options?: VpcCallOptions): Promise<DeleteVpcEndPointResponse>;

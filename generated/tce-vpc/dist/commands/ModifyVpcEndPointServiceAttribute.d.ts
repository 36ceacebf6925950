import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyVpcEndPointServiceAttributeRequest, ModifyVpcEndPointServiceAttributeResponse } from "../types.js";
/**
 * 修改终端节点服务相关信息
 *
 * 修改终端节点服务相关信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpcEndPointServiceAttributeErrorCode}.
 */
export declare function modifyVpcEndPointServiceAttribute(client: VpcBaseClient, input: ModifyVpcEndPointServiceAttributeRequest, options?: VpcCallOptions): Promise<ModifyVpcEndPointServiceAttributeResponse>;

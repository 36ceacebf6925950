import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateCcnRequest, CreateCcnResponse } from "../types.js";
/**
 * 创建CCN
 *
 * 本接口 (CreateCcn) 用于创建云联网 (CCN)。
 * - 创建云联网同时可以绑定标签, 应答里的标签列表代表添加成功的标签。每个账号能创建的云联网实例个数是有限的, 详情请参考产品文档。如果需要扩充请联系在线客服。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateCcnErrorCode}.
 */
export declare function createCcn(client: VpcBaseClient, input: CreateCcnRequest, options?: VpcCallOptions): Promise<CreateCcnResponse>;

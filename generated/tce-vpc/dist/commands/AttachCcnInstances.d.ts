import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AttachCcnInstancesRequest, AttachCcnInstancesResponse } from "../types.js";
/**
 * 云联网关联实例
 *
 * 本接口 (AttachCcnInstances) 用于将网络实例加载到云联网实例中，网络实例包括VPC和专线网关。
 * 每个云联网能够关联的网络实例个数是有限的，详情请参考产品文档。如果需要扩充请联系在线客服。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachCcnInstancesErrorCode}.
 */
export declare function attachCcnInstances(client: VpcBaseClient, input: AttachCcnInstancesRequest, options?: VpcCallOptions): Promise<AttachCcnInstancesResponse>;

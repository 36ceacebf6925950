import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeCcnAttachedInstancesRequest, DescribeCcnAttachedInstancesResponse } from "../types.js";
/**
 * 查询云联网关联实例列表
 *
 * 本接口 (DescribeCcnAttachedInstances) 用于查询云联网实例下已关联的网络实例。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeCcnAttachedInstancesErrorCode}.
 */
export declare function describeCcnAttachedInstances(client: VpcBaseClient, input?: DescribeCcnAttachedInstancesRequest, options?: VpcCallOptions): Promise<DescribeCcnAttachedInstancesResponse>;

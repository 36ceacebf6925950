import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeCcnRegionBandwidthLimitsRequest, DescribeCcnRegionBandwidthLimitsResponse } from "../types.js";
/**
 * 查询云联网各地域出带宽上限
 *
 * 本接口 (DescribeCcnRegionBandwidthLimits) 用于查询云联网各地域出带宽上限, 该接口只返回已关联网实例包含的地域
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeCcnRegionBandwidthLimitsErrorCode}.
 */
export declare function describeCcnRegionBandwidthLimits(client: VpcBaseClient, input: DescribeCcnRegionBandwidthLimitsRequest, options?: VpcCallOptions): Promise<DescribeCcnRegionBandwidthLimitsResponse>;

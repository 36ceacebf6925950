import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { SetCcnRegionBandwidthLimitsRequest, SetCcnRegionBandwidthLimitsResponse } from "../types.js";
/**
 * 设置云联网各地域出带宽上限
 *
 * 本接口 (SetCcnRegionBandwidthLimits) 用于设置云联网 (CCN) 各地域出带宽上限, 该接口只能设置已关联网实例包含的地域的出带宽上限
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link SetCcnRegionBandwidthLimitsErrorCode}.
 */
export declare function setCcnRegionBandwidthLimits(client: VpcBaseClient, input: SetCcnRegionBandwidthLimitsRequest, options?: VpcCallOptions): Promise<SetCcnRegionBandwidthLimitsResponse>;

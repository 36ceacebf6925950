import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyCcnRegionBandwidthLimitsTypeRequest, ModifyCcnRegionBandwidthLimitsTypeResponse } from "../types.js";
/**
 * 后付费产品修改带宽限速策略
 *
 * 本接口 (ModifyCcnRegionBandwidthLimitsType) 用于修改后付费云联网实例修改带宽限速策略。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyCcnRegionBandwidthLimitsTypeErrorCode}.
 */
export declare function modifyCcnRegionBandwidthLimitsType(client: VpcBaseClient, input: ModifyCcnRegionBandwidthLimitsTypeRequest, options?: VpcCallOptions): Promise<ModifyCcnRegionBandwidthLimitsTypeResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyAddressInternetChargeTypeRequest, ModifyAddressInternetChargeTypeResponse } from "../types.js";
/**
 * 调整弹性公网ip计费模式
 *
 * 该接口用于调整具有带宽属性弹性公网IP的网络计费模式
 * - 支持BANDWIDTH_PREPAID_BY_MONTH和TRAFFIC_POSTPAID_BY_HOUR两种网络计费模式之间的切换。
 * - 每个弹性公网IP支持调整两次, 次数超出则无法调整。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAddressInternetChargeTypeErrorCode}.
 */
export declare function modifyAddressInternetChargeType(client: VpcBaseClient, input: ModifyAddressInternetChargeTypeRequest, options?: VpcCallOptions): Promise<ModifyAddressInternetChargeTypeResponse>;

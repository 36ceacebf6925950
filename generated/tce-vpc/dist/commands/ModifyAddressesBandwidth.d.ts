import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyAddressesBandwidthRequest, ModifyAddressesBandwidthResponse } from "../types.js";
/**
 * 调整弹性公网IP带宽
 *
 * 本接口 (ModifyAddressesBandwidth) 用于调整弹性公网IP (简称EIP) 带宽, 包括后付费EIP、预付费EIP和带宽包EIP
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAddressesBandwidthErrorCode}.
 */
export declare function modifyAddressesBandwidth(client: VpcBaseClient, input: ModifyAddressesBandwidthRequest, options?: VpcCallOptions): Promise<ModifyAddressesBandwidthResponse>;

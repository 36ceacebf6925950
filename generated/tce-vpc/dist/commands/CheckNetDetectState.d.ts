import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CheckNetDetectStateRequest, CheckNetDetectStateResponse } from "../types.js";
/**
 * 验证网络探测
 *
 * 本接口(CheckNetDetectState)用于验证网络探测。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CheckNetDetectStateErrorCode}.
 */
export declare function checkNetDetectState(client: VpcBaseClient, input: CheckNetDetectStateRequest, options?: VpcCallOptions): Promise<CheckNetDetectStateResponse>;

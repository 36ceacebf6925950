import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNetDetectRequest, ModifyNetDetectResponse } from "../types.js";
/**
 * 修改网络探测
 *
 * 本接口(ModifyNetDetect)用于修改网络探测参数。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetDetectErrorCode}.
 */
export declare function modifyNetDetect(client: VpcBaseClient, input: ModifyNetDetectRequest, options?: VpcCallOptions): Promise<ModifyNetDetectResponse>;

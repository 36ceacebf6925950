import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ResetInstancesMaxBandwidthRequest, ResetInstancesMaxBandwidthResponse } from "../types.js";
/**
 * 重置实例的最大带宽上限
 *
 * 重置实例的最大带宽上限。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesMaxBandwidthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetInstancesMaxBandwidth | API Explorer: call ResetInstancesMaxBandwidth online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.resetInstancesMaxBandwidth({
 *   InstanceIdSet: ["ein-592937kl", "ein-958392ko"],
 *   MaxBandwidthOut: 50,
 * });
 * console.log(res);
 */
export declare function resetInstancesMaxBandwidth(client: EcmBaseClient, input: ResetInstancesMaxBandwidthRequest, options?: EcmCallOptions): Promise<ResetInstancesMaxBandwidthResponse>;

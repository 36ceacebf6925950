import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { BatchDeregisterTargetsRequest, BatchDeregisterTargetsResponse } from "../types.js";
/**
 * 批量解绑后端服务
 *
 * 批量解绑后端服务。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link BatchDeregisterTargetsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=BatchDeregisterTargets | API Explorer: call BatchDeregisterTargets online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.batchDeregisterTargets({
 *   LoadBalancerId: "lb-xxxx",
 *   Targets: [
 *     {
 *       ListenerId: "lbl-xxxx",
 *       InstanceId: "ein-xxx",
 *       Port: 80,
 *       Weight: 10,
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function batchDeregisterTargets(client: EcmBaseClient, input: BatchDeregisterTargetsRequest, options?: EcmCallOptions): Promise<BatchDeregisterTargetsResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { BatchRegisterTargetsRequest, BatchRegisterTargetsResponse } from "../types.js";
/**
 * 批量绑定后端目标
 *
 * 批量绑定后端目标。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link BatchRegisterTargetsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=BatchRegisterTargets | API Explorer: call BatchRegisterTargets online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.batchRegisterTargets({
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
export declare function batchRegisterTargets(client: EcmBaseClient, input: BatchRegisterTargetsRequest, options?: EcmCallOptions): Promise<BatchRegisterTargetsResponse>;

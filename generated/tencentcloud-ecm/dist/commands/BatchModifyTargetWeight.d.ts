import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { BatchModifyTargetWeightRequest, BatchModifyTargetWeightResponse } from "../types.js";
/**
 * 批量修改监听器绑定的后端机器的转发权重
 *
 * 批量修改监听器绑定的后端机器的转发权重。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link BatchModifyTargetWeightErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=BatchModifyTargetWeight | API Explorer: call BatchModifyTargetWeight online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.batchModifyTargetWeight({
 *   LoadBalancerId: "lb-dx98lwo0",
 *   ModifyList: [
 *     {
 *       ListenerId: "lbl-4b5hnc9a",
 *       Targets: [
 *         {
 *           InstanceId: "ein-19404pl5",
 *           Port: 110,
 *           Weight: 50,
 *         },
 *       ],
 *     },
 *     {
 *       ListenerId: "lbl-20jjtaaw",
 *       Targets: [
 *         {
 *           InstanceId: "ein-19411tzv",
 *           Port: 80,
 *           Weight: 30,
 *         },
 *       ],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function batchModifyTargetWeight(client: EcmBaseClient, input: BatchModifyTargetWeightRequest, options?: EcmCallOptions): Promise<BatchModifyTargetWeightResponse>;

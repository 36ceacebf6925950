import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyTargetPortRequest, ModifyTargetPortResponse } from "../types.js";
/**
 * 修改监听器绑定的后端机器的端口
 *
 * 修改监听器绑定的后端机器的端口。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyTargetPortErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyTargetPort | API Explorer: call ModifyTargetPort online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyTargetPort({
 *   LoadBalancerId: "lb-cuxw2rm0",
 *   ListenerId: "lbl-d1ubsydq",
 *   Targets: [
 *     {
 *       InstanceId: "ein-dm4xtz0i",
 *       Port: 233,
 *     },
 *   ],
 *   NewPort: 334,
 * });
 * console.log(res);
 */
export declare function modifyTargetPort(client: EcmBaseClient, input: ModifyTargetPortRequest, options?: EcmCallOptions): Promise<ModifyTargetPortResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ResetInstancesRequest, ResetInstancesResponse } from "../types.js";
/**
 * 重装实例
 *
 * 重装实例，若指定了ImageId参数，则使用指定的镜像重装；否则按照当前实例使用的镜像进行重装；若未指定密码，则密码通过站内信形式随后发送。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetInstances | API Explorer: call ResetInstances online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.resetInstances({
 *   InstanceIdSet: ["ein-492054ga", "ein-482972ao"],
 *   ImageId: "img-q9fy0if9",
 *   Password: "hpjtfgnb3nwa",
 * });
 * console.log(res);
 */
export declare function resetInstances(client: EcmBaseClient, input: ResetInstancesRequest, options?: EcmCallOptions): Promise<ResetInstancesResponse>;

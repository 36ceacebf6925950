import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { RunInstancesRequest, RunInstancesResponse } from "../types.js";
/**
 * 创建实例
 *
 * 创建ECM实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=RunInstances | API Explorer: call RunInstances online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.runInstances({
 *   ZoneInstanceCountISPSet: [
 *     {
 *       ISP: "CUCC",
 *       InstanceCount: 1,
 *       Zone: "ap-qingdao-1",
 *     },
 *     {
 *       ISP: "CMCC",
 *       InstanceCount: 2,
 *       Zone: "ap-zhengzhou-1",
 *     },
 *   ],
 *   HostName: "oldhen_4986",
 *   ImageId: "img-q9fy0if9",
 *   InternetMaxBandwidthOut: 50,
 *   InstanceChargeType: 0,
 *   EnhancedService: {
 *     SecurityService: {
 *       Enabled: false,
 *     },
 *     MonitorService: {
 *       Enabled: false,
 *     },
 *   },
 *   InstanceName: "直播弹幕",
 *   ModuleId: "em-0vag13d1",
 * });
 * console.log(res);
 */
export declare function runInstances(client: EcmBaseClient, input: RunInstancesRequest, options?: EcmCallOptions): Promise<RunInstancesResponse>;

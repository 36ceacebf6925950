import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { UpdateInstanceBandwidthRequest, UpdateInstanceBandwidthResponse } from "../types.js";
/**
 * 调整包年包月实例带宽
 *
 * 本接口 (UpdateInstanceBandwidth) 用于调整包年包月实例的公网带宽。只针对包年包月实例和带宽包用户。按量计费实例调整带宽需要使用 UpdateInstanceBandwidthHour  API。只允许升级带宽，不允许降低带宽值。按流量计费实例带宽最大为100Mbps；按带宽计费模式实例最大为200Mbps；专用宿主机的实例最大宽带为1000Mbps。只支持按带宽计费方式。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UpdateInstanceBandwidthErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.updateInstanceBandwidth({
 *   instanceId: "qcvm12345",
 *   bandwidth: 2,
 *   startTime: "2014-07-20",
 *   endTime: "2014-08-20注意，如果该实例的网络为按流量计费模式，没有dealIds。",
 * });
 * console.log(res);
 */
export declare function updateInstanceBandwidth(client: CvmV2BaseClient, input: UpdateInstanceBandwidthRequest, options?: CvmV2CallOptions): Promise<UpdateInstanceBandwidthResponse>;

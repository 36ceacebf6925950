import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { UpdateInstanceBandwidthHourRequest, UpdateInstanceBandwidthHourResponse } from "../types.js";
/**
 * 调整按量计费实例带宽
 *
 * 本接口 (UpdateInstanceBandwidthHour) 用于调整按量计费实例的公网带宽。立即生效，支持升级与降级。只针对按量计费实例，包年包月实例调整带宽需要使用 UpdateInstanceBandwidth  API。带宽值最小可为0Mpbs，按流量计费实例带宽最大为100Mbps；按带宽计费模式实例最大为200Mbps；专用宿主机的实例最大宽带为1000Mbps。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UpdateInstanceBandwidthHourErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.updateInstanceBandwidthHour({
 *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
 *   bandwidth: 8,
 * });
 * console.log(res);
 */
export declare function updateInstanceBandwidthHour(client: CvmV2BaseClient, input: UpdateInstanceBandwidthHourRequest, options?: CvmV2CallOptions): Promise<UpdateInstanceBandwidthHourResponse>;

import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifySnapshotAttributeRequest, ModifySnapshotAttributeResponse } from "../types.js";
/**
 * 修改快照信息
 *
 * 本接口（ModifySnapshotAttribute）用于修改指定快照的属性。“快照名称”仅为方便用户自己管理之用。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySnapshotAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifySnapshotAttribute | API Explorer: call ModifySnapshotAttribute online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifySnapshotAttribute({
 *   SnapshotId: "lhsnap-nv6aqcv6",
 *   SnapshotName: "snap_20200903",
 * });
 * console.log(res);
 */
export declare function modifySnapshotAttribute(client: LighthouseBaseClient, input: ModifySnapshotAttributeRequest, options?: LighthouseCallOptions): Promise<ModifySnapshotAttributeResponse>;

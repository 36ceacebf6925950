import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateInstanceSnapshotRequest, CreateInstanceSnapshotResponse } from "../types.js";
/**
 * 创建实例快照
 *
 * 本接口（CreateInstanceSnapshot）用于创建指定实例的系统盘快照。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateInstanceSnapshotErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateInstanceSnapshot | API Explorer: call CreateInstanceSnapshot online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.createInstanceSnapshot({
 *   InstanceId: "lhins-k31c771o",
 *   SnapshotName: "snap_20200903",
 * });
 * console.log(res);
 */
export declare function createInstanceSnapshot(client: LighthouseBaseClient, input: CreateInstanceSnapshotRequest, options?: LighthouseCallOptions): Promise<CreateInstanceSnapshotResponse>;

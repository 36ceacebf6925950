import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteSnapshotsRequest, DeleteSnapshotsResponse } from "../types.js";
/**
 * 删除快照
 *
 * 本接口（DeleteSnapshots）用于删除快照。快照必须处于NORMAL状态，快照状态可以通过DescribeSnapshots接口查询，见输出参数中SnapshotState字段解释。支持批量操作。如果多个快照存在无法删除的快照，则操作不执行，以返回特定的错误码返回。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSnapshotsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSnapshots | API Explorer: call DeleteSnapshots online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteSnapshots({
 *   SnapshotIds: ["snap-gybrif0z"],
 * });
 * console.log(res);
 */
export declare function deleteSnapshots(client: EcmBaseClient, input: DeleteSnapshotsRequest, options?: EcmCallOptions): Promise<DeleteSnapshotsResponse>;

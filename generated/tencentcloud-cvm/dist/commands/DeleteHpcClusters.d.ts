import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DeleteHpcClustersRequest, DeleteHpcClustersResponse } from "../types.js";
/**
 * 删除高性能计算集群
 *
 * 当高性能计算集群为空, 即集群内没有任何设备时候, 可以删除该集群。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteHpcClustersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteHpcClusters | API Explorer: call DeleteHpcClusters online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.deleteHpcClusters({
 *   HpcClusterIds: ["hpc-p64fdfa9"],
 * });
 * console.log(res);
 */
export declare function deleteHpcClusters(client: CvmBaseClient, input: DeleteHpcClustersRequest, options?: CvmCallOptions): Promise<DeleteHpcClustersResponse>;

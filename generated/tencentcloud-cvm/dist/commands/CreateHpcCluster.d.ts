import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { CreateHpcClusterRequest, CreateHpcClusterResponse } from "../types.js";
/**
 * 创建高性能计算集群
 *
 * 创建高性能计算集群
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateHpcClusterErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateHpcCluster | API Explorer: call CreateHpcCluster online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.createHpcCluster({
 *   Name: "test_cluster",
 *   Remark: "my cluster",
 *   Zone: "ap-guangzhou-3",
 * });
 * console.log(res);
 */
export declare function createHpcCluster(client: CvmBaseClient, input: CreateHpcClusterRequest, options?: CvmCallOptions): Promise<CreateHpcClusterResponse>;

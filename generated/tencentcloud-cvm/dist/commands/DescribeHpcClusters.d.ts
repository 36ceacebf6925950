import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeHpcClustersRequest, DescribeHpcClustersResponse } from "../types.js";
/**
 * 查询高性能集群信息
 *
 * 查询高性能集群信息
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeHpcClustersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHpcClusters | API Explorer: call DescribeHpcClusters online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeHpcClusters({
 *   Zone: "ap-guangzhou-3",
 *   Offset: 0,
 *   Limit: 20,
 * });
 * console.log(res);
 */
export declare function describeHpcClusters(client: CvmBaseClient, input?: DescribeHpcClustersRequest, options?: CvmCallOptions): Promise<DescribeHpcClustersResponse>;

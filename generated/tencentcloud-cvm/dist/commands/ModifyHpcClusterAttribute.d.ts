import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyHpcClusterAttributeRequest, ModifyHpcClusterAttributeResponse } from "../types.js";
/**
 * 修改高性能计算集群属性
 *
 * 修改高性能计算集群属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyHpcClusterAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHpcClusterAttribute | API Explorer: call ModifyHpcClusterAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyHpcClusterAttribute({
 *   HpcClusterId: "hpc-gzahhoy5",
 *   Name: "MyHpcCluster",
 * });
 * console.log(res);
 */
export declare function modifyHpcClusterAttribute(client: CvmBaseClient, input: ModifyHpcClusterAttributeRequest, options?: CvmCallOptions): Promise<ModifyHpcClusterAttributeResponse>;

import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { RemoveChcDeployVpcRequest, RemoveChcDeployVpcResponse } from "../types.js";
/**
 * 清理CHC物理服务器的部署网络
 *
 * 清理CHC物理服务器的部署网络
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RemoveChcDeployVpcErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcDeployVpc | API Explorer: call RemoveChcDeployVpc online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.removeChcDeployVpc({
 *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
 * });
 * console.log(res);
 */
export declare function removeChcDeployVpc(client: CvmBaseClient, input: RemoveChcDeployVpcRequest, options?: CvmCallOptions): Promise<RemoveChcDeployVpcResponse>;

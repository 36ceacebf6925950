import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { RemoveChcAssistVpcRequest, RemoveChcAssistVpcResponse } from "../types.js";
/**
 * 清理CHC物理服务器的带外网络和部署网络
 *
 * 清理CHC物理服务器的带外网络和部署网络
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RemoveChcAssistVpcErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcAssistVpc | API Explorer: call RemoveChcAssistVpc online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.removeChcAssistVpc({
 *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
 * });
 * console.log(res);
 */
export declare function removeChcAssistVpc(client: CvmBaseClient, input: RemoveChcAssistVpcRequest, options?: CvmCallOptions): Promise<RemoveChcAssistVpcResponse>;

import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ConfigureChcAssistVpcRequest, ConfigureChcAssistVpcResponse } from "../types.js";
/**
 * 配置CHC物理服务器的带外和部署网络
 *
 * 配置CHC物理服务器的带外和部署网络。传入带外网络和部署网络信息
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ConfigureChcAssistVpcErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcAssistVpc | API Explorer: call ConfigureChcAssistVpc online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.configureChcAssistVpc({
 *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
 *   BmcVirtualPrivateCloud: {
 *     SubnetId: "\"subnet-12345678\"",
 *     VpcId: "\"vpc-12345678\"",
 *     PrivateIpAddresses: ["10.0.0.2", "10.0.0.3"],
 *   },
 *   BmcSecurityGroupIds: ["sg-12345678"],
 *   DeployVirtualPrivateCloud: {
 *     SubnetId: "\"subnet-1234abcd\"",
 *     VpcId: "\"vpc-1234abcd8\"",
 *     PrivateIpAddresses: ["10.0.1.2", "10.0.1.3"],
 *   },
 *   DeploySecurityGroupIds: ["sg-8a7f6d5s"],
 * });
 * console.log(res);
 */
export declare function configureChcAssistVpc(client: CvmBaseClient, input: ConfigureChcAssistVpcRequest, options?: CvmCallOptions): Promise<ConfigureChcAssistVpcResponse>;

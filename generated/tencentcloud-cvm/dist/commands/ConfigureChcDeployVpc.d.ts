import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ConfigureChcDeployVpcRequest, ConfigureChcDeployVpcResponse } from "../types.js";
/**
 * 配置CHC物理服务器部署网络
 *
 * 配置CHC物理服务器部署网络
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ConfigureChcDeployVpcErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcDeployVpc | API Explorer: call ConfigureChcDeployVpc online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.configureChcDeployVpc({
 *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
 *   DeployVirtualPrivateCloud: {
 *     SubnetId: "\"subnet-1234abcd\"",
 *     VpcId: "\"vpc-1234abcd8\"",
 *     PrivateIpAddresses: ["10.0.1.2", "10.0.1.3"],
 *   },
 *   DeploySecurityGroupIds: ["sg-8a7f6d5s"],
 *   ChcDeployExtraConfig: {
 *     MiniOsType: "public",
 *     BootType: "x86_legacy",
 *     BootFile: "pxelinux.0",
 *     NextServerAddress: "169.254.68.10",
 *   },
 * });
 * console.log(res);
 */
export declare function configureChcDeployVpc(client: CvmBaseClient, input: ConfigureChcDeployVpcRequest, options?: CvmCallOptions): Promise<ConfigureChcDeployVpcResponse>;

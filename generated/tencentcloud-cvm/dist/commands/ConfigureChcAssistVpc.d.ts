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
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt
 */
export declare function configureChcAssistVpc(client: CvmBaseClient, input: ConfigureChcAssistVpcRequest, options?: CvmCallOptions): Promise<ConfigureChcAssistVpcResponse>;

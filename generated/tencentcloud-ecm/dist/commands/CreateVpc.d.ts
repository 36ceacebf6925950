import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateVpcRequest, CreateVpcResponse } from "../types.js";
/**
 * 创建VPC
 *
 * 创建私有网络
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpcErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateVpc | API Explorer: call CreateVpc online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createVpc({
 *   VpcName: "vpc名称",
 *   CidrBlock: "10.10.0.0/28",
 *   EcmRegion: "ap-hangzhou-ecm",
 *   Description: "vpc描述",
 * });
 * console.log(res);
 */
export declare function createVpc(client: EcmBaseClient, input: CreateVpcRequest, options?: EcmCallOptions): Promise<CreateVpcResponse>;

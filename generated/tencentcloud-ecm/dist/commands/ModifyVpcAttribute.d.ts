import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyVpcAttributeRequest, ModifyVpcAttributeResponse } from "../types.js";
/**
 * 修改VPC属性
 *
 * 修改私有网络（VPC）的相关属性
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpcAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyVpcAttribute | API Explorer: call ModifyVpcAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyVpcAttribute({
 *   VpcName: "vpc名称",
 *   VpcId: "vpc-vpc-q6cke2sv",
 *   EcmRegion: "ap-hangzhou-ecm",
 *   Description: "vpc描述",
 * });
 * console.log(res);
 */
export declare function modifyVpcAttribute(client: EcmBaseClient, input: ModifyVpcAttributeRequest, options?: EcmCallOptions): Promise<ModifyVpcAttributeResponse>;

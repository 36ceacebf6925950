import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateSubnetRequest, CreateSubnetResponse } from "../types.js";
/**
 * 创建子网
 *
 * 创建子网，若创建成功，则此子网会成为此可用区的默认子网。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSubnetErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateSubnet | API Explorer: call CreateSubnet online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createSubnet({
 *   VpcId: "vpc-ila64qtl",
 *   SubnetName: "demo",
 *   CidrBlock: "10.0.1.0/24",
 *   Zone: "ap-hangzhou-ecm-1",
 *   Tags: [
 *     {
 *       Key: "city",
 *       Value: "hangzhou",
 *     },
 *   ],
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function createSubnet(client: EcmBaseClient, input: CreateSubnetRequest, options?: EcmCallOptions): Promise<CreateSubnetResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyDefaultSubnetRequest, ModifyDefaultSubnetResponse } from "../types.js";
/**
 * 修改默认子网
 *
 * 修改在一个可用区下创建实例时使用的默认子网（创建实例时，未填写VPC参数时使用的sunbetId）
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDefaultSubnetErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyDefaultSubnet | API Explorer: call ModifyDefaultSubnet online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyDefaultSubnet({
 *   EcmRegion: "ap-hangzhou-ecm",
 *   Zone: "ap-hangzhou-ecm-1",
 *   VpcId: "vpc-cp6wknwh",
 *   SubnetId: "subnet-jxa0xg1o",
 * });
 * console.log(res);
 */
export declare function modifyDefaultSubnet(client: EcmBaseClient, input: ModifyDefaultSubnetRequest, options?: EcmCallOptions): Promise<ModifyDefaultSubnetResponse>;

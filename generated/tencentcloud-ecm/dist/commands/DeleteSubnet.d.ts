import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteSubnetRequest, DeleteSubnetResponse } from "../types.js";
/**
 * 删除子网
 *
 * 删除子网，若子网为可用区下的默认子网，则默认子网会回退到系统自动创建的默认子网，非用户最新创建的子网。若默认子网不满足需求，可调用设置默认子网接口设置。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSubnetErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSubnet | API Explorer: call DeleteSubnet online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteSubnet({
 *   SubnetId: "subnet-jxa0xg1o",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function deleteSubnet(client: EcmBaseClient, input: DeleteSubnetRequest, options?: EcmCallOptions): Promise<DeleteSubnetResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteVpcRequest, DeleteVpcResponse } from "../types.js";
/**
 * 删除VPC
 *
 * 删除私有网络
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpcErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteVpc | API Explorer: call DeleteVpc online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteVpc({
 *   VpcId: "vpc-ila64qtl",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function deleteVpc(client: EcmBaseClient, input: DeleteVpcRequest, options?: EcmCallOptions): Promise<DeleteVpcResponse>;

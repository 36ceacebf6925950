import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteRouteTableRequest, DeleteRouteTableResponse } from "../types.js";
/**
 * 删除路由表
 *
 * 删除路由表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteRouteTableErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteRouteTable | API Explorer: call DeleteRouteTable online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteRouteTable({
 *   RouteTableId: "rtb-azd4dt1c",
 * });
 * console.log(res);
 */
export declare function deleteRouteTable(client: EcmBaseClient, input: DeleteRouteTableRequest, options?: EcmCallOptions): Promise<DeleteRouteTableResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteRoutesRequest, DeleteRoutesResponse } from "../types.js";
/**
 * 删除路由策略
 *
 * 对某个路由表批量删除路由策略
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteRoutesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteRoutes | API Explorer: call DeleteRoutes online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteRoutes({
 *   RouteTableId: "rtb-12345678",
 *   Routes: [
 *     {
 *       RouteId: 678,
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function deleteRoutes(client: EcmBaseClient, input: DeleteRoutesRequest, options?: EcmCallOptions): Promise<DeleteRoutesResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DisableRoutesRequest, DisableRoutesResponse } from "../types.js";
/**
 * 禁用子网路由
 *
 * 禁用已启用的子网路由
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisableRoutesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisableRoutes | API Explorer: call DisableRoutes online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.disableRoutes({
 *   RouteTableId: "rtb-12345678",
 *   RouteIds: [678],
 * });
 * console.log(res);
 */
export declare function disableRoutes(client: EcmBaseClient, input: DisableRoutesRequest, options?: EcmCallOptions): Promise<DisableRoutesResponse>;

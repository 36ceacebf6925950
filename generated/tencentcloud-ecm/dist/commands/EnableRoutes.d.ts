import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { EnableRoutesRequest, EnableRoutesResponse } from "../types.js";
/**
 * 启用子网路由
 *
 * 启用已禁用的子网路由。本接口会校验启用后，是否与已有路由冲突，如果冲突，则无法启用，失败处理。路由冲突时，需要先禁用与之冲突的路由，才能启用该路由。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EnableRoutesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=EnableRoutes | API Explorer: call EnableRoutes online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.enableRoutes({
 *   RouteTableId: "rtb-12345678",
 *   RouteIds: [678],
 * });
 * console.log(res);
 */
export declare function enableRoutes(client: EcmBaseClient, input: EnableRoutesRequest, options?: EcmCallOptions): Promise<EnableRoutesResponse>;

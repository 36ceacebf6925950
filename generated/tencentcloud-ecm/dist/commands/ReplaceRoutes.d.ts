import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ReplaceRoutesRequest, ReplaceRoutesResponse } from "../types.js";
/**
 * 替换路由策略
 *
 * 替换路由策略
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceRoutesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReplaceRoutes | API Explorer: call ReplaceRoutes online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.replaceRoutes({
 *   RouteTableId: "rtb-n0yejvje",
 *   Routes: [
 *     {
 *       RouteId: 678,
 *       DestinationCidrBlock: "192.168.0.0/16",
 *       GatewayType: "NORMAL_CVM",
 *       GatewayId: "10.212.0.15",
 *       RouteDescription: "TEST-ROUTE",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function replaceRoutes(client: EcmBaseClient, input: ReplaceRoutesRequest, options?: EcmCallOptions): Promise<ReplaceRoutesResponse>;

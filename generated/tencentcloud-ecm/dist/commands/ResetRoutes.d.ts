import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ResetRoutesRequest, ResetRoutesResponse } from "../types.js";
/**
 * 重置路由表名称和路由策略
 *
 * 对某个路由表名称和所有路由策略（Route）进行重新设置
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetRoutesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetRoutes | API Explorer: call ResetRoutes online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.resetRoutes({
 *   RouteTableId: "rtb-n0yejvje",
 *   RouteTableName: "ResetRouteTableName",
 *   Routes: [
 *     {
 *       DestinationCidrBlock: "192.168.0.0/16",
 *       GatewayType: "NORMAL_CVM",
 *       GatewayId: "172.16.16.37",
 *       RouteDescription: "test-route",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function resetRoutes(client: EcmBaseClient, input: ResetRoutesRequest, options?: EcmCallOptions): Promise<ResetRoutesResponse>;

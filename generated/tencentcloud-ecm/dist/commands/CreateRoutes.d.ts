import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateRoutesRequest, CreateRoutesResponse } from "../types.js";
/**
 * 创建路由策略
 *
 * 创建路由策略
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateRoutesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateRoutes | API Explorer: call CreateRoutes online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createRoutes({
 *   RouteTableId: "rtb-n0yejvje",
 *   Routes: [
 *     {
 *       DestinationCidrBlock: "192.168.0.0/16",
 *       GatewayType: "NORMAL_CVM",
 *       GatewayId: "10.212.0.13",
 *       RouteDescription: "demo",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createRoutes(client: EcmBaseClient, input: CreateRoutesRequest, options?: EcmCallOptions): Promise<CreateRoutesResponse>;

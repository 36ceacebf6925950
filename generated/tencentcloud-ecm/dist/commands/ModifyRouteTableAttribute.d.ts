import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyRouteTableAttributeRequest, ModifyRouteTableAttributeResponse } from "../types.js";
/**
 * 修改路由表属性
 *
 * 修改路由表属性
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyRouteTableAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyRouteTableAttribute | API Explorer: call ModifyRouteTableAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyRouteTableAttribute({
 *   RouteTableId: "rtb-n0yejvje",
 *   RouteTableName: "NewRouteTableName",
 * });
 * console.log(res);
 */
export declare function modifyRouteTableAttribute(client: EcmBaseClient, input: ModifyRouteTableAttributeRequest, options?: EcmCallOptions): Promise<ModifyRouteTableAttributeResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ReplaceRouteTableAssociationRequest, ReplaceRouteTableAssociationResponse } from "../types.js";
/**
 * 替换路由表绑定关系
 *
 * 修改子网关联的路由表，一个子网只能关联一个路由表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceRouteTableAssociationErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReplaceRouteTableAssociation | API Explorer: call ReplaceRouteTableAssociation online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.replaceRouteTableAssociation({
 *   RouteTableId: "rtb-n0yejvje",
 *   SubnetId: "subnet-q2079ils",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function replaceRouteTableAssociation(client: EcmBaseClient, input: ReplaceRouteTableAssociationRequest, options?: EcmCallOptions): Promise<ReplaceRouteTableAssociationResponse>;

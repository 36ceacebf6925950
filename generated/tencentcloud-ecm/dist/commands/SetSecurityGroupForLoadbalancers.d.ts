import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { SetSecurityGroupForLoadbalancersRequest, SetSecurityGroupForLoadbalancersResponse } from "../types.js";
/**
 * 绑定或解绑一个安全组到多个负载均衡实例
 *
 * 绑定或解绑一个安全组到多个负载均衡实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link SetSecurityGroupForLoadbalancersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=SetSecurityGroupForLoadbalancers | API Explorer: call SetSecurityGroupForLoadbalancers online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.setSecurityGroupForLoadbalancers({
 *   LoadBalancerIds: ["lb-mov2697v"],
 *   SecurityGroup: "esg-0t3h9lmk",
 *   OperationType: "ADD",
 * });
 * console.log(res);
 */
export declare function setSecurityGroupForLoadbalancers(client: EcmBaseClient, input: SetSecurityGroupForLoadbalancersRequest, options?: EcmCallOptions): Promise<SetSecurityGroupForLoadbalancersResponse>;

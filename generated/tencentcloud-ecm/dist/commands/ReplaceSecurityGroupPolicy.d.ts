import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ReplaceSecurityGroupPolicyRequest, ReplaceSecurityGroupPolicyResponse } from "../types.js";
/**
 * 替换单条安全组路由规则
 *
 * 替换单条安全组路由规则, 单个请求中只能替换单个方向的一条规则, 必须要指定索引（PolicyIndex）。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceSecurityGroupPolicyErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReplaceSecurityGroupPolicy | API Explorer: call ReplaceSecurityGroupPolicy online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.replaceSecurityGroupPolicy({
 *   SecurityGroupId: "esg-ohuuioma",
 *   SecurityGroupPolicySet: {
 *     Version: "20",
 *     Egress: [
 *       {
 *         PolicyIndex: 1,
 *         Protocol: "tcp",
 *         Port: "8080",
 *         Action: "accept",
 *         CidrBlock: "10.0.0.0/24",
 *         PolicyDescription: "demo",
 *       },
 *     ],
 *   },
 * });
 * console.log(res);
 */
export declare function replaceSecurityGroupPolicy(client: EcmBaseClient, input: ReplaceSecurityGroupPolicyRequest, options?: EcmCallOptions): Promise<ReplaceSecurityGroupPolicyResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifySecurityGroupPoliciesRequest, ModifySecurityGroupPoliciesResponse } from "../types.js";
/**
 * 修改安全组出站和入站规则
 *
 * 修改安全组出站和入站规则
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupPoliciesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifySecurityGroupPolicies | API Explorer: call ModifySecurityGroupPolicies online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifySecurityGroupPolicies({
 *   SecurityGroupId: "esg-ohuuioma",
 *   SecurityGroupPolicySet: {
 *     Egress: [
 *       {
 *         Protocol: "TCP",
 *         Port: "80",
 *         Action: "accept",
 *         CidrBlock: "10.0.0.0/16",
 *         PolicyDescription: "demo",
 *       },
 *     ],
 *     Ingress: [
 *       {
 *         Protocol: "TCP",
 *         Port: "8080",
 *         Action: "accept",
 *         CidrBlock: "10.0.0.0/16",
 *         PolicyDescription: "demo",
 *       },
 *     ],
 *   },
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupPolicies(client: EcmBaseClient, input: ModifySecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<ModifySecurityGroupPoliciesResponse>;

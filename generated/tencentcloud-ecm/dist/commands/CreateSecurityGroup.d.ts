import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateSecurityGroupRequest, CreateSecurityGroupResponse } from "../types.js";
/**
 * 创建安全组
 *
 * 创建安全组
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateSecurityGroup | API Explorer: call CreateSecurityGroup online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createSecurityGroup({
 *   GroupName: "demo",
 *   GroupDescription: "demo",
 *   Tags: [
 *     {
 *       Key: "city",
 *       Value: "shanghai",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createSecurityGroup(client: EcmBaseClient, input: CreateSecurityGroupRequest, options?: EcmCallOptions): Promise<CreateSecurityGroupResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DisassociateSecurityGroupsRequest, DisassociateSecurityGroupsResponse } from "../types.js";
/**
 * 解绑安全组
 *
 * 解绑安全组
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateSecurityGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisassociateSecurityGroups | API Explorer: call DisassociateSecurityGroups online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.disassociateSecurityGroups({
 *   InstanceIds: ["ein-2zvpghhc", "ein-915zrb0p"],
 *   SecurityGroupIds: ["esg-9id3l839"],
 * });
 * console.log(res);
 */
export declare function disassociateSecurityGroups(client: EcmBaseClient, input: DisassociateSecurityGroupsRequest, options?: EcmCallOptions): Promise<DisassociateSecurityGroupsResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteSecurityGroupRequest, DeleteSecurityGroupResponse } from "../types.js";
/**
 * 删除安全组
 *
 * 只有当前账号下的安全组允许被删除。安全组实例ID如果在其他安全组的规则中被引用，则无法直接删除。这种情况下，需要先进行规则修改，再删除安全组。删除的安全组无法再找回，请谨慎调用。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSecurityGroup | API Explorer: call DeleteSecurityGroup online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteSecurityGroup({
 *   SecurityGroupId: "esg-kxxx1gb1",
 * });
 * console.log(res);
 */
export declare function deleteSecurityGroup(client: EcmBaseClient, input: DeleteSecurityGroupRequest, options?: EcmCallOptions): Promise<DeleteSecurityGroupResponse>;

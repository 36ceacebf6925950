import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { DeleteSecurityGroupPolicyRequest, DeleteSecurityGroupPolicyResponse } from "../types.js";
/**
 * 删除安全组规则
 *
 * 本接口（DeleteSecurityGroupPolicy）用于删除安全组规则。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupPolicyErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tencentcloud-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteSecurityGroupPolicy({
 *   sgId: "sg-8pmkv2xx",
 *   version: 2,
 *   direction: "ingress",
 *   indexes: ["0"],
 * });
 * console.log(res);
 */
export declare function deleteSecurityGroupPolicy(client: DfwV2BaseClient, input: DeleteSecurityGroupPolicyRequest, options?: DfwV2CallOptions): Promise<DeleteSecurityGroupPolicyResponse>;

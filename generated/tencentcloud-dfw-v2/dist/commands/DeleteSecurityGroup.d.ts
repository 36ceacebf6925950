import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { DeleteSecurityGroupRequest, DeleteSecurityGroupResponse } from "../types.js";
/**
 * 删除安全组
 *
 * 本接口（DeleteSecurityGroup）用于删除新的安全组。1. 安全组可以通过系统生成的唯一 ID（前缀为 sg 的字符串）为索引来进行删除。只有当前账号下的安全组允许被删除。2. 安全组 ID 如果在其他安全组的规则中被引用，则无法直接删除。这种情况下，需要调用 DescribeAssociateSecurityGroups 查询出这些安全组，进行规则修改，再删除原来的安全组。删除的安全组无法再找回，请谨慎调用。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tencentcloud-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteSecurityGroup({
 *   sgId: "sg-c3y9ak17",
 * });
 * console.log(res);
 */
export declare function deleteSecurityGroup(client: DfwV2BaseClient, input: DeleteSecurityGroupRequest, options?: DfwV2CallOptions): Promise<DeleteSecurityGroupResponse>;

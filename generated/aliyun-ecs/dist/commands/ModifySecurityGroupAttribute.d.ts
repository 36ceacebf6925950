import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifySecurityGroupAttributeRequest, ModifySecurityGroupAttributeResponse } from "../types.js";
/**
 * 修改指定安全组的属性，包括修改安全组名称和描述
 *
 * 修改指定安全组的属性，包括修改安全组名称和描述。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifySecurityGroupAttribute({
 *   SecurityGroupId: "sg-F876F****",
 *   RegionId: "cn-hangzhou",
 *   SecurityGroupName: "New****",
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupAttribute(client: EcsBaseClient, input: ModifySecurityGroupAttributeRequest, options?: EcsCallOptions): Promise<ModifySecurityGroupAttributeResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifySecurityGroupPolicyRequest, ModifySecurityGroupPolicyResponse } from "../types.js";
/**
 * 修改安全组内网连通策略
 *
 * 修改安全组内网连通策略。
 * 调用该接口时，您需要注意：
 * - 参数 InnerAccessPolicy 的值为 Accept 时，安全组内的实例之间的网络是互通的。此时，遵循 Accept 优先原则，即安全组内的实例之间的网络一直保持互通，不受用户自定义安全组规则影响。
 * - 参数 InnerAccessPolicy 的值为 Drop 时，安全组内的实例之间的网络是隔离的。此时，遵循用户自定义安全组规则优先原则，即安全组内的实例之间的网络虽然是隔离的，但您可以自定义安全组规则改变内网状态。例如，您可以通过 AuthorizeSecurityGroup 使安全组内的两台 ECS 实例网络互通。
 * - 您可以通过 DescribeSecurityGroupAttribute 查询当前安全组内网连通策略。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupPolicyErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifySecurityGroupPolicy({
 *   RegionId: "cn-hangzhou",
 *   SecurityGroupId: "sg-11****",
 *   InnerAccessPolicy: "Drop",
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupPolicy(client: EcsBaseClient, input: ModifySecurityGroupPolicyRequest, options?: EcsCallOptions): Promise<ModifySecurityGroupPolicyResponse>;

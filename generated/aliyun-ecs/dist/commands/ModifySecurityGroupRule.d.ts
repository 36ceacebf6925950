import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifySecurityGroupRuleRequest, ModifySecurityGroupRuleResponse } from "../types.js";
/**
 * 修改安全组入方向规则的描述信息
 *
 * 修改安全组入方向规则的描述信息。
 * 如果您还没有增加过安全组规则，可以调用 AuthorizeSecurityGroup 增加。以下任意一组参数可以确定一条安全组入方向规则，只指定一个参数无法确定一条安全组规则。
 * - 授权指定 IP 地址段的访问权限：IpProtocol、PortRange、（可选）SourcePortRange、NicType、Policy、DestCiderIp 和（可选）SourceCidrIp。
 * - 授权其他安全组的访问权限：IpProtocol、PortRange、（可选）SourcePortRange、NicType、Policy、（可选）DestCiderIp、DestGroupOwnerAccount 和 DestGroupId。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupRuleErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifySecurityGroupRule({
 *   SecurityGroupId: "sg-F876F****",
 *   SourceGroupId: "sg-1651F****",
 *   SourceGroupOwnerAccount: "test@aliyun.com",
 *   IpProtocol: "tcp",
 *   PortRange: "80/80",
 *   Policy: "allow",
 *   Description: "This is a new security group rule.",
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupRule(client: EcsBaseClient, input: ModifySecurityGroupRuleRequest, options?: EcsCallOptions): Promise<ModifySecurityGroupRuleResponse>;

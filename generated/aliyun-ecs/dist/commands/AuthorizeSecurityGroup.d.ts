import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { AuthorizeSecurityGroupRequest, AuthorizeSecurityGroupResponse } from "../types.js";
/**
 * 设定安全组对外容许的访问权限
 *
 * 设定安全组 In方向的访问权限。
 * 调用该接口时，请注意：
 * - 可支持的授权策略为：accept（接受访问）和 drop（拒绝访问）。
 * - 可支持不同的网络类型，如 NicType 可选择 internet 或 intranet，分别表示公网或内网。VPC 类型的 ECS 实例，只支持 intranet 类型。
 * - 每个安全组最多有100条安全组规则。
 * - 安全组的优先级根据创建的时间降序排序匹配。
 * - 规则优先级可选范围为1-100，默认值为1，即最高优先级。数字越大，代表优先级越低。
 * - 相同优先级的授权规则，授权策略为 drop 的规则优先。
 * - 组和组之间的授权只能在内网，即 NicType 只能选择 intranet。
 * - 安全组规则由两组可选参数中的一组组成：SourceGroupOwnerAccount、SourceGroupId、IpProtocol、PortRange、NicType、Policy 或者 SourceCidrIp、IpProtocol、PortRange、NicType、Policy。如匹配的规则已存在将会报错。
 * - 支持两种授权方式：
 * - 授权同一 VPC（VPC）内其他安全组（允许跨用户授权）对其的访问权限。
 * - 授权指定某 IP 地址范围（CIDR 格式）对其的访问权限。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AuthorizeSecurityGroupErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.authorizeSecurityGroup({
 *   SecurityGroupId: "sg-F876F****",
 *   SourceGroupId: "sg-1651F****",
 *   SourceGroupOwnerAccount: "test@aliyun.com",
 *   IpProtocol: "tcp",
 *   PortRange: "1/65535",
 * });
 * console.log(res);
 */
export declare function authorizeSecurityGroup(client: EcsBaseClient, input: AuthorizeSecurityGroupRequest, options?: EcsCallOptions): Promise<AuthorizeSecurityGroupResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { RevokeSecurityGroupRequest, RevokeSecurityGroupResponse } from "../types.js";
/**
 * 取消 Group 对外提供的访问权限
 *
 * 撤销安全组规则。
 * 撤销安全组的访问权限支持两种方式：
 * - 撤销本VPC内（VPC）其他安全组采用指定协议通过指定端口对本安全组的授权规则；
 * - 撤销IP网段采用指定协议通过指定端口访问本安全组，只有调用授权接口授权的权限条目才可以删除。
 * 安全组规则由两组可选参数中的一组组成：SourceGroupOwnerAccount、SourceGroupId、IpProtocol、PortRange、NicType、Policy或者SourceCidrIp、IpProtocol、PortRange、NicType、Policy。如匹配的规则找不到将会报错。
 * RevokeSecurityGroup和RevokeSecurityGroupEgress都是用来操作安全组规则的，但是有区别：
 * - RevokeSecurityGroup 是用来撤销入方向的安全组规则，也就是In方向上的规则。
 * - RevokeSecurityGroupEgress 是用来撤销出方向的安全组规则。
 * 一般来说，前者的使用更多，您根据实际情况来选择一个方法即可。
 * 类似地，AuthorizeSecurityGroup和AuthorizeSecurityGroupEgress也是这样，前者授权入方向的规则，后者授权出方向的规则。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RevokeSecurityGroupErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.revokeSecurityGroup({
 *   SecurityGroupId: "C0003E8B-B930-4F59-ADC0-0E209A90****",
 *   SourceGroupId: "sg-F876F****",
 *   SourceGroupOwnerAccount: "test@aliyun.com",
 *   IpProtocol: "tcp",
 *   PortRange: "1/65535",
 * });
 * console.log(res);
 */
export declare function revokeSecurityGroup(client: EcsBaseClient, input: RevokeSecurityGroupRequest, options?: EcsCallOptions): Promise<RevokeSecurityGroupResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { RevokeSecurityGroupEgressRequest, RevokeSecurityGroupEgressResponse } from "../types.js";
/**
 * 撤销安全组Out方向的访问规则
 *
 * 撤销一条出方向安全组规则。
 * 撤销安全组出方向的访问规则。支持两种方式：
 * - 本VPC内采用指定协议通过指定端口访问其他安全组。
 * - 采用指定协议通过指定端口访问IP地址范围，只有调用授权接口授权的权限条目才可以删除（参数值跟授权时的参数相同）。
 * 安全组规则由两组可选参数中的一组组成：DestGroupOwnerAccount、DestGroupId、IpProtocol、PortRange、NicType、Policy或者DestCidrIp、IpProtocol、PortRange、NicType、Policy。如匹配的规则找不到将会报错。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RevokeSecurityGroupEgressErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.revokeSecurityGroupEgress({
 *   SecurityGroupId: "sg-94n63****",
 *   IpProtocol: "tcp",
 *   DestGroupId: "sg-94oi1****",
 *   PortRange: "1/65535",
 * });
 * console.log(res);
 */
export declare function revokeSecurityGroupEgress(client: EcsBaseClient, input: RevokeSecurityGroupEgressRequest, options?: EcsCallOptions): Promise<RevokeSecurityGroupEgressResponse>;

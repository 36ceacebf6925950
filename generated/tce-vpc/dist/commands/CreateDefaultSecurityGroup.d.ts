import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateDefaultSecurityGroupRequest, CreateDefaultSecurityGroupResponse } from "../types.js";
/**
 * 创建默认安全组
 *
 * 本接口 (CreateDefaultSecurityGroup) 用于创建 (如果项目下未存在默认安全组, 则创建; 已存在则获取。) 默认安全组 (SecurityGroup)。
 * - 每个账户下每个地域的每个项目的安全组数量限制。
 * - 新建的安全组的入站和出站规则默认都是全部拒绝, 在创建后通常您需要再调用CreateSecurityGroupPolicies将安全组的规则设置为需要的规则。
 * - 创建安全组同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDefaultSecurityGroupErrorCode}.
 */
export declare function createDefaultSecurityGroup(client: VpcBaseClient, input?: CreateDefaultSecurityGroupRequest, options?: VpcCallOptions): Promise<CreateDefaultSecurityGroupResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateSecurityGroupRequest, CreateSecurityGroupResponse } from "../types.js";
/**
 * 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置
 *
 * 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置。一个安全组可包含多个实例。
 * 调用该接口时，请注意：
 * - 新建的安全组，默认只打开组内实例之间的访问权限，其他访问权限全部关闭。若用户允许其他组的实例或来自互联网的访问，则可通过授权安全组权限接口来对安全组防火墙策略进行修改。
 * - 防火墙规则区分内网和公网。
 * - 每个用户最多可创建 100 个安全组。
 * - 创建专有网络类型的安全组，需要指定 VpcId。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.createSecurityGroup({
 *   RegionId: "cn-hangzhou",
 *   Description: "for_demo",
 * });
 * console.log(res);
 */
export declare function createSecurityGroup(client: EcsBaseClient, input: CreateSecurityGroupRequest, options?: EcsCallOptions): Promise<CreateSecurityGroupResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyInstanceVpcAttributeRequest, ModifyInstanceVpcAttributeResponse } from "../types.js";
/**
 * 修改云服务器实例的 VPC 属性
 *
 * 修改云服务器实例的 VPC 属性。
 * 调用该端口修改实例的VPC属性时，请注意：
 * - 指定 VSwitchId 修改 VPC 属性时，指定的 VSwitchId，必须属于当前的专有网络。
 * - 指定实例的当前交换机和新的交换机必须要属于同一个可用区。
 * - 指定 VSwitchId 不指定 PrivateIpAddress 时，系统自动为云服务器实例分配一个空闲的私网 IP。
 * - 同时指定 VSwitchId 和 PrivateIpAddress 时，私网 IP 要属于指定交换机的网段。
 * - PrivateIpAddress 依赖于 VSwitchId，不能单独指定 PrivateIpAddress。
 * - 进行修改操作的云服务器实例必须是 Stopped 状态，新创建的云服务器实例必须要经过一次启动/停止才能更改所属的交换机。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceVpcAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.modifyInstanceVpcAttribute({
 *   InstanceId: "35F20777-0DFF-C152-41FA-BCE0EA0B2FD7",
 *   VSwitchId: "[vswi****]",
 * });
 * console.log(res);
 */
export declare function modifyInstanceVpcAttribute(client: EcsBaseClient, input: ModifyInstanceVpcAttributeRequest, options?: EcsCallOptions): Promise<ModifyInstanceVpcAttributeResponse>;

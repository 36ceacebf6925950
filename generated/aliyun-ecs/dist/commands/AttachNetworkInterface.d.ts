import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse } from "../types.js";
/**
 * 附加弹性网卡（ENI）到专有网络（VPC）实例上
 *
 * 调用AttachNetworkInterface接口将弹性网卡（ENI）附加至专有网络（VPC）实例。
 * 调用该接口时，请注意：
 * - 弹性网卡必须处于可用（Available）状态。
 * - ECS实例必须处于停止（Stopped）状态。
 * - 弹性网卡只能附加到VPC类型的ECS实例，且必须与ECS实例在同一VPC内。
 * - 一个弹性网卡只能同时附加到一个ECS实例上。
 * - 一个ECS实例可以同时附加多个弹性网卡，请参见 云服务器ECS产品简介 中的实例规格章节。
 * - 由于VPC交换机不能跨可用区，弹性网卡附加的ECS实例与弹性网卡所在的交换机必须属于同一可用区。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.attachNetworkInterface({
 *   RegionId: "cn-hangzhou",
 *   NetworkInterfaceId: "[networkInterfaceId]",
 *   InstanceId: "AY121018033933eae8xxxxx",
 * });
 * console.log(res);
 */
export declare function attachNetworkInterface(client: EcsBaseClient, input: AttachNetworkInterfaceRequest, options?: EcsCallOptions): Promise<AttachNetworkInterfaceResponse>;

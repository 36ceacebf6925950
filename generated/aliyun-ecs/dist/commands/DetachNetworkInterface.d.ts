import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DetachNetworkInterfaceRequest, DetachNetworkInterfaceResponse } from "../types.js";
/**
 * 从实例上分离弹性网卡（ENI）
 *
 * 从实例上分离弹性网卡（ENI）。
 * 调用该接口时，请注意：
 * - 不允许分离 ECS 实例的主网卡。
 * - 弹性网卡必须处于使用中（InUse）状态。
 * - ECS 实例必须处于停止（Stopped）状态。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.detachNetworkInterface({
 *   RegionId: "cn-hangzhou",
 *   NetworkInterfaceId: "[networkInterfaceId]",
 *   InstanceId: "AY121018033933eaxxxx",
 * });
 * console.log(res);
 */
export declare function detachNetworkInterface(client: EcsBaseClient, input: DetachNetworkInterfaceRequest, options?: EcsCallOptions): Promise<DetachNetworkInterfaceResponse>;

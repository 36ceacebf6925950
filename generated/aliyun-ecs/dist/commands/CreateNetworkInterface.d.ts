import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateNetworkInterfaceRequest, CreateNetworkInterfaceResponse } from "../types.js";
/**
 * 创建一个弹性网卡（ENI）
 *
 * 创建一个弹性网卡（ENI）。
 * 调用该接口时，请注意：
 * - 您可以将弹性网卡附加到同一可用区的 VPC 内实例。弹性网卡只支持附加到 VPC 网络实例。
 * - 用户创建一个弹性网卡后，将其附加到一个实例上，可以与该实例分离后再附加到另一个实例上。弹性网卡在附加到一个实例，或者从实例分离后重新附加到另一实例时，其属性跟随该弹性网卡。
 * - 当用户将弹性网卡从一个实例转移到另一个实例时，网络流量也会重定向到新的实例。
 * - 新创建的弹性网卡为可用（Available）状态。
 * - 一个用户在一个 Region 内最多只能创建 100 个弹性网卡。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.createNetworkInterface({
 *   RegionId: "cn-hangzhou",
 *   VSwitchId: "[vswitchid]",
 *   SecurityGroupId: "sg-c0003exxxxx",
 * });
 * console.log(res);
 */
export declare function createNetworkInterface(client: EcsBaseClient, input: CreateNetworkInterfaceRequest, options?: EcsCallOptions): Promise<CreateNetworkInterfaceResponse>;

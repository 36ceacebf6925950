import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceResponse } from "../types.js";
/**
 * 删除弹性网卡（ENI）
 *
 * 删除弹性网卡（ENI）。
 * 调用该接口时，请注意：
 * - 弹性网卡必须处于可用（Available）状态。
 * - 如果弹性网卡已经附加到 ECS 实例，必须先 DetachNetworkInterface，才能删除弹性网卡。
 * - 删除弹性网卡之后：
 * - 弹性网卡的主私有 IP 地址（PrimaryIpAddress）自动释放。
 * - 被删除的弹性网卡退出所属的所有安全组。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.deleteNetworkInterface({
 *   RegionId: "cn-hangzhou",
 *   NetworkInterfaceId: "[networkInterfaceId]",
 * });
 * console.log(res);
 */
export declare function deleteNetworkInterface(client: EcsBaseClient, input: DeleteNetworkInterfaceRequest, options?: EcsCallOptions): Promise<DeleteNetworkInterfaceResponse>;

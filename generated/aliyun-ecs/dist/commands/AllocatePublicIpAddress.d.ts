import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { AllocatePublicIpAddressRequest, AllocatePublicIpAddressResponse } from "../types.js";
/**
 * 给一个特定实例分配一个可用公网IP地址
 *
 * 给一个特定实例分配一个可用公网IP地址。
 * 调用该接口时，请注意：
 * - 实例的状态必须为 Running 或 Stopped 状态，才可以调用此接口。
 * - 分配的 IP 必须在实例启动或重启后才能生效。
 * - 分配的时候只能是 IP，不能是 IP 段。
 * - 目前，一个实例只能分配一个 IP。当调用此接口时，如果实例已经拥有一个公网 IP，将直接返回原 IP 地址。
 * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，不能分配公网 IP。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AllocatePublicIpAddressErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.allocatePublicIpAddress({
 *   InstanceId: "i-insta****",
 * });
 * console.log(res);
 */
export declare function allocatePublicIpAddress(client: EcsBaseClient, input: AllocatePublicIpAddressRequest, options?: EcsCallOptions): Promise<AllocatePublicIpAddressResponse>;

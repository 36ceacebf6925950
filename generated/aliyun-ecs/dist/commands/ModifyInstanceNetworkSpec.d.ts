import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyInstanceNetworkSpecRequest, ModifyInstanceNetworkSpecResponse } from "../types.js";
/**
 * 修改实例的带宽配置
 *
 * 修改实例的带宽配置。
 * 当实例现有网络规格不满足要求时，可以通过此接口修改实例的网络规格来提高网络性能。调用该接口时，请注意：
 * - 操作只修改显式给定的参数，没有给定的参数将不会被修改。
 * - 只有实例状态为 Stopped 或 Running 时才可以修改实例的出入公网最大带宽。
 * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能修改实例网络规格。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceNetworkSpecErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.modifyInstanceNetworkSpec({
 *   InstanceId: "i-23nn2****",
 *   InternetMaxBandwidthOut: 20,
 * });
 * console.log(res);
 */
export declare function modifyInstanceNetworkSpec(client: EcsBaseClient, input: ModifyInstanceNetworkSpecRequest, options?: EcsCallOptions): Promise<ModifyInstanceNetworkSpecResponse>;

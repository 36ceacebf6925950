import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyNetworkInterfaceAttributeRequest, ModifyNetworkInterfaceAttributeResponse } from "../types.js";
/**
 * 修改弹性网卡的属性
 *
 * 修改弹性网卡的属性。
 * 调用该接口时，请注意：
 * - 修改弹性网卡（ENI）属性。
 * - 一次只能修改一个弹性网卡的属性。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkInterfaceAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifyNetworkInterfaceAttribute({
 *   RegionId: "cn-hangzhou",
 *   NetworkInterfaceId: "[networkInterfaceId]",
 * });
 * console.log(res);
 */
export declare function modifyNetworkInterfaceAttribute(client: EcsBaseClient, input: ModifyNetworkInterfaceAttributeRequest, options?: EcsCallOptions): Promise<ModifyNetworkInterfaceAttributeResponse>;

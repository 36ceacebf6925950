import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DetachKeyPairRequest, DetachKeyPairResponse } from "../types.js";
/**
 * 为一台或者多台 Linux 实例解绑 SSH 密钥对
 *
 * 为一台或者多台 Linux 实例解绑 SSH 密钥对。
 * 使用该接口时，请注意：
 * - 解绑 SSH 密钥对后，您需要重启实例（RebootInstance）使更改生效。
 * - 解绑 SSH 密钥对后，实例默认使用用户名和密码的验证方式。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachKeyPairErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.detachKeyPair({
 *   RegionId: "cn-qingdao",
 *   InstanceIds: "[\"i-xxxxxxx\", \"i-yyyyyyy\"]",
 *   KeyPairName: "test",
 * });
 * console.log(res);
 */
export declare function detachKeyPair(client: EcsBaseClient, input: DetachKeyPairRequest, options?: EcsCallOptions): Promise<DetachKeyPairResponse>;

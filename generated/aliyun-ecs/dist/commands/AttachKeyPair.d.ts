import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { AttachKeyPairRequest, AttachKeyPairResponse } from "../types.js";
/**
 * 绑定一个 SSH 密钥对到一台或多台 Linux 实例
 *
 * 绑定一个 SSH 密钥对到一台或多台 Linux 实例。
 * 当您使用该接口时，需要注意：
 * - Windows 实例不支持 SSH 密钥对。
 * - 绑定 SSH 密钥对后，将禁用用户名加密码的验证方式。
 * - 如果实例处于 运行中 (Running) 状态，重启实例 (RebootInstance) 后，SSH 密钥对生效。
 * - 如果实例处于 停止 (Stopped) 状态，启动实例 (StartInstance) 后，SSH 密钥对生效。
 * - 如果实例已经绑定了 SSH 密钥对，新的 SSH 密钥对自动替换原来的 SSH 密钥对。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachKeyPairErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.attachKeyPair({
 *   RegionId: "cn-qingdao",
 *   KeyPairName: "test",
 *   InstanceIds: "[\"i-XXXXX\"]",
 * });
 * console.log(res);
 */
export declare function attachKeyPair(client: EcsBaseClient, input: AttachKeyPairRequest, options?: EcsCallOptions): Promise<AttachKeyPairResponse>;

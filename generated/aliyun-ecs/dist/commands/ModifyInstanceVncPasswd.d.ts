import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyInstanceVncPasswdRequest, ModifyInstanceVncPasswdResponse } from "../types.js";
/**
 * 修改ECS 实例的VNC登录口令
 *
 * 修改ECS实例的VNC登录口令。
 * 调用该接口时，请注意：
 * - 密码长度必须是6个字符，必须同时包含大小写字母和数字。
 * - 修改密码后，如果是I/O优化的实例，立刻生效，无需重启实例；非I/O优化的实例，重启实例才能生效。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceVncPasswdErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifyInstanceVncPasswd({
 *   DescribeInstanceVncUrl: "",
 *   InstanceId: "AY121018033933eae****",
 *   VncPassword: "123****",
 * });
 * console.log(res);
 */
export declare function modifyInstanceVncPasswd(client: EcsBaseClient, input: ModifyInstanceVncPasswdRequest, options?: EcsCallOptions): Promise<ModifyInstanceVncPasswdResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyImageSharePermissionRequest, ModifyImageSharePermissionResponse } from "../types.js";
/**
 * 管理镜像共享
 *
 * 管理镜像共享可以把用户的自定义镜像共享给其他阿里云账号，该账号可以使用共享的自定义镜像进行创建实例和更换系统盘操作。
 * 调用该镜像时，请注意：
 * - 用户只能把自己拥有的自定义镜像共享给其他账号。
 * - 每个镜像单次最多共享给 10 个账号。单次最多可以删除 10 个共享账号。超过 10 系统会忽略该参数。
 * - 每个用户最多可以获得 30 个共享镜像。白名单可配置。
 * - 每个镜像最多可以共享给 50 个用户。可以申请白名单，该账号下的自定义镜像可以共享给更多的用户。
 * - 如果镜像的拥有者删除共享给您的镜像或者共享关系，您的已经使用的该共享镜像的实例重置系统盘会失败。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyImageSharePermissionErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifyImageSharePermission({
 *   RegionId: "cn-hangzhou",
 *   ImageId: "m-28123****",
 *   AddAccount: ["2341234****"],
 * });
 * console.log(res);
 */
export declare function modifyImageSharePermission(client: EcsBaseClient, input: ModifyImageSharePermissionRequest, options?: EcsCallOptions): Promise<ModifyImageSharePermissionResponse>;

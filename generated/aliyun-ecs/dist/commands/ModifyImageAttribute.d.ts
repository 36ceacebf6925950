import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyImageAttributeRequest, ModifyImageAttributeResponse } from "../types.js";
/**
 * 修改镜像属性
 *
 * 可以修改自定义镜像的名称和描述。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifyImageAttribute({
 *   ImageId: "m-28123****",
 *   RegionId: "cn-qingdao",
 *   ImageName: "testImag****",
 * });
 * console.log(res);
 */
export declare function modifyImageAttribute(client: EcsBaseClient, input: ModifyImageAttributeRequest, options?: EcsCallOptions): Promise<ModifyImageAttributeResponse>;

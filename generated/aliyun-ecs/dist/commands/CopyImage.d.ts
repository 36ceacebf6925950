import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CopyImageRequest, CopyImageResponse } from "../types.js";
/**
 * 复制镜像
 *
 * 复制镜像可以把用户的某个地域的自定义镜像复制到其他地域进行跨地域一致性部署，在其他地域可以使用复制后的镜像进行创建实例和更换系统盘等操作。
 * 调用该接口时，请注意：
 * - 只有自定义镜像为可用状态才可以进行复制。
 * - 制镜像需通过工单进行申请才能开通。
 * - 复制的镜像只能在本账号下进行，不能跨账号进行复制。
 * - 该镜像没有复制完成，是不能进行删除操作，可以进行取消复制操作。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CopyImageErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.copyImage({
 *   DestinationRegionId: "cn-hangzhou",
 *   ImageId: "m-28123****",
 *   RegionId: "cn-qingdao",
 * });
 * console.log(res);
 */
export declare function copyImage(client: EcsBaseClient, input: CopyImageRequest, options?: EcsCallOptions): Promise<CopyImageResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeImagesRequest, DescribeImagesResponse } from "../types.js";
/**
 * 查询用户可以使用的镜像列表
 *
 * 查询用户可以使用的镜像列表。
 * 调用该接口，请注意：
 * - 显示出的镜像资源列表包括用户自己私有的镜像和阿里云提供系统资源。
 * - 此接口支持分页查询，查询结果包括可使用的镜像资源的总数和当前页的镜像资源。每页的数量默认为 10 条。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImagesErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeImages({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeImages(client: EcsBaseClient, input: DescribeImagesRequest, options?: EcsCallOptions): Promise<DescribeImagesResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ExportImageRequest, ExportImageResponse } from "../types.js";
/**
 * 导出镜像
 *
 * 导出镜像是把客户的自定义镜像导出到与自定义镜像相同的地域的OSS里面。
 * 调用该接口时，请注意：
 * - 只有可用的自定义镜像才能导出。
 * - 导出镜像前，需要通过RAM给阿里云ECS官方服务账号授权写入OSS的权限。
 * - i. 创建角色：AliyunECSImageExportDefaultRole（必须是这个名称，否则导出镜像会失败），角色的策略：
 * { "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": [ "ecs.example.com" ] } } ], "Version": "1" }
 * - ii. 在该角色下直接加入默认的系统权限策略：AliyunECSImageExportRolePolicy，这个策略是ECS提供导出镜像的默认策略，你也可以创建自定义策略，权限需要包含：
 * { "Version": "1", "Statement": [ { "Action": [ "oss:GetObject", "oss:PutObject", "oss:DeleteObject", "oss:GetBucketLocation", "oss:AbortMultipartUpload", "oss:ListMultipartUploads", "oss:ListParts" ], "Resource": "*", "Effect": "Allow" } ] }
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ExportImageErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.exportImage({
 *   RegionId: "cn-hangzhou",
 *   ImageId: "m-23123****",
 *   OSSBucket: "testexportl****",
 * });
 * console.log(res);
 */
export declare function exportImage(client: EcsBaseClient, input: ExportImageRequest, options?: EcsCallOptions): Promise<ExportImageResponse>;

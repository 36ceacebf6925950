import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ImportImageRequest, ImportImageResponse } from "../types.js";
/**
 * 导入镜像
 *
 * 导入镜像是把客户线下的一个镜像文件导入到ECS环境中生成一个自定义镜像。可以使用这个镜像来创建ECS实例和更换系统盘。
 * 调用该接口时，请注意：
 * - 请先将镜像文件上传到OSS。
 * - 导入镜像的地域必须跟镜像文件存放的OSS是同一个账号同一个地域。
 * - DiskDeviceMapping.N暂时只支持1，也就是只支持系统盘镜像，暂时不支持数据盘做镜像。
 * - 镜像没有完成导入，不能进行删除操作，可以进行取消导入镜像任务操作。
 * - 需要通过RAM给阿里云ECS官方服务账号授权读取OSS的权限。
 * - i. 创建角色：AliyunECSImageImportDefaultRole（必须是这个名称，否则导入镜像会失败），角色的策略：
 * { "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": [ "ecs.example.com" ] } } ], "Version": "1" }
 * - ii. 在该角色下直接加入默认的系统权限策略：AliyunECSImageImportRolePolicy，这个策略是ECS提供导入镜像的默认策略，你也可以创建自定义策略，权限需要包含：
 * { "Version": "1", "Statement": [ { "Action": [ "oss:GetObject", "oss:GetBucketLocation" ], "Resource": "*", "Effect": "Allow" } ] }
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportImageErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.importImage({
 *   RegionId: "cn-hangzhou",
 *   DiskDeviceMapping: [
 *     {
 *       OSSBucket: "ecsim****",
 *       OSSObject: "CentO****.raw",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function importImage(client: EcsBaseClient, input: ImportImageRequest, options?: EcsCallOptions): Promise<ImportImageResponse>;

import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { DescribeInstancesRequest, DescribeInstancesResponse } from "../types.js";
/**
 * 查看实例列表
 *
 * 本接口 (DescribeInstances) 用于获取一个或多个实例的详细信息。可根据实例 ID、实例名称或者实例状态来获取实例列表。如果参数为空，返回当前用户一定数量（limit 所指定，默认为20）的实例。“实例状态”字段指明了实例当前所属的状态，包含在下列所述情形范围内：状态ID 状态名-1 创建已失败1 故障2 运行中3 创建中4 已关机5 已退还6 退还中7 重启中8 开机中9 关机中10 密码重置中11 格式化中12 镜像制作中13 带宽设置中14 重装系统中15 域名绑定中16 域名解绑中17 负载均衡绑定中18 负载均衡解绑中19 升级中20 密钥下发中其它 维护中(不能对实例进行操作但不影响正常运行)
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeInstances({
 *   instanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
 * });
 * console.log(res);
 */
export declare function describeInstances(client: CvmV2BaseClient, input?: DescribeInstancesRequest, options?: CvmV2CallOptions): Promise<DescribeInstancesResponse>;

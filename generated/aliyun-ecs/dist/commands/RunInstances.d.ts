import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { RunInstancesRequest, RunInstancesResponse } from "../types.js";
/**
 * 创建一台或多台 ECS 实例
 *
 * 创建一台或多台 ECS 实例。
 * 调用该接口时，您需要注意：
 * - 单次最多能创建 100 台实例。
 * - 您可以指定参数 AutoReleaseTime 设置实例自动释放时间。
 * - 创建成功后会返回实例 ID 列表，您可以通过 API DescribeInstances 查询新建实例状态。
 * - 创建实例前，您需要确保您已经有可用的安全组。更多详情，请参见CreateSecurityGroup和 ECS用户指南中的创建安全组。
 * - 创建实例时，默认自动启动实例，直到实例状态变成运行中（ Running ）。
 * - 创建实例前，您需要预先在相应的地域创建 VPC 和创建虚拟交换机，详情请参见 VPC用户指南 中的创建 VPC和创建交换机。您也可通过API实现，详情请参见 VPC开发指南 中的CreateVPC和 CreateVSwitch。
 * - 与 CreateInstance 相比，通过 RunInstances 创建的实例如果参数 InternetMaxBandwidthOut 的值大于 0，则自动为实例分配公网 IP。
 * - 提交创建任务后，参数不合法或者库存不足的情况下会报错，具体的报错原因参见错误码。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.runInstances({
 *   RegionId: "cn-hangzhou",
 *   InstanceType: "ecs.cm4.6xlarge",
 *   SecurityGroupId: "sg-securitygro****",
 *   Amount: "3",
 * });
 * console.log(res);
 */
export declare function runInstances(client: EcsBaseClient, input: RunInstancesRequest, options?: EcsCallOptions): Promise<RunInstancesResponse>;

import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { RunInstancesHourRequest, RunInstancesHourResponse } from "../types.js";
/**
 * 创建实例（按量计费）
 *
 * 本接口 (RunInstancesHour) 用于创建一个或多个指定配置的按量计费实例。API 创建的实例遵循 购买约束  文档所描述的数量限制，和官网所创建的实例共用配额。CPU 与内存具体的配比限制参见 实例规格 。实例的创建需要一定时间，本接口不会立刻返回实例结果。而是返回一个 InstanceId，在此期间可以通过 DescribeInstances  接口查询该实例的状态。如果状态由“创建中”变为“正在运行”，则为创建成功。实例创建成功后为“正在运行”的状态，无需再次调用 StartInstances  来启动。不支持带宽包用户购买按量计费实例。如需要更改带宽，请在实例创建成功后，使用接口 UpdateInstanceBandwidthHour  更改，公网带宽不指定默认为0。本接口暂不支持在创建实例的同时绑定安全组，所创建的实例默认所有端口都放通，建议用户在创建实例之后使用 ModifySecurityGroupsOfInstance  接口给对应云服务器关联的安全组。支持的实例类型：机型 系列1 系列2标准型 CVM.S1 CVM.S2高 IO 型 CVM.I1 CVM.I2内存型 CVM.M1 CVM.M2计算型 － CVM.C2
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RunInstancesHourErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.runInstancesHour({
 *   imageId: "img-3wnd9xpl",
 *   bandwidth: 1,
 *   cpu: 1,
 *   mem: 2,
 *   storageType: 1,
 *   storageSize: 50,
 *   goodsNum: 1,
 *   zoneId: 100001,
 * });
 * console.log(res);
 */
export declare function runInstancesHour(client: CvmV2BaseClient, input: RunInstancesHourRequest, options?: CvmV2CallOptions): Promise<RunInstancesHourResponse>;

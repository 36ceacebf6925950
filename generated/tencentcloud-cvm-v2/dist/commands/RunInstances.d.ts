import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { RunInstancesRequest, RunInstancesResponse } from "../types.js";
/**
 * 创建实例（包年包月）
 *
 * 本接口 (RunInstances) 用于创建一台或多台指定配置的包年包月实例。API创建的实例遵循 CVM 实例购买限制  文档所描述的数量限制，和官网所创建的实例共用配额。CPU 与内存具体的配比限制参见 CVM 实例配置 。实例的创建需要一定时间，本接口不会立刻返回实例结果。而是返回一个 InstanceId，在此期间可以通过 DescribeInstances  接口查询该实例的状态。如果状态由“创建中”变为“正在运行”，则为创建成功。本接口暂时只支持预付费的用户，在调用 API 前请确认余额充足。实例创建成功后为“正在运行”的状态，无需再次调用 StartInstances  来启动。如需要更改带宽，请在实例创建成功后，使用接口 UpdateInstanceBandwidth  更改，公网带宽不指定默认为0。本接口暂不支持在创建实例的同时绑定安全组，所创建的实例默认所有端口都放通，建议用户在创建实例之后使用 ModifySecurityGroupsOfInstance  接口给对应云服务器关联的安全组。支持的实例类型：机型 系列1 系列2标准型 CVM.S1 CVM.S2高 IO 型 CVM.I1 CVM.I2内存型 CVM.M1 CVM.M2计算型 － CVM.C2
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.runInstances({
 *   imageId: "img-lkxqa4kj",
 *   imageType: 2,
 *   bandwidth: 1,
 *   cpu: 1,
 *   mem: 2,
 *   storageType: 1,
 *   storageSize: 50,
 *   period: 12,
 *   goodsNum: 1,
 * });
 * console.log(res);
 */
export declare function runInstances(client: CvmV2BaseClient, input: RunInstancesRequest, options?: CvmV2CallOptions): Promise<RunInstancesResponse>;

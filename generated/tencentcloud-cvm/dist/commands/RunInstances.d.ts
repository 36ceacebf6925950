import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { RunInstancesRequest, RunInstancesResponse } from "../types.js";
/**
 * 创建实例
 *
 * 本接口 (RunInstances) 用于创建一个或多个指定配置的实例。实例创建成功后将自动开机启动，实例状态变为“运行中”。预付费实例的购买会预先扣除本次实例购买所需金额，按小时后付费实例购买会预先冻结本次实例购买一小时内所需金额，在调用本接口前请确保账户余额充足。调用本接口创建实例，支持代金券自动抵扣（注意，代金券不可用于抵扣后付费冻结金额），详情请参考代金券选用规则。本接口允许购买的实例数量遵循CVM实例购买限制，所创建的实例和官网入口创建的实例共用配额。本接口为异步接口，当创建实例请求下发成功后会返回一个实例ID列表和一个RequestId，此时创建实例操作并未立即完成。在此期间实例的状态将会处于“PENDING”，实例创建结果可以通过调用 DescribeInstancesStatus 接口查询，如果实例状态(InstanceState)由“PENDING(创建中)”变为“RUNNING(运行中)”，则代表实例创建成功，“LAUNCH_FAILED”代表实例创建失败。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances | API Explorer: call RunInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.runInstances({
 *   SystemDisk: {
 *     DiskSize: 50,
 *     DiskType: "CLOUD_PREMIUM",
 *   },
 *   InstanceCount: 1,
 *   Placement: {
 *     HostIds: ["host-q88gab4i"],
 *     Zone: "ap-shanghai-2",
 *   },
 *   LoginSettings: {
 *     Password: "Qcloud@TestApi123++",
 *   },
 *   ImageId: "img-pmqg1cw7",
 *   InstanceChargeType: "CDHPAID",
 *   EnhancedService: {
 *     SecurityService: {
 *       Enabled: true,
 *     },
 *     MonitorService: {
 *       Enabled: true,
 *     },
 *   },
 *   InternetAccessible: {
 *     PublicIpAssigned: true,
 *     InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR",
 *     InternetMaxBandwidthOut: 10,
 *   },
 *   InstanceName: "QCLOUD-TEST",
 *   InstanceType: "CDH_1C1G",
 *   DataDisks: [
 *     {
 *       DiskSize: 100,
 *       DiskType: "CLOUD_PREMIUM",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function runInstances(client: CvmBaseClient, input?: RunInstancesRequest, options?: CvmCallOptions): Promise<RunInstancesResponse>;

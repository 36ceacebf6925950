import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ResetInstanceRequest, ResetInstanceResponse } from "../types.js";
/**
 * 重装实例
 *
 * 本接口 (ResetInstance) 用于重装指定实例上的操作系统。如果指定了ImageId参数，则使用指定的镜像重装；否则按照当前实例使用的镜像进行重装。系统盘将会被格式化，并重置；请确保系统盘中无重要文件。密码不指定将会通过站内信下发随机密码。目前只支持系统盘类型是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、CLOUD_BSSD类型的实例使用该接口实现操作系统切换。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstanceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstance | API Explorer: call ResetInstance online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.resetInstance({
 *   InstanceId: "ins-r8hr2upy",
 *   SystemDisk: {
 *     DiskSize: 60,
 *   },
 *   EnhancedService: {
 *     SecurityService: {
 *       Enabled: true,
 *     },
 *     MonitorService: {
 *       Enabled: true,
 *     },
 *   },
 *   LoginSettings: {
 *     Password: "Qcloud@TestApi123++",
 *   },
 *   ImageId: "img-pmqg1cw7",
 * });
 * console.log(res);
 */
export declare function resetInstance(client: CvmBaseClient, input: ResetInstanceRequest, options?: CvmCallOptions): Promise<ResetInstanceResponse>;

import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceRunInstancesRequest, InquiryPriceRunInstancesResponse } from "../types.js";
/**
 * 创建实例询价
 *
 * 本接口(InquiryPriceRunInstances)用于创建实例询价。本接口仅允许针对购买限制范围内的实例配置进行询价, 详见：创建实例。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRunInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRunInstances | API Explorer: call InquiryPriceRunInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceRunInstances({
 *   SystemDisk: {
 *     DiskSize: 50,
 *     DiskType: "CLOUD_PREMIUM",
 *   },
 *   InstanceCount: 1,
 *   Placement: {
 *     Zone: "ap-shanghai-2",
 *   },
 *   LoginSettings: {
 *     Password: "Qcloud@TestApi123++",
 *   },
 *   ImageId: "img-pmqg1cw7",
 *   InstanceChargeType: "PREPAID",
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
 *   InstanceChargePrepaid: {
 *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 *     Period: 1,
 *   },
 *   InstanceName: "QCLOUD-TEST",
 *   InstanceType: "S5.16XLARGE256",
 *   DataDisks: [
 *     {
 *       DiskSize: 100,
 *       DiskType: "CLOUD_PREMIUM",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function inquiryPriceRunInstances(client: CvmBaseClient, input: InquiryPriceRunInstancesRequest, options?: CvmCallOptions): Promise<InquiryPriceRunInstancesResponse>;

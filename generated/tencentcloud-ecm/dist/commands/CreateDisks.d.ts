import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateDisksRequest, CreateDisksResponse } from "../types.js";
/**
 * 创建云硬盘
 *
 * 本接口（CreateDisks）用于创建云硬盘。预付费云盘的购买会预先扣除本次云盘购买所需金额，在调用本接口前请确保账户余额充足。本接口支持传入数据盘快照来创建云盘，实现将快照数据复制到新购云盘上。本接口为异步接口，当创建请求下发成功后会返回一个新建的云盘ID列表，此时云盘的创建并未立即完成。可以通过调用DescribeDisks接口根据DiskId查询对应云盘，如果能查到云盘，且状态为'UNATTACHED'或'ATTACHED'，则表示创建成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateDisks | API Explorer: call CreateDisks online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createDisks({
 *   DiskType: "CLOUD_HSSD",
 *   DiskCount: 1,
 *   DiskSize: 500,
 *   Placement: {
 *     Zone: "ap-guangzhou-2",
 *     ProjectId: 0,
 *   },
 *   DiskChargeType: "PREPAID",
 *   DiskChargePrepaid: {
 *     Period: 1,
 *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 *   },
 *   ThroughputPerformance: 100,
 * });
 * console.log(res);
 */
export declare function createDisks(client: EcmBaseClient, input: CreateDisksRequest, options?: EcmCallOptions): Promise<CreateDisksResponse>;

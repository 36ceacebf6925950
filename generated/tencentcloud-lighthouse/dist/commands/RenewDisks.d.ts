import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { RenewDisksRequest, RenewDisksResponse } from "../types.js";
/**
 * 续费云硬盘
 *
 * 本接口(RenewDisks)用于续费一个或多个轻量应用服务器云硬盘。只有状态为 ATTACHED，UNATTACHED 或 SHUTDOWN 的数据盘才可以进行此操作。支持批量操作。每次请求批量云硬盘的上限为 50。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。云硬盘操作结果可以通过调用 DescribeDisks 接口查询，如果云硬盘的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RenewDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RenewDisks | API Explorer: call RenewDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.renewDisks({
 *   DiskIds: ["lhdisk-ovav4qmi"],
 *   RenewDiskChargePrepaid: {
 *     CurInstanceDeadline: "2023-09-09 23:59:59",
 *   },
 *   AutoVoucher: true,
 * });
 * console.log(res);
 */
export declare function renewDisks(client: LighthouseBaseClient, input: RenewDisksRequest, options?: LighthouseCallOptions): Promise<RenewDisksResponse>;

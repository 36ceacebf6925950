import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { IsolateDisksRequest, IsolateDisksResponse } from "../types.js";
/**
 * 隔离云硬盘
 *
 * 本接口(IsolateDisks)用于退还一个或多个轻量应用服务器云硬盘。只有状态为 UNATTACHED 的数据盘才可以进行此操作。接口调用成功后，云硬盘会进入SHUTDOWN 状态。支持批量操作。每次请求批量资源的上限为 20。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。云硬盘操作结果可以通过调用 DescribeDisks 接口查询，如果云硬盘的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link IsolateDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=IsolateDisks | API Explorer: call IsolateDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.isolateDisks({
 *   DiskIds: ["lhdisk-ovav4qmi"],
 * });
 * console.log(res);
 */
export declare function isolateDisks(client: LighthouseBaseClient, input: IsolateDisksRequest, options?: LighthouseCallOptions): Promise<IsolateDisksResponse>;

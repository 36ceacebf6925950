import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateInstancesRequest, CreateInstancesResponse } from "../types.js";
/**
 * 创建实例
 *
 * 本接口(CreateInstances)用于创建一个或多个指定套餐的轻量应用服务器实例。*创建实例时，如指定实例访问域名信息时，本次创建请求，仅支持购买一台实例。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateInstances | API Explorer: call CreateInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.createInstances({
 *   BundleId: "bundle_gen_03",
 *   BlueprintId: "lhbp-g0tn7djh",
 *   InstanceChargePrepaid: {
 *     Period: 1,
 *     RenewFlag: "NOTIFY_AND_MANUAL_RENEW",
 *   },
 * });
 * console.log(res);
 */
export declare function createInstances(client: LighthouseBaseClient, input: CreateInstancesRequest, options?: LighthouseCallOptions): Promise<CreateInstancesResponse>;

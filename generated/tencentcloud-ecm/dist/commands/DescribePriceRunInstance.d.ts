import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribePriceRunInstanceRequest, DescribePriceRunInstanceResponse } from "../types.js";
/**
 * 查询实例价格
 *
 * 查询实例价格
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribePriceRunInstanceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePriceRunInstance | API Explorer: call DescribePriceRunInstance online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describePriceRunInstance({
 *   SystemDisk: {
 *     DiskSize: 50,
 *     DiskId: "\"123\"",
 *     DiskType: "\"234\"",
 *   },
 *   InstanceCount: 2,
 *   InstanceType: "\"SN3ne.LARGE8\"",
 * });
 * console.log(res);
 */
export declare function describePriceRunInstance(client: EcmBaseClient, input: DescribePriceRunInstanceRequest, options?: EcmCallOptions): Promise<DescribePriceRunInstanceResponse>;

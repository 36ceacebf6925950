import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeHaVipsRequest, DescribeHaVipsResponse } from "../types.js";
/**
 * 查询HAVIP列表
 *
 * 用于查询高可用虚拟IP（HAVIP）列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeHaVipsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeHaVips | API Explorer: call DescribeHaVips online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeHaVips({
 *   HaVipIds: ["havip-bk4275i0", "havip-2kce8v4q"],
 * });
 * console.log(res);
 */
export declare function describeHaVips(client: EcmBaseClient, input?: DescribeHaVipsRequest, options?: EcmCallOptions): Promise<DescribeHaVipsResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeInstancesRequest, DescribeInstancesResponse } from "../types.js";
/**
 * 获取实例相关信息
 *
 * 获取实例的相关信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstances | API Explorer: call DescribeInstances online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeInstances({
 *   Filters: [
 *     {
 *       Values: ["vpc-ec3mnb4d"],
 *       Name: "vpc-id",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeInstances(client: EcmBaseClient, input?: DescribeInstancesRequest, options?: EcmCallOptions): Promise<DescribeInstancesResponse>;

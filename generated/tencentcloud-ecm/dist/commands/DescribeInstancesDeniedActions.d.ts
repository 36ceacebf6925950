import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeInstancesDeniedActionsRequest, DescribeInstancesDeniedActionsResponse } from "../types.js";
/**
 * 获取禁止的操作列表
 *
 * 通过实例id获取当前禁止的操作
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesDeniedActionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstancesDeniedActions | API Explorer: call DescribeInstancesDeniedActions online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeInstancesDeniedActions({
 *   InstanceIdSet: ["ein-19828lyz", "ein-198302ok"],
 * });
 * console.log(res);
 */
export declare function describeInstancesDeniedActions(client: EcmBaseClient, input: DescribeInstancesDeniedActionsRequest, options?: EcmCallOptions): Promise<DescribeInstancesDeniedActionsResponse>;

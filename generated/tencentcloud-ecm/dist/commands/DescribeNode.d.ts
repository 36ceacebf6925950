import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeNodeRequest, DescribeNodeResponse } from "../types.js";
/**
 * 获取节点列表
 *
 * 获取节点列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNodeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeNode | API Explorer: call DescribeNode online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeNode({
 *   Filters: [
 *     {
 *       Name: "InstanceFamily",
 *       Values: ["SN3ne"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeNode(client: EcmBaseClient, input?: DescribeNodeRequest, options?: EcmCallOptions): Promise<DescribeNodeResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeVpcsRequest, DescribeVpcsResponse } from "../types.js";
/**
 * 查询VPC列表
 *
 * 查询私有网络列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeVpcs | API Explorer: call DescribeVpcs online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeVpcs({
 *   VpcIds: ["vpc-07kqm4uj"],
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function describeVpcs(client: EcmBaseClient, input?: DescribeVpcsRequest, options?: EcmCallOptions): Promise<DescribeVpcsResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeDefaultSubnetRequest, DescribeDefaultSubnetResponse } from "../types.js";
/**
 * 查询可用区的默认子网
 *
 * 查询可用区的默认子网
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDefaultSubnetErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeDefaultSubnet | API Explorer: call DescribeDefaultSubnet online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeDefaultSubnet({
 *   EcmRegion: "ap-hangzhou-ecm",
 *   Zone: "ap-hangzhou-ecm-1",
 * });
 * console.log(res);
 */
export declare function describeDefaultSubnet(client: EcmBaseClient, input: DescribeDefaultSubnetRequest, options?: EcmCallOptions): Promise<DescribeDefaultSubnetResponse>;

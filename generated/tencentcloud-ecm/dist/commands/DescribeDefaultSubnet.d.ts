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
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function describeDefaultSubnet(client: EcmBaseClient, input: DescribeDefaultSubnetRequest, options?: EcmCallOptions): Promise<DescribeDefaultSubnetResponse>;

import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeKeyPairsRequest, DescribeKeyPairsResponse } from "../types.js";
/**
 * 查询一个或多个密钥对
 *
 * 查询一个或多个密钥对。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function describeKeyPairs(client: EcsBaseClient, input: DescribeKeyPairsRequest, options?: EcsCallOptions): Promise<DescribeKeyPairsResponse>;

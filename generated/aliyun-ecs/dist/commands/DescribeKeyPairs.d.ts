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
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeKeyPairs({
 *   RegionId: "cn-qingdao",
 *   KeyPairFingerPrint: "xxxxxxxxxx",
 *   KeyPairName: "test",
 *   PageNumber: 1,
 *   PageSize: 20,
 * });
 * console.log(res);
 */
export declare function describeKeyPairs(client: EcsBaseClient, input: DescribeKeyPairsRequest, options?: EcsCallOptions): Promise<DescribeKeyPairsResponse>;

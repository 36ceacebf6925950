import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { DescribeKeyPairsRequest, DescribeKeyPairsResponse } from "../types.js";
/**
 * 查询密钥
 *
 * 本接口 (DescribeKeyPairs) 用于查询密钥。密钥对  是通过一种算法生成的一对密钥，在生成的密钥对中，一个向外界公开，称为公钥；另一个用户自己保留，称为私钥。密钥的公钥内容可以通过这个接口查询，但私钥内容系统不保留。可通过 keyIds.n 或 keyName 输入参数作为过滤条件查询。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeKeyPairs({});
 * console.log(res);
 */
export declare function describeKeyPairs(client: CvmV2BaseClient, input?: DescribeKeyPairsRequest, options?: CvmV2CallOptions): Promise<DescribeKeyPairsResponse>;

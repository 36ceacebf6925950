import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeKeyPairsRequest, DescribeKeyPairsResponse } from "../types.js";
/**
 * 查询密钥对列表
 *
 * 本接口 (DescribeKeyPairs) 用于查询密钥对信息。密钥对是通过一种算法生成的一对密钥，在生成的密钥对中，一个向外界公开，称为公钥；另一个用户自己保留，称为私钥。密钥对的公钥内容可以通过这个接口查询，但私钥内容系统不保留。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeKeyPairs | API Explorer: call DescribeKeyPairs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeKeyPairs({
 *   Filters: [
 *     {
 *       Name: "key-name",
 *       Values: ["Tencent"],
 *     },
 *   ],
 *   Offset: 0,
 *   Limit: 20,
 * });
 * console.log(res);
 */
export declare function describeKeyPairs(client: CvmBaseClient, input?: DescribeKeyPairsRequest, options?: CvmCallOptions): Promise<DescribeKeyPairsResponse>;

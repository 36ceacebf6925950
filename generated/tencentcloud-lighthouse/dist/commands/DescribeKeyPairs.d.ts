import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeKeyPairsRequest, DescribeKeyPairsResponse } from "../types.js";
/**
 * 查询用户密钥对列表
 *
 * 本接口 (DescribeKeyPairs) 用于查询用户密钥对信息。
 *
 * Default rate limit: 100 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeKeyPairs | API Explorer: call DescribeKeyPairs online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeKeyPairs({
 *   KeyIds: ["lhkp-omd12oc1"],
 * });
 * console.log(res);
 */
export declare function describeKeyPairs(client: LighthouseBaseClient, input?: DescribeKeyPairsRequest, options?: LighthouseCallOptions): Promise<DescribeKeyPairsResponse>;

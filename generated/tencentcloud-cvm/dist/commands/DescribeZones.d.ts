import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeZonesRequest, DescribeZonesResponse } from "../types.js";
/**
 * 查询可用区列表
 *
 * 本接口(DescribeZones)用于查询可用区信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeZonesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZones | API Explorer: call DescribeZones online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeZones({});
 * console.log(res);
 */
export declare function describeZones(client: CvmBaseClient, input?: DescribeZonesRequest, options?: CvmCallOptions): Promise<DescribeZonesResponse>;

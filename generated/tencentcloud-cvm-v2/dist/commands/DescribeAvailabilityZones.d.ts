import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { DescribeAvailabilityZonesRequest, DescribeAvailabilityZonesResponse } from "../types.js";
/**
 * 查询可用区列表
 *
 * 本接口 (DescribeAvailabilityZones) 用于查询腾讯云可用区的详细信息。可用区的定义请参看 地域和可用区 。内容包括可用区具体的 IDC。可以指定可用区 ID 来查看单一可用区的信息。可用区 ID 列表如下：可用区名称 可用区 ID广州一区 100001广州二区 100002广州三区 100003广州四区 100004上海一区 200001上海二区 200002香港一区 300001上海金融一区 700001上海金融二区 700002北京一区 800001北京二区 800002新加坡一区 900001深圳金融一区 110001深圳金融二区 110002广州 Open 专区 120001硅谷一区 150001成都一区 160001成都二区 160002法兰克福一区 170001首尔一区 180001
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAvailabilityZonesErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeAvailabilityZones({});
 * console.log(res);
 */
export declare function describeAvailabilityZones(client: CvmV2BaseClient, input?: DescribeAvailabilityZonesRequest, options?: CvmV2CallOptions): Promise<DescribeAvailabilityZonesResponse>;

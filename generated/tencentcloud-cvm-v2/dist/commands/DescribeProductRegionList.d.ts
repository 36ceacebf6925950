import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { DescribeProductRegionListRequest, DescribeProductRegionListResponse } from "../types.js";
/**
 * 获取产品可用的地域列表
 *
 * 说明：本接口（DescribeProductRegionList）用于获取产品可使用的地域列表。可以直接查看 地域和可用区  了解地域属性在产品中扮演的角色。除了地域的限制，CVM 产品还有购买数量上的限制。详情请参见 购买约束 。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeProductRegionListErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeProductRegionList({
 *   instanceType: 1,
 * });
 * console.log(res);
 */
export declare function describeProductRegionList(client: CvmV2BaseClient, input: DescribeProductRegionListRequest, options?: CvmV2CallOptions): Promise<DescribeProductRegionListResponse>;

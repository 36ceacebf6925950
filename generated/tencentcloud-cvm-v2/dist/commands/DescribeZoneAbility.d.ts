import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { DescribeZoneAbilityRequest, DescribeZoneAbilityResponse } from "../types.js";
/**
 * 查询可用区能力
 *
 * 本接口 (DescribeZoneAbility) 用于查询可用区的能力，包括 云硬盘  和 私有网络  两种能力查询。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeZoneAbilityErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeZoneAbility({
 *   zoneId: 800001,
 *   capacity: ["cbs"],
 * });
 * console.log(res);
 */
export declare function describeZoneAbility(client: CvmV2BaseClient, input: DescribeZoneAbilityRequest, options?: CvmV2CallOptions): Promise<DescribeZoneAbilityResponse>;

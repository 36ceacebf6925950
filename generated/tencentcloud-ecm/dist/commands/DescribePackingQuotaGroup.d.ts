import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribePackingQuotaGroupRequest, DescribePackingQuotaGroupResponse } from "../types.js";
/**
 * 获取装箱配额组
 *
 * 使用本接口获取某种机型在某些区域的装箱配额（当使用虚拟机型时，返回的是一组相互关联的装箱配额）。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribePackingQuotaGroupErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePackingQuotaGroup | API Explorer: call DescribePackingQuotaGroup online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describePackingQuotaGroup({
 *   Filters: [
 *     {
 *       Name: "Zone",
 *       Values: ["ap-beijing-ecm-ct"],
 *     },
 *     {
 *       Name: "InstanceType",
 *       Values: ["SN3ne.2XLARGE16"],
 *     },
 *     {
 *       Name: "DataDiskSize",
 *       Values: ["100"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describePackingQuotaGroup(client: EcmBaseClient, input?: DescribePackingQuotaGroupRequest, options?: EcmCallOptions): Promise<DescribePackingQuotaGroupResponse>;

import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { DescribeEipRequest, DescribeEipResponse } from "../types.js";
/**
 * 查询弹性公网IP列表
 *
 * 查询弹性公网IP。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeEipErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeEip({});
 * console.log(res);
 */
export declare function describeEip(client: EipV2BaseClient, input?: DescribeEipRequest, options?: EipV2CallOptions): Promise<DescribeEipResponse>;

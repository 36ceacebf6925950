import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { DescribeSecurityGroupExRequest, DescribeSecurityGroupExResponse } from "../types.js";
/**
 * 查询安全组列表
 *
 * 本接口（DescribeSecurityGroupEx）用于根据多种索引查询一个或多个安全组的基本信息。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupExErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tencentcloud-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeSecurityGroupEx({});
 * console.log(res);
 */
export declare function describeSecurityGroupEx(client: DfwV2BaseClient, input?: DescribeSecurityGroupExRequest, options?: DfwV2CallOptions): Promise<DescribeSecurityGroupExResponse>;

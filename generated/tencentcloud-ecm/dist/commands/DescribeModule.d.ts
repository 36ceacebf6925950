import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeModuleRequest, DescribeModuleResponse } from "../types.js";
/**
 * 获取模块列表
 *
 * 获取模块列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeModuleErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeModule | API Explorer: call DescribeModule online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeModule({
 *   Offset: 0,
 *   Limit: 10,
 * });
 * console.log(res);
 */
export declare function describeModule(client: EcmBaseClient, input?: DescribeModuleRequest, options?: EcmCallOptions): Promise<DescribeModuleResponse>;

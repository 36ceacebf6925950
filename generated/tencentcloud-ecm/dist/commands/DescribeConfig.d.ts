import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeConfigRequest, DescribeConfigResponse } from "../types.js";
/**
 * 获取配置限制信息
 *
 * 获取带宽硬盘等数据的限制
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeConfigErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeConfig | API Explorer: call DescribeConfig online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeConfig({});
 * console.log(res);
 */
export declare function describeConfig(client: EcmBaseClient, input?: DescribeConfigRequest, options?: EcmCallOptions): Promise<DescribeConfigResponse>;

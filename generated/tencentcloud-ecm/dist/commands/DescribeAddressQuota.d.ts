import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeAddressQuotaRequest, DescribeAddressQuotaResponse } from "../types.js";
/**
 * 查询弹性公网IP配额
 *
 * 查询您账户的弹性公网IP（简称 EIP）在当前地域的配额信息
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAddressQuotaErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeAddressQuota | API Explorer: call DescribeAddressQuota online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeAddressQuota({
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function describeAddressQuota(client: EcmBaseClient, input: DescribeAddressQuotaRequest, options?: EcmCallOptions): Promise<DescribeAddressQuotaResponse>;

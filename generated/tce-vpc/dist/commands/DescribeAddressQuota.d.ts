import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeAddressQuotaRequest, DescribeAddressQuotaResponse } from "../types.js";
/**
 * 查询弹性公网IP配额
 *
 * 本接口 (DescribeAddressQuota) 用于查询您账户的弹性公网IP (简称 EIP) 在当前地域的配额信息。配额详情可参见 EIP 产品简介。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAddressQuotaErrorCode}.
 */
export declare function describeAddressQuota(client: VpcBaseClient, input?: DescribeAddressQuotaRequest, options?: VpcCallOptions): Promise<DescribeAddressQuotaResponse>;

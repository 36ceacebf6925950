import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeHaVipsRequest, DescribeHaVipsResponse } from "../types.js";
/**
 * 查询HAVIP列表
 *
 * 本接口 (DescribeHaVips) 用于查询高可用虚拟IP (HAVIP) 列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeHaVipsErrorCode}.
 */
export declare function describeHaVips(client: VpcBaseClient, input?: DescribeHaVipsRequest, options?: VpcCallOptions): Promise<DescribeHaVipsResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeCcnsRequest, DescribeCcnsResponse } from "../types.js";
/**
 * 查询CCN列表
 *
 * 本接口 (DescribeCcns) 用于查询云联网 (CCN) 列表。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeCcnsErrorCode}.
 */
export declare function describeCcns(client: VpcBaseClient, input?: DescribeCcnsRequest, options?: VpcCallOptions): Promise<DescribeCcnsResponse>;

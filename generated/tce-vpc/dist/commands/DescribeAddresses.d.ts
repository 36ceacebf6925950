import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeAddressesRequest, DescribeAddressesResponse } from "../types.js";
/**
 * 查询弹性公网IP列表
 *
 * 本接口 (DescribeAddresses) 用于查询一个或多个弹性公网IP (简称 EIP) 的详细信息。
 * - 如果参数为空, 返回当前用户一定数量 (Limit所指定的数量, 默认为20) 的 EIP。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAddressesErrorCode}.
 */
export declare function describeAddresses(client: VpcBaseClient, input?: DescribeAddressesRequest, options?: VpcCallOptions): Promise<DescribeAddressesResponse>;

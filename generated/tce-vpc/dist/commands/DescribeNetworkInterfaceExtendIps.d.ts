import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeNetworkInterfaceExtendIpsRequest, DescribeNetworkInterfaceExtendIpsResponse } from "../types.js";
/**
 * 获取弹性网卡的扩展ip
 *
 * 获取弹性网卡的扩展ip
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfaceExtendIpsErrorCode}.
 */
export declare function describeNetworkInterfaceExtendIps(client: VpcBaseClient, input: DescribeNetworkInterfaceExtendIpsRequest, options?: VpcCallOptions): Promise<DescribeNetworkInterfaceExtendIpsResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AssignIpv6CidrBlockRequest, AssignIpv6CidrBlockResponse } from "../types.js";
/**
 * 分配IPv6网段
 *
 * 本接口 (AssignIpv6CidrBlock) 用于分配IPv6网段。
 * - 使用本接口前，您需要已有VPC实例，如果没有可通过接口CreateVpc创建。
 * - 每个VPC只能申请一个IPv6网段
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignIpv6CidrBlockErrorCode}.
 */
export declare function assignIpv6CidrBlock(client: VpcBaseClient, input: AssignIpv6CidrBlockRequest, options?: VpcCallOptions): Promise<AssignIpv6CidrBlockResponse>;

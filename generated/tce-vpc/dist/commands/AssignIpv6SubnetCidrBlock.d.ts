import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AssignIpv6SubnetCidrBlockRequest, AssignIpv6SubnetCidrBlockResponse } from "../types.js";
/**
 * 分配IPv6子网段
 *
 * 本接口 (AssignIpv6SubnetCidrBlock) 用于分配IPv6子网段。
 * - 给子网分配 IPv6 网段，要求子网所属 VPC 已获得 IPv6 网段。如果尚未分配，请先通过接口 AssignIpv6CidrBlock 给子网所属 VPC 分配一个 IPv6 网段。否则无法分配 IPv6 子网段。
 * - 每个子网只能分配一个IPv6网段。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignIpv6SubnetCidrBlockErrorCode}.
 */
export declare function assignIpv6SubnetCidrBlock(client: VpcBaseClient, input: AssignIpv6SubnetCidrBlockRequest, options?: VpcCallOptions): Promise<AssignIpv6SubnetCidrBlockResponse>;

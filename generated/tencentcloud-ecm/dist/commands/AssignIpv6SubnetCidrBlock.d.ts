import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AssignIpv6SubnetCidrBlockRequest, AssignIpv6SubnetCidrBlockResponse } from "../types.js";
/**
 * 分配IPv6子网段
 *
 * 本接口（AssignIpv6SubnetCidrBlock）用于分配IPv6子网段。给子网分配 IPv6 网段，要求子网所属 VPC 已获得 IPv6 网段。如果尚未分配，请先通过接口 AssignIpv6CidrBlock 给子网所属 VPC 分配一个 IPv6 网段。否则无法分配 IPv6 子网段。每个子网只能分配一个IPv6网段。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignIpv6SubnetCidrBlockErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6SubnetCidrBlock | API Explorer: call AssignIpv6SubnetCidrBlock online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.assignIpv6SubnetCidrBlock({
 *   VpcId: "vpc-q26u781x",
 *   Ipv6SubnetCidrBlocks: [
 *     {
 *       SubnetId: "subnet-8uwg949c",
 *       Ipv6CidrBlock: "2001::85b:3c51:f5ff:ffdb",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function assignIpv6SubnetCidrBlock(client: EcmBaseClient, input: AssignIpv6SubnetCidrBlockRequest, options?: EcmCallOptions): Promise<AssignIpv6SubnetCidrBlockResponse>;

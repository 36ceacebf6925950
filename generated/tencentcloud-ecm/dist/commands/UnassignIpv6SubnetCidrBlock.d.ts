import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { UnassignIpv6SubnetCidrBlockRequest, UnassignIpv6SubnetCidrBlockResponse } from "../types.js";
/**
 * 释放IPv6子网段
 *
 * 本接口（UnassignIpv6SubnetCidrBlock）用于释放IPv6子网段。子网段如果还有IP占用且未回收，则子网段无法释放。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6SubnetCidrBlockErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=UnassignIpv6SubnetCidrBlock | API Explorer: call UnassignIpv6SubnetCidrBlock online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.unassignIpv6SubnetCidrBlock({
 *   VpcId: "vpc-rkxd3pgh",
 *   Ipv6SubnetCidrBlocks: [
 *     {
 *       SubnetId: "subnet-ewhv1m9e",
 *     },
 *     {
 *       SubnetId: "subnet-3s5bhzb0",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function unassignIpv6SubnetCidrBlock(client: EcmBaseClient, input: UnassignIpv6SubnetCidrBlockRequest, options?: EcmCallOptions): Promise<UnassignIpv6SubnetCidrBlockResponse>;

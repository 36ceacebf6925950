import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AssignIpv6CidrBlocksRequest, AssignIpv6CidrBlocksResponse } from "../types.js";
/**
 * 分配不同类型的IPv6网段
 *
 * 本接口（AssignIpv6CidrBlocks）用于分配IPv6网段。使用本接口前，您需要已有VPC实例，如果没有可通过接口CreateVpc创建。每个VPC 可以同时支持运营商网络('CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调)。本接口可以同时申请不同类型的IPv6网段
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignIpv6CidrBlocksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6CidrBlocks | API Explorer: call AssignIpv6CidrBlocks online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.assignIpv6CidrBlocks({
 *   VpcId: "vpc-2loean7x",
 *   ISPTypes: [
 *     {
 *       ISPType: "BGP",
 *       Count: 1,
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function assignIpv6CidrBlocks(client: EcmBaseClient, input: AssignIpv6CidrBlocksRequest, options?: EcmCallOptions): Promise<AssignIpv6CidrBlocksResponse>;

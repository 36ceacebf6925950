import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AssignIpv6CidrBlockRequest, AssignIpv6CidrBlockResponse } from "../types.js";
/**
 * 分配IPv6网段
 *
 * 本接口（AssignIpv6CidrBlock）用于分配IPv6网段。使用本接口前，您需要已有VPC实例，如果没有可通过接口CreateVpc创建。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignIpv6CidrBlockErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6CidrBlock | API Explorer: call AssignIpv6CidrBlock online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.assignIpv6CidrBlock({
 *   VpcId: "vpc-rkxd3pgh",
 *   ISPType: "CMCC",
 * });
 * console.log(res);
 */
export declare function assignIpv6CidrBlock(client: EcmBaseClient, input: AssignIpv6CidrBlockRequest, options?: EcmCallOptions): Promise<AssignIpv6CidrBlockResponse>;

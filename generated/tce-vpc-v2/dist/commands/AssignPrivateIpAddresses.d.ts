import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AssignPrivateIpAddressesRequest, AssignPrivateIpAddressesResponse } from "../types.js";
/**
 * 弹性网卡申请内网IP
 *
 * 本接口(AssignPrivateIpAddresses)用于弹性网卡申请内网 IP。
 * 1) 一个弹性网卡支持绑定的IP地址是有限制的，更多vpc资源限制信息详见VPC使用限制。 2) 可以指定内网IP地址申请，内网IP地址类型不能为主IP，主IP已存在，不能修改，内网IP必须要弹性网卡所在子网内，而且不能被占用。 3) 在弹性网卡上申请一个到多个辅助内网IP，接口会在弹性网卡所在子网网段内返回指定数量的辅助内网IP。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignPrivateIpAddressesErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.assignPrivateIpAddresses({
 *   vpcId: "vpc-7t9nf3pu",
 *   networkInterfaceId: "eni-m6dyj72l",
 *   secondaryPrivateIpAddressCount: 1,
 * });
 * console.log(res);
 */
export declare function assignPrivateIpAddresses(client: VpcV2BaseClient, input: AssignPrivateIpAddressesRequest, options?: VpcV2CallOptions): Promise<AssignPrivateIpAddressesResponse>;

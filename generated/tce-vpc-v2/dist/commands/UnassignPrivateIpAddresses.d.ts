import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { UnassignPrivateIpAddressesRequest, UnassignPrivateIpAddressesResponse } from "../types.js";
/**
 * 弹性网卡退还内网IP
 *
 * 本接口(UnassignPrivateIpAddresses)用于弹性网卡退还内网IP。
 * 退还弹性网卡上的辅助内网IP，接口自动解关联弹性公网IP。不能退还弹性网卡的主辅助内网IP。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UnassignPrivateIpAddressesErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.unassignPrivateIpAddresses({
 *   vpcId: "vpc-7t9nf3pu",
 *   networkInterfaceId: "eni-m6dyj72l",
 *   privateIpAddress: ["10.0.0.2"],
 * });
 * console.log(res);
 */
export declare function unassignPrivateIpAddresses(client: VpcV2BaseClient, input: UnassignPrivateIpAddressesRequest, options?: VpcV2CallOptions): Promise<UnassignPrivateIpAddressesResponse>;

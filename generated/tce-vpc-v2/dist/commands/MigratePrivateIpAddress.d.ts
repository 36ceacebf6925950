import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { MigratePrivateIpAddressRequest, MigratePrivateIpAddressResponse } from "../types.js";
/**
 * 内网IP迁移
 *
 * 本接口(MigratePrivateIpAddress)用于内网 IP迁移。
 * 1) 该接口用户将一个内网IP从一个弹性网卡上迁移到另外一个弹性网卡，主IP地址不支持迁移。 2) 迁移前后的弹性网卡必须在同一个子网内。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link MigratePrivateIpAddressErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.migratePrivateIpAddress({
 *   vpcId: "vpc-7t9nf3pu",
 *   privateIpAddress: "10.0.0.6",
 *   oldNetworkInterfaceId: "eni-m6dyj72l",
 *   newNetworkInterfaceId: "eni-dfddf454d",
 * });
 * console.log(res);
 */
export declare function migratePrivateIpAddress(client: VpcV2BaseClient, input: MigratePrivateIpAddressRequest, options?: VpcV2CallOptions): Promise<MigratePrivateIpAddressResponse>;

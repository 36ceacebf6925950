import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { MigrateNetworkInterfaceRequest, MigrateNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡迁移
 *
 * 本接口(MigrateNetworkInterface)用于弹性网卡迁移。
 * 1) 该接口用于将一个弹性网卡从一个云服务器迁移到另外一个云服务器，主网卡不支持迁移功能。 2) 迁移前后的云服务器必须是停机或者运营中状态，查看云服务器状态详见查看云服务器信息。 3) 迁移后云服务器必须属于VPC子机，迁移后云服务器可用区必须和网卡可用区相同。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link MigrateNetworkInterfaceErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.migrateNetworkInterface({
 *   vpId: "vpc-xx44545f",
 *   networkInterfaceId: "eni-m6dyj72l",
 *   oldInstanceId: "ins-xx44545f",
 *   newInstanceId: "ins-cddddu74",
 * });
 * console.log(res);
 */
export declare function migrateNetworkInterface(client: VpcV2BaseClient, input: MigrateNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<MigrateNetworkInterfaceResponse>;

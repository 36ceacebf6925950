import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateVpnRequest, CreateVpnResponse } from "../types.js";
/**
 * 购买VPN网关
 *
 * 本接口(CreateVpn)用于购买VPN网关。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpnErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createVpn({
 *   vpcId: "gz_vpc_1111",
 *   period: 1,
 *   name: "test",
 *   bandwidth: 5,
 * });
 * console.log(res);
 */
export declare function createVpn(client: VpcV2BaseClient, input: CreateVpnRequest, options?: VpcV2CallOptions): Promise<CreateVpnResponse>;

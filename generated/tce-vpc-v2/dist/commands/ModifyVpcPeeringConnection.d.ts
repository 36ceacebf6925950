import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyVpcPeeringConnectionRequest, ModifyVpcPeeringConnectionResponse } from "../types.js";
/**
 * 修改同地域对等连接属性
 *
 * 本接口(ModifyVpcPeeringConnection)用于修改同地域对等连接属性。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpcPeeringConnectionErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyVpcPeeringConnection({
 *   peeringConnectionId: "pcx-krmzap90",
 *   peeringConnectionName: "uuuuuuu",
 * });
 * console.log(res);
 */
export declare function modifyVpcPeeringConnection(client: VpcV2BaseClient, input: ModifyVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<ModifyVpcPeeringConnectionResponse>;

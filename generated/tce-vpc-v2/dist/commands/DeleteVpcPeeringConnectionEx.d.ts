import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteVpcPeeringConnectionExRequest, DeleteVpcPeeringConnectionExResponse } from "../types.js";
/**
 * 删除跨地域对等连接
 *
 * 本接口(DeleteVpcPeeringConnectionEx)用于删除跨地域对等连接。
 * 1) 对等连接的任何一方都可以随时删除对等连接，对等连接删除后立即失效。 2) 对等连接删除后将一同删除路由表中包含此对等连接的路由项。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpcPeeringConnectionExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteVpcPeeringConnectionEx({
 *   peeringConnectionId: "pcx-0jtgah4s",
 * });
 * console.log(res);
 */
export declare function deleteVpcPeeringConnectionEx(client: VpcV2BaseClient, input: DeleteVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<DeleteVpcPeeringConnectionExResponse>;

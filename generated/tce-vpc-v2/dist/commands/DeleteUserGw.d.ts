import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteUserGwRequest, DeleteUserGwResponse } from "../types.js";
/**
 * 删除对端网关
 *
 * 本接口(DeleteUserGw)用于删除对端网关。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteUserGwErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteUserGw({
 *   userGwId: "cgw-ekrvxcdv",
 * });
 * console.log(res);
 */
export declare function deleteUserGw(client: VpcV2BaseClient, input: DeleteUserGwRequest, options?: VpcV2CallOptions): Promise<DeleteUserGwResponse>;

import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyUserGwRequest, ModifyUserGwResponse } from "../types.js";
/**
 * 修改对端网关
 *
 * 本接口(ModifyUserGw)用于修改对端网关。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyUserGwErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyUserGw({
 *   userGwId: "cgw-e098slul",
 *   userGwName: "9101",
 * });
 * console.log(res);
 */
export declare function modifyUserGw(client: VpcV2BaseClient, input: ModifyUserGwRequest, options?: VpcV2CallOptions): Promise<ModifyUserGwResponse>;

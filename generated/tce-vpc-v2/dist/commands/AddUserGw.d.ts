import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AddUserGwRequest, AddUserGwResponse } from "../types.js";
/**
 * 创建对端网关
 *
 * 本接口(AddUserGw)用于创建对端网关。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AddUserGwErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.addUserGw({
 *   userGwName: "ddtest",
 *   userGwAddr: "183.30.0.1",
 * });
 * console.log(res);
 */
export declare function addUserGw(client: VpcV2BaseClient, input: AddUserGwRequest, options?: VpcV2CallOptions): Promise<AddUserGwResponse>;

import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { EnableVpcPeeringConnectionRequest, EnableVpcPeeringConnectionResponse } from "../types.js";
/**
 * 启用同地域过期对等连接
 *
 * 本接口(EnableVpcPeeringConnection)用于启用同地域过期对等连接。
 * 发起跨账号对等连接后，如果对端超过7天没有接受，该对等连接就会过期，过期后对端则无法对本对等连接进行操作。发起方可以使用本接口激活该对等连接，并通知对端处理。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EnableVpcPeeringConnectionErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.enableVpcPeeringConnection({
 *   peeringConnectionId: "pcx-6gw5wvmk",
 * });
 * console.log(res);
 */
export declare function enableVpcPeeringConnection(client: VpcV2BaseClient, input: EnableVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<EnableVpcPeeringConnectionResponse>;

import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AcceptVpcPeeringConnectionExRequest, AcceptVpcPeeringConnectionExResponse } from "../types.js";
/**
 * 接受跨地域对等连接
 *
 * 本接口(AcceptVpcPeeringConnectionEx)用于接受跨地域对等连接。
 * 该接口用于对端接受来自其他账号的跨地域对等连接请求，接受后对等连接立即生效。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AcceptVpcPeeringConnectionExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.acceptVpcPeeringConnectionEx({
 *   peeringConnectionId: "pcx-6gw5wvmk",
 * });
 * console.log(res);
 */
export declare function acceptVpcPeeringConnectionEx(client: VpcV2BaseClient, input: AcceptVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<AcceptVpcPeeringConnectionExResponse>;

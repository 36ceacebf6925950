import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { RejectVpcPeeringConnectionExRequest, RejectVpcPeeringConnectionExResponse } from "../types.js";
/**
 * 驳回跨地域对等连接
 *
 * 本接口(RejectVpcPeeringConnectionEx)用于驳回跨地域对等连接。
 * 该接口用于对端驳回来自其他账号的跨地域对等连接请求。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RejectVpcPeeringConnectionExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.rejectVpcPeeringConnectionEx({
 *   peeringConnectionId: "pcx-8g675gr8",
 * });
 * console.log(res);
 */
export declare function rejectVpcPeeringConnectionEx(client: VpcV2BaseClient, input: RejectVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<RejectVpcPeeringConnectionExResponse>;

import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse } from "../types.js";
/**
 * 绑定子机与弹性网卡
 *
 * 绑定子机与弹性网卡
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tencentcloud-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.attachNetworkInterface({
 *   vpcId: "vpc-lwmzdppp",
 *   subnetId: "subnet-fzyzn3r2",
 *   instanceId: "xxx-dfgda45",
 *   networkInterfaceId: "eni-kbe7jrs9",
 * });
 * console.log(res);
 */
export declare function attachNetworkInterface(client: VpcV2BaseClient, input: AttachNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<AttachNetworkInterfaceResponse>;

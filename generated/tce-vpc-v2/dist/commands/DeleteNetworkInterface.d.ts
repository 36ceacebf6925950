import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceResponse } from "../types.js";
/**
 * 删除弹性网卡
 *
 * 本接口(DeleteNetworkInterface)用于删除弹性网卡。
 * 1) 弹性网卡上绑定了云服务器时，不能被删除。 2) 删除指定弹性网卡，弹性网卡必须先和子机解绑才能删除。删除之后弹性网卡上所有内网IP都将被退还。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteNetworkInterface({
 *   vpcId: "vpc-7t9nf3pu",
 *   networkInterfaceId: "eni-m6dyj72l",
 * });
 * console.log(res);
 */
export declare function deleteNetworkInterface(client: VpcV2BaseClient, input: DeleteNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<DeleteNetworkInterfaceResponse>;

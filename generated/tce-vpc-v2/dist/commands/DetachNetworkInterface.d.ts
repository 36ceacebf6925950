import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DetachNetworkInterfaceRequest, DetachNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡解绑云服务器
 *
 * 本接口(DetachNetworkInterface)用于弹性网卡解绑云服务器。
 * 1) 将弹性网卡和云服务器解绑。 2) 解绑之后弹性网卡上的所有弹性公网 IP 处于未关联状态，所有未关联状态的弹性公网 IP 将收取费用，具体收费标准详见弹性公网IP的计费。 3) 只有运行中或者已关机状态的云服务器才能绑定弹性网卡，查看云服务器状态详见查看云服务器信息
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.detachNetworkInterface({
 *   vpcId: "vpc-7t9nf3pu",
 *   networkInterfaceId: "eni-m6dyj72l",
 *   instanceId: "ins-xx44545f",
 * });
 * console.log(res);
 */
export declare function detachNetworkInterface(client: VpcV2BaseClient, input: DetachNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<DetachNetworkInterfaceResponse>;

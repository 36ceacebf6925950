import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡绑定云服务器
 *
 * 本接口(AttachNetworkInterface)用于弹性网卡申请内网Ip。
 * 1) 一个云服务器可以绑定多个弹性网卡，但只能绑定一个主网卡。更多vpc资源限制信息详见VPC使用限制。 2) 一个弹性网卡只能同时绑定一个云服务器。 3) 只有运行中或者已关机状态的云服务器才能绑定弹性网卡，查看云服务器状态详见查看云服务器信息。 4) 弹性网卡绑定的云服务器必须是私有网络的，而且云服务器所在可用区必须和弹性网卡子网的可用区相同。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.attachNetworkInterface({
 *   vpcId: "vpc-xx44545f",
 *   networkInterfaceId: "eni-m6dyj72l",
 *   instanceId: "ins-xx44545f",
 * });
 * console.log(res);
 */
export declare function attachNetworkInterface(client: VpcV2BaseClient, input: AttachNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<AttachNetworkInterfaceResponse>;

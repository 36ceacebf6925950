import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateNetworkInterfaceRequest, CreateNetworkInterfaceResponse } from "../types.js";
/**
 * 创建弹性网卡
 *
 * 本接口(CreateNetworkInterface)用于创建弹性网卡。
 * 1) 创建弹性网卡时可以指定内网IP，并且可以指定一个主IP，指定的内网IP必须在弹性网卡所在子网内，而且不能被占用。2) 创建弹性网卡时可以指定需要申请的内网IP数量，系统会随机生成内网IP地址。3) 创建弹性网卡同时可以绑定已有安全组。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createNetworkInterface({
 *   vpcId: "vpc-7t9nf3pu",
 *   subnetId: "subnet-0ap8nwca",
 *   eniName: "eni",
 *   secondaryPrivateIpAddressCount: 1,
 *   sgIds: ["sg-1dd51d"],
 * });
 * console.log(res);
 */
export declare function createNetworkInterface(client: VpcV2BaseClient, input: CreateNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<CreateNetworkInterfaceResponse>;

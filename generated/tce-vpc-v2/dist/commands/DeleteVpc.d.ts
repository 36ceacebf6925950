import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteVpcRequest, DeleteVpcResponse } from "../types.js";
/**
 * 删除私有网络
 *
 * 本接口 (DeleteVpc) 用于删除私有网络。
 * 1) 删除前请确保 VPC 内已经没有相关资源, 例如云服务器、云数据库、NoSQL、VPN网关、专线网关、负载均衡、对等连接、与之互通的基础网络设备等。2) 删除私有网络是不可逆的操作, 请谨慎处理。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpcErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteVpc({
 *   vpcId: "vpc-2ari9m7h",
 * });
 * console.log(res);
 */
export declare function deleteVpc(client: VpcV2BaseClient, input: DeleteVpcRequest, options?: VpcV2CallOptions): Promise<DeleteVpcResponse>;

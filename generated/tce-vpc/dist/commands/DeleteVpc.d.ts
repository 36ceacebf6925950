import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteVpcRequest, DeleteVpcResponse } from "../types.js";
/**
 * 删除VPC
 *
 * 本接口 (DeleteVpc) 用于删除私有网络。
 * - 删除前请确保 VPC 内已经没有相关资源, 例如云服务器、云数据库、NoSQL、VPN网关、专线网关、负载均衡、对等连接、与之互通的基础网络设备。
 * - 删除私有网络是不可逆的操作, 请谨慎处理。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpcErrorCode}.
 */
export declare function deleteVpc(client: VpcBaseClient, input: DeleteVpcRequest, options?: VpcCallOptions): Promise<DeleteVpcResponse>;

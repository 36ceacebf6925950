import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteSubnetRequest, DeleteSubnetResponse } from "../types.js";
/**
 * 删除子网
 *
 * 本接口 (DeleteSubnet) 用于删除子网(Subnet)。
 * - 删除子网前, 请清理该子网下所有资源, 包括云服务器、负载均衡、云数据、noSql、弹性网卡等资源。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSubnetErrorCode}.
 */
export declare function deleteSubnet(client: VpcBaseClient, input: DeleteSubnetRequest, options?: VpcCallOptions): Promise<DeleteSubnetResponse>;

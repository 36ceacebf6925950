import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateVpcRequest, CreateVpcResponse } from "../types.js";
/**
 * 创建VPC
 *
 * 本接口(CreateVpc)用于创建私有网络(VPC)。
 * - 用户可以创建的最小网段子网掩码为28 (有16个IP地址), 最大网段子网掩码为16 (65,536个IP地址), 如果规划VPC网段请参见VPC网段规划说明。
 * - 同一个地域能创建的VPC资源个数也是有限的, 详见 VPC使用限制, 如果需要扩充请联系在线客服。
 * - 创建VPC同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpcErrorCode}.
 */
export declare function createVpc(client: VpcBaseClient, input: CreateVpcRequest, options?: VpcCallOptions): Promise<CreateVpcResponse>;

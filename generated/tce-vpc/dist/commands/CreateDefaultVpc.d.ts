import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateDefaultVpcRequest, CreateDefaultVpcResponse } from "../types.js";
/**
 * 创建默认VPC和默认子网
 *
 * 本接口 (CreateDefaultVpc) 用于创建默认私有网络(VPC)。
 * 默认VPC适用于快速入门和启动公共实例，您可以像使用任何其他VPC一样使用默认VPC。如果您想创建标准VPC，即指定VPC名称、VPC网段、子网网段、子网可用区，请使用常规创建VPC接口 (CreateVpc)正常情况，本接口并不一定生产默认VPC，而是根据用户账号的网络属性 (DescribeAccountAttributes) 来决定的
 * - 支持基础网络、VPC，返回VpcId为0
 * - 只支持VPC，返回默认VPC信息
 * 您也可以通过 Force 参数，强制返回默认VPC
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDefaultVpcErrorCode}.
 */
export declare function createDefaultVpc(client: VpcBaseClient, input?: CreateDefaultVpcRequest, options?: VpcCallOptions): Promise<CreateDefaultVpcResponse>;

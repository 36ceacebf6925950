import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateSubnetRequest, CreateSubnetResponse } from "../types.js";
/**
 * 创建子网
 *
 * 本接口(CreateSubnet)用于创建子网。
 * - 创建子网前必须创建好 VPC。
 * - 子网创建成功后,子网网段不能修改。子网网段必须在VPC网段内,可以和VPC网段相同(VPC有且只有一个子网时),建议子网网段在VPC网段内,预留网段给其他子网使用。
 * - 您可以创建的最小网段子网掩码为28(有16个IP地址),最大网段子网掩码为16(65,536个IP地址)。
 * - 同一个VPC内,多个子网的网段不能重叠。
 * - 子网创建后会自动关联到默认路由表。
 * - 创建子网同时可以绑定标签,应答里的标签列表代表添加成功的标签。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSubnetErrorCode}.
 */
export declare function createSubnet(client: VpcBaseClient, input: CreateSubnetRequest, options?: VpcCallOptions): Promise<CreateSubnetResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateRouteTableRequest, CreateRouteTableResponse } from "../types.js";
/**
 * 创建路由表
 *
 * 本接口(CreateRouteTable)用于创建路由表。
 * - 创建了VPC后,系统会创建一个默认路由表,所有新建的子网都会关联到默认路由表。默认情况下您可以直接使用默认路由表来管理您的路由策略。当您的路由策略较多时,您可以调用创建路由表接口创建更多路由表管理您的路由策略。
 * - 创建路由表同时可以绑定标签,应答里的标签列表代表添加成功的标签。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateRouteTableErrorCode}.
 */
export declare function createRouteTable(client: VpcBaseClient, input: CreateRouteTableRequest, options?: VpcCallOptions): Promise<CreateRouteTableResponse>;

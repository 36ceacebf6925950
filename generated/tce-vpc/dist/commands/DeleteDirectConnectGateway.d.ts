import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteDirectConnectGatewayRequest, DeleteDirectConnectGatewayResponse } from "../types.js";
/**
 * 删除专线网关
 *
 * 本接口 (DeleteDirectConnectGateway) 用于删除专线网关。
 * - 如果是 NAT 网关，删除专线网关后，NAT 规则以及 ACL 策略都被清理了。
 * - 删除专线网关后，系统会删除路由表中跟该专线网关相关的路由策略。
 * 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 TaskId 轮询 DescribeVpcTaskResult 接口
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteDirectConnectGatewayErrorCode}.
 */
export declare function deleteDirectConnectGateway(client: VpcBaseClient, input: DeleteDirectConnectGatewayRequest, options?: VpcCallOptions): Promise<DeleteDirectConnectGatewayResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CheckAssistantCidrRequest, CheckAssistantCidrResponse } from "../types.js";
/**
 * 检查辅助CIDR冲突
 *
 * 本接口(CheckAssistantCidr)用于检查辅助CIDR是否与存量路由、对等连接(对端VPC的CIDR)等资源存在冲突。如果存在重叠,则返回重叠的资源。(接口灰度中,如需使用请提工单。)
 * - 检测辅助CIDR是否与当前VPC的主CIDR和辅助CIDR存在重叠。
 * - 检测辅助CIDR是否与当前VPC的路由的目的端存在重叠。
 * - 检测辅助CIDR是否与当前VPC的对等连接,对端VPC下的主CIDR或辅助CIDR存在重叠。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CheckAssistantCidrErrorCode}.
 */
export declare function checkAssistantCidr(client: VpcBaseClient, input: CheckAssistantCidrRequest, options?: VpcCallOptions): Promise<CheckAssistantCidrResponse>;

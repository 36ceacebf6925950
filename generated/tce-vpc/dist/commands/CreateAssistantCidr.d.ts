import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateAssistantCidrRequest, CreateAssistantCidrResponse } from "../types.js";
/**
 * 创建辅助CIDR
 *
 * 本接口(CreateAssistantCidr)用于批量创建辅助CIDR。（接口灰度中，如需使用请提工单。）
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateAssistantCidrErrorCode}.
 */
export declare function createAssistantCidr(client: VpcBaseClient, input: CreateAssistantCidrRequest, options?: VpcCallOptions): Promise<CreateAssistantCidrResponse>;

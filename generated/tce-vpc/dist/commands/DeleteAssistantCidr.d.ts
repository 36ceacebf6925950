import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteAssistantCidrRequest, DeleteAssistantCidrResponse } from "../types.js";
/**
 * 删除辅助CIDR
 *
 * 本接口>DeleteAssistantCidr)用于删除辅助CIDR。(接口灰度中,如需使用请提工单。)
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteAssistantCidrErrorCode}.
 */
export declare function deleteAssistantCidr(client: VpcBaseClient, input: DeleteAssistantCidrRequest, options?: VpcCallOptions): Promise<DeleteAssistantCidrResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyAssistantCidrRequest, ModifyAssistantCidrResponse } from "../types.js";
/**
 * 修改辅助CIDR
 *
 * 本接口(ModifyAssistantCidr)用于批量修改辅助CIDR,支持新增和删除。(接口灰度中,如需使用请提工单。)
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAssistantCidrErrorCode}.
 */
export declare function modifyAssistantCidr(client: VpcBaseClient, input: ModifyAssistantCidrRequest, options?: VpcCallOptions): Promise<ModifyAssistantCidrResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyIp6RuleRequest, ModifyIp6RuleResponse } from "../types.js";
/**
 * 修改IPV6转换规则属性
 *
 * 该接口用于修改IPV6转换规则，当前仅支持修改转换规则名称，IPV4地址和IPV4端口号
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyIp6RuleErrorCode}.
 */
export declare function modifyIp6Rule(client: VpcBaseClient, input: ModifyIp6RuleRequest, options?: VpcCallOptions): Promise<ModifyIp6RuleResponse>;

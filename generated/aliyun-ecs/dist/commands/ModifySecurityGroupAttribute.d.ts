import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifySecurityGroupAttributeRequest, ModifySecurityGroupAttributeResponse } from "../types.js";
/**
 * 修改指定安全组的属性，包括修改安全组名称和描述
 *
 * 修改指定安全组的属性，包括修改安全组名称和描述。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributeErrorCode}.
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function modifySecurityGroupAttribute(client: EcsBaseClient, input: ModifySecurityGroupAttributeRequest, options?: EcsCallOptions): Promise<ModifySecurityGroupAttributeResponse>;

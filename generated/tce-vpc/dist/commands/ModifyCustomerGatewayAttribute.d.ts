import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyCustomerGatewayAttributeRequest, ModifyCustomerGatewayAttributeResponse } from "../types.js";
/**
 * 修改对端网关
 *
 * 本接口 (ModifyCustomerGatewayAttribute) 用于修改对端网关信息。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyCustomerGatewayAttributeErrorCode}.
 */
export declare function modifyCustomerGatewayAttribute(client: VpcBaseClient, input: ModifyCustomerGatewayAttributeRequest, options?: VpcCallOptions): Promise<ModifyCustomerGatewayAttributeResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteCustomerGatewayRequest, DeleteCustomerGatewayResponse } from "../types.js";
/**
 * 删除对端网关
 *
 * 本接口 (DeleteCustomerGateway) 用于删除对端网关。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteCustomerGatewayErrorCode}.
 */
export declare function deleteCustomerGateway(client: VpcBaseClient, input: DeleteCustomerGatewayRequest, options?: VpcCallOptions): Promise<DeleteCustomerGatewayResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateCustomerGatewayRequest, CreateCustomerGatewayResponse } from "../types.js";
/**
 * 创建对端网关
 *
 * 本接口 (CreateCustomerGateway) 用于创建对端网关。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateCustomerGatewayErrorCode}.
 */
export declare function createCustomerGateway(client: VpcBaseClient, input: CreateCustomerGatewayRequest, options?: VpcCallOptions): Promise<CreateCustomerGatewayResponse>;

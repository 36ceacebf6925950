import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeCustomerGatewayVendorsRequest, DescribeCustomerGatewayVendorsResponse } from "../types.js";
/**
 * 查询可支持的对端网关厂商信息
 *
 * 本接口 (DescribeCustomerGatewayVendors) 用于查询可支持的对端网关厂商信息。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeCustomerGatewayVendorsErrorCode}.
 */
export declare function describeCustomerGatewayVendors(client: VpcBaseClient, input?: DescribeCustomerGatewayVendorsRequest, options?: VpcCallOptions): Promise<DescribeCustomerGatewayVendorsResponse>;

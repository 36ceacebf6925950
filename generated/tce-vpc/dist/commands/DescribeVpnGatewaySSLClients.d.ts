import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpnGatewaySSLClientsRequest, DescribeVpnGatewaySSLClientsResponse } from "../types.js";
/**
 * 查看ssl vpn 客户端
 *
 * DescribeVpnGatewaySSLClients
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpnGatewaySSLClientsErrorCode}.
 */
export declare function describeVpnGatewaySSLClients(client: VpcBaseClient, input?: DescribeVpnGatewaySSLClientsRequest, options?: VpcCallOptions): Promise<DescribeVpnGatewaySSLClientsResponse>;

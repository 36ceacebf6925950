import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DownloadCustomerGatewayConfigurationRequest, DownloadCustomerGatewayConfigurationResponse } from "../types.js";
/**
 * 下载VPN通道配置
 *
 * 本接口(DownloadCustomerGatewayConfiguration)用于下载VPN通道配置。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DownloadCustomerGatewayConfigurationErrorCode}.
 */
export declare function downloadCustomerGatewayConfiguration(client: VpcBaseClient, input: DownloadCustomerGatewayConfigurationRequest, options?: VpcCallOptions): Promise<DownloadCustomerGatewayConfigurationResponse>;

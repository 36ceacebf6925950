import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { EnableGatewayFlowMonitorRequest, EnableGatewayFlowMonitorResponse } from "../types.js";
/**
 * 开启网关流量监控
 *
 * 本接口 (EnableGatewayFlowMonitor) 用于开启网关流量监控。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EnableGatewayFlowMonitorErrorCode}.
 */
export declare function enableGatewayFlowMonitor(client: VpcBaseClient, input: EnableGatewayFlowMonitorRequest, options?: VpcCallOptions): Promise<EnableGatewayFlowMonitorResponse>;

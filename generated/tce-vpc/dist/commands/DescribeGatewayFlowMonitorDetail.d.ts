import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeGatewayFlowMonitorDetailRequest, DescribeGatewayFlowMonitorDetailResponse } from "../types.js";
/**
 * 查询网关流量监控明细
 *
 * 本接口 (DescribeGatewayFlowMonitorDetail) 用于查询网关流量监控明细。
 * - 只支持单个网关实例查询。即入参 VpnId DirectConnectGatewayId PeeringConnectionId NatId 最多只支持传一个，且必须传一个。
 * - 如果网关有流量，但调用本接口没有返回数据，请在控制台对应网关详情页确认是否开启网关流量监控。
 *
 * Default rate limit: 30 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeGatewayFlowMonitorDetailErrorCode}.
 */
export declare function describeGatewayFlowMonitorDetail(client: VpcBaseClient, input: DescribeGatewayFlowMonitorDetailRequest, options?: VpcCallOptions): Promise<DescribeGatewayFlowMonitorDetailResponse>;

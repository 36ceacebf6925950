import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeVpnConnMonitorRequest, DescribeVpnConnMonitorResponse } from "../types.js";
/**
 * 获取VPN通道的监控数据
 *
 * 本接口(DescribeVpnConnMonitor)用于获取VPN通道的监控数据。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpnConnMonitorErrorCode}.
 */
export declare function describeVpnConnMonitor(client: VpcV2BaseClient, input: DescribeVpnConnMonitorRequest, options?: VpcV2CallOptions): Promise<DescribeVpnConnMonitorResponse>;

import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResponse } from "../types.js";
/**
 * 查询弹性网卡信息
 *
 * 本接口 (DescribeNetworkInterfaces) 用于查询弹性网卡信息。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesErrorCode}.
 */
export declare function describeNetworkInterfaces(client: VpcV2BaseClient, input?: DescribeNetworkInterfacesRequest, options?: VpcV2CallOptions): Promise<DescribeNetworkInterfacesResponse>;

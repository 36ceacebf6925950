import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeUserGwVendorRequest, DescribeUserGwVendorResponse } from "../types.js";
/**
 * 获取可支持的对端网关厂商信息
 *
 * 本接口(DescribeUserGwVendor)用于获取可支持的对端网关厂商信息。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeUserGwVendorErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeUserGwVendor({});
 * console.log(res);
 */
export declare function describeUserGwVendor(client: VpcV2BaseClient, input?: DescribeUserGwVendorRequest, options?: VpcV2CallOptions): Promise<DescribeUserGwVendorResponse>;

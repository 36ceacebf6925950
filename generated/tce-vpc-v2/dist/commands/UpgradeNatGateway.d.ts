import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { UpgradeNatGatewayRequest, UpgradeNatGatewayResponse } from "../types.js";
/**
 * 升级NAT网关规格
 *
 * 本接口(UpgradeNatGateway)用于升级NAT网关规格。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UpgradeNatGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.upgradeNatGateway({
 *   vpcId: "314",
 *   natId: "nat-et8e970y",
 *   maxConcurrent: 3000000,
 * });
 * console.log(res);
 */
export declare function upgradeNatGateway(client: VpcV2BaseClient, input: UpgradeNatGatewayRequest, options?: VpcV2CallOptions): Promise<UpgradeNatGatewayResponse>;

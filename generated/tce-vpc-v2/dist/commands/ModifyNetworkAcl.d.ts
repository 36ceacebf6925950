import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyNetworkAclRequest, ModifyNetworkAclResponse } from "../types.js";
/**
 * 修改网络ACL名称
 *
 * 本接口 (ModifyNetworkAcl) 用于修改网络ACL名称。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyNetworkAcl({
 *   vpcId: "vpc-ktom9wg5",
 *   networkAclId: "acl-cva92t60",
 *   networkAclName: "barrytt",
 * });
 * console.log(res);
 */
export declare function modifyNetworkAcl(client: VpcV2BaseClient, input: ModifyNetworkAclRequest, options?: VpcV2CallOptions): Promise<ModifyNetworkAclResponse>;

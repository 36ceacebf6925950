import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyNetworkAclEntryRequest, ModifyNetworkAclEntryResponse } from "../types.js";
/**
 * 设置网络ACL规则
 *
 * 本接口 (ModifyNetworkAclEntry) 用于设置ACL规则。
 * 支持入站方向和出站方向的网络 ACL 策略设置;
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclEntryErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyNetworkAclEntry({
 *   vpcId: "vpc-erxok83l",
 *   networkAclId: "acl-jk7weyp2",
 *   ruleDirection: 1,
 *   networkAclEntrySet: [
 *     {
 *       desc: "test",
 *       ipProtocol: "all",
 *       cidrIp: "0.0.0.0/0",
 *       portRange: "ALL",
 *       action: 1,
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function modifyNetworkAclEntry(client: VpcV2BaseClient, input: ModifyNetworkAclEntryRequest, options?: VpcV2CallOptions): Promise<ModifyNetworkAclEntryResponse>;

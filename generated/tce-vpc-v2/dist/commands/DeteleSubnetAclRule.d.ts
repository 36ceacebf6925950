import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeteleSubnetAclRuleRequest, DeteleSubnetAclRuleResponse } from "../types.js";
/**
 * 网络ACL解绑子网
 *
 * 本接口(DeteleSubnetAclRule)用于网络ACL解绑子网。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeteleSubnetAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deteleSubnetAclRule({
 *   vpcId: "vpc-erxok83l",
 *   networkAclId: "acl-e9dbyl8s",
 *   subnetIds: ["subnet-i6mdq6ra"],
 * });
 * console.log(res);
 */
export declare function deteleSubnetAclRule(client: VpcV2BaseClient, input: DeteleSubnetAclRuleRequest, options?: VpcV2CallOptions): Promise<DeteleSubnetAclRuleResponse>;

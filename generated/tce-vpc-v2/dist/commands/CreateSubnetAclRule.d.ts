import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateSubnetAclRuleRequest, CreateSubnetAclRuleResponse } from "../types.js";
/**
 * 网络ACL绑定子网
 *
 * 本接口(CreateSubnetAclRule)用于网络ACL绑定子网。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSubnetAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createSubnetAclRule({
 *   vpcId: "vpc-erxok83l",
 *   networkAclId: "acl-e9dbyl8s",
 *   subnetIds: ["subnet-i6mdq6ra"],
 * });
 * console.log(res);
 */
export declare function createSubnetAclRule(client: VpcV2BaseClient, input: CreateSubnetAclRuleRequest, options?: VpcV2CallOptions): Promise<CreateSubnetAclRuleResponse>;

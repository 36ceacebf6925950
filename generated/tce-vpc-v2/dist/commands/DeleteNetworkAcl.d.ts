import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteNetworkAclRequest, DeleteNetworkAclResponse } from "../types.js";
/**
 * 删除网络ACL
 *
 * 本接口(DeleteNetworkAcl)用于删除网络ACL。
 * 网络ACL绑定了子网后不能被删除，如果需要删除，请先解绑网络ACL上绑定的子网。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkAclErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteNetworkAcl({
 *   vpcId: "vpc-erxok83l",
 *   networkAclId: "acl-jk7weyp2",
 * });
 * console.log(res);
 */
export declare function deleteNetworkAcl(client: VpcV2BaseClient, input: DeleteNetworkAclRequest, options?: VpcV2CallOptions): Promise<DeleteNetworkAclResponse>;

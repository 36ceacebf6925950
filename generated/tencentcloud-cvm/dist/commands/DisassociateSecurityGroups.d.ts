import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DisassociateSecurityGroupsRequest, DisassociateSecurityGroupsResponse } from "../types.js";
/**
 * 解绑安全组
 *
 * 本接口 (DisassociateSecurityGroups) 用于解绑实例的指定安全组。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateSecurityGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateSecurityGroups | API Explorer: call DisassociateSecurityGroups online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.disassociateSecurityGroups({
 *   InstanceIds: ["ins-2zvpghhc", "ins-915zrb0p"],
 *   SecurityGroupIds: ["sg-9id3l839"],
 * });
 * console.log(res);
 */
export declare function disassociateSecurityGroups(client: CvmBaseClient, input: DisassociateSecurityGroupsRequest, options?: CvmCallOptions): Promise<DisassociateSecurityGroupsResponse>;

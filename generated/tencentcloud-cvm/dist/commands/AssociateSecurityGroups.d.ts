import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { AssociateSecurityGroupsRequest, AssociateSecurityGroupsResponse } from "../types.js";
/**
 * 绑定安全组
 *
 * 本接口 (AssociateSecurityGroups) 用于绑定安全组到指定实例。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateSecurityGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateSecurityGroups | API Explorer: call AssociateSecurityGroups online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.associateSecurityGroups({
 *   InstanceIds: ["ins-915zrb0p", "ins-2zvpghhc"],
 *   SecurityGroupIds: ["sg-9id3l839"],
 * });
 * console.log(res);
 */
export declare function associateSecurityGroups(client: CvmBaseClient, input: AssociateSecurityGroupsRequest, options?: CvmCallOptions): Promise<AssociateSecurityGroupsResponse>;

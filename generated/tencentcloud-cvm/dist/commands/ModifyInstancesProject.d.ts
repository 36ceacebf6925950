import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyInstancesProjectRequest, ModifyInstancesProjectResponse } from "../types.js";
/**
 * 修改实例所属项目
 *
 * 本接口 (ModifyInstancesProject) 用于修改实例所属项目。项目为一个虚拟概念，用户可以在一个账户下面建立多个项目，每个项目中管理不同的资源；将多个不同实例分属到不同项目中，后续使用 DescribeInstances接口查询实例，项目ID可用于过滤结果。绑定负载均衡的实例不支持修改实例所属项目，请先使用DeregisterInstancesFromLoadBalancer接口解绑负载均衡。支持批量操作。每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesProjectErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesProject | API Explorer: call ModifyInstancesProject online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesProject({
 *   ProjectId: 1045,
 *   InstanceIds: ["ins-5d8a23rs", "ins-r8hr2upy"],
 * });
 * console.log(res);
 */
export declare function modifyInstancesProject(client: CvmBaseClient, input: ModifyInstancesProjectRequest, options?: CvmCallOptions): Promise<ModifyInstancesProjectResponse>;

import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyInstancesAttributeRequest, ModifyInstancesAttributeResponse } from "../types.js";
/**
 * 修改实例的属性
 *
 * 本接口 (ModifyInstancesAttribute) 用于修改实例的属性。每次请求必须指定实例的一种属性用于修改。“实例名称”仅为方便用户自己管理之用，腾讯云并不以此名称作为在线支持或是进行实例管理操作的依据。支持批量操作。每次请求批量实例的上限为100。修改关联安全组时，子机原来关联的安全组会被解绑。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。修改主机名后实例会立即重启，重启后新的主机名生效。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesAttribute | API Explorer: call ModifyInstancesAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesAttribute({
 *   InstanceName: "Mysql_Server",
 *   InstanceIds: ["ins-5d8a23rs", "ins-r8hr2upy"],
 * });
 * console.log(res);
 */
export declare function modifyInstancesAttribute(client: CvmBaseClient, input: ModifyInstancesAttributeRequest, options?: CvmCallOptions): Promise<ModifyInstancesAttributeResponse>;

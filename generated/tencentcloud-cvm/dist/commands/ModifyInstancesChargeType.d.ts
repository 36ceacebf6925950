import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyInstancesChargeTypeRequest, ModifyInstancesChargeTypeResponse } from "../types.js";
/**
 * 修改实例计费模式
 *
 * 本接口 (ModifyInstancesChargeType) 用于切换实例的计费模式。关机不收费的实例、批量计算型BC1和批量计算型BS1机型族的实例、设置定时销毁的实例不支持该操作。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesChargeTypeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesChargeType | API Explorer: call ModifyInstancesChargeType online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesChargeType({
 *   InstanceChargeType: "POSTPAID_BY_HOUR",
 *   InstanceIds: ["ins-r8hr2upy"],
 * });
 * console.log(res);
 */
export declare function modifyInstancesChargeType(client: CvmBaseClient, input: ModifyInstancesChargeTypeRequest, options?: CvmCallOptions): Promise<ModifyInstancesChargeTypeResponse>;

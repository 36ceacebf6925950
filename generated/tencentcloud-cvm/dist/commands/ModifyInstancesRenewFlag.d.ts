import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyInstancesRenewFlagRequest, ModifyInstancesRenewFlagResponse } from "../types.js";
/**
 * 修改实例续费标识
 *
 * 本接口 (ModifyInstancesRenewFlag) 用于修改包年包月实例续费标识。实例被标识为自动续费后，每次在实例到期时，会自动续费一个月。支持批量操作。每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesRenewFlagErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesRenewFlag | API Explorer: call ModifyInstancesRenewFlag online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesRenewFlag({
 *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
 *   RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 * });
 * console.log(res);
 */
export declare function modifyInstancesRenewFlag(client: CvmBaseClient, input: ModifyInstancesRenewFlagRequest, options?: CvmCallOptions): Promise<ModifyInstancesRenewFlagResponse>;

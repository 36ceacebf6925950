import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ResetInstancesTypeRequest, ResetInstancesTypeResponse } from "../types.js";
/**
 * 调整实例配置
 *
 * 本接口 (ResetInstancesType) 用于调整实例的机型。目前只支持系统盘类型是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、CLOUD_BSSD类型的实例使用该接口进行机型调整。目前不支持CDH实例使用该接口调整机型。对于包年包月实例，使用该接口会涉及扣费，请确保账户余额充足。可通过DescribeAccountBalance接口查询账户余额。本接口为异步接口，调整实例配置请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表调整实例配置操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesTypeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesType | API Explorer: call ResetInstancesType online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.resetInstancesType({
 *   InstanceType: "S5.16XLARGE256",
 *   InstanceIds: ["ins-r8hr2upy"],
 * });
 * console.log(res);
 */
export declare function resetInstancesType(client: CvmBaseClient, input: ResetInstancesTypeRequest, options?: CvmCallOptions): Promise<ResetInstancesTypeResponse>;

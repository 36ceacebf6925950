import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ResetInstancesPasswordRequest, ResetInstancesPasswordResponse } from "../types.js";
/**
 * 重置实例密码
 *
 * 本接口 (ResetInstancesPassword) 用于将实例操作系统的密码重置为用户指定的密码。*如果是修改系统管理员密码：实例的操作系统不同，管理员账号也会不一样( Windows为 Administrator， Ubuntu为 ubuntu，其它系统为 root )。重置处于运行中状态的实例密码，需要设置关机参数ForceStop为TRUE。如果没有显式指定强制关机参数，则只有处于关机状态的实例才允许执行重置密码操作。支持批量操作。将多个实例操作系统的密码重置为相同的密码。每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesPasswordErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesPassword | API Explorer: call ResetInstancesPassword online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.resetInstancesPassword({
 *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
 *   Password: "abc123ABC!@#",
 *   ForceStop: true,
 * });
 * console.log(res);
 */
export declare function resetInstancesPassword(client: CvmBaseClient, input: ResetInstancesPasswordRequest, options?: CvmCallOptions): Promise<ResetInstancesPasswordResponse>;

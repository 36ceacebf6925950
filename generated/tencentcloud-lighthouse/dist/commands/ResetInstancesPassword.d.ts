import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ResetInstancesPasswordRequest, ResetInstancesPasswordResponse } from "../types.js";
/**
 * 重置实例密码
 *
 * 本接口（ResetInstancesPassword）用于将实例操作系统的密码重置为用户指定的密码。只修改管理员账号的密码。实例的操作系统不同，管理员账号也会不一样（Windows 为 Administrator，Ubuntu 为 ubuntu ，其它系统为 root）。支持批量操作。将多个实例操作系统的密码重置为相同的密码。每次请求批量实例的上限为 100。建议对运行中的实例先手动关机，然后再进行密码重置。如实例处于运行中状态，本接口操作过程中会对实例进行关机操作，尝试正常关机失败后进行强制关机。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。注意：强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesPasswordErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetInstancesPassword | API Explorer: call ResetInstancesPassword online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.resetInstancesPassword({
 *   InstanceIds: ["lhins-ruy9d2tw"],
 *   Password: "xxxxxxxxxxx",
 * });
 * console.log(res);
 */
export declare function resetInstancesPassword(client: LighthouseBaseClient, input: ResetInstancesPasswordRequest, options?: LighthouseCallOptions): Promise<ResetInstancesPasswordResponse>;

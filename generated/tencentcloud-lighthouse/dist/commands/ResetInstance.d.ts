import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ResetInstanceRequest, ResetInstanceResponse } from "../types.js";
/**
 * 重装系统
 *
 * 本接口（ResetInstance）用于重装指定实例上的镜像。仅RUNNING，STOPPED状态的机器，且当前机器无变更中的操作，才支持重装系统。如果指定了 BlueprintId 参数，则使用指定的镜像重装，否则按照当前实例使用的镜像进行重装。非中国大陆地域的实例不支持使用该接口实现LIUNX_UNIX和WINDOWS操作系统切换。系统盘将会被格式化，并重置，请确保系统盘中无重要文件。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。对于游戏专区实例，仅支持重装当前镜像。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstanceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetInstance | API Explorer: call ResetInstance online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.resetInstance({
 *   InstanceId: "lhins-ruy9d2tw",
 *   BlueprintId: "lhbp-5e8807lo",
 * });
 * console.log(res);
 */
export declare function resetInstance(client: LighthouseBaseClient, input: ResetInstanceRequest, options?: LighthouseCallOptions): Promise<ResetInstanceResponse>;

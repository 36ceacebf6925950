import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyInstancesBundleRequest, ModifyInstancesBundleResponse } from "../types.js";
/**
 * 变更实例套餐
 *
 * 本接口(ModifyInstancesBundle)用于变更一个或多个轻量应用服务器实例套餐。只有状态为 RUNNING，STOPPED的实例才可以进行此操作。支持批量操作。每次请求批量实例的上限为 30。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesBundleErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyInstancesBundle | API Explorer: call ModifyInstancesBundle online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesBundle({
 *   InstanceIds: ["lhins-1a2b3c"],
 *   BundleId: "bundle_gen_lin_01",
 *   AutoVoucher: true,
 * });
 * console.log(res);
 */
export declare function modifyInstancesBundle(client: LighthouseBaseClient, input: ModifyInstancesBundleRequest, options?: LighthouseCallOptions): Promise<ModifyInstancesBundleResponse>;

import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DeleteBlueprintsRequest, DeleteBlueprintsResponse } from "../types.js";
/**
 * 删除镜像
 *
 * 本接口 (DeleteBlueprints) 用于删除镜像。可删除的镜像应满足如下条件：
 * 1、删除镜像接口需要镜像状态为NORMAL（正常）、ISOLATED（已隔离）、CREATEFAILED（创建失败）、SYNCING_FAILED（目的地域同步失败），其他状态下的镜像不支持删除操作。镜像状态，可通过DescribeBlueprints接口返回值中的BlueprintState获取。
 * 2、仅支持删除自定义镜像。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteBlueprintsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteBlueprints | API Explorer: call DeleteBlueprints online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.deleteBlueprints({
 *   BlueprintIds: ["lhbp-1ynlfst1"],
 * });
 * console.log(res);
 */
export declare function deleteBlueprints(client: LighthouseBaseClient, input: DeleteBlueprintsRequest, options?: LighthouseCallOptions): Promise<DeleteBlueprintsResponse>;

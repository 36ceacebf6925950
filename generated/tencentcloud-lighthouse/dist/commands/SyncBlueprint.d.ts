import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { SyncBlueprintRequest, SyncBlueprintResponse } from "../types.js";
/**
 * 同步镜像
 *
 * 本接口 (SyncBlueprint) 用于将自定义镜像同步到其它地域。支持向多个地域同步。最多10个地域。不支持向源地域同步。只支持NORMAL状态的镜像进行同步。不支持中国大陆地域和非中国大陆地域之间同步。可以通过DescribeBlueprints查询镜像状态，当镜像状态为NORMAL时表示源地域同步结束。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link SyncBlueprintErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=SyncBlueprint | API Explorer: call SyncBlueprint online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.syncBlueprint({
 *   BlueprintId: "lhbp-ls883feh",
 *   DestinationRegions: ["ap-singapore", "ap-hongkong"],
 * });
 * console.log(res);
 */
export declare function syncBlueprint(client: LighthouseBaseClient, input: SyncBlueprintRequest, options?: LighthouseCallOptions): Promise<SyncBlueprintResponse>;

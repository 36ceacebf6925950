import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { InquirePriceCreateBlueprintRequest, InquirePriceCreateBlueprintResponse } from "../types.js";
/**
 * 创建镜像询价
 *
 * 本接口 (InquirePriceCreateBlueprint) 用于创建镜像询价。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquirePriceCreateBlueprintErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceCreateBlueprint | API Explorer: call InquirePriceCreateBlueprint online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.inquirePriceCreateBlueprint({
 *   BlueprintCount: 5,
 * });
 * console.log(res);
 */
export declare function inquirePriceCreateBlueprint(client: LighthouseBaseClient, input?: InquirePriceCreateBlueprintRequest, options?: LighthouseCallOptions): Promise<InquirePriceCreateBlueprintResponse>;

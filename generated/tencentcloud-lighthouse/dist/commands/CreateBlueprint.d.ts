import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateBlueprintRequest, CreateBlueprintResponse } from "../types.js";
/**
 * 创建镜像
 *
 * 本接口 (CreateBlueprint) 用于创建镜像。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateBlueprintErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateBlueprint | API Explorer: call CreateBlueprint online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.createBlueprint({
 *   BlueprintName: "test-blueprint",
 *   InstanceId: "lhins-7ugtz5e1",
 * });
 * console.log(res);
 */
export declare function createBlueprint(client: LighthouseBaseClient, input: CreateBlueprintRequest, options?: LighthouseCallOptions): Promise<CreateBlueprintResponse>;

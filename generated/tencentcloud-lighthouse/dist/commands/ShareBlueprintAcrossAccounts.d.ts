import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ShareBlueprintAcrossAccountsRequest, ShareBlueprintAcrossAccountsResponse } from "../types.js";
/**
 * 跨账号共享镜像
 *
 * 本接口（ShareBlueprintAcrossAccounts）用于跨账号共享镜像。仅支持共享自定义镜像， 且用于共享的镜像状态必须为NORMAL。共享的账号必须为主账号。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ShareBlueprintAcrossAccountsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ShareBlueprintAcrossAccounts | API Explorer: call ShareBlueprintAcrossAccounts online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.shareBlueprintAcrossAccounts({
 *   BlueprintId: "lhbp-6jc6l8yb",
 *   AccountIds: ["700000164995"],
 * });
 * console.log(res);
 */
export declare function shareBlueprintAcrossAccounts(client: LighthouseBaseClient, input: ShareBlueprintAcrossAccountsRequest, options?: LighthouseCallOptions): Promise<ShareBlueprintAcrossAccountsResponse>;

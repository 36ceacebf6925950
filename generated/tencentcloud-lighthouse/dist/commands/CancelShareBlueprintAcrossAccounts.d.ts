import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CancelShareBlueprintAcrossAccountsRequest, CancelShareBlueprintAcrossAccountsResponse } from "../types.js";
/**
 * 取消镜像跨账号共享
 *
 * 本接口（CancelShareBlueprintAcrossAccounts）用于取消镜像跨账号共享。指定的镜像ID必须为自定义镜像，且指定账号ID必须已进行共享。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CancelShareBlueprintAcrossAccountsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CancelShareBlueprintAcrossAccounts | API Explorer: call CancelShareBlueprintAcrossAccounts online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.cancelShareBlueprintAcrossAccounts({
 *   BlueprintId: "lhbp-6jc6l8yb",
 *   AccountIds: ["700000164995"],
 * });
 * console.log(res);
 */
export declare function cancelShareBlueprintAcrossAccounts(client: LighthouseBaseClient, input: CancelShareBlueprintAcrossAccountsRequest, options?: LighthouseCallOptions): Promise<CancelShareBlueprintAcrossAccountsResponse>;

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
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function cancelShareBlueprintAcrossAccounts(client: LighthouseBaseClient, input: CancelShareBlueprintAcrossAccountsRequest, options?: LighthouseCallOptions): Promise<CancelShareBlueprintAcrossAccountsResponse>;

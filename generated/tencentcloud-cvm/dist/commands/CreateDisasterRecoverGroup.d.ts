import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { CreateDisasterRecoverGroupRequest, CreateDisasterRecoverGroupResponse } from "../types.js";
/**
 * 创建分散置放群组
 *
 * 本接口 (CreateDisasterRecoverGroup)用于创建分散置放群组。创建好的置放群组，可在创建实例时指定。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDisasterRecoverGroupErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateDisasterRecoverGroup | API Explorer: call CreateDisasterRecoverGroup online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.createDisasterRecoverGroup({
 *   Name: "物理机容灾组",
 *   Type: "HOST",
 * });
 * console.log(res);
 */
export declare function createDisasterRecoverGroup(client: CvmBaseClient, input: CreateDisasterRecoverGroupRequest, options?: CvmCallOptions): Promise<CreateDisasterRecoverGroupResponse>;

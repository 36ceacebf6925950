import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ModifyUserCvmOverviewRequest, ModifyUserCvmOverviewResponse } from "../types.js";
/**
 * 更新开发商各地域cvm的概览信息列表
 *
 * 本接口(ModifyUserCvmOverview)用于更新开发商各地域cvm的概览信息列表。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyUserCvmOverviewErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyUserCvmOverview({
 *   cvmOverviews: [
 *     {
 *       regionId: "1",
 *       newFlag: "1",
 *       validCvmNum: "100",
 *     },
 *     {
 *       regionId: "2",
 *       newFlag: "0",
 *       validCvmNum: "50",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function modifyUserCvmOverview(client: CvmV2BaseClient, input: ModifyUserCvmOverviewRequest, options?: CvmV2CallOptions): Promise<ModifyUserCvmOverviewResponse>;

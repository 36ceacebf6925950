import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { RenewInstanceRequest, RenewInstanceResponse } from "../types.js";
/**
 * 续费实例（包年包月）
 *
 * 本接口 (RenewInstance) 用于包年包月实例续费。确保用户账户余额充足，可通过 DescribeAccountBalance  API 查询余额。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RenewInstanceErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.renewInstance({
 *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
 *   period: 1,
 * });
 * console.log(res);
 */
export declare function renewInstance(client: CvmV2BaseClient, input: RenewInstanceRequest, options?: CvmV2CallOptions): Promise<RenewInstanceResponse>;

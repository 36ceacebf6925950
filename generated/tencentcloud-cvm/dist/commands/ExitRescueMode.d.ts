import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ExitRescueModeRequest, ExitRescueModeResponse } from "../types.js";
/**
 * 退出救援模式
 *
 * 本接口（ExitRescueMode）用于退出救援模式。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ExitRescueModeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExitRescueMode | API Explorer: call ExitRescueMode online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.exitRescueMode({
 *   InstanceId: "ins-axzc12s",
 * });
 * console.log(res);
 */
export declare function exitRescueMode(client: CvmBaseClient, input: ExitRescueModeRequest, options?: CvmCallOptions): Promise<ExitRescueModeResponse>;

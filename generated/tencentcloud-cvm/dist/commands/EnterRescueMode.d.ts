import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { EnterRescueModeRequest, EnterRescueModeResponse } from "../types.js";
/**
 * 进入救援模式
 *
 * 本接口（EnterRescueMode）用于进入救援模式。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EnterRescueModeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=EnterRescueMode | API Explorer: call EnterRescueMode online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.enterRescueMode({
 *   InstanceId: "ins-axzc12s",
 *   Password: "hello123456789",
 * });
 * console.log(res);
 */
export declare function enterRescueMode(client: CvmBaseClient, input: EnterRescueModeRequest, options?: CvmCallOptions): Promise<EnterRescueModeResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateModuleRequest, CreateModuleResponse } from "../types.js";
/**
 * 创建模块
 *
 * 创建模块
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateModuleErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateModule | API Explorer: call CreateModule online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createModule({
 *   ModuleName: "智能语音模块",
 *   DefaultBandWidth: 50,
 *   DefaultImageId: "img-1tyt4apn",
 *   InstanceType: "SN3ne.2XLARGE16",
 *   DefaultSystemDiskSize: 50,
 *   DefaultDataDiskSize: 100,
 * });
 * console.log(res);
 */
export declare function createModule(client: EcmBaseClient, input: CreateModuleRequest, options?: EcmCallOptions): Promise<CreateModuleResponse>;

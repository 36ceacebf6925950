import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyInstancesRenewFlagRequest, ModifyInstancesRenewFlagResponse } from "../types.js";
/**
 * 修改实例续费标识
 *
 * 本接口 (ModifyInstancesRenewFlag) 用于修改包年包月实例续费标识。实例被标识为自动续费后，每次在实例到期时，会自动续费一个月。支持批量操作。每次请求批量实例的上限为100。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesRenewFlagErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyInstancesRenewFlag | API Explorer: call ModifyInstancesRenewFlag online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesRenewFlag({
 *   InstanceIds: ["lhins-ruy9d2tw"],
 *   RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 * });
 * console.log(res);
 */
export declare function modifyInstancesRenewFlag(client: LighthouseBaseClient, input: ModifyInstancesRenewFlagRequest, options?: LighthouseCallOptions): Promise<ModifyInstancesRenewFlagResponse>;

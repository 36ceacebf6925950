import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyHostsAttributeRequest, ModifyHostsAttributeResponse } from "../types.js";
/**
 * 修改CDH实例的属性
 *
 * 本接口（ModifyHostsAttribute）用于修改CDH实例的属性，如实例名称和续费标记等。参数HostName和RenewFlag必须设置其中一个，但不能同时设置。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyHostsAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHostsAttribute | API Explorer: call ModifyHostsAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyHostsAttribute({
 *   HostIds: ["host-ey16rkyg"],
 *   HostName: "webserver",
 * });
 * console.log(res);
 */
export declare function modifyHostsAttribute(client: CvmBaseClient, input: ModifyHostsAttributeRequest, options?: CvmCallOptions): Promise<ModifyHostsAttributeResponse>;

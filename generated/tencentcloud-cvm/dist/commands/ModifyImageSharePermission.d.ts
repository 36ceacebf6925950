import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyImageSharePermissionRequest, ModifyImageSharePermissionResponse } from "../types.js";
/**
 * 修改镜像共享信息
 *
 * 本接口（ModifyImageSharePermission）用于修改镜像共享信息。共享镜像后，被共享账户可以通过该镜像创建实例。每个自定义镜像最多可共享给500个账户。共享镜像无法更改名称，描述，仅可用于创建实例。只支持共享到对方账户相同地域。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyImageSharePermissionErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageSharePermission | API Explorer: call ModifyImageSharePermission online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyImageSharePermission({
 *   AccountIds: ["1038493875"],
 *   Permission: "SHARE",
 *   ImageId: "img-6pb6lrmy",
 * });
 * console.log(res);
 */
export declare function modifyImageSharePermission(client: CvmBaseClient, input: ModifyImageSharePermissionRequest, options?: CvmCallOptions): Promise<ModifyImageSharePermissionResponse>;

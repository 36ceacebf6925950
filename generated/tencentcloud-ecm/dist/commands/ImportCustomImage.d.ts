import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ImportCustomImageRequest, ImportCustomImageResponse } from "../types.js";
/**
 * 导入自定义镜像
 *
 * 导入自定义镜像，支持 RAW、VHD、QCOW2、VMDK 镜像格式
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportCustomImageErrorCode}.
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function importCustomImage(client: EcmBaseClient, input: ImportCustomImageRequest, options?: EcmCallOptions): Promise<ImportCustomImageResponse>;

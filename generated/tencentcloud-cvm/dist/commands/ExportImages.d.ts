import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ExportImagesRequest, ExportImagesResponse } from "../types.js";
/**
 * 导出自定义镜像
 *
 * 提供导出自定义镜像到指定COS存储桶的能力
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ExportImagesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExportImages | API Explorer: call ExportImages online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.exportImages({
 *   ImageIds: ["img-72n9mi0y"],
 *   BucketName: "test-bucket-AppId",
 * });
 * console.log(res);
 */
export declare function exportImages(client: CvmBaseClient, input: ExportImagesRequest, options?: CvmCallOptions): Promise<ExportImagesResponse>;

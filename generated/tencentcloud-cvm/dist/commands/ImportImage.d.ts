import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ImportImageRequest, ImportImageResponse } from "../types.js";
/**
 * 外部镜像导入
 *
 * 本接口(ImportImage)用于导入镜像，导入后的镜像可用于创建实例。目前支持RAW、VHD、QCOW2、VMDK镜像格式。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportImage | API Explorer: call ImportImage online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.importImage({
 *   ImageUrl: "http://111-1251233127.cosd.myqcloud.com/Windows%20Server%202008%20R2%20x64a.vmdk",
 *   ImageDescription: "sampleimage",
 *   ImageName: "sample",
 *   Architecture: "x86_64",
 *   OsType: "CentOS",
 *   OsVersion: "6",
 * });
 * console.log(res);
 */
export declare function importImage(client: CvmBaseClient, input: ImportImageRequest, options?: CvmCallOptions): Promise<ImportImageResponse>;

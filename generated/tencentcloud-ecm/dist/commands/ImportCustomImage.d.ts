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
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ImportCustomImage | API Explorer: call ImportCustomImage online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.importCustomImage({
 *   ImageDescription: "description",
 *   ImageName: "ecmtest",
 *   Architecture: "x86_64",
 *   OsType: "CentOS",
 *   OsVersion: "7.6",
 *   ImageUrls: [
 *     {
 *       ImageFile: "https://images-1251557890.cos.ap-chengdu.myqcloud.com/images/img2019080706034135/img2019080706034135.qcow2",
 *     },
 *     {
 *       ImageFile: "https://images-1251557890.cos.ap-chengdu.myqcloud.com/images/img2018091002367608/img2018091002367608.qcow2",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function importCustomImage(client: EcmBaseClient, input: ImportCustomImageRequest, options?: EcmCallOptions): Promise<ImportCustomImageResponse>;

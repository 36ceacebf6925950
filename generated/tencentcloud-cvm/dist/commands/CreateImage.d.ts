import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { CreateImageRequest, CreateImageResponse } from "../types.js";
/**
 * 创建镜像
 *
 * 本接口(CreateImage)用于将实例的系统盘制作为新镜像，创建后的镜像可以用于创建实例。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateImage | API Explorer: call CreateImage online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.createImage({
 *   InstanceId: "ins-6pb6lrmy",
 *   ImageName: "myImage",
 * });
 * console.log(res);
 */
export declare function createImage(client: CvmBaseClient, input: CreateImageRequest, options?: CvmCallOptions): Promise<CreateImageResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateImageRequest, CreateImageResponse } from "../types.js";
/**
 * 创建镜像
 *
 * 本接口(CreateImage)用于将实例的系统盘制作为新镜像，创建后的镜像可以用于创建实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateImage | API Explorer: call CreateImage online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createImage({
 *   InstanceId: "ein-93sjjr8k",
 *   ImageName: "test_name",
 *   ImageDescription: "test_description",
 *   ForcePoweroff: "TRUE",
 * });
 * console.log(res);
 */
export declare function createImage(client: EcmBaseClient, input: CreateImageRequest, options?: EcmCallOptions): Promise<CreateImageResponse>;

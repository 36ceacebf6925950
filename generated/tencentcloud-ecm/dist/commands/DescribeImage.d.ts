import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeImageRequest, DescribeImageResponse } from "../types.js";
/**
 * 展示镜像列表
 *
 * 展示镜像列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeImage | API Explorer: call DescribeImage online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeImage({
 *   Offset: 0,
 *   Limit: 10,
 *   Filters: [
 *     {
 *       Name: "image-type",
 *       Values: ["PRIVATE_IMAGE"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeImage(client: EcmBaseClient, input?: DescribeImageRequest, options?: EcmCallOptions): Promise<DescribeImageResponse>;

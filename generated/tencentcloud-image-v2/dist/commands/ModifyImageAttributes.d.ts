import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { ModifyImageAttributesRequest, ModifyImageAttributesResponse } from "../types.js";
/**
 * 修改镜像属性
 *
 * 本接口 (ModifyImageAttributes) 用于修改镜像的名称和描述等信息。不支持修改共享镜像。
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributesErrorCode}.
 * @example
 * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
 *
 * const client = new ImageV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyImageAttributes({
 *   imageId: "img-12345678",
 *   imageName: "testName",
 *   imageDescription: "descrip",
 * });
 * console.log(res);
 */
export declare function modifyImageAttributes(client: ImageV2BaseClient, input: ModifyImageAttributesRequest, options?: ImageV2CallOptions): Promise<ModifyImageAttributesResponse>;

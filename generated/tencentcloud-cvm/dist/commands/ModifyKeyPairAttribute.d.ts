import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyKeyPairAttributeRequest, ModifyKeyPairAttributeResponse } from "../types.js";
/**
 * 修改密钥对属性
 *
 * 本接口 (ModifyKeyPairAttribute) 用于修改密钥对属性。修改密钥对ID所指定的密钥对的名称和描述信息。密钥对名称不能和已经存在的密钥对的名称重复。密钥对ID是密钥对的唯一标识，不可修改。密钥对名称和描述信息必须指定其中之一，也支持同时指定。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyKeyPairAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyKeyPairAttribute | API Explorer: call ModifyKeyPairAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyKeyPairAttribute({
 *   KeyId: "skey-mv9yzyjj",
 *   KeyName: "Tencent",
 * });
 * console.log(res);
 */
export declare function modifyKeyPairAttribute(client: CvmBaseClient, input: ModifyKeyPairAttributeRequest, options?: CvmCallOptions): Promise<ModifyKeyPairAttributeResponse>;

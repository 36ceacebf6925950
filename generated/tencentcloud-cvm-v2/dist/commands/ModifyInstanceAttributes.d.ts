import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ModifyInstanceAttributesRequest, ModifyInstanceAttributesResponse } from "../types.js";
/**
 * 修改实例属性
 *
 * 本接口 (ModifyInstanceAttributes) 用于修改实例的属性（目前只支持实例名称的修改）。“实例名称”仅为方便用户自己管理之用，腾讯云并不以此名称作为提交工单或是进行实例管理操作的依据。本接口仅支持单个实例的修改。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceAttributesErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyInstanceAttributes({
 *   instanceId: "ins-12345678",
 *   instancesName: "Tencent",
 * });
 * console.log(res);
 */
export declare function modifyInstanceAttributes(client: CvmV2BaseClient, input: ModifyInstanceAttributesRequest, options?: CvmV2CallOptions): Promise<ModifyInstanceAttributesResponse>;

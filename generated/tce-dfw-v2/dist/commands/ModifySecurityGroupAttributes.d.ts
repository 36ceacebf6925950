import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { ModifySecurityGroupAttributesRequest, ModifySecurityGroupAttributesResponse } from "../types.js";
/**
 * 修改安全组名称
 *
 * 本接口 (ModifySecurityGroupAttributes) 用于修改已经存在的安全组的属性信息, 包括名称和描述。 1)安全组的名称或描述可以通过系统生成的唯一ID (前缀为sg的字符串) 为索引来进行修改。只有当前账号下的安全组允许被修改。 2)修改后的安全组名称不能与同项目中其他安全组相同, 不超过25个UTF-8字符; 修改后的安全组描述不超过100个UTF-8字符。 3)修改安全组属性信息不影响已绑定的云服务器上的网络安全策略
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributesErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifySecurityGroupAttributes({
 *   sgId: "sg-o1wkaolh",
 *   sgName: "测试1",
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupAttributes(client: DfwV2BaseClient, input: ModifySecurityGroupAttributesRequest, options?: DfwV2CallOptions): Promise<ModifySecurityGroupAttributesResponse>;

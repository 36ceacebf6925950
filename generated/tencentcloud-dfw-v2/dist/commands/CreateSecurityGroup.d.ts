import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { CreateSecurityGroupRequest, CreateSecurityGroupResponse } from "../types.js";
/**
 * 创建安全组
 *
 * 本接口（CreateSecurityGroup）用于创建新的安全组。1. 每个账户下每个地域的每个项目的安全组数量限制。2. 安全组的唯一 ID 由系统自动生成；安全组名（输入的 sgName 字段）由您指定，最多25个UTF-8字符；安全组备注（输入的 sgRemark 字段）也由您指定，最多100个UTF-8字符，允许重复；如果您有多个项目，可以在创建安全组时选择项目 ID（输入的 projectId 字段），不选择时即在您的默认项目中创建。3. 新建的安全组的入站和出站规则默认都是全部拒绝，在创建后通常您需要再调用 ModifySecurityGroupPolicys 将安全组的规则设置为需要的规则。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tencentcloud-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.createSecurityGroup({
 *   projectId: 1000379,
 *   sgName: "组1",
 * });
 * console.log(res);
 */
export declare function createSecurityGroup(client: DfwV2BaseClient, input?: CreateSecurityGroupRequest, options?: DfwV2CallOptions): Promise<CreateSecurityGroupResponse>;

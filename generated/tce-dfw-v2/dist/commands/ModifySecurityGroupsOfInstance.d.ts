import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { ModifySecurityGroupsOfInstanceRequest, ModifySecurityGroupsOfInstanceResponse } from "../types.js";
/**
 * 修改云服务器关联的安全组
 *
 * 本接口 (ModifySecurityGroupsOfInstance) 用于修改指定云服务器关联的安全组。(本接口将在合适时间下线, 建议使用CVM::ModifyInstancesAttribute接口来替代本接口的功能) 1)此接口的操作以云服务器为索引, 每个云服务器需要独立设置要关联到的安全组ID列表。 2)欠费的云服务器, 或正在进行迁移、变更等流程中的云服务器不允许进行关联安全组操作, 直到状态恢复正常。 3)对于绑定了多网卡云服务器, 此接口修改云服务器的主网卡所关联的安全组,其他弹性网卡绑定的安全组保持不变。如果需要修改弹性网卡的安全组, 请使用ModifySecurityGroupsOfNetworkInterface。 4)此接口调用后, 新的安全组关联关系将覆盖云服务器之前的关联关系。假如您的云服务器现在关联了安全组A和B, 希望再关联安全组C, 但保留原来的A和B, 则输入的sgIds参数需要包含A、B和C。移出某个安全组时, 输入的sgIds参数需要包含剩余的安全组ID列表。 5)与安全组内规则类似, 同一个云服务器关联的多个安全组有顺序, 按照此接口中输入的sgIds顺序生效。当您的安全组规则内包含action = drop时, 不同的顺序有可能带来不同的网络防护效果, 需要谨慎修改。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupsOfInstanceErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifySecurityGroupsOfInstance({
 *   instanceSet: [
 *     {
 *       instanceId: "ins-4q118hl2",
 *       sgIds: ["sg-1sdj39df", "sg-o8sk37is"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupsOfInstance(client: DfwV2BaseClient, input: ModifySecurityGroupsOfInstanceRequest, options?: DfwV2CallOptions): Promise<ModifySecurityGroupsOfInstanceResponse>;

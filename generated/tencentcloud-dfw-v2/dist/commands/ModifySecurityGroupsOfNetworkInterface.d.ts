import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { ModifySecurityGroupsOfNetworkInterfaceRequest, ModifySecurityGroupsOfNetworkInterfaceResponse } from "../types.js";
/**
 * 修改弹性网卡关联的安全组
 *
 * 本接口（ModifySecurityGroupsOfNetworkInterface）用于修改指定弹性网卡关联的安全组。1. 此接口的操作以网卡为索引，每个网卡需要独立设置要关联到的安全组 ID 列表。2. 此接口调用后，新的安全组关联关系将覆盖网卡之前的关联关系。假如您的网卡现在关联了安全组 A 和 B，希望再关联安全组 C，但保留原来的 A 和 B，则输入的sgIds 参数需要包含 A、B 和 C。移出某个安全组时，输入的 sgIds 参数需要包含剩余的安全组 ID 列表。3. 与安全组内规则类似，同一个网卡关联的多个安全组有顺序，按照此接口中输入的 sgIds 顺序生效。当您的安全组规则内包含 action = DROP 时，不同的顺序有可能带来不同的网络防护效果，需要谨慎修改。ModifySecurityGroupsOfNetworkInterface。弹性网卡关联安全组数据字段
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupsOfNetworkInterfaceErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tencentcloud-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifySecurityGroupsOfNetworkInterface({
 *   networkInterfaceSet: [
 *     {
 *       networkInterfaceId: "eni-3056glfn",
 *       sgIds: ["sg-1sdj39df", "sg-o8sk37is"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupsOfNetworkInterface(client: DfwV2BaseClient, input: ModifySecurityGroupsOfNetworkInterfaceRequest, options?: DfwV2CallOptions): Promise<ModifySecurityGroupsOfNetworkInterfaceResponse>;

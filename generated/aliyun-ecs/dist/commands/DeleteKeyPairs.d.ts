import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteKeyPairsRequest, DeleteKeyPairsResponse } from "../types.js";
/**
 * 删除一对或者多对 SSH 密钥对
 *
 * 删除一对或者多对 SSH 密钥对。删除 SSH 密钥对后，我们不再为您保存该 SSH 密钥对，但是已经绑定的实例可以正常使用该 SSH 密钥对，其 SSH 密钥对名称仍然显示在实例详情中。
 * 调用该接口时，您需要注意：
 * - 删除 SSH 密钥对后，您将无法通过 DescribeKeyPairs 查询该 SSH 密钥对。
 * - 查询实例信息时（DescribeInstances），会显示 SSH 密钥对名称（KeyPairNames），不再显示该 SSH 密钥对的其他信息。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairsErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.deleteKeyPairs({
 *   RegionId: "cn-qingdao",
 *   KeyPairNames: "test",
 * });
 * console.log(res);
 */
export declare function deleteKeyPairs(client: EcsBaseClient, input: DeleteKeyPairsRequest, options?: EcsCallOptions): Promise<DeleteKeyPairsResponse>;

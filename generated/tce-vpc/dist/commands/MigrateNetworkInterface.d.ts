import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { MigrateNetworkInterfaceRequest, MigrateNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡迁移
 *
 * 本接口 (MigrateNetworkInterface) 用于弹性网卡迁移。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link MigrateNetworkInterfaceErrorCode}.
 */
export declare function migrateNetworkInterface(client: VpcBaseClient, input: MigrateNetworkInterfaceRequest, options?: VpcCallOptions): Promise<MigrateNetworkInterfaceResponse>;

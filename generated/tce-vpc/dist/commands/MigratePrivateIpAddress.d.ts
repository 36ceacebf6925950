import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { MigratePrivateIpAddressRequest, MigratePrivateIpAddressResponse } from "../types.js";
/**
 * 弹性网卡内网IP迁移
 *
 * 本接口 (MigratePrivateIpAddress) 用于弹性网卡内网IP迁移。
 * - 该接口用于将一个内网IP从一个弹性网卡上迁移到另外一个弹性网卡, 主IP地址不支持迁移。
 * - 迁移前后的弹性网卡必须在同一个子网内。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link MigratePrivateIpAddressErrorCode}.
 */
export declare function migratePrivateIpAddress(client: VpcBaseClient, input: MigratePrivateIpAddressRequest, options?: VpcCallOptions): Promise<MigratePrivateIpAddressResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { MigratePrivateIpAddressRequest, MigratePrivateIpAddressResponse } from "../types.js";
/**
 * 弹性网卡内网IP迁移
 *
 * 弹性网卡内网IP迁移。该接口用于将一个内网IP从一个弹性网卡上迁移到另外一个弹性网卡，主IP地址不支持迁移。迁移前后的弹性网卡必须在同一个子网内。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link MigratePrivateIpAddressErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=MigratePrivateIpAddress | API Explorer: call MigratePrivateIpAddress online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.migratePrivateIpAddress({
 *   SourceNetworkInterfaceId: "eni-12121212",
 *   DestinationNetworkInterfaceId: "eni-13131313",
 *   PrivateIpAddress: "172.16.33.109",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function migratePrivateIpAddress(client: EcmBaseClient, input: MigratePrivateIpAddressRequest, options?: EcmCallOptions): Promise<MigratePrivateIpAddressResponse>;

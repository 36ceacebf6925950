import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { MigrateNetworkInterfaceRequest, MigrateNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡迁移
 *
 * 弹性网卡迁移
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link MigrateNetworkInterfaceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=MigrateNetworkInterface | API Explorer: call MigrateNetworkInterface online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.migrateNetworkInterface({
 *   NetworkInterfaceId: "eni-12121212",
 *   SourceInstanceId: "ins-11221122",
 *   DestinationInstanceId: "ins-11331133",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function migrateNetworkInterface(client: EcmBaseClient, input: MigrateNetworkInterfaceRequest, options?: EcmCallOptions): Promise<MigrateNetworkInterfaceResponse>;

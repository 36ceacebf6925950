import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateNetworkInterfaceRequest, CreateNetworkInterfaceResponse } from "../types.js";
/**
 * 创建弹性网卡
 *
 * 创建弹性网卡
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateNetworkInterface | API Explorer: call CreateNetworkInterface online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createNetworkInterface({
 *   VpcId: "vpc-1111111",
 *   SubnetId: "subnet-22222222",
 *   NetworkInterfaceName: "Test",
 *   NetworkInterfaceDescription: "Test",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function createNetworkInterface(client: EcmBaseClient, input: CreateNetworkInterfaceRequest, options?: EcmCallOptions): Promise<CreateNetworkInterfaceResponse>;

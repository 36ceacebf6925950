import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateHaVipRequest, CreateHaVipResponse } from "../types.js";
/**
 * 创建HAVIP
 *
 * 本接口（CreateHaVip）用于创建高可用虚拟IP（HAVIP）
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateHaVipErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateHaVip | API Explorer: call CreateHaVip online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createHaVip({
 *   VpcId: "vpc-m0c2kcun",
 *   SubnetId: "subnet-rtmfkg4w",
 *   HaVipName: "irang_testHaVip",
 * });
 * console.log(res);
 */
export declare function createHaVip(client: EcmBaseClient, input: CreateHaVipRequest, options?: EcmCallOptions): Promise<CreateHaVipResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DisassociateInstancesKeyPairsRequest, DisassociateInstancesKeyPairsResponse } from "../types.js";
/**
 * 解绑密钥对
 *
 * 用于解除实例的密钥绑定关系。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateInstancesKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisassociateInstancesKeyPairs | API Explorer: call DisassociateInstancesKeyPairs online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.disassociateInstancesKeyPairs({
 *   InstanceIds: ["ein-ss23fw23"],
 *   KeyIds: ["skey-3cvmq2vn"],
 * });
 * console.log(res);
 */
export declare function disassociateInstancesKeyPairs(client: EcmBaseClient, input: DisassociateInstancesKeyPairsRequest, options?: EcmCallOptions): Promise<DisassociateInstancesKeyPairsResponse>;

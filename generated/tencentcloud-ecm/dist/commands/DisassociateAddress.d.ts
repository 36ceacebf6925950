import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DisassociateAddressRequest, DisassociateAddressResponse } from "../types.js";
/**
 * 解绑定弹性公网IP
 *
 * 解绑弹性公网IP（简称 EIP）只有状态为 BIND 和 BIND_ENI 的 EIP 才能进行解绑定操作。EIP 如果被封堵，则不能进行解绑定操作。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateAddressErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisassociateAddress | API Explorer: call DisassociateAddress online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.disassociateAddress({
 *   AddressId: "eip-11112222",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function disassociateAddress(client: EcmBaseClient, input: DisassociateAddressRequest, options?: EcmCallOptions): Promise<DisassociateAddressResponse>;

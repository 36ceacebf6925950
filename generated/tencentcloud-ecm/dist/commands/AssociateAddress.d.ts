import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AssociateAddressRequest, AssociateAddressResponse } from "../types.js";
/**
 * 绑定弹性公网IP
 *
 * 将弹性公网IP（简称 EIP）绑定到实例或弹性网卡的指定内网 IP 上。将 EIP 绑定到实例（ECM）上，其本质是将 EIP 绑定到实例上主网卡的主内网 IP 上。将 EIP 绑定到指定网卡的内网 IP上，内网IP已经绑定了EIP或普通公网IP，则反馈失败。必须先解绑该 EIP，才能再绑定新的。只有状态为 UNBIND 的 EIP 才能够绑定内网IP。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateAddressErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssociateAddress | API Explorer: call AssociateAddress online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.associateAddress({
 *   AddressId: "eip-11112222",
 *   InstanceId: "ins-11221122",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function associateAddress(client: EcmBaseClient, input: AssociateAddressRequest, options?: EcmCallOptions): Promise<AssociateAddressResponse>;

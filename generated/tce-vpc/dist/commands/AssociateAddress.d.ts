import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AssociateAddressRequest, AssociateAddressResponse } from "../types.js";
/**
 * 绑定弹性公网IP
 *
 * 本接口 (AssociateAddress) 用于将弹性公网IP (简称 EIP) 绑定到实例或弹性网卡的主网 IP 上。
 * - 将 EIP 绑定到实例 (CVM) 上, 其本质是将 EIP 绑定到实例上主网卡的主内网 IP 上。
 * - 将 EIP 绑定到主网卡的主内网IP上, 绑定过程会把其上绑定的普通公网 IP 自动解绑并释放。
 * - 将 EIP 绑定到指定网卡的内网 IP 上 (非主网卡的主内网IP), 则必须先解绑该 EIP, 才能再绑定新的。
 * - 将 EIP 绑定到NAT网关, 请使用接口AssociateNatGatewayAddress
 * - EIP 如果欠费或被封堵, 则不能被绑定。
 * - 只有状态为 UNBIND 的 EIP 才能够被绑定。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateAddressErrorCode}.
 */
export declare function associateAddress(client: VpcBaseClient, input: AssociateAddressRequest, options?: VpcCallOptions): Promise<AssociateAddressResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DisassociateAddressRequest, DisassociateAddressResponse } from "../types.js";
/**
 * 解绑弹性公网IP
 *
 * 本接口 (DisassociateAddress) 用于解绑弹性公网IP (简称 EIP)。
 * - 支持CVM实例, 弹性网卡上的EIP解绑
 * - 不支持NAT上的EIP解绑。NAT上的EIP解绑请参考DisassociateNatGatewayAddress
 * - 只有状态为 BIND 和 BIND_ENI 的 EIP 才能进行解绑定操作。
 * - EIP 如果被封堵, 则不能进行解绑定操作。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateAddressErrorCode}.
 */
export declare function disassociateAddress(client: VpcBaseClient, input: DisassociateAddressRequest, options?: VpcCallOptions): Promise<DisassociateAddressResponse>;

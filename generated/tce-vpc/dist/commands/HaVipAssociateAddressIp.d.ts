import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { HaVipAssociateAddressIpRequest, HaVipAssociateAddressIpResponse } from "../types.js";
/**
 * HAVIP绑定EIP
 *
 * 本接口 (HaVipAssociateAddressIp) 用于高可用虚拟IP (HAVIP) 绑定弹性公网IP (EIP)本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 RequestId 轮询 QueryTask 接口
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link HaVipAssociateAddressIpErrorCode}.
 */
export declare function haVipAssociateAddressIp(client: VpcBaseClient, input: HaVipAssociateAddressIpRequest, options?: VpcCallOptions): Promise<HaVipAssociateAddressIpResponse>;

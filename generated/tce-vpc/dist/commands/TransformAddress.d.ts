import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { TransformAddressRequest, TransformAddressResponse } from "../types.js";
/**
 * 普通IP转弹性IP
 *
 * 本接口 (TransformAddress) 用于将实例的普通公网 IP 转换为弹性公网IP (简称 EIP)。
 * - 平台对用户每地域每日解绑 EIP 重新分配普通公网 IP 次数有所限制 (可参见EIP 产品简介)。上述配额可通过 DescribeAddressQuota 接口获取。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TransformAddressErrorCode}.
 */
export declare function transformAddress(client: VpcBaseClient, input: TransformAddressRequest, options?: VpcCallOptions): Promise<TransformAddressResponse>;

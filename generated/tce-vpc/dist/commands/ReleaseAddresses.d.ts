import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ReleaseAddressesRequest, ReleaseAddressesResponse } from "../types.js";
/**
 * 释放弹性公网IP
 *
 * 本接口 (ReleaseAddresses) 用于释放一个或多个弹性公网IP (简称 EIP)。
 * - 该操作不可逆, 释放后 EIP 关联的 IP 地址将不再属于您的名下。
 * - 只有状态为 UNBIND 的 EIP 才能进行释放操作。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReleaseAddressesErrorCode}.
 */
export declare function releaseAddresses(client: VpcBaseClient, input: ReleaseAddressesRequest, options?: VpcCallOptions): Promise<ReleaseAddressesResponse>;

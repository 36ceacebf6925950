import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CheckDefaultSubnetRequest, CheckDefaultSubnetResponse } from "../types.js";
/**
 * 预判是否可建默认子网
 *
 * 本接口 (CheckDefaultSubnet) 用于预判是否可建默认子网。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CheckDefaultSubnetErrorCode}.
 */
export declare function checkDefaultSubnet(client: VpcBaseClient, input?: CheckDefaultSubnetRequest, options?: VpcCallOptions): Promise<CheckDefaultSubnetResponse>;

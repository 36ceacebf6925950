import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CheckIpInSubnetRequest, CheckIpInSubnetResponse } from "../types.js";
/**
 * 判断ip在子网内是有可用
 *
 * 判断ip在子网内是有可用
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CheckIpInSubnetErrorCode}.
 */
export declare function checkIpInSubnet(client: VpcBaseClient, input: CheckIpInSubnetRequest, options?: VpcCallOptions): Promise<CheckIpInSubnetResponse>;

import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateSubnetRequest, CreateSubnetResponse } from "../types.js";
/**
 * 创建子网
 *
 * 创建子网，若创建成功，则此子网会成为此可用区的默认子网。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSubnetErrorCode}.
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function createSubnet(client: EcmBaseClient, input: CreateSubnetRequest, options?: EcmCallOptions): Promise<CreateSubnetResponse>;

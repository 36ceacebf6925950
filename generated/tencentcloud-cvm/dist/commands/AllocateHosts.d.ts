import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { AllocateHostsRequest, AllocateHostsResponse } from "../types.js";
/**
 * 创建CDH实例
 *
 * 本接口 (AllocateHosts) 用于创建一个或多个指定配置的CDH实例。当HostChargeType为PREPAID时，必须指定HostChargePrepaid参数。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AllocateHostsErrorCode}.
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt
 */
export declare function allocateHosts(client: CvmBaseClient, input: AllocateHostsRequest, options?: CvmCallOptions): Promise<AllocateHostsResponse>;

import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateDisksRequest, CreateDisksResponse } from "../types.js";
/**
 * 创建云硬盘
 *
 * 本接口(CreateDisks)用于创建一个或多个云硬盘。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDisksErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function createDisks(client: LighthouseBaseClient, input: CreateDisksRequest, options?: LighthouseCallOptions): Promise<CreateDisksResponse>;

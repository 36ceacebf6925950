import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { query_load_progressRequest, query_load_progressResponse } from "../types.js";
/**
 * 磁盘在线迁移进度查询接口
 *
 * 磁盘在线迁移进度查询接口。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link query_load_progressErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.query_load_progress({});
 * console.log(res);
 */
export declare function query_load_progress(client: EcsBaseClient, input: query_load_progressRequest, options?: EcsCallOptions): Promise<query_load_progressResponse>;

import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateRouteRequest, CreateRouteResponse } from "../types.js";
/**
 * 新增路由策略
 *
 * 本接口(CreateRoute)用于新增路由策略。
 * 您可以针对某个路由表批量新增路由策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateRouteErrorCode}.
 * @see spec/sources/tce-vpc.txt
 */
export declare function createRoute(client: VpcV2BaseClient, input: CreateRouteRequest, options?: VpcV2CallOptions): Promise<CreateRouteResponse>;

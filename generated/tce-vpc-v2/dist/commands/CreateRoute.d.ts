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
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createRoute({
 *   vpcId: "vpc-amhnao5",
 *   routeTableId: "rtb-4ahe1qy2",
 *   routeSet: [
 *     {
 *       destinationCidrBlock: "121.0.23.51/16",
 *       nextType: "1",
 *       nextHub: "vpngw-dystbrkv",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createRoute(client: VpcV2BaseClient, input: CreateRouteRequest, options?: VpcV2CallOptions): Promise<CreateRouteResponse>;

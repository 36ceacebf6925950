import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateRouteTableRequest, CreateRouteTableResponse } from "../types.js";
/**
 * 创建路由表
 *
 * 本接口(CreateRouteTable)用于创建路由表。
 * 创建了VPC后，系统会创建一个默认路由表，所有新建的子网都会关联到默认路由表。默认情况下您可以直接使用默认路由表来管理您的路由策略。当您的路由策略较多时，您可以调用创建路由表接口创建更多路由表管理您的路由策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateRouteTableErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createRouteTable({
 *   vpcId: "vpc-amhnao5",
 *   routeTableName: "tttt111",
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
export declare function createRouteTable(client: VpcV2BaseClient, input: CreateRouteTableRequest, options?: VpcV2CallOptions): Promise<CreateRouteTableResponse>;

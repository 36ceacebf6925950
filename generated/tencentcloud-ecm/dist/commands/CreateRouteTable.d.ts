import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateRouteTableRequest, CreateRouteTableResponse } from "../types.js";
/**
 * 创建路由表
 *
 * 创建了VPC后，系统会创建一个默认路由表，所有新建的子网都会关联到默认路由表。默认情况下您可以直接使用默认路由表来管理您的路由策略。当您的路由策略较多时，您可以调用创建路由表接口创建更多路由表管理您的路由策略。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateRouteTableErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateRouteTable | API Explorer: call CreateRouteTable online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createRouteTable({
 *   RouteTableName: "测试路由表",
 *   VpcId: "vpc-loibq08z",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function createRouteTable(client: EcmBaseClient, input: CreateRouteTableRequest, options?: EcmCallOptions): Promise<CreateRouteTableResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpcEndPointServiceRequest, DescribeVpcEndPointServiceResponse } from "../types.js";
/**
 * 查询终端节点服务列表
 *
 * 查询终端节点服务列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcEndPointServiceErrorCode}.
 */
export declare function describeVpcEndPointService(client: VpcBaseClient, input?: DescribeVpcEndPointServiceRequest, options?: VpcCallOptions): Promise<DescribeVpcEndPointServiceResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeServiceTemplatesRequest, DescribeServiceTemplatesResponse } from "../types.js";
/**
 * 查询协议端口模板
 *
 * 本接口 (DescribeServiceTemplates) 用于查询协议端口模板
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeServiceTemplatesErrorCode}.
 */
export declare function describeServiceTemplates(client: VpcBaseClient, input?: DescribeServiceTemplatesRequest, options?: VpcCallOptions): Promise<DescribeServiceTemplatesResponse>;

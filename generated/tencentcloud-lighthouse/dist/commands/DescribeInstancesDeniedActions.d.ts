import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeInstancesDeniedActionsRequest, DescribeInstancesDeniedActionsResponse } from "../types.js";
/**
 * 查看实例操作限制列表
 *
 * 本接口（DescribeInstancesDeniedActions）用于查询一个或多个实例的操作限制列表信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesDeniedActionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesDeniedActions | API Explorer: call DescribeInstancesDeniedActions online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesDeniedActions({
 *   InstanceIds: ["lhins-pcynd6zp"],
 * });
 * console.log(res);
 */
export declare function describeInstancesDeniedActions(client: LighthouseBaseClient, input: DescribeInstancesDeniedActionsRequest, options?: LighthouseCallOptions): Promise<DescribeInstancesDeniedActionsResponse>;

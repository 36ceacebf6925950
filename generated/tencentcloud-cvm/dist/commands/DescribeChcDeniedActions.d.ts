import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeChcDeniedActionsRequest, DescribeChcDeniedActionsResponse } from "../types.js";
/**
 * 查询CHC物理服务器禁止做的操作
 *
 * 查询CHC物理服务器禁止做的操作，返回给用户
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeChcDeniedActionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcDeniedActions | API Explorer: call DescribeChcDeniedActions online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeChcDeniedActions({
 *   ChcIds: ["chc-adf34aft", "chc-1a2b3c4d"],
 * });
 * console.log(res);
 */
export declare function describeChcDeniedActions(client: CvmBaseClient, input: DescribeChcDeniedActionsRequest, options?: CvmCallOptions): Promise<DescribeChcDeniedActionsResponse>;

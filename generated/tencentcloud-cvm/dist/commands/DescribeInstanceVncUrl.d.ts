import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstanceVncUrlRequest, DescribeInstanceVncUrlResponse } from "../types.js";
/**
 * 查询实例管理终端地址
 *
 * 本接口 ( DescribeInstanceVncUrl ) 用于查询实例管理终端地址，获取的地址可用于实例的 VNC 登录。处于 STOPPED  状态的机器无法使用此功能。管理终端地址的有效期为 15 秒，调用接口成功后如果 15 秒内不使用该链接进行访问，管理终端地址自动失效，您需要重新查询。管理终端地址一旦被访问，将自动失效，您需要重新查询。如果连接断开，每分钟内重新连接的次数不能超过 30 次。获取到 InstanceVncUrl  后，您需要在链接 https://img.qcloud.com/qcloud/app/active_vnc/index.html?  末尾加上参数 InstanceVncUrl=xxxx。参数 InstanceVncUrl  ：调用接口成功后会返回的 InstanceVncUrl  的值。最后组成的 URL 格式如下：https://img.qcloud.com/qcloud/app/active_vnc/index.html?InstanceVncUrl=wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fvnc%3Fs%3DaH pjWnRVMFNhYmxKdDM5MjRHNlVTSVQwajNUSW0wb2tBbmFtREFCTmFrcy8vUUNPMG0wSHZNOUUxRm5PMmUzWmFDcWlOdDJIbUJxSTZDL0RXcHZxYnZZMmRkWWZW cEZia2lyb09XMzdKNmM9
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceVncUrlErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceVncUrl | API Explorer: call DescribeInstanceVncUrl online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstanceVncUrl({
 *   InstanceId: "ins-r9hr2upy",
 * });
 * console.log(res);
 */
export declare function describeInstanceVncUrl(client: CvmBaseClient, input: DescribeInstanceVncUrlRequest, options?: CvmCallOptions): Promise<DescribeInstanceVncUrlResponse>;

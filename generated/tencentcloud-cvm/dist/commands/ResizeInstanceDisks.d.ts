import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ResizeInstanceDisksRequest, ResizeInstanceDisksResponse } from "../types.js";
/**
 * 扩容实例磁盘
 *
 * 本接口 (ResizeInstanceDisks) 用于扩容实例的磁盘。目前只支持扩容非弹性盘（ DescribeDisks 接口返回值中的Portable为false表示非弹性）。对于包年包月实例，使用该接口会涉及扣费，请确保账户余额充足。可通过 DescribeAccountBalance 接口查询账户余额。目前只支持扩容一块数据盘。默认扩容方式为关机后扩容。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。如果是系统盘，目前只支持扩容，不支持缩容。如果是运行中的实例，必须指定ForceStop或ResizeOnline任意一个参数为true，否则操作失败。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResizeInstanceDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResizeInstanceDisks | API Explorer: call ResizeInstanceDisks online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.resizeInstanceDisks({
 *   InstanceId: "ins-r8hr2upy",
 *   DataDisks: [
 *     {
 *       DiskSize: 100,
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function resizeInstanceDisks(client: CvmBaseClient, input: ResizeInstanceDisksRequest, options?: CvmCallOptions): Promise<ResizeInstanceDisksResponse>;

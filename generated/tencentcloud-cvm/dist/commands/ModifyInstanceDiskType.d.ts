import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyInstanceDiskTypeRequest, ModifyInstanceDiskTypeResponse } from "../types.js";
/**
 * 修改实例的硬盘介质
 *
 * 本接口 (ModifyInstanceDiskType) 用于修改实例硬盘介质类型。只支持实例的本地系统盘、本地数据盘转化成指定云硬盘介质。只支持实例在关机状态下转换成指定云硬盘介质。不支持竞价实例类型。若实例同时存在本地系统盘和本地数据盘，需同时调整系统盘和数据盘的介质类型，不支持单独针对本地系统盘或本地数据盘修改介质类型。修改前请确保账户余额充足。可通过 DescribeAccountBalance 接口查询账户余额。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceDiskTypeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstanceDiskType | API Explorer: call ModifyInstanceDiskType online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstanceDiskType({
 *   InstanceId: "ins-r8hr2upy",
 *   SystemDisk: {
 *     DiskType: "CLOUD_PREMIUM",
 *   },
 * });
 * console.log(res);
 */
export declare function modifyInstanceDiskType(client: CvmBaseClient, input: ModifyInstanceDiskTypeRequest, options?: CvmCallOptions): Promise<ModifyInstanceDiskTypeResponse>;

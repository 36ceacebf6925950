import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyInstancesVpcAttributeRequest, ModifyInstancesVpcAttributeResponse } from "../types.js";
/**
 * 修改实例vpc属性
 *
 * 本接口(ModifyInstancesVpcAttribute)用于修改实例vpc属性，如私有网络IP。此操作默认会关闭实例，完成后再启动。当指定私有网络ID和子网ID（子网必须在实例所在的可用区）与指定实例所在私有网络不一致时，会将实例迁移至指定的私有网络的子网下。执行此操作前请确保指定的实例上没有绑定弹性网卡和负载均衡。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesVpcAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesVpcAttribute | API Explorer: call ModifyInstancesVpcAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesVpcAttribute({
 *   VirtualPrivateCloud: {
 *     SubnetId: "subnet-dcs9x3gz",
 *     VpcId: "vpc-1urkhbj4",
 *     PrivateIpAddresses: ["10.0.0.19", "10.0.0.18"],
 *   },
 *   InstanceIds: ["ins-5d8a23rs", "ins-r8hr2upy"],
 * });
 * console.log(res);
 */
export declare function modifyInstancesVpcAttribute(client: CvmBaseClient, input: ModifyInstancesVpcAttributeRequest, options?: CvmCallOptions): Promise<ModifyInstancesVpcAttributeResponse>;

import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { CvmBaseClient, type CvmCallOptions, type CvmClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 云服务器 (tencentcloud cvm, API 2017-03-12), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 *
 * @see {@link https://cloud.tencent.com/document/api | Tencent Cloud API documentation}
 */
export declare class CvmClient extends CvmBaseClient {
    constructor(config?: CvmClientConfig);
    /**
     * 查询地域列表
     *
     * 本接口(DescribeRegions)用于查询地域信息。因平台策略原因，该接口暂时停止更新，为确保您正常调用，可切换至新链接：https://cloud.tencent.com/document/product/1596/77930。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRegionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeRegions | API Explorer: call DescribeRegions online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient();
     * const res = await client.describeRegions({});
     * console.log(res);
     */
    describeRegions(input?: types.DescribeRegionsRequest, options?: CvmCallOptions): Promise<types.DescribeRegionsResponse>;
    /**
     * 查询可用区列表
     *
     * 本接口(DescribeZones)用于查询可用区信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeZonesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZones | API Explorer: call DescribeZones online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeZones({});
     * console.log(res);
     */
    describeZones(input?: types.DescribeZonesRequest, options?: CvmCallOptions): Promise<types.DescribeZonesResponse>;
    /**
     * 创建实例
     *
     * 本接口 (RunInstances) 用于创建一个或多个指定配置的实例。实例创建成功后将自动开机启动，实例状态变为“运行中”。预付费实例的购买会预先扣除本次实例购买所需金额，按小时后付费实例购买会预先冻结本次实例购买一小时内所需金额，在调用本接口前请确保账户余额充足。调用本接口创建实例，支持代金券自动抵扣（注意，代金券不可用于抵扣后付费冻结金额），详情请参考代金券选用规则。本接口允许购买的实例数量遵循CVM实例购买限制，所创建的实例和官网入口创建的实例共用配额。本接口为异步接口，当创建实例请求下发成功后会返回一个实例ID列表和一个RequestId，此时创建实例操作并未立即完成。在此期间实例的状态将会处于“PENDING”，实例创建结果可以通过调用 DescribeInstancesStatus 接口查询，如果实例状态(InstanceState)由“PENDING(创建中)”变为“RUNNING(运行中)”，则代表实例创建成功，“LAUNCH_FAILED”代表实例创建失败。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances | API Explorer: call RunInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.runInstances({
     *   SystemDisk: {
     *     DiskSize: 50,
     *     DiskType: "CLOUD_PREMIUM",
     *   },
     *   InstanceCount: 1,
     *   Placement: {
     *     HostIds: ["host-q88gab4i"],
     *     Zone: "ap-shanghai-2",
     *   },
     *   LoginSettings: {
     *     Password: "Qcloud@TestApi123++",
     *   },
     *   ImageId: "img-pmqg1cw7",
     *   InstanceChargeType: "CDHPAID",
     *   EnhancedService: {
     *     SecurityService: {
     *       Enabled: true,
     *     },
     *     MonitorService: {
     *       Enabled: true,
     *     },
     *   },
     *   InternetAccessible: {
     *     PublicIpAssigned: true,
     *     InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR",
     *     InternetMaxBandwidthOut: 10,
     *   },
     *   InstanceName: "QCLOUD-TEST",
     *   InstanceType: "CDH_1C1G",
     *   DataDisks: [
     *     {
     *       DiskSize: 100,
     *       DiskType: "CLOUD_PREMIUM",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    runInstances(input?: types.RunInstancesRequest, options?: CvmCallOptions): Promise<types.RunInstancesResponse>;
    /**
     * 查看实例列表
     *
     * 本接口 (DescribeInstances) 用于查询一个或多个实例的详细信息。可以根据实例ID、实例名称或者实例计费模式等信息来查询实例的详细信息。过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例。支持查询实例的最新操作（LatestOperation）以及最新操作状态(LatestOperationState)。
     *
     * Default rate limit: 40 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstances | API Explorer: call DescribeInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstances({
     *   Limit: 1,
     *   Filters: [
     *     {
     *       Values: ["ap-guangzhou-2", "ap-guangzhou-1"],
     *       Name: "zone",
     *     },
     *   ],
     *   Offset: 0,
     * });
     * console.log(res);
     */
    describeInstances(input?: types.DescribeInstancesRequest, options?: CvmCallOptions): Promise<types.DescribeInstancesResponse>;
    /**
     * 查询所支持的实例机型族信息
     *
     * 本接口（DescribeInstanceFamilyConfigs）查询当前用户和地域所支持的机型族列表信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceFamilyConfigsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceFamilyConfigs | API Explorer: call DescribeInstanceFamilyConfigs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstanceFamilyConfigs({});
     * console.log(res);
     */
    describeInstanceFamilyConfigs(input?: types.DescribeInstanceFamilyConfigsRequest, options?: CvmCallOptions): Promise<types.DescribeInstanceFamilyConfigsResponse>;
    /**
     * 查询实例机型列表
     *
     * 本接口 (DescribeInstanceTypeConfigs) 用于查询实例机型配置。可以根据zone、instance-family、instance-type来查询实例机型配置。过滤条件详见过滤器Filter。如果参数为空，返回指定地域的所有实例机型配置。
     *
     * Default rate limit: 40 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypeConfigsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceTypeConfigs | API Explorer: call DescribeInstanceTypeConfigs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstanceTypeConfigs({
     *   Filters: [
     *     {
     *       Name: "zone",
     *       Values: ["ap-guangzhou-2"],
     *     },
     *     {
     *       Name: "instance-family",
     *       Values: ["I1"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeInstanceTypeConfigs(input?: types.DescribeInstanceTypeConfigsRequest, options?: CvmCallOptions): Promise<types.DescribeInstanceTypeConfigsResponse>;
    /**
     * 查询实例操作限制
     *
     * 本接口（DescribeInstancesOperationLimit）用于查询实例操作限制。目前支持调整配置操作限制次数查询。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesOperationLimitErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesOperationLimit | API Explorer: call DescribeInstancesOperationLimit online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesOperationLimit({
     *   InstanceIds: ["ins-r8hr2upy"],
     *   Operation: "INSTANCE_DEGRADE",
     * });
     * console.log(res);
     */
    describeInstancesOperationLimit(input: types.DescribeInstancesOperationLimitRequest, options?: CvmCallOptions): Promise<types.DescribeInstancesOperationLimitResponse>;
    /**
     * 查询实例管理终端地址
     *
     * 本接口 ( DescribeInstanceVncUrl ) 用于查询实例管理终端地址，获取的地址可用于实例的 VNC 登录。处于 STOPPED  状态的机器无法使用此功能。管理终端地址的有效期为 15 秒，调用接口成功后如果 15 秒内不使用该链接进行访问，管理终端地址自动失效，您需要重新查询。管理终端地址一旦被访问，将自动失效，您需要重新查询。如果连接断开，每分钟内重新连接的次数不能超过 30 次。获取到 InstanceVncUrl  后，您需要在链接 https://img.qcloud.com/qcloud/app/active_vnc/index.html?  末尾加上参数 InstanceVncUrl=xxxx。参数 InstanceVncUrl  ：调用接口成功后会返回的 InstanceVncUrl  的值。最后组成的 URL 格式如下：https://img.qcloud.com/qcloud/app/active_vnc/index.html?InstanceVncUrl=wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fvnc%3Fs%3DaH pjWnRVMFNhYmxKdDM5MjRHNlVTSVQwajNUSW0wb2tBbmFtREFCTmFrcy8vUUNPMG0wSHZNOUUxRm5PMmUzWmFDcWlOdDJIbUJxSTZDL0RXcHZxYnZZMmRkWWZW cEZia2lyb09XMzdKNmM9
     *
     * Default rate limit: 10 requests per second.
     *
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
    describeInstanceVncUrl(input: types.DescribeInstanceVncUrlRequest, options?: CvmCallOptions): Promise<types.DescribeInstanceVncUrlResponse>;
    /**
     * 创建实例询价
     *
     * 本接口(InquiryPriceRunInstances)用于创建实例询价。本接口仅允许针对购买限制范围内的实例配置进行询价, 详见：创建实例。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRunInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRunInstances | API Explorer: call InquiryPriceRunInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceRunInstances({
     *   SystemDisk: {
     *     DiskSize: 50,
     *     DiskType: "CLOUD_PREMIUM",
     *   },
     *   InstanceCount: 1,
     *   Placement: {
     *     Zone: "ap-shanghai-2",
     *   },
     *   LoginSettings: {
     *     Password: "Qcloud@TestApi123++",
     *   },
     *   ImageId: "img-pmqg1cw7",
     *   InstanceChargeType: "PREPAID",
     *   EnhancedService: {
     *     SecurityService: {
     *       Enabled: true,
     *     },
     *     MonitorService: {
     *       Enabled: true,
     *     },
     *   },
     *   InternetAccessible: {
     *     PublicIpAssigned: true,
     *     InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR",
     *     InternetMaxBandwidthOut: 10,
     *   },
     *   InstanceChargePrepaid: {
     *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     *     Period: 1,
     *   },
     *   InstanceName: "QCLOUD-TEST",
     *   InstanceType: "S5.16XLARGE256",
     *   DataDisks: [
     *     {
     *       DiskSize: 100,
     *       DiskType: "CLOUD_PREMIUM",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    inquiryPriceRunInstances(input: types.InquiryPriceRunInstancesRequest, options?: CvmCallOptions): Promise<types.InquiryPriceRunInstancesResponse>;
    /**
     * 续费实例询价
     *
     * 本接口 (InquiryPriceRenewInstances) 用于续费包年包月实例询价。只支持查询包年包月实例的续费价格。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRenewInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewInstances | API Explorer: call InquiryPriceRenewInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceRenewInstances({
     *   InstanceChargePrepaid: {
     *     Period: 1,
     *   },
     *   InstanceIds: ["ins-2zvpghhc"],
     * });
     * console.log(res);
     */
    inquiryPriceRenewInstances(input: types.InquiryPriceRenewInstancesRequest, options?: CvmCallOptions): Promise<types.InquiryPriceRenewInstancesResponse>;
    /**
     * 重装实例询价
     *
     * 本接口 (InquiryPriceResetInstance) 用于重装实例询价。如果指定了ImageId参数，则使用指定的镜像进行重装询价；否则按照当前实例使用的镜像进行重装询价。目前只支持系统盘类型是CLOUD_BSSD、CLOUD_PREMIUM、CLOUD_SSD类型的实例使用该接口实现Linux和Windows操作系统切换的重装询价。目前不支持境外地域的实例使用该接口实现Linux和Windows操作系统切换的重装询价。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetInstanceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstance | API Explorer: call InquiryPriceResetInstance online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceResetInstance({
     *   InstanceId: "ins-fd8spnmq",
     * });
     * console.log(res);
     */
    inquiryPriceResetInstance(input: types.InquiryPriceResetInstanceRequest, options?: CvmCallOptions): Promise<types.InquiryPriceResetInstanceResponse>;
    /**
     * 调整实例配置询价
     *
     * 本接口 (InquiryPriceResetInstancesType) 用于调整实例的机型询价。目前只支持系统盘类型是CLOUD_BSSD、CLOUD_PREMIUM、CLOUD_SSD类型的实例使用该接口进行调整机型询价。目前不支持CDH实例使用该接口调整机型询价。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetInstancesTypeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesType | API Explorer: call InquiryPriceResetInstancesType online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceResetInstancesType({
     *   InstanceType: "S5.16XLARGE256",
     *   InstanceIds: ["ins-xmf2ac34"],
     * });
     * console.log(res);
     */
    inquiryPriceResetInstancesType(input: types.InquiryPriceResetInstancesTypeRequest, options?: CvmCallOptions): Promise<types.InquiryPriceResetInstancesTypeResponse>;
    /**
     * 修改实例计费模式询价
     *
     * 本接口 (InquiryPriceModifyInstancesChargeType) 用于切换实例的计费模式询价。关机不收费的实例、批量计算型BC1和批量计算型BS1机型族的实例、设置定时销毁的实例、竞价实例不支持该操作。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceModifyInstancesChargeTypeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceModifyInstancesChargeType | API Explorer: call InquiryPriceModifyInstancesChargeType online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceModifyInstancesChargeType({
     *   InstanceChargeType: "PREPAID",
     *   InstanceIds: ["ins-r8hr2upy"],
     *   InstanceChargePrepaid: {
     *     Period: 1,
     *   },
     * });
     * console.log(res);
     */
    inquiryPriceModifyInstancesChargeType(input: types.InquiryPriceModifyInstancesChargeTypeRequest, options?: CvmCallOptions): Promise<types.InquiryPriceModifyInstancesChargeTypeResponse>;
    /**
     * 启动实例
     *
     * 本接口 (StartInstances) 用于启动一个或多个实例。只有状态为STOPPED的实例才可以进行此操作。接口调用成功时，实例会进入STARTING状态；启动实例成功时，实例会进入RUNNING状态。支持批量操作。每次请求批量实例的上限为100。本接口为异步接口，启动实例请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表启动实例操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StartInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StartInstances | API Explorer: call StartInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.startInstances({
     *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
     * });
     * console.log(res);
     */
    startInstances(input: types.StartInstancesRequest, options?: CvmCallOptions): Promise<types.StartInstancesResponse>;
    /**
     * 重启实例
     *
     * 本接口 (RebootInstances) 用于重启实例。只有状态为RUNNING的实例才可以进行此操作。接口调用成功时，实例会进入REBOOTING状态；重启实例成功时，实例会进入RUNNING状态。支持强制重启。强制重启的效果等同于关闭物理计算机的电源开关再重新启动。强制重启可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常重启时使用。支持批量操作，每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RebootInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RebootInstances | API Explorer: call RebootInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.rebootInstances({
     *   StopType: "SOFT",
     *   InstanceIds: ["ins-5d8a23rs", "ins-r8hr2upy"],
     * });
     * console.log(res);
     */
    rebootInstances(input: types.RebootInstancesRequest, options?: CvmCallOptions): Promise<types.RebootInstancesResponse>;
    /**
     * 关闭实例
     *
     * 本接口 (StopInstances) 用于关闭一个或多个实例。只有状态为RUNNING的实例才可以进行此操作。接口调用成功时，实例会进入STOPPING状态；关闭实例成功时，实例会进入STOPPED状态。支持强制关闭。强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。支持批量操作。每次请求批量实例的上限为100。本接口为异步接口，关闭实例请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表关闭实例操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StopInstances | API Explorer: call StopInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.stopInstances({
     *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
     *   ForceStop: "false",
     * });
     * console.log(res);
     */
    stopInstances(input: types.StopInstancesRequest, options?: CvmCallOptions): Promise<types.StopInstancesResponse>;
    /**
     * 续费实例
     *
     * 本接口 (RenewInstances) 用于续费包年包月实例。只支持操作包年包月实例。续费时请确保账户余额充足。可通过DescribeAccountBalance接口查询账户余额。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RenewInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewInstances | API Explorer: call RenewInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.renewInstances({
     *   InstanceChargePrepaid: {
     *     RenewFlag: "NOTIFY_AND_MANUAL_RENEW",
     *     Period: 1,
     *   },
     *   InstanceIds: ["ins-r8hr2upy"],
     * });
     * console.log(res);
     */
    renewInstances(input: types.RenewInstancesRequest, options?: CvmCallOptions): Promise<types.RenewInstancesResponse>;
    /**
     * 扩容实例磁盘
     *
     * 本接口 (ResizeInstanceDisks) 用于扩容实例的磁盘。目前只支持扩容非弹性盘（ DescribeDisks 接口返回值中的Portable为false表示非弹性）。对于包年包月实例，使用该接口会涉及扣费，请确保账户余额充足。可通过 DescribeAccountBalance 接口查询账户余额。目前只支持扩容一块数据盘。默认扩容方式为关机后扩容。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。如果是系统盘，目前只支持扩容，不支持缩容。如果是运行中的实例，必须指定ForceStop或ResizeOnline任意一个参数为true，否则操作失败。
     *
     * Default rate limit: 10 requests per second.
     *
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
    resizeInstanceDisks(input: types.ResizeInstanceDisksRequest, options?: CvmCallOptions): Promise<types.ResizeInstanceDisksResponse>;
    /**
     * 重置实例密码
     *
     * 本接口 (ResetInstancesPassword) 用于将实例操作系统的密码重置为用户指定的密码。*如果是修改系统管理员密码：实例的操作系统不同，管理员账号也会不一样( Windows为 Administrator， Ubuntu为 ubuntu，其它系统为 root )。重置处于运行中状态的实例密码，需要设置关机参数ForceStop为TRUE。如果没有显式指定强制关机参数，则只有处于关机状态的实例才允许执行重置密码操作。支持批量操作。将多个实例操作系统的密码重置为相同的密码。每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesPasswordErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesPassword | API Explorer: call ResetInstancesPassword online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.resetInstancesPassword({
     *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
     *   Password: "abc123ABC!@#",
     *   ForceStop: true,
     * });
     * console.log(res);
     */
    resetInstancesPassword(input: types.ResetInstancesPasswordRequest, options?: CvmCallOptions): Promise<types.ResetInstancesPasswordResponse>;
    /**
     * 修改实例的属性
     *
     * 本接口 (ModifyInstancesAttribute) 用于修改实例的属性。每次请求必须指定实例的一种属性用于修改。“实例名称”仅为方便用户自己管理之用，腾讯云并不以此名称作为在线支持或是进行实例管理操作的依据。支持批量操作。每次请求批量实例的上限为100。修改关联安全组时，子机原来关联的安全组会被解绑。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。修改主机名后实例会立即重启，重启后新的主机名生效。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesAttribute | API Explorer: call ModifyInstancesAttribute online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesAttribute({
     *   InstanceName: "Mysql_Server",
     *   InstanceIds: ["ins-5d8a23rs", "ins-r8hr2upy"],
     * });
     * console.log(res);
     */
    modifyInstancesAttribute(input: types.ModifyInstancesAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyInstancesAttributeResponse>;
    /**
     * 修改实例计费模式
     *
     * 本接口 (ModifyInstancesChargeType) 用于切换实例的计费模式。关机不收费的实例、批量计算型BC1和批量计算型BS1机型族的实例、设置定时销毁的实例不支持该操作。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesChargeTypeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesChargeType | API Explorer: call ModifyInstancesChargeType online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesChargeType({
     *   InstanceChargeType: "POSTPAID_BY_HOUR",
     *   InstanceIds: ["ins-r8hr2upy"],
     * });
     * console.log(res);
     */
    modifyInstancesChargeType(input: types.ModifyInstancesChargeTypeRequest, options?: CvmCallOptions): Promise<types.ModifyInstancesChargeTypeResponse>;
    /**
     * 修改实例续费标识
     *
     * 本接口 (ModifyInstancesRenewFlag) 用于修改包年包月实例续费标识。实例被标识为自动续费后，每次在实例到期时，会自动续费一个月。支持批量操作。每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesRenewFlagErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesRenewFlag | API Explorer: call ModifyInstancesRenewFlag online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesRenewFlag({
     *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
     *   RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     * });
     * console.log(res);
     */
    modifyInstancesRenewFlag(input: types.ModifyInstancesRenewFlagRequest, options?: CvmCallOptions): Promise<types.ModifyInstancesRenewFlagResponse>;
    /**
     * 查询用户配额详情
     *
     * 本接口(DescribeAccountQuota)用于查询用户配额详情。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAccountQuotaErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeAccountQuota | API Explorer: call DescribeAccountQuota online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeAccountQuota({});
     * console.log(res);
     */
    describeAccountQuota(input?: types.DescribeAccountQuotaRequest, options?: CvmCallOptions): Promise<types.DescribeAccountQuotaResponse>;
    /**
     * 查询定时任务信息
     *
     * 本接口 (DescribeInstancesActionTimer) 用于查询定时任务信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesActionTimerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesActionTimer | API Explorer: call DescribeInstancesActionTimer online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesActionTimer({
     *   InstanceIds: ["ins-37qv3ucj"],
     * });
     * console.log(res);
     */
    describeInstancesActionTimer(input?: types.DescribeInstancesActionTimerRequest, options?: CvmCallOptions): Promise<types.DescribeInstancesActionTimerResponse>;
    /**
     * 查询实例可调整配置
     *
     * 本接口 (DescribeInstancesModification) 用于查询指定实例支持调整的机型配置。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesModificationErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesModification | API Explorer: call DescribeInstancesModification online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesModification({
     *   Filters: [
     *     {
     *       Values: ["SELL"],
     *       Name: "status",
     *     },
     *   ],
     *   InstanceIds: ["ins-bzps2kwdg"],
     * });
     * console.log(res);
     */
    describeInstancesModification(input: types.DescribeInstancesModificationRequest, options?: CvmCallOptions): Promise<types.DescribeInstancesModificationResponse>;
    /**
     * 进入救援模式
     *
     * 本接口（EnterRescueMode）用于进入救援模式。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link EnterRescueModeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=EnterRescueMode | API Explorer: call EnterRescueMode online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.enterRescueMode({
     *   InstanceId: "ins-axzc12s",
     *   Password: "hello123456789",
     * });
     * console.log(res);
     */
    enterRescueMode(input: types.EnterRescueModeRequest, options?: CvmCallOptions): Promise<types.EnterRescueModeResponse>;
    /**
     * 退出救援模式
     *
     * 本接口（ExitRescueMode）用于退出救援模式。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ExitRescueModeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExitRescueMode | API Explorer: call ExitRescueMode online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.exitRescueMode({
     *   InstanceId: "ins-axzc12s",
     * });
     * console.log(res);
     */
    exitRescueMode(input: types.ExitRescueModeRequest, options?: CvmCallOptions): Promise<types.ExitRescueModeResponse>;
    /**
     * 导入定时任务
     *
     * 本接口（ImportInstancesActionTimer）用于导入定时任务
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportInstancesActionTimerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportInstancesActionTimer | API Explorer: call ImportInstancesActionTimer online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.importInstancesActionTimer({
     *   ActionTimer: {
     *     TimerAction: "TerminateInstances",
     *     ActionTime: "2018-08-01 20:00:00",
     *   },
     *   InstanceIds: ["ins-37qv3ucj"],
     * });
     * console.log(res);
     */
    importInstancesActionTimer(input: types.ImportInstancesActionTimerRequest, options?: CvmCallOptions): Promise<types.ImportInstancesActionTimerResponse>;
    /**
     * 扩容实例磁盘询价
     *
     * 本接口 (InquiryPriceResizeInstanceDisks) 用于扩容实例的数据盘询价。目前只支持扩容非弹性数据盘（DescribeDisks 接口返回值中的Portable为false表示非弹性）询价。目前不支持CDH实例使用该接口扩容数据盘询价。目前只支持扩容一块数据盘询价。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResizeInstanceDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResizeInstanceDisks | API Explorer: call InquiryPriceResizeInstanceDisks online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceResizeInstanceDisks({
     *   InstanceId: "ins-fd8spnmq",
     *   DataDisks: [
     *     {
     *       DiskSize: 100,
     *     },
     *   ],
     * });
     * console.log(res);
     */
    inquiryPriceResizeInstanceDisks(input: types.InquiryPriceResizeInstanceDisksRequest, options?: CvmCallOptions): Promise<types.InquiryPriceResizeInstanceDisksResponse>;
    /**
     * 修改实例的硬盘介质
     *
     * 本接口 (ModifyInstanceDiskType) 用于修改实例硬盘介质类型。只支持实例的本地系统盘、本地数据盘转化成指定云硬盘介质。只支持实例在关机状态下转换成指定云硬盘介质。不支持竞价实例类型。若实例同时存在本地系统盘和本地数据盘，需同时调整系统盘和数据盘的介质类型，不支持单独针对本地系统盘或本地数据盘修改介质类型。修改前请确保账户余额充足。可通过 DescribeAccountBalance 接口查询账户余额。
     *
     * Default rate limit: 20 requests per second.
     *
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
    modifyInstanceDiskType(input: types.ModifyInstanceDiskTypeRequest, options?: CvmCallOptions): Promise<types.ModifyInstanceDiskTypeResponse>;
    /**
     * 调整实例分散置放群组
     *
     * 本接口 (ModifyInstancesDisasterRecoverGroup) 用于调整实例所在置放群组。目前只支持基础网络或私有网络实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesDisasterRecoverGroupErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesDisasterRecoverGroup | API Explorer: call ModifyInstancesDisasterRecoverGroup online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesDisasterRecoverGroup({
     *   InstanceIds: ["ins-r8hr2upy"],
     *   DisasterRecoverGroupId: "ps-a66w6rlb",
     * });
     * console.log(res);
     */
    modifyInstancesDisasterRecoverGroup(input: types.ModifyInstancesDisasterRecoverGroupRequest, options?: CvmCallOptions): Promise<types.ModifyInstancesDisasterRecoverGroupResponse>;
    /**
     * 在线烧录FPGA镜像
     *
     * 本接口(ProgramFpgaImage)用于在线烧录由客户提供的FPGA镜像文件到指定实例的指定FPGA卡上。只支持对单个实例发起在线烧录FPGA镜像的操作。支持对单个实例的多块FPGA卡同时烧录FPGA镜像，DBDFs参数为空时，默认对指定实例的所有FPGA卡进行烧录。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ProgramFpgaImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ProgramFpgaImage | API Explorer: call ProgramFpgaImage online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.programFpgaImage({
     *   InstanceId: "ins-r8hr2upy",
     *   FPGAUrl: "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin",
     *   DBDFs: ["0000:00:08.0", "0000:00:09.0"],
     * });
     * console.log(res);
     */
    programFpgaImage(input: types.ProgramFpgaImageRequest, options?: CvmCallOptions): Promise<types.ProgramFpgaImageResponse>;
    /**
     * 退还实例询价
     *
     * 本接口 (InquiryPriceTerminateInstances) 用于退还实例询价。查询退还实例可以返还的费用。在退还包年包月实例时，使用ReleasePrepaidDataDisks参数，会在返回值中包含退还挂载的包年包月数据盘返还的费用。支持批量操作，每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceTerminateInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceTerminateInstances | API Explorer: call InquiryPriceTerminateInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceTerminateInstances({
     *   InstanceIds: ["ins-rfmme2si"],
     * });
     * console.log(res);
     */
    inquiryPriceTerminateInstances(input: types.InquiryPriceTerminateInstancesRequest, options?: CvmCallOptions): Promise<types.InquiryPriceTerminateInstancesResponse>;
    /**
     * 退还实例
     *
     * 本接口 (TerminateInstances) 用于主动退还实例。不再使用的实例，可通过本接口主动退还。按量计费的实例通过本接口可直接退还；包年包月实例如符合退还规则，也可通过本接口主动退还。包年包月实例首次调用本接口，实例将被移至回收站，再次调用本接口，实例将被销毁，且不可恢复。按量计费实例调用本接口将被直接销毁。包年包月实例首次调用本接口，入参中包含ReleasePrepaidDataDisks时，包年包月数据盘同时也会被移至回收站。支持批量操作，每次请求批量实例的上限为100。批量操作时，所有实例的付费类型必须一致。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link TerminateInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateInstances | API Explorer: call TerminateInstances online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.terminateInstances({
     *   InstanceIds: ["ins-3jaw1j8m"],
     * });
     * console.log(res);
     */
    terminateInstances(input: types.TerminateInstancesRequest, options?: CvmCallOptions): Promise<types.TerminateInstancesResponse>;
    /**
     * 删除定时任务
     *
     * 本接口 (DeleteInstancesActionTimer) 用于删除定时任务。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteInstancesActionTimerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesActionTimer | API Explorer: call DeleteInstancesActionTimer online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.deleteInstancesActionTimer({
     *   ActionTimerIds: ["865d042d-0219-46c3-9821-6028c96cfb7c"],
     * });
     * console.log(res);
     */
    deleteInstancesActionTimer(input: types.DeleteInstancesActionTimerRequest, options?: CvmCallOptions): Promise<types.DeleteInstancesActionTimerResponse>;
    /**
     * 修改实例所属项目
     *
     * 本接口 (ModifyInstancesProject) 用于修改实例所属项目。项目为一个虚拟概念，用户可以在一个账户下面建立多个项目，每个项目中管理不同的资源；将多个不同实例分属到不同项目中，后续使用 DescribeInstances接口查询实例，项目ID可用于过滤结果。绑定负载均衡的实例不支持修改实例所属项目，请先使用DeregisterInstancesFromLoadBalancer接口解绑负载均衡。支持批量操作。每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesProjectErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesProject | API Explorer: call ModifyInstancesProject online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesProject({
     *   ProjectId: 1045,
     *   InstanceIds: ["ins-5d8a23rs", "ins-r8hr2upy"],
     * });
     * console.log(res);
     */
    modifyInstancesProject(input: types.ModifyInstancesProjectRequest, options?: CvmCallOptions): Promise<types.ModifyInstancesProjectResponse>;
    /**
     * 调整实例配置
     *
     * 本接口 (ResetInstancesType) 用于调整实例的机型。目前只支持系统盘类型是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、CLOUD_BSSD类型的实例使用该接口进行机型调整。目前不支持CDH实例使用该接口调整机型。对于包年包月实例，使用该接口会涉及扣费，请确保账户余额充足。可通过DescribeAccountBalance接口查询账户余额。本接口为异步接口，调整实例配置请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表调整实例配置操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesTypeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesType | API Explorer: call ResetInstancesType online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.resetInstancesType({
     *   InstanceType: "S5.16XLARGE256",
     *   InstanceIds: ["ins-r8hr2upy"],
     * });
     * console.log(res);
     */
    resetInstancesType(input: types.ResetInstancesTypeRequest, options?: CvmCallOptions): Promise<types.ResetInstancesTypeResponse>;
    /**
     * 批量获取指定实例属性
     *
     * 获取指定实例的属性，目前支持查询实例自定义数据User-Data。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesAttributesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesAttributes | API Explorer: call DescribeInstancesAttributes online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesAttributes({
     *   Attributes: ["UserData"],
     *   InstanceIds: ["ins-pgklxcq0"],
     * });
     * console.log(res);
     */
    describeInstancesAttributes(input: types.DescribeInstancesAttributesRequest, options?: CvmCallOptions): Promise<types.DescribeInstancesAttributesResponse>;
    /**
     * 查看实例状态列表
     *
     * 本接口 (DescribeInstancesStatus) 用于查询一个或多个实例的状态。可以根据实例ID来查询实例的状态。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例状态。
     *
     * Default rate limit: 40 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesStatusErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesStatus | API Explorer: call DescribeInstancesStatus online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesStatus({
     *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
     *   Offset: 0,
     *   Limit: 2,
     * });
     * console.log(res);
     */
    describeInstancesStatus(input?: types.DescribeInstancesStatusRequest, options?: CvmCallOptions): Promise<types.DescribeInstancesStatusResponse>;
    /**
     * 获取可用区机型配置信息
     *
     * 本接口(DescribeZoneInstanceConfigInfos) 获取可用区的机型信息。
     *
     * Default rate limit: 40 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeZoneInstanceConfigInfosErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZoneInstanceConfigInfos | API Explorer: call DescribeZoneInstanceConfigInfos online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeZoneInstanceConfigInfos({
     *   Filters: [
     *     {
     *       Values: ["POSTPAID_BY_HOUR"],
     *       Name: "instance-charge-type",
     *     },
     *     {
     *       Values: ["ap-guangzhou-2"],
     *       Name: "zone",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeZoneInstanceConfigInfos(input?: types.DescribeZoneInstanceConfigInfosRequest, options?: CvmCallOptions): Promise<types.DescribeZoneInstanceConfigInfosResponse>;
    /**
     * 重装实例
     *
     * 本接口 (ResetInstance) 用于重装指定实例上的操作系统。如果指定了ImageId参数，则使用指定的镜像重装；否则按照当前实例使用的镜像进行重装。系统盘将会被格式化，并重置；请确保系统盘中无重要文件。密码不指定将会通过站内信下发随机密码。目前只支持系统盘类型是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、CLOUD_BSSD类型的实例使用该接口实现操作系统切换。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstanceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstance | API Explorer: call ResetInstance online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.resetInstance({
     *   InstanceId: "ins-r8hr2upy",
     *   SystemDisk: {
     *     DiskSize: 60,
     *   },
     *   EnhancedService: {
     *     SecurityService: {
     *       Enabled: true,
     *     },
     *     MonitorService: {
     *       Enabled: true,
     *     },
     *   },
     *   LoginSettings: {
     *     Password: "Qcloud@TestApi123++",
     *   },
     *   ImageId: "img-pmqg1cw7",
     * });
     * console.log(res);
     */
    resetInstance(input: types.ResetInstanceRequest, options?: CvmCallOptions): Promise<types.ResetInstanceResponse>;
    /**
     * 创建CDH实例
     *
     * 本接口 (AllocateHosts) 用于创建一个或多个指定配置的CDH实例。当HostChargeType为PREPAID时，必须指定HostChargePrepaid参数。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AllocateHostsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AllocateHosts | API Explorer: call AllocateHosts online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.allocateHosts({
     *   HostChargeType: "PREPAID",
     *   HostCount: 1,
     *   Placement: {
     *     Zone: "ap-guangzhou-2",
     *   },
     *   HostType: "HS1",
     *   HostChargePrepaid: {
     *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     *     Period: 1,
     *   },
     * });
     * console.log(res);
     */
    allocateHosts(input: types.AllocateHostsRequest, options?: CvmCallOptions): Promise<types.AllocateHostsResponse>;
    /**
     * 修改CDH实例的属性
     *
     * 本接口（ModifyHostsAttribute）用于修改CDH实例的属性，如实例名称和续费标记等。参数HostName和RenewFlag必须设置其中一个，但不能同时设置。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyHostsAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHostsAttribute | API Explorer: call ModifyHostsAttribute online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyHostsAttribute({
     *   HostIds: ["host-ey16rkyg"],
     *   HostName: "webserver",
     * });
     * console.log(res);
     */
    modifyHostsAttribute(input: types.ModifyHostsAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyHostsAttributeResponse>;
    /**
     * 续费CDH实例
     *
     * 本接口 (RenewHosts) 用于续费包年包月CDH实例。只支持操作包年包月实例，否则操作会以特定错误码返回。续费时请确保账户余额充足。可通过DescribeAccountBalance接口查询账户余额。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RenewHostsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewHosts | API Explorer: call RenewHosts online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.renewHosts({
     *   HostChargePrepaid: {
     *     Period: 1,
     *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     *   },
     *   HostIds: ["host-ey16rkyg"],
     * });
     * console.log(res);
     */
    renewHosts(input: types.RenewHostsRequest, options?: CvmCallOptions): Promise<types.RenewHostsResponse>;
    /**
     * 续费CDH实例询价
     *
     * 本接口 (InquiryPriceRenewHosts) 用于续费包年包月 CDH实例询价。只支持查询包年包月CDH实例的续费价格。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRenewHostsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewHosts | API Explorer: call InquiryPriceRenewHosts online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceRenewHosts({
     *   HostChargePrepaid: {
     *     Period: 1,
     *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     *   },
     *   HostIds: ["host-ey16rkyg"],
     * });
     * console.log(res);
     */
    inquiryPriceRenewHosts(input: types.InquiryPriceRenewHostsRequest, options?: CvmCallOptions): Promise<types.InquiryPriceRenewHostsResponse>;
    /**
     * 查看CDH实例列表
     *
     * 本接口 (DescribeHosts) 用于获取一个或多个CDH实例的详细信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeHostsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHosts | API Explorer: call DescribeHosts online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeHosts({
     *   Filters: [
     *     {
     *       Name: "zone",
     *       Values: ["ap-guangzhou-2"],
     *     },
     *   ],
     *   Offset: 0,
     *   Limit: 20,
     * });
     * console.log(res);
     */
    describeHosts(input?: types.DescribeHostsRequest, options?: CvmCallOptions): Promise<types.DescribeHostsResponse>;
    /**
     * 配置CHC物理服务器的带外和部署网络
     *
     * 配置CHC物理服务器的带外和部署网络。传入带外网络和部署网络信息
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ConfigureChcAssistVpcErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcAssistVpc | API Explorer: call ConfigureChcAssistVpc online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.configureChcAssistVpc({
     *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
     *   BmcVirtualPrivateCloud: {
     *     SubnetId: "\"subnet-12345678\"",
     *     VpcId: "\"vpc-12345678\"",
     *     PrivateIpAddresses: ["10.0.0.2", "10.0.0.3"],
     *   },
     *   BmcSecurityGroupIds: ["sg-12345678"],
     *   DeployVirtualPrivateCloud: {
     *     SubnetId: "\"subnet-1234abcd\"",
     *     VpcId: "\"vpc-1234abcd8\"",
     *     PrivateIpAddresses: ["10.0.1.2", "10.0.1.3"],
     *   },
     *   DeploySecurityGroupIds: ["sg-8a7f6d5s"],
     * });
     * console.log(res);
     */
    configureChcAssistVpc(input: types.ConfigureChcAssistVpcRequest, options?: CvmCallOptions): Promise<types.ConfigureChcAssistVpcResponse>;
    /**
     * 配置CHC物理服务器部署网络
     *
     * 配置CHC物理服务器部署网络
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ConfigureChcDeployVpcErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcDeployVpc | API Explorer: call ConfigureChcDeployVpc online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.configureChcDeployVpc({
     *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
     *   DeployVirtualPrivateCloud: {
     *     SubnetId: "\"subnet-1234abcd\"",
     *     VpcId: "\"vpc-1234abcd8\"",
     *     PrivateIpAddresses: ["10.0.1.2", "10.0.1.3"],
     *   },
     *   DeploySecurityGroupIds: ["sg-8a7f6d5s"],
     *   ChcDeployExtraConfig: {
     *     MiniOsType: "public",
     *     BootType: "x86_legacy",
     *     BootFile: "pxelinux.0",
     *     NextServerAddress: "169.254.68.10",
     *   },
     * });
     * console.log(res);
     */
    configureChcDeployVpc(input: types.ConfigureChcDeployVpcRequest, options?: CvmCallOptions): Promise<types.ConfigureChcDeployVpcResponse>;
    /**
     * 查询CHC物理服务器禁止做的操作
     *
     * 查询CHC物理服务器禁止做的操作，返回给用户
     *
     * Default rate limit: 20 requests per second.
     *
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
    describeChcDeniedActions(input: types.DescribeChcDeniedActionsRequest, options?: CvmCallOptions): Promise<types.DescribeChcDeniedActionsResponse>;
    /**
     * 修改CHC物理服务器的属性
     *
     * 修改CHC物理服务器的属性
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyChcAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcAttribute | API Explorer: call ModifyChcAttribute online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyChcAttribute({
     *   ChcIds: ["chc-r8hr2upy", "chc-5d8a23rs"],
     *   InstanceName: "server1",
     *   DeviceType: "CHC_HS1",
     * });
     * console.log(res);
     */
    modifyChcAttribute(input: types.ModifyChcAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyChcAttributeResponse>;
    /**
     * 清理CHC物理服务器的带外网络和部署网络
     *
     * 清理CHC物理服务器的带外网络和部署网络
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RemoveChcAssistVpcErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcAssistVpc | API Explorer: call RemoveChcAssistVpc online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.removeChcAssistVpc({
     *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
     * });
     * console.log(res);
     */
    removeChcAssistVpc(input: types.RemoveChcAssistVpcRequest, options?: CvmCallOptions): Promise<types.RemoveChcAssistVpcResponse>;
    /**
     * 清理CHC物理服务器的部署网络
     *
     * 清理CHC物理服务器的部署网络
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RemoveChcDeployVpcErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcDeployVpc | API Explorer: call RemoveChcDeployVpc online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.removeChcDeployVpc({
     *   ChcIds: ["chc-1a2b3c4d", "chc-adf34aft"],
     * });
     * console.log(res);
     */
    removeChcDeployVpc(input: types.RemoveChcDeployVpcRequest, options?: CvmCallOptions): Promise<types.RemoveChcDeployVpcResponse>;
    /**
     * 查询CHC物理服务器
     *
     * 本接口 (DescribeChcHosts) 用于查询一个或多个CHC物理服务器详细信息。可以根据实例ID、实例名称或者设备类型等信息来查询实例的详细信息。过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeChcHostsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcHosts | API Explorer: call DescribeChcHosts online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeChcHosts({
     *   ChcIds: ["chc-1a2b3c4d"],
     * });
     * console.log(res);
     */
    describeChcHosts(input?: types.DescribeChcHostsRequest, options?: CvmCallOptions): Promise<types.DescribeChcHostsResponse>;
    /**
     * 查询分散置放群组信息
     *
     * 本接口 (DescribeDisasterRecoverGroups)用于查询分散置放群组信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDisasterRecoverGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroups | API Explorer: call DescribeDisasterRecoverGroups online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeDisasterRecoverGroups({});
     * console.log(res);
     */
    describeDisasterRecoverGroups(input?: types.DescribeDisasterRecoverGroupsRequest, options?: CvmCallOptions): Promise<types.DescribeDisasterRecoverGroupsResponse>;
    /**
     * 查询置放群组配额
     *
     * 本接口 (DescribeDisasterRecoverGroupQuota)用于查询分散置放群组配额。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDisasterRecoverGroupQuotaErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroupQuota | API Explorer: call DescribeDisasterRecoverGroupQuota online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeDisasterRecoverGroupQuota({});
     * console.log(res);
     */
    describeDisasterRecoverGroupQuota(input?: types.DescribeDisasterRecoverGroupQuotaRequest, options?: CvmCallOptions): Promise<types.DescribeDisasterRecoverGroupQuotaResponse>;
    /**
     * 创建分散置放群组
     *
     * 本接口 (CreateDisasterRecoverGroup)用于创建分散置放群组。创建好的置放群组，可在创建实例时指定。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDisasterRecoverGroupErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateDisasterRecoverGroup | API Explorer: call CreateDisasterRecoverGroup online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.createDisasterRecoverGroup({
     *   Name: "物理机容灾组",
     *   Type: "HOST",
     * });
     * console.log(res);
     */
    createDisasterRecoverGroup(input: types.CreateDisasterRecoverGroupRequest, options?: CvmCallOptions): Promise<types.CreateDisasterRecoverGroupResponse>;
    /**
     * 修改分散置放群组属性
     *
     * 本接口 (ModifyDisasterRecoverGroupAttribute)用于修改分散置放群组属性。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDisasterRecoverGroupAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyDisasterRecoverGroupAttribute | API Explorer: call ModifyDisasterRecoverGroupAttribute online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyDisasterRecoverGroupAttribute({
     *   DisasterRecoverGroupId: "ps-58l1hu01",
     *   Name: "物理机容灾组1",
     * });
     * console.log(res);
     */
    modifyDisasterRecoverGroupAttribute(input: types.ModifyDisasterRecoverGroupAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyDisasterRecoverGroupAttributeResponse>;
    /**
     * 删除分散置放群组
     *
     * 本接口 (DeleteDisasterRecoverGroups)用于删除分散置放群组。只有空的置放群组才能被删除，非空的群组需要先销毁组内所有云服务器，才能执行删除操作，不然会产生删除置放群组失败的错误。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteDisasterRecoverGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteDisasterRecoverGroups | API Explorer: call DeleteDisasterRecoverGroups online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.deleteDisasterRecoverGroups({
     *   DisasterRecoverGroupIds: ["ps-58l1hu01"],
     * });
     * console.log(res);
     */
    deleteDisasterRecoverGroups(input: types.DeleteDisasterRecoverGroupsRequest, options?: CvmCallOptions): Promise<types.DeleteDisasterRecoverGroupsResponse>;
    /**
     * 查看镜像列表
     *
     * 本接口(DescribeImages) 用于查看镜像列表。可以通过指定镜像ID来查询指定镜像的详细信息，或通过设定过滤器来查询满足过滤条件的镜像的详细信息。指定偏移(Offset)和限制(Limit)来选择结果中的一部分，默认返回满足条件的前20个镜像信息。
     *
     * Default rate limit: 40 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImagesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImages | API Explorer: call DescribeImages online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeImages({
     *   Filters: [
     *     {
     *       Values: ["img-9qabwvbn"],
     *       Name: "image-id",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeImages(input?: types.DescribeImagesRequest, options?: CvmCallOptions): Promise<types.DescribeImagesResponse>;
    /**
     * 查看镜像分享信息
     *
     * 本接口（DescribeImageSharePermission）用于查询镜像分享信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImageSharePermissionErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageSharePermission | API Explorer: call DescribeImageSharePermission online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeImageSharePermission({
     *   ImageId: "img-6pb6lrmy",
     * });
     * console.log(res);
     */
    describeImageSharePermission(input: types.DescribeImageSharePermissionRequest, options?: CvmCallOptions): Promise<types.DescribeImageSharePermissionResponse>;
    /**
     * 查询外部导入镜像支持的OS列表
     *
     * 查看可以导入的镜像操作系统信息。
     *
     * Default rate limit: 288 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImportImageOsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImportImageOs | API Explorer: call DescribeImportImageOs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeImportImageOs({});
     * console.log(res);
     */
    describeImportImageOs(input?: types.DescribeImportImageOsRequest, options?: CvmCallOptions): Promise<types.DescribeImportImageOsResponse>;
    /**
     * 查询镜像配额上限
     *
     * 本接口(DescribeImageQuota)用于查询用户账号的镜像配额。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImageQuotaErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageQuota | API Explorer: call DescribeImageQuota online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeImageQuota({});
     * console.log(res);
     */
    describeImageQuota(input?: types.DescribeImageQuotaRequest, options?: CvmCallOptions): Promise<types.DescribeImageQuotaResponse>;
    /**
     * 修改镜像共享信息
     *
     * 本接口（ModifyImageSharePermission）用于修改镜像共享信息。共享镜像后，被共享账户可以通过该镜像创建实例。每个自定义镜像最多可共享给500个账户。共享镜像无法更改名称，描述，仅可用于创建实例。只支持共享到对方账户相同地域。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyImageSharePermissionErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageSharePermission | API Explorer: call ModifyImageSharePermission online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyImageSharePermission({
     *   AccountIds: ["1038493875"],
     *   Permission: "SHARE",
     *   ImageId: "img-6pb6lrmy",
     * });
     * console.log(res);
     */
    modifyImageSharePermission(input: types.ModifyImageSharePermissionRequest, options?: CvmCallOptions): Promise<types.ModifyImageSharePermissionResponse>;
    /**
     * 同步镜像
     *
     * 本接口（SyncImages）用于将自定义镜像同步到其它地区。该接口每次调用只支持同步一个镜像。该接口支持自定义镜像向多个地域同步。共享镜像仅支持同步为源地域（单个）的自定义镜像。自定义镜像仅支持同步为源地域（单个）的加密自定义镜像。单个账号在每个地域最多支持存在500个自定义镜像。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link SyncImagesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=SyncImages | API Explorer: call SyncImages online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.syncImages({
     *   ImageIds: ["img-o3ycss2p"],
     *   DestinationRegions: ["ap-guangzhou"],
     * });
     * console.log(res);
     */
    syncImages(input: types.SyncImagesRequest, options?: CvmCallOptions): Promise<types.SyncImagesResponse>;
    /**
     * 修改镜像属性
     *
     * 本接口（ModifyImageAttribute）用于修改镜像属性。已分享的镜像无法修改属性。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageAttribute | API Explorer: call ModifyImageAttribute online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyImageAttribute({
     *   ImageId: "img-6pb6lrmy",
     *   ImageName: "sample",
     * });
     * console.log(res);
     */
    modifyImageAttribute(input: types.ModifyImageAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyImageAttributeResponse>;
    /**
     * 删除镜像
     *
     * 本接口（DeleteImages）用于删除一个或多个镜像。当镜像状态为创建中和使用中时, 不允许删除。镜像状态可以通过DescribeImages获取。每个地域最多只支持创建500个自定义镜像，删除镜像可以释放账户的配额。当镜像正在被其它账户分享时，不允许删除。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteImagesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteImages | API Explorer: call DeleteImages online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.deleteImages({
     *   ImageIds: ["img-34vaef8fe"],
     * });
     * console.log(res);
     */
    deleteImages(input: types.DeleteImagesRequest, options?: CvmCallOptions): Promise<types.DeleteImagesResponse>;
    /**
     * 外部镜像导入
     *
     * 本接口(ImportImage)用于导入镜像，导入后的镜像可用于创建实例。目前支持RAW、VHD、QCOW2、VMDK镜像格式。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportImage | API Explorer: call ImportImage online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.importImage({
     *   ImageUrl: "http://111-1251233127.cosd.myqcloud.com/Windows%20Server%202008%20R2%20x64a.vmdk",
     *   ImageDescription: "sampleimage",
     *   ImageName: "sample",
     *   Architecture: "x86_64",
     *   OsType: "CentOS",
     *   OsVersion: "6",
     * });
     * console.log(res);
     */
    importImage(input: types.ImportImageRequest, options?: CvmCallOptions): Promise<types.ImportImageResponse>;
    /**
     * 导出自定义镜像
     *
     * 提供导出自定义镜像到指定COS存储桶的能力
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ExportImagesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExportImages | API Explorer: call ExportImages online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.exportImages({
     *   ImageIds: ["img-72n9mi0y"],
     *   BucketName: "test-bucket-AppId",
     * });
     * console.log(res);
     */
    exportImages(input: types.ExportImagesRequest, options?: CvmCallOptions): Promise<types.ExportImagesResponse>;
    /**
     * 创建镜像
     *
     * 本接口(CreateImage)用于将实例的系统盘制作为新镜像，创建后的镜像可以用于创建实例。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateImage | API Explorer: call CreateImage online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.createImage({
     *   InstanceId: "ins-6pb6lrmy",
     *   ImageName: "myImage",
     * });
     * console.log(res);
     */
    createImage(input: types.CreateImageRequest, options?: CvmCallOptions): Promise<types.CreateImageResponse>;
    /**
     * 查询镜像族内可用镜像
     *
     * 本接口(DescribeImageFromFamily) 用于查看镜像族内可用镜像信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImageFromFamilyErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageFromFamily | API Explorer: call DescribeImageFromFamily online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeImageFromFamily({
     *   ImageFamily: "business-daily-update",
     * });
     * console.log(res);
     */
    describeImageFromFamily(input?: types.DescribeImageFromFamilyRequest, options?: CvmCallOptions): Promise<types.DescribeImageFromFamilyResponse>;
    /**
     * 转换操作系统
     *
     * 本接口(ConvertOperatingSystem)用于转换实例的操作系统，仅支持源操作系统为 CentOS 7、CentOS 8 的实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ConvertOperatingSystemsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConvertOperatingSystems | API Explorer: call ConvertOperatingSystems online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.convertOperatingSystems({
     *   InstanceIds: ["ins-6pb6lrmy"],
     * });
     * console.log(res);
     */
    convertOperatingSystems(input: types.ConvertOperatingSystemsRequest, options?: CvmCallOptions): Promise<types.ConvertOperatingSystemsResponse>;
    /**
     * 查询密钥对列表
     *
     * 本接口 (DescribeKeyPairs) 用于查询密钥对信息。密钥对是通过一种算法生成的一对密钥，在生成的密钥对中，一个向外界公开，称为公钥；另一个用户自己保留，称为私钥。密钥对的公钥内容可以通过这个接口查询，但私钥内容系统不保留。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeKeyPairs | API Explorer: call DescribeKeyPairs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeKeyPairs({
     *   Filters: [
     *     {
     *       Name: "key-name",
     *       Values: ["Tencent"],
     *     },
     *   ],
     *   Offset: 0,
     *   Limit: 20,
     * });
     * console.log(res);
     */
    describeKeyPairs(input?: types.DescribeKeyPairsRequest, options?: CvmCallOptions): Promise<types.DescribeKeyPairsResponse>;
    /**
     * 创建密钥对
     *
     * 本接口 (CreateKeyPair) 用于创建一个 OpenSSH RSA  密钥对，可以用于登录 Linux  实例。开发者只需指定密钥对名称，即可由系统自动创建密钥对，并返回所生成的密钥对的 ID 及其公钥、私钥的内容。密钥对名称不能和已经存在的密钥对的名称重复。私钥的内容可以保存到文件中作为 SSH 的一种认证方式。腾讯云不会保存用户的私钥，请妥善保管。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateKeyPair | API Explorer: call CreateKeyPair online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.createKeyPair({
     *   ProjectId: 0,
     *   KeyName: "Tencent",
     * });
     * console.log(res);
     */
    createKeyPair(input: types.CreateKeyPairRequest, options?: CvmCallOptions): Promise<types.CreateKeyPairResponse>;
    /**
     * 绑定密钥对
     *
     * 本接口 (AssociateInstancesKeyPairs) 用于将密钥绑定到实例上。仅支持对 Linux 操作系统实例进行绑定操作。非强制关机场景下，仅支持对 STOPPED 状态实例进行绑定操作。强制关机场景下，先执行强制关机，再绑定密钥；如实例原状态为 RUNNING，绑定完成后实例会自动开机。将密钥的公钥写入到实例的SSH配置当中，用户就可以通过该密钥的私钥来登录实例。如果实例原来绑定过密钥，那么原来的密钥将失效。如果实例原来是通过密码登录，绑定密钥后无法使用密码登录。支持批量操作。每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateInstancesKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs | API Explorer: call AssociateInstancesKeyPairs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.associateInstancesKeyPairs({
     *   InstanceIds: ["ins-1e4r6y8i", "ins-3e56fg78"],
     *   KeyIds: ["skey-4e5ty7i8"],
     * });
     * console.log(res);
     */
    associateInstancesKeyPairs(input: types.AssociateInstancesKeyPairsRequest, options?: CvmCallOptions): Promise<types.AssociateInstancesKeyPairsResponse>;
    /**
     * 解绑密钥对
     *
     * 本接口 (DisassociateInstancesKeyPairs) 用于解除实例的密钥绑定关系。仅支持对 Linux 操作系统实例进行解绑操作。非强制关机场景下，仅支持对 STOPPED 状态实例进行解绑操作。强制关机场景下，先执行强制关机，再解绑密钥；如实例原状态为 RUNNING，解绑完成后实例会自动开机。解绑密钥后，实例可以通过原来设置的密码登录。如果原来没有设置密码，解绑后将无法使用 SSH 登录。可以调用 ResetInstancesPassword 接口来设置登录密码。支持批量操作。每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateInstancesKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateInstancesKeyPairs | API Explorer: call DisassociateInstancesKeyPairs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.disassociateInstancesKeyPairs({
     *   InstanceIds: ["ins-w34e5rl9"],
     *   KeyIds: ["skey-e3r6y7ji"],
     * });
     * console.log(res);
     */
    disassociateInstancesKeyPairs(input: types.DisassociateInstancesKeyPairsRequest, options?: CvmCallOptions): Promise<types.DisassociateInstancesKeyPairsResponse>;
    /**
     * 删除密钥对
     *
     * 本接口 (DeleteKeyPairs) 用于删除已在腾讯云托管的密钥对。可以同时删除多个密钥对。不能删除已被实例或镜像引用的密钥对，所以需要独立判断是否所有密钥对都被成功删除。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteKeyPairs | API Explorer: call DeleteKeyPairs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.deleteKeyPairs({
     *   KeyIds: ["skey-mv9yzyjj"],
     * });
     * console.log(res);
     */
    deleteKeyPairs(input: types.DeleteKeyPairsRequest, options?: CvmCallOptions): Promise<types.DeleteKeyPairsResponse>;
    /**
     * 修改密钥对属性
     *
     * 本接口 (ModifyKeyPairAttribute) 用于修改密钥对属性。修改密钥对ID所指定的密钥对的名称和描述信息。密钥对名称不能和已经存在的密钥对的名称重复。密钥对ID是密钥对的唯一标识，不可修改。密钥对名称和描述信息必须指定其中之一，也支持同时指定。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyKeyPairAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyKeyPairAttribute | API Explorer: call ModifyKeyPairAttribute online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyKeyPairAttribute({
     *   KeyId: "skey-mv9yzyjj",
     *   KeyName: "Tencent",
     * });
     * console.log(res);
     */
    modifyKeyPairAttribute(input: types.ModifyKeyPairAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyKeyPairAttributeResponse>;
    /**
     * 导入密钥对
     *
     * 本接口 (ImportKeyPair) 用于导入密钥对。本接口的功能是将密钥对导入到用户账户，并不会自动绑定到实例。如需绑定可以使用AssociateInstancesKeyPairs接口。需指定密钥对名称以及该密钥对的公钥文本。如果用户只有私钥，可以通过 SSL 工具将私钥转换成公钥后再导入。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportKeyPair | API Explorer: call ImportKeyPair online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.importKeyPair({
     *   ProjectId: 0,
     *   KeyName: "operation_key",
     *   PublicKey: "ssh-rsa XXXXXXXXXXXX== skey_45071",
     * });
     * console.log(res);
     */
    importKeyPair(input: types.ImportKeyPairRequest, options?: CvmCallOptions): Promise<types.ImportKeyPairResponse>;
    /**
     * 绑定安全组
     *
     * 本接口 (AssociateSecurityGroups) 用于绑定安全组到指定实例。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateSecurityGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateSecurityGroups | API Explorer: call AssociateSecurityGroups online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.associateSecurityGroups({
     *   InstanceIds: ["ins-915zrb0p", "ins-2zvpghhc"],
     *   SecurityGroupIds: ["sg-9id3l839"],
     * });
     * console.log(res);
     */
    associateSecurityGroups(input: types.AssociateSecurityGroupsRequest, options?: CvmCallOptions): Promise<types.AssociateSecurityGroupsResponse>;
    /**
     * 解绑安全组
     *
     * 本接口 (DisassociateSecurityGroups) 用于解绑实例的指定安全组。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateSecurityGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateSecurityGroups | API Explorer: call DisassociateSecurityGroups online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.disassociateSecurityGroups({
     *   InstanceIds: ["ins-2zvpghhc", "ins-915zrb0p"],
     *   SecurityGroupIds: ["sg-9id3l839"],
     * });
     * console.log(res);
     */
    disassociateSecurityGroups(input: types.DisassociateSecurityGroupsRequest, options?: CvmCallOptions): Promise<types.DisassociateSecurityGroupsResponse>;
    /**
     * 查询实例带宽配置
     *
     * 本接口 (DescribeInstanceInternetBandwidthConfigs) 用于查询实例带宽配置。只支持查询BANDWIDTH_PREPAID（ 预付费按带宽结算 ）计费模式的带宽配置。接口返回实例的所有带宽配置信息（包含历史的带宽配置信息）。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceInternetBandwidthConfigsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceInternetBandwidthConfigs | API Explorer: call DescribeInstanceInternetBandwidthConfigs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstanceInternetBandwidthConfigs({
     *   InstanceId: "ins-6lafsaz0",
     * });
     * console.log(res);
     */
    describeInstanceInternetBandwidthConfigs(input: types.DescribeInstanceInternetBandwidthConfigsRequest, options?: CvmCallOptions): Promise<types.DescribeInstanceInternetBandwidthConfigsResponse>;
    /**
     * 查询网络计费类型
     *
     * 本接口（DescribeInternetChargeTypeConfigs）用于查询网络的计费类型。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInternetChargeTypeConfigsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInternetChargeTypeConfigs | API Explorer: call DescribeInternetChargeTypeConfigs online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeInternetChargeTypeConfigs({});
     * console.log(res);
     */
    describeInternetChargeTypeConfigs(input?: types.DescribeInternetChargeTypeConfigsRequest, options?: CvmCallOptions): Promise<types.DescribeInternetChargeTypeConfigsResponse>;
    /**
     * 调整实例带宽上限询价
     *
     * 本接口 (InquiryPriceResetInstancesInternetMaxBandwidth) 用于调整实例公网带宽上限询价。不同机型带宽上限范围不一致，具体限制详见公网带宽上限。对于BANDWIDTH_PREPAID计费方式的带宽，目前不支持调小带宽，且需要输入参数StartTime和EndTime，指定调整后的带宽的生效时间段。在这种场景下会涉及扣费，请确保账户余额充足。可通过 DescribeAccountBalance 接口查询账户余额。对于 TRAFFIC_POSTPAID_BY_HOUR、 BANDWIDTH_POSTPAID_BY_HOUR 和 BANDWIDTH_PACKAGE 计费方式的带宽，使用该接口调整带宽上限是实时生效的，可以在带宽允许的范围内调大或者调小带宽，不支持输入参数 StartTime 和 EndTime 。接口不支持调整BANDWIDTH_POSTPAID_BY_MONTH计费方式的带宽。接口不支持批量调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR 计费方式的带宽。接口不支持批量调整混合计费方式的带宽。例如不支持同时调整TRAFFIC_POSTPAID_BY_HOUR和BANDWIDTH_PACKAGE计费方式的带宽。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetInstancesInternetMaxBandwidthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesInternetMaxBandwidth | API Explorer: call InquiryPriceResetInstancesInternetMaxBandwidth online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.inquiryPriceResetInstancesInternetMaxBandwidth({
     *   InstanceIds: ["ins-fd8spnmq"],
     *   InternetAccessible: {
     *     InternetMaxBandwidthOut: 20,
     *   },
     * });
     * console.log(res);
     */
    inquiryPriceResetInstancesInternetMaxBandwidth(input: types.InquiryPriceResetInstancesInternetMaxBandwidthRequest, options?: CvmCallOptions): Promise<types.InquiryPriceResetInstancesInternetMaxBandwidthResponse>;
    /**
     * 调整实例带宽上限
     *
     * 本接口 (ResetInstancesInternetMaxBandwidth) 用于调整实例公网带宽上限。不同机型带宽上限范围不一致，具体限制详见公网带宽上限。对于 BANDWIDTH_PREPAID 计费方式的带宽，需要输入参数 StartTime 和 EndTime ，指定调整后的带宽的生效时间段。在这种场景下目前不支持调小带宽，会涉及扣费，请确保账户余额充足。可通过 DescribeAccountBalance接口查询账户余额。对于 TRAFFIC_POSTPAID_BY_HOUR 、 BANDWIDTH_POSTPAID_BY_HOUR 和 BANDWIDTH_PACKAGE 计费方式的带宽，使用该接口调整带宽上限是实时生效的，可以在带宽允许的范围内调大或者调小带宽，不支持输入参数 StartTime 和 EndTime 。接口不支持调整 BANDWIDTH_POSTPAID_BY_MONTH 计费方式的带宽。接口不支持批量调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR 计费方式的带宽。接口不支持批量调整混合计费方式的带宽。例如不支持同时调整 TRAFFIC_POSTPAID_BY_HOUR 和 BANDWIDTH_PACKAGE 计费方式的带宽。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesInternetMaxBandwidthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesInternetMaxBandwidth | API Explorer: call ResetInstancesInternetMaxBandwidth online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.resetInstancesInternetMaxBandwidth({
     *   InstanceIds: ["ins-r8hr2upy"],
     *   InternetAccessible: {
     *     InternetMaxBandwidthOut: 10,
     *   },
     *   StartTime: "2017-03-15",
     *   EndTime: "2017-03-16",
     * });
     * console.log(res);
     */
    resetInstancesInternetMaxBandwidth(input: types.ResetInstancesInternetMaxBandwidthRequest, options?: CvmCallOptions): Promise<types.ResetInstancesInternetMaxBandwidthResponse>;
    /**
     * 修改实例vpc属性
     *
     * 本接口(ModifyInstancesVpcAttribute)用于修改实例vpc属性，如私有网络IP。此操作默认会关闭实例，完成后再启动。当指定私有网络ID和子网ID（子网必须在实例所在的可用区）与指定实例所在私有网络不一致时，会将实例迁移至指定的私有网络的子网下。执行此操作前请确保指定的实例上没有绑定弹性网卡和负载均衡。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
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
    modifyInstancesVpcAttribute(input: types.ModifyInstancesVpcAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyInstancesVpcAttributeResponse>;
    /**
     * 查询实例启动模板
     *
     * 本接口（DescribeLaunchTemplates）用于查询一个或者多个实例启动模板。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLaunchTemplatesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplates | API Explorer: call DescribeLaunchTemplates online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeLaunchTemplates({
     *   LaunchTemplateIds: ["lt-q9t8j8eg"],
     * });
     * console.log(res);
     */
    describeLaunchTemplates(input?: types.DescribeLaunchTemplatesRequest, options?: CvmCallOptions): Promise<types.DescribeLaunchTemplatesResponse>;
    /**
     * 创建实例启动模板
     *
     * 本接口（CreateLaunchTemplate）用于创建实例启动模板。实例启动模板是一种配置数据并可用于创建实例，其内容包含创建实例所需的配置，比如实例类型，数据盘和系统盘的类型和大小，以及安全组等信息。初次创建实例模板后，其模板版本为默认版本1，新版本的创建可使用 CreateLaunchTemplateVersion 创建，版本号递增。默认情况下，在RunInstances 中指定实例启动模板，若不指定模板版本号，则使用默认版本。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLaunchTemplateErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplate | API Explorer: call CreateLaunchTemplate online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.createLaunchTemplate({
     *   LaunchTemplateName: "myTemplate",
     *   Placement: {
     *     Zone: "ap-guangzhou-2",
     *   },
     *   ImageId: "img-pmqg1cw7",
     * });
     * console.log(res);
     */
    createLaunchTemplate(input: types.CreateLaunchTemplateRequest, options?: CvmCallOptions): Promise<types.CreateLaunchTemplateResponse>;
    /**
     * 创建实例启动模板新版本
     *
     * 本接口（CreateLaunchTemplateVersion）根据指定的实例模板ID以及对应的模板版本号创建新的实例启动模板，若未指定模板版本号则使用默认版本号。每个实例启动模板最多创建30个版本。新实例模板中未显式指定的参数值，使用指定版本号对应参数值覆盖。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLaunchTemplateVersionErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplateVersion | API Explorer: call CreateLaunchTemplateVersion online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.createLaunchTemplateVersion({
     *   Placement: {
     *     Zone: "ap-guangzhou-1",
     *   },
     *   LaunchTemplateId: "lt-lobxe2yo",
     * });
     * console.log(res);
     */
    createLaunchTemplateVersion(input: types.CreateLaunchTemplateVersionRequest, options?: CvmCallOptions): Promise<types.CreateLaunchTemplateVersionResponse>;
    /**
     * 删除实例启动模板
     *
     * 本接口（DeleteLaunchTemplate）用于删除一个实例启动模板。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLaunchTemplateErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplate | API Explorer: call DeleteLaunchTemplate online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.deleteLaunchTemplate({
     *   LaunchTemplateId: "lt-34vaef8fe",
     * });
     * console.log(res);
     */
    deleteLaunchTemplate(input: types.DeleteLaunchTemplateRequest, options?: CvmCallOptions): Promise<types.DeleteLaunchTemplateResponse>;
    /**
     * 删除实例启动模板版本
     *
     * 本接口（DeleteLaunchTemplateVersions）用于删除一个或者多个实例启动模板版本。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLaunchTemplateVersionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplateVersions | API Explorer: call DeleteLaunchTemplateVersions online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.deleteLaunchTemplateVersions({
     *   LaunchTemplateId: "lt-34vaef8fe",
     *   LaunchTemplateVersions: [2, 3],
     * });
     * console.log(res);
     */
    deleteLaunchTemplateVersions(input: types.DeleteLaunchTemplateVersionsRequest, options?: CvmCallOptions): Promise<types.DeleteLaunchTemplateVersionsResponse>;
    /**
     * 查询实例模板版本信息
     *
     * 本接口（DescribeLaunchTemplateVersions）用于查询实例模板版本信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLaunchTemplateVersionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplateVersions | API Explorer: call DescribeLaunchTemplateVersions online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeLaunchTemplateVersions({
     *   LaunchTemplateId: "lt-b8v1kcyq",
     * });
     * console.log(res);
     */
    describeLaunchTemplateVersions(input: types.DescribeLaunchTemplateVersionsRequest, options?: CvmCallOptions): Promise<types.DescribeLaunchTemplateVersionsResponse>;
    /**
     * 修改实例启动模板默认版本
     *
     * 本接口（ModifyLaunchTemplateDefaultVersion）用于修改实例启动模板默认版本。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLaunchTemplateDefaultVersionErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyLaunchTemplateDefaultVersion | API Explorer: call ModifyLaunchTemplateDefaultVersion online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyLaunchTemplateDefaultVersion({
     *   LaunchTemplateId: "lt-34vaef8fe",
     *   DefaultVersion: 2,
     * });
     * console.log(res);
     */
    modifyLaunchTemplateDefaultVersion(input: types.ModifyLaunchTemplateDefaultVersionRequest, options?: CvmCallOptions): Promise<types.ModifyLaunchTemplateDefaultVersionResponse>;
    /**
     * 查询维修任务列表
     *
     * 本接口 (DescribeTaskInfo) 用于查询云服务器维修任务列表及详细信息。可以根据实例ID、实例名称或任务状态等信息来查询维修任务列表。过滤信息详情可参考入参说明。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的维修任务列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTaskInfoErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeTaskInfo | API Explorer: call DescribeTaskInfo online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeTaskInfo({
     *   StartDate: "2023-03-01 00:00:00",
     *   EndDate: "2023-04-01 00:00:00",
     *   TaskStatus: [1],
     *   Limit: 20,
     *   Offset: 0,
     *   OrderField: "CreateTime",
     *   Order: 1,
     * });
     * console.log(res);
     */
    describeTaskInfo(input: types.DescribeTaskInfoRequest, options?: CvmCallOptions): Promise<types.DescribeTaskInfoResponse>;
    /**
     * 管理维修任务
     *
     * 本接口（RepairTaskControl）用于对待授权状态的维修任务进行授权操作。仅当任务状态处于待授权状态时，可通过此接口对待授权的维修任务进行授权。调用时需指定产品类型、实例ID、维修任务ID、操作类型。可授权立即处理，或提前预约计划维护时间之前的指定时间进行处理（预约时间需晚于当前时间至少5分钟，且在48小时之内）。针对不同类型的维修任务，提供的可选授权处理策略可参见 维修任务类型与处理策略。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RepairTaskControlErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RepairTaskControl | API Explorer: call RepairTaskControl online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.repairTaskControl({
     *   Product: "CVM",
     *   InstanceIds: ["ins-xxxxxxxx"],
     *   TaskId: "rep-xxxxxxxx",
     *   Operate: "AuthorizeRepair",
     * });
     * console.log(res);
     */
    repairTaskControl(input: types.RepairTaskControlRequest, options?: CvmCallOptions): Promise<types.RepairTaskControlResponse>;
    /**
     * 创建高性能计算集群
     *
     * 创建高性能计算集群
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateHpcClusterErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateHpcCluster | API Explorer: call CreateHpcCluster online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.createHpcCluster({
     *   Name: "test_cluster",
     *   Remark: "my cluster",
     *   Zone: "ap-guangzhou-3",
     * });
     * console.log(res);
     */
    createHpcCluster(input: types.CreateHpcClusterRequest, options?: CvmCallOptions): Promise<types.CreateHpcClusterResponse>;
    /**
     * 删除高性能计算集群
     *
     * 当高性能计算集群为空, 即集群内没有任何设备时候, 可以删除该集群。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteHpcClustersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteHpcClusters | API Explorer: call DeleteHpcClusters online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.deleteHpcClusters({
     *   HpcClusterIds: ["hpc-p64fdfa9"],
     * });
     * console.log(res);
     */
    deleteHpcClusters(input: types.DeleteHpcClustersRequest, options?: CvmCallOptions): Promise<types.DeleteHpcClustersResponse>;
    /**
     * 查询高性能集群信息
     *
     * 查询高性能集群信息
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeHpcClustersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHpcClusters | API Explorer: call DescribeHpcClusters online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.describeHpcClusters({
     *   Zone: "ap-guangzhou-3",
     *   Offset: 0,
     *   Limit: 20,
     * });
     * console.log(res);
     */
    describeHpcClusters(input?: types.DescribeHpcClustersRequest, options?: CvmCallOptions): Promise<types.DescribeHpcClustersResponse>;
    /**
     * 修改高性能计算集群属性
     *
     * 修改高性能计算集群属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyHpcClusterAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHpcClusterAttribute | API Explorer: call ModifyHpcClusterAttribute online}
     * @example
     * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
     *
     * const client = new CvmClient({ region: "ap-guangzhou" });
     * const res = await client.modifyHpcClusterAttribute({
     *   HpcClusterId: "hpc-gzahhoy5",
     *   Name: "MyHpcCluster",
     * });
     * console.log(res);
     */
    modifyHpcClusterAttribute(input: types.ModifyHpcClusterAttributeRequest, options?: CvmCallOptions): Promise<types.ModifyHpcClusterAttributeResponse>;
    /**
     * Pages through DescribeInstances (查看实例列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstances(input?: types.DescribeInstancesRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeInstancesResponse, types.Instance>;
    /**
     * Pages through DescribeInstancesStatus (查看实例状态列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceStatusSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstancesStatus(input?: types.DescribeInstancesStatusRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeInstancesStatusResponse, types.InstanceStatus>;
    /**
     * Pages through DescribeHosts (查看CDH实例列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's HostSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeHosts(input?: types.DescribeHostsRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeHostsResponse, types.HostItem>;
    /**
     * Pages through DescribeChcHosts (查询CHC物理服务器): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ChcHostSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeChcHosts(input?: types.DescribeChcHostsRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeChcHostsResponse, types.ChcHost>;
    /**
     * Pages through DescribeDisasterRecoverGroups (查询分散置放群组信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DisasterRecoverGroupSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDisasterRecoverGroups(input?: types.DescribeDisasterRecoverGroupsRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeDisasterRecoverGroupsResponse, types.DisasterRecoverGroup>;
    /**
     * Pages through DescribeImages (查看镜像列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ImageSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeImages(input?: types.DescribeImagesRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeImagesResponse, types.Image>;
    /**
     * Pages through DescribeKeyPairs (查询密钥对列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's KeyPairSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeKeyPairs(input?: types.DescribeKeyPairsRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeKeyPairsResponse, types.KeyPair>;
    /**
     * Pages through DescribeLaunchTemplates (查询实例启动模板): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LaunchTemplateSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLaunchTemplates(input?: types.DescribeLaunchTemplatesRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeLaunchTemplatesResponse, types.LaunchTemplateInfo>;
    /**
     * Pages through DescribeLaunchTemplateVersions (查询实例模板版本信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LaunchTemplateVersionSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLaunchTemplateVersions(input: types.DescribeLaunchTemplateVersionsRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeLaunchTemplateVersionsResponse, types.LaunchTemplateVersionInfo>;
    /**
     * Pages through DescribeTaskInfo (查询维修任务列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's RepairTaskInfoSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeTaskInfo(input: types.DescribeTaskInfoRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeTaskInfoResponse, types.RepairTaskInfo>;
    /**
     * Pages through DescribeHpcClusters (查询高性能集群信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's HpcClusterSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeHpcClusters(input?: types.DescribeHpcClustersRequest, options?: PaginateOptions & CvmCallOptions): Paginator<types.DescribeHpcClustersResponse, types.HpcClusterInfo>;
}

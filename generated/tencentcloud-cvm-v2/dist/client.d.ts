import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { CvmV2BaseClient, type CvmV2CallOptions, type CvmV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 云服务器 (tencentcloud cvm, API v2), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 *
 * @see {@link https://cloud.tencent.com/document/api | Tencent Cloud API documentation}
 */
export declare class CvmV2Client extends CvmV2BaseClient {
    constructor(config?: CvmV2ClientConfig);
    /**
     * 查询可用区列表
     *
     * 本接口 (DescribeAvailabilityZones) 用于查询腾讯云可用区的详细信息。可用区的定义请参看 地域和可用区 。内容包括可用区具体的 IDC。可以指定可用区 ID 来查看单一可用区的信息。可用区 ID 列表如下：可用区名称 可用区 ID广州一区 100001广州二区 100002广州三区 100003广州四区 100004上海一区 200001上海二区 200002香港一区 300001上海金融一区 700001上海金融二区 700002北京一区 800001北京二区 800002新加坡一区 900001深圳金融一区 110001深圳金融二区 110002广州 Open 专区 120001硅谷一区 150001成都一区 160001成都二区 160002法兰克福一区 170001首尔一区 180001
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAvailabilityZonesErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeAvailabilityZones({});
     * console.log(res);
     */
    describeAvailabilityZones(input?: types.DescribeAvailabilityZonesRequest, options?: CvmV2CallOptions): Promise<types.DescribeAvailabilityZonesResponse>;
    /**
     * 查询可用区能力
     *
     * 本接口 (DescribeZoneAbility) 用于查询可用区的能力，包括 云硬盘  和 私有网络  两种能力查询。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeZoneAbilityErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeZoneAbility({
     *   zoneId: 800001,
     *   capacity: ["cbs"],
     * });
     * console.log(res);
     */
    describeZoneAbility(input: types.DescribeZoneAbilityRequest, options?: CvmV2CallOptions): Promise<types.DescribeZoneAbilityResponse>;
    /**
     * 获取产品可用的地域列表
     *
     * 说明：本接口（DescribeProductRegionList）用于获取产品可使用的地域列表。可以直接查看 地域和可用区  了解地域属性在产品中扮演的角色。除了地域的限制，CVM 产品还有购买数量上的限制。详情请参见 购买约束 。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeProductRegionListErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeProductRegionList({
     *   instanceType: 1,
     * });
     * console.log(res);
     */
    describeProductRegionList(input: types.DescribeProductRegionListRequest, options?: CvmV2CallOptions): Promise<types.DescribeProductRegionListResponse>;
    /**
     * 查看实例列表
     *
     * 本接口 (DescribeInstances) 用于获取一个或多个实例的详细信息。可根据实例 ID、实例名称或者实例状态来获取实例列表。如果参数为空，返回当前用户一定数量（limit 所指定，默认为20）的实例。“实例状态”字段指明了实例当前所属的状态，包含在下列所述情形范围内：状态ID 状态名-1 创建已失败1 故障2 运行中3 创建中4 已关机5 已退还6 退还中7 重启中8 开机中9 关机中10 密码重置中11 格式化中12 镜像制作中13 带宽设置中14 重装系统中15 域名绑定中16 域名解绑中17 负载均衡绑定中18 负载均衡解绑中19 升级中20 密钥下发中其它 维护中(不能对实例进行操作但不影响正常运行)
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeInstances({
     *   instanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
     * });
     * console.log(res);
     */
    describeInstances(input?: types.DescribeInstancesRequest, options?: CvmV2CallOptions): Promise<types.DescribeInstancesResponse>;
    /**
     * 创建实例（包年包月）
     *
     * 本接口 (RunInstances) 用于创建一台或多台指定配置的包年包月实例。API创建的实例遵循 CVM 实例购买限制  文档所描述的数量限制，和官网所创建的实例共用配额。CPU 与内存具体的配比限制参见 CVM 实例配置 。实例的创建需要一定时间，本接口不会立刻返回实例结果。而是返回一个 InstanceId，在此期间可以通过 DescribeInstances  接口查询该实例的状态。如果状态由“创建中”变为“正在运行”，则为创建成功。本接口暂时只支持预付费的用户，在调用 API 前请确认余额充足。实例创建成功后为“正在运行”的状态，无需再次调用 StartInstances  来启动。如需要更改带宽，请在实例创建成功后，使用接口 UpdateInstanceBandwidth  更改，公网带宽不指定默认为0。本接口暂不支持在创建实例的同时绑定安全组，所创建的实例默认所有端口都放通，建议用户在创建实例之后使用 ModifySecurityGroupsOfInstance  接口给对应云服务器关联的安全组。支持的实例类型：机型 系列1 系列2标准型 CVM.S1 CVM.S2高 IO 型 CVM.I1 CVM.I2内存型 CVM.M1 CVM.M2计算型 － CVM.C2
     *
     * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.runInstances({
     *   imageId: "img-lkxqa4kj",
     *   imageType: 2,
     *   bandwidth: 1,
     *   cpu: 1,
     *   mem: 2,
     *   storageType: 1,
     *   storageSize: 50,
     *   period: 12,
     *   goodsNum: 1,
     * });
     * console.log(res);
     */
    runInstances(input: types.RunInstancesRequest, options?: CvmV2CallOptions): Promise<types.RunInstancesResponse>;
    /**
     * 创建实例（按量计费）
     *
     * 本接口 (RunInstancesHour) 用于创建一个或多个指定配置的按量计费实例。API 创建的实例遵循 购买约束  文档所描述的数量限制，和官网所创建的实例共用配额。CPU 与内存具体的配比限制参见 实例规格 。实例的创建需要一定时间，本接口不会立刻返回实例结果。而是返回一个 InstanceId，在此期间可以通过 DescribeInstances  接口查询该实例的状态。如果状态由“创建中”变为“正在运行”，则为创建成功。实例创建成功后为“正在运行”的状态，无需再次调用 StartInstances  来启动。不支持带宽包用户购买按量计费实例。如需要更改带宽，请在实例创建成功后，使用接口 UpdateInstanceBandwidthHour  更改，公网带宽不指定默认为0。本接口暂不支持在创建实例的同时绑定安全组，所创建的实例默认所有端口都放通，建议用户在创建实例之后使用 ModifySecurityGroupsOfInstance  接口给对应云服务器关联的安全组。支持的实例类型：机型 系列1 系列2标准型 CVM.S1 CVM.S2高 IO 型 CVM.I1 CVM.I2内存型 CVM.M1 CVM.M2计算型 － CVM.C2
     *
     * @throws {@link ServiceError} whose code is one of {@link RunInstancesHourErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.runInstancesHour({
     *   imageId: "img-3wnd9xpl",
     *   bandwidth: 1,
     *   cpu: 1,
     *   mem: 2,
     *   storageType: 1,
     *   storageSize: 50,
     *   goodsNum: 1,
     *   zoneId: 100001,
     * });
     * console.log(res);
     */
    runInstancesHour(input: types.RunInstancesHourRequest, options?: CvmV2CallOptions): Promise<types.RunInstancesHourResponse>;
    /**
     * 启动实例
     *
     * 本接口 (StartInstances) 用于启动一个或者多个实例。参见： 批量异步任务接口返回格式简单传递 instanceId 即可；支持批量。处于关机状态的实例才能启动，处于其他状态的实例进行启动将返回错误信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link StartInstancesErrorCode}.
     */
    startInstances(input: types.StartInstancesRequest, options?: CvmV2CallOptions): Promise<types.StartInstancesResponse>;
    /**
     * 关闭实例
     *
     * 本接口 (StopInstances) 用于关闭一个或者多个实例。参见： 批量异步任务接口返回格式只有处于运行状态的实例才能停止，处于其他状态的实例关机将返回错误信息。实例中正在运行的某些应用程序可能会导致普通关机失败，可以添加 forceStop 参数以允许 API 在关机失败后采用强制关机策略，默认不会强制关机。
     *
     * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
     */
    stopInstances(input: types.StopInstancesRequest, options?: CvmV2CallOptions): Promise<types.StopInstancesResponse>;
    /**
     * 重启实例
     *
     * 本接口 (RestartInstances) 用于重启一个或者多个实例。参见： 批量异步任务接口返回格式简单传递 instanceId 即可，支持批量的ID。实例中正在运行的某些应用程序可能会导致普通关机失败，可以添加 forceStop 参数以允许 API 在关机失败后采用强制关机策略，默认不会强制关机。
     *
     * @throws {@link ServiceError} whose code is one of {@link RestartInstancesErrorCode}.
     */
    restartInstances(input: types.RestartInstancesRequest, options?: CvmV2CallOptions): Promise<types.RestartInstancesResponse>;
    /**
     * 重装系统
     *
     * 本接口 (ResetInstances) 用于将重装指定实例上的操作系统。如果用户指定了镜像 ID，则使用用户指定的镜像重装；如果用户未指定，则按照当前实例使用的镜像进行重装。系统盘将会被格式化，并重置；确保系统盘中无重要文件。Linux 和 Windows 系统互相切换时，该实例系统盘 ID 将发生变化，系统盘关联快照将无法回滚、恢复数据。密码不指定将会通过站内信下发随机密码。
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesErrorCode}.
     */
    resetInstances(input: types.ResetInstancesRequest, options?: CvmV2CallOptions): Promise<types.ResetInstancesResponse>;
    /**
     * 修改实例属性
     *
     * 本接口 (ModifyInstanceAttributes) 用于修改实例的属性（目前只支持实例名称的修改）。“实例名称”仅为方便用户自己管理之用，腾讯云并不以此名称作为提交工单或是进行实例管理操作的依据。本接口仅支持单个实例的修改。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceAttributesErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyInstanceAttributes({
     *   instanceId: "ins-12345678",
     *   instancesName: "Tencent",
     * });
     * console.log(res);
     */
    modifyInstanceAttributes(input: types.ModifyInstanceAttributesRequest, options?: CvmV2CallOptions): Promise<types.ModifyInstanceAttributesResponse>;
    /**
     * 重置密码
     *
     * 本接口 (ResetInstancePassword) 用于将实例操作系统的密码重置为用户指定的值。参见： 批量异步任务接口返回格式 。只修改管理员账号的密码；实例的操作系统不同，管理员账号也会不一样(Windows 为 Administrator；Ubuntu 为 ubuntu；其它系统为 root)。支持批量操作，以将多个 CVM 实例修改为相同的密码。只有处于关机状态的实例才允许执行重置密码操作。
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancePasswordErrorCode}.
     */
    resetInstancePassword(input: types.ResetInstancePasswordRequest, options?: CvmV2CallOptions): Promise<types.ResetInstancePasswordResponse>;
    /**
     * 查询实例价格（包年包月）
     *
     * 本接口 (InquiryInstancePrice) 用于获取实例价格(包年包月)。仅支持包年包月实例的价格查询，按量计费实例使用 InquiryInstancePriceHour 。不同的产品输入参数也不一样。具体是：用于续费
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryInstancePriceErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.inquiryInstancePrice({
     *   instanceType: 1,
     *   imageId: "img-1234test",
     *   cpu: 1,
     *   mem: 1,
     *   storageSize: 10,
     *   period: 1,
     * });
     * console.log(res);
     */
    inquiryInstancePrice(input: types.InquiryInstancePriceRequest, options?: CvmV2CallOptions): Promise<types.InquiryInstancePriceResponse>;
    /**
     * 查询实例价格（按量计费）
     *
     * 本接口 (InquiryInstancePriceHour) 用于获取实例价格(按量计费)。仅支持按量计费实例的价格查询，包年包月实例使用 InquiryInstancePrice 。
     *
     * @throws {@link ServiceError} whose code is one of {@link InquiryInstancePriceHourErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.inquiryInstancePriceHour({
     *   cpu: 1,
     *   mem: 1,
     *   bandwidthType: "PayByTraffic",
     *   bandwidth: 2,
     *   storageSize: 10,
     * });
     * console.log(res);
     */
    inquiryInstancePriceHour(input: types.InquiryInstancePriceHourRequest, options?: CvmV2CallOptions): Promise<types.InquiryInstancePriceHourResponse>;
    /**
     * 调整实例配置（包年包月）
     *
     * 本接口 (ResizeInstance) 用于调整指定实例的配置，包括 CPU、内存、数据盘。只能对已关机的实例进行调整配置操作。此接口目前只支持系统盘是云硬盘的实例。不支持挂载了弹性云硬盘的实例。本接口只能对包年包月实例进行调整，如需调整按量计费请参见 ResizeInstanceHour 。暂不支持配置降级。
     *
     * @throws {@link ServiceError} whose code is one of {@link ResizeInstanceErrorCode}.
     */
    resizeInstance(input: types.ResizeInstanceRequest, options?: CvmV2CallOptions): Promise<types.ResizeInstanceResponse>;
    /**
     * 调整实例配置（按量计费）
     *
     * 本接口 (ResizeInstanceHour) 用于调整指定实例的配置，包括 CPU、内存、数据盘。只能对预付费用户的按量计费实例进行调整，如需调整包年包月实例可以使用 ResizeInstance  API。只能对已关机的实例进行配置升级操作。只支持拥有云硬盘系统的实例升级。不支持正在挂载弹性云硬盘的实例。暂不支持降级。
     *
     * @throws {@link ServiceError} whose code is one of {@link ResizeInstanceHourErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.resizeInstanceHour({
     *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
     *   mem: 2,
     * });
     * console.log(res);
     */
    resizeInstanceHour(input: types.ResizeInstanceHourRequest, options?: CvmV2CallOptions): Promise<types.ResizeInstanceHourResponse>;
    /**
     * 续费实例（包年包月）
     *
     * 本接口 (RenewInstance) 用于包年包月实例续费。确保用户账户余额充足，可通过 DescribeAccountBalance  API 查询余额。
     *
     * @throws {@link ServiceError} whose code is one of {@link RenewInstanceErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.renewInstance({
     *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
     *   period: 1,
     * });
     * console.log(res);
     */
    renewInstance(input: types.RenewInstanceRequest, options?: CvmV2CallOptions): Promise<types.RenewInstanceResponse>;
    /**
     * 退还实例（按量计费）
     *
     * 本接口 (ReturnInstance) 用于主动退还实例。按量付费的实例，如不主动销毁将一直运行；在不使用该实例时，需要主动退还。只能支持主动退还按量计费类型的实例，包年包月实例如有误创建需要退还的情况还请发 工单系统 。
     *
     * @throws {@link ServiceError} whose code is one of {@link ReturnInstanceErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.returnInstance({
     *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
     * });
     * console.log(res);
     */
    returnInstance(input: types.ReturnInstanceRequest, options?: CvmV2CallOptions): Promise<types.ReturnInstanceResponse>;
    /**
     * 修改实例所属项目
     *
     * 本接口 (ModifyInstanceProject) 用于修改实例所属项目：项目为一个虚拟概念，用户可以在一个账户下面建立多个项目，每个项目中管理不同的资源。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceProjectErrorCode}.
     */
    modifyInstanceProject(input: types.ModifyInstanceProjectRequest, options?: CvmV2CallOptions): Promise<types.ModifyInstanceProjectResponse>;
    /**
     * 更新开发商各地域cvm的概览信息列表
     *
     * 本接口(ModifyUserCvmOverview)用于更新开发商各地域cvm的概览信息列表。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyUserCvmOverviewErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyUserCvmOverview({
     *   cvmOverviews: [
     *     {
     *       regionId: "1",
     *       newFlag: "1",
     *       validCvmNum: "100",
     *     },
     *     {
     *       regionId: "2",
     *       newFlag: "0",
     *       validCvmNum: "50",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifyUserCvmOverview(input: types.ModifyUserCvmOverviewRequest, options?: CvmV2CallOptions): Promise<types.ModifyUserCvmOverviewResponse>;
    /**
     * 调整按量计费实例带宽
     *
     * 本接口 (UpdateInstanceBandwidthHour) 用于调整按量计费实例的公网带宽。立即生效，支持升级与降级。只针对按量计费实例，包年包月实例调整带宽需要使用 UpdateInstanceBandwidth  API。带宽值最小可为0Mpbs，按流量计费实例带宽最大为100Mbps；按带宽计费模式实例最大为200Mbps；专用宿主机的实例最大宽带为1000Mbps。
     *
     * @throws {@link ServiceError} whose code is one of {@link UpdateInstanceBandwidthHourErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.updateInstanceBandwidthHour({
     *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
     *   bandwidth: 8,
     * });
     * console.log(res);
     */
    updateInstanceBandwidthHour(input: types.UpdateInstanceBandwidthHourRequest, options?: CvmV2CallOptions): Promise<types.UpdateInstanceBandwidthHourResponse>;
    /**
     * 调整包年包月实例带宽
     *
     * 本接口 (UpdateInstanceBandwidth) 用于调整包年包月实例的公网带宽。只针对包年包月实例和带宽包用户。按量计费实例调整带宽需要使用 UpdateInstanceBandwidthHour  API。只允许升级带宽，不允许降低带宽值。按流量计费实例带宽最大为100Mbps；按带宽计费模式实例最大为200Mbps；专用宿主机的实例最大宽带为1000Mbps。只支持按带宽计费方式。
     *
     * @throws {@link ServiceError} whose code is one of {@link UpdateInstanceBandwidthErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.updateInstanceBandwidth({
     *   instanceId: "qcvm12345",
     *   bandwidth: 2,
     *   startTime: "2014-07-20",
     *   endTime: "2014-08-20注意，如果该实例的网络为按流量计费模式，没有dealIds。",
     * });
     * console.log(res);
     */
    updateInstanceBandwidth(input: types.UpdateInstanceBandwidthRequest, options?: CvmV2CallOptions): Promise<types.UpdateInstanceBandwidthResponse>;
    /**
     * 查询密钥
     *
     * 本接口 (DescribeKeyPairs) 用于查询密钥。密钥对  是通过一种算法生成的一对密钥，在生成的密钥对中，一个向外界公开，称为公钥；另一个用户自己保留，称为私钥。密钥的公钥内容可以通过这个接口查询，但私钥内容系统不保留。可通过 keyIds.n 或 keyName 输入参数作为过滤条件查询。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeKeyPairs({});
     * console.log(res);
     */
    describeKeyPairs(input?: types.DescribeKeyPairsRequest, options?: CvmV2CallOptions): Promise<types.DescribeKeyPairsResponse>;
    /**
     * 创建密钥
     *
     * 本接口 (CreateKeyPair) 用于创建一个 OpenSSH RSA 密钥，可以用于登录 Linux 实例。开发者只需指定密钥名称，即可由系统自动创建密钥，并返回所生成的密钥的 ID 及其公钥、私钥的内容。密钥名称不可重复。私钥的内容可以保存到文件中作为 SSH 的一种认证方式。腾讯云不会保存用户的私钥，请妥善保管。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.createKeyPair({
     *   keyName: "Tencent",
     * });
     * console.log(res);
     */
    createKeyPair(input: types.CreateKeyPairRequest, options?: CvmV2CallOptions): Promise<types.CreateKeyPairResponse>;
    /**
     * 修改密钥名称
     *
     * 本接口 (ModifyKeyPair) 用于修改密钥名称。可以根据密钥 ID 修改密钥名称；密钥 ID 属于密钥的唯一标识，不可修改。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyKeyPairErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyKeyPair({
     *   keyId: "skey-mv9yzyjj",
     *   keyName: "Tencent",
     * });
     * console.log(res);
     */
    modifyKeyPair(input: types.ModifyKeyPairRequest, options?: CvmV2CallOptions): Promise<types.ModifyKeyPairResponse>;
    /**
     * 删除密钥
     *
     * 本接口 (DeleteKeyPair) 用于删除已在腾讯云托管的密钥。可以同时删除多个密钥。不能删除已被实例或镜像引用的密钥；由于这个原因，可能不是全部密钥都会成功删除，需要独立判断。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteKeyPair({
     *   keyIds: ["skey-mv9yzyjj"],
     * });
     * console.log(res);
     */
    deleteKeyPair(input: types.DeleteKeyPairRequest, options?: CvmV2CallOptions): Promise<types.DeleteKeyPairResponse>;
    /**
     * 导入密钥
     *
     * 说明：本接口 (ImportKeyPair) 用于导入密钥。本接口的作用仅是将密钥导入到用户账户，并不会自动绑定到实例。如需通过API绑定，请参见 BindInstanceKey  API。需指定密钥名称以及该密钥的公钥文本。如果用户只有私钥，可以通过 SSL 工具将私钥转换成公钥后再导入。
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.importKeyPair({
     *   keyName: "operation_key",
     *   pubKey: "ssh-rsa XXXXXXXXXXXX== skey_45071",
     * });
     * console.log(res);
     */
    importKeyPair(input: types.ImportKeyPairRequest, options?: CvmV2CallOptions): Promise<types.ImportKeyPairResponse>;
    /**
     * 绑定密钥
     *
     * 本接口 (BindInstanceKey) 用于将密钥绑定到 CVM 实例上。系统将密钥的公钥写入到实例的 SSH 配置当中，用户就可以通过这个密钥的私钥登录 CVM 了。如果实例原来绑定过密钥，那么原来的密钥将失效。如果实例原来是通过密码登录，绑定密钥后无法使用密码登录。只有已关机状态的子机才能绑定密钥。注意：Windows 无法绑定密钥。
     *
     * @throws {@link ServiceError} whose code is one of {@link BindInstanceKeyErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.bindInstanceKey({
     *   instanceIds: ["ins-xxxxx", "ins-xxxxx"],
     *   keyId: "skey-xxxxx",
     * });
     * console.log(res);
     */
    bindInstanceKey(input: types.BindInstanceKeyRequest, options?: CvmV2CallOptions): Promise<types.BindInstanceKeyResponse>;
    /**
     * 解绑密钥
     *
     * 本接口 (UnBindInstanceKey) 用于解除 CVM 的密钥绑定关系。解绑密钥只支持关机状态的 Linux 子机。解绑密钥后，实例可以通过原来设置的密码登录。如果原来没有设置密码，解绑后将无法使用 SSH 登录。可以调用 ResetInstancePassword  来增加一个登录密码。
     *
     * @throws {@link ServiceError} whose code is one of {@link unBindInstanceKeyErrorCode}.
     * @example
     * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
     *
     * const client = new CvmV2Client({ region: "ap-guangzhou" });
     * const res = await client.unBindInstanceKey({
     *   instanceIds: ["ins-xxxxx", "ins-xxxxx"],
     *   keyId: "skey-xxxxx",
     * });
     * console.log(res);
     */
    unBindInstanceKey(input: types.unBindInstanceKeyRequest, options?: CvmV2CallOptions): Promise<types.unBindInstanceKeyResponse>;
    /**
     * Pages through DescribeInstances (查看实例列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's instanceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstances(input?: types.DescribeInstancesRequest, options?: PaginateOptions & CvmV2CallOptions): Paginator<types.DescribeInstancesResponse, types.DescribeInstancesResponseInstanceSet>;
}

import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { EcmBaseClient, type EcmCallOptions, type EcmClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 边缘计算机器 (tencentcloud ecm, API 2019-07-19), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 *
 * @see {@link https://cloud.tencent.com/document/api | Tencent Cloud API documentation}
 */
export declare class EcmClient extends EcmBaseClient {
    constructor(config?: EcmClientConfig);
    /**
     * 获取节点列表
     *
     * 获取节点列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNodeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeNode | API Explorer: call DescribeNode online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeNode({
     *   Filters: [
     *     {
     *       Name: "InstanceFamily",
     *       Values: ["SN3ne"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeNode(input?: types.DescribeNodeRequest, options?: EcmCallOptions): Promise<types.DescribeNodeResponse>;
    /**
     * 创建模块
     *
     * 创建模块
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateModuleErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateModule | API Explorer: call CreateModule online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createModule({
     *   ModuleName: "智能语音模块",
     *   DefaultBandWidth: 50,
     *   DefaultImageId: "img-1tyt4apn",
     *   InstanceType: "SN3ne.2XLARGE16",
     *   DefaultSystemDiskSize: 50,
     *   DefaultDataDiskSize: 100,
     * });
     * console.log(res);
     */
    createModule(input: types.CreateModuleRequest, options?: EcmCallOptions): Promise<types.CreateModuleResponse>;
    /**
     * 删除业务模块
     *
     * 删除业务模块
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteModuleErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteModule | API Explorer: call DeleteModule online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteModule({
     *   ModuleId: "em-bvr8f24q",
     * });
     * console.log(res);
     */
    deleteModule(input: types.DeleteModuleRequest, options?: EcmCallOptions): Promise<types.DeleteModuleResponse>;
    /**
     * 获取模块列表
     *
     * 获取模块列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeModuleErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeModule | API Explorer: call DescribeModule online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeModule({
     *   Offset: 0,
     *   Limit: 10,
     * });
     * console.log(res);
     */
    describeModule(input?: types.DescribeModuleRequest, options?: EcmCallOptions): Promise<types.DescribeModuleResponse>;
    /**
     * 展示模块详细信息
     *
     * 展示模块详细信息
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeModuleDetailErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeModuleDetail | API Explorer: call DescribeModuleDetail online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeModuleDetail({
     *   ModuleId: "em-eedttqfb",
     * });
     * console.log(res);
     */
    describeModuleDetail(input: types.DescribeModuleDetailRequest, options?: EcmCallOptions): Promise<types.DescribeModuleDetailResponse>;
    /**
     * 修改模块配置
     *
     * 修改模块配置，已关联实例的模块不支持调整配置。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyModuleConfigErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleConfig | API Explorer: call ModifyModuleConfig online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyModuleConfig({
     *   ModuleId: "em-0vag13d1",
     *   InstanceType: "SN3ne.2XLARGE16",
     *   DefaultDataDiskSize: 100,
     * });
     * console.log(res);
     */
    modifyModuleConfig(input: types.ModifyModuleConfigRequest, options?: EcmCallOptions): Promise<types.ModifyModuleConfigResponse>;
    /**
     * 修改模块是否禁止分配外网ip
     *
     * 修改模块是否禁止分配外网ip的属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyModuleDisableWanIpErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleDisableWanIp | API Explorer: call ModifyModuleDisableWanIp online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyModuleDisableWanIp({
     *   ModuleId: "em-0vag13d1",
     *   DisableWanIp: true,
     * });
     * console.log(res);
     */
    modifyModuleDisableWanIp(input: types.ModifyModuleDisableWanIpRequest, options?: EcmCallOptions): Promise<types.ModifyModuleDisableWanIpResponse>;
    /**
     * 修改模块默认镜像
     *
     * 修改模块的默认镜像
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyModuleImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleImage | API Explorer: call ModifyModuleImage online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyModuleImage({
     *   ModuleId: "em-bvr8f24q",
     *   DefaultImageId: "img-oy9q2bql",
     * });
     * console.log(res);
     */
    modifyModuleImage(input: types.ModifyModuleImageRequest, options?: EcmCallOptions): Promise<types.ModifyModuleImageResponse>;
    /**
     * 修改模块IP直通
     *
     * 修改模块IP直通。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyModuleIpDirectErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleIpDirect | API Explorer: call ModifyModuleIpDirect online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyModuleIpDirect({
     *   ModuleId: "em-0vag13d1",
     *   CloseIpDirect: true,
     * });
     * console.log(res);
     */
    modifyModuleIpDirect(input: types.ModifyModuleIpDirectRequest, options?: EcmCallOptions): Promise<types.ModifyModuleIpDirectResponse>;
    /**
     * 修改模块名称
     *
     * 修改模块名称
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyModuleNameErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleName | API Explorer: call ModifyModuleName online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyModuleName({
     *   ModuleId: "em-0vag13d1",
     *   ModuleName: "视频解析模块",
     * });
     * console.log(res);
     */
    modifyModuleName(input: types.ModifyModuleNameRequest, options?: EcmCallOptions): Promise<types.ModifyModuleNameResponse>;
    /**
     * 修改模块默认带宽上限
     *
     * 修改模块默认带宽上限
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyModuleNetworkErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleNetwork | API Explorer: call ModifyModuleNetwork online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyModuleNetwork({
     *   ModuleId: "em-bvr8f24q",
     *   DefaultBandwidth: 50,
     * });
     * console.log(res);
     */
    modifyModuleNetwork(input: types.ModifyModuleNetworkRequest, options?: EcmCallOptions): Promise<types.ModifyModuleNetworkResponse>;
    /**
     * 修改模块默认安全组
     *
     * 修改模块默认安全组
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyModuleSecurityGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleSecurityGroups | API Explorer: call ModifyModuleSecurityGroups online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyModuleSecurityGroups({
     *   SecurityGroupIdSet: ["esg-2071nxxw", "esg-belgyqvu"],
     *   ModuleId: "em-06qmx7wa",
     * });
     * console.log(res);
     */
    modifyModuleSecurityGroups(input: types.ModifyModuleSecurityGroupsRequest, options?: EcmCallOptions): Promise<types.ModifyModuleSecurityGroupsResponse>;
    /**
     * 获取实例相关信息
     *
     * 获取实例的相关信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstances | API Explorer: call DescribeInstances online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeInstances({
     *   Filters: [
     *     {
     *       Values: ["vpc-ec3mnb4d"],
     *       Name: "vpc-id",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeInstances(input?: types.DescribeInstancesRequest, options?: EcmCallOptions): Promise<types.DescribeInstancesResponse>;
    /**
     * 销毁实例
     *
     * 销毁实例
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link TerminateInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=TerminateInstances | API Explorer: call TerminateInstances online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.terminateInstances({
     *   TerminateDelay: true,
     *   InstanceIdSet: ["ein-197252sp", "ein-187232ag"],
     *   TerminateTime: "2019-08-01 18:32:56",
     * });
     * console.log(res);
     */
    terminateInstances(input: types.TerminateInstancesRequest, options?: EcmCallOptions): Promise<types.TerminateInstancesResponse>;
    /**
     * 绑定安全组
     *
     * 绑定安全组
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateSecurityGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssociateSecurityGroups | API Explorer: call AssociateSecurityGroups online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.associateSecurityGroups({
     *   InstanceIds: ["ein-2zvpghhc", "ein-915zrb0p"],
     *   SecurityGroupIds: ["esg-9id3l839"],
     * });
     * console.log(res);
     */
    associateSecurityGroups(input: types.AssociateSecurityGroupsRequest, options?: EcmCallOptions): Promise<types.AssociateSecurityGroupsResponse>;
    /**
     * 查询实例管理终端地址
     *
     * 查询实例管理终端地址
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceVncUrlErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstanceVncUrl | API Explorer: call DescribeInstanceVncUrl online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeInstanceVncUrl({
     *   InstanceId: "ein-r9hr2upy",
     * });
     * console.log(res);
     */
    describeInstanceVncUrl(input: types.DescribeInstanceVncUrlRequest, options?: EcmCallOptions): Promise<types.DescribeInstanceVncUrlResponse>;
    /**
     * 获取禁止的操作列表
     *
     * 通过实例id获取当前禁止的操作
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesDeniedActionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstancesDeniedActions | API Explorer: call DescribeInstancesDeniedActions online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeInstancesDeniedActions({
     *   InstanceIdSet: ["ein-19828lyz", "ein-198302ok"],
     * });
     * console.log(res);
     */
    describeInstancesDeniedActions(input: types.DescribeInstancesDeniedActionsRequest, options?: EcmCallOptions): Promise<types.DescribeInstancesDeniedActionsResponse>;
    /**
     * 查询实例价格
     *
     * 查询实例价格
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribePriceRunInstanceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePriceRunInstance | API Explorer: call DescribePriceRunInstance online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describePriceRunInstance({
     *   SystemDisk: {
     *     DiskSize: 50,
     *     DiskId: "\"123\"",
     *     DiskType: "\"234\"",
     *   },
     *   InstanceCount: 2,
     *   InstanceType: "\"SN3ne.LARGE8\"",
     * });
     * console.log(res);
     */
    describePriceRunInstance(input: types.DescribePriceRunInstanceRequest, options?: EcmCallOptions): Promise<types.DescribePriceRunInstanceResponse>;
    /**
     * 解绑安全组
     *
     * 解绑安全组
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateSecurityGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisassociateSecurityGroups | API Explorer: call DisassociateSecurityGroups online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.disassociateSecurityGroups({
     *   InstanceIds: ["ein-2zvpghhc", "ein-915zrb0p"],
     *   SecurityGroupIds: ["esg-9id3l839"],
     * });
     * console.log(res);
     */
    disassociateSecurityGroups(input: types.DisassociateSecurityGroupsRequest, options?: EcmCallOptions): Promise<types.DisassociateSecurityGroupsResponse>;
    /**
     * 修改实例属性
     *
     * 修改实例的属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyInstancesAttribute | API Explorer: call ModifyInstancesAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyInstancesAttribute({
     *   InstanceIdSet: ["ein-353568gt"],
     *   InstanceName: "zhibodanmu",
     * });
     * console.log(res);
     */
    modifyInstancesAttribute(input: types.ModifyInstancesAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyInstancesAttributeResponse>;
    /**
     * 重启实例
     *
     * 只有状态为RUNNING的实例才可以进行此操作；接口调用成功时，实例会进入REBOOTING状态；重启实例成功时，实例会进入RUNNING状态；支持强制重启，强制重启的效果等同于关闭物理计算机的电源开关再重新启动。强制重启可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常重启时使用。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RebootInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=RebootInstances | API Explorer: call RebootInstances online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.rebootInstances({
     *   InstanceIdSet: ["ein-496721al", "ein-438242bp"],
     * });
     * console.log(res);
     */
    rebootInstances(input: types.RebootInstancesRequest, options?: EcmCallOptions): Promise<types.RebootInstancesResponse>;
    /**
     * 重装实例
     *
     * 重装实例，若指定了ImageId参数，则使用指定的镜像重装；否则按照当前实例使用的镜像进行重装；若未指定密码，则密码通过站内信形式随后发送。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetInstances | API Explorer: call ResetInstances online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.resetInstances({
     *   InstanceIdSet: ["ein-492054ga", "ein-482972ao"],
     *   ImageId: "img-q9fy0if9",
     *   Password: "hpjtfgnb3nwa",
     * });
     * console.log(res);
     */
    resetInstances(input: types.ResetInstancesRequest, options?: EcmCallOptions): Promise<types.ResetInstancesResponse>;
    /**
     * 重置实例的最大带宽上限
     *
     * 重置实例的最大带宽上限。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesMaxBandwidthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetInstancesMaxBandwidth | API Explorer: call ResetInstancesMaxBandwidth online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.resetInstancesMaxBandwidth({
     *   InstanceIdSet: ["ein-592937kl", "ein-958392ko"],
     *   MaxBandwidthOut: 50,
     * });
     * console.log(res);
     */
    resetInstancesMaxBandwidth(input: types.ResetInstancesMaxBandwidthRequest, options?: EcmCallOptions): Promise<types.ResetInstancesMaxBandwidthResponse>;
    /**
     * 重置实例密码
     *
     * 重置处于运行中状态的实例的密码，需要显式指定强制关机参数ForceStop。如果没有显式指定强制关机参数，则只有处于关机状态的实例才允许执行重置密码操作。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesPasswordErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetInstancesPassword | API Explorer: call ResetInstancesPassword online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.resetInstancesPassword({
     *   InstanceIdSet: ["ein-356531dd", "ein-583021kl"],
     *   ForceStop: false,
     *   UserName: "root",
     *   Password: "cptbtptpA@1095",
     * });
     * console.log(res);
     */
    resetInstancesPassword(input: types.ResetInstancesPasswordRequest, options?: EcmCallOptions): Promise<types.ResetInstancesPasswordResponse>;
    /**
     * 创建实例
     *
     * 创建ECM实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=RunInstances | API Explorer: call RunInstances online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.runInstances({
     *   ZoneInstanceCountISPSet: [
     *     {
     *       ISP: "CUCC",
     *       InstanceCount: 1,
     *       Zone: "ap-qingdao-1",
     *     },
     *     {
     *       ISP: "CMCC",
     *       InstanceCount: 2,
     *       Zone: "ap-zhengzhou-1",
     *     },
     *   ],
     *   HostName: "oldhen_4986",
     *   ImageId: "img-q9fy0if9",
     *   InternetMaxBandwidthOut: 50,
     *   InstanceChargeType: 0,
     *   EnhancedService: {
     *     SecurityService: {
     *       Enabled: false,
     *     },
     *     MonitorService: {
     *       Enabled: false,
     *     },
     *   },
     *   InstanceName: "直播弹幕",
     *   ModuleId: "em-0vag13d1",
     * });
     * console.log(res);
     */
    runInstances(input: types.RunInstancesRequest, options?: EcmCallOptions): Promise<types.RunInstancesResponse>;
    /**
     * 开启实例
     *
     * 只有状态为STOPPED的实例才可以进行此操作；接口调用成功时，实例会进入STARTING状态；启动实例成功时，实例会进入RUNNING状态。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StartInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=StartInstances | API Explorer: call StartInstances online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.startInstances({
     *   InstanceIdSet: ["ein-496205jl", "ein-495103ka"],
     * });
     * console.log(res);
     */
    startInstances(input: types.StartInstancesRequest, options?: EcmCallOptions): Promise<types.StartInstancesResponse>;
    /**
     * 实例关机
     *
     * 只有处于"RUNNING"状态的实例才能够进行关机操作；调用成功时，实例会进入STOPPING状态；关闭实例成功时，实例会进入STOPPED状态；支持强制关闭，强制关机的效果等同于关闭物理计算机的电源开关，强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=StopInstances | API Explorer: call StopInstances online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.stopInstances({
     *   InstanceIdSet: ["ein-496721al", "ein-438242bp"],
     *   ForceStop: false,
     *   StopType: "SOFT_FIRST",
     * });
     * console.log(res);
     */
    stopInstances(input: types.StopInstancesRequest, options?: EcmCallOptions): Promise<types.StopInstancesResponse>;
    /**
     * 创建镜像
     *
     * 本接口(CreateImage)用于将实例的系统盘制作为新镜像，创建后的镜像可以用于创建实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateImage | API Explorer: call CreateImage online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createImage({
     *   InstanceId: "ein-93sjjr8k",
     *   ImageName: "test_name",
     *   ImageDescription: "test_description",
     *   ForcePoweroff: "TRUE",
     * });
     * console.log(res);
     */
    createImage(input: types.CreateImageRequest, options?: EcmCallOptions): Promise<types.CreateImageResponse>;
    /**
     * 删除镜像
     *
     * 删除镜像
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteImage | API Explorer: call DeleteImage online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteImage({
     *   ImageIDSet: ["img-pmqg1cw9"],
     * });
     * console.log(res);
     */
    deleteImage(input: types.DeleteImageRequest, options?: EcmCallOptions): Promise<types.DeleteImageResponse>;
    /**
     * 查询导入镜像任务
     *
     * 查询导入镜像任务
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCustomImageTaskErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeCustomImageTask | API Explorer: call DescribeCustomImageTask online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeCustomImageTask({
     *   Filters: [
     *     {
     *       Name: "task-id",
     *       Values: ["21"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeCustomImageTask(input: types.DescribeCustomImageTaskRequest, options?: EcmCallOptions): Promise<types.DescribeCustomImageTaskResponse>;
    /**
     * 展示镜像列表
     *
     * 展示镜像列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeImage | API Explorer: call DescribeImage online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeImage({
     *   Offset: 0,
     *   Limit: 10,
     *   Filters: [
     *     {
     *       Name: "image-type",
     *       Values: ["PRIVATE_IMAGE"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeImage(input?: types.DescribeImageRequest, options?: EcmCallOptions): Promise<types.DescribeImageResponse>;
    /**
     * 查询外部导入镜像支持的OS列表
     *
     * 查询外部导入镜像支持的OS列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImportImageOsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeImportImageOs | API Explorer: call DescribeImportImageOs online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeImportImageOs({});
     * console.log(res);
     */
    describeImportImageOs(input?: types.DescribeImportImageOsRequest, options?: EcmCallOptions): Promise<types.DescribeImportImageOsResponse>;
    /**
     * 导入自定义镜像
     *
     * 导入自定义镜像，支持 RAW、VHD、QCOW2、VMDK 镜像格式
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportCustomImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ImportCustomImage | API Explorer: call ImportCustomImage online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.importCustomImage({
     *   ImageDescription: "description",
     *   ImageName: "ecmtest",
     *   Architecture: "x86_64",
     *   OsType: "CentOS",
     *   OsVersion: "7.6",
     *   ImageUrls: [
     *     {
     *       ImageFile: "https://images-1251557890.cos.ap-chengdu.myqcloud.com/images/img2019080706034135/img2019080706034135.qcow2",
     *     },
     *     {
     *       ImageFile: "https://images-1251557890.cos.ap-chengdu.myqcloud.com/images/img2018091002367608/img2018091002367608.qcow2",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    importCustomImage(input: types.ImportCustomImageRequest, options?: EcmCallOptions): Promise<types.ImportCustomImageResponse>;
    /**
     * 导入镜像
     *
     * 从CVM产品导入镜像到ECM
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportImageErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ImportImage | API Explorer: call ImportImage online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.importImage({
     *   ImageId: "img-pmqg1cw9",
     *   ImageDescription: "sampleImage",
     *   SourceRegion: "ap-chengdu",
     * });
     * console.log(res);
     */
    importImage(input: types.ImportImageRequest, options?: EcmCallOptions): Promise<types.ImportImageResponse>;
    /**
     * 修改镜像属性
     *
     * 本接口（ModifyImageAttribute）用于修改镜像属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyImageAttribute | API Explorer: call ModifyImageAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyImageAttribute({
     *   ImageId: "img-gvbnzy6f",
     *   ImageName: "test_name",
     *   ImageDescription: "test_description",
     * });
     * console.log(res);
     */
    modifyImageAttribute(input: types.ModifyImageAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyImageAttributeResponse>;
    /**
     * 分配IPv6网段
     *
     * 本接口（AssignIpv6CidrBlock）用于分配IPv6网段。使用本接口前，您需要已有VPC实例，如果没有可通过接口CreateVpc创建。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignIpv6CidrBlockErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6CidrBlock | API Explorer: call AssignIpv6CidrBlock online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.assignIpv6CidrBlock({
     *   VpcId: "vpc-rkxd3pgh",
     *   ISPType: "CMCC",
     * });
     * console.log(res);
     */
    assignIpv6CidrBlock(input: types.AssignIpv6CidrBlockRequest, options?: EcmCallOptions): Promise<types.AssignIpv6CidrBlockResponse>;
    /**
     * 分配不同类型的IPv6网段
     *
     * 本接口（AssignIpv6CidrBlocks）用于分配IPv6网段。使用本接口前，您需要已有VPC实例，如果没有可通过接口CreateVpc创建。每个VPC 可以同时支持运营商网络('CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调)。本接口可以同时申请不同类型的IPv6网段
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignIpv6CidrBlocksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6CidrBlocks | API Explorer: call AssignIpv6CidrBlocks online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.assignIpv6CidrBlocks({
     *   VpcId: "vpc-2loean7x",
     *   ISPTypes: [
     *     {
     *       ISPType: "BGP",
     *       Count: 1,
     *     },
     *   ],
     * });
     * console.log(res);
     */
    assignIpv6CidrBlocks(input: types.AssignIpv6CidrBlocksRequest, options?: EcmCallOptions): Promise<types.AssignIpv6CidrBlocksResponse>;
    /**
     * 创建VPC
     *
     * 创建私有网络
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateVpcErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateVpc | API Explorer: call CreateVpc online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createVpc({
     *   VpcName: "vpc名称",
     *   CidrBlock: "10.10.0.0/28",
     *   EcmRegion: "ap-hangzhou-ecm",
     *   Description: "vpc描述",
     * });
     * console.log(res);
     */
    createVpc(input: types.CreateVpcRequest, options?: EcmCallOptions): Promise<types.CreateVpcResponse>;
    /**
     * 删除VPC
     *
     * 删除私有网络
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteVpcErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteVpc | API Explorer: call DeleteVpc online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteVpc({
     *   VpcId: "vpc-ila64qtl",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    deleteVpc(input: types.DeleteVpcRequest, options?: EcmCallOptions): Promise<types.DeleteVpcResponse>;
    /**
     * 查询VPC列表
     *
     * 查询私有网络列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeVpcsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeVpcs | API Explorer: call DescribeVpcs online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeVpcs({
     *   VpcIds: ["vpc-07kqm4uj"],
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    describeVpcs(input?: types.DescribeVpcsRequest, options?: EcmCallOptions): Promise<types.DescribeVpcsResponse>;
    /**
     * 修改VPC属性
     *
     * 修改私有网络（VPC）的相关属性
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyVpcAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyVpcAttribute | API Explorer: call ModifyVpcAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyVpcAttribute({
     *   VpcName: "vpc名称",
     *   VpcId: "vpc-vpc-q6cke2sv",
     *   EcmRegion: "ap-hangzhou-ecm",
     *   Description: "vpc描述",
     * });
     * console.log(res);
     */
    modifyVpcAttribute(input: types.ModifyVpcAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyVpcAttributeResponse>;
    /**
     * 查询Vpc异步任务请求结果
     *
     * 查询私有网络下Vpc、子网、havip等异步任务请求结果
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link QueryVpcTaskResultErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=QueryVpcTaskResult | API Explorer: call QueryVpcTaskResult online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.queryVpcTaskResult({
     *   TaskId: "92126c28-17f4-4c93-b295-fed5d759f2f9",
     * });
     * console.log(res);
     */
    queryVpcTaskResult(input: types.QueryVpcTaskResultRequest, options?: EcmCallOptions): Promise<types.QueryVpcTaskResultResponse>;
    /**
     * 创建子网
     *
     * 创建子网，若创建成功，则此子网会成为此可用区的默认子网。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSubnetErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateSubnet | API Explorer: call CreateSubnet online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createSubnet({
     *   VpcId: "vpc-ila64qtl",
     *   SubnetName: "demo",
     *   CidrBlock: "10.0.1.0/24",
     *   Zone: "ap-hangzhou-ecm-1",
     *   Tags: [
     *     {
     *       Key: "city",
     *       Value: "hangzhou",
     *     },
     *   ],
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    createSubnet(input: types.CreateSubnetRequest, options?: EcmCallOptions): Promise<types.CreateSubnetResponse>;
    /**
     * 查询子网列表
     *
     * 查询子网列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSubnets | API Explorer: call DescribeSubnets online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeSubnets({
     *   Filters: [
     *     {
     *       Name: "subnet-id",
     *       Values: ["subnet-ae71tjp6"],
     *     },
     *   ],
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    describeSubnets(input?: types.DescribeSubnetsRequest, options?: EcmCallOptions): Promise<types.DescribeSubnetsResponse>;
    /**
     * 修改子网属性
     *
     * 修改子网属性
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySubnetAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifySubnetAttribute | API Explorer: call ModifySubnetAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifySubnetAttribute({
     *   SubnetId: "subnet-ae71tjp6",
     *   SubnetName: "demo",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    modifySubnetAttribute(input: types.ModifySubnetAttributeRequest, options?: EcmCallOptions): Promise<types.ModifySubnetAttributeResponse>;
    /**
     * 删除子网
     *
     * 删除子网，若子网为可用区下的默认子网，则默认子网会回退到系统自动创建的默认子网，非用户最新创建的子网。若默认子网不满足需求，可调用设置默认子网接口设置。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSubnetErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSubnet | API Explorer: call DeleteSubnet online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteSubnet({
     *   SubnetId: "subnet-jxa0xg1o",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    deleteSubnet(input: types.DeleteSubnetRequest, options?: EcmCallOptions): Promise<types.DeleteSubnetResponse>;
    /**
     * 修改默认子网
     *
     * 修改在一个可用区下创建实例时使用的默认子网（创建实例时，未填写VPC参数时使用的sunbetId）
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDefaultSubnetErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyDefaultSubnet | API Explorer: call ModifyDefaultSubnet online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyDefaultSubnet({
     *   EcmRegion: "ap-hangzhou-ecm",
     *   Zone: "ap-hangzhou-ecm-1",
     *   VpcId: "vpc-cp6wknwh",
     *   SubnetId: "subnet-jxa0xg1o",
     * });
     * console.log(res);
     */
    modifyDefaultSubnet(input: types.ModifyDefaultSubnetRequest, options?: EcmCallOptions): Promise<types.ModifyDefaultSubnetResponse>;
    /**
     * 分配IPv6子网段
     *
     * 本接口（AssignIpv6SubnetCidrBlock）用于分配IPv6子网段。给子网分配 IPv6 网段，要求子网所属 VPC 已获得 IPv6 网段。如果尚未分配，请先通过接口 AssignIpv6CidrBlock 给子网所属 VPC 分配一个 IPv6 网段。否则无法分配 IPv6 子网段。每个子网只能分配一个IPv6网段。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignIpv6SubnetCidrBlockErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6SubnetCidrBlock | API Explorer: call AssignIpv6SubnetCidrBlock online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.assignIpv6SubnetCidrBlock({
     *   VpcId: "vpc-q26u781x",
     *   Ipv6SubnetCidrBlocks: [
     *     {
     *       SubnetId: "subnet-8uwg949c",
     *       Ipv6CidrBlock: "2001::85b:3c51:f5ff:ffdb",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    assignIpv6SubnetCidrBlock(input: types.AssignIpv6SubnetCidrBlockRequest, options?: EcmCallOptions): Promise<types.AssignIpv6SubnetCidrBlockResponse>;
    /**
     * 查询可用区的默认子网
     *
     * 查询可用区的默认子网
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDefaultSubnetErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeDefaultSubnet | API Explorer: call DescribeDefaultSubnet online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeDefaultSubnet({
     *   EcmRegion: "ap-hangzhou-ecm",
     *   Zone: "ap-hangzhou-ecm-1",
     * });
     * console.log(res);
     */
    describeDefaultSubnet(input: types.DescribeDefaultSubnetRequest, options?: EcmCallOptions): Promise<types.DescribeDefaultSubnetResponse>;
    /**
     * 释放IPv6子网段
     *
     * 本接口（UnassignIpv6SubnetCidrBlock）用于释放IPv6子网段。子网段如果还有IP占用且未回收，则子网段无法释放。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6SubnetCidrBlockErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=UnassignIpv6SubnetCidrBlock | API Explorer: call UnassignIpv6SubnetCidrBlock online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.unassignIpv6SubnetCidrBlock({
     *   VpcId: "vpc-rkxd3pgh",
     *   Ipv6SubnetCidrBlocks: [
     *     {
     *       SubnetId: "subnet-ewhv1m9e",
     *     },
     *     {
     *       SubnetId: "subnet-3s5bhzb0",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    unassignIpv6SubnetCidrBlock(input: types.UnassignIpv6SubnetCidrBlockRequest, options?: EcmCallOptions): Promise<types.UnassignIpv6SubnetCidrBlockResponse>;
    /**
     * 创建路由表
     *
     * 创建了VPC后，系统会创建一个默认路由表，所有新建的子网都会关联到默认路由表。默认情况下您可以直接使用默认路由表来管理您的路由策略。当您的路由策略较多时，您可以调用创建路由表接口创建更多路由表管理您的路由策略。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateRouteTableErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateRouteTable | API Explorer: call CreateRouteTable online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createRouteTable({
     *   RouteTableName: "测试路由表",
     *   VpcId: "vpc-loibq08z",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    createRouteTable(input: types.CreateRouteTableRequest, options?: EcmCallOptions): Promise<types.CreateRouteTableResponse>;
    /**
     * 查询路由表对象列表
     *
     * 查询路由表对象列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRouteTablesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeRouteTables | API Explorer: call DescribeRouteTables online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeRouteTables({
     *   Offset: 0,
     *   Limit: 1,
     * });
     * console.log(res);
     */
    describeRouteTables(input?: types.DescribeRouteTablesRequest, options?: EcmCallOptions): Promise<types.DescribeRouteTablesResponse>;
    /**
     * 替换路由表绑定关系
     *
     * 修改子网关联的路由表，一个子网只能关联一个路由表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceRouteTableAssociationErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReplaceRouteTableAssociation | API Explorer: call ReplaceRouteTableAssociation online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.replaceRouteTableAssociation({
     *   RouteTableId: "rtb-n0yejvje",
     *   SubnetId: "subnet-q2079ils",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    replaceRouteTableAssociation(input: types.ReplaceRouteTableAssociationRequest, options?: EcmCallOptions): Promise<types.ReplaceRouteTableAssociationResponse>;
    /**
     * 修改路由表属性
     *
     * 修改路由表属性
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyRouteTableAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyRouteTableAttribute | API Explorer: call ModifyRouteTableAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyRouteTableAttribute({
     *   RouteTableId: "rtb-n0yejvje",
     *   RouteTableName: "NewRouteTableName",
     * });
     * console.log(res);
     */
    modifyRouteTableAttribute(input: types.ModifyRouteTableAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyRouteTableAttributeResponse>;
    /**
     * 重置路由表名称和路由策略
     *
     * 对某个路由表名称和所有路由策略（Route）进行重新设置
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetRoutesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetRoutes | API Explorer: call ResetRoutes online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.resetRoutes({
     *   RouteTableId: "rtb-n0yejvje",
     *   RouteTableName: "ResetRouteTableName",
     *   Routes: [
     *     {
     *       DestinationCidrBlock: "192.168.0.0/16",
     *       GatewayType: "NORMAL_CVM",
     *       GatewayId: "172.16.16.37",
     *       RouteDescription: "test-route",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    resetRoutes(input: types.ResetRoutesRequest, options?: EcmCallOptions): Promise<types.ResetRoutesResponse>;
    /**
     * 删除路由表
     *
     * 删除路由表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteRouteTableErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteRouteTable | API Explorer: call DeleteRouteTable online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteRouteTable({
     *   RouteTableId: "rtb-azd4dt1c",
     * });
     * console.log(res);
     */
    deleteRouteTable(input: types.DeleteRouteTableRequest, options?: EcmCallOptions): Promise<types.DeleteRouteTableResponse>;
    /**
     * 创建路由策略
     *
     * 创建路由策略
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateRoutesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateRoutes | API Explorer: call CreateRoutes online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createRoutes({
     *   RouteTableId: "rtb-n0yejvje",
     *   Routes: [
     *     {
     *       DestinationCidrBlock: "192.168.0.0/16",
     *       GatewayType: "NORMAL_CVM",
     *       GatewayId: "10.212.0.13",
     *       RouteDescription: "demo",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createRoutes(input: types.CreateRoutesRequest, options?: EcmCallOptions): Promise<types.CreateRoutesResponse>;
    /**
     * 替换路由策略
     *
     * 替换路由策略
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceRoutesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReplaceRoutes | API Explorer: call ReplaceRoutes online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.replaceRoutes({
     *   RouteTableId: "rtb-n0yejvje",
     *   Routes: [
     *     {
     *       RouteId: 678,
     *       DestinationCidrBlock: "192.168.0.0/16",
     *       GatewayType: "NORMAL_CVM",
     *       GatewayId: "10.212.0.15",
     *       RouteDescription: "TEST-ROUTE",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    replaceRoutes(input: types.ReplaceRoutesRequest, options?: EcmCallOptions): Promise<types.ReplaceRoutesResponse>;
    /**
     * 查询路由策略冲突列表
     *
     * 查询自定义路由策略与云联网路由策略冲突列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRouteConflictsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeRouteConflicts | API Explorer: call DescribeRouteConflicts online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeRouteConflicts({
     *   RouteTableId: "rtb-q8o2z892",
     *   DestinationCidrBlocks: ["10.11.0.0/24"],
     * });
     * console.log(res);
     */
    describeRouteConflicts(input: types.DescribeRouteConflictsRequest, options?: EcmCallOptions): Promise<types.DescribeRouteConflictsResponse>;
    /**
     * 启用子网路由
     *
     * 启用已禁用的子网路由。本接口会校验启用后，是否与已有路由冲突，如果冲突，则无法启用，失败处理。路由冲突时，需要先禁用与之冲突的路由，才能启用该路由。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link EnableRoutesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=EnableRoutes | API Explorer: call EnableRoutes online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.enableRoutes({
     *   RouteTableId: "rtb-12345678",
     *   RouteIds: [678],
     * });
     * console.log(res);
     */
    enableRoutes(input: types.EnableRoutesRequest, options?: EcmCallOptions): Promise<types.EnableRoutesResponse>;
    /**
     * 禁用子网路由
     *
     * 禁用已启用的子网路由
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DisableRoutesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisableRoutes | API Explorer: call DisableRoutes online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.disableRoutes({
     *   RouteTableId: "rtb-12345678",
     *   RouteIds: [678],
     * });
     * console.log(res);
     */
    disableRoutes(input: types.DisableRoutesRequest, options?: EcmCallOptions): Promise<types.DisableRoutesResponse>;
    /**
     * 删除路由策略
     *
     * 对某个路由表批量删除路由策略
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteRoutesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteRoutes | API Explorer: call DeleteRoutes online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteRoutes({
     *   RouteTableId: "rtb-12345678",
     *   Routes: [
     *     {
     *       RouteId: 678,
     *     },
     *   ],
     * });
     * console.log(res);
     */
    deleteRoutes(input: types.DeleteRoutesRequest, options?: EcmCallOptions): Promise<types.DeleteRoutesResponse>;
    /**
     * 批量解绑后端服务
     *
     * 批量解绑后端服务。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link BatchDeregisterTargetsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=BatchDeregisterTargets | API Explorer: call BatchDeregisterTargets online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.batchDeregisterTargets({
     *   LoadBalancerId: "lb-xxxx",
     *   Targets: [
     *     {
     *       ListenerId: "lbl-xxxx",
     *       InstanceId: "ein-xxx",
     *       Port: 80,
     *       Weight: 10,
     *     },
     *   ],
     * });
     * console.log(res);
     */
    batchDeregisterTargets(input: types.BatchDeregisterTargetsRequest, options?: EcmCallOptions): Promise<types.BatchDeregisterTargetsResponse>;
    /**
     * 批量修改监听器绑定的后端机器的转发权重
     *
     * 批量修改监听器绑定的后端机器的转发权重。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link BatchModifyTargetWeightErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=BatchModifyTargetWeight | API Explorer: call BatchModifyTargetWeight online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.batchModifyTargetWeight({
     *   LoadBalancerId: "lb-dx98lwo0",
     *   ModifyList: [
     *     {
     *       ListenerId: "lbl-4b5hnc9a",
     *       Targets: [
     *         {
     *           InstanceId: "ein-19404pl5",
     *           Port: 110,
     *           Weight: 50,
     *         },
     *       ],
     *     },
     *     {
     *       ListenerId: "lbl-20jjtaaw",
     *       Targets: [
     *         {
     *           InstanceId: "ein-19411tzv",
     *           Port: 80,
     *           Weight: 30,
     *         },
     *       ],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    batchModifyTargetWeight(input: types.BatchModifyTargetWeightRequest, options?: EcmCallOptions): Promise<types.BatchModifyTargetWeightResponse>;
    /**
     * 批量绑定后端目标
     *
     * 批量绑定后端目标。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link BatchRegisterTargetsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=BatchRegisterTargets | API Explorer: call BatchRegisterTargets online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.batchRegisterTargets({
     *   LoadBalancerId: "lb-xxxx",
     *   Targets: [
     *     {
     *       ListenerId: "lbl-xxxx",
     *       InstanceId: "ein-xxx",
     *       Port: 80,
     *       Weight: 10,
     *     },
     *   ],
     * });
     * console.log(res);
     */
    batchRegisterTargets(input: types.BatchRegisterTargetsRequest, options?: EcmCallOptions): Promise<types.BatchRegisterTargetsResponse>;
    /**
     * 创建负载均衡监听器
     *
     * 创建负载均衡监听器。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateListenerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateListener | API Explorer: call CreateListener online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createListener({
     *   LoadBalancerId: "lb-f9zyj3kb",
     *   Ports: [13001, 13002, 13003],
     *   Protocol: "TCP",
     * });
     * console.log(res);
     */
    createListener(input: types.CreateListenerRequest, options?: EcmCallOptions): Promise<types.CreateListenerResponse>;
    /**
     * 购买负载均衡实例
     *
     * 购买负载均衡实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateLoadBalancerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateLoadBalancer | API Explorer: call CreateLoadBalancer online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createLoadBalancer({
     *   VipIsp: "CUCC",
     *   VpcId: "vpc-12345678",
     *   InternetAccessible: {
     *     InternetMaxBandwidthOut: 2000,
     *   },
     *   LoadBalancerType: "OPEN",
     *   LoadBalancerName: "testname",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    createLoadBalancer(input: types.CreateLoadBalancerRequest, options?: EcmCallOptions): Promise<types.CreateLoadBalancerResponse>;
    /**
     * 删除负载均衡监听器
     *
     * 删除负载均衡监听器。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteListenerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteListener | API Explorer: call DeleteListener online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteListener({
     *   LoadBalancerId: "lb-f9zyj3kb",
     *   ListenerId: "lb-knd4jr8m",
     * });
     * console.log(res);
     */
    deleteListener(input: types.DeleteListenerRequest, options?: EcmCallOptions): Promise<types.DeleteListenerResponse>;
    /**
     * 删除负载均衡实例
     *
     * 删除负载均衡实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLoadBalancerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteLoadBalancer | API Explorer: call DeleteLoadBalancer online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteLoadBalancer({
     *   LoadBalancerIds: ["lb-f9zyj3kb"],
     * });
     * console.log(res);
     */
    deleteLoadBalancer(input?: types.DeleteLoadBalancerRequest, options?: EcmCallOptions): Promise<types.DeleteLoadBalancerResponse>;
    /**
     * 删除负载均衡多个监听器
     *
     * 删除负载均衡多个监听器
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteLoadBalancerListenersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteLoadBalancerListeners | API Explorer: call DeleteLoadBalancerListeners online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteLoadBalancerListeners({
     *   LoadBalancerId: "lb-db2nt5l2",
     * });
     * console.log(res);
     */
    deleteLoadBalancerListeners(input: types.DeleteLoadBalancerListenersRequest, options?: EcmCallOptions): Promise<types.DeleteLoadBalancerListenersResponse>;
    /**
     * 查询负载均衡的监听器列表
     *
     * 查询负载均衡的监听器列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeListenersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeListeners | API Explorer: call DescribeListeners online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeListeners({
     *   LoadBalancerId: "lb-f9zyj3kb",
     * });
     * console.log(res);
     */
    describeListeners(input: types.DescribeListenersRequest, options?: EcmCallOptions): Promise<types.DescribeListenersResponse>;
    /**
     * 查询负载均衡相关的任务状态
     *
     * 查询负载均衡相关的任务状态
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLoadBalanceTaskStatusErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeLoadBalanceTaskStatus | API Explorer: call DescribeLoadBalanceTaskStatus online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeLoadBalanceTaskStatus({
     *   TaskId: "a4b58173-34c0-4940-9759-28e06257f3dc",
     * });
     * console.log(res);
     */
    describeLoadBalanceTaskStatus(input: types.DescribeLoadBalanceTaskStatusRequest, options?: EcmCallOptions): Promise<types.DescribeLoadBalanceTaskStatusResponse>;
    /**
     * 查询负载均衡实例列表
     *
     * 查询负载均衡实例列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeLoadBalancersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeLoadBalancers | API Explorer: call DescribeLoadBalancers online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeLoadBalancers({
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    describeLoadBalancers(input?: types.DescribeLoadBalancersRequest, options?: EcmCallOptions): Promise<types.DescribeLoadBalancersResponse>;
    /**
     * 获取负载均衡后端服务的健康检查状态
     *
     * 获取负载均衡后端服务的健康检查状态。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTargetHealthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeTargetHealth | API Explorer: call DescribeTargetHealth online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeTargetHealth({
     *   LoadBalancerIds: ["lb-f9zyj3kb"],
     * });
     * console.log(res);
     */
    describeTargetHealth(input: types.DescribeTargetHealthRequest, options?: EcmCallOptions): Promise<types.DescribeTargetHealthResponse>;
    /**
     * 查询负载均衡绑定的后端服务列表
     *
     * 查询负载均衡绑定的后端服务列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTargetsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeTargets | API Explorer: call DescribeTargets online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeTargets({
     *   LoadBalancerId: "lb-f9zyj3kb",
     * });
     * console.log(res);
     */
    describeTargets(input: types.DescribeTargetsRequest, options?: EcmCallOptions): Promise<types.DescribeTargetsResponse>;
    /**
     * 修改负载均衡监听器属性
     *
     * 修改负载均衡监听器属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyListenerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyListener | API Explorer: call ModifyListener online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyListener({
     *   LoadBalancerId: "lb-f9zyj3kb",
     *   ListenerId: "lbl-knd4jr8m",
     *   ListenerName: "xxx",
     * });
     * console.log(res);
     */
    modifyListener(input: types.ModifyListenerRequest, options?: EcmCallOptions): Promise<types.ModifyListenerResponse>;
    /**
     * 修改负载均衡实例的属性
     *
     * 修改负载均衡实例的属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyLoadBalancerAttributesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyLoadBalancerAttributes | API Explorer: call ModifyLoadBalancerAttributes online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyLoadBalancerAttributes({
     *   LoadBalancerId: "lb-6efswuxa",
     *   LoadBalancerName: "newlbname",
     * });
     * console.log(res);
     */
    modifyLoadBalancerAttributes(input: types.ModifyLoadBalancerAttributesRequest, options?: EcmCallOptions): Promise<types.ModifyLoadBalancerAttributesResponse>;
    /**
     * 修改监听器绑定的后端机器的端口
     *
     * 修改监听器绑定的后端机器的端口。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyTargetPortErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyTargetPort | API Explorer: call ModifyTargetPort online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyTargetPort({
     *   LoadBalancerId: "lb-cuxw2rm0",
     *   ListenerId: "lbl-d1ubsydq",
     *   Targets: [
     *     {
     *       InstanceId: "ein-dm4xtz0i",
     *       Port: 233,
     *     },
     *   ],
     *   NewPort: 334,
     * });
     * console.log(res);
     */
    modifyTargetPort(input: types.ModifyTargetPortRequest, options?: EcmCallOptions): Promise<types.ModifyTargetPortResponse>;
    /**
     * 修改监听器绑定的后端机器的转发权重
     *
     * 修改监听器绑定的后端机器的转发权重。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyTargetWeightErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyTargetWeight | API Explorer: call ModifyTargetWeight online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyTargetWeight({
     *   LoadBalancerId: "lb-cuxw2rm0",
     *   ListenerId: "lbl-d1ubsydq",
     *   Targets: [
     *     {
     *       InstanceId: "ein-dm4xtz0i",
     *       Port: 334,
     *     },
     *   ],
     *   Weight: 8,
     * });
     * console.log(res);
     */
    modifyTargetWeight(input: types.ModifyTargetWeightRequest, options?: EcmCallOptions): Promise<types.ModifyTargetWeightResponse>;
    /**
     * 设置负载均衡实例的安全组
     *
     * 设置负载均衡实例的安全组。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link SetLoadBalancerSecurityGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=SetLoadBalancerSecurityGroups | API Explorer: call SetLoadBalancerSecurityGroups online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.setLoadBalancerSecurityGroups({
     *   LoadBalancerId: "lb-mov2697v",
     *   SecurityGroups: ["esg-0t3h9lmk"],
     * });
     * console.log(res);
     */
    setLoadBalancerSecurityGroups(input: types.SetLoadBalancerSecurityGroupsRequest, options?: EcmCallOptions): Promise<types.SetLoadBalancerSecurityGroupsResponse>;
    /**
     * 绑定或解绑一个安全组到多个负载均衡实例
     *
     * 绑定或解绑一个安全组到多个负载均衡实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link SetSecurityGroupForLoadbalancersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=SetSecurityGroupForLoadbalancers | API Explorer: call SetSecurityGroupForLoadbalancers online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.setSecurityGroupForLoadbalancers({
     *   LoadBalancerIds: ["lb-mov2697v"],
     *   SecurityGroup: "esg-0t3h9lmk",
     *   OperationType: "ADD",
     * });
     * console.log(res);
     */
    setSecurityGroupForLoadbalancers(input: types.SetSecurityGroupForLoadbalancersRequest, options?: EcmCallOptions): Promise<types.SetSecurityGroupForLoadbalancersResponse>;
    /**
     * 创建弹性网卡
     *
     * 创建弹性网卡
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateNetworkInterface | API Explorer: call CreateNetworkInterface online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createNetworkInterface({
     *   VpcId: "vpc-1111111",
     *   SubnetId: "subnet-22222222",
     *   NetworkInterfaceName: "Test",
     *   NetworkInterfaceDescription: "Test",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    createNetworkInterface(input: types.CreateNetworkInterfaceRequest, options?: EcmCallOptions): Promise<types.CreateNetworkInterfaceResponse>;
    /**
     * 查询弹性网卡列表
     *
     * 查询弹性网卡列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeNetworkInterfaces | API Explorer: call DescribeNetworkInterfaces online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeNetworkInterfaces({});
     * console.log(res);
     */
    describeNetworkInterfaces(input?: types.DescribeNetworkInterfacesRequest, options?: EcmCallOptions): Promise<types.DescribeNetworkInterfacesResponse>;
    /**
     * 弹性网卡绑定云主机
     *
     * 弹性网卡绑定云主机
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AttachNetworkInterface | API Explorer: call AttachNetworkInterface online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.attachNetworkInterface({
     *   NetworkInterfaceId: "eni-m6dyj72l",
     *   InstanceId: "ein-r8hr2upy",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    attachNetworkInterface(input: types.AttachNetworkInterfaceRequest, options?: EcmCallOptions): Promise<types.AttachNetworkInterfaceResponse>;
    /**
     * 弹性网卡解绑云主机
     *
     * 弹性网卡解绑云主机
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DetachNetworkInterface | API Explorer: call DetachNetworkInterface online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.detachNetworkInterface({
     *   NetworkInterfaceId: "eni-12121212",
     *   InstanceId: "ins-11221122",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    detachNetworkInterface(input: types.DetachNetworkInterfaceRequest, options?: EcmCallOptions): Promise<types.DetachNetworkInterfaceResponse>;
    /**
     * 弹性网卡迁移
     *
     * 弹性网卡迁移
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link MigrateNetworkInterfaceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=MigrateNetworkInterface | API Explorer: call MigrateNetworkInterface online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.migrateNetworkInterface({
     *   NetworkInterfaceId: "eni-12121212",
     *   SourceInstanceId: "ins-11221122",
     *   DestinationInstanceId: "ins-11331133",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    migrateNetworkInterface(input: types.MigrateNetworkInterfaceRequest, options?: EcmCallOptions): Promise<types.MigrateNetworkInterfaceResponse>;
    /**
     * 弹性网卡申请内网 IP
     *
     * 弹性网卡申请内网 IP
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignPrivateIpAddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignPrivateIpAddresses | API Explorer: call AssignPrivateIpAddresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.assignPrivateIpAddresses({
     *   NetworkInterfaceId: "eni-ms7c7gcr",
     *   SecondaryPrivateIpAddressCount: 1,
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    assignPrivateIpAddresses(input: types.AssignPrivateIpAddressesRequest, options?: EcmCallOptions): Promise<types.AssignPrivateIpAddressesResponse>;
    /**
     * 弹性网卡退还内网 IP
     *
     * 弹性网卡退还内网 IP。退还弹性网卡上的辅助内网IP，接口自动解关联弹性公网 IP。不能退还弹性网卡的主内网IP。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RemovePrivateIpAddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=RemovePrivateIpAddresses | API Explorer: call RemovePrivateIpAddresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.removePrivateIpAddresses({
     *   NetworkInterfaceId: "eni-12121212",
     *   PrivateIpAddresses: [
     *     {
     *       PrivateIpAddress: "172.16.32.111",
     *     },
     *   ],
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    removePrivateIpAddresses(input: types.RemovePrivateIpAddressesRequest, options?: EcmCallOptions): Promise<types.RemovePrivateIpAddressesResponse>;
    /**
     * 弹性网卡内网IP迁移
     *
     * 弹性网卡内网IP迁移。该接口用于将一个内网IP从一个弹性网卡上迁移到另外一个弹性网卡，主IP地址不支持迁移。迁移前后的弹性网卡必须在同一个子网内。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link MigratePrivateIpAddressErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=MigratePrivateIpAddress | API Explorer: call MigratePrivateIpAddress online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.migratePrivateIpAddress({
     *   SourceNetworkInterfaceId: "eni-12121212",
     *   DestinationNetworkInterfaceId: "eni-13131313",
     *   PrivateIpAddress: "172.16.33.109",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    migratePrivateIpAddress(input: types.MigratePrivateIpAddressRequest, options?: EcmCallOptions): Promise<types.MigratePrivateIpAddressResponse>;
    /**
     * 分配IPv6地址
     *
     * 本接口（AssignIpv6Addresses）用于弹性网卡申请IPv6地址。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssignIpv6AddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6Addresses | API Explorer: call AssignIpv6Addresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.assignIpv6Addresses({
     *   EcmRegion: "ap-xian-ecm",
     *   NetworkInterfaceId: "eni-1snva0vd",
     *   Ipv6AddressCount: 1,
     *   SkipCheckIPv6Address: true,
     *   SkipAllocateBandwidth: true,
     * });
     * console.log(res);
     */
    assignIpv6Addresses(input: types.AssignIpv6AddressesRequest, options?: EcmCallOptions): Promise<types.AssignIpv6AddressesResponse>;
    /**
     * 删除弹性网卡
     *
     * 删除弹性网卡
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteNetworkInterface | API Explorer: call DeleteNetworkInterface online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteNetworkInterface({
     *   NetworkInterfaceId: "eni-12121212",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    deleteNetworkInterface(input: types.DeleteNetworkInterfaceRequest, options?: EcmCallOptions): Promise<types.DeleteNetworkInterfaceResponse>;
    /**
     * 修改弹性网卡IPv6地址属性
     *
     * 本接口（ModifyIpv6AddressesAttribute）用于修改弹性网卡IPv6地址属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6AddressesAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyIpv6AddressesAttribute | API Explorer: call ModifyIpv6AddressesAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyIpv6AddressesAttribute({
     *   EcmRegion: "ap-guangzhou-ecm-cu2",
     *   NetworkInterfaceId: "eni-9c8zkfev",
     *   Ipv6Addresses: [
     *     {
     *       Address: "3402:4e00:20:1202::7",
     *       Description: "demo",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifyIpv6AddressesAttribute(input: types.ModifyIpv6AddressesAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyIpv6AddressesAttributeResponse>;
    /**
     * 修改弹性网卡内网IP信息
     *
     * 用于修改弹性网卡内网IP属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyPrivateIpAddressesAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyPrivateIpAddressesAttribute | API Explorer: call ModifyPrivateIpAddressesAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyPrivateIpAddressesAttribute({
     *   NetworkInterfaceId: "eni-pwbqma5d",
     *   PrivateIpAddresses: [
     *     {
     *       PrivateIpAddress: "192.168.2.7",
     *       Description: "new-name",
     *     },
     *   ],
     *   EcmRegion: "ap-guangzhou-ecm",
     * });
     * console.log(res);
     */
    modifyPrivateIpAddressesAttribute(input: types.ModifyPrivateIpAddressesAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyPrivateIpAddressesAttributeResponse>;
    /**
     * 释放IPv6地址
     *
     * 本接口（UnassignIpv6Addresses）用于释放弹性网卡IPv6地址。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ReleaseIpv6AddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReleaseIpv6Addresses | API Explorer: call ReleaseIpv6Addresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.releaseIpv6Addresses({
     *   NetworkInterfaceId: "eni-9c8zkfev",
     *   EcmRegion: "ap-xian-ecm",
     *   Ipv6Addresses: [
     *     {
     *       Address: "3402:4e00:20:1202:0:8d01:ee9c:3e22",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    releaseIpv6Addresses(input: types.ReleaseIpv6AddressesRequest, options?: EcmCallOptions): Promise<types.ReleaseIpv6AddressesResponse>;
    /**
     * 创建弹性公网IP
     *
     * 申请一个或多个弹性公网IP（简称 EIP）
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AllocateAddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AllocateAddresses | API Explorer: call AllocateAddresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.allocateAddresses({
     *   AddressCount: 1,
     *   InternetServiceProvider: "CTCC",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    allocateAddresses(input: types.AllocateAddressesRequest, options?: EcmCallOptions): Promise<types.AllocateAddressesResponse>;
    /**
     * 绑定弹性公网IP
     *
     * 将弹性公网IP（简称 EIP）绑定到实例或弹性网卡的指定内网 IP 上。将 EIP 绑定到实例（ECM）上，其本质是将 EIP 绑定到实例上主网卡的主内网 IP 上。将 EIP 绑定到指定网卡的内网 IP上，内网IP已经绑定了EIP或普通公网IP，则反馈失败。必须先解绑该 EIP，才能再绑定新的。只有状态为 UNBIND 的 EIP 才能够绑定内网IP。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateAddressErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssociateAddress | API Explorer: call AssociateAddress online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.associateAddress({
     *   AddressId: "eip-11112222",
     *   InstanceId: "ins-11221122",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    associateAddress(input: types.AssociateAddressRequest, options?: EcmCallOptions): Promise<types.AssociateAddressResponse>;
    /**
     * 查询弹性公网IP配额
     *
     * 查询您账户的弹性公网IP（简称 EIP）在当前地域的配额信息
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAddressQuotaErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeAddressQuota | API Explorer: call DescribeAddressQuota online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeAddressQuota({
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    describeAddressQuota(input: types.DescribeAddressQuotaRequest, options?: EcmCallOptions): Promise<types.DescribeAddressQuotaResponse>;
    /**
     * 查询弹性公网IP列表
     *
     * 查询弹性公网IP列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeAddresses | API Explorer: call DescribeAddresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeAddresses({
     *   AddressIds: ["eip-11221122"],
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    describeAddresses(input: types.DescribeAddressesRequest, options?: EcmCallOptions): Promise<types.DescribeAddressesResponse>;
    /**
     * 查询异步任务执行结果
     *
     * 查询EIP异步任务执行结果
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTaskResultErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeTaskResult | API Explorer: call DescribeTaskResult online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeTaskResult({
     *   TaskId: "1528600",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    describeTaskResult(input: types.DescribeTaskResultRequest, options?: EcmCallOptions): Promise<types.DescribeTaskResultResponse>;
    /**
     * 解绑定弹性公网IP
     *
     * 解绑弹性公网IP（简称 EIP）只有状态为 BIND 和 BIND_ENI 的 EIP 才能进行解绑定操作。EIP 如果被封堵，则不能进行解绑定操作。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateAddressErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisassociateAddress | API Explorer: call DisassociateAddress online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.disassociateAddress({
     *   AddressId: "eip-11112222",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    disassociateAddress(input: types.DisassociateAddressRequest, options?: EcmCallOptions): Promise<types.DisassociateAddressResponse>;
    /**
     * 修改弹性公网IP属性
     *
     * 修改弹性公网IP属性
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAddressAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyAddressAttribute | API Explorer: call ModifyAddressAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyAddressAttribute({
     *   AddressId: "eip-11112222",
     *   AddressName: "test_eip",
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    modifyAddressAttribute(input: types.ModifyAddressAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyAddressAttributeResponse>;
    /**
     * 调整弹性公网IP带宽
     *
     * 调整弹性公网IP带宽
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAddressesBandwidthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyAddressesBandwidth | API Explorer: call ModifyAddressesBandwidth online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyAddressesBandwidth({
     *   InternetMaxBandwidthOut: 1000,
     *   AddressIds: ["eip-11112222"],
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    modifyAddressesBandwidth(input: types.ModifyAddressesBandwidthRequest, options?: EcmCallOptions): Promise<types.ModifyAddressesBandwidthResponse>;
    /**
     * 释放弹性公网IP
     *
     * 释放一个或多个弹性公网IP（简称 EIP）。该操作不可逆，释放后 EIP 关联的 IP 地址将不再属于您的名下。只有状态为 UNBIND 的 EIP 才能进行释放操作。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ReleaseAddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReleaseAddresses | API Explorer: call ReleaseAddresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.releaseAddresses({
     *   AddressIds: ["eip-11112222"],
     *   EcmRegion: "ap-hangzhou-ecm",
     * });
     * console.log(res);
     */
    releaseAddresses(input: types.ReleaseAddressesRequest, options?: EcmCallOptions): Promise<types.ReleaseAddressesResponse>;
    /**
     * 创建HAVIP
     *
     * 本接口（CreateHaVip）用于创建高可用虚拟IP（HAVIP）
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateHaVipErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateHaVip | API Explorer: call CreateHaVip online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createHaVip({
     *   VpcId: "vpc-m0c2kcun",
     *   SubnetId: "subnet-rtmfkg4w",
     *   HaVipName: "irang_testHaVip",
     * });
     * console.log(res);
     */
    createHaVip(input: types.CreateHaVipRequest, options?: EcmCallOptions): Promise<types.CreateHaVipResponse>;
    /**
     * 删除HAVIP
     *
     * 用于删除高可用虚拟IP（HAVIP）
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteHaVipErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteHaVip | API Explorer: call DeleteHaVip online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteHaVip({
     *   HaVipId: "havip-kekyk044",
     * });
     * console.log(res);
     */
    deleteHaVip(input: types.DeleteHaVipRequest, options?: EcmCallOptions): Promise<types.DeleteHaVipResponse>;
    /**
     * 查询HAVIP列表
     *
     * 用于查询高可用虚拟IP（HAVIP）列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeHaVipsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeHaVips | API Explorer: call DescribeHaVips online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeHaVips({
     *   HaVipIds: ["havip-bk4275i0", "havip-2kce8v4q"],
     * });
     * console.log(res);
     */
    describeHaVips(input?: types.DescribeHaVipsRequest, options?: EcmCallOptions): Promise<types.DescribeHaVipsResponse>;
    /**
     * 修改HAVIP属性
     *
     * 用于修改高可用虚拟IP（HAVIP）属性
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyHaVipAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyHaVipAttribute | API Explorer: call ModifyHaVipAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyHaVipAttribute({
     *   HaVipId: "havip-9o233uri",
     *   HaVipName: "new+name",
     * });
     * console.log(res);
     */
    modifyHaVipAttribute(input: types.ModifyHaVipAttributeRequest, options?: EcmCallOptions): Promise<types.ModifyHaVipAttributeResponse>;
    /**
     * IPv6地址分配公网带宽
     *
     * 本接口用于给IPv6地址分配公网带宽
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AllocateIpv6AddressesBandwidthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AllocateIpv6AddressesBandwidth | API Explorer: call AllocateIpv6AddressesBandwidth online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.allocateIpv6AddressesBandwidth({
     *   EcmRegion: "ap-xian-ecm",
     *   Ipv6Addresses: ["2402:4e00:1000:200:0:8d8a:60b7:87f8"],
     * });
     * console.log(res);
     */
    allocateIpv6AddressesBandwidth(input: types.AllocateIpv6AddressesBandwidthRequest, options?: EcmCallOptions): Promise<types.AllocateIpv6AddressesBandwidthResponse>;
    /**
     * 查询地域下IPV6地址信息
     *
     * 该接口（DescribeRegionIpv6Addresses）用于查询ECM地域之下的IPV6地址信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRegionIpv6AddressesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeRegionIpv6Addresses | API Explorer: call DescribeRegionIpv6Addresses online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeRegionIpv6Addresses({
     *   EcmRegion: "ap-qingdao-ecm",
     * });
     * console.log(res);
     */
    describeRegionIpv6Addresses(input: types.DescribeRegionIpv6AddressesRequest, options?: EcmCallOptions): Promise<types.DescribeRegionIpv6AddressesResponse>;
    /**
     * 修改IPV6访问internet的带宽
     *
     * 该接口(ModifyIpv6AddressesBandwidth)用于修改IPV6地址访问internet的带宽
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6AddressesBandwidthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyIpv6AddressesBandwidth | API Explorer: call ModifyIpv6AddressesBandwidth online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifyIpv6AddressesBandwidth({
     *   EcmRegion: "ap-guangzhou-ecm-cu2",
     *   Ipv6Addresses: [
     *     {
     *       Address: "2402:4e00:1000:200:0:8d8a:60b7:87f8",
     *     },
     *   ],
     *   InternetMaxBandwidthOut: 50,
     * });
     * console.log(res);
     */
    modifyIpv6AddressesBandwidth(input: types.ModifyIpv6AddressesBandwidthRequest, options?: EcmCallOptions): Promise<types.ModifyIpv6AddressesBandwidthResponse>;
    /**
     * 释放弹性公网IPv6地址带宽
     *
     * 该接口用于给弹性公网IPv6地址释放带宽。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ReleaseIpv6AddressesBandwidthErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReleaseIpv6AddressesBandwidth | API Explorer: call ReleaseIpv6AddressesBandwidth online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.releaseIpv6AddressesBandwidth({
     *   EcmRegion: "ap-xian-ecm",
     *   Ipv6Addresses: ["2402:4e00:1000:200:0:8d8a:60b7:87f8"],
     * });
     * console.log(res);
     */
    releaseIpv6AddressesBandwidth(input: types.ReleaseIpv6AddressesBandwidthRequest, options?: EcmCallOptions): Promise<types.ReleaseIpv6AddressesBandwidthResponse>;
    /**
     * 删除快照
     *
     * 本接口（DeleteSnapshots）用于删除快照。快照必须处于NORMAL状态，快照状态可以通过DescribeSnapshots接口查询，见输出参数中SnapshotState字段解释。支持批量操作。如果多个快照存在无法删除的快照，则操作不执行，以返回特定的错误码返回。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSnapshotsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSnapshots | API Explorer: call DeleteSnapshots online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteSnapshots({
     *   SnapshotIds: ["snap-gybrif0z"],
     * });
     * console.log(res);
     */
    deleteSnapshots(input: types.DeleteSnapshotsRequest, options?: EcmCallOptions): Promise<types.DeleteSnapshotsResponse>;
    /**
     * 查询快照列表
     *
     * 本接口（DescribeSnapshots）用于查询快照的详细信息。根据快照ID、创建快照的云硬盘ID、创建快照的云硬盘类型等对结果进行过滤，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的快照列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSnapshots | API Explorer: call DescribeSnapshots online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeSnapshots({
     *   Filters: [
     *     {
     *       Name: "snapshot-state",
     *       Values: ["NORMAL"],
     *     },
     *     {
     *       Name: "zone",
     *       Values: ["ap-guangzhou-2"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeSnapshots(input?: types.DescribeSnapshotsRequest, options?: EcmCallOptions): Promise<types.DescribeSnapshotsResponse>;
    /**
     * 创建密钥对
     *
     * 用于创建一个 OpenSSH RSA 密钥对，可以用于登录 Linux 实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateKeyPair | API Explorer: call CreateKeyPair online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createKeyPair({
     *   KeyName: "tencent",
     * });
     * console.log(res);
     */
    createKeyPair(input: types.CreateKeyPairRequest, options?: EcmCallOptions): Promise<types.CreateKeyPairResponse>;
    /**
     * 解绑密钥对
     *
     * 用于解除实例的密钥绑定关系。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateInstancesKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DisassociateInstancesKeyPairs | API Explorer: call DisassociateInstancesKeyPairs online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.disassociateInstancesKeyPairs({
     *   InstanceIds: ["ein-ss23fw23"],
     *   KeyIds: ["skey-3cvmq2vn"],
     * });
     * console.log(res);
     */
    disassociateInstancesKeyPairs(input: types.DisassociateInstancesKeyPairsRequest, options?: EcmCallOptions): Promise<types.DisassociateInstancesKeyPairsResponse>;
    /**
     * 挂载云硬盘
     *
     * 本接口（AttachDisks）用于挂载云硬盘。支持批量操作，将多块云盘挂载到同一云主机。如果多个云盘中存在不允许挂载的云盘，则操作不执行，返回特定的错误码。本接口为异步接口，当挂载云盘的请求成功返回时，表示后台已发起挂载云盘的操作，可通过接口DescribeDisks来查询对应云盘的状态，如果云盘的状态由“ATTACHING”变为“ATTACHED”，则为挂载成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AttachDisks | API Explorer: call AttachDisks online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.attachDisks({
     *   DiskIds: ["disk-lzrg2pwi"],
     *   InstanceId: "ins-dyzmimrw",
     * });
     * console.log(res);
     */
    attachDisks(input: types.AttachDisksRequest, options?: EcmCallOptions): Promise<types.AttachDisksResponse>;
    /**
     * 创建云硬盘
     *
     * 本接口（CreateDisks）用于创建云硬盘。预付费云盘的购买会预先扣除本次云盘购买所需金额，在调用本接口前请确保账户余额充足。本接口支持传入数据盘快照来创建云盘，实现将快照数据复制到新购云盘上。本接口为异步接口，当创建请求下发成功后会返回一个新建的云盘ID列表，此时云盘的创建并未立即完成。可以通过调用DescribeDisks接口根据DiskId查询对应云盘，如果能查到云盘，且状态为'UNATTACHED'或'ATTACHED'，则表示创建成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateDisks | API Explorer: call CreateDisks online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createDisks({
     *   DiskType: "CLOUD_HSSD",
     *   DiskCount: 1,
     *   DiskSize: 500,
     *   Placement: {
     *     Zone: "ap-guangzhou-2",
     *     ProjectId: 0,
     *   },
     *   DiskChargeType: "PREPAID",
     *   DiskChargePrepaid: {
     *     Period: 1,
     *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     *   },
     *   ThroughputPerformance: 100,
     * });
     * console.log(res);
     */
    createDisks(input: types.CreateDisksRequest, options?: EcmCallOptions): Promise<types.CreateDisksResponse>;
    /**
     * 查询云硬盘列表
     *
     * 本接口（DescribeDisks）用于查询云硬盘列表。可以根据云硬盘ID、云硬盘类型或者云硬盘状态等信息来查询云硬盘的详细信息，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的云硬盘列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeDisks | API Explorer: call DescribeDisks online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeDisks({
     *   Filters: [
     *     {
     *       Name: "disk-usage",
     *       Values: ["DATA_DISK"],
     *     },
     *     {
     *       Name: "disk-state",
     *       Values: ["ATTACHED"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeDisks(input?: types.DescribeDisksRequest, options?: EcmCallOptions): Promise<types.DescribeDisksResponse>;
    /**
     * 卸载云硬盘
     *
     * 本接口（DetachDisks）用于卸载云硬盘。支持批量操作，卸载挂载在同一主机上的多块云盘。如果多块云盘中存在不允许卸载的云盘，则操作不执行，返回特定的错误码。本接口为异步接口，当请求成功返回时，云盘并未立即从主机卸载，可通过接口DescribeDisks来查询对应云盘的状态，如果云盘的状态由“ATTACHED”变为“UNATTACHED”，则为卸载成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DetachDisks | API Explorer: call DetachDisks online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.detachDisks({
     *   DiskIds: ["disk-lzrg2pwi"],
     * });
     * console.log(res);
     */
    detachDisks(input: types.DetachDisksRequest, options?: EcmCallOptions): Promise<types.DetachDisksResponse>;
    /**
     * 退还云硬盘
     *
     * 本接口（TerminateDisks）用于退还云硬盘。不再使用的云盘，可通过本接口主动退还。本接口支持退还预付费云盘和按小时后付费云盘。按小时后付费云盘可直接退还，预付费云盘需符合退还规则。支持批量操作，每次请求批量云硬盘的上限为50。如果批量云盘存在不允许操作的，请求会以特定错误码返回。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link TerminateDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=TerminateDisks | API Explorer: call TerminateDisks online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.terminateDisks({
     *   DiskIds: ["disk-lzrg2pwi", "disk-g27hqeo2"],
     * });
     * console.log(res);
     */
    terminateDisks(input: types.TerminateDisksRequest, options?: EcmCallOptions): Promise<types.TerminateDisksResponse>;
    /**
     * 创建安全组
     *
     * 创建安全组
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateSecurityGroup | API Explorer: call CreateSecurityGroup online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createSecurityGroup({
     *   GroupName: "demo",
     *   GroupDescription: "demo",
     *   Tags: [
     *     {
     *       Key: "city",
     *       Value: "shanghai",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createSecurityGroup(input: types.CreateSecurityGroupRequest, options?: EcmCallOptions): Promise<types.CreateSecurityGroupResponse>;
    /**
     * 安全组添加规则
     *
     * 本接口（CreateSecurityGroupPolicies）用于创建安全组规则（SecurityGroupPolicy）。在 SecurityGroupPolicySet 参数中：Version 安全组规则版本号，用户每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突。在创建出站和入站规则（Egress 和 Ingress）时：Protocol 字段支持输入TCP, UDP, ICMP, GRE, ALL。CidrBlock 字段允许输入符合cidr格式标准的任意字符串。在基础网络中，如果 CidrBlock 包含您的账户内的云服务器之外的设备在腾讯云的内网 IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。SecurityGroupId 字段允许输入与待修改的安全组位于相同项目中的安全组 ID，包括这个安全组 ID 本身，代表安全组下所有云服务器的内网 IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个 ID 所关联的云服务器变化而变化，不需要重新修改。Port 字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当 Protocol 字段是 TCP 或 UDP 时，Port 字段才被接受，即 Protocol 字段不是 TCP 或 UDP 时，Protocol 和 Port 排他关系，不允许同时输入，否则会接口报错。Action 字段只允许输入 ACCEPT 或 DROP。CidrBlock, SecurityGroupId, AddressTemplate 是排他关系，不允许同时输入，Protocol + Port 和 ServiceTemplate 二者是排他关系，不允许同时输入。一次请求中只能创建单个方向的规则, 如果需要指定索引（PolicyIndex）参数, 多条规则的索引必须一致。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupPoliciesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateSecurityGroupPolicies | API Explorer: call CreateSecurityGroupPolicies online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.createSecurityGroupPolicies({
     *   SecurityGroupId: "esg-ohuuioma",
     *   SecurityGroupPolicySet: {
     *     Version: "1",
     *     Egress: [
     *       {
     *         PolicyIndex: 1,
     *         Protocol: "TCP",
     *         Port: "80",
     *         Action: "accept",
     *         CidrBlock: "10.0.0.0/16",
     *         PolicyDescription: "TestPolicy",
     *       },
     *     ],
     *   },
     * });
     * console.log(res);
     */
    createSecurityGroupPolicies(input: types.CreateSecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<types.CreateSecurityGroupPoliciesResponse>;
    /**
     * 删除安全组
     *
     * 只有当前账号下的安全组允许被删除。安全组实例ID如果在其他安全组的规则中被引用，则无法直接删除。这种情况下，需要先进行规则修改，再删除安全组。删除的安全组无法再找回，请谨慎调用。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSecurityGroup | API Explorer: call DeleteSecurityGroup online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteSecurityGroup({
     *   SecurityGroupId: "esg-kxxx1gb1",
     * });
     * console.log(res);
     */
    deleteSecurityGroup(input: types.DeleteSecurityGroupRequest, options?: EcmCallOptions): Promise<types.DeleteSecurityGroupResponse>;
    /**
     * 删除安全组规则
     *
     * SecurityGroupPolicySet.Version 用于指定要操作的安全组的版本。传入 Version 版本号若不等于当前安全组的最新版本，将返回失败；若不传 Version 则直接删除指定PolicyIndex的规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupPoliciesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSecurityGroupPolicies | API Explorer: call DeleteSecurityGroupPolicies online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.deleteSecurityGroupPolicies({
     *   SecurityGroupId: "esg-ohuuioma",
     *   SecurityGroupPolicySet: {
     *     Version: "39",
     *     Ingress: [
     *       {
     *         PolicyIndex: 0,
     *       },
     *       {
     *         PolicyIndex: 1,
     *       },
     *     ],
     *   },
     * });
     * console.log(res);
     */
    deleteSecurityGroupPolicies(input: types.DeleteSecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<types.DeleteSecurityGroupPoliciesResponse>;
    /**
     * 查询安全组关联统计
     *
     * 查询安全组关联实例统计
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupAssociationStatisticsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroupAssociationStatistics | API Explorer: call DescribeSecurityGroupAssociationStatistics online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeSecurityGroupAssociationStatistics({
     *   SecurityGroupIds: ["esg-ohuuioma", "esg-2quou3gv"],
     * });
     * console.log(res);
     */
    describeSecurityGroupAssociationStatistics(input: types.DescribeSecurityGroupAssociationStatisticsRequest, options?: EcmCallOptions): Promise<types.DescribeSecurityGroupAssociationStatisticsResponse>;
    /**
     * 查询用户安全组配额
     *
     * 查询用户安全组配额
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupLimitsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroupLimits | API Explorer: call DescribeSecurityGroupLimits online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeSecurityGroupLimits({});
     * console.log(res);
     */
    describeSecurityGroupLimits(input?: types.DescribeSecurityGroupLimitsRequest, options?: EcmCallOptions): Promise<types.DescribeSecurityGroupLimitsResponse>;
    /**
     * 查询安全组规则
     *
     * 查询安全组规则
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupPoliciesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroupPolicies | API Explorer: call DescribeSecurityGroupPolicies online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeSecurityGroupPolicies({
     *   SecurityGroupId: "esg-ohuuioma",
     * });
     * console.log(res);
     */
    describeSecurityGroupPolicies(input: types.DescribeSecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<types.DescribeSecurityGroupPoliciesResponse>;
    /**
     * 查看安全组
     *
     * 查看安全组
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroups | API Explorer: call DescribeSecurityGroups online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeSecurityGroups({
     *   Limit: 1,
     *   Filters: [
     *     {
     *       Name: "security-group-id",
     *       Values: ["esg-05bb4upy"],
     *     },
     *     {
     *       Name: "security-group-name",
     *       Values: ["TestGroup"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeSecurityGroups(input?: types.DescribeSecurityGroupsRequest, options?: EcmCallOptions): Promise<types.DescribeSecurityGroupsResponse>;
    /**
     * 修改安全组属性
     *
     * 修改安全组属性
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifySecurityGroupAttribute | API Explorer: call ModifySecurityGroupAttribute online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifySecurityGroupAttribute({
     *   SecurityGroupId: "esg-33ocnj9n",
     *   GroupName: "demo",
     *   GroupDescription: "demo",
     * });
     * console.log(res);
     */
    modifySecurityGroupAttribute(input: types.ModifySecurityGroupAttributeRequest, options?: EcmCallOptions): Promise<types.ModifySecurityGroupAttributeResponse>;
    /**
     * 修改安全组出站和入站规则
     *
     * 修改安全组出站和入站规则
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupPoliciesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifySecurityGroupPolicies | API Explorer: call ModifySecurityGroupPolicies online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.modifySecurityGroupPolicies({
     *   SecurityGroupId: "esg-ohuuioma",
     *   SecurityGroupPolicySet: {
     *     Egress: [
     *       {
     *         Protocol: "TCP",
     *         Port: "80",
     *         Action: "accept",
     *         CidrBlock: "10.0.0.0/16",
     *         PolicyDescription: "demo",
     *       },
     *     ],
     *     Ingress: [
     *       {
     *         Protocol: "TCP",
     *         Port: "8080",
     *         Action: "accept",
     *         CidrBlock: "10.0.0.0/16",
     *         PolicyDescription: "demo",
     *       },
     *     ],
     *   },
     * });
     * console.log(res);
     */
    modifySecurityGroupPolicies(input: types.ModifySecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<types.ModifySecurityGroupPoliciesResponse>;
    /**
     * 替换单条安全组路由规则
     *
     * 替换单条安全组路由规则, 单个请求中只能替换单个方向的一条规则, 必须要指定索引（PolicyIndex）。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceSecurityGroupPolicyErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReplaceSecurityGroupPolicy | API Explorer: call ReplaceSecurityGroupPolicy online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.replaceSecurityGroupPolicy({
     *   SecurityGroupId: "esg-ohuuioma",
     *   SecurityGroupPolicySet: {
     *     Version: "20",
     *     Egress: [
     *       {
     *         PolicyIndex: 1,
     *         Protocol: "tcp",
     *         Port: "8080",
     *         Action: "accept",
     *         CidrBlock: "10.0.0.0/24",
     *         PolicyDescription: "demo",
     *       },
     *     ],
     *   },
     * });
     * console.log(res);
     */
    replaceSecurityGroupPolicy(input: types.ReplaceSecurityGroupPolicyRequest, options?: EcmCallOptions): Promise<types.ReplaceSecurityGroupPolicyResponse>;
    /**
     * 获取概览页统计的基本数据
     *
     * 获取概览页统计的基本数据
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeBaseOverviewErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeBaseOverview | API Explorer: call DescribeBaseOverview online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeBaseOverview({});
     * console.log(res);
     */
    describeBaseOverview(input?: types.DescribeBaseOverviewRequest, options?: EcmCallOptions): Promise<types.DescribeBaseOverviewResponse>;
    /**
     * 获取配置限制信息
     *
     * 获取带宽硬盘等数据的限制
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeConfigErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeConfig | API Explorer: call DescribeConfig online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeConfig({});
     * console.log(res);
     */
    describeConfig(input?: types.DescribeConfigRequest, options?: EcmCallOptions): Promise<types.DescribeConfigResponse>;
    /**
     * 获取机型配置列表
     *
     * 获取机型配置列表
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypeConfigErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstanceTypeConfig | API Explorer: call DescribeInstanceTypeConfig online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeInstanceTypeConfig({});
     * console.log(res);
     */
    describeInstanceTypeConfig(input?: types.DescribeInstanceTypeConfigRequest, options?: EcmCallOptions): Promise<types.DescribeInstanceTypeConfigResponse>;
    /**
     * 获取客户节点上的出入月峰和计费带宽
     *
     * 获取客户节点上的出入带宽月峰和计费带宽信息
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeMonthPeakNetworkErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeMonthPeakNetwork | API Explorer: call DescribeMonthPeakNetwork online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeMonthPeakNetwork({
     *   Month: "2020-09",
     *   Filters: [
     *     {
     *       Name: "region",
     *       Values: ["ap-zhengzhou-ecm"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeMonthPeakNetwork(input: types.DescribeMonthPeakNetworkRequest, options?: EcmCallOptions): Promise<types.DescribeMonthPeakNetworkResponse>;
    /**
     * 获取装箱配额组
     *
     * 使用本接口获取某种机型在某些区域的装箱配额（当使用虚拟机型时，返回的是一组相互关联的装箱配额）。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribePackingQuotaGroupErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePackingQuotaGroup | API Explorer: call DescribePackingQuotaGroup online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describePackingQuotaGroup({
     *   Filters: [
     *     {
     *       Name: "Zone",
     *       Values: ["ap-beijing-ecm-ct"],
     *     },
     *     {
     *       Name: "InstanceType",
     *       Values: ["SN3ne.2XLARGE16"],
     *     },
     *     {
     *       Name: "DataDiskSize",
     *       Values: ["100"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describePackingQuotaGroup(input?: types.DescribePackingQuotaGroupRequest, options?: EcmCallOptions): Promise<types.DescribePackingQuotaGroupResponse>;
    /**
     * 基础信息峰值数据
     *
     * CPU 内存 硬盘等基础信息峰值数据
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribePeakBaseOverviewErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePeakBaseOverview | API Explorer: call DescribePeakBaseOverview online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describePeakBaseOverview({
     *   StartTime: "2020-09-04",
     *   EndTime: "2020-09-04",
     * });
     * console.log(res);
     */
    describePeakBaseOverview(input?: types.DescribePeakBaseOverviewRequest, options?: EcmCallOptions): Promise<types.DescribePeakBaseOverviewResponse>;
    /**
     * 获取网络峰值数据
     *
     * 获取网络峰值数据
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribePeakNetworkOverviewErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePeakNetworkOverview | API Explorer: call DescribePeakNetworkOverview online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describePeakNetworkOverview({
     *   StartTime: "2020-09-04",
     *   EndTime: "2020-09-04",
     *   Filters: [
     *     {
     *       Name: "region",
     *       Values: ["ap-zhengzhou-ecm"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describePeakNetworkOverview(input?: types.DescribePeakNetworkOverviewRequest, options?: EcmCallOptions): Promise<types.DescribePeakNetworkOverviewResponse>;
    /**
     * 获取任务状态
     *
     * 本接口(DescribeTaskStatus)用于获取异步任务状态
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTaskStatusErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeTaskStatus | API Explorer: call DescribeTaskStatus online}
     * @example
     * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
     *
     * const client = new EcmClient();
     * const res = await client.describeTaskStatus({
     *   TaskSet: [
     *     {
     *       Operation: "CreateImage",
     *       TaskId: "1528600",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeTaskStatus(input: types.DescribeTaskStatusRequest, options?: EcmCallOptions): Promise<types.DescribeTaskStatusResponse>;
    /**
     * Pages through DescribeModule (获取模块列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ModuleItemSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeModule(input?: types.DescribeModuleRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeModuleResponse, types.ModuleItem>;
    /**
     * Pages through DescribeInstances (获取实例相关信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstances(input?: types.DescribeInstancesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeInstancesResponse, types.Instance>;
    /**
     * Pages through DescribeImage (展示镜像列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ImageSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeImage(input?: types.DescribeImageRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeImageResponse, types.Image>;
    /**
     * Pages through DescribeVpcs (查询VPC列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's VpcSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeVpcs(input?: types.DescribeVpcsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeVpcsResponse, types.VpcInfo>;
    /**
     * Pages through DescribeRouteTables (查询路由表对象列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's RouteTableSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeRouteTables(input?: types.DescribeRouteTablesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeRouteTablesResponse, types.RouteTable>;
    /**
     * Pages through DescribeLoadBalancers (查询负载均衡实例列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LoadBalancerSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeLoadBalancers(input?: types.DescribeLoadBalancersRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeLoadBalancersResponse, types.LoadBalancer>;
    /**
     * Pages through DescribeNetworkInterfaces (查询弹性网卡列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NetworkInterfaceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeNetworkInterfaces(input?: types.DescribeNetworkInterfacesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeNetworkInterfacesResponse, types.NetworkInterface>;
    /**
     * Pages through DescribeAddresses (查询弹性公网IP列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AddressSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeAddresses(input: types.DescribeAddressesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeAddressesResponse, types.Address>;
    /**
     * Pages through DescribeHaVips (查询HAVIP列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's HaVipSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeHaVips(input?: types.DescribeHaVipsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeHaVipsResponse, types.HaVip>;
    /**
     * Pages through DescribeRegionIpv6Addresses (查询地域下IPV6地址信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AddressSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeRegionIpv6Addresses(input: types.DescribeRegionIpv6AddressesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeRegionIpv6AddressesResponse, types.Address>;
    /**
     * Pages through DescribeSnapshots (查询快照列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SnapshotSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeSnapshots(input?: types.DescribeSnapshotsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeSnapshotsResponse, types.Snapshot>;
    /**
     * Pages through DescribeDisks (查询云硬盘列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DiskSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDisks(input?: types.DescribeDisksRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeDisksResponse, types.Disk>;
    /**
     * Pages through DescribeSecurityGroups (查看安全组): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SecurityGroupSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeSecurityGroups(input?: types.DescribeSecurityGroupsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeSecurityGroupsResponse, types.SecurityGroup>;
}

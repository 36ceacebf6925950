import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { EcmBaseClient, type EcmCallOptions, type EcmClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 边缘计算机器 (tencentcloud ecm, API 2019-07-19), with one method per action.
 *
 * 边缘计算机器（Edge Computing Machine，ECM）通过将计算能力从中心节点下沉到靠近用户的边缘节点，为您提供低时延、高可用、低成本的边缘计算服务。ECM按实际使用量计费，您可以根据业务需求调整边缘模块服务区域和规模，迅速灵活的应对业务变化，低成本为用户提供更快速的响应。
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
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
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    describeTaskStatus(input: types.DescribeTaskStatusRequest, options?: EcmCallOptions): Promise<types.DescribeTaskStatusResponse>;
    /**
     * Pages through DescribeModule (获取模块列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ModuleItemSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeModule(input?: types.DescribeModuleRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeModuleResponse, types.ModuleItem>;
    /**
     * Pages through DescribeInstances (获取实例相关信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeInstances(input?: types.DescribeInstancesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeInstancesResponse, types.Instance>;
    /**
     * Pages through DescribeImage (展示镜像列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ImageSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeImage(input?: types.DescribeImageRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeImageResponse, types.Image>;
    /**
     * Pages through DescribeVpcs (查询VPC列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's VpcSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeVpcs(input?: types.DescribeVpcsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeVpcsResponse, types.VpcInfo>;
    /**
     * Pages through DescribeRouteTables (查询路由表对象列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's RouteTableSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeRouteTables(input?: types.DescribeRouteTablesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeRouteTablesResponse, types.RouteTable>;
    /**
     * Pages through DescribeLoadBalancers (查询负载均衡实例列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's LoadBalancerSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeLoadBalancers(input?: types.DescribeLoadBalancersRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeLoadBalancersResponse, types.LoadBalancer>;
    /**
     * Pages through DescribeNetworkInterfaces (查询弹性网卡列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's NetworkInterfaceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeNetworkInterfaces(input?: types.DescribeNetworkInterfacesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeNetworkInterfacesResponse, types.NetworkInterface>;
    /**
     * Pages through DescribeAddresses (查询弹性公网IP列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AddressSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeAddresses(input: types.DescribeAddressesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeAddressesResponse, types.Address>;
    /**
     * Pages through DescribeHaVips (查询HAVIP列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's HaVipSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeHaVips(input?: types.DescribeHaVipsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeHaVipsResponse, types.HaVip>;
    /**
     * Pages through DescribeRegionIpv6Addresses (查询地域下IPV6地址信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's AddressSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeRegionIpv6Addresses(input: types.DescribeRegionIpv6AddressesRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeRegionIpv6AddressesResponse, types.Address>;
    /**
     * Pages through DescribeSnapshots (查询快照列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SnapshotSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeSnapshots(input?: types.DescribeSnapshotsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeSnapshotsResponse, types.Snapshot>;
    /**
     * Pages through DescribeDisks (查询云硬盘列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DiskSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeDisks(input?: types.DescribeDisksRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeDisksResponse, types.Disk>;
    /**
     * Pages through DescribeSecurityGroups (查看安全组): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SecurityGroupSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
     */
    paginateDescribeSecurityGroups(input?: types.DescribeSecurityGroupsRequest, options?: PaginateOptions & EcmCallOptions): Paginator<types.DescribeSecurityGroupsResponse, types.SecurityGroup>;
}

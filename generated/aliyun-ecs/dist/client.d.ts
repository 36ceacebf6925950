import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { EcsBaseClient, type EcsCallOptions, type EcsClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 云服务器ECS (aliyun ecs, API 2014-05-26), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 *
 * @see {@link https://help.aliyun.com/ | Alibaba Cloud documentation}
 */
export declare class EcsClient extends EcsBaseClient {
    constructor(config?: EcsClientConfig);
    /**
     * 创建一台或多台 ECS 实例
     *
     * 创建一台或多台 ECS 实例。
     * 调用该接口时，您需要注意：
     * - 单次最多能创建 100 台实例。
     * - 您可以指定参数 AutoReleaseTime 设置实例自动释放时间。
     * - 创建成功后会返回实例 ID 列表，您可以通过 API DescribeInstances 查询新建实例状态。
     * - 创建实例前，您需要确保您已经有可用的安全组。更多详情，请参见CreateSecurityGroup和 ECS用户指南中的创建安全组。
     * - 创建实例时，默认自动启动实例，直到实例状态变成运行中（ Running ）。
     * - 创建实例前，您需要预先在相应的地域创建 VPC 和创建虚拟交换机，详情请参见 VPC用户指南 中的创建 VPC和创建交换机。您也可通过API实现，详情请参见 VPC开发指南 中的CreateVPC和 CreateVSwitch。
     * - 与 CreateInstance 相比，通过 RunInstances 创建的实例如果参数 InternetMaxBandwidthOut 的值大于 0，则自动为实例分配公网 IP。
     * - 提交创建任务后，参数不合法或者库存不足的情况下会报错，具体的报错原因参见错误码。
     *
     * @throws {@link ServiceError} whose code is one of {@link RunInstancesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.runInstances({
     *   RegionId: "cn-hangzhou",
     *   InstanceType: "ecs.cm4.6xlarge",
     *   SecurityGroupId: "sg-securitygro****",
     *   Amount: "3",
     * });
     * console.log(res);
     */
    runInstances(input: types.RunInstancesRequest, options?: EcsCallOptions): Promise<types.RunInstancesResponse>;
    /**
     * 创建 ECS 实例
     *
     * 调用CreateInstance创建一台实例。
     * - 在创建实例时，您必须选择镜像，以确定新创建实例的系统盘配置。镜像包含操作系统以及应用软件配置，基于镜像创建实例后，实例的系统盘配置即为此镜像的完全克隆。
     * - 创建实例时必须指定加入一个安全组，您需要预先创建安全组。属于同一个安全组的实例内网互通。不同安全组之间默认有防火墙隔离，不可相互访问，但您可以通过安全组授权设置安全组的防火墙权限。
     * 同一个安全组内的实例数量不能超过1000个。如果安全组内实例数量超出限制，创建实例时不能指定该安全组。
     * - 创建实例时，您可以通过IoOptimized选择是否为I/O优化实例。
     * - 实例创建时，系统会根据您指定的镜像为分配一个相应大小的系统盘，您也可以通过SystemDisk.Category和SystemDisk.Size指定磁盘类型和大小。
     * - 单块普通云盘（cloud）容量最大不能超过2000 GiB，单块高效云盘（cloud_efficiency）容量最大不超过32 TiB（32768 GiB），单块SSD云盘（cloud_ssd）容量最大不能超过32 TiB（32768 GiB）。
     * - 随实例创建的系统盘，其Portable属性为false，即不支持卸载和挂载操作。所有系统盘的DeleteWithInstance属性为true。
     * - 随实例创建的类型为高效云盘（cloud_efficiency）或SSD云盘（cloud_ssd）的数据盘，其Portable属性为true，即支持卸载和挂载操作。如果数据盘随实例的释放而释放，则DeleteWithInstance的属性默认为true；如果数据盘不随实例的释放而释放，则DeleteWithInstance的属性的默认值为false。
     * - Windows 32位操作系统最高支持4 vCPU。如果创建内存4 GiB以上的云服务器，请选择64位操作系统（32位操作系统存在4 GiB的内存寻址限制）。
     * - 您只能在创建实例时指定网络类型为专有网络，专有网络实例必须且只能属于一个交换机。
     * - 指定VSwitchId创建实例时，SecurityGroupId和VSwitchId要属于同一个专有网络。
     * - 同时指定VSwitchId和PrivateIpAddress时，PrivateIpAddress要包含在交换机的CidrBlock之内。
     * - PrivateIpAddress依赖于VSwitchId，不能单独指定PrivateIpAddress。
     * - 若实例满足使用实例自定义数据的限制，您可传入UserData信息。UserData以Base64的方式编码。UserData将以不加密的方式传入，所以请不要以明文方式传入机密的信息（例如密码、私钥数据等）。如果必须传入，建议加密后，然后以Base64的方式编码后再传入，在实例内部以同样的方式反解密。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateInstanceErrorCode}.
     */
    createInstance(input: types.CreateInstanceRequest, options?: EcsCallOptions): Promise<types.CreateInstanceResponse>;
    /**
     * 启动一个指定的实例
     *
     * 启动一个指定的实例。
     * 调用该接口启动实例时，请注意：
     * - 接口调用成功后实例进入 Starting 状态。
     * - 实例状态必须为 Stopped，才可以调用该接口。
     * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能启动实例。
     *
     * @throws {@link ServiceError} whose code is one of {@link StartInstanceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.startInstance({
     *   InstanceId: "i-insta****",
     * });
     * console.log(res);
     */
    startInstance(input: types.StartInstanceRequest, options?: EcsCallOptions): Promise<types.StartInstanceResponse>;
    /**
     * 停止一个指定的实例
     *
     * 停止一个指定的实例。
     * 调用该接口停止实例时，请注意：
     * - 只有状态为 Running 的实例才可以进行此操作。
     * - 接口调用成功后实例进入 Stopping 状态。系统后台会在实例实际 Stop 成功后进入 Stopped 状态。
     * - 实例支持强制停止，强制停止等同于断电处理，可能丢失实例操作系统中未写入磁盘的数据。
     * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能停止实例。
     *
     * @throws {@link ServiceError} whose code is one of {@link StopInstanceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.stopInstance({
     *   InstanceId: "i-insta****",
     * });
     * console.log(res);
     */
    stopInstance(input: types.StopInstanceRequest, options?: EcsCallOptions): Promise<types.StopInstanceResponse>;
    /**
     * 重启指定的实例
     *
     * 重启指定的实例。
     * 调用该接口重启实例时，请注意：
     * - 只有状态为 Running 的实例才可以进行此操作。
     * - 接口调用成功后实例进入 Starting 状态。
     * - 支持强制重启，强制重启等同于传统服务器的断电重启，可能丢失实例操作系统中未写入磁盘的数据。
     * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，不能重启实例。
     *
     * @throws {@link ServiceError} whose code is one of {@link RebootInstanceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.rebootInstance({
     *   InstanceId: "i-insta****",
     * });
     * console.log(res);
     */
    rebootInstance(input: types.RebootInstanceRequest, options?: EcsCallOptions): Promise<types.RebootInstanceResponse>;
    /**
     * 根据传入实例的名称来释放实例资源
     *
     * 根据传入实例的名称来释放实例资源。释放后实例所使用的物理资源都被回收，包括磁盘及快照，相关数据全部丢失且永久不可恢复。
     * 调用该接口删除实例时，请注意：
     * - 实例状态必须为 Stopped，才可以进行删除操作。删除后，实例的状态为 Deleted，表示资源已释放，删除完成。
     * - 实例被删除时，挂载在实例上的 DeleteWithInstance 的属性为 True 的磁盘会相应被删除，这些磁盘的快照仍旧保留；自动快照根据磁盘的 DeleteAutoSnapshot 属性，如果为 false 的，保留自动快照，如果为 true 的，则删除自动快照。
     * - 实例被删除后，相关数据全部丢失且永久不可恢复。
     * - 如果删除实例时，实例被安全控制在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，即使独立普通云盘的 DeleteWithInstnace 的属性为 False，系统会忽略这个属性而释放挂载在实例上面的普通云盘。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteInstanceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.deleteInstance({
     *   InstanceId: "i-inst****",
     * });
     * console.log(res);
     */
    deleteInstance(input: types.DeleteInstanceRequest, options?: EcsCallOptions): Promise<types.DeleteInstanceResponse>;
    /**
     * 为您的 ECS 实例授予实例 RAM 角色
     *
     * 为您的 ECS 实例授予实例 RAM 角色。如果实例已有 RAM 角色，则报错提示您不能附加新的角色。
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachInstanceRamRoleErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.attachInstanceRamRole({
     *   RegionId: "cn-hangzhou",
     *   RamRoleName: "RamRole****",
     *   InstanceIds: ["[\"i-insta****\"]"],
     * });
     * console.log(res);
     */
    attachInstanceRamRole(input: types.AttachInstanceRamRoleRequest, options?: EcsCallOptions): Promise<types.AttachInstanceRamRoleResponse>;
    /**
     * 收回 ECS 实例的实例 RAM 角色
     *
     * 收回 ECS 实例的实例 RAM 角色。
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachInstanceRamRoleErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.detachInstanceRamRole({
     *   RegionId: "cn-hangzhou",
     *   RamRoleName: "RamRole****",
     *   InstanceIds: "[\"i-inst****\"]",
     * });
     * console.log(res);
     */
    detachInstanceRamRole(input: types.DetachInstanceRamRoleRequest, options?: EcsCallOptions): Promise<types.DetachInstanceRamRoleResponse>;
    /**
     * 批量获取当前用户所有实例的状态信息，也可用于获取实例列表
     *
     * 批量获取当前用户所有实例的状态信息，也可用于获取实例列表。
     * 调用该端口时，请注意借助 RAM 实现授权访问资源操作时的特殊限制：
     * - 只允许查询前 100 个实例的状态；如果 PageNumber、PageSize 组合出的值超过了此限制，请求会被拒绝，错误码为：Forbidden.AccessTooManyOthersResource。
     * - Response中，TotalCount 表示：ResourceOwner 的所有实例中，有多少实例被授予了调用者进行该操作。当个数超过 100 个时，TotalCount 取值为 100。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceStatusErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeInstanceStatus({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeInstanceStatus(input: types.DescribeInstanceStatusRequest, options?: EcsCallOptions): Promise<types.DescribeInstanceStatusResponse>;
    /**
     * 查询所有实例的详细信息
     *
     * 查询所有实例的详细信息。
     * 调用该端口时，请注意：
     * - 此接口不会校验参数之间的依赖关系，返回结果是所有条件的交集。
     * - 如果参数为空，则过滤器不起作用，但是 InstanceIds 如果是一个空 Json Array（即[]），则视为该过滤器有效，且返回空。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeInstances({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeInstances(input: types.DescribeInstancesRequest, options?: EcsCallOptions): Promise<types.DescribeInstancesResponse>;
    /**
     * 查询您的 ECS 实例自定义数据
     *
     * 查询您的 ECS 实例自定义数据。
     * 调用该接口时，请注意：
     * - 返回的实例自定义数据将以 Base64 编码的方式显示。
     * - 如果实例不存在自定义数据，则返回空值。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeUserDataErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeUserData({
     *   RegionId: "cn-shenzhen",
     *   InstanceId: "i-insta****",
     * });
     * console.log(res);
     */
    describeUserData(input: types.DescribeUserDataRequest, options?: EcsCallOptions): Promise<types.DescribeUserDataResponse>;
    /**
     * 查询某一台或者多台 ECS 实例上的已赋予的实例 RAM 角色的信息
     *
     * 查询某一台或者多台 ECS 实例上已赋予的实例 RAM 角色的信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceRamRoleErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.describeInstanceRamRole({
     *   InstanceIds: "[\"i-insta****\"]",
     * });
     * console.log(res);
     */
    describeInstanceRamRole(input: types.DescribeInstanceRamRoleRequest, options?: EcsCallOptions): Promise<types.DescribeInstanceRamRoleResponse>;
    /**
     * 查询云服务器 ECS 提供的实例规格族资源
     *
     * 查询云服务器 ECS 提供的实例规格族资源。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypeFamiliesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeInstanceTypeFamilies({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeInstanceTypeFamilies(input: types.DescribeInstanceTypeFamiliesRequest, options?: EcsCallOptions): Promise<types.DescribeInstanceTypeFamiliesResponse>;
    /**
     * 查询云服务器 ECS 提供的实例规格资源
     *
     * 查询云服务器 ECS 提供的实例规格资源。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.describeInstanceTypes({});
     * console.log(res);
     */
    describeInstanceTypes(input?: types.DescribeInstanceTypesRequest, options?: EcsCallOptions): Promise<types.DescribeInstanceTypesResponse>;
    /**
     * 修改实例密码、实例名称、安全组等属性信息
     *
     * 修改实例密码、实例名称、安全组等属性信息。
     * 调用该端口修改实例属性时，请注意：
     * - 此操作只修改参数中显式指定的属性，没有指定的属性将不会发生改变。
     * - 重置实例的密码，状态为 Deleted 或 Starting 的实例不可以进行此操作。重置密码需要重启实例后才能生效。
     * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能修改密码。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.modifyInstanceAttribute({
     *   InstanceId: "i-insta****",
     *   Password: "pw****",
     * });
     * console.log(res);
     */
    modifyInstanceAttribute(input: types.ModifyInstanceAttributeRequest, options?: EcsCallOptions): Promise<types.ModifyInstanceAttributeResponse>;
    /**
     * 修改云服务器实例的 VPC 属性
     *
     * 修改云服务器实例的 VPC 属性。
     * 调用该端口修改实例的VPC属性时，请注意：
     * - 指定 VSwitchId 修改 VPC 属性时，指定的 VSwitchId，必须属于当前的专有网络。
     * - 指定实例的当前交换机和新的交换机必须要属于同一个可用区。
     * - 指定 VSwitchId 不指定 PrivateIpAddress 时，系统自动为云服务器实例分配一个空闲的私网 IP。
     * - 同时指定 VSwitchId 和 PrivateIpAddress 时，私网 IP 要属于指定交换机的网段。
     * - PrivateIpAddress 依赖于 VSwitchId，不能单独指定 PrivateIpAddress。
     * - 进行修改操作的云服务器实例必须是 Stopped 状态，新创建的云服务器实例必须要经过一次启动/停止才能更改所属的交换机。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceVpcAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.modifyInstanceVpcAttribute({
     *   InstanceId: "35F20777-0DFF-C152-41FA-BCE0EA0B2FD7",
     *   VSwitchId: "[vswi****]",
     * });
     * console.log(res);
     */
    modifyInstanceVpcAttribute(input: types.ModifyInstanceVpcAttributeRequest, options?: EcsCallOptions): Promise<types.ModifyInstanceVpcAttributeResponse>;
    /**
     * 修改ECS 实例的VNC登录口令
     *
     * 修改ECS实例的VNC登录口令。
     * 调用该接口时，请注意：
     * - 密码长度必须是6个字符，必须同时包含大小写字母和数字。
     * - 修改密码后，如果是I/O优化的实例，立刻生效，无需重启实例；非I/O优化的实例，重启实例才能生效。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceVncPasswdErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifyInstanceVncPasswd({
     *   DescribeInstanceVncUrl: "",
     *   InstanceId: "AY121018033933eae****",
     *   VncPassword: "123****",
     * });
     * console.log(res);
     */
    modifyInstanceVncPasswd(input: types.ModifyInstanceVncPasswdRequest, options?: EcsCallOptions): Promise<types.ModifyInstanceVncPasswdResponse>;
    /**
     * 创建一个部署集
     *
     * 创建一个部署集，可以将 ECS 实例指定在某个部署集中。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDeploymentSetErrorCode}.
     */
    createDeploymentSet(input: types.CreateDeploymentSetRequest, options?: EcsCallOptions): Promise<types.CreateDeploymentSetResponse>;
    /**
     * 删除一个部署集
     *
     * 删除一个部署集。
     * 调用该接口时，请注意：只有当一个 DeploymentSet 中没有实例时，才能删除。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteDeploymentSetErrorCode}.
     */
    deleteDeploymentSet(input: types.DeleteDeploymentSetRequest, options?: EcsCallOptions): Promise<types.DeleteDeploymentSetResponse>;
    /**
     * 修改部署集的属性
     *
     * 修改部署集的属性。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDeploymentSetAttributeErrorCode}.
     */
    modifyDeploymentSetAttribute(input: types.ModifyDeploymentSetAttributeRequest, options?: EcsCallOptions): Promise<types.ModifyDeploymentSetAttributeResponse>;
    /**
     * 查询部署集列表
     *
     * 查询部署集列表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDeploymentSetsErrorCode}.
     */
    describeDeploymentSets(input: types.DescribeDeploymentSetsRequest, options?: EcsCallOptions): Promise<types.DescribeDeploymentSetsResponse>;
    /**
     * 用于获取部署集物理拓扑结构
     *
     * 用于获取部署集物理拓扑结构。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDeploymentSetTopologyErrorCode}.
     */
    describeDeploymentSetTopology(input: types.DescribeDeploymentSetTopologyRequest, options?: EcsCallOptions): Promise<types.DescribeDeploymentSetTopologyResponse>;
    /**
     * 创建磁盘
     *
     * 创建一块磁盘。
     * 调用该接口时，请注意：
     * - 本接口是用于创建可卸载云盘的数据盘，包括普通云盘、高效云盘和 SSD 云盘，系统盘的快照不能用来创建数据盘。
     * - 创建磁盘时，默认在删除磁盘时删除自动快照，即 DeleteAutoSnapshot=true，可以通过修改磁盘属性修改该参数。通过该接口创建的盘 Portable 属性为 true。
     * - 请求参数中 Size 和 SnapshotId 必须选择其中一项来指定磁盘的大小或使用快照创建磁盘。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.createDisk({
     *   RegionId: "cn-qingdao",
     *   ZoneId: "cn-qingdao-b",
     *   Size: 200,
     *   DiskName: "ThisIsDisk****",
     *   Description: "ThisIsDescrip****",
     * });
     * console.log(res);
     */
    createDisk(input: types.CreateDiskRequest, options?: EcsCallOptions): Promise<types.CreateDiskResponse>;
    /**
     * 查询磁盘信息
     *
     * 查询磁盘。
     * 调用该接口，请注意：
     * - 下面的参数中，RegionId、ZoneId、DiskIds、InstanceId 等参数都是过滤器的概念，参数间是逻辑 AND 关系。
     * - 其中 DiskIds 是一个 json 格式的 json Array，如果参数为空，则过滤器不起作用，但是 DiskIds 如果是一个空 json Array（即[]），则视为该过滤器有效，且返回空。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDisksErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeDisks({
     *   RegionId: "cn-qingdao",
     *   PageNumber: 1,
     *   ZoneId: "cn-qingdao-b",
     * });
     * console.log(res);
     */
    describeDisks(input: types.DescribeDisksRequest, options?: EcsCallOptions): Promise<types.DescribeDisksResponse>;
    /**
     * 挂载磁盘
     *
     * 挂载一个磁盘。
     * 调用该接口，请注意：
     * - 实例的状态必须为 running 或者 stopped，且实例的 OperationLocks 中没有标记 "LockReason": "security" 的锁定状态。
     * - 在该接口中设置的 DeleteWithInstance 属性，在实例的 OperationLocks 中标记为 "LockReason": "security" 的锁定状态时，释放实例时会忽略磁盘的 DeleteWithInstance 属性而被同时释放。
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.attachDisk({
     *   InstanceId: "i-23jgg****",
     *   DiskId: "d-23jbf****",
     * });
     * console.log(res);
     */
    attachDisk(input: types.AttachDiskRequest, options?: EcsCallOptions): Promise<types.AttachDiskResponse>;
    /**
     * 卸载磁盘
     *
     * 卸载一个磁盘。
     * 调用该接口，请注意：
     * - Portable 属性为 True 的磁盘，且磁盘所挂载的实例的状态必须为 running 或者 stopped，且实例的 OperationLocks 中没有标记 "LockReason" : "security" 的锁定状态，磁盘可以执行此操作。
     * - 当一块独立普通云盘通过这个接口从一台实例上卸载后，DeleteWithInstance 会被置为 False。
     * - 如果 DiskId 的磁盘不挂载在 InstanceId 的实例上，该操作失败。
     * - 该接口是异步操作，请求返回后，仍然需要等待一段时间才能完成卸载，预计在 1 分钟左右。
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.detachDisk({
     *   InstanceId: "i-23jgg****",
     *   DiskId: "d-23jbf****",
     * });
     * console.log(res);
     */
    detachDisk(input: types.DetachDiskRequest, options?: EcsCallOptions): Promise<types.DetachDiskResponse>;
    /**
     * 修改磁盘属性
     *
     * 修改磁盘属性。
     * 调用该接口，请注意：
     * 在该接口中设置的 DeleteWithInstance 属性，在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，释放实例时会忽略磁盘的 DeleteWithInstance 属性而被同时释放。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDiskAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.modifyDiskAttribute({
     *   DiskId: "d-23jbf****",
     *   DiskName: "MyDisk****",
     * });
     * console.log(res);
     */
    modifyDiskAttribute(input: types.ModifyDiskAttributeRequest, options?: EcsCallOptions): Promise<types.ModifyDiskAttributeResponse>;
    /**
     * 重新初始化磁盘到初始状态
     *
     * 重新初始化磁盘。
     * 调用该接口，请注意：
     * - 重新初始化磁盘到初始状态，磁盘状态必须为运行中，且实例状态必须为 Stopped 时，才能执行此操作。
     * - 但是如果实例创建后在第一次启动前，挂载在其上的磁盘也不能重新初始化。
     * - 如果为数据盘且是直接创建的空盘，则初始化到空盘状态。
     * - 如果为数据盘且是通过快照创建的，则初始化到快照状态。
     * - 如果为系统盘，则初始化到镜像的初始状态。
     *
     * @throws {@link ServiceError} whose code is one of {@link ReInitDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.reInitDisk({
     *   DiskId: "d-23jbf***",
     * });
     * console.log(res);
     */
    reInitDisk(input: types.ReInitDiskRequest, options?: EcsCallOptions): Promise<types.ReInitDiskResponse>;
    /**
     * 使用指定磁盘自身的快照回滚磁盘内容
     *
     * 使用指定磁盘自身的快照回滚磁盘内容。
     * 调用该接口，请注意：
     * - 实例状态必须为 Stopped 时，才可以执行此操作。
     * - 磁盘状态必须为使用中 (In_use) 的状态，才能执行此操作。
     * - 指定的 SnapshotId 必须是由 DiskId 创建的快照，否则报错。
     * - 实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态，则报错。
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.resetDisk({
     *   DiskId: "d-23jbf****",
     *   SnapshotId: "s-snaps****",
     * });
     * console.log(res);
     */
    resetDisk(input: types.ResetDiskRequest, options?: EcsCallOptions): Promise<types.ResetDiskResponse>;
    /**
     * 更换系统盘
     *
     * 更换系统盘。
     * 调用该接口，请注意：
     * - 更换系统盘会改变这台云服务器的系统盘的磁盘 ID。更换系统盘时，不改变系统盘的磁盘种类，同时原系统盘将被删除。
     * - 更换系统盘时可以重新指定系统盘的容量大小（参数SystemDiskSize），SystemDiskSize必须大于或等于 max{40,更换前的系统盘容量}。
     * - 实例的状态必须为 Stopped 状态，且实例的 OperationLocks 中没有标记 "LockReason" : "security" 的锁定状态。
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceSystemDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.replaceSystemDisk({
     *   InstanceId: "i-23jgg****",
     *   ImageId: "m-myima****",
     * });
     * console.log(res);
     */
    replaceSystemDisk(input: types.ReplaceSystemDiskRequest, options?: EcsCallOptions): Promise<types.ReplaceSystemDiskResponse>;
    /**
     * 扩容磁盘
     *
     * 扩容磁盘。
     * 调用该接口，请注意：
     * - 当前仅支持对数据盘的扩容操作。
     * - 挂载在实例上的数据盘，只有实例为 Running 或者 Stopped 状态时，才可以进行扩容操作。
     * - 磁盘上如果正在执行打快照的操作，则此时不允许进行扩容操作。
     * - 挂载在实例上的磁盘，在进行扩容操作后，需要在控制台或者使用 OpenAPI 重启实例才能使扩容生效。
     * - 扩容仅做磁盘容量的扩大，不做分区和文件系统的扩大，扩容完成后，用户还需要手动分配存储空间。
     *
     * @throws {@link ServiceError} whose code is one of {@link ResizeDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.resizeDisk({
     *   DiskId: "xxx",
     *   NewSize: 1024,
     * });
     * console.log(res);
     */
    resizeDisk(input: types.ResizeDiskRequest, options?: EcsCallOptions): Promise<types.ResizeDiskResponse>;
    /**
     * 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立普通云盘
     *
     * 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立云盘。
     * 调用该接口，请注意：
     * - 删除磁盘时磁盘的 status 必须为 Available。
     * - 如果指定 ID 的磁盘不存在，请求将被忽略。
     * - 由于用户快照会被保留，自动快照可以选择保留，请及时删除不必要的孤立用户快照和自动快照（即磁盘已经被删除的快照），以保持足够的快照额度来顺利完成周期性的自动快照策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteDiskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.deleteDisk({
     *   DiskId: "d-23jbf****",
     * });
     * console.log(res);
     */
    deleteDisk(input: types.DeleteDiskRequest, options?: EcsCallOptions): Promise<types.DeleteDiskResponse>;
    /**
     * 磁盘在线迁移
     *
     * 磁盘在线迁移。
     *
     * 接口约束
     * - 只支持云盘到云盘迁移。
     * - 只支持同azone迁移。
     * - 不支持共享盘。
     * - 磁盘状态为old的支持迁移。
     * - 每个disk只能有一个进行中(migrating)的迁移任务。
     * - 当磁盘类型io7, io8时, dest_disk_iops,dest_disk_bps为必填。
     *
     * FAILOVER
     * 重试: tdc接口明确返回要求重试错误码, regionmaster下发重试请求(workflow重试3次)。
     *
     * taskId 策略
     * disk_id, dest_cluster_no, dest_disk_type 这三个唯一确定一个taskId, 如果已存在相同迁移任务返回任务状态, 否则生成新的taskId。
     *
     * @throws {@link ServiceError} whose code is one of {@link migrate_diskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.migrate_disk({});
     * console.log(res);
     */
    migrate_disk(input: types.migrate_diskRequest, options?: EcsCallOptions): Promise<types.migrate_diskResponse>;
    /**
     * 磁盘在线迁移进度查询接口
     *
     * 磁盘在线迁移进度查询接口。
     *
     * @throws {@link ServiceError} whose code is one of {@link query_load_progressErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.query_load_progress({});
     * console.log(res);
     */
    query_load_progress(input: types.query_load_progressRequest, options?: EcsCallOptions): Promise<types.query_load_progressResponse>;
    /**
     * 对指定的磁盘存储设备创建快照
     *
     * 对指定的磁盘存储设备创建快照。
     * 调用该接口, 请注意:
     * - 云服务器仅在 Stopped 或 Running 状态下才能创建快照。(但刚创建完成从未启动过的实例不能创建快照)
     * - 刚创建完成的云服务器系统盘, 或刚增加从快照创建的数据盘, 由于尚未完成数据的加载, 此时创建快照会返回错误。一般来说, 系统盘创建完成 1 个小时后即可创建快照, 数据盘的可创建快照的时间取决于磁盘数据的大小。
     * - 新增加一块磁盘后, 如果实例尚未启动过, 新增的这块磁盘不能用于创建快照。
     * - 如果快照创建没有完成(即进度没有达到 100%), 那么这个快照无法用于创建自定义镜像。
     * - 如果快照创建没有完成(即进度没有达到 100%), 那么不能对同一磁盘再次创建快照。
     * - 快照数量的配额取决于该账号下拥有的磁盘总数量。
     * - 如果磁盘在 In_use 状态下, 挂载的实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时, 不能创建快照。
     * - 磁盘挂载的实例创建后第一次启动前, 不能创建快照。
     * - 独立普通云盘创建后, 如果没有挂载过, 创建快照会出现错误提示。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSnapshotErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.createSnapshot({
     *   DiskId: "1033-6005****",
     * });
     * console.log(res);
     */
    createSnapshot(input: types.CreateSnapshotRequest, options?: EcsCallOptions): Promise<types.CreateSnapshotResponse>;
    /**
     * 删除指定实例、指定磁盘设备的快照
     *
     * 删除指定的快照。
     * 调用该接口，请注意：
     * - 如果需要取消创建中的快照（即快照进度尚未达到 100%），也可以调用该接口将快照删除（即取消快照创建）。
     * - 如果指定 ID 的快照不存在，请求将被忽略。
     * - 如果快照已经被用于创建自定义镜像，则这个快照不能被删除。需要先删除相应的自定义镜像，快照才能被删除。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSnapshotErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.deleteSnapshot({
     *   SnapshotId: "s-923FE****",
     * });
     * console.log(res);
     */
    deleteSnapshot(input: types.DeleteSnapshotRequest, options?: EcsCallOptions): Promise<types.DeleteSnapshotResponse>;
    /**
     * 查询针对云服务器的某个磁盘设备所有的快照列表
     *
     * 查询针对云服务器的某个磁盘设备所有的快照列表。
     * 调用该接口，请注意：
     * InstanceId、DiskId 和 SnapshotIds 不再作为必选参数，而是作为 Filter 进行使用，为逻辑 AND 关系。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeSnapshots({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeSnapshots(input: types.DescribeSnapshotsRequest, options?: EcsCallOptions): Promise<types.DescribeSnapshotsResponse>;
    /**
     * 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表
     *
     * 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表。
     * - 导入快照的目标地域必须与OSS Bucket所在的地域相同。
     * - 请确保您已通过RAM授予ECS服务账号读取OSS Bucket的权限。
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportSnapshotErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.importSnapshot({
     *   RegionId: "cn-hangzhou",
     *   OSSBucket: "ecsimportsna****",
     *   OSSObject: "CentOS_snp****",
     *   SnapshotName: "testsnapshotimport****",
     * });
     * console.log(res);
     */
    importSnapshot(input: types.ImportSnapshotRequest, options?: EcsCallOptions): Promise<types.ImportSnapshotResponse>;
    /**
     * 将云服务器ECS快照列表中的快照导出到OSS Bucket
     *
     * 将云服务器ECS快照列表中的快照导出到OSS Bucket。
     * - 目标OSS Bucket所在的地域必须与快照所在的地域相同。
     * - 请确保您已通过RAM授予ECS服务账号写入OSS Bucket的权限。
     *
     * @throws {@link ServiceError} whose code is one of {@link ExportSnapshotErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.exportSnapshot({
     *   SnapshotId: "s-abc****",
     *   OSSBucket: "testExportSna****",
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    exportSnapshot(input: types.ExportSnapshotRequest, options?: EcsCallOptions): Promise<types.ExportSnapshotResponse>;
    /**
     * 查询磁盘快照链
     *
     * 查询磁盘快照链。
     * 调用该接口时，请注意：
     * - 请求参数 RegionId、DiskIds 和 InstanceId 等充当过滤器功能，参数间是逻辑与关系。
     * - 如果不指定任何参数，则过滤器不起作用。当 DiskIds 和 SnapshotLinkIds 都为空数组时，即 []，同样视该过滤器有效，但是返回结果为空。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotLinksErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeSnapshotLinks({
     *   RegionId: "cn-beijing",
     *   ZoneId: "cn-beijing-btc-a01",
     *   PageNumber: 1,
     * });
     * console.log(res);
     */
    describeSnapshotLinks(input: types.DescribeSnapshotLinksRequest, options?: EcsCallOptions): Promise<types.DescribeSnapshotLinksResponse>;
    /**
     * 创建一条自动快照策略
     *
     * 创建一条自动快照策略。
     * 调用该接口，请知悉以下内容：
     * - 创建的自动快照策略可以应用到任意磁盘。
     * - 已创建的自动快照策略可以进行修改操作。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateAutoSnapshotPolicyErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.createAutoSnapshotPolicy({
     *   SettingTimePoints: "[ \"0\" , \"11 \" , \"21 \" ]",
     *   SettingRepeatWeekdays: "[ \"1\" , \"2\" , \"4\" , \"7\" ]",
     *   RetentionDays: 30,
     * });
     * console.log(res);
     */
    createAutoSnapshotPolicy(input: types.CreateAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<types.CreateAutoSnapshotPolicyResponse>;
    /**
     * 删除一条自动快照策略
     *
     * 删除一条自动快照策略。
     * 调用该接口，请注意：
     * 如果当前预释放的自动快照策略已经在磁盘上执行，释放自动快照策略后这些磁盘取消执行该策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteAutoSnapshotPolicyErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.deleteAutoSnapshotPolicy({
     *   AutoSnapshotPolicyId: "p-233e6****",
     * });
     * console.log(res);
     */
    deleteAutoSnapshotPolicy(input: types.DeleteAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<types.DeleteAutoSnapshotPolicyResponse>;
    /**
     * 修改一条自动快照策略
     *
     * 修改一条自动快照策略。
     * 调用该接口时，请注意：
     * 修改自动快照策略后，之前已执行该策略的磁盘随即执行修改后的自动快照策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyAutoSnapshotPolicyExErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifyAutoSnapshotPolicyEx({
     *   AutoSnapshotPolicyId: "p-233e6****",
     *   SettingTimePoints: "[\"0\", \"11\", \"21\"]",
     *   SettingRepeatWeekdays: "[\"1\", \"2\", \"4\", \"7\"]",
     *   RetentionDays: 30,
     * });
     * console.log(res);
     */
    modifyAutoSnapshotPolicyEx(input: types.ModifyAutoSnapshotPolicyExRequest, options?: EcsCallOptions): Promise<types.ModifyAutoSnapshotPolicyExResponse>;
    /**
     * 查询自动快照策略
     *
     * 查询自动快照策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAutoSnapshotPolicyExErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeAutoSnapshotPolicyEx({});
     * console.log(res);
     */
    describeAutoSnapshotPolicyEx(input: types.DescribeAutoSnapshotPolicyExRequest, options?: EcsCallOptions): Promise<types.DescribeAutoSnapshotPolicyExResponse>;
    /**
     * 为磁盘执行自动快照策略
     *
     * 为磁盘执行自动快照策略。
     * 调用该接口时，请注意：
     * - 一个磁盘只能执行一条自动快照策略，已拥有自动快照策略的情况下再进行执行操作视为修改当前执行的自动快照策略。
     * - 可同时对多个磁盘执行同一条自动快照策略。
     * - 对多个磁盘执行同一条自动快照策略时，不能保证这些磁盘的快照数据处于同一个时间点，即无法保证他们是并行快照。
     *
     * @throws {@link ServiceError} whose code is one of {@link ApplyAutoSnapshotPolicyErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.applyAutoSnapshotPolicy({
     *   Snapshots: "[ \"d-233e6****\", \"d-23vbp****\", \"d-23vas****\" ]",
     * });
     * console.log(res);
     */
    applyAutoSnapshotPolicy(input: types.ApplyAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<types.ApplyAutoSnapshotPolicyResponse>;
    /**
     * 为应用了自动快照策略的磁盘取消自动快照策略
     *
     * 为应用了自动快照策略的磁盘取消自动快照策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link CancelAutoSnapshotPolicyErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.cancelAutoSnapshotPolicy({
     *   AutoSnapshotPolicyId: "p-233e6****",
     * });
     * console.log(res);
     */
    cancelAutoSnapshotPolicy(input: types.CancelAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<types.CancelAutoSnapshotPolicyResponse>;
    /**
     * 通过快照创建自定义镜像，创建后的镜像可以用于新建ECS实例
     *
     * 创建的自定义镜像，只有等待状态变为可用才能使用，可以使用镜像进行创建新的 ECS 实例或者对已有实例进行更换系统盘。
     * 调用该接口创建自定义镜像，可以通过3种方式来满足您不同的业务场景。：
     * - 如果您只需要对实例的系统盘创建自定义镜像，那么只需要指定一个快照 ID 进行创建自定义镜像。
     * - 只有系统盘的快照可以用于创建自定义镜像。
     * - 只有达到完成状态（进度为100%）的快照可以用于创建自定义镜像。
     * - 被安全控制在实例的 OperationLocks 中标记了“LockReason”：“security”的锁定状态时，不能创建自定义镜像。
     * - 2013年7月15日（含）之前创建的快照，不能创建自定义镜像。当Request因此原因被拒绝时，Response 中的code为 InvalidSnapshot.TooOld。
     * - 如果您需要对整个ECS实例做个模板，那么可以指定实例ID进行创建自定义镜像。
     * - 指定的实例的状态只能是运行中或者停止。
     * - 会给该实例的每块磁盘新增一个快照。
     * - 需要等待快照创建完成后，镜像的状态才能变成可用状态，需要您等待一段时间。
     * - 如果您需要对多个快照进行组合成一个镜像模板，那么可以指定DiskDeviceMappings进行创建自定义镜像。
     * - 只能指定一个系统盘快照，指定系统盘快照的device必须为：/dev/xvda。
     * - 数据盘快照设备名由系统默认顺序分配，/dev/xvdb 开始到 /dev/xvdz，不能重复。
     * - 可以不指定快照的ID，那么会创建一个指定大小的没有任何数据的空盘。
     * - 只有达到完成状态（进度为100%）的快照可以用于创建自定义镜像。
     * - 被安全控制在实例的OperationLocks中标记了“LockReason”，“security”的锁定状态时，不能创建自定义镜像。
     * - 2013年7月15日（含）之前创建的快照，不能创建自定义镜像。当Request因此原因被拒绝时，Response 中的code为 InvalidSnapshot.TooOld。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.createImage({
     *   RegionId: "cn-hangzhou",
     *   SnapshotId: "s-snaps****",
     *   ImageName: "demo_j****",
     * });
     * console.log(res);
     */
    createImage(input: types.CreateImageRequest, options?: EcsCallOptions): Promise<types.CreateImageResponse>;
    /**
     * 查询用户可以使用的镜像列表
     *
     * 查询用户可以使用的镜像列表。
     * 调用该接口，请注意：
     * - 显示出的镜像资源列表包括用户自己私有的镜像和阿里云提供系统资源。
     * - 此接口支持分页查询，查询结果包括可使用的镜像资源的总数和当前页的镜像资源。每页的数量默认为 10 条。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImagesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeImages({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeImages(input: types.DescribeImagesRequest, options?: EcsCallOptions): Promise<types.DescribeImagesResponse>;
    /**
     * 修改镜像属性
     *
     * 可以修改自定义镜像的名称和描述。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifyImageAttribute({
     *   ImageId: "m-28123****",
     *   RegionId: "cn-qingdao",
     *   ImageName: "testImag****",
     * });
     * console.log(res);
     */
    modifyImageAttribute(input: types.ModifyImageAttributeRequest, options?: EcsCallOptions): Promise<types.ModifyImageAttributeResponse>;
    /**
     * 删除指定的用户自定义镜像
     *
     * 删除指定的用户自定义镜像。镜像删除之后将不能再用于创建、重置ECS实例。
     * 调用该接口时，请注意：
     * 如果指定的镜像不存在，则请求将被忽略。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteImageErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.deleteImage({
     *   RegionId: "cn-hangzhou",
     *   ImageId: "m-63DFD****",
     * });
     * console.log(res);
     */
    deleteImage(input: types.DeleteImageRequest, options?: EcsCallOptions): Promise<types.DeleteImageResponse>;
    /**
     * 复制镜像
     *
     * 复制镜像可以把用户的某个地域的自定义镜像复制到其他地域进行跨地域一致性部署，在其他地域可以使用复制后的镜像进行创建实例和更换系统盘等操作。
     * 调用该接口时，请注意：
     * - 只有自定义镜像为可用状态才可以进行复制。
     * - 制镜像需通过工单进行申请才能开通。
     * - 复制的镜像只能在本账号下进行，不能跨账号进行复制。
     * - 该镜像没有复制完成，是不能进行删除操作，可以进行取消复制操作。
     *
     * @throws {@link ServiceError} whose code is one of {@link CopyImageErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.copyImage({
     *   DestinationRegionId: "cn-hangzhou",
     *   ImageId: "m-28123****",
     *   RegionId: "cn-qingdao",
     * });
     * console.log(res);
     */
    copyImage(input: types.CopyImageRequest, options?: EcsCallOptions): Promise<types.CopyImageResponse>;
    /**
     * 取消复制镜像
     *
     * 取消正在复制的镜像任务，取消后的镜像会自动删除。
     *
     * @throws {@link ServiceError} whose code is one of {@link CancelCopyImageErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.cancelCopyImage({
     *   RegionId: "cn-hangzhou",
     *   ImageId: "img-2012-12-01****",
     * });
     * console.log(res);
     */
    cancelCopyImage(input: types.CancelCopyImageRequest, options?: EcsCallOptions): Promise<types.CancelCopyImageResponse>;
    /**
     * 管理镜像共享
     *
     * 管理镜像共享可以把用户的自定义镜像共享给其他阿里云账号，该账号可以使用共享的自定义镜像进行创建实例和更换系统盘操作。
     * 调用该镜像时，请注意：
     * - 用户只能把自己拥有的自定义镜像共享给其他账号。
     * - 每个镜像单次最多共享给 10 个账号。单次最多可以删除 10 个共享账号。超过 10 系统会忽略该参数。
     * - 每个用户最多可以获得 30 个共享镜像。白名单可配置。
     * - 每个镜像最多可以共享给 50 个用户。可以申请白名单，该账号下的自定义镜像可以共享给更多的用户。
     * - 如果镜像的拥有者删除共享给您的镜像或者共享关系，您的已经使用的该共享镜像的实例重置系统盘会失败。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyImageSharePermissionErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifyImageSharePermission({
     *   RegionId: "cn-hangzhou",
     *   ImageId: "m-28123****",
     *   AddAccount: ["2341234****"],
     * });
     * console.log(res);
     */
    modifyImageSharePermission(input: types.ModifyImageSharePermissionRequest, options?: EcsCallOptions): Promise<types.ModifyImageSharePermissionResponse>;
    /**
     * 查询镜像共享账号列表
     *
     * 查询用户的自定义镜像共享给其他用户列表。此接口支持分页查询。每页的数量默认为10条。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImageSharePermissionErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeImageSharePermission({
     *   RegionId: "cn-qingdao",
     *   ImageId: "m-282dz****",
     * });
     * console.log(res);
     */
    describeImageSharePermission(input: types.DescribeImageSharePermissionRequest, options?: EcsCallOptions): Promise<types.DescribeImageSharePermissionResponse>;
    /**
     * 导入镜像
     *
     * 导入镜像是把客户线下的一个镜像文件导入到ECS环境中生成一个自定义镜像。可以使用这个镜像来创建ECS实例和更换系统盘。
     * 调用该接口时，请注意：
     * - 请先将镜像文件上传到OSS。
     * - 导入镜像的地域必须跟镜像文件存放的OSS是同一个账号同一个地域。
     * - DiskDeviceMapping.N暂时只支持1，也就是只支持系统盘镜像，暂时不支持数据盘做镜像。
     * - 镜像没有完成导入，不能进行删除操作，可以进行取消导入镜像任务操作。
     * - 需要通过RAM给阿里云ECS官方服务账号授权读取OSS的权限。
     * - i. 创建角色：AliyunECSImageImportDefaultRole（必须是这个名称，否则导入镜像会失败），角色的策略：
     * { "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": [ "ecs.example.com" ] } } ], "Version": "1" }
     * - ii. 在该角色下直接加入默认的系统权限策略：AliyunECSImageImportRolePolicy，这个策略是ECS提供导入镜像的默认策略，你也可以创建自定义策略，权限需要包含：
     * { "Version": "1", "Statement": [ { "Action": [ "oss:GetObject", "oss:GetBucketLocation" ], "Resource": "*", "Effect": "Allow" } ] }
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportImageErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.importImage({
     *   RegionId: "cn-hangzhou",
     *   DiskDeviceMapping: [
     *     {
     *       OSSBucket: "ecsim****",
     *       OSSObject: "CentO****.raw",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    importImage(input: types.ImportImageRequest, options?: EcsCallOptions): Promise<types.ImportImageResponse>;
    /**
     * 导出镜像
     *
     * 导出镜像是把客户的自定义镜像导出到与自定义镜像相同的地域的OSS里面。
     * 调用该接口时，请注意：
     * - 只有可用的自定义镜像才能导出。
     * - 导出镜像前，需要通过RAM给阿里云ECS官方服务账号授权写入OSS的权限。
     * - i. 创建角色：AliyunECSImageExportDefaultRole（必须是这个名称，否则导出镜像会失败），角色的策略：
     * { "Statement": [ { "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": [ "ecs.example.com" ] } } ], "Version": "1" }
     * - ii. 在该角色下直接加入默认的系统权限策略：AliyunECSImageExportRolePolicy，这个策略是ECS提供导出镜像的默认策略，你也可以创建自定义策略，权限需要包含：
     * { "Version": "1", "Statement": [ { "Action": [ "oss:GetObject", "oss:PutObject", "oss:DeleteObject", "oss:GetBucketLocation", "oss:AbortMultipartUpload", "oss:ListMultipartUploads", "oss:ListParts" ], "Resource": "*", "Effect": "Allow" } ] }
     *
     * @throws {@link ServiceError} whose code is one of {@link ExportImageErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.exportImage({
     *   RegionId: "cn-hangzhou",
     *   ImageId: "m-23123****",
     *   OSSBucket: "testexportl****",
     * });
     * console.log(res);
     */
    exportImage(input: types.ExportImageRequest, options?: EcsCallOptions): Promise<types.ExportImageResponse>;
    /**
     * 给一个特定实例分配一个可用公网IP地址
     *
     * 给一个特定实例分配一个可用公网IP地址。
     * 调用该接口时，请注意：
     * - 实例的状态必须为 Running 或 Stopped 状态，才可以调用此接口。
     * - 分配的 IP 必须在实例启动或重启后才能生效。
     * - 分配的时候只能是 IP，不能是 IP 段。
     * - 目前，一个实例只能分配一个 IP。当调用此接口时，如果实例已经拥有一个公网 IP，将直接返回原 IP 地址。
     * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，不能分配公网 IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link AllocatePublicIpAddressErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.allocatePublicIpAddress({
     *   InstanceId: "i-insta****",
     * });
     * console.log(res);
     */
    allocatePublicIpAddress(input: types.AllocatePublicIpAddressRequest, options?: EcsCallOptions): Promise<types.AllocatePublicIpAddressResponse>;
    /**
     * 修改实例的带宽配置
     *
     * 修改实例的带宽配置。
     * 当实例现有网络规格不满足要求时，可以通过此接口修改实例的网络规格来提高网络性能。调用该接口时，请注意：
     * - 操作只修改显式给定的参数，没有给定的参数将不会被修改。
     * - 只有实例状态为 Stopped 或 Running 时才可以修改实例的出入公网最大带宽。
     * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能修改实例网络规格。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceNetworkSpecErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.modifyInstanceNetworkSpec({
     *   InstanceId: "i-23nn2****",
     *   InternetMaxBandwidthOut: 20,
     * });
     * console.log(res);
     */
    modifyInstanceNetworkSpec(input: types.ModifyInstanceNetworkSpecRequest, options?: EcsCallOptions): Promise<types.ModifyInstanceNetworkSpecResponse>;
    /**
     * 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置
     *
     * 新建一个安全组，通过安全组防火墙规则配置实现对一组实例的防火墙配置。一个安全组可包含多个实例。
     * 调用该接口时，请注意：
     * - 新建的安全组，默认只打开组内实例之间的访问权限，其他访问权限全部关闭。若用户允许其他组的实例或来自互联网的访问，则可通过授权安全组权限接口来对安全组防火墙策略进行修改。
     * - 防火墙规则区分内网和公网。
     * - 每个用户最多可创建 100 个安全组。
     * - 创建专有网络类型的安全组，需要指定 VpcId。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.createSecurityGroup({
     *   RegionId: "cn-hangzhou",
     *   Description: "for_demo",
     * });
     * console.log(res);
     */
    createSecurityGroup(input: types.CreateSecurityGroupRequest, options?: EcsCallOptions): Promise<types.CreateSecurityGroupResponse>;
    /**
     * 设定安全组对外容许的访问权限
     *
     * 设定安全组 In方向的访问权限。
     * 调用该接口时，请注意：
     * - 可支持的授权策略为：accept（接受访问）和 drop（拒绝访问）。
     * - 可支持不同的网络类型，如 NicType 可选择 internet 或 intranet，分别表示公网或内网。VPC 类型的 ECS 实例，只支持 intranet 类型。
     * - 每个安全组最多有100条安全组规则。
     * - 安全组的优先级根据创建的时间降序排序匹配。
     * - 规则优先级可选范围为1-100，默认值为1，即最高优先级。数字越大，代表优先级越低。
     * - 相同优先级的授权规则，授权策略为 drop 的规则优先。
     * - 组和组之间的授权只能在内网，即 NicType 只能选择 intranet。
     * - 安全组规则由两组可选参数中的一组组成：SourceGroupOwnerAccount、SourceGroupId、IpProtocol、PortRange、NicType、Policy 或者 SourceCidrIp、IpProtocol、PortRange、NicType、Policy。如匹配的规则已存在将会报错。
     * - 支持两种授权方式：
     * - 授权同一 VPC（VPC）内其他安全组（允许跨用户授权）对其的访问权限。
     * - 授权指定某 IP 地址范围（CIDR 格式）对其的访问权限。
     *
     * @throws {@link ServiceError} whose code is one of {@link AuthorizeSecurityGroupErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.authorizeSecurityGroup({
     *   SecurityGroupId: "sg-F876F****",
     *   SourceGroupId: "sg-1651F****",
     *   SourceGroupOwnerAccount: "test@aliyun.com",
     *   IpProtocol: "tcp",
     *   PortRange: "1/65535",
     * });
     * console.log(res);
     */
    authorizeSecurityGroup(input: types.AuthorizeSecurityGroupRequest, options?: EcsCallOptions): Promise<types.AuthorizeSecurityGroupResponse>;
    /**
     * 设定安全组 Out 方向的访问权限
     *
     * 设定安全组 Out 方向的访问权限。
     * 调用该接口时，请注意：
     * - 可支持的授权策略为：accept（接受访问），drop（拒绝访问）。
     * - 可支持不同的网络类型，如 NicType 可选择 internet 或 intranet，分别表示公网或内网。
     * - 单个安全组的授权规则最多为100条。
     * - 安全组的优先级根据创建的时间降序排序匹配。
     * - 组和组之间的授权只能在内网，即 NicType 只能选择 intranet。
     * - 规则优先级可选范围为1-100，默认值为1，即最高优先级。数字越大，代表优先级越低。
     * - 相同优先级的授权规则，授权策略为 drop 的规则优先。
     * - 安全组规则由两组可选参数中的一组组成：DestGroupOwnerAccount、DestGroupId、IpProtocol、PortRange、NicType、Policy 或者 DestCidrIp、IpProtocol、PortRange、NicType、Policy。如匹配的规则已存在将会报错。
     * - 支持两种授权方式：
     * - 开放对同一 Region 内其他安全组（允许跨用户授权）的访问权限。
     * - 开放对指定某 IP 地址范围（CIDR 格式）的访问权限。
     *
     * @throws {@link ServiceError} whose code is one of {@link AuthorizeSecurityGroupEgressErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.authorizeSecurityGroupEgress({
     *   SecurityGroupId: "sg-94n63****",
     *   IpProtocol: "tcp",
     *   DestGroupId: "sg-94oi1****",
     *   PortRange: "1/65535",
     * });
     * console.log(res);
     */
    authorizeSecurityGroupEgress(input: types.AuthorizeSecurityGroupEgressRequest, options?: EcsCallOptions): Promise<types.AuthorizeSecurityGroupEgressResponse>;
    /**
     * 取消 Group 对外提供的访问权限
     *
     * 撤销安全组规则。
     * 撤销安全组的访问权限支持两种方式：
     * - 撤销本VPC内（VPC）其他安全组采用指定协议通过指定端口对本安全组的授权规则；
     * - 撤销IP网段采用指定协议通过指定端口访问本安全组，只有调用授权接口授权的权限条目才可以删除。
     * 安全组规则由两组可选参数中的一组组成：SourceGroupOwnerAccount、SourceGroupId、IpProtocol、PortRange、NicType、Policy或者SourceCidrIp、IpProtocol、PortRange、NicType、Policy。如匹配的规则找不到将会报错。
     * RevokeSecurityGroup和RevokeSecurityGroupEgress都是用来操作安全组规则的，但是有区别：
     * - RevokeSecurityGroup 是用来撤销入方向的安全组规则，也就是In方向上的规则。
     * - RevokeSecurityGroupEgress 是用来撤销出方向的安全组规则。
     * 一般来说，前者的使用更多，您根据实际情况来选择一个方法即可。
     * 类似地，AuthorizeSecurityGroup和AuthorizeSecurityGroupEgress也是这样，前者授权入方向的规则，后者授权出方向的规则。
     *
     * @throws {@link ServiceError} whose code is one of {@link RevokeSecurityGroupErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.revokeSecurityGroup({
     *   SecurityGroupId: "C0003E8B-B930-4F59-ADC0-0E209A90****",
     *   SourceGroupId: "sg-F876F****",
     *   SourceGroupOwnerAccount: "test@aliyun.com",
     *   IpProtocol: "tcp",
     *   PortRange: "1/65535",
     * });
     * console.log(res);
     */
    revokeSecurityGroup(input: types.RevokeSecurityGroupRequest, options?: EcsCallOptions): Promise<types.RevokeSecurityGroupResponse>;
    /**
     * 撤销安全组Out方向的访问规则
     *
     * 撤销一条出方向安全组规则。
     * 撤销安全组出方向的访问规则。支持两种方式：
     * - 本VPC内采用指定协议通过指定端口访问其他安全组。
     * - 采用指定协议通过指定端口访问IP地址范围，只有调用授权接口授权的权限条目才可以删除（参数值跟授权时的参数相同）。
     * 安全组规则由两组可选参数中的一组组成：DestGroupOwnerAccount、DestGroupId、IpProtocol、PortRange、NicType、Policy或者DestCidrIp、IpProtocol、PortRange、NicType、Policy。如匹配的规则找不到将会报错。
     *
     * @throws {@link ServiceError} whose code is one of {@link RevokeSecurityGroupEgressErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.revokeSecurityGroupEgress({
     *   SecurityGroupId: "sg-94n63****",
     *   IpProtocol: "tcp",
     *   DestGroupId: "sg-94oi1****",
     *   PortRange: "1/65535",
     * });
     * console.log(res);
     */
    revokeSecurityGroupEgress(input: types.RevokeSecurityGroupEgressRequest, options?: EcsCallOptions): Promise<types.RevokeSecurityGroupEgressResponse>;
    /**
     * 将一台实例加入到指定的安全组
     *
     * 将一台实例加入到指定的安全组。
     * 调用该接口时，您需要注意：
     * - 加入安全组之前，实例必须处于 停止（Stopped）或者 运行中（Running）状态。
     * - 一台实例最多可以加入 5 个安全组。
     * - 每个安全组最多能管理 1000 台实例。
     * - 您的安全组和实例必须属于同一个阿里云地域。
     * - 安全组和实例必须属于同一个 VPC。
     *
     * @throws {@link ServiceError} whose code is one of {@link JoinSecurityGroupErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.joinSecurityGroup({
     *   InstanceId: "i-insta****",
     *   SecurityGroupId: "F876FF7B****",
     * });
     * console.log(res);
     */
    joinSecurityGroup(input: types.JoinSecurityGroupRequest, options?: EcsCallOptions): Promise<types.JoinSecurityGroupResponse>;
    /**
     * 将一台实例移出指定的安全组
     *
     * 将一台实例移出指定的安全组。
     * 调用该接口时，您需要注意：
     * - 移出安全组之前，实例必须处于 停止 (Stopped) 或者 运行中 (Running) 状态。
     * - 一台实例必须至少加入一个安全组，当该实例只加入了一个安全组时，则 LeaveSecurityGroup 请求会失败。
     *
     * @throws {@link ServiceError} whose code is one of {@link LeaveSecurityGroupErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.leaveSecurityGroup({
     *   InstanceId: "i-insta****",
     *   SecurityGroupId: "F876FF7B****",
     * });
     * console.log(res);
     */
    leaveSecurityGroup(input: types.LeaveSecurityGroupRequest, options?: EcsCallOptions): Promise<types.LeaveSecurityGroupResponse>;
    /**
     * 用于删除一个指定的安全组
     *
     * 用于删除一个指定的安全组。
     * 调用该接口时，请注意：
     * 只有组内不存在实例，或者没有被其他组的安全规则引用时才可以删除。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.deleteSecurityGroup({
     *   SecurityGroupId: "sg-F876F****",
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    deleteSecurityGroup(input: types.DeleteSecurityGroupRequest, options?: EcsCallOptions): Promise<types.DeleteSecurityGroupResponse>;
    /**
     * 查询安全组详情，包括安全权限控制
     *
     * 查询安全组详情，包括安全权限控制。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeSecurityGroupAttribute({
     *   SecurityGroupId: "sg-F876F****",
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeSecurityGroupAttribute(input: types.DescribeSecurityGroupAttributeRequest, options?: EcsCallOptions): Promise<types.DescribeSecurityGroupAttributeResponse>;
    /**
     * 分页查询用户定义的所有安全组基本信息
     *
     * 分页查询用户定义的所有安全组基本信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeSecurityGroups({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeSecurityGroups(input: types.DescribeSecurityGroupsRequest, options?: EcsCallOptions): Promise<types.DescribeSecurityGroupsResponse>;
    /**
     * 查询某个安全组和其他哪些安全组有安全组级别的授权行为
     *
     * 查询某个安全组和其他哪些安全组有安全组级别的授权行为。
     * 调用该接口时，您需要注意：
     * - 授权行为包括入方向授权和出方向授权。
     * - 该接口单次最多返回 100 条记录。
     * - 当您无法删除某一安全组时，可以调用该接口查看指定的安全组是否已被其他安全组授权。如果指定的安全组已被授权，您需要在删除该安全组之前解除授权行为。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupReferencesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeSecurityGroupReferences({
     *   RegionId: "cn-hangzhou",
     *   SecurityGroupId: ["sg-11****"],
     * });
     * console.log(res);
     */
    describeSecurityGroupReferences(input: types.DescribeSecurityGroupReferencesRequest, options?: EcsCallOptions): Promise<types.DescribeSecurityGroupReferencesResponse>;
    /**
     * 修改指定安全组的属性，包括修改安全组名称和描述
     *
     * 修改指定安全组的属性，包括修改安全组名称和描述。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifySecurityGroupAttribute({
     *   SecurityGroupId: "sg-F876F****",
     *   RegionId: "cn-hangzhou",
     *   SecurityGroupName: "New****",
     * });
     * console.log(res);
     */
    modifySecurityGroupAttribute(input: types.ModifySecurityGroupAttributeRequest, options?: EcsCallOptions): Promise<types.ModifySecurityGroupAttributeResponse>;
    /**
     * 修改安全组内网连通策略
     *
     * 修改安全组内网连通策略。
     * 调用该接口时，您需要注意：
     * - 参数 InnerAccessPolicy 的值为 Accept 时，安全组内的实例之间的网络是互通的。此时，遵循 Accept 优先原则，即安全组内的实例之间的网络一直保持互通，不受用户自定义安全组规则影响。
     * - 参数 InnerAccessPolicy 的值为 Drop 时，安全组内的实例之间的网络是隔离的。此时，遵循用户自定义安全组规则优先原则，即安全组内的实例之间的网络虽然是隔离的，但您可以自定义安全组规则改变内网状态。例如，您可以通过 AuthorizeSecurityGroup 使安全组内的两台 ECS 实例网络互通。
     * - 您可以通过 DescribeSecurityGroupAttribute 查询当前安全组内网连通策略。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupPolicyErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifySecurityGroupPolicy({
     *   RegionId: "cn-hangzhou",
     *   SecurityGroupId: "sg-11****",
     *   InnerAccessPolicy: "Drop",
     * });
     * console.log(res);
     */
    modifySecurityGroupPolicy(input: types.ModifySecurityGroupPolicyRequest, options?: EcsCallOptions): Promise<types.ModifySecurityGroupPolicyResponse>;
    /**
     * 修改安全组入方向规则的描述信息
     *
     * 修改安全组入方向规则的描述信息。
     * 如果您还没有增加过安全组规则，可以调用 AuthorizeSecurityGroup 增加。以下任意一组参数可以确定一条安全组入方向规则，只指定一个参数无法确定一条安全组规则。
     * - 授权指定 IP 地址段的访问权限：IpProtocol、PortRange、（可选）SourcePortRange、NicType、Policy、DestCiderIp 和（可选）SourceCidrIp。
     * - 授权其他安全组的访问权限：IpProtocol、PortRange、（可选）SourcePortRange、NicType、Policy、（可选）DestCiderIp、DestGroupOwnerAccount 和 DestGroupId。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupRuleErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifySecurityGroupRule({
     *   SecurityGroupId: "sg-F876F****",
     *   SourceGroupId: "sg-1651F****",
     *   SourceGroupOwnerAccount: "test@aliyun.com",
     *   IpProtocol: "tcp",
     *   PortRange: "80/80",
     *   Policy: "allow",
     *   Description: "This is a new security group rule.",
     * });
     * console.log(res);
     */
    modifySecurityGroupRule(input: types.ModifySecurityGroupRuleRequest, options?: EcsCallOptions): Promise<types.ModifySecurityGroupRuleResponse>;
    /**
     * 创建一对 SSH 密钥对
     *
     * 创建一对 SSH 密钥对。我们会为您保管密钥的公钥部分，并返回未加密的 PEM 编码的 PKCS#8 格式私钥。您需要自行妥善保管私钥部分。
     * 除了调用 CreateKeyPair 创建密钥对之外，您还可以使用第三方工具创建密钥对，然后上传 (ImportKeyPair) 到某一阿里云地域，其使用方法和我们为您创建的密钥对是一致的。
     * 您在每个地域的密钥对数最高为 500 对。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.createKeyPair({
     *   RegionId: "cn-qingdao",
     *   KeyPairName: "test",
     * });
     * console.log(res);
     */
    createKeyPair(input: types.CreateKeyPairRequest, options?: EcsCallOptions): Promise<types.CreateKeyPairResponse>;
    /**
     * 导入由其他工具产生的 RSA 密钥对的公钥部分
     *
     * 导入由其他工具产生的 RSA 密钥对的公钥部分。导入密钥对后，您无需保管公钥部分，只需自行妥善保存密钥对的私钥部分。
     * 调用该接口时，您需要注意：
     * - 您在每个地域的密钥对数最高为 500 对。
     * - 导入的密钥对必须支持下列任一种加密方式：
     * - rsa
     * - dsa
     * - ssh-rsa
     * - ssh-dss
     * - ecdsa
     * - ssh-rsa-cert-v00@openssh.com
     * - o ssh-dss-cert-v00@openssh.com
     * - o ssh-rsa-cert-v01@openssh.com
     * - o ssh-dss-cert-v01@openssh.com
     * - o ecdsa-sha2-nistp256-cert-v01@openssh.com
     * - o ecdsa-sha2-nistp384-cert-v01@openssh.com
     * - o ecdsa-sha2-nistp521-cert-v01@openssh.com
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.importKeyPair({
     *   RegionId: "cn-qingdao",
     *   PublicKeyBody: "xxxxxxxxxxxxxx",
     *   KeyPairName: "test",
     * });
     * console.log(res);
     */
    importKeyPair(input: types.ImportKeyPairRequest, options?: EcsCallOptions): Promise<types.ImportKeyPairResponse>;
    /**
     * 绑定一个 SSH 密钥对到一台或多台 Linux 实例
     *
     * 绑定一个 SSH 密钥对到一台或多台 Linux 实例。
     * 当您使用该接口时，需要注意：
     * - Windows 实例不支持 SSH 密钥对。
     * - 绑定 SSH 密钥对后，将禁用用户名加密码的验证方式。
     * - 如果实例处于 运行中 (Running) 状态，重启实例 (RebootInstance) 后，SSH 密钥对生效。
     * - 如果实例处于 停止 (Stopped) 状态，启动实例 (StartInstance) 后，SSH 密钥对生效。
     * - 如果实例已经绑定了 SSH 密钥对，新的 SSH 密钥对自动替换原来的 SSH 密钥对。
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachKeyPairErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.attachKeyPair({
     *   RegionId: "cn-qingdao",
     *   KeyPairName: "test",
     *   InstanceIds: "[\"i-XXXXX\"]",
     * });
     * console.log(res);
     */
    attachKeyPair(input: types.AttachKeyPairRequest, options?: EcsCallOptions): Promise<types.AttachKeyPairResponse>;
    /**
     * 为一台或者多台 Linux 实例解绑 SSH 密钥对
     *
     * 为一台或者多台 Linux 实例解绑 SSH 密钥对。
     * 使用该接口时，请注意：
     * - 解绑 SSH 密钥对后，您需要重启实例（RebootInstance）使更改生效。
     * - 解绑 SSH 密钥对后，实例默认使用用户名和密码的验证方式。
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachKeyPairErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.detachKeyPair({
     *   RegionId: "cn-qingdao",
     *   InstanceIds: "[\"i-xxxxxxx\", \"i-yyyyyyy\"]",
     *   KeyPairName: "test",
     * });
     * console.log(res);
     */
    detachKeyPair(input: types.DetachKeyPairRequest, options?: EcsCallOptions): Promise<types.DetachKeyPairResponse>;
    /**
     * 删除一对或者多对 SSH 密钥对
     *
     * 删除一对或者多对 SSH 密钥对。删除 SSH 密钥对后，我们不再为您保存该 SSH 密钥对，但是已经绑定的实例可以正常使用该 SSH 密钥对，其 SSH 密钥对名称仍然显示在实例详情中。
     * 调用该接口时，您需要注意：
     * - 删除 SSH 密钥对后，您将无法通过 DescribeKeyPairs 查询该 SSH 密钥对。
     * - 查询实例信息时（DescribeInstances），会显示 SSH 密钥对名称（KeyPairNames），不再显示该 SSH 密钥对的其他信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.deleteKeyPairs({
     *   RegionId: "cn-qingdao",
     *   KeyPairNames: "test",
     * });
     * console.log(res);
     */
    deleteKeyPairs(input: types.DeleteKeyPairsRequest, options?: EcsCallOptions): Promise<types.DeleteKeyPairsResponse>;
    /**
     * 查询一个或多个密钥对
     *
     * 查询一个或多个密钥对。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeKeyPairs({
     *   RegionId: "cn-qingdao",
     *   KeyPairFingerPrint: "xxxxxxxxxx",
     *   KeyPairName: "test",
     *   PageNumber: 1,
     *   PageSize: 20,
     * });
     * console.log(res);
     */
    describeKeyPairs(input: types.DescribeKeyPairsRequest, options?: EcsCallOptions): Promise<types.DescribeKeyPairsResponse>;
    /**
     * 创建一个弹性网卡（ENI）
     *
     * 创建一个弹性网卡（ENI）。
     * 调用该接口时，请注意：
     * - 您可以将弹性网卡附加到同一可用区的 VPC 内实例。弹性网卡只支持附加到 VPC 网络实例。
     * - 用户创建一个弹性网卡后，将其附加到一个实例上，可以与该实例分离后再附加到另一个实例上。弹性网卡在附加到一个实例，或者从实例分离后重新附加到另一实例时，其属性跟随该弹性网卡。
     * - 当用户将弹性网卡从一个实例转移到另一个实例时，网络流量也会重定向到新的实例。
     * - 新创建的弹性网卡为可用（Available）状态。
     * - 一个用户在一个 Region 内最多只能创建 100 个弹性网卡。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.createNetworkInterface({
     *   RegionId: "cn-hangzhou",
     *   VSwitchId: "[vswitchid]",
     *   SecurityGroupId: "sg-c0003exxxxx",
     * });
     * console.log(res);
     */
    createNetworkInterface(input: types.CreateNetworkInterfaceRequest, options?: EcsCallOptions): Promise<types.CreateNetworkInterfaceResponse>;
    /**
     * 附加弹性网卡（ENI）到专有网络（VPC）实例上
     *
     * 调用AttachNetworkInterface接口将弹性网卡（ENI）附加至专有网络（VPC）实例。
     * 调用该接口时，请注意：
     * - 弹性网卡必须处于可用（Available）状态。
     * - ECS实例必须处于停止（Stopped）状态。
     * - 弹性网卡只能附加到VPC类型的ECS实例，且必须与ECS实例在同一VPC内。
     * - 一个弹性网卡只能同时附加到一个ECS实例上。
     * - 一个ECS实例可以同时附加多个弹性网卡，请参见 云服务器ECS产品简介 中的实例规格章节。
     * - 由于VPC交换机不能跨可用区，弹性网卡附加的ECS实例与弹性网卡所在的交换机必须属于同一可用区。
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.attachNetworkInterface({
     *   RegionId: "cn-hangzhou",
     *   NetworkInterfaceId: "[networkInterfaceId]",
     *   InstanceId: "AY121018033933eae8xxxxx",
     * });
     * console.log(res);
     */
    attachNetworkInterface(input: types.AttachNetworkInterfaceRequest, options?: EcsCallOptions): Promise<types.AttachNetworkInterfaceResponse>;
    /**
     * 查看弹性网卡（ENI）列表
     *
     * 查看弹性网卡（ENI）列表。
     * 调用该接口时，请注意：
     * - 通过指定属性值对结果进行过滤。
     * - 不指定属性值就不对该属性进行过滤，返回所有类目结果。
     * - 一次最多查看 100 个弹性网卡。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeNetworkInterfaces({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeNetworkInterfaces(input: types.DescribeNetworkInterfacesRequest, options?: EcsCallOptions): Promise<types.DescribeNetworkInterfacesResponse>;
    /**
     * 从实例上分离弹性网卡（ENI）
     *
     * 从实例上分离弹性网卡（ENI）。
     * 调用该接口时，请注意：
     * - 不允许分离 ECS 实例的主网卡。
     * - 弹性网卡必须处于使用中（InUse）状态。
     * - ECS 实例必须处于停止（Stopped）状态。
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.detachNetworkInterface({
     *   RegionId: "cn-hangzhou",
     *   NetworkInterfaceId: "[networkInterfaceId]",
     *   InstanceId: "AY121018033933eaxxxx",
     * });
     * console.log(res);
     */
    detachNetworkInterface(input: types.DetachNetworkInterfaceRequest, options?: EcsCallOptions): Promise<types.DetachNetworkInterfaceResponse>;
    /**
     * 删除弹性网卡（ENI）
     *
     * 删除弹性网卡（ENI）。
     * 调用该接口时，请注意：
     * - 弹性网卡必须处于可用（Available）状态。
     * - 如果弹性网卡已经附加到 ECS 实例，必须先 DetachNetworkInterface，才能删除弹性网卡。
     * - 删除弹性网卡之后：
     * - 弹性网卡的主私有 IP 地址（PrimaryIpAddress）自动释放。
     * - 被删除的弹性网卡退出所属的所有安全组。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.deleteNetworkInterface({
     *   RegionId: "cn-hangzhou",
     *   NetworkInterfaceId: "[networkInterfaceId]",
     * });
     * console.log(res);
     */
    deleteNetworkInterface(input: types.DeleteNetworkInterfaceRequest, options?: EcsCallOptions): Promise<types.DeleteNetworkInterfaceResponse>;
    /**
     * 修改弹性网卡的属性
     *
     * 修改弹性网卡的属性。
     * 调用该接口时，请注意：
     * - 修改弹性网卡（ENI）属性。
     * - 一次只能修改一个弹性网卡的属性。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkInterfaceAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.modifyNetworkInterfaceAttribute({
     *   RegionId: "cn-hangzhou",
     *   NetworkInterfaceId: "[networkInterfaceId]",
     * });
     * console.log(res);
     */
    modifyNetworkInterfaceAttribute(input: types.ModifyNetworkInterfaceAttributeRequest, options?: EcsCallOptions): Promise<types.ModifyNetworkInterfaceAttributeResponse>;
    /**
     * 查询可用地域列表
     *
     * 查询可用地域列表。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRegionsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient();
     * const res = await client.describeRegions({});
     * console.log(res);
     */
    describeRegions(input?: types.DescribeRegionsRequest, options?: EcsCallOptions): Promise<types.DescribeRegionsResponse>;
    /**
     * 查询可用区
     *
     * 查询可用区。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeZonesErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeZones({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeZones(input: types.DescribeZonesRequest, options?: EcsCallOptions): Promise<types.DescribeZonesResponse>;
    /**
     * 绑定标签
     *
     * 调用该接口时，请注意：
     * - Tag 容许被创建在 ECS 的实例、磁盘、快照、镜像、安全组上。
     * - 每个资源最多可以绑定 10 个 Tag。
     * - 如果要绑定 Tag 的 Key 在指定的资源上已经存在，则覆盖 Value。
     * - Tag.n.Key 与 Tag.n.Value 必须一一匹配。
     *
     * @throws {@link ServiceError} whose code is one of {@link AddTagsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.addTags({
     *   ResourceId: "s-946nt****",
     *   ResourceType: "snapshot",
     *   RegionId: "cn-shenzhen",
     *   Tag: [
     *     {
     *       Key: "test",
     *       Value: "api",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    addTags(input: types.AddTagsRequest, options?: EcsCallOptions): Promise<types.AddTagsResponse>;
    /**
     * 解绑标签
     *
     * 可以指定 ResourceId 解绑某一个实例、磁盘、快照、镜像、安全组上的 Tag。
     *
     * @throws {@link ServiceError} whose code is one of {@link RemoveTagsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.removeTags({
     *   ResourceId: "s-946nt****",
     *   ResourceType: "snapshot",
     *   RegionId: "cn-shenzhen",
     *   Tag: [
     *     {
     *       Key: "test",
     *       Value: "api",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    removeTags(input: types.RemoveTagsRequest, options?: EcsCallOptions): Promise<types.RemoveTagsResponse>;
    /**
     * 查询标签
     *
     * 调用该接口时，请注意：
     * - 容许根据资源类型、资源 ID、Tag-Key、Tag-Value 等条件查询所有符合条件的 Tags。
     * - 指定的条件为 AND 关系，只有指定的所有条件都满足的 TagSetItem 才会被返回。
     * - 如果指定了 Tag-Key 但没有指定 Tag-Value，就查询所有该 Tag-Key 关联的 Tag。
     * - 如果指定了 Tag-Key/Tag-Value 对，就查询精确匹配该 Tag-Key/Tag-Value 对的 Tag。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTagsErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeTags({
     *   ResourceId: "s-946nt****",
     *   ResourceType: "snapshot",
     *   RegionId: "cn-shenzhen",
     *   Tag: [
     *     {
     *       Key: "test",
     *       Value: "api",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeTags(input: types.DescribeTagsRequest, options?: EcsCallOptions): Promise<types.DescribeTagsResponse>;
    /**
     * 查询指定的异步请求的进度
     *
     * 查询指定的异步请求的进度。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTasksErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeTasks({
     *   RegionId: "cn-hangzhou",
     * });
     * console.log(res);
     */
    describeTasks(input: types.DescribeTasksRequest, options?: EcsCallOptions): Promise<types.DescribeTasksResponse>;
    /**
     * 查询任务的详细信息
     *
     * 查询任务的详细信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeTaskAttributeErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.describeTaskAttribute({
     *   RegionId: "cn-hangzhou",
     *   TaskId: "t-23ym6****",
     * });
     * console.log(res);
     */
    describeTaskAttribute(input: types.DescribeTaskAttributeRequest, options?: EcsCallOptions): Promise<types.DescribeTaskAttributeResponse>;
    /**
     * 正在运行的任务可以通过该接口取消
     *
     * 正在运行的任务可以通过该接口取消。
     * 该接口支持取消的任务类型如下：
     * - ImportImage
     * - ExportImage
     * - ImportSnapshot
     * - ExportSnapshot
     *
     * @throws {@link ServiceError} whose code is one of {@link CancelTaskErrorCode}.
     * @example
     * import { EcsClient } from "@docs2sdk/aliyun-ecs";
     *
     * const client = new EcsClient({ region: "cn-hangzhou" });
     * const res = await client.cancelTask({
     *   RegionId: "cn-hangzhou",
     *   TaskId: "t-23ym6****",
     * });
     * console.log(res);
     */
    cancelTask(input: types.CancelTaskRequest, options?: EcsCallOptions): Promise<types.CancelTaskResponse>;
    /**
     * Pages through DescribeInstanceStatus (批量获取当前用户所有实例的状态信息，也可用于获取实例列表): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's InstanceStatuses.InstanceStatus.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstanceStatus(input: types.DescribeInstanceStatusRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeInstanceStatusResponse, types.InstanceStatusItemType>;
    /**
     * Pages through DescribeInstances (查询所有实例的详细信息): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's Instances.Instance.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstances(input: types.DescribeInstancesRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeInstancesResponse, types.InstanceAttributesType>;
    /**
     * Pages through DescribeSnapshots (查询针对云服务器的某个磁盘设备所有的快照列表): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's Snapshots.Snapshot.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeSnapshots(input: types.DescribeSnapshotsRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeSnapshotsResponse, types.SnapshotType>;
    /**
     * Pages through DescribeSnapshotLinks (查询磁盘快照链): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's SnapshotLinks.SnapshotLink.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeSnapshotLinks(input: types.DescribeSnapshotLinksRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeSnapshotLinksResponse, types.SnapshotLinkType>;
    /**
     * Pages through DescribeAutoSnapshotPolicyEx (查询自动快照策略): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's AutoSnapshotPolicys.AutoSnapshotPolicy.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeAutoSnapshotPolicyEx(input: types.DescribeAutoSnapshotPolicyExRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeAutoSnapshotPolicyExResponse, types.AutoSnapshotPolicyType>;
    /**
     * Pages through DescribeImages (查询用户可以使用的镜像列表): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's Images.Image.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeImages(input: types.DescribeImagesRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeImagesResponse, types.ImageType>;
    /**
     * Pages through DescribeSecurityGroups (分页查询用户定义的所有安全组基本信息): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's SecurityGroups.SecurityGroup.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeSecurityGroups(input: types.DescribeSecurityGroupsRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeSecurityGroupsResponse, types.SecurityGroupItemType>;
    /**
     * Pages through DescribeKeyPairs (查询一个或多个密钥对): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's KeyPairs.KeyPair.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeKeyPairs(input: types.DescribeKeyPairsRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeKeyPairsResponse, types.KeyPairItemType>;
    /**
     * Pages through DescribeTags (查询标签): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's Tags.Tag.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeTags(input: types.DescribeTagsRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeTagsResponse, types.TagSetItem>;
    /**
     * Pages through DescribeTasks (查询指定的异步请求的进度): PageNumber is advanced (page size in PageSize) until TotalCount is reached; the items are the response's TaskSet.Task.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeTasks(input: types.DescribeTasksRequest, options?: PaginateOptions & EcsCallOptions): Paginator<types.DescribeTasksResponse, types.TaskType>;
}

/** Items of networkInterfaceSet in the DescribeNetworkInterfacesOfSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkInterfacesOfSecurityGroupResponseNetworkInterfaceSet {
    /** 弹性网卡 Id，例如 eni-3056glfn */
    networkInterfaceId?: string | undefined;
}
/** Items of networkInterfaceSet in the ModifySecurityGroupsOfNetworkInterface request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifySecurityGroupsOfNetworkInterfaceNetworkInterfaceSet {
    /** 弹性网卡 ID，将所传全部网卡和所传安全组按顺序关联 */
    networkInterfaceId: string;
    /** 关联安全组唯一 ID 列表，关联顺序依sgIds 成员顺序 */
    sgIds: string[];
}
/** Members of data in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeSecurityGroupPolicysResponseData {
    /** 入方向规则列表 */
    ingress?: DescribeSecurityGroupPolicysResponseDataIngress[] | undefined;
    /** 出方向规则列表 */
    egress?: DescribeSecurityGroupPolicysResponseDataEgress[] | undefined;
}
/** Items of data.ingress in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeSecurityGroupPolicysResponseDataIngress {
    /** 规则位置，从 0 开始 */
    index?: number | undefined;
    /** IP 地址 ID 或者 IP 地址组ID；与 cidrIp sgId 互斥。 */
    addressModule?: string | undefined;
    /** 网络协议，支持 udp、tcp、icmp 等，无则表示全协议 */
    ipProtocol?: string | undefined;
    /** IP 或 IP 段，无则表示全 IP。与 sgId 不会同时出现 */
    cidrIp?: string | undefined;
    /** 安全组 ID。与 cidrIp 不会同时出现 */
    sgId?: string | undefined;
    /** 端口或端口段，无则表示全端口 */
    portRange?: string | undefined;
    /** 协议端口 ID 或者协议端口组 ID；与 ipProtocol+portRange 互斥 */
    serviceModule?: string | undefined;
    /** 规则描述 */
    desc?: string | undefined;
    /** 动作，accept 或者 drop */
    action?: string | undefined;
    /** 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期 */
    version?: number | undefined;
}
/** Items of data.egress in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeSecurityGroupPolicysResponseDataEgress {
    /** 规则位置，从 0 开始 */
    index?: number | undefined;
    /** IP 地址 ID 或者 IP 地址组ID；与 cidrIp sgId 互斥。 */
    addressModule?: string | undefined;
    /** 网络协议，支持 udp、tcp、icmp 等，无则表示全协议 */
    ipProtocol?: string | undefined;
    /** IP 或 IP 段，无则表示全 IP。与 sgId 不会同时出现 */
    cidrIp?: string | undefined;
    /** 安全组 ID。与 cidrIp 不会同时出现 */
    sgId?: string | undefined;
    /** 端口或端口段，无则表示全端口 */
    portRange?: string | undefined;
    /** 协议端口 ID 或者协议端口组 ID；与 ipProtocol+portRange 互斥 */
    serviceModule?: string | undefined;
    /** 规则描述 */
    desc?: string | undefined;
    /** 动作，accept 或者 drop */
    action?: string | undefined;
    /** 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期 */
    version?: number | undefined;
}
/** Items of ingress in the ModifySecurityGroupPolicys request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifySecurityGroupPolicysIngress {
    /** 网络协议，支持 udp、tcp、icmp 等，无则表示全协议 */
    ipProtocol?: string | undefined;
    /** ip 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错 */
    cidrIp?: string | undefined;
    /** 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错 */
    sgId?: string | undefined;
    /** IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥 */
    addressModule?: string | undefined;
    /** 端口，不传为不限端口 */
    portRange?: string | undefined;
    /** 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥 */
    serviceModule?: string | undefined;
    /** 规则描述 */
    desc?: string | undefined;
    /** 动作，accept 或者 drop */
    action?: string | undefined;
}
/** Items of egress in the ModifySecurityGroupPolicys request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifySecurityGroupPolicysEgress {
    /** 网络协议，支持 udp、tcp、icmp 等，无则表示全协议 */
    ipProtocol?: string | undefined;
    /** ip 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错 */
    cidrIp?: string | undefined;
    /** 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错 */
    sgId?: string | undefined;
    /** IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥 */
    addressModule?: string | undefined;
    /** 端口，不传为不限端口 */
    portRange?: string | undefined;
    /** 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥 */
    serviceModule?: string | undefined;
    /** 规则描述 */
    desc?: string | undefined;
    /** 动作，accept 或者 drop */
    action?: string | undefined;
}
/** Items of data in the DescribeInstancesOfSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeInstancesOfSecurityGroupResponseData {
    /** 云服务器实例 Id，例如 ins-a1iofc4j */
    instanceId?: Array<Record<string, unknown>> | undefined;
}
/** Items of instanceSet in the ModifySecurityGroupsOfInstance request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifySecurityGroupsOfInstanceInstanceSet {
    /** 云服务器实例 ID，将所传全部云服务器和所传安全组按顺序关联 */
    instanceId: string;
    /** 关联安全组唯一 ID 列表，关联顺序依 sgIds 成员顺序 */
    sgIds: string[];
}
/** Items of data in the DescribeAssociateSecurityGroups response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeAssociateSecurityGroupsResponseData {
    /** key 为被关联安全组 ID */
    key?: string | undefined;
    /** value 为规则中包含了 data.key 安全组 ID 的安全组列表 */
    value?: string[] | undefined;
}
/** Items of policys in the CreateSecurityGroupPolicy request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateSecurityGroupPolicyPolicys {
    /** 网络协议，支持 udp、tcp、icmp 等，无则表示全协议 */
    ipProtocol?: string | undefined;
    /** ip 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错 */
    cidrIp?: string | undefined;
    /** 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错 */
    sgId?: string | undefined;
    /** IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥 */
    addressModule?: string | undefined;
    /** 端口，不传为不限端口 */
    portRange?: string | undefined;
    /** 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥 */
    serviceModule?: string | undefined;
    /** 规则描述 */
    desc?: string | undefined;
    /** 动作，accept 或者 drop */
    action?: string | undefined;
}
/** Members of policys in the ModifySingleSecurityGroupPolicy request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifySingleSecurityGroupPolicyPolicys {
    /** 网络协议，支持 udp、tcp、icmp 等，无则表示全协议 */
    ipProtocol?: string | undefined;
    /** IP 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错 */
    cidrIp?: string | undefined;
    /** 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错 */
    sgId?: string | undefined;
    /** IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥 */
    addressModule?: string | undefined;
    /** 端口，不传为不限端口 */
    portRange?: string | undefined;
    /** 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥 */
    serviceModule?: string | undefined;
    /** 规则描述 */
    desc?: string | undefined;
    /** 动作，accept 或者 drop */
    action?: string | undefined;
}
/** Items of data in the DescribeSecurityGroupEx response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeSecurityGroupExResponseData {
    /** 开发商安全组总数 */
    totalNum?: number | undefined;
    /** 返回的数据结构 */
    detail?: DescribeSecurityGroupExResponseDataDetail[] | undefined;
}
/** Items of data.detail in the DescribeSecurityGroupEx response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeSecurityGroupExResponseDataDetail {
    /** 安全组 Id */
    sgId?: string | undefined;
    /** 安全组名 */
    sgName?: string | undefined;
    /** 安全组备注 */
    sgRemark?: string | undefined;
    /** 安全组创建时间 */
    createTime?: string | undefined;
    /** 项目 Id */
    projectId?: number | undefined;
    /** 被安全组引用个数 */
    beAssociateCount?: number | undefined;
}
/** Items of data in the CreateSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateSecurityGroupResponseData {
    /** 安全组 ID */
    sgId?: string | undefined;
    /** 安全组名称 */
    sgName?: string | undefined;
    /** 安全组备注 */
    sgRemark?: string | undefined;
}
/** Input of DescribeNetworkInterfacesOfSecurityGroup: 查询安全组关联的网卡列表 */
export interface DescribeNetworkInterfacesOfSecurityGroupRequest {
    /** 安全组ID */
    sgId: string;
}
/**
 * Output of DescribeNetworkInterfacesOfSecurityGroup: 查询安全组关联的网卡列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeNetworkInterfacesOfSecurityGroupResponse {
    /** 关联弹性网卡总数 */
    totalCount?: number | undefined;
    /** 网卡列表数据结构 */
    networkInterfaceSet?: DescribeNetworkInterfacesOfSecurityGroupResponseNetworkInterfaceSet[] | undefined;
}
/** Input of ModifySecurityGroupsOfNetworkInterface: 修改弹性网卡关联的安全组 */
export interface ModifySecurityGroupsOfNetworkInterfaceRequest {
    /** 网卡关联安全组数据列表 */
    networkInterfaceSet: ModifySecurityGroupsOfNetworkInterfaceNetworkInterfaceSet[];
}
/**
 * Output of ModifySecurityGroupsOfNetworkInterface: 修改弹性网卡关联的安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifySecurityGroupsOfNetworkInterfaceResponse {
}
/** Input of DeleteSecurityGroup: 删除安全组 */
export interface DeleteSecurityGroupRequest {
    /** 安全组唯一 ID，可能来自 DescribeSecurityGroups 或者 CreateSecurityGroup */
    sgId: string;
}
/**
 * Output of DeleteSecurityGroup: 删除安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteSecurityGroupResponse {
}
/** Input of ModifySecurityGroupAttributes: 修改安全组名称 */
export interface ModifySecurityGroupAttributesRequest {
    /** 安全组唯一 ID，例如 sg-33ocnj9n，可能来自 DescribeSecurityGroups 或者CreateSecurityGroup */
    sgId: string;
    /** 新的安全组名称，可任意命名，但不得超过60个字符 */
    sgName?: string | undefined;
    /** 新的安全组备注，不超过100个字符 */
    sgRemark?: string | undefined;
}
/**
 * Output of ModifySecurityGroupAttributes: 修改安全组名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifySecurityGroupAttributesResponse {
}
/** Input of DescribeSecurityGroupPolicys: 查询安全组规则 */
export interface DescribeSecurityGroupPolicysRequest {
    /** 安全组 Id */
    sgId: string;
}
/**
 * Output of DescribeSecurityGroupPolicys: 查询安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeSecurityGroupPolicysResponse {
    /** 返回的数据结构 */
    data?: DescribeSecurityGroupPolicysResponseData | undefined;
}
/** Input of ModifySecurityGroupPolicys: 修改安全组规则 */
export interface ModifySecurityGroupPolicysRequest {
    /** 安全组id */
    sgId: string;
    /** 入方向规则列表 */
    ingress: ModifySecurityGroupPolicysIngress[];
    /** 出方向规则列表 */
    egress: ModifySecurityGroupPolicysEgress[];
}
/**
 * Output of ModifySecurityGroupPolicys: 修改安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifySecurityGroupPolicysResponse {
}
/** Input of DescribeInstancesOfSecurityGroup: 查询安全组关联的云主机列表 */
export interface DescribeInstancesOfSecurityGroupRequest {
    /** 安全组 id */
    sgId: string;
    /**
     * 分页开始位置， 默认值: 0
     *
     * @defaultValue 0
     */
    offset?: number | undefined;
    /**
     * 数量限制，默认值: 20
     *
     * @defaultValue 20
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeInstancesOfSecurityGroup: 查询安全组关联的云主机列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeInstancesOfSecurityGroupResponse {
    /** 关联云服务器实例总数 */
    totalCount?: number | undefined;
    /** 返回的数据结构 */
    data?: DescribeInstancesOfSecurityGroupResponseData[] | undefined;
}
/** Input of ModifySecurityGroupsOfInstance: 修改云主机关联的安全组 */
export interface ModifySecurityGroupsOfInstanceRequest {
    /** 云服务器关联安全组数据列表，不超过20个成员 */
    instanceSet: ModifySecurityGroupsOfInstanceInstanceSet[];
}
/**
 * Output of ModifySecurityGroupsOfInstance: 修改云主机关联的安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifySecurityGroupsOfInstanceResponse {
}
/** Input of DescribeAssociateSecurityGroups: 查询与安全组关联的安全组列表 */
export interface DescribeAssociateSecurityGroupsRequest {
    /** 安全组 ID 列表 */
    sgIds: string[];
}
/**
 * Output of DescribeAssociateSecurityGroups: 查询与安全组关联的安全组列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeAssociateSecurityGroupsResponse {
    /** 返回的数据结构 */
    data?: DescribeAssociateSecurityGroupsResponseData | undefined;
}
/** Input of CreateSecurityGroupPolicy: 添加安全组规则 */
export interface CreateSecurityGroupPolicyRequest {
    /** 安全组 ID */
    sgId: string;
    /** 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突 */
    version?: number | undefined;
    /** 方向(ingress/egress) */
    direction: string;
    /** 添加位置，从哪个位置开始添加，当前规则为空时，index 需要设置为-1 */
    index: number;
    /** 安全组规则 */
    policys: CreateSecurityGroupPolicyPolicys[];
}
/**
 * Output of CreateSecurityGroupPolicy: 添加安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateSecurityGroupPolicyResponse {
}
/** Input of ModifySingleSecurityGroupPolicy: 编辑单条安全组规则 */
export interface ModifySingleSecurityGroupPolicyRequest {
    /** 安全组 ID */
    sgId: string;
    /** 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突 */
    version?: number | undefined;
    /** 方向(ingress/egress) */
    direction: string;
    /** 规则所在位置,index从0开始，必须是编辑已有规则 */
    index: number;
    /** 安全组规则Array（Object），该Array的key为action等 */
    policys: ModifySingleSecurityGroupPolicyPolicys;
}
/**
 * Output of ModifySingleSecurityGroupPolicy: 编辑单条安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifySingleSecurityGroupPolicyResponse {
}
/** Input of DescribeSecurityGroupEx: 查询安全组列表 */
export interface DescribeSecurityGroupExRequest {
    /** 项目 Id，不传返回所有项目的安全组列表 */
    projectId?: number | undefined;
    /** 按 sgId 过滤结果，仅支持精确过滤 */
    sgId?: string | undefined;
    /** 按 sgName 过滤结果，支持模糊过滤 */
    sgName?: string | undefined;
    /** 初始的页偏移量，默认为 0。在将来的 V3 版中会改成行偏移量。目前建议使用 offsetLine。 */
    offset?: number | undefined;
    /** 初始的行偏移量，默认为 0。不能与 offset 同时传入。 */
    offsetLine?: number | undefined;
    /** 每页行数，默认为 20。 */
    limit?: number | undefined;
}
/**
 * Output of DescribeSecurityGroupEx: 查询安全组列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeSecurityGroupExResponse {
    data?: DescribeSecurityGroupExResponseData | undefined;
}
/** Input of CreateSecurityGroup: 创建安全组 */
export interface CreateSecurityGroupRequest {
    /** 安全组名称，同项目下不可重名，可任意命名，但不得超过60个字符 */
    sgName?: string | undefined;
    /** 安全组备注，最多100个字符 */
    sgRemark?: string | undefined;
    /** 项目 ID，默认0。可在用户中心->项目管理页面查询到 */
    projectId?: number | undefined;
}
/**
 * Output of CreateSecurityGroup: 创建安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateSecurityGroupResponse {
    /** 返回的数据结构 */
    data?: CreateSecurityGroupResponseData | undefined;
}
/** Input of DeleteSecurityGroupPolicy: 删除安全组规则 */
export interface DeleteSecurityGroupPolicyRequest {
    /** 安全组 ID。 */
    sgId: string;
    /** 用于指定要操作的安全组的版本。版本，即用户每次更新安全规则版本会自动加 1。入参此 version 若不是最新的，将帮您使操作失败以防止您想要更新的路由规则已过期（如规则位置已变动）；若不传 version则需要您自己注意确认好此次删除的规则在您传入的 indexes 位置。建议用户使用本参数，防止待删除的规则的 indexes 在调用本规则之前发生变化。 */
    version?: number | undefined;
    /** 规则方向(ingress/egress)。 */
    direction: string;
    /** 规则所在位置，支持删除多条。 */
    indexes: string[];
}
/**
 * Output of DeleteSecurityGroupPolicy: 删除安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteSecurityGroupPolicyResponse {
}

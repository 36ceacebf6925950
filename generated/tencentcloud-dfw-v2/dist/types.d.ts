/**
 * Items of networkInterfaceSet in the DescribeNetworkInterfacesOfSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55727
 */
export interface DescribeNetworkInterfacesOfSecurityGroupResponseNetworkInterfaceSet {
    /**
     * 弹性网卡 Id，例如 eni-3056glfn
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55727
     */
    networkInterfaceId?: string | undefined;
}
/**
 * Items of networkInterfaceSet in the ModifySecurityGroupsOfNetworkInterface request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55826
 */
export interface ModifySecurityGroupsOfNetworkInterfaceNetworkInterfaceSet {
    /**
     * 弹性网卡 ID，将所传全部网卡和所传安全组按顺序关联
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55826
     */
    networkInterfaceId: string;
    /**
     * 关联安全组唯一 ID 列表，关联顺序依sgIds 成员顺序
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55831
     */
    sgIds: string[];
}
/**
 * Items of data in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56079
 */
export interface DescribeSecurityGroupPolicysResponseData {
    /**
     * 入方向规则列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56079
     */
    ingress?: DescribeSecurityGroupPolicysResponseDataIngress[] | undefined;
    /**
     * 出方向规则列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56081
     */
    egress?: DescribeSecurityGroupPolicysResponseDataEgress[] | undefined;
}
/**
 * Items of data.ingress in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56085
 */
export interface DescribeSecurityGroupPolicysResponseDataIngress {
    /**
     * 规则位置，从 0 开始
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56085
     */
    index?: number | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组ID；与 cidrIp sgId 互斥。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56087
     */
    addressModule?: string | undefined;
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56089
     */
    ipProtocol?: string | undefined;
    /**
     * IP 或 IP 段，无则表示全 IP。与 sgId 不会同时出现
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56091
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID。与 cidrIp 不会同时出现
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56093
     */
    sgId?: string | undefined;
    /**
     * 端口或端口段，无则表示全端口
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56095
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID；与 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56097
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56099
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56101
     */
    action?: string | undefined;
    /**
     * 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56103
     */
    version?: number | undefined;
}
/**
 * Items of data.egress in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56085
 */
export interface DescribeSecurityGroupPolicysResponseDataEgress {
    /**
     * 规则位置，从 0 开始
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56085
     */
    index?: number | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组ID；与 cidrIp sgId 互斥。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56087
     */
    addressModule?: string | undefined;
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56089
     */
    ipProtocol?: string | undefined;
    /**
     * IP 或 IP 段，无则表示全 IP。与 sgId 不会同时出现
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56091
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID。与 cidrIp 不会同时出现
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56093
     */
    sgId?: string | undefined;
    /**
     * 端口或端口段，无则表示全端口
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56095
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID；与 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56097
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56099
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56101
     */
    action?: string | undefined;
    /**
     * 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56103
     */
    version?: number | undefined;
}
/**
 * Items of ingress in the ModifySecurityGroupPolicys request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56267
 */
export interface ModifySecurityGroupPolicysIngress {
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56267
     */
    ipProtocol?: string | undefined;
    /**
     * ip 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56269
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56271
     */
    sgId?: string | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56273
     */
    addressModule?: string | undefined;
    /**
     * 端口，不传为不限端口
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56275
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56277
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56279
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56281
     */
    action?: string | undefined;
}
/**
 * Items of egress in the ModifySecurityGroupPolicys request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56267
 */
export interface ModifySecurityGroupPolicysEgress {
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56267
     */
    ipProtocol?: string | undefined;
    /**
     * ip 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56269
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56271
     */
    sgId?: string | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56273
     */
    addressModule?: string | undefined;
    /**
     * 端口，不传为不限端口
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56275
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56277
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56279
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56281
     */
    action?: string | undefined;
}
/**
 * Items of data in the DescribeInstancesOfSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56402
 */
export interface DescribeInstancesOfSecurityGroupResponseData {
    /**
     * 云服务器实例 Id，例如 ins-a1iofc4j
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56402
     */
    instanceId?: Array<Record<string, unknown>> | undefined;
}
/**
 * Items of instanceSet in the ModifySecurityGroupsOfInstance request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56486
 */
export interface ModifySecurityGroupsOfInstanceInstanceSet {
    /**
     * 云服务器实例 ID，将所传全部云服务器和所传安全组按顺序关联
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56486
     */
    instanceId: string;
    /**
     * 关联安全组唯一 ID 列表，关联顺序依 sgIds 成员顺序
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56488
     */
    sgIds: string[];
}
/**
 * Items of data in the DescribeAssociateSecurityGroups response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56583
 */
export interface DescribeAssociateSecurityGroupsResponseData {
    /**
     * key 为被关联安全组 ID
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56583
     */
    key?: string | undefined;
    /**
     * value 为规则中包含了 data.key 安全组 ID 的安全组列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56585
     */
    value?: string[] | undefined;
}
/**
 * Items of policys in the CreateSecurityGroupPolicy request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56689
 */
export interface CreateSecurityGroupPolicyPolicys {
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56689
     */
    ipProtocol?: string | undefined;
    /**
     * ip 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56691
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56693
     */
    sgId?: string | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56695
     */
    addressModule?: string | undefined;
    /**
     * 端口，不传为不限端口
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56697
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56699
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56701
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56703
     */
    action?: string | undefined;
}
/**
 * Items of policys in the ModifySingleSecurityGroupPolicy request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56833
 */
export interface ModifySingleSecurityGroupPolicyPolicys {
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56833
     */
    ipProtocol?: string | undefined;
    /**
     * IP 网段地址，不传为全地址，和 sgId 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56835
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID，和 cidrIp 互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56837
     */
    sgId?: string | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组 ID，和 cidrIp、sgId 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56839
     */
    addressModule?: string | undefined;
    /**
     * 端口，不传为不限端口
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56841
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID，和 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56843
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56845
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56847
     */
    action?: string | undefined;
}
/**
 * Items of data in the DescribeSecurityGroupEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56952
 */
export interface DescribeSecurityGroupExResponseData {
    /**
     * 开发商安全组总数
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56952
     */
    totalNum?: number | undefined;
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56954
     */
    detail?: DescribeSecurityGroupExResponseDataDetail[] | undefined;
}
/**
 * Items of data.detail in the DescribeSecurityGroupEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56954
 */
export interface DescribeSecurityGroupExResponseDataDetail {
    /**
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56958
     */
    detail?: DescribeSecurityGroupExResponseDataDetailDetail[] | undefined;
}
/**
 * Items of data.detail.detail in the DescribeSecurityGroupEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56958
 */
export interface DescribeSecurityGroupExResponseDataDetailDetail {
    /**
     * 安全组 Id
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56958
     */
    sgId?: string | undefined;
    /**
     * 安全组名
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56960
     */
    sgName?: string | undefined;
    /**
     * 安全组备注
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56962
     */
    sgRemark?: string | undefined;
    /**
     * 安全组创建时间
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56964
     */
    createTime?: string | undefined;
    /**
     * 项目 Id
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56966
     */
    projectId?: number | undefined;
    /**
     * 被安全组引用个数
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56968
     */
    beAssociateCount?: number | undefined;
}
/**
 * Items of data in the CreateSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57324
 */
export interface CreateSecurityGroupResponseData {
    /**
     * 安全组 ID
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57324
     */
    sgId?: string | undefined;
    /**
     * 安全组名称
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57326
     */
    sgName?: string | undefined;
    /**
     * 安全组备注
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57328
     */
    sgRemark?: string | undefined;
}
/**
 * Input of DescribeNetworkInterfacesOfSecurityGroup: 查询安全组关联的网卡列表
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55682
 */
export interface DescribeNetworkInterfacesOfSecurityGroupRequest {
    /**
     * 安全组ID
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55711
     */
    sgId: string;
}
/**
 * Output of DescribeNetworkInterfacesOfSecurityGroup: 查询安全组关联的网卡列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55682
 */
export interface DescribeNetworkInterfacesOfSecurityGroupResponse {
    /**
     * 关联弹性网卡总数
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55721
     */
    totalCount?: number | undefined;
    /**
     * 网卡列表数据结构
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55723
     */
    networkInterfaceSet?: DescribeNetworkInterfacesOfSecurityGroupResponseNetworkInterfaceSet[] | undefined;
}
/**
 * Input of ModifySecurityGroupsOfNetworkInterface: 修改弹性网卡关联的安全组
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55784
 */
export interface ModifySecurityGroupsOfNetworkInterfaceRequest {
    /**
     * 网卡关联安全组数据列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55822
     */
    networkInterfaceSet: ModifySecurityGroupsOfNetworkInterfaceNetworkInterfaceSet[];
}
/**
 * Output of ModifySecurityGroupsOfNetworkInterface: 修改弹性网卡关联的安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55784
 */
export interface ModifySecurityGroupsOfNetworkInterfaceResponse {
}
/**
 * Input of DeleteSecurityGroup: 删除安全组
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55873
 */
export interface DeleteSecurityGroupRequest {
    /**
     * 安全组唯一 ID，可能来自 DescribeSecurityGroups 或者 CreateSecurityGroup
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55906
     */
    sgId: string;
}
/**
 * Output of DeleteSecurityGroup: 删除安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55873
 */
export interface DeleteSecurityGroupResponse {
}
/**
 * Input of ModifySecurityGroupAttributes: 修改安全组名称
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55951
 */
export interface ModifySecurityGroupAttributesRequest {
    /**
     * 安全组唯一 ID，例如 sg-33ocnj9n，可能来自 DescribeSecurityGroups 或者
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55982
     */
    sgId: string;
    /**
     * 新的安全组名称，可任意命名，但不得超过60个字符
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55985
     */
    CreateSecurityGroupsgName?: string | undefined;
    /**
     * 新的安全组备注，不超过100个字符
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55989
     */
    sgRemark?: string | undefined;
}
/**
 * Output of ModifySecurityGroupAttributes: 修改安全组名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 55951
 */
export interface ModifySecurityGroupAttributesResponse {
}
/**
 * Input of DescribeSecurityGroupPolicys: 查询安全组规则
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56032
 */
export interface DescribeSecurityGroupPolicysRequest {
    /**
     * 安全组 Id
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56065
     */
    sgId: string;
}
/**
 * Output of DescribeSecurityGroupPolicys: 查询安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56032
 */
export interface DescribeSecurityGroupPolicysResponse {
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56075
     */
    data?: DescribeSecurityGroupPolicysResponseData[] | undefined;
}
/**
 * Input of ModifySecurityGroupPolicys: 修改安全组规则
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56204
 */
export interface ModifySecurityGroupPolicysRequest {
    /**
     * 安全组id
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56259
     */
    sgId: string;
    /**
     * 入方向规则列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56261
     */
    ingress: ModifySecurityGroupPolicysIngress[];
    /**
     * 出方向规则列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56263
     */
    egress: ModifySecurityGroupPolicysEgress[];
}
/**
 * Output of ModifySecurityGroupPolicys: 修改安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56204
 */
export interface ModifySecurityGroupPolicysResponse {
}
/**
 * Input of DescribeInstancesOfSecurityGroup: 查询安全组关联的云主机列表
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56343
 */
export interface DescribeInstancesOfSecurityGroupRequest {
    /**
     * 安全组 id
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56382
     */
    sgId: string;
    /**
     * 分页开始位置， 默认值: 0
     *
     * @defaultValue 0
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56384
     */
    offset?: number | undefined;
    /**
     * 数量限制，默认值: 20
     *
     * @defaultValue 20
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56386
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeInstancesOfSecurityGroup: 查询安全组关联的云主机列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56343
 */
export interface DescribeInstancesOfSecurityGroupResponse {
    /**
     * 关联云服务器实例总数
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56396
     */
    totalCount?: number | undefined;
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56398
     */
    data?: DescribeInstancesOfSecurityGroupResponseData[] | undefined;
}
/**
 * Input of ModifySecurityGroupsOfInstance: 修改云主机关联的安全组
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56440
 */
export interface ModifySecurityGroupsOfInstanceRequest {
    /**
     * 云服务器关联安全组数据列表，不超过20个成员
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56482
     */
    instanceSet: ModifySecurityGroupsOfInstanceInstanceSet[];
}
/**
 * Output of ModifySecurityGroupsOfInstance: 修改云主机关联的安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56440
 */
export interface ModifySecurityGroupsOfInstanceResponse {
}
/**
 * Input of DescribeAssociateSecurityGroups: 查询与安全组关联的安全组列表
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56528
 */
export interface DescribeAssociateSecurityGroupsRequest {
    /**
     * 安全组 ID 列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56569
     */
    sgIds: string[];
}
/**
 * Output of DescribeAssociateSecurityGroups: 查询与安全组关联的安全组列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56528
 */
export interface DescribeAssociateSecurityGroupsResponse {
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56579
     */
    data?: DescribeAssociateSecurityGroupsResponseData | undefined;
}
/**
 * Input of CreateSecurityGroupPolicy: 添加安全组规则
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56627
 */
export interface CreateSecurityGroupPolicyRequest {
    /**
     * 安全组 ID
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56674
     */
    sgId: string;
    /**
     * 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56676
     */
    version?: number | undefined;
    /**
     * 方向(ingress/egress)
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56681
     */
    direction: string;
    /**
     * 添加位置，从哪个位置开始添加，当前规则为空时，index 需要设置为-1
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56683
     */
    index: number;
    /**
     * 安全组规则
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56685
     */
    policys: CreateSecurityGroupPolicyPolicys[];
}
/**
 * Output of CreateSecurityGroupPolicy: 添加安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56627
 */
export interface CreateSecurityGroupPolicyResponse {
}
/**
 * Input of ModifySingleSecurityGroupPolicy: 编辑单条安全组规则
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56772
 */
export interface ModifySingleSecurityGroupPolicyRequest {
    /**
     * 安全组 ID
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56821
     */
    sgId: string;
    /**
     * 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56823
     */
    version?: number | undefined;
    /**
     * 方向(ingress/egress)
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56825
     */
    direction: string;
    /**
     * 规则所在位置,index从0开始，必须是编辑已有规则
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56827
     */
    index: number;
    /**
     * 安全组规则Array（Object），该Array的key为action等
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56829
     */
    policys: ModifySingleSecurityGroupPolicyPolicys[];
}
/**
 * Output of ModifySingleSecurityGroupPolicy: 编辑单条安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56772
 */
export interface ModifySingleSecurityGroupPolicyResponse {
}
/**
 * Input of DescribeSecurityGroupEx: 查询安全组列表
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56907
 */
export interface DescribeSecurityGroupExRequest {
    /**
     * 项目 Id，不传返回所有项目的安全组列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56932
     */
    projectId?: number | undefined;
    /**
     * 按 sgId 过滤结果，仅支持精确过滤
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56934
     */
    sgId?: string | undefined;
    /**
     * 按 sgName 过滤结果，支持模糊过滤
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56936
     */
    sgName?: string | undefined;
    /**
     * 初始的页偏移量，默认为 0。在将来的 V3 版中会改成行偏移量。目前建议使用 offsetLine。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56938
     */
    offset?: number | undefined;
    /**
     * 初始的行偏移量，默认为 0。不能与 offset 同时传入。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56940
     */
    offsetLine?: number | undefined;
    /**
     * 每页行数，默认为 20。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56942
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeSecurityGroupEx: 查询安全组列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56907
 */
export interface DescribeSecurityGroupExResponse {
    /**
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 56952
     */
    data?: DescribeSecurityGroupExResponseData | undefined;
}
/**
 * Input of CreateSecurityGroup: 创建安全组
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57275
 */
export interface CreateSecurityGroupRequest {
    /**
     * 安全组名称，同项目下不可重名，可任意命名，但不得超过60个字符
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57306
     */
    sgName?: string | undefined;
    /**
     * 安全组备注，最多100个字符
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57308
     */
    sgRemark?: string | undefined;
    /**
     * 项目 ID，默认0。可在用户中心->项目管理页面查询到
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57310
     */
    projectId?: number | undefined;
}
/**
 * Output of CreateSecurityGroup: 创建安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57275
 */
export interface CreateSecurityGroupResponse {
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57320
     */
    data?: CreateSecurityGroupResponseData | undefined;
}
/**
 * Input of DeleteSecurityGroupPolicy: 删除安全组规则
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57376
 */
export interface DeleteSecurityGroupPolicyRequest {
    /**
     * 安全组 ID。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57401
     */
    sgId: string;
    /**
     * 用于指定要操作的安全组的版本。版本，即用户每次更新安全规则版本会自动加 1。入参此 version 若不是最新的，将帮您使操作失败以防止您想要更新的路由规则已过期（如规则位置已变动）；若不传 version则需要您自己注意确认好此次删除的规则在您传入的 indexes 位置。建议用户使用本参数，防止待删除的规则的 indexes 在调用本规则之前发生变化。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57403
     */
    version?: number | undefined;
    /**
     * 规则方向(ingress/egress)。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57413
     */
    direction: string;
    /**
     * 规则所在位置，支持删除多条。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57415
     */
    indexes: string[];
}
/**
 * Output of DeleteSecurityGroupPolicy: 删除安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57376
 */
export interface DeleteSecurityGroupPolicyResponse {
}

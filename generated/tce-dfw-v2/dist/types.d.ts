/**
 * Items of networkInterfaceSet in the DescribeNetworkInterfacesOfSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12240
 */
export interface DescribeNetworkInterfacesOfSecurityGroupResponseNetworkInterfaceSet {
    /**
     * 弹性网卡 Id, 例如 eni-3056glfn
     *
     * @see spec/sources/tce-vpc.txt line 12240
     */
    networkInterfaceId?: string | undefined;
}
/**
 * Items of networkInterfaceSet in the ModifySecurityGroupsOfNetworkInterface request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12295
 */
export interface ModifySecurityGroupsOfNetworkInterfaceNetworkInterfaceSet {
    /**
     * 弹性网卡ID, 将所传全部网卡和所传安全组按顺序关联
     *
     * @see spec/sources/tce-vpc.txt line 12295
     */
    networkInterfaceId: string;
    /**
     * 关联安全组唯一ID列表, 关联顺序依sgIds成员顺序
     *
     * @see spec/sources/tce-vpc.txt line 12296
     */
    sgIds: string[];
}
/**
 * Items of data in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12457
 */
export interface DescribeSecurityGroupPolicysResponseData {
    /**
     * 入方向规则列表
     *
     * @see spec/sources/tce-vpc.txt line 12457
     */
    ingress?: DescribeSecurityGroupPolicysResponseDataIngress[] | undefined;
    /**
     * 出方向规则列表
     *
     * @see spec/sources/tce-vpc.txt line 12458
     */
    egress?: DescribeSecurityGroupPolicysResponseDataEgress[] | undefined;
}
/**
 * Items of data.ingress in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12463
 */
export interface DescribeSecurityGroupPolicysResponseDataIngress {
    /**
     * 规则位置，从 0 开始
     *
     * @see spec/sources/tce-vpc.txt line 12463
     */
    index?: number | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组ID；与 cidrIp sgId 互斥。
     *
     * @see spec/sources/tce-vpc.txt line 12464
     */
    addressModule?: string | undefined;
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tce-vpc.txt line 12465
     */
    ipProtocol?: string | undefined;
    /**
     * IP 或 IP 段，无则表示全 IP。与 sgId 不会同时出现
     *
     * @see spec/sources/tce-vpc.txt line 12466
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID。与 cidrIp 不会同时出现
     *
     * @see spec/sources/tce-vpc.txt line 12467
     */
    sgId?: string | undefined;
    /**
     * 端口或端口段，无则表示全端口
     *
     * @see spec/sources/tce-vpc.txt line 12468
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID；与 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tce-vpc.txt line 12469
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tce-vpc.txt line 12470
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tce-vpc.txt line 12471
     */
    action?: string | undefined;
    /**
     * 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期
     *
     * @see spec/sources/tce-vpc.txt line 12472
     */
    version?: number | undefined;
}
/**
 * Items of data.egress in the DescribeSecurityGroupPolicys response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12463
 */
export interface DescribeSecurityGroupPolicysResponseDataEgress {
    /**
     * 规则位置，从 0 开始
     *
     * @see spec/sources/tce-vpc.txt line 12463
     */
    index?: number | undefined;
    /**
     * IP 地址 ID 或者 IP 地址组ID；与 cidrIp sgId 互斥。
     *
     * @see spec/sources/tce-vpc.txt line 12464
     */
    addressModule?: string | undefined;
    /**
     * 网络协议，支持 udp、tcp、icmp 等，无则表示全协议
     *
     * @see spec/sources/tce-vpc.txt line 12465
     */
    ipProtocol?: string | undefined;
    /**
     * IP 或 IP 段，无则表示全 IP。与 sgId 不会同时出现
     *
     * @see spec/sources/tce-vpc.txt line 12466
     */
    cidrIp?: string | undefined;
    /**
     * 安全组 ID。与 cidrIp 不会同时出现
     *
     * @see spec/sources/tce-vpc.txt line 12467
     */
    sgId?: string | undefined;
    /**
     * 端口或端口段，无则表示全端口
     *
     * @see spec/sources/tce-vpc.txt line 12468
     */
    portRange?: string | undefined;
    /**
     * 协议端口 ID 或者协议端口组 ID；与 ipProtocol+portRange 互斥
     *
     * @see spec/sources/tce-vpc.txt line 12469
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tce-vpc.txt line 12470
     */
    desc?: string | undefined;
    /**
     * 动作，accept 或者 drop
     *
     * @see spec/sources/tce-vpc.txt line 12471
     */
    action?: string | undefined;
    /**
     * 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期
     *
     * @see spec/sources/tce-vpc.txt line 12472
     */
    version?: number | undefined;
}
/**
 * Items of ingress in the ModifySecurityGroupPolicys request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12547
 */
export interface ModifySecurityGroupPolicysIngress {
    /**
     * 网络协议, 支持udp、tcp、icmp等, 无则表示全协议
     *
     * @see spec/sources/tce-vpc.txt line 12547
     */
    ipProtocol?: string | undefined;
    /**
     * ip网段地址, 不传为全地址, 和sgId互斥, 一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12548
     */
    cidrIp?: string | undefined;
    /**
     * 安全组ID, 和cidrIp互斥, 一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12549
     */
    sgId?: string | undefined;
    /**
     * IP地址ID或者IP地址组ID, 和cidrIp、sgId互斥
     *
     * @see spec/sources/tce-vpc.txt line 12550
     */
    addressModule?: string | undefined;
    /**
     * 端口, 不传为不限端口
     *
     * @see spec/sources/tce-vpc.txt line 12551
     */
    portRange?: string | undefined;
    /**
     * 协议端口ID或者协议端口组ID, 和ipProtocol+portRange互斥
     *
     * @see spec/sources/tce-vpc.txt line 12552
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tce-vpc.txt line 12553
     */
    desc?: string | undefined;
    /**
     * 动作, accept或者drop
     *
     * @see spec/sources/tce-vpc.txt line 12554
     */
    action?: string | undefined;
}
/**
 * Items of egress in the ModifySecurityGroupPolicys request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12547
 */
export interface ModifySecurityGroupPolicysEgress {
    /**
     * 网络协议, 支持udp、tcp、icmp等, 无则表示全协议
     *
     * @see spec/sources/tce-vpc.txt line 12547
     */
    ipProtocol?: string | undefined;
    /**
     * ip网段地址, 不传为全地址, 和sgId互斥, 一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12548
     */
    cidrIp?: string | undefined;
    /**
     * 安全组ID, 和cidrIp互斥, 一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12549
     */
    sgId?: string | undefined;
    /**
     * IP地址ID或者IP地址组ID, 和cidrIp、sgId互斥
     *
     * @see spec/sources/tce-vpc.txt line 12550
     */
    addressModule?: string | undefined;
    /**
     * 端口, 不传为不限端口
     *
     * @see spec/sources/tce-vpc.txt line 12551
     */
    portRange?: string | undefined;
    /**
     * 协议端口ID或者协议端口组ID, 和ipProtocol+portRange互斥
     *
     * @see spec/sources/tce-vpc.txt line 12552
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tce-vpc.txt line 12553
     */
    desc?: string | undefined;
    /**
     * 动作, accept或者drop
     *
     * @see spec/sources/tce-vpc.txt line 12554
     */
    action?: string | undefined;
}
/**
 * Items of data in the DescribeInstancesOfSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12629
 */
export interface DescribeInstancesOfSecurityGroupResponseData {
    /**
     * 云服务器实例Id, 例如ins-a1iofc4j
     *
     * @see spec/sources/tce-vpc.txt line 12629
     */
    instanceId?: Array<Record<string, unknown>> | undefined;
}
/**
 * Items of instanceSet in the ModifySecurityGroupsOfInstance request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12675
 */
export interface ModifySecurityGroupsOfInstanceInstanceSet {
    /**
     * 云服务器实例ID, 将所传全部云服务器和所传安全组按顺序关联
     *
     * @see spec/sources/tce-vpc.txt line 12675
     */
    instanceId: string;
    /**
     * 关联安全组唯一ID列表, 关联顺序依sgIds成员顺序
     *
     * @see spec/sources/tce-vpc.txt line 12676
     */
    sgIds: string[];
}
/**
 * Items of data in the DescribeAssociateSecurityGroups response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12736
 */
export interface DescribeAssociateSecurityGroupsResponseData {
    /**
     * key 为被关联安全组 ID
     *
     * @see spec/sources/tce-vpc.txt line 12736
     */
    key?: string | undefined;
    /**
     * value 为规则中包含了 data.key 安全组 ID 的安全组列表
     *
     * @see spec/sources/tce-vpc.txt line 12737
     */
    value?: string[] | undefined;
}
/**
 * Items of policys in the CreateSecurityGroupPolicy request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12794
 */
export interface CreateSecurityGroupPolicyPolicys {
    /**
     * 网络协议，支持udp、tcp、icmp等，无则表示全协议
     *
     * @see spec/sources/tce-vpc.txt line 12794
     */
    ipProtocol?: string | undefined;
    /**
     * ip网段地址，不传为全地址，和sgId互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12795
     */
    cidrIp?: string | undefined;
    /**
     * 安全组ID，和cidrIp互斥，一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12796
     */
    sgId?: string | undefined;
    /**
     * IP地址ID或者IP地址组ID，和cidrIp、sgId互斥
     *
     * @see spec/sources/tce-vpc.txt line 12797
     */
    addressModule?: string | undefined;
    /**
     * 端口，不传为不限端口
     *
     * @see spec/sources/tce-vpc.txt line 12798
     */
    portRange?: string | undefined;
    /**
     * 协议端口ID或者协议端口组ID，和ipProtocol+portRange互斥
     *
     * @see spec/sources/tce-vpc.txt line 12799
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tce-vpc.txt line 12800
     */
    desc?: string | undefined;
    /**
     * 动作，accept或者drop
     *
     * @see spec/sources/tce-vpc.txt line 12801
     */
    action?: string | undefined;
}
/**
 * Items of policys in the ModifySingleSecurityGroupPolicy request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12874
 */
export interface ModifySingleSecurityGroupPolicyPolicys {
    /**
     * 网络协议, 支持udp、tcp、icmp等, 无则表示全协议
     *
     * @see spec/sources/tce-vpc.txt line 12874
     */
    ipProtocol?: string | undefined;
    /**
     * ip网段地址, 不传为全地址, 和sgId互斥, 一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12875
     */
    cidrIp?: string | undefined;
    /**
     * 安全组ID, 和cidrIp互斥, 一条规则中两参数都存在会报错
     *
     * @see spec/sources/tce-vpc.txt line 12876
     */
    sgId?: string | undefined;
    /**
     * IP地址ID或者IP地址组ID, 和cidrIp、sgId互斥
     *
     * @see spec/sources/tce-vpc.txt line 12877
     */
    addressModule?: string | undefined;
    /**
     * 端口, 不传为不限端口
     *
     * @see spec/sources/tce-vpc.txt line 12878
     */
    portRange?: string | undefined;
    /**
     * 协议端口ID或者协议端口组ID, 和ipProtocol+portRange互斥
     *
     * @see spec/sources/tce-vpc.txt line 12879
     */
    serviceModule?: string | undefined;
    /**
     * 规则描述
     *
     * @see spec/sources/tce-vpc.txt line 12880
     */
    desc?: string | undefined;
    /**
     * 动作, accept或者drop
     *
     * @see spec/sources/tce-vpc.txt line 12881
     */
    action?: string | undefined;
}
/**
 * Items of data in the DescribeSecurityGroupEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12950
 */
export interface DescribeSecurityGroupExResponseData {
    /**
     * 开发商安全组总数
     *
     * @see spec/sources/tce-vpc.txt line 12950
     */
    totalNum?: number | undefined;
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tce-vpc.txt line 12951
     */
    detail?: DescribeSecurityGroupExResponseDataDetail[] | undefined;
}
/**
 * Items of data.detail in the DescribeSecurityGroupEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12956
 */
export interface DescribeSecurityGroupExResponseDataDetail {
    /**
     * 安全组 Id
     *
     * @see spec/sources/tce-vpc.txt line 12956
     */
    sgId?: string | undefined;
    /**
     * 安全组名
     *
     * @see spec/sources/tce-vpc.txt line 12957
     */
    sgName?: string | undefined;
    /**
     * 安全组备注
     *
     * @see spec/sources/tce-vpc.txt line 12958
     */
    sgRemark?: string | undefined;
    /**
     * 安全组创建时间
     *
     * @see spec/sources/tce-vpc.txt line 12959
     */
    createTime?: string | undefined;
    /**
     * 项目 Id
     *
     * @see spec/sources/tce-vpc.txt line 12960
     */
    projectId?: number | undefined;
    /**
     * 被安全组引用个数
     *
     * @see spec/sources/tce-vpc.txt line 12961
     */
    beAssociateCount?: number | undefined;
}
/**
 * Items of data in the CreateSecurityGroup response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 13126
 */
export interface CreateSecurityGroupResponseData {
    /**
     * 安全组Id
     *
     * @see spec/sources/tce-vpc.txt line 13126
     */
    sgId?: string | undefined;
    /**
     * 安全组名称
     *
     * @see spec/sources/tce-vpc.txt line 13127
     */
    sgName?: string | undefined;
    /**
     * 安全组备注
     *
     * @see spec/sources/tce-vpc.txt line 13128
     */
    sgRemark?: string | undefined;
}
/**
 * Input of DescribeNetworkInterfacesOfSecurityGroup: 查询安全组关联的网卡列表
 *
 * @see spec/sources/tce-vpc.txt line 12216
 */
export interface DescribeNetworkInterfacesOfSecurityGroupRequest {
    /**
     * 安全组id
     *
     * @see spec/sources/tce-vpc.txt line 12227
     */
    sgId: string;
}
/**
 * Output of DescribeNetworkInterfacesOfSecurityGroup: 查询安全组关联的网卡列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12216
 */
export interface DescribeNetworkInterfacesOfSecurityGroupResponse {
    /**
     * 关联弹性网卡总数
     *
     * @see spec/sources/tce-vpc.txt line 12234
     */
    totalCount?: number | undefined;
    /**
     * 网卡列表数据结构
     *
     * @see spec/sources/tce-vpc.txt line 12235
     */
    networkInterfaceSet?: DescribeNetworkInterfacesOfSecurityGroupResponseNetworkInterfaceSet[] | undefined;
}
/**
 * Input of ModifySecurityGroupsOfNetworkInterface: 修改弹性网卡关联的安全组
 *
 * @see spec/sources/tce-vpc.txt line 12277
 */
export interface ModifySecurityGroupsOfNetworkInterfaceRequest {
    /**
     * 网卡关联安全组数据列表
     *
     * @see spec/sources/tce-vpc.txt line 12290
     */
    networkInterfaceSet: ModifySecurityGroupsOfNetworkInterfaceNetworkInterfaceSet[];
}
/**
 * Output of ModifySecurityGroupsOfNetworkInterface: 修改弹性网卡关联的安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12277
 */
export interface ModifySecurityGroupsOfNetworkInterfaceResponse {
}
/**
 * Input of DeleteSecurityGroup: 删除安全组
 *
 * @see spec/sources/tce-vpc.txt line 12330
 */
export interface DeleteSecurityGroupRequest {
    /**
     * 安全组唯一ID，可能来自DescribeSecurityGroups或者CreateSecurityGroup
     *
     * @see spec/sources/tce-vpc.txt line 12345
     */
    sgId: string;
}
/**
 * Output of DeleteSecurityGroup: 删除安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12330
 */
export interface DeleteSecurityGroupResponse {
}
/**
 * Input of ModifySecurityGroupAttributes: 修改安全组名称
 *
 * @see spec/sources/tce-vpc.txt line 12379
 */
export interface ModifySecurityGroupAttributesRequest {
    /**
     * 安全组唯一ID, 例如sg-33ocnj9n, 可能来自DescribeSecurityGroups或者CreateSecurityGroup
     *
     * @see spec/sources/tce-vpc.txt line 12392
     */
    sgId: string;
    /**
     * 新的安全组名称, 可任意命名, 但不得超过60个字符
     *
     * @see spec/sources/tce-vpc.txt line 12393
     */
    sgName?: string | undefined;
    /**
     * 新的安全组备注, 不超过100个字符
     *
     * @see spec/sources/tce-vpc.txt line 12394
     */
    sgRemark?: string | undefined;
}
/**
 * Output of ModifySecurityGroupAttributes: 修改安全组名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12379
 */
export interface ModifySecurityGroupAttributesResponse {
}
/**
 * Input of DescribeSecurityGroupPolicys: 查询安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 12430
 */
export interface DescribeSecurityGroupPolicysRequest {
    /**
     * 安全组 Id
     *
     * @see spec/sources/tce-vpc.txt line 12445
     */
    sgId: string;
}
/**
 * Output of DescribeSecurityGroupPolicys: 查询安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12430
 */
export interface DescribeSecurityGroupPolicysResponse {
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tce-vpc.txt line 12452
     */
    data?: DescribeSecurityGroupPolicysResponseData[] | undefined;
}
/**
 * Input of ModifySecurityGroupPolicys: 修改安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 12523
 */
export interface ModifySecurityGroupPolicysRequest {
    /**
     * 安全组id
     *
     * @see spec/sources/tce-vpc.txt line 12540
     */
    sgId: string;
    /**
     * 入方向规则列表
     *
     * @see spec/sources/tce-vpc.txt line 12541
     */
    ingress: ModifySecurityGroupPolicysIngress[];
    /**
     * 出方向规则列表
     *
     * @see spec/sources/tce-vpc.txt line 12542
     */
    egress: ModifySecurityGroupPolicysEgress[];
}
/**
 * Output of ModifySecurityGroupPolicys: 修改安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12523
 */
export interface ModifySecurityGroupPolicysResponse {
}
/**
 * Input of DescribeInstancesOfSecurityGroup: 查询安全组关联的云服务器列表
 *
 * @see spec/sources/tce-vpc.txt line 12599
 */
export interface DescribeInstancesOfSecurityGroupRequest {
    /**
     * 安全组id
     *
     * @see spec/sources/tce-vpc.txt line 12614
     */
    sgId: string;
    /**
     * 分页开始位置, 默认值: 0
     *
     * @defaultValue 0
     * @see spec/sources/tce-vpc.txt line 12615
     */
    offset?: number | undefined;
    /**
     * 数量限制, 默认值: 20
     *
     * @defaultValue 20
     * @see spec/sources/tce-vpc.txt line 12616
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeInstancesOfSecurityGroup: 查询安全组关联的云服务器列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12599
 */
export interface DescribeInstancesOfSecurityGroupResponse {
    /**
     * 关联云服务器实例总数
     *
     * @see spec/sources/tce-vpc.txt line 12623
     */
    totalCount?: number | undefined;
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tce-vpc.txt line 12624
     */
    data?: DescribeInstancesOfSecurityGroupResponseData[] | undefined;
}
/**
 * Input of ModifySecurityGroupsOfInstance: 修改云服务器关联的安全组
 *
 * @see spec/sources/tce-vpc.txt line 12659
 */
export interface ModifySecurityGroupsOfInstanceRequest {
    /**
     * 云服务器关联安全组数据列表, 不超过20个成员
     *
     * @see spec/sources/tce-vpc.txt line 12670
     */
    instanceSet: ModifySecurityGroupsOfInstanceInstanceSet[];
}
/**
 * Output of ModifySecurityGroupsOfInstance: 修改云服务器关联的安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12659
 */
export interface ModifySecurityGroupsOfInstanceResponse {
}
/**
 * Input of DescribeAssociateSecurityGroups: 查询与安全组关联的安全组列表
 *
 * @see spec/sources/tce-vpc.txt line 12711
 */
export interface DescribeAssociateSecurityGroupsRequest {
    /**
     * 安全组 ID 列表
     *
     * @see spec/sources/tce-vpc.txt line 12724
     */
    sgIds: string[];
}
/**
 * Output of DescribeAssociateSecurityGroups: 查询与安全组关联的安全组列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12711
 */
export interface DescribeAssociateSecurityGroupsResponse {
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tce-vpc.txt line 12731
     */
    data?: DescribeAssociateSecurityGroupsResponseData | undefined;
}
/**
 * Input of CreateSecurityGroupPolicy: 添加安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 12770
 */
export interface CreateSecurityGroupPolicyRequest {
    /**
     * 安全组id
     *
     * @see spec/sources/tce-vpc.txt line 12785
     */
    sgId: string;
    /**
     * 版本，用户更新安全规则，每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突
     *
     * @see spec/sources/tce-vpc.txt line 12786
     */
    version?: number | undefined;
    /**
     * 方向(ingress/egress)
     *
     * @see spec/sources/tce-vpc.txt line 12787
     */
    direction: string;
    /**
     * 添加位置，从哪个位置开始添加，当前规则为空时，index需要设置为-1
     *
     * @see spec/sources/tce-vpc.txt line 12788
     */
    index: number;
    /**
     * 安全组规则
     *
     * @see spec/sources/tce-vpc.txt line 12789
     */
    policys: CreateSecurityGroupPolicyPolicys[];
}
/**
 * Output of CreateSecurityGroupPolicy: 添加安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12770
 */
export interface CreateSecurityGroupPolicyResponse {
}
/**
 * Input of ModifySingleSecurityGroupPolicy: 编辑单条安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 12850
 */
export interface ModifySingleSecurityGroupPolicyRequest {
    /**
     * 安全组id
     *
     * @see spec/sources/tce-vpc.txt line 12865
     */
    sgId: string;
    /**
     * 版本, 用户更新安全规则, 每次更新安全规则版本会自动加1, 防止您更新的路由规则已过期, 不填不考虑冲突
     *
     * @see spec/sources/tce-vpc.txt line 12866
     */
    version?: number | undefined;
    /**
     * 方向(ingress/egress)
     *
     * @see spec/sources/tce-vpc.txt line 12867
     */
    direction: string;
    /**
     * 规则所在位置,index从0开始, 必须是编辑已有规则
     *
     * @see spec/sources/tce-vpc.txt line 12868
     */
    index: number;
    /**
     * 安全组规则Array (Object), 该Array的key为action等
     *
     * @see spec/sources/tce-vpc.txt line 12869
     */
    policys: ModifySingleSecurityGroupPolicyPolicys[];
}
/**
 * Output of ModifySingleSecurityGroupPolicy: 编辑单条安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12850
 */
export interface ModifySingleSecurityGroupPolicyResponse {
}
/**
 * Input of DescribeSecurityGroupEx: 查询安全组列表
 *
 * @see spec/sources/tce-vpc.txt line 12925
 */
export interface DescribeSecurityGroupExRequest {
    /**
     * 项目 Id, 不传返回所有项目的安全组列表
     *
     * @see spec/sources/tce-vpc.txt line 12938
     */
    projectId?: number | undefined;
    /**
     * 按 sgId 过滤结果, 仅支持精确过滤
     *
     * @see spec/sources/tce-vpc.txt line 12939
     */
    sgId?: string | undefined;
    /**
     * 按 sgName 过滤结果, 支持模糊过滤
     *
     * @see spec/sources/tce-vpc.txt line 12940
     */
    sgName?: string | undefined;
    /**
     * 初始的页偏移量, 默认为 0。在将来的 V3 版中会改成行偏移量。目前建议使用 offsetLine。
     *
     * @see spec/sources/tce-vpc.txt line 12941
     */
    offset?: number | undefined;
    /**
     * 初始的行偏移量, 默认为 0。不能与 offset 同时传入。
     *
     * @see spec/sources/tce-vpc.txt line 12942
     */
    offsetLine?: number | undefined;
    /**
     * 每页行数, 默认为 20。
     *
     * @see spec/sources/tce-vpc.txt line 12943
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeSecurityGroupEx: 查询安全组列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12925
 */
export interface DescribeSecurityGroupExResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 12950
     */
    data?: DescribeSecurityGroupExResponseData | undefined;
}
/**
 * Input of CreateSecurityGroup: 创建安全组
 *
 * @see spec/sources/tce-vpc.txt line 13101
 */
export interface CreateSecurityGroupRequest {
    /**
     * 安全组名称,同项目下不可重名,可任意命名,但不得超过60个字符
     *
     * @see spec/sources/tce-vpc.txt line 13114
     */
    sgName?: string | undefined;
    /**
     * 安全组备注,最多100个字符
     *
     * @see spec/sources/tce-vpc.txt line 13115
     */
    sgRemark?: string | undefined;
    /**
     * 项目id,默认0。可在用户中心->项目管理页面查询到
     *
     * @see spec/sources/tce-vpc.txt line 13116
     */
    projectId?: number | undefined;
}
/**
 * Output of CreateSecurityGroup: 创建安全组
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 13101
 */
export interface CreateSecurityGroupResponse {
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tce-vpc.txt line 13123
     */
    data?: CreateSecurityGroupResponseData | undefined;
}
/**
 * Input of DeleteSecurityGroupPolicy: 删除安全组规则
 *
 * @see spec/sources/tce-vpc.txt line 13163
 */
export interface DeleteSecurityGroupPolicyRequest {
    /**
     * 安全组 ID。
     *
     * @see spec/sources/tce-vpc.txt line 13176
     */
    sgId: string;
    /**
     * 用于指定要操作的安全组的版本。版本, 即用户每次更新安全规则版本会自动加 1。入参此 version 若不是最新的, 将帮您使操作失败以防止您想要更新的路由规则已过期 (如规则位置已变动); 若不传 version 则需要您自己注意确认好此次删除的规则在您传入的 indexes 位置。建议用户使用本参数, 防止待删除的规则在调用本规则之前发生变化。
     *
     * @see spec/sources/tce-vpc.txt line 13177
     */
    version?: number | undefined;
    /**
     * 规则方向(ingress/egress)。
     *
     * @see spec/sources/tce-vpc.txt line 13178
     */
    direction: string;
    /**
     * 规则所在位置, 支持删除多条。
     *
     * @see spec/sources/tce-vpc.txt line 13179
     */
    indexes: string[];
}
/**
 * Output of DeleteSecurityGroupPolicy: 删除安全组规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 13163
 */
export interface DeleteSecurityGroupPolicyResponse {
}

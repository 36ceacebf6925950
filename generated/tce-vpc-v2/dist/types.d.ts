/**
 * Items of subnetSet in the CreateVpc request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 4650
 */
export interface CreateVpcSubnetSet {
    /**
     * 子网名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 4650
     */
    subnetName?: string | undefined;
    /**
     * 子网网段，子网网段必须在VPC网段内，相同VPC内子网网段不能重叠。
     *
     * @see spec/sources/tce-vpc.txt line 4651
     */
    cidrBlock?: string | undefined;
    /**
     * 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备，取值详见VPC可用区说明。
     *
     * @see spec/sources/tce-vpc.txt line 4652
     */
    zoneId?: string | undefined;
}
/**
 * Items of subnetSet in the CreateVpc response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 4663
 */
export interface CreateVpcResponseSubnetSet {
    /**
     * 系统分配的子网ID，示例:subnetId_GZ_23。
     *
     * @see spec/sources/tce-vpc.txt line 4663
     */
    subnetId?: string | undefined;
    /**
     * 系统分配的子网统一ID，由子网ID升级而来，为了兼容这两种ID系统都支持，示例:subnet-5gu2jxf4。
     *
     * @see spec/sources/tce-vpc.txt line 4664
     */
    unSubnetId?: string | undefined;
    /**
     * 子网绑定的默认路由表ID，示例:gz_rtb_8751。
     *
     * @see spec/sources/tce-vpc.txt line 4665
     */
    routeTableId?: string | undefined;
    /**
     * 子网名称。
     *
     * @see spec/sources/tce-vpc.txt line 4666
     */
    subnetName?: string | undefined;
    /**
     * 子网网段，示例:192.168.0.0/25。
     *
     * @see spec/sources/tce-vpc.txt line 4667
     */
    cidrBlock?: string | undefined;
    /**
     * 子网所在可用区ID,示例:200001。
     *
     * @see spec/sources/tce-vpc.txt line 4668
     */
    zoneId?: string | undefined;
    /**
     * 子网所在可用区ID,示例:ap-guangzhou-1。
     *
     * @see spec/sources/tce-vpc.txt line 4669
     */
    zone?: string | undefined;
}
/**
 * Items of routeTableSet in the CreateVpc response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 4673
 */
export interface CreateVpcResponseRouteTableSet {
    /**
     * 系统分配的路由表ID，示例:gz_rtb_8751。
     *
     * @see spec/sources/tce-vpc.txt line 4673
     */
    routeTableId?: string | undefined;
    /**
     * 路由表类型，0：普通路由表；1：默认路由表。
     *
     * @see spec/sources/tce-vpc.txt line 4674
     */
    routeTableType?: number | undefined;
    /**
     * 路由表名称。
     *
     * @see spec/sources/tce-vpc.txt line 4675
     */
    routeTableName?: string | undefined;
}
/**
 * Items of data in the DescribeVpcEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 4862
 */
export interface DescribeVpcExResponseData {
    /**
     * 系统分配的vpcId，例如：gz_vpc_266。
     *
     * @see spec/sources/tce-vpc.txt line 4862
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的新vpcID，由子网ID升级而来，推荐使用新vpcId，示例:vpc-5gu2jxf4。
     *
     * @see spec/sources/tce-vpc.txt line 4863
     */
    unVpcId?: string | undefined;
    /**
     * 私有网络名称。
     *
     * @see spec/sources/tce-vpc.txt line 4864
     */
    vpcName?: string | undefined;
    /**
     * 私有网络网段，例如：192.168.0.1/24。
     *
     * @see spec/sources/tce-vpc.txt line 4865
     */
    cidrBlock?: string | undefined;
    /**
     * VPC下子网个数。
     *
     * @see spec/sources/tce-vpc.txt line 4866
     */
    subnetNum?: number | undefined;
    /**
     * VPC下路由表个数。
     *
     * @see spec/sources/tce-vpc.txt line 4867
     */
    routeTableNum?: number | undefined;
    /**
     * VPC下VPN网关个数。
     *
     * @see spec/sources/tce-vpc.txt line 4868
     */
    vpnGwNum?: number | undefined;
    /**
     * VPC下对等连接个数。
     *
     * @see spec/sources/tce-vpc.txt line 4869
     */
    vpcPeerNum?: number | undefined;
    /**
     * VPC下云服务器个数。
     *
     * @see spec/sources/tce-vpc.txt line 4870
     */
    vpcDeviceNum?: number | undefined;
    /**
     * VPC下与VPC互通的基础网络设备个数。
     *
     * @see spec/sources/tce-vpc.txt line 4871
     */
    classicLinkNum?: number | undefined;
    /**
     * VPC下专线网关个数。
     *
     * @see spec/sources/tce-vpc.txt line 4872
     */
    vpgNum?: number | undefined;
    /**
     * VPC下NAT网关个数。
     *
     * @see spec/sources/tce-vpc.txt line 4873
     */
    natNum?: number | undefined;
    /**
     * VPC创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 4874
     */
    createTime?: string | undefined;
    /**
     * 是否是默认vpc。
     *
     * @see spec/sources/tce-vpc.txt line 4875
     */
    isDefault?: boolean | undefined;
}
/**
 * Items of subnetSet in the CreateSubnet request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5003
 */
export interface CreateSubnetSubnetSet {
    /**
     * 子网名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 5003
     */
    subnetName: string;
    /**
     * 子网网段，子网网段必须在VPC网段内，相同VPC内子网网段不能重叠。
     *
     * @see spec/sources/tce-vpc.txt line 5004
     */
    cidrBlock: string;
    /**
     * 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备，取值详见VPC可用区说明。
     *
     * @see spec/sources/tce-vpc.txt line 5005
     */
    zoneId: string;
}
/**
 * Items of subnetSet in the CreateSubnet response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5013
 */
export interface CreateSubnetResponseSubnetSet {
    /**
     * 系统分配的子网ID，示例:subnetId_GZ_23。
     *
     * @see spec/sources/tce-vpc.txt line 5013
     */
    subnetId?: string | undefined;
    /**
     * 系统分配的子网统一ID，由子网ID升级而来，为了兼容这两种ID系统都支持，示例:subnet-5gu2jxf4。
     *
     * @see spec/sources/tce-vpc.txt line 5014
     */
    unSubnetId?: string | undefined;
    /**
     * 子网名称。
     *
     * @see spec/sources/tce-vpc.txt line 5015
     */
    subnetName?: string | undefined;
    /**
     * 子网网段，示例:192.168.0.0/25。
     *
     * @see spec/sources/tce-vpc.txt line 5016
     */
    cidrBlock?: string | undefined;
    /**
     * 子网绑定的默认路由表ID，示例:gz_rtb_8751。
     *
     * @see spec/sources/tce-vpc.txt line 5017
     */
    routeTableId?: string | undefined;
    /**
     * 子网所在可用区ID,示例:200001。
     *
     * @see spec/sources/tce-vpc.txt line 5018
     */
    zoneId?: string | undefined;
    /**
     * 子网所在可用区ID,示例:ap-guangzhou-2。
     *
     * @see spec/sources/tce-vpc.txt line 5019
     */
    zone?: string | undefined;
}
/**
 * Items of data in the DescribeSubnetEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5206
 */
export interface DescribeSubnetExResponseData {
    /**
     * 系统分配的vpcId，例如：gz_vpc_266。
     *
     * @see spec/sources/tce-vpc.txt line 5206
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的新vpcID，由子网ID升级而来，推荐使用新vpcId，示例:vpc-5gu2jxf4。
     *
     * @see spec/sources/tce-vpc.txt line 5207
     */
    unVpcId?: string | undefined;
    /**
     * 系统分配的子网ID，示例:subnetId_GZ_23。
     *
     * @see spec/sources/tce-vpc.txt line 5208
     */
    subnetId?: string | undefined;
    /**
     * 系统分配的新子网ID，由子网ID升级而来，推荐使用新子网ID，示例:subnet-5gu2jxf4。
     *
     * @see spec/sources/tce-vpc.txt line 5209
     */
    unSubnetId?: string | undefined;
    /**
     * 子网名称。
     *
     * @see spec/sources/tce-vpc.txt line 5210
     */
    subnetName?: string | undefined;
    /**
     * 子网网段，示例:192.168.0.0/25。
     *
     * @see spec/sources/tce-vpc.txt line 5211
     */
    cidrBlock?: string | undefined;
    /**
     * 子网绑定的默认路由表ID，示例:gz_rtb_8751。
     *
     * @see spec/sources/tce-vpc.txt line 5212
     */
    routeTableId?: string | undefined;
    /**
     * 子网所在可用区ID,示例:200001。
     *
     * @see spec/sources/tce-vpc.txt line 5213
     */
    zoneId?: string | undefined;
    /**
     * 子网所在可用区ID,示例:ap-guangzhou-2。
     *
     * @see spec/sources/tce-vpc.txt line 5214
     */
    zone?: string | undefined;
    /**
     * 子网绑定的网络ACL ID (如果没有绑定返回0) ，示例：acl-e9dbyl8s，更多详见 网络ACL相关接口。
     *
     * @see spec/sources/tce-vpc.txt line 5215
     */
    networkAclId?: string | undefined;
    /**
     * 子网内云服务器个数。
     *
     * @see spec/sources/tce-vpc.txt line 5216
     */
    vpcDevices?: number | undefined;
    /**
     * 子网内IP数总量。
     *
     * @see spec/sources/tce-vpc.txt line 5219
     */
    totalIPNum?: number | undefined;
    /**
     * 子网内可分配IP总数。
     *
     * @see spec/sources/tce-vpc.txt line 5220
     */
    availableIPNum?: number | undefined;
    /**
     * 是否开通广播, true:开通了;false:没有开通。
     *
     * @see spec/sources/tce-vpc.txt line 5221
     */
    broadcast?: boolean | undefined;
    /**
     * 是否是默认vpc。
     *
     * @see spec/sources/tce-vpc.txt line 5222
     */
    isDefault?: boolean | undefined;
}
/**
 * Items of routeSet in the CreateRouteTable request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5365
 */
export interface CreateRouteTableRouteSet {
    /**
     * 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
     *
     * @see spec/sources/tce-vpc.txt line 5365
     */
    destinationCidrBlock: string;
    /**
     * 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn网关；8：nat网关；9：普通云服务器。
     *
     * @see spec/sources/tce-vpc.txt line 5366
     */
    nextType: string;
    /**
     * 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。
     *
     * @see spec/sources/tce-vpc.txt line 5367
     */
    nextHub: string;
    /**
     * 路由描述，支持60内个字符。
     *
     * @see spec/sources/tce-vpc.txt line 5368
     */
    description?: string | undefined;
}
/**
 * Items of routeTableSet in the CreateRouteTable response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5378
 */
export interface CreateRouteTableResponseRouteTableSet {
    /**
     * 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
     *
     * @see spec/sources/tce-vpc.txt line 5378
     */
    destinationCidrBlock?: string | undefined;
    /**
     * 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn;8:nat网关。
     *
     * @see spec/sources/tce-vpc.txt line 5379
     */
    nextType?: string | undefined;
    /**
     * 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。
     *
     * @see spec/sources/tce-vpc.txt line 5380
     */
    nextHub?: string | undefined;
    /**
     * 路由描述。
     *
     * @see spec/sources/tce-vpc.txt line 5381
     */
    description?: string | undefined;
}
/**
 * Items of routeSet in the ModifyRouteTableAttribute request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5498
 */
export interface ModifyRouteTableAttributeRouteSet {
    /**
     * 目的网段, 取值不能在私有网络网段内, 例如: 112.20.51.0/24。
     *
     * @see spec/sources/tce-vpc.txt line 5498
     */
    destinationCidrBlock: string;
    /**
     * 下一跳类型, 目前我们支持的类型有: 0: 公网网关类型的云服务器; 1: vpn网关; 3: 专线网关; 4: 对等连接; 7: sslvpn; 8: nat网关; 9: 普通云服务器。
     *
     * @see spec/sources/tce-vpc.txt line 5499
     */
    nextType: string;
    /**
     * 下一跳地址, 这里只需要指定不同下一跳类型的网关ID (推荐使用新ID), 系统会自动匹配到下一跳地址。
     *
     * @see spec/sources/tce-vpc.txt line 5500
     */
    nextHub: string;
    /**
     * 路由描述, 支持60内个字符。
     *
     * @see spec/sources/tce-vpc.txt line 5501
     */
    description?: string | undefined;
}
/**
 * Items of data in the DescribeRouteTable response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5576
 */
export interface DescribeRouteTableResponseData {
    /**
     * 系统分配的私有网络ID，例如：gz_vpc_8849。
     *
     * @see spec/sources/tce-vpc.txt line 5576
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的新的私有网络ID，建议使用新ID，例如：vpc-0ox8fuhw。
     *
     * @see spec/sources/tce-vpc.txt line 5577
     */
    unVpcId?: string | undefined;
    /**
     * 系统分配的路由表ID，例如：gz_rtb_8849。
     *
     * @see spec/sources/tce-vpc.txt line 5578
     */
    routeTableId?: string | undefined;
    /**
     * 系统分配的新的路由表ID，建议使用新ID，例如：rtb-0ox8fuhw。
     *
     * @see spec/sources/tce-vpc.txt line 5579
     */
    unRouteTableId?: string | undefined;
    /**
     * 路由表名称。
     *
     * @see spec/sources/tce-vpc.txt line 5580
     */
    routeTableName?: string | undefined;
    /**
     * 路由表类型，0：默认路由表；1：普通路由表。默认路由表和普通路由表的区别详见 路由表产品说明。
     *
     * @see spec/sources/tce-vpc.txt line 5581
     */
    routeTableType?: number | undefined;
    /**
     * 路由表创建时间，例如：2015-11-06 17:50:21。
     *
     * @see spec/sources/tce-vpc.txt line 5582
     */
    routeTableCreateTime?: string | undefined;
    /**
     * 关联子网的数量。
     *
     * @see spec/sources/tce-vpc.txt line 5583
     */
    subnetNum?: number | undefined;
    /**
     * 路由策略信息数组。
     *
     * @see spec/sources/tce-vpc.txt line 5584
     */
    routeTableSet?: DescribeRouteTableResponseDataRouteTableSet[] | undefined;
}
/**
 * Items of data.routeTableSet in the DescribeRouteTable response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5589
 */
export interface DescribeRouteTableResponseDataRouteTableSet {
    /**
     * 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
     *
     * @see spec/sources/tce-vpc.txt line 5589
     */
    destinationCidrBlock?: string | undefined;
    /**
     * 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn；8：nat网关；9：普通云服务器。
     *
     * @see spec/sources/tce-vpc.txt line 5592
     */
    nextType?: string | undefined;
    /**
     * 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。
     *
     * @see spec/sources/tce-vpc.txt line 5593
     */
    nextHub?: string | undefined;
    /**
     * 下一跳地址唯一ID，下一跳地址的唯一标识，推荐使用统一ID。
     *
     * @see spec/sources/tce-vpc.txt line 5594
     */
    unNextHub?: string | undefined;
    /**
     * 路由描述。
     *
     * @see spec/sources/tce-vpc.txt line 5595
     */
    description?: string | undefined;
}
/**
 * Items of routeSet in the CreateRoute request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5924
 */
export interface CreateRouteRouteSet {
    /**
     * 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
     *
     * @see spec/sources/tce-vpc.txt line 5924
     */
    destinationCidrBlock: string;
    /**
     * 下一跳类型，目前我们支持的类型有：0：公网网关类型的云服务器；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn网关；8：nat网关；9：普通云服务器。
     *
     * @see spec/sources/tce-vpc.txt line 5925
     */
    nextType: string;
    /**
     * 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。
     *
     * @see spec/sources/tce-vpc.txt line 5926
     */
    nextHub: string;
}
/**
 * Items of routeSet in the DeleteRoute request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 5991
 */
export interface DeleteRouteRouteSet {
    /**
     * 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
     *
     * @see spec/sources/tce-vpc.txt line 5991
     */
    destinationCidrBlock: string;
    /**
     * 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn网关；8：nat网关；9：普通云服务器。
     *
     * @see spec/sources/tce-vpc.txt line 5992
     */
    nextType: string;
    /**
     * 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。
     *
     * @see spec/sources/tce-vpc.txt line 5993
     */
    nextHub: string;
}
/**
 * Items of data in the CreateNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 6060
 */
export interface CreateNetworkAclResponseData {
    /**
     * 网络ACL ID，例如：acl-4n9efgju。
     *
     * @see spec/sources/tce-vpc.txt line 6060
     */
    networkAclId?: string | undefined;
}
/**
 * Items of data in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 6227
 */
export interface DescribeNetworkAclResponseData {
    /**
     * 系统分配的私有网络ID, 例如: gz_vpc_8849。
     *
     * @see spec/sources/tce-vpc.txt line 6227
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的新的私有网络ID, 建议使用新ID, 例如: vpc-0ox8fuhw。
     *
     * @see spec/sources/tce-vpc.txt line 6228
     */
    unVpcId?: string | undefined;
    /**
     * 系统分配的网络ACL ID, 例如: acl-e9dbyl8s。
     *
     * @see spec/sources/tce-vpc.txt line 6229
     */
    networkAclId?: string | undefined;
    /**
     * 网络名称。
     *
     * @see spec/sources/tce-vpc.txt line 6230
     */
    networkAclName?: string | undefined;
    /**
     * 绑定子网数量。
     *
     * @see spec/sources/tce-vpc.txt line 6231
     */
    subnetNum?: number | undefined;
    /**
     * 网络ACL创建时间, 例如: 2015-11-06 20:55:12。
     *
     * @see spec/sources/tce-vpc.txt line 6232
     */
    createTime?: string | undefined;
    /**
     * 网络ACL策略信息数组。
     *
     * @see spec/sources/tce-vpc.txt line 6233
     */
    networkAclEntrySet?: DescribeNetworkAclResponseDataNetworkAclEntrySet[] | undefined;
}
/**
 * Items of data.networkAclEntrySet in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 6238
 */
export interface DescribeNetworkAclResponseDataNetworkAclEntrySet {
    /**
     * 网络ACL入站规则。
     *
     * @see spec/sources/tce-vpc.txt line 6238
     */
    ingress?: DescribeNetworkAclResponseDataNetworkAclEntrySetIngress[] | undefined;
    /**
     * 网络ACL出站规则。
     *
     * @see spec/sources/tce-vpc.txt line 6246
     */
    egress?: DescribeNetworkAclResponseDataNetworkAclEntrySetEgress[] | undefined;
}
/**
 * Items of data.networkAclEntrySet.ingress in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 6239
 */
export interface DescribeNetworkAclResponseDataNetworkAclEntrySetIngress {
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 6239
     */
    desc?: string | undefined;
    /**
     * 协议, 例如tcp。
     *
     * @see spec/sources/tce-vpc.txt line 6240
     */
    ipProtocol?: string | undefined;
    /**
     * 源IP或者源网段, 支持IP或者CIDR, 例如: 10.20.3.0或者10.0.0.2/24。
     *
     * @see spec/sources/tce-vpc.txt line 6241
     */
    cidrIp?: string | undefined;
    /**
     * 源端口，支持单个接口或者端口段，例如：80或者90-100。
     *
     * @see spec/sources/tce-vpc.txt line 6244
     */
    portRange?: string | undefined;
    /**
     * 策略，1:允许，0:拒绝。
     *
     * @see spec/sources/tce-vpc.txt line 6245
     */
    action?: number | undefined;
}
/**
 * Items of data.networkAclEntrySet.egress in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 6247
 */
export interface DescribeNetworkAclResponseDataNetworkAclEntrySetEgress {
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 6247
     */
    desc?: string | undefined;
    /**
     * 协议，例如tcp。
     *
     * @see spec/sources/tce-vpc.txt line 6248
     */
    ipProtocol?: string | undefined;
    /**
     * 源IP或者源网段，支持IP或者CIDR，例如：10.20.3.0或者10.0.0.2/24。
     *
     * @see spec/sources/tce-vpc.txt line 6249
     */
    cidrIp?: string | undefined;
    /**
     * 源端口，支持单个接口或者端口段，例如：80或者90-100。
     *
     * @see spec/sources/tce-vpc.txt line 6250
     */
    portRange?: string | undefined;
    /**
     * 策略，1:允许，0:拒绝。
     *
     * @see spec/sources/tce-vpc.txt line 6251
     */
    action?: number | undefined;
}
/**
 * Items of networkAclEntrySet in the ModifyNetworkAclEntry request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 6395
 */
export interface ModifyNetworkAclEntryNetworkAclEntrySet {
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 6395
     */
    desc: string;
    /**
     * 协议, 例如tcp。
     *
     * @see spec/sources/tce-vpc.txt line 6396
     */
    ipProtocol: string;
    /**
     * 源IP或者源网段, 支持IP或者CIDR, 例如: 10.20.3.0或者10.0.0.2/24。
     *
     * @see spec/sources/tce-vpc.txt line 6397
     */
    cidrIp: string;
    /**
     * 源端口, 支持单个接口或者端口段, 例如: 80或者90-100。
     *
     * @see spec/sources/tce-vpc.txt line 6398
     */
    portRange: string;
    /**
     * 策略, 0:允许, 1:拒绝。
     *
     * @see spec/sources/tce-vpc.txt line 6399
     */
    action: number;
}
/**
 * Items of data in the DescribeVpnGw response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 6737
 */
export interface DescribeVpnGwResponseData {
    /**
     * 系统分配的私有网络ID，例如：gz_vpc_8849。
     *
     * @see spec/sources/tce-vpc.txt line 6737
     */
    vpnId?: string | undefined;
    /**
     * 系统分配的新的私有网络ID，建议使用新ID，例如：vpc-0ox8fuhw。
     *
     * @see spec/sources/tce-vpc.txt line 6738
     */
    unVpnId?: string | undefined;
    /**
     * 系统分配的vpn网关ID，例如：122。
     *
     * @see spec/sources/tce-vpc.txt line 6739
     */
    vpnGwId?: number | undefined;
    /**
     * 系统分配的新的vpn网关ID，建议使用新ID，例如：vpngw-nhg87nmg。
     *
     * @see spec/sources/tce-vpc.txt line 6740
     */
    unVpnGwId?: string | undefined;
    /**
     * vpn网络名称。
     *
     * @see spec/sources/tce-vpc.txt line 6741
     */
    vpnGwName?: string | undefined;
    /**
     * VPN网关带宽。
     *
     * @see spec/sources/tce-vpc.txt line 6742
     */
    bandwidth?: number | undefined;
    /**
     * VPN网关操作状态，0:待付款 1:付款错误 2:发货中 3:发货错误 4:销毁中 5:销毁错误 6:运行。
     *
     * @see spec/sources/tce-vpc.txt line 6743
     */
    vpnGwStatus?: number | undefined;
    /**
     * VPN网关公网IP。
     *
     * @see spec/sources/tce-vpc.txt line 6744
     */
    vpnGwAddress?: string | undefined;
    /**
     * vpn网关生产订单ID。
     *
     * @see spec/sources/tce-vpc.txt line 6745
     */
    dealId?: string | undefined;
    /**
     * 是否开启自动续费，1:开启，0:未开启。
     *
     * @see spec/sources/tce-vpc.txt line 6746
     */
    isAutoRenewals?: number | undefined;
    /**
     * vpn网关到期时间，到期后vpn网关将被系统销毁，请及时续费，例如：2015-11-06 20:55:12。
     *
     * @see spec/sources/tce-vpc.txt line 6747
     */
    expireTime?: string | undefined;
    /**
     * vpn网关创建时间，例如：2015-11-06 20:55:12。
     *
     * @see spec/sources/tce-vpc.txt line 6748
     */
    createTime?: string | undefined;
}
/**
 * Items of data in the DescribeUserGw response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7062
 */
export interface DescribeUserGwResponseData {
    /**
     * 对端网关名称。
     *
     * @see spec/sources/tce-vpc.txt line 7062
     */
    userGwName?: string | undefined;
    /**
     * 系统分配的对端网关ID，例如：400。
     *
     * @see spec/sources/tce-vpc.txt line 7063
     */
    userGwId?: number | undefined;
    /**
     * 系统分配的新的对端网关ID，推荐使用新的对端网关ID，例如：cgw-1tb1k34n。
     *
     * @see spec/sources/tce-vpc.txt line 7064
     */
    unUserGwId?: string | undefined;
    /**
     * 对端网关公网IP。
     *
     * @see spec/sources/tce-vpc.txt line 7065
     */
    userGwAddr?: string | undefined;
    /**
     * 已链接的通道数量。
     *
     * @see spec/sources/tce-vpc.txt line 7066
     */
    vpnConnNum?: number | undefined;
    /**
     * 创建时间：2016-06-23 11:11:49。
     *
     * @see spec/sources/tce-vpc.txt line 7067
     */
    createTime?: string | undefined;
}
/**
 * Items of data in the DescribeUserGwVendor response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7202
 */
export interface DescribeUserGwVendorResponseData {
    /**
     * 平台
     *
     * @see spec/sources/tce-vpc.txt line 7202
     */
    platform?: string | undefined;
    /**
     * 软件版本
     *
     * @see spec/sources/tce-vpc.txt line 7203
     */
    software?: string | undefined;
    /**
     * 供应商
     *
     * @see spec/sources/tce-vpc.txt line 7204
     */
    vendorname?: string | undefined;
}
/**
 * Items of IKESet in the AddVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7274
 */
export interface AddVpnConnExIKESet {
    /**
     * IKE配置，加密算法，可选值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc'，默认为3des-cbc，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7274
     */
    propoEncryAlgorithm?: string | undefined;
    /**
     * IKE配置，认证算法：可选值：'md5','sha'，默认为md5，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7275
     */
    propoAuthenAlgorithm?: string | undefined;
    /**
     * IKE配置，协商模式：可选值：'aggressive','main'，默认为main，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7276
     */
    exchangeMode?: string | undefined;
    /**
     * IKE配置，本端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7277
     */
    localIdentity?: string | undefined;
    /**
     * IKE配置，对端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7278
     */
    remoteIdentity?: string | undefined;
    /**
     * IKE配置，本端标识，当localIdentity选为address时，localAddress必填。localAddress默认为vpn网关公网IP，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7279
     */
    localAddress?: string | undefined;
    /**
     * IKE配置，对端标识，当remoteIdentity选为address时，remoteAddress必填，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7280
     */
    remoteAddress?: string | undefined;
    /**
     * IKE配置，本端标识，当localIdentity选为fqdn时，localFqdnName必填，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7281
     */
    localFqdnName?: string | undefined;
    /**
     * IKE配置，对端标识，当remoteIdentity选为fqdn时，remoteFqdnName必填，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7282
     */
    remoteFqdnName?: string | undefined;
    /**
     * IKE配置，DH group，指定IKE交换密钥时使用的DH组，可选值：'group1','group2','group5','group14','group24'，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7283
     */
    dhGroupName?: string | undefined;
    /**
     * IKE配置，IKE SA Lifetime，单位：秒，设置IKE SA的生存周期，取值范围：60-604800，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7284
     */
    ikeSaLifetimeSeconds?: number | undefined;
    /**
     * IPsec配置，加密算法，取值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc','null'，默认为3des-cbc，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7285
     */
    encryptAlgorithm?: string | undefined;
}
/**
 * Items of IPsecSet in the AddVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7290
 */
export interface AddVpnConnExIPsecSet {
    /**
     * IPsec配置, 认证算法: 可选值: 'md5','sha', 默认为md5, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7290
     */
    integrityAlgorithm?: string | undefined;
    /**
     * IPsec配置, IPsec SA lifetime(s): 单位秒, 取值范围: 180-604800, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7291
     */
    ipsecSaLifetimeSeconds?: number | undefined;
    /**
     * IPsec配置, IPsec SA lifetime(KB): 单位KB, 取值范围: 2560-604800, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7292
     */
    ipsecSaLifetimeTraffic?: number | undefined;
    /**
     * IPsec配置, PFS: 可选值: 'null','dh-group1','dh-group14','dh-group2','dh-group24','dh-group5', 默认为null, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7293
     */
    pfsDhGroup?: string | undefined;
}
/**
 * Items of data in the AddVpnConnEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7302
 */
export interface AddVpnConnExResponseData {
    /**
     * 任务ID, 操作结果可以用taskId查询, 详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 7302
     */
    taskId?: number | undefined;
}
/**
 * Items of data in the DeleteVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7375
 */
export interface DeleteVpnConnResponseData {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 7375
     */
    taskId?: number | undefined;
}
/**
 * Items of IKESet in the ModifyVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7445
 */
export interface ModifyVpnConnExIKESet {
    /**
     * IKE配置，加密算法，可选值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc'，默认为3des-cbc，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7445
     */
    propoEncryAlgorithm?: string | undefined;
    /**
     * IKE配置，认证算法：可选值：'md5','sha'，默认为md5，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7446
     */
    propoAuthenAlgorithm?: string | undefined;
    /**
     * IKE配置，协商模式：可选值：'aggressive','main'，默认为main，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7447
     */
    exchangeMode?: string | undefined;
    /**
     * IKE配置，本端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7448
     */
    localIdentity?: string | undefined;
    /**
     * IKE配置，对端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7449
     */
    remoteIdentity?: string | undefined;
    /**
     * IKE配置，本端标识，当localIdentity选为address时，localAddress必填。localAddress默认为vpn网关公网IP，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7450
     */
    localAddress?: string | undefined;
    /**
     * IKE配置，对端标识，当remoteIdentity选为address时，remoteAddress必填，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7451
     */
    remoteAddress?: string | undefined;
    /**
     * IKE配置，本端标识，当localIdentity选为fqdn时，localFqdnName必填，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7452
     */
    localFqdnName?: string | undefined;
    /**
     * IKE配置，对端标识，当remoteIdentity选为fqdn时，remoteFqdnName必填，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7453
     */
    remoteFqdnName?: string | undefined;
    /**
     * IKE配置，DH group，指定IKE交换密钥时使用的DH组，可选值：'group1','group2','group5','group14','group24'，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7454
     */
    dhGroupName?: string | undefined;
    /**
     * IKE配置，IKE SA Lifetime，单位：秒，设置IKE SA的生存周期，取值范围：60-604800，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7455
     */
    ikeSaLifetimeSeconds?: number | undefined;
    /**
     * IPsec配置，加密算法，取值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc','null'，默认为3des-cbc，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7456
     */
    encryptAlgorithm?: string | undefined;
}
/**
 * Items of IPsecSet in the ModifyVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7461
 */
export interface ModifyVpnConnExIPsecSet {
    /**
     * IPsec配置，认证算法：可选值：'md5','sha'，默认为md5，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7461
     */
    integrityAlgorith?: string | undefined;
    /**
     * IPsec配置, IPsec SA lifetime(s): 单位秒, 取值范围: 180-604800, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7464
     */
    ipsecSaLifetimeSeconds?: number | undefined;
    /**
     * IPsec配置, IPsec SA lifetime(KB): 单位KB, 取值范围: 2560-604800, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7465
     */
    ipsecSaLifetimeTraffic?: number | undefined;
    /**
     * IPsec配置, PFS: 可选值: 'null','dh-group1','dh-group14','dh-group2','dh-group24','dh-group5', 默认为null, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7466
     */
    pfsDhGroup?: string | undefined;
}
/**
 * Items of data in the ModifyVpnConnEx response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7473
 */
export interface ModifyVpnConnExResponseData {
    /**
     * 任务ID, 操作结果可以用taskId查询, 详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 7473
     */
    taskId?: number | undefined;
}
/**
 * Items of data in the DescribeVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7547
 */
export interface DescribeVpnConnResponseData {
    /**
     * 系统分配的私有网络ID，例如：gz_vpc_8849。
     *
     * @see spec/sources/tce-vpc.txt line 7547
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的新的私有网络ID，建议使用新ID，例如：vpc-0ox8fuhw。
     *
     * @see spec/sources/tce-vpc.txt line 7548
     */
    unVpcId?: string | undefined;
    /**
     * 系统分配的vpn网关ID，例如：122。
     *
     * @see spec/sources/tce-vpc.txt line 7549
     */
    vpnGwId?: number | undefined;
    /**
     * 系统分配的新的vpn网关ID，建议使用新ID，例如：vpngw-nhg87nmg。
     *
     * @see spec/sources/tce-vpc.txt line 7550
     */
    unVpnGwId?: string | undefined;
    /**
     * vpn网关公网IP，例如：112.2.3.10。
     *
     * @see spec/sources/tce-vpc.txt line 7551
     */
    vpnGwAddress?: string | undefined;
    /**
     * 系统分配的对端网关ID，例如：122。
     *
     * @see spec/sources/tce-vpc.txt line 7552
     */
    userGwId?: string | undefined;
    /**
     * 系统分配的新的对端网关ID，例如：cgw-e098slul。
     *
     * @see spec/sources/tce-vpc.txt line 7553
     */
    unUserGwId?: string | undefined;
    /**
     * 对端网关公网IP，例如：183.12.0.1。
     *
     * @see spec/sources/tce-vpc.txt line 7554
     */
    userGwAddress?: string | undefined;
    /**
     * 通道名称。
     *
     * @see spec/sources/tce-vpc.txt line 7555
     */
    vpnConnName?: string | undefined;
    /**
     * 预共享密钥，例如：d!@#12d。
     *
     * @see spec/sources/tce-vpc.txt line 7556
     */
    preSharedKey?: string | undefined;
    /**
     * 源网段。
     *
     * @see spec/sources/tce-vpc.txt line 7557
     */
    sourceCidr?: Array<Record<string, unknown>> | undefined;
    /**
     * 目标网段。
     *
     * @see spec/sources/tce-vpc.txt line 7558
     */
    destinationCidr?: Array<Record<string, unknown>> | undefined;
    /**
     * vpn通道状态, 0:创建中, 1:创建出错, 2:修改中, 3:修改出错, 4:删除中, 5:删除出错, 6:运行正常。
     *
     * @see spec/sources/tce-vpc.txt line 7561
     */
    vpcConnStatus?: number | undefined;
    /**
     * vpn通道网络状态, available:已连通, unavailable:未连通。
     *
     * @see spec/sources/tce-vpc.txt line 7562
     */
    netStatus?: string | undefined;
    /**
     * IKE配置信息数组。
     *
     * @see spec/sources/tce-vpc.txt line 7563
     */
    IKESet?: DescribeVpnConnResponseDataIKESet[] | undefined;
    /**
     * IPsec配置信息数组。
     *
     * @see spec/sources/tce-vpc.txt line 7564
     */
    IPsecSet?: DescribeVpnConnResponseDataIPsecSet[] | undefined;
}
/**
 * Items of data.IKESet in the DescribeVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7569
 */
export interface DescribeVpnConnResponseDataIKESet {
    /**
     * IKE配置, 身份认证方法, 例如: '3des-cbc', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7569
     */
    propoEncryAlgorithm?: string | undefined;
    /**
     * IKE配置, 认证算法, 例如: 'md5', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7570
     */
    propoAuthenAlgorithm?: string | undefined;
    /**
     * IKE配置, 协商模式: 例如: 'aggressive', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7571
     */
    exchangeMode?: string | undefined;
    /**
     * IKE配置, 本端标识类型: 例如: 'address', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7572
     */
    localIdentity?: string | undefined;
    /**
     * IKE配置, 对端标识类型: 例如: 'address', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7573
     */
    remoteIdentity?: string | undefined;
    /**
     * IKE配置, 本端标识, localAddress默认为vpn网关公网IP, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7574
     */
    localAddress?: string | undefined;
    /**
     * IKE配置, 对端标识, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7575
     */
    remoteAddress?: string | undefined;
    /**
     * IKE配置, 本端标识, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7576
     */
    localFqdnName?: string | undefined;
    /**
     * IKE配置, 对端标识, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7577
     */
    remoteFqdnName?: string | undefined;
    /**
     * IKE配置, DH group, 指定IKE交换密钥时使用的DH组, 例如: 'group1', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7578
     */
    dhGroupName?: string | undefined;
    /**
     * IKE配置, IKE SA Lifetime, 单位: 秒, 设置IKE安全提议的SA生存周期, 例如: 3600, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7579
     */
    ikeSaLifetimeSeconds?: number | undefined;
}
/**
 * Items of data.IPsecSet in the DescribeVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7584
 */
export interface DescribeVpnConnResponseDataIPsecSet {
    /**
     * IPsec配置, 加密算法, 例如: '3des-cbc', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7584
     */
    encryptAlgorithm?: string | undefined;
    /**
     * IPsec配置, 认证算法: 例如: 'md5', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7585
     */
    integrityAlgorith?: string | undefined;
    /**
     * IPsec配置, 报文封装模式: 例如: 'tunnel', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7586
     */
    encapMode?: string | undefined;
    /**
     * IPsec配置, 安全协议: 例如: 'ESP', 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7587
     */
    securityProto?: string | undefined;
    /**
     * IPsec配置, IPsec SA lifetime(s): 单位秒, 例如: 360, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7588
     */
    ipsecSaLifetimeSeconds?: number | undefined;
    /**
     * IPsec配置, IPsec SA lifetime(KB): 单位KB, 例如: 3600, 更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7589
     */
    ipsecSaLifetimeTraffic?: number | undefined;
    /**
     * IPsec配置, PFS: 例如: 'dh-group1'更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7590
     */
    pfsDhGroup?: string | undefined;
}
/**
 * Items of data in the GetVpnConnConfig response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7802
 */
export interface GetVpnConnConfigResponseData {
    /**
     * 配置文件内容
     *
     * @see spec/sources/tce-vpc.txt line 7802
     */
    configFileInfo?: string | undefined;
}
/**
 * Items of data in the DescribeVpnConnMonitor response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 7860
 */
export interface DescribeVpnConnMonitorResponseData {
    /**
     * 通道指标流量带宽，单位bps，每5min记录。示例：data[1] 表示 (starttime+5) ~ (starttime+10) min的通道指标流量带宽，metricName为outtraffic表示返回出流量，intraffic时表示返回为入流量
     *
     * @see spec/sources/tce-vpc.txt line 7860
     */
    data?: Array<Record<string, unknown>> | undefined;
}
/**
 * Items of data in the DescribeVpcPeeringConnections response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 8575
 */
export interface DescribeVpcPeeringConnectionsResponseData {
    /**
     * 发起方私有网络 ID, 例如: gz_vpc_245
     *
     * @see spec/sources/tce-vpc.txt line 8575
     */
    vpcId?: string | undefined;
    /**
     * uniqVpcId 的别名
     *
     * @see spec/sources/tce-vpc.txt line 8576
     */
    unVpcId?: string | undefined;
    /**
     * 接收方私有网络 ID, 例如: gz_vpc_24
     *
     * @see spec/sources/tce-vpc.txt line 8577
     */
    peerVpcId?: string | undefined;
    /**
     * uniqPeerVpcId 的别名
     *
     * @see spec/sources/tce-vpc.txt line 8578
     */
    unPeerVpcId?: string | undefined;
    /**
     * 发起方 appId
     *
     * @see spec/sources/tce-vpc.txt line 8579
     */
    appId?: string | undefined;
    /**
     * 对等连接ID, 例如: pcx-dt8c7fa0
     *
     * @see spec/sources/tce-vpc.txt line 8580
     */
    peeringConnectionId?: string | undefined;
    /**
     * 对等连接名称
     *
     * @see spec/sources/tce-vpc.txt line 8581
     */
    peeringConnectionName?: string | undefined;
    /**
     * 连接状态 0：申请中 1：连接成功 2：已过期 3：对端已拒绝 4：对端已删除
     *
     * @see spec/sources/tce-vpc.txt line 8584
     */
    state?: number | undefined;
    /**
     * 对等连接创建时间
     *
     * @see spec/sources/tce-vpc.txt line 8585
     */
    createTime?: string | undefined;
    /**
     * 您在腾讯云金融专区唯一账号标识，您可以在用户中心的个人信息中查看，详情请参见 操作指南
     *
     * @see spec/sources/tce-vpc.txt line 8586
     */
    uin?: string | undefined;
    /**
     * 接收方腾讯云金融专区唯一账号标识，您可以联系接收方去用户中心的个人信息中查看，详情请参见 操作指南
     *
     * @see spec/sources/tce-vpc.txt line 8587
     */
    peerUin?: string | undefined;
    /**
     * 发起方私有网络统一 ID，例如：vpc-8e0y3m3z
     *
     * @see spec/sources/tce-vpc.txt line 8588
     */
    uniVpcId?: string | undefined;
    /**
     * 接收方统一私有网络 ID，例如：vpc-8e0y3m35
     *
     * @see spec/sources/tce-vpc.txt line 8589
     */
    uniPeerVpcId?: string | undefined;
    /**
     * 发起方地域，例如：cd
     *
     * @see spec/sources/tce-vpc.txt line 8590
     */
    region?: string | undefined;
    /**
     * 接收方地域，例如：hk
     *
     * @see spec/sources/tce-vpc.txt line 8591
     */
    peerRegion?: string | undefined;
}
/**
 * Items of data in the CreateDirectConnectGateway response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 8662
 */
export interface CreateDirectConnectGatewayResponseData {
    /**
     * 专线网关ID，例如：dcg-mmfdp2b
     *
     * @see spec/sources/tce-vpc.txt line 8662
     */
    directConnectGatewayId?: string | undefined;
}
/**
 * Items of data in the DescribeDirectConnectGateway response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 8836
 */
export interface DescribeDirectConnectGatewayResponseData {
    /**
     * 系统分配的vpcId，例如：gz_vpc_266。
     *
     * @see spec/sources/tce-vpc.txt line 8836
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的vpc统一ID，例如：vpc-d454dd。
     *
     * @see spec/sources/tce-vpc.txt line 8837
     */
    unVpcId?: string | undefined;
    /**
     * 专线网关名称。
     *
     * @see spec/sources/tce-vpc.txt line 8838
     */
    directConnectGatewayName?: string | undefined;
    /**
     * 系统分配的专线网关ID，例如：d cg-dgd454。
     *
     * @see spec/sources/tce-vpc.txt line 8839
     */
    directConnectGatewayId?: string | undefined;
    /**
     * 专线网关类型；0：非NAT网关；1：NAT网关。
     *
     * @see spec/sources/tce-vpc.txt line 8840
     */
    type?: number | undefined;
    /**
     * 本端IP转换规则个数。
     *
     * @see spec/sources/tce-vpc.txt line 8841
     */
    snaptNum?: number | undefined;
    /**
     * 对端IP转换规则个数。
     *
     * @see spec/sources/tce-vpc.txt line 8842
     */
    dnatNum?: number | undefined;
    /**
     * 本端目的IP端口转换规则个数。
     *
     * @see spec/sources/tce-vpc.txt line 8844
     */
    dnaptNum?: number | undefined;
    /**
     * 创建时间。
     *
     * @see spec/sources/tce-vpc.txt line 8845
     */
    createTime?: string | undefined;
}
/**
 * Items of localIPTranslation in the CreateLocalIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 8913
 */
export interface CreateLocalIPTranslationNatRuleLocalIPTranslation {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 8913
     */
    originalIP: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 8914
     */
    translationIP: string;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 8915
     */
    description?: string | undefined;
}
/**
 * Items of data in the CreateLocalIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 8923
 */
export interface CreateLocalIPTranslationNatRuleResponseData {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8923
     */
    taskId?: number | undefined;
}
/**
 * Items of localIPTranslation in the DeleteLocalIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 8986
 */
export interface DeleteLocalIPTranslationNatRuleLocalIPTranslation {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 8986
     */
    originalIP: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 8987
     */
    translationIP: string;
}
/**
 * Items of data in the DeleteLocalIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 8995
 */
export interface DeleteLocalIPTranslationNatRuleResponseData {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8995
     */
    taskId?: number | undefined;
}
/**
 * Items of data in the DescribeLocalIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9135
 */
export interface DescribeLocalIPTranslationNatRuleResponseData {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 9135
     */
    originalIP?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9136
     */
    translationIP?: string | undefined;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 9137
     */
    description?: string | undefined;
}
/**
 * Items of aclRules in the CreateLocalIPTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9193
 */
export interface CreateLocalIPTranslationAclRuleAclRules {
    /**
     * 协议：TCP、UDP或者ALL。
     *
     * @see spec/sources/tce-vpc.txt line 9193
     */
    protocol: string;
    /**
     * 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9194
     */
    sourcePort: string;
    /**
     * 访问的目的IP，支持IP、IP段 (CIDR格式)，如果不填写指所有IP。
     *
     * @see spec/sources/tce-vpc.txt line 9195
     */
    destinationCidr: string;
    /**
     * 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9196
     */
    destinationPort: string;
}
/**
 * Items of aclRules in the ModifyLocalIPTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9317
 */
export interface ModifyLocalIPTranslationAclRuleAclRules {
    /**
     * 系统分配的acl ID，例如：25。
     *
     * @see spec/sources/tce-vpc.txt line 9317
     */
    aclRuleId: number;
    /**
     * 协议：TCP、UDP or ALL。
     *
     * @see spec/sources/tce-vpc.txt line 9318
     */
    protocol: string;
    /**
     * 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9319
     */
    sourcePort: string;
    /**
     * 访问的目的IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。
     *
     * @see spec/sources/tce-vpc.txt line 9320
     */
    destinationCidr: string;
    /**
     * 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9321
     */
    destinationPort: string;
}
/**
 * Items of data in the DescribeLocalIPTranslationAclRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9394
 */
export interface DescribeLocalIPTranslationAclRuleResponseData {
    /**
     * ACL 规则 ID, 例如: 25
     *
     * @see spec/sources/tce-vpc.txt line 9394
     */
    aclRuleId?: number | undefined;
    /**
     * 协议, 例如 TCP
     *
     * @see spec/sources/tce-vpc.txt line 9395
     */
    protocol?: string | undefined;
    /**
     * 访问的源端口, 例如: 900
     *
     * @see spec/sources/tce-vpc.txt line 9396
     */
    sourcePort?: string | undefined;
    /**
     * 访问的目的 IP, 例如: 10.0.0.2/16
     *
     * @see spec/sources/tce-vpc.txt line 9397
     */
    destinationCidr?: string | undefined;
    /**
     * 访问的目的端口, 例如: 80-90
     *
     * @see spec/sources/tce-vpc.txt line 9398
     */
    destinationPort?: string | undefined;
}
/**
 * Items of localSourceIPPortTranslation in the CreateLocalSourceIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9458
 */
export interface CreateLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation {
    /**
     * 转换后IP池。
     *
     * @see spec/sources/tce-vpc.txt line 9458
     */
    translationIPPool: string;
    /**
     * 备注信息。
     *
     * @see spec/sources/tce-vpc.txt line 9459
     */
    description?: string | undefined;
}
/**
 * Items of data in the CreateLocalSourceIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9467
 */
export interface CreateLocalSourceIPPortTranslationNatRuleResponseData {
    /**
     * 任务ID。操作结果可以用taskId查询，详见 查询任务执行结果 接口。
     *
     * @see spec/sources/tce-vpc.txt line 9467
     */
    taskId?: number | undefined;
}
/**
 * Items of localSourceIPPortTranslation in the DeleteLocalSourceIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9525
 */
export interface DeleteLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation {
    /**
     * 转换后IP池。
     *
     * @see spec/sources/tce-vpc.txt line 9525
     */
    translationIPPool: string;
}
/**
 * Items of data in the DeleteLocalSourceIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9533
 */
export interface DeleteLocalSourceIPPortTranslationNatRuleResponseData {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 9533
     */
    taskId?: number | undefined;
}
/**
 * Items of data in the DescribeLocalSourceIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9665
 */
export interface DescribeLocalSourceIPPortTranslationNatRuleResponseData {
    /**
     * 映射后IP池。
     *
     * @see spec/sources/tce-vpc.txt line 9665
     */
    translationIPPool?: string | undefined;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 9666
     */
    description?: string | undefined;
}
/**
 * Items of aclRules in the CreateLocalSourceIPPortTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9720
 */
export interface CreateLocalSourceIPPortTranslationAclRuleAclRules {
    /**
     * 协议：TCP、UDP or ALL。
     *
     * @see spec/sources/tce-vpc.txt line 9720
     */
    protocol: string;
    /**
     * 访问的源IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。
     *
     * @see spec/sources/tce-vpc.txt line 9721
     */
    sourceCidr: string;
    /**
     * 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9722
     */
    sourcePort: string;
    /**
     * 访问的目的IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。
     *
     * @see spec/sources/tce-vpc.txt line 9723
     */
    destinationCidr: string;
    /**
     * 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9724
     */
    destinationPort: string;
}
/**
 * Items of aclRules in the ModifyLocalSourceIPPortTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9844
 */
export interface ModifyLocalSourceIPPortTranslationAclRuleAclRules {
    /**
     * ACL规则ID，例如：25。
     *
     * @see spec/sources/tce-vpc.txt line 9844
     */
    aclRuleId: number;
    /**
     * 协议：TCP、UDP or ALL。
     *
     * @see spec/sources/tce-vpc.txt line 9845
     */
    protocol: string;
    /**
     * 访问的源IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。
     *
     * @see spec/sources/tce-vpc.txt line 9846
     */
    sourceCidr: string;
    /**
     * 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9847
     */
    sourcePort: string;
    /**
     * 访问的目的IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。
     *
     * @see spec/sources/tce-vpc.txt line 9848
     */
    destinationCidr: string;
    /**
     * 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。
     *
     * @see spec/sources/tce-vpc.txt line 9849
     */
    destinationPort: string;
}
/**
 * Items of data in the DescribeLocalSourceIPPortTranslationAclRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9921
 */
export interface DescribeLocalSourceIPPortTranslationAclRuleResponseData {
    /**
     * ACL规则ID，例如：25。
     *
     * @see spec/sources/tce-vpc.txt line 9921
     */
    aclRuleId?: number | undefined;
    /**
     * 协议，例如TCP。
     *
     * @see spec/sources/tce-vpc.txt line 9922
     */
    protocol?: string | undefined;
    /**
     * 访问的源IP，11.0.0.1/16。
     *
     * @see spec/sources/tce-vpc.txt line 9923
     */
    sourceCidr?: string | undefined;
    /**
     * 访问的源端口，例如：900。
     *
     * @see spec/sources/tce-vpc.txt line 9924
     */
    sourcePort?: string | undefined;
    /**
     * 访问的目的IP，例如：10.0.0.2/16。
     *
     * @see spec/sources/tce-vpc.txt line 9925
     */
    destinationCidr?: string | undefined;
    /**
     * 访问的目的端口，例如：80-90。
     *
     * @see spec/sources/tce-vpc.txt line 9926
     */
    destinationPort?: string | undefined;
}
/**
 * Items of localDestinationIPPortTranslation in the CreateLocalDestinationIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 9987
 */
export interface CreateLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 9987
     */
    originalIP: string;
    /**
     * 原始Port。
     *
     * @see spec/sources/tce-vpc.txt line 9988
     */
    originalPort: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9989
     */
    translationIP: string;
    /**
     * 转换后Port。
     *
     * @see spec/sources/tce-vpc.txt line 9990
     */
    translationPort: string;
    /**
     * 协议。
     *
     * @see spec/sources/tce-vpc.txt line 9991
     */
    proto: string;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 9992
     */
    description?: string | undefined;
}
/**
 * Items of localDestinationIPPortTranslation in the DeleteLocalDestinationIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 10063
 */
export interface DeleteLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10063
     */
    originalIP: string;
    /**
     * 原始Port。
     *
     * @see spec/sources/tce-vpc.txt line 10064
     */
    originalPort: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10065
     */
    translationIP: string;
    /**
     * 转换后Port。
     *
     * @see spec/sources/tce-vpc.txt line 10066
     */
    translationPort: string;
    /**
     * 协议。
     *
     * @see spec/sources/tce-vpc.txt line 10067
     */
    proto: string;
}
/**
 * Items of data in the DescribeLocalDestinationIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 10223
 */
export interface DescribeLocalDestinationIPPortTranslationNatRuleResponseData {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10223
     */
    originalIP?: string | undefined;
    /**
     * 原始Port。
     *
     * @see spec/sources/tce-vpc.txt line 10224
     */
    originalPort?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10225
     */
    translationIP?: string | undefined;
    /**
     * 转换后Port。
     *
     * @see spec/sources/tce-vpc.txt line 10226
     */
    translationPort?: string | undefined;
    /**
     * 协议。
     *
     * @see spec/sources/tce-vpc.txt line 10227
     */
    proto?: string | undefined;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 10228
     */
    description?: string | undefined;
}
/**
 * Items of peerIPTranslation in the CreatePeerIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 10289
 */
export interface CreatePeerIPTranslationNatRulePeerIPTranslation {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10289
     */
    originalIP: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10290
     */
    translationIP: string;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 10291
     */
    description?: string | undefined;
}
/**
 * Items of peerIPTranslation in the DeletePeerIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 10355
 */
export interface DeletePeerIPTranslationNatRulePeerIPTranslation {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10355
     */
    originalIP: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10356
     */
    translationIP: string;
}
/**
 * Items of data in the DescribePeerIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 10499
 */
export interface DescribePeerIPTranslationNatRuleResponseData {
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10499
     */
    originalIP?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10500
     */
    translationIP?: string | undefined;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 10501
     */
    description?: string | undefined;
}
/**
 * Items of data in the QueryNatGatewayProductionStatus response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 10627
 */
export interface QueryNatGatewayProductionStatusResponseData {
    /**
     * 生产结果 : 0: 成功, 1:失败, 2:进行中
     *
     * @see spec/sources/tce-vpc.txt line 10627
     */
    status?: number | undefined;
    /**
     * 错误码
     *
     * @see spec/sources/tce-vpc.txt line 10628
     */
    errorCode?: string | undefined;
}
/**
 * Items of data in the DescribeNatGateway response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 10797
 */
export interface DescribeNatGatewayResponseData {
    /**
     * NAT网关统一ID, 例如: nat-xx454
     *
     * @see spec/sources/tce-vpc.txt line 10797
     */
    natId?: string | undefined;
    /**
     * 私有网络统一ID, 例如: vpc-xgfd55d
     *
     * @see spec/sources/tce-vpc.txt line 10798
     */
    vpcId?: string | undefined;
    /**
     * NAT网关名称
     *
     * @see spec/sources/tce-vpc.txt line 10799
     */
    natName?: string | undefined;
    /**
     * NAT网关状态, 0:运行中, 1:不可用, 2:欠费停服
     *
     * @see spec/sources/tce-vpc.txt line 10800
     */
    state?: number | undefined;
    /**
     * NAT网关并发连接上限, 100w:小型, 300w:中型, 1000w:大型, 详见 NAT网关产品说明
     *
     * @see spec/sources/tce-vpc.txt line 10801
     */
    maxConcurrent?: number | undefined;
    /**
     * 网关最大外出带宽(单位:Mbps), 详见 NAT网关产品说明
     *
     * @see spec/sources/tce-vpc.txt line 10802
     */
    bandwidth?: number | undefined;
    /**
     * 弹性 IP 的个数, 例如: nat-xx454
     *
     * @see spec/sources/tce-vpc.txt line 10803
     */
    eipCount?: string | undefined;
    /**
     * 网关所有弹性IP信息, 例如: [183.60.249.11]
     *
     * @see spec/sources/tce-vpc.txt line 10804
     */
    eipSet?: Array<Record<string, unknown>> | undefined;
    /**
     * NAT网关创建时间, 例如: 2016-06-21 12:01:23
     *
     * @see spec/sources/tce-vpc.txt line 10805
     */
    createTime?: string | undefined;
    /**
     * NAT网关的生产状态, 0: 创建中, 1: 创建成功, 2: 创建失败, 3: 变更中, 4: 变更失败, 5: 删除中, 6: 删除失败
     *
     * @see spec/sources/tce-vpc.txt line 10806
     */
    productionStatus?: number | undefined;
}
/**
 * Items of privateIpAddressSet in the CreateNetworkInterface request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11040
 */
export interface CreateNetworkInterfacePrivateIpAddressSet {
    /**
     * 是否为主IP，只能设置一个主IP。
     *
     * @see spec/sources/tce-vpc.txt line 11040
     */
    primary: boolean;
    /**
     * 指定的内网IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 11041
     */
    privateIpAddress: string;
}
/**
 * Items of data in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11186
 */
export interface DescribeNetworkInterfacesResponseData {
    /**
     * 弹性网卡总数量
     *
     * @see spec/sources/tce-vpc.txt line 11186
     */
    totalNum?: number | undefined;
    /**
     * 弹性网卡信息数组
     *
     * @see spec/sources/tce-vpc.txt line 11187
     */
    data?: Array<Record<string, unknown>> | undefined;
    /**
     * 弹性网卡对应的私有网络ID。例如：vpc-8e0ypm3z
     *
     * @see spec/sources/tce-vpc.txt line 11192
     */
    vpcId?: string | undefined;
    /**
     * 弹性网卡对应的子网ID。例如：subnet-0ap8nwca
     *
     * @see spec/sources/tce-vpc.txt line 11193
     */
    subnetId?: string | undefined;
    /**
     * 弹性网卡对应的子网所在的可用区ID。例如：200001
     *
     * @see spec/sources/tce-vpc.txt line 11194
     */
    zoneId?: number | undefined;
    /**
     * 弹性网卡名称
     *
     * @see spec/sources/tce-vpc.txt line 11195
     */
    eniName?: string | undefined;
    /**
     * 弹性网卡描述
     *
     * @see spec/sources/tce-vpc.txt line 11196
     */
    eniDescription?: string | undefined;
    /**
     * 弹性网卡ID。例如：eni-m6dyj72l
     *
     * @see spec/sources/tce-vpc.txt line 11197
     */
    networkInterfaceId?: string | undefined;
    /**
     * 是否为主网卡。true：主网卡；false：普通网卡
     *
     * @see spec/sources/tce-vpc.txt line 11198
     */
    primary?: boolean | undefined;
    /**
     * 弹性网卡mac地址。例如：02:81:60:cb:27:37
     *
     * @see spec/sources/tce-vpc.txt line 11199
     */
    macAddress?: string | undefined;
    /**
     * 弹性网卡绑定的 IP 信息
     *
     * @see spec/sources/tce-vpc.txt line 11200
     */
    privateIpAddressesSet?: DescribeNetworkInterfacesResponseDataPrivateIpAddressesSet[] | undefined;
    /**
     * 弹性网卡绑定的云服务器信息
     *
     * @see spec/sources/tce-vpc.txt line 11201
     */
    instanceSet?: DescribeNetworkInterfacesResponseDataInstanceSet | undefined;
    /**
     * 弹性网卡绑定的安全组信息
     *
     * @see spec/sources/tce-vpc.txt line 11202
     */
    groupSet?: DescribeNetworkInterfacesResponseDataGroupSet[] | undefined;
}
/**
 * Items of data.privateIpAddressesSet in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11207
 */
export interface DescribeNetworkInterfacesResponseDataPrivateIpAddressesSet {
    /**
     * IP地址
     *
     * @see spec/sources/tce-vpc.txt line 11207
     */
    privateIpAddress?: string | undefined;
    /**
     * 是否为主IP, true : 是; false : 否
     *
     * @see spec/sources/tce-vpc.txt line 11208
     */
    primary?: boolean | undefined;
    /**
     * 备注
     *
     * @see spec/sources/tce-vpc.txt line 11209
     */
    description?: string | undefined;
    /**
     * 公网IP
     *
     * @see spec/sources/tce-vpc.txt line 11210
     */
    wanIp?: string | undefined;
    /**
     * 外网IP是否被封堵
     *
     * @see spec/sources/tce-vpc.txt line 11211
     */
    isWanIpBlocked?: boolean | undefined;
    /**
     * 弹性公网IP ID
     *
     * @see spec/sources/tce-vpc.txt line 11212
     */
    eipId?: string | undefined;
}
/**
 * Items of data.instanceSet in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11217
 */
export interface DescribeNetworkInterfacesResponseDataInstanceSet {
    /**
     * 腾讯云金融专区服务器实例ID, 例如 : ins-xx44545f
     *
     * @see spec/sources/tce-vpc.txt line 11217
     */
    instanceId?: string | undefined;
    /**
     * 绑定时间, 例如 : 2016-02-15 19:20:54
     *
     * @see spec/sources/tce-vpc.txt line 11218
     */
    attachTime?: string | undefined;
}
/**
 * Items of data.groupSet in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11223
 */
export interface DescribeNetworkInterfacesResponseDataGroupSet {
    /**
     * 安全组ID, 例如 : sg-dfg1df54
     *
     * @see spec/sources/tce-vpc.txt line 11223
     */
    sgId?: string | undefined;
    /**
     * 安全组名称
     *
     * @see spec/sources/tce-vpc.txt line 11224
     */
    sgName?: string | undefined;
    /**
     * 安全组项目ID
     *
     * @see spec/sources/tce-vpc.txt line 11225
     */
    projectId?: number | undefined;
}
/**
 * Items of privateIpAddressSet in the AssignPrivateIpAddresses request (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11418
 */
export interface AssignPrivateIpAddressesPrivateIpAddressSet {
    /**
     * 是否为主IP，只能设置一个主IP。
     *
     * @see spec/sources/tce-vpc.txt line 11418
     */
    primary: boolean;
    /**
     * 指定的内网IP地址。
     *
     * @see spec/sources/tce-vpc.txt line 11419
     */
    privateIpAddress: string;
}
/**
 * Input of CreateVpc: 创建私有网络
 *
 * @see spec/sources/tce-vpc.txt line 4630
 */
export interface CreateVpcRequest {
    /**
     * 私有网络名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 4647
     */
    vpcName: string;
    /**
     * VPC网段,可选值 10.0.0.0/16、172.16.0.0/16和192.168.0.0/16及它们包含的子网，详见VPC网段规划说明。
     *
     * @see spec/sources/tce-vpc.txt line 4648
     */
    cidrBlock: string;
    /**
     * 子网信息数组，创建VPC时可以同时创建子网，可选项。
     *
     * @see spec/sources/tce-vpc.txt line 4649
     */
    subnetSet?: CreateVpcSubnetSet[] | undefined;
}
/**
 * Output of CreateVpc: 创建私有网络
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 4630
 */
export interface CreateVpcResponse {
    /**
     * 系统分配的vpcId，示例：gz_vpc_226。
     *
     * @see spec/sources/tce-vpc.txt line 4659
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的VPC统一ID，由vpcId升级而来，为了兼容这两种ID系统都支持，推荐使用统一ID，示例：vpc-2ari9m7h。
     *
     * @see spec/sources/tce-vpc.txt line 4660
     */
    unVpcId?: string | undefined;
    /**
     * VPC的创建时间，示例:2015-11-06 11:33:52。
     *
     * @see spec/sources/tce-vpc.txt line 4661
     */
    vpcCreateTime?: string | undefined;
    /**
     * 子网信息，同时添加了子网时才会返回。
     *
     * @see spec/sources/tce-vpc.txt line 4662
     */
    subnetSet?: CreateVpcResponseSubnetSet[] | undefined;
    /**
     * 路由表信息，子网默认关联到默认路由表。
     *
     * @see spec/sources/tce-vpc.txt line 4672
     */
    routeTableSet?: CreateVpcResponseRouteTableSet[] | undefined;
}
/**
 * Input of DeleteVpc: 删除私有网络
 *
 * @see spec/sources/tce-vpc.txt line 4730
 */
export interface DeleteVpcRequest {
    /**
     * 系统分配的私有网络ID, 支持升级前的vpcId, 也支持升级后的unVpcId。
     *
     * @see spec/sources/tce-vpc.txt line 4745
     */
    vpcId: string;
}
/**
 * Output of DeleteVpc: 删除私有网络
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 4730
 */
export interface DeleteVpcResponse {
}
/**
 * Input of ModifyVpcAttribute: 修改私有网络名称
 *
 * @see spec/sources/tce-vpc.txt line 4781
 */
export interface ModifyVpcAttributeRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId。
     *
     * @see spec/sources/tce-vpc.txt line 4796
     */
    vpcId: string;
    /**
     * 私有网络名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 4797
     */
    vpcName: string;
}
/**
 * Output of ModifyVpcAttribute: 修改私有网络名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 4781
 */
export interface ModifyVpcAttributeResponse {
}
/**
 * Input of DescribeVpcEx: 查询私有网络列表
 *
 * @see spec/sources/tce-vpc.txt line 4833
 */
export interface DescribeVpcExRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId。
     *
     * @see spec/sources/tce-vpc.txt line 4848
     */
    vpcId?: string | undefined;
    /**
     * 私有网络名称，支持模糊搜索。
     *
     * @see spec/sources/tce-vpc.txt line 4849
     */
    vpcName?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 4850
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20。
     *
     * @see spec/sources/tce-vpc.txt line 4851
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序，目前仅支持createTime,vpcName排序，默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 4852
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc) ，默认：desc。
     *
     * @see spec/sources/tce-vpc.txt line 4853
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpcEx: 查询私有网络列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 4833
 */
export interface DescribeVpcExResponse {
    /**
     * 开发商VPC总数。
     *
     * @see spec/sources/tce-vpc.txt line 4860
     */
    totalCount?: number | undefined;
    /**
     * VPC信息组。
     *
     * @see spec/sources/tce-vpc.txt line 4861
     */
    data?: DescribeVpcExResponseData[] | undefined;
}
/**
 * Input of AssociateVip: 绑定私有网络内主机与VIP
 *
 * @see spec/sources/tce-vpc.txt line 4924
 */
export interface AssociateVipRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-2ari9m7h。
     *
     * @see spec/sources/tce-vpc.txt line 4945
     */
    vpcId: string;
    /**
     * VIP的ID，例如：12，VIP ID需要联系在线客服申请
     *
     * @see spec/sources/tce-vpc.txt line 4946
     */
    vipId: number;
    /**
     * 云服务器内网IP，例如：10.0.0.1。查询云服务器IP详见 查看实例列表 。
     *
     * @see spec/sources/tce-vpc.txt line 4947
     */
    lanIp: string;
}
/**
 * Output of AssociateVip: 绑定私有网络内主机与VIP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 4924
 */
export interface AssociateVipResponse {
}
/**
 * Input of CreateSubnet: 创建子网
 *
 * @see spec/sources/tce-vpc.txt line 4986
 */
export interface CreateSubnetRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5001
     */
    vpcId: string;
    /**
     * 子网信息数组，创建VPC时可以同时创建子网，可选项。
     *
     * @see spec/sources/tce-vpc.txt line 5002
     */
    subnetSet: CreateSubnetSubnetSet[];
}
/**
 * Output of CreateSubnet: 创建子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 4986
 */
export interface CreateSubnetResponse {
    /**
     * 子网信息，同时添加了子网时才会返回。
     *
     * @see spec/sources/tce-vpc.txt line 5012
     */
    subnetSet?: CreateSubnetResponseSubnetSet[] | undefined;
}
/**
 * Input of DeleteSubnet: 删除子网
 *
 * @see spec/sources/tce-vpc.txt line 5068
 */
export interface DeleteSubnetRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-kd7d06of。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5083
     */
    vpcId: string;
    /**
     * 要删除的子网ID值，可使用subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-k20jbhp0。可通过 DescribeSubnetEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5084
     */
    subnetId: string;
}
/**
 * Output of DeleteSubnet: 删除子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5068
 */
export interface DeleteSubnetResponse {
}
/**
 * Input of ModifySubnetAttribute: 修改子网属性
 *
 * @see spec/sources/tce-vpc.txt line 5121
 */
export interface ModifySubnetAttributeRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5136
     */
    vpcId: string;
    /**
     * 要修改的子网ID值，可使用subnetId或unSubnetId，建议使用unsubnetId。可通过 DescribeSubnetEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5137
     */
    subnetId: string;
    /**
     * 子网名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 5138
     */
    subnetName: string;
}
/**
 * Output of ModifySubnetAttribute: 修改子网属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5121
 */
export interface ModifySubnetAttributeResponse {
}
/**
 * Input of DescribeSubnetEx: 查询子网列表
 *
 * @see spec/sources/tce-vpc.txt line 5176
 */
export interface DescribeSubnetExRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-kd7d06of，可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5189
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的子网ID，可使用subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-3lzkspo。
     *
     * @see spec/sources/tce-vpc.txt line 5190
     */
    subnetId?: string | undefined;
    /**
     * 子网名称，支持模糊查询。
     *
     * @see spec/sources/tce-vpc.txt line 5191
     */
    subnetName?: string | undefined;
    /**
     * 可用区ID，详见VPC可用区说明。
     *
     * @see spec/sources/tce-vpc.txt line 5192
     */
    zoneIds?: string[] | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 5193
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20。
     *
     * @see spec/sources/tce-vpc.txt line 5194
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序，目前仅支持createTime,subnetName排序，默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 5195
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc) ，默认：desc。
     *
     * @see spec/sources/tce-vpc.txt line 5196
     */
    orderDirection?: string | undefined;
    /**
     * 是否查询关联ACLID，1：返回关联ACLID；0：不返回ACLID，默认:0。
     *
     * @see spec/sources/tce-vpc.txt line 5197
     */
    getAclIdFlag?: number | undefined;
}
/**
 * Output of DescribeSubnetEx: 查询子网列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5176
 */
export interface DescribeSubnetExResponse {
    /**
     * 子网总数量。
     *
     * @see spec/sources/tce-vpc.txt line 5204
     */
    totalCount?: number | undefined;
    /**
     * 返回的数组。
     *
     * @see spec/sources/tce-vpc.txt line 5205
     */
    data?: DescribeSubnetExResponseData[] | undefined;
}
/**
 * Input of DescribeSubnet: 查询子网详情
 *
 * @see spec/sources/tce-vpc.txt line 5275
 */
export interface DescribeSubnetRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-piztzbpy。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5288
     */
    vpcId: string;
    /**
     * 系统分配的子网ID，可使用subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-piztzbpy。
     *
     * @see spec/sources/tce-vpc.txt line 5289
     */
    subnetId: string;
}
/**
 * Output of DescribeSubnet: 查询子网详情
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5275
 */
export interface DescribeSubnetResponse {
    /**
     * 系统分配的子网ID，示例:subnetId_GZ_23。
     *
     * @see spec/sources/tce-vpc.txt line 5296
     */
    subnetId?: string | undefined;
    /**
     * 子网名称。
     *
     * @see spec/sources/tce-vpc.txt line 5297
     */
    subnetName?: string | undefined;
    /**
     * 子网创建时间，例如：2015-10-30 16:10:49。
     *
     * @see spec/sources/tce-vpc.txt line 5298
     */
    subnetCreateTime?: string | undefined;
    /**
     * 子网网段，示例:192.168.0.0/25。
     *
     * @see spec/sources/tce-vpc.txt line 5299
     */
    cidrBlock?: string | undefined;
    /**
     * 子网绑定的默认路由表ID，示例:gz_rtb_8751。
     *
     * @see spec/sources/tce-vpc.txt line 5300
     */
    routeTableId?: string | undefined;
    /**
     * 子网所在可用区ID,示例:200001。
     *
     * @see spec/sources/tce-vpc.txt line 5301
     */
    zoneId?: string | undefined;
    /**
     * 子网内IP数总量。
     *
     * @see spec/sources/tce-vpc.txt line 5302
     */
    totalIPNum?: number | undefined;
    /**
     * 子网内可分配IP总数。
     *
     * @see spec/sources/tce-vpc.txt line 5303
     */
    availableIPNum?: number | undefined;
}
/**
 * Input of CreateRouteTable: 创建路由表
 *
 * @see spec/sources/tce-vpc.txt line 5347
 */
export interface CreateRouteTableRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过DescribeVpcEx 口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5362
     */
    vpcId: string;
    /**
     * 路由表名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 5363
     */
    routeTableName: string;
    /**
     * 路由表内容，可选项。
     *
     * @see spec/sources/tce-vpc.txt line 5364
     */
    routeSet?: CreateRouteTableRouteSet[] | undefined;
}
/**
 * Output of CreateRouteTable: 创建路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5347
 */
export interface CreateRouteTableResponse {
    /**
     * 路由表ID，例如：gz_rtb_4545。
     *
     * @see spec/sources/tce-vpc.txt line 5375
     */
    routeTableId?: string | undefined;
    /**
     * 路由表统一ID,建议使用统一ID标识路由表，例如：rtb-rqndayhs。
     *
     * @see spec/sources/tce-vpc.txt line 5376
     */
    unRouteTableId?: string | undefined;
    /**
     * 路由表内容。
     *
     * @see spec/sources/tce-vpc.txt line 5377
     */
    routeTableSet?: CreateRouteTableResponseRouteTableSet[] | undefined;
}
/**
 * Input of DeleteRouteTable: 删除路由表
 *
 * @see spec/sources/tce-vpc.txt line 5429
 */
export interface DeleteRouteTableRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5442
     */
    vpcId: string;
    /**
     * 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5443
     */
    routeTableId: string;
}
/**
 * Output of DeleteRouteTable: 删除路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5429
 */
export interface DeleteRouteTableResponse {
}
/**
 * Input of ModifyRouteTableAttribute: 修改路由表
 *
 * @see spec/sources/tce-vpc.txt line 5479
 */
export interface ModifyRouteTableAttributeRequest {
    /**
     * 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5494
     */
    vpcId: string;
    /**
     * 系统分配的路由表ID值, 可使用routeTableId或unRouteTableId, 建议使用unRouteTableId, 例如: rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5495
     */
    routeTableId: string;
    /**
     * 路由表名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 5496
     */
    routeTableName?: string | undefined;
    /**
     * 路由表内容, 可选项。
     *
     * @see spec/sources/tce-vpc.txt line 5497
     */
    routeSet?: ModifyRouteTableAttributeRouteSet[] | undefined;
}
/**
 * Output of ModifyRouteTableAttribute: 修改路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5479
 */
export interface ModifyRouteTableAttributeResponse {
}
/**
 * Input of DescribeRouteTable: 查询路由表
 *
 * @see spec/sources/tce-vpc.txt line 5548
 */
export interface DescribeRouteTableRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-0ox8fuhw。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5561
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-0ox8fuhw。可通过 DescribeRouteTable 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5562
     */
    routeTableId?: string | undefined;
    /**
     * 路由表名，支持模糊查询。
     *
     * @see spec/sources/tce-vpc.txt line 5563
     */
    routeTableName?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 5564
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20，最大支持50。
     *
     * @see spec/sources/tce-vpc.txt line 5565
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序，目前仅支持createTime,routeTableName排序，默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 5566
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc) ，默认：desc。
     *
     * @see spec/sources/tce-vpc.txt line 5567
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeRouteTable: 查询路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5548
 */
export interface DescribeRouteTableResponse {
    /**
     * 查询结果中路由总数量。
     *
     * @see spec/sources/tce-vpc.txt line 5574
     */
    totalCount?: number | undefined;
    /**
     * 返回的数组。
     *
     * @see spec/sources/tce-vpc.txt line 5575
     */
    data?: DescribeRouteTableResponseData[] | undefined;
}
/**
 * Input of AssociateRouteTable: 修改子网关联的路由表
 *
 * @see spec/sources/tce-vpc.txt line 5848
 */
export interface AssociateRouteTableRequest {
    /**
     * 子网所属的私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-amhnao5。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5863
     */
    vpcId: string;
    /**
     * 要关联的子网ID值，可使用subnetId或unSubnetId，建议使用unSubnetId，例如：subnet-3x5lf5q0。可通过 DescribeSubnetEx 接口查询。这里也支持批量，例如subnetId.0=subnet-3x5lf5q0。
     *
     * @see spec/sources/tce-vpc.txt line 5864
     */
    subnetId: string;
    /**
     * 系统分配的路由表ID，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5865
     */
    routeTableId: string;
}
/**
 * Output of AssociateRouteTable: 修改子网关联的路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5848
 */
export interface AssociateRouteTableResponse {
}
/**
 * Input of CreateRoute: 新增路由策略
 *
 * @see spec/sources/tce-vpc.txt line 5906
 */
export interface CreateRouteRequest {
    /**
     * 路由表所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5921
     */
    vpcId: string;
    /**
     * 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5922
     */
    routeTableId: string;
    /**
     * 路由表内容。
     *
     * @see spec/sources/tce-vpc.txt line 5923
     */
    routeSet: CreateRouteRouteSet[];
}
/**
 * Output of CreateRoute: 新增路由策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5906
 */
export interface CreateRouteResponse {
}
/**
 * Input of DeleteRoute: 删除路由策略
 *
 * @see spec/sources/tce-vpc.txt line 5973
 */
export interface DeleteRouteRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5988
     */
    vpcId: string;
    /**
     * 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 5989
     */
    routeTableId: string;
    /**
     * 路由表内容，可选项。
     *
     * @see spec/sources/tce-vpc.txt line 5990
     */
    routeSet: DeleteRouteRouteSet[];
}
/**
 * Output of DeleteRoute: 删除路由策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 5973
 */
export interface DeleteRouteResponse {
}
/**
 * Input of CreateNetworkAcl: 创建VPC网络ACL
 *
 * @see spec/sources/tce-vpc.txt line 6037
 */
export interface CreateNetworkAclRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-4n9efgju。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6052
     */
    vpcId: string;
    /**
     * 网络ACL名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 6053
     */
    networkAclName: string;
}
/**
 * Output of CreateNetworkAcl: 创建VPC网络ACL
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6037
 */
export interface CreateNetworkAclResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 6060
     */
    data?: CreateNetworkAclResponseData | undefined;
}
/**
 * Input of DeleteNetworkAcl: 删除网络ACL
 *
 * @see spec/sources/tce-vpc.txt line 6094
 */
export interface DeleteNetworkAclRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-erxok83l。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6109
     */
    vpcId: string;
    /**
     * 系统分配的网络ACL ID，例如：acl-jk7weyp2。可通过 DescribeNetworkAcl 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6110
     */
    networkAclId: string;
}
/**
 * Output of DeleteNetworkAcl: 删除网络ACL
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6094
 */
export interface DeleteNetworkAclResponse {
}
/**
 * Input of ModifyNetworkAcl: 修改网络ACL名称
 *
 * @see spec/sources/tce-vpc.txt line 6147
 */
export interface ModifyNetworkAclRequest {
    /**
     * 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-ktom9wg5。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6160
     */
    vpcId: string;
    /**
     * 系统分配的网络ACL ID, 例如: acl-cva92t60。可通过 DescribeNetworkAcl 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6161
     */
    networkAclId: string;
    /**
     * 网络ACL名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 6162
     */
    networkAclName: string;
}
/**
 * Output of ModifyNetworkAcl: 修改网络ACL名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6147
 */
export interface ModifyNetworkAclResponse {
}
/**
 * Input of DescribeNetworkAcl: 查询网络ACL列表
 *
 * @see spec/sources/tce-vpc.txt line 6200
 */
export interface DescribeNetworkAclRequest {
    /**
     * 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-0ox8fuhw。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6213
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的网络ACL ID, 例如: acl-0ox8fuhw。可通过 DescribeNetworkAcl 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6214
     */
    networkAclId?: string | undefined;
    /**
     * 初始行的偏移量, 默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 6215
     */
    offset?: number | undefined;
    /**
     * 每页行数, 默认为20, 最大支持50。
     *
     * @see spec/sources/tce-vpc.txt line 6216
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序, 目前仅支持createTime,networkAclName排序, 默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 6217
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc), 默认: desc。
     *
     * @see spec/sources/tce-vpc.txt line 6218
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeNetworkAcl: 查询网络ACL列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6200
 */
export interface DescribeNetworkAclResponse {
    /**
     * 返回值中网络ACL总数量。
     *
     * @see spec/sources/tce-vpc.txt line 6225
     */
    totalCount?: number | undefined;
    /**
     * 返回的数组。
     *
     * @see spec/sources/tce-vpc.txt line 6226
     */
    data?: DescribeNetworkAclResponseData[] | undefined;
}
/**
 * Input of ModifyNetworkAclEntry: 设置网络ACL规则
 *
 * @see spec/sources/tce-vpc.txt line 6376
 */
export interface ModifyNetworkAclEntryRequest {
    /**
     * 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-jk7weyp2。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6391
     */
    vpcId: string;
    /**
     * 系统分配的网络ACL ID, 例如: acl-jk7weyp2。可通过 DescribeNetworkAcl 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6392
     */
    networkAclId: string;
    /**
     * 网络ACL方向, 1: 入站, 0: 出站。
     *
     * @see spec/sources/tce-vpc.txt line 6393
     */
    ruleDirection: number;
    /**
     * 网络ACL策略信息数组。
     *
     * @see spec/sources/tce-vpc.txt line 6394
     */
    networkAclEntrySet: ModifyNetworkAclEntryNetworkAclEntrySet[];
}
/**
 * Output of ModifyNetworkAclEntry: 设置网络ACL规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6376
 */
export interface ModifyNetworkAclEntryResponse {
}
/**
 * Input of CreateSubnetAclRule: 网络ACL绑定子网
 *
 * @see spec/sources/tce-vpc.txt line 6443
 */
export interface CreateSubnetAclRuleRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-erxok83l。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6456
     */
    vpcId: string;
    /**
     * 系统分配的网络ACL ID，例如：acl-e9dbyl8s。可通过 DescribeNetworkAcl 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6457
     */
    networkAclId: string;
    /**
     * 系统分配的子网ID列表，兼容subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-i6mdq6ra。可通过 DescribeSubnetEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6458
     */
    subnetIds: string[];
}
/**
 * Output of CreateSubnetAclRule: 网络ACL绑定子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6443
 */
export interface CreateSubnetAclRuleResponse {
}
/**
 * Input of DeteleSubnetAclRule: 网络ACL解绑子网
 *
 * @see spec/sources/tce-vpc.txt line 6495
 */
export interface DeteleSubnetAclRuleRequest {
    /**
     * 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6508
     */
    vpcId: string;
    /**
     * 系统分配的网络ACL ID，例如：acl-e9dbyl8s。可通过 DescribeNetworkAcl 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6509
     */
    networkAclId: string;
    /**
     * 系统分配的子网ID列表，兼容subnetId或unSubnetId，建议使用unsubnetId，可通过 DescribeSubnetEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6510
     */
    subnetIds: string[];
}
/**
 * Output of DeteleSubnetAclRule: 网络ACL解绑子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6495
 */
export interface DeteleSubnetAclRuleResponse {
}
/**
 * Input of InquiryVpnPrice: 查询VPN网关价格
 *
 * @see spec/sources/tce-vpc.txt line 6549
 */
export interface InquiryVpnPriceRequest {
    /**
     * 查询的购买时长，单位月，最大36个月。
     *
     * @see spec/sources/tce-vpc.txt line 6562
     */
    period: number;
    /**
     * 带宽，只支持：5、10、20、50、100，单位Mb/s。
     *
     * @see spec/sources/tce-vpc.txt line 6563
     */
    bandwidth: number;
}
/**
 * Output of InquiryVpnPrice: 查询VPN网关价格
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6549
 */
export interface InquiryVpnPriceResponse {
    /**
     * 价格。
     *
     * @see spec/sources/tce-vpc.txt line 6570
     */
    price?: number | undefined;
}
/**
 * Input of CreateVpn: 购买VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 6596
 */
export interface CreateVpnRequest {
    /**
     * IPsec VPN网关名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 6609
     */
    name: string;
    /**
     * 网络ID或者统一ID，建议使用统一ID,可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6610
     */
    vpcId: string;
    /**
     * 查询的购买时长，单位月，最大36个月。
     *
     * @see spec/sources/tce-vpc.txt line 6611
     */
    period: number;
    /**
     * 带宽，只支持：5、10、20、50、100，单位Mb。
     *
     * @see spec/sources/tce-vpc.txt line 6612
     */
    bandwidth: number;
}
/**
 * Output of CreateVpn: 购买VPN网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6596
 */
export interface CreateVpnResponse {
    /**
     * 生成的订单号，可以用订单号调用 查询VPN网关列表 查询VPN信息
     *
     * @see spec/sources/tce-vpc.txt line 6619
     */
    dealIds?: Array<Record<string, unknown>> | undefined;
}
/**
 * Input of ModifyVpnGw: 修改VPN网关属性
 *
 * @see spec/sources/tce-vpc.txt line 6652
 */
export interface ModifyVpnGwRequest {
    /**
     * 私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-amhnao5。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6665
     */
    vpcId: string;
    /**
     * 要修改的VPN网关ID值，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6666
     */
    vpnGwId: string;
    /**
     * 修改后网关名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 6667
     */
    vpnGwName?: string | undefined;
    /**
     * 是否开启自动续费。0：不自动续费；1：自动续费。
     *
     * @see spec/sources/tce-vpc.txt line 6668
     */
    isAutoRenewals?: number | undefined;
}
/**
 * Output of ModifyVpnGw: 修改VPN网关属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6652
 */
export interface ModifyVpnGwResponse {
}
/**
 * Input of DescribeVpnGw: 查询VPN网关列表
 *
 * @see spec/sources/tce-vpc.txt line 6708
 */
export interface DescribeVpnGwRequest {
    /**
     * 私有网络ID值，可使用vpnId或unVpnId，建议使用unVpnId，例如：vpc-amhnao5，可选项。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6721
     */
    vpnId?: string | undefined;
    /**
     * 系统分配的VPN网关ID值，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv，可选项。
     *
     * @see spec/sources/tce-vpc.txt line 6722
     */
    vpnGwId?: string | undefined;
    /**
     * vpn网关名称，支持模糊搜索。
     *
     * @see spec/sources/tce-vpc.txt line 6723
     */
    vpnGwName?: string | undefined;
    /**
     * 购买VPN网关的订单号，可以按订单号查询购买的VPN网关信息。
     *
     * @see spec/sources/tce-vpc.txt line 6724
     */
    dealId?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 6725
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20，最大支持50。
     *
     * @see spec/sources/tce-vpc.txt line 6726
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序，目前仅支持createTime,vpnGwName排序，默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 6727
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc) ，默认：desc。
     *
     * @see spec/sources/tce-vpc.txt line 6728
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpnGw: 查询VPN网关列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6708
 */
export interface DescribeVpnGwResponse {
    /**
     * 返回值中VPN网关总数量。
     *
     * @see spec/sources/tce-vpc.txt line 6735
     */
    totalCount?: number | undefined;
    /**
     * 返回的数组。
     *
     * @see spec/sources/tce-vpc.txt line 6736
     */
    data?: DescribeVpnGwResponseData[] | undefined;
}
/**
 * Input of RenewVpn: 续费VPN网关
 *
 * @see spec/sources/tce-vpc.txt line 6835
 */
export interface RenewVpnRequest {
    /**
     * 网络ID或者统一ID, 建议使用统一ID, 示例: vpc-aa3z6vx0, 可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 6848
     */
    vpnId: string;
    /**
     * 要修改的 VPN 网关 ID 值, 可使用 vpnGwId 或 unVpnGwId, 建议 unVpnGwId, 示例: vpngw-nhg87nmg, 可通过 DescribeVpnGw 接口查询
     *
     * @see spec/sources/tce-vpc.txt line 6849
     */
    vpnGwId: string;
    /**
     * 续费时长, 单位月, 最大36个月
     *
     * @see spec/sources/tce-vpc.txt line 6850
     */
    period: number;
}
/**
 * Output of RenewVpn: 续费VPN网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6835
 */
export interface RenewVpnResponse {
}
/**
 * Input of AddUserGw: 创建对端网关
 *
 * @see spec/sources/tce-vpc.txt line 6885
 */
export interface AddUserGwRequest {
    /**
     * 对端网关名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 6898
     */
    userGwName: string;
    /**
     * 对端网关公网IP，例如：183.30.0.1。
     *
     * @see spec/sources/tce-vpc.txt line 6899
     */
    userGwAddr: string;
}
/**
 * Output of AddUserGw: 创建对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6885
 */
export interface AddUserGwResponse {
    /**
     * 系统分配的对端网关ID，例如：cgw-e098slul
     *
     * @see spec/sources/tce-vpc.txt line 6906
     */
    userGwId?: string | undefined;
}
/**
 * Input of DeleteUserGw: 删除对端网关
 *
 * @see spec/sources/tce-vpc.txt line 6937
 */
export interface DeleteUserGwRequest {
    /**
     * 对端网关ID，例如：cgw-ekrvxcdv，可通过 DescribeUserGw 接口查询对端网关。
     *
     * @see spec/sources/tce-vpc.txt line 6950
     */
    userGwId: string;
}
/**
 * Output of DeleteUserGw: 删除对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6937
 */
export interface DeleteUserGwResponse {
}
/**
 * Input of ModifyUserGw: 修改对端网关
 *
 * @see spec/sources/tce-vpc.txt line 6984
 */
export interface ModifyUserGwRequest {
    /**
     * 系统分配的对端网关ID，例如：cgw-e098slul
     *
     * @see spec/sources/tce-vpc.txt line 6997
     */
    userGwId: string;
    /**
     * 对端网关名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 6998
     */
    userGwName: string;
}
/**
 * Output of ModifyUserGw: 修改对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 6984
 */
export interface ModifyUserGwResponse {
}
/**
 * Input of DescribeUserGw: 查询对端网关
 *
 * @see spec/sources/tce-vpc.txt line 7035
 */
export interface DescribeUserGwRequest {
    /**
     * 对端网关ID或者统一ID，建议使用统一ID，例如：cgw-1tb1k34n。
     *
     * @see spec/sources/tce-vpc.txt line 7048
     */
    userGwId?: string | undefined;
    /**
     * 对端网关名称。
     *
     * @see spec/sources/tce-vpc.txt line 7049
     */
    userGwName?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 7050
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20，最大支持50。
     *
     * @see spec/sources/tce-vpc.txt line 7051
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序，目前支持userGwName和默认按createTime排序，默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 7052
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc) ,默认：desc。
     *
     * @see spec/sources/tce-vpc.txt line 7053
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeUserGw: 查询对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7035
 */
export interface DescribeUserGwResponse {
    /**
     * 返回值中对端网关总数量。
     *
     * @see spec/sources/tce-vpc.txt line 7060
     */
    totalCount?: number | undefined;
    /**
     * 返回的数组。
     *
     * @see spec/sources/tce-vpc.txt line 7061
     */
    data?: DescribeUserGwResponseData[] | undefined;
}
/**
 * Input of DescribeUserGwVendor: 获取可支持的对端网关厂商信息
 *
 * @see spec/sources/tce-vpc.txt line 7181
 */
export interface DescribeUserGwVendorRequest {
}
/**
 * Output of DescribeUserGwVendor: 获取可支持的对端网关厂商信息
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7181
 */
export interface DescribeUserGwVendorResponse {
    /**
     * 返回的信息
     *
     * @see spec/sources/tce-vpc.txt line 7201
     */
    data?: DescribeUserGwVendorResponseData[] | undefined;
}
/**
 * Input of AddVpnConnEx: 创建VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 7248
 */
export interface AddVpnConnExRequest {
    /**
     * 网络ID或者统一ID，建议使用统一ID,可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7261
     */
    vpnId: string;
    /**
     * 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7262
     */
    vpnGwId: string;
    /**
     * 对端网关ID值，可使用userGwId或unUserGwId，建议使用unUserGwId，例如：cgw-e098slul。可通过 DescribeUserGw 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7263
     */
    userGwId: string;
    /**
     * 通道名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 7264
     */
    vpnConnName: string;
    /**
     * 预共享密钥。
     *
     * @see spec/sources/tce-vpc.txt line 7265
     */
    preSharedKey: string;
    /**
     * 对端网段CIDR地址，可写多个，指定vpc可以和哪些IDC网段通信，后面升级为spdAcl（粒度更细），userGwCidrBlock和spdAcl必须填一项。
     *
     * @see spec/sources/tce-vpc.txt line 7266
     */
    userGwCidrBlock?: string[] | undefined;
    /**
     * SPD策略组，json格式，例如：{"10.0.0.5/24":["172.123.10.5/16"]}，10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信，由userGwCidrBlock升级而来，userGwCidrBlock和spdAcl必须填一项。
     *
     * @see spec/sources/tce-vpc.txt line 7267
     */
    spdAcl?: string | undefined;
    /**
     * IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议，详见VPN连接-IKE配置。
     *
     * @see spec/sources/tce-vpc.txt line 7268
     */
    IKESet?: AddVpnConnExIKESet[] | undefined;
    /**
     * IPSec配置，腾讯云金融专区提供IPSec安全会话设置，详见VPN连接-IPSec配置。
     *
     * @see spec/sources/tce-vpc.txt line 7269
     */
    IPsecSet?: AddVpnConnExIPsecSet[] | undefined;
}
/**
 * Output of AddVpnConnEx: 创建VPN通道
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7248
 */
export interface AddVpnConnExResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 7302
     */
    data?: AddVpnConnExResponseData | undefined;
}
/**
 * Input of DeleteVpnConn: 删除VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 7353
 */
export interface DeleteVpnConnRequest {
    /**
     * 私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7366
     */
    vpcId: string;
    /**
     * 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7367
     */
    vpnGwId: string;
    /**
     * 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-x-ol6bcqp0。可通过 DescribeVpnConn 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7368
     */
    vpnConnId: string;
}
/**
 * Output of DeleteVpnConn: 删除VPN通道
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7353
 */
export interface DeleteVpnConnResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 7375
     */
    data?: DeleteVpnConnResponseData | undefined;
}
/**
 * Input of ModifyVpnConnEx: 修改VPN通道
 *
 * @see spec/sources/tce-vpc.txt line 7419
 */
export interface ModifyVpnConnExRequest {
    /**
     * 私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7432
     */
    vpcId: string;
    /**
     * 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv.可通过 DescribeVpnGw 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7433
     */
    vpnGwId: string;
    /**
     * 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-016bcqp0.可通过 DescribeVpnConn 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7434
     */
    vpnConnId: string;
    /**
     * 通道名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 7435
     */
    vpnConnName?: string | undefined;
    /**
     * 预共享密钥。
     *
     * @see spec/sources/tce-vpc.txt line 7436
     */
    preSharedKey?: string | undefined;
    /**
     * 对端网段CIDR地址，可写多个，指定vpc可以和哪些IDC网段通信，后面升级为spdAcl（粒度更细），userGwCidrBlock和spdAcl必须填一项。
     *
     * @see spec/sources/tce-vpc.txt line 7437
     */
    userGwCidrBlock?: string[] | undefined;
    /**
     * SPD策略组，用户指定VPC内哪些网段可以和您IDC中哪些网段通信，由userGwCidrBlock升级而来，userGwCidrBlock和spdAcl必须填一项，更多详见产品说明文档。
     *
     * @see spec/sources/tce-vpc.txt line 7438
     */
    spdAcl?: string[] | undefined;
    /**
     * IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议，详见VPN连接-IKE配置。
     *
     * @see spec/sources/tce-vpc.txt line 7439
     */
    IKESet?: ModifyVpnConnExIKESet[] | undefined;
    /**
     * IPSec配置，腾讯云金融专区提供IPSec安全会话设置，详见VPN连接-IPSec配置。
     *
     * @see spec/sources/tce-vpc.txt line 7440
     */
    IPsecSet?: ModifyVpnConnExIPsecSet[] | undefined;
}
/**
 * Output of ModifyVpnConnEx: 修改VPN通道
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7419
 */
export interface ModifyVpnConnExResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 7473
     */
    data?: ModifyVpnConnExResponseData | undefined;
}
/**
 * Input of DescribeVpnConn: 查询VPN通道列表
 *
 * @see spec/sources/tce-vpc.txt line 7518
 */
export interface DescribeVpnConnRequest {
    /**
     * 私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7531
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7532
     */
    vpnGwId?: string | undefined;
    /**
     * 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpnx-ol6bcqp0。
     *
     * @see spec/sources/tce-vpc.txt line 7533
     */
    vpnConnId?: string | undefined;
    /**
     * vpn通道名称，支持模糊查询。
     *
     * @see spec/sources/tce-vpc.txt line 7534
     */
    vpnConnName?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 7535
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20，最大支持50。
     *
     * @see spec/sources/tce-vpc.txt line 7536
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序，目前仅支持createTime,vpnConnName排序，默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 7537
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc) ，默认：desc。
     *
     * @see spec/sources/tce-vpc.txt line 7538
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpnConn: 查询VPN通道列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7518
 */
export interface DescribeVpnConnResponse {
    /**
     * 返回值中VPN通道总数量
     *
     * @see spec/sources/tce-vpc.txt line 7545
     */
    totalCount?: number | undefined;
    /**
     * 返回的数组
     *
     * @see spec/sources/tce-vpc.txt line 7546
     */
    data?: DescribeVpnConnResponseData[] | undefined;
}
/**
 * Input of GetVpnConnConfig: 下载VPN通道配置
 *
 * @see spec/sources/tce-vpc.txt line 7778
 */
export interface GetVpnConnConfigRequest {
    /**
     * 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-x-ol6bccqp0。可通过DescribeVpnConn 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7791
     */
    vpnConnId: string;
    /**
     * 对端网关设备类型。
     *
     * @see spec/sources/tce-vpc.txt line 7792
     */
    vendorname: string;
    /**
     * 对端网关设备平台。
     *
     * @see spec/sources/tce-vpc.txt line 7793
     */
    platform: string;
    /**
     * 对端网关设备软件版本。
     *
     * @see spec/sources/tce-vpc.txt line 7794
     */
    software: string;
    /**
     * 通道接入设备物理接口名称。
     *
     * @see spec/sources/tce-vpc.txt line 7795
     */
    interfaceName: string;
}
/**
 * Output of GetVpnConnConfig: 下载VPN通道配置
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7778
 */
export interface GetVpnConnConfigResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 7802
     */
    data?: GetVpnConnConfigResponseData | undefined;
}
/**
 * Input of DescribeVpnConnMonitor: 获取VPN通道的监控数据
 *
 * @see spec/sources/tce-vpc.txt line 7835
 */
export interface DescribeVpnConnMonitorRequest {
    /**
     * 私有网络ID，可使用vpId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7848
     */
    vpId: string;
    /**
     * 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7849
     */
    vpnGwId: string;
    /**
     * 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-x-ol6bcqp0。可通过 DescribeVpnConn 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7850
     */
    vpnConnId: string;
    /**
     * 监控指标名称（目前只支持两个指标：“outtraffic”公网出流量；“intraffic”公网入流量）
     *
     * @see spec/sources/tce-vpc.txt line 7851
     */
    metricName: string;
    /**
     * 开始时间，开始时间不填写默认为昨天此时。时间跨度不能超过2天。超过2天时，开始时间将被设置为结束时间减2天，例如：2016-07-06 12:00:00
     *
     * @see spec/sources/tce-vpc.txt line 7852
     */
    starttime?: string | undefined;
    /**
     * 结束时间，结束时间不填写默认是当前时间，例如：2016-07-07 12:00:00
     *
     * @see spec/sources/tce-vpc.txt line 7853
     */
    endtime?: string | undefined;
}
/**
 * Output of DescribeVpnConnMonitor: 获取VPN通道的监控数据
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7835
 */
export interface DescribeVpnConnMonitorResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 7860
     */
    data?: DescribeVpnConnMonitorResponseData | undefined;
}
/**
 * Input of CreateVpcPeeringConnection: 创建同地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 7901
 */
export interface CreateVpcPeeringConnectionRequest {
    /**
     * 私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7916
     */
    vpcId: string;
    /**
     * 接受方私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 7917
     */
    peerVpcId: string;
    /**
     * 接受方uin。
     *
     * @see spec/sources/tce-vpc.txt line 7918
     */
    peerUin: string;
    /**
     * 对等连接名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 7919
     */
    peeringConnectionName: string;
}
/**
 * Output of CreateVpcPeeringConnection: 创建同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7901
 */
export interface CreateVpcPeeringConnectionResponse {
    /**
     * 系统分配的对等连接ID，例如：pcx-6gw5wvmk。
     *
     * @see spec/sources/tce-vpc.txt line 7926
     */
    peeringConnectionId?: string | undefined;
}
/**
 * Input of DeleteVpcPeeringConnection: 删除同地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 7965
 */
export interface DeleteVpcPeeringConnectionRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-0jtgah4s。
     *
     * @see spec/sources/tce-vpc.txt line 7980
     */
    peeringConnectionId: string;
}
/**
 * Output of DeleteVpcPeeringConnection: 删除同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 7965
 */
export interface DeleteVpcPeeringConnectionResponse {
}
/**
 * Input of ModifyVpcPeeringConnection: 修改同地域对等连接属性
 *
 * @see spec/sources/tce-vpc.txt line 8015
 */
export interface ModifyVpcPeeringConnectionRequest {
    /**
     * 私有网络对等连接 ID, 例如: pcx-krmzap90。
     *
     * @see spec/sources/tce-vpc.txt line 8028
     */
    peeringConnectionId: string;
    /**
     * 对等连接名称, 可任意命名, 但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 8029
     */
    peeringConnectionName: string;
}
/**
 * Output of ModifyVpcPeeringConnection: 修改同地域对等连接属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8015
 */
export interface ModifyVpcPeeringConnectionResponse {
}
/**
 * Input of AcceptVpcPeeringConnection: 接受同地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8066
 */
export interface AcceptVpcPeeringConnectionRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-6gw5wvmk
     *
     * @see spec/sources/tce-vpc.txt line 8081
     */
    peeringConnectionId: string;
}
/**
 * Output of AcceptVpcPeeringConnection: 接受同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8066
 */
export interface AcceptVpcPeeringConnectionResponse {
}
/**
 * Input of RejectVpcPeeringConnection: 驳回同地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8116
 */
export interface RejectVpcPeeringConnectionRequest {
    /**
     * 私有网络对等连接 ID, 例如: pcx-8g675gr8。
     *
     * @see spec/sources/tce-vpc.txt line 8129
     */
    peeringConnectionId: string;
}
/**
 * Output of RejectVpcPeeringConnection: 驳回同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8116
 */
export interface RejectVpcPeeringConnectionResponse {
}
/**
 * Input of EnableVpcPeeringConnection: 启用同地域过期对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8164
 */
export interface EnableVpcPeeringConnectionRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-6gw5wvmk。
     *
     * @see spec/sources/tce-vpc.txt line 8179
     */
    peeringConnectionId: string;
}
/**
 * Output of EnableVpcPeeringConnection: 启用同地域过期对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8164
 */
export interface EnableVpcPeeringConnectionResponse {
}
/**
 * Input of CreateVpcPeeringConnectionEx: 创建跨地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8214
 */
export interface CreateVpcPeeringConnectionExRequest {
    /**
     * 私有网络 ID 值，可使用 vpcId 或 unVpcId ，建议使用 unVpcId 可通过 DescribeVpcEx 接口查询
     *
     * @see spec/sources/tce-vpc.txt line 8232
     */
    vpcId: string;
    /**
     * 接受方私有网络 ID 值，可使用 vpcId 或 unVpcId ，建议使用 unVpcId 可通过 DescribeVpcEx 接口查询
     *
     * @see spec/sources/tce-vpc.txt line 8233
     */
    peerVpcId: string;
    /**
     * 接收方腾讯云金融专区唯一账号标识，您可以联系接收方去用户中心的个人信息中查看，详情请参见 操作指南
     *
     * @see spec/sources/tce-vpc.txt line 8234
     */
    peerUin: string;
    /**
     * 对等连接名称,可任意命名，但不得超过 60 个字符
     *
     * @see spec/sources/tce-vpc.txt line 8235
     */
    peeringConnectionName: string;
    /**
     * 接收方地域，目前支持的地域请参见 地域介绍
     *
     * @see spec/sources/tce-vpc.txt line 8236
     */
    peerRegion: string;
    /**
     * 对等连接带宽上限，单位：Mbps，默认不限制 具体数值请参见 对等连接产品介绍
     *
     * @see spec/sources/tce-vpc.txt line 8237
     */
    bandwidth: string;
    /**
     * 互通类型，默认值1 1：VPC 间互通 2：VPC 与黑石网络互通
     *
     * @see spec/sources/tce-vpc.txt line 8238
     */
    type?: number | undefined;
}
/**
 * Output of CreateVpcPeeringConnectionEx: 创建跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8214
 */
export interface CreateVpcPeeringConnectionExResponse {
    /**
     * 任务 ID，创建结果可以用 taskId 查询 详情请参见 查询任务执行结果接口
     *
     * @see spec/sources/tce-vpc.txt line 8245
     */
    taskId?: number | undefined;
}
/**
 * Input of DeleteVpcPeeringConnectionEx: 删除跨地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8284
 */
export interface DeleteVpcPeeringConnectionExRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-0jtgah4s。
     *
     * @see spec/sources/tce-vpc.txt line 8299
     */
    peeringConnectionId: string;
}
/**
 * Output of DeleteVpcPeeringConnectionEx: 删除跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8284
 */
export interface DeleteVpcPeeringConnectionExResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8306
     */
    taskId?: number | undefined;
}
/**
 * Input of ModifyVpcPeeringConnectionEx: 修改跨地域对等连接属性
 *
 * @see spec/sources/tce-vpc.txt line 8336
 */
export interface ModifyVpcPeeringConnectionExRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-krmzap90。
     *
     * @see spec/sources/tce-vpc.txt line 8349
     */
    peeringConnectionId: string;
    /**
     * 对等连接名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 8350
     */
    peeringConnectionName?: string | undefined;
    /**
     * 对等连接带宽上限，单位Mbps，目前支持10,20,50,100,200,500,1000。
     *
     * @see spec/sources/tce-vpc.txt line 8351
     */
    bandwidth?: number | undefined;
}
/**
 * Output of ModifyVpcPeeringConnectionEx: 修改跨地域对等连接属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8336
 */
export interface ModifyVpcPeeringConnectionExResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8358
     */
    taskId?: number | undefined;
}
/**
 * Input of AcceptVpcPeeringConnectionEx: 接受跨地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8390
 */
export interface AcceptVpcPeeringConnectionExRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-6gw5wvmk。
     *
     * @see spec/sources/tce-vpc.txt line 8405
     */
    peeringConnectionId: string;
}
/**
 * Output of AcceptVpcPeeringConnectionEx: 接受跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8390
 */
export interface AcceptVpcPeeringConnectionExResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8412
     */
    taskId?: number | undefined;
}
/**
 * Input of RejectVpcPeeringConnectionEx: 驳回跨地域对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8442
 */
export interface RejectVpcPeeringConnectionExRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-8g675gr8。
     *
     * @see spec/sources/tce-vpc.txt line 8457
     */
    peeringConnectionId: string;
}
/**
 * Output of RejectVpcPeeringConnectionEx: 驳回跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8442
 */
export interface RejectVpcPeeringConnectionExResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8464
     */
    taskId?: number | undefined;
}
/**
 * Input of EnableVpcPeeringConnectionEx: 启用跨地域过期对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8494
 */
export interface EnableVpcPeeringConnectionExRequest {
    /**
     * 私有网络对等连接 ID，例如：pcx-6gw5wvmk。
     *
     * @see spec/sources/tce-vpc.txt line 8509
     */
    peeringConnectionId: string;
}
/**
 * Output of EnableVpcPeeringConnectionEx: 启用跨地域过期对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8494
 */
export interface EnableVpcPeeringConnectionExResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8516
     */
    taskId?: number | undefined;
}
/**
 * Input of DescribeVpcPeeringConnections: 查询对等连接
 *
 * @see spec/sources/tce-vpc.txt line 8546
 */
export interface DescribeVpcPeeringConnectionsRequest {
    /**
     * 发起方私有网络 ID 值, 可使用 vpcId 或 unVpcId, 建议使用 unVpcId, 可通过 DescribeVpcEx 接口查询
     *
     * @see spec/sources/tce-vpc.txt line 8559
     */
    vpcId?: string | undefined;
    /**
     * 私有网络对等连接 ID, 例如: pcx-dt8c7fa0
     *
     * @see spec/sources/tce-vpc.txt line 8560
     */
    peeringConnectionId?: string | undefined;
    /**
     * 对等连接名称
     *
     * @see spec/sources/tce-vpc.txt line 8561
     */
    peeringConnectionName?: string | undefined;
    /**
     * 连接状态 0: 申请中 1: 连接成功 2: 已过期 3: 对端已拒绝 4: 对端已删除
     *
     * @see spec/sources/tce-vpc.txt line 8562
     */
    state?: number | undefined;
    /**
     * 初始行的偏移量, 默认为 0
     *
     * @see spec/sources/tce-vpc.txt line 8563
     */
    offset?: number | undefined;
    /**
     * 每页行数, 默认为 20, 最多支持 50
     *
     * @see spec/sources/tce-vpc.txt line 8564
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序, 默认不排序 支持字段: peeringConnectionname, createTime。
     *
     * @see spec/sources/tce-vpc.txt line 8565
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 或降序 (desc), 默认: desc
     *
     * @see spec/sources/tce-vpc.txt line 8566
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpcPeeringConnections: 查询对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8546
 */
export interface DescribeVpcPeeringConnectionsResponse {
    /**
     * 返回的对等连接数
     *
     * @see spec/sources/tce-vpc.txt line 8573
     */
    totalCount?: number | undefined;
    /**
     * 对等连接信息数组
     *
     * @see spec/sources/tce-vpc.txt line 8574
     */
    data?: DescribeVpcPeeringConnectionsResponseData[] | undefined;
}
/**
 * Input of CreateDirectConnectGateway: 创建专线网关
 *
 * @see spec/sources/tce-vpc.txt line 8638
 */
export interface CreateDirectConnectGatewayRequest {
    /**
     * 私有网络ID，例如：vpc-dgd545
     *
     * @see spec/sources/tce-vpc.txt line 8653
     */
    vpclId: string;
    /**
     * 专线网关名称，取值：1-25个中文、英文大小写的字母、数字和下划线分隔符
     *
     * @see spec/sources/tce-vpc.txt line 8654
     */
    directConnectGatewayName: string;
    /**
     * 专线网关类型；0：非NAT网关；1：NAT网关，默认为非NAT网关
     *
     * @see spec/sources/tce-vpc.txt line 8655
     */
    type?: number | undefined;
}
/**
 * Output of CreateDirectConnectGateway: 创建专线网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8638
 */
export interface CreateDirectConnectGatewayResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 8662
     */
    data?: CreateDirectConnectGatewayResponseData | undefined;
}
/**
 * Input of ModifyDirectConnectGateway: 修改专线网关属性
 *
 * @see spec/sources/tce-vpc.txt line 8697
 */
export interface ModifyDirectConnectGatewayRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-7t9nf3pu。
     *
     * @see spec/sources/tce-vpc.txt line 8712
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-7t9nf3pu。
     *
     * @see spec/sources/tce-vpc.txt line 8713
     */
    directConnectGatewayId: string;
    /**
     * 专线网关名称，取值：1-25个中文、英文大小写的字母、数字和下划线分隔符。
     *
     * @see spec/sources/tce-vpc.txt line 8714
     */
    directConnectGatewayName: string;
}
/**
 * Output of ModifyDirectConnectGateway: 修改专线网关属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8697
 */
export interface ModifyDirectConnectGatewayResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8721
     */
    taskId?: number | undefined;
}
/**
 * Input of DeleteDirectConnectGateway: 删除专线网关
 *
 * @see spec/sources/tce-vpc.txt line 8754
 */
export interface DeleteDirectConnectGatewayRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-7t9nf3pu。
     *
     * @see spec/sources/tce-vpc.txt line 8769
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：d cg-7t9nf3pu。
     *
     * @see spec/sources/tce-vpc.txt line 8770
     */
    directConnectGatewayId: string;
}
/**
 * Output of DeleteDirectConnectGateway: 删除专线网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8754
 */
export interface DeleteDirectConnectGatewayResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 8777
     */
    taskId?: number | undefined;
}
/**
 * Input of DescribeDirectConnectGateway: 查询专线网关
 *
 * @see spec/sources/tce-vpc.txt line 8808
 */
export interface DescribeDirectConnectGatewayRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 8821
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的专线网关ID，例如：d cg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 8822
     */
    directConnectGatewayId?: string | undefined;
    /**
     * 专线网关名称，支持模糊查询。
     *
     * @see spec/sources/tce-vpc.txt line 8823
     */
    directConnectGatewayName?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 8824
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20，最大支持50。
     *
     * @see spec/sources/tce-vpc.txt line 8825
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序，目前仅支持createTime，directConnectGatewayName排序，默认按createTime排序。
     *
     * @see spec/sources/tce-vpc.txt line 8826
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 还是降序 (desc)，默认：desc。
     *
     * @see spec/sources/tce-vpc.txt line 8827
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeDirectConnectGateway: 查询专线网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8808
 */
export interface DescribeDirectConnectGatewayResponse {
    /**
     * 查询的专线网关总数。
     *
     * @see spec/sources/tce-vpc.txt line 8834
     */
    totalCount?: number | undefined;
    /**
     * VPC信息组。
     *
     * @see spec/sources/tce-vpc.txt line 8835
     */
    data?: DescribeDirectConnectGatewayResponseData[] | undefined;
}
/**
 * Input of CreateLocalIPTranslationNatRule: 添加本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 8895
 */
export interface CreateLocalIPTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-ddg454。
     *
     * @see spec/sources/tce-vpc.txt line 8910
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-dgd54g。
     *
     * @see spec/sources/tce-vpc.txt line 8911
     */
    directConnectGatewayId: string;
    /**
     * 本端IP转换。
     *
     * @see spec/sources/tce-vpc.txt line 8912
     */
    localIPTranslation: CreateLocalIPTranslationNatRuleLocalIPTranslation[];
}
/**
 * Output of CreateLocalIPTranslationNatRule: 添加本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8895
 */
export interface CreateLocalIPTranslationNatRuleResponse {
    /**
     * 返回信息。
     *
     * @see spec/sources/tce-vpc.txt line 8922
     */
    data?: CreateLocalIPTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of DeleteLocalIPTranslationNatRule: 删除本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 8968
 */
export interface DeleteLocalIPTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-ddg454。
     *
     * @see spec/sources/tce-vpc.txt line 8983
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dgc-dgd54g。
     *
     * @see spec/sources/tce-vpc.txt line 8984
     */
    directConnectGatewayId: string;
    /**
     * 本端IP转换。
     *
     * @see spec/sources/tce-vpc.txt line 8985
     */
    localIPTranslation: DeleteLocalIPTranslationNatRuleLocalIPTranslation[];
}
/**
 * Output of DeleteLocalIPTranslationNatRule: 删除本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 8968
 */
export interface DeleteLocalIPTranslationNatRuleResponse {
    /**
     * 返回信息。
     *
     * @see spec/sources/tce-vpc.txt line 8994
     */
    data?: DeleteLocalIPTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of ModifyLocalIPTranslationNatRule: 修改本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 9036
 */
export interface ModifyLocalIPTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9051
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9052
     */
    directConnectGatewayId: string;
    /**
     * 修改之前原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 9053
     */
    oldOriginalIP: string;
    /**
     * 修改之前转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9054
     */
    oldTranslationIP: string;
    /**
     * 新的原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 9055
     */
    originalIP?: string | undefined;
    /**
     * 新的转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9056
     */
    translationIP?: string | undefined;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 9057
     */
    description?: string | undefined;
}
/**
 * Output of ModifyLocalIPTranslationNatRule: 修改本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9036
 */
export interface ModifyLocalIPTranslationNatRuleResponse {
}
/**
 * Input of DescribeLocalIPTranslationNatRule: 查询本端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 9106
 */
export interface DescribeLocalIPTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9121
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9122
     */
    directConnectGatewayId: string;
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 9123
     */
    originalIP?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9124
     */
    translationIP?: string | undefined;
    /**
     * 备注，支持模糊搜索。
     *
     * @see spec/sources/tce-vpc.txt line 9125
     */
    description?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 9126
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20。
     *
     * @see spec/sources/tce-vpc.txt line 9127
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeLocalIPTranslationNatRule: 查询本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9106
 */
export interface DescribeLocalIPTranslationNatRuleResponse {
    /**
     * 本端IP转换规则信息组。
     *
     * @see spec/sources/tce-vpc.txt line 9134
     */
    data?: DescribeLocalIPTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of CreateLocalIPTranslationAclRule: 添加本端IP转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9175
 */
export interface CreateLocalIPTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。可调用 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 9188
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。可调用 DescribeDirectConnectGateway 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 9189
     */
    directConnectGatewayId: string;
    /**
     * 原始IP (VPC内IP)。
     *
     * @see spec/sources/tce-vpc.txt line 9190
     */
    originalIP: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9191
     */
    translationIP: string;
    /**
     * ACL策略信息。
     *
     * @see spec/sources/tce-vpc.txt line 9192
     */
    aclRules: CreateLocalIPTranslationAclRuleAclRules[];
}
/**
 * Output of CreateLocalIPTranslationAclRule: 添加本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9175
 */
export interface CreateLocalIPTranslationAclRuleResponse {
}
/**
 * Input of DeleteLocalIPTranslationAclRule: 删除本端IP转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9242
 */
export interface DeleteLocalIPTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9255
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：d cg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9256
     */
    directConnectGatewayId: string;
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 9257
     */
    originalIP: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9258
     */
    translationIP: string;
    /**
     * ACL策略ID数组，例如：aclRules.0=25。
     *
     * @see spec/sources/tce-vpc.txt line 9259
     */
    aclRules: string[];
}
/**
 * Output of DeleteLocalIPTranslationAclRule: 删除本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9242
 */
export interface DeleteLocalIPTranslationAclRuleResponse {
}
/**
 * Input of ModifyLocalIPTranslationAclRule: 修改本端IP转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9299
 */
export interface ModifyLocalIPTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9312
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9313
     */
    directConnectGatewayId: string;
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 9314
     */
    originalIP: string;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 9315
     */
    translationIP: string;
    /**
     * ACL策略信息。
     *
     * @see spec/sources/tce-vpc.txt line 9316
     */
    aclRules: ModifyLocalIPTranslationAclRuleAclRules[];
}
/**
 * Output of ModifyLocalIPTranslationAclRule: 修改本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9299
 */
export interface ModifyLocalIPTranslationAclRuleResponse {
}
/**
 * Input of DescribeLocalIPTranslationAclRule: 查询本端IP转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9369
 */
export interface DescribeLocalIPTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络 ID, 例如: vpc-dfg5445
     *
     * @see spec/sources/tce-vpc.txt line 9382
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID, 例如: dcg-4d545d
     *
     * @see spec/sources/tce-vpc.txt line 9383
     */
    directConnectGatewayId: string;
    /**
     * 原始 IP
     *
     * @see spec/sources/tce-vpc.txt line 9384
     */
    originalIP: string;
    /**
     * 转换后 IP
     *
     * @see spec/sources/tce-vpc.txt line 9385
     */
    translationIP: string;
    /**
     * ACL 策略 ID 数组, 例如: aclRules.0=25
     *
     * @see spec/sources/tce-vpc.txt line 9386
     */
    aclRules?: string[] | undefined;
}
/**
 * Output of DescribeLocalIPTranslationAclRule: 查询本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9369
 */
export interface DescribeLocalIPTranslationAclRuleResponse {
    /**
     * acl策略信息数组
     *
     * @see spec/sources/tce-vpc.txt line 9393
     */
    data?: DescribeLocalIPTranslationAclRuleResponseData[] | undefined;
}
/**
 * Input of CreateLocalSourceIPPortTranslationNatRule: 添加本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 9440
 */
export interface CreateLocalSourceIPPortTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-dgd45。
     *
     * @see spec/sources/tce-vpc.txt line 9455
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-dgd454d。
     *
     * @see spec/sources/tce-vpc.txt line 9456
     */
    directConnectGatewayId: string;
    /**
     * 本端源地址转换数组。
     *
     * @see spec/sources/tce-vpc.txt line 9457
     */
    localSourceIPPortTranslation: CreateLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation[];
}
/**
 * Output of CreateLocalSourceIPPortTranslationNatRule: 添加本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9440
 */
export interface CreateLocalSourceIPPortTranslationNatRuleResponse {
    /**
     * 返回的数据
     *
     * @see spec/sources/tce-vpc.txt line 9466
     */
    data?: CreateLocalSourceIPPortTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of DeleteLocalSourceIPPortTranslationNatRule: 删除本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 9507
 */
export interface DeleteLocalSourceIPPortTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId。
     *
     * @see spec/sources/tce-vpc.txt line 9522
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID。
     *
     * @see spec/sources/tce-vpc.txt line 9523
     */
    directConnectGatewayId: string;
    /**
     * 本端源地址转换数组。
     *
     * @see spec/sources/tce-vpc.txt line 9524
     */
    localSourceIPPortTranslation: DeleteLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation[];
}
/**
 * Output of DeleteLocalSourceIPPortTranslationNatRule: 删除本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9507
 */
export interface DeleteLocalSourceIPPortTranslationNatRuleResponse {
    /**
     * 返回数据。
     *
     * @see spec/sources/tce-vpc.txt line 9532
     */
    data?: DeleteLocalSourceIPPortTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of ModifyLocalSourceIPPortTranslationNatRule: 修改本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 9571
 */
export interface ModifyLocalSourceIPPortTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9586
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9587
     */
    directConnectGatewayId: string;
    /**
     * 修改前的映射后IP池，例如：111.0.0.1-111.0.0.100。
     *
     * @see spec/sources/tce-vpc.txt line 9588
     */
    oldTranslationIPPool: string;
    /**
     * 新的映射后IP池，例如：111.0.0.2-111.0.0.100。
     *
     * @see spec/sources/tce-vpc.txt line 9589
     */
    translationIPPool?: string | undefined;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 9590
     */
    description?: string | undefined;
}
/**
 * Output of ModifyLocalSourceIPPortTranslationNatRule: 修改本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9571
 */
export interface ModifyLocalSourceIPPortTranslationNatRuleResponse {
}
/**
 * Input of DescribeLocalSourceIPPortTranslationNatRule: 查询本端源IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 9638
 */
export interface DescribeLocalSourceIPPortTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9653
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9654
     */
    directConnectGatewayId: string;
    /**
     * 备注，支持模糊搜索。
     *
     * @see spec/sources/tce-vpc.txt line 9655
     */
    description?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 9656
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20。
     *
     * @see spec/sources/tce-vpc.txt line 9657
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeLocalSourceIPPortTranslationNatRule: 查询本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9638
 */
export interface DescribeLocalSourceIPPortTranslationNatRuleResponse {
    /**
     * 本端IP转换规则信息组。
     *
     * @see spec/sources/tce-vpc.txt line 9664
     */
    data?: DescribeLocalSourceIPPortTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of CreateLocalSourceIPPortTranslationAclRule: 添加本端源IP端口转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9703
 */
export interface CreateLocalSourceIPPortTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9716
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9717
     */
    directConnectGatewayId: string;
    /**
     * 映射后IP池。
     *
     * @see spec/sources/tce-vpc.txt line 9718
     */
    translationIPPool: string;
    /**
     * ACL策略信息。
     *
     * @see spec/sources/tce-vpc.txt line 9719
     */
    aclRules: CreateLocalSourceIPPortTranslationAclRuleAclRules[];
}
/**
 * Output of CreateLocalSourceIPPortTranslationAclRule: 添加本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9703
 */
export interface CreateLocalSourceIPPortTranslationAclRuleResponse {
}
/**
 * Input of DeleteLocalSourceIPPortTranslationAclRule: 删除本端源IP端口转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9769
 */
export interface DeleteLocalSourceIPPortTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9782
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9783
     */
    directConnectGatewayId: string;
    /**
     * 映射后IP池，例如：11.1.1.1-11.1.1.10。
     *
     * @see spec/sources/tce-vpc.txt line 9784
     */
    translationIPPool: string;
    /**
     * ACL策略ID数组，例如：aclRules.0=25。
     *
     * @see spec/sources/tce-vpc.txt line 9785
     */
    aclRules: string[];
}
/**
 * Output of DeleteLocalSourceIPPortTranslationAclRule: 删除本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9769
 */
export interface DeleteLocalSourceIPPortTranslationAclRuleResponse {
}
/**
 * Input of ModifyLocalSourceIPPortTranslationAclRule: 修改本端源IP端口转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9827
 */
export interface ModifyLocalSourceIPPortTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9840
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9841
     */
    directConnectGatewayId: string;
    /**
     * 映射后IP池。
     *
     * @see spec/sources/tce-vpc.txt line 9842
     */
    translationIPPool: string;
    /**
     * ACL策略信息。
     *
     * @see spec/sources/tce-vpc.txt line 9843
     */
    aclRules: ModifyLocalSourceIPPortTranslationAclRuleAclRules[];
}
/**
 * Output of ModifyLocalSourceIPPortTranslationAclRule: 修改本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9827
 */
export interface ModifyLocalSourceIPPortTranslationAclRuleResponse {
}
/**
 * Input of DescribeLocalSourceIPPortTranslationAclRule: 查询本端源IP端口转换ACL策略
 *
 * @see spec/sources/tce-vpc.txt line 9897
 */
export interface DescribeLocalSourceIPPortTranslationAclRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 9910
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：d cg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 9911
     */
    directConnectGatewayId: string;
    /**
     * 映射后IP池，例如：11.1.1.1-11.1.1.10。
     *
     * @see spec/sources/tce-vpc.txt line 9912
     */
    translationIPPool: string;
    /**
     * ACL策略ID数组，例如：aclRules.0=25。
     *
     * @see spec/sources/tce-vpc.txt line 9913
     */
    aclRules?: string[] | undefined;
}
/**
 * Output of DescribeLocalSourceIPPortTranslationAclRule: 查询本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9897
 */
export interface DescribeLocalSourceIPPortTranslationAclRuleResponse {
    /**
     * ACL策略信息数组。
     *
     * @see spec/sources/tce-vpc.txt line 9920
     */
    data?: DescribeLocalSourceIPPortTranslationAclRuleResponseData[] | undefined;
}
/**
 * Input of CreateLocalDestinationIPPortTranslationNatRule: 添加本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 9971
 */
export interface CreateLocalDestinationIPPortTranslationNatRuleRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID。
     *
     * @see spec/sources/tce-vpc.txt line 9984
     */
    vpcId: string;
    /**
     * 专线网关ID。
     *
     * @see spec/sources/tce-vpc.txt line 9985
     */
    directConnectGatewayId: string;
    /**
     * 本端目的IP端口转换规则数组。
     *
     * @see spec/sources/tce-vpc.txt line 9986
     */
    localDestinationIPPortTranslation: CreateLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation[];
}
/**
 * Output of CreateLocalDestinationIPPortTranslationNatRule: 添加本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 9971
 */
export interface CreateLocalDestinationIPPortTranslationNatRuleResponse {
    /**
     * 返回信息
     *
     * @see spec/sources/tce-vpc.txt line 10000
     */
    data?: Array<Record<string, unknown>> | undefined;
}
/**
 * Input of DeleteLocalDestinationIPPortTranslationNatRule: 删除本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 10045
 */
export interface DeleteLocalDestinationIPPortTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-dgd45。
     *
     * @see spec/sources/tce-vpc.txt line 10060
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dgc-dgd454d。
     *
     * @see spec/sources/tce-vpc.txt line 10061
     */
    directConnectGatewayId: string;
    /**
     * 本端目的IP端口转换规则数组。
     *
     * @see spec/sources/tce-vpc.txt line 10062
     */
    localDestinationIPPortTranslation: DeleteLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation[];
}
/**
 * Output of DeleteLocalDestinationIPPortTranslationNatRule: 删除本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10045
 */
export interface DeleteLocalDestinationIPPortTranslationNatRuleResponse {
    /**
     * 返回信息。
     *
     * @see spec/sources/tce-vpc.txt line 10075
     */
    data?: Array<Record<string, unknown>> | undefined;
}
/**
 * Input of ModifyLocalDestinationIPPortTranslationNatRule: 修改本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 10116
 */
export interface ModifyLocalDestinationIPPortTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 10131
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 10132
     */
    directConnectGatewayId: string;
    /**
     * 修改之前的原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10133
     */
    oldOriginalIP: string;
    /**
     * 修改之前的原始Port。
     *
     * @see spec/sources/tce-vpc.txt line 10134
     */
    oldOriginalPort: string;
    /**
     * 修改之前的转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10135
     */
    oldTranslationIP: string;
    /**
     * 修改之前的转换后Port。
     *
     * @see spec/sources/tce-vpc.txt line 10136
     */
    oldTranslationPort: string;
    /**
     * 修改之前的协议。
     *
     * @see spec/sources/tce-vpc.txt line 10137
     */
    oldProto: string;
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10138
     */
    originalIP?: string | undefined;
    /**
     * 原始Port。
     *
     * @see spec/sources/tce-vpc.txt line 10139
     */
    originalPort?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10140
     */
    translationIP?: string | undefined;
    /**
     * 转换后Port。
     *
     * @see spec/sources/tce-vpc.txt line 10141
     */
    translationPort?: string | undefined;
    /**
     * 协议。
     *
     * @see spec/sources/tce-vpc.txt line 10142
     */
    proto?: string | undefined;
    /**
     * 备注，支持模糊搜索。
     *
     * @see spec/sources/tce-vpc.txt line 10143
     */
    description?: string | undefined;
}
/**
 * Output of ModifyLocalDestinationIPPortTranslationNatRule: 修改本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10116
 */
export interface ModifyLocalDestinationIPPortTranslationNatRuleResponse {
}
/**
 * Input of DescribeLocalDestinationIPPortTranslationNatRule: 查询本端目的IP端口转换
 *
 * @see spec/sources/tce-vpc.txt line 10191
 */
export interface DescribeLocalDestinationIPPortTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 10206
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 10207
     */
    directConnectGatewayId: string;
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10208
     */
    originalIP?: string | undefined;
    /**
     * 原始Port。
     *
     * @see spec/sources/tce-vpc.txt line 10209
     */
    originalPort?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10210
     */
    translationIP?: string | undefined;
    /**
     * 转换后Port。
     *
     * @see spec/sources/tce-vpc.txt line 10211
     */
    translationPort?: string | undefined;
    /**
     * 协议。
     *
     * @see spec/sources/tce-vpc.txt line 10212
     */
    proto?: string | undefined;
    /**
     * 备注，支持模糊搜索。
     *
     * @see spec/sources/tce-vpc.txt line 10213
     */
    description?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 10214
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20。
     *
     * @see spec/sources/tce-vpc.txt line 10215
     */
    limit?: number | undefined;
}
/**
 * Output of DescribeLocalDestinationIPPortTranslationNatRule: 查询本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10191
 */
export interface DescribeLocalDestinationIPPortTranslationNatRuleResponse {
    /**
     * 本端IP转换规则信息组。
     *
     * @see spec/sources/tce-vpc.txt line 10222
     */
    data?: DescribeLocalDestinationIPPortTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of CreatePeerIPTranslationNatRule: 添加对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 10271
 */
export interface CreatePeerIPTranslationNatRuleRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID。
     *
     * @see spec/sources/tce-vpc.txt line 10286
     */
    vpcId: string;
    /**
     * 专线网关ID。
     *
     * @see spec/sources/tce-vpc.txt line 10287
     */
    directConnectGatewayId: string;
    /**
     * 对端IP转换规则数组。
     *
     * @see spec/sources/tce-vpc.txt line 10288
     */
    peerIPTranslation: CreatePeerIPTranslationNatRulePeerIPTranslation[];
}
/**
 * Output of CreatePeerIPTranslationNatRule: 添加对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10271
 */
export interface CreatePeerIPTranslationNatRuleResponse {
    /**
     * 返回信息。
     *
     * @see spec/sources/tce-vpc.txt line 10299
     */
    data?: Array<Record<string, unknown>> | undefined;
}
/**
 * Input of DeletePeerIPTranslationNatRule: 删除对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 10339
 */
export interface DeletePeerIPTranslationNatRuleRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID。
     *
     * @see spec/sources/tce-vpc.txt line 10352
     */
    vpcId: string;
    /**
     * 专线网关ID。
     *
     * @see spec/sources/tce-vpc.txt line 10353
     */
    directConnectGatewayId: string;
    /**
     * 对端IP转换规则数组。
     *
     * @see spec/sources/tce-vpc.txt line 10354
     */
    peerIPTranslation: DeletePeerIPTranslationNatRulePeerIPTranslation[];
}
/**
 * Output of DeletePeerIPTranslationNatRule: 删除对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10339
 */
export interface DeletePeerIPTranslationNatRuleResponse {
    /**
     * 返回信息。
     *
     * @see spec/sources/tce-vpc.txt line 10364
     */
    data?: Array<Record<string, unknown>> | undefined;
}
/**
 * Input of ModifyPeerIPTranslationNatRule: 修改对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 10405
 */
export interface ModifyPeerIPTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 10420
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 10421
     */
    directConnectGatewayId: string;
    /**
     * 修改之前的原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10422
     */
    oldOriginalIP: string;
    /**
     * 修改之前的转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10423
     */
    oldTranslationIP: string;
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10424
     */
    originalIP?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10425
     */
    translationIP?: string | undefined;
    /**
     * 备注。
     *
     * @see spec/sources/tce-vpc.txt line 10426
     */
    description?: string | undefined;
}
/**
 * Output of ModifyPeerIPTranslationNatRule: 修改对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10405
 */
export interface ModifyPeerIPTranslationNatRuleResponse {
}
/**
 * Input of DescribePeerIPTranslationNatRule: 查询对端IP转换
 *
 * @see spec/sources/tce-vpc.txt line 10470
 */
export interface DescribePeerIPTranslationNatRuleRequest {
    /**
     * 系统分配的私有网络ID，例如：vpc-dfg5445。
     *
     * @see spec/sources/tce-vpc.txt line 10485
     */
    vpcId: string;
    /**
     * 系统分配的专线网关ID，例如：dcg-4d545d。
     *
     * @see spec/sources/tce-vpc.txt line 10486
     */
    directConnectGatewayId: string;
    /**
     * 原始IP。
     *
     * @see spec/sources/tce-vpc.txt line 10487
     */
    originalIP?: string | undefined;
    /**
     * 转换后IP。
     *
     * @see spec/sources/tce-vpc.txt line 10488
     */
    translationIP?: string | undefined;
    /**
     * 备注，支持模糊搜索。
     *
     * @see spec/sources/tce-vpc.txt line 10489
     */
    description?: string | undefined;
    /**
     * 初始行的偏移量，默认为0。
     *
     * @see spec/sources/tce-vpc.txt line 10490
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20。
     *
     * @see spec/sources/tce-vpc.txt line 10491
     */
    limit?: number | undefined;
}
/**
 * Output of DescribePeerIPTranslationNatRule: 查询对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10470
 */
export interface DescribePeerIPTranslationNatRuleResponse {
    /**
     * 本端IP转换规则信息组。
     *
     * @see spec/sources/tce-vpc.txt line 10498
     */
    data?: DescribePeerIPTranslationNatRuleResponseData[] | undefined;
}
/**
 * Input of CreateNatGateway: 创建NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 10542
 */
export interface CreateNatGatewayRequest {
    /**
     * NAT网关名称，支持1-25个中文、英文大小写的字母、数字和下划线分隔符。
     *
     * @see spec/sources/tce-vpc.txt line 10557
     */
    natName: string;
    /**
     * 私有网络ID或者统一ID，建议使用统一ID,可通过 DescribeVpcEx 接口查询。
     *
     * @see spec/sources/tce-vpc.txt line 10558
     */
    vpcId: string;
    /**
     * 网关并发连接上限，例如：1000000、3000000、10000000，具体支持数据请参见私有网络网关说明。
     *
     * @see spec/sources/tce-vpc.txt line 10559
     */
    maxConcurrent: number;
    /**
     * 网关最大外网出带宽(单位:Mbps)，默认: 100Mbps，具体支持数据请参见私有网络网关说明。
     *
     * @see spec/sources/tce-vpc.txt line 10560
     */
    bandwidth?: number | undefined;
    /**
     * 绑定网关的弹性IP数组，assignedEipSet和autoAllocEipNum至少传一个，例如：assignedEipSet.0=10.0.0.1。
     *
     * @see spec/sources/tce-vpc.txt line 10561
     */
    assignedEipSet?: string[] | undefined;
    /**
     * 需要新申请的弹性IP个数，系统会按您的要求生产N个弹性IP，assignedEipSet和autoAllocEipNum至少传一个。
     *
     * @see spec/sources/tce-vpc.txt line 10562
     */
    autoAllocEipNum?: number | undefined;
}
/**
 * Output of CreateNatGateway: 创建NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10542
 */
export interface CreateNatGatewayResponse {
    /**
     * 订单ID，创建结果可调用NAT网关的生产状态 > 查询
     *
     * @see spec/sources/tce-vpc.txt line 10569
     */
    billId?: string | undefined;
}
/**
 * Input of QueryNatGatewayProductionStatus: 查询NAT网关创建状态
 *
 * @see spec/sources/tce-vpc.txt line 10607
 */
export interface QueryNatGatewayProductionStatusRequest {
    /**
     * 创建时返回的订单ID, 用该ID查询最后结果
     *
     * @see spec/sources/tce-vpc.txt line 10620
     */
    billId: string;
}
/**
 * Output of QueryNatGatewayProductionStatus: 查询NAT网关创建状态
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10607
 */
export interface QueryNatGatewayProductionStatusResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 10627
     */
    data?: QueryNatGatewayProductionStatusResponseData | undefined;
}
/**
 * Input of DeleteNatGateway: 删除NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 10657
 */
export interface DeleteNatGatewayRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID，例如：vpc-xf55df
     *
     * @see spec/sources/tce-vpc.txt line 10672
     */
    vpcId: string;
    /**
     * 系统分配的高可用网关统一ID，例如：nat-7t9nf3pu
     *
     * @see spec/sources/tce-vpc.txt line 10673
     */
    natId: string;
}
/**
 * Output of DeleteNatGateway: 删除NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10657
 */
export interface DeleteNatGatewayResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 10680
     */
    taskId?: number | undefined;
}
/**
 * Input of ModifyNatGateway: 修改NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 10711
 */
export interface ModifyNatGatewayRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID，例如：vpc-x7d44d。
     *
     * @see spec/sources/tce-vpc.txt line 10724
     */
    vpcId: string;
    /**
     * NAT网关统一ID,例如：nat-df45454。
     *
     * @see spec/sources/tce-vpc.txt line 10725
     */
    natId: string;
    /**
     * NAT网关名称，取值：1-25个中文、英文大小写的字母、数字和下划线分隔符。
     *
     * @see spec/sources/tce-vpc.txt line 10726
     */
    natName?: string | undefined;
    /**
     * 网关最大外网出带宽(单位:Mbps)，默认：100Mbps，具体支持数据请参见私有网络网关说明。
     *
     * @see spec/sources/tce-vpc.txt line 10727
     */
    bandwidth?: number | undefined;
}
/**
 * Output of ModifyNatGateway: 修改NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10711
 */
export interface ModifyNatGatewayResponse {
}
/**
 * Input of DescribeNatGateway: 查询NAT网关
 *
 * @see spec/sources/tce-vpc.txt line 10765
 */
export interface DescribeNatGatewayRequest {
    /**
     * NAT网关统一 ID, 例如: nat-xx454
     *
     * @see spec/sources/tce-vpc.txt line 10778
     */
    natId?: string | undefined;
    /**
     * NAT网关名称 (支持模糊查找)
     *
     * @see spec/sources/tce-vpc.txt line 10779
     */
    natName?: string | undefined;
    /**
     * 私有网络 ID 或统一 ID, 建议使用统一 ID, 例如: vpc-dfdg42d
     *
     * @see spec/sources/tce-vpc.txt line 10780
     */
    vpcId?: string | undefined;
    /**
     * 初始行的偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 10781
     */
    offset?: number | undefined;
    /**
     * 每页行数, 默认为20, 最大支持50
     *
     * @see spec/sources/tce-vpc.txt line 10782
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序, 默认不排序。 支持字段: natId
     *
     * @see spec/sources/tce-vpc.txt line 10783
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 或降序 (desc), 默认: desc
     *
     * @see spec/sources/tce-vpc.txt line 10784
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeNatGateway: 查询NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10765
 */
export interface DescribeNatGatewayResponse {
    /**
     * 查询的 NAT 网关总数
     *
     * @see spec/sources/tce-vpc.txt line 10791
     */
    totalCount?: number | undefined;
    /**
     * 查询的 NAT 网关信息数组
     *
     * @see spec/sources/tce-vpc.txt line 10792
     */
    data?: DescribeNatGatewayResponseData[] | undefined;
}
/**
 * Input of EipBindNatGateway: NAT网关绑定EIP
 *
 * @see spec/sources/tce-vpc.txt line 10854
 */
export interface EipBindNatGatewayRequest {
    /**
     * 高可用网关统一ID，例如：nat-df5dfd
     *
     * @see spec/sources/tce-vpc.txt line 10867
     */
    natId: string;
    /**
     * 私有网络ID或统一ID，建议使用统一ID，例如：vpc-dfd5dfgd
     *
     * @see spec/sources/tce-vpc.txt line 10868
     */
    vpcId: string;
    /**
     * 弹性IP。assignedEipSet 和 autoAllocEipNum 这两个入参需至少传一个，例如：assignedEipSet.0=183.23.0.0.1
     *
     * @see spec/sources/tce-vpc.txt line 10869
     */
    assignedEipSet?: string[] | undefined;
    /**
     * 需要新申请的弹性IP个数，取值范围[0, 3]。assignedEipSet 和 autoAllocEipNum 这两个入参需至少传一个
     *
     * @see spec/sources/tce-vpc.txt line 10870
     */
    autoAllocEipNum?: number | undefined;
}
/**
 * Output of EipBindNatGateway: NAT网关绑定EIP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10854
 */
export interface EipBindNatGatewayResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 10877
     */
    taskId?: number | undefined;
}
/**
 * Input of EipUnBindNatGateway: NAT网关解绑EIP
 *
 * @see spec/sources/tce-vpc.txt line 10909
 */
export interface EipUnBindNatGatewayRequest {
    /**
     * NAT网关统一ID，例如：nat-8pbrkzh6
     *
     * @see spec/sources/tce-vpc.txt line 10922
     */
    natId: string;
    /**
     * 私有网络ID或统一ID，建议使用统一ID，例如：vpc-ddf411
     *
     * @see spec/sources/tce-vpc.txt line 10923
     */
    vpcId: string;
    /**
     * 弹性IP数组，例如：assignedEipSet.0=183.60.249.122
     *
     * @see spec/sources/tce-vpc.txt line 10924
     */
    assignedEipSet: string[];
}
/**
 * Output of EipUnBindNatGateway: NAT网关解绑EIP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10909
 */
export interface EipUnBindNatGatewayResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 10931
     */
    taskId?: number | undefined;
}
/**
 * Input of UpgradeNatGateway: 升级NAT网关规格
 *
 * @see spec/sources/tce-vpc.txt line 10964
 */
export interface UpgradeNatGatewayRequest {
    /**
     * 私有网络ID或者统一ID，建议使用统一ID，例如：vpc-xdf54d
     *
     * @see spec/sources/tce-vpc.txt line 10977
     */
    vpcId: string;
    /**
     * 高可用网关统一ID，例如：nat-xdf54d
     *
     * @see spec/sources/tce-vpc.txt line 10978
     */
    natId: string;
    /**
     * 网关并发连接上限，可选值为：1000000（小型）、3000000（中型）、10000000（大型）
     *
     * @see spec/sources/tce-vpc.txt line 10979
     */
    maxConcurrent: number;
}
/**
 * Output of UpgradeNatGateway: 升级NAT网关规格
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 10964
 */
export interface UpgradeNatGatewayResponse {
    /**
     * 订单ID，升级结果可调用NAT网关的升级状态查询
     *
     * @see spec/sources/tce-vpc.txt line 10986
     */
    billId?: string | undefined;
}
/**
 * Input of CreateNetworkInterface: 创建弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 11020
 */
export interface CreateNetworkInterfaceRequest {
    /**
     * 弹性网卡所在的私有网络ID，推荐使用新ID，例如：vpc-7t9nf3pu。
     *
     * @see spec/sources/tce-vpc.txt line 11035
     */
    vpcId: string;
    /**
     * 弹性网卡所在的子网ID，推荐使用新ID，例如：subnet-0ap8nwca。
     *
     * @see spec/sources/tce-vpc.txt line 11036
     */
    subnetId: string;
    /**
     * 弹性网卡名称，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 11037
     */
    eniName: string;
    /**
     * 弹性网卡描述，可任意命名，但不得超过60个字符。
     *
     * @see spec/sources/tce-vpc.txt line 11038
     */
    eniDescription?: string | undefined;
    /**
     * 指定的内网IP地址数组。
     *
     * @see spec/sources/tce-vpc.txt line 11039
     */
    privateIpAddressSet?: CreateNetworkInterfacePrivateIpAddressSet[] | undefined;
    /**
     * 需要新申请的内网IP地址个数。
     *
     * @see spec/sources/tce-vpc.txt line 11042
     */
    secondaryPrivateIpAddressCount?: number | undefined;
    /**
     * 指定绑定的安全组，例如：['sg-1dd51d']。
     *
     * @see spec/sources/tce-vpc.txt line 11043
     */
    sgIds?: string[] | undefined;
}
/**
 * Output of CreateNetworkInterface: 创建弹性网卡
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11020
 */
export interface CreateNetworkInterfaceResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11050
     */
    taskId?: number | undefined;
}
/**
 * Input of DeleteNetworkInterface: 删除弹性网卡
 *
 * @see spec/sources/tce-vpc.txt line 11090
 */
export interface DeleteNetworkInterfaceRequest {
    /**
     * 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu
     *
     * @see spec/sources/tce-vpc.txt line 11105
     */
    vpcId: string;
    /**
     * 系统分配的弹性网卡ID，例如：eni-m6dyj72l
     *
     * @see spec/sources/tce-vpc.txt line 11106
     */
    networkInterfaceId: string;
}
/**
 * Output of DeleteNetworkInterface: 删除弹性网卡
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11090
 */
export interface DeleteNetworkInterfaceResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11113
     */
    taskId?: number | undefined;
}
/**
 * Input of DescribeNetworkInterfaces: 查询弹性网卡信息
 *
 * @see spec/sources/tce-vpc.txt line 11158
 */
export interface DescribeNetworkInterfacesRequest {
    /**
     * 弹性网卡对应的私有网络 ID，例如：vpc-7t9nf3pu
     *
     * @see spec/sources/tce-vpc.txt line 11171
     */
    vpcId?: string | undefined;
    /**
     * 系统分配的弹性网卡 ID，例如：eni-m6dyj72l
     *
     * @see spec/sources/tce-vpc.txt line 11172
     */
    networkInterfaceId?: string | undefined;
    /**
     * 弹性网卡名称，支持模糊搜索
     *
     * @see spec/sources/tce-vpc.txt line 11173
     */
    eniName?: string | undefined;
    /**
     * 弹性网卡描述，支持模糊搜索
     *
     * @see spec/sources/tce-vpc.txt line 11174
     */
    eniDescription?: string | undefined;
    /**
     * 云服务器实例 ID，例如：ins-xx44545f
     *
     * @see spec/sources/tce-vpc.txt line 11175
     */
    instanceId?: string | undefined;
    /**
     * 初始行的偏移量，默认为0
     *
     * @see spec/sources/tce-vpc.txt line 11176
     */
    offset?: number | undefined;
    /**
     * 每页行数，默认为20，最大支持50
     *
     * @see spec/sources/tce-vpc.txt line 11177
     */
    limit?: number | undefined;
    /**
     * 按某个字段排序。 支持字段：eniName,createTime，默认按createTime
     *
     * @see spec/sources/tce-vpc.txt line 11178
     */
    orderField?: string | undefined;
    /**
     * 升序 (asc) 或降序 (desc)，默认：desc
     *
     * @see spec/sources/tce-vpc.txt line 11179
     */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeNetworkInterfaces: 查询弹性网卡信息
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11158
 */
export interface DescribeNetworkInterfacesResponse {
    /**
     * @see spec/sources/tce-vpc.txt line 11186
     */
    data?: DescribeNetworkInterfacesResponseData[] | undefined;
}
/**
 * Input of AssignPrivateIpAddresses: 弹性网卡申请内网IP
 *
 * @see spec/sources/tce-vpc.txt line 11400
 */
export interface AssignPrivateIpAddressesRequest {
    /**
     * 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu
     *
     * @see spec/sources/tce-vpc.txt line 11415
     */
    vpcId: string;
    /**
     * 弹性网卡ID，例如：eni-m6dyj72l
     *
     * @see spec/sources/tce-vpc.txt line 11416
     */
    networkInterfaceId: string;
    /**
     * 申请内网ip时，指定IP地址申请，可以指定主IP，是个可选项。
     *
     * @see spec/sources/tce-vpc.txt line 11417
     */
    privateIpAddressSet?: AssignPrivateIpAddressesPrivateIpAddressSet[] | undefined;
    /**
     * 申请内网ip时，只指定数量，由系统自动生成IP，可选项。
     *
     * @see spec/sources/tce-vpc.txt line 11420
     */
    secondaryPrivateIpAddressCount?: number | undefined;
}
/**
 * Output of AssignPrivateIpAddresses: 弹性网卡申请内网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11400
 */
export interface AssignPrivateIpAddressesResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11427
     */
    taskId?: number | undefined;
}
/**
 * Input of UnassignPrivateIpAddresses: 弹性网卡退还内网IP
 *
 * @see spec/sources/tce-vpc.txt line 11467
 */
export interface UnassignPrivateIpAddressesRequest {
    /**
     * 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu
     *
     * @see spec/sources/tce-vpc.txt line 11482
     */
    vpcId: string;
    /**
     * 弹性网卡ID，例如：eni-m6dyj72l
     *
     * @see spec/sources/tce-vpc.txt line 11483
     */
    networkInterfaceId: string;
    /**
     * 要退还的辅助内网IP地址数组，例如：privateIpAddress.0=10.0.0.2
     *
     * @see spec/sources/tce-vpc.txt line 11484
     */
    privateIpAddress: string[];
}
/**
 * Output of UnassignPrivateIpAddresses: 弹性网卡退还内网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11467
 */
export interface UnassignPrivateIpAddressesResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11491
     */
    taskId?: number | undefined;
}
/**
 * Input of AttachNetworkInterface: 弹性网卡绑定云服务器
 *
 * @see spec/sources/tce-vpc.txt line 11531
 */
export interface AttachNetworkInterfaceRequest {
    /**
     * 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu
     *
     * @see spec/sources/tce-vpc.txt line 11546
     */
    vpcId: string;
    /**
     * 弹性网卡ID，例如：eni-m6dyj72l
     *
     * @see spec/sources/tce-vpc.txt line 11547
     */
    networkInterfaceId: string;
    /**
     * 云服务器实例ID，例如：ins-xx44545f
     *
     * @see spec/sources/tce-vpc.txt line 11548
     */
    instanceId: string;
}
/**
 * Output of AttachNetworkInterface: 弹性网卡绑定云服务器
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11531
 */
export interface AttachNetworkInterfaceResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11555
     */
    taskId?: number | undefined;
}
/**
 * Input of DetachNetworkInterface: 弹性网卡解绑云服务器
 *
 * @see spec/sources/tce-vpc.txt line 11595
 */
export interface DetachNetworkInterfaceRequest {
    /**
     * 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu
     *
     * @see spec/sources/tce-vpc.txt line 11610
     */
    vpcId: string;
    /**
     * 弹性网卡ID，例如：eni-m6dyj72l
     *
     * @see spec/sources/tce-vpc.txt line 11611
     */
    networkInterfaceId: string;
    /**
     * 云服务器实例ID，例如：ins-xx44545f
     *
     * @see spec/sources/tce-vpc.txt line 11612
     */
    instanceId: string;
}
/**
 * Output of DetachNetworkInterface: 弹性网卡解绑云服务器
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11595
 */
export interface DetachNetworkInterfaceResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11619
     */
    taskId?: number | undefined;
}
/**
 * Input of MigrateNetworkInterface: 弹性网卡迁移
 *
 * @see spec/sources/tce-vpc.txt line 11659
 */
export interface MigrateNetworkInterfaceRequest {
    /**
     * 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu。
     *
     * @see spec/sources/tce-vpc.txt line 11674
     */
    vpId: string;
    /**
     * 弹性网卡ID，例如：eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 11675
     */
    networkInterfaceId: string;
    /**
     * 迁移前的云服务器实例ID，例如：ins-xx44545f。
     *
     * @see spec/sources/tce-vpc.txt line 11676
     */
    oldInstanceId: string;
    /**
     * 迁移后的云服务器实例ID，例如：ins-xx44545f。
     *
     * @see spec/sources/tce-vpc.txt line 11677
     */
    newInstanceId: string;
}
/**
 * Output of MigrateNetworkInterface: 弹性网卡迁移
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11659
 */
export interface MigrateNetworkInterfaceResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11684
     */
    taskId?: number | undefined;
}
/**
 * Input of MigratePrivateIpAddress: 内网IP迁移
 *
 * @see spec/sources/tce-vpc.txt line 11726
 */
export interface MigratePrivateIpAddressRequest {
    /**
     * 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu。
     *
     * @see spec/sources/tce-vpc.txt line 11741
     */
    vpcId: string;
    /**
     * 被迁移的内网IP地址，例如：10.0.0.6。
     *
     * @see spec/sources/tce-vpc.txt line 11742
     */
    privateIpAddress: string;
    /**
     * 迁移前的弹性网卡ID，例如：eni-m6dyj72l。
     *
     * @see spec/sources/tce-vpc.txt line 11743
     */
    oldNetworkInterfaceId: string;
    /**
     * 迁移后的弹性网卡ID，例如：eni-dfddf454d。
     *
     * @see spec/sources/tce-vpc.txt line 11744
     */
    newNetworkInterfaceId: string;
}
/**
 * Output of MigratePrivateIpAddress: 内网IP迁移
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11726
 */
export interface MigratePrivateIpAddressResponse {
    /**
     * 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。
     *
     * @see spec/sources/tce-vpc.txt line 11751
     */
    taskId?: number | undefined;
}

/** Items of subnetSet in the CreateVpc request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateVpcSubnetSet {
    /** 子网名称，可任意命名，但不得超过60个字符。 */
    subnetName?: string | undefined;
    /** 子网网段，子网网段必须在VPC网段内，相同VPC内子网网段不能重叠。 */
    cidrBlock?: string | undefined;
    /** 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备，取值详见VPC可用区说明。 */
    zoneId?: string | undefined;
}
/** Items of subnetSet in the CreateVpc response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateVpcResponseSubnetSet {
    /** 系统分配的子网ID，示例:subnetId_GZ_23。 */
    subnetId?: string | undefined;
    /** 系统分配的子网统一ID，由子网ID升级而来，为了兼容这两种ID系统都支持，示例:subnet-5gu2jxf4。 */
    unSubnetId?: string | undefined;
    /** 子网绑定的默认路由表ID，示例:gz_rtb_8751。 */
    routeTableId?: string | undefined;
    /** 子网名称。 */
    subnetName?: string | undefined;
    /** 子网网段，示例:192.168.0.0/25。 */
    cidrBlock?: string | undefined;
    /** 子网所在可用区ID,示例:200001。 */
    zoneId?: string | undefined;
    /** 子网所在可用区ID,示例:ap-guangzhou-1。 */
    zone?: string | undefined;
}
/** Items of routeTableSet in the CreateVpc response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateVpcResponseRouteTableSet {
    /** 系统分配的路由表ID，示例:gz_rtb_8751。 */
    routeTableId?: string | undefined;
    /** 路由表类型，0：普通路由表；1：默认路由表。 */
    routeTableType?: number | undefined;
    /** 路由表名称。 */
    routeTableName?: string | undefined;
}
/** Items of data in the DescribeVpcEx response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeVpcExResponseData {
    /** 系统分配的vpcId，例如：gz_vpc_266。 */
    vpcId?: string | undefined;
    /** 系统分配的新vpcID，由子网ID升级而来，推荐使用新vpcId，示例:vpc-5gu2jxf4。 */
    unVpcId?: string | undefined;
    /** 私有网络名称。 */
    vpcName?: string | undefined;
    /** 私有网络网段，例如：192.168.0.1/24。 */
    cidrBlock?: string | undefined;
    /** VPC下子网个数。 */
    subnetNum?: number | undefined;
    /** VPC下路由表个数。 */
    routeTableNum?: number | undefined;
    /** VPC下VPN网关个数。 */
    vpnGwNum?: number | undefined;
    /** VPC下对等连接个数。 */
    vpcPeerNum?: number | undefined;
    /** VPC下云服务器个数。 */
    vpcDeviceNum?: number | undefined;
    /** VPC下与VPC互通的基础网络设备个数。 */
    classicLinkNum?: number | undefined;
    /** VPC下专线网关个数。 */
    vpgNum?: number | undefined;
    /** VPC下NAT网关个数。 */
    natNum?: number | undefined;
    /** VPC创建时间。 */
    createTime?: string | undefined;
    /** 是否是默认vpc。 */
    isDefault?: boolean | undefined;
}
/** Items of subnetSet in the CreateSubnet request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateSubnetSubnetSet {
    /** 子网名称，可任意命名，但不得超过60个字符。 */
    subnetName: string;
    /** 子网网段，子网网段必须在VPC网段内，相同VPC内子网网段不能重叠。 */
    cidrBlock: string;
    /** 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备，取值详见VPC可用区说明。 */
    zoneId: string;
}
/** Items of subnetSet in the CreateSubnet response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateSubnetResponseSubnetSet {
    /** 系统分配的子网ID，示例:subnetId_GZ_23。 */
    subnetId?: string | undefined;
    /** 系统分配的子网统一ID，由子网ID升级而来，为了兼容这两种ID系统都支持，示例:subnet-5gu2jxf4。 */
    unSubnetId?: string | undefined;
    /** 子网名称。 */
    subnetName?: string | undefined;
    /** 子网网段，示例:192.168.0.0/25。 */
    cidrBlock?: string | undefined;
    /** 子网绑定的默认路由表ID，示例:gz_rtb_8751。 */
    routeTableId?: string | undefined;
    /** 子网所在可用区ID,示例:200001。 */
    zoneId?: string | undefined;
    /** 子网所在可用区ID,示例:ap-guangzhou-2。 */
    zone?: string | undefined;
}
/** Items of data in the DescribeSubnetEx response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeSubnetExResponseData {
    /** 系统分配的vpcId，例如：gz_vpc_266。 */
    vpcId?: string | undefined;
    /** 系统分配的新vpcID，由子网ID升级而来，推荐使用新vpcId，示例:vpc-5gu2jxf4。 */
    unVpcId?: string | undefined;
    /** 系统分配的子网ID，示例:subnetId_GZ_23。 */
    subnetId?: string | undefined;
    /** 系统分配的新子网ID，由子网ID升级而来，推荐使用新子网ID，示例:subnet-5gu2jxf4。 */
    unSubnetId?: string | undefined;
    /** 子网名称。 */
    subnetName?: string | undefined;
    /** 子网网段，示例:192.168.0.0/25。 */
    cidrBlock?: string | undefined;
    /** 子网绑定的默认路由表ID，示例:gz_rtb_8751。 */
    routeTableId?: string | undefined;
    /** 子网所在可用区ID,示例:200001。 */
    zoneId?: string | undefined;
    /** 子网所在可用区ID,示例:ap-guangzhou-2。 */
    zone?: string | undefined;
    /** 子网绑定的网络ACL ID (如果没有绑定返回0) ，示例：acl-e9dbyl8s，更多详见 网络ACL相关接口。 */
    networkAclId?: string | undefined;
    /** 子网内云服务器个数。 */
    vpcDevices?: number | undefined;
    /** 子网内IP数总量。 */
    totalIPNum?: number | undefined;
    /** 子网内可分配IP总数。 */
    availableIPNum?: number | undefined;
    /** 是否开通广播, true:开通了;false:没有开通。 */
    broadcast?: boolean | undefined;
    /** 是否是默认vpc。 */
    isDefault?: boolean | undefined;
}
/** Items of routeSet in the CreateRouteTable request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateRouteTableRouteSet {
    /** 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。 */
    destinationCidrBlock: string;
    /** 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn网关；8：nat网关；9：普通云服务器。 */
    nextType: string;
    /** 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。 */
    nextHub: string;
    /** 路由描述，支持60内个字符。 */
    description?: string | undefined;
}
/** Items of routeTableSet in the CreateRouteTable response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateRouteTableResponseRouteTableSet {
    /** 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。 */
    destinationCidrBlock?: string | undefined;
    /** 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn;8:nat网关。 */
    nextType?: string | undefined;
    /** 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。 */
    nextHub?: string | undefined;
    /** 路由描述。 */
    description?: string | undefined;
}
/** Items of routeSet in the ModifyRouteTableAttribute request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifyRouteTableAttributeRouteSet {
    /** 目的网段, 取值不能在私有网络网段内, 例如: 112.20.51.0/24。 */
    destinationCidrBlock: string;
    /** 下一跳类型, 目前我们支持的类型有: 0: 公网网关类型的云服务器; 1: vpn网关; 3: 专线网关; 4: 对等连接; 7: sslvpn; 8: nat网关; 9: 普通云服务器。 */
    nextType: string;
    /** 下一跳地址, 这里只需要指定不同下一跳类型的网关ID (推荐使用新ID), 系统会自动匹配到下一跳地址。 */
    nextHub: string;
    /** 路由描述, 支持60内个字符。 */
    description?: string | undefined;
}
/** Items of data in the DescribeRouteTable response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeRouteTableResponseData {
    /** 系统分配的私有网络ID，例如：gz_vpc_8849。 */
    vpcId?: string | undefined;
    /** 系统分配的新的私有网络ID，建议使用新ID，例如：vpc-0ox8fuhw。 */
    unVpcId?: string | undefined;
    /** 系统分配的路由表ID，例如：gz_rtb_8849。 */
    routeTableId?: string | undefined;
    /** 系统分配的新的路由表ID，建议使用新ID，例如：rtb-0ox8fuhw。 */
    unRouteTableId?: string | undefined;
    /** 路由表名称。 */
    routeTableName?: string | undefined;
    /** 路由表类型，0：默认路由表；1：普通路由表。默认路由表和普通路由表的区别详见 路由表产品说明。 */
    routeTableType?: number | undefined;
    /** 路由表创建时间，例如：2015-11-06 17:50:21。 */
    routeTableCreateTime?: string | undefined;
    /** 关联子网的数量。 */
    subnetNum?: number | undefined;
    /** 路由策略信息数组。 */
    routeTableSet?: DescribeRouteTableResponseDataRouteTableSet[] | undefined;
}
/** Items of data.routeTableSet in the DescribeRouteTable response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeRouteTableResponseDataRouteTableSet {
    /** 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。 */
    destinationCidrBlock?: string | undefined;
    /** 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn；8：nat网关；9：普通云服务器。 */
    nextType?: string | undefined;
    /** 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。 */
    nextHub?: string | undefined;
    /** 下一跳地址唯一ID，下一跳地址的唯一标识，推荐使用统一ID。 */
    unNextHub?: string | undefined;
    /** 路由描述。 */
    description?: string | undefined;
}
/** Items of routeSet in the CreateRoute request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateRouteRouteSet {
    /** 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。 */
    destinationCidrBlock: string;
    /** 下一跳类型，目前我们支持的类型有：0：公网网关类型的云服务器；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn网关；8：nat网关；9：普通云服务器。 */
    nextType: string;
    /** 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。 */
    nextHub: string;
}
/** Items of routeSet in the DeleteRoute request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteRouteRouteSet {
    /** 目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。 */
    destinationCidrBlock: string;
    /** 下一跳类型，目前我们支持的类型有：0：公网网关；1：vpn网关；3：专线网关；4：对等连接；7：sslvpn网关；8：nat网关；9：普通云服务器。 */
    nextType: string;
    /** 下一跳地址，这里只需要指定不同下一跳类型的网关ID（推荐使用新ID），系统会自动匹配到下一跳地址。 */
    nextHub: string;
}
/** Items of data in the CreateNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateNetworkAclResponseData {
    /** 网络ACL ID，例如：acl-4n9efgju。 */
    networkAclId?: string | undefined;
}
/** Items of data in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkAclResponseData {
    /** 系统分配的私有网络ID, 例如: gz_vpc_8849。 */
    vpcId?: string | undefined;
    /** 系统分配的新的私有网络ID, 建议使用新ID, 例如: vpc-0ox8fuhw。 */
    unVpcId?: string | undefined;
    /** 系统分配的网络ACL ID, 例如: acl-e9dbyl8s。 */
    networkAclId?: string | undefined;
    /** 网络名称。 */
    networkAclName?: string | undefined;
    /** 绑定子网数量。 */
    subnetNum?: number | undefined;
    /** 网络ACL创建时间, 例如: 2015-11-06 20:55:12。 */
    createTime?: string | undefined;
    /** 网络ACL策略信息数组。 */
    networkAclEntrySet?: DescribeNetworkAclResponseDataNetworkAclEntrySet[] | undefined;
}
/** Items of data.networkAclEntrySet in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkAclResponseDataNetworkAclEntrySet {
    /** 网络ACL入站规则。 */
    ingress?: DescribeNetworkAclResponseDataNetworkAclEntrySetIngress[] | undefined;
    /** 网络ACL出站规则。 */
    egress?: DescribeNetworkAclResponseDataNetworkAclEntrySetEgress[] | undefined;
}
/** Items of data.networkAclEntrySet.ingress in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkAclResponseDataNetworkAclEntrySetIngress {
    /** 备注。 */
    desc?: string | undefined;
    /** 协议, 例如tcp。 */
    ipProtocol?: string | undefined;
    /** 源IP或者源网段, 支持IP或者CIDR, 例如: 10.20.3.0或者10.0.0.2/24。 */
    cidrIp?: string | undefined;
    /** 源端口，支持单个接口或者端口段，例如：80或者90-100。 */
    portRange?: string | undefined;
    /** 策略，1:允许，0:拒绝。 */
    action?: number | undefined;
}
/** Items of data.networkAclEntrySet.egress in the DescribeNetworkAcl response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkAclResponseDataNetworkAclEntrySetEgress {
    /** 备注。 */
    desc?: string | undefined;
    /** 协议，例如tcp。 */
    ipProtocol?: string | undefined;
    /** 源IP或者源网段，支持IP或者CIDR，例如：10.20.3.0或者10.0.0.2/24。 */
    cidrIp?: string | undefined;
    /** 源端口，支持单个接口或者端口段，例如：80或者90-100。 */
    portRange?: string | undefined;
    /** 策略，1:允许，0:拒绝。 */
    action?: number | undefined;
}
/** Items of networkAclEntrySet in the ModifyNetworkAclEntry request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifyNetworkAclEntryNetworkAclEntrySet {
    /** 备注。 */
    desc: string;
    /** 协议, 例如tcp。 */
    ipProtocol: string;
    /** 源IP或者源网段, 支持IP或者CIDR, 例如: 10.20.3.0或者10.0.0.2/24。 */
    cidrIp: string;
    /** 源端口, 支持单个接口或者端口段, 例如: 80或者90-100。 */
    portRange: string;
    /** 策略, 0:允许, 1:拒绝。 */
    action: number;
}
/** Items of data in the DescribeVpnGw response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeVpnGwResponseData {
    /** 系统分配的私有网络ID，例如：gz_vpc_8849。 */
    vpnId?: string | undefined;
    /** 系统分配的新的私有网络ID，建议使用新ID，例如：vpc-0ox8fuhw。 */
    unVpnId?: string | undefined;
    /** 系统分配的vpn网关ID，例如：122。 */
    vpnGwId?: number | undefined;
    /** 系统分配的新的vpn网关ID，建议使用新ID，例如：vpngw-nhg87nmg。 */
    unVpnGwId?: string | undefined;
    /** vpn网络名称。 */
    vpnGwName?: string | undefined;
    /** VPN网关带宽。 */
    bandwidth?: number | undefined;
    /** VPN网关操作状态，0:待付款 1:付款错误 2:发货中 3:发货错误 4:销毁中 5:销毁错误 6:运行。 */
    vpnGwStatus?: number | undefined;
    /** VPN网关公网IP。 */
    vpnGwAddress?: string | undefined;
    /** vpn网关生产订单ID。 */
    dealId?: string | undefined;
    /** 是否开启自动续费，1:开启，0:未开启。 */
    isAutoRenewals?: number | undefined;
    /** vpn网关到期时间，到期后vpn网关将被系统销毁，请及时续费，例如：2015-11-06 20:55:12。 */
    expireTime?: string | undefined;
    /** vpn网关创建时间，例如：2015-11-06 20:55:12。 */
    createTime?: string | undefined;
}
/** Items of data in the DescribeUserGw response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeUserGwResponseData {
    /** 对端网关名称。 */
    userGwName?: string | undefined;
    /** 系统分配的对端网关ID，例如：400。 */
    userGwId?: number | undefined;
    /** 系统分配的新的对端网关ID，推荐使用新的对端网关ID，例如：cgw-1tb1k34n。 */
    unUserGwId?: string | undefined;
    /** 对端网关公网IP。 */
    userGwAddr?: string | undefined;
    /** 已链接的通道数量。 */
    vpnConnNum?: number | undefined;
    /** 创建时间：2016-06-23 11:11:49。 */
    createTime?: string | undefined;
}
/** Items of data in the DescribeUserGwVendor response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeUserGwVendorResponseData {
    /** 平台 */
    platform?: string | undefined;
    /** 软件版本 */
    software?: string | undefined;
    /** 供应商 */
    vendorname?: string | undefined;
}
/** Items of IKESet in the AddVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface AddVpnConnExIKESet {
    /** IKE配置，加密算法，可选值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc'，默认为3des-cbc，更多详见产品说明文档。 */
    propoEncryAlgorithm?: string | undefined;
    /** IKE配置，认证算法：可选值：'md5','sha'，默认为md5，更多详见产品说明文档。 */
    propoAuthenAlgorithm?: string | undefined;
    /** IKE配置，协商模式：可选值：'aggressive','main'，默认为main，更多详见产品说明文档。 */
    exchangeMode?: string | undefined;
    /** IKE配置，本端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。 */
    localIdentity?: string | undefined;
    /** IKE配置，对端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。 */
    remoteIdentity?: string | undefined;
    /** IKE配置，本端标识，当localIdentity选为address时，localAddress必填。localAddress默认为vpn网关公网IP，更多详见产品说明文档。 */
    localAddress?: string | undefined;
    /** IKE配置，对端标识，当remoteIdentity选为address时，remoteAddress必填，更多详见产品说明文档。 */
    remoteAddress?: string | undefined;
    /** IKE配置，本端标识，当localIdentity选为fqdn时，localFqdnName必填，更多详见产品说明文档。 */
    localFqdnName?: string | undefined;
    /** IKE配置，对端标识，当remoteIdentity选为fqdn时，remoteFqdnName必填，更多详见产品说明文档。 */
    remoteFqdnName?: string | undefined;
    /** IKE配置，DH group，指定IKE交换密钥时使用的DH组，可选值：'group1','group2','group5','group14','group24'，更多详见产品说明文档。 */
    dhGroupName?: string | undefined;
    /** IKE配置，IKE SA Lifetime，单位：秒，设置IKE SA的生存周期，取值范围：60-604800，更多详见产品说明文档。 */
    ikeSaLifetimeSeconds?: number | undefined;
    /** IPsec配置，加密算法，取值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc','null'，默认为3des-cbc，更多详见产品说明文档。 */
    encryptAlgorithm?: string | undefined;
}
/** Items of IPsecSet in the AddVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface AddVpnConnExIPsecSet {
    /** IPsec配置, 认证算法: 可选值: 'md5','sha', 默认为md5, 更多详见产品说明文档。 */
    integrityAlgorithm?: string | undefined;
    /** IPsec配置, IPsec SA lifetime(s): 单位秒, 取值范围: 180-604800, 更多详见产品说明文档。 */
    ipsecSaLifetimeSeconds?: number | undefined;
    /** IPsec配置, IPsec SA lifetime(KB): 单位KB, 取值范围: 2560-604800, 更多详见产品说明文档。 */
    ipsecSaLifetimeTraffic?: number | undefined;
    /** IPsec配置, PFS: 可选值: 'null','dh-group1','dh-group14','dh-group2','dh-group24','dh-group5', 默认为null, 更多详见产品说明文档。 */
    pfsDhGroup?: string | undefined;
}
/** Items of data in the AddVpnConnEx response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface AddVpnConnExResponseData {
    /** 任务ID, 操作结果可以用taskId查询, 详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Items of data in the DeleteVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteVpnConnResponseData {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Items of IKESet in the ModifyVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifyVpnConnExIKESet {
    /** IKE配置，加密算法，可选值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc'，默认为3des-cbc，更多详见产品说明文档。 */
    propoEncryAlgorithm?: string | undefined;
    /** IKE配置，认证算法：可选值：'md5','sha'，默认为md5，更多详见产品说明文档。 */
    propoAuthenAlgorithm?: string | undefined;
    /** IKE配置，协商模式：可选值：'aggressive','main'，默认为main，更多详见产品说明文档。 */
    exchangeMode?: string | undefined;
    /** IKE配置，本端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。 */
    localIdentity?: string | undefined;
    /** IKE配置，对端标识类型：可选值：'address','fqdn'，默认为address，更多详见产品说明文档。 */
    remoteIdentity?: string | undefined;
    /** IKE配置，本端标识，当localIdentity选为address时，localAddress必填。localAddress默认为vpn网关公网IP，更多详见产品说明文档。 */
    localAddress?: string | undefined;
    /** IKE配置，对端标识，当remoteIdentity选为address时，remoteAddress必填，更多详见产品说明文档。 */
    remoteAddress?: string | undefined;
    /** IKE配置，本端标识，当localIdentity选为fqdn时，localFqdnName必填，更多详见产品说明文档。 */
    localFqdnName?: string | undefined;
    /** IKE配置，对端标识，当remoteIdentity选为fqdn时，remoteFqdnName必填，更多详见产品说明文档。 */
    remoteFqdnName?: string | undefined;
    /** IKE配置，DH group，指定IKE交换密钥时使用的DH组，可选值：'group1','group2','group5','group14','group24'，更多详见产品说明文档。 */
    dhGroupName?: string | undefined;
    /** IKE配置，IKE SA Lifetime，单位：秒，设置IKE SA的生存周期，取值范围：60-604800，更多详见产品说明文档。 */
    ikeSaLifetimeSeconds?: number | undefined;
    /** IPsec配置，加密算法，取值：'3des-cbc','aes-cbc-128','aes-cbc-192','aes-cbc-256','des-cbc','null'，默认为3des-cbc，更多详见产品说明文档。 */
    encryptAlgorithm?: string | undefined;
}
/** Items of IPsecSet in the ModifyVpnConnEx request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifyVpnConnExIPsecSet {
    /** IPsec配置，认证算法：可选值：'md5','sha'，默认为md5，更多详见产品说明文档。 */
    integrityAlgorith?: string | undefined;
    /** IPsec配置, IPsec SA lifetime(s): 单位秒, 取值范围: 180-604800, 更多详见产品说明文档。 */
    ipsecSaLifetimeSeconds?: number | undefined;
    /** IPsec配置, IPsec SA lifetime(KB): 单位KB, 取值范围: 2560-604800, 更多详见产品说明文档。 */
    ipsecSaLifetimeTraffic?: number | undefined;
    /** IPsec配置, PFS: 可选值: 'null','dh-group1','dh-group14','dh-group2','dh-group24','dh-group5', 默认为null, 更多详见产品说明文档。 */
    pfsDhGroup?: string | undefined;
}
/** Items of data in the ModifyVpnConnEx response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifyVpnConnExResponseData {
    /** 任务ID, 操作结果可以用taskId查询, 详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Items of data in the DescribeVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeVpnConnResponseData {
    /** 系统分配的私有网络ID，例如：gz_vpc_8849。 */
    vpcId?: string | undefined;
    /** 系统分配的新的私有网络ID，建议使用新ID，例如：vpc-0ox8fuhw。 */
    unVpcId?: string | undefined;
    /** 系统分配的vpn网关ID，例如：122。 */
    vpnGwId?: number | undefined;
    /** 系统分配的新的vpn网关ID，建议使用新ID，例如：vpngw-nhg87nmg。 */
    unVpnGwId?: string | undefined;
    /** vpn网关公网IP，例如：112.2.3.10。 */
    vpnGwAddress?: string | undefined;
    /** 系统分配的对端网关ID，例如：122。 */
    userGwId?: string | undefined;
    /** 系统分配的新的对端网关ID，例如：cgw-e098slul。 */
    unUserGwId?: string | undefined;
    /** 对端网关公网IP，例如：183.12.0.1。 */
    userGwAddress?: string | undefined;
    /** 通道名称。 */
    vpnConnName?: string | undefined;
    /** 预共享密钥，例如：d!@#12d。 */
    preSharedKey?: string | undefined;
    /** 源网段。 */
    sourceCidr?: Array<Record<string, unknown>> | undefined;
    /** 目标网段。 */
    destinationCidr?: Array<Record<string, unknown>> | undefined;
    /** vpn通道状态, 0:创建中, 1:创建出错, 2:修改中, 3:修改出错, 4:删除中, 5:删除出错, 6:运行正常。 */
    vpcConnStatus?: number | undefined;
    /** vpn通道网络状态, available:已连通, unavailable:未连通。 */
    netStatus?: string | undefined;
    /** IKE配置信息数组。 */
    IKESet?: DescribeVpnConnResponseDataIKESet | undefined;
    /** IPsec配置信息数组。 */
    IPsecSet?: DescribeVpnConnResponseDataIPsecSet | undefined;
}
/** Members of data.IKESet in the DescribeVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeVpnConnResponseDataIKESet {
    /** IKE配置, 身份认证方法, 例如: '3des-cbc', 更多详见产品说明文档。 */
    propoEncryAlgorithm?: string | undefined;
    /** IKE配置, 认证算法, 例如: 'md5', 更多详见产品说明文档。 */
    propoAuthenAlgorithm?: string | undefined;
    /** IKE配置, 协商模式: 例如: 'aggressive', 更多详见产品说明文档。 */
    exchangeMode?: string | undefined;
    /** IKE配置, 本端标识类型: 例如: 'address', 更多详见产品说明文档。 */
    localIdentity?: string | undefined;
    /** IKE配置, 对端标识类型: 例如: 'address', 更多详见产品说明文档。 */
    remoteIdentity?: string | undefined;
    /** IKE配置, 本端标识, localAddress默认为vpn网关公网IP, 更多详见产品说明文档。 */
    localAddress?: string | undefined;
    /** IKE配置, 对端标识, 更多详见产品说明文档。 */
    remoteAddress?: string | undefined;
    /** IKE配置, 本端标识, 更多详见产品说明文档。 */
    localFqdnName?: string | undefined;
    /** IKE配置, 对端标识, 更多详见产品说明文档。 */
    remoteFqdnName?: string | undefined;
    /** IKE配置, DH group, 指定IKE交换密钥时使用的DH组, 例如: 'group1', 更多详见产品说明文档。 */
    dhGroupName?: string | undefined;
    /** IKE配置, IKE SA Lifetime, 单位: 秒, 设置IKE安全提议的SA生存周期, 例如: 3600, 更多详见产品说明文档。 */
    ikeSaLifetimeSeconds?: number | undefined;
}
/** Members of data.IPsecSet in the DescribeVpnConn response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeVpnConnResponseDataIPsecSet {
    /** IPsec配置, 加密算法, 例如: '3des-cbc', 更多详见产品说明文档。 */
    encryptAlgorithm?: string | undefined;
    /** IPsec配置, 认证算法: 例如: 'md5', 更多详见产品说明文档。 */
    integrityAlgorith?: string | undefined;
    /** IPsec配置, 报文封装模式: 例如: 'tunnel', 更多详见产品说明文档。 */
    encapMode?: string | undefined;
    /** IPsec配置, 安全协议: 例如: 'ESP', 更多详见产品说明文档。 */
    securityProto?: string | undefined;
    /** IPsec配置, IPsec SA lifetime(s): 单位秒, 例如: 360, 更多详见产品说明文档。 */
    ipsecSaLifetimeSeconds?: number | undefined;
    /** IPsec配置, IPsec SA lifetime(KB): 单位KB, 例如: 3600, 更多详见产品说明文档。 */
    ipsecSaLifetimeTraffic?: number | undefined;
    /** IPsec配置, PFS: 例如: 'dh-group1'更多详见产品说明文档。 */
    pfsDhGroup?: string | undefined;
}
/** Items of data in the GetVpnConnConfig response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface GetVpnConnConfigResponseData {
    /** 配置文件内容 */
    configFileInfo?: string | undefined;
}
/** Items of data in the DescribeVpnConnMonitor response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeVpnConnMonitorResponseData {
    /** 通道指标流量带宽，单位bps，每5min记录。示例：data[1] 表示 (starttime+5) ~ (starttime+10) min的通道指标流量带宽，metricName为outtraffic表示返回出流量，intraffic时表示返回为入流量 */
    data?: Array<Record<string, unknown>> | undefined;
}
/** Items of data in the DescribeVpcPeeringConnections response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeVpcPeeringConnectionsResponseData {
    /** 发起方私有网络 ID, 例如: gz_vpc_245 */
    vpcId?: string | undefined;
    /** uniqVpcId 的别名 */
    unVpcId?: string | undefined;
    /** 接收方私有网络 ID, 例如: gz_vpc_24 */
    peerVpcId?: string | undefined;
    /** uniqPeerVpcId 的别名 */
    unPeerVpcId?: string | undefined;
    /** 发起方 appId */
    appId?: string | undefined;
    /** 对等连接ID, 例如: pcx-dt8c7fa0 */
    peeringConnectionId?: string | undefined;
    /** 对等连接名称 */
    peeringConnectionName?: string | undefined;
    /** 连接状态 0：申请中 1：连接成功 2：已过期 3：对端已拒绝 4：对端已删除 */
    state?: number | undefined;
    /** 对等连接创建时间 */
    createTime?: string | undefined;
    /** 您在腾讯云金融专区唯一账号标识，您可以在用户中心的个人信息中查看，详情请参见 操作指南 */
    uin?: string | undefined;
    /** 接收方腾讯云金融专区唯一账号标识，您可以联系接收方去用户中心的个人信息中查看，详情请参见 操作指南 */
    peerUin?: string | undefined;
    /** 发起方私有网络统一 ID，例如：vpc-8e0y3m3z */
    uniVpcId?: string | undefined;
    /** 接收方统一私有网络 ID，例如：vpc-8e0y3m35 */
    uniPeerVpcId?: string | undefined;
    /** 发起方地域，例如：cd */
    region?: string | undefined;
    /** 接收方地域，例如：hk */
    peerRegion?: string | undefined;
}
/** Items of data in the CreateDirectConnectGateway response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateDirectConnectGatewayResponseData {
    /** 专线网关ID，例如：dcg-mmfdp2b */
    directConnectGatewayId?: string | undefined;
}
/** Items of data in the DescribeDirectConnectGateway response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeDirectConnectGatewayResponseData {
    /** 系统分配的vpcId，例如：gz_vpc_266。 */
    vpcId?: string | undefined;
    /** 系统分配的vpc统一ID，例如：vpc-d454dd。 */
    unVpcId?: string | undefined;
    /** 专线网关名称。 */
    directConnectGatewayName?: string | undefined;
    /** 系统分配的专线网关ID，例如：d cg-dgd454。 */
    directConnectGatewayId?: string | undefined;
    /** 专线网关类型；0：非NAT网关；1：NAT网关。 */
    type?: number | undefined;
    /** 本端IP转换规则个数。 */
    snaptNum?: number | undefined;
    /** 对端IP转换规则个数。 */
    dnatNum?: number | undefined;
    /** 本端目的IP端口转换规则个数。 */
    dnaptNum?: number | undefined;
    /** 创建时间。 */
    createTime?: string | undefined;
}
/** Items of localIPTranslation in the CreateLocalIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateLocalIPTranslationNatRuleLocalIPTranslation {
    /** 原始IP。 */
    originalIP: string;
    /** 转换后IP。 */
    translationIP: string;
    /** 备注。 */
    description?: string | undefined;
}
/** Members of data in the CreateLocalIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateLocalIPTranslationNatRuleResponseData {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Items of localIPTranslation in the DeleteLocalIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteLocalIPTranslationNatRuleLocalIPTranslation {
    /** 原始IP。 */
    originalIP: string;
    /** 转换后IP。 */
    translationIP: string;
}
/** Members of data in the DeleteLocalIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteLocalIPTranslationNatRuleResponseData {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Items of data in the DescribeLocalIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeLocalIPTranslationNatRuleResponseData {
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 备注。 */
    description?: string | undefined;
}
/** Items of aclRules in the CreateLocalIPTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateLocalIPTranslationAclRuleAclRules {
    /** 协议：TCP、UDP或者ALL。 */
    protocol: string;
    /** 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    sourcePort: string;
    /** 访问的目的IP，支持IP、IP段 (CIDR格式)，如果不填写指所有IP。 */
    destinationCidr: string;
    /** 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    destinationPort: string;
}
/** Items of aclRules in the ModifyLocalIPTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifyLocalIPTranslationAclRuleAclRules {
    /** 系统分配的acl ID，例如：25。 */
    aclRuleId: number;
    /** 协议：TCP、UDP or ALL。 */
    protocol: string;
    /** 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    sourcePort: string;
    /** 访问的目的IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。 */
    destinationCidr: string;
    /** 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    destinationPort: string;
}
/** Items of data in the DescribeLocalIPTranslationAclRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeLocalIPTranslationAclRuleResponseData {
    /** ACL 规则 ID, 例如: 25 */
    aclRuleId?: number | undefined;
    /** 协议, 例如 TCP */
    protocol?: string | undefined;
    /** 访问的源端口, 例如: 900 */
    sourcePort?: string | undefined;
    /** 访问的目的 IP, 例如: 10.0.0.2/16 */
    destinationCidr?: string | undefined;
    /** 访问的目的端口, 例如: 80-90 */
    destinationPort?: string | undefined;
}
/** Items of localSourceIPPortTranslation in the CreateLocalSourceIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation {
    /** 转换后IP池。 */
    translationIPPool: string;
    /** 备注信息。 */
    description?: string | undefined;
}
/** Members of data in the CreateLocalSourceIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateLocalSourceIPPortTranslationNatRuleResponseData {
    /** 任务ID。操作结果可以用taskId查询，详见 查询任务执行结果 接口。 */
    taskId?: number | undefined;
}
/** Items of localSourceIPPortTranslation in the DeleteLocalSourceIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation {
    /** 转换后IP池。 */
    translationIPPool: string;
}
/** Members of data in the DeleteLocalSourceIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteLocalSourceIPPortTranslationNatRuleResponseData {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Items of data in the DescribeLocalSourceIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeLocalSourceIPPortTranslationNatRuleResponseData {
    /** 映射后IP池。 */
    translationIPPool?: string | undefined;
    /** 备注。 */
    description?: string | undefined;
}
/** Items of aclRules in the CreateLocalSourceIPPortTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateLocalSourceIPPortTranslationAclRuleAclRules {
    /** 协议：TCP、UDP or ALL。 */
    protocol: string;
    /** 访问的源IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。 */
    sourceCidr: string;
    /** 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    sourcePort: string;
    /** 访问的目的IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。 */
    destinationCidr: string;
    /** 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    destinationPort: string;
}
/** Items of aclRules in the ModifyLocalSourceIPPortTranslationAclRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface ModifyLocalSourceIPPortTranslationAclRuleAclRules {
    /** ACL规则ID，例如：25。 */
    aclRuleId: number;
    /** 协议：TCP、UDP or ALL。 */
    protocol: string;
    /** 访问的源IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。 */
    sourceCidr: string;
    /** 访问的源端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    sourcePort: string;
    /** 访问的目的IP，支持IP、IP段（CIDR格式），如果不填写指所有IP。 */
    destinationCidr: string;
    /** 访问的目的端口，支持xx-xx范围，不填或者填0或者0-0都表示不限端口。 */
    destinationPort: string;
}
/** Items of data in the DescribeLocalSourceIPPortTranslationAclRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeLocalSourceIPPortTranslationAclRuleResponseData {
    /** ACL规则ID，例如：25。 */
    aclRuleId?: number | undefined;
    /** 协议，例如TCP。 */
    protocol?: string | undefined;
    /** 访问的源IP，11.0.0.1/16。 */
    sourceCidr?: string | undefined;
    /** 访问的源端口，例如：900。 */
    sourcePort?: string | undefined;
    /** 访问的目的IP，例如：10.0.0.2/16。 */
    destinationCidr?: string | undefined;
    /** 访问的目的端口，例如：80-90。 */
    destinationPort?: string | undefined;
}
/** Items of localDestinationIPPortTranslation in the CreateLocalDestinationIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation {
    /** 原始IP。 */
    originalIP: string;
    /** 原始Port。 */
    originalPort: string;
    /** 转换后IP。 */
    translationIP: string;
    /** 转换后Port。 */
    translationPort: string;
    /** 协议。 */
    proto: string;
    /** 备注。 */
    description?: string | undefined;
}
/** Items of localDestinationIPPortTranslation in the DeleteLocalDestinationIPPortTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeleteLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation {
    /** 原始IP。 */
    originalIP: string;
    /** 原始Port。 */
    originalPort: string;
    /** 转换后IP。 */
    translationIP: string;
    /** 转换后Port。 */
    translationPort: string;
    /** 协议。 */
    proto: string;
}
/** Items of data in the DescribeLocalDestinationIPPortTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeLocalDestinationIPPortTranslationNatRuleResponseData {
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 原始Port。 */
    originalPort?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 转换后Port。 */
    translationPort?: string | undefined;
    /** 协议。 */
    proto?: string | undefined;
    /** 备注。 */
    description?: string | undefined;
}
/** Items of peerIPTranslation in the CreatePeerIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreatePeerIPTranslationNatRulePeerIPTranslation {
    /** 原始IP。 */
    originalIP: string;
    /** 转换后IP。 */
    translationIP: string;
    /** 备注。 */
    description?: string | undefined;
}
/** Items of peerIPTranslation in the DeletePeerIPTranslationNatRule request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DeletePeerIPTranslationNatRulePeerIPTranslation {
    /** 原始IP。 */
    originalIP: string;
    /** 转换后IP。 */
    translationIP: string;
}
/** Items of data in the DescribePeerIPTranslationNatRule response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribePeerIPTranslationNatRuleResponseData {
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 备注。 */
    description?: string | undefined;
}
/** Items of data in the QueryNatGatewayProductionStatus response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface QueryNatGatewayProductionStatusResponseData {
    /** 生产结果 : 0: 成功, 1:失败, 2:进行中 */
    status?: number | undefined;
    /** 错误码 */
    errorCode?: string | undefined;
}
/** Items of data in the DescribeNatGateway response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNatGatewayResponseData {
    /** NAT网关统一ID, 例如: nat-xx454 */
    natId?: string | undefined;
    /** 私有网络统一ID, 例如: vpc-xgfd55d */
    vpcId?: string | undefined;
    /** NAT网关名称 */
    natName?: string | undefined;
    /** NAT网关状态, 0:运行中, 1:不可用, 2:欠费停服 */
    state?: number | undefined;
    /** NAT网关并发连接上限, 100w:小型, 300w:中型, 1000w:大型, 详见 NAT网关产品说明 */
    maxConcurrent?: number | undefined;
    /** 网关最大外出带宽(单位:Mbps), 详见 NAT网关产品说明 */
    bandwidth?: number | undefined;
    /** 弹性 IP 的个数, 例如: nat-xx454 */
    eipCount?: string | undefined;
    /** 网关所有弹性IP信息, 例如: [183.60.249.11] */
    eipSet?: Array<Record<string, unknown>> | undefined;
    /** NAT网关创建时间, 例如: 2016-06-21 12:01:23 */
    createTime?: string | undefined;
    /** NAT网关的生产状态, 0: 创建中, 1: 创建成功, 2: 创建失败, 3: 变更中, 4: 变更失败, 5: 删除中, 6: 删除失败 */
    productionStatus?: number | undefined;
}
/** Items of privateIpAddressSet in the CreateNetworkInterface request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateNetworkInterfacePrivateIpAddressSet {
    /** 是否为主IP，只能设置一个主IP。 */
    primary: boolean;
    /** 指定的内网IP地址。 */
    privateIpAddress: string;
}
/** Items of data in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkInterfacesResponseData {
    /** 弹性网卡总数量 */
    totalNum?: number | undefined;
    /** 弹性网卡信息数组 */
    data?: Array<Record<string, unknown>> | undefined;
    /** 弹性网卡对应的私有网络ID。例如：vpc-8e0ypm3z */
    vpcId?: string | undefined;
    /** 弹性网卡对应的子网ID。例如：subnet-0ap8nwca */
    subnetId?: string | undefined;
    /** 弹性网卡对应的子网所在的可用区ID。例如：200001 */
    zoneId?: number | undefined;
    /** 弹性网卡名称 */
    eniName?: string | undefined;
    /** 弹性网卡描述 */
    eniDescription?: string | undefined;
    /** 弹性网卡ID。例如：eni-m6dyj72l */
    networkInterfaceId?: string | undefined;
    /** 是否为主网卡。true：主网卡；false：普通网卡 */
    primary?: boolean | undefined;
    /** 弹性网卡mac地址。例如：02:81:60:cb:27:37 */
    macAddress?: string | undefined;
    /** 弹性网卡绑定的 IP 信息 */
    privateIpAddressesSet?: DescribeNetworkInterfacesResponseDataPrivateIpAddressesSet[] | undefined;
    /** 弹性网卡绑定的云服务器信息 */
    instanceSet?: DescribeNetworkInterfacesResponseDataInstanceSet | undefined;
    /** 弹性网卡绑定的安全组信息 */
    groupSet?: DescribeNetworkInterfacesResponseDataGroupSet[] | undefined;
}
/** Items of data.privateIpAddressesSet in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkInterfacesResponseDataPrivateIpAddressesSet {
    /** IP地址 */
    privateIpAddress?: string | undefined;
    /** 是否为主IP, true : 是; false : 否 */
    primary?: boolean | undefined;
    /** 备注 */
    description?: string | undefined;
    /** 公网IP */
    wanIp?: string | undefined;
    /** 外网IP是否被封堵 */
    isWanIpBlocked?: boolean | undefined;
    /** 弹性公网IP ID */
    eipId?: string | undefined;
}
/** Items of data.instanceSet in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkInterfacesResponseDataInstanceSet {
    /** 腾讯云金融专区服务器实例ID, 例如 : ins-xx44545f */
    instanceId?: string | undefined;
    /** 绑定时间, 例如 : 2016-02-15 19:20:54 */
    attachTime?: string | undefined;
}
/** Items of data.groupSet in the DescribeNetworkInterfaces response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeNetworkInterfacesResponseDataGroupSet {
    /** 安全组ID, 例如 : sg-dfg1df54 */
    sgId?: string | undefined;
    /** 安全组名称 */
    sgName?: string | undefined;
    /** 安全组项目ID */
    projectId?: number | undefined;
}
/** Items of privateIpAddressSet in the AssignPrivateIpAddresses request (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface AssignPrivateIpAddressesPrivateIpAddressSet {
    /** 是否为主IP，只能设置一个主IP。 */
    primary: boolean;
    /** 指定的内网IP地址。 */
    privateIpAddress: string;
}
/** Input of CreateVpc: 创建私有网络 */
export interface CreateVpcRequest {
    /** 私有网络名称，可任意命名，但不得超过60个字符。 */
    vpcName: string;
    /** VPC网段,可选值 10.0.0.0/16、172.16.0.0/16和192.168.0.0/16及它们包含的子网，详见VPC网段规划说明。 */
    cidrBlock: string;
    /** 子网信息数组，创建VPC时可以同时创建子网，可选项。 */
    subnetSet?: CreateVpcSubnetSet[] | undefined;
}
/**
 * Output of CreateVpc: 创建私有网络
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateVpcResponse {
    /** 系统分配的vpcId，示例：gz_vpc_226。 */
    vpcId?: string | undefined;
    /** 系统分配的VPC统一ID，由vpcId升级而来，为了兼容这两种ID系统都支持，推荐使用统一ID，示例：vpc-2ari9m7h。 */
    unVpcId?: string | undefined;
    /** VPC的创建时间，示例:2015-11-06 11:33:52。 */
    vpcCreateTime?: string | undefined;
    /** 子网信息，同时添加了子网时才会返回。 */
    subnetSet?: CreateVpcResponseSubnetSet[] | undefined;
    /** 路由表信息，子网默认关联到默认路由表。 */
    routeTableSet?: CreateVpcResponseRouteTableSet[] | undefined;
}
/** Input of DeleteVpc: 删除私有网络 */
export interface DeleteVpcRequest {
    /** 系统分配的私有网络ID, 支持升级前的vpcId, 也支持升级后的unVpcId。 */
    vpcId: string;
}
/**
 * Output of DeleteVpc: 删除私有网络
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteVpcResponse {
}
/** Input of ModifyVpcAttribute: 修改私有网络名称 */
export interface ModifyVpcAttributeRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId。 */
    vpcId: string;
    /** 私有网络名称，可任意命名，但不得超过60个字符。 */
    vpcName: string;
}
/**
 * Output of ModifyVpcAttribute: 修改私有网络名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyVpcAttributeResponse {
}
/** Input of DescribeVpcEx: 查询私有网络列表 */
export interface DescribeVpcExRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId。 */
    vpcId?: string | undefined;
    /** 私有网络名称，支持模糊搜索。 */
    vpcName?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20。 */
    limit?: number | undefined;
    /** 按某个字段排序，目前仅支持createTime,vpcName排序，默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc) ，默认：desc。 */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpcEx: 查询私有网络列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeVpcExResponse {
    /** 开发商VPC总数。 */
    totalCount?: number | undefined;
    /** VPC信息组。 */
    data?: DescribeVpcExResponseData[] | undefined;
}
/** Input of AssociateVip: 绑定私有网络内主机与VIP */
export interface AssociateVipRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-2ari9m7h。 */
    vpcId: string;
    /** VIP的ID，例如：12，VIP ID需要联系在线客服申请 */
    vipId: number;
    /** 云服务器内网IP，例如：10.0.0.1。查询云服务器IP详见 查看实例列表 。 */
    lanIp: string;
}
/**
 * Output of AssociateVip: 绑定私有网络内主机与VIP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AssociateVipResponse {
}
/** Input of CreateSubnet: 创建子网 */
export interface CreateSubnetRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 子网信息数组，创建VPC时可以同时创建子网，可选项。 */
    subnetSet: CreateSubnetSubnetSet[];
}
/**
 * Output of CreateSubnet: 创建子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateSubnetResponse {
    /** 子网信息，同时添加了子网时才会返回。 */
    subnetSet?: CreateSubnetResponseSubnetSet[] | undefined;
}
/** Input of DeleteSubnet: 删除子网 */
export interface DeleteSubnetRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-kd7d06of。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 要删除的子网ID值，可使用subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-k20jbhp0。可通过 DescribeSubnetEx 接口查询。 */
    subnetId: string;
}
/**
 * Output of DeleteSubnet: 删除子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteSubnetResponse {
}
/** Input of ModifySubnetAttribute: 修改子网属性 */
export interface ModifySubnetAttributeRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 要修改的子网ID值，可使用subnetId或unSubnetId，建议使用unsubnetId。可通过 DescribeSubnetEx 接口查询。 */
    subnetId: string;
    /** 子网名称，可任意命名，但不得超过60个字符。 */
    subnetName: string;
}
/**
 * Output of ModifySubnetAttribute: 修改子网属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifySubnetAttributeResponse {
}
/** Input of DescribeSubnetEx: 查询子网列表 */
export interface DescribeSubnetExRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-kd7d06of，可通过 DescribeVpcEx 接口查询。 */
    vpcId?: string | undefined;
    /** 系统分配的子网ID，可使用subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-3lzkspo。 */
    subnetId?: string | undefined;
    /** 子网名称，支持模糊查询。 */
    subnetName?: string | undefined;
    /** 可用区ID，详见VPC可用区说明。 */
    zoneIds?: string[] | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20。 */
    limit?: number | undefined;
    /** 按某个字段排序，目前仅支持createTime,subnetName排序，默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc) ，默认：desc。 */
    orderDirection?: string | undefined;
    /** 是否查询关联ACLID，1：返回关联ACLID；0：不返回ACLID，默认:0。 */
    getAclIdFlag?: number | undefined;
}
/**
 * Output of DescribeSubnetEx: 查询子网列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeSubnetExResponse {
    /** 子网总数量。 */
    totalCount?: number | undefined;
    /** 返回的数组。 */
    data?: DescribeSubnetExResponseData[] | undefined;
}
/** Input of DescribeSubnet: 查询子网详情 */
export interface DescribeSubnetRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-piztzbpy。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的子网ID，可使用subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-piztzbpy。 */
    subnetId: string;
}
/**
 * Output of DescribeSubnet: 查询子网详情
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeSubnetResponse {
    /** 系统分配的子网ID，示例:subnetId_GZ_23。 */
    subnetId?: string | undefined;
    /** 子网名称。 */
    subnetName?: string | undefined;
    /** 子网创建时间，例如：2015-10-30 16:10:49。 */
    subnetCreateTime?: string | undefined;
    /** 子网网段，示例:192.168.0.0/25。 */
    cidrBlock?: string | undefined;
    /** 子网绑定的默认路由表ID，示例:gz_rtb_8751。 */
    routeTableId?: string | undefined;
    /** 子网所在可用区ID,示例:200001。 */
    zoneId?: string | undefined;
    /** 子网内IP数总量。 */
    totalIPNum?: number | undefined;
    /** 子网内可分配IP总数。 */
    availableIPNum?: number | undefined;
}
/** Input of CreateRouteTable: 创建路由表 */
export interface CreateRouteTableRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过DescribeVpcEx 口查询。 */
    vpcId: string;
    /** 路由表名称，可任意命名，但不得超过60个字符。 */
    routeTableName: string;
    /** 路由表内容，可选项。 */
    routeSet?: CreateRouteTableRouteSet[] | undefined;
}
/**
 * Output of CreateRouteTable: 创建路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateRouteTableResponse {
    /** 路由表ID，例如：gz_rtb_4545。 */
    routeTableId?: string | undefined;
    /** 路由表统一ID,建议使用统一ID标识路由表，例如：rtb-rqndayhs。 */
    unRouteTableId?: string | undefined;
    /** 路由表内容。 */
    routeTableSet?: CreateRouteTableResponseRouteTableSet[] | undefined;
}
/** Input of DeleteRouteTable: 删除路由表 */
export interface DeleteRouteTableRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。 */
    routeTableId: string;
}
/**
 * Output of DeleteRouteTable: 删除路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteRouteTableResponse {
}
/** Input of ModifyRouteTableAttribute: 修改路由表 */
export interface ModifyRouteTableAttributeRequest {
    /** 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的路由表ID值, 可使用routeTableId或unRouteTableId, 建议使用unRouteTableId, 例如: rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。 */
    routeTableId: string;
    /** 路由表名称, 可任意命名, 但不得超过60个字符。 */
    routeTableName?: string | undefined;
    /** 路由表内容, 可选项。 */
    routeSet?: ModifyRouteTableAttributeRouteSet[] | undefined;
}
/**
 * Output of ModifyRouteTableAttribute: 修改路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyRouteTableAttributeResponse {
}
/** Input of DescribeRouteTable: 查询路由表 */
export interface DescribeRouteTableRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-0ox8fuhw。可通过 DescribeVpcEx 接口查询。 */
    vpcId?: string | undefined;
    /** 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-0ox8fuhw。可通过 DescribeRouteTable 接口查询。 */
    routeTableId?: string | undefined;
    /** 路由表名，支持模糊查询。 */
    routeTableName?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20，最大支持50。 */
    limit?: number | undefined;
    /** 按某个字段排序，目前仅支持createTime,routeTableName排序，默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc) ，默认：desc。 */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeRouteTable: 查询路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeRouteTableResponse {
    /** 查询结果中路由总数量。 */
    totalCount?: number | undefined;
    /** 返回的数组。 */
    data?: DescribeRouteTableResponseData[] | undefined;
}
/** Input of AssociateRouteTable: 修改子网关联的路由表 */
export interface AssociateRouteTableRequest {
    /** 子网所属的私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-amhnao5。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 要关联的子网ID值，可使用subnetId或unSubnetId，建议使用unSubnetId，例如：subnet-3x5lf5q0。可通过 DescribeSubnetEx 接口查询。这里也支持批量，例如subnetId.0=subnet-3x5lf5q0。 */
    subnetId: string;
    /** 系统分配的路由表ID，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。 */
    routeTableId: string;
}
/**
 * Output of AssociateRouteTable: 修改子网关联的路由表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AssociateRouteTableResponse {
}
/** Input of CreateRoute: 新增路由策略 */
export interface CreateRouteRequest {
    /** 路由表所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。 */
    routeTableId: string;
    /** 路由表内容。 */
    routeSet: CreateRouteRouteSet[];
}
/**
 * Output of CreateRoute: 新增路由策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateRouteResponse {
}
/** Input of DeleteRoute: 删除路由策略 */
export interface DeleteRouteRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-rqndayhs。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的路由表ID值，可使用routeTableId或unRouteTableId，建议使用unRouteTableId，例如：rtb-rqndayhs。可通过 DescribeRouteTable 接口查询。 */
    routeTableId: string;
    /** 路由表内容，可选项。 */
    routeSet: DeleteRouteRouteSet[];
}
/**
 * Output of DeleteRoute: 删除路由策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteRouteResponse {
}
/** Input of CreateNetworkAcl: 创建VPC网络ACL */
export interface CreateNetworkAclRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-4n9efgju。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 网络ACL名称，可任意命名，但不得超过60个字符。 */
    networkAclName: string;
}
/**
 * Output of CreateNetworkAcl: 创建VPC网络ACL
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateNetworkAclResponse {
    data?: CreateNetworkAclResponseData | undefined;
}
/** Input of DeleteNetworkAcl: 删除网络ACL */
export interface DeleteNetworkAclRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-erxok83l。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的网络ACL ID，例如：acl-jk7weyp2。可通过 DescribeNetworkAcl 接口查询。 */
    networkAclId: string;
}
/**
 * Output of DeleteNetworkAcl: 删除网络ACL
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteNetworkAclResponse {
}
/** Input of ModifyNetworkAcl: 修改网络ACL名称 */
export interface ModifyNetworkAclRequest {
    /** 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-ktom9wg5。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的网络ACL ID, 例如: acl-cva92t60。可通过 DescribeNetworkAcl 接口查询。 */
    networkAclId: string;
    /** 网络ACL名称, 可任意命名, 但不得超过60个字符。 */
    networkAclName: string;
}
/**
 * Output of ModifyNetworkAcl: 修改网络ACL名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyNetworkAclResponse {
}
/** Input of DescribeNetworkAcl: 查询网络ACL列表 */
export interface DescribeNetworkAclRequest {
    /** 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-0ox8fuhw。可通过 DescribeVpcEx 接口查询。 */
    vpcId?: string | undefined;
    /** 系统分配的网络ACL ID, 例如: acl-0ox8fuhw。可通过 DescribeNetworkAcl 接口查询。 */
    networkAclId?: string | undefined;
    /** 初始行的偏移量, 默认为0。 */
    offset?: number | undefined;
    /** 每页行数, 默认为20, 最大支持50。 */
    limit?: number | undefined;
    /** 按某个字段排序, 目前仅支持createTime,networkAclName排序, 默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc), 默认: desc。 */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeNetworkAcl: 查询网络ACL列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeNetworkAclResponse {
    /** 返回值中网络ACL总数量。 */
    totalCount?: number | undefined;
    /** 返回的数组。 */
    data?: DescribeNetworkAclResponseData[] | undefined;
}
/** Input of ModifyNetworkAclEntry: 设置网络ACL规则 */
export interface ModifyNetworkAclEntryRequest {
    /** 子网所属的私有网络ID值, 可使用vpcId或unVpcId, 建议使用unVpcId, 例如: vpc-jk7weyp2。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的网络ACL ID, 例如: acl-jk7weyp2。可通过 DescribeNetworkAcl 接口查询。 */
    networkAclId: string;
    /** 网络ACL方向, 1: 入站, 0: 出站。 */
    ruleDirection: number;
    /** 网络ACL策略信息数组。 */
    networkAclEntrySet: ModifyNetworkAclEntryNetworkAclEntrySet[];
}
/**
 * Output of ModifyNetworkAclEntry: 设置网络ACL规则
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyNetworkAclEntryResponse {
}
/** Input of CreateSubnetAclRule: 网络ACL绑定子网 */
export interface CreateSubnetAclRuleRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-erxok83l。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的网络ACL ID，例如：acl-e9dbyl8s。可通过 DescribeNetworkAcl 接口查询。 */
    networkAclId: string;
    /** 系统分配的子网ID列表，兼容subnetId或unSubnetId，建议使用unsubnetId，例如：subnet-i6mdq6ra。可通过 DescribeSubnetEx 接口查询。 */
    subnetIds: string[];
}
/**
 * Output of CreateSubnetAclRule: 网络ACL绑定子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateSubnetAclRuleResponse {
}
/** Input of DeteleSubnetAclRule: 网络ACL解绑子网 */
export interface DeteleSubnetAclRuleRequest {
    /** 子网所属的私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的网络ACL ID，例如：acl-e9dbyl8s。可通过 DescribeNetworkAcl 接口查询。 */
    networkAclId: string;
    /** 系统分配的子网ID列表，兼容subnetId或unSubnetId，建议使用unsubnetId，可通过 DescribeSubnetEx 接口查询。 */
    subnetIds: string[];
}
/**
 * Output of DeteleSubnetAclRule: 网络ACL解绑子网
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeteleSubnetAclRuleResponse {
}
/** Input of InquiryVpnPrice: 查询VPN网关价格 */
export interface InquiryVpnPriceRequest {
    /** 查询的购买时长，单位月，最大36个月。 */
    period: number;
    /** 带宽，只支持：5、10、20、50、100，单位Mb/s。 */
    bandwidth: number;
}
/**
 * Output of InquiryVpnPrice: 查询VPN网关价格
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface InquiryVpnPriceResponse {
    /** 价格。 */
    price?: number | undefined;
}
/** Input of CreateVpn: 购买VPN网关 */
export interface CreateVpnRequest {
    /** IPsec VPN网关名称，可任意命名，但不得超过60个字符。 */
    name: string;
    /** 网络ID或者统一ID，建议使用统一ID,可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 查询的购买时长，单位月，最大36个月。 */
    period: number;
    /** 带宽，只支持：5、10、20、50、100，单位Mb。 */
    bandwidth: number;
}
/**
 * Output of CreateVpn: 购买VPN网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateVpnResponse {
    /** 生成的订单号，可以用订单号调用 查询VPN网关列表 查询VPN信息 */
    dealIds?: Array<Record<string, unknown>> | undefined;
}
/** Input of ModifyVpnGw: 修改VPN网关属性 */
export interface ModifyVpnGwRequest {
    /** 私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-amhnao5。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 要修改的VPN网关ID值，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。 */
    vpnGwId: string;
    /** 修改后网关名称，可任意命名，但不得超过60个字符。 */
    vpnGwName?: string | undefined;
    /** 是否开启自动续费。0：不自动续费；1：自动续费。 */
    isAutoRenewals?: number | undefined;
}
/**
 * Output of ModifyVpnGw: 修改VPN网关属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyVpnGwResponse {
}
/** Input of DescribeVpnGw: 查询VPN网关列表 */
export interface DescribeVpnGwRequest {
    /** 私有网络ID值，可使用vpnId或unVpnId，建议使用unVpnId，例如：vpc-amhnao5，可选项。可通过 DescribeVpcEx 接口查询。 */
    vpnId?: string | undefined;
    /** 系统分配的VPN网关ID值，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv，可选项。 */
    vpnGwId?: string | undefined;
    /** vpn网关名称，支持模糊搜索。 */
    vpnGwName?: string | undefined;
    /** 购买VPN网关的订单号，可以按订单号查询购买的VPN网关信息。 */
    dealId?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20，最大支持50。 */
    limit?: number | undefined;
    /** 按某个字段排序，目前仅支持createTime,vpnGwName排序，默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc) ，默认：desc。 */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpnGw: 查询VPN网关列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeVpnGwResponse {
    /** 返回值中VPN网关总数量。 */
    totalCount?: number | undefined;
    /** 返回的数组。 */
    data?: DescribeVpnGwResponseData[] | undefined;
}
/** Input of RenewVpn: 续费VPN网关 */
export interface RenewVpnRequest {
    /** 网络ID或者统一ID, 建议使用统一ID, 示例: vpc-aa3z6vx0, 可通过 DescribeVpcEx 接口查询。 */
    vpnId: string;
    /** 要修改的 VPN 网关 ID 值, 可使用 vpnGwId 或 unVpnGwId, 建议 unVpnGwId, 示例: vpngw-nhg87nmg, 可通过 DescribeVpnGw 接口查询 */
    vpnGwId: string;
    /** 续费时长, 单位月, 最大36个月 */
    period: number;
}
/**
 * Output of RenewVpn: 续费VPN网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface RenewVpnResponse {
}
/** Input of AddUserGw: 创建对端网关 */
export interface AddUserGwRequest {
    /** 对端网关名称，可任意命名，但不得超过60个字符。 */
    userGwName: string;
    /** 对端网关公网IP，例如：183.30.0.1。 */
    userGwAddr: string;
}
/**
 * Output of AddUserGw: 创建对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AddUserGwResponse {
    /** 系统分配的对端网关ID，例如：cgw-e098slul */
    userGwId?: string | undefined;
}
/** Input of DeleteUserGw: 删除对端网关 */
export interface DeleteUserGwRequest {
    /** 对端网关ID，例如：cgw-ekrvxcdv，可通过 DescribeUserGw 接口查询对端网关。 */
    userGwId: string;
}
/**
 * Output of DeleteUserGw: 删除对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteUserGwResponse {
}
/** Input of ModifyUserGw: 修改对端网关 */
export interface ModifyUserGwRequest {
    /** 系统分配的对端网关ID，例如：cgw-e098slul */
    userGwId: string;
    /** 对端网关名称，可任意命名，但不得超过60个字符。 */
    userGwName: string;
}
/**
 * Output of ModifyUserGw: 修改对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyUserGwResponse {
}
/** Input of DescribeUserGw: 查询对端网关 */
export interface DescribeUserGwRequest {
    /** 对端网关ID或者统一ID，建议使用统一ID，例如：cgw-1tb1k34n。 */
    userGwId?: string | undefined;
    /** 对端网关名称。 */
    userGwName?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20，最大支持50。 */
    limit?: number | undefined;
    /** 按某个字段排序，目前支持userGwName和默认按createTime排序，默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc) ,默认：desc。 */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeUserGw: 查询对端网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeUserGwResponse {
    /** 返回值中对端网关总数量。 */
    totalCount?: number | undefined;
    /** 返回的数组。 */
    data?: DescribeUserGwResponseData[] | undefined;
}
/** Input of DescribeUserGwVendor: 获取可支持的对端网关厂商信息 */
export interface DescribeUserGwVendorRequest {
}
/**
 * Output of DescribeUserGwVendor: 获取可支持的对端网关厂商信息
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeUserGwVendorResponse {
    /** 返回的信息 */
    data?: DescribeUserGwVendorResponseData[] | undefined;
}
/** Input of AddVpnConnEx: 创建VPN通道 */
export interface AddVpnConnExRequest {
    /** 网络ID或者统一ID，建议使用统一ID,可通过 DescribeVpcEx 接口查询。 */
    vpnId: string;
    /** 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。 */
    vpnGwId: string;
    /** 对端网关ID值，可使用userGwId或unUserGwId，建议使用unUserGwId，例如：cgw-e098slul。可通过 DescribeUserGw 接口查询。 */
    userGwId: string;
    /** 通道名称，可任意命名，但不得超过60个字符。 */
    vpnConnName: string;
    /** 预共享密钥。 */
    preSharedKey: string;
    /** 对端网段CIDR地址，可写多个，指定vpc可以和哪些IDC网段通信，后面升级为spdAcl（粒度更细），userGwCidrBlock和spdAcl必须填一项。 */
    userGwCidrBlock?: string[] | undefined;
    /** SPD策略组，json格式，例如：{"10.0.0.5/24":["172.123.10.5/16"]}，10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信，由userGwCidrBlock升级而来，userGwCidrBlock和spdAcl必须填一项。 */
    spdAcl?: string | undefined;
    /** IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议，详见VPN连接-IKE配置。 */
    IKESet?: AddVpnConnExIKESet[] | undefined;
    /** IPSec配置，腾讯云金融专区提供IPSec安全会话设置，详见VPN连接-IPSec配置。 */
    IPsecSet?: AddVpnConnExIPsecSet[] | undefined;
}
/**
 * Output of AddVpnConnEx: 创建VPN通道
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AddVpnConnExResponse {
    data?: AddVpnConnExResponseData | undefined;
}
/** Input of DeleteVpnConn: 删除VPN通道 */
export interface DeleteVpnConnRequest {
    /** 私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。 */
    vpnGwId: string;
    /** 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-x-ol6bcqp0。可通过 DescribeVpnConn 接口查询。 */
    vpnConnId: string;
}
/**
 * Output of DeleteVpnConn: 删除VPN通道
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteVpnConnResponse {
    data?: DeleteVpnConnResponseData | undefined;
}
/** Input of ModifyVpnConnEx: 修改VPN通道 */
export interface ModifyVpnConnExRequest {
    /** 私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv.可通过 DescribeVpnGw 接口查询。 */
    vpnGwId: string;
    /** 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-016bcqp0.可通过 DescribeVpnConn 接口查询。 */
    vpnConnId: string;
    /** 通道名称，可任意命名，但不得超过60个字符。 */
    vpnConnName?: string | undefined;
    /** 预共享密钥。 */
    preSharedKey?: string | undefined;
    /** 对端网段CIDR地址，可写多个，指定vpc可以和哪些IDC网段通信，后面升级为spdAcl（粒度更细），userGwCidrBlock和spdAcl必须填一项。 */
    userGwCidrBlock?: string[] | undefined;
    /** SPD策略组，用户指定VPC内哪些网段可以和您IDC中哪些网段通信，由userGwCidrBlock升级而来，userGwCidrBlock和spdAcl必须填一项，更多详见产品说明文档。 */
    spdAcl?: string[] | undefined;
    /** IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议，详见VPN连接-IKE配置。 */
    IKESet?: ModifyVpnConnExIKESet[] | undefined;
    /** IPSec配置，腾讯云金融专区提供IPSec安全会话设置，详见VPN连接-IPSec配置。 */
    IPsecSet?: ModifyVpnConnExIPsecSet[] | undefined;
}
/**
 * Output of ModifyVpnConnEx: 修改VPN通道
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyVpnConnExResponse {
    data?: ModifyVpnConnExResponseData | undefined;
}
/** Input of DescribeVpnConn: 查询VPN通道列表 */
export interface DescribeVpnConnRequest {
    /** 私有网络ID，可使用vpcId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。 */
    vpcId?: string | undefined;
    /** 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。 */
    vpnGwId?: string | undefined;
    /** 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpnx-ol6bcqp0。 */
    vpnConnId?: string | undefined;
    /** vpn通道名称，支持模糊查询。 */
    vpnConnName?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20，最大支持50。 */
    limit?: number | undefined;
    /** 按某个字段排序，目前仅支持createTime,vpnConnName排序，默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc) ，默认：desc。 */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpnConn: 查询VPN通道列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeVpnConnResponse {
    /** 返回值中VPN通道总数量 */
    totalCount?: number | undefined;
    /** 返回的数组 */
    data?: DescribeVpnConnResponseData[] | undefined;
}
/** Input of GetVpnConnConfig: 下载VPN通道配置 */
export interface GetVpnConnConfigRequest {
    /** 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-x-ol6bccqp0。可通过DescribeVpnConn 接口查询。 */
    vpnConnId: string;
    /** 对端网关设备类型。 */
    vendorname: string;
    /** 对端网关设备平台。 */
    platform: string;
    /** 对端网关设备软件版本。 */
    software: string;
    /** 通道接入设备物理接口名称。 */
    interfaceName: string;
}
/**
 * Output of GetVpnConnConfig: 下载VPN通道配置
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface GetVpnConnConfigResponse {
    data?: GetVpnConnConfigResponseData | undefined;
}
/** Input of DescribeVpnConnMonitor: 获取VPN通道的监控数据 */
export interface DescribeVpnConnMonitorRequest {
    /** 私有网络ID，可使用vpId或unVpcId，建议使用unVpcId，例如：vpc-03vihbk9,可通过 DescribeVpcEx 接口查询。 */
    vpId: string;
    /** 系统分配的VPN网关ID，可使用vpnGwId或unVpnGwId，建议unVpnGwId，例如：vpngw-dystbrkv。可通过 DescribeVpnGw 接口查询。 */
    vpnGwId: string;
    /** 系统分配的VPN通道ID，可使用vpnConnId或unVpnConnId，建议使用unVpnConnId，例如：vpn-x-ol6bcqp0。可通过 DescribeVpnConn 接口查询。 */
    vpnConnId: string;
    /** 监控指标名称（目前只支持两个指标：“outtraffic”公网出流量；“intraffic”公网入流量） */
    metricName: string;
    /** 开始时间，开始时间不填写默认为昨天此时。时间跨度不能超过2天。超过2天时，开始时间将被设置为结束时间减2天，例如：2016-07-06 12:00:00 */
    starttime?: string | undefined;
    /** 结束时间，结束时间不填写默认是当前时间，例如：2016-07-07 12:00:00 */
    endtime?: string | undefined;
}
/**
 * Output of DescribeVpnConnMonitor: 获取VPN通道的监控数据
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeVpnConnMonitorResponse {
    data?: DescribeVpnConnMonitorResponseData | undefined;
}
/** Input of CreateVpcPeeringConnection: 创建同地域对等连接 */
export interface CreateVpcPeeringConnectionRequest {
    /** 私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 接受方私有网络ID值，可使用vpcId或unVpcId，建议使用unVpcId。可通过 DescribeVpcEx 接口查询。 */
    peerVpcId: string;
    /** 接受方uin。 */
    peerUin: string;
    /** 对等连接名称，可任意命名，但不得超过60个字符。 */
    peeringConnectionName: string;
}
/**
 * Output of CreateVpcPeeringConnection: 创建同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateVpcPeeringConnectionResponse {
    /** 系统分配的对等连接ID，例如：pcx-6gw5wvmk。 */
    peeringConnectionId?: string | undefined;
}
/** Input of DeleteVpcPeeringConnection: 删除同地域对等连接 */
export interface DeleteVpcPeeringConnectionRequest {
    /** 私有网络对等连接 ID，例如：pcx-0jtgah4s。 */
    peeringConnectionId: string;
}
/**
 * Output of DeleteVpcPeeringConnection: 删除同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteVpcPeeringConnectionResponse {
}
/** Input of ModifyVpcPeeringConnection: 修改同地域对等连接属性 */
export interface ModifyVpcPeeringConnectionRequest {
    /** 私有网络对等连接 ID, 例如: pcx-krmzap90。 */
    peeringConnectionId: string;
    /** 对等连接名称, 可任意命名, 但不得超过60个字符。 */
    peeringConnectionName: string;
}
/**
 * Output of ModifyVpcPeeringConnection: 修改同地域对等连接属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyVpcPeeringConnectionResponse {
}
/** Input of AcceptVpcPeeringConnection: 接受同地域对等连接 */
export interface AcceptVpcPeeringConnectionRequest {
    /** 私有网络对等连接 ID，例如：pcx-6gw5wvmk */
    peeringConnectionId: string;
}
/**
 * Output of AcceptVpcPeeringConnection: 接受同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AcceptVpcPeeringConnectionResponse {
}
/** Input of RejectVpcPeeringConnection: 驳回同地域对等连接 */
export interface RejectVpcPeeringConnectionRequest {
    /** 私有网络对等连接 ID, 例如: pcx-8g675gr8。 */
    peeringConnectionId: string;
}
/**
 * Output of RejectVpcPeeringConnection: 驳回同地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface RejectVpcPeeringConnectionResponse {
}
/** Input of EnableVpcPeeringConnection: 启用同地域过期对等连接 */
export interface EnableVpcPeeringConnectionRequest {
    /** 私有网络对等连接 ID，例如：pcx-6gw5wvmk。 */
    peeringConnectionId: string;
}
/**
 * Output of EnableVpcPeeringConnection: 启用同地域过期对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface EnableVpcPeeringConnectionResponse {
}
/** Input of CreateVpcPeeringConnectionEx: 创建跨地域对等连接 */
export interface CreateVpcPeeringConnectionExRequest {
    /** 私有网络 ID 值，可使用 vpcId 或 unVpcId ，建议使用 unVpcId 可通过 DescribeVpcEx 接口查询 */
    vpcId: string;
    /** 接受方私有网络 ID 值，可使用 vpcId 或 unVpcId ，建议使用 unVpcId 可通过 DescribeVpcEx 接口查询 */
    peerVpcId: string;
    /** 接收方腾讯云金融专区唯一账号标识，您可以联系接收方去用户中心的个人信息中查看，详情请参见 操作指南 */
    peerUin: string;
    /** 对等连接名称,可任意命名，但不得超过 60 个字符 */
    peeringConnectionName: string;
    /** 接收方地域，目前支持的地域请参见 地域介绍 */
    peerRegion: string;
    /** 对等连接带宽上限，单位：Mbps，默认不限制 具体数值请参见 对等连接产品介绍 */
    bandwidth: string;
    /** 互通类型，默认值1 1：VPC 间互通 2：VPC 与黑石网络互通 */
    type?: number | undefined;
}
/**
 * Output of CreateVpcPeeringConnectionEx: 创建跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateVpcPeeringConnectionExResponse {
    /** 任务 ID，创建结果可以用 taskId 查询 详情请参见 查询任务执行结果接口 */
    taskId?: number | undefined;
}
/** Input of DeleteVpcPeeringConnectionEx: 删除跨地域对等连接 */
export interface DeleteVpcPeeringConnectionExRequest {
    /** 私有网络对等连接 ID，例如：pcx-0jtgah4s。 */
    peeringConnectionId: string;
}
/**
 * Output of DeleteVpcPeeringConnectionEx: 删除跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteVpcPeeringConnectionExResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of ModifyVpcPeeringConnectionEx: 修改跨地域对等连接属性 */
export interface ModifyVpcPeeringConnectionExRequest {
    /** 私有网络对等连接 ID，例如：pcx-krmzap90。 */
    peeringConnectionId: string;
    /** 对等连接名称，可任意命名，但不得超过60个字符。 */
    peeringConnectionName?: string | undefined;
    /** 对等连接带宽上限，单位Mbps，目前支持10,20,50,100,200,500,1000。 */
    bandwidth?: number | undefined;
}
/**
 * Output of ModifyVpcPeeringConnectionEx: 修改跨地域对等连接属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyVpcPeeringConnectionExResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of AcceptVpcPeeringConnectionEx: 接受跨地域对等连接 */
export interface AcceptVpcPeeringConnectionExRequest {
    /** 私有网络对等连接 ID，例如：pcx-6gw5wvmk。 */
    peeringConnectionId: string;
}
/**
 * Output of AcceptVpcPeeringConnectionEx: 接受跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AcceptVpcPeeringConnectionExResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of RejectVpcPeeringConnectionEx: 驳回跨地域对等连接 */
export interface RejectVpcPeeringConnectionExRequest {
    /** 私有网络对等连接 ID，例如：pcx-8g675gr8。 */
    peeringConnectionId: string;
}
/**
 * Output of RejectVpcPeeringConnectionEx: 驳回跨地域对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface RejectVpcPeeringConnectionExResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of EnableVpcPeeringConnectionEx: 启用跨地域过期对等连接 */
export interface EnableVpcPeeringConnectionExRequest {
    /** 私有网络对等连接 ID，例如：pcx-6gw5wvmk。 */
    peeringConnectionId: string;
}
/**
 * Output of EnableVpcPeeringConnectionEx: 启用跨地域过期对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface EnableVpcPeeringConnectionExResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of DescribeVpcPeeringConnections: 查询对等连接 */
export interface DescribeVpcPeeringConnectionsRequest {
    /** 发起方私有网络 ID 值, 可使用 vpcId 或 unVpcId, 建议使用 unVpcId, 可通过 DescribeVpcEx 接口查询 */
    vpcId?: string | undefined;
    /** 私有网络对等连接 ID, 例如: pcx-dt8c7fa0 */
    peeringConnectionId?: string | undefined;
    /** 对等连接名称 */
    peeringConnectionName?: string | undefined;
    /** 连接状态 0: 申请中 1: 连接成功 2: 已过期 3: 对端已拒绝 4: 对端已删除 */
    state?: number | undefined;
    /** 初始行的偏移量, 默认为 0 */
    offset?: number | undefined;
    /** 每页行数, 默认为 20, 最多支持 50 */
    limit?: number | undefined;
    /** 按某个字段排序, 默认不排序 支持字段: peeringConnectionname, createTime。 */
    orderField?: string | undefined;
    /** 升序 (asc) 或降序 (desc), 默认: desc */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeVpcPeeringConnections: 查询对等连接
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeVpcPeeringConnectionsResponse {
    /** 返回的对等连接数 */
    totalCount?: number | undefined;
    /** 对等连接信息数组 */
    data?: DescribeVpcPeeringConnectionsResponseData[] | undefined;
}
/** Input of CreateDirectConnectGateway: 创建专线网关 */
export interface CreateDirectConnectGatewayRequest {
    /** 私有网络ID，例如：vpc-dgd545 */
    vpclId: string;
    /** 专线网关名称，取值：1-25个中文、英文大小写的字母、数字和下划线分隔符 */
    directConnectGatewayName: string;
    /** 专线网关类型；0：非NAT网关；1：NAT网关，默认为非NAT网关 */
    type?: number | undefined;
}
/**
 * Output of CreateDirectConnectGateway: 创建专线网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateDirectConnectGatewayResponse {
    data?: CreateDirectConnectGatewayResponseData | undefined;
}
/** Input of ModifyDirectConnectGateway: 修改专线网关属性 */
export interface ModifyDirectConnectGatewayRequest {
    /** 系统分配的私有网络ID，例如：vpc-7t9nf3pu。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-7t9nf3pu。 */
    directConnectGatewayId: string;
    /** 专线网关名称，取值：1-25个中文、英文大小写的字母、数字和下划线分隔符。 */
    directConnectGatewayName: string;
}
/**
 * Output of ModifyDirectConnectGateway: 修改专线网关属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyDirectConnectGatewayResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of DeleteDirectConnectGateway: 删除专线网关 */
export interface DeleteDirectConnectGatewayRequest {
    /** 系统分配的私有网络ID，例如：vpc-7t9nf3pu。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：d cg-7t9nf3pu。 */
    directConnectGatewayId: string;
}
/**
 * Output of DeleteDirectConnectGateway: 删除专线网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteDirectConnectGatewayResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of DescribeDirectConnectGateway: 查询专线网关 */
export interface DescribeDirectConnectGatewayRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId?: string | undefined;
    /** 系统分配的专线网关ID，例如：d cg-4d545d。 */
    directConnectGatewayId?: string | undefined;
    /** 专线网关名称，支持模糊查询。 */
    directConnectGatewayName?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20，最大支持50。 */
    limit?: number | undefined;
    /** 按某个字段排序，目前仅支持createTime，directConnectGatewayName排序，默认按createTime排序。 */
    orderField?: string | undefined;
    /** 升序 (asc) 还是降序 (desc)，默认：desc。 */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeDirectConnectGateway: 查询专线网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeDirectConnectGatewayResponse {
    /** 查询的专线网关总数。 */
    totalCount?: number | undefined;
    /** VPC信息组。 */
    data?: DescribeDirectConnectGatewayResponseData[] | undefined;
}
/** Input of CreateLocalIPTranslationNatRule: 添加本端IP转换 */
export interface CreateLocalIPTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-ddg454。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-dgd54g。 */
    directConnectGatewayId: string;
    /** 本端IP转换。 */
    localIPTranslation: CreateLocalIPTranslationNatRuleLocalIPTranslation[];
}
/**
 * Output of CreateLocalIPTranslationNatRule: 添加本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateLocalIPTranslationNatRuleResponse {
    /** 返回信息。 */
    data?: CreateLocalIPTranslationNatRuleResponseData | undefined;
}
/** Input of DeleteLocalIPTranslationNatRule: 删除本端IP转换 */
export interface DeleteLocalIPTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-ddg454。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dgc-dgd54g。 */
    directConnectGatewayId: string;
    /** 本端IP转换。 */
    localIPTranslation: DeleteLocalIPTranslationNatRuleLocalIPTranslation[];
}
/**
 * Output of DeleteLocalIPTranslationNatRule: 删除本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteLocalIPTranslationNatRuleResponse {
    /** 返回信息。 */
    data?: DeleteLocalIPTranslationNatRuleResponseData | undefined;
}
/** Input of ModifyLocalIPTranslationNatRule: 修改本端IP转换 */
export interface ModifyLocalIPTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 修改之前原始IP。 */
    oldOriginalIP: string;
    /** 修改之前转换后IP。 */
    oldTranslationIP: string;
    /** 新的原始IP。 */
    originalIP?: string | undefined;
    /** 新的转换后IP。 */
    translationIP?: string | undefined;
    /** 备注。 */
    description?: string | undefined;
}
/**
 * Output of ModifyLocalIPTranslationNatRule: 修改本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyLocalIPTranslationNatRuleResponse {
}
/** Input of DescribeLocalIPTranslationNatRule: 查询本端IP转换 */
export interface DescribeLocalIPTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 备注，支持模糊搜索。 */
    description?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20。 */
    limit?: number | undefined;
}
/**
 * Output of DescribeLocalIPTranslationNatRule: 查询本端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeLocalIPTranslationNatRuleResponse {
    /** 本端IP转换规则信息组。 */
    data?: DescribeLocalIPTranslationNatRuleResponseData[] | undefined;
}
/** Input of CreateLocalIPTranslationAclRule: 添加本端IP转换ACL策略 */
export interface CreateLocalIPTranslationAclRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。可调用 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。可调用 DescribeDirectConnectGateway 接口查询。 */
    directConnectGatewayId: string;
    /** 原始IP (VPC内IP)。 */
    originalIP: string;
    /** 转换后IP。 */
    translationIP: string;
    /** ACL策略信息。 */
    aclRules: CreateLocalIPTranslationAclRuleAclRules[];
}
/**
 * Output of CreateLocalIPTranslationAclRule: 添加本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateLocalIPTranslationAclRuleResponse {
}
/** Input of DeleteLocalIPTranslationAclRule: 删除本端IP转换ACL策略 */
export interface DeleteLocalIPTranslationAclRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：d cg-4d545d。 */
    directConnectGatewayId: string;
    /** 原始IP。 */
    originalIP: string;
    /** 转换后IP。 */
    translationIP: string;
    /** ACL策略ID数组，例如：aclRules.0=25。 */
    aclRules: string[];
}
/**
 * Output of DeleteLocalIPTranslationAclRule: 删除本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteLocalIPTranslationAclRuleResponse {
}
/** Input of ModifyLocalIPTranslationAclRule: 修改本端IP转换ACL策略 */
export interface ModifyLocalIPTranslationAclRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 原始IP。 */
    originalIP: string;
    /** 转换后IP。 */
    translationIP: string;
    /** ACL策略信息。 */
    aclRules: ModifyLocalIPTranslationAclRuleAclRules[];
}
/**
 * Output of ModifyLocalIPTranslationAclRule: 修改本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyLocalIPTranslationAclRuleResponse {
}
/** Input of DescribeLocalIPTranslationAclRule: 查询本端IP转换ACL策略 */
export interface DescribeLocalIPTranslationAclRuleRequest {
    /** 系统分配的私有网络 ID, 例如: vpc-dfg5445 */
    vpcId: string;
    /** 系统分配的专线网关ID, 例如: dcg-4d545d */
    directConnectGatewayId: string;
    /** 原始 IP */
    originalIP: string;
    /** 转换后 IP */
    translationIP: string;
    /** ACL 策略 ID 数组, 例如: aclRules.0=25 */
    aclRules?: string[] | undefined;
}
/**
 * Output of DescribeLocalIPTranslationAclRule: 查询本端IP转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeLocalIPTranslationAclRuleResponse {
    /** acl策略信息数组 */
    data?: DescribeLocalIPTranslationAclRuleResponseData[] | undefined;
}
/** Input of CreateLocalSourceIPPortTranslationNatRule: 添加本端源IP端口转换 */
export interface CreateLocalSourceIPPortTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-dgd45。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-dgd454d。 */
    directConnectGatewayId: string;
    /** 本端源地址转换数组。 */
    localSourceIPPortTranslation: CreateLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation[];
}
/**
 * Output of CreateLocalSourceIPPortTranslationNatRule: 添加本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateLocalSourceIPPortTranslationNatRuleResponse {
    /** 返回的数据 */
    data?: CreateLocalSourceIPPortTranslationNatRuleResponseData | undefined;
}
/** Input of DeleteLocalSourceIPPortTranslationNatRule: 删除本端源IP端口转换 */
export interface DeleteLocalSourceIPPortTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId。 */
    vpcId: string;
    /** 系统分配的专线网关ID。 */
    directConnectGatewayId: string;
    /** 本端源地址转换数组。 */
    localSourceIPPortTranslation: DeleteLocalSourceIPPortTranslationNatRuleLocalSourceIPPortTranslation[];
}
/**
 * Output of DeleteLocalSourceIPPortTranslationNatRule: 删除本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteLocalSourceIPPortTranslationNatRuleResponse {
    /** 返回数据。 */
    data?: DeleteLocalSourceIPPortTranslationNatRuleResponseData | undefined;
}
/** Input of ModifyLocalSourceIPPortTranslationNatRule: 修改本端源IP端口转换 */
export interface ModifyLocalSourceIPPortTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 修改前的映射后IP池，例如：111.0.0.1-111.0.0.100。 */
    oldTranslationIPPool: string;
    /** 新的映射后IP池，例如：111.0.0.2-111.0.0.100。 */
    translationIPPool?: string | undefined;
    /** 备注。 */
    description?: string | undefined;
}
/**
 * Output of ModifyLocalSourceIPPortTranslationNatRule: 修改本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyLocalSourceIPPortTranslationNatRuleResponse {
}
/** Input of DescribeLocalSourceIPPortTranslationNatRule: 查询本端源IP端口转换 */
export interface DescribeLocalSourceIPPortTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 备注，支持模糊搜索。 */
    description?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20。 */
    limit?: number | undefined;
}
/**
 * Output of DescribeLocalSourceIPPortTranslationNatRule: 查询本端源IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeLocalSourceIPPortTranslationNatRuleResponse {
    /** 本端IP转换规则信息组。 */
    data?: DescribeLocalSourceIPPortTranslationNatRuleResponseData[] | undefined;
}
/** Input of CreateLocalSourceIPPortTranslationAclRule: 添加本端源IP端口转换ACL策略 */
export interface CreateLocalSourceIPPortTranslationAclRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 映射后IP池。 */
    translationIPPool: string;
    /** ACL策略信息。 */
    aclRules: CreateLocalSourceIPPortTranslationAclRuleAclRules[];
}
/**
 * Output of CreateLocalSourceIPPortTranslationAclRule: 添加本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateLocalSourceIPPortTranslationAclRuleResponse {
}
/** Input of DeleteLocalSourceIPPortTranslationAclRule: 删除本端源IP端口转换ACL策略 */
export interface DeleteLocalSourceIPPortTranslationAclRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 映射后IP池，例如：11.1.1.1-11.1.1.10。 */
    translationIPPool: string;
    /** ACL策略ID数组，例如：aclRules.0=25。 */
    aclRules: string[];
}
/**
 * Output of DeleteLocalSourceIPPortTranslationAclRule: 删除本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteLocalSourceIPPortTranslationAclRuleResponse {
}
/** Input of ModifyLocalSourceIPPortTranslationAclRule: 修改本端源IP端口转换ACL策略 */
export interface ModifyLocalSourceIPPortTranslationAclRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 映射后IP池。 */
    translationIPPool: string;
    /** ACL策略信息。 */
    aclRules: ModifyLocalSourceIPPortTranslationAclRuleAclRules[];
}
/**
 * Output of ModifyLocalSourceIPPortTranslationAclRule: 修改本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyLocalSourceIPPortTranslationAclRuleResponse {
}
/** Input of DescribeLocalSourceIPPortTranslationAclRule: 查询本端源IP端口转换ACL策略 */
export interface DescribeLocalSourceIPPortTranslationAclRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：d cg-4d545d。 */
    directConnectGatewayId: string;
    /** 映射后IP池，例如：11.1.1.1-11.1.1.10。 */
    translationIPPool: string;
    /** ACL策略ID数组，例如：aclRules.0=25。 */
    aclRules?: string[] | undefined;
}
/**
 * Output of DescribeLocalSourceIPPortTranslationAclRule: 查询本端源IP端口转换ACL策略
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeLocalSourceIPPortTranslationAclRuleResponse {
    /** ACL策略信息数组。 */
    data?: DescribeLocalSourceIPPortTranslationAclRuleResponseData[] | undefined;
}
/** Input of CreateLocalDestinationIPPortTranslationNatRule: 添加本端目的IP端口转换 */
export interface CreateLocalDestinationIPPortTranslationNatRuleRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID。 */
    vpcId: string;
    /** 专线网关ID。 */
    directConnectGatewayId: string;
    /** 本端目的IP端口转换规则数组。 */
    localDestinationIPPortTranslation: CreateLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation[];
}
/**
 * Output of CreateLocalDestinationIPPortTranslationNatRule: 添加本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateLocalDestinationIPPortTranslationNatRuleResponse {
    /** 返回信息 */
    data?: Array<Record<string, unknown>> | undefined;
}
/** Input of DeleteLocalDestinationIPPortTranslationNatRule: 删除本端目的IP端口转换 */
export interface DeleteLocalDestinationIPPortTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，支持升级前的vpcId，也支持升级后的unVpcId，例如：vpc-dgd45。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dgc-dgd454d。 */
    directConnectGatewayId: string;
    /** 本端目的IP端口转换规则数组。 */
    localDestinationIPPortTranslation: DeleteLocalDestinationIPPortTranslationNatRuleLocalDestinationIPPortTranslation[];
}
/**
 * Output of DeleteLocalDestinationIPPortTranslationNatRule: 删除本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteLocalDestinationIPPortTranslationNatRuleResponse {
    /** 返回信息。 */
    data?: Array<Record<string, unknown>> | undefined;
}
/** Input of ModifyLocalDestinationIPPortTranslationNatRule: 修改本端目的IP端口转换 */
export interface ModifyLocalDestinationIPPortTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 修改之前的原始IP。 */
    oldOriginalIP: string;
    /** 修改之前的原始Port。 */
    oldOriginalPort: string;
    /** 修改之前的转换后IP。 */
    oldTranslationIP: string;
    /** 修改之前的转换后Port。 */
    oldTranslationPort: string;
    /** 修改之前的协议。 */
    oldProto: string;
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 原始Port。 */
    originalPort?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 转换后Port。 */
    translationPort?: string | undefined;
    /** 协议。 */
    proto?: string | undefined;
    /** 备注，支持模糊搜索。 */
    description?: string | undefined;
}
/**
 * Output of ModifyLocalDestinationIPPortTranslationNatRule: 修改本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyLocalDestinationIPPortTranslationNatRuleResponse {
}
/** Input of DescribeLocalDestinationIPPortTranslationNatRule: 查询本端目的IP端口转换 */
export interface DescribeLocalDestinationIPPortTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 原始Port。 */
    originalPort?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 转换后Port。 */
    translationPort?: string | undefined;
    /** 协议。 */
    proto?: string | undefined;
    /** 备注，支持模糊搜索。 */
    description?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20。 */
    limit?: number | undefined;
}
/**
 * Output of DescribeLocalDestinationIPPortTranslationNatRule: 查询本端目的IP端口转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeLocalDestinationIPPortTranslationNatRuleResponse {
    /** 本端IP转换规则信息组。 */
    data?: DescribeLocalDestinationIPPortTranslationNatRuleResponseData[] | undefined;
}
/** Input of CreatePeerIPTranslationNatRule: 添加对端IP转换 */
export interface CreatePeerIPTranslationNatRuleRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID。 */
    vpcId: string;
    /** 专线网关ID。 */
    directConnectGatewayId: string;
    /** 对端IP转换规则数组。 */
    peerIPTranslation: CreatePeerIPTranslationNatRulePeerIPTranslation[];
}
/**
 * Output of CreatePeerIPTranslationNatRule: 添加对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreatePeerIPTranslationNatRuleResponse {
    /** 返回信息。 */
    data?: Array<Record<string, unknown>> | undefined;
}
/** Input of DeletePeerIPTranslationNatRule: 删除对端IP转换 */
export interface DeletePeerIPTranslationNatRuleRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID。 */
    vpcId: string;
    /** 专线网关ID。 */
    directConnectGatewayId: string;
    /** 对端IP转换规则数组。 */
    peerIPTranslation: DeletePeerIPTranslationNatRulePeerIPTranslation[];
}
/**
 * Output of DeletePeerIPTranslationNatRule: 删除对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeletePeerIPTranslationNatRuleResponse {
    /** 返回信息。 */
    data?: Array<Record<string, unknown>> | undefined;
}
/** Input of ModifyPeerIPTranslationNatRule: 修改对端IP转换 */
export interface ModifyPeerIPTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 修改之前的原始IP。 */
    oldOriginalIP: string;
    /** 修改之前的转换后IP。 */
    oldTranslationIP: string;
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 备注。 */
    description?: string | undefined;
}
/**
 * Output of ModifyPeerIPTranslationNatRule: 修改对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyPeerIPTranslationNatRuleResponse {
}
/** Input of DescribePeerIPTranslationNatRule: 查询对端IP转换 */
export interface DescribePeerIPTranslationNatRuleRequest {
    /** 系统分配的私有网络ID，例如：vpc-dfg5445。 */
    vpcId: string;
    /** 系统分配的专线网关ID，例如：dcg-4d545d。 */
    directConnectGatewayId: string;
    /** 原始IP。 */
    originalIP?: string | undefined;
    /** 转换后IP。 */
    translationIP?: string | undefined;
    /** 备注，支持模糊搜索。 */
    description?: string | undefined;
    /** 初始行的偏移量，默认为0。 */
    offset?: number | undefined;
    /** 每页行数，默认为20。 */
    limit?: number | undefined;
}
/**
 * Output of DescribePeerIPTranslationNatRule: 查询对端IP转换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribePeerIPTranslationNatRuleResponse {
    /** 本端IP转换规则信息组。 */
    data?: DescribePeerIPTranslationNatRuleResponseData[] | undefined;
}
/** Input of CreateNatGateway: 创建NAT网关 */
export interface CreateNatGatewayRequest {
    /** NAT网关名称，支持1-25个中文、英文大小写的字母、数字和下划线分隔符。 */
    natName: string;
    /** 私有网络ID或者统一ID，建议使用统一ID,可通过 DescribeVpcEx 接口查询。 */
    vpcId: string;
    /** 网关并发连接上限，例如：1000000、3000000、10000000，具体支持数据请参见私有网络网关说明。 */
    maxConcurrent: number;
    /** 网关最大外网出带宽(单位:Mbps)，默认: 100Mbps，具体支持数据请参见私有网络网关说明。 */
    bandwidth?: number | undefined;
    /** 绑定网关的弹性IP数组，assignedEipSet和autoAllocEipNum至少传一个，例如：assignedEipSet.0=10.0.0.1。 */
    assignedEipSet?: string[] | undefined;
    /** 需要新申请的弹性IP个数，系统会按您的要求生产N个弹性IP，assignedEipSet和autoAllocEipNum至少传一个。 */
    autoAllocEipNum?: number | undefined;
}
/**
 * Output of CreateNatGateway: 创建NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateNatGatewayResponse {
    /** 订单ID，创建结果可调用NAT网关的生产状态 > 查询 */
    billId?: string | undefined;
}
/** Input of QueryNatGatewayProductionStatus: 查询NAT网关创建状态 */
export interface QueryNatGatewayProductionStatusRequest {
    /** 创建时返回的订单ID, 用该ID查询最后结果 */
    billId: string;
}
/**
 * Output of QueryNatGatewayProductionStatus: 查询NAT网关创建状态
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface QueryNatGatewayProductionStatusResponse {
    data?: QueryNatGatewayProductionStatusResponseData | undefined;
}
/** Input of DeleteNatGateway: 删除NAT网关 */
export interface DeleteNatGatewayRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID，例如：vpc-xf55df */
    vpcId: string;
    /** 系统分配的高可用网关统一ID，例如：nat-7t9nf3pu */
    natId: string;
}
/**
 * Output of DeleteNatGateway: 删除NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteNatGatewayResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of ModifyNatGateway: 修改NAT网关 */
export interface ModifyNatGatewayRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID，例如：vpc-x7d44d。 */
    vpcId: string;
    /** NAT网关统一ID,例如：nat-df45454。 */
    natId: string;
    /** NAT网关名称，取值：1-25个中文、英文大小写的字母、数字和下划线分隔符。 */
    natName?: string | undefined;
    /** 网关最大外网出带宽(单位:Mbps)，默认：100Mbps，具体支持数据请参见私有网络网关说明。 */
    bandwidth?: number | undefined;
}
/**
 * Output of ModifyNatGateway: 修改NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyNatGatewayResponse {
}
/** Input of DescribeNatGateway: 查询NAT网关 */
export interface DescribeNatGatewayRequest {
    /** NAT网关统一 ID, 例如: nat-xx454 */
    natId?: string | undefined;
    /** NAT网关名称 (支持模糊查找) */
    natName?: string | undefined;
    /** 私有网络 ID 或统一 ID, 建议使用统一 ID, 例如: vpc-dfdg42d */
    vpcId?: string | undefined;
    /** 初始行的偏移量, 默认为0 */
    offset?: number | undefined;
    /** 每页行数, 默认为20, 最大支持50 */
    limit?: number | undefined;
    /** 按某个字段排序, 默认不排序。 支持字段: natId */
    orderField?: string | undefined;
    /** 升序 (asc) 或降序 (desc), 默认: desc */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeNatGateway: 查询NAT网关
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeNatGatewayResponse {
    /** 查询的 NAT 网关总数 */
    totalCount?: number | undefined;
    /** 查询的 NAT 网关信息数组 */
    data?: DescribeNatGatewayResponseData[] | undefined;
}
/** Input of EipBindNatGateway: NAT网关绑定EIP */
export interface EipBindNatGatewayRequest {
    /** 高可用网关统一ID，例如：nat-df5dfd */
    natId: string;
    /** 私有网络ID或统一ID，建议使用统一ID，例如：vpc-dfd5dfgd */
    vpcId: string;
    /** 弹性IP。assignedEipSet 和 autoAllocEipNum 这两个入参需至少传一个，例如：assignedEipSet.0=183.23.0.0.1 */
    assignedEipSet?: string[] | undefined;
    /** 需要新申请的弹性IP个数，取值范围[0, 3]。assignedEipSet 和 autoAllocEipNum 这两个入参需至少传一个 */
    autoAllocEipNum?: number | undefined;
}
/**
 * Output of EipBindNatGateway: NAT网关绑定EIP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface EipBindNatGatewayResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of EipUnBindNatGateway: NAT网关解绑EIP */
export interface EipUnBindNatGatewayRequest {
    /** NAT网关统一ID，例如：nat-8pbrkzh6 */
    natId: string;
    /** 私有网络ID或统一ID，建议使用统一ID，例如：vpc-ddf411 */
    vpcId: string;
    /** 弹性IP数组，例如：assignedEipSet.0=183.60.249.122 */
    assignedEipSet: string[];
}
/**
 * Output of EipUnBindNatGateway: NAT网关解绑EIP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface EipUnBindNatGatewayResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of UpgradeNatGateway: 升级NAT网关规格 */
export interface UpgradeNatGatewayRequest {
    /** 私有网络ID或者统一ID，建议使用统一ID，例如：vpc-xdf54d */
    vpcId: string;
    /** 高可用网关统一ID，例如：nat-xdf54d */
    natId: string;
    /** 网关并发连接上限，可选值为：1000000（小型）、3000000（中型）、10000000（大型） */
    maxConcurrent: number;
}
/**
 * Output of UpgradeNatGateway: 升级NAT网关规格
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface UpgradeNatGatewayResponse {
    /** 订单ID，升级结果可调用NAT网关的升级状态查询 */
    billId?: string | undefined;
}
/** Input of CreateNetworkInterface: 创建弹性网卡 */
export interface CreateNetworkInterfaceRequest {
    /** 弹性网卡所在的私有网络ID，推荐使用新ID，例如：vpc-7t9nf3pu。 */
    vpcId: string;
    /** 弹性网卡所在的子网ID，推荐使用新ID，例如：subnet-0ap8nwca。 */
    subnetId: string;
    /** 弹性网卡名称，可任意命名，但不得超过60个字符。 */
    eniName: string;
    /** 弹性网卡描述，可任意命名，但不得超过60个字符。 */
    eniDescription?: string | undefined;
    /** 指定的内网IP地址数组。 */
    privateIpAddressSet?: CreateNetworkInterfacePrivateIpAddressSet[] | undefined;
    /** 需要新申请的内网IP地址个数。 */
    secondaryPrivateIpAddressCount?: number | undefined;
    /** 指定绑定的安全组，例如：['sg-1dd51d']。 */
    sgIds?: string[] | undefined;
}
/**
 * Output of CreateNetworkInterface: 创建弹性网卡
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateNetworkInterfaceResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of DeleteNetworkInterface: 删除弹性网卡 */
export interface DeleteNetworkInterfaceRequest {
    /** 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu */
    vpcId: string;
    /** 系统分配的弹性网卡ID，例如：eni-m6dyj72l */
    networkInterfaceId: string;
}
/**
 * Output of DeleteNetworkInterface: 删除弹性网卡
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteNetworkInterfaceResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of DescribeNetworkInterfaces: 查询弹性网卡信息 */
export interface DescribeNetworkInterfacesRequest {
    /** 弹性网卡对应的私有网络 ID，例如：vpc-7t9nf3pu */
    vpcId?: string | undefined;
    /** 系统分配的弹性网卡 ID，例如：eni-m6dyj72l */
    networkInterfaceId?: string | undefined;
    /** 弹性网卡名称，支持模糊搜索 */
    eniName?: string | undefined;
    /** 弹性网卡描述，支持模糊搜索 */
    eniDescription?: string | undefined;
    /** 云服务器实例 ID，例如：ins-xx44545f */
    instanceId?: string | undefined;
    /** 初始行的偏移量，默认为0 */
    offset?: number | undefined;
    /** 每页行数，默认为20，最大支持50 */
    limit?: number | undefined;
    /** 按某个字段排序。 支持字段：eniName,createTime，默认按createTime */
    orderField?: string | undefined;
    /** 升序 (asc) 或降序 (desc)，默认：desc */
    orderDirection?: string | undefined;
}
/**
 * Output of DescribeNetworkInterfaces: 查询弹性网卡信息
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeNetworkInterfacesResponse {
    data?: DescribeNetworkInterfacesResponseData[] | undefined;
}
/** Input of AssignPrivateIpAddresses: 弹性网卡申请内网IP */
export interface AssignPrivateIpAddressesRequest {
    /** 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu */
    vpcId: string;
    /** 弹性网卡ID，例如：eni-m6dyj72l */
    networkInterfaceId: string;
    /** 申请内网ip时，指定IP地址申请，可以指定主IP，是个可选项。 */
    privateIpAddressSet?: AssignPrivateIpAddressesPrivateIpAddressSet[] | undefined;
    /** 申请内网ip时，只指定数量，由系统自动生成IP，可选项。 */
    secondaryPrivateIpAddressCount?: number | undefined;
}
/**
 * Output of AssignPrivateIpAddresses: 弹性网卡申请内网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AssignPrivateIpAddressesResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of UnassignPrivateIpAddresses: 弹性网卡退还内网IP */
export interface UnassignPrivateIpAddressesRequest {
    /** 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu */
    vpcId: string;
    /** 弹性网卡ID，例如：eni-m6dyj72l */
    networkInterfaceId: string;
    /** 要退还的辅助内网IP地址数组，例如：privateIpAddress.0=10.0.0.2 */
    privateIpAddress: string[];
}
/**
 * Output of UnassignPrivateIpAddresses: 弹性网卡退还内网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface UnassignPrivateIpAddressesResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of AttachNetworkInterface: 弹性网卡绑定云服务器 */
export interface AttachNetworkInterfaceRequest {
    /** 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu */
    vpcId: string;
    /** 弹性网卡ID，例如：eni-m6dyj72l */
    networkInterfaceId: string;
    /** 云服务器实例ID，例如：ins-xx44545f */
    instanceId: string;
}
/**
 * Output of AttachNetworkInterface: 弹性网卡绑定云服务器
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AttachNetworkInterfaceResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of DetachNetworkInterface: 弹性网卡解绑云服务器 */
export interface DetachNetworkInterfaceRequest {
    /** 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu */
    vpcId: string;
    /** 弹性网卡ID，例如：eni-m6dyj72l */
    networkInterfaceId: string;
    /** 云服务器实例ID，例如：ins-xx44545f */
    instanceId: string;
}
/**
 * Output of DetachNetworkInterface: 弹性网卡解绑云服务器
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DetachNetworkInterfaceResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of MigrateNetworkInterface: 弹性网卡迁移 */
export interface MigrateNetworkInterfaceRequest {
    /** 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu。 */
    vpId: string;
    /** 弹性网卡ID，例如：eni-m6dyj72l。 */
    networkInterfaceId: string;
    /** 迁移前的云服务器实例ID，例如：ins-xx44545f。 */
    oldInstanceId: string;
    /** 迁移后的云服务器实例ID，例如：ins-xx44545f。 */
    newInstanceId: string;
}
/**
 * Output of MigrateNetworkInterface: 弹性网卡迁移
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface MigrateNetworkInterfaceResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}
/** Input of MigratePrivateIpAddress: 内网IP迁移 */
export interface MigratePrivateIpAddressRequest {
    /** 弹性网卡对应的私有网络ID，例如：vpc-7t9nf3pu。 */
    vpcId: string;
    /** 被迁移的内网IP地址，例如：10.0.0.6。 */
    privateIpAddress: string;
    /** 迁移前的弹性网卡ID，例如：eni-m6dyj72l。 */
    oldNetworkInterfaceId: string;
    /** 迁移后的弹性网卡ID，例如：eni-dfddf454d。 */
    newNetworkInterfaceId: string;
}
/**
 * Output of MigratePrivateIpAddress: 内网IP迁移
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface MigratePrivateIpAddressResponse {
    /** 任务ID，操作结果可以用taskId查询，详见查询任务执行结果接口。 */
    taskId?: number | undefined;
}

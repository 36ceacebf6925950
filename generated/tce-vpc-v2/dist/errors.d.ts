import { ServiceError } from "@docs2sdk/runtime";
/**
 * Error codes every action of the service may return (the common error table).
 *
 * - `4000`: 请求参数非法：缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。
 * - `4100`: 鉴权失败：签名鉴权失败，请参考文档中鉴权部分。
 * - `4200`: 请求过期：请求已经过期，请参考文档中请求有效期部分。
 * - `4300`: 拒绝访问：帐号被封禁，或者不在接口针对的用户范围内等。
 * - `4400`: 超过配额：请求的次数超过了配额限制，请参考文档请求配额部分。
 * - `4500`: 重放攻击：请求的 Nonce 和 Timestamp 参数用于确保每次请求只会在服务器端被执行一次,所以本次的 Nonce 和上次的不能重复, Timestamp 与腾讯云金融专区服务器相差不能超过 2 小时。
 * - `4600`: 协议不支持：协议不支持，请参考文档说明。
 * - `5000`: 资源不存在：资源标识对应的实例不存在，或者实例已经被退还，或者访问了其他用户的资源。
 * - `5100`: 资源操作失败：对资源的操作失败，具体错误信息请查看错误描述 message 字段，稍后重试或者联系客服人员帮忙解决。
 * - `5200`: 资源购买失败：购买资源失败，可能是不支持实例配置，资源不足等等。
 * - `5300`: 资源购买失败：购买资源失败，余额不足。
 * - `5400`: 部分执行成功：批量操作部分执行成功，详情见方法返回值。
 * - `5500`: 用户资质审核未通过：购买资源失败，用户资质审核未通过。
 * - `6000`: 服务器内部错误：服务器内部出现错误，请稍后重试或者联系客服人员帮忙解决。
 * - `6100`: 版本暂不支持：本版本内不支持此接口或该接口处于维护状态等。注意: 出现这个错误时, 请先确定接口的域名是否正确, 不同的模块, 域名可能不一样。
 * - `6200`: 接口暂时无法访问：当前接口处于停服维护状态，请稍后重试。
 */
export type CommonErrorCode = "4000" | "4100" | "4200" | "4300" | "4400" | "4500" | "4600" | "5000" | "5100" | "5200" | "5300" | "5400" | "5500" | "6000" | "6100" | "6200";
/**
 * Error codes CreateVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpcName`: VPC名称不合法，可任意命名，但不得超过60个字符。
 * - `InvalidVpcCidr`: vpc CIDR不合法，vpc CIDR取值范围：10.0.0.0/16、172.16.0.0/16和192.168.0.0/16及它们包含的子网，详见VPC网段规划说明。
 * - `VpcLimitExceeded`: 您已经达到指定区域vpc资源申请数量上限，如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 * - `InvalidVpc.NotFound`: 无效的VPC,VPC资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type CreateVpcErrorCode = "InvalidVpcName" | "InvalidVpcCidr" | "VpcLimitExceeded" | "InvalidVpc.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC,VPC资源不存在, 请再次核实您输入的资源信息是否正确。
 * - `InvalidVpc.CannotDelete`: VPC不能删除, VPC下有资源。
 */
export type DeleteVpcErrorCode = "InvalidVpc.NotFound" | "InvalidVpc.CannotDelete" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpcName`: VPC名称不合法，可任意命名，但不得超过60个字符。
 * - `InvalidVpc.NotFound`: 无效的VPC,VPC资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type ModifyVpcAttributeErrorCode = "InvalidVpcName" | "InvalidVpc.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC,VPC资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type DescribeVpcExErrorCode = "InvalidVpc.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateVip may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVipId.NotFound`: vipId不存在，目前vip需要人工分配，如果您忘记vipId或者第一次绑定，请联系在线客服找回或者申请。
 * - `InvalidLanIp.NotFound`: 云服务器不存在，请核实您填写的lanIp是否正确，查询vpc下云服务器详见 查看云服务器实例列表 。
 * - `InvalidVpc.NotFound`: 无效的vpc。vpc资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type AssociateVipErrorCode = "InvalidVipId.NotFound" | "InvalidLanIp.NotFound" | "InvalidVpc.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidSubnetName`: 子网名称不合法，可任意命名，但不得超过60个字符。
 * - `InvalidSubnetCidr`: 子网CIDR不合法或者不在VPC网段内，子网CIDR取值范围：10.0.0.0/16、172.16.0.0/16和192.168.0.0/16及它们包含的子网。
 * - `InvalidSubnet.Conflict`: 子网网段与VPC内其他子网网段冲突。
 * - `SubnetLimitExceeded`: 您已经达到指定区域子网资源申请数量上限，如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 * - `InvalidZone.NotFound`: 无效的可用区ID，您输入的可用区不存在或者该可用区不支持私有网络，更多可用区信息参见私有网络可用区说明。
 */
export type CreateSubnetErrorCode = "InvalidVpc.NotFound" | "InvalidSubnetName" | "InvalidSubnetCidr" | "InvalidSubnet.Conflict" | "SubnetLimitExceeded" | "InvalidZone.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidSubnet.NotFound`: 无效的子网。子网资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeSubnetEx 接口查询子网。
 * - `InvalidSubnet.CannotDelete`: 子网不能删除，子网下有资源。
 */
export type DeleteSubnetErrorCode = "InvalidVpc.NotFound" | "InvalidSubnet.NotFound" | "InvalidSubnet.CannotDelete" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySubnetAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidSubnet.NotFound`: 无效的子网，子网资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeSubnetEx 接口查询子网。
 * - `InvalidSubnetName`: 子网名称不合法或者名字已被VPC下其他子网使用，可任意命名，但不得超过60个字符。
 */
export type ModifySubnetAttributeErrorCode = "InvalidVpc.NotFound" | "InvalidSubnet.NotFound" | "InvalidSubnetName" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSubnetEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在,请再次核实您输入的资源信息是否正确,可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidSubnet.NotFound`: 无效的子网。子网资源不存在,请再次核实您输入的资源信息是否正确,可通过 DescribeSubnetEx 接口查询子网。
 */
export type DescribeSubnetExErrorCode = "InvalidVpc.NotFound" | "InvalidSubnet.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidSubnet.NotFound`: 无效的子网。子网资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeSubnetEx 接口查询子网。
 */
export type DescribeSubnetErrorCode = "InvalidVpc.NotFound" | "InvalidSubnet.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidRouteTableName`: 路由表名称不合法。可任意命名，但不得超过60个字符。
 * - `InvalidDestinationCidr`: 目标网段不合法。
 * - `RouteTableLimitExceeded`: 创建的路由表数量超过上限。如果需要更多资源，请联系客服申请。更多 VPC 资源限制信息详见VPC使用限制。
 * - `RouteLimitExceeded`: 路由表策略数超过上限。如果需要更多资源，请联系客服申请。更多 VPC 资源限制信息详见VPC使用限制。
 * - `RouteAlreadyExists`: 目标网段在路由表策略中已存在。同一个路由表里策略中，目标网段不能冲突。
 * - `InvalidRouteNextType`: 无效的下一跳类型。可以支持的类型详见入参说明。
 * - `InvalidRouteNextHub.NotFound`: 下一跳地址不存在。请核实您填写的下一跳地址资源ID是否正确。
 */
export type CreateRouteTableErrorCode = "InvalidVpc.NotFound" | "InvalidRouteTableName" | "InvalidDestinationCidr" | "RouteTableLimitExceeded" | "RouteLimitExceeded" | "RouteAlreadyExists" | "InvalidRouteNextType" | "InvalidRouteNextHub.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidRouteTableId.NotFound`: 无效的路由表。路由表ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeRouteTable 接口查询。
 */
export type DeleteRouteTableErrorCode = "InvalidVpc.NotFound" | "InvalidRouteTableId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyRouteTableAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidRouteTableId.NotFound`: 无效的路由表。路由表ID不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeRouteTable 接口查询。
 * - `InvalidRouteTableName`: 路由表名称不合法。可任意命名, 但不得超过60个字符。
 * - `RouteLimitExceeded`: 路由表策略数超过上限。如果需要更多资源, 请联系客服申请。更多vpc资源限制信息详见VPC使用限制。
 * - `RouteAlreadyExists`: 目标网段在路由表策略中已存在。同一个路由表里策略中, 目标网段不能冲突。
 * - `InvalidRouteNextType`: 无效的下一跳类型。可以支持的类型详见入参说明。
 * - `InvalidRouteNextHub.NotFound`: 下一跳地址不存在。请核实您填写的下一跳地址资源ID是否正确。
 * - `InvalidRoute.NextHubLimitExceeded`: 公网网关ECMP不能超过8个。
 */
export type ModifyRouteTableAttributeErrorCode = "InvalidVpc.NotFound" | "InvalidRouteTableId.NotFound" | "InvalidRouteTableName" | "RouteLimitExceeded" | "RouteAlreadyExists" | "InvalidRouteNextType" | "InvalidRouteNextHub.NotFound" | "InvalidRoute.NextHubLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidRouteTableId.NotFound`: 无效的路由表。路由表ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeRouteTable 接口查询。
 */
export type DescribeRouteTableErrorCode = "InvalidVpc.NotFound" | "InvalidRouteTableId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidSubnet.NotFound`: 无效的子网。子网资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeSubnetEx 接口查询子网。
 * - `InvalidRouteTableId.NotFound`: 无效的路由表。路由表ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeRouteTable 接口查询。
 */
export type AssociateRouteTableErrorCode = "InvalidVpc.NotFound" | "InvalidSubnet.NotFound" | "InvalidRouteTableId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateRoute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidRouteTableId.NotFound`: 无效的路由表。路由表ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeRouteTable 接口查询。
 * - `InvalidDestinationCidr`: 目标网段不合法。
 * - `RouteLimitExceeded`: 路由表策略数超过上限。如果需要更多资源，请联系客服申请。更多 VPC 资源限制信息详见VPC使用限制。
 * - `RouteAlreadyExists`: 目标网段在路由表策略中已存在。同一个路由表里策略中，目标网段不能冲突。
 * - `InvalidRouteNextType`: 无效的下一跳类型。可以支持的类型详见入参说明。
 * - `InvalidRouteNextHub.NotFound`: 下一跳地址不存在。请核实您填写的下一跳地址资源ID是否正确。
 */
export type CreateRouteErrorCode = "InvalidVpc.NotFound" | "InvalidRouteTableId.NotFound" | "InvalidDestinationCidr" | "RouteLimitExceeded" | "RouteAlreadyExists" | "InvalidRouteNextType" | "InvalidRouteNextHub.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteRoute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidRouteTableId.NotFound`: 无效的路由表。路由表ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeRouteTable 接口查询。
 * - `InvalidDestinationCidr`: 目标网段不合法。
 * - `InvalidRouteNextType`: 无效的下一跳类型。可以支持的类型详见入参说明。
 * - `InvalidRouteNextHub.NotFound`: 下一跳地址不存在。请核实您填写的下一跳地址资源ID是否正确。
 */
export type DeleteRouteErrorCode = "InvalidVpc.NotFound" | "InvalidRouteTableId.NotFound" | "InvalidDestinationCidr" | "InvalidRouteNextType" | "InvalidRouteNextHub.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateNetworkAcl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkAclName`: 网络ACL名称不合法。可任意命名，但不得超过60个字符。
 * - `NetworkAclLimitExceeded`: 创建的网络 ACL 数量超过上限。如果需要更多资源，请联系客服申请。更多 VPC 资源限制信息详见VPC使用限制。
 */
export type CreateNetworkAclErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkAclName" | "NetworkAclLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteNetworkAcl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkAclID.NotFound`: 无效的网络ACL ID。网络ACL ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkAcl 接口查询。
 * - `NetworkAclID.InUse`: 网络ACL已经关联了子网。已经关联子网的 ACL 不可删除。
 */
export type DeleteNetworkAclErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkAclID.NotFound" | "NetworkAclID.InUse" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetworkAcl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC。VPC 资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkAclID.NotFound`: 无效的网络 ACL ID。网络 ACL ID不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeNetworkAcl 接口查询。
 * - `InvalidNetworkAclName`: 网络 ACL 名称不合法。可任意命名, 但不得超过60个字符。
 */
export type ModifyNetworkAclErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkAclID.NotFound" | "InvalidNetworkAclName" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkAcl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC。VPC 资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkAclID.NotFound`: 无效的网络 ACL ID。网络 ACL ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkAcl 接口查询。
 */
export type DescribeNetworkAclErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkAclID.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetworkAclEntry may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC。VPC 资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkAclID.NotFound`: 无效的网络 ACL ID。V网络 ACL ID不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeNetworkAcl 接口查询。
 * - `NetworkAclInLimitExceeded`: 创建的网络 ACL 入站规则数量超过上限。如果需要更多资源, 请联系客服申请。更多vpc资源限制信息详见VPC使用限制。
 * - `NetworkAclOutLimitExceeded`: 创建的网络 ACL 出站规则数量超过上限。如果需要更多资源, 请联系客服申请。更多vpc资源限制信息详见VPC使用限制。
 */
export type ModifyNetworkAclEntryErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkAclID.NotFound" | "NetworkAclInLimitExceeded" | "NetworkAclOutLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSubnetAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC。VPC 资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkAclID.NotFound`: 无效的网络 ACL ID。网络 ACL ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkAcl 接口查询。
 */
export type CreateSubnetAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkAclID.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeteleSubnetAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC。VPC 资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkAclID.NotFound`: 无效的网络 ACL ID。网络 ACL ID不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkAcl 接口查询。
 */
export type DeteleSubnetAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkAclID.NotFound" | CommonErrorCode | (string & {});
/** Error codes InquiryVpnPrice may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryVpnPriceErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpn may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpnErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpnGw may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidVpnGw.NotFound`: 无效的vpn网关。vpn网关资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpnGw 接口查询vpn网关。
 * - `InvalidVpnGwState`: vpn网关状态不对
 * - `InvalidVpnGwName`: vpn网关名称不合法。可任意命名，但不得超过60个字符。。
 */
export type ModifyVpnGwErrorCode = "InvalidVpc.NotFound" | "InvalidVpnGw.NotFound" | "InvalidVpnGwState" | "InvalidVpnGwName" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpnGw may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidVpnGw.NotFound`: 无效的vpn网关。vpn网关资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type DescribeVpnGwErrorCode = "InvalidVpc.NotFound" | "InvalidVpnGw.NotFound" | CommonErrorCode | (string & {});
/** Error codes RenewVpn may return: its own documented codes, the service's common codes, and any other string. */
export type RenewVpnErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes AddUserGw may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidUserGwName`: 对端网关名称不合法。可任意命名，但不得超过60个字符。
 * - `UserGwLimitExceeded`: 已经达到指定区域对端网关资源申请数量上限。如果需要更多资源，请联系客服申请。更多vpc资源限制信息详见VPC使用限制。
 */
export type AddUserGwErrorCode = "InvalidUserGwName" | "UserGwLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteUserGw may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidUserGw.NotFound`: 无效的对端网关。对端网关资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeUserGw 接口查询对端网关。
 */
export type DeleteUserGwErrorCode = "InvalidUserGw.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyUserGw may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidUserGwName`: 对端网关名称不合法。可任意命名，但不得超过60个字符。
 * - `InvalidUserGw.NotFound`: 无效的对端网关。对端网关资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeUserGw 接口查询对端网关。
 */
export type ModifyUserGwErrorCode = "InvalidUserGwName" | "InvalidUserGw.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeUserGw may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidUserGw.NotFound`: 无效的对端网关。对端网关资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeUserGw 接口查询对端网关。
 */
export type DescribeUserGwErrorCode = "InvalidUserGw.NotFound" | CommonErrorCode | (string & {});
/** Error codes DescribeUserGwVendor may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeUserGwVendorErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes AddVpnConnEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidVpnGw.NotFound`: 无效的vpn网关。vpn网关资源不存在, 请再次核实您输入的资源信息是否正确, 可通过DescribeVpnGw接口查询vpn网关。
 * - `InvalidUserGw.NotFound`: 无效的对端网关。对端网关资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeUserGw 接口查询对端网关。
 * - `InvalidVpnConnName`: VPN 名称不合法。可任意命名, 但不得超过60个字符。
 * - `VpnConnLimitExceeded`: 您已经达到指定区域vpn通道资源申请数量上限。如果需要更多资源, 请联系客服申请。更多vpc资源限制信息详见VPC使用限制。
 */
export type AddVpnConnExErrorCode = "InvalidVpc.NotFound" | "InvalidVpnGw.NotFound" | "InvalidUserGw.NotFound" | "InvalidVpnConnName" | "VpnConnLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpnConn may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidVpnGw.NotFound`: 无效的vpn网关。vpn网关资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpnGw 接口查询vpn网关。
 * - `InvalidVpnConnState`: vpn通道状态不对
 * - `InvalidVpnConn.NotFound`: 无效的vpn通道。vpn通道资源不存在，请再次核实您输入的资源信息是否正确，可通过 DescribeVpnConn 接口查询vpn通道。
 */
export type DeleteVpnConnErrorCode = "InvalidVpc.NotFound" | "InvalidVpnGw.NotFound" | "InvalidVpnConnState" | "InvalidVpnConn.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpnConnEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidVpnGw.NotFound`: 无效的vpn网关。vpn网关资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpnGw 接口查询vpn网关。
 */
export type ModifyVpnConnExErrorCode = "InvalidVpc.NotFound" | "InvalidVpnGw.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpnConn may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC。VPC 资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidVpnGw.NotFound`: 无效的 VPN 网关。VPN 网关资源不存在, 请再次核实您输入的资源信息是否正确, 可通过 DescribeVpnGw 接口查询vpn网关。
 */
export type DescribeVpnConnErrorCode = "InvalidVpc.NotFound" | "InvalidVpnGw.NotFound" | CommonErrorCode | (string & {});
/** Error codes GetVpnConnConfig may return: its own documented codes, the service's common codes, and any other string. */
export type GetVpnConnConfigErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpnConnMonitor may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnConnMonitorErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateVpcPeeringConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidPeeringConnectionName`: 对等连接名称不合法。可任意命名，但不得超过60个字符。
 * - `PeeringConnectionVpcConflict`: 对等连接之间VPC网段冲突
 * - `PeeringConnectionLimitExceeded`: 您已经达到指定区域对等连接资源申请数量上限。如果需要更多资源，请联系客服申请。更多vpc资源限制信息详见VPC使用限制。
 * - `InvalidVpc.NotFound`: 无效的 VPC。VPC 资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type CreateVpcPeeringConnectionErrorCode = "InvalidPeeringConnectionName" | "PeeringConnectionVpcConflict" | "PeeringConnectionLimitExceeded" | "InvalidVpc.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpcPeeringConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type DeleteVpcPeeringConnectionErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcPeeringConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidPeeringConnectionName`: 对等连接名称不合法。可任意命名, 但不得超过60个字符。
 * - `InvalidVpc.NotFound`: 无效的vpc, vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接, 对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type ModifyVpcPeeringConnectionErrorCode = "InvalidPeeringConnectionName" | "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AcceptVpcPeeringConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type AcceptVpcPeeringConnectionErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes RejectVpcPeeringConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc,vpc资源不存在, 请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接,对等连接资源不存在, 请再次核实您输入的资源信息是否正确。
 */
export type RejectVpcPeeringConnectionErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes EnableVpcPeeringConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type EnableVpcPeeringConnectionErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateVpcPeeringConnectionEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidPeeringConnectionName`: 对等连接名称不合法 可任意命名，但不得超过 60 个字符
 * - `PeeringConnectionVpcConflict`: 对等连接之间 VPC 网段冲突
 * - `PeeringConnectionLimitExceeded`: 您已经达到指定区域对等连接资源申请数量上限。如果需要更多资源，请联系客服申请更多 VPC 资源限制信息请参见 VPC 使用限制
 * - `InvalidVpc.NotFound`: 无效的 VPC，VPC 资源不存在 请再次核实您输入的资源信息是否正确
 */
export type CreateVpcPeeringConnectionExErrorCode = "InvalidPeeringConnectionName" | "PeeringConnectionVpcConflict" | "PeeringConnectionLimitExceeded" | "InvalidVpc.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpcPeeringConnectionEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type DeleteVpcPeeringConnectionExErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcPeeringConnectionEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidPeeringConnectionName`: 对等连接名称不合法。可任意命名，但不得超过60个字符。
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type ModifyVpcPeeringConnectionExErrorCode = "InvalidPeeringConnectionName" | "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AcceptVpcPeeringConnectionEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type AcceptVpcPeeringConnectionExErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes RejectVpcPeeringConnectionEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type RejectVpcPeeringConnectionExErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes EnableVpcPeeringConnectionEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的vpc，vpc资源不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确。
 */
export type EnableVpcPeeringConnectionExErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcPeeringConnections may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 vpc，vpc 资源不存在。请再次核实您输入的资源信息是否正确
 * - `InvalidPeeringConnection.NotFound`: 无效的对等连接，对等连接资源不存在。请再次核实您输入的资源信息是否正确
 */
export type DescribeVpcPeeringConnectionsErrorCode = "InvalidVpc.NotFound" | "InvalidPeeringConnection.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDirectConnectGatewayName`: 专线网关名称不合法，专线网关名称取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符。
 * - `DirectConnectGatewayLimitExceeded`: 您已经达到指定区域专线网关资源申请数量上限，如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type CreateDirectConnectGatewayErrorCode = "InvalidDirectConnectGatewayName" | "DirectConnectGatewayLimitExceeded" | "InvalidVpc.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDirectConnectGatewayName`: 专线网关名称不合法。专线网关名称取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符。
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type ModifyDirectConnectGatewayErrorCode = "InvalidDirectConnectGatewayName" | "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type DeleteDirectConnectGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VP。C，VPC资源不存在，请再次核实您输入的资源信息是否正确。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。
 */
export type DescribeDirectConnectGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidOriginalIP.NotInVpcCidr`: 无效的原始IP。原始IP不在VPC网段内。
 * - `InvalidOriginalIP.Duplicate`: 无效的原始IP。原始IP重复，原始IP已经在该网关的本端IP专线规则中，原始IP不可重复。
 * - `InvalidTranslationIP.InVpcCidr`: 无效的转换后IP。转换后IP在VPC网段内。
 * - `InvalidTranslationIP.Duplicate`: 无效的转换后IP。转换后IP重复，转换后IP已经在该网关的本端IP转换规则中，转换后IP不可重复。
 * - `LocalIPTranslationLimitExceeded`: 您添加的本端IP转换规则已达上限。如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 */
export type CreateLocalIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidOriginalIP.NotInVpcCidr" | "InvalidOriginalIP.Duplicate" | "InvalidTranslationIP.InVpcCidr" | "InvalidTranslationIP.Duplicate" | "LocalIPTranslationLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalIPTranslation.NotFound`: 无效的本端IP转换规则。本端IP转换规则不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalIPTranslationNatRule 接口查询。
 */
export type DeleteLocalIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalIPTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalIPTranslation.NotFound`: 无效的本端IP转换规则。本端IP转换规则不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalIPTranslationNatRule 接口查询。
 * - `InvalidOriginalIP.NotInVpcCidr`: 无效的原始IP。原始IP不在VPC网段内。
 * - `InvalidOriginalIP.Duplicate`: 无效的原始IP。原始IP重复，原始IP已经在该网关的本端IP专线规则中，原始IP不可重复。
 * - `InvalidTranslationIP.InVpcCidr`: 无效的转换后IP。转换后IP在VPC网段内。
 * - `InvalidTranslationIP.Duplicate`: 无效的转换后IP。转换后IP重复，转换后IP已经在该网关的本端IP专线规则中，转换后IP不可重复。
 */
export type ModifyLocalIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalIPTranslation.NotFound" | "InvalidOriginalIP.NotInVpcCidr" | "InvalidOriginalIP.Duplicate" | "InvalidTranslationIP.InVpcCidr" | "InvalidTranslationIP.Duplicate" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalIPTranslation.NotFound`: 无效的本端IP转换规则。本端IP转换规则不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalIPTranslationNatRule 接口查询。
 */
export type DescribeLocalIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalIPTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalIPTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalIPTranslation.NotFound`: 无效的本端IP转换规则。本端IP转换规则不存在，请再次核实您输入的资源信息是否正确。
 */
export type CreateLocalIPTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalIPTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalIPTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalIPTranslation.NotFound`: 无效的本端IP转换规则。本端IP转换规则不存在，请再次核实您输入的资源信息是否正确。
 */
export type DeleteLocalIPTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalIPTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalIPTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalIPTranslation.NotFound`: 无效的本端IP转换规则。本端IP转换规则不存在，请再次核实您输入的资源信息是否正确。
 */
export type ModifyLocalIPTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalIPTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalIPTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在, 请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在, 请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询
 * - `InvalidLocalIPTranslation.NotFound`: 无效的本端IP转换规则。本端IP转换规则不存在, 请再次核实您输入的资源信息是否正确
 */
export type DescribeLocalIPTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalIPTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalSourceIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidTranslationIPPool.NotInVpcCidr`: 无效的转换后IP池。转换后IP池不在VPC网段内。
 * - `InvalidTranslationIPDuplicate`: 无效的转换后IP池。转换后IP池重复，转换后IP池已经在该网关的本端源IP端口转换规则中，转换后IP池不可重复。
 * - `LocalSourceIPPortTranslationLimitExceeded`: 您添加的本端源IP端口转换规则已达上限。如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 */
export type CreateLocalSourceIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidTranslationIPPool.NotInVpcCidr" | "InvalidTranslationIPDuplicate" | "LocalSourceIPPortTranslationLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalSourceIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用< DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidTranslationIPPool.NotFound`: 无效的转换后IP池。转换后IP池不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalSourceIPPortTranslationNatRule 接口查询。
 */
export type DeleteLocalSourceIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidTranslationIPPool.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalSourceIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidTranslationIPPool.NotFound`: 无效的转换后IP池。转换后IP池不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalSourceIPPortTranslationNatRule 接口查询。
 * - `InvalidTranslationIPPool.InVpcCidr`: 无效的转换后IP池。转换后IP池在VPC网段内。
 * - `InvalidTranslationIPDuplicate`: 无效的转换后IP池。转换后IP池重复，转换后IP池已经在该网关的本端源IP端口转换规则中，转换后IP池不可重复。
 */
export type ModifyLocalSourceIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidTranslationIPPool.NotFound" | "InvalidTranslationIPPool.InVpcCidr" | "InvalidTranslationIPDuplicate" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalSourceIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidTranslationIPPool.NotFound`: 无效的转换后IP池。转换后IP池不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalSourceIPPortTranslationNatRule 接口查询。
 */
export type DescribeLocalSourceIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidTranslationIPPool.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalSourceIPPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC。VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关。专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalSourceIPPortTranslation.NotFound`: 无效的本端IP端口转换规则。本端IP端口转换规则不存在，请再次核实您输入的资源信息是否正确。
 * - `InvalidLocalSourceIPPortTranslationAcl.Conflict`: 本端IP端口转换规则ACL策略冲突。同一个专线网关下不同本端IP端口转换规则之间的ACL策略不能冲突。
 * - `AclRuleLimitExceeded`: 您添加的ACL策略已达上限。如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 */
export type CreateLocalSourceIPPortTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalSourceIPPortTranslation.NotFound" | "InvalidLocalSourceIPPortTranslationAcl.Conflict" | "AclRuleLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalSourceIPPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalSourceIPPortTranslation.NotFound`: 无效的本端IP端口转换规则，本端IP端口转换规则不存在。请再次核实您输入的资源信息是否正确。
 */
export type DeleteLocalSourceIPPortTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalSourceIPPortTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalSourceIPPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalSourceIPPortTranslation.NotFound`: 无效的本端IP端口转换规则，本端IP端口转换规则不存在。请再次核实您输入的资源信息是否正确。
 * - `InvalidLocalSourceIPPortTranslationAcl.Conflict`: 本端IP端口转换规则ACL策略冲突，同一个专线网关下不同本端IP端口转换规则之前的ACL策略不能冲突。
 */
export type ModifyLocalSourceIPPortTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalSourceIPPortTranslation.NotFound" | "InvalidLocalSourceIPPortTranslationAcl.Conflict" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalSourceIPPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalSourceIPPortTranslation.NotFound`: 无效的本端IP端口转换规则，本端IP端口转换规则不存在。请再次核实您输入的资源信息是否正确。
 */
export type DescribeLocalSourceIPPortTranslationAclRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalSourceIPPortTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalDestinationIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidOriginalIP.NotInVpcCidr`: 无效的原始IP，原始IP不在VPC网段内。
 * - `InvalidTranslationIP.InVpcCidr`: 无效的转换后IP，转换后IP在VPC网段内。
 * - `InvalidTranslationIP.Duplicate`: 无效的转换后IP，转换后IP重复，转换后IP已经在该网关的本端IP专线规则中，转换后IP不可重复。
 * - `LocalDestinationIPPortTranslationLimitExceeded`: 您添加的本端目的IP端口转换规则已达上限，如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 */
export type CreateLocalDestinationIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidOriginalIP.NotInVpcCidr" | "InvalidTranslationIP.InVpcCidr" | "InvalidTranslationIP.Duplicate" | "LocalDestinationIPPortTranslationLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalDestinationIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalDestinationIPPortTranslation.NotFound`: 要修改的本端目的IP端口转换不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalDestinationIPPortTranslationNatRule 接口查询。
 */
export type DeleteLocalDestinationIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalDestinationIPPortTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalDestinationIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalDestinationIPPortTranslation.NotFound`: 要修改的本端目的IP端口转换不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalDestinationIPPortTranslationNatRule 接口查询。
 * - `InvalidOriginalIP.NotInVpcCidr`: 无效的原始IP，原始IP不在vpc网段内。
 * - `InvalidTranslationIP.InVpcCidr`: 无效的转换后IP，转换后IP在vpc网段内。
 * - `InvalidTranslationIP.Duplicate`: 无效的转换后IP，转换后IP重复，转换后IP已经在该网关的本端IP专线规则中，转换后IP不可重复。
 */
export type ModifyLocalDestinationIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalDestinationIPPortTranslation.NotFound" | "InvalidOriginalIP.NotInVpcCidr" | "InvalidTranslationIP.InVpcCidr" | "InvalidTranslationIP.Duplicate" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalDestinationIPPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidLocalDestinationIPPortTranslation.NotFound`: 要修改的本端目的IP端口转换不存在，请再次核实您输入的资源信息是否正确。可调用 DescribeLocalDestinationIPPortTranslationNatRule 接口查询。
 */
export type DescribeLocalDestinationIPPortTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidLocalDestinationIPPortTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreatePeerIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidOriginalIP.Duplicate`: 无效的原始IP，原始IP重复。原始IP已经在该网关的本端IP专线规则中，原始IP不可重复。
 * - `InvalidTranslationIP.InVpcCidr`: 无效的转换后IP，转换后IP在VPC网段内。
 * - `InvalidTranslationIP.Duplicate`: 无效的转换后IP，转换后IP重复。转换后IP已经在该网关的本端IP专线规则中，转换后IP不可重复。
 * - `PeerIPTranslationLimitExceeded`: 您添加的对端IP转换转换规则已达上限，如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制。
 */
export type CreatePeerIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidOriginalIP.Duplicate" | "InvalidTranslationIP.InVpcCidr" | "InvalidTranslationIP.Duplicate" | "PeerIPTranslationLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeletePeerIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidPeerIPTranslation.NotFound`: 无效的对端IP转换规则，对端IP转换规则不存在。请再次核实您输入的资源信息是否正确。可调用 DescribePeerIPTranslationNatRule 接口查询。
 */
export type DeletePeerIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidPeerIPTranslation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyPeerIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidPeerIPTranslation.NotFound`: 无效的对端IP转换规则，对端IP转换规则不存在。请再次核实您输入的资源信息是否正确。可调用 DescribePeerIPTranslationNatRule 接口查询。
 * - `InvalidOriginalIP.Duplicate`: 无效的原始IP，原始IP重复。原始IP已经在该网关的本端IP专线规则中，原始IP不可重复。
 * - `InvalidTranslationIP.InVpcCidr`: 无效的转换后IP，转换后IP在vpc网段内。
 * - `InvalidTranslationIP.Duplicate`: 无效的转换后IP，转换后IP重复。转换后IP已经在该网关的本端IP专线规则中，转换后IP不可重复。
 */
export type ModifyPeerIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidPeerIPTranslation.NotFound" | "InvalidOriginalIP.Duplicate" | "InvalidTranslationIP.InVpcCidr" | "InvalidTranslationIP.Duplicate" | CommonErrorCode | (string & {});
/**
 * Error codes DescribePeerIPTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeVpcEx 接口查询。
 * - `InvalidDirectConnectGateway.NotFound`: 无效的专线网关，专线网关资源不存在。请再次核实您输入的资源信息是否正确。可调用 DescribeDirectConnectGateway 接口查询。
 * - `InvalidPeerIPTranslation.NotFound`: 无效的对端IP转换规则，对端IP转换规则不存在。请再次核实您输入的资源信息是否正确。可调用 DescribePeerIPTranslationNatRule 接口查询。
 * - `InvalidOriginalIP.Duplicate`: 无效的原始IP，原始IP重复。原始IP已经在该网关的本端IP专线规则中，原始IP不可重复。
 */
export type DescribePeerIPTranslationNatRuleErrorCode = "InvalidVpc.NotFound" | "InvalidDirectConnectGateway.NotFound" | "InvalidPeerIPTranslation.NotFound" | "InvalidOriginalIP.Duplicate" | CommonErrorCode | (string & {});
/**
 * Error codes CreateNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC，VPC 资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询 VPC
 * - `InvalidNatGatewayName`: NAT 网关名称不合法。NAT 网关名称取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符
 * - `NatGatewayLimitExceeded`: 创建的 NAT 网关数量超过上限。如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制
 */
export type CreateNatGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidNatGatewayName" | "NatGatewayLimitExceeded" | CommonErrorCode | (string & {});
/** Error codes QueryNatGatewayProductionStatus may return: its own documented codes, the service's common codes, and any other string. */
export type QueryNatGatewayProductionStatusErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNatGatewayId.NotFound`: 无效的NAT网关，NAT网关资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNatGateway 接口查询NAT网关
 */
export type DeleteNatGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidNatGatewayId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNatGatewayId.NotFound`: 无效的NAT网关，NAT网关资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNatGateway 接口查询NAT网关
 * - `InvalidNatGatewayName`: NAT网关名称不合法。NAT网关名称取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符
 */
export type ModifyNatGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidNatGatewayId.NotFound" | "InvalidNatGatewayName" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询 VPC
 * - `InvalidNatGatewayId.NotFound`: 无效的NAT网关，NAT网关资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNatGateway 接口查询NAT网关
 */
export type DescribeNatGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidNatGatewayId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes EipBindNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNatGatewayId.NotFound`: 无效的NAT网关，NAT网关资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNatGateway 接口查询NAT网关
 */
export type EipBindNatGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidNatGatewayId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes EipUnBindNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNatGatewayId.NotFound`: 无效的NAT网关，NAT网关资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNatGateway 接口查询NAT网关
 * - `NatGatewayEipNotEmpty`: NAT网关必须保留一个EIP，最后一个EIP不能被解绑
 */
export type EipUnBindNatGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidNatGatewayId.NotFound" | "NatGatewayEipNotEmpty" | CommonErrorCode | (string & {});
/**
 * Error codes UpgradeNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNatGatewayId.NotFound`: 无效的NAT网关，NAT网关资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNatGateway 接口查询NAT网关
 */
export type UpgradeNatGatewayErrorCode = "InvalidVpc.NotFound" | "InvalidNatGatewayId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidSubnet.NotFound`: 无效的子网，子网资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeSubnetEx 接口查询子网
 * - `InvalidNetworkInterfaceName`: 弹性网卡名称不合法。可任意命名，但不得超过60个字符。
 * - `NetworkInterfaceLimitExceeded`: 创建的弹性网卡数量超过上限。如果需要更多资源，请联系客服申请。更多VPC资源限制信息详见VPC使用限制
 */
export type CreateNetworkInterfaceErrorCode = "InvalidVpc.NotFound" | "InvalidSubnet.NotFound" | "InvalidNetworkInterfaceName" | "NetworkInterfaceLimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡，弹性网卡资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkInterfaces 接口查询弹性网卡
 * - `InvalidNetworkInterface.CanNotDelete`: 弹性网卡绑定了云服务器，不能被删除
 */
export type DeleteNetworkInterfaceErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | "InvalidNetworkInterface.CanNotDelete" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkInterfaces may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的 VPC, VPC 资源不存在。请再次核实您输入的资源信息是否正确, 可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡, 弹性网卡资源不存在。请再次核实您输入的资源信息是否正确, 可通过 DescribeNetworkInterfaces 接口查询弹性网卡
 */
export type DescribeNetworkInterfacesErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AssignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡，弹性网卡资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkInterfaces 接口查询弹性网卡
 * - `InvalidPrivateIpAddress.InUse`: 内网IP已经被占用
 */
export type AssignPrivateIpAddressesErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | "InvalidPrivateIpAddress.InUse" | CommonErrorCode | (string & {});
/**
 * Error codes UnassignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡，弹性网卡资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkInterfaces 接口查询弹性网卡
 * - `InvalidPrivateip.IsPrimary`: 主IP不能解绑
 */
export type UnassignPrivateIpAddressesErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | "InvalidPrivateip.IsPrimary" | CommonErrorCode | (string & {});
/**
 * Error codes AttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡，弹性网卡资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkInterfaces 接口查询弹性网卡
 * - `InvalidInstance.NotFound`: 无效的云服务器实例，云服务器实例资源不存在。请再次核实您输入的资源信息是否正确，可通过DescribeInstances 接口查询云服务器实例
 * - `InvalidNetworkInterface.AlreadyAssociated`: 弹性网卡和云服务器已绑定
 */
export type AttachNetworkInterfaceErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | "InvalidInstance.NotFound" | "InvalidNetworkInterface.AlreadyAssociated" | CommonErrorCode | (string & {});
/**
 * Error codes DetachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡，弹性网卡资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkInterfaces 接口查询弹性网卡
 * - `InvalidInstance.NotFound`: 无效的云服务器实例，云服务器实例资源不存在。请再次核实您输入的资源信息是否正确，可通过DescribeInstances接口查询云服务器实例
 * - `InvalidNetworkInterface.NotAttached`: 弹性网卡和云服务器已解绑
 */
export type DetachNetworkInterfaceErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | "InvalidInstance.NotFound" | "InvalidNetworkInterface.NotAttached" | CommonErrorCode | (string & {});
/**
 * Error codes MigrateNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡，弹性网卡资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkInterfaces 接口查询弹性网卡。
 * - `InvalidInstance.NotFound`: 无效的云服务器实例，云服务器实例资源不存在。请再次核实您输入的资源信息是否正确，可通过DescribeInstances 接口查询云服务器实例。
 * - `InvalidNetworkInterface.AlreadyAssociated`: 弹性网卡和云服务器已绑定。
 */
export type MigrateNetworkInterfaceErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | "InvalidInstance.NotFound" | "InvalidNetworkInterface.AlreadyAssociated" | CommonErrorCode | (string & {});
/**
 * Error codes MigratePrivateIpAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpc.NotFound`: 无效的VPC，VPC资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeVpcEx 接口查询VPC。
 * - `InvalidNetworkInterface.NotFound`: 无效的弹性网卡，弹性网卡资源不存在。请再次核实您输入的资源信息是否正确，可通过 DescribeNetworkInterfaces 接口查询弹性网卡。
 */
export type MigratePrivateIpAddressErrorCode = "InvalidVpc.NotFound" | "InvalidNetworkInterface.NotFound" | CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    CreateVpc: CreateVpcErrorCode;
    DeleteVpc: DeleteVpcErrorCode;
    ModifyVpcAttribute: ModifyVpcAttributeErrorCode;
    DescribeVpcEx: DescribeVpcExErrorCode;
    AssociateVip: AssociateVipErrorCode;
    CreateSubnet: CreateSubnetErrorCode;
    DeleteSubnet: DeleteSubnetErrorCode;
    ModifySubnetAttribute: ModifySubnetAttributeErrorCode;
    DescribeSubnetEx: DescribeSubnetExErrorCode;
    DescribeSubnet: DescribeSubnetErrorCode;
    CreateRouteTable: CreateRouteTableErrorCode;
    DeleteRouteTable: DeleteRouteTableErrorCode;
    ModifyRouteTableAttribute: ModifyRouteTableAttributeErrorCode;
    DescribeRouteTable: DescribeRouteTableErrorCode;
    AssociateRouteTable: AssociateRouteTableErrorCode;
    CreateRoute: CreateRouteErrorCode;
    DeleteRoute: DeleteRouteErrorCode;
    CreateNetworkAcl: CreateNetworkAclErrorCode;
    DeleteNetworkAcl: DeleteNetworkAclErrorCode;
    ModifyNetworkAcl: ModifyNetworkAclErrorCode;
    DescribeNetworkAcl: DescribeNetworkAclErrorCode;
    ModifyNetworkAclEntry: ModifyNetworkAclEntryErrorCode;
    CreateSubnetAclRule: CreateSubnetAclRuleErrorCode;
    DeteleSubnetAclRule: DeteleSubnetAclRuleErrorCode;
    InquiryVpnPrice: InquiryVpnPriceErrorCode;
    CreateVpn: CreateVpnErrorCode;
    ModifyVpnGw: ModifyVpnGwErrorCode;
    DescribeVpnGw: DescribeVpnGwErrorCode;
    RenewVpn: RenewVpnErrorCode;
    AddUserGw: AddUserGwErrorCode;
    DeleteUserGw: DeleteUserGwErrorCode;
    ModifyUserGw: ModifyUserGwErrorCode;
    DescribeUserGw: DescribeUserGwErrorCode;
    DescribeUserGwVendor: DescribeUserGwVendorErrorCode;
    AddVpnConnEx: AddVpnConnExErrorCode;
    DeleteVpnConn: DeleteVpnConnErrorCode;
    ModifyVpnConnEx: ModifyVpnConnExErrorCode;
    DescribeVpnConn: DescribeVpnConnErrorCode;
    GetVpnConnConfig: GetVpnConnConfigErrorCode;
    DescribeVpnConnMonitor: DescribeVpnConnMonitorErrorCode;
    CreateVpcPeeringConnection: CreateVpcPeeringConnectionErrorCode;
    DeleteVpcPeeringConnection: DeleteVpcPeeringConnectionErrorCode;
    ModifyVpcPeeringConnection: ModifyVpcPeeringConnectionErrorCode;
    AcceptVpcPeeringConnection: AcceptVpcPeeringConnectionErrorCode;
    RejectVpcPeeringConnection: RejectVpcPeeringConnectionErrorCode;
    EnableVpcPeeringConnection: EnableVpcPeeringConnectionErrorCode;
    CreateVpcPeeringConnectionEx: CreateVpcPeeringConnectionExErrorCode;
    DeleteVpcPeeringConnectionEx: DeleteVpcPeeringConnectionExErrorCode;
    ModifyVpcPeeringConnectionEx: ModifyVpcPeeringConnectionExErrorCode;
    AcceptVpcPeeringConnectionEx: AcceptVpcPeeringConnectionExErrorCode;
    RejectVpcPeeringConnectionEx: RejectVpcPeeringConnectionExErrorCode;
    EnableVpcPeeringConnectionEx: EnableVpcPeeringConnectionExErrorCode;
    DescribeVpcPeeringConnections: DescribeVpcPeeringConnectionsErrorCode;
    CreateDirectConnectGateway: CreateDirectConnectGatewayErrorCode;
    ModifyDirectConnectGateway: ModifyDirectConnectGatewayErrorCode;
    DeleteDirectConnectGateway: DeleteDirectConnectGatewayErrorCode;
    DescribeDirectConnectGateway: DescribeDirectConnectGatewayErrorCode;
    CreateLocalIPTranslationNatRule: CreateLocalIPTranslationNatRuleErrorCode;
    DeleteLocalIPTranslationNatRule: DeleteLocalIPTranslationNatRuleErrorCode;
    ModifyLocalIPTranslationNatRule: ModifyLocalIPTranslationNatRuleErrorCode;
    DescribeLocalIPTranslationNatRule: DescribeLocalIPTranslationNatRuleErrorCode;
    CreateLocalIPTranslationAclRule: CreateLocalIPTranslationAclRuleErrorCode;
    DeleteLocalIPTranslationAclRule: DeleteLocalIPTranslationAclRuleErrorCode;
    ModifyLocalIPTranslationAclRule: ModifyLocalIPTranslationAclRuleErrorCode;
    DescribeLocalIPTranslationAclRule: DescribeLocalIPTranslationAclRuleErrorCode;
    CreateLocalSourceIPPortTranslationNatRule: CreateLocalSourceIPPortTranslationNatRuleErrorCode;
    DeleteLocalSourceIPPortTranslationNatRule: DeleteLocalSourceIPPortTranslationNatRuleErrorCode;
    ModifyLocalSourceIPPortTranslationNatRule: ModifyLocalSourceIPPortTranslationNatRuleErrorCode;
    DescribeLocalSourceIPPortTranslationNatRule: DescribeLocalSourceIPPortTranslationNatRuleErrorCode;
    CreateLocalSourceIPPortTranslationAclRule: CreateLocalSourceIPPortTranslationAclRuleErrorCode;
    DeleteLocalSourceIPPortTranslationAclRule: DeleteLocalSourceIPPortTranslationAclRuleErrorCode;
    ModifyLocalSourceIPPortTranslationAclRule: ModifyLocalSourceIPPortTranslationAclRuleErrorCode;
    DescribeLocalSourceIPPortTranslationAclRule: DescribeLocalSourceIPPortTranslationAclRuleErrorCode;
    CreateLocalDestinationIPPortTranslationNatRule: CreateLocalDestinationIPPortTranslationNatRuleErrorCode;
    DeleteLocalDestinationIPPortTranslationNatRule: DeleteLocalDestinationIPPortTranslationNatRuleErrorCode;
    ModifyLocalDestinationIPPortTranslationNatRule: ModifyLocalDestinationIPPortTranslationNatRuleErrorCode;
    DescribeLocalDestinationIPPortTranslationNatRule: DescribeLocalDestinationIPPortTranslationNatRuleErrorCode;
    CreatePeerIPTranslationNatRule: CreatePeerIPTranslationNatRuleErrorCode;
    DeletePeerIPTranslationNatRule: DeletePeerIPTranslationNatRuleErrorCode;
    ModifyPeerIPTranslationNatRule: ModifyPeerIPTranslationNatRuleErrorCode;
    DescribePeerIPTranslationNatRule: DescribePeerIPTranslationNatRuleErrorCode;
    CreateNatGateway: CreateNatGatewayErrorCode;
    QueryNatGatewayProductionStatus: QueryNatGatewayProductionStatusErrorCode;
    DeleteNatGateway: DeleteNatGatewayErrorCode;
    ModifyNatGateway: ModifyNatGatewayErrorCode;
    DescribeNatGateway: DescribeNatGatewayErrorCode;
    EipBindNatGateway: EipBindNatGatewayErrorCode;
    EipUnBindNatGateway: EipUnBindNatGatewayErrorCode;
    UpgradeNatGateway: UpgradeNatGatewayErrorCode;
    CreateNetworkInterface: CreateNetworkInterfaceErrorCode;
    DeleteNetworkInterface: DeleteNetworkInterfaceErrorCode;
    DescribeNetworkInterfaces: DescribeNetworkInterfacesErrorCode;
    AssignPrivateIpAddresses: AssignPrivateIpAddressesErrorCode;
    UnassignPrivateIpAddresses: UnassignPrivateIpAddressesErrorCode;
    AttachNetworkInterface: AttachNetworkInterfaceErrorCode;
    DetachNetworkInterface: DetachNetworkInterfaceErrorCode;
    MigrateNetworkInterface: MigrateNetworkInterfaceErrorCode;
    MigratePrivateIpAddress: MigratePrivateIpAddressErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.describeVpcEx(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeVpcEx") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

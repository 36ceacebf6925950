import { ServiceError } from "@docs2sdk/runtime";
/**
 * Error codes every action of the service may return (the common error table).
 *
 * - `AuthFailure.InvalidSecretId`: 密钥非法（不是云 API 密钥类型）。
 * - `AuthFailure.MFAFailure`: MFA 错误。
 * - `AuthFailure.SecretIdNotFound`: 密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。
 * - `AuthFailure.SignatureExpire`: 签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。
 * - `AuthFailure.SignatureFailure`: 签名错误。签名计算错误，请对照调用方式中的接口鉴权文档检查签名计算过程。
 * - `AuthFailure.TokenFailure`: token 错误。
 * - `AuthFailure.UnauthorizedOperation`: 请求未 CAM 授权。
 * - `DryRunOperation`: DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
 * - `FailedOperation`: 操作失败。
 * - `InternalError`: 内部错误。
 * - `InvalidAction`: 接口不存在。
 * - `InvalidParameter`: 参数错误。
 * - `InvalidParameterValue`: 参数取值错误。
 * - `LimitExceeded`: 超过配额限制。
 * - `MissingParameter`: 缺少参数错误。
 * - `NoSuchVersion`: 接口版本不存在。
 * - `RequestLimitExceeded`: 请求的次数超过了频率限制。
 * - `ResourceInUse`: 资源被占用。
 * - `ResourceInsufficient`: 资源不足。
 * - `ResourceNotFound`: 资源不存在。
 * - `ResourceUnavailable`: 资源不可用。
 * - `UnauthorizedOperation`: 未授权操作。
 * - `UnknownParameter`: 未知参数错误。
 * - `UnsupportedOperation`: 操作不支持。
 * - `UnsupportedProtocol`: http(s)请求协议错误, 只支持 GET 和 POST 请求。
 * - `UnsupportedRegion`: 接口不支持所传地域。
 * - `InvalidInstanceId.AlreadyBindEip`: 指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。
 * - `InvalidParameterValue.ObjectVpcNotCurrentVpc`: 流量镜像采集的VPC不是当前VPCID。
 * - `InternalServerError.ModuleError`
 * - `UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity`: 专线网关正在更新BGP Community属性。
 * - `UnauthorizedOperation.PrimaryIp`: 主IP不支持指定操作。
 * - `InvalidVpnGatewayId.NotFound`: 无效的VPN网关,VPN实例不存在,请再次核实您输入的资源信息是否正确。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 * - `LimitExceeded.NetworkInterfaceLimitExceeded`
 * - `AddressQuotaLimitExceeded`: 账户配额不足,每个腾讯云账户每个地域下最多可创建 20 个 EIP。
 * - `UnsupportedOperation.UnbindEIP`: 未绑定EIP。
 * - `UnsupportedOperation.DuplicatePolicy`: 安全组规则重复。
 * - `UnsupportedOperation.CIDRUnsupportedClassicLink`: 指定VPC CIDR范围不支持私有网络和基础网络设备互通。
 * - `UnsupportedOperation.IsNotFinanceAccount`: 关联当前云联网的实例的账号存在不是金融云账号。
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `UnsupportedOperation.UnassignCidrBlock`: 未分配IPv6网段。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `UnsupportedOperation.NotMatchTargetService`
 * - `FailedOperation.NetDetectTimeOut`
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAddressIdState.InArrears`: 指定EIP处于欠费状态。
 * - `InvalidInstanceId.NotFound`: 无效实例ID。指定的实例ID不存在。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `UnsupportedOperation.UnableCrossBorder`: 不支持跨境。
 * - `UnauthorizedOperation.AttachmentNotFound`: 绑定关系不存在。
 * - `InvalidParameterValue.SubnetRange`: 子网CIDR不合法。
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterConflict`: 指定的两个参数冲突，不能同时存在。EIP只能绑定在实例上或指定网卡的指定内网IP上。
 * - `InvalidNetworkInterfaceId.NotFound`: 指定 NetworkInterfaceId 不存在或指定的PrivateIpAddress不在NetworkInterfaceId上。
 * - `UnsupportedOperation.UnsupportedInstanceFamily`
 * - `InvalidParameterValue.ObjectUseInTrafficMirror`: 流量镜像采集对象已经被使用。
 * - `UnsupportedOperation.AttachmentAlreadyExists`
 * - `LimitExceeded.CidrBlock`: VPC分配网段数量达到上限。
 * - `UnsupportedOperation.SubnetNotExists`
 * - `UnsupportedOperation.PublicIpAddressIsNotBGPip`: 绑定NAT网关的弹性IP不是BGP性质的IP。
 * - `InvalidPrivateIpAddress.AlreadyBindEip`: 指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。
 * - `InvalidVpcId.Malformed`: 无效的VPC,VPC实例ID不合法。
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `UnsupportedOperation.CcnAttached`: 实例已关联CCN。
 * - `InvalidSecurityGroupID.Malformed`: 无效的安全组,安全组实例ID不合法。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 * - `UnsupportedOperation.EcmpWithCcnRoute`: 和云联网的路由形成ECMP。
 * - `VpcLimitExceeded`: 已经达到指定区域vpc资源申请数量上限。
 * - `InvalidParameterValue.MirrorLackTargetResource`: 流量镜像target的内网带宽不足。
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `LimitExceeded.NatGatewayPerVpcLimitExceeded`: 私有网络创建的NAT网关超过上限。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 * - `LimitExceeded.Address`: 分配IP地址数量达到上限。
 * - `UnsupportedOperation.InsufficientFunds`: 账户余额不足。
 * - `LimitExceeded.SubnetCidrBlock`: 子网分配子网段数量达到上限。
 * - `ResourceInsufficient.Subnet`
 * - `UnsupportedOperation.EniHasSubEni`
 * - `InvalidParameter.NextHopMismatch`: 下一跳类型与下一跳网关不匹配。
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `UnsupportedOperation.BindEIP`: 已绑定EIP。
 * - `InvalidAccount.NotSupported`: 不支持此账户。
 * - `UnsupportedOperation.ConflictWithDockerRoute`: 与该VPC下的TKE容器的网段重叠。
 * - `ResourceInUse.Address`: 指定IP地址已经在使用中。
 * - `UnsupportedOperation.ClassicInstanceIdAlreadyExists`: 实例已经和VPC绑定。
 * - `LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded`: NAT网关绑定的弹性IP超过上限。
 * - `InvalidVpcId.NotFound`: 无效的VPC,VPC资源不存在。
 * - `UnsupportedOperation.EcmpWithUserRoute`: 和用户自定义的路由形成ECMP。
 * - `InvalidParameterValue.NetDetectSameIp`: 探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号 and 当前最新版本不一致。
 * - `InvalidParameterValue.Reserved`: 参数值是一个系统保留对象。
 * - `UnsupportedOperation.CcnNotAttached`: 实例未关联CCN。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidAddressIdStatus.NotPermit`: 指定 EIP 当前状态不能进行绑定操作。只有 EIP 的状态是 UNBIND 时才能进行绑定操作。
 * - `InvalidParameter.FilterInvalidKey`
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `UnsupportedOperation.AttachmentNotFound`: 绑定关系不存在。
 * - `MissingResourceId`: 绑定的实体缺失。InstanceId或NetworkInterfaceId、PrivateIpAddress必须指定一个。
 * - `UnsupportedOperation.UnableCrossFinance`: 当前云联网无法关联金融云实例。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `UnsupportedOperation.PublicIpAddressIsNotExisted`: 绑定NAT网关的弹性IP不存在。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidAddressId.Blocked`: 指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。
 * - `InvalidProjectId.NotFound`: 项目ID不合法。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `UnsupportedOperation.UinNotFound`: 账号ID不存在。
 * - `UnsupportedOperation.PublicIpAddressNotBilledByTraffic`: 绑定NAT网关的弹性IP不是按流量计费的。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `ResourceInsufficient.CidrBlock`: 网段资源不足。
 * - `UnsupportedOperation.ZoneMismatch`
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.VpnConnCidrConflict`: 目的网段和当前VPN通道的CIDR冲突。
 * - `InvalidParameterValue.CcnAttachBmvpclimitExceeded`: 指定云联网关黑石私有网络数量达到上限。
 * - `LimitExceeded.ActionLimited`
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `UnsupportedOperation.MutexOperationTaskRunning`: 资源互斥操作任务正在执行。
 * - `InvalidAddressState`: 指定EIP的当前状态不允许进行该操作。
 * - `UnsupportedOperation.PublicIpAddressDisassociate`: Nat网关至少存在一个弹性IP，弹性IP不能解绑。
 * - `InvalidParameterValue.SubnetConflict`: 子网CIDR冲突。
 * - `AddressQuotaLimitExceeded.DailyAllocate`: 申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2次。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameter.FilterValuesNotList`
 * - `InvalidSecurityGroupId.NotFound`: 无效的安全组,安全组实例ID不存在。
 * - `InvalidVpnGatewayId.Malformed`: 无效的VPN网关,VPN实例ID不合法。
 */
export type CommonErrorCode = "AuthFailure.InvalidSecretId" | "AuthFailure.MFAFailure" | "AuthFailure.SecretIdNotFound" | "AuthFailure.SignatureExpire" | "AuthFailure.SignatureFailure" | "AuthFailure.TokenFailure" | "AuthFailure.UnauthorizedOperation" | "DryRunOperation" | "FailedOperation" | "InternalError" | "InvalidAction" | "InvalidParameter" | "InvalidParameterValue" | "LimitExceeded" | "MissingParameter" | "NoSuchVersion" | "RequestLimitExceeded" | "ResourceInUse" | "ResourceInsufficient" | "ResourceNotFound" | "ResourceUnavailable" | "UnauthorizedOperation" | "UnknownParameter" | "UnsupportedOperation" | "UnsupportedProtocol" | "UnsupportedRegion" | "InvalidInstanceId.AlreadyBindEip" | "InvalidParameterValue.ObjectVpcNotCurrentVpc" | "InternalServerError.ModuleError" | "UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity" | "UnauthorizedOperation.PrimaryIp" | "InvalidVpnGatewayId.NotFound" | "UnsupportedOperation.VpcMismatch" | "LimitExceeded.NetworkInterfaceLimitExceeded" | "AddressQuotaLimitExceeded" | "UnsupportedOperation.UnbindEIP" | "UnsupportedOperation.DuplicatePolicy" | "UnsupportedOperation.CIDRUnsupportedClassicLink" | "UnsupportedOperation.IsNotFinanceAccount" | "InvalidParameterValue.IpNotExists" | "UnsupportedOperation.UnassignCidrBlock" | "InvalidParameterValue.LimitExceeded" | "UnsupportedOperation.NotMatchTargetService" | "FailedOperation.NetDetectTimeOut" | "InternalServerError" | "InvalidAddressIdState.InArrears" | "InvalidInstanceId.NotFound" | "InvalidParameterValue.Duplicate" | "UnsupportedOperation.UnableCrossBorder" | "UnauthorizedOperation.AttachmentNotFound" | "InvalidParameterValue.SubnetRange" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterConflict" | "InvalidNetworkInterfaceId.NotFound" | "UnsupportedOperation.UnsupportedInstanceFamily" | "InvalidParameterValue.ObjectUseInTrafficMirror" | "UnsupportedOperation.AttachmentAlreadyExists" | "LimitExceeded.CidrBlock" | "UnsupportedOperation.SubnetNotExists" | "UnsupportedOperation.PublicIpAddressIsNotBGPip" | "InvalidPrivateIpAddress.AlreadyBindEip" | "InvalidVpcId.Malformed" | "InvalidParameter.InvalidPortType" | "UnsupportedOperation.CcnAttached" | "InvalidSecurityGroupID.Malformed" | "InvalidParameterValue.Empty" | "UnsupportedOperation.EcmpWithCcnRoute" | "VpcLimitExceeded" | "InvalidParameterValue.MirrorLackTargetResource" | "InvalidParameterValue.NatRuleNotExists" | "LimitExceeded.NatGatewayPerVpcLimitExceeded" | "InvalidParameterValue.VpcCidrConflict" | "UnsupportedOperation.SystemRoute" | "LimitExceeded.Address" | "UnsupportedOperation.InsufficientFunds" | "LimitExceeded.SubnetCidrBlock" | "ResourceInsufficient.Subnet" | "UnsupportedOperation.EniHasSubEni" | "InvalidParameter.NextHopMismatch" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.IpExists" | "UnsupportedOperation.BindEIP" | "InvalidAccount.NotSupported" | "UnsupportedOperation.ConflictWithDockerRoute" | "ResourceInUse.Address" | "UnsupportedOperation.ClassicInstanceIdAlreadyExists" | "LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded" | "InvalidVpcId.NotFound" | "UnsupportedOperation.EcmpWithUserRoute" | "InvalidParameterValue.NetDetectSameIp" | "InvalidParameterValue.Range" | "UnsupportedOperation.VersionMismatch" | "InvalidParameterValue.Reserved" | "UnsupportedOperation.CcnNotAttached" | "InvalidParameterValue.Malformed" | "InvalidAddressIdStatus.NotPermit" | "InvalidParameter.FilterInvalidKey" | "InvalidParameterValue.CidrNotInPeerVpc" | "UnsupportedOperation.AttachmentNotFound" | "MissingResourceId" | "UnsupportedOperation.UnableCrossFinance" | "InvalidParameter.Coexist" | "UnsupportedOperation.PublicIpAddressIsNotExisted" | "InvalidParameterValue.TooLong" | "InvalidParameterValue.AclRuleExists" | "InvalidAddressId.Blocked" | "InvalidProjectId.NotFound" | "InvalidInstance.NotSupported" | "UnsupportedOperation.UinNotFound" | "UnsupportedOperation.PublicIpAddressNotBilledByTraffic" | "UnsupportedOperation.InvalidState" | "InvalidParameterValue.NotNatVpg" | "ResourceInsufficient.CidrBlock" | "UnsupportedOperation.ZoneMismatch" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.VpnConnCidrConflict" | "InvalidParameterValue.CcnAttachBmvpclimitExceeded" | "LimitExceeded.ActionLimited" | "InvalidAddressId.NotFound" | "InvalidParameterValue.NotInVpcCidr" | "UnsupportedOperation.MutexOperationTaskRunning" | "InvalidAddressState" | "UnsupportedOperation.PublicIpAddressDisassociate" | "InvalidParameterValue.SubnetConflict" | "AddressQuotaLimitExceeded.DailyAllocate" | "UnsupportedOperation.Ecmp" | "InvalidParameterValue.InVpcCidr" | "InvalidParameter.FilterValuesNotList" | "InvalidSecurityGroupId.NotFound" | "InvalidVpnGatewayId.Malformed";
/** Error codes AddIp6Rules may return: its own documented codes, the service's common codes, and any other string. */
export type AddIp6RulesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateIp6Translators may return: its own documented codes, the service's common codes, and any other string. */
export type CreateIp6TranslatorsErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteIp6Translators may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteIp6TranslatorsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeIp6TranslatorQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeIp6TranslatorQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeIp6Translators may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeIp6TranslatorsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyIp6Rule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIp6RuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyIp6Translator may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIp6TranslatorErrorCode = CommonErrorCode | (string & {});
/** Error codes RemoveIp6Rules may return: its own documented codes, the service's common codes, and any other string. */
export type RemoveIp6RulesErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateNatGatewayAddress may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateNatGatewayAddressErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.PublicIpAddressIsNotBGPIp`: 绑定NAT网关的弹性IP不是BGP性质的IP。
 */
export type CreateNatGatewayErrorCode = "UnsupportedOperation.PublicIpAddressIsNotBGPIp" | CommonErrorCode | (string & {});
/** Error codes CreateNatGatewayDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateNatGatewayDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateNatGatewaySourceIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateNatGatewaySourceIpTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNatGateway may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNatGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNatGatewayDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNatGatewayDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNatGatewaySourceIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNatGatewaySourceIpTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNatGatewayDestinationIpPortTranslationNatRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNatGatewayDestinationIpPortTranslationNatRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNatGatewaySourceIpTranslationNatRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNatGatewaySourceIpTranslationNatRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNatGateways may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNatGatewaysErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateNatGatewayAddress may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateNatGatewayAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNatGatewayAddressStatus may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNatGatewayAddressStatusErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNatGatewayAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNatGatewayAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNatGatewayDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNatGatewayDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNatGatewaySourceIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNatGatewaySourceIpTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetNatGatewayConnection may return: its own documented codes, the service's common codes, and any other string. */
export type ResetNatGatewayConnectionErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateCustomerGateway may return: its own documented codes, the service's common codes, and any other string. */
export type CreateCustomerGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateGatewayVpnSSLClient may return: its own documented codes, the service's common codes, and any other string. */
export type CreateGatewayVpnSSLClientErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpnConnection may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpnConnectionErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpnGateway may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpnGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpnGatewaySSLServer may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpnGatewaySSLServerErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteCustomerGateway may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteCustomerGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpnConnection may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpnConnectionErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpnGateway may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpnGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpnGatewaySSLClient may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpnGatewaySSLClientErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpnGatewaySSLServer may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpnGatewaySSLServerErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCustomerGatewayVendors may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCustomerGatewayVendorsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCustomerGateways may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCustomerGatewaysErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcResourceDashboard may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcResourceDashboardErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpnConnections may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnConnectionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpnGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpnGatewaySSLClients may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnGatewaySSLClientsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpnGatewaySSLServers may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnGatewaySSLServersErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpnGateways may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnGatewaysErrorCode = CommonErrorCode | (string & {});
/** Error codes DisableSSLVpnClientCert may return: its own documented codes, the service's common codes, and any other string. */
export type DisableSSLVpnClientCertErrorCode = CommonErrorCode | (string & {});
/** Error codes DisableVpnGatewaySSLClientCert may return: its own documented codes, the service's common codes, and any other string. */
export type DisableVpnGatewaySSLClientCertErrorCode = CommonErrorCode | (string & {});
/** Error codes DownloadCustomerGatewayConfiguration may return: its own documented codes, the service's common codes, and any other string. */
export type DownloadCustomerGatewayConfigurationErrorCode = CommonErrorCode | (string & {});
/** Error codes DownloadVpnGatewaySSLClientCert may return: its own documented codes, the service's common codes, and any other string. */
export type DownloadVpnGatewaySSLClientCertErrorCode = CommonErrorCode | (string & {});
/** Error codes EnableVpnGatewaySSLClientCert may return: its own documented codes, the service's common codes, and any other string. */
export type EnableVpnGatewaySSLClientCertErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceCreateVpnGateway may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceCreateVpnGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceRenewVpnGateway may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceRenewVpnGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes InquiryPriceResetVpnGatewayInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type InquiryPriceResetVpnGatewayInternetMaxBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyCustomerGatewayAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyCustomerGatewayAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpnConnectionAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnConnectionAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpnGatewayAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnGatewayAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpnGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpnGatewaySSLClient may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnGatewaySSLClientErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpnGatewaySSLServer may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnGatewaySSLServerErrorCode = CommonErrorCode | (string & {});
/** Error codes RenewVpnGateway may return: its own documented codes, the service's common codes, and any other string. */
export type RenewVpnGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetVpnConnection may return: its own documented codes, the service's common codes, and any other string. */
export type ResetVpnConnectionErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetVpnGatewayInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ResetVpnGatewayInternetMaxBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDirectConnectGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLocalDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLocalDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLocalIpTranslationAclRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLocalIpTranslationAclRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLocalIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLocalIpTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLocalSourceIpPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLocalSourceIpPortTranslationAclRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLocalSourceIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLocalSourceIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteDirectConnectGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLocalDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLocalDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLocalIpTranslationAclRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLocalIpTranslationAclRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLocalIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLocalIpTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLocalSourceIpPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLocalSourceIpPortTranslationAclRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLocalSourceIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLocalSourceIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDirectConnectGateways may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDirectConnectGatewaysErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLocalDestinationIpPortTranslationNatRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLocalDestinationIpPortTranslationNatRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLocalIpTranslationAclRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLocalIpTranslationAclRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLocalIpTranslationNatRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLocalIpTranslationNatRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLocalSourceIpPortTranslationAclRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLocalSourceIpPortTranslationAclRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLocalSourceIpPortTranslationNatRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLocalSourceIpPortTranslationNatRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribePeerIpTranslationNatRules may return: its own documented codes, the service's common codes, and any other string. */
export type DescribePeerIpTranslationNatRulesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDirectConnectGatewayAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDirectConnectGatewayAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyLocalDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyLocalDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyLocalIpTranslationAclRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyLocalIpTranslationAclRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyLocalIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyLocalIpTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyLocalSourceIpPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyLocalSourceIpPortTranslationAclRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyLocalSourceIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyLocalSourceIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyPeerIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyPeerIpTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/** Error codes ReplaceDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes AcceptAttachCcnInstances may return: its own documented codes, the service's common codes, and any other string. */
export type AcceptAttachCcnInstancesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes AttachCcnInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.CcnAttachBmvpnLimitExceeded`: 指定云联网关联黑石私有网络数量达到上限。
 */
export type AttachCcnInstancesErrorCode = "InvalidParameterValue.CcnAttachBmvpnLimitExceeded" | CommonErrorCode | (string & {});
/** Error codes CreateCcn may return: its own documented codes, the service's common codes, and any other string. */
export type CreateCcnErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteCcn may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteCcnErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCcnAttachedInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCcnAttachedInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCcnRegionBandwidthLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCcnRegionBandwidthLimitsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCcns may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCcnsErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachCcnInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DetachCcnInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DisableCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DisableCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes EnableCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type EnableCcnRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyCcnAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyCcnAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyCcnRegionBandwidthLimitsType may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyCcnRegionBandwidthLimitsTypeErrorCode = CommonErrorCode | (string & {});
/** Error codes RejectAttachCcnInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RejectAttachCcnInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetAttachCcnInstances may return: its own documented codes, the service's common codes, and any other string. */
export type ResetAttachCcnInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes SetCcnRegionBandwidthLimits may return: its own documented codes, the service's common codes, and any other string. */
export type SetCcnRegionBandwidthLimitsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpcEndPoint may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpcEndPointErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeGatewayFlowMonitorDetail may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeGatewayFlowMonitorDetailErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type AssignIpv6SubnetCidrBlockErrorCode = CommonErrorCode | (string & {});
/** Error codes CheckDefaultSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type CheckDefaultSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes CheckIpInSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type CheckIpInSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSubnets may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSubnetsErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSubnets may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSubnetsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifySubnetAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifySubnetAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes UnassignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type UnassignIpv6SubnetCidrBlockErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDefaultSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDefaultSecurityGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSecurityGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSecurityGroupPoliciesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSecurityGroupWithPolicies may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSecurityGroupWithPoliciesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSecurityGroupID.NotFound`: 无效的安全组,安全组实例ID不存在。
 */
export type DeleteSecurityGroupErrorCode = "InvalidSecurityGroupID.NotFound" | CommonErrorCode | (string & {});
/** Error codes DeleteSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteSecurityGroupPoliciesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDBInstancesWithSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDBInstancesWithSecurityGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSecurityGroupAssociationStatistics may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSecurityGroupAssociationStatisticsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSecurityGroupLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSecurityGroupLimitsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSecurityGroupPoliciesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifySecurityGroupAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifySecurityGroupAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifySecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string. */
export type ModifySecurityGroupPoliciesErrorCode = CommonErrorCode | (string & {});
/** Error codes ReplaceSecurityGroupPolicy may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceSecurityGroupPolicyErrorCode = CommonErrorCode | (string & {});
/** Error codes AllocateIp6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type AllocateIp6AddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeIp6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeIp6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyIp6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIp6AddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ReleaseIp6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ReleaseIp6AddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes AllocateAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type AllocateAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateAddress may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAddressQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAddressQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNetworkInterfaceExtendIps may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNetworkInterfaceExtendIpsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSecurityGroupReferences may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSecurityGroupReferencesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTaskResult may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTaskResultErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateAddress may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAddressAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAddressAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAddressInternetChargeType may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAddressInternetChargeTypeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNetworkInterfaceExtendIp may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNetworkInterfaceExtendIpErrorCode = CommonErrorCode | (string & {});
/** Error codes ReleaseAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type ReleaseAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes TransformAddress may return: its own documented codes, the service's common codes, and any other string. */
export type TransformAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignIpv6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type AssignIpv6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type AssignPrivateIpAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateNetworkInterfaceSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateNetworkInterfaceSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes AttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type AttachNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateAndAttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type CreateAndAttachNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type CreateNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNetworkInterfaceLimit may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNetworkInterfaceLimitErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNetworkInterfaces may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNetworkInterfacesErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type DetachNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachNetworkInterfaceEx may return: its own documented codes, the service's common codes, and any other string. */
export type DetachNetworkInterfaceExErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateNetworkInterfaceSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateNetworkInterfaceSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes MigrateNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type MigrateNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes MigratePrivateIpAddress may return: its own documented codes, the service's common codes, and any other string. */
export type MigratePrivateIpAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyIpv6AddressesAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIpv6AddressesAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNetworkInterfaceAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNetworkInterfaceAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyPrivateIpAddressesAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyPrivateIpAddressesAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes UnassignIpv6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type UnassignIpv6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes UnassignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type UnassignPrivateIpAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateFlowLog may return: its own documented codes, the service's common codes, and any other string. */
export type CreateFlowLogErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteFlowLog may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteFlowLogErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFlowLog may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFlowLogErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeFlowLogs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeFlowLogsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyFlowLogAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyFlowLogAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignIpv6CidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type AssignIpv6CidrBlockErrorCode = CommonErrorCode | (string & {});
/** Error codes AttachClassicLinkVpc may return: its own documented codes, the service's common codes, and any other string. */
export type AttachClassicLinkVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes CheckAssistantCidr may return: its own documented codes, the service's common codes, and any other string. */
export type CheckAssistantCidrErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateAssistantCidr may return: its own documented codes, the service's common codes, and any other string. */
export type CreateAssistantCidrErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDefaultVpc may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDefaultVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpc may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteAssistantCidr may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteAssistantCidrErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpc may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAccountAttributes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAccountAttributesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAssistantCidr may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAssistantCidrErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeClassicLinkInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeClassicLinkInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNmsCidrs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNmsCidrsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcIpv6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcIpv6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcLimitsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcPrivateIpAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcsErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachClassicLinkVpc may return: its own documented codes, the service's common codes, and any other string. */
export type DetachClassicLinkVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAssistantCidr may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAssistantCidrErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpcAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpcAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetHaVip may return: its own documented codes, the service's common codes, and any other string. */
export type ResetHaVipErrorCode = CommonErrorCode | (string & {});
/** Error codes UnassignIpv6CidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type UnassignIpv6CidrBlockErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpcEndPointService may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpcEndPointServiceErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpcEndPointServiceWhiteListErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpcEndPoint may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpcEndPointErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpcEndPointService may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpcEndPointServiceErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpcEndPointServiceWhiteListErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcEndPoint may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcEndPointErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcEndPointService may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcEndPointServiceErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcEndPointServiceWhiteListErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateVpcEndPointSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateVpcEndPointSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes EnableVpcEndPointConnect may return: its own documented codes, the service's common codes, and any other string. */
export type EnableVpcEndPointConnectErrorCode = CommonErrorCode | (string & {});
/** Error codes EnableVpcEndPointConnection may return: its own documented codes, the service's common codes, and any other string. */
export type EnableVpcEndPointConnectionErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpcEndPointAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpcEndPointAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpcEndPointServiceAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpcEndPointServiceAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpcEndPointServiceWhiteListErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeGatewayFlowQos may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeGatewayFlowQosErrorCode = CommonErrorCode | (string & {});
/** Error codes DisableGatewayFlowMonitor may return: its own documented codes, the service's common codes, and any other string. */
export type DisableGatewayFlowMonitorErrorCode = CommonErrorCode | (string & {});
/** Error codes EnableGatewayFlowMonitor may return: its own documented codes, the service's common codes, and any other string. */
export type EnableGatewayFlowMonitorErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyGatewayFlowQos may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyGatewayFlowQosErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateNetworkAclSubnets may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateNetworkAclSubnetsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateNetworkAcl may return: its own documented codes, the service's common codes, and any other string. */
export type CreateNetworkAclErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNetworkAcl may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNetworkAclErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNetworkAcls may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNetworkAclsErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateNetworkAclSubnets may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateNetworkAclSubnetsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNetworkAclAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNetworkAclAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNetworkAclEntries may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNetworkAclEntriesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateAddressTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type CreateAddressTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateAddressTemplateGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateAddressTemplateGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateServiceTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type CreateServiceTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateServiceTemplateGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateServiceTemplateGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteAddressTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteAddressTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteAddressTemplateGroup may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteAddressTemplateGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteServiceTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteServiceTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteServiceTemplateGroup may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteServiceTemplateGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAddressTemplateGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAddressTemplateGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAddressTemplates may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAddressTemplatesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeServiceTemplateGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeServiceTemplateGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeServiceTemplates may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeServiceTemplatesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTemplateLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTemplateLimitsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAddressTemplateAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAddressTemplateAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAddressTemplateGroupAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAddressTemplateGroupAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyServiceTemplateAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyServiceTemplateAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyServiceTemplateGroupAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyServiceTemplateGroupAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes CheckNetDetectState may return: its own documented codes, the service's common codes, and any other string. */
export type CheckNetDetectStateErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateNetDetect may return: its own documented codes, the service's common codes, and any other string. */
export type CreateNetDetectErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNetDetect may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNetDetectErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNetDetectStates may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNetDetectStatesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNetDetects may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNetDetectsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNetDetect may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNetDetectErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateIpv6Routes may return: its own documented codes, the service's common codes, and any other string. */
export type CreateIpv6RoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateRouteTable may return: its own documented codes, the service's common codes, and any other string. */
export type CreateRouteTableErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type CreateRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteIpv6Routes may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteIpv6RoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteRouteTable may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteRouteTableErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeRouteConflicts may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRouteConflictsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeRouteTables may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRouteTablesErrorCode = CommonErrorCode | (string & {});
/** Error codes DisableRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DisableRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes EnableRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type EnableRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyIpv6Routes may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIpv6RoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyRouteTableAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyRouteTableAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ReplaceRouteTableAssociation may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceRouteTableAssociationErrorCode = CommonErrorCode | (string & {});
/** Error codes ReplaceRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type ResetRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateHaVip may return: its own documented codes, the service's common codes, and any other string. */
export type CreateHaVipErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteHaVip may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteHaVipErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeHaVips may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeHaVipsErrorCode = CommonErrorCode | (string & {});
/** Error codes HaVipAssociateAddressIp may return: its own documented codes, the service's common codes, and any other string. */
export type HaVipAssociateAddressIpErrorCode = CommonErrorCode | (string & {});
/** Error codes HaVipDisassociateAddressIp may return: its own documented codes, the service's common codes, and any other string. */
export type HaVipDisassociateAddressIpErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyHaVipAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyHaVipAttributeErrorCode = CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    AddIp6Rules: AddIp6RulesErrorCode;
    CreateIp6Translators: CreateIp6TranslatorsErrorCode;
    DeleteIp6Translators: DeleteIp6TranslatorsErrorCode;
    DescribeIp6TranslatorQuota: DescribeIp6TranslatorQuotaErrorCode;
    DescribeIp6Translators: DescribeIp6TranslatorsErrorCode;
    ModifyIp6Rule: ModifyIp6RuleErrorCode;
    ModifyIp6Translator: ModifyIp6TranslatorErrorCode;
    RemoveIp6Rules: RemoveIp6RulesErrorCode;
    AssociateNatGatewayAddress: AssociateNatGatewayAddressErrorCode;
    CreateNatGateway: CreateNatGatewayErrorCode;
    CreateNatGatewayDestinationIpPortTranslationNatRule: CreateNatGatewayDestinationIpPortTranslationNatRuleErrorCode;
    CreateNatGatewaySourceIpTranslationNatRule: CreateNatGatewaySourceIpTranslationNatRuleErrorCode;
    DeleteNatGateway: DeleteNatGatewayErrorCode;
    DeleteNatGatewayDestinationIpPortTranslationNatRule: DeleteNatGatewayDestinationIpPortTranslationNatRuleErrorCode;
    DeleteNatGatewaySourceIpTranslationNatRule: DeleteNatGatewaySourceIpTranslationNatRuleErrorCode;
    DescribeNatGatewayDestinationIpPortTranslationNatRules: DescribeNatGatewayDestinationIpPortTranslationNatRulesErrorCode;
    DescribeNatGatewaySourceIpTranslationNatRules: DescribeNatGatewaySourceIpTranslationNatRulesErrorCode;
    DescribeNatGateways: DescribeNatGatewaysErrorCode;
    DisassociateNatGatewayAddress: DisassociateNatGatewayAddressErrorCode;
    ModifyNatGatewayAddressStatus: ModifyNatGatewayAddressStatusErrorCode;
    ModifyNatGatewayAttribute: ModifyNatGatewayAttributeErrorCode;
    ModifyNatGatewayDestinationIpPortTranslationNatRule: ModifyNatGatewayDestinationIpPortTranslationNatRuleErrorCode;
    ModifyNatGatewaySourceIpTranslationNatRule: ModifyNatGatewaySourceIpTranslationNatRuleErrorCode;
    ResetNatGatewayConnection: ResetNatGatewayConnectionErrorCode;
    CreateCustomerGateway: CreateCustomerGatewayErrorCode;
    CreateGatewayVpnSSLClient: CreateGatewayVpnSSLClientErrorCode;
    CreateVpnConnection: CreateVpnConnectionErrorCode;
    CreateVpnGateway: CreateVpnGatewayErrorCode;
    CreateVpnGatewaySSLServer: CreateVpnGatewaySSLServerErrorCode;
    DeleteCustomerGateway: DeleteCustomerGatewayErrorCode;
    DeleteVpnConnection: DeleteVpnConnectionErrorCode;
    DeleteVpnGateway: DeleteVpnGatewayErrorCode;
    DeleteVpnGatewaySSLClient: DeleteVpnGatewaySSLClientErrorCode;
    DeleteVpnGatewaySSLServer: DeleteVpnGatewaySSLServerErrorCode;
    DescribeCustomerGatewayVendors: DescribeCustomerGatewayVendorsErrorCode;
    DescribeCustomerGateways: DescribeCustomerGatewaysErrorCode;
    DescribeVpcResourceDashboard: DescribeVpcResourceDashboardErrorCode;
    DescribeVpnConnections: DescribeVpnConnectionsErrorCode;
    DescribeVpnGatewayCcnRoutes: DescribeVpnGatewayCcnRoutesErrorCode;
    DescribeVpnGatewaySSLClients: DescribeVpnGatewaySSLClientsErrorCode;
    DescribeVpnGatewaySSLServers: DescribeVpnGatewaySSLServersErrorCode;
    DescribeVpnGateways: DescribeVpnGatewaysErrorCode;
    DisableSSLVpnClientCert: DisableSSLVpnClientCertErrorCode;
    DisableVpnGatewaySSLClientCert: DisableVpnGatewaySSLClientCertErrorCode;
    DownloadCustomerGatewayConfiguration: DownloadCustomerGatewayConfigurationErrorCode;
    DownloadVpnGatewaySSLClientCert: DownloadVpnGatewaySSLClientCertErrorCode;
    EnableVpnGatewaySSLClientCert: EnableVpnGatewaySSLClientCertErrorCode;
    InquiryPriceCreateVpnGateway: InquiryPriceCreateVpnGatewayErrorCode;
    InquiryPriceRenewVpnGateway: InquiryPriceRenewVpnGatewayErrorCode;
    InquiryPriceResetVpnGatewayInternetMaxBandwidth: InquiryPriceResetVpnGatewayInternetMaxBandwidthErrorCode;
    ModifyCustomerGatewayAttribute: ModifyCustomerGatewayAttributeErrorCode;
    ModifyVpnConnectionAttribute: ModifyVpnConnectionAttributeErrorCode;
    ModifyVpnGatewayAttribute: ModifyVpnGatewayAttributeErrorCode;
    ModifyVpnGatewayCcnRoutes: ModifyVpnGatewayCcnRoutesErrorCode;
    ModifyVpnGatewaySSLClient: ModifyVpnGatewaySSLClientErrorCode;
    ModifyVpnGatewaySSLServer: ModifyVpnGatewaySSLServerErrorCode;
    RenewVpnGateway: RenewVpnGatewayErrorCode;
    ResetVpnConnection: ResetVpnConnectionErrorCode;
    ResetVpnGatewayInternetMaxBandwidth: ResetVpnGatewayInternetMaxBandwidthErrorCode;
    CreateDirectConnectGateway: CreateDirectConnectGatewayErrorCode;
    CreateDirectConnectGatewayCcnRoutes: CreateDirectConnectGatewayCcnRoutesErrorCode;
    CreateLocalDestinationIpPortTranslationNatRule: CreateLocalDestinationIpPortTranslationNatRuleErrorCode;
    CreateLocalIpTranslationAclRule: CreateLocalIpTranslationAclRuleErrorCode;
    CreateLocalIpTranslationNatRule: CreateLocalIpTranslationNatRuleErrorCode;
    CreateLocalSourceIpPortTranslationAclRule: CreateLocalSourceIpPortTranslationAclRuleErrorCode;
    CreateLocalSourceIpPortTranslationNatRule: CreateLocalSourceIpPortTranslationNatRuleErrorCode;
    DeleteDirectConnectGateway: DeleteDirectConnectGatewayErrorCode;
    DeleteDirectConnectGatewayCcnRoutes: DeleteDirectConnectGatewayCcnRoutesErrorCode;
    DeleteLocalDestinationIpPortTranslationNatRule: DeleteLocalDestinationIpPortTranslationNatRuleErrorCode;
    DeleteLocalIpTranslationAclRule: DeleteLocalIpTranslationAclRuleErrorCode;
    DeleteLocalIpTranslationNatRule: DeleteLocalIpTranslationNatRuleErrorCode;
    DeleteLocalSourceIpPortTranslationAclRule: DeleteLocalSourceIpPortTranslationAclRuleErrorCode;
    DeleteLocalSourceIpPortTranslationNatRule: DeleteLocalSourceIpPortTranslationNatRuleErrorCode;
    DescribeDirectConnectGatewayCcnRoutes: DescribeDirectConnectGatewayCcnRoutesErrorCode;
    DescribeDirectConnectGateways: DescribeDirectConnectGatewaysErrorCode;
    DescribeLocalDestinationIpPortTranslationNatRules: DescribeLocalDestinationIpPortTranslationNatRulesErrorCode;
    DescribeLocalIpTranslationAclRules: DescribeLocalIpTranslationAclRulesErrorCode;
    DescribeLocalIpTranslationNatRules: DescribeLocalIpTranslationNatRulesErrorCode;
    DescribeLocalSourceIpPortTranslationAclRules: DescribeLocalSourceIpPortTranslationAclRulesErrorCode;
    DescribeLocalSourceIpPortTranslationNatRules: DescribeLocalSourceIpPortTranslationNatRulesErrorCode;
    DescribePeerIpTranslationNatRules: DescribePeerIpTranslationNatRulesErrorCode;
    ModifyDirectConnectGatewayAttribute: ModifyDirectConnectGatewayAttributeErrorCode;
    ModifyLocalDestinationIpPortTranslationNatRule: ModifyLocalDestinationIpPortTranslationNatRuleErrorCode;
    ModifyLocalIpTranslationAclRule: ModifyLocalIpTranslationAclRuleErrorCode;
    ModifyLocalIpTranslationNatRule: ModifyLocalIpTranslationNatRuleErrorCode;
    ModifyLocalSourceIpPortTranslationAclRule: ModifyLocalSourceIpPortTranslationAclRuleErrorCode;
    ModifyLocalSourceIpPortTranslationNatRule: ModifyLocalSourceIpPortTranslationNatRuleErrorCode;
    ModifyPeerIpTranslationNatRule: ModifyPeerIpTranslationNatRuleErrorCode;
    ReplaceDirectConnectGatewayCcnRoutes: ReplaceDirectConnectGatewayCcnRoutesErrorCode;
    AcceptAttachCcnInstances: AcceptAttachCcnInstancesErrorCode;
    AttachCcnInstances: AttachCcnInstancesErrorCode;
    CreateCcn: CreateCcnErrorCode;
    DeleteCcn: DeleteCcnErrorCode;
    DescribeCcnAttachedInstances: DescribeCcnAttachedInstancesErrorCode;
    DescribeCcnRegionBandwidthLimits: DescribeCcnRegionBandwidthLimitsErrorCode;
    DescribeCcnRoutes: DescribeCcnRoutesErrorCode;
    DescribeCcns: DescribeCcnsErrorCode;
    DetachCcnInstances: DetachCcnInstancesErrorCode;
    DisableCcnRoutes: DisableCcnRoutesErrorCode;
    EnableCcnRoutes: EnableCcnRoutesErrorCode;
    ModifyCcnAttribute: ModifyCcnAttributeErrorCode;
    ModifyCcnRegionBandwidthLimitsType: ModifyCcnRegionBandwidthLimitsTypeErrorCode;
    RejectAttachCcnInstances: RejectAttachCcnInstancesErrorCode;
    ResetAttachCcnInstances: ResetAttachCcnInstancesErrorCode;
    SetCcnRegionBandwidthLimits: SetCcnRegionBandwidthLimitsErrorCode;
    CreateVpcEndPoint: CreateVpcEndPointErrorCode;
    DescribeGatewayFlowMonitorDetail: DescribeGatewayFlowMonitorDetailErrorCode;
    AssignIpv6SubnetCidrBlock: AssignIpv6SubnetCidrBlockErrorCode;
    CheckDefaultSubnet: CheckDefaultSubnetErrorCode;
    CheckIpInSubnet: CheckIpInSubnetErrorCode;
    CreateSubnet: CreateSubnetErrorCode;
    CreateSubnets: CreateSubnetsErrorCode;
    DeleteSubnet: DeleteSubnetErrorCode;
    DescribeSubnets: DescribeSubnetsErrorCode;
    ModifySubnetAttribute: ModifySubnetAttributeErrorCode;
    UnassignIpv6SubnetCidrBlock: UnassignIpv6SubnetCidrBlockErrorCode;
    CreateDefaultSecurityGroup: CreateDefaultSecurityGroupErrorCode;
    CreateSecurityGroup: CreateSecurityGroupErrorCode;
    CreateSecurityGroupPolicies: CreateSecurityGroupPoliciesErrorCode;
    CreateSecurityGroupWithPolicies: CreateSecurityGroupWithPoliciesErrorCode;
    DeleteSecurityGroup: DeleteSecurityGroupErrorCode;
    DeleteSecurityGroupPolicies: DeleteSecurityGroupPoliciesErrorCode;
    DescribeDBInstancesWithSecurityGroup: DescribeDBInstancesWithSecurityGroupErrorCode;
    DescribeSecurityGroupAssociationStatistics: DescribeSecurityGroupAssociationStatisticsErrorCode;
    DescribeSecurityGroupLimits: DescribeSecurityGroupLimitsErrorCode;
    DescribeSecurityGroupPolicies: DescribeSecurityGroupPoliciesErrorCode;
    DescribeSecurityGroups: DescribeSecurityGroupsErrorCode;
    ModifySecurityGroupAttribute: ModifySecurityGroupAttributeErrorCode;
    ModifySecurityGroupPolicies: ModifySecurityGroupPoliciesErrorCode;
    ReplaceSecurityGroupPolicy: ReplaceSecurityGroupPolicyErrorCode;
    AllocateIp6AddressesBandwidth: AllocateIp6AddressesBandwidthErrorCode;
    DescribeIp6Addresses: DescribeIp6AddressesErrorCode;
    ModifyIp6AddressesBandwidth: ModifyIp6AddressesBandwidthErrorCode;
    ReleaseIp6AddressesBandwidth: ReleaseIp6AddressesBandwidthErrorCode;
    AllocateAddresses: AllocateAddressesErrorCode;
    AssociateAddress: AssociateAddressErrorCode;
    DescribeAddressQuota: DescribeAddressQuotaErrorCode;
    DescribeAddresses: DescribeAddressesErrorCode;
    DescribeNetworkInterfaceExtendIps: DescribeNetworkInterfaceExtendIpsErrorCode;
    DescribeSecurityGroupReferences: DescribeSecurityGroupReferencesErrorCode;
    DescribeTaskResult: DescribeTaskResultErrorCode;
    DisassociateAddress: DisassociateAddressErrorCode;
    ModifyAddressAttribute: ModifyAddressAttributeErrorCode;
    ModifyAddressInternetChargeType: ModifyAddressInternetChargeTypeErrorCode;
    ModifyAddressesBandwidth: ModifyAddressesBandwidthErrorCode;
    ModifyNetworkInterfaceExtendIp: ModifyNetworkInterfaceExtendIpErrorCode;
    ReleaseAddresses: ReleaseAddressesErrorCode;
    TransformAddress: TransformAddressErrorCode;
    AssignIpv6Addresses: AssignIpv6AddressesErrorCode;
    AssignPrivateIpAddresses: AssignPrivateIpAddressesErrorCode;
    AssociateNetworkInterfaceSecurityGroups: AssociateNetworkInterfaceSecurityGroupsErrorCode;
    AttachNetworkInterface: AttachNetworkInterfaceErrorCode;
    CreateAndAttachNetworkInterface: CreateAndAttachNetworkInterfaceErrorCode;
    CreateNetworkInterface: CreateNetworkInterfaceErrorCode;
    DeleteNetworkInterface: DeleteNetworkInterfaceErrorCode;
    DescribeNetworkInterfaceLimit: DescribeNetworkInterfaceLimitErrorCode;
    DescribeNetworkInterfaces: DescribeNetworkInterfacesErrorCode;
    DetachNetworkInterface: DetachNetworkInterfaceErrorCode;
    DetachNetworkInterfaceEx: DetachNetworkInterfaceExErrorCode;
    DisassociateNetworkInterfaceSecurityGroups: DisassociateNetworkInterfaceSecurityGroupsErrorCode;
    MigrateNetworkInterface: MigrateNetworkInterfaceErrorCode;
    MigratePrivateIpAddress: MigratePrivateIpAddressErrorCode;
    ModifyIpv6AddressesAttribute: ModifyIpv6AddressesAttributeErrorCode;
    ModifyNetworkInterfaceAttribute: ModifyNetworkInterfaceAttributeErrorCode;
    ModifyPrivateIpAddressesAttribute: ModifyPrivateIpAddressesAttributeErrorCode;
    UnassignIpv6Addresses: UnassignIpv6AddressesErrorCode;
    UnassignPrivateIpAddresses: UnassignPrivateIpAddressesErrorCode;
    CreateFlowLog: CreateFlowLogErrorCode;
    DeleteFlowLog: DeleteFlowLogErrorCode;
    DescribeFlowLog: DescribeFlowLogErrorCode;
    DescribeFlowLogs: DescribeFlowLogsErrorCode;
    ModifyFlowLogAttribute: ModifyFlowLogAttributeErrorCode;
    AssignIpv6CidrBlock: AssignIpv6CidrBlockErrorCode;
    AttachClassicLinkVpc: AttachClassicLinkVpcErrorCode;
    CheckAssistantCidr: CheckAssistantCidrErrorCode;
    CreateAssistantCidr: CreateAssistantCidrErrorCode;
    CreateDefaultVpc: CreateDefaultVpcErrorCode;
    CreateVpc: CreateVpcErrorCode;
    DeleteAssistantCidr: DeleteAssistantCidrErrorCode;
    DeleteVpc: DeleteVpcErrorCode;
    DescribeAccountAttributes: DescribeAccountAttributesErrorCode;
    DescribeAssistantCidr: DescribeAssistantCidrErrorCode;
    DescribeClassicLinkInstances: DescribeClassicLinkInstancesErrorCode;
    DescribeNmsCidrs: DescribeNmsCidrsErrorCode;
    DescribeVpcInstances: DescribeVpcInstancesErrorCode;
    DescribeVpcIpv6Addresses: DescribeVpcIpv6AddressesErrorCode;
    DescribeVpcLimits: DescribeVpcLimitsErrorCode;
    DescribeVpcPrivateIpAddresses: DescribeVpcPrivateIpAddressesErrorCode;
    DescribeVpcs: DescribeVpcsErrorCode;
    DetachClassicLinkVpc: DetachClassicLinkVpcErrorCode;
    ModifyAssistantCidr: ModifyAssistantCidrErrorCode;
    ModifyVpcAttribute: ModifyVpcAttributeErrorCode;
    ResetHaVip: ResetHaVipErrorCode;
    UnassignIpv6CidrBlock: UnassignIpv6CidrBlockErrorCode;
    CreateVpcEndPointService: CreateVpcEndPointServiceErrorCode;
    CreateVpcEndPointServiceWhiteList: CreateVpcEndPointServiceWhiteListErrorCode;
    DeleteVpcEndPoint: DeleteVpcEndPointErrorCode;
    DeleteVpcEndPointService: DeleteVpcEndPointServiceErrorCode;
    DeleteVpcEndPointServiceWhiteList: DeleteVpcEndPointServiceWhiteListErrorCode;
    DescribeVpcEndPoint: DescribeVpcEndPointErrorCode;
    DescribeVpcEndPointService: DescribeVpcEndPointServiceErrorCode;
    DescribeVpcEndPointServiceWhiteList: DescribeVpcEndPointServiceWhiteListErrorCode;
    DisassociateVpcEndPointSecurityGroups: DisassociateVpcEndPointSecurityGroupsErrorCode;
    EnableVpcEndPointConnect: EnableVpcEndPointConnectErrorCode;
    EnableVpcEndPointConnection: EnableVpcEndPointConnectionErrorCode;
    ModifyVpcEndPointAttribute: ModifyVpcEndPointAttributeErrorCode;
    ModifyVpcEndPointServiceAttribute: ModifyVpcEndPointServiceAttributeErrorCode;
    ModifyVpcEndPointServiceWhiteList: ModifyVpcEndPointServiceWhiteListErrorCode;
    DescribeGatewayFlowQos: DescribeGatewayFlowQosErrorCode;
    DisableGatewayFlowMonitor: DisableGatewayFlowMonitorErrorCode;
    EnableGatewayFlowMonitor: EnableGatewayFlowMonitorErrorCode;
    ModifyGatewayFlowQos: ModifyGatewayFlowQosErrorCode;
    AssociateNetworkAclSubnets: AssociateNetworkAclSubnetsErrorCode;
    CreateNetworkAcl: CreateNetworkAclErrorCode;
    DeleteNetworkAcl: DeleteNetworkAclErrorCode;
    DescribeNetworkAcls: DescribeNetworkAclsErrorCode;
    DisassociateNetworkAclSubnets: DisassociateNetworkAclSubnetsErrorCode;
    ModifyNetworkAclAttribute: ModifyNetworkAclAttributeErrorCode;
    ModifyNetworkAclEntries: ModifyNetworkAclEntriesErrorCode;
    CreateAddressTemplate: CreateAddressTemplateErrorCode;
    CreateAddressTemplateGroup: CreateAddressTemplateGroupErrorCode;
    CreateServiceTemplate: CreateServiceTemplateErrorCode;
    CreateServiceTemplateGroup: CreateServiceTemplateGroupErrorCode;
    DeleteAddressTemplate: DeleteAddressTemplateErrorCode;
    DeleteAddressTemplateGroup: DeleteAddressTemplateGroupErrorCode;
    DeleteServiceTemplate: DeleteServiceTemplateErrorCode;
    DeleteServiceTemplateGroup: DeleteServiceTemplateGroupErrorCode;
    DescribeAddressTemplateGroups: DescribeAddressTemplateGroupsErrorCode;
    DescribeAddressTemplates: DescribeAddressTemplatesErrorCode;
    DescribeServiceTemplateGroups: DescribeServiceTemplateGroupsErrorCode;
    DescribeServiceTemplates: DescribeServiceTemplatesErrorCode;
    DescribeTemplateLimits: DescribeTemplateLimitsErrorCode;
    ModifyAddressTemplateAttribute: ModifyAddressTemplateAttributeErrorCode;
    ModifyAddressTemplateGroupAttribute: ModifyAddressTemplateGroupAttributeErrorCode;
    ModifyServiceTemplateAttribute: ModifyServiceTemplateAttributeErrorCode;
    ModifyServiceTemplateGroupAttribute: ModifyServiceTemplateGroupAttributeErrorCode;
    CheckNetDetectState: CheckNetDetectStateErrorCode;
    CreateNetDetect: CreateNetDetectErrorCode;
    DeleteNetDetect: DeleteNetDetectErrorCode;
    DescribeNetDetectStates: DescribeNetDetectStatesErrorCode;
    DescribeNetDetects: DescribeNetDetectsErrorCode;
    ModifyNetDetect: ModifyNetDetectErrorCode;
    CreateIpv6Routes: CreateIpv6RoutesErrorCode;
    CreateRouteTable: CreateRouteTableErrorCode;
    CreateRoutes: CreateRoutesErrorCode;
    DeleteIpv6Routes: DeleteIpv6RoutesErrorCode;
    DeleteRouteTable: DeleteRouteTableErrorCode;
    DeleteRoutes: DeleteRoutesErrorCode;
    DescribeRouteConflicts: DescribeRouteConflictsErrorCode;
    DescribeRouteTables: DescribeRouteTablesErrorCode;
    DisableRoutes: DisableRoutesErrorCode;
    EnableRoutes: EnableRoutesErrorCode;
    ModifyIpv6Routes: ModifyIpv6RoutesErrorCode;
    ModifyRouteTableAttribute: ModifyRouteTableAttributeErrorCode;
    ReplaceRouteTableAssociation: ReplaceRouteTableAssociationErrorCode;
    ReplaceRoutes: ReplaceRoutesErrorCode;
    ResetRoutes: ResetRoutesErrorCode;
    CreateHaVip: CreateHaVipErrorCode;
    DeleteHaVip: DeleteHaVipErrorCode;
    DescribeHaVips: DescribeHaVipsErrorCode;
    HaVipAssociateAddressIp: HaVipAssociateAddressIpErrorCode;
    HaVipDisassociateAddressIp: HaVipDisassociateAddressIpErrorCode;
    ModifyHaVipAttribute: ModifyHaVipAttributeErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.addIp6Rules(input); }
 * catch (e) { if (isServiceErrorFrom(e, "AddIp6Rules") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

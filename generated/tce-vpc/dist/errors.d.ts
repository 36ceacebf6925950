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
 */
export type CommonErrorCode = "AuthFailure.InvalidSecretId" | "AuthFailure.MFAFailure" | "AuthFailure.SecretIdNotFound" | "AuthFailure.SignatureExpire" | "AuthFailure.SignatureFailure" | "AuthFailure.TokenFailure" | "AuthFailure.UnauthorizedOperation" | "DryRunOperation" | "FailedOperation" | "InternalError" | "InvalidAction" | "InvalidParameter" | "InvalidParameterValue" | "LimitExceeded" | "MissingParameter" | "NoSuchVersion" | "RequestLimitExceeded" | "ResourceInUse" | "ResourceInsufficient" | "ResourceNotFound" | "ResourceUnavailable" | "UnauthorizedOperation" | "UnknownParameter" | "UnsupportedOperation" | "UnsupportedProtocol" | "UnsupportedRegion";
/**
 * Error codes AddIp6Rules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type AddIp6RulesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes CreateIp6Translators may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type CreateIp6TranslatorsErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteIp6Translators may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DeleteIp6TranslatorsErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeIp6TranslatorQuota may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeIp6TranslatorQuotaErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeIp6Translators may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeIp6TranslatorsErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyIp6Rule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type ModifyIp6RuleErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyIp6Translator may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type ModifyIp6TranslatorErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes RemoveIp6Rules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type RemoveIp6RulesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/** Error codes AssociateNatGatewayAddress may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateNatGatewayAddressErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateNatGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpcId.Malformed`: 无效的VPC,VPC实例ID不合法。
 * - `InvalidVpcId.NotFound`: 无效的VPC,VPC资源不存在。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `AddressQuotaLimitExceeded`: 账户配额不足，每个腾讯云账户每个地域下最多可创建 20 个 EIP。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `InvalidAddressState`: 指定EIP的当前状态不允许进行该操作。
 * - `UnsupportedOperation.InsufficientFunds`: 账户余额不足。
 * - `ResourceInUse.Address`: 指定IP地址已经在使用中。
 * - `InvalidAccount.NotSupported`: 不支持此账户。
 * - `LimitExceeded.NatGatewayPerVpcLimitExceeded`: 私有网络创建的NAT网关超过上限。
 * - `LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded`: NAT网关绑定的弹性IP超过上限。
 * - `UnsupportedOperation.PublicIpAddressIsNotExisted`: 绑定NAT网关的弹性IP不存在。
 * - `UnsupportedOperation.PublicIpAddressIsNotBGPIp`: 绑定NAT网关的弹性IP不是BGP性质的IP。
 * - `UnsupportedOperation.PublicIpAddressNotBilledByTraffic`: 绑定NAT网关的弹性IP不是按流量计费的。
 */
export type CreateNatGatewayErrorCode = "InvalidVpcId.Malformed" | "InvalidVpcId.NotFound" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "UnsupportedOperation.InvalidState" | "AddressQuotaLimitExceeded" | "InternalServerError" | "InvalidParameterValue.TooLong" | "InvalidAddressState" | "UnsupportedOperation.InsufficientFunds" | "ResourceInUse.Address" | "InvalidAccount.NotSupported" | "LimitExceeded.NatGatewayPerVpcLimitExceeded" | "LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded" | "UnsupportedOperation.PublicIpAddressIsNotExisted" | "UnsupportedOperation.PublicIpAddressIsNotBGPIp" | "UnsupportedOperation.PublicIpAddressNotBilledByTraffic" | CommonErrorCode | (string & {});
/** Error codes CreateNatGatewayDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateNatGatewayDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateNatGatewaySourceIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.UnbindEIP`: 未绑定EIP。
 */
export type CreateNatGatewaySourceIpTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.Malformed" | "UnsupportedOperation.UnbindEIP" | CommonErrorCode | (string & {});
/** Error codes DeleteNatGateway may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNatGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNatGatewayDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNatGatewayDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteNatGatewaySourceIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteNatGatewaySourceIpTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNatGatewayDestinationIpPortTranslationNatRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 */
export type DescribeNatGatewayDestinationIpPortTranslationNatRulesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.LimitExceeded" | "InternalServerError" | "InvalidAddressId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNatGatewaySourceIpTranslationNatRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 */
export type DescribeNatGatewaySourceIpTranslationNatRulesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InternalServerError" | "InvalidAddressId.NotFound" | CommonErrorCode | (string & {});
/** Error codes DescribeNatGateways may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNatGatewaysErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DisassociateNatGatewayAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.PublicIpAddressDisassociate`: Nat网关至少存在一个弹性IP，弹性IP不能解绑。
 */
export type DisassociateNatGatewayAddressErrorCode = "UnsupportedOperation.PublicIpAddressDisassociate" | CommonErrorCode | (string & {});
/** Error codes ModifyNatGatewayAddressStatus may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNatGatewayAddressStatusErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNatGatewayAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNatGatewayAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyNatGatewayDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyNatGatewayDestinationIpPortTranslationNatRuleErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifyNatGatewaySourceIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type ModifyNatGatewaySourceIpTranslationNatRuleErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/** Error codes ResetNatGatewayConnection may return: its own documented codes, the service's common codes, and any other string. */
export type ResetNatGatewayConnectionErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateCustomerGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `VpcLimitExceeded`: 已经达到指定区域vpc资源申请数量上限。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 */
export type CreateCustomerGatewayErrorCode = "VpcLimitExceeded" | "InvalidParameterValue.Duplicate" | CommonErrorCode | (string & {});
/** Error codes CreateGatewayVpnSSLClient may return: its own documented codes, the service's common codes, and any other string. */
export type CreateGatewayVpnSSLClientErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateVpnConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 */
export type CreateVpnConnectionErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.VpcCidrConflict" | CommonErrorCode | (string & {});
/**
 * Error codes CreateVpnGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.VpnConnCidrConflict`: 目的网段和当前VPN通道的CIDR冲突。
 * - `InvalidVpcId.Malformed`: 无效的VPC,VPC实例ID不合法。
 * - `InvalidVpcId.NotFound`: 无效的VPC,VPC资源不存在。
 */
export type CreateVpnGatewayErrorCode = "InvalidParameterValue.VpnConnCidrConflict" | "InvalidVpcId.Malformed" | "InvalidVpcId.NotFound" | CommonErrorCode | (string & {});
/** Error codes CreateVpnGatewaySSLServer may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpnGatewaySSLServerErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteCustomerGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteCustomerGatewayErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes DeleteVpnConnection may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpnConnectionErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpnGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpnGatewayId.Malformed`: 无效的VPN网关,VPN实例ID不合法。
 * - `InvalidVpnGatewayId.NotFound`: 无效的VPN网关,VPN实例不存在，请再次核实您输入的资源信息是否正确。
 */
export type DeleteVpnGatewayErrorCode = "InvalidVpnGatewayId.Malformed" | "InvalidVpnGatewayId.NotFound" | CommonErrorCode | (string & {});
/** Error codes DeleteVpnGatewaySSLClient may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpnGatewaySSLClientErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpnGatewaySSLServer may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpnGatewaySSLServerErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCustomerGatewayVendors may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCustomerGatewayVendorsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeCustomerGateways may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeCustomerGatewaysErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcResourceDashboard may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeVpcResourceDashboardErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpnConnections may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeVpnConnectionsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpnGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeVpnGatewayCcnRoutesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/** Error codes DescribeVpnGatewaySSLClients may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnGatewaySSLClientsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpnGatewaySSLServers may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpnGatewaySSLServersErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpnGateways may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVpnGatewayId.Malformed`: 无效的VPN网关, VPN实例ID不合法。
 * - `InvalidVpnGatewayId.NotFound`: 无效的VPN网关,VPN实例不存在,请再次核实您输入的资源信息是否正确。
 */
export type DescribeVpnGatewaysErrorCode = "InvalidVpnGatewayId.Malformed" | "InvalidVpnGatewayId.NotFound" | CommonErrorCode | (string & {});
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
/**
 * Error codes InquiryPriceRenewVpnGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type InquiryPriceRenewVpnGatewayErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes InquiryPriceResetVpnGatewayInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type InquiryPriceResetVpnGatewayInternetMaxBandwidthErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyCustomerGatewayAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyCustomerGatewayAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes ModifyVpnConnectionAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnConnectionAttributeErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpnGatewayAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyVpnGatewayAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpnGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type ModifyVpnGatewayCcnRoutesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/** Error codes ModifyVpnGatewaySSLClient may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnGatewaySSLClientErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpnGatewaySSLServer may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpnGatewaySSLServerErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes RenewVpnGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type RenewVpnGatewayErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes ResetVpnConnection may return: its own documented codes, the service's common codes, and any other string. */
export type ResetVpnConnectionErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ResetVpnGatewayInternetMaxBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ResetVpnGatewayInternetMaxBandwidthErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes CreateDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDirectConnectGatewayErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type CreateLocalDestinationIpPortTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalIpTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type CreateLocalIpTranslationAclRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type CreateLocalIpTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalSourceIpPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type CreateLocalSourceIpPortTranslationAclRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes CreateLocalSourceIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type CreateLocalSourceIpPortTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteDirectConnectGateway may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteDirectConnectGatewayErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes DeleteDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type DeleteLocalDestinationIpPortTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalIpTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type DeleteLocalIpTranslationAclRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type DeleteLocalIpTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalSourceIpPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type DeleteLocalSourceIpPortTranslationAclRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteLocalSourceIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidProjectId.NotFound`: 项目ID不合法。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type DeleteLocalSourceIpPortTranslationNatRuleErrorCode = "InvalidProjectId.NotFound" | "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/** Error codes DescribeDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeDirectConnectGateways may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type DescribeDirectConnectGatewaysErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalDestinationIpPortTranslationNatRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeLocalDestinationIpPortTranslationNatRulesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalIpTranslationAclRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeLocalIpTranslationAclRulesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalIpTranslationNatRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeLocalIpTranslationNatRulesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalSourceIpPortTranslationAclRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeLocalSourceIpPortTranslationAclRulesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeLocalSourceIpPortTranslationNatRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 */
export type DescribeLocalSourceIpPortTranslationNatRulesErrorCode = "InternalServerError" | "InvalidInstance.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes DescribePeerIpTranslationNatRules may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribePeerIpTranslationNatRulesErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDirectConnectGatewayAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity`: 专线网关正在更新BGP Community/属性。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type ModifyDirectConnectGatewayAttributeErrorCode = "UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalDestinationIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type ModifyLocalDestinationIpPortTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalIpTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type ModifyLocalIpTranslationAclRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type ModifyLocalIpTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalSourceIpPortTranslationAclRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type ModifyLocalSourceIpPortTranslationAclRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyLocalSourceIpPortTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type ModifyLocalSourceIpPortTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyPeerIpTranslationNatRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidParameterValue.InVpcCidr`: 不能在VPC CIDR范围内
 * - `InvalidParameterValue.NotInVpcCidr`: 必须在VPC CIDR范围内
 * - `InvalidParameterValue.IpExists`: 在规则中已经存在
 * - `InvalidParameterValue.IpNotExists`: 在规则中不存在
 * - `InvalidParameterValue.NatRuleExists`: 已经存在
 * - `InvalidParameterValue.AclRuleExists`: 专线网关ACL规则已经存在
 * - `InvalidParameterValue.NatRuleNotExists`: 专线网关NAT规则不存在
 * - `InvalidParameterValue.AclRuleNotExists`: 专线网关ACL规则不存在
 * - `InvalidParameterValue.VpgVpcNotMatch`: 专线网关不存在或没有关联该VPC
 * - `InvalidParameterValue.NotNatVpg`: 不是NAT类型的专线网关
 * - `InvalidParameter.InvalidPortType`: Port类型错误
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type ModifyPeerIpTranslationNatRuleErrorCode = "InternalServerError" | "InvalidParameterValue.InVpcCidr" | "InvalidParameterValue.NotInVpcCidr" | "InvalidParameterValue.IpExists" | "InvalidParameterValue.IpNotExists" | "InvalidParameterValue.NatRuleExists" | "InvalidParameterValue.AclRuleExists" | "InvalidParameterValue.NatRuleNotExists" | "InvalidParameterValue.AclRuleNotExists" | "InvalidParameterValue.VpgVpcNotMatch" | "InvalidParameterValue.NotNatVpg" | "InvalidParameter.InvalidPortType" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/** Error codes ReplaceDirectConnectGatewayCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceDirectConnectGatewayCcnRoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes AcceptAttachCcnInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `UnsupportedOperation.CcnNotAttached`: 实例未关联CCN。
 * - `UnsupportedOperation.IsNotFinanceAccount`: 关联当前云联网的实例的账号存在不是金融云账号。
 * - `UnsupportedOperation.UnableCrossFinance`: 当前云联网无法关联金融云实例。
 */
export type AcceptAttachCcnInstancesErrorCode = "InvalidParameterValue.Duplicate" | "UnsupportedOperation.CcnNotAttached" | "UnsupportedOperation.IsNotFinanceAccount" | "UnsupportedOperation.UnableCrossFinance" | CommonErrorCode | (string & {});
/**
 * Error codes AttachCcnInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.CcnAttached`: 实例已关联CCN。
 * - `UnsupportedOperation.UnableCrossBorder`: 不支持跨境。
 * - `UnsupportedOperation.UinNotFound`: 账号ID不存在。
 * - `InvalidParameterValue.CcnAttachBmvpnLimitExceeded`: 指定云联网关联黑石私有网络数量达到上限。
 * - `UnsupportedOperation.IsNotFinanceAccount`: 关联当前云联网的实例的账号存在不是金融云账号。
 * - `UnsupportedOperation.UnableCrossFinance`: 当前云联网无法关联金融云实例。
 */
export type AttachCcnInstancesErrorCode = "UnsupportedOperation.CcnAttached" | "UnsupportedOperation.UnableCrossBorder" | "UnsupportedOperation.UinNotFound" | "InvalidParameterValue.CcnAttachBmvpnLimitExceeded" | "UnsupportedOperation.IsNotFinanceAccount" | "UnsupportedOperation.UnableCrossFinance" | CommonErrorCode | (string & {});
/**
 * Error codes CreateCcn may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `UnsupportedOperation.InsufficientFunds`: 账户余额不足。
 */
export type CreateCcnErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | "UnsupportedOperation.InsufficientFunds" | CommonErrorCode | (string & {});
/** Error codes DeleteCcn may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteCcnErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCcnAttachedInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCcnAttachedInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCcnRegionBandwidthLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCcnRegionBandwidthLimitsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeCcnRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeCcnRoutesErrorCode = "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeCcns may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type DescribeCcnsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/** Error codes DetachCcnInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DetachCcnInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes DisableCcnRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DisableCcnRoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes EnableCcnRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 */
export type EnableCcnRoutesErrorCode = "UnsupportedOperation.Ecmp" | CommonErrorCode | (string & {});
/** Error codes ModifyCcnAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyCcnAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyCcnRegionBandwidthLimitsType may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyCcnRegionBandwidthLimitsTypeErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes RejectAttachCcnInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `UnsupportedOperation.CcnNotAttached`: 实例未关联CCN。
 */
export type RejectAttachCcnInstancesErrorCode = "InvalidParameterValue.Duplicate" | "UnsupportedOperation.CcnNotAttached" | CommonErrorCode | (string & {});
/** Error codes ResetAttachCcnInstances may return: its own documented codes, the service's common codes, and any other string. */
export type ResetAttachCcnInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes SetCcnRegionBandwidthLimits may return: its own documented codes, the service's common codes, and any other string. */
export type SetCcnRegionBandwidthLimitsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateVpcEndPoint may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `InvalidParameterValue.Reserved`: 参数值是一个系统保留对象。
 */
export type CreateVpcEndPointErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.VpcMismatch" | "InvalidParameterValue.Range" | "InvalidParameterValue.TooLong" | "InvalidParameterValue.Reserved" | CommonErrorCode | (string & {});
/** Error codes DescribeGatewayFlowMonitorDetail may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeGatewayFlowMonitorDetailErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes AssignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.SubnetRange`: 子网CIDR不合法。
 * - `InvalidParameterValue.SubnetConflict`: 子网CIDR冲突。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `LimitExceeded.SubnetCidrBlock`: 子网分配子网段数量达到上限。
 */
export type AssignIpv6SubnetCidrBlockErrorCode = "InvalidParameterValue.SubnetRange" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.Duplicate" | "LimitExceeded.SubnetCidrBlock" | CommonErrorCode | (string & {});
/** Error codes CheckDefaultSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type CheckDefaultSubnetErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CheckIpInSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ResourceInUse.Address`: 指定IP地址已经在使用中。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type CheckIpInSubnetErrorCode = "ResourceInUse.Address" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetRange`: 子网CIDR不合法。
 * - `InvalidParameterValue.SubnetConflict`: 子网CIDR冲突。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CreateSubnetErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetRange" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSubnets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetRange`: 子网CIDR不合法。
 * - `InvalidParameterValue.SubnetConflict`: 子网CIDR冲突。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CreateSubnetsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetRange" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSubnet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteSubnetErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSubnets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeSubnetsErrorCode = "InvalidParameter.Coexist" | "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySubnetAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifySubnetAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes UnassignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 */
export type UnassignIpv6SubnetCidrBlockErrorCode = "InvalidParameterValue.Duplicate" | CommonErrorCode | (string & {});
/** Error codes CreateDefaultSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDefaultSecurityGroupErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CreateSecurityGroupErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号和当前最新版本不一致。
 * - `UnsupportedOperation.DuplicatePolicy`: 安全组规则重复。
 */
export type CreateSecurityGroupPoliciesErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.VersionMismatch" | "UnsupportedOperation.DuplicatePolicy" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroupWithPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type CreateSecurityGroupWithPoliciesErrorCode = "InvalidParameter.Coexist" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSecurityGroupID.Malformed`: 无效的安全组,安全组实例ID不合法。
 * - `InvalidSecurityGroupID.NotFound`: 无效的安全组,安全组实例ID不存在。
 */
export type DeleteSecurityGroupErrorCode = "InvalidSecurityGroupID.Malformed" | "InvalidSecurityGroupID.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号和当前最新版本不一致。
 */
export type DeleteSecurityGroupPoliciesErrorCode = "UnsupportedOperation.VersionMismatch" | CommonErrorCode | (string & {});
/** Error codes DescribeDBInstancesWithSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDBInstancesWithSecurityGroupErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupAssociationStatistics may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeSecurityGroupAssociationStatisticsErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes DescribeSecurityGroupLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSecurityGroupLimitsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeSecurityGroupPoliciesErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeSecurityGroupsErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifySecurityGroupAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifySecurityGroupPoliciesErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceSecurityGroupPolicy may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号和当前最新版本不一致。
 */
export type ReplaceSecurityGroupPolicyErrorCode = "UnsupportedOperation.VersionMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes AllocateIp6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InternalServerError`: 操作内部错误。
 */
export type AllocateIp6AddressesBandwidthErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.LimitExceeded" | "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeIp6Addresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 */
export type DescribeIp6AddressesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.LimitExceeded" | "InternalServerError" | "InvalidAddressId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyIp6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidAddressIdState.InArrears`: 指定EIP处于欠费状态。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 * - `InvalidAccount.NotSupported`: 不支持此账户。
 */
export type ModifyIp6AddressesBandwidthErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidAddressIdState.InArrears" | "InternalServerError" | "InvalidAddressId.NotFound" | "InvalidAccount.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes ReleaseIp6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InternalServerError`: 操作内部错误。
 */
export type ReleaseIp6AddressesBandwidthErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.LimitExceeded" | "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes AllocateAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `AddressQuotaLimitExceeded`: 账户配额不足，每个腾讯云账户每个地域下最多可创建 20 个 EIP。
 * - `AddressQuotaLimitExceeded.DailyAllocate`: 申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。
 */
export type AllocateAddressesErrorCode = "AddressQuotaLimitExceeded" | "AddressQuotaLimitExceeded.DailyAllocate" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.NotFound`: 无效实例ID。指定的实例ID不存在。
 * - `InvalidAddressId.Blocked`: 指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。
 * - `InvalidAddressIdState.InArrears`: 指定EIP处于欠费状态。
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 * - `InvalidAddressIdStatus.NotPermit`: 指定 EIP 当前状态不能进行绑定操作。只有 EIP 的状态是 UNBIND 时才能进行绑定操作。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 * - `InvalidInstanceId.AlreadyBindEip`: 指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。
 * - `InvalidNetworkInterfaceId.NotFound`: 指定 NetworkInterfaceId 不存在或指定的PrivateIpAddress不在NetworkInterfaceId上。
 * - `InvalidParameterConflict`: 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。
 * - `InvalidPrivateIpAddress.AlreadyBindEip`: 指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。
 * - `MissingResourceId`: 绑定的实体缺失。InstanceId或NetworkInterfaceId、PrivateIpAddress必须指定一个。
 */
export type AssociateAddressErrorCode = "InvalidInstanceId.NotFound" | "InvalidAddressId.Blocked" | "InvalidAddressIdState.InArrears" | "InvalidAddressId.NotFound" | "InvalidAddressIdStatus.NotPermit" | "InvalidInstance.NotSupported" | "InvalidInstanceId.AlreadyBindEip" | "InvalidNetworkInterfaceId.NotFound" | "InvalidParameterConflict" | "InvalidPrivateIpAddress.AlreadyBindEip" | "MissingResourceId" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeAddressQuota may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeAddressQuotaErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/** Error codes DescribeAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAddressesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkInterfaceExtendIps may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeNetworkInterfaceExtendIpsErrorCode = "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupReferences may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type DescribeSecurityGroupReferencesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeTaskResult may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeTaskResultErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.NotFound`: 无效实例ID。指定的实例ID不存在。
 * - `InvalidAddressId.Blocked`: 指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 * - `InvalidAddressIdStatus.NotPermit`: 指定 EIP 当前状态不能进行绑定操作。只有 EIP 的状态是 UNBIND 时才能进行绑定操作。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 */
export type DisassociateAddressErrorCode = "InvalidInstanceId.NotFound" | "InvalidAddressId.Blocked" | "InvalidAddressId.NotFound" | "InvalidAddressIdStatus.NotPermit" | "InvalidInstance.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyAddressAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type ModifyAddressAttributeErrorCode = "InvalidAddressId.NotFound" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyAddressInternetChargeType may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidAddressIdState.InArrears`: 指定EIP处于欠费状态。
 * - `InternalServerError`: 操作内部错误。
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 * - `InvalidAddressState`: 指定EIP的当前状态不允许进行该操作。
 * - `InvalidAccount.NotSupported`: 不支持此账户。
 */
export type ModifyAddressInternetChargeTypeErrorCode = "InvalidAddressIdState.InArrears" | "InternalServerError" | "InvalidAddressId.NotFound" | "InvalidAddressState" | "InvalidAccount.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyAddressesBandwidth may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InternalServerError`: 操作内部错误。
 */
export type ModifyAddressesBandwidthErrorCode = "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetworkInterfaceExtendIp may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type ModifyNetworkInterfaceExtendIpErrorCode = "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes ReleaseAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidAddressId.NotFound`: 指定的EIP不存在。
 * - `InvalidAddressState`: 指定EIP的当前状态不允许进行该操作。
 */
export type ReleaseAddressesErrorCode = "InvalidAddressId.NotFound" | "InvalidAddressState" | CommonErrorCode | (string & {});
/**
 * Error codes TransformAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.NotFound`: 无效实例ID。指定的实例ID不存在。
 * - `AddressQuotaLimitExceeded`: 账户配额不足, 每个腾讯云账户每个地域下最多可创建 20 个 EIP。
 * - `AddressQuotaLimitExceeded.DailyAllocate`: 申购次数不足, 每个腾讯云账户每个地域每天申购次数为配额数*2 次。
 * - `InvalidInstance.NotSupported`: 不被支持的实例。
 */
export type TransformAddressErrorCode = "InvalidInstanceId.NotFound" | "AddressQuotaLimitExceeded" | "AddressQuotaLimitExceeded.DailyAllocate" | "InvalidInstance.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes AssignIpv6Addresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `LimitExceeded.Address`: 分配IP地址数量达到上限。
 * - `UnsupportedOperation.UnassignCidrBlock`: 未分配IPv6网段。
 * - `ResourceInUse.Address`: 指定IP地址已经在使用中。
 * - `UnsupportedOperation.MutexOperationTaskRunning`: 资源互斥操作任务正在执行。
 */
export type AssignIpv6AddressesErrorCode = "UnsupportedOperation.InvalidState" | "LimitExceeded.Address" | "UnsupportedOperation.UnassignCidrBlock" | "ResourceInUse.Address" | "UnsupportedOperation.MutexOperationTaskRunning" | CommonErrorCode | (string & {});
/**
 * Error codes AssignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type AssignPrivateIpAddressesErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateNetworkInterfaceSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type AssociateNetworkInterfaceSecurityGroupsErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes AttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 */
export type AttachNetworkInterfaceErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.VpcMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes CreateAndAttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type CreateAndAttachNetworkInterfaceErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes CreateNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Reserved`: 参数值是一个系统保留对象。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type CreateNetworkInterfaceErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Reserved" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteNetworkInterfaceErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkInterfaceLimit may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.NotFound`: 无效实例ID。指定的实例ID不存在。
 * - `InternalServerError`: 操作内部错误。
 */
export type DescribeNetworkInterfaceLimitErrorCode = "InvalidInstanceId.NotFound" | "InternalServerError" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkInterfaces may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeNetworkInterfacesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DetachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DetachNetworkInterfaceErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DetachNetworkInterfaceEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `UnsupportedOperation.UinNotFound`: 账号ID不存在。
 * - `LimitExceeded.ActionLimited`
 */
export type DetachNetworkInterfaceExErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.InvalidState" | "UnsupportedOperation.UinNotFound" | "LimitExceeded.ActionLimited" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateNetworkInterfaceSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DisassociateNetworkInterfaceSecurityGroupsErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes MigrateNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type MigrateNetworkInterfaceErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes MigratePrivateIpAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnauthorizedOperation.PrimaryIp`: 主IP不支持指定操作。
 * - `UnauthorizedOperation.AttachmentNotFound`: 绑定关系不存在。
 */
export type MigratePrivateIpAddressErrorCode = "UnauthorizedOperation.PrimaryIp" | "UnauthorizedOperation.AttachmentNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyIpv6AddressesAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `UnsupportedOperation.AttachmentNotFound`: 绑定关系不存在。
 */
export type ModifyIpv6AddressesAttributeErrorCode = "InvalidParameterValue.Duplicate" | "UnsupportedOperation.InvalidState" | "UnsupportedOperation.AttachmentNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetworkInterfaceAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyNetworkInterfaceAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyPrivateIpAddressesAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type ModifyPrivateIpAddressesAttributeErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes UnassignIpv6Addresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnauthorizedOperation.PrimaryIp`: 主IP不支持指定操作。
 * - `UnauthorizedOperation.AttachmentNotFound`: 绑定关系不存在。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `UnsupportedOperation.MutexOperationTaskRunning`: 资源互斥操作任务正在执行。
 */
export type UnassignIpv6AddressesErrorCode = "UnauthorizedOperation.PrimaryIp" | "UnauthorizedOperation.AttachmentNotFound" | "UnsupportedOperation.InvalidState" | "UnsupportedOperation.MutexOperationTaskRunning" | CommonErrorCode | (string & {});
/**
 * Error codes UnassignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type UnassignPrivateIpAddressesErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes CreateFlowLog may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type CreateFlowLogErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteFlowLog may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DeleteFlowLogErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFlowLog may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DescribeFlowLogErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeFlowLogs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DescribeFlowLogsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyFlowLogAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type ModifyFlowLogAttributeErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes AssignIpv6CidrBlock may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `LimitExceeded.CidrBlock`: VPC分配网段数量达到上限。
 * - `ResourceInsufficient.CidrBlock`: 网段资源不足。
 */
export type AssignIpv6CidrBlockErrorCode = "LimitExceeded.CidrBlock" | "ResourceInsufficient.CidrBlock" | CommonErrorCode | (string & {});
/**
 * Error codes AttachClassicLinkVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.ClassicInstanceIdAlreadyExists`: 实例已经和VPC绑定。
 * - `UnsupportedOperation.CIDRUnsupportedClassicLink`: 指定VPC CIDR范围不支持私有网络和基础网络设备互通。
 */
export type AttachClassicLinkVpcErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.ClassicInstanceIdAlreadyExists" | "UnsupportedOperation.CIDRUnsupportedClassicLink" | CommonErrorCode | (string & {});
/**
 * Error codes CheckAssistantCidr may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetConflict`: 子网CIDR冲突。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CheckAssistantCidrErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes CreateAssistantCidr may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetRange`: 子网CIDR不合法。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CreateAssistantCidrErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetRange" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/** Error codes CreateDefaultVpc may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDefaultVpcErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CreateVpcErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteAssistantCidr may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type DeleteAssistantCidrErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteVpcErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes DescribeAccountAttributes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAccountAttributesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeAssistantCidr may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeAssistantCidrErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeClassicLinkInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DescribeClassicLinkInstancesErrorCode = "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/** Error codes DescribeNmsCidrs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNmsCidrsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DescribeVpcInstancesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/** Error codes DescribeVpcIpv6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcIpv6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcLimitsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type DescribeVpcPrivateIpAddressesErrorCode = "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcs may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeVpcsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DetachClassicLinkVpc may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DetachClassicLinkVpcErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyAssistantCidr may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.SubnetConflict`: 子网CIDR冲突。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type ModifyAssistantCidrErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyVpcAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes ResetHaVip may return: its own documented codes, the service's common codes, and any other string. */
export type ResetHaVipErrorCode = CommonErrorCode | (string & {});
/** Error codes UnassignIpv6CidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type UnassignIpv6CidrBlockErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateVpcEndPointService may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入參格式不合法。
 * - `InvalidParameterValue.TooLong`: 無效參數值。參數值太長。
 * - `InvalidParameterValue.Empty`: 缺少参数。
 */
export type CreateVpcEndPointServiceErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "InvalidParameterValue.Empty" | CommonErrorCode | (string & {});
/**
 * Error codes CreateVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `UnsupportedOperation.UinNotFound`: 账号ID不存在。
 */
export type CreateVpcEndPointServiceWhiteListErrorCode = "InvalidParameterValue.TooLong" | "UnsupportedOperation.UinNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpcEndPoint may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteVpcEndPointErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpcEndPointService may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteVpcEndPointServiceErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.UinNotFound`: 账号ID不存在。
 */
export type DeleteVpcEndPointServiceWhiteListErrorCode = "UnsupportedOperation.UinNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcEndPoint may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeVpcEndPointErrorCode = "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcEndPointService may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeVpcEndPointServiceErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Range" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.UinNotFound`: 账号ID不存在。
 */
export type DescribeVpcEndPointServiceWhiteListErrorCode = "UnsupportedOperation.UinNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateVpcEndPointSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type DisassociateVpcEndPointSecurityGroupsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes EnableVpcEndPointConnect may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type EnableVpcEndPointConnectErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes EnableVpcEndPointConnection may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type EnableVpcEndPointConnectionErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcEndPointAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type ModifyVpcEndPointAttributeErrorCode = "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcEndPointServiceAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyVpcEndPointServiceAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyVpcEndPointServiceWhiteList may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `UnsupportedOperation.UinNotFound`: 账号ID不存在。
 */
export type ModifyVpcEndPointServiceWhiteListErrorCode = "InvalidParameterValue.TooLong" | "UnsupportedOperation.UinNotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeGatewayFlowQos may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type DescribeGatewayFlowQosErrorCode = "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes DisableGatewayFlowMonitor may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type DisableGatewayFlowMonitorErrorCode = "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes EnableGatewayFlowMonitor may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type EnableGatewayFlowMonitorErrorCode = "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyGatewayFlowQos may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 */
export type ModifyGatewayFlowQosErrorCode = "UnsupportedOperation.InvalidState" | CommonErrorCode | (string & {});
/**
 * Error codes AssociateNetworkAclSubnets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 */
export type AssociateNetworkAclSubnetsErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.VpcMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes CreateNetworkAcl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type CreateNetworkAclErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteNetworkAcl may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteNetworkAclErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkAcls may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DescribeNetworkAclsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes DisassociateNetworkAclSubnets may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 */
export type DisassociateNetworkAclSubnetsErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.VpcMismatch" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetworkAclAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type ModifyNetworkAclAttributeErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetworkAclEntries may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type ModifyNetworkAclEntriesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes CreateAddressTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 */
export type CreateAddressTemplateErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Duplicate" | CommonErrorCode | (string & {});
/**
 * Error codes CreateAddressTemplateGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type CreateAddressTemplateGroupErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes CreateServiceTemplate may return: its own documented codes, the service's common codes, and any other string. */
export type CreateServiceTemplateErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateServiceTemplateGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateServiceTemplateGroupErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteAddressTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.MutexOperationTaskRunning`: 资源互斥操作任务正在执行。
 */
export type DeleteAddressTemplateErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.MutexOperationTaskRunning" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteAddressTemplateGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteAddressTemplateGroupErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteServiceTemplate may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteServiceTemplateErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteServiceTemplateGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteServiceTemplateGroupErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeAddressTemplateGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeAddressTemplateGroupsErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeAddressTemplates may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeAddressTemplatesErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeServiceTemplateGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeServiceTemplateGroupsErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeServiceTemplates may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DescribeServiceTemplatesErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes DescribeTemplateLimits may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTemplateLimitsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifyAddressTemplateAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyAddressTemplateAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyAddressTemplateGroupAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 */
export type ModifyAddressTemplateGroupAttributeErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Duplicate" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyServiceTemplateAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyServiceTemplateAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyServiceTemplateGroupAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyServiceTemplateGroupAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes CheckNetDetectState may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 * - `InvalidParameter.NextHopMismatch`: 下一跳类型与下一跳网关不匹配。
 * - `InvalidParameterValue.NetDetectSameIp`: 探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。
 */
export type CheckNetDetectStateErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "UnsupportedOperation.VpcMismatch" | "InvalidParameter.NextHopMismatch" | "InvalidParameterValue.NetDetectSameIp" | CommonErrorCode | (string & {});
/**
 * Error codes CreateNetDetect may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 * - `InvalidParameter.NextHopMismatch`: 下一跳类型与下一跳网关不匹配。
 * - `InvalidParameterValue.NetDetectSameIp`: 探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。
 */
export type CreateNetDetectErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "UnsupportedOperation.VpcMismatch" | "InvalidParameter.NextHopMismatch" | "InvalidParameterValue.NetDetectSameIp" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteNetDetect may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteNetDetectErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetDetectStates may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DescribeNetDetectStatesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetDetects may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 */
export type DescribeNetDetectsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | "InvalidParameterValue.Range" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetDetect may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 * - `InvalidParameter.NextHopMismatch`: 下一跳类型与下一跳网关不匹配。
 * - `InvalidParameterValue.NetDetectSameIp`: 探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。
 */
export type ModifyNetDetectErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | "InvalidParameter.NextHopMismatch" | "InvalidParameterValue.NetDetectSameIp" | CommonErrorCode | (string & {});
/** Error codes CreateIpv6Routes may return: its own documented codes, the service's common codes, and any other string. */
export type CreateIpv6RoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 */
export type CreateRouteTableErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.LimitExceeded" | CommonErrorCode | (string & {});
/**
 * Error codes CreateRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 * - `UnsupportedOperation.EcmpWithCcnRoute`: 和云联网的路由形成ECMP。
 * - `UnsupportedOperation.EcmpWithUserRoute`: 和用户自定义的路由形成ECMP。
 * - `UnsupportedOperation.ConflictWithDockerRoute`: 与该VPC下的TKE容器的网段重叠。
 */
export type CreateRoutesErrorCode = "InvalidParameterValue.Duplicate" | "InvalidParameterValue.VpcCidrConflict" | "InvalidParameterValue.CidrNotInPeerVpc" | "UnsupportedOperation.SystemRoute" | "UnsupportedOperation.Ecmp" | "UnsupportedOperation.EcmpWithCcnRoute" | "UnsupportedOperation.EcmpWithUserRoute" | "UnsupportedOperation.ConflictWithDockerRoute" | CommonErrorCode | (string & {});
/** Error codes DeleteIpv6Routes may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteIpv6RoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DeleteRouteTable may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteRouteTableErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type DeleteRoutesErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/** Error codes DescribeRouteConflicts may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRouteConflictsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeRouteTables may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeRouteTablesErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes DisableRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 */
export type DisableRoutesErrorCode = "UnsupportedOperation.SystemRoute" | CommonErrorCode | (string & {});
/**
 * Error codes EnableRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 */
export type EnableRoutesErrorCode = "UnsupportedOperation.SystemRoute" | "UnsupportedOperation.Ecmp" | CommonErrorCode | (string & {});
/** Error codes ModifyIpv6Routes may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIpv6RoutesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifyRouteTableAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ModifyRouteTableAttributeErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceRouteTableAssociation may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type ReplaceRouteTableAssociationErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `UnsupportedOperation.SystemRoute`: 系统路由, 禁止操作。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 */
export type ReplaceRoutesErrorCode = "InvalidParameterValue.Duplicate" | "InvalidParameterValue.VpcCidrConflict" | "InvalidParameterValue.CidrNotInPeerVpc" | "UnsupportedOperation.SystemRoute" | "UnsupportedOperation.Ecmp" | CommonErrorCode | (string & {});
/**
 * Error codes ResetRoutes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `UnsupportedOperation.SystemRoute`: 系统路由, 禁止操作。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 */
export type ResetRoutesErrorCode = "InvalidParameterValue.Duplicate" | "InvalidParameterValue.VpcCidrConflict" | "InvalidParameterValue.CidrNotInPeerVpc" | "UnsupportedOperation.SystemRoute" | "UnsupportedOperation.Ecmp" | CommonErrorCode | (string & {});
/**
 * Error codes CreateHaVip may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.Duplicate`: 入参重复。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type CreateHaVipErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteHaVip may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 */
export type DeleteHaVipErrorCode = "InvalidParameterValue.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeHaVips may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 */
export type DescribeHaVipsErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameter.Coexist" | CommonErrorCode | (string & {});
/**
 * Error codes HaVipAssociateAddressIp may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.BindEIP`: 已绑定EIP。
 */
export type HaVipAssociateAddressIpErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.BindEIP" | CommonErrorCode | (string & {});
/**
 * Error codes HaVipDisassociateAddressIp may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `UnsupportedOperation.UnbindEIP`: 未绑定EIP。
 */
export type HaVipDisassociateAddressIpErrorCode = "InvalidParameterValue.Malformed" | "UnsupportedOperation.UnbindEIP" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyHaVipAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.TooLong`: 无效参数值。参数值太长。
 */
export type ModifyHaVipAttributeErrorCode = "InvalidParameterValue.Malformed" | "InvalidParameterValue.TooLong" | CommonErrorCode | (string & {});
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
 * try { await client.describeIp6TranslatorQuota(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeIp6TranslatorQuota") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

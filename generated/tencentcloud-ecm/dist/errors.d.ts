import { ServiceError } from "@docs2sdk/runtime";
/**
 * Error codes every action of the service may return (the common error table).
 *
 * - `ActionOffline`: 接口已下线。
 * - `AuthFailure.InvalidAuthorization`: 请求头部的 Authorization 不符合腾讯云标准。
 * - `AuthFailure.InvalidSecretId`: 密钥非法（不是云 API 密钥类型）。
 * - `AuthFailure.MFAFailure`: MFA 错误。
 * - `AuthFailure.SecretIdNotFound`: 密钥不存在。请在 控制台 检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。
 * - `AuthFailure.SignatureExpire`: 签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。
 * - `AuthFailure.SignatureFailure`: 签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。
 * - `AuthFailure.TokenFailure`: token 错误。
 * - `AuthFailure.UnauthorizedOperation`: 请求未授权。请参考 CAM 文档对鉴权的说明。
 * - `DryRunOperation`: DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
 * - `FailedOperation`: 操作失败。
 * - `InternalError`: 内部错误。
 * - `InvalidAction`: 接口不存在。
 * - `InvalidParameter`: 参数错误（包括参数格式、类型等错误）。
 * - `InvalidParameterValue`: 参数取值错误。
 * - `InvalidRequest`: 请求 body 的 multipart 格式错误。
 * - `IpInBlacklist`: IP 地址在黑名单中。
 * - `IpNotInWhitelist`: IP 地址不在白名单中。
 * - `LimitExceeded`: 超过配额限制。
 * - `MissingParameter`: 缺少参数。
 * - `NoSuchProduct`: 产品不存在
 * - `NoSuchVersion`: 接口版本不存在。
 * - `RequestLimitExceeded`: 请求的次数超过了频率限制。
 * - `RequestLimitExceeded.GlobalRegionUinLimitExceeded`: 主账号超过频率限制。
 * - `RequestLimitExceeded.IPLimitExceeded`: IP 限频。
 * - `RequestLimitExceeded.UinLimitExceeded`: 主账号限频。
 * - `RequestSizeLimitExceeded`: 请求包超过限制大小。
 * - `ResourceInUse`: 资源被占用。
 * - `ResourceInsufficient`: 资源不足。
 * - `ResourceNotFound`: 资源不存在。
 * - `ResourceUnavailable`: 资源不可用。
 * - `ResponseSizeLimitExceeded`: 返回包超过限制大小。
 * - `ServiceUnavailable`: 当前服务暂时不可用。
 * - `UnauthorizedOperation`: 未授权操作。
 * - `UnknownParameter`: 未知参数错误，用户多传未定义的参数会导致错误。
 * - `UnsupportedOperation`: 操作不支持。
 * - `UnsupportedProtocol`: http(s) 请求协议错误，只支持 GET 和 POST 请求。
 * - `UnsupportedRegion`: 接口不支持所传地域。
 * - `FailedOperation.BlockBalance`: 余额不足。
 * - `FailedOperation.DataOperationFailed`: 数据操作失败。
 * - `FailedOperation.DiskAttached`: FailedOperation.DiskAttached
 * - `FailedOperation.ImageInUse`: 镜像正在使用中。
 * - `FailedOperation.InstanceInModule`: 模块下存在实例。
 * - `FailedOperation.InstanceNotAllStopped`: 实例没有全部关机。
 * - `FailedOperation.InstanceOwnerCheckFailed`: 实例不属于当前模块。
 * - `FailedOperation.InternalOperationFailure`: 内部操作错误。
 * - `FailedOperation.InvalidStatus`: 当前状态无法执行该操作。
 * - `FailedOperation.OperationConflict`: 其他操作正在运行，无法进行当前操作。
 * - `FailedOperation.OperationNotAllow`: 不允许执行当前操作。
 * - `FailedOperation.PrivateIpAddressBinded`: 该内网IP已经绑定了弹性IP。
 * - `FailedOperation.PrivateIpAddressUnavailable`: 内网IP状态非可用状态。
 * - `InternalError.ComponentError`: InternalError.ComponentError
 * - `InternalError.FailQueryResource`: InternalError.FailQueryResource
 * - `InternalError.ResourceOpFailed`: InternalError.ResourceOpFailed
 * - `InvalidParameter.Coexist`: 参数不支持同时指定。
 * - `InvalidParameter.DiskConfigNotSupported`: InvalidParameter.DiskConfigNotSupported
 * - `InvalidParameter.FormatError`: 参数格式错误。
 * - `InvalidParameter.InvalidDataFormat`: 数据格式不正确。
 * - `InvalidParameter.InvalidParameterConflict`: 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。
 * - `InvalidParameter.LBIdNotFound`: 负载均衡实例ID错误。
 * - `InvalidParameter.ListenerIdNotFound`: 监听器ID错误。
 * - `InvalidParameter.LocationNotFound`: 查找不到符合条件的转发规则。
 * - `InvalidParameter.ParameterConflict`: KeepImageLogin, Password, KeyIds 同时只能使用1个。
 * - `InvalidParameter.PortCheckFailed`: 监听器端口检查失败，比如端口冲突。
 * - `InvalidParameter.ProjectIdNotExist`: InvalidParameter.ProjectIdNotExist
 * - `InvalidParameter.ProtocolCheckFailed`: 监听器协议检查失败，比如相关协议不支持对应操作。
 * - `InvalidParameter.RegionNotFound`: 地域无效。
 * - `InvalidParameterValue.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `InvalidParameterValue.BandwidthOutOfRange`: 超多带宽限制。
 * - `InvalidParameterValue.CidrNotInPeerVpc`: 目的网段不在对端VPC的CIDR范围内。
 * - `InvalidParameterValue.Duplicate`: 重复数据。
 * - `InvalidParameterValue.FilterLimitExceeded`: Filter参数数值超过限制。
 * - `InvalidParameterValue.ImageDuplicate`: 镜像已导入。
 * - `InvalidParameterValue.ImageNameDuplicate`: 镜像名称重复。
 * - `InvalidParameterValue.ImageSizeLargeThanSysDiskSize`: 镜像大小大于系统盘大小。
 * - `InvalidParameterValue.InstanceConfigNotMatch`: 实例配置不匹配。
 * - `InvalidParameterValue.InstanceIdNotSupported`: 实例不支持当前操作。
 * - `InvalidParameterValue.InstanceNameTooLong`: 实例名字长度超出限制。
 * - `InvalidParameterValue.InstanceTypeNotMatchPid`: 实例机型和pid不匹配。
 * - `InvalidParameterValue.InsufficientRefundQuota`: InvalidParameterValue.InsufficientRefundQuota
 * - `InvalidParameterValue.InvaildAddressId`: 无效的EIP。
 * - `InvalidParameterValue.InvaildDescribeInstance`: 您的输入有误或无相应的操作权限。
 * - `InvalidParameterValue.InvaildEniID`: 无效的弹性网卡ID。
 * - `InvalidParameterValue.InvaildHostName`: HostName不合法。
 * - `InvalidParameterValue.InvaildModifyParam`: 参数错误。
 * - `InvalidParameterValue.InvaildModuleNum`: 模块数量不合法。
 * - `InvalidParameterValue.InvaildPageParam`: 分页参数不合法。
 * - `InvalidParameterValue.InvaildPassword`: 密码不合法。
 * - `InvalidParameterValue.InvalidAddressCount`: 当同步绑定弹性网卡时，一次只能申请单个弹性IP。
 * - `InvalidParameterValue.InvalidBandwidth`: 带宽大小不合法。
 * - `InvalidParameterValue.InvalidBandwidthIn`: 入带宽大小超过限额。
 * - `InvalidParameterValue.InvalidBandwidthInAndOut`: 出入带宽必须一致。
 * - `InvalidParameterValue.InvalidBillingType`: 该用户不支持当前所选择的计费类型。
 * - `InvalidParameterValue.InvalidDataDiskNum`: 数据盘个数不合法。
 * - `InvalidParameterValue.InvalidDataDiskSize`: 数据盘大小不合法。
 * - `InvalidParameterValue.InvalidDataDiskType`: 数据盘类型不合法。
 * - `InvalidParameterValue.InvalidDisk`: InvalidParameterValue.InvalidDisk
 * - `InvalidParameterValue.InvalidDiskId`: InvalidParameterValue.InvalidDiskId
 * - `InvalidParameterValue.InvalidDiskType`: InvalidParameterValue.InvalidDiskType
 * - `InvalidParameterValue.InvalidEIPDirectService`: windows镜像不支持IP直通。
 * - `InvalidParameterValue.InvalidEcmRegion`: 地域参数不合法。
 * - `InvalidParameterValue.InvalidFilter`: 无效过滤器。
 * - `InvalidParameterValue.InvalidISPInNode`: 运营商不合法。
 * - `InvalidParameterValue.InvalidImageArchitecture`: 内存4G以上机型不支持32位操作系统镜像。
 * - `InvalidParameterValue.InvalidImageID`: 镜像ID不合法。
 * - `InvalidParameterValue.InvalidInstanceChargeType`: 实例计费类型不合法。
 * - `InvalidParameterValue.InvalidInstanceID`: 实例ID不合法。
 * - `InvalidParameterValue.InvalidInstanceType`: 不支持调整高IO机型配置。
 * - `InvalidParameterValue.InvalidInstanceTypeConfigID`: 机型ID不合法。
 * - `InvalidParameterValue.InvalidInternetChargeType`: 计费类型不合法。
 * - `InvalidParameterValue.InvalidKeyPairId`: 密钥ID无效。
 * - `InvalidParameterValue.InvalidKeyPairName`: 密钥名称异常。
 * - `InvalidParameterValue.InvalidLoadBalancerNum`: 负载均衡数量不合法。
 * - `InvalidParameterValue.InvalidLoadBalancerType`: 负载均衡类型不合法。
 * - `InvalidParameterValue.InvalidModuleID`: 模块ID不合法。
 * - `InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID`: ModuleId和InstanceType参数不可同时为空。
 * - `InvalidParameterValue.InvalidModuleIDAndInstanceTypeID`: ModuleId和InstanceType参数不可同时为空。
 * - `InvalidParameterValue.InvalidModuleName`: 模块名称冲突。
 * - `InvalidParameterValue.InvalidOrderByField`: 排序字段不合法。
 * - `InvalidParameterValue.InvalidPublicParam`: 公共参数不合法。
 * - `InvalidParameterValue.InvalidRegion`: ecm region不合法。
 * - `InvalidParameterValue.InvalidSecurityGroupID`: 全组ID不合法。
 * - `InvalidParameterValue.InvalidSnapshot`: InvalidParameterValue.InvalidSnapshot
 * - `InvalidParameterValue.InvalidSnapshotId`: InvalidParameterValue.InvalidSnapshotId
 * - `InvalidParameterValue.InvalidSubnetInZone`: 该子网不存在该节点。
 * - `InvalidParameterValue.InvalidSystemDiskSize`: 系统盘大小不合法。
 * - `InvalidParameterValue.InvalidSystemDiskType`: 系统盘类型不合法。
 * - `InvalidParameterValue.InvalidTime`: 时间不合法。
 * - `InvalidParameterValue.InvalidZone`: zone不合法。
 * - `InvalidParameterValue.InvalidZoneInstanceCount`: 城市或者数量不合法。
 * - `InvalidParameterValue.InvalidZoneInstanceType`: 用区不支持此机型。
 * - `InvalidParameterValue.Length`: 参数长度错误。
 * - `InvalidParameterValue.LimitExceeded`: 参数值超出限制。
 * - `InvalidParameterValue.Malformed`: 入参格式不合法。
 * - `InvalidParameterValue.ModuleNotAllowChange`: 已有实例的边缘模块不支持调整默认配置。
 * - `InvalidParameterValue.NodeNotSupportIPv6`: 节点不支持ipv6。
 * - `InvalidParameterValue.ObjectNotCurrentSubnet`: 对象不在当前子网内。
 * - `InvalidParameterValue.ObjectVpcNotCurrentVpc`: 指定对象不是当前的私有网络。
 * - `InvalidParameterValue.ParameterValueTooLarge`: 参数值超出限制。
 * - `InvalidParameterValue.Range`: 参数值不在指定范围。
 * - `InvalidParameterValue.Reserved`: 参数值是一个系统保留对象。
 * - `InvalidParameterValue.SubnetConflict`: 指定CIDR与同一个私有网络内的另一个子网发生冲突。
 * - `InvalidParameterValue.SubnetNotExist`: 子网不存在。
 * - `InvalidParameterValue.SubnetRange`: 无效的子网网段。
 * - `InvalidParameterValue.TagNumOutOfRange`: 标签数量超过限制。
 * - `InvalidParameterValue.TaskNotFound`: 无法找到任务。
 * - `InvalidParameterValue.TerminateTimeSmaller`: 定时销毁时间早于当前时间。
 * - `InvalidParameterValue.TooLong`: 参数值太长。
 * - `InvalidParameterValue.UnmatchedBillingType`: 该机型不支持当前所选择的计费类型。
 * - `InvalidParameterValue.UnsupportedRegion`: 不支持该区域。
 * - `InvalidParameterValue.UserNotSupportIPv6`: 用户不支持ipv6。
 * - `InvalidParameterValue.VpcCidrConflict`: 目的网段和当前VPC的CIDR冲突。
 * - `LimitExceeded.AddressQuotaLimitExceeded`: 申请数量超限。
 * - `LimitExceeded.AddressQuotaLimitExceededDailyAllocate`: 申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。
 * - `LimitExceeded.AttachedDiskLimitExceeded`: LimitExceeded.AttachedDiskLimitExceeded
 * - `LimitExceeded.CidrBlock`: 分配IPv6网段数量达到上限。
 * - `LimitExceeded.EniQuotaLimitExceeded`: 网卡配额不足。
 * - `LimitExceeded.InstanceSecurityGroupLimitExceeded`: 实例绑定的安全组超出限制。
 * - `LimitExceeded.LBLimitExceeded`: 申请的clb超过限制。
 * - `LimitExceeded.ModuleSecurityGroupLimitExceeded`: 模块默认安全组数目限制。
 * - `LimitExceeded.NicOrIPLimitExceeded`: 弹性网卡或公网IP数超过CPU规定的限额。
 * - `LimitExceeded.PrivateIPQuotaLimitExceeded`: 内网IP超出限制。
 * - `LimitExceeded.SecurityGroupInstanceLimitExceeded`: 安全组绑定的实例数超限。
 * - `LimitExceeded.SecurityGroupModuleLimitExceeded`: 安全组可关联模块数目限制。
 * - `LimitExceeded.SecurityGroupPolicySet`: 安全组规则数量超过上限。
 * - `LimitExceeded.VcpuLimitExceeded`: 申请的cpu核数超限。
 * - `MissingParameter.MissingAssociateEntity`: 缺少需关联的实体参数。
 * - `MissingParameter.MissingBaseConfigParameter`: 获取基础配置请求参数不全。
 * - `MissingParameter.MissingImageParameter`: 镜像操作参数不全。
 * - `MissingParameter.MissingInstanceTypeConfigParameter`: 机型操作参数不全。
 * - `MissingParameter.MissingInstancesParameter`: 实例操作参数不全。
 * - `MissingParameter.MissingModuleParameter`: 模块操作参数不全。
 * - `MissingParameter.MissingNetworkInterfaceParameter`: 缺少网卡操作配置的请求参数。
 * - `MissingParameter.MissingNodeParameter`: 节点操作参数不全。
 * - `MissingParameter.MissingOverViewParameter`: 获取概览页配置请求参数不全。
 * - `MissingParameter.MissingPrivateIpAddress`: 缺少私有IP地址。
 * - `OperationDenied.InstanceOperationInProgress`: 不允许执行当前操作。
 * - `ResourceInsufficient.CidrBlock`: 网段资源不足。
 * - `ResourceInsufficient.IPQuotaNotEnough`: IP资源不足。
 * - `ResourceInsufficient.InstanceQuotaNotEnough`: 实例资源不足。
 * - `ResourceInsufficient.InvaildPrivateImageNum`: 私有镜像数量超出限制。
 * - `ResourceInsufficient.PrivateIPQuotaNotEnough`: 当前子网中内网IP不足
 * - `ResourceNotFound.InstanceNotExist`: 实例不合法。
 * - `ResourceNotFound.NotFound`: ResourceNotFound.NotFound
 * - `ResourceUnavailable.Attached`: ResourceUnavailable.Attached
 * - `ResourceUnavailable.Expire`: ResourceUnavailable.Expire
 * - `ResourceUnavailable.InstanceNotRunning`: 实例未运行。
 * - `ResourceUnavailable.NotPortable`: ResourceUnavailable.NotPortable
 * - `ResourceUnavailable.NotSupported`: ResourceUnavailable.NotSupported
 * - `ResourceUnavailable.RepeatRefund`: ResourceUnavailable.RepeatRefund
 * - `ResourceUnavailable.TypeError`: ResourceUnavailable.TypeError
 * - `ResourcesSoldOut.LoadBalancerSoldOut`: 负载均衡资源已经售罄。
 * - `ResourcesSoldOut.SpecifiedInstanceType`: 特定机型售罄。
 * - `UnauthorizedOperation.ForbiddenOperation`: 没有权限进行该操作。
 * - `UnauthorizedOperation.MFAExpired`: UnauthorizedOperation.MFAExpired
 * - `UnauthorizedOperation.NotCertification`: UnauthorizedOperation.NotCertification
 * - `UnauthorizedOperation.NotHavePaymentRight`: UnauthorizedOperation.NotHavePaymentRight
 * - `UnauthorizedOperation.WindowsImage`: 无windows镜像权限。
 * - `UnsupportedOperation.AddressIdNotFound`: 未找到相关IP。
 * - `UnsupportedOperation.AlreadyBindEip`: 指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。
 * - `UnsupportedOperation.AttachmentAlreadyExists`: 弹性网卡与实例是已关联的。
 * - `UnsupportedOperation.AttachmentNotFound`: 实例是未关联的。
 * - `UnsupportedOperation.DelDefaultRoute`: 禁止删除默认路由表。
 * - `UnsupportedOperation.DelRouteWithSubnet`: 禁止删除已关联子网的路由表。
 * - `UnsupportedOperation.DuplicatePolicy`: 安全组规则重复。
 * - `UnsupportedOperation.Ecmp`: 不支持ECMP。
 * - `UnsupportedOperation.EcmpWithCcnRoute`: 和云联网的路由形成ECMP。
 * - `UnsupportedOperation.EcmpWithUserRoute`: 和用户自定义的路由形成ECMP。
 * - `UnsupportedOperation.InstanceIdNotFound`: 无效实例ID。指定的实例ID不存在。
 * - `UnsupportedOperation.InstanceIdNotSupported`: 不被支持的实例。
 * - `UnsupportedOperation.InstanceTypeNotSupportImage`: 当前机型不支持所选镜像。
 * - `UnsupportedOperation.InvalidInstanceState`: 当前状态不能进行该操作。
 * - `UnsupportedOperation.InvalidNetworkInterfaceIdNotFound`: 指定 NetworkInterfaceId 不存在或指定的PrivateIpAddress不在NetworkInterfaceId上。
 * - `UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip`: 指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。
 * - `UnsupportedOperation.InvalidState`: 资源状态不合法。
 * - `UnsupportedOperation.Malformed`: 请确认提供的IP地址是否完整。
 * - `UnsupportedOperation.MutexOperationTaskRunning`: 资源互斥操作任务正在执行。
 * - `UnsupportedOperation.QuotaLimitExceeded`: 实例规格仅支持绑定三个EIP。
 * - `UnsupportedOperation.SnapHasShared`: UnsupportedOperation.SnapHasShared
 * - `UnsupportedOperation.SnapshotHasBindedImage`: UnsupportedOperation.SnapshotHasBindedImage
 * - `UnsupportedOperation.StatusNotPermit`: 当前状态不能进行此操作。
 * - `UnsupportedOperation.SystemRoute`: 系统路由，禁止操作。
 * - `UnsupportedOperation.VersionMismatch`: 指定安全组规则版本号和当前最新版本不一致。
 * - `UnsupportedOperation.VpcMismatch`: 资源不属于同一个VPC。
 */
export type CommonErrorCode = "ActionOffline" | "AuthFailure.InvalidAuthorization" | "AuthFailure.InvalidSecretId" | "AuthFailure.MFAFailure" | "AuthFailure.SecretIdNotFound" | "AuthFailure.SignatureExpire" | "AuthFailure.SignatureFailure" | "AuthFailure.TokenFailure" | "AuthFailure.UnauthorizedOperation" | "DryRunOperation" | "FailedOperation" | "InternalError" | "InvalidAction" | "InvalidParameter" | "InvalidParameterValue" | "InvalidRequest" | "IpInBlacklist" | "IpNotInWhitelist" | "LimitExceeded" | "MissingParameter" | "NoSuchProduct" | "NoSuchVersion" | "RequestLimitExceeded" | "RequestLimitExceeded.GlobalRegionUinLimitExceeded" | "RequestLimitExceeded.IPLimitExceeded" | "RequestLimitExceeded.UinLimitExceeded" | "RequestSizeLimitExceeded" | "ResourceInUse" | "ResourceInsufficient" | "ResourceNotFound" | "ResourceUnavailable" | "ResponseSizeLimitExceeded" | "ServiceUnavailable" | "UnauthorizedOperation" | "UnknownParameter" | "UnsupportedOperation" | "UnsupportedProtocol" | "UnsupportedRegion" | "FailedOperation.BlockBalance" | "FailedOperation.DataOperationFailed" | "FailedOperation.DiskAttached" | "FailedOperation.ImageInUse" | "FailedOperation.InstanceInModule" | "FailedOperation.InstanceNotAllStopped" | "FailedOperation.InstanceOwnerCheckFailed" | "FailedOperation.InternalOperationFailure" | "FailedOperation.InvalidStatus" | "FailedOperation.OperationConflict" | "FailedOperation.OperationNotAllow" | "FailedOperation.PrivateIpAddressBinded" | "FailedOperation.PrivateIpAddressUnavailable" | "InternalError.ComponentError" | "InternalError.FailQueryResource" | "InternalError.ResourceOpFailed" | "InvalidParameter.Coexist" | "InvalidParameter.DiskConfigNotSupported" | "InvalidParameter.FormatError" | "InvalidParameter.InvalidDataFormat" | "InvalidParameter.InvalidParameterConflict" | "InvalidParameter.LBIdNotFound" | "InvalidParameter.ListenerIdNotFound" | "InvalidParameter.LocationNotFound" | "InvalidParameter.ParameterConflict" | "InvalidParameter.PortCheckFailed" | "InvalidParameter.ProjectIdNotExist" | "InvalidParameter.ProtocolCheckFailed" | "InvalidParameter.RegionNotFound" | "InvalidParameterValue.AddressQuotaLimitExceeded" | "InvalidParameterValue.BandwidthOutOfRange" | "InvalidParameterValue.CidrNotInPeerVpc" | "InvalidParameterValue.Duplicate" | "InvalidParameterValue.FilterLimitExceeded" | "InvalidParameterValue.ImageDuplicate" | "InvalidParameterValue.ImageNameDuplicate" | "InvalidParameterValue.ImageSizeLargeThanSysDiskSize" | "InvalidParameterValue.InstanceConfigNotMatch" | "InvalidParameterValue.InstanceIdNotSupported" | "InvalidParameterValue.InstanceNameTooLong" | "InvalidParameterValue.InstanceTypeNotMatchPid" | "InvalidParameterValue.InsufficientRefundQuota" | "InvalidParameterValue.InvaildAddressId" | "InvalidParameterValue.InvaildDescribeInstance" | "InvalidParameterValue.InvaildEniID" | "InvalidParameterValue.InvaildHostName" | "InvalidParameterValue.InvaildModifyParam" | "InvalidParameterValue.InvaildModuleNum" | "InvalidParameterValue.InvaildPageParam" | "InvalidParameterValue.InvaildPassword" | "InvalidParameterValue.InvalidAddressCount" | "InvalidParameterValue.InvalidBandwidth" | "InvalidParameterValue.InvalidBandwidthIn" | "InvalidParameterValue.InvalidBandwidthInAndOut" | "InvalidParameterValue.InvalidBillingType" | "InvalidParameterValue.InvalidDataDiskNum" | "InvalidParameterValue.InvalidDataDiskSize" | "InvalidParameterValue.InvalidDataDiskType" | "InvalidParameterValue.InvalidDisk" | "InvalidParameterValue.InvalidDiskId" | "InvalidParameterValue.InvalidDiskType" | "InvalidParameterValue.InvalidEIPDirectService" | "InvalidParameterValue.InvalidEcmRegion" | "InvalidParameterValue.InvalidFilter" | "InvalidParameterValue.InvalidISPInNode" | "InvalidParameterValue.InvalidImageArchitecture" | "InvalidParameterValue.InvalidImageID" | "InvalidParameterValue.InvalidInstanceChargeType" | "InvalidParameterValue.InvalidInstanceID" | "InvalidParameterValue.InvalidInstanceType" | "InvalidParameterValue.InvalidInstanceTypeConfigID" | "InvalidParameterValue.InvalidInternetChargeType" | "InvalidParameterValue.InvalidKeyPairId" | "InvalidParameterValue.InvalidKeyPairName" | "InvalidParameterValue.InvalidLoadBalancerNum" | "InvalidParameterValue.InvalidLoadBalancerType" | "InvalidParameterValue.InvalidModuleID" | "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID" | "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID" | "InvalidParameterValue.InvalidModuleName" | "InvalidParameterValue.InvalidOrderByField" | "InvalidParameterValue.InvalidPublicParam" | "InvalidParameterValue.InvalidRegion" | "InvalidParameterValue.InvalidSecurityGroupID" | "InvalidParameterValue.InvalidSnapshot" | "InvalidParameterValue.InvalidSnapshotId" | "InvalidParameterValue.InvalidSubnetInZone" | "InvalidParameterValue.InvalidSystemDiskSize" | "InvalidParameterValue.InvalidSystemDiskType" | "InvalidParameterValue.InvalidTime" | "InvalidParameterValue.InvalidZone" | "InvalidParameterValue.InvalidZoneInstanceCount" | "InvalidParameterValue.InvalidZoneInstanceType" | "InvalidParameterValue.Length" | "InvalidParameterValue.LimitExceeded" | "InvalidParameterValue.Malformed" | "InvalidParameterValue.ModuleNotAllowChange" | "InvalidParameterValue.NodeNotSupportIPv6" | "InvalidParameterValue.ObjectNotCurrentSubnet" | "InvalidParameterValue.ObjectVpcNotCurrentVpc" | "InvalidParameterValue.ParameterValueTooLarge" | "InvalidParameterValue.Range" | "InvalidParameterValue.Reserved" | "InvalidParameterValue.SubnetConflict" | "InvalidParameterValue.SubnetNotExist" | "InvalidParameterValue.SubnetRange" | "InvalidParameterValue.TagNumOutOfRange" | "InvalidParameterValue.TaskNotFound" | "InvalidParameterValue.TerminateTimeSmaller" | "InvalidParameterValue.TooLong" | "InvalidParameterValue.UnmatchedBillingType" | "InvalidParameterValue.UnsupportedRegion" | "InvalidParameterValue.UserNotSupportIPv6" | "InvalidParameterValue.VpcCidrConflict" | "LimitExceeded.AddressQuotaLimitExceeded" | "LimitExceeded.AddressQuotaLimitExceededDailyAllocate" | "LimitExceeded.AttachedDiskLimitExceeded" | "LimitExceeded.CidrBlock" | "LimitExceeded.EniQuotaLimitExceeded" | "LimitExceeded.InstanceSecurityGroupLimitExceeded" | "LimitExceeded.LBLimitExceeded" | "LimitExceeded.ModuleSecurityGroupLimitExceeded" | "LimitExceeded.NicOrIPLimitExceeded" | "LimitExceeded.PrivateIPQuotaLimitExceeded" | "LimitExceeded.SecurityGroupInstanceLimitExceeded" | "LimitExceeded.SecurityGroupModuleLimitExceeded" | "LimitExceeded.SecurityGroupPolicySet" | "LimitExceeded.VcpuLimitExceeded" | "MissingParameter.MissingAssociateEntity" | "MissingParameter.MissingBaseConfigParameter" | "MissingParameter.MissingImageParameter" | "MissingParameter.MissingInstanceTypeConfigParameter" | "MissingParameter.MissingInstancesParameter" | "MissingParameter.MissingModuleParameter" | "MissingParameter.MissingNetworkInterfaceParameter" | "MissingParameter.MissingNodeParameter" | "MissingParameter.MissingOverViewParameter" | "MissingParameter.MissingPrivateIpAddress" | "OperationDenied.InstanceOperationInProgress" | "ResourceInsufficient.CidrBlock" | "ResourceInsufficient.IPQuotaNotEnough" | "ResourceInsufficient.InstanceQuotaNotEnough" | "ResourceInsufficient.InvaildPrivateImageNum" | "ResourceInsufficient.PrivateIPQuotaNotEnough" | "ResourceNotFound.InstanceNotExist" | "ResourceNotFound.NotFound" | "ResourceUnavailable.Attached" | "ResourceUnavailable.Expire" | "ResourceUnavailable.InstanceNotRunning" | "ResourceUnavailable.NotPortable" | "ResourceUnavailable.NotSupported" | "ResourceUnavailable.RepeatRefund" | "ResourceUnavailable.TypeError" | "ResourcesSoldOut.LoadBalancerSoldOut" | "ResourcesSoldOut.SpecifiedInstanceType" | "UnauthorizedOperation.ForbiddenOperation" | "UnauthorizedOperation.MFAExpired" | "UnauthorizedOperation.NotCertification" | "UnauthorizedOperation.NotHavePaymentRight" | "UnauthorizedOperation.WindowsImage" | "UnsupportedOperation.AddressIdNotFound" | "UnsupportedOperation.AlreadyBindEip" | "UnsupportedOperation.AttachmentAlreadyExists" | "UnsupportedOperation.AttachmentNotFound" | "UnsupportedOperation.DelDefaultRoute" | "UnsupportedOperation.DelRouteWithSubnet" | "UnsupportedOperation.DuplicatePolicy" | "UnsupportedOperation.Ecmp" | "UnsupportedOperation.EcmpWithCcnRoute" | "UnsupportedOperation.EcmpWithUserRoute" | "UnsupportedOperation.InstanceIdNotFound" | "UnsupportedOperation.InstanceIdNotSupported" | "UnsupportedOperation.InstanceTypeNotSupportImage" | "UnsupportedOperation.InvalidInstanceState" | "UnsupportedOperation.InvalidNetworkInterfaceIdNotFound" | "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip" | "UnsupportedOperation.InvalidState" | "UnsupportedOperation.Malformed" | "UnsupportedOperation.MutexOperationTaskRunning" | "UnsupportedOperation.QuotaLimitExceeded" | "UnsupportedOperation.SnapHasShared" | "UnsupportedOperation.SnapshotHasBindedImage" | "UnsupportedOperation.StatusNotPermit" | "UnsupportedOperation.SystemRoute" | "UnsupportedOperation.VersionMismatch" | "UnsupportedOperation.VpcMismatch";
/** Error codes DescribeNode may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNodeErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateModule may return: its own documented codes, the service's common codes, and any other string. */
export type CreateModuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteModule may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteModuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeModule may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeModuleErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeModuleDetail may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeModuleDetailErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyModuleConfig may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyModuleConfigErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyModuleDisableWanIp may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyModuleDisableWanIpErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyModuleImage may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyModuleImageErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyModuleIpDirect may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyModuleIpDirectErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyModuleName may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyModuleNameErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyModuleNetwork may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyModuleNetworkErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyModuleSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyModuleSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes TerminateInstances may return: its own documented codes, the service's common codes, and any other string. */
export type TerminateInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceVncUrl may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceVncUrlErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstancesDeniedActions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesDeniedActionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribePriceRunInstance may return: its own documented codes, the service's common codes, and any other string. */
export type DescribePriceRunInstanceErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyInstancesAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyInstancesAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes RebootInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RebootInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstances may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstancesMaxBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstancesMaxBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetInstancesPassword may return: its own documented codes, the service's common codes, and any other string. */
export type ResetInstancesPasswordErrorCode = CommonErrorCode | (string & {});
/** Error codes RunInstances may return: its own documented codes, the service's common codes, and any other string. */
export type RunInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes StartInstances may return: its own documented codes, the service's common codes, and any other string. */
export type StartInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes StopInstances may return: its own documented codes, the service's common codes, and any other string. */
export type StopInstancesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateImage may return: its own documented codes, the service's common codes, and any other string. */
export type CreateImageErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteImage may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteImageErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeCustomImageTask may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeCustomImageTaskErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImage may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImageErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeImportImageOs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImportImageOsErrorCode = CommonErrorCode | (string & {});
/** Error codes ImportCustomImage may return: its own documented codes, the service's common codes, and any other string. */
export type ImportCustomImageErrorCode = CommonErrorCode | (string & {});
/** Error codes ImportImage may return: its own documented codes, the service's common codes, and any other string. */
export type ImportImageErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyImageAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyImageAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignIpv6CidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type AssignIpv6CidrBlockErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignIpv6CidrBlocks may return: its own documented codes, the service's common codes, and any other string. */
export type AssignIpv6CidrBlocksErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateVpc may return: its own documented codes, the service's common codes, and any other string. */
export type CreateVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteVpc may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteVpcErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeVpcs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeVpcsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyVpcAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyVpcAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes QueryVpcTaskResult may return: its own documented codes, the service's common codes, and any other string. */
export type QueryVpcTaskResultErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSubnets may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSubnetsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifySubnetAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifySubnetAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyDefaultSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyDefaultSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type AssignIpv6SubnetCidrBlockErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDefaultSubnet may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDefaultSubnetErrorCode = CommonErrorCode | (string & {});
/** Error codes UnassignIpv6SubnetCidrBlock may return: its own documented codes, the service's common codes, and any other string. */
export type UnassignIpv6SubnetCidrBlockErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateRouteTable may return: its own documented codes, the service's common codes, and any other string. */
export type CreateRouteTableErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeRouteTables may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRouteTablesErrorCode = CommonErrorCode | (string & {});
/** Error codes ReplaceRouteTableAssociation may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceRouteTableAssociationErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyRouteTableAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyRouteTableAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ResetRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type ResetRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteRouteTable may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteRouteTableErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type CreateRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes ReplaceRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type ReplaceRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeRouteConflicts may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRouteConflictsErrorCode = CommonErrorCode | (string & {});
/** Error codes EnableRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type EnableRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DisableRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DisableRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteRoutes may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteRoutesErrorCode = CommonErrorCode | (string & {});
/** Error codes BatchDeregisterTargets may return: its own documented codes, the service's common codes, and any other string. */
export type BatchDeregisterTargetsErrorCode = CommonErrorCode | (string & {});
/** Error codes BatchModifyTargetWeight may return: its own documented codes, the service's common codes, and any other string. */
export type BatchModifyTargetWeightErrorCode = CommonErrorCode | (string & {});
/** Error codes BatchRegisterTargets may return: its own documented codes, the service's common codes, and any other string. */
export type BatchRegisterTargetsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateListener may return: its own documented codes, the service's common codes, and any other string. */
export type CreateListenerErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateLoadBalancer may return: its own documented codes, the service's common codes, and any other string. */
export type CreateLoadBalancerErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteListener may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteListenerErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLoadBalancer may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLoadBalancerErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteLoadBalancerListeners may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteLoadBalancerListenersErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeListeners may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeListenersErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLoadBalanceTaskStatus may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLoadBalanceTaskStatusErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeLoadBalancers may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeLoadBalancersErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTargetHealth may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTargetHealthErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTargets may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTargetsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyListener may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyListenerErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyLoadBalancerAttributes may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyLoadBalancerAttributesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyTargetPort may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyTargetPortErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyTargetWeight may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyTargetWeightErrorCode = CommonErrorCode | (string & {});
/** Error codes SetLoadBalancerSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type SetLoadBalancerSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/** Error codes SetSecurityGroupForLoadbalancers may return: its own documented codes, the service's common codes, and any other string. */
export type SetSecurityGroupForLoadbalancersErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type CreateNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeNetworkInterfaces may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeNetworkInterfacesErrorCode = CommonErrorCode | (string & {});
/** Error codes AttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type AttachNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type DetachNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes MigrateNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type MigrateNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignPrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type AssignPrivateIpAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes RemovePrivateIpAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type RemovePrivateIpAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes MigratePrivateIpAddress may return: its own documented codes, the service's common codes, and any other string. */
export type MigratePrivateIpAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes AssignIpv6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type AssignIpv6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteNetworkInterface may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteNetworkInterfaceErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyIpv6AddressesAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIpv6AddressesAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyPrivateIpAddressesAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyPrivateIpAddressesAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ReleaseIpv6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type ReleaseIpv6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes AllocateAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type AllocateAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes AssociateAddress may return: its own documented codes, the service's common codes, and any other string. */
export type AssociateAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAddressQuota may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAddressQuotaErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTaskResult may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTaskResultErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateAddress may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateAddressErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAddressAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAddressAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ReleaseAddresses may return: its own documented codes, the service's common codes, and any other string. */
export type ReleaseAddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateHaVip may return: its own documented codes, the service's common codes, and any other string. */
export type CreateHaVipErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteHaVip may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteHaVipErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeHaVips may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeHaVipsErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyHaVipAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyHaVipAttributeErrorCode = CommonErrorCode | (string & {});
/** Error codes AllocateIpv6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type AllocateIpv6AddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeRegionIpv6Addresses may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRegionIpv6AddressesErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyIpv6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyIpv6AddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes ReleaseIpv6AddressesBandwidth may return: its own documented codes, the service's common codes, and any other string. */
export type ReleaseIpv6AddressesBandwidthErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteSnapshots may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteSnapshotsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeSnapshots may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSnapshotsErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string. */
export type CreateKeyPairErrorCode = CommonErrorCode | (string & {});
/** Error codes DisassociateInstancesKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DisassociateInstancesKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes AttachDisks may return: its own documented codes, the service's common codes, and any other string. */
export type AttachDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateDisks may return: its own documented codes, the service's common codes, and any other string. */
export type CreateDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeDisks may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes DetachDisks may return: its own documented codes, the service's common codes, and any other string. */
export type DetachDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes TerminateDisks may return: its own documented codes, the service's common codes, and any other string. */
export type TerminateDisksErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSecurityGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes CreateSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string. */
export type CreateSecurityGroupPoliciesErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteSecurityGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteSecurityGroupPolicies may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteSecurityGroupPoliciesErrorCode = CommonErrorCode | (string & {});
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
/** Error codes DescribeBaseOverview may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeBaseOverviewErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeConfig may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeConfigErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceTypeConfig may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceTypeConfigErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeMonthPeakNetwork may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeMonthPeakNetworkErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribePackingQuotaGroup may return: its own documented codes, the service's common codes, and any other string. */
export type DescribePackingQuotaGroupErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribePeakBaseOverview may return: its own documented codes, the service's common codes, and any other string. */
export type DescribePeakBaseOverviewErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribePeakNetworkOverview may return: its own documented codes, the service's common codes, and any other string. */
export type DescribePeakNetworkOverviewErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTaskStatus may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTaskStatusErrorCode = CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    DescribeNode: DescribeNodeErrorCode;
    CreateModule: CreateModuleErrorCode;
    DeleteModule: DeleteModuleErrorCode;
    DescribeModule: DescribeModuleErrorCode;
    DescribeModuleDetail: DescribeModuleDetailErrorCode;
    ModifyModuleConfig: ModifyModuleConfigErrorCode;
    ModifyModuleDisableWanIp: ModifyModuleDisableWanIpErrorCode;
    ModifyModuleImage: ModifyModuleImageErrorCode;
    ModifyModuleIpDirect: ModifyModuleIpDirectErrorCode;
    ModifyModuleName: ModifyModuleNameErrorCode;
    ModifyModuleNetwork: ModifyModuleNetworkErrorCode;
    ModifyModuleSecurityGroups: ModifyModuleSecurityGroupsErrorCode;
    DescribeInstances: DescribeInstancesErrorCode;
    TerminateInstances: TerminateInstancesErrorCode;
    AssociateSecurityGroups: AssociateSecurityGroupsErrorCode;
    DescribeInstanceVncUrl: DescribeInstanceVncUrlErrorCode;
    DescribeInstancesDeniedActions: DescribeInstancesDeniedActionsErrorCode;
    DescribePriceRunInstance: DescribePriceRunInstanceErrorCode;
    DisassociateSecurityGroups: DisassociateSecurityGroupsErrorCode;
    ModifyInstancesAttribute: ModifyInstancesAttributeErrorCode;
    RebootInstances: RebootInstancesErrorCode;
    ResetInstances: ResetInstancesErrorCode;
    ResetInstancesMaxBandwidth: ResetInstancesMaxBandwidthErrorCode;
    ResetInstancesPassword: ResetInstancesPasswordErrorCode;
    RunInstances: RunInstancesErrorCode;
    StartInstances: StartInstancesErrorCode;
    StopInstances: StopInstancesErrorCode;
    CreateImage: CreateImageErrorCode;
    DeleteImage: DeleteImageErrorCode;
    DescribeCustomImageTask: DescribeCustomImageTaskErrorCode;
    DescribeImage: DescribeImageErrorCode;
    DescribeImportImageOs: DescribeImportImageOsErrorCode;
    ImportCustomImage: ImportCustomImageErrorCode;
    ImportImage: ImportImageErrorCode;
    ModifyImageAttribute: ModifyImageAttributeErrorCode;
    AssignIpv6CidrBlock: AssignIpv6CidrBlockErrorCode;
    AssignIpv6CidrBlocks: AssignIpv6CidrBlocksErrorCode;
    CreateVpc: CreateVpcErrorCode;
    DeleteVpc: DeleteVpcErrorCode;
    DescribeVpcs: DescribeVpcsErrorCode;
    ModifyVpcAttribute: ModifyVpcAttributeErrorCode;
    QueryVpcTaskResult: QueryVpcTaskResultErrorCode;
    CreateSubnet: CreateSubnetErrorCode;
    DescribeSubnets: DescribeSubnetsErrorCode;
    ModifySubnetAttribute: ModifySubnetAttributeErrorCode;
    DeleteSubnet: DeleteSubnetErrorCode;
    ModifyDefaultSubnet: ModifyDefaultSubnetErrorCode;
    AssignIpv6SubnetCidrBlock: AssignIpv6SubnetCidrBlockErrorCode;
    DescribeDefaultSubnet: DescribeDefaultSubnetErrorCode;
    UnassignIpv6SubnetCidrBlock: UnassignIpv6SubnetCidrBlockErrorCode;
    CreateRouteTable: CreateRouteTableErrorCode;
    DescribeRouteTables: DescribeRouteTablesErrorCode;
    ReplaceRouteTableAssociation: ReplaceRouteTableAssociationErrorCode;
    ModifyRouteTableAttribute: ModifyRouteTableAttributeErrorCode;
    ResetRoutes: ResetRoutesErrorCode;
    DeleteRouteTable: DeleteRouteTableErrorCode;
    CreateRoutes: CreateRoutesErrorCode;
    ReplaceRoutes: ReplaceRoutesErrorCode;
    DescribeRouteConflicts: DescribeRouteConflictsErrorCode;
    EnableRoutes: EnableRoutesErrorCode;
    DisableRoutes: DisableRoutesErrorCode;
    DeleteRoutes: DeleteRoutesErrorCode;
    BatchDeregisterTargets: BatchDeregisterTargetsErrorCode;
    BatchModifyTargetWeight: BatchModifyTargetWeightErrorCode;
    BatchRegisterTargets: BatchRegisterTargetsErrorCode;
    CreateListener: CreateListenerErrorCode;
    CreateLoadBalancer: CreateLoadBalancerErrorCode;
    DeleteListener: DeleteListenerErrorCode;
    DeleteLoadBalancer: DeleteLoadBalancerErrorCode;
    DeleteLoadBalancerListeners: DeleteLoadBalancerListenersErrorCode;
    DescribeListeners: DescribeListenersErrorCode;
    DescribeLoadBalanceTaskStatus: DescribeLoadBalanceTaskStatusErrorCode;
    DescribeLoadBalancers: DescribeLoadBalancersErrorCode;
    DescribeTargetHealth: DescribeTargetHealthErrorCode;
    DescribeTargets: DescribeTargetsErrorCode;
    ModifyListener: ModifyListenerErrorCode;
    ModifyLoadBalancerAttributes: ModifyLoadBalancerAttributesErrorCode;
    ModifyTargetPort: ModifyTargetPortErrorCode;
    ModifyTargetWeight: ModifyTargetWeightErrorCode;
    SetLoadBalancerSecurityGroups: SetLoadBalancerSecurityGroupsErrorCode;
    SetSecurityGroupForLoadbalancers: SetSecurityGroupForLoadbalancersErrorCode;
    CreateNetworkInterface: CreateNetworkInterfaceErrorCode;
    DescribeNetworkInterfaces: DescribeNetworkInterfacesErrorCode;
    AttachNetworkInterface: AttachNetworkInterfaceErrorCode;
    DetachNetworkInterface: DetachNetworkInterfaceErrorCode;
    MigrateNetworkInterface: MigrateNetworkInterfaceErrorCode;
    AssignPrivateIpAddresses: AssignPrivateIpAddressesErrorCode;
    RemovePrivateIpAddresses: RemovePrivateIpAddressesErrorCode;
    MigratePrivateIpAddress: MigratePrivateIpAddressErrorCode;
    AssignIpv6Addresses: AssignIpv6AddressesErrorCode;
    DeleteNetworkInterface: DeleteNetworkInterfaceErrorCode;
    ModifyIpv6AddressesAttribute: ModifyIpv6AddressesAttributeErrorCode;
    ModifyPrivateIpAddressesAttribute: ModifyPrivateIpAddressesAttributeErrorCode;
    ReleaseIpv6Addresses: ReleaseIpv6AddressesErrorCode;
    AllocateAddresses: AllocateAddressesErrorCode;
    AssociateAddress: AssociateAddressErrorCode;
    DescribeAddressQuota: DescribeAddressQuotaErrorCode;
    DescribeAddresses: DescribeAddressesErrorCode;
    DescribeTaskResult: DescribeTaskResultErrorCode;
    DisassociateAddress: DisassociateAddressErrorCode;
    ModifyAddressAttribute: ModifyAddressAttributeErrorCode;
    ModifyAddressesBandwidth: ModifyAddressesBandwidthErrorCode;
    ReleaseAddresses: ReleaseAddressesErrorCode;
    CreateHaVip: CreateHaVipErrorCode;
    DeleteHaVip: DeleteHaVipErrorCode;
    DescribeHaVips: DescribeHaVipsErrorCode;
    ModifyHaVipAttribute: ModifyHaVipAttributeErrorCode;
    AllocateIpv6AddressesBandwidth: AllocateIpv6AddressesBandwidthErrorCode;
    DescribeRegionIpv6Addresses: DescribeRegionIpv6AddressesErrorCode;
    ModifyIpv6AddressesBandwidth: ModifyIpv6AddressesBandwidthErrorCode;
    ReleaseIpv6AddressesBandwidth: ReleaseIpv6AddressesBandwidthErrorCode;
    DeleteSnapshots: DeleteSnapshotsErrorCode;
    DescribeSnapshots: DescribeSnapshotsErrorCode;
    CreateKeyPair: CreateKeyPairErrorCode;
    DisassociateInstancesKeyPairs: DisassociateInstancesKeyPairsErrorCode;
    AttachDisks: AttachDisksErrorCode;
    CreateDisks: CreateDisksErrorCode;
    DescribeDisks: DescribeDisksErrorCode;
    DetachDisks: DetachDisksErrorCode;
    TerminateDisks: TerminateDisksErrorCode;
    CreateSecurityGroup: CreateSecurityGroupErrorCode;
    CreateSecurityGroupPolicies: CreateSecurityGroupPoliciesErrorCode;
    DeleteSecurityGroup: DeleteSecurityGroupErrorCode;
    DeleteSecurityGroupPolicies: DeleteSecurityGroupPoliciesErrorCode;
    DescribeSecurityGroupAssociationStatistics: DescribeSecurityGroupAssociationStatisticsErrorCode;
    DescribeSecurityGroupLimits: DescribeSecurityGroupLimitsErrorCode;
    DescribeSecurityGroupPolicies: DescribeSecurityGroupPoliciesErrorCode;
    DescribeSecurityGroups: DescribeSecurityGroupsErrorCode;
    ModifySecurityGroupAttribute: ModifySecurityGroupAttributeErrorCode;
    ModifySecurityGroupPolicies: ModifySecurityGroupPoliciesErrorCode;
    ReplaceSecurityGroupPolicy: ReplaceSecurityGroupPolicyErrorCode;
    DescribeBaseOverview: DescribeBaseOverviewErrorCode;
    DescribeConfig: DescribeConfigErrorCode;
    DescribeInstanceTypeConfig: DescribeInstanceTypeConfigErrorCode;
    DescribeMonthPeakNetwork: DescribeMonthPeakNetworkErrorCode;
    DescribePackingQuotaGroup: DescribePackingQuotaGroupErrorCode;
    DescribePeakBaseOverview: DescribePeakBaseOverviewErrorCode;
    DescribePeakNetworkOverview: DescribePeakNetworkOverviewErrorCode;
    DescribeTaskStatus: DescribeTaskStatusErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.describeNode(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeNode") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

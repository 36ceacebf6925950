import { ServiceError } from "@docs2sdk/runtime";
/**
 * Error codes every action of the service may return (the common error table).
 *
 * - `IdempotentParameterMismatch`: The request is retried with updated parameters.
 * - `IllegalTimestamp`: The input parameter "Timestamp" that is mandatory for processing this request is not supplied.
 * - `IncompleteSignature`: The request signature does not conform to Aliyun standards.
 * - `InvalidAccessKeyId.NotFound`: The Access Key ID provided does not exist in our records.
 * - `InvalidOwner`: OwnerId and OwnerAccount can't be used at one API access.
 * - `InvalidOwnerId`: The specified OwnerId is not valid.
 * - `InvalidOwnerAccount`: The specified OwnerAccount is not valid.
 * - `InvalidParamater`: The specified parameter "SignatureMethod" is not valid.
 * - `InvalidParameter`: The specified parameter "Action or Version" is not valid.
 * - `InvalidParameter.IsNull`: The required parameter must be not null.
 * - `MissingParameter`: The input parameter "Action" that is mandatory for processing this request is not supplied.
 * - `SignatureNonceUsed`: The request signature nonce has been used.
 * - `Throttling`: You have made too many requests within a short time; your request is denied due to request throttling.
 * - `UnsupportedParameter`: The parameter is unsupported.
 * - `UnknownError`: The request processing has failed due to some unknown error.
 * - `Forbidden.AccessKeyDisabled`: The Access Key is disabled.
 * - `Forbidden.NotSupportRAM`: This action does not support accessed by RAM mode.
 * - `Forbidden.RAM`: User not authorized to operate the specified resource, or this API doesn't support RAM.
 * - `Forbidden.RiskControl`: This operation is forbidden by Aliyun Risk Control system.
 * - `Forbidden.SubUser`: The specified action is not available for you.
 * - `Forbidden.Unauthorized`: User not authorized to operate on the specified resource.
 * - `InvalidAccount.NotFound`: The specified Account does not exist.
 * - `InvalidAction`: Specified action is not valid.
 * - `InvalidIdempotenceParameter.Mismatch`: The specified parameters are different from before.
 * - `InvalidParameter.OwnerAccount`: OwnerAccount is Invalid.
 * - `InvalidParameter.ResourceOwnerAccount`: ResourceOwnerAccount is Invalid.
 * - `LastTokenProcessing`: The last token request is processing.
 * - `RealNameAuthenticationError`: Your account has not passed the real-name authentication yet.
 * - `UnsupportedHTTPMethod`: This http method is not supported.
 * - `InvalidDiskId.NotFound`: The specified DiskId does not exist.
 * - `InvalidImageId.NotFound`: The specified ImageId does not exist.
 * - `InvalidInstanceId.NotFound`: The specified InstanceId does not exist.
 * - `InvalidRegionId.NotFound`: The specified RegionId does not exist.
 * - `InvalidSecurityGroupId.NotFound`: The specified SecurityGroupId does not exist.
 * - `InvalidSnapshotId.NotFound`: The specified SnapshotId does not exist.
 * - `OperationConflict`: Request was denied due to conflict with a previous request.
 * - `InternalServerError`: The request processing has failed due to some unknown error, exception or failure.
 * - `ServiceUnavailable`: The request has failed due to a temporary failure of the server.
 * - `ServiceUnavailable.RegionMaintaining`: System maintenance is in progress on the selected region, please wait a few minutes before trying again.
 */
export type CommonErrorCode = "IdempotentParameterMismatch" | "IllegalTimestamp" | "IncompleteSignature" | "InvalidAccessKeyId.NotFound" | "InvalidOwner" | "InvalidOwnerId" | "InvalidOwnerAccount" | "InvalidParamater" | "InvalidParameter" | "InvalidParameter.IsNull" | "MissingParameter" | "SignatureNonceUsed" | "Throttling" | "UnsupportedParameter" | "UnknownError" | "Forbidden.AccessKeyDisabled" | "Forbidden.NotSupportRAM" | "Forbidden.RAM" | "Forbidden.RiskControl" | "Forbidden.SubUser" | "Forbidden.Unauthorized" | "InvalidAccount.NotFound" | "InvalidAction" | "InvalidIdempotenceParameter.Mismatch" | "InvalidParameter.OwnerAccount" | "InvalidParameter.ResourceOwnerAccount" | "LastTokenProcessing" | "RealNameAuthenticationError" | "UnsupportedHTTPMethod" | "InvalidDiskId.NotFound" | "InvalidImageId.NotFound" | "InvalidInstanceId.NotFound" | "InvalidRegionId.NotFound" | "InvalidSecurityGroupId.NotFound" | "InvalidSnapshotId.NotFound" | "OperationConflict" | "InternalServerError" | "ServiceUnavailable" | "ServiceUnavailable.RegionMaintaining";
/**
 * Error codes RunInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `EncryptedOption.Conflict`: 磁盘的加密属性和快照的加密属性不一致。 Encryption value of disk and snapshot conflict.
 * - `IncorrectVSwitchStatus`: 指定的虚拟交换机状态不正确。 The current status of virtual switch does not support this operation.
 * - `InstanceDiskCategoryLimitExceeded`: 指定的磁盘大小超过了该类型磁盘上限。 The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.
 * - `InstanceDiskNumber.LimitExceeded`: 镜像中包含的数据盘和数据盘参数合并后，数据盘的总数超出限制。 The total number of specified disk in an instance exceeds.
 * - `InvalidDataDiskSize.ValueNotSupported`: 指定的DataDisk.n.Size 不合法或者超出范围。 The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.
 * - `InvalidDescription.Malformed`: 指定的资源描述格式错误。 The specified parameter Description is not valid.
 * - `InvalidDiskCategory.ValueNotSupported`: 指定的磁盘种类不合法。 The specified parameter DiskCategory is not valid.
 * - `InvalidDiskDescription.Malformed`: 指定的参数 SystemDisk.DiskDescription 或参数 DataDisk.n.Description 不合法。 The specified parameter SystemDisk.DiskDescription or DataDisk.n.Description is not valid.
 * - `InvalidDiskName.Malformed`: 指定的参数 SystemDisk.DiskName 或 DataDisk.n.DiskName 不合法。 The specified parameter SystemDisk.DiskName or DataDisk.n.DiskName is not valid.
 * - `InvalidHostName.Malformed`: 指定的 HostName 格式错误。 The specified parameter HostName is not valid.
 * - `InvalidInstanceName.Malformed`: 指定的InstanceName 格式不合法。 The specified parameter InstanceName is not valid.
 * - `InvalidInstanceType.ValueNotSupported`: 指定的 InstanceType 不合法或者超出可选范围。 The specified InstanceType beyond the permitted range.
 * - `InvalidInstanceType.ValueUnauthorized`: 指定的 InstanceType 未授权使用。 The specified InstanceType is not authorized.
 * - `InvalidIoOptimizedValue.ValueNotSupported`: 指定的 IoOptimized 参数不支持。 IoOptimized value not supported.
 * - `InvalidNetworkType.Mismatch`: 指定的 InternetMaxBandwidthIn 或 InternetMaxBandwidthOut 与实例网络类型不符合。 Specified parameter InternetMaxBandwidthIn or InternetMaxBandwidthOut conflict with instance network type.
 * - `InvalidParameter.Bandwidth`: 指定的带宽值不合法。 The specified parameter Bandwidth is not valid.
 * - `InvalidParameter.Conflict`: 指定的实例规格不允许使用指定的镜像。 The specified image does not support the specified instance type.
 * - `InvalidParameter.EncryptedIllegal`: 指定的 DataDisk.n.Encrypted 不合法。 The value of parameterEncrypted is illegal.
 * - `InvalidParameter.EncryptedNotSupported`: 指定的地域不支持磁盘加密。 Encrypted disk is not support in this region.
 * - `InvalidParameter.Mismatch`: 指定安全组与虚拟交换机不属于同一个VPC。 Specified security group and virtual switch are not in the same VPC.
 * - `InvalidPassword.Malformed`: 指定的 Password 格式错误。 The specified parameter Password is not valid.
 * - `InvalidPasswordParam.Mismatch`: 指定了 PasswordInherit 后, 您不能指定 Password 参数。 The input password should be null when passwdInherit is true.
 * - `InvalidSystemDiskCategory.ValueNotSupported`: 指定的 SystemDisk.Category 不合法。 The specified parameter SystemDisk.Category is not valid.
 * - `InvalidUserData.NotSupported`: 实例自定义数据 UserData 只能使用在 VPC 类型和 I/O 优化实例上。 The specified parameter UserData only support the vpc and IoOptimized Instance.
 * - `InvalidUserData.SizeExceeded`: 指定的 UserData 在 Base64 编码前不能超过 64 KB。 The specified parameter UserData exceeds the size.
 * - `InvalidHpcClusterId.NotFound`: 指定的 HpcClusterId 不存在。 The specified HpcClusterId is not found.
 * - `InvalidHpcClusterId.Creating`: 指定的 HpcClusterId 正在创建中。 The specified HpcClusterId is creating.
 * - `InvalidHpcClusterId.Unnecessary`: 只有部分实例规格 InstanceType 支持指定 E-HPC 集群 ID。 The specified HpcClusterId is unnecessary.
 * - `InvalidVSwitchId.Necessary`: 该实例规格 InstanceType 需要指定 E-HPC 集群 ID, 您需要传入 HpcClusterId。 The HpcClusterId is necessary.
 * - `QuotaExceeded`: 指定的VPC中实例数量已超限。 Living instances quota exceeded in this VPC.
 * - `ResourceNotAvailable`: 指定的地域或者可用区该资源不可用。 Resource you requested is not available in this region or zone.
 * - `CategoryNotSupported`: 指定的可用区暂无指定的磁盘种类。 The specified zone does not offer the specified disk category.
 * - `DeleteWithInstance.Conflict`: 指定的磁盘类型不支持设置。DeleteWithInstance 属性。 The specified disk is not a portable disk and cannot be set to DeleteWithInstance attribute.
 * - `DependencyViolation.WindowsInstance`: Windows 实例不能使用 SSH 密钥对。 The instance creating is window, cannot use ssh key pair to login.
 * - `Forbidden`: 您暂时没有权限。 User not authorized to operate on the specified resource.
 * - `ImageNotSupportInstanceType`: 指定镜像不能运行在指定规格的实例上。 The specified image don't support the InstanceType instance.
 * - `InstanceDiskNumLimitExceed`: 指定实例已经达到可挂载磁盘的最大值。 The number of specified disk in an instance exceeds.
 * - `InvalidDiskCategory.Mismatch`: 指定的磁盘类型组合不支持。 The specified disk categories combination is not supported.
 * - `InvalidDiskCategory.NotSupported`: 指定的磁盘类型不支持该实例类型。 The specified disk category is not support the specified instance type.
 * - `InvalidDiskSize.TooSmall`: 指定的磁盘小于指定快照大小。 Specified disk size is less than the size of snapshot.
 * - `InvalidInstanceType.ZoneNotSupported`: 指定的可用区不支持该实例规格。 The specified zone does not support this InstanceType.
 * - `InvalidResourceType.NotSupported`: 创建实例的配置暂无可用区支持, 请选择其他配置创建。 This resource type is not supported; please try other resource types.
 * - `InnerServiceFailed`: 服务器内部错误。 The request processing has failed due to some inner service error.
 * - `InvalidSnapshotId.NotDataDiskSnapshot`: 系统盘快照不能创建数据盘。 The specified snapshot is system disk snapshot.
 * - `InvalidSnapshotId.NotReady`: 指定的快照正在创建中, 请稍后再试。 The specified snapshot has not completed yet.
 * - `InvalidSystemDiskCategory.ValueUnauthorized`: 您暂时无法使用指定的磁盘类型。 The disk category is not authorized.
 * - `InvalidUserData.Forbidden`: 您暂时无法设置实例自定义数据。 User not authorized to input the parameter UserData, please apply for permission UserData.
 * - `InvalidVSwitchId.NotFound`: 指定的 VSwitchId 不存在。 The VSwitchId provided does not exist in our records.
 * - `IoOptimized.NotSupported`: 指定的镜像不支持I/O优化实例。 The specified image is not support IoOptimized Instance.
 * - `OperationDenied`: 特定磁盘的快照不能创建磁盘或者快照不能创建磁盘。 The specified snapshot is not allowed to create disk.
 * - `OperationDenied.NoStock`: 指定的可用区内实例规格库存不足，请尝试其它实例规格或者可用区。 Sales of this resource are temporarily suspended in the specified region; please try again later.
 * - `QuotaExceed.BuyImage`: 您没有订阅指定的镜像。或者您的镜像额度超过限制。 The specified image is from the image market. You have not bought it or your quota has been exceeded.
 * - `QuotaExceed.PortableCloudDisk`: 可挂载的云磁盘数量不能超过 16 块。 The quota of portable cloud disk exceeds.
 * - `RegionUnauthorized`: 您暂时无法使用指定地域中的资源。 There is no authority to create instance in the specified region.
 * - `SecurityGroupInstanceLimitExceed`: 一个安全组最多能管理 1000 台实例。 The maximum number of instances in a security group is exceeded.
 * - `Zone.NotOnSale`: 指定的可用区暂时无法创建实例，请更换其他可用区/地域。或者您创建的是 VPC 类型实例，指定的虚拟交换机有可用区限制。 The specified zone is not available for purchase.
 * - `Zone.NotOpen`: 指定的可用区暂时无法创建实例。 The specified zone is not granted to you to buy resources yet.
 * - `ZoneId.NotFound`: 指定的可用区不存在。 The specified zone does not exists.
 * - `DependencyViolation.IoOptimized`: 指定的实例规格必须是 I/O 优化实例。 The specified InstanceType must be IoOptimized instance.
 * - `HOSTNAME_ILLEGAL`: 指定的 HostName 参数不合法。 hostname is not valid.
 * - `InvalidDataDiskSnapshotId.NotFound`: 指定的 DataDisk.n.SnapshotId 不存在。 The specified parameter DataDisk.n.SnapshotId is not valid.
 * - `InvalidKeyPairName.NotFound`: 指定的 KeyPairName 不存在。 The specified KeyPairName does not exist in our records.
 * - `InvalidRamRole.NotFound`: 指定的 RamRoleName 不存在。 The specified RamRoleName does not exist.
 * - `InvalidSecurityGroupId`: 指定的 SecurityGroupId 不合法或不存在。或者您无法使用指定的安全组。 The specified SecurityGroupId is invalid or does not exist.
 * - `InvalidSystemDiskSize`: 指定的 SystemDisk.Size 不合法。 The specified parameter SystemDisk.Size is invalid.
 * - `InvalidSystemDiskSize.LessThanImageSize`: 指定的 SystemDisk.Size 不能小于镜像文件大小。 The specified parameter SystemDisk.Size is less than the image size.
 * - `InvalidSystemDiskSize.LessThanMinSize`: 指定的 SystemDisk.Size 不能小于 20 GiB。 The specified parameter SystemDisk.Size is less than the min size.
 * - `InvalidSystemDiskSize.MoreThanMaxSize`: 指定的 SystemDisk.Size 不能超过 500 GiB。 The specified parameter SystemDisk.Size is more than the max size.
 * - `InvalidZoneId.NotFound`: 指定的可用区不存在。 The specified ZoneId does not exist.
 */
export type RunInstancesErrorCode = "EncryptedOption.Conflict" | "IncorrectVSwitchStatus" | "InstanceDiskCategoryLimitExceeded" | "InstanceDiskNumber.LimitExceeded" | "InvalidDataDiskSize.ValueNotSupported" | "InvalidDescription.Malformed" | "InvalidDiskCategory.ValueNotSupported" | "InvalidDiskDescription.Malformed" | "InvalidDiskName.Malformed" | "InvalidHostName.Malformed" | "InvalidInstanceName.Malformed" | "InvalidInstanceType.ValueNotSupported" | "InvalidInstanceType.ValueUnauthorized" | "InvalidIoOptimizedValue.ValueNotSupported" | "InvalidNetworkType.Mismatch" | "InvalidParameter.Bandwidth" | "InvalidParameter.Conflict" | "InvalidParameter.EncryptedIllegal" | "InvalidParameter.EncryptedNotSupported" | "InvalidParameter.Mismatch" | "InvalidPassword.Malformed" | "InvalidPasswordParam.Mismatch" | "InvalidSystemDiskCategory.ValueNotSupported" | "InvalidUserData.NotSupported" | "InvalidUserData.SizeExceeded" | "InvalidHpcClusterId.NotFound" | "InvalidHpcClusterId.Creating" | "InvalidHpcClusterId.Unnecessary" | "InvalidVSwitchId.Necessary" | "QuotaExceeded" | "ResourceNotAvailable" | "CategoryNotSupported" | "DeleteWithInstance.Conflict" | "DependencyViolation.WindowsInstance" | "Forbidden" | "ImageNotSupportInstanceType" | "InstanceDiskNumLimitExceed" | "InvalidDiskCategory.Mismatch" | "InvalidDiskCategory.NotSupported" | "InvalidDiskSize.TooSmall" | "InvalidInstanceType.ZoneNotSupported" | "InvalidResourceType.NotSupported" | "InnerServiceFailed" | "InvalidSnapshotId.NotDataDiskSnapshot" | "InvalidSnapshotId.NotReady" | "InvalidSystemDiskCategory.ValueUnauthorized" | "InvalidUserData.Forbidden" | "InvalidVSwitchId.NotFound" | "IoOptimized.NotSupported" | "OperationDenied" | "OperationDenied.NoStock" | "QuotaExceed.BuyImage" | "QuotaExceed.PortableCloudDisk" | "RegionUnauthorized" | "SecurityGroupInstanceLimitExceed" | "Zone.NotOnSale" | "Zone.NotOpen" | "ZoneId.NotFound" | "DependencyViolation.IoOptimized" | "HOSTNAME_ILLEGAL" | "InvalidDataDiskSnapshotId.NotFound" | "InvalidKeyPairName.NotFound" | "InvalidRamRole.NotFound" | "InvalidSecurityGroupId" | "InvalidSystemDiskSize" | "InvalidSystemDiskSize.LessThanImageSize" | "InvalidSystemDiskSize.LessThanMinSize" | "InvalidSystemDiskSize.MoreThanMaxSize" | "InvalidZoneId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceType.ValueUnauthorized`: 指定的InstanceType未授权使用。 The specified InstanceType is not authorized.
 * - `InvalidSystemDiskSize.LessThanImageSize`: 指定的SystemDiskSize小于镜像的大小。 The specified parameter "SystemDisk.Size" is less than the image size.
 * - `InvalidSystemDiskSize.MoreThanMaxSize`: 指定的SystemDiskSize大于最大容量上限。 The specified parameter "SystemDisk.Size" is more than the maxsize.
 * - `InvalidSystemDiskSize.LessThanMinimumSize`: 指定的SystemDiskSize小于最小容量。 The specified parameter "SystemDisk.Size" is less than the minimum size.
 * - `InvalidZoneId.NotFound`: 指定的ZoneId不存在或者您无权使用此Zone。 The ZoneId provided does not exist in our records.
 * - `InvalidInstanceType.ValueNotSupported`: 指定的InstanceType不合法（超出可选范围）。 The specified InstanceType beyond the permitted range.
 * - `InvalidDescription.Malformed`: 指定的Description格式不合法。 The specified parameter "Description" is not valid.
 * - `InvalidInternetChargeType.ValueNotSupported`: 指定的InternetChargeType不存在。 The specified InternetChargeType is not valid.
 * - `InvalidHostName.Malformed`: 指定的HostName格式不合法。 The specified parameter "HostName" is not valid.
 * - `InvalidPassword.Malformed`: 指定的Password格式不合法。 The specified parameter "Password" is not valid.
 * - `InvalidUserData.NotSupported`: UserData只能用于网络类型为VPC的I/O优化实例。 The specified parameter UserData only support the vpc and IoOptimized Instance.
 * - `InvalidUserData.SizeExceeded`: 指定的UserData过长。 The specified parameter UserData exceeds the size.
 * - `InvalidSystemDiskCategory.ValueNotSupported`: 指定的SystemDisk.Category不合法。 The specified parameter "SystemDisk.Category" is not valid.
 * - `InvalidDiskName.Malformed`: 指定的SystemDisk.DiskName或DataDisk.n.DiskName不合法。 The specified parameter "SystemDisk.DiskName or DataDisk.n.DiskName" is not valid.
 * - `InvalidDiskDescription.Malformed`: 指定的SystemDisk.DiskDescription或DataDisk.n.Description不合法。 The specified parameter "SystemDisk.DiskDescription" or "DataDisk.n.Description" is not valid.
 * - `InvalidDataDiskSize.ValueNotSupported`: 指定的DataDisk.n.Size不合法（超出范围）。 The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.
 * - `InvalidDataDiskCategory.ValueNotSupported`: 指定的DataDisk.n.Category不合法。 The specified parameter "DataDisk.n.Category" is not valid.
 * - `InvalidDataDiskSnapshotId.NotFound`: 指定的DataDisk.n.SnapshotId没找到。 The specified parameter "DataDisk.n.SnapshotId" is not valid.
 * - `InvalidDataDevice.Malformed`: 指定的DataDisk.n.Device不合法。 The specified parameter "DataDisk.n.Device" is not valid.
 * - `OperationDenied`: 指定的VlanId不合法。 The specified parameter "VlanId" is not valid or vlan has not enough IP address.
 * - `InvalidParameter.Conflict`: 指定的InstanceType上不允许使用该指定的镜像。 The specified image does not support the specified instance type.
 * - `InvalidSnapshotId.BasedSnapshotTooOld`: 使用了2013-07-15之前创建的Snapshot。 The specified snapshot is created before 2013-07-15.
 * - `InvalidSystemDiskCategory.ValueUnauthorized`: 磁盘种类未被授权使用。 The disk category is not authorized.
 * - `InvalidParameter.Mismatch`: 系统盘是普通云盘则数据盘必须是普通云盘。 The data disk must be cloud disk when system disk category is cloud.
 * - `InvalidSnapshotId.NotReady`: 快照没有创建完成。 The specified snapshot has not completed yet.
 * - `InstanceDiskCategoryLimitExceed`: 指定的磁盘种类超过了单实例的最大容量。 The total size of specified disk category in an instance exceeds.
 * - `InvalidDevice.InUse`: 挂载点已被占用。 The specified device has been occupied.
 * - `InvalidClusterId.NotFound`: 指定的ClusterId不存在。 The ClusterId provided does not exist in our records.
 * - `CategoryNotSupported`: 该可用区无权创建指定种类的磁盘。 The specified zone does not offer the specified disk category.
 * - `InvalidInstanceName.Malformed`: 指定的InstanceName格式不合法。 The specified parameter "InstanceName" is not valid.
 * - `InvalidInstanceDescription.Malformed`: 指定的InstanceDescription不合法。 The specified parameter "Description" is not valid.
 * - `InternalError`: 该用户没有Zone可用。 The request processing has failed due to some unknown error.
 * - `SecurityGroupInstanceLimitExceed`: 该SecurityGroup内的Instance数量已经达到上限。 Exceeding the allowed amount of instances of a security group.
 * - `RegionUnauthorized`: 用户无权使用该Region。 There is no authority to create instance in the specified region.
 * - `InvalidSnapshotId.NotDataDiskSnapshot`: 系统盘快照不能创建数据盘。 The specified snapshot is system disk snapshot.
 * - `InvalidDiskCategory.Mismatch`: 所选磁盘类型的组合不支持。 The specified disk categories' combination is not supported.
 * - `QuotaExceed.PortableCloudDisk`: 可挂载的普通云盘数量已经达到上限。 The quota of portable cloud disk exceeds.
 * - `DeleteWithInstance.Conflict`: 该磁盘不支持挂载与卸载。 The specified disk is not a portable disk and cannot be set to DeleteWithInstance attribute.
 * - `InstanceDiskNumLimitExceed`: 单个ECS下挂载的普通云盘数量超过限制。 The number of specified disk in an instance exceeds.
 * - `IoOptimized.NotSupported`: 镜像必须支持I/O优化实例。 The specified image is not support IoOptimized Instance.
 * - `InvalidDiskCategory.NotSupported`: 所选磁盘种类不能用于所选实例类型。 The specified disk category is not support the specified instance type.
 * - `DependencyViolation.Image`: 指定的镜像ID不支持创建I/O优化实例。 The specified imageid is not supported to create iooptimized instance.
 * - `InstanceTypeNotSupported`: 该可用区不支持创建指定的实例规格。 The specified zone does not offer the specified instancetype.
 * - `DependencyViolation.IoOptimized`: 指定的实例规格必须是I/O优化实例。 The specified instancetype must be IoOptimized instance.
 */
export type CreateInstanceErrorCode = "InvalidInstanceType.ValueUnauthorized" | "InvalidSystemDiskSize.LessThanImageSize" | "InvalidSystemDiskSize.MoreThanMaxSize" | "InvalidSystemDiskSize.LessThanMinimumSize" | "InvalidZoneId.NotFound" | "InvalidInstanceType.ValueNotSupported" | "InvalidDescription.Malformed" | "InvalidInternetChargeType.ValueNotSupported" | "InvalidHostName.Malformed" | "InvalidPassword.Malformed" | "InvalidUserData.NotSupported" | "InvalidUserData.SizeExceeded" | "InvalidSystemDiskCategory.ValueNotSupported" | "InvalidDiskName.Malformed" | "InvalidDiskDescription.Malformed" | "InvalidDataDiskSize.ValueNotSupported" | "InvalidDataDiskCategory.ValueNotSupported" | "InvalidDataDiskSnapshotId.NotFound" | "InvalidDataDevice.Malformed" | "OperationDenied" | "InvalidParameter.Conflict" | "InvalidSnapshotId.BasedSnapshotTooOld" | "InvalidSystemDiskCategory.ValueUnauthorized" | "InvalidParameter.Mismatch" | "InvalidSnapshotId.NotReady" | "InstanceDiskCategoryLimitExceed" | "InvalidDevice.InUse" | "InvalidClusterId.NotFound" | "CategoryNotSupported" | "InvalidInstanceName.Malformed" | "InvalidInstanceDescription.Malformed" | "InternalError" | "SecurityGroupInstanceLimitExceed" | "RegionUnauthorized" | "InvalidSnapshotId.NotDataDiskSnapshot" | "InvalidDiskCategory.Mismatch" | "QuotaExceed.PortableCloudDisk" | "DeleteWithInstance.Conflict" | "InstanceDiskNumLimitExceed" | "IoOptimized.NotSupported" | "InvalidDiskCategory.NotSupported" | "DependencyViolation.Image" | "InstanceTypeNotSupported" | "DependencyViolation.IoOptimized" | CommonErrorCode | (string & {});
/**
 * Error codes StartInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectInstanceStatus`: 该资源目前的状态不支持此操作。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 该资源目前已被安全锁定，操作被拒绝。 The specified operation is denied as your instance is locked for security reasons.
 * - `InternalError`: 内部错误。 The request processing has failed due to some unknown error.
 * - `InstanceNotReady`: 指定的 Instance 还没有创建完。 The specified instance is not ready for use.
 * - `IncorrectDiskStatus`: 不正常的磁盘状态。 DiskError
 */
export type StartInstanceErrorCode = "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "InternalError" | "InstanceNotReady" | "IncorrectDiskStatus" | CommonErrorCode | (string & {});
/**
 * Error codes StopInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectInstanceStatus`: 该资源目前的状态不支持此操作。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 该资源目前已被安全锁定，操作被拒绝。 The specified operation is denied as your instance is locked for security reasons.
 */
export type StopInstanceErrorCode = "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | CommonErrorCode | (string & {});
/**
 * Error codes RebootInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectInstanceStatus`: 该资源目前的状态不支持此操作。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 该资源目前已被安全锁定，操作被拒绝。 The specified operation is denied as your instance is locked for security reasons.
 * - `IncorrectDiskStatus`: 不正常的磁盘状态。 DiskError
 */
export type RebootInstanceErrorCode = "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "IncorrectDiskStatus" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectInstanceState`: 该资源目前的状态不支持此操作。 The current status of the resource does not support this operation.
 * - `InternalError`: 内部错误。 The request processing has failed due to some unknown error.
 * - `DependencyViolation.SLBConfiguring`: 实例被 SLB 引用, 且SLB 正在配置。 Specified operation is denied as the instance is being used by another product.
 */
export type DeleteInstanceErrorCode = "IncorrectInstanceState" | "InternalError" | "DependencyViolation.SLBConfiguring" | CommonErrorCode | (string & {});
/**
 * Error codes AttachInstanceRamRole may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceIds.Malformed`: 指定的 InstanceIds 不合法。 The specified InstanceIds is not valid.
 * - `MissingParameter.InstanceIds`: 缺少必需参数InstanceIds。 The input parameter InstanceIds that is mandatory for processing this request is missing.
 * - `MissingParameter.RamRoleName`: 缺少必填参数RamRoleName。 The input parameter RamRoleName that is mandatory for processing this request is missing.
 * - `MissingParameter.RegionId`: 缺少必填参数 RegionId。 The input parameter RegionId that is mandatory for processing this request is missing.
 * - `InvalidUser.PassRoleForbidden`: 您使用的 RAM 用户账号暂不具有 PassRole 的权限，请联系主账号拥有者 授权 PassRole 权限。 The RAM user does not have the privilege to pass a role.
 * - `InvalidRamRole.NotFound`: 指定的RamRoleName 不存在。 The specified RamRoleName does not exist.
 */
export type AttachInstanceRamRoleErrorCode = "InvalidInstanceIds.Malformed" | "MissingParameter.InstanceIds" | "MissingParameter.RamRoleName" | "MissingParameter.RegionId" | "InvalidUser.PassRoleForbidden" | "InvalidRamRole.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DetachInstanceRamRole may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `MissingParameter.InstancesIds`: 缺少必填参数InstancesIds。 The input parameter InstancesIds that is mandatory for processing this request is missing.
 * - `MissingParameter.RegionId`: 缺少必填参数RegionId。 The input parameter RegionId that is mandatory for processing this request is missing.
 * - `InvalidInstanceIds.Malformed`: 指定的 InstanceIds 不合法。 The specified InstanceIds is not valid.
 * - `InvalidUser.PassRoleForbidden`: 您使用的 RAM 用户账号暂不具有 PassRole 的权限，请联系主账号所有者 授权 PassRole 权限。 The RAM user does not have the privilege to pass a RAM role.
 * - `InvalidRamRole.NotFound`: 指定的RamRoleName 不存在。 The specified RamRoleName does not exist.
 */
export type DetachInstanceRamRoleErrorCode = "MissingParameter.InstancesIds" | "MissingParameter.RegionId" | "InvalidInstanceIds.Malformed" | "InvalidUser.PassRoleForbidden" | "InvalidRamRole.NotFound" | CommonErrorCode | (string & {});
/** Error codes DescribeInstanceStatus may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceStatusErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstances may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidNetworkType.NotFound`: 指定的 InstanceNetworkType 不存在。 The specified InstanceNetworkType is not found.
 * - `InvalidStatus.NotFound`: 指定的 Status 不存在。 The specified Status is not found.
 */
export type DescribeInstancesErrorCode = "InvalidNetworkType.NotFound" | "InvalidStatus.NotFound" | CommonErrorCode | (string & {});
/** Error codes DescribeUserData may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeUserDataErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeInstanceRamRole may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceIds.Malformed`: 指定的 InstanceIds 不合法。 The specified InstanceIds is not valid.
 * - `InvalidRamRole.NotFound`: 指定的RamRoleName不存在。 The specified RamRoleName does not exist.
 */
export type DescribeInstanceRamRoleErrorCode = "InvalidInstanceIds.Malformed" | "InvalidRamRole.NotFound" | CommonErrorCode | (string & {});
/** Error codes DescribeInstanceTypeFamilies may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceTypeFamiliesErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeInstanceTypes may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstanceTypesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstanceAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceName.Malformed`: 指定的 InstanceName 格式不合法。 The specified parameter "InstanceName" is not valid.
 * - `InvalidDescription.Malformed`: 指定的 Description 格式不合法。 The specified parameter "Description" is not valid.
 * - `InvalidHostPassword.Malformed`: 指定的 Password 格式不合法。 The specified parameter "Password" is not valid.
 * - `InvalidHostName.Malformed`: 指定的 HostName 格式不合法。 The specified parameter "HostName" is not valid.
 * - `IncorrectInstanceStatus`: 该资源目前的状态不支持此操作。 The current status of the resource does not support this operation.
 * - `InvalidUserData.SizeExceeded`: 指定的UserData过长。 The specified parameter "UserData" exceeds the size.
 * - `InvalidUserData.NotSupported`: UserData只能使用在VPC和I/O优化实例上。 The specified parameter "UserData" only support the vpc and IoOptimized Instance.
 * - `InstanceLockedForSecurity`: 该资源目前已被安全锁定，操作被拒绝。 The specified operation is denied as your instance is locked for security reasons.
 */
export type ModifyInstanceAttributeErrorCode = "InvalidInstanceName.Malformed" | "InvalidDescription.Malformed" | "InvalidHostPassword.Malformed" | "InvalidHostName.Malformed" | "IncorrectInstanceStatus" | "InvalidUserData.SizeExceeded" | "InvalidUserData.NotSupported" | "InstanceLockedForSecurity" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstanceVpcAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidVSwitchId.NotFound`: 指定的交换机 ID 不存在。 Specified virtual switch does not exist.
 * - `InvalidVSwitchId.Mismatch`: 指定的实例和指定的交换机不属于同一个可用区。 Specified instance and virtual switch are not in the same zone.
 * - `InvalidPrivateIpAddress.Mismatch`: 指定的私网 IP 不在指定交换机的网段中。 Specified private IP address is not in the CIDR block of virtual switch.
 * - `InvalidPrivateIpAddress.Malformed`: 指定的私有 IP 不合法。 Specified private IP address is malformed.
 * - `InvalidPrivateIpAddress.Duplicated`: 指定的私网 IP 已经被使用。 Specified private IP address is duplicated.
 * - `InvalidPrivateIp.Changing`: 实例修改私网 IP 未完成，不能再进行修改。 Previous action is not finished yet.
 * - `IncorrectInstanceStatus`: 实例不处于停止状态，不能进行此操作。 The current status of instance does not support this operation.
 * - `OperationDenied`: 实例不是 VPC 类型。 Specified operation is denied as your instance is not in VPC.
 */
export type ModifyInstanceVpcAttributeErrorCode = "InvalidVSwitchId.NotFound" | "InvalidVSwitchId.Mismatch" | "InvalidPrivateIpAddress.Mismatch" | "InvalidPrivateIpAddress.Malformed" | "InvalidPrivateIpAddress.Duplicated" | "InvalidPrivateIp.Changing" | "IncorrectInstanceStatus" | "OperationDenied" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstanceVncPasswd may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectInstanceStatus`: The current status of the resource does not support this operation.
 * - `InternalError`: The request processing has failed due to some unknown error.
 * - `IncorrectVncPassword.Malformed`: The specified parameter "VncPassword" is not valid.
 */
export type ModifyInstanceVncPasswdErrorCode = "IncorrectInstanceStatus" | "InternalError" | "IncorrectVncPassword.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes CreateDeploymentSet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `DependencyViolation.domain.granularity`: 指定部署域和部署粒度冲突。 The DeploymentSet domain and granularity is violation.
 * - `DependencyViolation.strategy.granularity`: 指定部署策略和部署粒度冲突。 The DeploymentSet strategy and granularity is violation.
 * - `DEPLOYMENTSET.QUOTA_FULL`: 部署集限额已用完。 The deploymentSet quota is full
 * - `InvalidDeploymentSetId.NotFound`: 提供的 DeploymentSetID 不存在。 The DeploymentSetId provided does not exist in our records.
 * - `InvalidDescription.Malformed`: 指定的 Description 格式不合法。 The specified parameter "Description" is not valid.
 * - `InvalidParameter.Domain`: 指定部署域不合法。 The specified parameter Domain is not valid.
 * - `InvalidParameter.granularity`: 指定的部署粒度不合法。 The specified parameter Granularity is not valid.
 * - `InvalidParameter.Strategy`: 指定部署策略不合法。 The specified parameter Strategy is not valid
 * - `InvalidZoneId.NotFound`: 指定的 ZoneId 不存在。 The ZoneId provided does not exist in our records.
 */
export type CreateDeploymentSetErrorCode = "DependencyViolation.domain.granularity" | "DependencyViolation.strategy.granularity" | "DEPLOYMENTSET.QUOTA_FULL" | "InvalidDeploymentSetId.NotFound" | "InvalidDescription.Malformed" | "InvalidParameter.Domain" | "InvalidParameter.granularity" | "InvalidParameter.Strategy" | "InvalidZoneId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteDeploymentSet may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `DependencyViolation.NotFound`: 指定的 DeploymentSetId 中还有实例。 There are still instance(s) in the specified DeploymentSetId.
 */
export type DeleteDeploymentSetErrorCode = "DependencyViolation.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDeploymentSetAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDescription.Malformed`: 指定的 Description 格式不合法。 The specified parameter Description is not valid.
 * - `InvalidPlacmentSetName.Malformed`: 指定的 PlacmentSetName 格式不合法。 Specified plament set name is not valid.
 * - `InvalidDeploymentSetId.NotFound`: 指定的 DeploymentSetId 不存在。 The DeploymentSetId provided does not exist in our records.
 */
export type ModifyDeploymentSetAttributeErrorCode = "InvalidDescription.Malformed" | "InvalidPlacmentSetName.Malformed" | "InvalidDeploymentSetId.NotFound" | CommonErrorCode | (string & {});
/** Error codes DescribeDeploymentSets may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeDeploymentSetsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeDeploymentSetTopology may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDeploymentSetId.NotFound`: 指定的DeploymentSetId不存在。 The DeploymentSetId provided does not exist in our records.
 */
export type DescribeDeploymentSetTopologyErrorCode = "InvalidDeploymentSetId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidZoneId.NotFound`: 指定的 ZoneId 不存在。 The specified zone does not exist.
 * - `InvalidDiskName.Malformed`: 指定的 DiskName 格式不合法。 The specified disk name is wrongly formed.
 * - `InvalidDescription.Malformed`: 指定的 DescriptionName 格式不合法。 The specified description is wrongly formed.
 * - `InstanceDiskCategoryLimitExceeded`: 指定的磁盘种类超过了单实例的最大容量。 The total size of specified disk category in an instance exceeds.
 * - `InvalidSnapshot.TooLarge`: 指定快照的容量超过磁盘种类的最大容量。 The capacity of snapshot exceeds 2000GB.
 * - `OperationDenied`: 指定快照不允许创建磁盘。 The specified snapshot is not allowed to create disk.
 * - `QuotaExceed.PortableCloudDisk`: 可卸载普通云盘超过额度。 The quota of portable cloud disk exceeds.
 * - `InvalidDiskCategory.ValueUnauthorized`: 指定磁盘种类无权限。 The disk category is not authorized.
 * - `InvalidSnapshotId.NotReady`: 指定的快照未完成。 The specified snapshot has not completed yet.
 * - `InvalidSnapshotId.NotDataDiskSnapshot`: 指定的快照不是数据盘快照，不能创建数据盘。 The specified snapshot is system disk snapshot.
 */
export type CreateDiskErrorCode = "InvalidZoneId.NotFound" | "InvalidDiskName.Malformed" | "InvalidDescription.Malformed" | "InstanceDiskCategoryLimitExceeded" | "InvalidSnapshot.TooLarge" | "OperationDenied" | "QuotaExceed.PortableCloudDisk" | "InvalidDiskCategory.ValueUnauthorized" | "InvalidSnapshotId.NotReady" | "InvalidSnapshotId.NotDataDiskSnapshot" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeDisks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDiskType.ValueNotSupported`: 指定的磁盘属性不支持。 The specified disk type is not supported.
 * - `InvalidCategory.ValueNotSupported`: 指定的磁盘种类不支持或者无权限。 The specified disk category is not supported.
 * - `InvalidStatus.ValueNotSupported`: 指定的磁盘状态不支持。 The specified disk status is not supported.
 * - `InvalidDiskIds.Malformed`: 指定的 DiskId 格式不正确。 The amount of specified disk Ids exceeds the limit.
 * - `InvalidDiskChargeType.NotFound`: 指定的 DiskChargeType 不存在。 The DiskChargeType does not exist in our records
 * - `InvalidLockReason.NotFound`: 指定的LockReason不存在。 The specified LockReason is not found
 * - `InvalidTag.Mismatch`: 指定的Tag.n.Key和Tag.n.Value不匹配。 The specified Tag.n.Key and Tag.n.Value are not match.
 * - `InvalidTagCount`: 指定的 Tag 数超过了 5 个。 The specified tags are beyond the permitted range.
 * - `InvalidRegion.NotFound`: 指定的RegionId不存在。 The specified parameter RegionId is not valid.
 * - `InvalidZoneId.NotFound`: 指定的 ZoneId 不存在。 The zoneId provided does not exist in our records.
 */
export type DescribeDisksErrorCode = "InvalidDiskType.ValueNotSupported" | "InvalidCategory.ValueNotSupported" | "InvalidStatus.ValueNotSupported" | "InvalidDiskIds.Malformed" | "InvalidDiskChargeType.NotFound" | "InvalidLockReason.NotFound" | "InvalidTag.Mismatch" | "InvalidTagCount" | "InvalidRegion.NotFound" | "InvalidZoneId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes AttachDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDevice.Malformed`: 指定的磁盘不存在。 The specified device is not valid.
 * - `InstanceDiskLimitExceeded`: 指定实例已经达到可挂载磁盘的最大值。 The amount of the disk on instance in question reach its limits.
 * - `InvalidDevice.InUse`: 指定的设备已经挂载了磁盘。 The specified device has been occupied.
 * - `IncorrectDiskStatus`: 磁盘状态不正确。 The operation is not supported in this status.
 * - `DiskNotPortable`: 指定磁盘不是可卸载的磁盘。 It is not a portable disk.
 * - `InstanceLockedForSecurity`: 指定的实例被安全锁定。 The instance is locked due to security.
 * - `ResourcesNotInSameZone`: 指定磁盘和实例不在同一个可用区。 The specified instance and disk are not in the same zone.
 * - `IncorrectInstanceStatus`: 指定的实例状态不正确。 The current status of the resource does not support this operation.
 */
export type AttachDiskErrorCode = "InvalidDevice.Malformed" | "InstanceDiskLimitExceeded" | "InvalidDevice.InUse" | "IncorrectDiskStatus" | "DiskNotPortable" | "InstanceLockedForSecurity" | "ResourcesNotInSameZone" | "IncorrectInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes DetachDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectDiskStatus`: 磁盘状态不正确。 The current disk status does not support this operation.
 * - `DiskNotPortable`: 指定磁盘不是可卸载的磁盘。 It is not a portable disk.
 * - `InstanceLockedForSecurity`: 指定的实例被安全锁定。 The instance is locked due to security.
 * - `DependencyViolation`: 指定磁盘没有挂载在指定的实例上。 The specified disk has not been attached on the specified instance.
 * - `DiskTypeViolation`: 指定的磁盘为系统盘，不能卸载。 The specified disk is a system disk and cannot support the operation.
 * - `InvalidDiskId.Released`: 指定的磁盘已经释放。 The specified disk has been released.
 * - `IncorrectInstanceStatus`: 指定的实例状态不对。 The current status of the resource does not support this operation.
 */
export type DetachDiskErrorCode = "IncorrectDiskStatus" | "DiskNotPortable" | "InstanceLockedForSecurity" | "DependencyViolation" | "DiskTypeViolation" | "InvalidDiskId.Released" | "IncorrectInstanceStatus" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyDiskAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDiskName.Malformed`: DiskName 格式不正确。 The specified disk name is wrongly formed.
 * - `InvalidDescription.Malformed`: Description 格式不正确。 The specified description is wrongly formed.
 * - `NoAttributeToModify`: 没有任何属性被修改。 No attribute to be modified in this request.
 * - `DiskNotPortable`: 磁盘不是可卸载的磁盘。 It is not a portable disk.
 */
export type ModifyDiskAttributeErrorCode = "InvalidDiskName.Malformed" | "InvalidDescription.Malformed" | "NoAttributeToModify" | "DiskNotPortable" | CommonErrorCode | (string & {});
/**
 * Error codes ReInitDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectDiskStatus`: 磁盘状态不正确。 The current disk status does not support this operation.
 * - `IncorrectInstanceStatus`: 指定的实例状态不正确。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 指定的实例被安全锁定。 The instance is locked due to security.
 * - `InvalidSourceSnapshot`: 指定磁盘的源快照已被删除，不能重新初始化。 The snapshot which is used to create the specified disk has been deleted.
 * - `DiskCreatingSnapshot`: 指定的磁盘正在创建快照。 The operation is denied due to a snapshot of the specified disk is not completed yet.
 * - `IncorrectDiskStatus.NeverUsed`: 磁盘创建后未被使用，内容没有变化。 The specified disk has never been used after creating.
 */
export type ReInitDiskErrorCode = "IncorrectDiskStatus" | "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "InvalidSourceSnapshot" | "DiskCreatingSnapshot" | "IncorrectDiskStatus.NeverUsed" | CommonErrorCode | (string & {});
/**
 * Error codes ResetDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectDiskStatus`: 磁盘状态不正确。 The current disk status does not support this operation.
 * - `IncorrectInstanceStatus`: 指定的实例状态不正确。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 指定的实例被安全锁定。 The instance is locked due to security.
 * - `InvalidParameter.Mismatch`: 指定的快照不是创建自指定的磁盘。 The specified snapshot is not created from the specified disk.
 * - `InvalidSnapshotId.NotReady`: 指定的快照未完成。 The specified snapshot has not completed yet.
 */
export type ResetDiskErrorCode = "IncorrectDiskStatus" | "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "InvalidParameter.Mismatch" | "InvalidSnapshotId.NotReady" | CommonErrorCode | (string & {});
/**
 * Error codes ReplaceSystemDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSystemDiskSize.LessThanImageSize`: 指定的SystemDiskSize 小于镜像的大小。 The specified parameter "SystemDisk.Size" is less than the image size.
 * - `InvalidSystemDiskSize.MoreThanMaxSize`: 指定的SystemDiskSize 大于最大容量上限。 The specified parameter "SystemDisk.Size" is more than the max size.
 * - `InvalidSystemDiskSize.LessThanMinimumSize`: 指定的SystemDiskSize 小于最小容量。 The specified parameter "SystemDiskSize" is less than the minimum size.
 * - `IncorrectInstanceStatus`: 指定的实例状态不正确。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 指定的实例被安全锁定。 The instance is locked due to security.
 * - `OperationDenied`: 内部错误。 Internal Error.
 * - `InvalidParameter.Conflict`: 指定的镜像不能在指定的实例规格上使用。 The specified image does not support the specified instance type.
 * - `DiskCreatingSnapshot`: 指定的磁盘正在创建快照。 The operation is denied due to a snapshot of the specified disk is not completed yet.
 * - `IoOptimized.NotSupported`: 镜像必须支持 IO 优化实例。 The specified image is not support IoOptimized Instance.
 */
export type ReplaceSystemDiskErrorCode = "InvalidSystemDiskSize.LessThanImageSize" | "InvalidSystemDiskSize.MoreThanMaxSize" | "InvalidSystemDiskSize.LessThanMinimumSize" | "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "OperationDenied" | "InvalidParameter.Conflict" | "DiskCreatingSnapshot" | "IoOptimized.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes ResizeDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDiskSize.TooSmall`: 指定的新磁盘容量比原磁盘容量小。 Specified new disk size is less than the original disk size
 * - `OperationDenied`: 磁盘或者磁盘所挂载的实例状态不支持扩容。 The status of the disk or the instance that the disk is attaching with does not support the operation.
 */
export type ResizeDiskErrorCode = "InvalidDiskSize.TooSmall" | "OperationDenied" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteDisk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectDiskStatus`: 磁盘状态不正确。 The current disk status does not support this operation.
 * - `DiskNotPortable`: 磁盘不是可卸载的磁盘。 The operation is denied due to the specified disk is not a portable disk.
 * - `DiskTypeViolation`: 指定的磁盘为系统盘，不能卸载。 The specified disk is a system disk and cannot support the operation.
 * - `DiskCreatingSnapshots`: 指定的磁盘正在创建快照。 The operation is denied due to a snapshot of the specified disk is not completed yet.
 */
export type DeleteDiskErrorCode = "IncorrectDiskStatus" | "DiskNotPortable" | "DiskTypeViolation" | "DiskCreatingSnapshots" | CommonErrorCode | (string & {});
/**
 * Error codes migrate_disk may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `-14000400`: 指定的目标region与源region不同。 miagrate specfied dst region is invalid.
 * - `-14000401`: 参数不能为空。 parameter error, parameter is not null.
 * - `-14000402`: 磁盘有正在进行的迁移任务。 migrate task is already exist.
 * - `-14000404`: 参数资源不存在,如region_id, zone_id等。 parameter error, parameter is not exist.
 * - `-14000501`: 迁移失败, 不需要重试。 migrate disk fail without retry.
 * - `-14000502`: 迁移失败, 需要重试。 migrate disk fail with retry.
 */
export type migrate_diskErrorCode = "-14000400" | "-14000401" | "-14000402" | "-14000404" | "-14000501" | "-14000502" | CommonErrorCode | (string & {});
/** Error codes query_load_progress may return: its own documented codes, the service's common codes, and any other string. */
export type query_load_progressErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateSnapshot may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSnapshotName.Malformed`: SnapshotName 格式不合法。 The specified SnapshotName is wrongly formed.
 * - `InvalidDescription.Malformed`: Description 格式不合法。 The specified description is wrongly formed.
 * - `IncorrectInstanceStatus`: 指定的实例状态不正确。 The current status of the resource does not support this operation.
 * - `IncorrectDiskStatus.CreatingSnapshot`: 指定的磁盘正在创建快照。 The snapshot of the disk is still creating.
 * - `InstanceLockedForSecurity`: 指定的实例被安全锁定。 The disk attached instance is locked due to security.
 * - `IncorrectDiskStatus.NeverAttached`: 可卸载的普通云盘创建后未被挂载，内容没有变化。 The specified disk has never been attached to any instance.
 * - `QuotaExceed.Snapshot`: 快照额度超过限制。 The snapshot quota exceeds.
 * - `IncorrectDiskStatus.NeverUsed`: 磁盘创建后未被使用，内容没有变化。 The specified disk has never been used after creating.
 * - `CreateSnapshot.Failed`: 创建快照失败。 The process of creating snapshot is failed
 */
export type CreateSnapshotErrorCode = "InvalidSnapshotName.Malformed" | "InvalidDescription.Malformed" | "IncorrectInstanceStatus" | "IncorrectDiskStatus.CreatingSnapshot" | "InstanceLockedForSecurity" | "IncorrectDiskStatus.NeverAttached" | "QuotaExceed.Snapshot" | "IncorrectDiskStatus.NeverUsed" | "CreateSnapshot.Failed" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSnapshot may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `SnapshotCreatedImage`: 指定快照已经创建了自定义镜像。 The snapshot has been used to create user defined image(s).
 * - `SnapshotCreatedDisk`: 指定快照已经创建了磁盘。 The snapshot has been used to create disk(s).
 */
export type DeleteSnapshotErrorCode = "SnapshotCreatedImage" | "SnapshotCreatedDisk" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSnapshots may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSnapshotIds.Malformed`: SnapshotIds 参数格式不正确。 The amount of specified specified snapshot ids exceeds the limit.
 * - `InvalidStatus.NotFound`: 指定的 Status 不存在。 The specified Status is not found
 * - `InvalidSnapshotType.NotFound`: 指定的 SnapshotType 不存在。 The specified SnapshotType is not found
 * - `InvalidFilterKey.NotFound`: 指定的起始时间或到期时间参数错误。
 * - `InvalidUsage`: 指定的 Usage 不合法。 The specified Usage is not valid
 * - `InvalidSourceDiskType`: SourceDiskType不合法。 The specified SourceDiskType is not valid
 * - `InvalidTag.Mismatch`: 指定的Tag.n.Key和Tag.n.Value不匹配。 The specified Tag.n.Key and Tag.n.Value are not match.
 * - `InvalidTagCount`: 指定的 Tag 数超过了 5 个。 The specified tags are beyond the permitted range.
 */
export type DescribeSnapshotsErrorCode = "InvalidSnapshotIds.Malformed" | "InvalidStatus.NotFound" | "InvalidSnapshotType.NotFound" | "InvalidFilterKey.NotFound" | "InvalidUsage" | "InvalidSourceDiskType" | "InvalidTag.Mismatch" | "InvalidTagCount" | CommonErrorCode | (string & {});
/** Error codes ImportSnapshot may return: its own documented codes, the service's common codes, and any other string. */
export type ImportSnapshotErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ExportSnapshot may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `INTERNAL_ERROR`: 导出快照失败，请联系系统管理员排查。 Exporting snapshot is failed, Please contact the administrator.
 * - `CREATE_TASK_RECORD_FAILED`: 导出快照失败，请联系系统管理员排查。 Exporting snapshot is failed, Please contact the administrator.
 * - `SNAPSHOT_IS_EXPORTING`: 指定快照已经在导出中。 The specified snapshot is already exporting.
 * - `SNAPSHOT_NOT_EXIST`: 指定快照不存在。 The specified snapshot is not exists.
 * - `SNAPSHOT_CREATE_NOT_FINISHED`: 指定快照尚未创建完成，不可导出。 The specified snapshot is not finished yet.
 * - `OSS_AUTHORIZED_FAILED`: ECS服务账号无权访问您的OSS，请确认您已授权ECS服务账号写入OSS的权限。 ECS service account Have no right to access your OSS. please attach a role of access your oss to ECS service account.
 * - `OSS_BUCKET_NOT_FOUND`: 指定的OSS Bucket不存在。 The specified OSS bucket does not exist in this region.
 * - `USER_NOT_IN_SNAPSHOT_IMPORT_EXPORT_WHITE_LIST`: 目前快照导入导出功能以白名单形式开放，您暂时未列入白名单。 The user is not in the white list of exporting snapshot.
 */
export type ExportSnapshotErrorCode = "INTERNAL_ERROR" | "CREATE_TASK_RECORD_FAILED" | "SNAPSHOT_IS_EXPORTING" | "SNAPSHOT_NOT_EXIST" | "SNAPSHOT_CREATE_NOT_FINISHED" | "OSS_AUTHORIZED_FAILED" | "OSS_BUCKET_NOT_FOUND" | "USER_NOT_IN_SNAPSHOT_IMPORT_EXPORT_WHITE_LIST" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSnapshotLinks may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidDiskIds`: 指定的 DiskIds 不合法。 The specified diskIds is invalid.
 * - `InvalidRegionId`: 指定的 RegionId 不合法。 The specified regionId is invalid.
 * - `InvalidSnapshotLinkIds`: 指定的 SnapshotLinkIds 不合法。 The specified snapshotLinkIds is invalid.
 */
export type DescribeSnapshotLinksErrorCode = "InvalidDiskIds" | "InvalidRegionId" | "InvalidSnapshotLinkIds" | CommonErrorCode | (string & {});
/** Error codes CreateAutoSnapshotPolicy may return: its own documented codes, the service's common codes, and any other string. */
export type CreateAutoSnapshotPolicyErrorCode = CommonErrorCode | (string & {});
/** Error codes DeleteAutoSnapshotPolicy may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteAutoSnapshotPolicyErrorCode = CommonErrorCode | (string & {});
/** Error codes ModifyAutoSnapshotPolicyEx may return: its own documented codes, the service's common codes, and any other string. */
export type ModifyAutoSnapshotPolicyExErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeAutoSnapshotPolicyEx may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeAutoSnapshotPolicyExErrorCode = CommonErrorCode | (string & {});
/** Error codes ApplyAutoSnapshotPolicy may return: its own documented codes, the service's common codes, and any other string. */
export type ApplyAutoSnapshotPolicyErrorCode = CommonErrorCode | (string & {});
/** Error codes CancelAutoSnapshotPolicy may return: its own documented codes, the service's common codes, and any other string. */
export type CancelAutoSnapshotPolicyErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidImageName.Malformed`: 无效的ImageName取值（字符不支持或者超出长度）。 The specified Image name is wrongly formed.
 * - `InvalidDescription.Malformed`: 无效的Description取值。 The specified description is wrongly formed.
 * - `InvalidImageVersion.Malformed`: 无效的ImageVersion取值（实际情况也可能是该用户无权使用此Snapshot）。 The specified ImageVersion is wrongly formed.
 * - `OperationDenied`: 特定磁盘的快照不能创建镜像。 The specified snapshot is not allowed to create image.
 * - `QuotaExceed.Image`: 自定义镜像额度已用完。 The Image Quota exceeds.
 * - `InvalidParamter.Conflict`: Token和参数不一致。 The specified same token is trying to make requests with different parameters.
 * - `IncorrectInstanceStatus`: 指定的实例状态不正确。 The current status of the instance does not support this operation.
 * - `InstanceLockedForSecurity`: 指定的实例被安全锁定。 The specified operation is denied as your instance is locked for security reasons.
 * - `InvalidImageName.Duplicated`: 指定的ImageName已经被使用。 The specified Image name has already been used.
 * - `InvalidSnapshotId.NotReady`: 指定快照的状态不对。 The current status of the DiskDeviceMapping.n.SnapshotId or SnapshotId does not support this operation.
 * - `InvalidSnapshot.TooOld`: 指定快照创建于 2013 年 7 月 15 日 (含) 之前, 不能创建镜像。 This operation is denied because the specified snapshot by DiskDeviceMapping.n.SnapshotId or SnapshotId is created before 2013-07-15.
 * - `InvalidSize.ValueNotSupported`: 指定的 DiskDeviceMapping.n.Size超出范围。 The specified parameter DiskDeviceMapping.n.Size beyond the permitted range.
 * - `InvalidInstanceId.ValueNotSupported`: 指定的实例不能创建快照。 The specified InstanceId is not allowed to create image.
 * - `InvalidAccountStatus.SnapshotServiceUnavailable`: 快照服务未开通。 Snapshot service has not been opened yet.
 */
export type CreateImageErrorCode = "InvalidImageName.Malformed" | "InvalidDescription.Malformed" | "InvalidImageVersion.Malformed" | "OperationDenied" | "QuotaExceed.Image" | "InvalidParamter.Conflict" | "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "InvalidImageName.Duplicated" | "InvalidSnapshotId.NotReady" | "InvalidSnapshot.TooOld" | "InvalidSize.ValueNotSupported" | "InvalidInstanceId.ValueNotSupported" | "InvalidAccountStatus.SnapshotServiceUnavailable" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeImages may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidImageOwnerAlias.ValueNotSupported`: 无效的 ImageOwnerAlias 取值。 The specified ImageOwnerAlias value is not supported.
 * - `InvalidUsage`: 指定的 Usage 不合法。 The specified Usage is not valid.
 * - `InvalidTag.Mismatch`: 指定的 Tag.n.Key 和 Tag.n.Value 不匹配。 The specified Tag.n.Key and Tag.n.Value are not match.
 * - `InvalidTagCount`: 指定的 Tag 数超过了 5 个。 The specified tags are beyond the permitted range.
 * - `InvalidInstanceType.ValueNotSupported`: 指定的 InstanceType 不合法 (超出可选范围)。 The specified InstanceType beyond the permitted range.
 * - `InvalidOSType`: 指定的 OSType 不合法。 The specified OSType is not valid.
 * - `InvalidArchitecture`: 指定的平台架构不合法。 The specified Architecture is not valid.
 */
export type DescribeImagesErrorCode = "InvalidImageOwnerAlias.ValueNotSupported" | "InvalidUsage" | "InvalidTag.Mismatch" | "InvalidTagCount" | "InvalidInstanceType.ValueNotSupported" | "InvalidOSType" | "InvalidArchitecture" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyImageAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidImageName.Malformed`: 指定的镜像名称不合法。 The specified destination Image name is wrongly formed.
 * - `InvalidDescription.Malformed`: 指定的镜像描述不合法。 The specified destination image description is wrongly formed.
 * - `InvalidImageName.Duplicated`: 镜像名称已经重复。 The destination image is exist.
 */
export type ModifyImageAttributeErrorCode = "InvalidImageName.Malformed" | "InvalidDescription.Malformed" | "InvalidImageName.Duplicated" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ImageUsingByInstance`: 指定的镜像 ID 还存在保有实例，不能删除该镜像。 The specified image has been used to create instance(s).
 * - `ImageUseShared`: 指定镜像已经共享。 The specified image has been shared to others.
 * - `OperationDenied.ImageCopying`: 镜像正在复制中。 The Image is coping.
 * - `ImageIsCreating`: 指定镜像正在复制中。 The specified image is creating.
 */
export type DeleteImageErrorCode = "ImageUsingByInstance" | "ImageUseShared" | "OperationDenied.ImageCopying" | "ImageIsCreating" | CommonErrorCode | (string & {});
/**
 * Error codes CopyImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidImageName.Malformed`: 指定的目标镜像名称不合法。 The specified destination image name is wrongly formed.
 * - `SourceRegion.NotFound`: 指定的源镜像的 RegionId 不存在。 The source region not found
 * - `DestinationRegion.NotFound`: 指定的源镜像的RegionId 不存在。 The destination region not found
 * - `InvalidImageName.Duplicated`: 目标镜像名称已经重复。 The destination image is exist.
 * - `QuotaExceed.Image`: 已经超过自定义镜像配额限制，不能再进行镜像复制。 The Image Quota exceeds.
 * - `QuotaExceed.Snapshot`: 已经超过快照的配额限制，不能再进行镜像复制。 The Snapshot Quota exceeds.
 * - `Forbidden`: 没有权限进行复制镜像。 User not authorized to operate on the specified resource.
 * - `RegionNotSupportCopy`: 指定的目标镜像 Region 或者源镜像 Region 暂时不支持镜像复制。 The region not support copy.
 * - `IncorrectDestinationRegion`: 复制镜像的源 Region 不能等于目标 Region。 The destination region is not equal the target region.
 * - `InvalidDescription.Malformed`: 指定的Description不合法。 The specified destination description is wrongly formed.
 * - `IncorrectImageStatus`: 指定的镜像状态不对。 The image not available.
 * - `OperationDenied.ImageCopying`: 镜像正在复制中。 The Image are coping.
 * - `InvalidSnapshot.TooOld`: 指定快照创建于 2013 年 7 月 15 日（含）之前。 This operation is denied because the specified snapshot is created before 2013-07-15.
 * - `OperationDenied`: 特定磁盘的快照不能创建镜像。 The specified snapshot is not allowed to create image.
 */
export type CopyImageErrorCode = "InvalidImageName.Malformed" | "SourceRegion.NotFound" | "DestinationRegion.NotFound" | "InvalidImageName.Duplicated" | "QuotaExceed.Image" | "QuotaExceed.Snapshot" | "Forbidden" | "RegionNotSupportCopy" | "IncorrectDestinationRegion" | "InvalidDescription.Malformed" | "IncorrectImageStatus" | "OperationDenied.ImageCopying" | "InvalidSnapshot.TooOld" | "OperationDenied" | CommonErrorCode | (string & {});
/**
 * Error codes CancelCopyImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectImageStatus`: 指定的 Image 已经复制完成，取消复制失败。 The image has completed copy.
 * - `ImageCreatedNotFromCopy`: 指定镜像不是来源于镜像复制。 The specified image not from copy.
 */
export type CancelCopyImageErrorCode = "IncorrectImageStatus" | "ImageCreatedNotFromCopy" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyImageSharePermission may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectImageStatus`: 指定的镜像状态不正确。 The image is not available.
 * - `QuotaExceed.ShareImage`: 已经超过自定义镜像共享配额限制。 The share Image Quota exceeds.
 * - `QuotaExceed.ShareImageUser`: 已经超过单个镜像共享给用户数量的配额限制。 The shared image user quota exceeds.
 * - `InvalidAccount.Forbidden`: 不能把镜像共享给自己。 The specified account does not yourself.
 */
export type ModifyImageSharePermissionErrorCode = "IncorrectImageStatus" | "QuotaExceed.ShareImage" | "QuotaExceed.ShareImageUser" | "InvalidAccount.Forbidden" | CommonErrorCode | (string & {});
/** Error codes DescribeImageSharePermission may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeImageSharePermissionErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ImportImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidImageName.Malformed`: 指定的镜像名称不合法。 The specified destination Image name is wrongly formed.
 * - `InvalidDescription.Malformed`: 指定的目标镜像描述不合法。 The specified destination image description is wrongly formed.
 * - `RegionId.NotFound`: 指定的镜像的RegionId不存在。 The specified region is not found.
 * - `IncorrectImageStatus`: 指定的镜像状态不正确。 The specified image is not available.
 * - `InvalidImageName.Duplicated`: 镜像名称已经重复。 The destination image is exist.
 * - `QuotaExceed.Image`: 已经超过自定义镜像配额限制，不能再进行导入镜像。 The Image Quota exceeds.
 * - `QuotaExceed.Snapshot`: 已经超过快照的配额限制，不能再进行导入镜像。 The Snapshot Quota exceeds.
 * - `Forbidden`: 没有权限进行导入镜像。 User not authorized to operate on the specified resource
 * - `InvalidArchitecture.Malformed`: 指定的平台架构不合法。 The specified Architecture is wrongly formed.
 * - `InvalidPlatform.Malformed`: 指定的操作系统发行版类型不合法。 The specified Platform is wrongly formed.
 * - `InvalidOSType.Malformed`: 指定的操作系统类型不合法。 The specified OSType is wrongly formed.
 * - `InvalidFormat.Malformed`: 指定的镜像文件格式不合法。 The specified Image format is wrongly formed.
 * - `InvalidImageSize`: 指定的镜像的磁盘大小不合法。 The specified "DiskDeviceMapping.n.DiskImageSize" should be not less than system device size.
 * - `ImagesImporting`: 指定的镜像正在复制中。 The specified Image is importing.
 * - `InvalidRegion.NotSupport`: 指定的Region暂时不支持导入镜像。 The specified region does not support image import or export.
 */
export type ImportImageErrorCode = "InvalidImageName.Malformed" | "InvalidDescription.Malformed" | "RegionId.NotFound" | "IncorrectImageStatus" | "InvalidImageName.Duplicated" | "QuotaExceed.Image" | "QuotaExceed.Snapshot" | "Forbidden" | "InvalidArchitecture.Malformed" | "InvalidPlatform.Malformed" | "InvalidOSType.Malformed" | "InvalidFormat.Malformed" | "InvalidImageSize" | "ImagesImporting" | "InvalidRegion.NotSupport" | CommonErrorCode | (string & {});
/**
 * Error codes ExportImage may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `ImageId.NotFound`: 指定的镜像Id不存在。 The image does not exist.
 * - `RegionId.NotFound`: 指定的镜像的regionId不存在。 The specified region is not found.
 * - `IncorrectImageStatus`: 指定的镜像状态不正确。 The image is not available.
 * - `OSSBucket.NotFound`: 指定的OSS bucket在当前地域下不存在。 The specified OSSBucket is not exist.
 * - `Forbidden`: 没有权限进行导出镜像。 User not authorized to operate on the specified resource.
 * - `OperationDenied.ImageExporting`: 指定镜像正在进行导出中。 The Image is exporting.
 * - `OSSPrefix.Malformed`: 指定的OSS的Object的前缀格式不合法。 The specified OSSPrefix Format is wrongly formed.
 * - `InvalidRegion.NotSupport`: 指定的地域暂时不支持镜像导出。 The specified region does not support image import or export.
 * - `ExportImageFailed`: 导出镜像失败,请联系管理员。 Exporting image is failed,Please contact the administrator.
 */
export type ExportImageErrorCode = "ImageId.NotFound" | "RegionId.NotFound" | "IncorrectImageStatus" | "OSSBucket.NotFound" | "Forbidden" | "OperationDenied.ImageExporting" | "OSSPrefix.Malformed" | "InvalidRegion.NotSupport" | "ExportImageFailed" | CommonErrorCode | (string & {});
/**
 * Error codes AllocatePublicIpAddress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectInstanceStatus`: 该资源目前的状态不支持此操作。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 该资源目前已被安全锁定，操作被拒绝。 The specified operation is denied as your instance is locked for security reasons.
 * - `IpInUse`: 用户使用指定 IP 进行绑定时，IP 已经被使用在别的机器上。 The specified IP is already in use.
 * - `AllocatedAlready`: 用户使用指定 IP 进行绑定时，该实例已经被分配了别的 IP 地址。 There is an IpAddress allocated already for the specified instance.
 * - `OperationDenied`: 指定实例在VPC中。 Specified operation is denied as your instance is in VPC.
 * - `InsufficientPublicIp`: IP资源库存不足。 Ip address not found
 */
export type AllocatePublicIpAddressErrorCode = "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "IpInUse" | "AllocatedAlready" | "OperationDenied" | "InsufficientPublicIp" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyInstanceNetworkSpec may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInternetMaxBandwidthIn.ValueNotSupported`: 指定的 InternetMaxBandwidthIn 不合法（超出范围）。 The specified InternetMaxBandwidthIn beyond the permitted range.
 * - `InvalidInternetMaxBandwidthOut.ValueNotSupported`: 指定的 InternetMaxBandwidthOut 不合法（超出范围）。 The specified InternetMaxBandwidthOut beyond the permitted range.
 * - `IncorrectInstanceStatus`: 该资源目前的状态不支持此操作。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 该资源目前已被安全锁定，操作被拒绝。 The specified operation is denied as your instance is locked for security reasons.
 * - `InternalError`: 内部错误 The request processing has failed due to some unknown error.
 */
export type ModifyInstanceNetworkSpecErrorCode = "InvalidInternetMaxBandwidthIn.ValueNotSupported" | "InvalidInternetMaxBandwidthOut.ValueNotSupported" | "IncorrectInstanceStatus" | "InstanceLockedForSecurity" | "InternalError" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSecurity-GroupName.Malformed`: 指定的 SecurityGroupName 格式不合法。 Specified security group name is not valid.
 * - `InvalidDescription.Malformed`: 指定的 DescriptionName 格式不合法。 The specified parameter "Description" is not valid.
 * - `QuotaExceed.SecurityGroup`: 安全组个数超过额度限制。 The security group quota exceeds.
 * - `InvalidVpcId.NotFound`: 指定的 VPC 不存在。 Specified VPC does not exist.
 * - `InvalidSecurityGroupDiscription.Malformed`: 指定的Description不合法。 Specified security group description is not valid.
 * - `IncorrectVpcStatus`: 指定的VPC状态不正确。 Current VPC status does not support this operation.
 */
export type CreateSecurityGroupErrorCode = "InvalidSecurity-GroupName.Malformed" | "InvalidDescription.Malformed" | "QuotaExceed.SecurityGroup" | "InvalidVpcId.NotFound" | "InvalidSecurityGroupDiscription.Malformed" | "IncorrectVpcStatus" | CommonErrorCode | (string & {});
/**
 * Error codes AuthorizeSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `OperationDenied`: IP协议不存在或者IP协议和端口不匹配。 The specified IpProtocol does not exist or IpProtocol and PortRange do not match.
 * - `InvalidIpProtocol.Malformed`: IpProtocol参数格式不正确。 The specified parameter "PortRange" is not valid.
 * - `InvalidPriority.Malformed`: Priority参数格式不正确。 The specified parameter "Priority" is not valid.
 * - `InvalidSourceGroupId.Mismatch`: 需要明确NicType参数或者NicType必须为intranet。 NicType is required or NicType expects intranet.
 * - `InvalidSourceCidrIp.Malformed`: SourceCidrIp参数格式不正确。 The specified parameter "SourceCidrIp" is not valid.
 * - `InvalidPolicy.Malformed`: Policy参数格式不正确。 The specified parameter "Policy" is not valid.
 * - `InvalidNicType.ValueNotSupported`: NicType指定的值不支持。 The specified NicType does not exist.
 * - `InvalidParamter.Conflict`: SecurityGroupId和SourceGroupId为同一个安全组。 The specified SecurityGroupId should be different from the SourceGroupId.
 * - `InvalidSourceGroupId.NotFound`: 指定的SourceGroup未找到。 The SourceGroupId provided does not exist in our records.
 * - `InvalidNicType.Mismatch`: 指定网络类型与安全组规则不符合。 Specified nic type conflicts with the authorization record.
 * - `AuthorizationLimitExceed`: 安全组规则数量超限。 The limit of authorization records in the security group reaches.
 * - `InvalidSourceGroup.NotFound`: 指定的源安全组不存在。 Specified source security group does not exist.
 * - `InvalidPriority.ValueNotSupported`: Priority参数不合法。 The specified priority is illegal.
 * - `InvalidNetworkType.Mismatch`: 安全组规则中的两个安全组网络类型必须相同。 The specified SecurityGroup network type should be same with SourceGroup network type (vpc or classic).
 */
export type AuthorizeSecurityGroupErrorCode = "OperationDenied" | "InvalidIpProtocol.Malformed" | "InvalidPriority.Malformed" | "InvalidSourceGroupId.Mismatch" | "InvalidSourceCidrIp.Malformed" | "InvalidPolicy.Malformed" | "InvalidNicType.ValueNotSupported" | "InvalidParamter.Conflict" | "InvalidSourceGroupId.NotFound" | "InvalidNicType.Mismatch" | "AuthorizationLimitExceed" | "InvalidSourceGroup.NotFound" | "InvalidPriority.ValueNotSupported" | "InvalidNetworkType.Mismatch" | CommonErrorCode | (string & {});
/**
 * Error codes AuthorizeSecurityGroupEgress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSecurity-GroupId.NotFound`: 指定的SecurityGroupId不存在。 The SecurityGroupId provided does not exist in our records.
 * - `OperationDenied`: IP协议不存在或者IP协议和端口不匹配。 The specified IpProtocol does not exist or IpProtocol and PortRange do not match.
 * - `InvalidIpProtocol.Malformed`: IpProtocol参数格式不正确。 The specified parameter "PortRange" is not valid.
 * - `InvalidPriority.Malformed`: Priority参数格式不正确。 The specified parameter "Priority" is not valid.
 * - `InvalidDestCidrIp.Malformed`: DestCidrIp参数格式不正确。 The specified parameter "DestCidrIp" is not valid.
 * - `InvalidPolicy.Malformed`: Policy参数格式不正确。 The specified parameter "Policy" is not valid.
 * - `InvalidNicType.Value-NotSupported`: NicType指定的值不支持。 The specified NicType does not exist.
 * - `InvalidDestGroupId.Mismatch`: 指定的安全组和目标安全组不属于同一个VPC。 Specified security group and destination group are not in the same VPC.
 * - `InvalidDestGroupId.NotFound`: 指定的DestGroup未找到。 The DestGroupId provided does not exist in our records.
 * - `InvalidNicType.Mismatch`: 指定网络类型与安全组规则不符合。 Specified nic type conflicts with the authorization record.
 * - `AuthorizationLimitExceed`: 安全组规则数量超限。 The limit of authorization records in the security group reaches.
 * - `InvalidParamter.Conflict`: SecurityGroupId必须与SourceGroupId不同。 The specified SecurityGroupId should be different from the SourceGroupId.
 * - `InvalidDestGroup.NotFound`: 指定的目的安全组不存在。 Specified destination security group does not exist.
 * - `InvalidPriority.ValueNotSupported`: Priority参数不合法。 The specified priority is illegal.
 * - `InvalidNetworkType.Conflict`: 安全组规则中的两个安全组网络类型必须相同。 The specified SecurityGroup network type should be same with SourceGroup network type (vpc or classic).
 * - `InvalidSecurityGroup.IsSame`: SecurityGroupId必须与DestGroupId不同。 The authorized SecurityGroupId should be different from the DestGroupId.
 */
export type AuthorizeSecurityGroupEgressErrorCode = "InvalidSecurity-GroupId.NotFound" | "OperationDenied" | "InvalidIpProtocol.Malformed" | "InvalidPriority.Malformed" | "InvalidDestCidrIp.Malformed" | "InvalidPolicy.Malformed" | "InvalidNicType.Value-NotSupported" | "InvalidDestGroupId.Mismatch" | "InvalidDestGroupId.NotFound" | "InvalidNicType.Mismatch" | "AuthorizationLimitExceed" | "InvalidParamter.Conflict" | "InvalidDestGroup.NotFound" | "InvalidPriority.ValueNotSupported" | "InvalidNetworkType.Conflict" | "InvalidSecurityGroup.IsSame" | CommonErrorCode | (string & {});
/**
 * Error codes RevokeSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidIpProtocol.ValueNotSupported`: IpProtocol参数指定的值不支持。 The specified IpProtocol does not exist.
 * - `InvalidIpPortRange.Malformed`: PortRange格式不正确。 The specified parameter "PortRange" is not valid.
 * - `InvalidSourceGroupId.NotFound`: 指定的SourceGroupId不存在。 The SourceGroupId provided does not exist in our records.
 * - `InvalidSourceGroupId.Mismatch`: 需要明确NicType参数或者NicType必须为intranet。 NicType is required or NicType expects intrnet.
 * - `InvalidSourceCidrIp.Malformed`: SourceCidrIp参数格式不正确。 The specified parameter "SourceCidrIp" is not valid.
 * - `InvalidPolicy.Malformed`: Policy参数格式不正确。 The specified parameter "Policy" is not valid.
 * - `InvalidNicType.ValueNotSupported`: NicType指定的值不支持。 The specified NicType does not exist.
 * - `InvalidSourceGroupOwnerUserAccount.Mismatch`: 指定的SourceGroup不属于SourceGroupOwnerUserAccount指定的用户。 The specified SourceGroupId is not belong to the SourceGroupOwnerAccount
 */
export type RevokeSecurityGroupErrorCode = "InvalidIpProtocol.ValueNotSupported" | "InvalidIpPortRange.Malformed" | "InvalidSourceGroupId.NotFound" | "InvalidSourceGroupId.Mismatch" | "InvalidSourceCidrIp.Malformed" | "InvalidPolicy.Malformed" | "InvalidNicType.ValueNotSupported" | "InvalidSourceGroupOwnerUserAccount.Mismatch" | CommonErrorCode | (string & {});
/**
 * Error codes RevokeSecurityGroupEgress may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidIpProtocol.ValueNotSupported`: IpProtocol参数指定的值不支持。 The specified IpProtocol does not exist.
 * - `InvalidIpPortRange.Malformed`: PortRange格式不正确。 The specified parameter "PortRange" is not valid.
 * - `InvalidDestGroupId.NotFound`: 指定的DestGroupId不存在。 The DestGroupId provided does not exist in our records.
 * - `InvalidDestGroupId.Mismatch`: 需要明确NicType参数或者NicType必须为intranet。 NicType is required or NicType expects intranet.
 * - `InvalidDestCidrIp.Malformed`: DestCidrIp参数格式不正确。 The specified parameter "DestCidrIp" is not valid.
 * - `InvalidPolicy.Malformed`: Policy参数格式不正确。 The specified parameter "Policy" is not valid.
 * - `InvalidNicType.ValueNotSupported`: NicType指定的值不支持。 The specified NicType does not exist.
 * - `InvalidDestGroupOwnerUserAccount.Mismatch`: 指定的DestGroup不属于DestGroupOwnerAccount指定的用户。 The specified DestGroupId is not belong to the DestGroupOwnerAccount
 */
export type RevokeSecurityGroupEgressErrorCode = "InvalidIpProtocol.ValueNotSupported" | "InvalidIpPortRange.Malformed" | "InvalidDestGroupId.NotFound" | "InvalidDestGroupId.Mismatch" | "InvalidDestCidrIp.Malformed" | "InvalidPolicy.Malformed" | "InvalidNicType.ValueNotSupported" | "InvalidDestGroupOwnerUserAccount.Mismatch" | CommonErrorCode | (string & {});
/**
 * Error codes JoinSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidInstanceId.Mismatch`: 指定的实例和安全组必须属于同一个 VPC。 Specified instance and security group are not in the same VPC.
 * - `InstanceSecurityGroupLimitExceeded`: 一台实例最多可以加入5个安全组。 Exceeding the allowed amount of security groups that an instance can be in.
 * - `IncorrectInstanceState`: 加入安全组之前，实例必须处于 停止 (Stopped) 或者 运行中 (Running) 状态。 The current status of the resource does not support this operation.
 * - `InstanceLockedForSecurity`: 该资源目前被安全控制，拒绝操作。 The specified operation is denied as your instance is locked for security reasons.
 * - `SecurityGroupInstanceLimitExceeded`: 每个安全组最多能管理 1000 台实例。 The maximum number of instances in a security group is exceeded.
 * - `InvalidInstanceId.AlreadyExists`: 指定的实例已经在指定的安全组中。 The specified instance already exists in the specified security group.
 * - `OperationDenied`: 该资源目前被安全控制，拒绝操作。 The specified operation is denied as your instance is locked for security reasons.
 */
export type JoinSecurityGroupErrorCode = "InvalidInstanceId.Mismatch" | "InstanceSecurityGroupLimitExceeded" | "IncorrectInstanceState" | "InstanceLockedForSecurity" | "SecurityGroupInstanceLimitExceeded" | "InvalidInstanceId.AlreadyExists" | "OperationDenied" | CommonErrorCode | (string & {});
/**
 * Error codes LeaveSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `IncorrectInstanceStatus`: 移出安全组之前，实例必须处于 停止（Stopped）或者 运行中（Running）状态。 The current status of the resource does not support this operation.
 * - `InstanceLastSecurityGroup`: 该安全组是该实例唯一的安全组，一台实例必须至少加入一个安全组。 The specified security group is the last security group for the instance.
 * - `InstanceLockedForSecurity`: 被 安全控制 的实例的 OperationLocks 中标记了 "LockReason": "security" 时，无法移出安全组。 The specified operation is denied as your instance is locked for security reasons.
 * - `InstanceNotInSecurityGroup`: 指定实例不在指定安全组中。 The instance not in the group.
 */
export type LeaveSecurityGroupErrorCode = "IncorrectInstanceStatus" | "InstanceLastSecurityGroup" | "InstanceLockedForSecurity" | "InstanceNotInSecurityGroup" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `DependencyViolation`: 指定的安全组中仍旧包含实例。 There is still instance(s) in the specified security group.
 */
export type DeleteSecurityGroupErrorCode = "DependencyViolation" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidNicType.ValueNotSupported`: NicType 参数指定的值不支持。 The specified NicType does not exist.
 */
export type DescribeSecurityGroupAttributeErrorCode = "InvalidNicType.ValueNotSupported" | CommonErrorCode | (string & {});
/** Error codes DescribeSecurityGroups may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeSecurityGroupsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupReferences may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `Abs.GroupNos.Malformed`: 您必须输入参数 SecurityGroupId.n或者 SecurityGroupId.n 中 n 不能超过 10。 The specified parameter SecurityGroupId is essential and size should less than 10.
 */
export type DescribeSecurityGroupReferencesErrorCode = "Abs.GroupNos.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidSecurityGroupName.Malformed`: 指定的SecurityGroupName 格式不合法。 Specified security group name is not valid.
 * - `InvalidDescription.Malformed`: 指定的DescriptionName 格式不合法。 The specified parameter "Description" is not valid.
 */
export type ModifySecurityGroupAttributeErrorCode = "InvalidSecurityGroupName.Malformed" | "InvalidDescription.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupPolicy may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidPolicy.Malformed`: 缺少参数 InnerAccessPolicy 或者参数不合法。 The InnerAccessPolicy is invalid. Only Accept and Drop are supported.
 * - `InvalidSecurityGroupId.Malformed`: 缺少参数 SecurityGroupId 或者参数不合法。 The SecurityGroupId is invalid. Only letters, numbers and underscores are supported. Maximum length is 100 characters.
 */
export type ModifySecurityGroupPolicyErrorCode = "InvalidPolicy.Malformed" | "InvalidSecurityGroupId.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupRule may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidIpProtocol.Malformed`: 指定的参数 IpProtocol 不合法。 The specified parameter "IpProtocol" is not valid.
 * - `InvalidNicType.Mismatch`: 指定网卡类型NicType 与安全组规则不符合。 Specified nic type conflicts with the authorization record.
 * - `InvalidNicType.ValueNotSupported`: 指定的参数 NicType 不存在。 The specified NicType does not exist.
 * - `InvalidPolicy.Malformed`: 指定的参数 Policy 不合法。 The specified parameter "Policy" is not valid.
 * - `InvalidPriority.Malformed`: 指定的参数 Priority 不合法。 The specified parameter "Priority" is not valid.
 * - `InvalidPriority.ValueNotSupported`: 指定的参数 Priority 不合法。 The specified Priority is invalid.
 * - `InvalidSecurityGroupDescription.Malformed`: 安全组规则的描述 Description 不合法。 The specified security group rule description is not valid.
 * - `InvalidSourceCidrIp.Malformed`: 指定的参数SourceCidrIp 不合法。 The specified parameter "SourceCidrIp" is not valid.
 * - `InvalidSourceGroup.NotFound`: 指定的源端安全组 SourceGroupId 不存在。 The specified SourceGroupId does not exist.
 * - `InvalidSourceGroupId.Mismatch`: 指定安全组的网络类型是 VPC，源端安全组必须在同一个 VPC 里。 Specified security group and source group are not in the same VPC.
 * - `OperationDenied`: 指定的参数IpProtocol 不存在。或者指定的 IP 协议和端口范围不匹配。 The specified IpProtocol does not exist or IpProtocol and PortRange do not match.
 * - `InvalidParamter.Conflict`: 参数SecurityGroupId 和 SourceGroupId 取值不能相同。 The specified SecurityGroupId should be different from the SourceGroupId.
 * - `InvalidSourceGroupId.NotFound`: 指定的SourceGroupId 不存在。 The SourceGroupId provided does not exist in our records.
 */
export type ModifySecurityGroupRuleErrorCode = "InvalidIpProtocol.Malformed" | "InvalidNicType.Mismatch" | "InvalidNicType.ValueNotSupported" | "InvalidPolicy.Malformed" | "InvalidPriority.Malformed" | "InvalidPriority.ValueNotSupported" | "InvalidSecurityGroupDescription.Malformed" | "InvalidSourceCidrIp.Malformed" | "InvalidSourceGroup.NotFound" | "InvalidSourceGroupId.Mismatch" | "OperationDenied" | "InvalidParamter.Conflict" | "InvalidSourceGroupId.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes CreateKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidKeyPairName.Malformed`: 指定的 KeyPairName 不合法或者已重复。 Specified Key Pair name is not valid.
 * - `QuotaExceed.KeyPair`: 您在每个地域的密钥对个数不能超过 500 对。 The key pair quota exceeds.
 */
export type CreateKeyPairErrorCode = "InvalidKeyPairName.Malformed" | "QuotaExceed.KeyPair" | CommonErrorCode | (string & {});
/**
 * Error codes ImportKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidPublicKeyBody.Malformed`: 指定的 PublicKeyBody 格式不正确。 The PublicKeyBody format is not supported.
 * - `InvalidKeyPairName.Malformed`: 指定的 KeyPairName 不合法或者已重复。 Specified Key Pair name is not valid.
 */
export type ImportKeyPairErrorCode = "InvalidPublicKeyBody.Malformed" | "InvalidKeyPairName.Malformed" | CommonErrorCode | (string & {});
/**
 * Error codes AttachKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `DependencyViolation.WindowsInstance`: Windows 实例不支持 SSH 密钥对。 The instance creating is window, cannot use ssh key pair to login
 * - `InvalidKeyPairName.NotFound`: 指定的 KeyPairName 不存在。 The specified KeyPairName does not exist in our records.
 */
export type AttachKeyPairErrorCode = "DependencyViolation.WindowsInstance" | "InvalidKeyPairName.NotFound" | CommonErrorCode | (string & {});
/**
 * Error codes DetachKeyPair may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `DependencyViolation.WindowsInstance`: Windows 实例不支持 SSH 密钥对。 The instance creating is windows, cannot use ssh key pair to login
 * - `InvalidKeyPairName.NotFound`: 指定的 KeyPairName 不存在。 The specified KeyPairName does not exist.
 */
export type DetachKeyPairErrorCode = "DependencyViolation.WindowsInstance" | "InvalidKeyPairName.NotFound" | CommonErrorCode | (string & {});
/** Error codes DeleteKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DeleteKeyPairsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeKeyPairs may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeKeyPairsErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CreateNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `Abs.InvalidAccount.NotFound`: 您的阿里云账号不存在，或者您的 AccessKey 已经过期。 The Account is not found or ak is expired.
 * - `InvalidEcsId.NotFound`: 指定的实例 ID 不存在。 The specified EcsId is not found.
 * - `InvalidVSwitchId.NotFound`: 指定的交换机 ID 不存在。 The specified VSwitchId is not found.
 * - `MaxEniCountExceeded`: 该地域已有的弹性网卡数量超过了最大限制。 The number of ENI exceeds the limit per region.
 * - `InvalidOperation.AvailabilityZoneMismatch`: 指定的 VPC 交换机 ID、弹性网卡和实例 ID 不在同一个可用区。 The VPC VSwitch of the specified ENI and ECS instance are not in the same availability zone.
 * - `InvalidOperation.VpcMismatch`: 指定的弹性网卡和安全组 ID 不在同一个 VPC。 The VPC of the specified ENI and security group are not in the same VPC.
 * - `SecurityGroupInstanceLimitExceed`: 该安全组内已有的实例数量已超出最大限制。 The maximum number of instances in a security group is exceeded.
 * - `InvalidSecurityGroupId.NotVpc`: 指定的安全组 ID 不是 VPC 类型。 The specified SecurityGroupId not in VPC.
 */
export type CreateNetworkInterfaceErrorCode = "Abs.InvalidAccount.NotFound" | "InvalidEcsId.NotFound" | "InvalidVSwitchId.NotFound" | "MaxEniCountExceeded" | "InvalidOperation.AvailabilityZoneMismatch" | "InvalidOperation.VpcMismatch" | "SecurityGroupInstanceLimitExceed" | "InvalidSecurityGroupId.NotVpc" | CommonErrorCode | (string & {});
/**
 * Error codes AttachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `Abs.InvalidAccount.NotFound`: 您的阿里云账号不存在，或者您的AccessKey已经过期。 The Account is not found or ak is expired.
 * - `InvalidOperation.InvalidEcsState`: 当前ECS实例状态不支持该操作。 The operation is not allowed in the current ECS state.
 * - `InvalidOperation.DetachPrimaryEniNotAllowed`: 不允许从ECS实例上解绑主网卡。 Detaching primary ENI from ECS instance is not allowed.
 * - `InvalidEcsId.NotFound`: 指定的实例ID不存在。 The specified EcsId is not found.
 * - `EniPerInstanceLimitExceeded`: 弹性网卡的数量超过了指定实例类型允许的最大值。 The number of ENI exceeds the limit for the type of instance you are trying to launch.
 * - `InvalidOperation.VpcMismatch`: 指定的弹性网卡和安全组ID不在同一个VPC。 The VPC of the specified ENI and security group are not in the same VPC.
 * - `SecurityGroupInstanceLimitExceed`: 该安全组内已有的实例数量已超出最大限制。 The maximum number of instances in a security group is exceeded.
 * - `InvalidOperation.InvalidEniType`: 当前弹性网卡类型不支持该操作。 The operation is not allowed in the current ENI type.
 */
export type AttachNetworkInterfaceErrorCode = "Abs.InvalidAccount.NotFound" | "InvalidOperation.InvalidEcsState" | "InvalidOperation.DetachPrimaryEniNotAllowed" | "InvalidEcsId.NotFound" | "EniPerInstanceLimitExceeded" | "InvalidOperation.VpcMismatch" | "SecurityGroupInstanceLimitExceed" | "InvalidOperation.InvalidEniType" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeNetworkInterfaces may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `Abs.InvalidAccount.NotFound`: 您的阿里云账号不存在，或者您的 AccessKey 已经过期。 The Account is not found or ak is expired.
 * - `InvalidEcsId.NotFound`: 指定的实例 ID 不存在。 The specified EcsId is not found.
 * - `InvalidVSwitchId.NotFound`: 指定的交换机 ID 不存在。 The specified VSwitchId is not found.
 * - `InvalidOperation.AvailabilityZoneMismatch`: 指定的 VPC 交换机 ID、弹性网卡和实例 ID 不在同一个可用区。 The VPC VSwitch of the specified ENI and ECS instance are not in the same availability zone.
 * - `InvalidOperation.VpcMismatch`: 指定的弹性网卡和安全组 ID 不在同一个 VPC。 The VPC of the specified ENI and security group are not in the same VPC.
 * - `InvalidSecurityGroupId.NotVpc`: 指定的安全组 ID 不是 VPC 类型。 The specified SecurityGroupId not in VPC.
 */
export type DescribeNetworkInterfacesErrorCode = "Abs.InvalidAccount.NotFound" | "InvalidEcsId.NotFound" | "InvalidVSwitchId.NotFound" | "InvalidOperation.AvailabilityZoneMismatch" | "InvalidOperation.VpcMismatch" | "InvalidSecurityGroupId.NotVpc" | CommonErrorCode | (string & {});
/**
 * Error codes DetachNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `Abs.InvalidAccount.NotFound`: 您的阿里云账号不存在，或者您的 AccessKey 已经过期。 The Account is not found or ak is expired.
 * - `InvalidOperation.InvalidEcsState`: 当前 ECS 实例状态不支持该操作。 The operation is not allowed in the current ECS state.
 * - `InvalidOperation.DetachPrimaryEniNotAllowed`: 不允许从 ECS 实例上解绑主网卡。 Detaching primary ENI from ECS instance is not allowed.
 * - `InvalidEcsId.NotFound`: 指定的实例 ID 不存在。 The specified EcsId is not found.
 * - `EniPerInstanceLimitExceeded`: 弹性网卡的数量超过了指定实例类型允许的最大值 The number of ENI exceeds the limit for the type of instance you are trying to launch.
 * - `InvalidOperation.InvalidEniType`: 当前弹性网卡类型不支持该操作。 The operation is not allowed in the current ENI type.
 */
export type DetachNetworkInterfaceErrorCode = "Abs.InvalidAccount.NotFound" | "InvalidOperation.InvalidEcsState" | "InvalidOperation.DetachPrimaryEniNotAllowed" | "InvalidEcsId.NotFound" | "EniPerInstanceLimitExceeded" | "InvalidOperation.InvalidEniType" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `Abs.InvalidAccount.NotFound`: 您的阿里云账号不存在，或者您的 AccessKey 已经过期。 The Account is not found or ak is expired.
 * - `InvalidOperation.DetachPrimaryEniNotAllowed`: 不允许从 ECS 实例上解绑主网卡。 Detaching primary ENI from ECS instance is not allowed.
 * - `InvalidOperation.InvalidEniType`: 当前弹性网卡类型不支持该操作。 The operation is not allowed in the current ENI type.
 */
export type DeleteNetworkInterfaceErrorCode = "Abs.InvalidAccount.NotFound" | "InvalidOperation.DetachPrimaryEniNotAllowed" | "InvalidOperation.InvalidEniType" | CommonErrorCode | (string & {});
/**
 * Error codes ModifyNetworkInterfaceAttribute may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `Abs.InvalidAccount.NotFound`: 您的阿里云账号不存在，或者您的 AccessKey 已经过期。 The Account is not found or ak is expired.
 * - `InvalidVSwitchId.NotFound`: 指定的交换机 ID 不存在。 The specified VSwitchId is not found.
 * - `InvalidOperation.AvailabilityZoneMismatch`: 指定的 VPC 交换机 ID、弹性网卡和实例 ID 不在同一个可用区。 The VPC VSwitch of the specified ENI and ECS instance are not in the same availability zone.
 * - `InvalidOperation.VpcMismatch`: 指定的弹性网卡和安全组 ID 不在同一个 VPC。 The VPC of the specified ENI and security group are not in the same VPC.
 * - `SecurityGroupInstanceLimitExceed`: 该安全组内已有的实例数量已超出最大限制。 The maximum number of instances in a security group is exceeded.
 * - `InvalidSecurityGroupId.NotVpc`: 指定的安全组 ID 不是 VPC 类型。 The specified SecurityGroupId not in VPC.
 * - `InvalidOperation.InvalidEniType`: 当前弹性网卡类型不支持该操作。 The operation is not allowed in the current ENI type.
 */
export type ModifyNetworkInterfaceAttributeErrorCode = "Abs.InvalidAccount.NotFound" | "InvalidVSwitchId.NotFound" | "InvalidOperation.AvailabilityZoneMismatch" | "InvalidOperation.VpcMismatch" | "SecurityGroupInstanceLimitExceed" | "InvalidSecurityGroupId.NotVpc" | "InvalidOperation.InvalidEniType" | CommonErrorCode | (string & {});
/** Error codes DescribeRegions may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeRegionsErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeZones may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeZonesErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes AddTags may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidResourceId.NotFound`: 指定的 ResourceId 不存在。 The specified ResourceId is not found in our records.
 * - `InvalidResourceType.NotFound`: 指定的 ResourceType 不存在。 The ResourceType provided does not exist in our records.
 * - `InvalidTagKey.Malformed`: 指定的 Tag.n.Key 不合法。 The specified Tag.n.Key is not valid.
 * - `InvalidTagValue.Malformed`: 指定的 Tag.n.Value 不合法。 The specified Tag.n.Value is not valid.
 * - `OperationDenied.QuotaExceed`: 资源上的用户 Tag 已经超过 10 个。 The quota of tags on resource is beyond permitted range.
 * - `InvalidTag.Mismatch`: Tag.n.Key 和 Tag.n.Value 没有一一对应。 The specified Tag.n.Key and Tag.n.Value are not match.
 * - `InvalidTagCount`: 指定的 Tag 数超过了 5 个。 The specified tags are beyond the permitted range.
 * - `InvalidResourceId.NotSupported`: 指定的资源 ID 不支持打 Tag。 The specified ResourceId does not support tagging.
 */
export type AddTagsErrorCode = "InvalidResourceId.NotFound" | "InvalidResourceType.NotFound" | "InvalidTagKey.Malformed" | "InvalidTagValue.Malformed" | "OperationDenied.QuotaExceed" | "InvalidTag.Mismatch" | "InvalidTagCount" | "InvalidResourceId.NotSupported" | CommonErrorCode | (string & {});
/**
 * Error codes RemoveTags may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidResourceId.NotFound`: 指定的 ResourceId 不存在。 The specified ResourceId is not found in our records
 * - `InvalidResourceType.NotFound`: 指定的 ResourceType 不存在。 The ResourceType provided does not exist in our records.
 * - `InvalidTagCount`: 指定的 Tag 数超过了5个。 The specified tags are beyond the permitted range
 */
export type RemoveTagsErrorCode = "InvalidResourceId.NotFound" | "InvalidResourceType.NotFound" | "InvalidTagCount" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeTags may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidResourceType.NotFound`: 指定的 ResourceType 不存在。 The ResourceType provided does not exist in our records.
 * - `InvalidTagCount`: 指定的 Tag 数超过了 5 个。 The specified tags are beyond the permitted range.
 * - `InvalidTagKey.Malformed`: 指定的Tag.n.Key不合法。 The parameter Tag.n.Key is illegal.
 * - `InvalidTagValue.Malformed`: 指定的 Tag.n.Value 不合法。 The parameter Tag.n.Value is illegal.
 */
export type DescribeTagsErrorCode = "InvalidResourceType.NotFound" | "InvalidTagCount" | "InvalidTagKey.Malformed" | "InvalidTagValue.Malformed" | CommonErrorCode | (string & {});
/** Error codes DescribeTasks may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTasksErrorCode = CommonErrorCode | (string & {});
/** Error codes DescribeTaskAttribute may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeTaskAttributeErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes CancelTask may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `InvalidTaskId.NotFound`: 指定的TaskId不存在。 The specified "TaskId" is not found.
 * - `InvalidTaskId.TaskActionNotSupport`: 指定的Task不支持取消。 The specified task action not support.
 * - `InvalidTaskId.IncorrectTaskStatus`: 指定的Task状态不正确。 The specified task status is not invalid.
 * - `CancelTaskFailed`: 取消任务失败，请联系管理员。 The task is failed to cancel, Please contact the administrator.
 */
export type CancelTaskErrorCode = "InvalidTaskId.NotFound" | "InvalidTaskId.TaskActionNotSupport" | "InvalidTaskId.IncorrectTaskStatus" | "CancelTaskFailed" | CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    RunInstances: RunInstancesErrorCode;
    CreateInstance: CreateInstanceErrorCode;
    StartInstance: StartInstanceErrorCode;
    StopInstance: StopInstanceErrorCode;
    RebootInstance: RebootInstanceErrorCode;
    DeleteInstance: DeleteInstanceErrorCode;
    AttachInstanceRamRole: AttachInstanceRamRoleErrorCode;
    DetachInstanceRamRole: DetachInstanceRamRoleErrorCode;
    DescribeInstanceStatus: DescribeInstanceStatusErrorCode;
    DescribeInstances: DescribeInstancesErrorCode;
    DescribeUserData: DescribeUserDataErrorCode;
    DescribeInstanceRamRole: DescribeInstanceRamRoleErrorCode;
    DescribeInstanceTypeFamilies: DescribeInstanceTypeFamiliesErrorCode;
    DescribeInstanceTypes: DescribeInstanceTypesErrorCode;
    ModifyInstanceAttribute: ModifyInstanceAttributeErrorCode;
    ModifyInstanceVpcAttribute: ModifyInstanceVpcAttributeErrorCode;
    ModifyInstanceVncPasswd: ModifyInstanceVncPasswdErrorCode;
    CreateDeploymentSet: CreateDeploymentSetErrorCode;
    DeleteDeploymentSet: DeleteDeploymentSetErrorCode;
    ModifyDeploymentSetAttribute: ModifyDeploymentSetAttributeErrorCode;
    DescribeDeploymentSets: DescribeDeploymentSetsErrorCode;
    DescribeDeploymentSetTopology: DescribeDeploymentSetTopologyErrorCode;
    CreateDisk: CreateDiskErrorCode;
    DescribeDisks: DescribeDisksErrorCode;
    AttachDisk: AttachDiskErrorCode;
    DetachDisk: DetachDiskErrorCode;
    ModifyDiskAttribute: ModifyDiskAttributeErrorCode;
    ReInitDisk: ReInitDiskErrorCode;
    ResetDisk: ResetDiskErrorCode;
    ReplaceSystemDisk: ReplaceSystemDiskErrorCode;
    ResizeDisk: ResizeDiskErrorCode;
    DeleteDisk: DeleteDiskErrorCode;
    migrate_disk: migrate_diskErrorCode;
    query_load_progress: query_load_progressErrorCode;
    CreateSnapshot: CreateSnapshotErrorCode;
    DeleteSnapshot: DeleteSnapshotErrorCode;
    DescribeSnapshots: DescribeSnapshotsErrorCode;
    ImportSnapshot: ImportSnapshotErrorCode;
    ExportSnapshot: ExportSnapshotErrorCode;
    DescribeSnapshotLinks: DescribeSnapshotLinksErrorCode;
    CreateAutoSnapshotPolicy: CreateAutoSnapshotPolicyErrorCode;
    DeleteAutoSnapshotPolicy: DeleteAutoSnapshotPolicyErrorCode;
    ModifyAutoSnapshotPolicyEx: ModifyAutoSnapshotPolicyExErrorCode;
    DescribeAutoSnapshotPolicyEx: DescribeAutoSnapshotPolicyExErrorCode;
    ApplyAutoSnapshotPolicy: ApplyAutoSnapshotPolicyErrorCode;
    CancelAutoSnapshotPolicy: CancelAutoSnapshotPolicyErrorCode;
    CreateImage: CreateImageErrorCode;
    DescribeImages: DescribeImagesErrorCode;
    ModifyImageAttribute: ModifyImageAttributeErrorCode;
    DeleteImage: DeleteImageErrorCode;
    CopyImage: CopyImageErrorCode;
    CancelCopyImage: CancelCopyImageErrorCode;
    ModifyImageSharePermission: ModifyImageSharePermissionErrorCode;
    DescribeImageSharePermission: DescribeImageSharePermissionErrorCode;
    ImportImage: ImportImageErrorCode;
    ExportImage: ExportImageErrorCode;
    AllocatePublicIpAddress: AllocatePublicIpAddressErrorCode;
    ModifyInstanceNetworkSpec: ModifyInstanceNetworkSpecErrorCode;
    CreateSecurityGroup: CreateSecurityGroupErrorCode;
    AuthorizeSecurityGroup: AuthorizeSecurityGroupErrorCode;
    AuthorizeSecurityGroupEgress: AuthorizeSecurityGroupEgressErrorCode;
    RevokeSecurityGroup: RevokeSecurityGroupErrorCode;
    RevokeSecurityGroupEgress: RevokeSecurityGroupEgressErrorCode;
    JoinSecurityGroup: JoinSecurityGroupErrorCode;
    LeaveSecurityGroup: LeaveSecurityGroupErrorCode;
    DeleteSecurityGroup: DeleteSecurityGroupErrorCode;
    DescribeSecurityGroupAttribute: DescribeSecurityGroupAttributeErrorCode;
    DescribeSecurityGroups: DescribeSecurityGroupsErrorCode;
    DescribeSecurityGroupReferences: DescribeSecurityGroupReferencesErrorCode;
    ModifySecurityGroupAttribute: ModifySecurityGroupAttributeErrorCode;
    ModifySecurityGroupPolicy: ModifySecurityGroupPolicyErrorCode;
    ModifySecurityGroupRule: ModifySecurityGroupRuleErrorCode;
    CreateKeyPair: CreateKeyPairErrorCode;
    ImportKeyPair: ImportKeyPairErrorCode;
    AttachKeyPair: AttachKeyPairErrorCode;
    DetachKeyPair: DetachKeyPairErrorCode;
    DeleteKeyPairs: DeleteKeyPairsErrorCode;
    DescribeKeyPairs: DescribeKeyPairsErrorCode;
    CreateNetworkInterface: CreateNetworkInterfaceErrorCode;
    AttachNetworkInterface: AttachNetworkInterfaceErrorCode;
    DescribeNetworkInterfaces: DescribeNetworkInterfacesErrorCode;
    DetachNetworkInterface: DetachNetworkInterfaceErrorCode;
    DeleteNetworkInterface: DeleteNetworkInterfaceErrorCode;
    ModifyNetworkInterfaceAttribute: ModifyNetworkInterfaceAttributeErrorCode;
    DescribeRegions: DescribeRegionsErrorCode;
    DescribeZones: DescribeZonesErrorCode;
    AddTags: AddTagsErrorCode;
    RemoveTags: RemoveTagsErrorCode;
    DescribeTags: DescribeTagsErrorCode;
    DescribeTasks: DescribeTasksErrorCode;
    DescribeTaskAttribute: DescribeTaskAttributeErrorCode;
    CancelTask: CancelTaskErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.describeInstanceStatus(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeInstanceStatus") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

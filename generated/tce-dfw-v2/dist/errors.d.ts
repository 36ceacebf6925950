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
 * Error codes DescribeNetworkInterfacesOfSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7001`: 安全组不属于当前用户
 */
export type DescribeNetworkInterfacesOfSecurityGroupErrorCode = "7000" | "7001" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupsOfNetworkInterface may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 */
export type ModifySecurityGroupsOfNetworkInterfaceErrorCode = "7000" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7001`: 安全组不存在
 * - `7006`: 系统默认安全组禁止删除
 */
export type DeleteSecurityGroupErrorCode = "7000" | "7001" | "7006" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupAttributes may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7005`: 安全组名已存在
 * - `7006`: 系统默认安全组禁止修改
 * - `9003`: 安全组名称/备注超长或包含非法字符
 */
export type ModifySecurityGroupAttributesErrorCode = "7000" | "7005" | "7006" | "9003" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupPolicys may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7001`: 安全组不属于当前用户
 */
export type DescribeSecurityGroupPolicysErrorCode = "7000" | "7001" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupPolicys may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7001`: 安全组不属于当前用户
 * - `7002`: 规则数量超过配额
 * - `7006`: 系统默认安全组禁止修改
 * - `9003`: 规则数据格式错误
 */
export type ModifySecurityGroupPolicysErrorCode = "7000" | "7001" | "7002" | "7006" | "9003" | CommonErrorCode | (string & {});
/** Error codes DescribeInstancesOfSecurityGroup may return: its own documented codes, the service's common codes, and any other string. */
export type DescribeInstancesOfSecurityGroupErrorCode = CommonErrorCode | (string & {});
/**
 * Error codes ModifySecurityGroupsOfInstance may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7003`: 云服务器当前状态禁止关联
 */
export type ModifySecurityGroupsOfInstanceErrorCode = "7000" | "7003" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeAssociateSecurityGroups may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `9003`: 输入为空
 */
export type DescribeAssociateSecurityGroupsErrorCode = "7000" | "9003" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroupPolicy may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7001`: 安全组不属于当前用户
 * - `7002`: 规则数量超过配额
 * - `7006`: 系统默认安全组禁止修改
 * - `9003`: 规则数据格式错误
 */
export type CreateSecurityGroupPolicyErrorCode = "7000" | "7001" | "7002" | "7006" | "9003" | CommonErrorCode | (string & {});
/**
 * Error codes ModifySingleSecurityGroupPolicy may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7001`: 安全组不属于当前用户
 * - `7002`: 规则数量超过配额
 * - `7006`: 系统默认安全组禁止修改
 * - `9003`: 规则数据格式错误
 */
export type ModifySingleSecurityGroupPolicyErrorCode = "7000" | "7001" | "7002" | "7006" | "9003" | CommonErrorCode | (string & {});
/**
 * Error codes DescribeSecurityGroupEx may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 */
export type DescribeSecurityGroupExErrorCode = "7000" | CommonErrorCode | (string & {});
/**
 * Error codes CreateSecurityGroup may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 * - `7002`: 安全组个数已达上限
 * - `7005`: 安全组名已存在
 * - `9003`: 安全组名称/备注超长或包含非法字符
 */
export type CreateSecurityGroupErrorCode = "7000" | "7002" | "7005" | "9003" | CommonErrorCode | (string & {});
/**
 * Error codes DeleteSecurityGroupPolicy may return: its own documented codes, the service's common codes, and any other string.
 *
 * - `7000`: 安全组后台异常
 */
export type DeleteSecurityGroupPolicyErrorCode = "7000" | CommonErrorCode | (string & {});
/** The documented error codes of each action, by action name. */
export interface ErrorCodes {
    DescribeNetworkInterfacesOfSecurityGroup: DescribeNetworkInterfacesOfSecurityGroupErrorCode;
    ModifySecurityGroupsOfNetworkInterface: ModifySecurityGroupsOfNetworkInterfaceErrorCode;
    DeleteSecurityGroup: DeleteSecurityGroupErrorCode;
    ModifySecurityGroupAttributes: ModifySecurityGroupAttributesErrorCode;
    DescribeSecurityGroupPolicys: DescribeSecurityGroupPolicysErrorCode;
    ModifySecurityGroupPolicys: ModifySecurityGroupPolicysErrorCode;
    DescribeInstancesOfSecurityGroup: DescribeInstancesOfSecurityGroupErrorCode;
    ModifySecurityGroupsOfInstance: ModifySecurityGroupsOfInstanceErrorCode;
    DescribeAssociateSecurityGroups: DescribeAssociateSecurityGroupsErrorCode;
    CreateSecurityGroupPolicy: CreateSecurityGroupPolicyErrorCode;
    ModifySingleSecurityGroupPolicy: ModifySingleSecurityGroupPolicyErrorCode;
    DescribeSecurityGroupEx: DescribeSecurityGroupExErrorCode;
    CreateSecurityGroup: CreateSecurityGroupErrorCode;
    DeleteSecurityGroupPolicy: DeleteSecurityGroupPolicyErrorCode;
}
/**
 * True when `error` is a {@link ServiceError} raised by `action`; its `code` is then typed with the
 * codes documented for that action (codes the documents do not list still match as strings).
 *
 * @example
 * ```ts
 * try { await client.describeNetworkInterfacesOfSecurityGroup(input); }
 * catch (e) { if (isServiceErrorFrom(e, "DescribeNetworkInterfacesOfSecurityGroup") && e.code === "...") { ... } }
 * ```
 */
export declare function isServiceErrorFrom<A extends keyof ErrorCodes>(error: unknown, action: A): error is ServiceError & {
    action: A;
    code: ErrorCodes[A];
};

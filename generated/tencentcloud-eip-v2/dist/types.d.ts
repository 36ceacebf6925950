/** Members of data in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeEipResponseData {
    /** 返回 EIP 信息列表 */
    eipSet?: DescribeEipResponseDataEipSet[] | undefined;
}
/** Items of data.eipSet in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeEipResponseDataEipSet {
    /** EIP 实例 ID */
    eipId?: string | undefined;
    /** EIP 名称 */
    eipName?: string | undefined;
    /** EIP 地址 */
    eip?: string | undefined;
    /**
     * 运营商 ID
     * 0：电信； 1：联通； 2：移动； 3：教育网； 4：盈科； 5：BGP； 6：中国香港
     */
    ispId?: number | undefined;
    /**
     * 状态
     * 0：创建中； 1：绑定中； 2：已绑定； 3：解绑中； 4：未绑定； 6：下线中； 9：创建失败
     */
    status?: number | undefined;
    /**
     * 类型
     * 0：CVM； 1：NAT网关
     */
    type?: number | undefined;
    /**
     * 是否欠费隔离
     * 1： 欠费隔离； 0： 正常。处在欠费隔离情况下的 EIP 不能进行任何管理操作
     */
    arrears?: number | undefined;
    /** EIP 所绑定的服务器实例 ID，未绑定则为空 */
    unInstanceId?: string | undefined;
    /** 弹性网卡唯一 ID */
    networkInterfaceId?: string | undefined;
    /** 服务器内网 IP */
    privateIpAddress?: string | undefined;
    /** 创建时间 */
    createdAt?: string | undefined;
    /** 更新时间 */
    updatedAt?: string | undefined;
    /** EIP 未绑定服务器时长（单位：秒） */
    freeSecond?: number | undefined;
}
/** Members of data in the DescribeEipQuota response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeEipQuotaResponseData {
    /** 能申请 EIP 个数的总配额 */
    eipNumQuota?: number | undefined;
    /** 当前 EIP 个数 */
    currentEipNum?: number | undefined;
    /** 日申请 EIP 的次数限制 */
    dailyApplyQuota?: number | undefined;
    /** 当天申请 EIP 次数 */
    dailyApplyCount?: number | undefined;
    /** 日解绑 EIP 时重新分配普通公网 IP 的次数限制 */
    dailyAllocWanIpQuota?: number | undefined;
    /** 当天解绑 EIP 并重新分配普通公网 IP 次数 */
    dailyAllocWanIpCount?: number | undefined;
}
/** Members of data in the CreateEip response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateEipResponseData {
    /** 创建的 EIP 实例 ID 列表 */
    eipIds?: Array<Record<string, unknown>> | undefined;
}
/** Input of DescribeEip: 查询弹性公网IP列表 */
export interface DescribeEipRequest {
    /** EIP 实例 ID 列表，列表下标从0开始 */
    eipIds?: string[] | undefined;
    /** EIP 列表，列表下标从0开始 */
    eips?: string[] | undefined;
    /** 服务器实例 ID 列表，列表下标从0开始，可通过 DescribeInstances  接口返回字段中的unInstanceId 获取 */
    unInstanceIds?: string[] | undefined;
    /** 弹性网卡唯一 ID 列表，列表下标从0开始，可通过 DescribeNetworkInterfaces  接口返回字段中的 networkInterfaceId 获取 */
    networkInterfaceIds?: string[] | undefined;
    /** 服务器内网 IP */
    privateIpAddress?: string | undefined;
    /** EIP 实例名称，模糊匹配 */
    searchKey?: string | undefined;
    /**
     * 状态列表，列表下标从0开始
     * 0：创建中； 1：绑定中； 2：已绑定； 3：解绑中； 4：未绑定； 6：下线中； 9：创建失败
     */
    status?: number[] | undefined;
    /** 0：CVM；1：NAT 网关 */
    type?: number | undefined;
    /** 返回 EIP 数量，默认20, 最大值100 */
    limit?: number | undefined;
    /** 偏移量，默认为0 */
    offset?: number | undefined;
    /** 排序字段，支持： eipId, eip, ispId, status, unInstanceId, arrears, createdAt */
    orderBy?: string | undefined;
    /** 1倒序，0顺序，默认倒序说明：查询接口中单次查询一般都有一个默认最大返回记录数，要遍历所有资源，需要使用 limit，offset 进行分页查询；例如我想查询第110~149 这40条记录，则可以设置 offset=110，limit=40。 */
    orderType?: number | undefined;
}
/**
 * Output of DescribeEip: 查询弹性公网IP列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeEipResponse {
    /** 返回符合过滤条件的 EIP 数量；假如指定 limit，offset，该值有可能大于 data 列表中的数量 */
    totalCount?: number | undefined;
    /** 返回列表 */
    data?: DescribeEipResponseData | undefined;
}
/** Input of DescribeEipQuota: 查询弹性公网IP配额 */
export interface DescribeEipQuotaRequest {
}
/**
 * Output of DescribeEipQuota: 查询弹性公网IP配额
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeEipQuotaResponse {
    /** 返回的数据结构。 */
    data?: DescribeEipQuotaResponseData | undefined;
}
/** Input of CreateEip: 创建弹性公网IP */
export interface CreateEipRequest {
    /** 单次申请数量（默认为1, 最大为5） */
    goodsNum?: number | undefined;
}
/**
 * Output of CreateEip: 创建弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateEipResponse {
    /** 返回列表 */
    data?: CreateEipResponseData | undefined;
}
/** Input of DeleteEip: 释放弹性公网IP */
export interface DeleteEipRequest {
    /** EIP 实例 ID 列表，列表下标从0开始，可通过 DescribeEip 接口返回字段中的 eipId 获取。 */
    eipIds: string[];
}
/**
 * Output of DeleteEip: 释放弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteEipResponse {
}
/** Input of ModifyEipAttributes: 修改弹性公网IP名称 */
export interface ModifyEipAttributesRequest {
    /** EIP 实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取 */
    eipId: string;
    /** EIP 实例别名 */
    eipName: string;
}
/**
 * Output of ModifyEipAttributes: 修改弹性公网IP名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyEipAttributesResponse {
}
/** Input of EipBindInstance: 绑定弹性公网IP */
export interface EipBindInstanceRequest {
    /** EIP 的实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取 */
    eipId: string;
    /** 待操作服务器的实例 ID，可通过 DescribeInstances 接口返回字段中的 unInstanceId 获取，传入参数 unInstanceId 表示绑定服务器的主网卡主 IP */
    unInstanceId?: string | undefined;
    /** 弹性网卡唯一 ID，可通过 DescribeNetworkInterfaces  接口返回字段中的networkInterfaceId获取 */
    networkInterfaceId?: string | undefined;
    /** 服务器内网 IP，绑定时或者传入参数 unInstanceId，或者传入参数 networkInterfaceId 和privateIpAddress。当 networkInterfaceId 和 privateIpAddress 没有绑定在服务器上时，绑定操作会保持其与 EIP 的关系。 */
    privateIpAddress?: string | undefined;
}
/**
 * Output of EipBindInstance: 绑定弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface EipBindInstanceResponse {
}
/** Input of EipUnBindInstance: 解绑弹性公网IP */
export interface EipUnBindInstanceRequest {
    /** EIP 实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取 */
    eipId?: string | undefined;
    /**
     * 弹性公网 IP 与服务器解绑后，是否需要为服务器的主网卡主 IP 重新分配新的普通公网 IP。该普通公网IP 随着服务器的释放而释放，不具备弹性。
     * 0：不分配； 1：分配（默认为0）。
     */
    allocWanIp?: number | undefined;
    /** 弹性网卡唯一 ID，可通过 DescribeNetworkInterfaces 接口返回字段中的 networkInterfaceId获取 */
    networkInterfaceId?: string | undefined;
    /** 服务器内网 IP，解绑时或者传入参数 eipId，或者传入参数 networkInterfaceId 和 */
    privateIpAddress?: string | undefined;
    /**
     * 弹性公网 IP 与服务器解绑后，是否需要解除 networkInterfaceId 和 privateIpAddress 与 EIP 的关系。此参数仅对支持弹性网卡的服务器在非主网卡主 IP 解绑时有意义，其他默认解除。
     * 0：不解除； 1：解除（默认为1）。
     */
    privateIpAddressunBindPrivateIpWithEip?: number | undefined;
}
/**
 * Output of EipUnBindInstance: 解绑弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface EipUnBindInstanceResponse {
}
/** Input of TransformMode: 弹性公网IP模式切换 */
export interface TransformModeRequest {
    /** EIP 实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取 */
    eipId: string;
    /**
     * 要切换到的模式
     * 0：NAT模式，1：直通模式。
     */
    mode: number;
}
/**
 * Output of TransformMode: 弹性公网IP模式切换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface TransformModeResponse {
}
/** Input of TransformWanIpToEip: 普通公网IP转弹性公网IP */
export interface TransformWanIpToEipRequest {
    /** 待操作有普通公网 IP 的服务器实例 ID，可通过 DescribeInstances 接口返回字段中的 unInstanceId 获取。 */
    unInstanceId: string;
}
/**
 * Output of TransformWanIpToEip: 普通公网IP转弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface TransformWanIpToEipResponse {
}

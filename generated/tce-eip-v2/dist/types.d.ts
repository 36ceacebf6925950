/** Members of data in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeEipResponseData {
    /** 返回EIP信息列表 */
    eipSet?: DescribeEipResponseDataEipSet[] | undefined;
}
/** Items of data.eipSet in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeEipResponseDataEipSet {
    /** EIP实例ID */
    eipId?: string | undefined;
    /** EIP名称 */
    eipName?: string | undefined;
    /** EIP地址 */
    eip?: string | undefined;
    /** 运营商ID 0: 电信; 1: 联通; 2: 移动; 3: 教育网; 4: 盈科; 5: BGP; 6: 香港 */
    ispId?: number | undefined;
    /** 状态 0 : 创建中 ; 1 : 绑定中 ; 2 : 已绑定 ; 3 : 解绑中 ; 4 : 未绑定 ; 6 : 下线中 ; 9 : 创建失败 */
    status?: number | undefined;
    /** 类型 0 : CVM ; 1 : NAT网关 */
    type?: number | undefined;
    /** 是否欠费隔离 1 : 欠费隔离 ; 0 : 正常。处在欠费隔离情况下的EIP不能进行任何管理操作。 */
    arrears?: number | undefined;
    /** EIP所绑定的服务器实例ID, 未绑定则为空 */
    unInstanceId?: string | undefined;
    /** 弹性网卡唯一ID */
    networkInterfaceId?: string | undefined;
    /** 服务器内网IP */
    privateIpAddress?: string | undefined;
    /** 创建时间 */
    createdAt?: string | undefined;
    /** 更新时间 */
    updatedAt?: string | undefined;
    /** EIP未绑定服务器时长 (单位 : 秒) */
    freeSecond?: number | undefined;
}
/** Members of data in the DescribeEipQuota response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeEipQuotaResponseData {
    /** 能申请EIP个数的总配额 */
    eipNumQuota?: number | undefined;
    /** 当前EIP个数 */
    currentEipNum?: number | undefined;
    /** 日申请EIP的次数限制 */
    dailyApplyQuota?: number | undefined;
    /** 当天申请EIP次数 */
    dailyApplyCount?: number | undefined;
    /** 日解绑EIP时重新分配普通公网IP的次数限制 */
    dailyAllocWanIpQuota?: number | undefined;
    /** 当天解绑EIP并重新分配普通公网IP次数 */
    dailyAllocWanIpCount?: number | undefined;
}
/** Members of data in the CreateEip response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface CreateEipResponseData {
    /** 创建的EIP实例ID列表 */
    eipIds?: Array<Record<string, unknown>> | undefined;
}
/** Input of DescribeEip: 查询弹性公网IP列表 */
export interface DescribeEipRequest {
    /** EIP实例ID列表, 列表下标从0开始 */
    eipIds?: string[] | undefined;
    /** EIP列表, 列表下标从0开始 */
    eips?: string[] | undefined;
    /** 服务器实例ID列表, 列表下标从0开始, 可通过DescribeInstances接口返回字段中的unInstanceId获取 */
    unInstanceId?: string[] | undefined;
    /** 弹性网卡唯一ID列表, 列表下标从0开始, 可通过DescribeNetworkInterfaces接口返回字段中的networkInterfaceId获取 */
    networkInterfaceIds?: string[] | undefined;
    /** 服务器内网IP */
    privateIpAddress?: string | undefined;
    /** EIP实例名称, 模糊匹配 */
    searchKey?: string | undefined;
    /** 状态列表, 列表下标从0开始 0: 创建中; 1: 绑定中; 2: 已绑定; 3: 解绑中; 4: 未绑定; 6: 下线中; 9: 创建失败 */
    status?: number[] | undefined;
    /** 0: CVM; 1: NAT网关 */
    type?: number | undefined;
    /** 返回EIP数量, 默认 20, 最大值 100 */
    limit?: number | undefined;
    /** 偏移量, 默认为0 */
    offset?: number | undefined;
    /** 排序字段, 支持: eipId, eip, ispId, status, unInstanceId, arrears, createdAt */
    orderBy?: string | undefined;
    /** 1倒序, 0顺序, 默认倒序 */
    orderType?: number | undefined;
}
/**
 * Output of DescribeEip: 查询弹性公网IP列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeEipResponse {
    /** 返回符合过滤条件的EIP数量; 假如指定limit, offset, 该值有可能大于data列表中的数量 */
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
    /** 返回的数据结构 */
    data?: DescribeEipQuotaResponseData | undefined;
}
/** Input of ModifyEipAttributes: 修改弹性公网IP名称 */
export interface ModifyEipAttributesRequest {
    /** EIP实例ID, 可通过 DescribeEip 接口返回字段中的eipId获取 */
    eipId: string;
    /** EIP实例别名 */
    eipName: string;
}
/**
 * Output of ModifyEipAttributes: 修改弹性公网IP名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyEipAttributesResponse {
}
/** Input of CreateEip: 创建弹性公网IP */
export interface CreateEipRequest {
    /** 单次申请数量 (默认为1, 最大为5) */
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
    /** EIP实例ID列表, 列表下标从0开始, 可通过DescribeEip接口返回字段中的eipId获取 */
    eipIds: string[];
}
/**
 * Output of DeleteEip: 释放弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteEipResponse {
}
/** Input of EipBindInstance: 绑定弹性公网IP */
export interface EipBindInstanceRequest {
    /** EIP的实例ID，可通过DescribeEip接口返回字段中的eipId获取 */
    eipId: string;
    /** 待操作服务器的实例ID，可通过DescribeInstances接口返回字段中的unInstanceId获取，传入参数unInstanceId表示绑定服务器的主网卡主IP */
    unInstanceId?: string | undefined;
    /** 弹性网卡唯一ID，可通过DescribeNetworkInterfaces接口返回字段中的networkInterfaceId获取 */
    networkInterfaceId?: string | undefined;
    /** 服务器内网IP，绑定时或者传入参数unInstanceId，或者传入参数networkInterfaceId和privateIpAddress。当networkInterfaceId和privateIpAddress没有绑定在服务器上时，绑定操作会保持其与EIP的关系。 */
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
    /** EIP实例ID，可通过DescribeEip接口返回字段中的 eipId获取 */
    eipId?: string | undefined;
    /** 弹性公网IP与服务器解绑后，是否需要为服务器的主网卡主IP重新分配新的普通公网IP。该普通公网IP随着服务器的释放而释放，不具备弹性。 0：不分配；1：分配（默认为0）。 */
    allocWanIp?: number | undefined;
    /** 弹性网卡唯一ID，可通过DescribeNetworkInterfaces接口返回字段中的networkInterfaceId获取 */
    networkInterfaceId?: string | undefined;
    /** 服务器内网IP，解绑时或者传入参数eipId，或者传入参数networkInterfaceId和privateIpAddress */
    privateIpAddress?: string | undefined;
    /** 弹性公网IP与服务器解绑后，是否需要解除networkInterfaceId和privateIpAddress与EIP的关系。此参数仅对支持弹性网卡的服务器在非主网卡主IP解绑时有意义，其他默认解除。 0：不解除；1：解除（默认为1）。 */
    unBindPrivateIpWithEip?: number | undefined;
}
/**
 * Output of EipUnBindInstance: 解绑弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface EipUnBindInstanceResponse {
}
/** Input of TransformWanIpToEip: 普通公网IP转弹性公网IP */
export interface TransformWanIpToEipRequest {
    /** 待操作有普通公网IP的服务器实例ID, 可通过DescribeInstances接口返回字段中的unInstanceId获取。 */
    unInstanceId: string;
}
/**
 * Output of TransformWanIpToEip: 普通公网IP转弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface TransformWanIpToEipResponse {
}

/**
 * Items of data in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11832
 */
export interface DescribeEipResponseData {
    /**
     * 返回EIP信息列表
     *
     * @see spec/sources/tce-vpc.txt line 11832
     */
    eipSet?: DescribeEipResponseDataEipSet[] | undefined;
}
/**
 * Items of data.eipSet in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11833
 */
export interface DescribeEipResponseDataEipSet {
    /**
     * EIP实例ID
     *
     * @see spec/sources/tce-vpc.txt line 11833
     */
    eipId?: string | undefined;
    /**
     * EIP名称
     *
     * @see spec/sources/tce-vpc.txt line 11834
     */
    eipName?: string | undefined;
    /**
     * EIP地址
     *
     * @see spec/sources/tce-vpc.txt line 11835
     */
    eip?: string | undefined;
    /**
     * 运营商ID 0: 电信; 1: 联通; 2: 移动; 3: 教育网; 4: 盈科; 5: BGP; 6: 香港
     *
     * @see spec/sources/tce-vpc.txt line 11836
     */
    ispId?: number | undefined;
    /**
     * 状态 0 : 创建中 ; 1 : 绑定中 ; 2 : 已绑定 ; 3 : 解绑中 ; 4 : 未绑定 ; 6 : 下线中 ; 9 : 创建失败
     *
     * @see spec/sources/tce-vpc.txt line 11838
     */
    status?: number | undefined;
    /**
     * 类型 0 : CVM ; 1 : NAT网关
     *
     * @see spec/sources/tce-vpc.txt line 11839
     */
    type?: number | undefined;
    /**
     * 是否欠费隔离 1 : 欠费隔离 ; 0 : 正常。处在欠费隔离情况下的EIP不能进行任何管理操作。
     *
     * @see spec/sources/tce-vpc.txt line 11840
     */
    arrears?: number | undefined;
    /**
     * EIP所绑定的服务器实例ID, 未绑定则为空
     *
     * @see spec/sources/tce-vpc.txt line 11841
     */
    unInstanceId?: string | undefined;
    /**
     * 弹性网卡唯一ID
     *
     * @see spec/sources/tce-vpc.txt line 11842
     */
    networkInterfaceId?: string | undefined;
    /**
     * 服务器内网IP
     *
     * @see spec/sources/tce-vpc.txt line 11843
     */
    privateIpAddress?: string | undefined;
    /**
     * 创建时间
     *
     * @see spec/sources/tce-vpc.txt line 11844
     */
    createdAt?: string | undefined;
    /**
     * 更新时间
     *
     * @see spec/sources/tce-vpc.txt line 11845
     */
    updatedAt?: string | undefined;
    /**
     * EIP未绑定服务器时长 (单位 : 秒)
     *
     * @see spec/sources/tce-vpc.txt line 11846
     */
    freeSecond?: number | undefined;
}
/**
 * Items of data in the DescribeEipQuota response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 11912
 */
export interface DescribeEipQuotaResponseData {
    /**
     * 能申请EIP个数的总配额
     *
     * @see spec/sources/tce-vpc.txt line 11912
     */
    eipNumQuota?: number | undefined;
    /**
     * 当前EIP个数
     *
     * @see spec/sources/tce-vpc.txt line 11913
     */
    currentEipNum?: number | undefined;
    /**
     * 日申请EIP的次数限制
     *
     * @see spec/sources/tce-vpc.txt line 11914
     */
    dailyApplyQuota?: number | undefined;
    /**
     * 当天申请EIP次数
     *
     * @see spec/sources/tce-vpc.txt line 11915
     */
    dailyApplyCount?: number | undefined;
    /**
     * 日解绑EIP时重新分配普通公网IP的次数限制
     *
     * @see spec/sources/tce-vpc.txt line 11916
     */
    dailyAllocWanIpQuota?: number | undefined;
    /**
     * 当天解绑EIP并重新分配普通公网IP次数
     *
     * @see spec/sources/tce-vpc.txt line 11917
     */
    dailyAllocWanIpCount?: number | undefined;
}
/**
 * Items of data in the CreateEip response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tce-vpc.txt line 12016
 */
export interface CreateEipResponseData {
    /**
     * 创建的EIP实例ID列表
     *
     * @see spec/sources/tce-vpc.txt line 12016
     */
    eipIds?: Array<Record<string, unknown>> | undefined;
}
/**
 * Input of DescribeEip: 查询弹性公网IP列表
 *
 * @see spec/sources/tce-vpc.txt line 11793
 */
export interface DescribeEipRequest {
    /**
     * EIP实例ID列表, 列表下标从0开始
     *
     * @see spec/sources/tce-vpc.txt line 11806
     */
    eipIds?: string[] | undefined;
    /**
     * EIP列表, 列表下标从0开始
     *
     * @see spec/sources/tce-vpc.txt line 11807
     */
    eips?: string[] | undefined;
    /**
     * 服务器实例ID列表, 列表下标从0开始, 可通过DescribeInstances接口返回字段中的unInstanceId获取
     *
     * @see spec/sources/tce-vpc.txt line 11808
     */
    unInstanceId?: string[] | undefined;
    /**
     * 弹性网卡唯一ID列表, 列表下标从0开始, 可通过DescribeNetworkInterfaces接口返回字段中的networkInterfaceId获取
     *
     * @see spec/sources/tce-vpc.txt line 11809
     */
    networkInterfaceIds?: string[] | undefined;
    /**
     * 服务器内网IP
     *
     * @see spec/sources/tce-vpc.txt line 11810
     */
    privateIpAddress?: string | undefined;
    /**
     * EIP实例名称, 模糊匹配
     *
     * @see spec/sources/tce-vpc.txt line 11811
     */
    searchKey?: string | undefined;
    /**
     * 状态列表, 列表下标从0开始 0: 创建中; 1: 绑定中; 2: 已绑定; 3: 解绑中; 4: 未绑定; 6: 下线中; 9: 创建失败
     *
     * @see spec/sources/tce-vpc.txt line 11812
     */
    status?: number[] | undefined;
    /**
     * 0: CVM; 1: NAT网关
     *
     * @see spec/sources/tce-vpc.txt line 11813
     */
    type?: number | undefined;
    /**
     * 返回EIP数量, 默认 20, 最大值 100
     *
     * @see spec/sources/tce-vpc.txt line 11814
     */
    limit?: number | undefined;
    /**
     * 偏移量, 默认为0
     *
     * @see spec/sources/tce-vpc.txt line 11815
     */
    offset?: number | undefined;
    /**
     * 排序字段, 支持: eipId, eip, ispId, status, unInstanceId, arrears, createdAt
     *
     * @see spec/sources/tce-vpc.txt line 11816
     */
    orderBy?: string | undefined;
    /**
     * 1倒序, 0顺序, 默认倒序
     *
     * @see spec/sources/tce-vpc.txt line 11817
     */
    orderType?: number | undefined;
}
/**
 * Output of DescribeEip: 查询弹性公网IP列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11793
 */
export interface DescribeEipResponse {
    /**
     * 返回符合过滤条件的EIP数量; 假如指定limit, offset, 该值有可能大于data列表中的数量
     *
     * @see spec/sources/tce-vpc.txt line 11826
     */
    totalCount?: number | undefined;
    /**
     * 返回列表
     *
     * @see spec/sources/tce-vpc.txt line 11827
     */
    data?: DescribeEipResponseData[] | undefined;
}
/**
 * Input of DescribeEipQuota: 查询弹性公网IP配额
 *
 * @see spec/sources/tce-vpc.txt line 11887
 */
export interface DescribeEipQuotaRequest {
}
/**
 * Output of DescribeEipQuota: 查询弹性公网IP配额
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11887
 */
export interface DescribeEipQuotaResponse {
    /**
     * 返回的数据结构
     *
     * @see spec/sources/tce-vpc.txt line 11907
     */
    data?: DescribeEipQuotaResponseData[] | undefined;
}
/**
 * Input of ModifyEipAttributes: 修改弹性公网IP名称
 *
 * @see spec/sources/tce-vpc.txt line 11948
 */
export interface ModifyEipAttributesRequest {
    /**
     * EIP实例ID, 可通过 DescribeEip 接口返回字段中的eipId获取
     *
     * @see spec/sources/tce-vpc.txt line 11961
     */
    eipId: string;
    /**
     * EIP实例别名
     *
     * @see spec/sources/tce-vpc.txt line 11962
     */
    eipName: string;
}
/**
 * Output of ModifyEipAttributes: 修改弹性公网IP名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11948
 */
export interface ModifyEipAttributesResponse {
}
/**
 * Input of CreateEip: 创建弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 11990
 */
export interface CreateEipRequest {
    /**
     * 单次申请数量 (默认为1, 最大为5)
     *
     * @see spec/sources/tce-vpc.txt line 12004
     */
    goodsNum?: number | undefined;
}
/**
 * Output of CreateEip: 创建弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 11990
 */
export interface CreateEipResponse {
    /**
     * 返回列表
     *
     * @see spec/sources/tce-vpc.txt line 12011
     */
    data?: CreateEipResponseData[] | undefined;
}
/**
 * Input of DeleteEip: 释放弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 12041
 */
export interface DeleteEipRequest {
    /**
     * EIP实例ID列表, 列表下标从0开始, 可通过DescribeEip接口返回字段中的eipId获取
     *
     * @see spec/sources/tce-vpc.txt line 12054
     */
    eipIds: string[];
}
/**
 * Output of DeleteEip: 释放弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12041
 */
export interface DeleteEipResponse {
}
/**
 * Input of EipBindInstance: 绑定弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 12081
 */
export interface EipBindInstanceRequest {
    /**
     * EIP的实例ID，可通过DescribeEip接口返回字段中的eipId获取
     *
     * @see spec/sources/tce-vpc.txt line 12096
     */
    eipId: string;
    /**
     * 待操作服务器的实例ID，可通过DescribeInstances接口返回字段中的unInstanceId获取，传入参数unInstanceId表示绑定服务器的主网卡主IP
     *
     * @see spec/sources/tce-vpc.txt line 12097
     */
    unInstanceId?: string | undefined;
    /**
     * 弹性网卡唯一ID，可通过DescribeNetworkInterfaces接口返回字段中的networkInterfaceId获取
     *
     * @see spec/sources/tce-vpc.txt line 12098
     */
    networkInterfaceId?: string | undefined;
    /**
     * 服务器内网IP，绑定时或者传入参数unInstanceId，或者传入参数networkInterfaceId和privateIpAddress。当networkInterfaceId和privateIpAddress没有绑定在服务器上时，绑定操作会保持其与EIP的关系。
     *
     * @see spec/sources/tce-vpc.txt line 12099
     */
    privateIpAddress?: string | undefined;
}
/**
 * Output of EipBindInstance: 绑定弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12081
 */
export interface EipBindInstanceResponse {
}
/**
 * Input of EipUnBindInstance: 解绑弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 12127
 */
export interface EipUnBindInstanceRequest {
    /**
     * EIP实例ID，可通过DescribeEip接口返回字段中的 eipId获取
     *
     * @see spec/sources/tce-vpc.txt line 12142
     */
    eipId?: string | undefined;
    /**
     * 弹性公网IP与服务器解绑后，是否需要为服务器的主网卡主IP重新分配新的普通公网IP。该普通公网IP随着服务器的释放而释放，不具备弹性。 0：不分配；1：分配（默认为0）。
     *
     * @see spec/sources/tce-vpc.txt line 12143
     */
    allocWanIp?: number | undefined;
    /**
     * 弹性网卡唯一ID，可通过DescribeNetworkInterfaces接口返回字段中的networkInterfaceId获取
     *
     * @see spec/sources/tce-vpc.txt line 12144
     */
    networkInterfaceId?: string | undefined;
    /**
     * 服务器内网IP，解绑时或者传入参数eipId，或者传入参数networkInterfaceId和privateIpAddress
     *
     * @see spec/sources/tce-vpc.txt line 12145
     */
    privateIpAddress?: string | undefined;
    /**
     * 弹性公网IP与服务器解绑后，是否需要解除networkInterfaceId和privateIpAddress与EIP的关系。此参数仅对支持弹性网卡的服务器在非主网卡主IP解绑时有意义，其他默认解除。 0：不解除；1：解除（默认为1）。
     *
     * @see spec/sources/tce-vpc.txt line 12146
     */
    unBindPrivateIpWithEip?: number | undefined;
}
/**
 * Output of EipUnBindInstance: 解绑弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12127
 */
export interface EipUnBindInstanceResponse {
}
/**
 * Input of TransformWanIpToEip: 普通公网IP转弹性公网IP
 *
 * @see spec/sources/tce-vpc.txt line 12174
 */
export interface TransformWanIpToEipRequest {
    /**
     * 待操作有普通公网IP的服务器实例ID, 可通过DescribeInstances接口返回字段中的unInstanceId获取。
     *
     * @see spec/sources/tce-vpc.txt line 12187
     */
    unInstanceId: string;
}
/**
 * Output of TransformWanIpToEip: 普通公网IP转弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tce-vpc.txt line 12174
 */
export interface TransformWanIpToEipResponse {
}

/**
 * Items of data in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57542
 */
export interface DescribeEipResponseData {
    /**
     * 返回 EIP 信息列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57542
     */
    eipSet?: DescribeEipResponseDataEipSet[] | undefined;
}
/**
 * Items of data.eipSet in the DescribeEip response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57544
 */
export interface DescribeEipResponseDataEipSet {
    /**
     * EIP 实例 ID
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57544
     */
    eipId?: string | undefined;
    /**
     * EIP 名称
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57546
     */
    eipName?: string | undefined;
    /**
     * EIP 地址
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57548
     */
    eip?: string | undefined;
    /**
     * 运营商 ID
     * 0：电信； 1：联通； 2：移动； 3：教育网； 4：盈科； 5：BGP； 6：中国香港
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57550
     */
    ispId?: number | undefined;
    /**
     * 状态
     * 0：创建中； 1：绑定中； 2：已绑定； 3：解绑中； 4：未绑定； 6：下线中； 9：创建失败
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57555
     */
    status?: number | undefined;
    /**
     * 类型
     * 0：CVM； 1：NAT网关
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57560
     */
    type?: number | undefined;
    /**
     * 是否欠费隔离
     * 1： 欠费隔离； 0： 正常。处在欠费隔离情况下的 EIP 不能进行任何管理操作
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57565
     */
    arrears?: number | undefined;
    /**
     * EIP 所绑定的服务器实例 ID，未绑定则为空
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57570
     */
    unInstanceId?: string | undefined;
    /**
     * 弹性网卡唯一 ID
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57572
     */
    networkInterfaceId?: string | undefined;
    /**
     * 服务器内网 IP
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57577
     */
    privateIpAddress?: string | undefined;
    /**
     * 创建时间
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57579
     */
    createdAt?: string | undefined;
    /**
     * 更新时间
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57581
     */
    updatedAt?: string | undefined;
    /**
     * EIP 未绑定服务器时长（单位：秒）
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57583
     */
    freeSecond?: number | undefined;
}
/**
 * Items of data in the DescribeEipQuota response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57693
 */
export interface DescribeEipQuotaResponseData {
    /**
     * 能申请 EIP 个数的总配额
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57693
     */
    eipNumQuota?: number | undefined;
    /**
     * 当前 EIP 个数
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57695
     */
    currentEipNum?: number | undefined;
    /**
     * 日申请 EIP 的次数限制
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57697
     */
    dailyApplyQuota?: number | undefined;
    /**
     * 当天申请 EIP 次数
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57699
     */
    dailyApplyCount?: number | undefined;
    /**
     * 日解绑 EIP 时重新分配普通公网 IP 的次数限制
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57701
     */
    dailyAllocWanIpQuota?: number | undefined;
    /**
     * 当天解绑 EIP 并重新分配普通公网 IP 次数
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57703
     */
    dailyAllocWanIpCount?: number | undefined;
}
/**
 * Items of data in the CreateEip response (the document lists them as flattened names; the structure name is made up from the action and the path).
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57786
 */
export interface CreateEipResponseData {
    /**
     * 创建的 EIP 实例 ID 列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57786
     */
    eipIds?: Array<Record<string, unknown>> | undefined;
}
/**
 * Input of DescribeEip: 查询弹性公网IP列表
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57458
 */
export interface DescribeEipRequest {
    /**
     * EIP 实例 ID 列表，列表下标从0开始
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57481
     */
    eipIds?: string[] | undefined;
    /**
     * EIP 列表，列表下标从0开始
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57483
     */
    eips?: string[] | undefined;
    /**
     * 服务器实例 ID 列表，列表下标从0开始，可通过 DescribeInstances  接口返回字段中的unInstanceId 获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57485
     */
    unInstanceIds?: string[] | undefined;
    /**
     * 弹性网卡唯一 ID 列表，列表下标从0开始，可通过 DescribeNetworkInterfaces  接口返回字段中的 networkInterfaceId 获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57490
     */
    networkInterfaceIds?: string[] | undefined;
    /**
     * 服务器内网 IP
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57495
     */
    privateIpAddress?: string | undefined;
    /**
     * EIP 实例名称，模糊匹配
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57497
     */
    searchKey?: string | undefined;
    /**
     * 状态列表，列表下标从0开始
     * 0：创建中； 1：绑定中； 2：已绑定； 3：解绑中； 4：未绑定； 6：下线中； 9：创建失败
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57499
     */
    status?: number[] | undefined;
    /**
     * 0：CVM；1：NAT 网关
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57504
     */
    type?: number | undefined;
    /**
     * 返回 EIP 数量，默认20, 最大值100
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57506
     */
    limit?: number | undefined;
    /**
     * 偏移量，默认为0
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57508
     */
    offset?: number | undefined;
    /**
     * 排序字段，支持： eipId, eip, ispId, status, unInstanceId, arrears, createdAt
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57510
     */
    orderBy?: string | undefined;
    /**
     * 1倒序，0顺序，默认倒序说明：查询接口中单次查询一般都有一个默认最大返回记录数，要遍历所有资源，需要使用 limit，offset 进行分页查询；例如我想查询第110~149 这40条记录，则可以设置 offset=110，limit=40。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57512
     */
    orderType?: number | undefined;
}
/**
 * Output of DescribeEip: 查询弹性公网IP列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57458
 */
export interface DescribeEipResponse {
    /**
     * 返回符合过滤条件的 EIP 数量；假如指定 limit，offset，该值有可能大于 data 列表中的数量
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57528
     */
    totalCount?: number | undefined;
    /**
     * 返回列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57530
     */
    data?: DescribeEipResponseData[] | undefined;
}
/**
 * Input of DescribeEipQuota: 查询弹性公网IP配额
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57654
 */
export interface DescribeEipQuotaRequest {
}
/**
 * Output of DescribeEipQuota: 查询弹性公网IP配额
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57654
 */
export interface DescribeEipQuotaResponse {
    /**
     * 返回的数据结构。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57689
     */
    data?: DescribeEipQuotaResponseData[] | undefined;
}
/**
 * Input of CreateEip: 创建弹性公网IP
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57741
 */
export interface CreateEipRequest {
    /**
     * 单次申请数量（默认为1, 最大为5）
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57772
     */
    goodsNum?: number | undefined;
}
/**
 * Output of CreateEip: 创建弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57741
 */
export interface CreateEipResponse {
    /**
     * 返回列表
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57782
     */
    data?: CreateEipResponseData[] | undefined;
}
/**
 * Input of DeleteEip: 释放弹性公网IP
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57822
 */
export interface DeleteEipRequest {
    /**
     * EIP 实例 ID 列表，列表下标从0开始，可通过 DescribeEip 接口返回字段中的 eipId 获取。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57847
     */
    eipIds: string[];
}
/**
 * Output of DeleteEip: 释放弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57822
 */
export interface DeleteEipResponse {
}
/**
 * Input of ModifyEipAttributes: 修改弹性公网IP名称
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57877
 */
export interface ModifyEipAttributesRequest {
    /**
     * EIP 实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57902
     */
    eipId: string;
    /**
     * EIP 实例别名
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57904
     */
    eipName: string;
}
/**
 * Output of ModifyEipAttributes: 修改弹性公网IP名称
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57877
 */
export interface ModifyEipAttributesResponse {
}
/**
 * Input of EipBindInstance: 绑定弹性公网IP
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57936
 */
export interface EipBindInstanceRequest {
    /**
     * EIP 的实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57965
     */
    eipId: string;
    /**
     * 待操作服务器的实例 ID，可通过 DescribeInstances 接口返回字段中的 unInstanceId 获取，传入参数 unInstanceId 表示绑定服务器的主网卡主 IP
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57967
     */
    unInstanceId?: string | undefined;
    /**
     * 弹性网卡唯一 ID，可通过 DescribeNetworkInterfaces  接口返回字段中的networkInterfaceId获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57972
     */
    networkInterfaceId?: string | undefined;
    /**
     * 服务器内网 IP，绑定时或者传入参数 unInstanceId，或者传入参数 networkInterfaceId 和privateIpAddress。当 networkInterfaceId 和 privateIpAddress 没有绑定在服务器上时，绑定操作会保持其与 EIP 的关系。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57977
     */
    privateIpAddress?: string | undefined;
}
/**
 * Output of EipBindInstance: 绑定弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 57936
 */
export interface EipBindInstanceResponse {
}
/**
 * Input of EipUnBindInstance: 解绑弹性公网IP
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58023
 */
export interface EipUnBindInstanceRequest {
    /**
     * EIP 实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58052
     */
    eipId?: string | undefined;
    /**
     * 弹性公网 IP 与服务器解绑后，是否需要为服务器的主网卡主 IP 重新分配新的普通公网 IP。该普通公网IP 随着服务器的释放而释放，不具备弹性。
     * 0：不分配； 1：分配（默认为0）。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58054
     */
    allocWanIp?: number | undefined;
    /**
     * 弹性网卡唯一 ID，可通过 DescribeNetworkInterfaces 接口返回字段中的 networkInterfaceId获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58062
     */
    networkInterfaceId?: string | undefined;
    /**
     * 服务器内网 IP，解绑时或者传入参数 eipId，或者传入参数 networkInterfaceId 和
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58067
     */
    privateIpAddress?: string | undefined;
    /**
     * 弹性公网 IP 与服务器解绑后，是否需要解除 networkInterfaceId 和 privateIpAddress 与 EIP 的关系。此参数仅对支持弹性网卡的服务器在非主网卡主 IP 解绑时有意义，其他默认解除。
     * 0：不解除； 1：解除（默认为1）。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58070
     */
    privateIpAddressunBindPrivateIpWithEip?: number | undefined;
}
/**
 * Output of EipUnBindInstance: 解绑弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58023
 */
export interface EipUnBindInstanceResponse {
}
/**
 * Input of TransformMode: 弹性公网IP模式切换
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58116
 */
export interface TransformModeRequest {
    /**
     * EIP 实例 ID，可通过 DescribeEip 接口返回字段中的 eipId 获取
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58141
     */
    eipId: string;
    /**
     * 要切换到的模式
     * 0：NAT模式，1：直通模式。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58143
     */
    mode: number;
}
/**
 * Output of TransformMode: 弹性公网IP模式切换
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58116
 */
export interface TransformModeResponse {
}
/**
 * Input of TransformWanIpToEip: 普通公网IP转弹性公网IP
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58178
 */
export interface TransformWanIpToEipRequest {
    /**
     * 待操作有普通公网 IP 的服务器实例 ID，可通过 DescribeInstances 接口返回字段中的 unInstanceId 获取。
     *
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58203
     */
    unInstanceId: string;
}
/**
 * Output of TransformWanIpToEip: 普通公网IP转弹性公网IP
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 *
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt line 58178
 */
export interface TransformWanIpToEipResponse {
}

/** Members of data in the AttachNetworkInterface response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface AttachNetworkInterfaceResponseData {
    /** 描述（待补充） */
    taskId?: number | undefined;
}
/** Input of AttachNetworkInterface: 绑定子机与弹性网卡 */
export interface AttachNetworkInterfaceRequest {
    /** 私用网络 ID 或者统一 ID，建议使用统一 ID */
    vpcId: string;
    /** 弹性网卡 Id */
    networkInterfaceId: string;
    /** 子机实例 ID */
    instanceId: string;
}
/**
 * Output of AttachNetworkInterface: 绑定子机与弹性网卡
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface AttachNetworkInterfaceResponse {
    /** 描述（待补充） */
    data?: AttachNetworkInterfaceResponseData | undefined;
}

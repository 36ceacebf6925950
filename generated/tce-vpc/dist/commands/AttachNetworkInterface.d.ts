import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡绑定云主机
 *
 * 本接口 (AttachNetworkInterface) 用于弹性网卡绑定云主机。
 * - 一个云主机可以绑定多个弹性网卡, 但只能绑定一个主网卡。更多限制信息详见弹性网卡使用限制。
 * - 一个弹性网卡只能同时绑定一个云主机。
 * - 只有运行中或者已关机状态的云主机才能绑定弹性网卡, 查看云主机状态详见腾讯云主机信息。
 * - 弹性网卡绑定的云主机必须是私有网络的, 而且云主机所在可用区必须和弹性网卡子网的可用区相同。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
 */
export declare function attachNetworkInterface(client: VpcBaseClient, input: AttachNetworkInterfaceRequest, options?: VpcCallOptions): Promise<AttachNetworkInterfaceResponse>;

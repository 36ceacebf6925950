import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceResponse } from "../types.js";
/**
 * 删除弹性网卡
 *
 * 本接口 (DeleteNetworkInterface) 用于删除弹性网卡。
 * - 弹性网卡上绑定了云服务器时, 不能被删除。
 * - 删除指定弹性网卡, 弹性网卡必须先和子机解绑才能删除。删除之后弹性网卡上所有内网IP都将被退还。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
 */
export declare function deleteNetworkInterface(client: VpcBaseClient, input: DeleteNetworkInterfaceRequest, options?: VpcCallOptions): Promise<DeleteNetworkInterfaceResponse>;

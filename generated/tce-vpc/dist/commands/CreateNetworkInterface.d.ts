import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateNetworkInterfaceRequest, CreateNetworkInterfaceResponse } from "../types.js";
/**
 * 创建弹性网卡
 *
 * 本接口 (CreateNetworkInterface) 用于创建弹性网卡。
 * - 创建弹性网卡时可以指定内网IP, 并且可以指定一个主IP, 指定的内网IP必须在弹性网卡所在子网内, 而且不能被占用。
 * - 创建弹性网卡时可以指定需要申请的内网IP数量, 系统会随机生成内网IP地址。
 * - 一个弹性网卡支持绑定的IP地址是有限制的, 更多资源限制信息详见弹性网卡使用限制。
 * - 创建弹性网卡同时可以绑定已有安全组。
 * - 创建弹性网卡同时可以绑定标签, 应答里的标签列表代表添加成功的标签。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNetworkInterfaceErrorCode}.
 */
export declare function createNetworkInterface(client: VpcBaseClient, input: CreateNetworkInterfaceRequest, options?: VpcCallOptions): Promise<CreateNetworkInterfaceResponse>;

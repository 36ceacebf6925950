import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AssignPrivateIpAddressesRequest, AssignPrivateIpAddressesResponse } from "../types.js";
/**
 * 弹性网卡申请内网 IP
 *
 * 本接口 (AssignPrivateIpAddresses) 用于弹性网卡申请内网 IP。
 * - 一个弹性网卡支持绑定的IP地址是有限制的, 更多资源限制信息详见弹性网卡使用限制。
 * - 可以指定内网IP地址申请, 内网IP地址类型不能为主IP, 主IP已存在, 不能修改, 内网IP必须要弹性网卡所在子网内, 而且不能被占用。
 * - 在弹性网卡上申请一个到多个辅助内网IP, 接口会在弹性网卡所在子网网段内返回指定数量的辅助内网IP。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignPrivateIpAddressesErrorCode}.
 */
export declare function assignPrivateIpAddresses(client: VpcBaseClient, input: AssignPrivateIpAddressesRequest, options?: VpcCallOptions): Promise<AssignPrivateIpAddressesResponse>;

import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AllocateAddressesRequest, AllocateAddressesResponse } from "../types.js";
/**
 * 创建弹性公网IP
 *
 * 本接口 (AllocateAddresses) 用于申請一个或多个弹性公网IP (简称 EIP)。
 * - EIP 是专为动态云计算设计的静态 IP 地址。借助 EIP，您可以快速将 EIP 重新映射到您的另一个实例上，从而屏蔽实例故障。
 * - 您的 EIP 与云平台账户相关联，而不是与某个实例相关联。在您选择显式释放该地址，或欠费超过24小时之前，它会一直与您的云平台账户保持关联。
 * - 一个云平台账户在每个地域能申請的 EIP 最大配额有所限制，可参见 EIP 产品简介，上述配额可通过 DescribeAddressQuota 接口获取。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只驗签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AllocateAddressesErrorCode}.
 */
export declare function allocateAddresses(client: VpcBaseClient, input?: AllocateAddressesRequest, options?: VpcCallOptions): Promise<AllocateAddressesResponse>;

import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { CreateEipRequest, CreateEipResponse } from "../types.js";
/**
 * 创建弹性公网IP
 *
 * - 创建弹性公网IP (EIP)，弹性公网IP是专为动态云计算设计的静态IP地址。借助弹性公网IP，您可以快速将EIP重新映射到您的另一个实例上，从而屏蔽实例故障。您的弹性公网IP与腾讯云金融专区账户相关联，而不是与某个实例相关联，而且在您选择显式释放该地址，或欠费超过7天之前，它会一直与您的腾讯云金融专区账户保持关联。
 * - 平台对用户每地域能申请的EIP最大配额有所限制。可参见EIP产品简介。上述配额可通过 DescribeEipQuota API 获取。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateEipErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.createEip({});
 * console.log(res);
 */
export declare function createEip(client: EipV2BaseClient, input?: CreateEipRequest, options?: EipV2CallOptions): Promise<CreateEipResponse>;

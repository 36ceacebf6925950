import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AssociateVipRequest, AssociateVipResponse } from "../types.js";
/**
 * 绑定私有网络内主机与VIP
 *
 * 本接口(AssociateVip)用于私有网络云服务器绑定VIP，将预先分配的内网VIP绑定到指定的子机，便于多台子机做主备功能。
 * 本接口实现的功能已经用弹性网卡功能代替，不推荐使用该接口。
 * 新接口调用方式及使用场景详见 VPC内通过 keepalived 搭建高可用主备集群 >>
 * 1) 目前VIP需要联系在线客服申请。2) 云服务器必须是VPC内的。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateVipErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.associateVip({
 *   vpcId: "vpc-2ari9m7h",
 *   vipId: 1,
 *   lanIp: "10.0.0.2",
 * });
 * console.log(res);
 */
export declare function associateVip(client: VpcV2BaseClient, input: AssociateVipRequest, options?: VpcV2CallOptions): Promise<AssociateVipResponse>;

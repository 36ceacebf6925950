import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateNetworkAclRequest, CreateNetworkAclResponse } from "../types.js";
/**
 * 创建VPC网络ACL
 *
 * 本接口(CreateNetworkAcl)用于创建网络ACL。
 * 1) 网络ACL是针对某个子网设置的网络安全策略，跟云服务器里面的安全组是有区别的。安全组是针对某个云服务器做网络安全策略设置。2) 如果云服务器配置了安全组策略同时所在子网也设置了网络 ACL 策略，云服务器入站方向请求优先匹配网络 ACL 策略，然后再匹配安全组；出站方向请求优先匹配安全组策略，然后再匹配网络ACL。3) 云服务器的安全组是有状态的，而网络ACL是无状态的。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNetworkAclErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createNetworkAcl({
 *   vpcId: "gz_vpc_266",
 *   networkAclName: "dgdgadgd",
 * });
 * console.log(res);
 */
export declare function createNetworkAcl(client: VpcV2BaseClient, input: CreateNetworkAclRequest, options?: VpcV2CallOptions): Promise<CreateNetworkAclResponse>;

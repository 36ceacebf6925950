import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyNetworkAclEntryRequest, ModifyNetworkAclEntryResponse } from "../types.js";
/**
 * 设置网络ACL规则
 *
 * 本接口 (ModifyNetworkAclEntry) 用于设置ACL规则。
 * 支持入站方向和出站方向的网络 ACL 策略设置;
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclEntryErrorCode}.
 * @see spec/sources/tce-vpc.txt
 */
export declare function modifyNetworkAclEntry(client: VpcV2BaseClient, input: ModifyNetworkAclEntryRequest, options?: VpcV2CallOptions): Promise<ModifyNetworkAclEntryResponse>;

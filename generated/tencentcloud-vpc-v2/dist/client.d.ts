import { VpcV2BaseClient, type VpcV2CallOptions, type VpcV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 网络 (tencentcloud vpc, API v2), with one method per action.
 *
 * Legacy V2 API: every response is a flat JSON object whose `code` (0 = success, otherwise a common error code listed in errors) and `message` fields sit beside the action's own fields; there is no Response wrapper and no RequestId. Requests are GET https://vpc.api.qcloud.com/v2/index.php with the public parameters (Action, Region, Timestamp, Nonce, SecretId, Signature) in the query string, signed with signature v1; the API has no Version parameter. The document describes these actions with the cvm API (cvm.api.qcloud.com).
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 */
export declare class VpcV2Client extends VpcV2BaseClient {
    constructor(config?: VpcV2ClientConfig);
    /**
     * 绑定子机与弹性网卡
     *
     * 绑定子机与弹性网卡
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
     * @see spec/sources/tencentcloud-cvm-2017-03-12.txt
     */
    attachNetworkInterface(input: types.AttachNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<types.AttachNetworkInterfaceResponse>;
}

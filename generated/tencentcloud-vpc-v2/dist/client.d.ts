import { VpcV2BaseClient, type VpcV2CallOptions, type VpcV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 网络 (tencentcloud vpc, API v2), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 *
 * @see {@link https://cloud.tencent.com/document/api | Tencent Cloud API documentation}
 */
export declare class VpcV2Client extends VpcV2BaseClient {
    constructor(config?: VpcV2ClientConfig);
    /**
     * 绑定子机与弹性网卡
     *
     * 绑定子机与弹性网卡
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
     * @example
     * import { VpcV2Client } from "@docs2sdk/tencentcloud-vpc-v2";
     *
     * const client = new VpcV2Client({ region: "ap-guangzhou" });
     * const res = await client.attachNetworkInterface({
     *   vpcId: "vpc-lwmzdppp",
     *   subnetId: "subnet-fzyzn3r2",
     *   instanceId: "xxx-dfgda45",
     *   networkInterfaceId: "eni-kbe7jrs9",
     * });
     * console.log(res);
     */
    attachNetworkInterface(input: types.AttachNetworkInterfaceRequest, options?: VpcV2CallOptions): Promise<types.AttachNetworkInterfaceResponse>;
}

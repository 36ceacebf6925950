import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 云服务器 (tencentcloud eip, API v2) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { describeEip } from "@docs2sdk/tencentcloud-eip-v2"`):
 * a bundle then carries only the commands it imports, where {@link EipV2Client } carries them all.
 */
export declare function createEipV2Client(config?: ClientConfig): RuntimeClient;

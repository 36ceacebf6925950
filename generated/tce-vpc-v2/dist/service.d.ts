import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 私有网络 (tce vpc, API v2) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { createVpc } from "@docs2sdk/tce-vpc-v2"`):
 * a bundle then carries only the commands it imports, where {@link VpcV2Client } carries them all.
 */
export declare function createVpcV2Client(config?: ClientConfig): RuntimeClient;

import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 安全组 (tce dfw, API v2) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { describeNetworkInterfacesOfSecurityGroup } from "@docs2sdk/tce-dfw-v2"`):
 * a bundle then carries only the commands it imports, where {@link DfwV2Client } carries them all.
 */
export declare function createDfwV2Client(config?: ClientConfig): RuntimeClient;

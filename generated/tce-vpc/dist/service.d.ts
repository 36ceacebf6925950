import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 私有网络 (tce vpc, API 2017-03-12) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { addIp6Rules } from "@docs2sdk/tce-vpc"`):
 * a bundle then carries only the commands it imports, where {@link VpcClient } carries them all.
 */
export declare function createVpcClient(config?: ClientConfig): RuntimeClient;

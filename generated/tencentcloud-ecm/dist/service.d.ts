import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 边缘计算机器 (tencentcloud ecm, API 2019-07-19) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { describeNode } from "@docs2sdk/tencentcloud-ecm"`):
 * a bundle then carries only the commands it imports, where {@link EcmClient } carries them all.
 */
export declare function createEcmClient(config?: ClientConfig): RuntimeClient;

import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 云服务器 (tencentcloud cvm, API 2017-03-12) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { describeRegions } from "@docs2sdk/tencentcloud-cvm"`):
 * a bundle then carries only the commands it imports, where {@link CvmClient } carries them all.
 */
export declare function createCvmClient(config?: ClientConfig): RuntimeClient;

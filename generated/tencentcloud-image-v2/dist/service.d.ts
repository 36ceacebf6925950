import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 云服务器 (tencentcloud image, API v2) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { syncCvmImage } from "@docs2sdk/tencentcloud-image-v2"`):
 * a bundle then carries only the commands it imports, where {@link ImageV2Client } carries them all.
 */
export declare function createImageV2Client(config?: ClientConfig): RuntimeClient;

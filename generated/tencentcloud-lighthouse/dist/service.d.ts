import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 轻量应用服务器 (tencentcloud lighthouse, API 2020-03-24) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { createBlueprint } from "@docs2sdk/tencentcloud-lighthouse"`):
 * a bundle then carries only the commands it imports, where {@link LighthouseClient } carries them all.
 */
export declare function createLighthouseClient(config?: ClientConfig): RuntimeClient;

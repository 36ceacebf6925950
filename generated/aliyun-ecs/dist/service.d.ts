import { RuntimeClient, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
/** Where and how 云服务器ECS (aliyun ecs, API 2014-05-26) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * A bare client for the standalone commands (`import { runInstances } from "@docs2sdk/aliyun-ecs"`):
 * a bundle then carries only the commands it imports, where {@link EcsClient } carries them all.
 */
export declare function createEcsClient(config?: ClientConfig): RuntimeClient;

import { AliyunRpcClient, type CallOptions, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
import type { EcsRegion } from "./regions.js";
/** Where and how 云服务器ECS (aliyun ecs, API 2014-05-26) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * Checks a request before it is signed and throws when it does not conform to the spec. The
 * package's `validateRequest` (from "@docs2sdk/aliyun-ecs/validate") is one; importing it is what puts
 * the validation tables in a bundle. `region` is the call's: the runtime fills the region parameter
 * from it.
 */
export type RequestValidator = (action: string, input: object, region?: string) => void;
/** Per-call overrides: abort signal, timeout, retries, region, endpoint. */
export interface EcsCallOptions extends CallOptions {
    /** Overrides the client's region for this call (and, with regionalEndpoints, its endpoint). */
    region?: EcsRegion;
}
export interface EcsClientConfig extends ClientConfig {
    /** The region requests are made in: a documented id, or any other string. */
    region?: EcsRegion;
    /**
     * Opt-in request validation: `validate: validateRequest` (imported from "@docs2sdk/aliyun-ecs/validate")
     * checks every request against the spec before it is signed and throws a ValidationError naming the
     * field path.
     */
    validate?: RequestValidator;
    /**
     * Opt-in regional endpoints: region id -> host, e.g. `REGIONAL_ENDPOINTS` from
     * "@docs2sdk/aliyun-ecs/regions". A call without an endpoint of its own (per call or in this config)
     * goes to the host of its region (the call's, else the client's); other regions use the default
     * endpoint (tjv3ecs.example.com).
     */
    regionalEndpoints?: Readonly<Record<string, string>>;
}
/**
 * The client the standalone commands and paginators are called with (see {@link createEcsClient }):
 * the protocol's runtime client for this service. Validation and regional endpoints are the
 * runtime's (ClientConfig.validate, ClientConfig.regionalEndpoints): the package supplies their tables.
 */
export declare class EcsBaseClient extends AliyunRpcClient {
    private readonly serviceBrand;
    constructor(config?: EcsClientConfig);
}
/**
 * A bare client for the standalone commands (`import { describeInstanceStatus } from "@docs2sdk/aliyun-ecs"`):
 * a bundle then carries only the commands it imports, where {@link EcsClient } carries them all.
 */
export declare function createEcsClient(config?: EcsClientConfig): EcsBaseClient;

import { TencentV2Client, type CallOptions, type ClientConfig, type ServiceInfo } from "@docs2sdk/runtime";
import type { VpcV2Region } from "./regions.js";
/** Where and how 私有网络 (tce vpc, API v2) is called: the service as its document describes it. */
export declare const SERVICE_INFO: ServiceInfo;
/**
 * Checks a request before it is signed and throws when it does not conform to the spec. The
 * package's `validateRequest` (from "@docs2sdk/tce-vpc-v2/validate") is one; importing it is what puts
 * the validation tables in a bundle. `region` is the call's: the runtime fills the region parameter
 * from it.
 */
export type RequestValidator = (action: string, input: object, region?: string) => void;
/** Per-call overrides: abort signal, timeout, retries, region, endpoint. */
export interface VpcV2CallOptions extends CallOptions {
    /** Overrides the client's region for this call (and, with regionalEndpoints, its endpoint). */
    region?: VpcV2Region;
}
export interface VpcV2ClientConfig extends ClientConfig {
    /** The region requests are made in: a documented id, or any other string. */
    region?: VpcV2Region;
    /**
     * Opt-in request validation: `validate: validateRequest` (imported from "@docs2sdk/tce-vpc-v2/validate")
     * checks every request against the spec before it is signed and throws a ValidationError naming the
     * field path.
     */
    validate?: RequestValidator;
    /**
     * Opt-in regional endpoints: region id -> host, e.g. `REGIONAL_ENDPOINTS` from
     * "@docs2sdk/tce-vpc-v2/regions". A call without an endpoint of its own (per call or in this config)
     * goes to the host of its region (the call's, else the client's); other regions use the default
     * endpoint (vpc.api.qcloud.com).
     */
    regionalEndpoints?: Readonly<Record<string, string>>;
}
/**
 * The client the standalone commands and paginators are called with (see {@link createVpcV2Client }):
 * the protocol's runtime client for this service. Validation and regional endpoints are the
 * runtime's (ClientConfig.validate, ClientConfig.regionalEndpoints): the package supplies their tables.
 */
export declare class VpcV2BaseClient extends TencentV2Client {
    private readonly serviceBrand;
    constructor(config?: VpcV2ClientConfig);
}
/**
 * A bare client for the standalone commands (`import { describeVpcEx } from "@docs2sdk/tce-vpc-v2"`):
 * a bundle then carries only the commands it imports, where {@link VpcV2Client } carries them all.
 */
export declare function createVpcV2Client(config?: VpcV2ClientConfig): VpcV2BaseClient;

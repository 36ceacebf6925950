/** A region id: the document lists none. */
export type VpcV2Region = string;
/** Every region the document lists, in document order: id, name as the document gives it, and the documented regional endpoint where there is one. */
export declare const REGIONS: readonly {
    id: VpcV2Region;
    name: string;
    endpoint?: string;
}[];
/**
 * The documented regional endpoints, region id -> host: pass it as the client's `regionalEndpoints`
 * to send each call to its region's endpoint instead of vpc.api.qcloud.com.
 */
export declare const REGIONAL_ENDPOINTS: Readonly<Record<string, string>>;

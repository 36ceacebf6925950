/** A region id: the document lists none. */
export type ImageV2Region = string;
export interface RegionInfo {
    id: ImageV2Region;
    /** The region's name as the document gives it. */
    name: string;
    /** The documented regional endpoint, where there is one. */
    endpoint?: string;
}
/** Every region the document lists, in document order. */
export declare const REGIONS: readonly RegionInfo[];
/**
 * The documented regional endpoints, region id -> host: pass it as the client's `regionalEndpoints`
 * to send each call to its region's endpoint instead of image.api.qcloud.com.
 */
export declare const REGIONAL_ENDPOINTS: Readonly<Record<string, string>>;

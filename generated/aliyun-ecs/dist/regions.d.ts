/** A region id: the document lists none. */
export type EcsRegion = string;
/** Every region the document lists, in document order: id, name as the document gives it, and the documented regional endpoint where there is one. */
export declare const REGIONS: readonly {
    id: EcsRegion;
    name: string;
    endpoint?: string;
}[];
/**
 * The documented regional endpoints, region id -> host: pass it as the client's `regionalEndpoints`
 * to send each call to its region's endpoint instead of tjv3ecs.example.com.
 */
export declare const REGIONAL_ENDPOINTS: Readonly<Record<string, string>>;

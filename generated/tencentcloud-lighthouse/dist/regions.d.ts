/** A region id: one the document lists, or any other string (regions open after the document was written). */
export type LighthouseRegion = "ap-guangzhou" | "ap-shanghai" | "ap-nanjing" | "ap-beijing" | "ap-chengdu" | "ap-chongqing" | "ap-hongkong" | "ap-singapore" | "ap-jakarta" | "ap-bangkok" | "ap-seoul" | "ap-tokyo" | "na-ashburn" | "na-siliconvalley" | "sa-saopaulo" | "eu-frankfurt" | "ap-shanghai-fsi" | "ap-shenzhen-fsi" | (string & {});
/** Every region the document lists, in document order: id, name as the document gives it, and the documented regional endpoint where there is one. */
export declare const REGIONS: readonly {
    id: LighthouseRegion;
    name: string;
    endpoint?: string;
}[];
/**
 * The documented regional endpoints, region id -> host: pass it as the client's `regionalEndpoints`
 * to send each call to its region's endpoint instead of lighthouse.tencentcloudapi.com.
 */
export declare const REGIONAL_ENDPOINTS: Readonly<Record<string, string>>;

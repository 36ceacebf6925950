export declare function toHex(bytes: Uint8Array): string;
export declare function toBase64(bytes: Uint8Array): string;
export declare function utf8(text: string): Uint8Array;
/** RFC 3986 percent-encoding (unreserved: A-Z a-z 0-9 - _ . ~), as Alibaba Cloud specifies it. */
export declare function percentEncode(text: string): string;
export type ParamValue = string | number | boolean | bigint;
/**
 * Flattens nested input into wire parameters: arrays become `Name.<i>` (Tencent counts from 0,
 * Alibaba's RepeatList from 1), structures `Name.Field`. null and undefined are left out.
 */
export declare function flattenParams(input: object, firstIndex: 0 | 1, out?: Record<string, string>, prefix?: string): Record<string, string>;
/** Keys in code-unit order, the order every one of these signature schemes sorts by. */
export declare function sortedKeys(params: Record<string, string>): string[];

import type { CryptoProvider } from "../types.js";
export interface AliyunRpcSignInput {
    accessKeySecret: string;
    method?: "GET" | "POST";
    /** Every request parameter except Signature, flattened ("Tag.1.Key"). */
    params: Record<string, string>;
}
export interface AliyunRpcSignature {
    canonicalQuery: string;
    stringToSign: string;
    signature: string;
}
export declare class AliyunRpcSigner {
    #private;
    constructor(crypto: CryptoProvider);
    /** The sorted, percent-encoded query; it is also the query string to send (plus Signature). */
    static canonicalQuery(params: Record<string, string>): string;
    sign(input: AliyunRpcSignInput): Promise<AliyunRpcSignature>;
}

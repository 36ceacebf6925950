import type { CryptoProvider } from "../types.js";
export type TencentSignatureMethod = "HmacSHA1" | "HmacSHA256";
export interface TencentV1SignInput {
    secretKey: string;
    method?: "GET" | "POST";
    host: string;
    /** "/" for API 3.0, "/v2/index.php" for the V2 APIs. */
    path?: string;
    /** Every request parameter except Signature, flattened ("InstanceIds.0"). */
    params: Record<string, string>;
    signatureMethod?: TencentSignatureMethod;
}
export interface TencentV1Signature {
    stringToSign: string;
    /** Base64; percent-encode it when putting it into a URL. */
    signature: string;
}
export declare class TencentV1Signer {
    #private;
    constructor(crypto: CryptoProvider);
    static stringToSign(input: Omit<TencentV1SignInput, "secretKey">): string;
    sign(input: TencentV1SignInput): Promise<TencentV1Signature>;
}

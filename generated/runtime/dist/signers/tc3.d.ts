import type { CryptoProvider } from "../types.js";
export interface Tc3SignInput {
    secretId: string;
    secretKey: string;
    /** Service name of the credential scope ("cvm"). */
    service: string;
    /** Seconds since the epoch; the scope date is its UTC day. */
    timestamp: number;
    method?: "GET" | "POST";
    path?: string;
    /** Canonical query string, already encoded ("Limit=10&Offset=0"); "" for POST. */
    query?: string;
    /** Headers to sign, e.g. { "content-type": ..., host: ..., "x-tc-action": ... }. */
    headers: Record<string, string>;
    payload?: string;
}
export interface Tc3Signature {
    authorization: string;
    signature: string;
    hashedPayload: string;
    canonicalRequest: string;
    hashedCanonicalRequest: string;
    stringToSign: string;
    credentialScope: string;
    signedHeaders: string;
    date: string;
}
export interface Tc3DerivedKeys {
    secretDate: Uint8Array;
    secretService: Uint8Array;
    secretSigning: Uint8Array;
}
/**
 * The three keys of the TC3 derivation (the documents print each one). A standalone function rather
 * than a signer method, so that a bundle that only signs does not carry it.
 */
export declare function deriveTc3Keys(crypto: CryptoProvider, secretKey: string, date: string, service: string): Promise<Tc3DerivedKeys>;
export declare class Tc3Signer {
    #private;
    constructor(crypto: CryptoProvider);
    /** Signs synchronously; only with a crypto provider that has `sync` (node:crypto). */
    signSync(input: Tc3SignInput): Tc3Signature;
    sign(input: Tc3SignInput): Promise<Tc3Signature>;
}
/** "2019-02-25" for a timestamp in seconds (the last day is remembered: it rarely changes). */
export declare function utcDate(timestamp: number): string;

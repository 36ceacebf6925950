import type { CryptoProvider, SyncCryptoProvider } from "../types.js";
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
/** Derived signing keys by credential scope and secret (see tc3Parts). */
export type Tc3KeyCache = Map<string, Uint8Array | Promise<Uint8Array>>;
/** What a TC3 signature is computed from and the signature itself; tc3Authorization makes the header of it. */
export interface Tc3Parts {
    request: CanonicalRequest;
    hashedCanonicalRequest: string;
    signature: string;
}
export declare function tc3PartsSync(sync: SyncCryptoProvider, keys: Tc3KeyCache, input: Tc3SignInput): Tc3Parts;
/**
 * Signs: the parts of a TC3 signature, with the derived key cached in `keys`. Runs synchronously
 * inside when the crypto provider has `sync` (node:crypto). What the protocol calls: it needs only
 * the Authorization header, not the Tc3Signer's full report.
 */
export declare function tc3Parts(crypto: CryptoProvider, keys: Tc3KeyCache, input: Tc3SignInput): Promise<Tc3Parts>;
/** The Authorization header of a signature. */
export declare function tc3Authorization(input: Tc3SignInput, parts: Tc3Parts): string;
/** TC3 signing for users who sign by hand: every intermediate value, as the documents print them. */
export declare class Tc3Signer {
    #private;
    constructor(crypto: CryptoProvider);
    /** Signs synchronously; only with a crypto provider that has `sync` (node:crypto). */
    signSync(input: Tc3SignInput): Tc3Signature;
    sign(input: Tc3SignInput): Promise<Tc3Signature>;
}
export interface CanonicalRequest {
    canonicalRequest: string;
    hashedPayload: string;
    signedHeaders: string;
    date: string;
    credentialScope: string;
}
/** "2019-02-25" for a timestamp in seconds (the last day is remembered: it rarely changes). */
export declare function utcDate(timestamp: number): string;

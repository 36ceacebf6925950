import type { Credentials, CredentialsProvider } from "../types.js";
export interface TemporaryCredentials {
    credentials: Credentials;
    /** Milliseconds since the epoch; absent when the source does not say (never refreshed then). */
    expiresAt?: number;
}
export interface RefreshOptions {
    /** Clock in ms since the epoch (injectable for tests); default Date.now. */
    now?: () => number;
    /** Refresh this many ms before expiry; default 5 minutes. */
    refreshBefore?: number;
}
export declare const DEFAULT_REFRESH_BEFORE = 300000;
/**
 * Caches what `fetch` returns until `refreshBefore` ms before it expires, then fetches again; callers
 * arriving during a fetch share it. If a refresh fails while the cached credentials have not expired
 * yet, those are returned (the next call tries again). The credentials live only in this closure.
 */
export declare function refreshingCredentials(fetch: () => Promise<TemporaryCredentials>, options?: RefreshOptions): CredentialsProvider;

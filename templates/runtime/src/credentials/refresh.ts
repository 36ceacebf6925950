// Temporary credentials cached until shortly before they expire. Runtime-neutral and exported from
// both entries, so a custom provider (an STS call, a vault) gets the same caching as the built-in ones.
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

// Five minutes, as a literal: bundlers keep an unused `5 * 60_000` (not provably pure to esbuild).
export const DEFAULT_REFRESH_BEFORE = 300_000;
/** Credentials already inside the refresh window when fetched are reused this long before the next fetch. */
const MIN_REUSE = 10_000;

/**
 * Caches what `fetch` returns until `refreshBefore` ms before it expires, then fetches again; callers
 * arriving during a fetch share it. If a refresh fails while the cached credentials have not expired
 * yet, those are returned (the next call tries again). The credentials live only in this closure.
 */
export function refreshingCredentials(fetch: () => Promise<TemporaryCredentials>, options: RefreshOptions = {}): CredentialsProvider {
  const now = options.now ?? Date.now;
  const refreshBefore = options.refreshBefore ?? DEFAULT_REFRESH_BEFORE;
  let cached: Credentials | undefined;
  let expiresAt: number | undefined;
  let refreshAt = 0;
  let pending: Promise<Credentials> | undefined;
  const refresh = (): Promise<Credentials> =>
    (pending ??= (async () => {
      try {
        const fetchedAt = now();
        const result = await fetch();
        cached = result.credentials;
        expiresAt = result.expiresAt;
        refreshAt =
          expiresAt === undefined ? Infinity : Math.min(expiresAt, Math.max(expiresAt - refreshBefore, fetchedAt + MIN_REUSE));
        return cached;
      } finally {
        pending = undefined;
      }
    })());
  return async () => {
    const t = now();
    if (cached && t < refreshAt) return cached;
    try {
      return await refresh();
    } catch (error) {
      if (cached && expiresAt !== undefined && now() < expiresAt) return cached;
      throw error;
    }
  };
}

import type { Credentials, CredentialsProvider } from "./types.js";
export interface EnvNames {
    secretId: string;
    secretKey: string;
    token: string;
}
/** The environment variable names of a provider ("tencentcloud", "tce" or "aliyun"). */
export declare function envNames(provider: string): EnvNames;
type Env = Record<string, string | undefined>;
/** Credentials from environment variables, read at each call (cheap, and picks up rotation). */
export declare function fromEnv(provider: string, env?: () => Env | undefined): CredentialsProvider;
/** Fixed credentials passed in the client options. */
export declare function fromValue(credentials: Credentials): CredentialsProvider;
/**
 * Tries providers in order and returns the first credentials found. A provider that finds nothing
 * throws CredentialsError; any other failure stops the chain.
 */
export declare function credentialChain(...providers: CredentialsProvider[]): CredentialsProvider;
/** The default chain for a provider: environment variables (shared files and instance roles come later). */
export declare function defaultCredentials(provider: string): CredentialsProvider;
export {};

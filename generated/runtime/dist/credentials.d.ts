import type { Credentials, CredentialsProvider, Protocol } from "./types.js";
/** Which cloud's credentials a service takes: API 3.0 and V2 share Tencent's, RPC takes Alibaba's. */
export type CredentialFamily = "tencent" | "alibaba";
/** The credential family of a protocol ("aliyun-rpc") or provider name ("aliyun", "tencentcloud", "tce"). */
export declare function credentialFamily(protocolOrProvider: Protocol | string): CredentialFamily;
export interface EnvNames {
    secretId: string;
    secretKey: string;
    token: string;
}
/** The environment variable names for a protocol or provider. */
export declare function envNames(protocolOrProvider: Protocol | string): EnvNames;
export type Env = Record<string, string | undefined>;
export declare function processEnv(): Env | undefined;
/** Credentials from environment variables, read at each call (cheap, and picks up rotation). */
export declare function fromEnv(protocolOrProvider: Protocol | string, env?: () => Env | undefined): CredentialsProvider;
/** Fixed credentials passed in the client options. */
export declare function fromValue(credentials: Credentials): CredentialsProvider;
/**
 * Tries providers in order and returns the first credentials found. A provider that finds nothing
 * throws CredentialsError (code CredentialsNotFound) and the chain goes on; any other failure,
 * including a CredentialsError with code CredentialsInvalid, stops it. Once a provider has answered,
 * later calls go to it directly (a provider of temporary credentials refreshes them itself), and
 * concurrent first calls share one walk of the chain.
 */
export declare function credentialChain(...providers: CredentialsProvider[]): CredentialsProvider;
/**
 * The default chain of the browser/worker entry: environment variables where the runtime has them.
 * The Node entry exports a defaultCredentials of the same shape that also reads the shared
 * credential files and the instance-role metadata services.
 */
export declare function defaultCredentials(protocolOrProvider: Protocol | string): CredentialsProvider;

// Where credentials come from. A provider is a function returning credentials; a chain tries providers
// in order and reports every place it looked. Environment variables are read where a process.env
// exists (Node, Deno's compat, Bun); elsewhere credentials are passed explicitly. The shared files
// and instance-role metadata services are Node-only sources: they live in credentials/node.ts, which
// only the "node" entry imports, so browser bundles never carry them.
import type { Credentials, CredentialsProvider, Protocol } from "./types.js";
import { CredentialsError } from "./errors.js";

/** Which cloud's credentials a service takes: API 3.0 and V2 share Tencent's, RPC takes Alibaba's. */
export type CredentialFamily = "tencent" | "alibaba";

/** The credential family of a protocol ("aliyun-rpc") or provider name ("aliyun", "tencentcloud", "tce"). */
export function credentialFamily(protocolOrProvider: Protocol | string): CredentialFamily {
  return /^ali/.test(protocolOrProvider) ? "alibaba" : "tencent";
}

export interface EnvNames {
  secretId: string;
  secretKey: string;
  token: string;
}

const TENCENT_ENV: EnvNames = {
  secretId: "TENCENTCLOUD_SECRET_ID",
  secretKey: "TENCENTCLOUD_SECRET_KEY",
  token: "TENCENTCLOUD_SESSION_TOKEN",
};
const ALIBABA_ENV: EnvNames = {
  secretId: "ALIBABA_CLOUD_ACCESS_KEY_ID",
  secretKey: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  token: "ALIBABA_CLOUD_SECURITY_TOKEN",
};

/** The environment variable names for a protocol or provider. */
export function envNames(protocolOrProvider: Protocol | string): EnvNames {
  // The test credentialFamily makes, inlined: this is in every bundle, the family name is not.
  return /^ali/.test(protocolOrProvider) ? ALIBABA_ENV : TENCENT_ENV;
}

export type Env = Record<string, string | undefined>;

export function processEnv(): Env | undefined {
  return (globalThis as { process?: { env?: Env } }).process?.env;
}

/** "No credentials in <where>", with `where` as the one place tried. */
function notFoundIn(where: string): CredentialsError {
  return new CredentialsError(`No credentials in ${where}`, [where]);
}

/** Credentials from environment variables, read at each call (cheap, and picks up rotation). */
export function fromEnv(protocolOrProvider: Protocol | string, env: () => Env | undefined = processEnv): CredentialsProvider {
  const names = envNames(protocolOrProvider);
  return async () => {
    const vars = env();
    const secretId = vars?.[names.secretId];
    const secretKey = vars?.[names.secretKey];
    if (!secretId || !secretKey) {
      const where = vars ? `environment variables ${names.secretId} and ${names.secretKey} (not set)` : "environment variables (no process.env)";
      throw notFoundIn(where);
    }
    const token = vars[names.token];
    return { secretId, secretKey, ...(token && { token }) };
  };
}

/** Fixed credentials passed in the client options. */
export function fromValue(credentials: Credentials): CredentialsProvider {
  return async () => {
    if (!credentials.secretId || !credentials.secretKey) {
      throw notFoundIn("the credentials option (secretId and secretKey)");
    }
    return credentials;
  };
}

/**
 * Tries providers in order and returns the first credentials found. A provider that finds nothing
 * throws CredentialsError (code CredentialsNotFound) and the chain goes on; any other failure,
 * including a CredentialsError with code CredentialsInvalid, stops it. Once a provider has answered,
 * later calls go to it directly (a provider of temporary credentials refreshes them itself), and
 * concurrent first calls share one walk of the chain.
 */
export function credentialChain(...providers: CredentialsProvider[]): CredentialsProvider {
  let found: CredentialsProvider | undefined;
  let pending: Promise<Credentials> | undefined;
  const walk = async (): Promise<Credentials> => {
    const tried: string[] = [];
    for (const provider of providers) {
      try {
        const credentials = await provider();
        found = provider;
        return credentials;
      } catch (error) {
        if (!(error instanceof CredentialsError) || error.code !== "CredentialsNotFound") throw error;
        tried.push(...error.tried);
      }
    }
    throw new CredentialsError(
      `No credentials found. Looked in, in order: ${tried.map((place, i) => `${i + 1}) ${place}`).join("; ")}`,
      tried,
    );
  };
  return () => {
    if (found) return found();
    return (pending ??= walk().finally(() => (pending = undefined)));
  };
}

/**
 * The default chain of the browser/worker entry: environment variables where the runtime has them.
 * The Node entry exports a defaultCredentials of the same shape that also reads the shared
 * credential files and the instance-role metadata services.
 */
export function defaultCredentials(protocolOrProvider: Protocol | string): CredentialsProvider {
  return credentialChain(fromEnv(protocolOrProvider));
}

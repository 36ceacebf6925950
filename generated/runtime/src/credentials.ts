// Where credentials come from. A provider is a function returning credentials; a chain tries providers
// in order and reports every place it looked. Environment variables are read where a process.env
// exists (Node, Deno's compat, Bun); elsewhere credentials are passed explicitly.
import type { Credentials, CredentialsProvider } from "./types.js";
import { CredentialsError } from "./errors.js";

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

/** The environment variable names of a provider ("tencentcloud", "tce" or "aliyun"). */
export function envNames(provider: string): EnvNames {
  return provider === "aliyun" ? ALIBABA_ENV : TENCENT_ENV;
}

type Env = Record<string, string | undefined>;

function processEnv(): Env | undefined {
  return (globalThis as { process?: { env?: Env } }).process?.env;
}

/** Credentials from environment variables, read at each call (cheap, and picks up rotation). */
export function fromEnv(provider: string, env: () => Env | undefined = processEnv): CredentialsProvider {
  const names = envNames(provider);
  return async () => {
    const vars = env();
    const secretId = vars?.[names.secretId];
    const secretKey = vars?.[names.secretKey];
    if (!secretId || !secretKey) {
      const where = vars ? `environment variables ${names.secretId} and ${names.secretKey}` : "environment variables (no process.env in this runtime)";
      throw new CredentialsError(`No credentials in ${where}`, [where]);
    }
    const token = vars[names.token];
    return token ? { secretId, secretKey, token } : { secretId, secretKey };
  };
}

/** Fixed credentials passed in the client options. */
export function fromValue(credentials: Credentials): CredentialsProvider {
  return async () => {
    if (!credentials.secretId || !credentials.secretKey) {
      throw new CredentialsError("The credentials option needs both secretId and secretKey", ["credentials option"]);
    }
    return credentials;
  };
}

/**
 * Tries providers in order and returns the first credentials found. A provider that finds nothing
 * throws CredentialsError; any other failure stops the chain.
 */
export function credentialChain(...providers: CredentialsProvider[]): CredentialsProvider {
  return async () => {
    const tried: string[] = [];
    for (const provider of providers) {
      try {
        return await provider();
      } catch (error) {
        if (!(error instanceof CredentialsError)) throw error;
        tried.push(...error.tried);
      }
    }
    throw new CredentialsError(`No credentials found. Looked in: ${tried.join("; ")}`, tried);
  };
}

/** The default chain for a provider: environment variables (shared files and instance roles come later). */
export function defaultCredentials(provider: string): CredentialsProvider {
  return credentialChain(fromEnv(provider));
}

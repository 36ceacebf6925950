// Instance-role credentials from the clouds' metadata services (Tencent CVM CAM role, Alibaba ECS RAM
// role). The role is discovered from the listing endpoint when not given; the temporary credentials
// are cached and refreshed before they expire, and concurrent calls share one refresh. The transport is
// injected (the Node entry passes its node:http transport), so this module itself is runtime-neutral.
import type { Credentials, CredentialsProvider, HttpResponse, Transport } from "../types.js";
import { CredentialsError } from "../errors.js";
import { processEnv, type Env } from "../credentials.js";
import { refreshingCredentials, type RefreshOptions, type TemporaryCredentials } from "./refresh.js";
import { fetchTransport } from "../transport/fetch.js";

export interface InstanceRoleOptions extends RefreshOptions {
  /** The role name; default: the environment (Alibaba: ALIBABA_CLOUD_ECS_METADATA), else discovered. */
  role?: string;
  /** Metadata service origin; default from the environment (see below), else the cloud's address. */
  endpoint?: string;
  /** Milliseconds per metadata request; default 1000. */
  timeout?: number;
  /** HTTP layer; default fetch. The Node entry passes its node:http transport. */
  transport?: Transport;
  env?: () => Env | undefined;
}

interface InstanceRoleSource {
  label: string;
  defaultEndpoint: string;
  endpointEnv: string;
  disabledEnv: string;
  roleEnv?: string;
  path: string;
  parse(body: Record<string, unknown>): TemporaryCredentials | string;
}

const TENCENT_CVM: InstanceRoleSource = {
  label: "Tencent CVM instance role",
  defaultEndpoint: "http://metadata.tencentyun.com",
  endpointEnv: "TENCENTCLOUD_METADATA_ENDPOINT",
  disabledEnv: "TENCENTCLOUD_METADATA_DISABLED",
  path: "/latest/meta-data/cam/security-credentials/",
  parse(body) {
    const { TmpSecretId: secretId, TmpSecretKey: secretKey, Token: token, ExpiredTime: expiredTime, Expiration: expiration } = body;
    if (body.Code !== undefined && body.Code !== "Success") return `the service answered Code ${codeOf(body.Code)}`;
    if (typeof secretId !== "string" || !secretId || typeof secretKey !== "string" || !secretKey) return "no TmpSecretId/TmpSecretKey in the response";
    const expiresAt = typeof expiredTime === "number" ? expiredTime * 1000 : typeof expiration === "string" ? Date.parse(expiration) : NaN;
    const credentials: Credentials = typeof token === "string" && token ? { secretId, secretKey, token } : { secretId, secretKey };
    return Number.isFinite(expiresAt) ? { credentials, expiresAt } : { credentials };
  },
};

const ALIBABA_ECS: InstanceRoleSource = {
  label: "Alibaba ECS RAM role",
  defaultEndpoint: "http://100.100.100.200",
  endpointEnv: "ALIBABA_CLOUD_METADATA_ENDPOINT",
  disabledEnv: "ALIBABA_CLOUD_ECS_METADATA_DISABLED",
  roleEnv: "ALIBABA_CLOUD_ECS_METADATA",
  path: "/latest/meta-data/ram/security-credentials/",
  parse(body) {
    const { AccessKeyId: secretId, AccessKeySecret: secretKey, SecurityToken: token, Expiration: expiration } = body;
    if (body.Code !== undefined && body.Code !== "Success") return `the service answered Code ${codeOf(body.Code)}`;
    if (typeof secretId !== "string" || !secretId || typeof secretKey !== "string" || !secretKey) return "no AccessKeyId/AccessKeySecret in the response";
    const expiresAt = typeof expiration === "string" ? Date.parse(expiration) : NaN;
    const credentials: Credentials = typeof token === "string" && token ? { secretId, secretKey, token } : { secretId, secretKey };
    return Number.isFinite(expiresAt) ? { credentials, expiresAt } : { credentials };
  },
};

function codeOf(code: unknown): string {
  return typeof code === "string" ? JSON.stringify(code.slice(0, 40)) : typeof code;
}

/** Tencent CVM CAM role: http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/<role>. */
export function fromTencentCvmRole(options: InstanceRoleOptions = {}): CredentialsProvider {
  return instanceRole(TENCENT_CVM, options);
}

/** Alibaba ECS RAM role: http://100.100.100.200/latest/meta-data/ram/security-credentials/<role>. */
export function fromAlibabaEcsRole(options: InstanceRoleOptions = {}): CredentialsProvider {
  return instanceRole(ALIBABA_ECS, options);
}

function instanceRole(source: InstanceRoleSource, options: InstanceRoleOptions): CredentialsProvider {
  const env = options.env ?? processEnv;
  const timeout = options.timeout ?? 1000;
  let transport = options.transport;
  let discoveredRole: string | undefined;

  const fetchCredentials = async (): Promise<TemporaryCredentials> => {
    const vars = env() ?? {};
    const origin = (options.endpoint ?? (vars[source.endpointEnv] || source.defaultEndpoint)).replace(/\/+$/, "");
    const listing = origin + source.path;
    const where = `${source.label} at ${listing}`;
    const notFound = (reason: string) => new CredentialsError(`No credentials from the ${where}: ${reason}`, [`${where} (${reason})`]);
    if (options.endpoint === undefined && /^(1|true|yes)$/i.test(vars[source.disabledEnv] ?? "")) {
      throw new CredentialsError(`The ${source.label} lookup is disabled by ${source.disabledEnv}`, [`${source.label} (disabled by ${source.disabledEnv})`]);
    }
    const get = async (url: string): Promise<HttpResponse> => {
      transport ??= fetchTransport();
      try {
        return await transport.send({ method: "GET", url, headers: { Host: new URL(url).host }, signal: AbortSignal.timeout(timeout) });
      } catch (error) {
        const code = (error as { code?: unknown; name?: unknown }).code ?? (error as { name?: unknown }).name;
        const timedOut = code === "TimeoutError" || code === "AbortError" || code === "ABORT_ERR";
        throw notFound(timedOut ? `no response within ${timeout} ms` : `unreachable${typeof code === "string" ? ` (${code})` : ""}`);
      }
    };
    let role = options.role ?? (source.roleEnv ? vars[source.roleEnv] : undefined) ?? discoveredRole;
    if (!role) {
      const res = await get(listing);
      if (res.status === 404) throw notFound("no role is attached to this instance");
      if (res.status !== 200) throw notFound(`HTTP ${res.status} from the role listing`);
      role = res.body.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== "");
      if (!role) throw notFound("no role is attached to this instance");
      discoveredRole = role;
    }
    const res = await get(listing + encodeURIComponent(role));
    if (res.status !== 200) {
      discoveredRole = undefined; // the role may have been replaced: discover it again next time
      throw notFound(`HTTP ${res.status} for role ${JSON.stringify(role)}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      // The parser's message quotes the body, which holds the secrets: report without it.
      throw notFound(`the response for role ${JSON.stringify(role)} is not JSON`);
    }
    const parsed = body && typeof body === "object" ? source.parse(body as Record<string, unknown>) : "the response is not a JSON object";
    if (typeof parsed === "string") throw notFound(parsed);
    return parsed;
  };
  return refreshingCredentials(fetchCredentials, options);
}

// Instance-role credentials from the clouds' metadata services (Tencent CVM CAM role, Alibaba ECS RAM
// role). The role is discovered from the listing endpoint when not given; the temporary credentials
// are cached and refreshed before they expire, and concurrent calls share one refresh. The transport is
// injected (the Node entry passes its node:http transport), so this module itself is runtime-neutral.
// Alibaba ECS is read in "security hardening mode" (IMDSv2: a session token from PUT /latest/api/token)
// because instances can be set to refuse tokenless reads; like Alibaba's own credential providers it
// falls back to the tokenless read when no token can be had, unless that fallback is disabled.
import type { Credentials, CredentialsProvider, HttpRequest, HttpResponse, Transport } from "../types.js";
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
  /**
   * Alibaba ECS only (CVM has no token mode): when no metadata token can be fetched, fail instead of
   * reading without one (IMDSv1). Also set by ALIBABA_CLOUD_IMDSV1_DISABLED=true. Default false.
   */
  disableImdsV1?: boolean;
}

/** A metadata service's session-token mode (Alibaba's "security hardening mode"). */
interface MetadataTokenMode {
  path: string;
  ttlHeader: string;
  header: string;
  v1DisabledEnv: string;
}

// The longest TTL the service grants (1..21600 s): one PUT per 6 hours per provider.
const TOKEN_TTL_SECONDS = 21600;
// Stop using a token this long before its TTL ends, so it cannot lapse between the check and the
// request (a request takes at most `timeout`, default 1 s).
const TOKEN_RENEW_BEFORE = 60_000;

interface InstanceRoleSource {
  label: string;
  defaultEndpoint: string;
  endpointEnv: string;
  disabledEnv: string;
  roleEnv?: string;
  path: string;
  token?: MetadataTokenMode;
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
  token: {
    path: "/latest/api/token",
    ttlHeader: "X-aliyun-ecs-metadata-token-ttl-seconds",
    header: "X-aliyun-ecs-metadata-token",
    v1DisabledEnv: "ALIBABA_CLOUD_IMDSV1_DISABLED",
  },
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

/**
 * Alibaba ECS RAM role: http://100.100.100.200/latest/meta-data/ram/security-credentials/<role>, with a
 * metadata token (PUT /latest/api/token) when the service gives one; without, unless disableImdsV1.
 */
export function fromAlibabaEcsRole(options: InstanceRoleOptions = {}): CredentialsProvider {
  return instanceRole(ALIBABA_ECS, options);
}

const isTrue = (value: string | undefined) => /^(1|true|yes)$/i.test(value ?? "");

/** Why a request got no response: a timeout, or the transport's error code (never its message). */
function noResponse(error: unknown, timeout: number): string {
  const code = (error as { code?: unknown; name?: unknown }).code ?? (error as { name?: unknown }).name;
  const timedOut = code === "TimeoutError" || code === "AbortError" || code === "ABORT_ERR";
  return timedOut ? `no response within ${timeout} ms` : `unreachable${typeof code === "string" ? ` (${code})` : ""}`;
}

function instanceRole(source: InstanceRoleSource, options: InstanceRoleOptions): CredentialsProvider {
  const env = options.env ?? processEnv;
  const now = options.now ?? Date.now;
  const timeout = options.timeout ?? 1000;
  let transport = options.transport;
  let discoveredRole: string | undefined;
  // The metadata token lives only in this closure, like the credentials; it belongs to one origin.
  let token: { origin: string; value: string; renewAt: number } | undefined;

  const fetchCredentials = async (): Promise<TemporaryCredentials> => {
    const vars = env() ?? {};
    const origin = (options.endpoint ?? (vars[source.endpointEnv] || source.defaultEndpoint)).replace(/\/+$/, "");
    const listing = origin + source.path;
    const where = `${source.label} at ${listing}`;
    const notFound = (reason: string) => new CredentialsError(`No credentials from the ${where}: ${reason}`, [`${where} (${reason})`]);
    if (options.endpoint === undefined && isTrue(vars[source.disabledEnv])) {
      throw new CredentialsError(`The ${source.label} lookup is disabled by ${source.disabledEnv}`, [`${source.label} (disabled by ${source.disabledEnv})`]);
    }
    /** The response, or why there was none. */
    const send = async (method: HttpRequest["method"], url: string, headers: Record<string, string>): Promise<HttpResponse | string> => {
      transport ??= fetchTransport();
      const request: HttpRequest = { method, url, headers: { Host: new URL(url).host, ...headers }, signal: AbortSignal.timeout(timeout) };
      try {
        return await transport.send(request);
      } catch (error) {
        return noResponse(error, timeout);
      }
    };
    /** A metadata token (cached until shortly before its TTL ends), or undefined to read without one. */
    const sessionToken = async (mode: MetadataTokenMode): Promise<{ value: string; fresh: boolean } | undefined> => {
      if (token && token.origin === origin && now() < token.renewAt) return { value: token.value, fresh: false };
      token = undefined;
      const url = origin + mode.path;
      const fetchedAt = now();
      const res = await send("PUT", url, { [mode.ttlHeader]: String(TOKEN_TTL_SECONDS) });
      const value = typeof res === "string" ? "" : res.body.trim();
      // The reason names the status only: the body of a failed or odd answer is never quoted.
      const reason =
        typeof res === "string" ? res : res.status !== 200 ? `HTTP ${res.status}` : !/^[\x21-\x7e]+$/.test(value) ? "the answer is not a token" : undefined;
      if (reason === undefined) {
        token = { origin, value, renewAt: fetchedAt + TOKEN_TTL_SECONDS * 1000 - TOKEN_RENEW_BEFORE };
        return { value, fresh: true };
      }
      const v1Disabled = options.disableImdsV1 ? "the disableImdsV1 option" : isTrue(vars[mode.v1DisabledEnv]) ? mode.v1DisabledEnv : undefined;
      if (v1Disabled) throw notFound(`the metadata token could not be fetched from ${url} (${reason}) and reading without one is disabled by ${v1Disabled}`);
      return undefined; // normal mode: the tokenless read (IMDSv1) may still work
    };
    // One token per refresh, fetched before the first read: the role listing and the credentials
    // share it, and a failed PUT costs one round trip, not one per read.
    const mode = source.token;
    let session = mode ? await sessionToken(mode) : undefined;
    const get = async (url: string): Promise<HttpResponse> => {
      for (;;) {
        const res = await send("GET", url, mode && session ? { [mode.header]: session.value } : {});
        if (typeof res === "string") throw notFound(res);
        // A cached token the service no longer accepts (it restarted, the token was revoked): drop it
        // and read once more with a new one (or without, as when the PUT fails).
        if ((res.status === 401 || res.status === 403) && mode && session && !session.fresh) {
          token = undefined;
          session = await sessionToken(mode);
          continue;
        }
        return res;
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

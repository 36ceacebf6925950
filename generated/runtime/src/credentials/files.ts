// Credentials from the clouds' shared files: Tencent ~/.tencentcloud/credentials (INI), Alibaba
// ~/.alibabacloud/credentials (INI) and the Alibaba CLI's ~/.aliyun/config.json. File access is injected
// (credentials/node.ts passes node:fs), so the parsing here is runtime-neutral and testable alone.
// Errors name the file, the profile and the reason, never a value from the file.
import type { Credentials, CredentialsProvider } from "../types.js";
import { CredentialsError } from "../errors.js";
import { processEnv, type Env } from "../credentials.js";
import { parseIni } from "./ini.js";
import { refreshingCredentials } from "./refresh.js";

export interface FileSource {
  /** The file's text, or undefined when it does not exist. */
  readFile(path: string): Promise<string | undefined>;
  /** The user's home directory (honours HOME on POSIX). */
  homeDir(): string | undefined;
  join(...parts: string[]): string;
}

export interface ProfileOptions {
  /** Profile name; default from the environment (TENCENTCLOUD_PROFILE / ALIBABA_CLOUD_PROFILE), else "default". */
  profile?: string;
  /** Home directory to look in instead of the user's (tests, containers). */
  home?: string;
  /** The file itself, instead of the one under the home directory. */
  path?: string;
  env?: () => Env | undefined;
  /** Files are re-read at most this often, in ms (default 5 minutes): picks up rotated keys. */
  reloadAfter?: number;
  now?: () => number;
}

export interface AlibabaProfileOptions extends ProfileOptions {
  /** Resolves a profile of type ecs_ram_role (CLI mode EcsRamRole) to the instance-role provider. */
  ecsRole?: (role: string | undefined) => CredentialsProvider;
}

type Resolved = Credentials | { delegate: CredentialsProvider };

/** Wraps a file reader into a provider: re-read every reloadAfter ms, values only in the closure. */
function fileProvider(options: ProfileOptions, read: () => Promise<Resolved>): CredentialsProvider {
  let delegate: CredentialsProvider | undefined;
  const reloadAfter = options.reloadAfter ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const cached = refreshingCredentials(
    async () => {
      const resolved = await read();
      if ("delegate" in resolved) {
        delegate = resolved.delegate;
        return { credentials: await resolved.delegate() };
      }
      return { credentials: resolved, expiresAt: now() + reloadAfter };
    },
    { now, refreshBefore: 0 },
  );
  return () => (delegate ? delegate() : cached());
}

function resolvePath(files: FileSource, options: ProfileOptions, ...rel: string[]): string | undefined {
  if (options.path) return options.path;
  const home = options.home ?? files.homeDir();
  return home ? files.join(home, ...rel) : undefined;
}

function notFound(where: string, reason: string): CredentialsError {
  return new CredentialsError(`No credentials in ${where}: ${reason}`, [`${where} (${reason})`]);
}

function invalid(where: string, reason: string): CredentialsError {
  return new CredentialsError(`Unusable credentials in ${where}: ${reason}`, [`${where} (${reason})`], "CredentialsInvalid");
}

function linesNote(lines: number[]): string {
  return lines.length ? `; line${lines.length > 1 ? "s" : ""} ${lines.slice(0, 5).join(", ")} not understood` : "";
}

/**
 * Tencent Cloud's shared credentials file, ~/.tencentcloud/credentials:
 * `[default]` (or the profile named by TENCENTCLOUD_PROFILE) with `secret_id`, `secret_key` and
 * optionally `token`.
 */
export function tencentProfileProvider(files: FileSource, options: ProfileOptions = {}): CredentialsProvider {
  return fileProvider(options, async () => {
    const profile = options.profile ?? ((options.env ?? processEnv)()?.TENCENTCLOUD_PROFILE || "default");
    const path = resolvePath(files, options, ".tencentcloud", "credentials");
    const where = `profile "${profile}" in ${path ?? "~/.tencentcloud/credentials"}`;
    if (!path) throw notFound(where, "no home directory");
    const text = await files.readFile(path);
    if (text === undefined) throw notFound(where, "file not found");
    const ini = parseIni(text);
    const section = ini.sections[profile];
    if (!section) throw notFound(where, "no such profile" + linesNote(ini.invalidLines));
    const secretId = section.secret_id;
    const secretKey = section.secret_key;
    if (!secretId || !secretKey) throw invalid(where, "the profile needs both secret_id and secret_key" + linesNote(ini.invalidLines));
    return section.token ? { secretId, secretKey, token: section.token } : { secretId, secretKey };
  });
}

/**
 * Alibaba Cloud's shared credentials file, ~/.alibabacloud/credentials (or ALIBABA_CLOUD_CREDENTIALS_FILE):
 * the profile named by ALIBABA_CLOUD_PROFILE or `[default]`, of type access_key (access_key_id,
 * access_key_secret), sts (plus security_token) or ecs_ram_role (role_name).
 */
export function alibabaProfileProvider(files: FileSource, options: AlibabaProfileOptions = {}): CredentialsProvider {
  return fileProvider(options, async () => {
    const env = (options.env ?? processEnv)() ?? {};
    const profile = options.profile ?? (env.ALIBABA_CLOUD_PROFILE || "default");
    const path = options.path || (options.home === undefined ? env.ALIBABA_CLOUD_CREDENTIALS_FILE : undefined) || resolvePath(files, options, ".alibabacloud", "credentials");
    const where = `profile "${profile}" in ${path || "~/.alibabacloud/credentials"}`;
    if (!path) throw notFound(where, "no home directory");
    const text = await files.readFile(path);
    if (text === undefined) throw notFound(where, "file not found");
    const ini = parseIni(text);
    const section = ini.sections[profile];
    if (!section) throw notFound(where, "no such profile" + linesNote(ini.invalidLines));
    if (/^false$/i.test(section.enable ?? "")) throw notFound(where, "the profile has enable = false");
    const type = section.type ?? "access_key";
    if (type === "access_key" || type === "sts") {
      const secretId = section.access_key_id;
      const secretKey = section.access_key_secret;
      if (!secretId || !secretKey) throw invalid(where, `type ${type} needs access_key_id and access_key_secret` + linesNote(ini.invalidLines));
      const token = type === "sts" ? section.security_token : undefined;
      if (type === "sts" && !token) throw invalid(where, "type sts needs security_token");
      return token ? { secretId, secretKey, token } : { secretId, secretKey };
    }
    if (type === "ecs_ram_role" && options.ecsRole) return { delegate: options.ecsRole(section.role_name || undefined) };
    throw invalid(where, `type ${JSON.stringify(type.slice(0, 40))} is not supported here (access_key, sts, ecs_ram_role are)`);
  });
}

/**
 * The Alibaba Cloud CLI's ~/.aliyun/config.json: the profile named by the option, ALIBABA_CLOUD_PROFILE
 * or the file's "current", in mode AK (access_key_id, access_key_secret), StsToken (plus sts_token) or
 * EcsRamRole (ram_role_name).
 */
export function aliyunCliProfileProvider(files: FileSource, options: AlibabaProfileOptions = {}): CredentialsProvider {
  return fileProvider(options, async () => {
    const env = (options.env ?? processEnv)() ?? {};
    const path = resolvePath(files, options, ".aliyun", "config.json");
    const fileWhere = path ?? "~/.aliyun/config.json";
    if (!path) throw notFound(fileWhere, "no home directory");
    const text = await files.readFile(path);
    if (text === undefined) throw notFound(`the Alibaba CLI configuration ${fileWhere}`, "file not found");
    let config: { current?: unknown; profiles?: unknown };
    try {
      config = JSON.parse(text) as typeof config;
    } catch {
      // JSON.parse quotes the text in its message, and the text holds the keys: report without it.
      throw invalid(`the Alibaba CLI configuration ${fileWhere}`, "not valid JSON");
    }
    const name = options.profile ?? (env.ALIBABA_CLOUD_PROFILE || (typeof config?.current === "string" && config.current) || "default");
    const where = `profile "${name}" in ${fileWhere}`;
    const profiles = Array.isArray(config?.profiles) ? (config.profiles as Record<string, unknown>[]) : [];
    const entry = profiles.find((p) => p && typeof p === "object" && p.name === name);
    if (!entry) throw notFound(where, "no such profile");
    const str = (key: string) => (typeof entry[key] === "string" ? (entry[key] as string) : "");
    const mode = str("mode") || "AK";
    if (mode === "AK" || mode === "StsToken") {
      const secretId = str("access_key_id");
      const secretKey = str("access_key_secret");
      if (!secretId || !secretKey) throw invalid(where, `mode ${mode} needs access_key_id and access_key_secret`);
      const token = mode === "StsToken" ? str("sts_token") : "";
      if (mode === "StsToken" && !token) throw invalid(where, "mode StsToken needs sts_token");
      return token ? { secretId, secretKey, token } : { secretId, secretKey };
    }
    if (mode === "EcsRamRole" && options.ecsRole) return { delegate: options.ecsRole(str("ram_role_name") || undefined) };
    throw invalid(where, `mode ${JSON.stringify(mode.slice(0, 40))} is not supported here (AK, StsToken, EcsRamRole are)`);
  });
}

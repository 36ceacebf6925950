// The Node credential sources: shared files through node:fs and the instance-role metadata services
// through the node:http transport. Only the "node" entry imports this module, so a browser bundle
// never carries file or metadata code.
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import type { CredentialsProvider, Protocol } from "../types.js";
import { CredentialsError } from "../errors.js";
import { credentialChain, credentialFamily, fromEnv, processEnv, type Env } from "../credentials.js";
import { defaultNodeTransport } from "../transport/node.js";
import {
  alibabaProfileProvider,
  aliyunCliProfileProvider,
  tencentProfileProvider,
  type AlibabaProfileOptions,
  type FileSource,
  type ProfileOptions,
} from "./files.js";
import { fromAlibabaEcsRole as alibabaEcsRole, fromTencentCvmRole as tencentCvmRole, type InstanceRoleOptions } from "./metadata.js";

export const nodeFiles: FileSource = {
  async readFile(path) {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      throw new CredentialsError(`Cannot read ${path} (${String(code)})`, [`${path} (not readable: ${String(code)})`]);
    }
  },
  homeDir() {
    try {
      return homedir() || undefined;
    } catch {
      return undefined;
    }
  },
  join,
};

/** ~/.tencentcloud/credentials (profile from the option, TENCENTCLOUD_PROFILE, or "default"). */
export function fromTencentProfile(options: ProfileOptions = {}): CredentialsProvider {
  return tencentProfileProvider(nodeFiles, options);
}

/** ~/.alibabacloud/credentials (profile from the option, ALIBABA_CLOUD_PROFILE, or "default"). */
export function fromAlibabaProfile(options: AlibabaProfileOptions = {}): CredentialsProvider {
  return alibabaProfileProvider(nodeFiles, { ecsRole: (role) => fromAlibabaEcsRole(role ? { role } : {}), ...options });
}

/** ~/.aliyun/config.json, the Alibaba Cloud CLI's configuration (current profile, mode AK/StsToken/EcsRamRole). */
export function fromAliyunCliProfile(options: AlibabaProfileOptions = {}): CredentialsProvider {
  return aliyunCliProfileProvider(nodeFiles, { ecsRole: (role) => fromAlibabaEcsRole(role ? { role } : {}), ...options });
}

/** Tencent CVM instance role over node:http (1 s per metadata request, refreshed 5 min before expiry). */
export function fromTencentCvmRole(options: InstanceRoleOptions = {}): CredentialsProvider {
  return tencentCvmRole({ transport: defaultNodeTransport(), ...options });
}

/** Alibaba ECS RAM role over node:http (1 s per metadata request, refreshed 5 min before expiry). */
export function fromAlibabaEcsRole(options: InstanceRoleOptions = {}): CredentialsProvider {
  return alibabaEcsRole({ transport: defaultNodeTransport(), ...options });
}

export interface DefaultCredentialsOptions {
  /** Profile in the shared files (default: TENCENTCLOUD_PROFILE / ALIBABA_CLOUD_PROFILE, else "default"). */
  profile?: string;
  /** Home directory holding the shared files, instead of the user's. */
  home?: string;
  /** Instance-role options: role, endpoint, timeout, clock, refresh margin. */
  instanceRole?: InstanceRoleOptions;
  env?: () => Env | undefined;
}

/**
 * The Node default chain. Tencent (tc3, tencent-v2): environment variables -> ~/.tencentcloud/credentials
 * -> CVM instance role. Alibaba (aliyun-rpc): environment variables -> ~/.alibabacloud/credentials ->
 * ~/.aliyun/config.json -> ECS instance role.
 */
export function defaultCredentials(protocolOrProvider: Protocol | string, options: DefaultCredentialsOptions = {}): CredentialsProvider {
  const env = options.env ?? processEnv;
  const profile: ProfileOptions = { env };
  if (options.profile !== undefined) profile.profile = options.profile;
  if (options.home !== undefined) profile.home = options.home;
  const role: InstanceRoleOptions = { env, ...options.instanceRole };
  if (credentialFamily(protocolOrProvider) === "alibaba") {
    const ecsRole = (name: string | undefined) => fromAlibabaEcsRole(name ? { ...role, role: name } : role);
    return credentialChain(
      fromEnv("aliyun-rpc", env),
      fromAlibabaProfile({ ...profile, ecsRole }),
      fromAliyunCliProfile({ ...profile, ecsRole }),
      fromAlibabaEcsRole(role),
    );
  }
  return credentialChain(fromEnv("tc3", env), fromTencentProfile(profile), fromTencentCvmRole(role));
}

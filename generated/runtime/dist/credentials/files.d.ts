import type { CredentialsProvider } from "../types.js";
import { type Env } from "../credentials.js";
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
/**
 * Tencent Cloud's shared credentials file, ~/.tencentcloud/credentials:
 * `[default]` (or the profile named by TENCENTCLOUD_PROFILE) with `secret_id`, `secret_key` and
 * optionally `token`.
 */
export declare function tencentProfileProvider(files: FileSource, options?: ProfileOptions): CredentialsProvider;
/**
 * Alibaba Cloud's shared credentials file, ~/.alibabacloud/credentials (or ALIBABA_CLOUD_CREDENTIALS_FILE):
 * the profile named by ALIBABA_CLOUD_PROFILE or `[default]`, of type access_key (access_key_id,
 * access_key_secret), sts (plus security_token) or ecs_ram_role (role_name).
 */
export declare function alibabaProfileProvider(files: FileSource, options?: AlibabaProfileOptions): CredentialsProvider;
/**
 * The Alibaba Cloud CLI's ~/.aliyun/config.json: the profile named by the option, ALIBABA_CLOUD_PROFILE
 * or the file's "current", in mode AK (access_key_id, access_key_secret), StsToken (plus sts_token) or
 * EcsRamRole (ram_role_name).
 */
export declare function aliyunCliProfileProvider(files: FileSource, options?: AlibabaProfileOptions): CredentialsProvider;

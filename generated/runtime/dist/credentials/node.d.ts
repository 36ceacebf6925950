import type { CredentialsProvider, Protocol } from "../types.js";
import { type Env } from "../credentials.js";
import { type AlibabaProfileOptions, type FileSource, type ProfileOptions } from "./files.js";
import { type InstanceRoleOptions } from "./metadata.js";
export declare const nodeFiles: FileSource;
/** ~/.tencentcloud/credentials (profile from the option, TENCENTCLOUD_PROFILE, or "default"). */
export declare function fromTencentProfile(options?: ProfileOptions): CredentialsProvider;
/** ~/.alibabacloud/credentials (profile from the option, ALIBABA_CLOUD_PROFILE, or "default"). */
export declare function fromAlibabaProfile(options?: AlibabaProfileOptions): CredentialsProvider;
/** ~/.aliyun/config.json, the Alibaba Cloud CLI's configuration (current profile, mode AK/StsToken/EcsRamRole). */
export declare function fromAliyunCliProfile(options?: AlibabaProfileOptions): CredentialsProvider;
/** Tencent CVM instance role over node:http (1 s per metadata request, refreshed 5 min before expiry). */
export declare function fromTencentCvmRole(options?: InstanceRoleOptions): CredentialsProvider;
/** Alibaba ECS RAM role over node:http (1 s per metadata request, refreshed 5 min before expiry). */
export declare function fromAlibabaEcsRole(options?: InstanceRoleOptions): CredentialsProvider;
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
export declare function defaultCredentials(protocolOrProvider: Protocol | string, options?: DefaultCredentialsOptions): CredentialsProvider;

import type { CredentialsProvider, Transport } from "../types.js";
import { type Env } from "../credentials.js";
import { type RefreshOptions } from "./refresh.js";
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
/** Tencent CVM CAM role: http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/<role>. */
export declare function fromTencentCvmRole(options?: InstanceRoleOptions): CredentialsProvider;
/**
 * Alibaba ECS RAM role: http://100.100.100.200/latest/meta-data/ram/security-credentials/<role>, with a
 * metadata token (PUT /latest/api/token) when the service gives one; without, unless disableImdsV1.
 */
export declare function fromAlibabaEcsRole(options?: InstanceRoleOptions): CredentialsProvider;

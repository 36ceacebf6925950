import type { ClientConfig, CryptoProvider, ServiceInfo } from "./types.js";
import { BaseClient } from "./client.js";
import { Tc3Signer as Tc3SignerBase } from "./signers/tc3.js";
import { TencentV1Signer as TencentV1SignerBase } from "./signers/tencent-v1.js";
import { AliyunRpcSigner as AliyunRpcSignerBase } from "./signers/aliyun-rpc.js";
export * from "./common.js";
export { defaultCredentials, fromTencentProfile, fromAlibabaProfile, fromAliyunCliProfile, fromTencentCvmRole, fromAlibabaEcsRole, nodeFiles, type DefaultCredentialsOptions, } from "./credentials/node.js";
export type { AlibabaProfileOptions, FileSource, ProfileOptions } from "./credentials/files.js";
export type { InstanceRoleOptions } from "./credentials/metadata.js";
export { parseIni, type IniFile } from "./credentials/ini.js";
export { nodeCrypto } from "./crypto/node.js";
export { nodeTransport, defaultNodeTransport, type NodeTransport, type NodeTransportOptions } from "./transport/node.js";
/** A client for any protocol, picked by service.protocol. */
export declare class RuntimeClient extends BaseClient {
    constructor(service: ServiceInfo, config?: ClientConfig);
}
export declare class Tc3Client extends BaseClient {
    constructor(service: ServiceInfo, config?: ClientConfig);
}
export declare class TencentV2Client extends BaseClient {
    constructor(service: ServiceInfo, config?: ClientConfig);
}
export declare class AliyunRpcClient extends BaseClient {
    constructor(service: ServiceInfo, config?: ClientConfig);
}
export declare class Tc3Signer extends Tc3SignerBase {
    constructor(crypto?: CryptoProvider);
}
export declare class TencentV1Signer extends TencentV1SignerBase {
    constructor(crypto?: CryptoProvider);
}
export declare class AliyunRpcSigner extends AliyunRpcSignerBase {
    constructor(crypto?: CryptoProvider);
}
